"""Evaluate triage on the hand-written held-out set (tests/data/triage_holdout.jsonl).

    .venv/bin/python bench/triage_holdout.py [--file PATH] [--verbose]

Runs `hashdesk.triage.analyze(text)` when the pipeline exists (category and language
accuracy come from it); the secret guard and the evidence extractor are always run on
their own too, with the line's fixed `now` and time zone so relative times are
reproducible. Prints:

* category accuracy, overall and per language (pipeline only);
* secret recall by span overlap, per kind (same kind, and any kind);
* false-positive rate: clean lines (no labelled secret) on which any secret was found;
* evidence precision / recall / F1, matching on kind + value (+ chain when labelled);
* guard + evidence latency per message.

Exit status 0 when the guard/evidence targets hold (secret recall 1.0, FP ≤ 1 % of clean
lines, evidence F1 ≥ 0.98), else 1.
"""

from __future__ import annotations

import argparse
import inspect
import json
import statistics
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "triage_holdout.jsonl"
TARGET_RECALL = 1.0
TARGET_FP = 0.01
TARGET_F1 = 0.98


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pipeline() -> Any:
    try:
        from hashdesk.triage import analyze
    except Exception:  # noqa: BLE001 - not built yet, or broken: fall back to our parts
        return None
    return analyze


def _overlap(a: dict[str, Any], b: Any) -> bool:
    return int(a["start"]) < int(b.end) and int(b.start) < int(a["end"])


