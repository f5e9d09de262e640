"""The audit chain's walk finds every altered, removed and inserted entry (pure)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from hashdesk.domain.audit import (
    GENESIS,
    Actor,
    AuditEntry,
    ChainWalk,
    check_details,
    entry_hash,
    hash_of,
)

T0 = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)


def chain(n: int) -> list[AuditEntry]:
    out: list[AuditEntry] = []
    prev = GENESIS
    for i in range(1, n + 1):
        fields = {
            "id": i,
            "at": T0 + timedelta(seconds=i),
            "actor": Actor("agent", f"agt_{i % 3}"),
            "action": "case.viewed",
            "target_kind": "case",
            "target_id": f"case_{i}",
            "details": {"n": i, "kinds": ["x", "y"]},
            "prev_hash": prev,
        }
        h = entry_hash(**fields)
        out.append(AuditEntry(hash=h, **fields))
        prev = h
    return out


def walk(entries: list[AuditEntry], head: tuple[int, str] | None) -> list[tuple[int, str]]:
    w = ChainWalk(head=head)
    for e in entries:
        w.feed(e)
    return [(p.id, p.kind) for p in w.finish()]


def head_of(entries: list[AuditEntry]) -> tuple[int, str]:
    return entries[-1].id, entries[-1].hash


def test_an_intact_chain_has_no_problems() -> None:
    entries = chain(10)
    assert walk(entries, head_of(entries)) == []
    assert walk([], None) == []


def test_altered_details_are_found() -> None:
    entries = chain(10)
    head = head_of(entries)
    entries[4] = dataclasses.replace(entries[4], details={"n": 999, "kinds": ["x", "y"]})
    assert walk(entries, head) == [(5, "altered")]


def test_an_entry_rewritten_with_a_fresh_hash_is_found_by_its_successor() -> None:
    entries = chain(10)
    head = head_of(entries)
    forged = dataclasses.replace(entries[4], action="case.claimed")
    entries[4] = dataclasses.replace(forged, hash=hash_of(forged))
    assert walk(entries, head) == [(5, "altered")]


def test_removed_middle_and_tail_entries_are_named() -> None:
    entries = chain(10)
    head = head_of(entries)
    del entries[9]  # the tail (id 10)
    del entries[3]  # id 4
    assert walk(entries, head) == [(4, "removed"), (10, "removed")]


def test_entries_beyond_the_head_are_inserted() -> None:
    entries = chain(6)
    assert walk(entries, head_of(entries[:4])) == [(5, "inserted"), (6, "inserted")]


def test_a_rewritten_last_entry_disagrees_with_the_head() -> None:
    entries = chain(3)
    head = head_of(entries)
    forged = dataclasses.replace(entries[2], target_id="case_other")
    entries[2] = dataclasses.replace(forged, hash=hash_of(forged))
    assert walk(entries, head) == [(3, "altered")]


def test_a_missing_head_is_reported() -> None:
    assert walk(chain(2), None) == [(0, "head")]


def test_the_first_entry_must_start_from_genesis() -> None:
    entries = chain(2)
    forged = dataclasses.replace(entries[0], prev_hash="f" * 64)
    entries[0] = dataclasses.replace(forged, hash=hash_of(forged))
    assert (1, "altered") in walk(entries, head_of(entries))


def test_a_huge_gap_is_one_range() -> None:
    entries = chain(3)
    moved = dataclasses.replace(entries[2], id=5000)
    problems = ChainWalk(head=(5000, moved.hash))
    for e in [*entries[:2], moved]:
        problems.feed(e)
    found = problems.finish()
    assert found[0].kind == "removed" and found[0].id == 3 and found[0].last_id == 4999


@pytest.mark.parametrize("key", ["text", "email", "name", "note", "address"])
def test_details_refuse_personal_data_keys(key: str) -> None:
    with pytest.raises(ValueError):
        check_details({key: "x"})


def test_details_must_be_json() -> None:
    with pytest.raises((TypeError, ValueError)):
        check_details({"when": datetime.now(UTC)})
    assert check_details({"n": 1, "ok": True, "kinds": ["a"]}) == {
        "n": 1,
        "ok": True,
        "kinds": ["a"],
    }
