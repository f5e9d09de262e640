"""The contract's matching rules ("Official-channel check"), one test group per rule."""

from __future__ import annotations

import pytest

from hashdesk.trust import IMPERSONATION, NOT_OFFICIAL, OFFICIAL, Registry, check, loads


def verdict(value: str, reg: Registry) -> str:
    return check(value, reg).verdict


# -- a domain entry covers the domain and all its subdomains -------------------------------
@pytest.mark.parametrize(
    "value",
    [
        "hashport.io",
        "www.hashport.io",
        "a.b.c.hashport.io",
        "hashport-exchange.com",
        "api.v2.hashport-exchange.com",
    ],
)
def test_domain_and_subdomains_are_official(demo: Registry, value: str) -> None:
    result = check(value, demo)
    assert (result.verdict, result.kind) == (OFFICIAL, "domain")
    assert "resembles" not in result.to_public()


@pytest.mark.parametrize("value", ["xhashport.io", "hashport.io.evil.io", "io", "port.io"])
def test_only_real_subdomains_count(demo: Registry, value: str) -> None:
    assert verdict(value, demo) != OFFICIAL


# -- host names compare case-insensitively, ignoring one trailing dot ------------------------
@pytest.mark.parametrize("value", ["HASHPORT.IO", "HashPort.Io.", "WWW.HASHPORT-EXCHANGE.COM."])
def test_case_and_one_trailing_dot(demo: Registry, value: str) -> None:
    assert verdict(value, demo) == OFFICIAL


def test_two_trailing_dots_are_not_official(demo: Registry) -> None:
    result = check("hashport.io..", demo)
    assert result.verdict == IMPERSONATION
    assert result.resembles == "hashport.io"


# -- scheme, port, path, query and fragment do not change the verdict ------------------------
DECORATIONS = [
    "{h}",
    "http://{h}",
    "https://{h}/",
    "https://{h}:8443",
    "ftp://{h}:21/x",
    "{h}:8080/login",
    "https://{h}/a/b?c=d&e=f#g",
    "https://{h}/?next=https://evil.io",
    "wss://{h}/stream",
    "  https://{h}/  ",
]


@pytest.mark.parametrize("template", DECORATIONS)
@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("hashport.io", OFFICIAL),
        ("support.hashport-exchange.com", OFFICIAL),
        ("google.com", NOT_OFFICIAL),
        ("hashport-login.com", IMPERSONATION),
    ],
)
def test_url_parts_do_not_change_the_verdict(
    demo: Registry, template: str, host: str, expected: str
) -> None:
    assert verdict(template.format(h=host), demo) == expected


# -- strict URL parsing ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://hashport-exchange.com@evil.io/", IMPERSONATION),  # user-info trick
        ("https://hashport.io:443@evil.io", IMPERSONATION),
        ("https://evil.io@hashport.io/", OFFICIAL),  # the host is hashport.io
        ("https://evil.io\\@hashport.io", IMPERSONATION),  # backslash: the host is evil.io
        ("https://hashport.io\\@evil.io", OFFICIAL),
        ("https://hashport.io%2F@evil.io", IMPERSONATION),
        ("hashport.io%2eevil.io", IMPERSONATION),
        ("https://hashport.io#@evil.io", OFFICIAL),
        ("HTTPS://HASHPORT.IO.:443/", OFFICIAL),
        ("https:/hashport.io", OFFICIAL),
        ("//hashport.io", OFFICIAL),
        ("\thashport.io\n", OFFICIAL),
        ("ｈａｓｈｐｏｒｔ．ｉｏ", OFFICIAL),  # UTS #46 maps full-width forms
        ("xn--hshport-2fg.io", IMPERSONATION),
        ("https://203.0.113.7/hashport-login", IMPERSONATION),
        ("https://203.0.113.7/", NOT_OFFICIAL),
    ],
)
def test_url_tricks(demo: Registry, value: str, expected: str) -> None:
    assert verdict(value, demo) == expected


# -- e-mail: an address, or @domain for every address at exactly that domain -----------------
@pytest.mark.parametrize(
    "value",
    [
        "support@hashport-exchange.com",
        "SUPPORT@Hashport-Exchange.COM",
        "support@hashport-exchange.com.",
        "mailto:support@hashport-exchange.com?subject=help",
        "Hashport <support@hashport-exchange.com>",
        "anyone@hashport.io",
        "no-reply@HASHPORT.IO",
    ],
)
def test_official_addresses(demo: Registry, value: str) -> None:
    result = check(value, demo)
    assert (result.kind, result.verdict) == ("email", OFFICIAL)
    assert "forged" in result.reason


@pytest.mark.parametrize(
    "value",
    [
        "billing@hashport-exchange.com",  # official domain, unlisted address
        "support@mail.hashport.io",  # @hashport.io covers exactly that domain
        "support@www.hashport-exchange.com",
    ],
)
def test_uncovered_addresses_are_not_official(demo: Registry, value: str) -> None:
    result = check(value, demo)
    assert result.verdict == NOT_OFFICIAL
    assert result.technique == "unlisted-address"


def test_email_entry_for_a_subdomain_covers_only_it(demo: Registry) -> None:
    reg = loads('[official]\ndomains = ["x-exchange.com"]\nemails = ["@mail.x-exchange.com"]')
    assert verdict("a@mail.x-exchange.com", reg) == OFFICIAL
    assert verdict("a@x-exchange.com", reg) != OFFICIAL
    assert verdict("a@eu.mail.x-exchange.com", reg) != OFFICIAL


