"""Queries and row mapping. Every function takes the (synchronous) connection of the caller's
transaction: writes run in the group-commit writer's thread, reads through
``Connection.run_sync`` (see ``store.reads``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from ..domain.catalog import PRIORITY_RANK
from ..domain.model import Agent, Case, Conversation, Customer, Message
from .tables import (
    agent_presence,
    agent_sessions,
    agents,
    cases,
    conversations,
    customers,
    messages,
    timers,
)

# ---- hot statements, built once (building expressions per call costs more than SQLite) ----
_SEL_CONV = sa.select(conversations).where(conversations.c.id == sa.bindparam("cid"))
_SEL_BY_CLIENT_ID = sa.select(messages).where(
    messages.c.conversation_id == sa.bindparam("cid"), messages.c.client_id == sa.bindparam("k")
)
_NEXT_SEQ = (
    conversations.update()
    .where(conversations.c.id == sa.bindparam("cid"))
    .values(last_seq=conversations.c.last_seq + 1, updated_at=sa.bindparam("now"))
    .returning(conversations.c.last_seq)
)
_INSERT_MESSAGE = messages.insert().returning(messages.c.id)
_SEL_CASE_BY_CONV = sa.select(cases).where(cases.c.conversation_id == sa.bindparam("cid"))


# ---- mapping -------------------------------------------------------------------------
def _customer(row: Any) -> Customer:
    return Customer(
        id=row.id,
        account_id=row.account_id,
        email=row.email,
        name=row.name,
        tier=row.tier,
        language=row.language,
    )


def _agent(row: Any) -> Agent:
    return Agent(
        id=row.id,
        email=row.email,
        name=row.name,
        role=row.role,
        teams=frozenset(row.teams or ()),
        languages=frozenset(row.languages or ()),
        capacity=row.capacity,
        active=bool(row.active),
    )


def _conversation(row: Any) -> Conversation:
    return Conversation(
        id=row.id,
        customer_id=row.customer_id,
        channel=row.channel,
        status=row.status,
        language=row.language,
        created_at=row.created_at,
        updated_at=row.updated_at,
        resolved_at=row.resolved_at,
        last_seq=row.last_seq,
    )


def _message(row: Any) -> Message:
    return Message(
        id=row.id,
        conversation_id=row.conversation_id,
        seq=row.seq,
        author=row.author,
        text=row.text,
        created_at=row.created_at,
        client_id=row.client_id,
        agent_id=row.agent_id,
        meta=row.meta or {},
        internal=bool(row.internal),
    )


def _case(row: Any) -> Case:
    return Case(
        id=row.id,
        conversation_id=row.conversation_id,
        category=row.category,
        priority=row.priority,
        language=row.language,
        team=row.team,
        vip=bool(row.vip),
        assignee_id=row.assignee_id,
        first_response_due=row.first_response_due,
        first_responded_at=row.first_responded_at,
        created_at=row.created_at,
        escalated_to=row.escalated_to,
        breached_at=row.breached_at,
        evidence=tuple(row.evidence or ()),
        summary=row.summary or "",
    )


# ---- customers -----------------------------------------------------------------------
def get_customer(conn: Connection, customer_id: str) -> Customer | None:
    row = (conn.execute(sa.select(customers).where(customers.c.id == customer_id))).first()
    return _customer(row) if row else None


def get_customer_by_account(conn: Connection, account_id: str) -> Customer | None:
    q = sa.select(customers).where(customers.c.account_id == account_id)
    row = (conn.execute(q)).first()
    return _customer(row) if row else None


def insert_customer(conn: Connection, c: Customer, now: datetime) -> None:
    conn.execute(
        customers.insert().values(
            id=c.id,
            account_id=c.account_id,
            email=c.email,
            name=c.name,
            tier=c.tier,
            language=c.language,
            created_at=now,
        )
    )


def update_customer(conn: Connection, c: Customer) -> None:
    conn.execute(
        customers.update()
        .where(customers.c.id == c.id)
        .values(email=c.email, name=c.name, tier=c.tier, language=c.language)
    )


# ---- agents --------------------------------------------------------------------------
def get_agent(conn: Connection, agent_id: str) -> Agent | None:
    row = (conn.execute(sa.select(agents).where(agents.c.id == agent_id))).first()
    return _agent(row) if row else None


def get_agent_row_by_email(conn: Connection, email: str) -> Any:
    q = sa.select(agents).where(sa.func.lower(agents.c.email) == email.lower())
    return (conn.execute(q)).first()


def list_agents(conn: Connection) -> list[Agent]:
    rows = (conn.execute(sa.select(agents).order_by(agents.c.email))).all()
    return [_agent(r) for r in rows]


def agent_from_row(row: Any) -> Agent:
    return _agent(row)


def insert_agent(
    conn: Connection, a: Agent, *, password_hash: str, totp_secret: str, now: datetime
) -> None:
    conn.execute(
        agents.insert().values(
            id=a.id,
            email=a.email,
            name=a.name,
            role=a.role,
            teams=sorted(a.teams),
            languages=sorted(a.languages),
            capacity=a.capacity,
            password_hash=password_hash,
            totp_secret=totp_secret,
            active=True,
            failed_logins=0,
            created_at=now,
        )
    )


def update_agent_login_state(conn: Connection, agent_id: str, **values: Any) -> None:
    conn.execute(agents.update().where(agents.c.id == agent_id).values(**values))


def insert_session(
    conn: Connection, token_hash: str, agent_id: str, now: datetime, expires: datetime
) -> None:
    conn.execute(
        agent_sessions.insert().values(
            token_hash=token_hash, agent_id=agent_id, created_at=now, expires_at=expires
        )
    )


def get_session_agent(conn: Connection, token_hash: str, now: datetime) -> Agent | None:
    q = (
        sa.select(agents)
        .join(agent_sessions, agent_sessions.c.agent_id == agents.c.id)
        .where(
            agent_sessions.c.token_hash == token_hash,
            agent_sessions.c.revoked_at.is_(None),
            agent_sessions.c.expires_at > now,
        )
    )
    row = (conn.execute(q)).first()
    return _agent(row) if row else None


def revoke_sessions(
    conn: Connection, agent_id: str, now: datetime, token_hash: str | None = None
) -> None:
    q = agent_sessions.update().where(
        agent_sessions.c.agent_id == agent_id, agent_sessions.c.revoked_at.is_(None)
    )
    if token_hash is not None:
        q = q.where(agent_sessions.c.token_hash == token_hash)
    conn.execute(q.values(revoked_at=now))


# ---- conversations and messages --------------------------------------------------------
def get_conversation(conn: Connection, conversation_id: str) -> Conversation | None:
    row = conn.execute(_SEL_CONV, {"cid": conversation_id}).first()
    return _conversation(row) if row else None


def insert_conversation(
    conn: Connection, c: Conversation, *, open_client_id: str | None = None
) -> None:
    conn.execute(
        conversations.insert().values(
            id=c.id,
            customer_id=c.customer_id,
            channel=c.channel,
            status=c.status,
            language=c.language,
            last_seq=0,
            open_client_id=open_client_id,
            created_at=c.created_at,
            updated_at=c.updated_at,
        )
    )


def set_conversation_status(
    conn: Connection,
    conversation_id: str,
    status: str,
    now: datetime,
    *,
    resolved_at: datetime | Literal["keep", "clear"] = "keep",
) -> None:
    """Set the status of a conversation and its case; ``resolved_at``: a time, keep or clear."""
    values: dict[str, Any] = {"status": status, "updated_at": now}
    if status == "closed":
        values["closed_at"] = now  # the retention clock starts here
    if resolved_at == "clear":
        values["resolved_at"] = None
    elif isinstance(resolved_at, datetime):
        values["resolved_at"] = resolved_at
    conn.execute(
        conversations.update().where(conversations.c.id == conversation_id).values(**values)
    )
    conn.execute(
        cases.update()
        .where(cases.c.conversation_id == conversation_id)
        .values(status=status, updated_at=now)
    )


def next_seq(conn: Connection, conversation_id: str, now: datetime) -> int:
    """Take the conversation's next sequence number. The row lock this takes on PostgreSQL
    orders concurrent writers of one conversation, so ``seq`` order is commit order."""
    return int(conn.execute(_NEXT_SEQ, {"cid": conversation_id, "now": now}).scalar_one())


def find_by_client_id(conn: Connection, conversation_id: str, client_id: str) -> Message | None:
    row = conn.execute(_SEL_BY_CLIENT_ID, {"cid": conversation_id, "k": client_id}).first()
    return _message(row) if row else None


def insert_message(
    conn: Connection,
    *,
    conversation_id: str,
    author: str,
    text: str,
    now: datetime,
    client_id: str | None = None,
    agent_id: str | None = None,
    meta: dict[str, Any] | None = None,
    internal: bool = False,
    client_id_checked: bool = False,
) -> Message:
    """Insert a message; with a ``client_id`` already stored, return the stored one."""
    if client_id is not None and not client_id_checked:
        existing = find_by_client_id(conn, conversation_id, client_id)
        if existing is not None:
            return existing
    seq = next_seq(conn, conversation_id, now)
    values = {
        "conversation_id": conversation_id,
        "seq": seq,
        "author": author,
        "text": text,
        "client_id": client_id,
        "agent_id": agent_id,
        "meta": meta or None,
        "internal": internal,
        "created_at": now,
    }
    if conn.dialect.name == "sqlite":
        # One writer holds SQLite's write lock for the whole transaction (BEGIN IMMEDIATE),
        # so nobody can store the same client_id between the check above and this insert.
        mid = int(conn.execute(_INSERT_MESSAGE, values).scalar_one())
        return Message(id=mid, **{**values, "meta": meta or {}})  # type: ignore[arg-type]
    try:
        with conn.begin_nested():
            mid = int(conn.execute(_INSERT_MESSAGE, values).scalar_one())
    except IntegrityError:
        # Another node stored the same client_id between our check and insert.
        if client_id is None:
            raise
        existing = find_by_client_id(conn, conversation_id, client_id)
        if existing is None:
            raise
        return existing
    return Message(id=mid, **{**values, "meta": meta or {}})  # type: ignore[arg-type]


def list_messages(
    conn: Connection,
    conversation_id: str,
    *,
    after_seq: int = 0,
    limit: int = 500,
    include_internal: bool = True,
) -> list[Message]:
    q = (
        sa.select(messages)
        .where(messages.c.conversation_id == conversation_id, messages.c.seq > after_seq)
        .order_by(messages.c.seq)
        .limit(limit)
    )
    if not include_internal:
        q = q.where(messages.c.internal.is_(False))
    return [_message(r) for r in (conn.execute(q)).all()]


def seq_of_message(conn: Connection, conversation_id: str, message_id: int) -> int | None:
    q = sa.select(messages.c.seq).where(
        messages.c.conversation_id == conversation_id, messages.c.id == message_id
    )
    return (conn.execute(q)).scalar_one_or_none()


# ---- cases ---------------------------------------------------------------------------
def insert_case(conn: Connection, c: Case, status: str, now: datetime) -> None:
    conn.execute(
        cases.insert().values(
            id=c.id,
            conversation_id=c.conversation_id,
            category=c.category,
            priority=c.priority,
            priority_rank=PRIORITY_RANK.get(c.priority, 1),
            language=c.language,
            team=c.team,
            vip=c.vip,
            status=status,
            assignee_id=c.assignee_id,
            first_response_due=c.first_response_due,
            evidence=list(c.evidence),
            summary=c.summary,
            created_at=now,
            updated_at=now,
        )
    )


def update_case(conn: Connection, case_id: str, now: datetime, **values: Any) -> None:
    if "priority" in values:
        values["priority_rank"] = PRIORITY_RANK.get(values["priority"], 1)
    conn.execute(cases.update().where(cases.c.id == case_id).values(updated_at=now, **values))


def get_case(conn: Connection, case_id: str) -> tuple[Case, str] | None:
    row = (conn.execute(sa.select(cases).where(cases.c.id == case_id))).first()
    return (_case(row), row.status) if row else None


def get_case_by_conversation(conn: Connection, conversation_id: str) -> tuple[Case, str] | None:
    row = conn.execute(_SEL_CASE_BY_CONV, {"cid": conversation_id}).first()
    return (_case(row), row.status) if row else None


def list_cases(
    conn: Connection,
    *,
    statuses: Sequence[str] | None,
    teams: Sequence[str] | None,
    agent_id: str | None,
    limit: int,
) -> list[tuple[Case, str]]:
    q = sa.select(cases)
    if statuses:
        q = q.where(cases.c.status.in_(list(statuses)))
    if teams is not None:
        cond: sa.ColumnElement[bool] = cases.c.team.in_(list(teams))
        if agent_id is not None:
            cond = sa.or_(cond, cases.c.assignee_id == agent_id)
        q = q.where(cond)
    q = q.order_by(
        cases.c.priority_rank.desc(), cases.c.first_response_due.asc(), cases.c.created_at.asc()
    ).limit(limit)
    return [(_case(r), r.status) for r in (conn.execute(q)).all()]


def queue_context(conn: Connection, conversation_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """What a queue row shows besides the case: who wrote, on which channel, last activity."""
    if not conversation_ids:
        return {}
    q = sa.select(
        conversations.c.id,
        conversations.c.channel,
        conversations.c.updated_at,
        customers.c.name,
        customers.c.tier,
        customers.c.account_id,
    ).join(customers, customers.c.id == conversations.c.customer_id)
    q = q.where(conversations.c.id.in_(list(conversation_ids)))
    out: dict[str, dict[str, Any]] = {}
    for r in conn.execute(q):
        out[r.id] = {
            "channel": r.channel,
            "updated_at": r.updated_at.isoformat().replace("+00:00", "Z"),
            "customer": {"name": r.name, "tier": r.tier, "anonymous": r.account_id is None},
        }
    return out


# ---- the assistant ----------------------------------------------------------------------
def recent_metas(conn: Connection, conversation_id: str, limit: int = 40) -> list[dict[str, Any]]:
    """Metadata of the latest messages, oldest first: the assistant folds its history from it."""
    q = (
        sa.select(messages.c.meta)
        .where(messages.c.conversation_id == conversation_id, messages.c.internal.is_(False))
        .order_by(messages.c.seq.desc())
        .limit(limit)
    )
    return [dict(r.meta or {}) for r in conn.execute(q)][::-1]


def conversation_by_open_client_id(conn: Connection, client_id: str) -> Conversation | None:
    q = sa.select(conversations).where(conversations.c.open_client_id == client_id)
    row = conn.execute(q).first()
    return _conversation(row) if row else None


def set_resolution(conn: Connection, conversation_id: str, resolution: str | None) -> None:
    conn.execute(
        conversations.update()
        .where(conversations.c.id == conversation_id)
        .values(resolution=resolution)
    )


def touch_presence(conn: Connection, agent_id: str, now: datetime) -> None:
    updated = conn.execute(
        agent_presence.update()
        .where(agent_presence.c.agent_id == agent_id)
        .values(last_seen_at=now)
    ).rowcount
    if not updated:
        conn.execute(agent_presence.insert().values(agent_id=agent_id, last_seen_at=now))


def agents_online(conn: Connection, team: str, language: str, since: datetime) -> bool:
    q = (
        sa.select(agents.c.teams, agents.c.languages, agents.c.role)
        .join(agent_presence, agent_presence.c.agent_id == agents.c.id)
        .where(agent_presence.c.last_seen_at >= since, agents.c.active.is_(True))
    )
    for r in conn.execute(q):
        in_team = team in (r.teams or ()) or r.role in ("supervisor", "admin")
        if in_team and language in (r.languages or ()):
            return True
    return False


def waiting_in_team(conn: Connection, team: str) -> int:
    q = (
        sa.select(sa.func.count())
        .select_from(cases)
        .where(cases.c.team == team, cases.c.status == "waiting")
    )
    return int(conn.execute(q).scalar_one())


def resolution_counts(conn: Connection) -> dict[str, int]:
    q = sa.select(conversations.c.resolution, sa.func.count()).group_by(conversations.c.resolution)
    return {(r[0] or "unresolved"): int(r[1]) for r in conn.execute(q)}


# ---- timers --------------------------------------------------------------------------
def add_timer(
    conn: Connection,
    *,
    kind: str,
    due_at: datetime,
    now: datetime,
    case_id: str | None = None,
    conversation_id: str | None = None,
) -> None:
    conn.execute(
        timers.insert().values(
            kind=kind,
            case_id=case_id,
            conversation_id=conversation_id,
            due_at=due_at,
            created_at=now,
        )
    )


def cancel_timers(conn: Connection, *, kind: str, case_id: str, now: datetime) -> None:
    conn.execute(
        timers.update()
        .where(
            timers.c.kind == kind,
            timers.c.case_id == case_id,
            timers.c.fired_at.is_(None),
            timers.c.cancelled_at.is_(None),
        )
        .values(cancelled_at=now)
    )


def claim_due_timers(
    conn: Connection, now: datetime, *, limit: int = 100, skip_locked: bool = False
) -> list[Any]:
    q = (
        sa.select(timers)
        .where(timers.c.fired_at.is_(None), timers.c.cancelled_at.is_(None), timers.c.due_at <= now)
        .order_by(timers.c.due_at)
        .limit(limit)
    )
    if skip_locked:
        q = q.with_for_update(skip_locked=True)
    rows = (conn.execute(q)).all()
    if rows:
        conn.execute(
            timers.update().where(timers.c.id.in_([r.id for r in rows])).values(fired_at=now)
        )
    return list(rows)
