"""Property tests: `check` never raises, and official values survive any decoration."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from hashdesk.trust import OFFICIAL, Registry, check
from hashdesk.trust.values import KINDS

DEMO = Registry.default()
VERDICTS = {"official", "not_official", "impersonation"}

pieces = st.sampled_from(
    [
        "https://",
        "http:",
        "//",
        "@",
        ":",
        "/",
        "\\",
        ".",
        "..",
        "?",
        "#",
        "%2e",
        "%",
        "xn--",
        "hashport",
        "io",
        "com",
        "t.me/",
        "x.com/",
        "+1",
        "+44",
        " ",
        "\t",
        "00",
        "(",
        ")",
        "-",
        "а",
        "ο",
        "\u3002",
        "\u200b",
        "\u0301",
        "mailto:",
        "tel:",
        "[",
        "]",
        "ext",
        "_",
    ]
)
mixed = st.lists(st.one_of(pieces, st.text(max_size=4)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), mixed))
def test_check_never_raises(value: str) -> None:
    result = check(value, DEMO)
    assert result.verdict in VERDICTS
    assert result.kind in KINDS
    out = result.to_public()
    assert out["value"] == value
    assert ("resembles" in out) == (result.verdict == "impersonation")


def _random_case(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.upper() if f else c for c, f in zip(text, flips, strict=True))


@st.composite
def official_urls(draw: st.DrawFn) -> str:
    domain = draw(st.sampled_from(DEMO.domains))
    labels = draw(
        st.lists(
            st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=8), max_size=3
        )
    )
    host = _random_case(draw, ".".join([*labels, domain])) + draw(st.sampled_from(["", "."]))
    scheme = draw(st.sampled_from(["", "http://", "https://", "HTTPS://", "//", "wss://"]))
    port = draw(st.sampled_from(["", ":443", ":8080"]))
    safe = string.ascii_letters + string.digits + "/?#=&@.:-_%"
    tail = draw(st.sampled_from(["", "/"])) + draw(st.text(safe, max_size=20))
    if tail and tail[0] not in "/?#":
        tail = "/" + tail
    return f"{scheme}{host}{port}{tail}"


@settings(max_examples=150, deadline=None)
@given(official_urls())
def test_decorated_official_hosts_stay_official(value: str) -> None:
    assert check(value, DEMO).verdict == OFFICIAL, value


@st.composite
def official_handles(draw: st.DrawFn) -> str:
    network = draw(st.sampled_from(["telegram", "x"]))
    listed = draw(st.sampled_from(getattr(DEMO, network)))
    name = _random_case(draw, listed.lstrip("@"))
    if network == "telegram":
        form = draw(st.sampled_from(["@{}", "t.me/{}", "https://t.me/{}", "telegram.me/{}"]))
    else:
        form = draw(st.sampled_from(["@{}", "x.com/{}", "https://twitter.com/{}/status/1"]))
    return form.format(name)


@settings(max_examples=100, deadline=None)
@given(official_handles())
def test_handles_are_case_insensitive(value: str) -> None:
    assert check(value, DEMO).verdict == OFFICIAL, value
