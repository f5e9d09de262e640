"""What the exchange's official names look like, derived from its registry.

Nothing here names a brand: the distinctive tokens (``hashport`` for the demo registry)
are taken from the official domains and handles, after dropping generic words such as
``exchange`` or ``support``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from hashdesk.trust.registry import Registry
from hashdesk.trust.skeleton import compact, skeleton
from hashdesk.trust.values import parse_host

if TYPE_CHECKING:
    from tldextract import TLDExtract

# Words that say what an account or site is for, not whose it is.
GENERIC_WORDS = frozenset(
    """
    exchange exchanges support supports help helpdesk helpline hotline desk official officials
    offical team care service services customer customers cs client clients real the verify
    verified verification bot admin admins staff agent agents mod mods moderator hq info live
    global app apps pro crypto wallet wallets trade trading market markets finance capital coin
    coins bank pay login logon signin secure security account accounts auth online web www mail
    group inc ltd llc news channel community chat contact hello center centre
    """.split()
)
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
MIN_TOKEN = 3


@dataclass(frozen=True, slots=True)
class DomainRef:
    """An official domain (or e-mail domain) in the forms used for comparison."""

    listed: str
    ascii: str
    skel: str  # skeleton of the Unicode host, dots kept
    sld: str  # skeleton of the registrable label, e.g. "hashport-exchange"
    suffix: str  # e.g. "com", "co.uk"
    tokens: tuple[str, ...]  # distinctive tokens found in `sld`
    for_web: bool  # listed under `domains` (not only as an e-mail domain)


@dataclass(frozen=True, slots=True)
class HandleRef:
    listed: str  # as in the registry, e.g. "@HashportSupport"
    name: str  # lower-case, without '@'
    network: str  # "telegram" | "x"
    skel: str  # compact skeleton
    core: str  # `skel` without generic affixes and trailing digits


@dataclass(frozen=True, slots=True)
class EmailRef:
    listed: str
    local: str  # lower-case; "" for an "@domain" entry
    domain: str  # ascii


@dataclass(frozen=True, slots=True)
class Brand:
    tokens: tuple[str, ...]  # skeletonised, longest first
    domains: tuple[DomainRef, ...]
    handles: tuple[HandleRef, ...]
    emails: tuple[EmailRef, ...]


def registrable_split(ascii_host: str) -> tuple[int, str]:
    """(number of public-suffix labels, suffix) of a host, from the bundled PSL snapshot."""
    result = _extractor()(ascii_host)
    suffix = result.suffix
    return (suffix.count(".") + 1 if suffix else 0), suffix


@lru_cache(maxsize=1)
def _extractor() -> TLDExtract:
    import tldextract  # imported on first use: it is slow to import

    # No URLs and no cache directory: only the Public Suffix List snapshot shipped in the
    # package is used, so nothing is fetched or written at run time.
    return tldextract.TLDExtract(
        cache_dir=None,
        suffix_list_urls=(),
        fallback_to_snapshot=True,
        include_psl_private_domains=True,
    )


def strip_affixes(word: str, words: frozenset[str] = GENERIC_WORDS) -> str:
    """Remove generic words (and trailing digits) from both ends while something is left."""
    changed = True
    while changed:
        changed = False
        stripped = word.rstrip("0123456789")
        if len(stripped) >= MIN_TOKEN and stripped != word:
            word, changed = stripped, True
        for w in sorted(words, key=len, reverse=True):
            if word.startswith(w) and len(word) - len(w) >= MIN_TOKEN:
                word, changed = word[len(w) :], True
                break
            if word.endswith(w) and len(word) - len(w) >= MIN_TOKEN:
                word, changed = word[: -len(w)], True
                break
    return word


def distinctive_tokens(name: str) -> list[str]:
    """Distinctive words of a label or handle: ``HashportExchange`` -> ``["hashport"]``."""
    parts: list[str] = []
    for chunk in re.split(r"[-_.\s]+", name):
        words = _CAMEL_RE.findall(chunk) or [chunk]
        parts.extend(words)
        if len(words) > 1:
            parts.append(chunk)
    tokens: list[str] = []
    for part in parts:
        skel = strip_affixes(compact(skeleton(part)))
        if len(skel) >= MIN_TOKEN and skel not in GENERIC_WORDS and not skel.isdigit():
            tokens.append(skel)
    return tokens


def brand_of(registry: Registry) -> Brand:
    return _brand(registry)


@lru_cache(maxsize=32)
def _brand(registry: Registry) -> Brand:
    idx = registry.index
    domain_refs: list[DomainRef] = []
    seen: set[str] = set()
    email_domains = [(e, e.lstrip("@").split("@")[-1]) for e in registry.emails]
    sources = [(d.listed, d.ascii, d.unicode, True) for d in idx.domains]
    for listed, domain in email_domains:
        host = parse_host(domain.strip())
        sources.append((listed, host.ascii, host.unicode, False))
    for listed, ascii_host, unicode_host, for_web in sources:
        if ascii_host in seen:
            continue
        seen.add(ascii_host)
        n_suffix, suffix = registrable_split(ascii_host)
        labels = unicode_host.split(".")
        sld_label = labels[-n_suffix - 1] if len(labels) > n_suffix else labels[0]
        domain_refs.append(
            DomainRef(
                listed=listed if for_web else ascii_host,
                ascii=ascii_host,
                skel=skeleton(unicode_host),
                sld=skeleton(sld_label),
                suffix=suffix,
                tokens=tuple(distinctive_tokens(sld_label)),
                for_web=for_web,
            )
        )
    handles: list[HandleRef] = []
    for network, table in (("telegram", idx.telegram), ("x", idx.x)):
        for name, listed in table.items():
            skel = compact(skeleton(listed.lstrip("@")))
            handles.append(HandleRef(listed, name, network, skel, strip_affixes(skel)))
    emails = []
    for entry in registry.emails:
        local, _, domain = entry.strip().rpartition("@")
        emails.append(EmailRef(entry, local.lower(), parse_host(domain.strip()).ascii))
    tokens: dict[str, None] = {}
    for ref in domain_refs:
        tokens.update(dict.fromkeys(ref.tokens))
    for listed in list(idx.telegram.values()) + list(idx.x.values()):
        tokens.update(dict.fromkeys(distinctive_tokens(listed.lstrip("@"))))
    return Brand(
        tokens=tuple(sorted(tokens, key=len, reverse=True)),
        domains=tuple(domain_refs),
        handles=tuple(handles),
        emails=tuple(emails),
    )
