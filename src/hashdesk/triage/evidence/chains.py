"""Transaction ids and addresses, validated offline, with the chain they belong to.

Order of work (crypto-domain.md §1.5): explorer URLs first (host and path name the
network), then the shapes that carry a prefix (``0x``, ``bc1``, TON raw/user-friendly),
then Base58 tokens by length and leading character, and bare 64-hex last. A string that
has an address shape but fails its checksum is reported with ``valid=False``; an EVM
tx hash or a bare 64-hex id has no checksum and is reported as valid when well formed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hashdesk.triage.evidence import codecs

_B58 = codecs.B58_CLASS


@dataclass(slots=True)
class Found:
    kind: str
    value: str
    chain: str
    valid: bool
    start: int
    end: int
    extra: dict[str, Any] = field(default_factory=dict)


# --- explorer URLs ---------------------------------------------------------------------------

# host suffix → (chain, network)
_HOSTS: tuple[tuple[str, str, str], ...] = (
    ("optimistic.etherscan.io", "evm", "optimism"),
    ("sepolia.etherscan.io", "evm", "sepolia"),
    ("holesky.etherscan.io", "evm", "holesky"),
    ("testnet.bscscan.com", "evm", "bsc-testnet"),
    ("etherscan.io", "evm", "ethereum"),
    ("bscscan.com", "evm", "bsc"),
    ("polygonscan.com", "evm", "polygon"),
    ("arbiscan.io", "evm", "arbitrum"),
    ("basescan.org", "evm", "base"),
    ("snowtrace.io", "evm", "avalanche"),
    ("snowscan.xyz", "evm", "avalanche"),
    ("ftmscan.com", "evm", "fantom"),
    ("lineascan.build", "evm", "linea"),
    ("opbnbscan.com", "evm", "opbnb"),
    ("tronscan.org", "tron", "tron"),
    ("tronscan.io", "tron", "tron"),
    ("solscan.io", "solana", "solana"),
    ("explorer.solana.com", "solana", "solana"),
    ("solana.fm", "solana", "solana"),
    ("solanabeach.io", "solana", "solana"),
    ("mempool.space", "bitcoin", "bitcoin"),
    ("blockstream.info", "bitcoin", "bitcoin"),
    ("btcscan.org", "bitcoin", "bitcoin"),
    ("litecoinspace.org", "litecoin", "litecoin"),
    ("dogechain.info", "dogecoin", "dogecoin"),
    ("xrpscan.com", "xrp", "xrp"),
    ("livenet.xrpl.org", "xrp", "xrp"),
    ("bithomp.com", "xrp", "xrp"),
    ("tonviewer.com", "ton", "ton"),
    ("tonscan.org", "ton", "ton"),
)
# Multi-chain explorers name the chain in the path.
_PATH_CHAINS: dict[str, tuple[str, str]] = {
    "bitcoin": ("bitcoin", "bitcoin"),
    "btc": ("bitcoin", "bitcoin"),
    "litecoin": ("litecoin", "litecoin"),
    "ltc": ("litecoin", "litecoin"),
    "dogecoin": ("dogecoin", "dogecoin"),
    "doge": ("dogecoin", "dogecoin"),
    "ethereum": ("evm", "ethereum"),
    "eth": ("evm", "ethereum"),
    "bnb": ("evm", "bsc"),
    "bsc": ("evm", "bsc"),
    "polygon": ("evm", "polygon"),
    "arbitrum": ("evm", "arbitrum"),
    "tron": ("tron", "tron"),
    "solana": ("solana", "solana"),
    "ripple": ("xrp", "xrp"),
    "xrp-ledger": ("xrp", "xrp"),
    "ton": ("ton", "ton"),
}
_MULTI_HOSTS = ("blockchair.com", "blockcypher.com", "blockchain.com", "oklink.com")
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'）)\]】」，。、]+"
    r"|\b(?:[a-z0-9-]+\.)*(?:etherscan\.io|bscscan\.com|polygonscan\.com|arbiscan\.io|basescan\.org|"
    r"tronscan\.org|solscan\.io|mempool\.space|blockchair\.com|xrpscan\.com|tonviewer\.com|"
    r"tonscan\.org|blockstream\.info|snowtrace\.io|explorer\.solana\.com)/[^\s<>\"'）)\]】」，。、]+",
    re.IGNORECASE,
)
_URL_TX_RE = re.compile(r"/(?:tx|txs|transaction|transactions|txn)/([^/?#\s]+)", re.IGNORECASE)
_URL_ADDR_RE = re.compile(r"/(?:address|account|addr|accounts|wallet)/([^/?#\s]+)", re.I)


def _host_chain(url: str) -> tuple[str, str, str] | None:
    """(host, chain, network) for an explorer URL."""
    m = re.match(r"(?:https?://)?(?:www\.)?([^/#?]+)(.*)", url, re.IGNORECASE)
    if not m:
        return None
    host, rest = m.group(1).lower().rstrip("."), m.group(2)
    for suffix, chain, net in _HOSTS:
        if host == suffix or host.endswith("." + suffix):
            if suffix == "mempool.space" and "/testnet" in rest:
                net = "bitcoin-testnet"
            return host, chain, net
    if any(host == h or host.endswith("." + h) for h in _MULTI_HOSTS):
        for seg in re.split(r"[/#?]+", rest.lower()):
            if seg in _PATH_CHAINS:
                chain, net = _PATH_CHAINS[seg]
                return host, chain, net
    return None


def _from_url(url: str, base: int, out: list[Found]) -> None:
    hc = _host_chain(url)
    if hc is None:
        return
    _, chain, net = hc
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    path = path.replace("#/", "/")
    tx = _URL_TX_RE.search(path)
    if tx:
        value = tx.group(1)
        s = base + url.find(value)
        f = classify_txid(value, chain)
        if f is not None:
            f.start, f.end = s, s + len(value)
            f.extra["network"] = net
            out.append(f)
        return
    ad = _URL_ADDR_RE.search(path)
    cand = ad.group(1) if ad else None
    if cand is None and chain == "ton":  # tonviewer.com/<address>
        seg = path.strip("/").split("/")[0] if path.strip("/") else ""
        cand = seg or None
    if cand:
        s = base + url.find(cand)
        f = _classify_address(cand)
        if f is not None and f.kind == "address":
            f.start, f.end = s, s + len(cand)
            f.extra["network"] = net
            if chain == "evm" and f.chain == "evm" or f.chain == chain:
                out.append(f)


def _classify_address(tok: str) -> Found | None:
    """Any address shape (used for the address part of explorer URLs)."""
    if re.fullmatch(r"0x[0-9a-fA-F]{40}", tok):
        return Found("address", tok, "evm", codecs.eip55_valid(tok), 0, 0)
    if _BECH32_RE.fullmatch(tok):
        return _bech32(tok)
    if _TON_RE.fullmatch(tok) or _TON_RAW_RE.fullmatch(tok):
        if ":" in tok:
            return Found("address", tok, "ton", True, 0, 0)
        return Found("address", tok, "ton", codecs.ton_friendly(tok) is not None, 0, 0)
    if re.fullmatch(rf"[{_B58}]{{25,90}}", tok):
        found = classify_token(tok)
        return found[0] if found else None
    return None


def classify_txid(value: str, chain: str) -> Found | None:
    """A tx id found in an explorer URL of `chain`."""
    if re.fullmatch(r"0x[0-9a-fA-F]{64}", value):
        return Found("txid", value, "evm" if chain in ("evm", "hex64") else chain, True, 0, 0)
    if re.fullmatch(r"[0-9a-fA-F]{64}", value):
        return Found("txid", value, chain, True, 0, 0)
    if chain == "solana":
        raw = codecs.b58decode(value)
        if raw is not None and len(raw) == 64:
            return Found("txid", value, "solana", True, 0, 0)
    if chain == "ton" and re.fullmatch(r"[A-Za-z0-9_\-+/]{43}=?", value):
        return Found("txid", value, "ton", True, 0, 0)
    return None


# --- bare identifiers ------------------------------------------------------------------------

_EVM_TX_RE = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_EVM_ADDR_RE = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
_TON_RAW_RE = re.compile(r"(?<![0-9A-Za-z:-])(?:-1|0):[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_HEX64_RE = re.compile(r"(?<![0-9A-Za-z])[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_BECH32_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:bc|tb|ltc|tltc|bcrt)1[0-9A-Za-z]{11,87}(?![0-9A-Za-z])", re.I
)
_TON_RE = re.compile(r"(?<![A-Za-z0-9_+/=-])[EUk0][Qf][A-Za-z0-9_+/-]{46}(?![A-Za-z0-9_+/=-])")
_LONG_RE = re.compile(r"[0-9A-Za-z_+/=-]{25}")
_ALNUM_RUN_RE = re.compile(r"[0-9A-Za-z]{25,}")
_B58_TOKEN_RE = re.compile(rf"(?<![0-9A-Za-z]){'[' + _B58 + ']'}{{25,90}}(?![0-9A-Za-z])")

# First char → (chain, versions) for Base58Check addresses on the Bitcoin alphabet.
_B58_VERSIONS: dict[int, str] = {
    0x00: "bitcoin",
    0x05: "bitcoin",
    0x30: "litecoin",
    0x32: "litecoin",
    0x1E: "dogecoin",
    0x16: "dogecoin",
    0x41: "tron",
}
_SHAPE_CHAIN = {
    "1": "bitcoin",
    "3": "bitcoin",
    "L": "litecoin",
    "M": "litecoin",
    "D": "dogecoin",
    "A": "dogecoin",
    "9": "dogecoin",
    "T": "tron",
}


def _mixed(s: str) -> bool:
    return (
        any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)
    )


def classify_token(tok: str) -> list[Found]:
    """Interpret one Base58-alphabet token (no position yet)."""
    n = len(tok)
    first = tok[0]
    out: list[Found] = []
    # XRP classic (Ripple alphabet), X-address.
    if first == "r" and 25 <= n <= 35:
        payload = codecs.b58check(tok, ripple=True)
        if payload is not None and codecs.xrp_classic(payload):
            return [Found("address", tok, "xrp", True, 0, 0)]
    if first in "XT" and n == 47:
        x = codecs.xaddress_decode(tok)
        if x is not None:
            extra: dict[str, Any] = {"classic_address": x["classic"]}
            if x["tag"] is not None:
                extra["tag"] = x["tag"]
            if x["testnet"]:
                extra["network"] = "xrp-testnet"
            return [Found("address", tok, "xrp", True, 0, 0, extra)]
        if first == "X" and _mixed(tok):
            return [Found("address", tok, "xrp", False, 0, 0)]
    raw = codecs.b58decode(tok)
    if raw is None:
        return out
    payload, ok = codecs.split_check(raw)
    if ok and len(payload) == 21 and payload[0] in _B58_VERSIONS:
        return [Found("address", tok, _B58_VERSIONS[payload[0]], True, 0, 0)]
    if 32 <= n <= 44 and len(raw) == 32 and _mixed(tok):
        return [Found("address", tok, "solana", True, 0, 0)]
    if 86 <= n <= 88 and len(raw) == 64:
        return [Found("txid", tok, "solana", True, 0, 0)]
    # Address-shaped but failing its checksum.
    if n == 34 and first in _SHAPE_CHAIN and _mixed(tok):
        return [Found("address", tok, _SHAPE_CHAIN[first], False, 0, 0)]
    if first in "13" and 26 <= n <= 35 and _mixed(tok):
        return [Found("address", tok, "bitcoin", False, 0, 0)]
    if first == "r" and 25 <= n <= 35 and _mixed(tok):
        return [Found("address", tok, "xrp", False, 0, 0)]
    return out


def _bech32(tok: str) -> Found:
    low = tok.lower()
    hrp = low.split("1", 1)[0]
    chain = "litecoin" if hrp in ("ltc", "tltc") else "bitcoin"
    dec = codecs.segwit_decode(hrp, tok)
    extra: dict[str, Any] = {}
    valid = dec is not None
    if dec is not None:
        ver, prog = dec
        valid = (ver == 0 and len(prog) in (20, 32)) or (ver >= 1 and 2 <= len(prog) <= 40)
        extra["witness_version"] = ver
    if hrp in ("tb", "bcrt", "tltc"):
        extra["network"] = f"{chain}-testnet"
    return Found("address", tok, chain, valid, 0, 0, extra)


def find(text: str) -> list[Found]:
    """Every tx id and address in `text` (secrets must already be masked out)."""
    out: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    def add(f: Found) -> None:
        if free(f.start, f.end):
            out.append(f)
            taken.append((f.start, f.end))

    if not _LONG_RE.search(text):
        return out  # every id and address has a run of ≥ 25 letters and digits
    low = text.lower()
    urls = _URL_RE.finditer(text) if "/" in text else iter(())
    for m in urls:
        before = len(out)
        _from_url(m.group(), m.start(), out)
        for f in out[before:]:
            taken.append((f.start, f.end))
        taken.append(m.span())
    for m in _TON_RAW_RE.finditer(text) if ":" in text else ():
        add(Found("address", m.group(), "ton", True, m.start(), m.end()))
    has_0x = "0x" in low
    for m in _EVM_TX_RE.finditer(text) if has_0x else ():
        add(Found("txid", m.group(), "evm", True, m.start(), m.end()))
    for m in _EVM_ADDR_RE.finditer(text) if has_0x else ():
        tok = m.group()
        add(Found("address", tok, "evm", codecs.eip55_valid(tok), m.start(), m.end()))
    bech = any(p in low for p in ("bc1", "tb1", "ltc1", "bcrt1"))
    for m in _BECH32_RE.finditer(text) if bech else ():
        f = _bech32(m.group())
        f.start, f.end = m.span()
        add(f)
    ton = any(p in text for p in ("EQ", "UQ", "kQ", "0Q", "Ef", "Uf"))
    for m in _TON_RE.finditer(text) if ton else ():
        tok = m.group()
        info = codecs.ton_friendly(tok)
        if info is None and not _mixed(tok):
            continue
        f = Found("address", tok, "ton", info is not None, m.start(), m.end())
        if info is not None:
            f.extra.update(
                {k: v for k, v in info.items() if k in ("bounceable",) or (k == "testnet" and v)}
            )
        add(f)
    # Bare hex and Base58 tokens are runs of ≥ 64 / ≥ 25 letters and digits; their patterns
    # start with look-behinds (slow to scan), so they run only when such a run exists.
    longest = max(map(len, _ALNUM_RUN_RE.findall(text)), default=0)
    for m in _HEX64_RE.finditer(text) if longest >= 64 else ():
        tok = m.group()
        if tok.isdigit():
            continue
        add(Found("txid", tok, "hex64", True, m.start(), m.end()))
    for m in _B58_TOKEN_RE.finditer(text) if longest >= 25 else ():
        if not free(*m.span()):
            continue
        for f in classify_token(m.group()):
            f.start, f.end = m.span()
            add(f)
    out.sort(key=lambda f: f.start)
    return out
