"""Triage: secrets, language, evidence, category, priority and urgency of a message.

Pure functions only (no I/O, no web or SQL imports). Models load on first use; call
`warm_up()` at start-up.
"""

from __future__ import annotations

from hashdesk.triage.pipeline import analyze, explain, warm_up
from hashdesk.triage.types import (
    Evidence,
    GuardResult,
    OutboundVerdict,
    SecretSpan,
    TriageResult,
)


def check_outbound(text: str) -> OutboundVerdict:
    """Does an agent's reply ask the customer for a secret? (`outbound.check`)"""
    from hashdesk.triage.outbound import check

    return check(text)


__all__ = [
    "Evidence",
    "GuardResult",
    "OutboundVerdict",
    "SecretSpan",
    "TriageResult",
    "analyze",
    "check_outbound",
    "explain",
    "warm_up",
]
