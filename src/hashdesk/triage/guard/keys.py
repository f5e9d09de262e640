"""Key material: raw hex keys, WIF, BIP-32 extended private keys, keystore JSON,
Solana keypair arrays and base58 keypairs, XRP family seeds."""

from __future__ import annotations

import re

from hashdesk.triage.evidence import codecs
from hashdesk.triage.guard.context import KEY_CONTEXT_RE, key_or_hash

Found = tuple[int, int, str, str]  # start, end, kind, reason

_B58 = codecs.B58_CLASS
_HEX_RE = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?([0-9a-fA-F]{64}|[0-9a-fA-F]{128})(?![0-9A-Za-z])")
_WIF_RE = re.compile(rf"(?<![{_B58}])[5KLc9TQ6][{_B58}]{{50,51}}(?![{_B58}])")
_XPRV_RE = re.compile(rf"(?<![{_B58}])(?:[xyzYZtuvUV]prv|Ltpv|Mtpv)[{_B58}]{{90,115}}(?![{_B58}])")
_B58_64_RE = re.compile(rf"(?<![{_B58}])[{_B58}]{{85,90}}(?![{_B58}])")
_XRP_SEED_RE = re.compile(rf"(?<![{_B58}])s(?:Ed)?[{_B58}]{{27,29}}(?![{_B58}])")
_SOL_ARRAY_RE = re.compile(r"\[\s*(?:\d{1,3}\s*,\s*){31,63}\d{1,3}\s*,?\s*\]")
_URL_RE = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:io|com|org|info|space|net)/\S+")
_KEYSTORE_RE = re.compile(r"[\"']?ciphertext[\"']?\s*:", re.IGNORECASE)
_KEYSTORE_FIELDS_RE = re.compile(r"[\"']?(?:kdf|mac|cipherparams|kdfparams)[\"']?\s*:", re.I)
_API_NEAR_RE = re.compile(r"\bapi\b|api[\s_-]*(?:secret|key)", re.IGNORECASE)
_WIF_VERSIONS = {0x80, 0xEF, 0xB0, 0x9E}


def _in_url(text: str, start: int, urls: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in urls)


def _hex_keys(
    text: str, strong: bool, urls: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[Found]:
    out: list[Found] = []
    for m in _HEX_RE.finditer(text):
        body = m.group(1)
        if body.isdigit() or body.isalpha() or _in_url(text, m.start(), urls):
            continue
        if _in_url(text, m.start(), covered):
            continue  # inside a keystore already found
        ctx = key_or_hash(text, m.start(), m.end())
        if ctx == "key":
            lo = max(0, m.start() - 40)
            if _API_NEAR_RE.search(text, lo, m.start()):
                continue  # "API secret key: …" is an exchange API secret (credentials.py)
            out.append((m.start(), m.end(), "private_key", "hex:key-context"))
        elif ctx is None and (strong or len(body) == 128):
            if len(body) == 128 and not strong:
                continue  # a 128-hex blob without key words: a signature, leave it
            out.append((m.start(), m.end(), "private_key", "hex:with-other-secret"))
    return out


def _wif(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _WIF_RE.finditer(text):
        s = m.group()
        raw = codecs.b58decode(s)
        if raw is None:
            continue
        payload, ok = codecs.split_check(raw)
        shape = len(payload) == 33 or (len(payload) == 34 and payload[-1] == 1)
        if ok and shape and payload[0] in _WIF_VERSIONS:
            out.append((m.start(), m.end(), "private_key", "wif"))
        elif s[0] in "5KLc9" and key_or_hash(text, m.start(), m.end()) == "key":
            out.append((m.start(), m.end(), "private_key", "wif:bad-checksum"))
    return out


def _xprv(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _XPRV_RE.finditer(text):
        ok = codecs.extended_key_ok(m.group())
        out.append((m.start(), m.end(), "extended_private_key", "xprv" if ok else "xprv:bad"))
    return out


def _solana_b58(text: str, strong: bool) -> list[Found]:
    out: list[Found] = []
    for m in _B58_64_RE.finditer(text):
        raw = codecs.b58decode(m.group())
        if raw is None or len(raw) != 64:
            continue
        ctx = key_or_hash(text, m.start(), m.end())
        if ctx == "key" or (ctx is None and strong):
            out.append((m.start(), m.end(), "private_key", "solana:base58-keypair"))
    return out


def _xrp_seed(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _XRP_SEED_RE.finditer(text):
        s = m.group()
        payload = codecs.b58check(s, ripple=True)
        if payload is not None and (
            (len(payload) == 17 and payload[0] == 0x21)
            or (len(payload) == 19 and payload[:3] == b"\x01\xe1\x4b")
        ):
            out.append((m.start(), m.end(), "private_key", "xrp:seed"))
    return out


def _solana_arrays(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _SOL_ARRAY_RE.finditer(text):
        nums = [int(x) for x in re.findall(r"\d+", m.group())]
        if not all(0 <= n <= 255 for n in nums):
            continue
        if len(nums) == 64 or (len(nums) == 32 and key_or_hash(text, m.start(), m.end()) == "key"):
            out.append((m.start(), m.end(), "private_key", f"solana:array{len(nums)}"))
    return out


def _keystores(text: str) -> list[Found]:
    out: list[Found] = []
    hits = list(_KEYSTORE_RE.finditer(text))
    if not hits:
        return out
    # Pair braces once; an unclosed object (a truncated paste) runs to the end.
    stack: list[int] = []
    outer: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch == "{":
            stack.append(i)
        elif ch == "}" and stack:
            s = stack.pop()
            if not stack:
                outer.append((s, i + 1))
    if stack:
        outer.append((stack[0], len(text)))
    for h in hits:
        span = next(((s, e) for s, e in outer if s <= h.start() < e), None)
        if span is None:  # pasted without braces: the paragraph around it
            s = text.rfind("\n\n", 0, h.start())
            e = text.find("\n\n", h.end())
            span = (0 if s < 0 else s + 2, len(text) if e < 0 else e)
        if _KEYSTORE_FIELDS_RE.search(text, span[0], span[1]):
            out.append((span[0], span[1], "keystore", "keystore-json"))
    return out


_LONG_RUN_RE = re.compile(r"[0-9A-Za-z]{25,}")


def find(text: str, strong: bool) -> list[Found]:
    """Key material in `text`. `strong`: the message already holds another wallet secret."""
    out: list[Found] = []
    if "iphertext" in text or "IPHERTEXT" in text:
        out.extend(_keystores(text))
    if "[" in text:
        out.extend(_solana_arrays(text))
    # Every other key shape is a run of letters and digits at least this long: XRP seed 28,
    # WIF 51, raw hex 64, Solana keypair 85, extended key 94. The detectors' patterns start
    # with look-behinds (slow to scan), so each runs only when a run is long enough.
    longest = max(map(len, _LONG_RUN_RE.findall(text)), default=0)
    if longest < 25:
        return out
    if longest >= 94:
        out.extend(_xprv(text))
    if longest >= 51:
        out.extend(_wif(text))
    if longest >= 28:
        out.extend(_xrp_seed(text))
    strong = strong or any(f[2] == "keystore" for f in out)
    if longest >= 64 and _HEX_RE.search(text):
        urls = [m.span() for m in _URL_RE.finditer(text)]
        covered = [(f[0], f[1]) for f in out if f[2] == "keystore"]
        out.extend(_hex_keys(text, strong, urls, covered))
    if longest >= 85:
        out.extend(_solana_b58(text, strong))
    return out


__all__ = ["KEY_CONTEXT_RE", "find"]
