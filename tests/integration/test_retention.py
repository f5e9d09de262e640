"""Retention: closed conversations lose their content after the retention period; counts,
categories and timestamps stay; a customer keeps their details while another conversation
still needs them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from hashdesk.desk.retention import MARKER, purge_expired
from hashdesk.jobs.runner import fire_due_timers
from hashdesk.store import repo
from hashdesk.store.reads import read
from hashdesk.store.tables import customers

from .actors import agent, audit_entries, audit_mark, case_for, customer_jwt, open_conv
from .conftest import Harness, bearer, make_harness

TXID = "0x" + "ab12" * 16


async def closed(h: Harness, sup: str, token: str | None, text: str) -> dict[str, Any]:
    """A conversation with evidence, resolved and (after the reopen window) closed."""
    conv = await open_conv(h, text, token=token)
    case = await case_for(h, conv["id"])
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/messages",
        json={"text": "Checking it now."},
        headers=bearer(sup),
    )
    assert r.status_code == 201
    assert (
        await h.http.post(f"/api/v1/cases/{case['id']}/resolve", headers=bearer(sup))
    ).status_code == 200
    return conv


async def at(h: Harness, when: Callable[[], datetime], fn: Any) -> Any:
    real = h.desk.clock
    h.desk.clock = when
    try:
        return await fn()
    finally:
        h.desk.clock = real


async def customer_row(h: Harness, customer_id: str) -> Any:
    q = sa.select(customers).where(customers.c.id == customer_id)
    return await read(h.desk.reader, lambda c: c.execute(q).first())


async def test_retention_empties_old_closed_conversations(
    database_url: str, tmp_path: Path
) -> None:
    async with make_harness(database_url, tmp_path, retention_days=30) as h:
        mark = await audit_mark(h)
        _, sup = await agent(h, role="supervisor")
        alice = customer_jwt(h)
        bob = customer_jwt(h)
        gone = await closed(h, sup, alice, f"my deposit {TXID} never arrived, my email is a@x.test")
        kept_open = await open_conv(h, "another question about fees", token=alice)
        bob_conv = await closed(h, sup, bob, f"withdrawal {TXID} is stuck")
        real = h.desk.clock
        later = real() + timedelta(hours=h.settings.reopen_window_hours + 1)

        async def close_all() -> None:
            while await fire_due_timers(h.desk):
                pass

        await at(h, lambda: later, close_all)
        # Not yet: closed for less than the retention period.
        done = await purge_expired(h.desk)
        assert done is not None and done.conversations == 0
        much_later = later + timedelta(days=31)
        done = await at(h, lambda: much_later, lambda: purge_expired(h.desk))
        assert done is not None and done.conversations >= 2
        before = await case_for(h, gone["id"])
        r = await h.http.get(f"/api/v1/cases/{before['id']}", headers=bearer(sup))
        detail = r.json()
        assert {m["text"] for m in detail["messages"]} == {MARKER}
        assert detail["evidence"] == []
        assert detail["category"] and detail["created_at"] and detail["status"] == "closed"
        assert TXID not in r.text and "a@x.test" not in r.text
        # Alice still has an open conversation: her e-mail and name stay. Bob's go.
        alice_conv = await read(h.desk.reader, lambda c: repo.get_conversation(c, gone["id"]))
        bob_row = await read(h.desk.reader, lambda c: repo.get_conversation(c, bob_conv["id"]))
        assert alice_conv is not None and bob_row is not None
        a = await customer_row(h, alice_conv.customer_id)
        b = await customer_row(h, bob_row.customer_id)
        assert a.email and a.name and b.email is None and b.name is None
        assert b.account_id  # the aggregate link stays
        r = await h.http.get(
            f"/api/v1/conversations/{kept_open['id']}/messages", headers=bearer(kept_open["token"])
        )
        assert all(m["text"] != MARKER for m in r.json()["messages"])
        # A second run finds nothing new, and each run is on record.
        again = await at(h, lambda: much_later, lambda: purge_expired(h.desk))
        assert again is not None and again.conversations == 0
        runs = [e for e in await audit_entries(h, since=mark) if e["action"] == "retention.purged"]
        assert [r["details"]["conversations"] for r in runs][-3:] == [0, done.conversations, 0]
        assert runs[-2]["details"]["customers"] >= 1 and runs[-2]["actor"]["kind"] == "system"


async def test_retention_off_keeps_everything(harness: Harness) -> None:
    assert harness.settings.retention_days == 0
    assert await purge_expired(harness.desk) is None
