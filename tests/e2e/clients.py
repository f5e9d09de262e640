"""Small HTTP and WebSocket clients for the end-to-end tests (they speak the public contract)."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection


@dataclass
class Stream:
    """A WebSocket that collects every JSON frame in the background."""

    ws: ClientConnection
    frames: list[dict[str, Any]] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None
    _new: asyncio.Event = field(default_factory=asyncio.Event)

    @classmethod
    async def open(cls, url: str) -> Stream:
        ws = await websockets.connect(url, open_timeout=10, max_size=2**22)
        s = cls(ws)
        s._task = asyncio.create_task(s._run())
        return s

    async def _run(self) -> None:
        try:
            async for raw in self.ws:
                self.frames.append(json.loads(raw))
                self._new.set()
        except websockets.ConnectionClosed:
            pass

    def messages(self) -> list[dict[str, Any]]:
        return [f["message"] for f in self.frames if f.get("type") == "message"]

    async def wait_for(self, pred: Any, timeout: float = 10.0) -> dict[str, Any]:
        async def loop() -> dict[str, Any]:
            seen = 0
            while True:
                for f in self.frames[seen:]:
                    if pred(f):
                        return f
                seen = len(self.frames)
                self._new.clear()
                await self._new.wait()

        return await asyncio.wait_for(loop(), timeout)

    async def close(self) -> None:
        await self.ws.close()
        if self._task:
            await asyncio.wait_for(self._task, 5)


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
