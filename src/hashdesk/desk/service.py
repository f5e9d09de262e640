"""The desk's dependencies, handed to every use case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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

    @property
    def reopen_window(self) -> timedelta:
        return timedelta(hours=self.settings.reopen_window_hours)
