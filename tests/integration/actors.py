"""Who calls the desk in the trust tests: agents with sessions, customers with tokens."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

import pyotp

from hashdesk.desk import auth
from hashdesk.desk.identity import issue_customer_jwt
from hashdesk.domain.model import Agent
from hashdesk.store import repo
from hashdesk.store.writer import Tx

from .conftest import Harness, bearer


async def agent(
    h: Harness, role: str = "agent", teams: list[str] | None = None, name: str | None = None
) -> tuple[Agent, str]:
    """A new agent and a session token for them (minted directly: TOTP codes are single-use,
    and these tests need many sessions quickly)."""
    a = await auth.add_agent(
        h.desk,
        email=f"{secrets.token_hex(4)}@desk.test",
        password="correct horse battery",
        totp_secret=pyotp.random_base32(),
        role=role,
        teams=teams or ["support"],
        name=name,
    )
    return a, await session(h, a)


async def session(h: Harness, a: Agent) -> str:
    token = secrets.token_urlsafe(32)

    def job(tx: Tx) -> None:
        now = h.desk.clock()
        repo.insert_session(tx.conn, auth.token_hash(token), a.id, now, now + timedelta(hours=1))

    await h.desk.writer.run(job)
    return token


def customer_jwt(h: Harness, *, tier: str = "standard", lang: str | None = None) -> str:
    sub = f"acct-{secrets.token_hex(4)}"
    return issue_customer_jwt(
        h.settings,
        sub,
        now=h.desk.clock(),
        email=f"{sub}@mail.test",
        name=f"Customer {sub}",
        tier=tier,
        lang=lang,
    )


async def open_conv(
    h: Harness, text: str, token: str | None = None, lang: str | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"channel": "web", "text": text}
    if lang:
        body["lang"] = lang
    r = await h.http.post(
        "/api/v1/conversations", json=body, headers=bearer(token) if token else {}
    )
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


async def case_for(h: Harness, conversation_id: str) -> dict[str, Any]:
    """The case of a conversation, as the desk stores it (no HTTP: nothing audited)."""
    from hashdesk.desk.present import case_public
    from hashdesk.store.reads import read

    found = await read(h.desk.reader, lambda c: repo.get_case_by_conversation(c, conversation_id))
    assert found is not None
    return case_public(*found)


async def audit_mark(h: Harness) -> int:
    """The id of the newest audit entry (0 when empty): entries after it are this test's."""
    from hashdesk.store import audit_repo
    from hashdesk.store.reads import read

    head = await read(h.desk.reader, audit_repo.head)
    return head[0] if head else 0


async def audit_entries(h: Harness, since: int = 0, **filters: Any) -> list[dict[str, Any]]:
    """Entries with an id above ``since``, oldest first."""
    from hashdesk.store import audit_repo
    from hashdesk.store.reads import read

    entries = await read(h.desk.reader, lambda c: audit_repo.list_entries(c, limit=1000, **filters))
    return [e.to_public() for e in reversed(entries) if e.id > since]
