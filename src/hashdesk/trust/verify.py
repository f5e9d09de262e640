"""Is this URL, host, address, handle or number an official channel of the exchange?

`check(value, registry)` answers with a `Verdict`: ``official``, ``impersonation`` (not
official and made to look like an official value; `resembles` names which) or
``not_official``. The matching rules are those of the public contract (see
``shared/spec/contract.md``, "Official-channel check"); the parsing rules are in
`hashdesk.trust.values`, the look-alike rules in `hashdesk.trust.lookalike`.

Pure: no I/O. `check` never raises on any string.

Choices the contract leaves open:

* ``kind`` is one of ``domain``, ``url``, ``email``, ``telegram`` (a ``t.me/`` link),
  ``x`` (an ``x.com/``/``twitter.com/`` link), ``handle`` (a bare ``@name`` or single
  word), ``phone``, or ``unknown`` for text that is none of these (always
  ``not_official``). See `hashdesk.trust.values`.
* E-mail local parts compare case-insensitively, like host names.
* An address at an official domain (or its subdomain) that no entry covers is
  ``not_official`` (it is at the real domain, not made to look like it), naming the
  listed address it is closest to. An official host written so a browser would refuse it
  (``hashport.io..``) and an account that is official on the other network (``t.me/NAME``
  for an X-only ``@NAME``) are ``impersonation``: they look exactly like official values.
* The brand in a link's *path* is ``impersonation`` only next to a lure word
  (``sites.google.com/view/hashport-support``) or when an official domain is spelt out
  (``evil.io/hashport.io/login``); ``reddit.com/r/hashport`` is ``not_official``.
* Phone numbers are official when any reading of them is (see `hashdesk.trust.phones`);
  an extension is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hashdesk.trust.brand import Brand, EmailRef, brand_of
from hashdesk.trust.lookalike import (
    NETWORK_NAMES,
    Resemblance,
    closest_handle,
    find_official_domain,
    find_token,
    handle_resemblance,
    host_resemblance,
)
from hashdesk.trust.phones import official_match, phone_resemblance, read_phone
from hashdesk.trust.registry import OfficialHost, Registry
from hashdesk.trust.skeleton import compact, distance, skeleton
from hashdesk.trust.values import Host, Parsed, parse_value

OFFICIAL = "official"
NOT_OFFICIAL = "not_official"
IMPERSONATION = "impersonation"
VERDICTS = (OFFICIAL, NOT_OFFICIAL, IMPERSONATION)

# Words that turn "a page about the brand" into "a page pretending to be the brand".
LURE_WORDS = re.compile(
    r"support|help|official|admin|customer|care|service|login|logon|signin|sign-in|verif|kyc|"
    r"wallet|recover|airdrop|claim|unlock|reset|refund|bonus|giveaway|promo|reward|validat|"
    r"sync|connect|restore|secur|update|account|auth|2fa|otp|password|seed|phrase|withdraw|"
    r"deposit|ticket|contact|appeal|unfreeze|compensation"
)
FORGERY_NOTE = "a sender address can be forged, so check the message came through our desk"


@dataclass(frozen=True, slots=True)
class Verdict:
    value: str
    kind: str
    verdict: str
    reason: str
    resembles: str | None = None
    normalized: str | None = None  # host, address, @handle or +E164 as compared
    technique: str | None = None  # how an impersonation imitates (see lookalike.py)

    @property
    def is_official(self) -> bool:
        return self.verdict == OFFICIAL

    def to_public(self) -> dict[str, Any]:
        """The contract's JSON shape (plus `normalized`/`technique` where known)."""
        out: dict[str, Any] = {
            "value": self.value,
            "kind": self.kind,
            "verdict": self.verdict,
            "reason": self.reason,
        }
        if self.resembles is not None:
            out["resembles"] = self.resembles
        if self.normalized:
            out["normalized"] = self.normalized
        if self.technique:
            out["technique"] = self.technique
        return out


def check(value: str, registry: Registry) -> Verdict:
    """Classify one value against the registry; never raises."""
    parsed = parse_value(value if isinstance(value, str) else str(value))
    brand = brand_of(registry)
    if parsed.kind in ("domain", "url"):
        return _check_web(value, parsed, registry, brand)
    if parsed.kind == "email":
        return _check_email(value, parsed, registry, brand)
    if parsed.kind in ("telegram", "x", "handle"):
        return _check_handle(value, parsed, registry, brand)
    if parsed.kind == "phone":
        return _check_phone(value, parsed, registry, brand)
    return Verdict(
        value,
        parsed.kind,
        NOT_OFFICIAL,
        f"not a URL, host name, e-mail address, handle or phone number ({parsed.problem})",
    )


