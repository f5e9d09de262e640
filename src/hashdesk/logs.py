"""Structured logging. Log ids, kinds and counts — never message text, names or tokens."""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

# Keys whose values must never be logged, whatever a caller passes.
_FORBIDDEN_KEYS = frozenset({"text", "password", "otp", "token", "secret", "body", "email", "name"})


def _scrub(_: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    for key in list(event_dict):
        if key in _FORBIDDEN_KEYS:
            event_dict[key] = "[scrubbed]"
    return event_dict


def configure(level: str = "INFO", json: bool = False) -> None:
    logging.basicConfig(format="%(message)s", stream=sys.stderr, level=level.upper(), force=True)
    for noisy in ("uvicorn.access",):
        logging.getLogger(noisy).disabled = True  # it logs query strings, which carry tokens
    renderer: Any = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _scrub,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
