"""Time, injected so tests and timers can reason about it."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id(prefix: str) -> str:
    """Unguessable ids: an id alone never grants access, but it should not leak counts."""
    return f"{prefix}_{secrets.token_hex(10)}"
