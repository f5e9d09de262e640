from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hashdesk.domain import conversation as m
from hashdesk.domain.model import Conflict

NOW = datetime(2026, 1, 1, tzinfo=UTC)
WINDOW = timedelta(hours=72)


def test_handoff_from_assistant_waits_for_a_person() -> None:
    assert m.after_handoff("assistant") == "waiting"
    assert m.after_handoff("open") == "open"


def test_claim_and_reply_cycle() -> None:
    assert m.after_claim("waiting") == "open"
    assert m.after_agent_message("open") == "pending_customer"
    kw = dict(assigned=True, resolved_at=None, now=NOW, reopen_window=WINDOW)
    assert m.after_customer_message("pending_customer", **kw) == "open"


def test_customer_message_reopens_within_window_only() -> None:
    recent = NOW - timedelta(hours=1)
    assert (
        m.after_customer_message(
            "resolved", assigned=True, resolved_at=recent, now=NOW, reopen_window=WINDOW
        )
        == "open"
    )
    assert (
        m.after_customer_message(
            "resolved", assigned=False, resolved_at=recent, now=NOW, reopen_window=WINDOW
        )
        == "waiting"
    )
    old = NOW - timedelta(hours=100)
    with pytest.raises(Conflict):
        m.after_customer_message(
            "resolved", assigned=True, resolved_at=old, now=NOW, reopen_window=WINDOW
        )


def test_closed_is_final() -> None:
    with pytest.raises(Conflict):
        m.after_customer_message(
            "closed", assigned=True, resolved_at=None, now=NOW, reopen_window=WINDOW
        )
    for fn in (m.after_claim, m.after_agent_message, m.after_resolve, m.after_handoff):
        with pytest.raises(Conflict):
            fn("closed")


def test_auto_close_after_window() -> None:
    resolved = NOW - WINDOW
    assert (
        m.close_if_due("resolved", resolved_at=resolved, now=NOW, reopen_window=WINDOW) == "closed"
    )
    assert m.close_if_due("resolved", resolved_at=NOW, now=NOW, reopen_window=WINDOW) == "resolved"
    assert m.close_if_due("open", resolved_at=resolved, now=NOW, reopen_window=WINDOW) == "open"


@given(st.lists(st.sampled_from(["customer", "claim", "agent", "resolve", "handoff"]), max_size=30))
def test_every_transition_lands_on_a_contract_status(steps: list[str]) -> None:
    status = "assistant"
    resolved_at = None
    for step in steps:
        try:
            if step == "customer":
                status = m.after_customer_message(
                    status, assigned=True, resolved_at=resolved_at, now=NOW, reopen_window=WINDOW
                )
            elif step == "claim":
                status = m.after_claim(status)
            elif step == "agent":
                status = m.after_agent_message(status)
            elif step == "resolve":
                status = m.after_resolve(status)
                resolved_at = NOW
            else:
                status = m.after_handoff(status)
        except Conflict:
            pass
        assert status in m.STATUSES
