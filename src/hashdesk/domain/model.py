"""Plain data of the desk. No I/O; storage maps rows to and from these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Role = Literal["agent", "supervisor", "admin"]
ROLES: tuple[Role, ...] = ("agent", "supervisor", "admin")
Tier = Literal["standard", "vip"]
Channel = Literal["web", "app", "email", "telegram"]
CHANNELS: tuple[str, ...] = ("web", "app", "email", "telegram")
Author = Literal["customer", "assistant", "agent", "system"]


class DomainError(Exception):
    """A rule of the desk was broken; the edge maps it to a 4xx."""

    code = "invalid"
    status = 400

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class NotFound(DomainError):
    code = "not_found"
    status = 404


class Forbidden(DomainError):
    code = "forbidden"
    status = 403


class Conflict(DomainError):
    code = "conflict"
    status = 409


class Unauthorized(DomainError):
    code = "unauthorized"
    status = 401


class TooManyAttempts(DomainError):
    code = "too_many_attempts"
    status = 429


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    account_id: str | None
    email: str | None
    name: str | None
    tier: Tier
    language: str | None

    @property
    def anonymous(self) -> bool:
        return self.account_id is None

    @property
    def vip(self) -> bool:
        return self.tier == "vip"


@dataclass(frozen=True, slots=True)
class Agent:
    id: str
    email: str
    name: str
    role: Role
    teams: frozenset[str]
    languages: frozenset[str]
    capacity: int = 5
    active: bool = True

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    conversation_id: str
    seq: int
    author: Author
    text: str
    created_at: datetime
    client_id: str | None = None
    agent_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    internal: bool = False


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    customer_id: str
    channel: str
    status: str
    language: str
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None = None
    last_seq: int = 0


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    conversation_id: str
    category: str
    priority: str
    language: str
    team: str
    vip: bool
    assignee_id: str | None
    first_response_due: datetime | None
    first_responded_at: datetime | None
    created_at: datetime
    escalated_to: str | None = None
    breached_at: datetime | None = None
    evidence: tuple[dict[str, Any], ...] = ()
    summary: str = ""
