"""Parsing what a customer pastes: URLs, host names, e-mail addresses, handles, phone numbers.

URLs are read the way a browser reads them (WHATWG URL standard), not the way
`urllib.parse` does, because the host the browser would open is what matters:

* the host is what follows the *last* ``@`` of the authority
  (``https://hashport.io@evil.io/`` opens ``evil.io``);
* ``\\`` counts as ``/`` (``https://evil.io\\@hashport.io`` opens ``evil.io``);
* any number of slashes may follow ``http:``/``https:``; the scheme may be missing;
* the host is percent-decoded, then mapped by UTS #46 (case, full-width letters and dots,
  soft hyphens); ``xn--`` labels are decoded to the Unicode the user would see;
* ASCII tab and newline are removed anywhere; surrounding white space is ignored.

Kinds (`Parsed.kind`):

========== ==========================================================================
``domain`` a bare host name (``hashport.io``, ``WWW.HASHPORT.IO.``)
``url``    anything with a scheme, user-info, port, path, query or fragment
``email``  ``local@domain``, ``Name <local@domain>``, ``mailto:`` links
``telegram`` ``t.me/NAME`` (also ``telegram.me``, ``tg://resolve?domain=NAME``)
``x``      ``x.com/NAME`` and ``twitter.com/NAME``
``handle`` ``@NAME`` (either network) or a bare single word such as ``HashportSupport``
``phone``  a number in any common notation, ``tel:`` and ``wa.me/`` links, or a number
           with a label around it (``Hashport Support: +1 888 555 0147``)
``unknown`` none of these (free text, an empty string)
========== ==========================================================================
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote

import idna

KINDS = ("domain", "url", "email", "telegram", "x", "handle", "phone", "unknown")

SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp", "hxxp", "hxxps"})
TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})
X_HOSTS = frozenset({"x.com", "twitter.com"})
WHATSAPP_HOSTS = frozenset({"wa.me"})
# First path segments of t.me / x.com that are not account names.
TELEGRAM_RESERVED = frozenset(
    "joinchat addstickers addemoji addtheme addlist share proxy socks c iv setlanguage login"
    " confirmphone bg boost m invoice giftcode contact".split()
)
X_RESERVED = frozenset(
    "home i intent search explore settings messages notifications share hashtag compose"
    " login logout signup tos privacy about download jobs account".split()
)

MAX_VALUE_CHARS = 16_384

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_DOTS = str.maketrans("\u3002\uff0e\uff61", "...")  # IDNA label separators
_EDGE_CHARS = " \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff"
_WRAPPERS = (("<", ">"), ('"', '"'), ("'", "'"), ("`", "`"), ("(", ")"), ("\u201c", "\u201d"))
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_LDH_LABEL_RE = re.compile(r"[a-z0-9_-]{1,63}")
_HEX_OR_NUM_RE = re.compile(r"(?:0x[0-9a-f]*|\d+)")
_IPV4_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_PHONE_RE = re.compile(
    r"\+?[\d\s().\-/\u2010-\u2015]+(?:\s*(?:ext\.?|extension|x|#)\s*\d{1,6})?", re.IGNORECASE
)
_VANITY_RE = re.compile(r"\+?\d[\d\s().\-]*[A-Za-z][A-Za-z\d\s().\-]*")
_PHONE_IN_TEXT_RE = re.compile(r"(?:\+|\b)\d[\d\s().\-/]{5,}\d")
_DISPLAY_EMAIL_RE = re.compile(r"(.*)<([^<>\s]+@[^<>\s]+)>\s*")


@dataclass(frozen=True, slots=True)
class Host:
    """A host name as a browser would see it.

    `ascii` is the lower-case A-label form without the trailing dot (``xn--…`` for IDNs);
    `unicode` what the user sees. `valid` is false for anything a browser would refuse or
    DNS could not hold (empty labels, two trailing dots, spaces, disallowed code points).
    """

    ascii: str
    unicode: str
    valid: bool
    ip: bool = False
    punycode: bool = False  # some label was written as xn--
    trailing_dots: int = 0


@dataclass(frozen=True, slots=True)
class Url:
    scheme: str
    userinfo: str
    host: Host | None
    port: str
    rest: str  # path, query and fragment as written
    valid: bool
    problem: str = ""


@dataclass(frozen=True, slots=True)
class Parsed:
    """One value, classified. Fields not relevant to `kind` are empty."""

    kind: str
    text: str
    host: Host | None = None
    url: Url | None = None
    local: str = ""  # e-mail local part, as written
    handle: str = ""  # account name without '@', as written
    network: str = ""  # "telegram" | "x" | "" (either)
    problem: str = ""  # why this cannot be an official value, if it cannot


def clean(value: str) -> str:
    """Trim white space and wrapping quotes/brackets; drop ASCII controls (tab, newline);
    read the ideographic and full-width full stops as dots (they separate IDNA labels)."""
    text = _CONTROL_RE.sub("", value).translate(_DOTS).strip(_EDGE_CHARS).strip()
    for _ in range(2):
        for left, right in _WRAPPERS:
            if len(text) >= 2 and text.startswith(left) and text.endswith(right):
                inner = text[1:-1].strip(_EDGE_CHARS).strip()
                if left == "<" and "@" in inner and ":" not in inner:
                    return inner
                text = inner
    return text


def parse_host(text: str) -> Host:
    """Normalise a host name (see module doc); never raises."""
    raw = unquote(text, errors="replace") if "%" in text else text
    if raw.startswith("[") and raw.endswith("]"):
        inner = raw[1:-1].lower()
        ok = bool(inner) and all(c in "0123456789abcdef:." for c in inner) and ":" in inner
        return Host(ascii=f"[{inner}]", unicode=f"[{inner}]", valid=ok, ip=True)
    valid = True
    try:
        mapped = idna.uts46_remap(raw, std3_rules=False, transitional=False)
    except (UnicodeError, ValueError, IndexError):
        mapped, valid = raw.lower(), False
    core = mapped.rstrip(".")
    trailing = len(mapped) - len(core)
    if trailing > 1 or not core:
        valid = False
    a_labels: list[str] = []
    u_labels: list[str] = []
    punycode = False
    for label in core.split("."):
        if not label:
            valid = False
            continue
        if label.startswith("xn--"):
            punycode = True
            ulabel, ok = _decode_alabel(label)
            a_labels.append(label)
            u_labels.append(ulabel)
            valid = valid and ok
        elif label.isascii():
            a_labels.append(label)
            u_labels.append(label)
            valid = valid and bool(_LDH_LABEL_RE.fullmatch(label))
        else:
            alabel, ok = _encode_ulabel(label)
            a_labels.append(alabel)
            u_labels.append(label)
            valid = valid and ok
    ascii_host = ".".join(a_labels)
    if len(ascii_host) > 253:
        valid = False
    ip = bool(a_labels) and bool(_HEX_OR_NUM_RE.fullmatch(a_labels[-1]))
    return Host(
        ascii=ascii_host,
        unicode=".".join(u_labels),
        valid=valid,
        ip=ip,
        punycode=punycode,
        trailing_dots=trailing,
    )


def _decode_alabel(label: str) -> tuple[str, bool]:
    try:
        return idna.ulabel(label), True
    except (UnicodeError, ValueError, IndexError):
        pass
    try:
        return label[4:].encode("ascii").decode("punycode"), False
    except (UnicodeError, ValueError, IndexError):
        return label, False


def _encode_ulabel(label: str) -> tuple[str, bool]:
    try:
        return idna.alabel(label).decode("ascii"), True
    except (UnicodeError, ValueError, IndexError):
        pass
    try:
        return "xn--" + label.encode("punycode").decode("ascii"), False
    except (UnicodeError, ValueError, IndexError):
        return label, False


def parse_url(text: str) -> Url:
    """Split a URL (scheme optional) the way a browser would; never raises."""
    s = text.replace("\\", "/")
    scheme = ""
    m = _SCHEME_RE.match(s)
    rest = s
    if m and "." not in m.group(1) and not re.match(r"\d+(?:[/?#]|$)", s[m.end() :]):
        scheme = m.group(1).lower()
        rest = s[m.end() :]
        if scheme in SPECIAL_SCHEMES or rest.startswith("//"):
            rest = rest.lstrip("/")
        else:
            return Url(scheme, "", None, "", rest, valid=False, problem=f"a {scheme}: link")
    elif rest.startswith("//"):
        rest = rest.lstrip("/")
    end = len(rest)
    for ch in "/?#":
        i = rest.find(ch)
        if i != -1:
            end = min(end, i)
    authority, tail = rest[:end], rest[end:]
    userinfo, at, hostport = authority.rpartition("@")
    if not at:
        userinfo = ""
    if hostport.startswith("["):
        close = hostport.find("]")
        host_text = hostport[: close + 1] if close != -1 else hostport
        port_part = hostport[close + 1 :] if close != -1 else ""
        port = port_part[1:] if port_part.startswith(":") else port_part
    else:
        host_text, _, port = hostport.partition(":")
    problem = ""
    if not host_text:
        problem = "no host name"
    elif any(c.isspace() for c in host_text):
        problem = "spaces in the host name"
    host = parse_host(host_text) if host_text else None
    if host is not None and not host.valid and not problem:
        problem = "not a valid host name"
    return Url(scheme, userinfo, host, port, tail, valid=not problem, problem=problem)


def parse_value(value: str) -> Parsed:
    """Classify one value (see module doc for the kinds); never raises."""
    if len(value) > MAX_VALUE_CHARS:
        return Parsed(kind="unknown", text=value[:64], problem="value too long")
    text = clean(value)
    if not text:
        return Parsed(kind="unknown", text=text, problem="empty value")
    lower = text.lower()
    for prefix in ("tel:", "callto:", "sms:"):
        if lower.startswith(prefix):
            return Parsed(kind="phone", text=text[len(prefix) :].lstrip("/"))
    if lower.startswith("mailto:"):
        return _email(text[7:].split("?", 1)[0], text)
    if lower.startswith("tg://"):
        return _tg_link(text)
    if text.startswith("@"):
        name = text[1:]
        if name and not re.search(r"[\s@/\\]", name):
            return Parsed(kind="handle", text=text, handle=name)
    m = _DISPLAY_EMAIL_RE.fullmatch(text)
    if m:
        return _email(m.group(2), text)
    has_space = any(c.isspace() for c in text)
    if "@" in text and not has_space and not re.search(r"[/\\]", text) and "://" not in text:
        return _email(text, text)
    if _is_phone(text, has_space):
        return Parsed(kind="phone", text=text)
    if has_space and "://" not in text:
        return Parsed(kind="unknown", text=text, problem="not a single value")
    if "." not in text and not re.search(r"[/\\:?#]", text):
        return Parsed(kind="handle", text=text, handle=text)
    return _from_url(text)


def _is_phone(text: str, has_space: bool) -> bool:
    digits = sum(c.isdigit() for c in text)
    if _PHONE_RE.fullmatch(text):
        return digits >= 5 and not _IPV4_RE.fullmatch(text)
    if _VANITY_RE.fullmatch(text) and not re.search(r"\.[A-Za-z]", text):
        letters = sum(c.isalpha() for c in text)
        return digits >= 3 and digits + letters >= 7 and bool(re.search(r"[+\s()\-]", text))
    if has_space and "://" not in text and "@" not in text:
        found = _PHONE_IN_TEXT_RE.search(text)
        return found is not None and sum(c.isdigit() for c in found.group(0)) >= 7
    return False


def _email(address: str, text: str) -> Parsed:
    local, _, domain = address.strip().rpartition("@")
    local = local.strip('"')
    host = parse_host(domain) if domain else None
    problem = ""
    if not local or host is None:
        problem = "not a complete e-mail address"
    elif not host.valid or host.ip:
        problem = "not a valid e-mail domain"
    return Parsed(kind="email", text=text, host=host, local=local, problem=problem)


def _tg_link(text: str) -> Parsed:
    query = text.split("?", 1)[1] if "?" in text else ""
    names = parse_qs(query).get("domain", [])
    if names and names[0]:
        return Parsed(kind="telegram", text=text, handle=names[0], network="telegram")
    return Parsed(kind="url", text=text, problem="a Telegram link without an account name")


def _from_url(text: str) -> Parsed:
    url = parse_url(text)
    host = url.host
    bare = not url.scheme and not url.userinfo and not url.port and not url.rest
    bare = bare and not text.startswith("//")
    kind = "domain" if bare else "url"
    if url.valid and host is not None:
        social = _social_account(url, host, text)
        if social is not None:
            return social
    return Parsed(kind=kind, text=text, host=host, url=url, problem=url.problem)


def _social_account(url: Url, host: Host, text: str) -> Parsed | None:
    name = host.ascii
    for prefix in ("www.", "mobile.", "m."):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    path, _, query = url.rest.partition("?")
    path = path.split("#", 1)[0]
    segments = [unquote(s, errors="replace") for s in path.split("/") if s]
    if name in TELEGRAM_HOSTS:
        if segments and segments[0] == "s" and len(segments) > 1:
            segments = segments[1:]
        account = segments[0].lstrip("@") if segments else ""
        if account and not account.startswith("+") and account.lower() not in TELEGRAM_RESERVED:
            return Parsed(kind="telegram", text=text, handle=account, network="telegram")
        return None
    if name in X_HOSTS:
        account = segments[0].lstrip("@") if segments else ""
        if account.lower() == "intent":
            screen = parse_qs(query.split("#", 1)[0]).get("screen_name", [])
            account = screen[0] if screen else ""
        elif account.lower() in X_RESERVED:
            account = ""
        if account:
            return Parsed(kind="x", text=text, handle=account, network="x")
        return None
    if name in WHATSAPP_HOSTS and segments and segments[0].isdigit():
        return Parsed(kind="phone", text="+" + segments[0])
    return None


def scripts_of(text: str) -> tuple[str, ...]:
    """Scripts of the letters in `text` (first word of the Unicode name: LATIN, CYRILLIC…)."""
    seen: dict[str, None] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name:
                seen[name.split(" ", 1)[0]] = None
    return tuple(seen)
