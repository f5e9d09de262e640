from datetime import timedelta
from pathlib import Path

import pytest

from hashdesk.domain.catalog import CatalogError, load_catalog

CATALOG_IDS = {
    "account_access",
    "account_security",
    "deposit",
    "withdrawal",
    "trading",
    "futures",
    "api_keys",
    "compliance_review",
    "general",
}


def test_shipped_catalog_matches_catalog_md() -> None:
    cat = load_catalog()
    assert set(cat.categories) == CATALOG_IDS
    assert cat.get("account_security").first_response == timedelta(minutes=5)
    assert cat.get("account_security").priority == "urgent"
    assert cat.get("compliance_review").first_response == timedelta(hours=48)
    assert cat.get("deposit").materials[0] == "TxID"
    assert cat.first_response_target("general", channel="email", vip=False) == timedelta(hours=24)
    assert cat.first_response_target("general", channel="web", vip=False) == timedelta(hours=1)


def test_vip_gets_tighter_targets_and_its_own_team_but_not_for_specialists() -> None:
    cat = load_catalog()
    assert cat.first_response_target("deposit", channel="app", vip=True) == timedelta(hours=1)
    assert cat.team_for("deposit", vip=True) == "vip"
    assert cat.team_for("account_security", vip=True) == "security"
    assert cat.team_for("unknown_category", vip=False) == "support"


def test_operator_catalog_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text('[[category]]\nid = "x"\nfirst_response_minutes = 5\n')
    with pytest.raises(CatalogError, match="general"):
        load_catalog(bad)
    bad.write_text('[[category]]\nid = "general"\nfirst_response_minutes = 5\npriority = "asap"\n')
    with pytest.raises(CatalogError, match="priority"):
        load_catalog(bad)
    bad.write_text("not toml [")
    with pytest.raises(CatalogError):
        load_catalog(bad)
