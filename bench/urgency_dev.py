"""Urgency ("funds at risk right now") on a development set, rules alone and as shipped.

    .venv/bin/python bench/urgency_dev.py

`bench/data/urgency_dev.jsonl`: 300 messages in nine languages (104 urgent), written apart
from `src/hashdesk/triage/data/urgency_train.jsonl` by the same author. Also prints how
often ordinary cases of other categories (dev sets 6, 7 and 9, other authors) are marked
urgent: a false "urgent" jumps the queue and pages the security team.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rows(name: str) -> list[dict]:
    with (HERE / "data" / name).open(encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def _pr(pred: list[bool], gold: list[bool]) -> str:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return f"recall {tp / max(1, tp + fn):.3f}, precision {tp / max(1, tp + fp):.3f}"


def main(argv: list[str] | None = None) -> int:
    from hashdesk.triage import analyze
    from hashdesk.triage.classifier import urgency_rule

    rows = _rows("urgency_dev.jsonl")
    gold = [bool(r["urgent"]) for r in rows]
    rule = [urgency_rule(r["text"]).label == "urgent" for r in rows]
    shipped = [analyze(r["text"]).urgent for r in rows]
    print(f"urgency dev set ({len(rows)} lines, {sum(gold)} urgent)")
    print(f"  rules alone:             {_pr(rule, gold)}")
    print(f"  as shipped (analyze()):  {_pr(shipped, gold)}")
    marked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name in ("triage_dev6.jsonl", "triage_dev7.jsonl", "triage_dev9.jsonl"):
        for r in _rows(name):
            if r["category"] != "account_security":
                total["other"] += 1
                marked["other"] += analyze(r["text"]).urgent
    print(
        f"  other categories marked urgent (dev 6/7/9): {marked['other']}/{total['other']} "
        f"({marked['other'] / max(1, total['other']):.3%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
