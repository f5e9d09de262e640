from pathlib import Path

import pytest
from pydantic import ValidationError

from hashdesk.config import Settings, load_settings, parse_rate
from hashdesk.store.db import async_url, sync_url


def test_demo_secrets_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="demo value"):
        Settings(env="production")
    Settings(env="production", customer_jwt_secret="x" * 40, secret_key="y" * 40)


def test_rate_limit_syntax() -> None:
    assert parse_rate("20/second") == (20, 1.0)
    assert parse_rate("100/minute") == (100, 60.0)
    with pytest.raises(ValueError):
        parse_rate("fast")
    with pytest.raises(ValidationError):
        Settings(rate_limit="0/second")
    assert Settings(rate_limit="off").rate_limit == "off"


def test_plain_urls_map_to_the_drivers() -> None:
    assert async_url("sqlite:///var/x.db").startswith("sqlite+aiosqlite:///")
    assert sync_url("sqlite:///var/x.db").startswith("sqlite+pysqlite:///")
    assert async_url("postgresql://u@h:5432/d") == "postgresql+asyncpg://u@h:5432/d"
    assert sync_url("postgresql://u@h:5432/d") == "postgresql+psycopg://u@h:5432/d"
    with pytest.raises(ValueError):
        sync_url("mysql://x/y")


def test_config_file_then_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "hd.toml"
    f.write_text('port = 9001\nhost = "0.0.0.0"\n')
    monkeypatch.setenv("HASHDESK_PORT", "9002")
    s = load_settings(f)
    assert s.port == 9002 and s.host == "0.0.0.0"
