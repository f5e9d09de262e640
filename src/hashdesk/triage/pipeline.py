"""`analyze(text)`: the whole triage of one customer message, as one pure function.

Order matters: the secret guard runs first and everything after it sees only the
redacted text, so no later stage (or log line) can leak a seed phrase or password.

    guard.scan -> language.detect -> evidence.extract -> classifier.categorize
               -> classifier.urgency -> classifier.priority_for

Evidence is found in the redacted text and its offsets are mapped back to the original
text. Models load on first use; call `warm_up()` at start-up to pay that cost early.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from hashdesk.triage import classifier, language
from hashdesk.triage.types import Evidence, GuardResult, SecretSpan, TriageResult

# Language and category are decided on the first MAX_CHARS characters (the guard and the
# evidence extractor see everything): the opening lines carry the request, and this bounds
# the cost of a pasted log or e-mail thread.
MAX_CHARS = 600

_MARKER = re.compile(r"\[redacted [a-z_]+\]")


def _scan(text: str) -> GuardResult:
    try:
        from hashdesk.triage.guard import scan
    except ImportError:  # pragma: no cover - the guard ships with the package
        return GuardResult((), text)
    return scan(text)


def _extract(text: str, now: datetime | None, tz: str, lang: str | None) -> list[Evidence]:
    """Evidence in the *redacted* text: the guard has run, so no secret is left to mask."""
    try:
        from hashdesk.triage.evidence import extract
    except ImportError:  # pragma: no cover - evidence extraction not installed yet
        return []
    try:
        return list(extract(text, now=now, tz=tz, secrets=(), lang=lang))
    except Exception:  # noqa: BLE001 - evidence is best effort; triage must go on
        return []


def offset_mapper(
    spans: Sequence[SecretSpan], marker: Callable[[str], str]
) -> Callable[[int], int]:
    """Map a character offset in the redacted text to the same place in the original.

    `spans` are the secrets (offsets into the original) that were replaced, each by
    `marker(kind)`. An offset inside a marker maps to the start of the secret it replaced.
    """
    segments: list[tuple[int, int, int]] = []  # (redacted start, redacted end, original start)
    shifts: list[int] = []  # cumulative (marker length - secret length) after each segment
    shift = 0
    for sp in sorted(spans, key=lambda s: s.start):
        mlen = len(marker(sp.kind))
        segments.append((sp.start + shift, sp.start + shift + mlen, sp.start))
        shift += mlen - (sp.end - sp.start)
        shifts.append(shift)

    def to_original(pos: int) -> int:
        total = 0
        for (red_start, red_end, orig_start), after in zip(segments, shifts, strict=True):
            if pos < red_start:
                break
            if pos < red_end:
                return orig_start
            total = after
        return pos - total

    return to_original


def _map_evidence(items: list[Evidence], guard: GuardResult) -> tuple[Evidence, ...]:
    if not guard.secrets:
        return tuple(items)
    from hashdesk.triage.guard import marker

    to_original = offset_mapper(guard.secrets, marker)
    out = []
    for ev in items:
        if ev.start is None or ev.end is None:
            out.append(ev)
            continue
        out.append(dataclasses.replace(ev, start=to_original(ev.start), end=to_original(ev.end)))
    return tuple(out)


def analyze(
    text: str,
    *,
    lang_hint: str | None = None,
    tz: str = "UTC",
    now: datetime | None = None,
) -> TriageResult:
    """Triage one message. Pure; raises nothing for any string input."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    guard = _scan(text)
    redacted = guard.redacted_text
    # Markers are the guard's words, not the customer's: keep them out of the models.
    plain = _MARKER.sub(" ", redacted)[:MAX_CHARS] if guard.secrets else redacted[:MAX_CHARS]
    lang = language.detect(plain, lang_hint)
    evidence = _map_evidence(_extract(redacted, now, tz, lang), guard)
    category = classifier.categorize(plain)
    urgent = classifier.urgency(plain, category.label)
    is_urgent = urgent.label == "urgent"
    priority = classifier.priority_for(category.label, is_urgent)
    return TriageResult(
        language=lang,
        category=category.label,
        priority=priority.label,
        urgent=is_urgent,
        secrets=guard.secrets,
        redacted_text=redacted,
        evidence=evidence,
        category_confidence=category.confidence,
    )


def explain(text: str, *, lang_hint: str | None = None) -> dict[str, Any]:
    """Every stage's decision with its confidence and reason (for agents and debugging)."""
    guard = _scan(text)
    plain = _MARKER.sub(" ", guard.redacted_text)[:MAX_CHARS]
    lang, lconf, lreason = language.detect_with_confidence(plain, lang_hint)
    cat = classifier.categorize(plain)
    urg = classifier.urgency(plain, cat.label)
    pri = classifier.priority_for(cat.label, urg.label == "urgent")
    return {
        "language": {"label": lang, "confidence": round(lconf, 4), "reason": lreason},
        "category": dataclasses.asdict(cat),
        "urgency": dataclasses.asdict(urg),
        "priority": dataclasses.asdict(pri),
        "secrets": [s.to_public() | {"reason": s.reason} for s in guard.secrets],
    }


def warm_up() -> None:
    """Load every model now (the server calls this at start-up)."""
    from hashdesk.triage import outbound
    from hashdesk.triage.guard import mnemonic

    outbound.warm_up()
    language.warm_up()
    classifier.warm_up()
    mnemonic.warm_up()
    analyze("warm up: my USDT withdrawal 0x" + "ab" * 32 + " is pending")
