"""The agent side of the contract: sign in, the queue, a case, claim/reply/escalate/resolve."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response

from ...desk import auth, casework, queries
from ...desk.present import agent_public, message_public
from ...domain.model import Agent
from ..deps import CSRF_COOKIE, SESSION_COOKIE, agent_dep, current_agent, get_desk
from .schemas import AgentMessageCreate, EscalateRequest, LoginRequest

router = APIRouter(prefix="/api/v1", tags=["agents"])


@router.post("/auth/login")
async def login(body: LoginRequest, request: Request, response: Response) -> dict[str, Any]:
    desk = get_desk(request)
    result = await auth.login(desk, email=body.email, password=body.password, otp=body.otp)
    max_age = int(desk.settings.agent_session_hours * 3600)
    secure = desk.settings.cookie_secure
    response.set_cookie(
        SESSION_COOKIE,
        result.token,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=secure,
        path="/",
    )
    response.set_cookie(
        CSRF_COOKIE,
        secrets.token_urlsafe(24),
        max_age=max_age,
        httponly=False,
        samesite="strict",
        secure=secure,
        path="/",
    )
    return {"token": result.token, "agent": agent_public(result.agent)}


@router.post("/auth/logout")
async def logout(
    request: Request, response: Response, everywhere: bool = Query(default=False)
) -> dict[str, Any]:
    agent, token = await current_agent(request)
    await auth.logout(get_desk(request), agent, token, everywhere=everywhere)
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")
    return {"ok": True}


@router.get("/me")
async def me(agent: Agent = Depends(agent_dep)) -> dict[str, Any]:
    return agent_public(agent)


@router.get("/stats")
async def stats(request: Request, agent: Agent = Depends(agent_dep)) -> dict[str, Any]:
    """How conversations ended (assistant / agent / abandoned); supervisors and admins."""
    return await queries.desk_stats(get_desk(request), agent)


@router.get("/cases")
async def list_cases(
    request: Request,
    status: str | None = Query(default=None, description="comma-separated statuses"),
    mine: bool = Query(default=False),
    limit: int = Query(default=200, ge=1, le=1000),
    agent: Agent = Depends(agent_dep),
) -> dict[str, Any]:
    statuses = [s.strip() for s in status.split(",") if s.strip()] if status else None
    cases = await queries.list_cases_for(
        get_desk(request), agent, statuses=statuses, mine=mine, limit=limit
    )
    return {"cases": cases}


@router.get("/cases/{case_id}")
async def get_case(
    case_id: str, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    return await queries.case_detail(get_desk(request), agent, case_id)


@router.get("/cases/{case_id}/messages")
async def case_messages(
    case_id: str,
    request: Request,
    after: int | None = Query(default=None, ge=0),
    agent: Agent = Depends(agent_dep),
) -> dict[str, Any]:
    msgs = await queries.case_messages_after(get_desk(request), agent, case_id, after)
    return {"messages": msgs}


@router.post("/cases/{case_id}/claim")
async def claim(
    case_id: str, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    return await casework.claim_case(get_desk(request), agent, case_id)


@router.post("/cases/{case_id}/messages", status_code=201)
async def reply(
    case_id: str, body: AgentMessageCreate, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    msg = await casework.post_agent_message(get_desk(request), agent, case_id, body.text)
    data = message_public(msg)
    data["agent"] = {"name": agent.name}
    return data


@router.post("/cases/{case_id}/notes", status_code=201)
async def add_note(
    case_id: str, body: AgentMessageCreate, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    """An internal note: agents see it on the case; the customer never does."""
    msg = await casework.add_internal_note(get_desk(request), agent, case_id, body.text)
    return message_public(msg)


@router.post("/cases/{case_id}/escalate")
async def escalate(
    case_id: str, body: EscalateRequest, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    return await casework.escalate_case(
        get_desk(request), agent, case_id, to=body.to, reason=body.reason
    )


@router.post("/cases/{case_id}/resolve")
async def resolve(
    case_id: str, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    return await casework.resolve_case(get_desk(request), agent, case_id)