def _impersonation(
    value: str, kind: str, found: Resemblance, registry: Registry, normalized: str | None
) -> Verdict:
    resembles = found.resembles or next(iter(registry.all_values()), "")
    return Verdict(value, kind, IMPERSONATION, found.reason, resembles, normalized, found.technique)


def _check_web(value: str, parsed: Parsed, registry: Registry, brand: Brand) -> Verdict:
    host, url, kind = parsed.host, parsed.url, parsed.kind
    if host is None or url is None:
        text = parsed.text
        ref = find_official_domain(text, brand)
        if ref is not None:
            mention = Resemblance(
                "brand-in-link", f"a link that only mentions {ref.listed}", ref.listed
            )
            return _impersonation(value, kind, mention, registry, None)
        return Verdict(value, kind, NOT_OFFICIAL, f"not a web address ({parsed.problem})")
    shown = host.unicode or host.ascii
    official = _covering_domain(host, registry)
    if official is not None and host.valid and url.valid:
        what = "an official domain"
        if host.ascii != official.ascii:
            what = f"under the official domain {official.listed}"
        return Verdict(value, kind, OFFICIAL, f"{shown} is {what}", None, host.ascii)
    if official is not None:
        found: Resemblance | None = Resemblance(
            "malformed",
            f"{shown} is an official domain written so that a browser would not open it "
            f"({parsed.problem or 'not a valid host name'})",
            official.listed,
        )
    else:
        found = host_resemblance(host, brand)
    if found is None and url.userinfo:
        ref = find_official_domain(url.userinfo, brand)
        if ref is not None or find_token(url.userinfo, brand):
            target = ref.listed if ref else _first_web(brand)
            found = Resemblance(
                "userinfo",
                f"the link opens {shown}; the official-looking '{url.userinfo}@' before it "
                "is only a user name",
                target,
            )
    if found is None and url.rest:
        found = _path_resemblance(shown, url.rest, brand)
    if found is not None:
        return _impersonation(value, kind, found, registry, host.ascii)
    if _email_only_domain(host, registry):
        return Verdict(
            value,
            kind,
            NOT_OFFICIAL,
            f"{shown} is an official e-mail domain, not an official web domain",
            None,
            host.ascii,
        )
    why = f"{shown} is not an official domain"
    if parsed.problem:
        why += f" ({parsed.problem})"
    return Verdict(value, kind, NOT_OFFICIAL, why, None, host.ascii)


def _covering_domain(host: Host, registry: Registry) -> OfficialHost | None:
    """The official domain entry `host` equals or is under (validity not checked)."""
    if host.ip:
        return None
    for dom in registry.index.domains:
        if host.ascii == dom.ascii or host.ascii.endswith("." + dom.ascii):
            return dom
    return None


def _path_resemblance(shown: str, rest: str, brand: Brand) -> Resemblance | None:
    """An official domain spelt in the path, or the brand next to a lure word.

    ``evil.io/hashport.io/login`` and ``sites.google.com/view/hashport-support`` imitate;
    ``reddit.com/r/hashport`` or ``youtube.com/@hashport`` merely name the brand on another
    platform (which the registry cannot list), so they are only ``not_official``.
    """
    ref = find_official_domain(rest, brand)
    if ref is not None:
        return Resemblance(
            "brand-in-path",
            f"{shown} is not an official domain; {ref.listed} only appears in the link's path",
            ref.listed,
        )
    path = rest.split("?", 1)[0].split("#", 1)[0]
    hit = find_token(path, brand)
    if hit is None:
        return None
    lure = LURE_WORDS.search(skeleton(path))
    if lure is None:
        return None
    return Resemblance(
        "brand-in-path",
        f"{shown} is not an official domain; its path pairs the brand '{hit[0]}' with "
        f"'{lure.group(0)}'",
        _first_web(brand),
    )


def _email_only_domain(host: Host, registry: Registry) -> bool:
    domains = set(registry.index.email_domains)
    domains.update(a.rpartition("@")[2] for a in registry.index.email_addresses)
    return any(host.ascii == d or host.ascii.endswith("." + d) for d in domains)


def _first_web(brand: Brand) -> str:
    for ref in brand.domains:
        if ref.for_web:
            return ref.listed
    return brand.domains[0].listed if brand.domains else ""


