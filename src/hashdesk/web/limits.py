"""Request size limits and a per-client rate limiter for public endpoints (pure ASGI)."""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send


async def _reject(
    send: Send,
    status: int,
    code: str,
    message: str,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    body = orjson.dumps({"error": {"code": code, "message": message}})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ]
            + (headers or []),
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse bodies over ``max_bytes`` with a 413, by header and while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", ()):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_bytes
                except ValueError:
                    await _reject(send, 400, "bad_request", "bad Content-Length")
                    return
                if too_big:
                    await _reject(
                        send,
                        413,
                        "payload_too_large",
                        f"request body is larger than {self.max_bytes} bytes",
                    )
                    return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _reject(
                    send,
                    413,
                    "payload_too_large",
                    f"request body is larger than {self.max_bytes} bytes",
                )


class _TooLarge(Exception):
    pass


class RateLimit:
    """Token bucket per client address for the public paths. ``None`` rate: off."""

    PUBLIC_PREFIXES = (
        "/api/v1/conversations",
        "/api/v1/auth",
        "/api/v1/verify",
        "/api/v1/reports",
        "/verify",
    )

    def __init__(self, app: ASGIApp, rate: tuple[int, float] | None) -> None:
        self.app = app
        self.rate = rate
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def _allow(self, key: str) -> tuple[bool, float]:
        assert self.rate is not None
        count, per = self.rate
        capacity = float(count) * 2  # allow short bursts of twice the rate
        refill = count / per
        now = time.monotonic()
        tokens, last = self.buckets.pop(key, (capacity, now))
        tokens = min(capacity, tokens + (now - last) * refill)
        ok = tokens >= 1.0
        if ok:
            tokens -= 1.0
        self.buckets[key] = (tokens, now)
        while len(self.buckets) > 100_000:
            self.buckets.popitem(last=False)
        return ok, (1.0 - tokens) / refill if not ok else 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.rate is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if not path.startswith(self.PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        client: Any = scope.get("client") or ("?", 0)
        group = "auth" if path.startswith("/api/v1/auth") else "public"
        ok, retry = self._allow(f"{group}:{client[0]}")
        if ok:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await _reject(
            send,
            429,
            "rate_limited",
            "too many requests; slow down",
            [(b"retry-after", str(max(1, int(retry + 0.999))).encode())],
        )
