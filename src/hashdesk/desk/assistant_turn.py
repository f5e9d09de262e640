"""The assistant's turn: gather what the policy needs (reads, the knowledge base), decide.

Everything slow or CPU-bound happens here, on the event loop, before the write job; the
job then applies the decision only if the conversation is still where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Connection

from ..assistant import policy
from ..assistant.policy import Decision, History, KbHit, Situation
from ..store import repo
from ..store.reads import read
from ..triage.types import TriageResult
from .service import Desk

PRESENCE_WINDOW = timedelta(seconds=90)
MINUTES_PER_CASE = 3  # queue-length estimate until routing provides a better one


@dataclass(frozen=True, slots=True)
class Turn:
    decision: Decision
    last_seq: int  # the conversation's last_seq the decision was made on (-1: new)


def kb_hit(desk: Desk, text: str, lang: str) -> KbHit | None:
    hit = desk.kb_answer(text, lang)
    if hit is None:
        return None
    return KbHit(
        article=hit.article_id,
        title=hit.title,
        url=hit.url_path,
        snippet=hit.summary,
        language=hit.language,
        cross_language=hit.cross_language,
        score=hit.score,
    )


async def availability(desk: Desk, team: str, lang: str) -> tuple[bool, int]:
    """Is a person with this team and language online, and how many cases wait before us?"""
    since = desk.clock() - PRESENCE_WINDOW

    def q(conn: Connection) -> tuple[bool, int]:
        return repo.agents_online(conn, team, lang, since), repo.waiting_in_team(conn, team)

    return await read(desk.reader, q)


async def decide(
    desk: Desk,
    *,
    text: str,
    result: TriageResult,
    language: str,
    category: str,
    team: str,
    evidence: list[dict[str, Any]],
    metas: list[dict[str, Any]],
) -> Decision:
    online, ahead = await availability(desk, team, language)
    situation = Situation(
        text=result.redacted_text,
        language=language,
        category=category,
        urgent=result.urgent,
        secret_kinds=frozenset(s.kind for s in result.secrets),
        catalog_materials=desk.catalog.get(category).materials,
        evidence=tuple(evidence),
        history=History.fold(metas),
        kb_hit=kb_hit(desk, result.redacted_text, language),
        agents_available=online,
        queue_ahead=ahead,
        wait_minutes=max(2, MINUTES_PER_CASE * (ahead + 1)),
    )
    return policy.decide(situation)
