"""Redis pub/sub bus: every node publishes to one channel and delivers what it hears locally.

Pub/sub is fire-and-forget; that is fine here because the database is the source of truth:
a stream that reconnects asks for ``after=`` and gets what it missed from storage.
"""

from __future__ import annotations

import asyncio
import contextlib

import orjson
import redis.asyncio as aioredis
import structlog

from ..domain.events import Event
from .base import Subscription
from .memory import LocalFanout

CHANNEL = "hashdesk:events"
log = structlog.get_logger(__name__)


class RedisBus:
    def __init__(self, url: str, channel: str = CHANNEL) -> None:
        self._url = url
        self._channel = channel
        self._local = LocalFanout()
        self._redis: aioredis.Redis | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    async def start(self) -> None:
        self._redis = aioredis.from_url(self._url)
        await self._redis.ping()
        self._task = asyncio.create_task(self._listen(), name="redis-bus")
        await asyncio.wait_for(self._ready.wait(), timeout=10)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._redis is not None:
            await self._redis.aclose()

    async def _listen(self) -> None:
        assert self._redis is not None
        while True:
            try:
                pubsub = self._redis.pubsub()
                await pubsub.subscribe(self._channel)
                self._ready.set()
                async for msg in pubsub.listen():
                    if msg.get("type") != "message":
                        continue
                    try:
                        for raw in orjson.loads(msg["data"]):
                            self._local.deliver(Event.from_wire(raw))
                    except (ValueError, KeyError, TypeError):
                        log.warning("bus.bad_payload")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # connection lost: retry, streams recover via after=
                log.warning("bus.redis_reconnect", error=type(exc).__name__)
                await asyncio.sleep(0.5)

    async def publish(self, events: list[Event]) -> None:
        if not events:
            return
        assert self._redis is not None
        await self._redis.publish(self._channel, orjson.dumps([e.to_wire() for e in events]))

    def subscribe(self, topic: str) -> Subscription:
        return self._local.subscribe(topic)

    def unsubscribe(self, sub: Subscription) -> None:
        self._local.unsubscribe(sub)
