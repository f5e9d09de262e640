"""The bus port. Subscribers get a queue of events for one topic."""

from __future__ import annotations

import asyncio
from typing import Protocol

from ..domain.events import Event

AGENTS_TOPIC = "agents"


def conversation_topic(conversation_id: str) -> str:
    return f"conv:{conversation_id}"


class Subscription:
    """A bounded queue of events; a slow consumer is cut off rather than growing memory."""

    def __init__(self, topic: str, maxsize: int = 10_000) -> None:
        self.topic = topic
        self.queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=maxsize)
        self.overflowed = False

    def offer(self, event: Event) -> None:
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True

    async def get(self) -> Event:
        return await self.queue.get()


class EventBus(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def publish(self, events: list[Event]) -> None: ...

    def subscribe(self, topic: str) -> Subscription: ...

    def unsubscribe(self, sub: Subscription) -> None: ...


def topics_for(event: Event) -> tuple[str, ...]:
    if event.audience == "agents":
        return (AGENTS_TOPIC,)
    return (conversation_topic(event.conversation_id), AGENTS_TOPIC)
