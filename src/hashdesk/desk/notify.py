"""Events about cases, built inside the job so they carry the committed state."""

from __future__ import annotations

from typing import Any

from ..domain.events import Event
from ..domain.model import NotFound
from ..store import repo
from ..store.writer import Tx
from .present import case_public, scope_of


def emit_case(tx: Tx, case_id: str) -> dict[str, Any]:
    found = repo.get_case(tx.conn, case_id)
    if found is None:
        raise NotFound("case not found")
    case, status = found
    assignee = repo.get_agent(tx.conn, case.assignee_id) if case.assignee_id else None
    data = case_public(case, status, assignee)
    tx.emit(Event("case", case.conversation_id, data, scope=scope_of(case), audience="agents"))
    return data