def _check_email(value: str, parsed: Parsed, registry: Registry, brand: Brand) -> Verdict:
    host = parsed.host
    local = parsed.local
    if host is None or not local:
        return Verdict(value, "email", NOT_OFFICIAL, f"not an e-mail address ({parsed.problem})")
    address = f"{local.lower()}@{host.ascii}"
    idx = registry.index
    if not parsed.problem:
        listed = idx.email_addresses.get(address)
        if listed is not None:
            return Verdict(
                value,
                "email",
                OFFICIAL,
                f"{listed} is an official support address; {FORGERY_NOTE}",
                None,
                address,
            )
        listed = idx.email_domains.get(host.ascii)
        if listed is not None:
            return Verdict(
                value,
                "email",
                OFFICIAL,
                f"every address at {host.ascii} is official ({listed}); {FORGERY_NOTE}",
                None,
                address,
            )
    found = _email_resemblance(local, host, address, registry, brand)
    if found is not None and found.technique == "unlisted-address":
        # At the exchange's own domain, just not a listed support address: not official,
        # but not a look-alike either (contract: such an address "is not official").
        return Verdict(
            value,
            "email",
            NOT_OFFICIAL,
            f"{found.reason}; write only to the listed support addresses",
            found.resembles,
            address,
            found.technique,
        )
    if found is not None:
        return _impersonation(value, "email", found, registry, address)
    return Verdict(
        value, "email", NOT_OFFICIAL, f"{address} is not an official address", None, address
    )


def _email_resemblance(
    local: str, host: Host, address: str, registry: Registry, brand: Brand
) -> Resemblance | None:
    refs = brand.emails
    own = [r for r in refs if host.ascii == r.domain or host.ascii.endswith("." + r.domain)]
    covering = _covering_domain(host, registry)
    own_domain = covering.listed if covering else None
    if own or own_domain:
        target = _closest_email(local, own or refs) or own_domain or ""
        where = (
            "a subdomain of an official domain"
            if not any(host.ascii == r.domain for r in own)
            else "an official domain"
        )
        return Resemblance(
            "unlisted-address",
            f"{address} is at {where} but is not a listed support address",
            target,
        )
    found = host_resemblance(host, brand)
    if found is not None:
        same_domain = [
            r for r in refs if r.domain in (found.resembles.lower(), _ascii_of(found, brand))
        ]
        closest = _closest_email(local, same_domain) or _closest_email(local, refs)
        return Resemblance(
            found.technique,
            f"{address} is at a look-alike domain: {found.reason}",
            closest or found.resembles,
        )
    hit = find_token(local, brand)
    if hit is not None:
        target = _closest_email(local, refs) or _first_web(brand)
        return Resemblance(
            "brand-in-address",
            f"{address} puts the brand '{hit[0]}' in the name of an address at {host.unicode}, "
            "which is not an official domain",
            target,
        )
    return None


def _ascii_of(found: Resemblance, brand: Brand) -> str:
    for ref in brand.domains:
        if ref.listed == found.resembles:
            return ref.ascii
    return ""


def _closest_email(local: str, refs: Sequence[EmailRef]) -> str | None:
    if not refs:
        return None
    skel = compact(skeleton(local.lower()))
    return str(
        min(refs, key=lambda r: (r.local != local.lower(), distance(skel, r.local or ""))).listed
    )


def _check_handle(value: str, parsed: Parsed, registry: Registry, brand: Brand) -> Verdict:
    name, network, kind = parsed.handle, parsed.network, parsed.kind
    lower = name.lower()
    idx = registry.index
    tables = {"telegram": idx.telegram, "x": idx.x}
    on = NETWORK_NAMES.get(network, network)
    networks = [network] if network else ["telegram", "x"]
    for net in networks:
        listed = tables[net].get(lower)
        if listed is not None:
            return Verdict(
                value,
                kind,
                OFFICIAL,
                f"{listed} is an official {NETWORK_NAMES[net]} account",
                None,
                "@" + lower,
            )
    found = handle_resemblance(name, network, brand)
    if found is not None:
        return _impersonation(value, kind, found, registry, "@" + lower)
    return Verdict(
        value, kind, NOT_OFFICIAL, f"@{name} is not an official {on} account", None, "@" + lower
    )


def _check_phone(value: str, parsed: Parsed, registry: Registry, brand: Brand) -> Verdict:
    officials = registry.index.phones
    phone = read_phone(parsed.text, registry.index.regions)
    match = official_match(phone, officials)
    normalized = phone.readings[0].e164 if len(phone.readings) == 1 else None
    if match is not None:
        return Verdict(
            value,
            "phone",
            OFFICIAL,
            f"{match.listed} is an official support number",
            None,
            match.e164,
        )
    found = phone_resemblance(phone, officials, brand)
    if found is not None:
        if not found.resembles:
            found = Resemblance(
                found.technique, found.reason, closest_handle("", "", brand) or _first_web(brand)
            )
        return _impersonation(value, "phone", found, registry, normalized)
    if not phone.readings:
        return Verdict(
            value,
            "phone",
            NOT_OFFICIAL,
            "not a phone number that can be read in international form",
        )
    shown = normalized or phone.number
    return Verdict(
        value, "phone", NOT_OFFICIAL, f"{shown} is not an official number", None, normalized
    )
