"""Read-side use cases: what a customer or an agent may look at."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from ..domain.conversation import STATUSES
from ..domain.model import Agent, Conversation, DomainError, Forbidden, Message, NotFound
from ..store import repo
from ..store.reads import read
from ..store.writer import Tx
from . import audit
from .access import access_case, access_conversation
from .present import case_public, customer_public, iso, message_public
from .service import Desk


async def customer_conversation(desk: Desk, customer_id: str, conversation_id: str) -> Conversation:
    return await read(desk.reader, lambda c: access_conversation(c, customer_id, conversation_id))


async def customer_messages(
    desk: Desk, customer_id: str, conversation_id: str, *, after: int | None, limit: int = 500
) -> list[Message]:
    def q(conn: Connection) -> list[Message]:
        access_conversation(conn, customer_id, conversation_id)
        after_seq = _after_seq(conn, conversation_id, after)
        return repo.list_messages(
            conn, conversation_id, after_seq=after_seq, limit=limit, include_internal=False
        )

    return await read(desk.reader, q)


def _after_seq(conn: Connection, conversation_id: str, after: int | None) -> int:
    if after is None:
        return 0
    seq = repo.seq_of_message(conn, conversation_id, after)
    if seq is None:
        raise NotFound("no such message in this conversation", code="unknown_message")
    return seq


async def list_cases_for(
    desk: Desk, agent: Agent, *, statuses: list[str] | None, mine: bool = False, limit: int = 200
) -> list[dict[str, Any]]:
    for s in statuses or ():
        if s not in STATUSES:
            raise DomainError(f"unknown status {s!r}; use one of {STATUSES}", code="invalid_status")

    def q(conn: Connection) -> list[dict[str, Any]]:
        teams = None if agent.is_supervisor else sorted(agent.teams)
        rows = repo.list_cases(conn, statuses=statuses, teams=teams, agent_id=agent.id, limit=limit)
        rows = [(c, st) for c, st in rows if not mine or c.assignee_id == agent.id]
        agents = {a.id: a for a in repo.list_agents(conn)}
        who = repo.queue_context(conn, [c.conversation_id for c, _ in rows])
        out = []
        for case, status in rows:
            data = case_public(case, status, agents.get(case.assignee_id or ""))
            data.update(who.get(case.conversation_id, {}))
            out.append(data)
        return out

    return await read(desk.reader, q)


def _case_view(conn: Connection, agent: Agent, case_id: str) -> dict[str, Any]:
    case, status = access_case(conn, agent, case_id)
    conv = repo.get_conversation(conn, case.conversation_id)
    assert conv is not None
    customer = repo.get_customer(conn, conv.customer_id)
    assignee = repo.get_agent(conn, case.assignee_id) if case.assignee_id else None
    msgs = repo.list_messages(conn, case.conversation_id, limit=2000)
    data = case_public(case, status, assignee)
    data["channel"] = conv.channel
    data["customer"] = customer_public(customer) if customer else None
    data["evidence"] = list(case.evidence)
    data["messages"] = [agent_view(m) for m in msgs]
    return data


async def case_detail(desk: Desk, agent: Agent, case_id: str) -> dict[str, Any]:
    """The case as an agent sees it. Looking is recorded: the read runs as a write job so
    the view and its audit entry are one transaction."""
    return await _audited_view(desk, agent, case_id, "case.viewed")


async def export_case(desk: Desk, agent: Agent, case_id: str) -> dict[str, Any]:
    """The whole case for download (transcript, customer, evidence); recorded as an export."""
    data = await _audited_view(desk, agent, case_id, "case.exported")
    data["exported_at"] = iso(desk.clock())
    return data


async def _audited_view(desk: Desk, agent: Agent, case_id: str, action: str) -> dict[str, Any]:
    def job(tx: Tx) -> dict[str, Any]:
        data = _case_view(tx.conn, agent, case_id)
        audit.record(tx, desk.clock(), audit.agent_actor(agent), action, target=("case", case_id))
        return data

    return await desk.writer.run(job)


def agent_view(m: Message) -> dict[str, Any]:
    data = message_public(m)
    if m.internal:
        data["internal"] = True
    if m.meta.get("redacted"):
        data["redacted"] = m.meta["redacted"]
    if m.meta.get("kind") == "escalation":
        data["escalation"] = {k: m.meta.get(k) for k in ("to", "reason", "by")}
    return data


async def case_messages_after(
    desk: Desk, agent: Agent, case_id: str, after: int | None
) -> list[dict[str, Any]]:
    def q(conn: Connection) -> list[dict[str, Any]]:
        case, _ = access_case(conn, agent, case_id)
        after_seq = _after_seq(conn, case.conversation_id, after)
        return [
            agent_view(m)
            for m in repo.list_messages(conn, case.conversation_id, after_seq=after_seq)
        ]

    return await read(desk.reader, q)


async def desk_stats(desk: Desk, agent: Agent) -> dict[str, Any]:
    """Conversations by how they ended: the assistant resolved, an agent resolved, or the
    customer abandoned the assistant; plus what is open now. Supervisors and admins."""
    if not agent.is_supervisor:
        raise Forbidden("supervisors and admins only")

    def q(conn: Connection) -> dict[str, Any]:
        return {"resolutions": repo.resolution_counts(conn)}

    return await read(desk.reader, q)
