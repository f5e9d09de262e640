"""Trust routes: four-eyes sensitive actions and the approval queue, the audit log, case
export, impersonation reports and a customer's urgent freeze request. Routes parse and
call one use case each."""

from __future__ import annotations

from typing import Any, Literal, get_args

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from ...desk import approvals, audit, freeze, queries, reports
from ...desk.identity import issue_conversation_token
from ...desk.present import conversation_public, message_public
from ...domain.actions import KINDS
from ...domain.model import Agent
from ..deps import agent_dep, bearer, customer_for_conversation, get_desk, optional_customer

router = APIRouter(prefix="/api/v1", tags=["trust"])

ActionKind = Literal["reset_2fa", "freeze_account", "unfreeze_account", "remove_whitelist_address"]
assert set(get_args(ActionKind)) == set(KINDS)  # one list of kinds: domain.actions


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ActionCreate(_Body):
    kind: ActionKind
    reason: str = Field(min_length=1, max_length=2000)
    params: dict[str, Any] | None = None


class ActionDecision(_Body):
    note: str | None = Field(default=None, max_length=2000)


class ReportCreate(_Body):
    value: str = Field(min_length=1, max_length=2048, description="the link, address or handle")
    where: str | None = Field(default=None, max_length=200, description="where it was seen")
    details: str | None = Field(default=None, max_length=20_000)
    lang: str | None = Field(
        default=None, max_length=10, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$"
    )


# ---- sensitive actions (agents ask, supervisors decide) ------------------------------------
@router.post("/cases/{case_id}/actions", status_code=201)
async def request_action(
    case_id: str, body: ActionCreate, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    return await approvals.request_action(
        get_desk(request), agent, case_id, kind=body.kind, reason=body.reason, params=body.params
    )


@router.get("/cases/{case_id}/actions")
async def case_actions(
    case_id: str, request: Request, agent: Agent = Depends(agent_dep)
) -> dict[str, Any]:
    return {"actions": await approvals.case_actions(get_desk(request), agent, case_id)}


@router.get("/approvals")
async def list_approvals(
    request: Request,
    status: str = Query(default="pending", description="pending | approved | rejected | all"),
    limit: int = Query(default=200, ge=1, le=1000),
    agent: Agent = Depends(agent_dep),
) -> dict[str, Any]:
    found = await approvals.list_approvals(get_desk(request), agent, status=status, limit=limit)
    return {"approvals": found}


@router.post("/approvals/{action_id}/approve")
async def approve(
    action_id: str,
    request: Request,
    body: ActionDecision | None = None,
    agent: Agent = Depends(agent_dep),
) -> dict[str, Any]:
    note = body.note if body else None
    return await approvals.decide_action(
        get_desk(request), agent, action_id, approve=True, note=note
    )


@router.post("/approvals/{action_id}/reject")
async def reject(
    action_id: str,
    request: Request,
    body: ActionDecision | None = None,
    agent: Agent = Depends(agent_dep),
) -> dict[str, Any]:
    note = body.note if body else None
    return await approvals.decide_action(
        get_desk(request), agent, action_id, approve=False, note=note
    )


@router.post("/conversations/{conversation_id}/freeze-request", status_code=201)
async def freeze_request(conversation_id: str, request: Request) -> dict[str, Any]:
    access = await customer_for_conversation(request, conversation_id, bearer(request))
    return await freeze.request_freeze(
        get_desk(request), conversation_id=conversation_id, customer_id=access.customer_id
    )


# ---- audit and export ------------------------------------------------------------------------
@router.get("/audit")
async def audit_log(
    request: Request,
    limit: int = Query(default=100, ge=1, le=1000),
    before: int | None = Query(default=None, ge=1, description="only entries with a lower id"),
    action: str | None = Query(default=None, max_length=60),
    target_id: str | None = Query(default=None, max_length=200),
    agent: Agent = Depends(agent_dep),
) -> dict[str, Any]:
    entries = await audit.list_entries(
        get_desk(request), agent, limit=limit, before=before, action=action, target_id=target_id
    )
    more = len(entries) == limit and entries[-1]["id"] > 1
    return {"entries": entries, "next_before": entries[-1]["id"] if more else None}


@router.get("/cases/{case_id}/export")
async def export_case(
    case_id: str, request: Request, agent: Agent = Depends(agent_dep)
) -> JSONResponse:
    data = await queries.export_case(get_desk(request), agent, case_id)
    return JSONResponse(
        data,
        headers={
            "content-disposition": f'attachment; filename="{case_id}.json"',
            "cache-control": "no-store",
        },
    )


# ---- impersonation reports -------------------------------------------------------------------
@router.post("/reports", status_code=201)
async def submit_report(body: ReportCreate, request: Request) -> dict[str, Any]:
    """Public: anyone may report a contact; it becomes a case for the security team."""
    desk = get_desk(request)
    done = await reports.submit_report(
        desk,
        claims=optional_customer(request),
        value=body.value,
        where=body.where,
        details=body.details,
        lang=_lang(body.lang),
    )
    conv = done.conversation
    data = done.to_public()
    data["conversation"] = conversation_public(conv)
    data["conversation"]["token"] = issue_conversation_token(
        desk.settings, conv.id, conv.customer_id, desk.clock()
    )
    data["messages"] = [message_public(m) for m in done.messages]
    return data


@router.post("/conversations/{conversation_id}/report", status_code=201)
async def report_in_conversation(
    conversation_id: str, body: ReportCreate, request: Request
) -> dict[str, Any]:
    access = await customer_for_conversation(request, conversation_id, bearer(request))
    done = await reports.attach_report(
        get_desk(request),
        conversation_id=conversation_id,
        customer_id=access.customer_id,
        value=body.value,
        where=body.where,
        details=body.details,
    )
    data = done.to_public()
    data["messages"] = [message_public(m) for m in done.messages]
    return data


def _lang(value: str | None) -> str | None:
    return value.replace("_", "-").split("-")[0].lower() if value else None