# -- handles ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("@HashportSupport", "handle"),
        ("@hashportsupport", "handle"),
        ("@HASHPORT", "handle"),  # official on X only: a bare handle may be either
        ("t.me/hashportexchange", "telegram"),
        ("https://t.me/HashportSupport", "telegram"),
        ("https://telegram.me/HashportSupport", "telegram"),
        ("x.com/Hashport", "x"),
        ("https://twitter.com/hashport", "x"),
        ("https://www.twitter.com/HASHPORT/status/1", "x"),
    ],
)
def test_official_handles(demo: Registry, value: str, kind: str) -> None:
    result = check(value, demo)
    assert (result.kind, result.verdict) == (kind, OFFICIAL)


@pytest.mark.parametrize(
    ("value", "resembles"),
    [
        ("x.com/HashportSupport", "@HashportSupport"),  # Telegram account, not an X one
        ("t.me/hashport", "@hashport"),  # X account, not a Telegram one
    ],
)
def test_a_handle_is_official_only_on_its_network(
    demo: Registry, value: str, resembles: str
) -> None:
    result = check(value, demo)
    assert result.verdict == IMPERSONATION
    assert result.resembles == resembles


# -- phones: digits in international form -----------------------------------------------------
@pytest.mark.parametrize(
    "value",
    [
        "+1 415 555 0100",
        "+14155550100",
        "+1 (415) 555-0100",
        "+1.415.555.0100",
        "(415) 555-0100",
        "415-555-0100",
        "tel:+1-415-555-0100",
        "+44 20 7946 0100",
        "+44 (0)20 7946 0100",
        "0044 20 7946 0100",
        "020 7946 0100",
        "011 44 20 7946 0100",
    ],
)
def test_official_phones(demo: Registry, value: str) -> None:
    result = check(value, demo)
    assert (result.kind, result.verdict) == ("phone", OFFICIAL)


# -- impersonation ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "resembles"),
    [
        ("hashport-exchange.com.evil.io", "hashport-exchange.com"),
        ("hashport-support.com", "hashport-exchange.com"),
        ("hashport-exchange-com.net", "hashport-exchange.com"),
        ("secure-hashport.io", "hashport.io"),
        ("login.hashport.io.verify-account.ru", "hashport.io"),
        ("hаshport.io", "hashport.io"),
        ("https://xn--hshport-2fg.io/", "hashport.io"),
        ("hashprot.io", "hashport.io"),
        ("hashport.com", "hashport.io"),
        ("hash-port.io", "hashport.io"),
        ("hashportio.com", "hashport.io"),
        ("@HashportSupport_", "@HashportSupport"),
        ("@HashpοrtSupport", "@HashportSupport"),
        ("@HashportSupp0rt", "@HashportSupport"),
        ("@HashportExchangeOfficial", "@HashportExchange"),
        ("hashport.support@gmail.com", "support@hashport-exchange.com"),
        ("support@hashport-exchange.co", "support@hashport-exchange.com"),
        ("+1 415 555 0101", "+1 415 555 0100"),
        ("+44 20 7946 0109", "+44 20 7946 0100"),
    ],
)
def test_impersonation_names_what_it_imitates(demo: Registry, value: str, resembles: str) -> None:
    result = check(value, demo)
    assert result.verdict == IMPERSONATION, result.reason
    assert result.resembles == resembles
    assert result.to_public()["resembles"] == resembles


@pytest.mark.parametrize(
    "value",
    [
        "google.com",
        "@randomuser",
        "+1 212 555 0199",
        "passport.gov",
        "support@gmail.com",
        "t.me/durov",
        "hello world",
        "",
    ],
)
def test_unrelated_values_are_not_official(demo: Registry, value: str) -> None:
    result = check(value, demo)
    assert result.verdict == NOT_OFFICIAL, result.reason
    assert "resembles" not in result.to_public()


def test_public_shape(demo: Registry) -> None:
    out = check("hashp0rt.io", demo).to_public()
    assert {"value", "kind", "verdict", "reason", "resembles"} <= set(out)
    assert out["value"] == "hashp0rt.io"
    assert out["kind"] in ("domain", "url", "email", "telegram", "x", "handle", "phone")


# -- nothing is tied to the demo brand ----------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.example-exchange.com/login", OFFICIAL),
        ("support@example-exchange.com", OFFICIAL),
        ("@exampleexchange", OFFICIAL),
        ("@EXAMPLE_EXCHANGE", OFFICIAL),
        ("+1 (415) 555-0100", OFFICIAL),
        ("examp1e-exchange.com", IMPERSONATION),
        ("example-exchange.co", IMPERSONATION),
        ("example-exchange.com.evil.io", IMPERSONATION),
        ("@Example_Exchange_Support", IMPERSONATION),
        ("t.me/example_exchange", IMPERSONATION),
        ("help@example-exchange.com", NOT_OFFICIAL),  # at the real domain, unlisted
        ("@example_support", IMPERSONATION),
        ("hashport.io", NOT_OFFICIAL),
        ("@HashportSupport", NOT_OFFICIAL),
        ("binance.com", NOT_OFFICIAL),
    ],
)
def test_another_registry(example: Registry, value: str, expected: str) -> None:
    assert verdict(value, example) == expected


def test_empty_registry_never_calls_anything_official() -> None:
    reg = Registry()
    for value in ("hashport.io", "@x", "+1 415 555 0100", "a@b.com", "(415) 555-0100"):
        assert verdict(value, reg) == NOT_OFFICIAL
