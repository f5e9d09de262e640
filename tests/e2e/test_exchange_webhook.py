"""End to end: a signed-in customer reports funds at risk, the supervisor approves the freeze,
and a real `hashdesk serve` delivers the signed webhook to the exchange (a local server that
answers 500 first), retrying with the same action id; the audit chain verifies afterwards."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest

from hashdesk.jobs.webhooks import verify_signature

from ..receiver import receiving
from .server import LiveServer

SECRET = "e2e-exchange-webhook-secret-0123"


@pytest.mark.slow
def test_customer_freeze_reaches_the_exchange(tmp_path: Path) -> None:
    with receiving([500]) as exchange:
        server = LiveServer(
            var_dir=tmp_path,
            extra_env={
                "HASHDESK_EXCHANGE_WEBHOOK_URL": exchange.url,
                "HASHDESK_EXCHANGE_WEBHOOK_SECRET": SECRET,
                "HASHDESK_EXCHANGE_WEBHOOK_BACKOFF_SECONDS": "0.5",
            },
        )
        server.seed_demo()
        server.start()
        try:
            jwt = server.cli("token", "acct-e2e-freeze", "--email", "e2e@example.com").stdout
            r = httpx.post(
                f"{server.url}/api/v1/conversations",
                json={"channel": "app", "text": "Someone is withdrawing my BTC right now!"},
                headers={"Authorization": f"Bearer {jwt.strip()}"},
                timeout=30,
            )
            assert r.status_code == 201, r.text
            conv = r.json()
            r = httpx.post(
                f"{server.url}/api/v1/conversations/{conv['id']}/freeze-request",
                headers={"Authorization": f"Bearer {conv['token']}"},
                timeout=30,
            )
            assert r.status_code == 201, r.text
            action_id = r.json()["action_id"]
            lead = {"Authorization": f"Bearer {server.agent_token('lead')}"}
            r = httpx.get(f"{server.url}/api/v1/approvals", headers=lead, timeout=30)
            assert r.json()["approvals"][0]["id"] == action_id  # urgent: first in the queue
            r = httpx.post(
                f"{server.url}/api/v1/approvals/{action_id}/approve", headers=lead, timeout=30
            )
            assert r.status_code == 200, r.text
            deadline = time.monotonic() + 30
            while len(exchange.of(action_id)) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            first, second = exchange.of(action_id)
            assert first["body"] == second["body"]
            for req in (first, second):
                sig = req["headers"]["x-hashdesk-signature"]
                assert verify_signature(SECRET, sig, req["body"], now=time.time())
            body = json.loads(first["body"])
            assert body["kind"] == "freeze_account" and body["account_id"] == "acct-e2e-freeze"
            assert body["approved_by"]["email"] == "lead@hashport-exchange.com"
            for _ in range(100):
                r = httpx.get(
                    f"{server.url}/api/v1/approvals?status=approved", headers=lead, timeout=30
                )
                mine = next(a for a in r.json()["approvals"] if a["id"] == action_id)
                if mine["delivery"]["status"] == "delivered":
                    break
                time.sleep(0.1)
            assert mine["delivery"]["status"] == "delivered" and mine["delivery"]["attempts"] == 2
        finally:
            server.stop()
        verified = server.cli("audit", "verify", "--json", check=False)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert json.loads(verified.stdout)["ok"]
