"""The composition root: builds the desk from settings. Nothing is built at import time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .bus.base import EventBus
from .bus.memory import InProcessBus
from .config import Settings
from .desk.clock import utcnow
from .desk.service import Desk
from .domain.catalog import load_catalog
from .jobs.runner import JobRunner
from .store.db import create_engine, create_sync_engine
from .store.writer import Writer
from .trust.registry import Registry
from .trust.registry import load as load_registry


@dataclass
class Runtime:
    desk: Desk
    jobs: JobRunner | None
    warm: Callable[[], None] | None = None
    knowledge: LazyKnowledgeBase | None = None

    async def start(self) -> None:
        if self.warm is not None:
            self.warm()  # load the models now rather than on the first customer's message
        await self.desk.bus.start()
        await self.desk.writer.start()
        if self.jobs is not None:
            await self.jobs.start()

    async def stop(self) -> None:
        if self.jobs is not None:
            await self.jobs.stop()
        await self.desk.writer.stop()
        await self.desk.bus.stop()
        await self.desk.reader.dispose()


def make_bus(settings: Settings) -> EventBus:
    if settings.redis_url:
        from .bus.redis import RedisBus

        return RedisBus(settings.redis_url)
    return InProcessBus()


class LazyKnowledgeBase:
    """The knowledge base, loaded on first use (commands that never answer never load it)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._kb: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        if self._kb is None:
            with self._lock:
                if self._kb is None:
                    from .assistant.kb import KnowledgeBase

                    extra = [self._settings.kb_dir] if self._settings.kb_dir else []
                    ids = load_catalog(self._settings.catalog_file).categories
                    self._kb = KnowledgeBase.load(*extra, categories=ids).warm_up()
        return self._kb

    def answer(self, text: str, lang: str) -> Any:
        return self.get().answer(text, lang=lang)


def bootstrap(settings: Settings, *, run_jobs: bool = True, serve: bool = True) -> Runtime:
    """Build the desk. ``serve=False`` (CLI housekeeping) skips warming the models."""
    from . import triage

    url = settings.effective_database_url
    reader = create_engine(url, synchronous=settings.sqlite_synchronous)
    writer_engine = create_sync_engine(url, writer=True, synchronous=settings.sqlite_synchronous)
    bus = make_bus(settings)
    writer = Writer(writer_engine, bus, batch_max=settings.commit_batch_max)
    knowledge = LazyKnowledgeBase(settings)

    def warm() -> None:
        triage.warm_up()
        knowledge.get()

    desk = Desk(
        settings=settings,
        catalog=load_catalog(settings.catalog_file),
        reader=reader,
        writer=writer,
        bus=bus,
        triage=triage.analyze,
        outbound_guard=triage.check_outbound,
        clock=utcnow,
        kb_answer=knowledge.answer,
        registry=load_registry(settings.registry_file)
        if settings.registry_file
        else Registry.default(),
    )
    return Runtime(
        desk=desk,
        jobs=JobRunner(desk) if run_jobs else None,
        warm=warm if serve else None,
        knowledge=knowledge,
    )
