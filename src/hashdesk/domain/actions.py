"""Sensitive account actions under four-eyes control: an agent asks, a different supervisor
approves, the exchange's back end carries it out. Pure rules and data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .model import DomainError

KINDS = ("reset_2fa", "freeze_account", "unfreeze_account", "remove_whitelist_address")
LABELS = {
    "reset_2fa": "2FA reset",
    "freeze_account": "account freeze",
    "unfreeze_account": "account unfreeze",
    "remove_whitelist_address": "withdrawal-address whitelist removal",
}
STATUSES = ("pending", "approved", "rejected")
# What each kind may carry besides the account: (name, required, max length).
PARAMS: dict[str, tuple[tuple[str, bool, int], ...]] = {
    "reset_2fa": (),
    "freeze_account": (),
    "unfreeze_account": (),
    "remove_whitelist_address": (
        ("address", True, 200),
        ("chain", False, 20),
        ("memo", False, 100),
    ),
}
MAX_REASON = 2000


@dataclass(frozen=True, slots=True)
class SensitiveAction:
    id: str
    case_id: str
    kind: str
    account_id: str
    reason: str
    params: dict[str, Any]
    urgent: bool
    status: str
    requested_by_kind: str  # agent | customer
    requested_by: str
    requested_at: datetime
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None
    delivery: dict[str, Any] = field(default_factory=dict)


def validate_request(kind: str, reason: str, params: dict[str, Any] | None) -> dict[str, Any]:
    """The cleaned params of a request; raises ``DomainError`` (422) on anything else."""
    if kind not in KINDS:
        raise _invalid(f"unknown action {kind!r}; use one of {', '.join(KINDS)}", "invalid_kind")
    if not reason.strip():
        raise _invalid("a sensitive action needs a reason", "reason_required")
    if len(reason) > MAX_REASON:
        raise _invalid("reason is too long", "reason_too_long")
    params = params or {}
    allowed = {name: (required, limit) for name, required, limit in PARAMS[kind]}
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise _invalid(f"{kind} takes no parameter {', '.join(unknown)}", "invalid_params")
    out: dict[str, Any] = {}
    for name, (required, limit) in allowed.items():
        value = params.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise _invalid(f"{kind} needs `{name}`", "invalid_params")
            continue
        if not isinstance(value, str) or len(value) > limit:
            raise _invalid(f"`{name}` must be text of at most {limit} characters", "invalid_params")
        out[name] = value.strip()
    return out


def retry_delay(attempt: int, *, base: float, cap: float = 3600.0) -> timedelta:
    """Exponential backoff after the ``attempt``-th failed delivery (1-based)."""
    return timedelta(seconds=min(cap, base * 2 ** max(0, attempt - 1)))


class InvalidAction(DomainError):
    code = "invalid_action"
    status = 422


def _invalid(message: str, code: str) -> InvalidAction:
    return InvalidAction(message, code=code)
