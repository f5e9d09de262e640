"""The audit trail: who did what, appended in the same write job as the action itself.

``record(tx, …)`` is called by use cases from inside their job, so an entry commits if and
only if its action does. Reading is for supervisors and admins; checking the chain is
``verify(conn)`` (``hashdesk audit verify``).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import SecretStr
from sqlalchemy.engine import Connection

from ..config import Settings
from ..domain.audit import Actor, AuditEntry, ChainWalk, Problem
from ..domain.model import Agent, DomainError, Forbidden
from ..store import audit_repo
from ..store.reads import read
from ..store.writer import Tx
from .service import Desk

CONFIG_CHANGED = "config.changed"


def agent_actor(agent: Agent) -> Actor:
    return Actor("agent", agent.id)


def customer_actor(customer_id: str) -> Actor:
    return Actor("customer", customer_id)


def record(
    tx: Tx,
    at: datetime,
    actor: Actor,
    action: str,
    *,
    target: tuple[str, str] | None = None,
    **details: Any,
) -> AuditEntry:
    """Append one entry to the chain inside the caller's transaction."""
    return audit_repo.append(
        tx.conn,
        at=at,
        actor=actor,
        action=action,
        target_kind=target[0] if target else None,
        target_id=target[1] if target else None,
        details=details,
    )


async def list_entries(
    desk: Desk,
    actor: Agent,
    *,
    limit: int = 100,
    before: int | None = None,
    action: str | None = None,
    target_id: str | None = None,
) -> list[dict[str, Any]]:
    if not actor.is_supervisor:
        raise Forbidden("the audit log is for supervisors and admins", code="not_a_supervisor")
    if not 1 <= limit <= 1000:
        raise DomainError("limit must be 1–1000", code="invalid_limit")
    entries = await read(
        desk.reader,
        lambda c: audit_repo.list_entries(
            c, limit=limit, before=before, action=action, target_id=target_id
        ),
    )
    return [e.to_public() for e in entries]


@dataclass(frozen=True, slots=True)
class Verification:
    entries: int
    head: tuple[int, str] | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: Connection) -> Verification:
    """Walk the whole chain. Run it in one read transaction so head and entries agree."""
    current = audit_repo.head(conn)
    walk = ChainWalk(head=current)
    for entry in audit_repo.walk(conn):
        walk.feed(entry)
    problems = walk.finish()
    return Verification(entries=walk.count, head=current, problems=problems)


# ---- configuration changes -----------------------------------------------------------------
def config_fingerprint(settings: Settings) -> dict[str, str]:
    """A short digest per setting: enough to tell which changed, useless to read values back.
    Secrets are keyed with the secret key, so a copy of the log cannot test guesses."""
    key = settings.secret_key.get_secret_value().encode()
    out: dict[str, str] = {}
    for name in sorted(type(settings).model_fields):
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            raw = value.get_secret_value().encode()
            digest = hmac.new(key, name.encode() + b"=" + raw, hashlib.sha256).hexdigest()
        else:
            digest = hashlib.sha256(f"{name}={value}".encode()).hexdigest()
        out[name] = digest[:12]
    for name, path in (("registry", settings.registry_file), ("catalog", settings.catalog_file)):
        if path is not None and path.is_file():
            out[f"{name}_file_content"] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return out


async def record_configuration(desk: Desk) -> list[str]:
    """At start-up: if the settings differ from the last recorded ones, record which changed.
    Returns the names that changed (empty when nothing did)."""
    current = config_fingerprint(desk.settings)

    def job(tx: Tx) -> list[str]:
        audit_repo.lock_chain(tx.conn)  # two nodes starting together record it once
        last = audit_repo.last_of(tx.conn, CONFIG_CHANGED)
        before: dict[str, str] = dict(last.details.get("settings", {})) if last else {}
        changed = sorted(
            k for k in current.keys() | before.keys() if current.get(k) != before.get(k)
        )
        if changed:
            record(
                tx,
                desk.clock(),
                Actor("system", "startup"),
                CONFIG_CHANGED,
                settings=current,
                changed=changed,
                first=last is None,
            )
        return changed

    return await desk.writer.run(job)
