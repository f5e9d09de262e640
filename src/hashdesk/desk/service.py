"""The desk's dependencies, handed to every use case."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from ..bus.base import EventBus
from ..config import Settings
from ..domain.catalog import Catalog
from ..store.writer import Writer
from ..triage.types import OutboundVerdict, TriageResult
from ..trust.registry import Registry

TriageFn = Callable[..., TriageResult]
OutboundFn = Callable[[str], OutboundVerdict]


class SeenSet:
    """A bounded set of ids (oldest forgotten first)."""

    def __init__(self, limit: int = 200_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._limit = limit

    def add(self, key: str) -> None:
        self._ids[key] = None
        if len(self._ids) > self._limit:
            self._ids.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._ids


@dataclass
class Desk:
    settings: Settings
    catalog: Catalog
    reader: AsyncEngine
    writer: Writer
    bus: EventBus
    triage: TriageFn
    outbound_guard: OutboundFn
    clock: Callable[[], datetime]
    registry: Registry
    kb_answer: Callable[[str, str], Any]  # (text, lang) -> kb Hit | None
    # Conversations that left the assistant: status `assistant` is never re-entered, so
    # for these the assistant's turn needs no read at all.
    past_assistant: SeenSet = field(default_factory=SeenSet)

    @property
    def reopen_window(self) -> timedelta:
        return timedelta(hours=self.settings.reopen_window_hours)
