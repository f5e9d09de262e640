"""The look-alike corpus: composition, freshness, and the targets the bench enforces."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from bench import make_lookalike_corpus
from bench import verify as bench_verify

from hashdesk.trust import Registry

CORPUS = Path(__file__).resolve().parents[2] / "data" / "lookalike_corpus.jsonl"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return bench_verify.read_corpus(CORPUS)


def test_corpus_composition(rows: list[dict[str, str]]) -> None:
    expected = Counter(r["expected"] for r in rows)
    assert len(rows) >= 180
    assert expected["official"] >= 40
    assert sum(1 for r in rows if r["technique"] == "unrelated") >= 20
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["value"] for r in rows}) == len(rows)
    assert all(set(r) == {"id", "value", "expected", "technique"} for r in rows)
    techniques = {r["technique"] for r in rows if r["expected"] == "impersonation"}
    for needed in (
        "homoglyph",
        "punycode",
        "typo-bitsquatting",
        "other-tld",
        "subdomain",
        "brand-in-domain",
        "userinfo",
        "handle-affix",
        "email-brand-in-address",
        "phone-near-miss",
        "phone-claims-support",
    ):
        assert needed in techniques


def test_corpus_file_matches_its_generator(rows: list[dict[str, str]]) -> None:
    assert make_lookalike_corpus.corpus() == rows, "run bench/make_lookalike_corpus.py"


def test_targets(rows: list[dict[str, str]], demo: Registry) -> None:
    report = bench_verify.evaluate(rows, demo, repeat=1)
    misses = json.dumps(report["misses"], ensure_ascii=False, indent=1)
    assert report["official_false_flags"] == 0, misses
    assert report["impersonation_recall"] >= 0.98, misses
    assert report["impersonation_precision"] >= 0.98, misses
    assert bench_verify.meets_targets(report)


def test_bench_main_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_verify.main(["--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for label in (
        "impersonation recall",
        "impersonation precision",
        "official false flags",
        "confusion",
        "misses by technique",
        "checks/s",
    ):
        assert label in out
