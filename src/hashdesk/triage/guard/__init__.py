"""Inbound secret guard: find wallet and account secrets in a customer's message.

`scan(text)` returns every secret as a `SecretSpan` (character offsets into `text`, kinds
from catalog.md) and the text with each span replaced by a stable marker,
``[redacted <kind>]`` (see `marker`). Pure and never raising: every detector runs
inside its own guard, so a bug in one cannot hide what the others found.

Detectors (one module each): `mnemonic` (BIP-39 phrases, all ten word lists), `keys`
(raw hex keys vs tx hashes by context, WIF, xprv & co., keystore JSON, Solana keypairs,
XRP seeds) and `credentials` (passwords, one-time codes and API secrets introduced as
such).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hashdesk.triage.guard import credentials, keys, mnemonic
from hashdesk.triage.types import GuardResult, SecretSpan

# When spans overlap, the merged span takes the most specific / most dangerous kind.
_PRIORITY = (
    "keystore",
    "mnemonic",
    "extended_private_key",
    "private_key",
    "api_secret",
    "password",
    "otp_code",
)
_RANK = {k: i for i, k in enumerate(_PRIORITY)}
_CONFIDENCE = {
    "checksum": 1.0,
    "separated": 0.95,
    "presented": 0.9,
    "adjacent": 0.9,
}
MAX_SCAN_CHARS = 200_000  # longer input is scanned in full, but only up to this many chars


def marker(kind: str) -> str:
    """The stable replacement text for a secret of `kind`."""
    return f"[redacted {kind}]"


def _safe(fn: Callable[[], Iterable[tuple[int, int, str, str]]]) -> list[tuple[int, int, str, str]]:
    try:
        return list(fn())
    except Exception:  # noqa: BLE001 - a detector bug must not take the guard down
        return []


def _confidence(reason: str) -> float:
    tail = reason.rsplit(":", 1)[-1]
    return _CONFIDENCE.get(tail, 0.9 if "bad" not in reason else 0.8)


def _merge(found: list[tuple[int, int, str, str]]) -> list[SecretSpan]:
    found = sorted((f for f in found if f[1] > f[0]), key=lambda f: (f[0], -f[1]))
    merged: list[tuple[int, int, str, str]] = []
    for s, e, kind, reason in found:
        if merged and s < merged[-1][1]:
            ps, pe, pkind, preason = merged[-1]
            inside = ps <= s and e <= pe and (s, e) != (ps, pe)
            # A span inside another (an "secret=" inside an otpauth URI, hex inside a
            # keystore) takes the outer kind; otherwise the more dangerous kind wins.
            if not inside and _RANK.get(kind, 99) < _RANK.get(pkind, 99):
                pkind, preason = kind, reason
            merged[-1] = (ps, max(pe, e), pkind, preason)
            continue
        merged.append((s, e, kind, reason))
    return [SecretSpan(k, s, e, _confidence(r), r) for s, e, k, r in merged]


def redact(text: str, spans: Iterable[SecretSpan]) -> str:
    """`text` with every span replaced by its marker (spans must not overlap)."""
    parts: list[str] = []
    pos = 0
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.start < pos:
            continue
        parts.append(text[pos : sp.start])
        parts.append(marker(sp.kind))
        pos = sp.end
    parts.append(text[pos:])
    return "".join(parts)


def scan(text: str) -> GuardResult:
    """Find the secrets in `text`; never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if not text.strip():
        return GuardResult((), text)
    body = text if len(text) <= MAX_SCAN_CHARS else text[:MAX_SCAN_CHARS]
    found = _safe(lambda: [(s, e, "mnemonic", r) for s, e, r in mnemonic.find(body)])
    strong = bool(found)
    found += _safe(lambda: keys.find(body, strong))
    found += _safe(lambda: credentials.find(body))
    try:
        spans = _merge(found)
        return GuardResult(tuple(spans), redact(text, spans))
    except Exception:  # noqa: BLE001
        return GuardResult((), text)


def warm_up() -> None:
    """Load the word lists and decoder libraries now (call from the composition root), so
    the first customer message does not pay for them."""
    from hashdesk.triage.evidence import codecs
    from hashdesk.triage.guard.wordlists import tables

    tables()
    codecs.b58decode("1")
    scan("warm up: my password is Warm-up1 and 2fa code 123456, seed abandon")


__all__ = ["marker", "redact", "scan", "warm_up"]
