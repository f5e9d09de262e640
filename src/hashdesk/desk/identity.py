"""Customer identity (the exchange's JWT) and conversation tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import jwt

from ..config import Settings
from ..domain.model import Unauthorized

CONVERSATION_TOKEN_DAYS = 30


@dataclass(frozen=True, slots=True)
class CustomerClaims:
    sub: str
    email: str | None
    name: str | None
    tier: str
    lang: str | None


def _public_key(settings: Settings) -> str:
    key = settings.customer_jwt_public_key.strip()
    if key and not key.startswith("-----BEGIN"):
        key = Path(key).read_text("utf-8")
    return key


def verify_customer_jwt(token: str, settings: Settings) -> CustomerClaims:
    """Check an exchange-issued customer token. ``exp`` is required; ``alg: none`` refused."""
    algorithms = ["HS256"]
    key: Any = settings.customer_jwt_secret.get_secret_value()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise Unauthorized("customer token is malformed", code="invalid_token") from exc
    if header.get("alg") == "RS256" and settings.customer_jwt_public_key:
        algorithms = ["RS256"]
        key = _public_key(settings)
    options: dict[str, Any] = {"require": ["exp", "sub"]}
    kwargs: dict[str, Any] = {}
    if settings.customer_jwt_audience:
        kwargs["audience"] = settings.customer_jwt_audience
    else:
        options["verify_aud"] = False
    if settings.customer_jwt_issuer:
        kwargs["issuer"] = settings.customer_jwt_issuer
        options["require"].append("iss")
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=algorithms,
            options=options,
            **kwargs,  # type: ignore[arg-type]
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("customer token has expired", code="token_expired") from exc
    except jwt.PyJWTError as exc:
        raise Unauthorized("customer token is not valid", code="invalid_token") from exc
    tier = claims.get("tier", "standard")
    if tier not in ("standard", "vip"):
        tier = "standard"
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub or len(sub) > 200:
        raise Unauthorized("customer token has no valid `sub`", code="invalid_token")
    return CustomerClaims(
        sub=sub,
        email=_str(claims.get("email"), 320),
        name=_str(claims.get("name"), 200),
        tier=tier,
        lang=_str(claims.get("lang"), 10),
    )


def _str(v: Any, limit: int) -> str | None:
    return v[:limit] if isinstance(v, str) and v else None


def issue_customer_jwt(
    settings: Settings,
    sub: str,
    *,
    now: datetime,
    email: str | None = None,
    name: str | None = None,
    tier: str = "standard",
    lang: str | None = None,
    ttl: timedelta = timedelta(hours=24),
) -> str:
    """What the exchange's back end does; `hashdesk token` uses it for demos and tests."""
    claims: dict[str, Any] = {"sub": sub, "tier": tier, "exp": int((now + ttl).timestamp())}
    claims["iat"] = int(now.timestamp())
    if email:
        claims["email"] = email
    if name:
        claims["name"] = name
    if lang:
        claims["lang"] = lang
    if settings.customer_jwt_audience:
        claims["aud"] = settings.customer_jwt_audience
    if settings.customer_jwt_issuer:
        claims["iss"] = settings.customer_jwt_issuer
    return jwt.encode(claims, settings.customer_jwt_secret.get_secret_value(), algorithm="HS256")


@dataclass(frozen=True, slots=True)
class ConversationGrant:
    conversation_id: str
    customer_id: str


def issue_conversation_token(
    settings: Settings, conversation_id: str, customer_id: str, now: datetime
) -> str:
    claims = {
        "typ": "conv",
        "cid": conversation_id,
        "cus": customer_id,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(days=CONVERSATION_TOKEN_DAYS)).timestamp()),
    }
    return jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm="HS256")


def verify_conversation_token(token: str, settings: Settings) -> ConversationGrant | None:
    """None when this is not one of our conversation tokens (it may be a customer JWT)."""
    try:
        claims = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=["HS256"],
            options={"require": ["exp", "cid", "cus"]},
        )
    except jwt.PyJWTError:
        return None
    if claims.get("typ") != "conv":
        return None
    return ConversationGrant(conversation_id=str(claims["cid"]), customer_id=str(claims["cus"]))
