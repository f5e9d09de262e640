"""The schema. Alembic migrations in ``migrations/`` are generated from and checked against it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        dt: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
        if dt.tzinfo is None:
            return dt.replace(tzinfo=UTC)
        return dt.astimezone(UTC)


customers = sa.Table(
    "customers",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("account_id", sa.String(200), nullable=True, unique=True),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("name", sa.String(200), nullable=True),
    sa.Column("tier", sa.String(20), nullable=False, server_default="standard"),
    sa.Column("language", sa.String(10), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

agents = sa.Table(
    "agents",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("email", sa.String(320), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("teams", sa.JSON(), nullable=False),
    sa.Column("languages", sa.JSON(), nullable=False),
    sa.Column("capacity", sa.Integer(), nullable=False, server_default="5"),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("totp_secret", sa.String(64), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
    sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("locked_until", UTCDateTime(), nullable=True),
    sa.Column("last_totp_step", sa.BigInteger(), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

agent_sessions = sa.Table(
    "agent_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("agent_id", sa.String(40), sa.ForeignKey("agents.id"), nullable=False, index=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("revoked_at", UTCDateTime(), nullable=True),
)

conversations = sa.Table(
    "conversations",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column(
        "customer_id", sa.String(40), sa.ForeignKey("customers.id"), nullable=False, index=True
    ),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("language", sa.String(10), nullable=False),
    sa.Column("last_seq", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.Column("resolved_at", UTCDateTime(), nullable=True),
    # When it closed, and when the retention job emptied it (issue 4).
    sa.Column("closed_at", UTCDateTime(), nullable=True),
    sa.Column("purged_at", UTCDateTime(), nullable=True),
    # Who resolved it: "assistant" (the bot answered), "agent", or "abandoned".
    sa.Column("resolution", sa.String(20), nullable=True),
    # The client_id of the first message: a retried open returns the same conversation.
    sa.Column("open_client_id", sa.String(100), nullable=True, unique=True),
    sa.Index("ix_conversations_retention", "status", "purged_at", "closed_at"),
)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(40), sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("author", sa.String(20), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("client_id", sa.String(100), nullable=True),
    sa.Column("agent_id", sa.String(40), nullable=True),
    sa.Column("internal", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("meta", sa.JSON(), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.UniqueConstraint("conversation_id", "seq"),
    sa.UniqueConstraint("conversation_id", "client_id"),
)

cases = sa.Table(
    "cases",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column(
        "conversation_id",
        sa.String(40),
        sa.ForeignKey("conversations.id"),
        nullable=False,
        unique=True,
    ),
    sa.Column("category", sa.String(40), nullable=False),
    sa.Column("priority", sa.String(10), nullable=False),
    sa.Column("priority_rank", sa.Integer(), nullable=False),
    sa.Column("language", sa.String(10), nullable=False),
    sa.Column("team", sa.String(40), nullable=False),
    sa.Column("vip", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("assignee_id", sa.String(40), sa.ForeignKey("agents.id"), nullable=True),
    sa.Column("escalated_to", sa.String(40), nullable=True),
    sa.Column("first_response_due", UTCDateTime(), nullable=True),
    sa.Column("first_responded_at", UTCDateTime(), nullable=True),
    sa.Column("breached_at", UTCDateTime(), nullable=True),
    sa.Column("evidence", sa.JSON(), nullable=True),
    sa.Column("summary", sa.Text(), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    # The queue: waiting cases of a team by priority, then due time.
    sa.Index("ix_cases_queue", "status", "team", "priority_rank", "first_response_due"),
    sa.Index("ix_cases_assignee", "assignee_id", "status"),
)

agent_presence = sa.Table(
    "agent_presence",
    metadata,
    sa.Column("agent_id", sa.String(40), sa.ForeignKey("agents.id"), primary_key=True),
    sa.Column("last_seen_at", UTCDateTime(), nullable=False),
)

timers = sa.Table(
    "timers",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("case_id", sa.String(40), nullable=True),
    sa.Column("conversation_id", sa.String(40), nullable=True),
    sa.Column("due_at", UTCDateTime(), nullable=False),
    sa.Column("fired_at", UTCDateTime(), nullable=True),
    sa.Column("cancelled_at", UTCDateTime(), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Index("ix_timers_pending", "fired_at", "cancelled_at", "due_at"),
)

# ---- trust (issue 4) -------------------------------------------------------------------
# Append-only and hash-chained (domain.audit). Ids are assigned by the appender under a lock,
# one after the other, so a missing id is a removed entry.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=False),
    sa.Column("at", UTCDateTime(), nullable=False),
    sa.Column("actor_kind", sa.String(20), nullable=False),
    sa.Column("actor_id", sa.String(200), nullable=True),
    sa.Column("action", sa.String(60), nullable=False),
    sa.Column("target_kind", sa.String(20), nullable=True),
    sa.Column("target_id", sa.String(200), nullable=True),
    sa.Column("details", sa.JSON(), nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Index("ix_audit_log_target", "target_kind", "target_id"),
    sa.Index("ix_audit_log_action", "action", "id"),
)

# One row (id 1): the last entry's id and hash, so removing the tail is detected too.
audit_head = sa.Table(
    "audit_head",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
    sa.Column("last_id", sa.BigInteger(), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
)

sensitive_actions = sa.Table(
    "sensitive_actions",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("case_id", sa.String(40), sa.ForeignKey("cases.id"), nullable=False, index=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("account_id", sa.String(200), nullable=False),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("params", sa.JSON(), nullable=False),
    sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("requested_by_kind", sa.String(20), nullable=False),
    sa.Column("requested_by", sa.String(40), nullable=False),
    sa.Column("requested_at", UTCDateTime(), nullable=False),
    sa.Column("decided_by", sa.String(40), sa.ForeignKey("agents.id"), nullable=True),
    sa.Column("decided_at", UTCDateTime(), nullable=True),
    sa.Column("decision_note", sa.Text(), nullable=True),
    # The approval queue: pending first, urgent first, oldest first.
    sa.Index("ix_sensitive_actions_queue", "status", "urgent", "requested_at"),
    sa.Index("ix_sensitive_actions_account", "account_id", "kind", "status"),
)

# Approved actions on their way to the exchange's back end (durable outbox, retried).
webhook_outbox = sa.Table(
    "webhook_outbox",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "action_id",
        sa.String(40),
        sa.ForeignKey("sensitive_actions.id"),
        nullable=False,
        unique=True,
    ),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
    sa.Column("last_status", sa.Integer(), nullable=True),
    sa.Column("last_error", sa.String(200), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("delivered_at", UTCDateTime(), nullable=True),
    sa.Index("ix_webhook_outbox_due", "status", "next_attempt_at"),
)

# Impersonation reports: what was reported and what the registry said about it.
trust_reports = sa.Table(
    "trust_reports",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("conversation_id", sa.String(40), sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("case_id", sa.String(40), sa.ForeignKey("cases.id"), nullable=False, index=True),
    sa.Column("source", sa.String(20), nullable=False),
    sa.Column("value", sa.String(2048), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("resembles", sa.String(300), nullable=True),
    sa.Column("seen_where", sa.String(200), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)
