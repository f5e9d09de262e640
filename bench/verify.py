"""Run the look-alike corpus through the official-channel check and report how it does.

    python bench/verify.py [--corpus PATH] [--registry FILE] [--repeat N] [--json]

Prints impersonation recall and precision, how many official values were flagged as
anything else (must be 0), the confusion matrix, misses per technique and checks/s.
Exit status 1 when recall < 0.98 or any official value is flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from hashdesk.trust import Registry, check, load

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "lookalike_corpus.jsonl"
LABELS = ("official", "not_official", "impersonation")
MIN_RECALL = 0.98


def read_corpus(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict[str, str]], registry: Registry, repeat: int = 1) -> dict[str, Any]:
    """Score `rows` (corpus lines); returns every figure the report prints."""
    for row in rows[:20]:  # warm caches (confusables table, suffix list)
        check(row["value"], registry)
    start = time.perf_counter()
    results = []
    for _ in range(max(1, repeat)):
        results = [check(row["value"], registry) for row in rows]
    elapsed = time.perf_counter() - start
    confusion: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    misses: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row, verdict in zip(rows, results, strict=True):
        confusion[row["expected"]][verdict.verdict] += 1
        if verdict.verdict != row["expected"]:
            misses[row["technique"]].append(
                {
                    "id": row["id"],
                    "value": row["value"],
                    "expected": row["expected"],
                    "got": verdict.verdict,
                    "reason": verdict.reason,
                }
            )
    imp = confusion["impersonation"]
    true_pos = imp["impersonation"]
    flagged = sum(confusion[label]["impersonation"] for label in LABELS)
    n_imp = sum(imp.values())
    n_off = sum(confusion["official"].values())
    return {
        "values": len(rows),
        "impersonation_recall": true_pos / n_imp if n_imp else 1.0,
        "impersonation_precision": true_pos / flagged if flagged else 1.0,
        "official_values": n_off,
        "official_false_flags": n_off - confusion["official"]["official"],
        "accuracy": sum(confusion[label][label] for label in LABELS) / len(rows) if rows else 1.0,
        "confusion": {label: dict(confusion[label]) for label in LABELS},
        "misses": dict(misses),
        "checks_per_second": len(rows) * max(1, repeat) / elapsed if elapsed else 0.0,
    }


def meets_targets(report: dict[str, Any]) -> bool:
    return bool(
        report["impersonation_recall"] >= MIN_RECALL and report["official_false_flags"] == 0
    )


def _print(report: dict[str, Any]) -> None:
    print(f"values: {report['values']}")
    print(f"impersonation recall:    {report['impersonation_recall']:.4f} (target {MIN_RECALL})")
    print(f"impersonation precision: {report['impersonation_precision']:.4f}")
    print(
        f"official false flags:    {report['official_false_flags']} of "
        f"{report['official_values']} (target 0)"
    )
    print(f"accuracy:                {report['accuracy']:.4f}")
    print("confusion (rows expected, columns got):")
    print(f"  {'':15}" + "".join(f"{label:>15}" for label in LABELS))
    for label in LABELS:
        row = report["confusion"][label]
        print(f"  {label:15}" + "".join(f"{row.get(col, 0):>15}" for col in LABELS))
    if report["misses"]:
        print("misses by technique:")
        for technique, items in sorted(report["misses"].items()):
            print(f"  {technique}: {len(items)}")
            for item in items:
                print(
                    f"    {item['id']} {item['value']!r}: expected {item['expected']}, "
                    f"got {item['got']} ({item['reason']})"
                )
    else:
        print("misses by technique: none")
    print(f"checks/s: {report['checks_per_second']:.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--registry", type=Path, default=None, help="registry TOML (default: the demo registry)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="passes for the timing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    registry = load(args.registry) if args.registry else Registry.default()
    report = evaluate(read_corpus(args.corpus), registry, args.repeat)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print(report)
    return 0 if meets_targets(report) else 1


if __name__ == "__main__":
    raise SystemExit(main())
