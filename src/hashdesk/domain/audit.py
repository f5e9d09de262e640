"""The audit log's hash chain: canonical encoding, entry hashes, and the walk that checks a
stored chain. Pure: storage hands entries in, problems come out.

Every entry's hash is ``sha256(canonical(entry, prev_hash))``; ``prev_hash`` is the hash of
the entry before it (``GENESIS`` for the first). A separate head (last id + hash) is kept
with the log, so removing entries from the end is detected as well as altering, replacing
or removing one in the middle.

Details carry ids, kinds and counts only: never message text, names, e-mail addresses or
other personal data (``check_details`` refuses the obvious keys).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64

# Keys that would carry content or personal data; a use case that tries them is a bug.
FORBIDDEN_DETAIL_KEYS = frozenset(
    {"text", "body", "message", "email", "name", "phone", "address", "note", "password", "otp"}
)
# Past this many missing ids in one gap, the walk reports the gap as a range.
MAX_LISTED_GAP = 1000


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did it: ``agent``, ``customer``, ``anonymous`` (an unknown caller) or ``system``."""

    kind: str
    id: str | None = None


SYSTEM = Actor("system")
ANONYMOUS = Actor("anonymous")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: Actor
    action: str
    target_kind: str | None
    target_id: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def to_public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": iso(self.at),
            "actor": {"kind": self.actor.kind, "id": self.actor.id},
            "action": self.action,
            "target": (
                {"kind": self.target_kind, "id": self.target_id} if self.target_kind else None
            ),
            "details": self.details,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def iso(at: datetime) -> str:
    """Microsecond UTC time: what both databases keep exactly."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def check_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-safe copy of ``details``; refuses content keys and non-JSON values."""
    bad = FORBIDDEN_DETAIL_KEYS & set(details)
    if bad:
        raise ValueError(f"audit details must not carry {sorted(bad)}")
    out = dict(details)
    json.dumps(out, allow_nan=False)  # raises on values the database would mangle
    return out


def canonical(
    *,
    id: int,
    at: datetime,
    actor: Actor,
    action: str,
    target_kind: str | None,
    target_id: str | None,
    details: Mapping[str, Any],
    prev_hash: str,
) -> bytes:
    doc = {
        "id": id,
        "at": iso(at),
        "actor": [actor.kind, actor.id],
        "action": action,
        "target": [target_kind, target_id],
        "details": details,
        "prev": prev_hash,
    }
    return json.dumps(
        doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def entry_hash(**fields: Any) -> str:
    return hashlib.sha256(canonical(**fields)).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    """The hash ``entry`` should have, recomputed from its stored content."""
    return entry_hash(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        target_kind=entry.target_kind,
        target_id=entry.target_id,
        details=entry.details,
        prev_hash=entry.prev_hash,
    )


@dataclass(frozen=True, slots=True)
class Problem:
    """``kind``: ``altered`` (content changed or entry replaced), ``removed`` (missing id),
    ``inserted`` (beyond the head), ``head`` (the head row is missing)."""

    id: int
    kind: str
    message: str
    last_id: int | None = None  # for a removed range: its last id

    def to_public(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "message": self.message}
        if self.last_id is not None:
            out["last_id"] = self.last_id
        return out


@dataclass
class ChainWalk:
    """Feed entries in id order, then ``finish``. ``head`` is (last id, hash) or None."""

    head: tuple[int, str] | None
    count: int = 0
    problems: list[Problem] = field(default_factory=list)
    _prev_id: int = 0
    _prev_hash: str = GENESIS
    _flagged: set[int] = field(default_factory=set)

    def _add(self, p: Problem) -> None:
        if p.kind == "altered" and p.id in self._flagged:
            return
        if p.kind == "altered":
            self._flagged.add(p.id)
        self.problems.append(p)

    def _removed(self, first: int, last: int, where: str) -> None:
        if last - first + 1 > MAX_LISTED_GAP:
            self._add(Problem(first, "removed", f"entries {first}–{last} {where}", last))
            return
        for i in range(first, last + 1):
            self._add(Problem(i, "removed", f"entry {i} {where}"))

    def feed(self, e: AuditEntry) -> None:
        self.count += 1
        gap = e.id > self._prev_id + 1
        if gap:
            self._removed(self._prev_id + 1, e.id - 1, "was removed")
        if hash_of(e) != e.hash:
            self._add(Problem(e.id, "altered", f"entry {e.id} does not match its hash"))
        elif not gap and e.prev_hash != self._prev_hash:
            # The entry before this one was rewritten (hash and all) or replaced.
            before = self._prev_id
            if before == 0:
                self._add(Problem(e.id, "altered", f"entry {e.id} does not start the chain"))
            else:
                self._add(
                    Problem(
                        before,
                        "altered",
                        f"entry {before} was altered or replaced: entry {e.id} no longer "
                        "links to it",
                    )
                )
        if self.head is not None and e.id > self.head[0]:
            self._add(Problem(e.id, "inserted", f"entry {e.id} lies beyond the head"))
        self._prev_id = e.id
        self._prev_hash = e.hash

    def finish(self) -> list[Problem]:
        if self.head is None:
            if self.count:
                self._add(Problem(0, "head", "the head row is missing"))
            return self.problems
        last_id, last_hash = self.head
        if self._prev_id < last_id:
            self._removed(self._prev_id + 1, last_id, "was removed from the end")
        elif self._prev_id == last_id and self._prev_hash != last_hash:
            self._add(
                Problem(last_id, "altered", f"entry {last_id} does not match the head's hash")
            )
        return self.problems
