"""The authorization matrix: who may call what, for every route the app serves.

``RULES`` holds one rule per (method, path template) of ``app.routes``, API and pages; the
table is checked against the live route table, so a new endpoint without a rule (or a rule
for a route that is gone) fails here. Then every API route is called by every actor on a
fresh case of every kind, and the outcome must match the rule:

- allowed past authorization: 2xx, 3xx, 409 or 422 (the request reached the use case);
- denied: 401, 403 or 404 (invisible cases answer 404, so they cannot be probed);
- anything else (400, 5xx) fails the test.

Customers call with their conversation token (the owner) or another conversation's token
(another customer); where no conversation is involved, the owner calls with their customer
JWT. Agents call with a session token.

Actors: anonymous; the customer who owns the conversation ("owner", signed in); another
customer; a support agent (the support case's own team: "agent same team"); a compliance
agent ("agent other team"); a security agent; a VIP agent; a supervisor; an admin.
Case kinds: support, security, compliance and VIP (a VIP customer's case in the vip team).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from starlette.routing import Mount, WebSocketRoute

from hashdesk.desk import approvals
from hashdesk.domain.model import Agent
from hashdesk.store import repo
from hashdesk.store.migrate import upgrade
from hashdesk.store.writer import Tx

from .actors import agent, customer_jwt, open_conv, session
from .conftest import Harness, make_harness

# ---- the rules ---------------------------------------------------------------------------
PUBLIC = "public"  # anyone
# Anyone, optionally signed in with the exchange's customer JWT; any other bearer token (an
# agent session, a conversation token) is refused rather than silently ignored.
OPTIONAL_CUSTOMER = "optional_customer"
CREDENTIALS = "credentials"  # anyone may try; the answer depends on what is sent, not who
AGENT = "agent"  # any signed-in agent
SUPERVISOR = "supervisor"  # supervisors and admins
CASE = "case"  # agents who can see the case: its team, or supervisors and admins
OWNER = "owner"  # the customer whose conversation it is
PAGE = "page"  # a public page or asset
CONSOLE = "console"  # a console shell: with a session cookie 200, else a redirect to sign in
DEMO_ONLY = "demo_only"  # answers only on demo installs (404 here)


@dataclass(frozen=True)
class Rule:
    who: str
    body: dict[str, Any] | None = None
    query: str = ""
    fresh_session: bool = False  # the call ends the session (sign out)
    params: dict[str, str] = field(default_factory=dict)  # sample path parameters


V1 = "/api/v1"
CONV = f"{V1}/conversations/{{conversation_id}}"
CASE_P = f"{V1}/cases/{{case_id}}"
RULES: dict[tuple[str, str], Rule] = {
    # docs and operations
    ("GET", "/openapi.json"): Rule(PAGE),
    ("GET", "/docs"): Rule(PAGE),
    ("GET", "/docs/oauth2-redirect"): Rule(PAGE),
    ("GET", "/redoc"): Rule(PAGE),
    ("GET", "/healthz"): Rule(PUBLIC),
    ("GET", "/metrics"): Rule(PUBLIC),  # operational counters only; restrict at the proxy
    # the customer side
    ("POST", f"{V1}/conversations"): Rule(
        OPTIONAL_CUSTOMER, body={"channel": "web", "text": "hello"}
    ),
    ("GET", CONV): Rule(OWNER),
    ("POST", f"{CONV}/messages"): Rule(OWNER, body={"text": "any news?", "client_id": "m1"}),
    ("GET", f"{CONV}/messages"): Rule(OWNER),
    ("POST", f"{CONV}/handoff"): Rule(OWNER),
    ("WS", f"{CONV}/stream"): Rule(OWNER),
    ("POST", f"{CONV}/freeze-request"): Rule(OWNER),
    ("POST", f"{CONV}/report"): Rule(OWNER, body={"value": "hashp0rt-exchange.com"}),
    ("POST", f"{V1}/reports"): Rule(OPTIONAL_CUSTOMER, body={"value": "hashp0rt-exchange.com"}),
    ("GET", f"{V1}/verify"): Rule(PUBLIC, query="value=hashp0rt-exchange.com"),
    # the agent side
    ("POST", f"{V1}/auth/login"): Rule(
        CREDENTIALS, body={"email": "nobody@desk.test", "password": "wrong wrong", "otp": "1"}
    ),
    ("POST", f"{V1}/auth/logout"): Rule(AGENT, fresh_session=True),
    ("GET", f"{V1}/me"): Rule(AGENT),
    ("GET", f"{V1}/cases"): Rule(AGENT),
    ("GET", f"{V1}/stats"): Rule(SUPERVISOR),
    ("WS", f"{V1}/agent/stream"): Rule(AGENT),
    ("GET", CASE_P): Rule(CASE),
    ("GET", f"{CASE_P}/messages"): Rule(CASE),
    ("POST", f"{CASE_P}/claim"): Rule(CASE),
    ("POST", f"{CASE_P}/messages"): Rule(CASE, body={"text": "We are looking into it."}),
    ("POST", f"{CASE_P}/notes"): Rule(CASE, body={"text": "checked the ledger"}),
    ("POST", f"{CASE_P}/escalate"): Rule(CASE, body={"to": "supervisor", "reason": "matrix"}),
    ("POST", f"{CASE_P}/resolve"): Rule(CASE),
    ("GET", f"{CASE_P}/export"): Rule(CASE),
    ("GET", f"{CASE_P}/actions"): Rule(CASE),
    ("POST", f"{CASE_P}/actions"): Rule(CASE, body={"kind": "reset_2fa", "reason": "lost phone"}),
    ("GET", f"{V1}/approvals"): Rule(SUPERVISOR),
    ("POST", f"{V1}/approvals/{{action_id}}/approve"): Rule(SUPERVISOR, body={"note": "ok"}),
    ("POST", f"{V1}/approvals/{{action_id}}/reject"): Rule(SUPERVISOR),
    ("GET", f"{V1}/audit"): Rule(SUPERVISOR),
    # pages (no data in them: their scripts call the API above)
    ("GET", "/"): Rule(PAGE),
    ("GET", "/widget"): Rule(PAGE),
    ("GET", "/widget/snippet"): Rule(PAGE),
    ("GET", "/widget/embed.js"): Rule(PAGE),
    ("MOUNT", "/static"): Rule(PAGE),
    ("GET", "/demo/customer-token"): Rule(DEMO_ONLY),
    ("GET", "/kb"): Rule(PAGE),
    ("GET", "/kb/{lang}/{article_id}"): Rule(
        PAGE, params={"lang": "en", "article_id": "account-locked"}
    ),
    ("GET", "/verify"): Rule(PAGE, query="value=hashp0rt-exchange.com"),
    ("GET", "/console/login"): Rule(PAGE),
    ("GET", "/console"): Rule(CONSOLE),
    ("GET", "/console/cases/{case_id}"): Rule(CONSOLE),
    ("GET", "/console/approvals"): Rule(CONSOLE),  # its data: GET /api/v1/approvals
    ("GET", "/console/audit"): Rule(CONSOLE),  # its data: GET /api/v1/audit
}

CUSTOMERS = ("anonymous", "owner", "other_customer")
AGENT_TEAMS = {
    "support_agent": ["support"],
    "compliance_agent": ["compliance"],
    "security_agent": ["security"],
    "vip_agent": ["vip"],
}
STAFF = {"supervisor": "supervisor", "admin": "admin"}
ACTORS = (*CUSTOMERS, *AGENT_TEAMS, *STAFF)
CASE_KINDS = {
    "support": "support",
    "security": "security",
    "compliance": "compliance",
    "vip": "vip",
}


def route_keys(app: FastAPI) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for rc in iter_route_contexts(app.routes):
        route = rc.original_route
        if isinstance(route, Mount):
            keys.add(("MOUNT", rc.path))
        elif isinstance(route, WebSocketRoute) or "WebSocket" in type(route).__name__:
            keys.add(("WS", rc.path))
        else:
            keys |= {(m, rc.path) for m in (rc.methods or set()) - {"HEAD"}}
    return keys


def expected(rule: Rule, actor: str, team: str) -> bool:
    """True: allowed past authorization."""
    if rule.who in (PUBLIC, PAGE):
        return True
    if rule.who == OWNER:
        return actor == "owner"
    if rule.who == OPTIONAL_CUSTOMER:
        return actor in ("anonymous", "owner")  # the owner calls with their customer JWT
    if rule.who == AGENT:
        return actor in AGENT_TEAMS or actor in STAFF
    if rule.who == SUPERVISOR:
        return actor in STAFF
    if rule.who == CASE:
        return actor in STAFF or team in AGENT_TEAMS.get(actor, [])
    raise AssertionError(rule.who)


def outcome(status: int) -> bool:
    if status in (401, 403, 404):
        return False
    if 200 <= status < 400 or status in (409, 422):
        return True
    raise AssertionError(f"status {status} is neither allowed nor denied")


# ---- the world -------------------------------------------------------------------------------
@dataclass
class World:
    h: Harness
    agents: dict[str, Agent] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    requester: Agent | None = None
    other_token: str = ""

    async def token_for(self, actor: str, rule: Rule) -> str | None:
        if actor in self.agents:
            if rule.fresh_session:
                return await session(self.h, self.agents[actor])
            return self.tokens[actor]
        return None

    async def new_case(self, kind: str) -> dict[str, Any]:
        """A fresh conversation of a signed-in customer and its case, moved to ``kind``."""
        tier = "vip" if kind == "vip" else "standard"
        conv = await open_conv(
            self.h, "How do I change my fee tier?", token=customer_jwt(self.h, tier=tier)
        )
        found = await self.h.desk.writer.run(
            lambda tx: _move(tx, conv["id"], CASE_KINDS[kind], kind == "vip")
        )
        assert self.requester is not None
        action = await approvals.request_action(
            self.h.desk, self.requester, found, kind="freeze_account", reason="matrix"
        )
        return {"conversation": conv, "case_id": found, "action_id": action["id"]}


def _move(tx: Tx, conversation_id: str, team: str, vip: bool) -> str:
    found = repo.get_case_by_conversation(tx.conn, conversation_id)
    assert found is not None
    repo.update_case(tx.conn, found[0].id, found[0].created_at, team=team, vip=vip)
    return found[0].id


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    url = f"sqlite:///{tmp_path / 'matrix.sqlite3'}"  # SQLite only: the policy is not SQL
    upgrade(url)
    async with make_harness(url, tmp_path) as h:
        w = World(h)
        for name, teams in AGENT_TEAMS.items():
            w.agents[name], w.tokens[name] = await agent(h, teams=teams, name=name)
        for name, role in STAFF.items():
            w.agents[name], w.tokens[name] = await agent(h, role=role, name=name)
        w.requester, _ = await agent(h, role="supervisor", name="requester")
        w.other_token = (await open_conv(h, "someone else's question"))["token"]
        yield w


# ---- calling ---------------------------------------------------------------------------------
def fill(path: str, case: dict[str, Any] | None) -> str:
    if case is None:
        return path
    return (
        path.replace("{conversation_id}", case["conversation"]["id"])
        .replace("{case_id}", case["case_id"])
        .replace("{action_id}", case["action_id"])
    )


async def call(w: World, method: str, path: str, rule: Rule, actor: str, case: Any) -> int:
    url = fill(path, case) + (f"?{rule.query}" if rule.query else "")
    token = await w.token_for(actor, rule)
    if actor == "owner":
        token = case["conversation"]["token"] if case else customer_jwt(w.h)
    elif actor == "other_customer":
        token = w.other_token
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    r = await w.h.http.request(method, url, json=rule.body, headers=headers)
    return r.status_code


async def ws_call(w: World, path: str, rule: Rule, actor: str, case: Any) -> int:
    """Open a WebSocket on the ASGI app: accepted (allowed) or closed first (denied)."""
    token = await w.token_for(actor, rule)
    if actor == "owner":
        token = case["conversation"]["token"] if case else None
    elif actor == "other_customer":
        token = w.other_token
    query = f"token={token}" if token else ""
    scope = {
        "type": "websocket",
        "asgi": {"version": "3.0"},
        "path": fill(path, case),
        "raw_path": fill(path, case).encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"desk")],
        "scheme": "ws",
        "server": ("desk", 80),
        "client": ("127.0.0.1", 5000),
        "subprotocols": [],
    }
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "websocket.connect"})
    task = asyncio.create_task(w.h.app(scope, inbox.get, outbox.put))
    first = await asyncio.wait_for(outbox.get(), 10)
    if first["type"] == "websocket.accept":
        await inbox.put({"type": "websocket.disconnect", "code": 1000})
    with contextlib.suppress(Exception):
        await asyncio.wait_for(task, 10)
    if first["type"] == "websocket.accept":
        return 200
    assert first["type"] == "websocket.close", first
    return {4401: 401, 4403: 403, 4404: 404}[first["code"]]


# ---- the tests -------------------------------------------------------------------------------
async def test_every_route_has_a_rule(world: World) -> None:
    served = route_keys(world.h.app)
    missing = sorted(served - RULES.keys())
    stale = sorted(RULES.keys() - served)
    assert not missing, f"routes without an authorization rule: {missing}"
    assert not stale, f"rules for routes that no longer exist: {stale}"


async def test_api_matrix(world: World) -> None:
    w = world
    failures: list[str] = []
    api = sorted(k for k, r in RULES.items() if r.who not in (PAGE, CONSOLE, DEMO_ONLY))
    for method, path in api:
        rule = RULES[(method, path)]
        per_case = "{" in path
        for kind in CASE_KINDS if per_case else ("support",):
            case = await w.new_case(kind) if per_case else None
            for actor in ACTORS:
                if method == "WS":
                    status = await ws_call(w, path, rule, actor, case)
                else:
                    status = await call(w, method, path, rule, actor, case)
                if rule.who == CREDENTIALS:
                    ok = status == 401  # wrong credentials, whoever sends them
                else:
                    try:
                        ok = outcome(status) == expected(rule, actor, CASE_KINDS[kind])
                    except AssertionError as exc:
                        ok, status = False, f"{status} ({exc})"  # type: ignore[assignment]
                if not ok:
                    failures.append(f"{method} {path} [{kind}] as {actor}: {status}")
    assert not failures, "\n".join(failures)


async def test_pages(world: World) -> None:
    w = world
    case = await w.new_case("security")
    for (method, path), rule in RULES.items():
        if rule.who not in (PAGE, CONSOLE, DEMO_ONLY):
            continue
        url = fill(path, case) + (f"?{rule.query}" if rule.query else "")
        for name, value in rule.params.items():
            url = url.replace(f"{{{name}}}", value)
        if method == "MOUNT":
            url = "/static/console/common.js"
        for actor in ACTORS:
            cookies = {"hd_session": w.tokens[actor]} if actor in w.tokens else {}
            w.h.http.cookies.clear()
            for k, v in cookies.items():
                w.h.http.cookies.set(k, v)
            r = await w.h.http.get(url, follow_redirects=False)
            w.h.http.cookies.clear()
            if rule.who == PAGE:
                assert r.status_code == 200, (path, actor, r.status_code)
            elif rule.who == DEMO_ONLY:
                assert r.status_code == 404, (path, actor, r.status_code)
            elif cookies:
                assert r.status_code == 200, (path, actor, r.status_code)
            else:
                assert r.status_code == 303, (path, actor, r.status_code)
                assert r.headers["location"].startswith("/console/login")
