"""Does an unofficial host, handle or text *look like* one of the official values?

Each check returns a `Resemblance` (technique, reason, the official value it imitates) or
``None``. Techniques, in the order they are tried:

hosts
    ``punycode`` / ``homoglyph`` / ``lookalike-characters`` (same visual skeleton as an
    official domain), ``other-tld``, ``hyphenation``, ``dropped-dot``, ``added-dot``,
    ``typo`` (Damerau-Levenshtein: omission, repetition, transposition, insertion,
    keyboard and bit-flip substitutions, vowel swaps), ``subdomain`` (an official domain in
    front of someone else's), ``brand-in-domain`` / ``brand-in-subdomain``.
handles
    ``other-network``, ``separator``, ``homoglyph``, ``typo``, ``affix`` (official name
    plus ``support``/``help``/``official``/digits…), ``brand-in-handle``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hashdesk.trust.brand import (
    MIN_TOKEN,
    Brand,
    DomainRef,
    registrable_split,
    strip_affixes,
)
from hashdesk.trust.skeleton import (
    allowed_typos,
    compact,
    distance,
    fuzzy_find,
    skeleton,
    token_typos,
)
from hashdesk.trust.values import Host, scripts_of

NETWORK_NAMES = {"telegram": "Telegram", "x": "X", "": "Telegram or X"}
MAX_SEARCH_CHARS = 512


@dataclass(frozen=True, slots=True)
class Resemblance:
    technique: str
    reason: str
    resembles: str


def find_token(text: str, brand: Brand) -> tuple[str, int] | None:
    """A brand token inside `text` (any spelling that looks alike), with its edit count."""
    skel = skeleton(text[:MAX_SEARCH_CHARS])
    flat = compact(skel)
    segments = set(re.split(r"[^a-z0-9]+", skel))
    best: tuple[str, int] | None = None
    for token in brand.tokens:
        if len(token) < 5:
            found = 0 if token in segments or flat == token else None
        else:
            found = fuzzy_find(token, flat, token_typos(len(token)))
        if found is not None and (best is None or found < best[1]):
            best = (token, found)
            if found == 0:
                break
    return best


def find_official_domain(text: str, brand: Brand) -> DomainRef | None:
    """An official domain spelt out inside `text` (``evil.io/hashport.io/login``)."""
    skel = skeleton(text[:MAX_SEARCH_CHARS])
    for ref in brand.domains:
        if re.search(rf"(?<![a-z0-9-]){re.escape(ref.skel)}(?![a-z0-9-])", skel):
            return ref
    return None


def host_resemblance(host: Host, brand: Brand) -> Resemblance | None:
    """How an unofficial host imitates an official domain, if it does."""
    found = _host_resemblance(host, brand)
    return _with_script_note(found, host.unicode.rsplit(".", 1)[0])


def _host_resemblance(host: Host, brand: Brand) -> Resemblance | None:
    if host.ip or not host.unicode:
        return None
    shown = f"{host.ascii} (displayed as {host.unicode})" if host.punycode else host.unicode
    labels = [skeleton(label) for label in host.unicode.split(".")]
    skel_host = ".".join(labels)
    ascii_labels = host.ascii.split(".")
    n_suffix, _ = registrable_split(host.ascii)
    sld_at = len(labels) - n_suffix - 1
    cand_sld = compact(labels[sld_at]) if sld_at >= 0 else ""
    suffix = ".".join(ascii_labels[sld_at + 1 :]) if sld_at >= 0 else host.ascii
    refs = sorted(
        (r for r in brand.domains if not _under(host.ascii, r.ascii)),
        key=lambda r: not r.for_web,
    )
    if not refs:
        return None
    glyph = _glyph_technique(host)

    for ref in refs:
        if skel_host == ref.skel or skel_host.endswith("." + ref.skel):
            return Resemblance(glyph, f"{shown} is written to look like {ref.listed}", ref.listed)

    best: tuple[int, Resemblance] | None = None
    for ref in refs:
        found = _sld_resemblance(shown, cand_sld, suffix, labels[: max(sld_at, 0)], ref)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    if best is not None:
        return best[1]

    registered = ".".join(ascii_labels[max(sld_at, 0) :])
    for ref in refs:
        if ("." + ref.skel + ".") in ("." + skel_host + "."):
            return Resemblance(
                "subdomain",
                f"{shown} only puts {ref.listed} in front of another domain ({registered})",
                ref.listed,
            )
        if ref.skel.replace(".", "-") in skel_host:
            return Resemblance(
                "brand-in-domain",
                f"{shown} spells {ref.listed} inside another domain ({registered})",
                ref.listed,
            )

    own_labels = labels[: sld_at + 1] if sld_at >= 0 else labels
    hit = None
    for i, label in enumerate(own_labels):
        hit = find_token(label, brand)
        if hit is not None:
            where = "brand-in-domain" if i == sld_at else "brand-in-subdomain"
            break
    if hit is None and len(own_labels) > 1:
        hit = find_token("".join(own_labels), brand)
        where = "added-dot"
    if hit is None:
        return None
    token, edits = hit
    ref = _closest_domain(skel_host, token, refs)
    spelt = "a misspelling of the brand" if edits else "the brand"
    return Resemblance(
        where if not edits else "typo",
        f"{shown} uses {spelt} '{token}' but is not under an official domain ({registered})",
        ref.listed,
    )


def _sld_resemblance(
    shown: str, cand: str, suffix: str, sub_labels: list[str], ref: DomainRef
) -> tuple[int, Resemblance] | None:
    official = compact(ref.sld)
    if not cand:
        return None
    if cand == official and suffix != ref.suffix:
        return 0, Resemblance(
            "other-tld",
            f"{shown} uses the official name under another ending (.{suffix})",
            ref.listed,
        )
    if cand == official:  # same registrable name and ending, e.g. hyphen moved
        return 1, Resemblance("hyphenation", f"{shown} re-hyphenates {ref.listed}", ref.listed)
    if cand in (compact(ref.sld + ref.suffix), "www" + official):
        return 2, Resemblance("dropped-dot", f"{shown} drops a dot from {ref.listed}", ref.listed)
    if sub_labels and compact("".join(sub_labels[-2:]) + cand) in (official,):
        return 2, Resemblance("added-dot", f"{shown} adds a dot to {ref.listed}", ref.listed)
    edits = distance(cand, official, allowed_typos(len(official)))
    if 0 < edits <= allowed_typos(len(official)) and (
        not ref.tokens
        or any(fuzzy_find(t, cand, token_typos(len(t))) is not None for t in ref.tokens)
    ):
        return 3 + edits, Resemblance(
            "typo", f"{shown} is a misspelling of {ref.listed} ({edits} edit(s))", ref.listed
        )
    return None


def handle_resemblance(name: str, network: str, brand: Brand) -> Resemblance | None:
    """How an unofficial account name imitates an official one, if it does."""
    return _with_script_note(_handle_resemblance(name, network, brand), name)


def _handle_resemblance(name: str, network: str, brand: Brand) -> Resemblance | None:
    skel = compact(skeleton(name[:MAX_SEARCH_CHARS]))
    if not skel:
        return None
    core = strip_affixes(skel)
    shown = "@" + name
    on = NETWORK_NAMES.get(network, network)
    best: tuple[tuple[int, int, int], Resemblance] | None = None
    for ref in brand.handles:
        other_net = 1 if network and ref.network != network else 0
        edits = distance(skel, ref.skel)
        if skel == ref.skel:
            if name.lower() == ref.name:
                tech, why = "other-network", f"{shown} is official on "
                why += f"{NETWORK_NAMES[ref.network]}, not on {on}"
            elif compact(name.lower()) == ref.name:
                tech, why = "separator", f"{shown} adds separators to {ref.listed}"
            else:
                tech, why = "homoglyph", f"{shown} is written to look like {ref.listed}"
            rank = 0
        elif edits <= allowed_typos(len(ref.skel)):
            tech, why, rank = "typo", f"{shown} is a misspelling of {ref.listed}", 1
        elif len(core) >= MIN_TOKEN and distance(core, ref.core) <= allowed_typos(len(ref.core)):
            tech, why, rank = "affix", f"{shown} adds words to the official {ref.listed}", 2
        else:
            continue
        key = (rank, other_net, edits)
        if best is None or key < best[0]:
            best = (key, Resemblance(tech, why, ref.listed))
    if best is not None:
        return best[1]
    hit = find_token(name, brand)
    if hit is None:
        return None
    token = hit[0]
    return Resemblance(
        "brand-in-handle",
        f"{shown} uses the brand '{token}' but is not an official {on} account",
        closest_handle(skel, network, brand) or _closest_domain(skel, token, brand.domains).listed,
    )


def closest_handle(skel: str, network: str, brand: Brand) -> str | None:
    refs = sorted(
        brand.handles,
        key=lambda h: (bool(network) and h.network != network, distance(skel, h.skel)),
    )
    return refs[0].listed if refs else None


def _closest_domain(
    skel_text: str, token: str, refs: tuple[DomainRef, ...] | list[DomainRef]
) -> DomainRef:
    return min(
        refs,
        key=lambda r: (token not in r.tokens, not r.for_web, distance(skel_text, r.skel)),
    )


def _with_script_note(found: Resemblance | None, shown: str) -> Resemblance | None:
    if found is None or shown.isascii():
        return found
    scripts = [s.title() for s in scripts_of(shown)]
    if len(scripts) > 1:
        note = f"; it mixes {', '.join(scripts[:-1])} and {scripts[-1]} letters"
    elif scripts and scripts[0] != "Latin":
        note = f"; it is written in {scripts[0]} letters"
    else:
        note = "; it uses accented or special letters"
    return Resemblance(found.technique, found.reason + note, found.resembles)


def _under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _glyph_technique(host: Host) -> str:
    if host.punycode:
        return "punycode"
    if not host.unicode.isascii():
        return "homoglyph"
    return "lookalike-characters"
