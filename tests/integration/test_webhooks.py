"""Approved actions really reach the exchange: a local HTTP server receives the signed
webhook, answers 500 first, and gets the same action again after the backoff."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from hashdesk.jobs.runner import JobRunner
from hashdesk.jobs.webhooks import deliver_due_webhooks, verify_signature

from ..receiver import Receiver, receiving
from .actors import agent, audit_entries, audit_mark, case_for, customer_jwt, open_conv
from .conftest import Harness, bearer, make_harness

SECRET = "exchange-webhook-secret-0123456789"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving([500]) as rec:
        yield rec


async def approved_action(h: Harness, kind: str = "freeze_account") -> dict[str, Any]:
    _, sup = await agent(h, role="supervisor")
    conv = await open_conv(h, "my account was hacked, please freeze it", token=customer_jwt(h))
    case = await case_for(h, conv["id"])
    _, team_agent = await agent(h, teams=[case["team"]])
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"kind": kind, "reason": "customer confirmed on the phone"},
        headers=bearer(team_agent),
    )
    assert r.status_code == 201, r.text
    r = await h.http.post(f"/api/v1/approvals/{r.json()['id']}/approve", headers=bearer(sup))
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


async def test_webhook_arrives_signed_and_is_retried_after_a_500(
    database_url: str, tmp_path: Path, receiver: Receiver
) -> None:
    settings = {
        "exchange_webhook_url": receiver.url,
        "exchange_webhook_secret": SECRET,
        "exchange_webhook_backoff_seconds": 0.2,
        "timer_poll_seconds": 0.05,
    }
    async with make_harness(database_url, tmp_path, **settings) as h:
        mark = await audit_mark(h)
        action = await approved_action(h)
        async with httpx.AsyncClient() as client:
            runner = JobRunner(h.desk, http=client)  # the real loop, with an injected client
            await runner.start()
            try:
                deadline = time.monotonic() + 20
                while len(receiver.of(action["id"])) < 2 and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                await _wait_delivered(h, action["id"])
            finally:
                await runner.stop()
        assert len(receiver.of(action["id"])) == 2, receiver.requests
        first, second = receiver.of(action["id"])
        for req in (first, second):
            headers = req["headers"]
            assert req["path"] == "/hooks/hashdesk"
            assert headers["idempotency-key"] == action["id"]
            assert headers["content-type"] == "application/json"
            assert verify_signature(
                SECRET, headers["x-hashdesk-signature"], req["body"], now=time.time()
            )
            forged = verify_signature(
                "wrong-secret-0123456789", headers["x-hashdesk-signature"], req["body"], now=0
            )
            assert not forged
        assert first["body"] == second["body"]  # the same action, byte for byte
        assert first["headers"]["x-hashdesk-attempt"] == "1"
        assert second["headers"]["x-hashdesk-attempt"] == "2"
        body = json.loads(first["body"])
        assert body["action_id"] == action["id"] and body["kind"] == "freeze_account"
        assert body["account_id"] == action["account_id"] and body["case_id"] == action["case_id"]
        assert body["approved_by"]["id"] == action["decided_by"]["id"] and body["timestamp"]
        steps = [
            (e["action"], e["details"].get("attempt"))
            for e in await audit_entries(h, since=mark, target_id=action["id"])
        ]
        assert steps == [
            ("action.requested", None),
            ("action.approved", None),
            ("action.delivery_retry", 1),
            ("action.delivered", 2),
        ]


async def _wait_delivered(h: Harness, action_id: str) -> dict[str, Any]:
    sup = (await agent(h, role="admin"))[1]
    for _ in range(200):
        r = await h.http.get("/api/v1/approvals?status=approved", headers=bearer(sup))
        found = next(a for a in r.json()["approvals"] if a["id"] == action_id)
        if found["delivery"]["status"] != "pending":
            return found
        await asyncio.sleep(0.1)
    raise AssertionError("not delivered")


async def test_delivery_gives_up_after_the_last_attempt(
    database_url: str, tmp_path: Path, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503, 500]
    settings = {
        "exchange_webhook_url": receiver.url,
        "exchange_webhook_secret": SECRET,
        "exchange_webhook_max_attempts": 2,
        "exchange_webhook_backoff_seconds": 60,
    }
    async with make_harness(database_url, tmp_path, **settings) as h:
        action = await approved_action(h, kind="reset_2fa")
        real = h.desk.clock
        sent = lambda: len(receiver.of(action["id"]))  # noqa: E731
        async with httpx.AsyncClient() as client:
            await deliver_due_webhooks(h.desk, client)
            assert sent() == 1
            await deliver_due_webhooks(h.desk, client)
            assert sent() == 1  # backing off: not due yet
            h.desk.clock = lambda: real() + timedelta(seconds=61)
            try:
                await deliver_due_webhooks(h.desk, client)
                assert sent() == 2
                h.desk.clock = lambda: real() + timedelta(days=1)
                await deliver_due_webhooks(h.desk, client)
                assert sent() == 2  # gave up after two attempts
            finally:
                h.desk.clock = real
        found = await _wait_delivered(h, action["id"])
        assert found["delivery"]["status"] == "failed" and found["delivery"]["attempts"] == 2
        assert found["delivery"]["last_status"] == 503
        actions = [e["action"] for e in await audit_entries(h, target_id=action["id"])]
        assert actions[-2:] == ["action.delivery_retry", "action.delivery_failed"]
        sup = (await agent(h, role="supervisor"))[1]
        r = await h.http.get(f"/api/v1/cases/{action['case_id']}", headers=bearer(sup))
        assert any(m.get("kind") == "action_failed" for m in r.json()["messages"])


async def test_no_url_keeps_approved_actions_waiting(harness: Harness) -> None:
    h = harness
    action = await approved_action(h)
    async with httpx.AsyncClient() as client:
        assert await deliver_due_webhooks(h.desk, client) == 0  # nowhere to send it
    sup = (await agent(h, role="supervisor"))[1]
    r = await h.http.get("/api/v1/approvals?status=approved", headers=bearer(sup))
    found = next(a for a in r.json()["approvals"] if a["id"] == action["id"])
    assert found["delivery"]["status"] == "pending" and found["delivery"]["attempts"] == 0
