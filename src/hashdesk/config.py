"""Typed settings: one class, env prefix ``HASHDESK_``, fails fast on bad values.

Every field is documented here and in docs/configuration.md (a test checks they agree).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEMO_CUSTOMER_JWT_SECRET = "demo-customer-jwt-secret-change-me-0123456789"  # noqa: S105 - the refused demo value
DEMO_SECRET_KEY = "demo-secret-key-change-me-0123456789abcdef"  # noqa: S105 - the refused demo value


def default_var_dir() -> Path:
    return Path.cwd() / "var"


class Settings(BaseSettings):
    """All of hashdesk's configuration. Environment variables win over a --config file."""

    model_config = SettingsConfigDict(env_prefix="HASHDESK_", extra="ignore")

    env: Literal["demo", "test", "production"] = Field(
        "demo",
        description="Deployment kind: demo, test or production; the demo secrets are "
        "accepted only in demo and test.",
    )
    var_dir: Path = Field(
        default_factory=default_var_dir, description="Where the SQLite file and logs live."
    )
    database_url: str = Field("", description="Database URL (sqlite:///path or postgresql://...).")
    redis_url: str = Field(
        "", description="Redis URL for multi-node realtime fan-out; empty = in-process bus."
    )
    host: str = Field("127.0.0.1", description="Where `hashdesk serve` listens.")
    port: int = Field(8000, ge=0, le=65535, description="Port of `hashdesk serve`.")
    public_url: str = Field(
        "", description="Public base URL used in printed links; default http://HOST:PORT."
    )
    secret_key: SecretStr = Field(
        SecretStr(DEMO_SECRET_KEY), description="Signs conversation tokens and CSRF tokens."
    )
    customer_jwt_secret: SecretStr = Field(
        SecretStr(DEMO_CUSTOMER_JWT_SECRET), description="HS256 secret of customer JWTs."
    )
    customer_jwt_public_key: str = Field(
        "", description="PEM public key (or a path to one) for RS256 customer JWTs."
    )
    customer_jwt_audience: str = Field("", description="Required `aud` of customer JWTs, if set.")
    customer_jwt_issuer: str = Field("", description="Required `iss` of customer JWTs, if set.")
    smtp_listen: str = Field(
        "", description="host:port of the built-in inbound SMTP server; empty = off."
    )
    smtp_relay: str = Field(
        "", description="host:port of the outbound SMTP relay; empty = queued, not sent."
    )
    support_email: str = Field(
        "support@hashport-exchange.com", description="From/To of support mail."
    )
    telegram_token: SecretStr = Field(SecretStr(""), description="Telegram bot token; empty = off.")
    telegram_api_url: str = Field(
        "https://api.telegram.org", description="Telegram Bot API base URL."
    )
    registry_file: Path | None = Field(
        None, description="Official-channel registry TOML; default demo."
    )
    catalog_file: Path | None = Field(
        None, description="Catalog TOML; default the shipped catalog."
    )
    sqlite_synchronous: Literal["FULL", "NORMAL"] = Field(
        "FULL",
        description="SQLite fsync policy: FULL syncs every group commit (survives power loss); "
        "NORMAL survives a crash of the process but not of the machine, and is faster.",
    )
    kb_dir: Path | None = Field(
        None,
        description="Operator knowledge-base directory (Markdown articles) over the shipped one.",
    )
    assistant_idle_minutes: float = Field(
        30.0,
        gt=0,
        description="A conversation left with the assistant this long counts as abandoned.",
    )
    rate_limit: str = Field(
        "20/second", description="Limit on public endpoints per client, or `off`."
    )
    max_body_bytes: int = Field(256 * 1024, ge=1024, description="Largest request body accepted.")
    max_message_chars: int = Field(8000, ge=100, description="Longest message text accepted.")
    reopen_window_hours: float = Field(
        72.0,
        ge=0,
        description="A resolved conversation reopens on a customer message within this window.",
    )
    agent_session_hours: float = Field(12.0, gt=0, description="Agent session lifetime.")
    login_max_failures: int = Field(
        5, ge=1, description="Failed sign-ins before an account is locked."
    )
    login_lockout_minutes: float = Field(15.0, gt=0, description="How long a lockout lasts.")
    timer_poll_seconds: float = Field(
        1.0, gt=0, description="How often the job runner looks for due timers."
    )
    commit_batch_max: int = Field(256, ge=1, description="Most writes grouped into one commit.")
    log_level: str = Field("INFO", description="Log level.")
    log_json: bool = Field(False, description="Emit logs as JSON lines instead of console lines.")
    cookie_secure: bool = Field(
        False, description="Mark console cookies Secure (set behind HTTPS)."
    )
    exchange_webhook_url: str = Field(
        "",
        description="Where approved sensitive actions go (the exchange's back end); "
        "empty = they wait in the outbox.",
    )
    exchange_webhook_secret: SecretStr = Field(
        SecretStr(""),
        description="HMAC-SHA256 key signing those webhooks (`X-Hashdesk-Signature`); "
        "required with the URL, at least 16 characters.",
    )
    exchange_webhook_max_attempts: int = Field(
        8, ge=1, le=100, description="Delivery attempts before an approved action is marked failed."
    )
    exchange_webhook_backoff_seconds: float = Field(
        10.0,
        gt=0,
        description="Wait before the first retry; it doubles after each failed attempt "
        "(at most an hour).",
    )
    exchange_webhook_timeout_seconds: float = Field(
        10.0, gt=0, description="Timeout of one delivery attempt."
    )
    retention_days: int = Field(
        0,
        ge=0,
        description="Empty conversations closed more than this many days ago (message text, "
        "evidence, customer e-mail and name); 0 keeps everything.",
    )
    retention_interval_minutes: float = Field(
        60.0, gt=0, description="How often the job runner applies the retention policy."
    )

    @field_validator("rate_limit")
    @classmethod
    def _check_rate(cls, v: str) -> str:
        if v == "off":
            return v
        parse_rate(v)
        return v

    @model_validator(mode="after")
    def _refuse_demo_secrets(self) -> Settings:
        if self.exchange_webhook_url:
            if not self.exchange_webhook_url.startswith(("http://", "https://")):
                raise ValueError("HASHDESK_EXCHANGE_WEBHOOK_URL must be an http(s) URL")
            if len(self.exchange_webhook_secret.get_secret_value()) < 16:
                raise ValueError(
                    "HASHDESK_EXCHANGE_WEBHOOK_SECRET (16+ characters) is required with "
                    "HASHDESK_EXCHANGE_WEBHOOK_URL"
                )
        if self.env not in ("demo", "test"):
            if self.customer_jwt_secret.get_secret_value() == DEMO_CUSTOMER_JWT_SECRET and not (
                self.customer_jwt_public_key
            ):
                raise ValueError("HASHDESK_CUSTOMER_JWT_SECRET is the demo value; set a real one")
            if self.secret_key.get_secret_value() == DEMO_SECRET_KEY:
                raise ValueError("HASHDESK_SECRET_KEY is the demo value; set a real one")
        return self

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.var_dir / 'hashdesk.sqlite3'}"

    @property
    def base_url(self) -> str:
        return self.public_url.rstrip("/") or f"http://{self.host}:{self.port}"


def parse_rate(value: str) -> tuple[int, float]:
    """`20/second` → (20, 1.0). Units: second, minute, hour."""
    try:
        count_s, unit = value.split("/", 1)
        count = int(count_s)
    except ValueError as exc:
        raise ValueError(f"rate limit must look like 20/second, got {value!r}") from exc
    seconds = {"second": 1.0, "s": 1.0, "minute": 60.0, "m": 60.0, "hour": 3600.0, "h": 3600.0}
    if unit not in seconds or count <= 0:
        raise ValueError(f"rate limit must look like 20/second, got {value!r}")
    return count, seconds[unit]


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from a TOML config file (keys without prefix), then env, then overrides."""
    file_values: dict[str, Any] = {}
    if config_file is not None:
        with config_file.open("rb") as fh:
            raw = tomllib.load(fh)
        file_values = {k.lower(): v for k, v in raw.get("hashdesk", raw).items()}
    # pydantic-settings: init kwargs beat env; we want env to beat the file, so merge by hand.
    env_settings = Settings()
    merged = {**file_values}
    for name in Settings.model_fields:
        if name in env_settings.model_fields_set:
            merged[name] = getattr(env_settings, name)
    merged.update(overrides)
    return Settings(**merged)
