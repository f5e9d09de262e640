"""Category accuracy on a *development* set (bench/data/triage_dev*.jsonl) and by author.

    .venv/bin/python bench/triage_dev.py [--file bench/data/triage_dev2.jsonl]
                                         [--model PATH] [--cross] [--verbose]

The development set is ours to tune on (the held-out set, tests/data/triage_holdout.jsonl,
is not: only its aggregate figures from bench/triage_holdout.py are ever read). The dev
sets were written by hand, apart from the training phrases; how and what was tuned on
them is in src/hashdesk/triage/data/README.md.

`--cross` also trains on each group of shipped training files and scores the others
(an "author shift" estimate: the files were written by different people).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "triage_dev.jsonl"


def _load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def _score(rows: list[dict[str, str]], predict: object, verbose: bool) -> float:
    ok: Counter[str] = Counter()
    n: Counter[str] = Counter()
    by_cat: Counter[str] = Counter()
    cat_n: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    misses = []
    for r in rows:
        got = predict(r["text"])  # type: ignore[operator]
        hit = got == r["category"]
        n[r["language"]] += 1
        ok[r["language"]] += hit
        cat_n[r["category"]] += 1
        by_cat[r["category"]] += hit
        if not hit:
            confusion[(r["category"], got)] += 1
            misses.append(f"  {r['category']:>17} -> {got:<17} {r['text'][:110]}")
    total = sum(ok.values()) / max(1, sum(n.values()))
    print(f"category accuracy: {total:.3f} ({sum(ok.values())}/{sum(n.values())})")
    print(
        "  by language: "
        + ", ".join(f"{k} {ok[k] / n[k]:.2f}" for k in sorted(n, key=lambda k: -n[k]))
    )
    print("  by category: " + ", ".join(f"{k} {by_cat[k] / cat_n[k]:.2f}" for k in sorted(cat_n)))
    print("  confusions: " + ", ".join(f"{a}->{b} {c}" for (a, b), c in confusion.most_common(8)))
    if verbose:
        print("\n".join(misses))
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEV)
    ap.add_argument("--model", type=Path, default=None, help="score this .npz instead")
    ap.add_argument("--cross", action="store_true", help="also train/test across data files")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)

    from hashdesk.triage import analyze, classifier

    rows = _load(args.file)
    if args.model is not None:
        model = classifier.load_model(args.model)

        def predict(text: str) -> str:
            return classifier.categorize(text, model=model).label

        print(f"dev set, model {args.model}:")
        _score(rows, predict, args.verbose)
    else:
        print("dev set, analyze():")
        _score(rows, lambda t: analyze(t).category, args.verbose)
    if args.cross:
        from hashdesk.triage import train as tr

        files = tr.shipped_data_files()
        groups: dict[str, list[Path]] = {}
        for p in files:
            groups.setdefault("gen" if "_gen" in p.stem else "orig", []).append(p)
        for held_name, held in groups.items():
            train = tr.Dataset([], [], [])
            for name, paths in groups.items():
                if name == held_name:
                    continue
                for p in paths:
                    part = tr.read_dataset(p, text_column="text", label_column="label")
                    train.texts += part.texts
                    train.labels += part.labels
            if not train.texts:
                continue
            fitted = tr.fit(train, tr.TrainConfig())
            test_rows = []
            for p in held:
                part = tr.read_dataset(p, text_column="text", label_column="label")
                langs = [str(e.get("lang", "?")) for e in part.extra]
                test_rows += [
                    {"text": t, "category": lab, "language": lg}
                    for t, lab, lg in zip(part.texts, part.labels, langs, strict=True)
                ]
            print(f"cross-author: train on the rest, test on {held_name} ({len(test_rows)}):")
            _score(
                test_rows,
                lambda t, m=fitted.model: classifier.categorize(t, model=m).label,
                False,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
