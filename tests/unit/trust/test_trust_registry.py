"""Loading and validating registry files."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from hashdesk.trust import Registry, RegistryError, load, loads
from hashdesk.trust.registry import FIELDS


def test_demo_registry_has_exactly_the_contract_shape() -> None:
    text = resources.files("hashdesk.trust").joinpath("data", "demo_registry.toml").read_text()
    data = tomllib.loads(text)
    assert list(data) == ["official"]
    assert set(data["official"]) == set(FIELDS)
    assert all(isinstance(v, list) and v for v in data["official"].values())


def test_default_is_the_demo_brand(demo: Registry) -> None:
    assert demo.domains == ("hashport-exchange.com", "hashport.io")
    assert demo.emails == ("support@hashport-exchange.com", "@hashport.io")
    assert demo.telegram == ("@HashportExchange", "@HashportSupport")
    assert demo.x == ("@hashport",)
    assert demo.phones == ("+1 415 555 0100", "+44 20 7946 0100")
    assert demo.index.regions == ("US", "GB")
    assert [p.e164 for p in demo.index.phones] == ["+14155550100", "+442079460100"]
    assert demo.index.email_domains == {"hashport.io": "@hashport.io"}
    assert demo.index.telegram == {
        "hashportexchange": "@HashportExchange",
        "hashportsupport": "@HashportSupport",
    }


def test_load_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "reg.toml"
    path.write_text('[official]\ndomains = ["Bücher-Exchange.DE."]\ntelegram = ["bucher"]\n')
    reg = load(path)
    assert reg.source == str(path)
    assert reg.index.domains[0].ascii == "xn--bcher-exchange-gsb.de"
    assert reg.index.telegram == {"bucher": "bucher"}
    assert reg.emails == reg.x == reg.phones == ()


def test_registry_is_hashable_and_compares_by_entries(tmp_path: Path) -> None:
    a = loads('[official]\ndomains = ["a-exchange.com"]')
    b = Registry(domains=("a-exchange.com",))
    assert a == b and hash(a) == hash(b)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("official = 1", "missing [official] table"),
        ("[other]\nx = 1", "missing [official] table"),
        ("[official]\ndomain = ['a.com']", "unknown key(s) in [official]: domain"),
        ("[official]\ndomains = 'a.com'", "[official].domains must be a list of strings"),
        ("[official]\ndomains = [1]", "[official].domains must be a list of strings"),
        ("[official]\ndomains = ['https://a.com/']", "is not a bare host name"),
        ("[official]\ndomains = ['localhost']", "is not a bare host name"),
        ("[official]\ndomains = ['10.0.0.1']", "is not a bare host name"),
        ("[official]\ndomains = ['a..com']", "is not a bare host name"),
        ("[official]\nemails = ['support']", "must be an address or '@domain'"),
        ("[official]\nemails = ['a b@x.com']", "must be an address or '@domain'"),
        ("[official]\nemails = ['@not a domain']", "is not a bare host name"),
        ("[official]\ntelegram = ['@bad name']", "must look like '@name'"),
        ("[official]\nx = ['@']", "must look like '@name'"),
        ("[official]\nphones = ['415 555 0100']", "must be in international form"),
        ("[official]\nphones = ['+1 12']", "not a possible phone number"),
        ("[official]\nphones = ['+abc']", "is not a phone number"),
        ("[official\n", "not valid TOML"),
    ],
)
def test_bad_registries_are_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(RegistryError, match="^where: ") as info:
        loads(text, source="where")
    assert message in str(info.value)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read registry"):
        load(tmp_path / "absent.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b"[official]\ndomains = ['caf\xe9.com']\n")
    with pytest.raises(RegistryError, match="not UTF-8"):
        load(bad)


def test_direct_construction_validates_too() -> None:
    with pytest.raises(RegistryError, match="bare host name"):
        Registry(domains=("not a host",))
