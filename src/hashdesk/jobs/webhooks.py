"""Deliver approved sensitive actions to the exchange's back end, from the durable outbox.

Each delivery is a POST of the body stored at approval (the same bytes on every attempt),
signed ``X-Hashdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`` with
``HASHDESK_EXCHANGE_WEBHOOK_SECRET``, and ``Idempotency-Key: <action id>`` so the exchange
carries an action out once however often it arrives. A 2xx answer is success; anything
else, or no answer, is retried with exponential backoff until
``HASHDESK_EXCHANGE_WEBHOOK_MAX_ATTEMPTS``, then the delivery is marked failed. Each
outcome is an audit entry; giving up is also an internal note on the case.

The HTTP call happens outside any transaction: a write job claims due rows (leasing them,
so a crashed sender's rows come back), the requests go out, another job records outcomes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import structlog

from .. import __version__
from ..desk import audit
from ..desk.approvals import internal_note
from ..desk.service import Desk
from ..domain.actions import LABELS, retry_delay
from ..domain.audit import Actor
from ..store import actions_repo, repo
from ..store.db import is_sqlite
from ..store.writer import Tx

log = structlog.get_logger(__name__)

SIGNATURE_HEADER = "X-Hashdesk-Signature"
SENDER = Actor("system", "webhook")


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify_signature(
    secret: str, header: str, body: bytes, *, now: float, tolerance: float = 300.0
) -> bool:
    """What the receiving side does (and the tests): a known timestamp close to now and a
    matching HMAC, compared in constant time."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        t = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(now - t) > tolerance:
        return False
    expected = sign(secret, t, body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


@dataclass(frozen=True, slots=True)
class _Outcome:
    outbox_id: int
    action_id: str
    attempt: int
    status_code: int | None
    error: str | None  # None: delivered


async def deliver_due_webhooks(desk: Desk, client: httpx.AsyncClient, *, limit: int = 20) -> int:
    """Send what is due now; returns how many deliveries were attempted."""
    settings = desk.settings
    url = settings.exchange_webhook_url
    if not url:
        return 0
    secret = settings.exchange_webhook_secret.get_secret_value()
    timeout = settings.exchange_webhook_timeout_seconds
    skip_locked = not is_sqlite(settings.effective_database_url)

    def claim(tx: Tx) -> list[Any]:
        now = desk.clock()
        lease = now + timedelta(seconds=timeout * 2 + 30)
        return actions_repo.claim_due_webhooks(
            tx.conn, now, lease_until=lease, limit=limit, skip_locked=skip_locked
        )

    rows = await desk.writer.run(claim)
    if not rows:
        return 0
    outcomes = await asyncio.gather(*(_send(client, url, secret, timeout, row) for row in rows))
    await desk.writer.run(lambda tx: _record(tx, desk, list(outcomes)))
    return len(rows)


async def _send(
    client: httpx.AsyncClient, url: str, secret: str, timeout: float, row: Any
) -> _Outcome:
    body = row.body.encode()
    attempt = int(row.attempts) + 1  # the claim counted it in the database
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": f"hashdesk/{__version__}",
        "Idempotency-Key": row.action_id,
        SIGNATURE_HEADER: sign(secret, ts, body),
        "X-Hashdesk-Attempt": str(attempt),
    }
    try:
        resp = await client.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        return _Outcome(row.id, row.action_id, attempt, None, type(exc).__name__)
    if 200 <= resp.status_code < 300:
        return _Outcome(row.id, row.action_id, attempt, resp.status_code, None)
    return _Outcome(row.id, row.action_id, attempt, resp.status_code, f"HTTP {resp.status_code}")


def _record(tx: Tx, desk: Desk, outcomes: list[_Outcome]) -> None:
    settings = desk.settings
    now = desk.clock()
    for o in outcomes:
        target = ("action", o.action_id)
        if o.error is None:
            actions_repo.webhook_delivered(tx.conn, o.outbox_id, at=now, status_code=o.status_code)
            audit.record(
                tx,
                now,
                SENDER,
                "action.delivered",
                target=target,
                attempt=o.attempt,
                status_code=o.status_code,
            )
            continue
        give_up = o.attempt >= settings.exchange_webhook_max_attempts
        retry_at = (
            None
            if give_up
            else now + retry_delay(o.attempt, base=settings.exchange_webhook_backoff_seconds)
        )
        actions_repo.webhook_failed(
            tx.conn, o.outbox_id, status_code=o.status_code, error=o.error, retry_at=retry_at
        )
        audit.record(
            tx,
            now,
            SENDER,
            "action.delivery_failed" if give_up else "action.delivery_retry",
            target=target,
            attempt=o.attempt,
            status_code=o.status_code,
            error=o.error,
        )
        log.warning(
            "webhook.failed",
            action_id=o.action_id,
            attempt=o.attempt,
            error=o.error,
            gave_up=give_up,
        )
        if give_up:
            action = actions_repo.get_action(tx.conn, o.action_id)
            found = repo.get_case(tx.conn, action.case_id) if action else None
            if action and found:
                internal_note(
                    tx,
                    found[0],
                    f"Delivery of the approved {LABELS.get(action.kind, action.kind)} "
                    f"({action.id}) to the exchange failed after {o.attempt} attempts "
                    f"({o.error}). It was not carried out; handle it with the exchange directly.",
                    "action_failed",
                    now,
                    None,
                )
