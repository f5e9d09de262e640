"""The official-channel registry: which domains, addresses, handles and numbers are ours.

A registry is read from a TOML file of the contract's shape::

    [official]
    domains = ["example-exchange.com"]
    emails = ["support@example-exchange.com", "@example.io"]
    telegram = ["@ExampleExchange"]
    x = ["@example_exchange"]
    phones = ["+1 415 555 0100"]

Only `load` (or `Registry.default`) touches the file system; everything else is pure.
Entries are validated and normalised once, when the `Registry` is built.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import phonenumbers

from hashdesk.trust.values import Host, parse_host

FIELDS = ("domains", "emails", "telegram", "x", "phones")
DEMO_REGISTRY = "demo_registry.toml"

_HANDLE_RE = re.compile(r"@?([A-Za-z0-9_]{1,64})")
_LOCAL_RE = re.compile(r"[^\s@<>()\[\],;:\\\"]{1,64}")


class RegistryError(ValueError):
    """The registry file or one of its entries is unusable; the message says which."""


@dataclass(frozen=True, slots=True)
class OfficialHost:
    """An official domain: `ascii` is its lower-case A-label form, `listed` as written."""

    ascii: str
    unicode: str
    listed: str


@dataclass(frozen=True, slots=True)
class OfficialPhone:
    """An official number: `e164` like ``+14155550100``; `region` like ``US``."""

    e164: str
    country_code: int
    national: str
    region: str
    listed: str


@dataclass(frozen=True, slots=True)
class RegistryIndex:
    """Normalised look-up tables built from the listed entries."""

    domains: tuple[OfficialHost, ...]
    email_addresses: Mapping[str, str]  # "local@ascii-domain" -> listed
    email_domains: Mapping[str, str]  # "ascii-domain" -> listed ("@domain")
    telegram: Mapping[str, str]  # lower-case name -> listed ("@Name")
    x: Mapping[str, str]
    phones: tuple[OfficialPhone, ...]
    regions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Registry:
    """The official channels of one exchange, as listed (see `index` for normalised forms)."""

    domains: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    telegram: tuple[str, ...] = ()
    x: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    source: str = field(default="<memory>", compare=False)
    index: RegistryIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", _build_index(self))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "<memory>") -> Registry:
        """Build from the parsed TOML document (a mapping with an ``official`` table)."""
        official = data.get("official")
        if not isinstance(official, Mapping):
            raise RegistryError(f"{source}: missing [official] table")
        unknown = sorted(set(official) - set(FIELDS))
        if unknown:
            raise RegistryError(
                f"{source}: unknown key(s) in [official]: {', '.join(unknown)}"
                f" (expected {', '.join(FIELDS)})"
            )
        lists: dict[str, tuple[str, ...]] = {}
        for name in FIELDS:
            value = official.get(name, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RegistryError(f"{source}: [official].{name} must be a list of strings")
            lists[name] = tuple(value)
        try:
            return cls(**lists, source=source)
        except RegistryError as exc:
            raise RegistryError(f"{source}: {exc}") from None

    @classmethod
    def default(cls) -> Registry:
        """The shipped demo registry (the fictional exchange Hashport)."""
        ref = resources.files("hashdesk.trust").joinpath("data", DEMO_REGISTRY)
        return loads(ref.read_text(encoding="utf-8"), source=f"<demo {DEMO_REGISTRY}>")

    def all_values(self) -> Iterable[str]:
        """Every listed entry, in file order."""
        for name in FIELDS:
            yield from getattr(self, name)


def load(path: str | os.PathLike[str]) -> Registry:
    """Read and validate a registry TOML file; raises `RegistryError` with the reason."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise RegistryError(f"{source}: cannot read registry: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RegistryError(f"{source}: registry is not UTF-8 text") from None
    return loads(text, source=source)


def loads(text: str, source: str = "<string>") -> Registry:
    """Parse registry TOML text; raises `RegistryError` with the reason."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{source}: not valid TOML: {exc}") from None
    return Registry.from_mapping(data, source=source)


def _build_index(reg: Registry) -> RegistryIndex:
    for name in FIELDS:
        if not isinstance(getattr(reg, name), tuple):
            object.__setattr__(reg, name, tuple(getattr(reg, name)))
    domains = tuple(_official_host(d) for d in reg.domains)
    addresses: dict[str, str] = {}
    email_domains: dict[str, str] = {}
    for entry in reg.emails:
        local, host = _email_entry(entry)
        if local:
            addresses[f"{local}@{host.ascii}"] = entry
        else:
            email_domains[host.ascii] = entry
    phones = tuple(_official_phone(p) for p in reg.phones)
    regions = tuple(dict.fromkeys(p.region for p in phones if p.region))
    return RegistryIndex(
        domains=domains,
        email_addresses=addresses,
        email_domains=email_domains,
        telegram=_handles(reg.telegram, "telegram"),
        x=_handles(reg.x, "x"),
        phones=phones,
        regions=regions,
    )


def _valid_host(entry: str, what: str) -> Host:
    text = entry.strip()
    host = parse_host(text)
    if (
        not text
        or any(c in text for c in "/:@?#")
        or not host.valid
        or host.ip
        or "." not in host.ascii
    ):
        raise RegistryError(f"{what} {entry!r} is not a bare host name like 'example.com'")
    return host


def _official_host(entry: str) -> OfficialHost:
    host = _valid_host(entry, "domain")
    return OfficialHost(ascii=host.ascii, unicode=host.unicode, listed=entry)


def _email_entry(entry: str) -> tuple[str, Host]:
    text = entry.strip()
    local, sep, domain = text.rpartition("@")
    if not sep or (local and not _LOCAL_RE.fullmatch(local)):
        raise RegistryError(
            f"email {entry!r} must be an address or '@domain' for every address at a domain"
        )
    return local.lower(), _valid_host(domain, f"email {entry!r}: domain")


def _handles(entries: tuple[str, ...], network: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries:
        m = _HANDLE_RE.fullmatch(entry.strip())
        if not m:
            raise RegistryError(
                f"{network} handle {entry!r} must look like '@name' (letters, digits, '_')"
            )
        out[m.group(1).lower()] = entry
    return out


def _official_phone(entry: str) -> OfficialPhone:
    text = entry.strip()
    if not text.startswith("+"):
        raise RegistryError(
            f"phone {entry!r} must be in international form, e.g. '+1 415 555 0100'"
        )
    try:
        num = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as exc:
        raise RegistryError(f"phone {entry!r} is not a phone number: {exc}") from None
    if not phonenumbers.is_possible_number(num):
        raise RegistryError(f"phone {entry!r} is not a possible phone number")
    cc = num.country_code or 0
    region = (
        phonenumbers.region_code_for_number(num)
        or phonenumbers.region_code_for_country_code(cc)
        or ""
    )
    if region == phonenumbers.UNKNOWN_REGION or region == "001":
        region = ""
    return OfficialPhone(
        e164=phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        country_code=cc,
        national=phonenumbers.national_significant_number(num),
        region=region,
        listed=entry,
    )
