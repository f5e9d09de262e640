"""A customer who reports funds at risk asks for an immediate freeze of their account.

Only a signed-in customer can (the freeze needs their exchange account); it becomes an
urgent four-eyes request, first in the approval queue (``desk.approvals``), the case goes
to the security team with a running response clock, and the customer is told in the
conversation's language what happens next. Asking again while one waits changes nothing.
"""

from __future__ import annotations

from typing import Any

from ..assistant import trust_phrases
from ..domain import conversation as machine
from ..domain.actions import SensitiveAction
from ..domain.catalog import PRIORITY_RANK
from ..domain.events import Event
from ..domain.model import Forbidden, NotFound
from ..store import actions_repo, repo
from ..store.writer import Tx
from . import audit
from .access import access_conversation
from .approvals import internal_note
from .clock import new_id
from .notify import emit_case
from .present import message_public, scope_of
from .service import Desk

SECURITY_TEAM = "security"
FUNDS_AT_RISK_CATEGORY = "account_security"  # whose response target a freeze request gets


async def request_freeze(desk: Desk, *, conversation_id: str, customer_id: str) -> dict[str, Any]:
    """A signed-in customer reports funds at risk: an urgent freeze request (first in the
    approval queue), the case escalated to security, and the customer told what happens next
    in the conversation's language."""

    def job(tx: Tx) -> dict[str, Any]:
        now = desk.clock()
        conv = access_conversation(tx.conn, customer_id, conversation_id)
        customer = repo.get_customer(tx.conn, customer_id)
        if customer is None or customer.account_id is None:
            raise Forbidden(
                "Sign in to your exchange account first: we can only freeze an account we know "
                "is yours. If you cannot sign in, say so here and our security team will help.",
                code="sign_in_required",
            )
        found = repo.get_case_by_conversation(tx.conn, conversation_id)
        if found is None:
            raise NotFound("this conversation has no case yet", code="case_not_found")
        case, status = found
        existing = actions_repo.find_pending(tx.conn, customer.account_id, "freeze_account")
        if existing is not None:
            return {
                "action_id": existing.id,
                "status": existing.status,
                "urgent": existing.urgent,
                "already_requested": True,
                "conversation_status": status,
                "message": None,
            }
        new_status = machine.after_handoff(status)  # a closed conversation refuses (409)
        action = SensitiveAction(
            id=new_id("act"),
            case_id=case.id,
            kind="freeze_account",
            account_id=customer.account_id,
            reason="The customer reported funds at risk and asked for an immediate freeze.",
            params={},
            urgent=True,
            status="pending",
            requested_by_kind="customer",
            requested_by=customer.id,
            requested_at=now,
        )
        actions_repo.insert_action(tx.conn, action)
        changes: dict[str, Any] = {"team": SECURITY_TEAM, "escalated_to": SECURITY_TEAM}
        if PRIORITY_RANK[case.priority] < PRIORITY_RANK["urgent"]:
            changes["priority"] = "urgent"
        if case.assignee_id:
            assignee = repo.get_agent(tx.conn, case.assignee_id)
            if assignee is None or not (assignee.is_supervisor or SECURITY_TEAM in assignee.teams):
                changes["assignee_id"] = None
        if not (case.assignee_id and "assignee_id" not in changes):
            new_status = "waiting"  # nobody of security has it yet: back in the queue
        if case.first_response_due is None and case.first_responded_at is None:
            # Still with the assistant until now: a person's response clock starts here.
            due = now + desk.catalog.first_response_target(
                FUNDS_AT_RISK_CATEGORY, channel=conv.channel, vip=case.vip
            )
            changes["first_response_due"] = due
            repo.add_timer(
                tx.conn,
                kind="first_response",
                due_at=due,
                now=now,
                case_id=case.id,
                conversation_id=conv.id,
            )
        repo.update_case(tx.conn, case.id, now, **changes)
        escalated = repo.get_case(tx.conn, case.id)
        assert escalated is not None
        case = escalated[0]
        scope = scope_of(case)
        msg = repo.insert_message(
            tx.conn,
            conversation_id=conv.id,
            author="assistant",
            text=trust_phrases.freeze_requested(conv.language),
            now=now,
            meta={"kind": "freeze_requested"},
        )
        if new_status != status:
            repo.set_conversation_status(
                tx.conn,
                conv.id,
                new_status,
                now,
                resolved_at="clear" if status == "resolved" else "keep",
            )
            tx.emit(Event("status", conv.id, {"status": new_status}, scope=scope))
        tx.emit(Event("message", conv.id, message_public(msg), scope=scope))
        internal_note(
            tx,
            case,
            f"The customer reported funds at risk and asked for an immediate account freeze "
            f"({action.id}). Escalated to {SECURITY_TEAM}; a supervisor must approve the freeze.",
            "action_requested",
            now,
            None,
        )
        actor = audit.customer_actor(customer.id)
        audit.record(
            tx,
            now,
            actor,
            "action.requested",
            target=("action", action.id),
            case_id=case.id,
            kind="freeze_account",
            urgent=True,
        )
        audit.record(
            tx,
            now,
            actor,
            "case.escalated",
            target=("case", case.id),
            to=SECURITY_TEAM,
            cause="funds_at_risk",
        )
        emit_case(tx, case.id)
        return {
            "action_id": action.id,
            "status": action.status,
            "urgent": True,
            "already_requested": False,
            "conversation_status": new_status,
            "message": message_public(msg),
        }

    return await desk.writer.run(job)
