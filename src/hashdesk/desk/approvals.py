"""Four-eyes sensitive actions: 2FA reset, account freeze and unfreeze, whitelist removal.

An agent who can act on a case asks (``request_action``); a supervisor or admin who is not
the requester approves or rejects (``decide_action``); an approved action is queued in the
outbox, in the same transaction, for the job runner to deliver to the exchange's back end
(``jobs.webhooks``). A signed-in customer who reports funds at risk can ask for an urgent
freeze themselves (``desk.freeze``). Every step is an audit entry and an internal note.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from ..domain.actions import LABELS, STATUSES, SensitiveAction, validate_request
from ..domain.events import Event
from ..domain.model import Agent, Case, Conflict, Customer, DomainError, Forbidden, NotFound
from ..store import actions_repo, repo
from ..store.reads import read
from ..store.writer import Tx
from . import audit
from .access import access_case
from .clock import new_id
from .present import iso, message_public, scope_of
from .service import Desk


def action_public(a: SensitiveAction, agents: dict[str, Agent] | None = None) -> dict[str, Any]:
    agents = agents or {}

    def who(agent_id: str | None) -> dict[str, Any] | None:
        if agent_id is None:
            return None
        found = agents.get(agent_id)
        return {"id": agent_id, "name": found.name if found else None}

    requested_by: dict[str, Any] = {"kind": a.requested_by_kind, "id": a.requested_by}
    if a.requested_by_kind == "agent":
        requested_by["name"] = (who(a.requested_by) or {}).get("name")
    delivery = None
    if a.delivery:
        delivery = {k: iso(v) if isinstance(v, datetime) else v for k, v in a.delivery.items()}
    return {
        "id": a.id,
        "case_id": a.case_id,
        "kind": a.kind,
        "label": LABELS.get(a.kind, a.kind),
        "status": a.status,
        "urgent": a.urgent,
        "account_id": a.account_id,
        "reason": a.reason,
        "params": a.params,
        "requested_by": requested_by,
        "requested_at": iso(a.requested_at),
        "decided_by": who(a.decided_by),
        "decided_at": iso(a.decided_at),
        "note": a.decision_note,
        "delivery": delivery,
    }


def webhook_body(a: SensitiveAction, approver: Agent, at: datetime) -> str:
    """What the exchange receives (docs/exchange-webhook.md). Built once at approval, so
    every retry sends the same bytes."""
    doc = {
        "action_id": a.id,
        "kind": a.kind,
        "account_id": a.account_id,
        "case_id": a.case_id,
        "params": a.params,
        "urgent": a.urgent,
        "requested_by": {"kind": a.requested_by_kind, "id": a.requested_by},
        "approved_by": {"id": approver.id, "email": approver.email},
        "timestamp": iso(at),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"))


def _customer_of(conn: Connection, case: Case) -> Customer | None:
    conv = repo.get_conversation(conn, case.conversation_id)
    return repo.get_customer(conn, conv.customer_id) if conv else None


def internal_note(
    tx: Tx, case: Case, text: str, kind: str, now: datetime, agent_id: str | None
) -> None:
    """An internal note on the case: agents see it, the customer does not."""
    msg = repo.insert_message(
        tx.conn,
        conversation_id=case.conversation_id,
        author="system",
        text=text,
        now=now,
        agent_id=agent_id,
        meta={"kind": kind},
        internal=True,
    )
    tx.emit(
        Event(
            "message",
            case.conversation_id,
            message_public(msg),
            scope=scope_of(case),
            audience="agents",
        )
    )


async def request_action(
    desk: Desk,
    actor: Agent,
    case_id: str,
    *,
    kind: str,
    reason: str,
    params: dict[str, Any] | None = None,
) -> dict[str, Any]:
    reason = (reason or "").strip()
    clean = validate_request(kind, reason, params)

    def job(tx: Tx) -> dict[str, Any]:
        now = desk.clock()
        case, _ = access_case(tx.conn, actor, case_id)
        customer = _customer_of(tx.conn, case)
        if customer is None or customer.account_id is None:
            raise Conflict(
                "this case's customer is not signed in, so there is no exchange account to act "
                "on; ask them to sign in and write again",
                code="account_unknown",
            )
        if actions_repo.find_pending(tx.conn, customer.account_id, kind) is not None:
            raise Conflict(
                f"a {LABELS[kind]} for this account is already waiting for approval",
                code="already_requested",
            )
        action = SensitiveAction(
            id=new_id("act"),
            case_id=case.id,
            kind=kind,
            account_id=customer.account_id,
            reason=reason,
            params=clean,
            urgent=False,
            status="pending",
            requested_by_kind="agent",
            requested_by=actor.id,
            requested_at=now,
        )
        actions_repo.insert_action(tx.conn, action)
        internal_note(
            tx,
            case,
            f"{actor.name} asked for a {LABELS[kind]} ({action.id}): {reason}. "
            "A supervisor other than the requester must approve it.",
            "action_requested",
            now,
            actor.id,
        )
        audit.record(
            tx,
            now,
            audit.agent_actor(actor),
            "action.requested",
            target=("action", action.id),
            case_id=case.id,
            kind=kind,
            urgent=False,
        )
        return action_public(action, {actor.id: actor})

    return await desk.writer.run(job)


async def case_actions(desk: Desk, actor: Agent, case_id: str) -> list[dict[str, Any]]:
    def q(conn: Connection) -> list[dict[str, Any]]:
        access_case(conn, actor, case_id)
        agents = {a.id: a for a in repo.list_agents(conn)}
        return [action_public(a, agents) for a in actions_repo.list_actions(conn, case_id=case_id)]

    return await read(desk.reader, q)


def _require_supervisor(actor: Agent) -> None:
    if not actor.is_supervisor:
        raise Forbidden(
            "only supervisors and admins review sensitive actions", code="not_a_supervisor"
        )


async def list_approvals(
    desk: Desk, actor: Agent, *, status: str = "pending", limit: int = 200
) -> list[dict[str, Any]]:
    _require_supervisor(actor)
    if status != "all" and status not in STATUSES:
        raise DomainError(
            f"status must be one of {', '.join(STATUSES)} or all", code="invalid_status"
        )

    def q(conn: Connection) -> list[dict[str, Any]]:
        agents = {a.id: a for a in repo.list_agents(conn)}
        found = actions_repo.list_actions(
            conn, statuses=None if status == "all" else [status], limit=limit
        )
        return [action_public(a, agents) for a in found]

    return await read(desk.reader, q)


async def decide_action(
    desk: Desk, actor: Agent, action_id: str, *, approve: bool, note: str | None = None
) -> dict[str, Any]:
    _require_supervisor(actor)
    note = (note or "").strip() or None
    if note is not None and len(note) > 2000:
        raise DomainError("note is too long", code="note_too_long")

    def job(tx: Tx) -> dict[str, Any]:
        now = desk.clock()
        action = actions_repo.get_action(tx.conn, action_id)
        if action is None:
            raise NotFound("no such action", code="action_not_found")
        if action.requested_by_kind == "agent" and action.requested_by == actor.id:
            raise Forbidden(
                "four eyes: you asked for this action, so another supervisor must decide it",
                code="four_eyes",
            )
        status = "approved" if approve else "rejected"
        if not actions_repo.decide(
            tx.conn, action.id, status=status, by=actor.id, at=now, note=note
        ):
            raise Conflict("this action was already decided", code="already_decided")
        if approve:
            actions_repo.enqueue_webhook(tx.conn, action.id, webhook_body(action, actor, now), now)
        found = repo.get_case(tx.conn, action.case_id)
        assert found is not None
        label = LABELS.get(action.kind, action.kind)
        outcome = "approved; it is on its way to the exchange" if approve else "rejected"
        internal_note(
            tx,
            found[0],
            f"{actor.name} {outcome}: {label} ({action.id})" + (f". Note: {note}" if note else ""),
            f"action_{status}",
            now,
            actor.id,
        )
        audit.record(
            tx,
            now,
            audit.agent_actor(actor),
            f"action.{status}",
            target=("action", action.id),
            case_id=action.case_id,
            kind=action.kind,
        )
        decided = actions_repo.get_action(tx.conn, action.id)
        assert decided is not None
        return action_public(decided, {a.id: a for a in repo.list_agents(tx.conn)})

    return await desk.writer.run(job)