def _ev_key(kind: str, value: str, chain: str | None) -> tuple[str, str, str | None]:
    return (kind, value, chain)


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss")
    ap.add_argument("--subset", default="", help="only lines whose id starts with this")
    args = ap.parse_args(argv)

    from hashdesk.triage.evidence import extract
    from hashdesk.triage.guard import scan

    lines = [x for x in _load(args.file) if str(x["id"]).startswith(args.subset)]
    analyze = _pipeline()
    accepts_now = False
    if analyze is not None:
        try:
            params = inspect.signature(analyze).parameters
            accepts_now = "now" in params and "tz" in params
        except (TypeError, ValueError):
            accepts_now = False

    # Warm up: lazy imports and word lists load on first use; time the steady state.
    from hashdesk.triage.evidence import warm_up as warm_evidence
    from hashdesk.triage.guard import warm_up as warm_guard

    warm_guard()
    warm_evidence()
    for line in lines:
        extract(scan(line["text"]).redacted_text, secrets=())

    cat_ok: Counter[str] = Counter()
    cat_n: Counter[str] = Counter()
    lang_ok = 0
    gold_by_kind: Counter[str] = Counter()
    hit_same: Counter[str] = Counter()
    hit_any: Counter[str] = Counter()
    clean = clean_fp = 0
    spurious_on_secret_lines = 0
    ev_tp: Counter[str] = Counter()
    ev_fp: Counter[str] = Counter()
    ev_fn: Counter[str] = Counter()
    valid_agree = valid_total = 0
    pipe_ev_tp = pipe_ev_fp = pipe_ev_fn = 0
    times: list[float] = []
    misses: list[str] = []

    for line in lines:
        text: str = line["text"]
        now = datetime.fromisoformat(line.get("now", "2024-05-06T10:00:00Z").replace("Z", "+00:00"))
        tz = line.get("tz", "UTC")
        lang = line["language"]

        t0 = time.perf_counter()
        guard = scan(text)
        evidence = extract(guard.redacted_text, now=now, tz=tz, secrets=())
        times.append(time.perf_counter() - t0)

        if analyze is not None:
            try:
                res = analyze(text, now=now, tz=tz) if accepts_now else analyze(text)
            except Exception as exc:  # noqa: BLE001 - report, keep going
                res = None
                misses.append(f"{line['id']}: analyze raised {exc!r}")
            if res is not None:
                cat_n[lang] += 1
                cat_ok[lang] += int(res.category == line["category"])
                lang_ok += int(res.language == lang)
                if accepts_now:
                    gold = Counter(
                        _ev_key(e["kind"], e["value"], e.get("chain")) for e in line["evidence"]
                    )
                    pred = Counter(_ev_key(e.kind, e.value, e.chain) for e in res.evidence)
                    both = gold & pred
                    pipe_ev_tp += sum(both.values())
                    pipe_ev_fp += sum((pred - both).values())
                    pipe_ev_fn += sum((gold - both).values())

        # --- secrets -------------------------------------------------------------------
        gold_secrets = line["secrets"]
        if not gold_secrets:
            clean += 1
            if guard.secrets:
                clean_fp += 1
                misses.append(
                    f"{line['id']}: FALSE POSITIVE "
                    + ", ".join(f"{s.kind}:{text[s.start : s.end]!r}" for s in guard.secrets)
                )
        for g in gold_secrets:
            gold_by_kind[g["kind"]] += 1
            same = any(_overlap(g, s) and s.kind == g["kind"] for s in guard.secrets)
            anyk = any(_overlap(g, s) for s in guard.secrets)
            hit_same[g["kind"]] += int(same)
            hit_any[g["kind"]] += int(anyk)
            if not same:
                misses.append(
                    f"{line['id']}: MISSED {g['kind']} {text[g['start'] : g['end']][:60]!r}"
                    + (" (found as another kind)" if anyk else "")
                )
        if gold_secrets:
            spurious_on_secret_lines += sum(
                1 for s in guard.secrets if not any(_overlap(g, s) for g in gold_secrets)
            )

        # --- evidence ------------------------------------------------------------------
        gold_ev: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        gold_c: Counter[tuple[str, str, str | None]] = Counter()
        for e in line["evidence"]:
            k = _ev_key(e["kind"], e["value"], e.get("chain"))
            gold_c[k] += 1
            gold_ev[k] = e
        pred_c: Counter[tuple[str, str, str | None]] = Counter()
        pred_valid: dict[tuple[str, str, str | None], bool | None] = {}
        for ev in evidence:
            k = _ev_key(ev.kind, ev.value, ev.chain)
            pred_c[k] += 1
            pred_valid[k] = ev.valid
        both = gold_c & pred_c
        for k, n in both.items():
            ev_tp[k[0]] += n
            if "valid" in gold_ev[k]:
                valid_total += 1
                valid_agree += int(pred_valid.get(k) == gold_ev[k]["valid"])
        for k, n in (pred_c - both).items():
            ev_fp[k[0]] += n
            misses.append(f"{line['id']}: EXTRA evidence {k}")
        for k, n in (gold_c - both).items():
            ev_fn[k[0]] += n
            misses.append(f"{line['id']}: MISSED evidence {k}")

    # --- report -------------------------------------------------------------------------
    shown = args.file.relative_to(ROOT) if args.file.is_relative_to(ROOT) else args.file
    print(f"held-out lines: {len(lines)}  ({shown})")
    print()
    if analyze is None:
        print(
            "category accuracy: n/a (hashdesk.triage.analyze not importable; guard/evidence only)"
        )
    else:
        total_ok, total_n = sum(cat_ok.values()), sum(cat_n.values())
        print(f"category accuracy: {total_ok / max(1, total_n):.3f} ({total_ok}/{total_n})")
        for lang in sorted(cat_n, key=lambda x: -cat_n[x]):
            print(f"  {lang}: {cat_ok[lang] / cat_n[lang]:.3f} ({cat_ok[lang]}/{cat_n[lang]})")
        print(f"language accuracy: {lang_ok / max(1, total_n):.3f}")
    print()
    g_total = sum(gold_by_kind.values())
    r_same = sum(hit_same.values()) / max(1, g_total)
    r_any = sum(hit_any.values()) / max(1, g_total)
    n_hit = sum(hit_same.values())
    print(
        f"secret recall (span overlap, same kind): {r_same:.3f} ({n_hit}/{g_total});"
        f" any kind: {r_any:.3f}"
    )
    for kind in sorted(gold_by_kind):
        print(
            f"  {kind}: {hit_same[kind] / gold_by_kind[kind]:.3f} "
            f"({hit_same[kind]}/{gold_by_kind[kind]})"
        )
    fp_rate = clean_fp / max(1, clean)
    print(f"false positives on clean lines: {fp_rate:.4f} ({clean_fp}/{clean})")
    print(f"extra secret spans on secret lines: {spurious_on_secret_lines}")
    print()
    tp, fp, fn = sum(ev_tp.values()), sum(ev_fp.values()), sum(ev_fn.values())
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = _f1(p, r)
    print(
        f"evidence (guard+extract, fixed now/tz): P={p:.3f} R={r:.3f} F1={f1:.3f} "
        f"(tp={tp} fp={fp} fn={fn})"
    )
    for kind in sorted(set(ev_tp) | set(ev_fp) | set(ev_fn)):
        kp = ev_tp[kind] / max(1, ev_tp[kind] + ev_fp[kind])
        kr = ev_tp[kind] / max(1, ev_tp[kind] + ev_fn[kind])
        print(
            f"  {kind}: P={kp:.3f} R={kr:.3f} F1={_f1(kp, kr):.3f} "
            f"(tp={ev_tp[kind]} fp={ev_fp[kind]} fn={ev_fn[kind]})"
        )
    print(f"  checksum verdict (valid) agrees on matched identifiers: {valid_agree}/{valid_total}")
    if analyze is not None and accepts_now:
        pp = pipe_ev_tp / max(1, pipe_ev_tp + pipe_ev_fp)
        pr = pipe_ev_tp / max(1, pipe_ev_tp + pipe_ev_fn)
        print(f"evidence via analyze(): P={pp:.3f} R={pr:.3f} F1={_f1(pp, pr):.3f}")
    elif analyze is not None:
        print(
            "evidence via analyze(): not scored (analyze() takes no now/tz, so relative "
            "times are not reproducible)"
        )
    print()
    times.sort()
    print(
        f"guard+evidence latency: p50={statistics.median(times) * 1e3:.3f} ms "
        f"p99={times[int(len(times) * 0.99) - 1] * 1e3:.3f} ms max={times[-1] * 1e3:.3f} ms"
    )
    if args.verbose and misses:
        print()
        print("\n".join(misses))
    ok = r_same >= TARGET_RECALL and fp_rate <= TARGET_FP and f1 >= TARGET_F1
    print()
    print("targets (recall 1.0, FP <= 1%, evidence F1 >= 0.98):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
