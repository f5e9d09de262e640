"""Parsing values the way a browser would (not the way urllib does)."""

from __future__ import annotations

import pytest

from hashdesk.trust.values import clean, parse_host, parse_url, parse_value


@pytest.mark.parametrize(
    ("url", "host", "userinfo"),
    [
        ("https://hashport-exchange.com@evil.io/", "evil.io", "hashport-exchange.com"),
        ("https://a@b@evil.io", "evil.io", "a@b"),  # the last @ ends the user-info
        ("https://evil.io\\@hashport.io", "evil.io", ""),  # backslash is a slash
        ("https://hashport.io\\@evil.io", "hashport.io", ""),
        ("https:\\\\hashport.io\\login", "hashport.io", ""),
        ("https:/hashport.io", "hashport.io", ""),
        ("https:hashport.io", "hashport.io", ""),
        ("https:///hashport.io", "hashport.io", ""),
        ("//hashport.io/x", "hashport.io", ""),
        ("hashport.io:8080/x", "hashport.io", ""),
        ("HTTPS://HashPort.IO:443", "hashport.io", ""),
        ("https://hashport.io#@evil.io", "hashport.io", ""),
        ("https://hashport.io?@evil.io", "hashport.io", ""),
        ("https://hashport.io%2F@evil.io", "evil.io", "hashport.io%2F"),
        ("https://hashport.io%2eevil.io/", "hashport.io.evil.io", ""),
        ("https://hashport.io\u3002evil.io/", "hashport.io.evil.io", ""),
        ("https://user:pw@[2001:db8::1]:8443/", "[2001:db8::1]", "user:pw"),
        ("hxxps://hashport.io/", "hashport.io", ""),
    ],
)
def test_url_host_is_what_a_browser_opens(url: str, host: str, userinfo: str) -> None:
    parsed = parse_url(url)
    assert parsed.host is not None
    assert parsed.host.ascii == host
    assert parsed.userinfo == userinfo


@pytest.mark.parametrize(
    ("text", "ascii_form", "unicode_form", "valid"),
    [
        ("HASHPORT.IO", "hashport.io", "hashport.io", True),
        ("hashport.io.", "hashport.io", "hashport.io", True),
        ("hashport.io..", "hashport.io", "hashport.io", False),
        ("ｈａｓｈｐｏｒｔ.ｉｏ", "hashport.io", "hashport.io", True),
        ("hash\u00adport.io", "hashport.io", "hashport.io", True),  # soft hyphen is ignored
        ("hаshport.io", "xn--hshport-2fg.io", "hаshport.io", True),
        ("XN--HSHPORT-2FG.IO", "xn--hshport-2fg.io", "hаshport.io", True),
        ("xn--zz.io", "xn--zz.io", None, False),
        ("hash port.io", "hash port.io", "hash port.io", False),
        ("a..b", "a.b", "a.b", False),
        ("", "", "", False),
    ],
)
def test_hosts_are_normalised(
    text: str, ascii_form: str, unicode_form: str | None, valid: bool
) -> None:
    host = parse_host(text)
    assert host.ascii == ascii_form
    if unicode_form is not None:
        assert host.unicode == unicode_form
    assert host.valid is valid


def test_ip_hosts_are_flagged() -> None:
    assert parse_host("203.0.113.7").ip
    assert parse_host("0x7f.1").ip
    assert not parse_host("hashport.io").ip


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("hashport.io", "domain"),
        ("hashport.io.", "domain"),
        ("hashport.io/", "url"),
        ("hashport.io:443", "url"),
        ("https://hashport.io", "url"),
        ("support@hashport.io", "email"),
        ("Hashport <support@hashport.io>", "email"),
        ("mailto:support@hashport.io?subject=x", "email"),
        ("hashport-exchange.com@evil.io", "email"),
        ("@HashportSupport", "handle"),
        ("HashportSupport", "handle"),
        ("t.me/HashportSupport", "telegram"),
        ("https://telegram.me/s/HashportSupport", "telegram"),
        ("tg://resolve?domain=HashportSupport", "telegram"),
        ("https://t.me/joinchat/AAAA", "url"),
        ("https://t.me/+AAAA", "url"),
        ("x.com/hashport", "x"),
        ("https://twitter.com/hashport/status/1", "x"),
        ("https://twitter.com/intent/user?screen_name=hashport", "x"),
        ("https://x.com/home", "url"),
        ("+1 415 555 0100", "phone"),
        ("(415) 555-0100", "phone"),
        ("+1.415.555.0100", "phone"),
        ("tel:+14155550100", "phone"),
        ("https://wa.me/14155550100", "phone"),
        ("1-800-HASHPORT", "phone"),
        ("Hashport Support: +1 888 555 0147", "phone"),
        ("203.0.113.7", "domain"),
        ("hello world", "unknown"),
        ("", "unknown"),
        ("   ", "unknown"),
        ("javascript:alert(1)", "url"),
    ],
)
def test_kinds(value: str, kind: str) -> None:
    assert parse_value(value).kind == kind


def test_clean_trims_wrappers_and_controls() -> None:
    assert clean("  <https://hashport.io>\n") == "https://hashport.io"
    assert clean('"hashport.io"') == "hashport.io"
    assert clean("\u200bhash\tport.io\u200b") == "hashport.io"
    assert clean("hashport\uff0eio") == "hashport.io"


def test_handles_keep_their_spelling_and_network() -> None:
    p = parse_value("https://t.me/@HashportSupport/42")
    assert (p.kind, p.handle, p.network) == ("telegram", "HashportSupport", "telegram")
    p = parse_value("@HashportSupport")
    assert (p.kind, p.handle, p.network) == ("handle", "HashportSupport", "")
