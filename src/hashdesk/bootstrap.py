"""The composition root: builds the desk from settings. Nothing is built at import time."""

from __future__ import annotations

from dataclasses import dataclass

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

    async def start(self) -> None:
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


def bootstrap(settings: Settings, *, run_jobs: bool = True) -> Runtime:
    from . import triage

    url = settings.effective_database_url
    reader = create_engine(url)
    writer_engine = create_sync_engine(url, writer=True)
    bus = make_bus(settings)
    writer = Writer(writer_engine, bus, batch_max=settings.commit_batch_max)
    triage.warm_up()
    from .assistant.kb import KnowledgeBase

    knowledge = KnowledgeBase.load(
        *([settings.kb_dir] if settings.kb_dir else []),
        categories=None,
    ).warm_up()
    desk = Desk(
        settings=settings,
        catalog=load_catalog(settings.catalog_file),
        reader=reader,
        writer=writer,
        bus=bus,
        triage=triage.analyze,
        outbound_guard=triage.check_outbound,
        clock=utcnow,
        kb_answer=lambda text, lang: knowledge.answer(text, lang=lang),
        registry=load_registry(settings.registry_file)
        if settings.registry_file
        else Registry.default(),
    )
    return Runtime(desk=desk, jobs=JobRunner(desk) if run_jobs else None)
