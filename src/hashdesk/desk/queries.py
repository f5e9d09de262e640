"""Read-side use cases: what a customer or an agent may look at."""

from __future__ import annotations

from typing import Any

from ..domain.conversation import STATUSES
from ..domain.model import Agent, Conversation, DomainError, Message, NotFound
from ..store import repo
from .access import access_case, access_conversation
from .present import case_public, customer_public, message_public
from .service import Desk


async def customer_conversation(desk: Desk, customer_id: str, conversation_id: str) -> Conversation:
    async with desk.reader.connect() as conn:
        return await access_conversation(conn, customer_id, conversation_id)


async def customer_messages(
    desk: Desk, customer_id: str, conversation_id: str, *, after: int | None, limit: int = 500
) -> list[Message]:
    async with desk.reader.connect() as conn:
        await access_conversation(conn, customer_id, conversation_id)
        after_seq = await _after_seq(conn, conversation_id, after)
        return await repo.list_messages(
            conn, conversation_id, after_seq=after_seq, limit=limit, include_internal=False
        )


async def _after_seq(conn: Any, conversation_id: str, after: int | None) -> int:
    if after is None:
        return 0
    seq = await repo.seq_of_message(conn, conversation_id, after)
    if seq is None:
        raise NotFound("no such message in this conversation", code="unknown_message")
    return seq


async def list_cases_for(
    desk: Desk, agent: Agent, *, statuses: list[str] | None, mine: bool = False, limit: int = 200
) -> list[dict[str, Any]]:
    for s in statuses or ():
        if s not in STATUSES:
            raise DomainError(f"unknown status {s!r}; use one of {STATUSES}", code="invalid_status")
    async with desk.reader.connect() as conn:
        teams = None if agent.is_supervisor else sorted(agent.teams)
        rows = await repo.list_cases(
            conn, statuses=statuses, teams=teams, agent_id=agent.id, limit=limit
        )
        agents = {a.id: a for a in await repo.list_agents(conn)}
    out = []
    for case, status in rows:
        if mine and case.assignee_id != agent.id:
            continue
        out.append(case_public(case, status, agents.get(case.assignee_id or "")))
    return out


async def case_detail(desk: Desk, agent: Agent, case_id: str) -> dict[str, Any]:
    async with desk.reader.connect() as conn:
        case, status = await access_case(conn, agent, case_id)
        conv = await repo.get_conversation(conn, case.conversation_id)
        assert conv is not None
        customer = await repo.get_customer(conn, conv.customer_id)
        assignee = await repo.get_agent(conn, case.assignee_id) if case.assignee_id else None
        msgs = await repo.list_messages(conn, case.conversation_id, limit=2000)
    data = case_public(case, status, assignee)
    data["channel"] = conv.channel
    data["customer"] = customer_public(customer) if customer else None
    data["evidence"] = list(case.evidence)
    data["messages"] = [_agent_view(m) for m in msgs]
    return data


def _agent_view(m: Message) -> dict[str, Any]:
    data = message_public(m)
    if m.internal:
        data["internal"] = True
    if m.meta.get("redacted"):
        data["redacted"] = m.meta["redacted"]
    if m.meta.get("agent_name"):
        data["agent"] = {"name": m.meta["agent_name"]}
    return data


async def case_messages_after(
    desk: Desk, agent: Agent, case_id: str, after: int | None
) -> list[dict[str, Any]]:
    async with desk.reader.connect() as conn:
        case, _ = await access_case(conn, agent, case_id)
        after_seq = await _after_seq(conn, case.conversation_id, after)
        msgs = await repo.list_messages(conn, case.conversation_id, after_seq=after_seq)
    return [_agent_view(m) for m in msgs]
