"""Agent-side use cases: claim, reply, escalate, resolve."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..domain import conversation as machine
from ..domain.catalog import PRIORITY_RANK
from ..domain.events import Event
from ..domain.model import Agent, Conflict, DomainError, Message
from ..store import repo
from ..store.writer import Tx
from . import audit
from .access import access_case
from .notify import emit_case
from .present import message_public, scope_of
from .service import Desk


class OutboundBlocked(DomainError):
    code = "secret_request_blocked"
    status = 422


async def claim_case(desk: Desk, actor: Agent, case_id: str) -> dict[str, Any]:
    def job(tx: Tx) -> dict[str, Any]:
        now = desk.clock()
        case, status = access_case(tx.conn, actor, case_id)
        if case.assignee_id and case.assignee_id != actor.id:
            raise Conflict("this case is already claimed by another agent", code="already_claimed")
        new_status = machine.after_claim(status)
        repo.update_case(tx.conn, case.id, now, assignee_id=actor.id)
        audit.record(tx, now, audit.agent_actor(actor), "case.claimed", target=("case", case.id))
        if new_status != status:
            repo.set_conversation_status(tx.conn, case.conversation_id, new_status, now)
            tx.emit(
                Event("status", case.conversation_id, {"status": new_status}, scope=scope_of(case))
            )
        return emit_case(tx, case.id)

    return await desk.writer.run(job)


async def post_agent_message(desk: Desk, actor: Agent, case_id: str, text: str) -> Message:
    if not isinstance(text, str) or not text.strip():
        raise DomainError("message text is empty", code="empty_message")
    if len(text) > desk.settings.max_message_chars:
        raise DomainError("message text is too long", code="message_too_long")
    verdict = desk.outbound_guard(text)
    if verdict.blocked:

        def blocked(tx: Tx) -> None:
            case, _ = access_case(tx.conn, actor, case_id)  # nothing recorded for others' cases
            audit.record(
                tx,
                desk.clock(),
                audit.agent_actor(actor),
                "case.reply_blocked",
                target=("case", case.id),
                kinds=list(verdict.kinds),
            )

        await desk.writer.run(blocked)
        raise OutboundBlocked(
            "This reply asks the customer for a secret ("
            + ", ".join(verdict.kinds)
            + "). Support never asks for seed phrases, private keys, passwords or 2FA codes; "
            "the reply was not sent."
        )

    def job(tx: Tx) -> Message:
        now = desk.clock()
        case, status = access_case(tx.conn, actor, case_id)
        if case.assignee_id and case.assignee_id != actor.id and not actor.is_supervisor:
            raise Conflict("this case is claimed by another agent", code="already_claimed")
        new_status = machine.after_agent_message(status)
        msg = repo.insert_message(
            tx.conn,
            conversation_id=case.conversation_id,
            author="agent",
            text=text,
            now=now,
            agent_id=actor.id,
            meta={"agent_name": actor.name},
        )
        changes: dict[str, Any] = {}
        audit.record(
            tx,
            now,
            audit.agent_actor(actor),
            "case.replied",
            target=("case", case.id),
            message_id=msg.id,
            first_response=case.first_responded_at is None,
        )
        if case.assignee_id is None:
            changes["assignee_id"] = actor.id
        if case.first_responded_at is None:
            changes["first_responded_at"] = now
            repo.cancel_timers(tx.conn, kind="first_response", case_id=case.id, now=now)
        if changes:
            repo.update_case(tx.conn, case.id, now, **changes)
        if new_status != status:
            repo.set_conversation_status(
                tx.conn,
                case.conversation_id,
                new_status,
                now,
                resolved_at="clear" if status == "resolved" else "keep",
            )
            tx.emit(
                Event("status", case.conversation_id, {"status": new_status}, scope=scope_of(case))
            )
        tx.emit(
            Event("message", case.conversation_id, _agent_message(msg, actor), scope=scope_of(case))
        )
        if changes or new_status != status:
            emit_case(tx, case.id)
        return msg

    return await desk.writer.run(job)


def _agent_message(msg: Message, actor: Agent) -> dict[str, Any]:
    data = message_public(msg)
    data["agent"] = {"name": actor.name}
    return data


async def escalate_case(
    desk: Desk, actor: Agent, case_id: str, *, to: str, reason: str
) -> dict[str, Any]:
    to = (to or "").strip()
    reason = (reason or "").strip()
    if not to:
        raise DomainError("say where to escalate: `supervisor` or a team", code="invalid_target")
    if not reason:
        raise DomainError("an escalation needs a reason", code="reason_required")
    if len(reason) > 2000:
        raise DomainError("reason is too long", code="reason_too_long")
    teams = desk.catalog.teams
    if to != "supervisor" and to not in teams:
        raise DomainError(
            f"unknown escalation target {to!r}; use supervisor or one of {sorted(teams)}",
            code="invalid_target",
        )

    def job(tx: Tx) -> dict[str, Any]:
        now = desk.clock()
        case, status = access_case(tx.conn, actor, case_id)
        if status in ("resolved", "closed"):
            raise Conflict(f"a {status} case cannot be escalated", code="case_not_active")
        changes: dict[str, Any] = {"escalated_to": to, "assignee_id": None}
        if to != "supervisor":
            changes["team"] = to
        if PRIORITY_RANK[case.priority] < PRIORITY_RANK["high"]:
            changes["priority"] = "high"
        repo.update_case(tx.conn, case.id, now, **changes)
        audit.record(
            tx,
            now,
            audit.agent_actor(actor),
            "case.escalated",
            target=("case", case.id),
            to=to,
            from_team=case.team,
        )
        note = repo.insert_message(
            tx.conn,
            conversation_id=case.conversation_id,
            author="system",
            text=f"Escalated to {to} by {actor.name}: {reason}",
            now=now,
            agent_id=actor.id,
            meta={"kind": "escalation", "to": to, "reason": reason, "by": actor.name},
            internal=True,
        )
        if status != "waiting":
            repo.set_conversation_status(tx.conn, case.conversation_id, "waiting", now)
        data = emit_case(tx, case.id)
        found = repo.get_case(tx.conn, case.id)
        assert found is not None
        tx.emit(
            Event(
                "message",
                case.conversation_id,
                message_public(note),
                scope=scope_of(found[0]),
                audience="agents",
            )
        )
        return data

    return await desk.writer.run(job)


async def add_internal_note(desk: Desk, actor: Agent, case_id: str, text: str) -> Message:
    """A note for colleagues on the case: never shown to the customer, never sent out."""
    if not isinstance(text, str) or not text.strip():
        raise DomainError("note text is empty", code="empty_message")
    if len(text) > desk.settings.max_message_chars:
        raise DomainError("note text is too long", code="message_too_long")

    def job(tx: Tx) -> Message:
        now = desk.clock()
        case, _ = access_case(tx.conn, actor, case_id)
        msg = repo.insert_message(
            tx.conn,
            conversation_id=case.conversation_id,
            author="agent",
            text=text,
            now=now,
            agent_id=actor.id,
            meta={"kind": "note", "agent_name": actor.name},
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
        return msg

    return await desk.writer.run(job)


async def resolve_case(desk: Desk, actor: Agent, case_id: str) -> dict[str, Any]:
    def job(tx: Tx) -> dict[str, Any]:
        now: datetime = desk.clock()
        case, status = access_case(tx.conn, actor, case_id)
        new_status = machine.after_resolve(status)
        audit.record(tx, now, audit.agent_actor(actor), "case.resolved", target=("case", case.id))
        if new_status != status:
            repo.set_conversation_status(
                tx.conn, case.conversation_id, new_status, now, resolved_at=now
            )
            repo.set_resolution(tx.conn, case.conversation_id, "agent")
            repo.cancel_timers(tx.conn, kind="first_response", case_id=case.id, now=now)
            repo.add_timer(
                tx.conn,
                kind="auto_close",
                due_at=now + desk.reopen_window,
                now=now,
                case_id=case.id,
                conversation_id=case.conversation_id,
            )
            tx.emit(
                Event("status", case.conversation_id, {"status": new_status}, scope=scope_of(case))
            )
        return emit_case(tx, case.id)

    return await desk.writer.run(job)
