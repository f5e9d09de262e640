"""Impersonation reports: what was reported, where it was seen, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .tables import trust_reports


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    conversation_id: str
    case_id: str
    source: str  # public | conversation
    value: str
    kind: str
    verdict: str
    resembles: str | None
    seen_where: str | None
    created_at: datetime


def insert_report(conn: Connection, r: Report) -> None:
    conn.execute(
        trust_reports.insert().values(
            id=r.id,
            conversation_id=r.conversation_id,
            case_id=r.case_id,
            source=r.source,
            value=r.value,
            kind=r.kind,
            verdict=r.verdict,
            resembles=r.resembles,
            seen_where=r.seen_where,
            created_at=r.created_at,
        )
    )


def reports_of_case(conn: Connection, case_id: str) -> list[Report]:
    q = (
        sa.select(trust_reports)
        .where(trust_reports.c.case_id == case_id)
        .order_by(trust_reports.c.created_at)
    )
    return [Report(**row._mapping) for row in conn.execute(q).all()]
