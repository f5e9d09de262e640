"""The webhook signature: what an exchange checks, and the backoff between retries."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

import pytest

from hashdesk.domain.actions import InvalidAction, retry_delay, validate_request
from hashdesk.jobs.webhooks import sign, verify_signature

SECRET = "whsec-0123456789abcdef"


def test_signature_is_hmac_of_timestamp_dot_body() -> None:
    body = b'{"action_id":"act_1"}'
    header = sign(SECRET, 1_700_000_000, body)
    expected = hmac.new(SECRET.encode(), b"1700000000." + body, hashlib.sha256).hexdigest()
    assert header == f"t=1700000000,v1={expected}"
    assert verify_signature(SECRET, header, body, now=1_700_000_010)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda h, b: (h, b + b" "),  # body changed
        lambda h, b: (h.replace("t=1700000000", "t=1700000001"), b),  # timestamp changed
        lambda h, b: (h[:-1] + ("0" if h[-1] != "0" else "1"), b),  # mac changed
        lambda h, b: ("v1=" + h.split("v1=")[1], b),  # no timestamp
    ],
)
def test_tampered_or_replayed_signatures_fail(tamper) -> None:  # type: ignore[no-untyped-def]
    body = b'{"action_id":"act_1"}'
    header, body2 = tamper(sign(SECRET, 1_700_000_000, body), body)
    assert not verify_signature(SECRET, header, body2, now=1_700_000_000)


def test_old_signatures_are_refused() -> None:
    body = b"{}"
    header = sign(SECRET, 1_700_000_000, body)
    assert not verify_signature(SECRET, header, body, now=1_700_000_000 + 301)
    assert not verify_signature("another-secret-123456", header, body, now=1_700_000_000)


def test_backoff_doubles_and_is_capped() -> None:
    delays = [retry_delay(n, base=10) for n in range(1, 6)]
    assert delays == [timedelta(seconds=s) for s in (10, 20, 40, 80, 160)]
    assert retry_delay(30, base=10) == timedelta(hours=1)


def test_action_requests_are_validated() -> None:
    assert validate_request("freeze_account", "funds at risk", None) == {}
    got = validate_request("remove_whitelist_address", "r", {"address": " 0xabc ", "chain": "evm"})
    assert got == {"address": "0xabc", "chain": "evm"}
    for kind, reason, params in [
        ("transfer_funds", "r", None),
        ("reset_2fa", "  ", None),
        ("reset_2fa", "r", {"address": "x"}),
        ("remove_whitelist_address", "r", {}),
        ("remove_whitelist_address", "r", {"address": 5}),
    ]:
        with pytest.raises(InvalidAction):
            validate_request(kind, reason, params)
