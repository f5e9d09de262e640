"""Request-scoped helpers: the desk, and who is calling (customer grant or agent)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from starlette.requests import HTTPConnection

from ..desk import auth
from ..desk.identity import (
    CustomerClaims,
    verify_conversation_token,
    verify_customer_jwt,
)
from ..desk.service import Desk
from ..domain.model import Agent, Forbidden, Unauthorized
from ..store import repo
from ..store.reads import read

SESSION_COOKIE = "hd_session"
CSRF_COOKIE = "hd_csrf"
CSRF_HEADER = "x-csrf-token"


def get_desk(conn: HTTPConnection) -> Desk:
    desk: Desk = conn.app.state.desk
    return desk


def bearer(conn: HTTPConnection) -> str | None:
    value = conn.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def optional_customer(request: Request) -> CustomerClaims | None:
    token = bearer(request)
    if token is None:
        return None
    return verify_customer_jwt(token, get_desk(request).settings)


@dataclass(frozen=True, slots=True)
class CustomerAccess:
    customer_id: str


async def customer_for_conversation(
    conn: HTTPConnection, conversation_id: str, token: str | None
) -> CustomerAccess:
    """A conversation token for exactly this conversation, or the owner's customer JWT."""
    if not token:
        raise Unauthorized("a conversation token is required", code="unauthenticated")
    desk = get_desk(conn)
    grant = verify_conversation_token(token, desk.settings)
    if grant is not None:
        if grant.conversation_id != conversation_id:
            raise Forbidden("this token is for another conversation")
        return CustomerAccess(grant.customer_id)
    claims = verify_customer_jwt(token, desk.settings)
    customer = await read(desk.reader, lambda c: repo.get_customer_by_account(c, claims.sub))
    if customer is None:
        raise Forbidden("this conversation belongs to someone else")
    return CustomerAccess(customer.id)


async def current_agent(conn: HTTPConnection, token: str | None = None) -> tuple[Agent, str]:
    """Bearer token, or the console's session cookie (then unsafe methods need CSRF)."""
    via_cookie = False
    if token is None:
        token = bearer(conn)
    if token is None:
        token = conn.cookies.get(SESSION_COOKIE)
        via_cookie = token is not None
    if not token:
        raise Unauthorized("sign in first", code="unauthenticated")
    if (
        via_cookie
        and conn.scope["type"] == "http"
        and conn.scope.get("method") not in ("GET", "HEAD", "OPTIONS")
    ):
        sent = conn.headers.get(CSRF_HEADER, "")
        if not sent or sent != conn.cookies.get(CSRF_COOKIE):
            raise Forbidden("missing or wrong CSRF token", code="csrf_failed")
    agent = await auth.agent_for_token(get_desk(conn), token)
    return agent, token


async def agent_dep(request: Request) -> Agent:
    agent, _ = await current_agent(request)
    return agent
