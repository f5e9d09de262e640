"""The customer side of the contract: open, post, read, hand off, stream."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ...desk import intake, queries
from ...desk.identity import issue_conversation_token
from ...desk.present import conversation_public, message_public
from ..deps import bearer, customer_for_conversation, get_desk, optional_customer
from .schemas import ConversationCreate, MessageCreate

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])


def _lang(value: str | None) -> str | None:
    return value.replace("_", "-").split("-")[0].lower() if value else None


@router.post("", status_code=201)
async def open_conversation(body: ConversationCreate, request: Request) -> dict[str, Any]:
    desk = get_desk(request)
    claims = optional_customer(request)
    opened = await intake.open_conversation(
        desk,
        claims=claims,
        channel=body.channel,
        text=body.text,
        lang=_lang(body.lang),
        client_id=body.client_id,
    )
    token = issue_conversation_token(
        desk.settings, opened.conversation.id, opened.customer.id, desk.clock()
    )
    data = conversation_public(opened.conversation)
    data["token"] = token
    data["messages"] = [message_public(m) for m in opened.messages]
    return data


@router.post("/{conversation_id}/messages", status_code=201)
async def post_message(
    conversation_id: str, body: MessageCreate, request: Request
) -> dict[str, Any]:
    access = await customer_for_conversation(request, conversation_id, bearer(request))
    msg = await intake.post_customer_message(
        get_desk(request),
        conversation_id=conversation_id,
        customer_id=access.customer_id,
        text=body.text,
        client_id=body.client_id,
    )
    return message_public(msg)


@router.get("/{conversation_id}")
async def get_conversation(conversation_id: str, request: Request) -> dict[str, Any]:
    access = await customer_for_conversation(request, conversation_id, bearer(request))
    conv = await queries.customer_conversation(
        get_desk(request), access.customer_id, conversation_id
    )
    return conversation_public(conv)


@router.get("/{conversation_id}/messages")
async def list_messages(
    conversation_id: str,
    request: Request,
    after: int | None = Query(default=None, ge=0, description="a message id; only later ones"),
    limit: int = Query(default=500, ge=1, le=1000),
) -> dict[str, Any]:
    access = await customer_for_conversation(request, conversation_id, bearer(request))
    msgs = await queries.customer_messages(
        get_desk(request), access.customer_id, conversation_id, after=after, limit=limit
    )
    return {"messages": [message_public(m) for m in msgs]}


@router.post("/{conversation_id}/handoff")
async def handoff(conversation_id: str, request: Request) -> dict[str, Any]:
    access = await customer_for_conversation(request, conversation_id, bearer(request))
    status = await intake.request_handoff(
        get_desk(request), conversation_id=conversation_id, customer_id=access.customer_id
    )
    return {"id": conversation_id, "status": status}
