"""Evidence extraction: validated identifiers and facts in a customer's message.

`extract(text, now=..., tz=...)` returns `Evidence` items (kinds from catalog.md):
tx ids and addresses with their chain and an offline checksum verdict (`chains`), order
and withdrawal ids, e-mail addresses, amounts with their asset, memos / destination tags
attached to the address they belong to (`ids`), and times normalised to UTC
(`timestamps`). Pure and never raising.

Secret spans are never evidence: the pipeline passes redacted text, and `extract` also
masks whatever the guard finds (or the `secrets` the caller already has) before looking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from hashdesk.triage.evidence import chains, ids, timestamps
from hashdesk.triage.types import Evidence, SecretSpan

_MEMO_CHAINS = ("xrp", "ton")
_MASK = "\x00"


def _safe(fn: Callable[[], Iterable[Any]]) -> list[Any]:
    try:
        return list(fn())
    except Exception:  # noqa: BLE001 - one extractor's bug must not hide the rest
        return []


def _mask(text: str, spans: Sequence[SecretSpan]) -> str:
    if not spans:
        return text
    chars = list(text)
    for sp in spans:
        for i in range(max(0, sp.start), min(len(chars), sp.end)):
            chars[i] = _MASK
    return "".join(chars)


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < te and ts < e for ts, te in spans)


def extract(
    text: str,
    *,
    now: datetime | None = None,
    tz: str = "UTC",
    secrets: Sequence[SecretSpan] | None = None,
    lang: str | None = None,
) -> list[Evidence]:
    """Evidence in `text`, in order of appearance; never raises.

    `now` anchors relative times ("2 hours ago"; default: the current time), `tz` is the
    customer's IANA time zone (or "UTC+8"), `secrets` are spans already found by the
    guard (found here when omitted), `lang` the message's language when known (it decides
    whether 05/06 is day-first or month-first where the time zone does not).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    if secrets is None:
        from hashdesk.triage.guard import scan

        secrets = scan(text).secrets
    body = _mask(text, secrets)
    items: list[Evidence] = []
    taken: list[tuple[int, int]] = []

    found = _safe(lambda: chains.find(body))
    for f in found:
        items.append(Evidence(f.kind, f.value, f.chain, f.valid, f.start, f.end, dict(f.extra)))
        taken.append((f.start, f.end))

    _attach_memos(body, items, taken)

    now_ = now if now is not None else datetime.now(UTC)
    simple: list[tuple[str, Callable[[], list[ids.Span]]]] = [
        ("email", lambda: ids.emails(body)),
        ("withdrawal_id", lambda: ids.withdrawal_ids(body)),
        ("order_id", lambda: ids.order_ids(body)),
        ("timestamp", lambda: timestamps.timestamps(body, now_, tz or "UTC", lang)),
        ("amount", lambda: ids.amounts(body)),
    ]
    for kind, fn in simple:
        for s, e, value, extra in _safe(fn):
            if _overlaps(s, e, taken):
                continue
            items.append(Evidence(kind, value, None, None, s, e, dict(extra)))
            taken.append((s, e))
    items.sort(key=lambda ev: ev.start or 0)
    return items


def _attach_memos(body: str, items: list[Evidence], taken: list[tuple[int, int]]) -> None:
    """Put a memo / destination tag written in the text on the address it belongs to."""
    targets = [i for i, ev in enumerate(items) if ev.kind == "address" and ev.chain in _MEMO_CHAINS]
    if not targets:
        return
    for s, e, _value, extra in _safe(lambda: ids.memos(body)):
        if _overlaps(s, e, taken):
            continue
        best = min(targets, key=lambda i: abs((items[i].start or 0) - s))
        ev = items[best]
        new_extra = dict(ev.extra)
        key, val = next(iter(extra.items()))
        if ev.chain == "xrp":
            if "tag" in new_extra:
                continue  # an X-address carries its own tag; keep that one
            if not str(val).isdigit() or int(str(val)) > 0xFFFFFFFF:
                continue
            new_extra["tag"] = int(str(val))
        else:
            new_extra["memo"] = str(val)
        items[best] = Evidence(ev.kind, ev.value, ev.chain, ev.valid, ev.start, ev.end, new_extra)
        taken.append((s, e))


def warm_up() -> None:
    """Import the checksum libraries now (bip-utils, eth-utils, pytoniq-core)."""
    from hashdesk.triage.evidence import codecs

    codecs.b58decode("1")
    codecs.eip55_valid("0x52908400098527886E0F7030069857D2E4169EE7")
    codecs.ton_friendly("EQ" + "A" * 46)
    extract("warm up 1 USDT yesterday 3pm", secrets=())


__all__ = ["extract", "warm_up"]
