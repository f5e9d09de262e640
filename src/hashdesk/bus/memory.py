"""In-process bus: the embedded default (one node)."""

from __future__ import annotations

from collections import defaultdict

from ..domain.events import Event
from .base import Subscription, topics_for


class LocalFanout:
    """Delivers events to this process's subscribers. Both buses use it."""

    def __init__(self) -> None:
        self._subs: dict[str, set[Subscription]] = defaultdict(set)

    def subscribe(self, topic: str) -> Subscription:
        sub = Subscription(topic)
        self._subs[topic].add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        subs = self._subs.get(sub.topic)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._subs[sub.topic]

    def deliver(self, event: Event) -> None:
        for topic in topics_for(event):
            for sub in tuple(self._subs.get(topic, ())):
                sub.offer(event)

    @property
    def subscriber_count(self) -> int:
        return sum(len(s) for s in self._subs.values())


class InProcessBus:
    def __init__(self) -> None:
        self._local = LocalFanout()

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def publish(self, events: list[Event]) -> None:
        for event in events:
            self._local.deliver(event)

    def subscribe(self, topic: str) -> Subscription:
        return self._local.subscribe(topic)

    def unsubscribe(self, sub: Subscription) -> None:
        self._local.unsubscribe(sub)
