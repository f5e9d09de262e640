"""The held-out set is well formed, in sync with its generator, and its secrets are real."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = ROOT / "tests" / "data" / "triage_holdout.jsonl"
CATEGORIES = {
    "account_access",
    "account_security",
    "deposit",
    "withdrawal",
    "trading",
    "futures",
    "api_keys",
    "compliance_review",
    "general",
}
SECRET_KINDS = {
    "mnemonic",
    "private_key",
    "extended_private_key",
    "keystore",
    "password",
    "otp_code",
    "api_secret",
}


def lines() -> list[dict[str, object]]:
    return [json.loads(x) for x in HOLDOUT.read_text("utf-8").splitlines() if x.strip()]


def test_shape_and_balance() -> None:
    data = lines()
    assert len(data) >= 320
    langs = Counter(str(x["language"]) for x in data)
    assert 0.35 <= langs["en"] / len(data) <= 0.45
    assert 0.30 <= langs["zh"] / len(data) <= 0.40
    assert {"es", "ru", "vi", "tr", "pt", "ko", "ja"} <= set(langs)
    cats = Counter(str(x["category"]) for x in data)
    assert set(cats) == CATEGORIES
    assert max(cats.values()) <= 2 * min(cats.values())
    with_secrets = [x for x in data if x["secrets"]]
    assert len(with_secrets) >= 60
    assert len(data) - len(with_secrets) >= 200
    kinds = {s["kind"] for x in with_secrets for s in x["secrets"]}  # type: ignore[attr-defined]
    assert kinds == SECRET_KINDS
    assert len({x["language"] for x in with_secrets}) >= 6


def test_offsets_point_at_text() -> None:
    for x in lines():
        text = str(x["text"])
        for s in x["secrets"]:  # type: ignore[attr-defined]
            assert 0 <= s["start"] < s["end"] <= len(text)
        for e in x["evidence"]:  # type: ignore[attr-defined]
            if e["kind"] in ("address", "txid", "order_id", "withdrawal_id", "email"):
                assert e["value"] in text, (x["id"], e)


def test_file_is_what_the_generator_writes() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from make_triage_holdout import build  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    assert build() == lines()
