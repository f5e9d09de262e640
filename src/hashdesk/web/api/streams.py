"""WebSocket streams. Subscribe first, then backfill from storage, then go live, dropping
anything already sent (by per-conversation ``seq``): a reconnect with ``after=`` gets every
message it missed exactly once."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import orjson
from fastapi import APIRouter, WebSocket
from starlette.websockets import WebSocketDisconnect, WebSocketState

from ...bus.base import AGENTS_TOPIC, Subscription, conversation_topic
from ...desk import queries
from ...desk.present import message_public
from ...desk.service import Desk
from ...domain.access import agent_can_see
from ...domain.events import Event
from ...domain.model import DomainError
from ...store import repo
from ...store.reads import read
from ..deps import current_agent, customer_for_conversation, get_desk

router = APIRouter(prefix="/api/v1", tags=["streams"])

CLOSE_CODES = {401: 4401, 403: 4403, 404: 4404}


async def _send(ws: WebSocket, payload: dict[str, Any]) -> None:
    await ws.send_text(orjson.dumps(payload).decode())


async def _drain_client(ws: WebSocket) -> None:
    """Read (and mostly ignore) what the client sends; returns when it goes away."""
    while True:
        msg = await ws.receive()
        if msg["type"] == "websocket.disconnect":
            return
        text = msg.get("text")
        if text and '"ping"' in text:
            await _send(ws, {"type": "pong"})


async def _pump(ws: WebSocket, sub: Subscription, handle: Any) -> None:
    reader = asyncio.create_task(_drain_client(ws))
    try:
        while True:
            getter = asyncio.create_task(sub.get())
            done, _ = await asyncio.wait({getter, reader}, return_when=asyncio.FIRST_COMPLETED)
            if reader in done:
                getter.cancel()
                return
            if sub.overflowed:
                await ws.close(code=1013, reason="too slow; reconnect with after=")
                return
            await handle(getter.result())
            # Under load, send everything already queued in one go: one wake-up per burst,
            # not per event, so the stream keeps pace with the writes.
            while not sub.queue.empty():
                await handle(sub.queue.get_nowait())
    except (WebSocketDisconnect, RuntimeError):
        return
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader


async def _seq_of(desk: Desk, conversation_id: str, message_id: int) -> int:
    seq = await read(desk.reader, lambda c: repo.seq_of_message(c, conversation_id, message_id))
    return seq if seq is not None else -1


@router.websocket("/conversations/{conversation_id}/stream")
async def customer_stream(ws: WebSocket, conversation_id: str) -> None:
    desk = get_desk(ws)
    token = ws.query_params.get("token")
    after_raw = ws.query_params.get("after")
    try:
        after = int(after_raw) if after_raw else None
        if after is not None and after < 0:
            raise ValueError
    except ValueError:
        await ws.close(code=4400, reason="after must be a message id")
        return
    try:
        access = await customer_for_conversation(ws, conversation_id, token)
        await queries.customer_conversation(desk, access.customer_id, conversation_id)
    except DomainError as exc:
        await ws.close(code=CLOSE_CODES.get(exc.status, 4400), reason=exc.message[:100])
        return
    await ws.accept()
    sub = desk.bus.subscribe(conversation_topic(conversation_id))
    # Events from several nodes can arrive out of order: remember what was sent, don't
    # assume order. Everything at or below the backlog's last seq was sent by the backfill.
    floor = -1
    sent: set[int] = set()
    try:
        if after is not None:
            floor = await _seq_of(desk, conversation_id, after)
            if floor < 0:
                await _send(
                    ws,
                    {
                        "type": "error",
                        "error": {
                            "code": "unknown_message",
                            "message": "no such message in this conversation",
                        },
                    },
                )
                await ws.close(code=4404)
                return
            cursor = after
            while True:  # page through a long backlog
                backlog = await queries.customer_messages(
                    desk, access.customer_id, conversation_id, after=cursor, limit=500
                )
                for m in backlog:
                    await _send(ws, {"type": "message", "message": message_public(m)})
                    floor = max(floor, m.seq)
                    cursor = m.id
                if len(backlog) < 500:
                    break

        async def handle(event: Event) -> None:
            if event.kind == "message":
                seq = int(event.data.get("seq", 0))
                if seq <= floor or seq in sent:
                    return
                sent.add(seq)
                await _send(ws, {"type": "message", "message": event.data})
            elif event.kind == "status":
                await _send(ws, {"type": "status", "status": event.data["status"]})

        await _pump(ws, sub, handle)
    finally:
        desk.bus.unsubscribe(sub)
        if ws.application_state == WebSocketState.CONNECTED:
            with contextlib.suppress(Exception):
                await ws.close()


@router.websocket("/agent/stream")
async def agent_stream(ws: WebSocket) -> None:
    desk = get_desk(ws)
    token = ws.query_params.get("token") or ws.cookies.get("hd_session")
    try:
        agent, _ = await current_agent(ws, token)
    except DomainError as exc:
        await ws.close(code=CLOSE_CODES.get(exc.status, 4400), reason=exc.message[:100])
        return
    await ws.accept()
    sub = desk.bus.subscribe(AGENTS_TOPIC)
    presence = asyncio.create_task(_keep_present(desk, agent.id))

    async def handle(event: Event) -> None:
        if event.scope is None or not agent_can_see(agent, event.scope):
            return
        if event.kind == "message":
            data = dict(event.data)
            data["case_id"] = event.scope.case_id
            await _send(ws, {"type": "message", "message": data})
        elif event.kind == "case":
            await _send(ws, {"type": "case", "case": event.data})
        elif event.kind == "status":
            await _send(
                ws,
                {
                    "type": "status",
                    "conversation_id": event.conversation_id,
                    "case_id": event.scope.case_id,
                    "status": event.data["status"],
                },
            )

    try:
        await _pump(ws, sub, handle)
    finally:
        presence.cancel()
        desk.bus.unsubscribe(sub)
        if ws.application_state == WebSocketState.CONNECTED:
            with contextlib.suppress(Exception):
                await ws.close()


async def _keep_present(desk: Desk, agent_id: str) -> None:
    """An agent with the console open is online: refresh presence while connected."""
    while True:
        with contextlib.suppress(Exception):
            await desk.writer.run(lambda tx: repo.touch_presence(tx.conn, agent_id, desk.clock()))
        await asyncio.sleep(30)
