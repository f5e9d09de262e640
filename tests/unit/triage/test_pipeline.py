"""`analyze` end to end: the contract's shape, guard first, offsets into the original."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hashdesk.triage as triage
from hashdesk.triage import analyze
from hashdesk.triage.pipeline import offset_mapper
from hashdesk.triage.types import SecretSpan, TriageResult

SEED = "abandon " * 11 + "about"
TX = "0x" + "ab" * 32
CONTRACT_KEYS = {
    "language",
    "category",
    "priority",
    "urgent",
    "secrets",
    "redacted_text",
    "evidence",
}


def test_public_shape_matches_the_contract() -> None:
    r = analyze(f"my deposit {TX} has not arrived")
    assert isinstance(r, TriageResult)
    out = r.to_public()
    assert set(out) == CONTRACT_KEYS
    assert out["language"] == "en"
    assert out["category"] == "deposit"
    assert out["priority"] in ("low", "normal", "high", "urgent")
    assert isinstance(out["urgent"], bool)
    assert out["secrets"] == []
    assert out["redacted_text"] == f"my deposit {TX} has not arrived"
    assert any(e["kind"] == "txid" for e in out["evidence"])
    for e in out["evidence"]:
        assert {"kind", "value"} <= set(e)
    json.dumps(out)  # serialisable as is
    assert 0.0 < r.category_confidence <= 1.0


def test_secrets_are_cut_out_before_anything_else() -> None:
    text = f"here is my seed {SEED} my withdrawal is stuck"
    r = analyze(text)
    assert [s.kind for s in r.secrets] == ["mnemonic"]
    assert "abandon" not in r.redacted_text
    span = r.secrets[0]
    assert text[span.start : span.end].split()[-1] == "about"
    assert r.category == "withdrawal"


def test_evidence_offsets_point_into_the_original_text() -> None:
    text = f"seed {SEED}. my password is Hunter2!xyz, deposit tx {TX} missing"
    r = analyze(text)
    assert r.secrets
    txids = [e for e in r.evidence if e.kind == "txid"]
    assert txids
    for e in r.evidence:
        if e.start is not None and e.end is not None:
            assert text[e.start : e.end] == e.value or e.kind in ("timestamp", "amount")


def test_offset_mapper() -> None:
    def marker(kind: str) -> str:
        return f"[redacted {kind}]"

    original = "ab SECRET cd"
    spans = [SecretSpan("password", 3, 9)]
    redacted = "ab [redacted password] cd"
    to_original = offset_mapper(spans, marker)
    assert to_original(0) == 0
    assert to_original(redacted.index("cd")) == original.index("cd")
    assert to_original(5) == 3  # inside the marker -> start of the secret


def test_urgent_forces_priority() -> None:
    r = analyze("someone is withdrawing all my USDT right now, I did not do this")
    assert r.urgent is True
    assert r.priority == "urgent"
    assert r.category == "account_security"


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("合约爆仓了，标记价格根本没到", "zh", "futures"),
        ("API key error -1021 timestamp outside recvWindow", "en", "api_keys"),
        ("Мой вывод завис на проверке", "ru", "withdrawal"),
    ],
)
def test_language_and_category(text: str, lang: str, category: str) -> None:
    r = analyze(text)
    assert (r.language, r.category) == (lang, category)


def test_lang_hint_used_for_short_text() -> None:
    assert analyze("ok", lang_hint="zh").language == "zh"


def test_now_and_tz_are_accepted() -> None:
    r = analyze("deposit sent yesterday", tz="Asia/Shanghai", now=datetime(2026, 1, 2, tzinfo=UTC))
    assert r.category == "deposit"


def test_package_exports() -> None:
    for name in (
        "analyze",
        "check_outbound",
        "warm_up",
        "TriageResult",
        "SecretSpan",
        "Evidence",
        "GuardResult",
        "OutboundVerdict",
    ):
        assert hasattr(triage, name)
    triage.warm_up()


def test_explain_reports_confidence_and_reason() -> None:
    out = triage.explain("my futures position was liquidated")
    for stage in ("language", "category", "urgency", "priority"):
        assert {"label", "confidence", "reason"} <= set(out[stage])


@pytest.mark.parametrize("text", ["\ud800 hello withdraw", "abc\udfff", "\x00", "\u202e\u200b"])
def test_odd_strings_never_raise(text: str) -> None:
    assert analyze(text).category in CONTRACT_CATEGORIES


CONTRACT_CATEGORIES = (
    "account_access",
    "account_security",
    "deposit",
    "withdrawal",
    "trading",
    "futures",
    "api_keys",
    "compliance_review",
    "general",
)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(text: str) -> None:
    r = analyze(text)
    assert r.category in (
        "account_access",
        "account_security",
        "deposit",
        "withdrawal",
        "trading",
        "futures",
        "api_keys",
        "compliance_review",
        "general",
    )
    assert r.priority in ("low", "normal", "high", "urgent")
