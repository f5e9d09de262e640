"""Events a use case emits; published on the bus only after its transaction commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .access import CaseScope


@dataclass(frozen=True, slots=True)
class Event:
    """``kind``: ``message`` | ``status`` | ``case``.

    ``data`` is the public JSON of the message, the new status, or the case.
    ``scope`` says which agents may receive it; customers receive events of their
    own conversation (``audience`` ``all``), agents-only events have ``audience`` ``agents``.
    """

    kind: str
    conversation_id: str
    data: dict[str, Any]
    scope: CaseScope | None = None
    audience: str = "all"
    meta: dict[str, Any] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "conversation_id": self.conversation_id,
            "data": self.data,
            "audience": self.audience,
            "scope": (
                None
                if self.scope is None
                else {
                    "case_id": self.scope.case_id,
                    "team": self.scope.team,
                    "vip": self.scope.vip,
                    "assignee_id": self.scope.assignee_id,
                }
            ),
        }

    @classmethod
    def from_wire(cls, raw: dict[str, Any]) -> Event:
        scope = raw.get("scope")
        return cls(
            kind=raw["kind"],
            conversation_id=raw["conversation_id"],
            data=raw["data"],
            audience=raw.get("audience", "all"),
            scope=CaseScope(**scope) if scope else None,
        )
