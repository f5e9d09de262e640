from datetime import UTC, datetime, timedelta

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hashdesk.config import Settings
from hashdesk.desk.identity import (
    issue_conversation_token,
    issue_customer_jwt,
    verify_conversation_token,
    verify_customer_jwt,
)
from hashdesk.domain.model import Unauthorized

SECRET = "s" * 40
NOW = datetime.now(UTC)


def settings(**kw: object) -> Settings:
    return Settings(customer_jwt_secret=SECRET, **kw)  # type: ignore[arg-type]


def test_valid_token_gives_claims() -> None:
    s = settings()
    tok = issue_customer_jwt(s, "acct-1", now=NOW, email="a@b.c", tier="vip", lang="zh")
    c = verify_customer_jwt(tok, s)
    assert (c.sub, c.email, c.tier, c.lang) == ("acct-1", "a@b.c", "vip", "zh")


@pytest.mark.parametrize(
    "claims",
    [
        {"sub": "x"},  # no exp
        {"sub": "x", "exp": int((NOW - timedelta(minutes=5)).timestamp())},  # expired
        {"exp": int((NOW + timedelta(hours=1)).timestamp())},  # no sub
    ],
)
def test_refused_claims(claims: dict) -> None:
    with pytest.raises(Unauthorized):
        verify_customer_jwt(jwt.encode(claims, SECRET, algorithm="HS256"), settings())


def test_alg_none_and_wrong_key_are_refused() -> None:
    claims = {"sub": "x", "exp": int((NOW + timedelta(hours=1)).timestamp())}
    unsigned = jwt.encode(claims, None, algorithm="none")  # type: ignore[arg-type]
    with pytest.raises(Unauthorized):
        verify_customer_jwt(unsigned, settings())
    with pytest.raises(Unauthorized):
        verify_customer_jwt(jwt.encode(claims, "k" * 40, algorithm="HS256"), settings())
    with pytest.raises(Unauthorized):
        verify_customer_jwt("garbage", settings())


def test_audience_and_issuer_checked_only_when_configured() -> None:
    claims = {"sub": "x", "exp": int((NOW + timedelta(hours=1)).timestamp())}
    tok = jwt.encode(claims, SECRET, algorithm="HS256")
    verify_customer_jwt(tok, settings())
    with pytest.raises(Unauthorized):
        verify_customer_jwt(tok, settings(customer_jwt_audience="desk"))
    good = jwt.encode({**claims, "aud": "desk", "iss": "exchange"}, SECRET, algorithm="HS256")
    verify_customer_jwt(
        good, settings(customer_jwt_audience="desk", customer_jwt_issuer="exchange")
    )
    with pytest.raises(Unauthorized):
        verify_customer_jwt(good, settings(customer_jwt_issuer="someone-else"))


def test_rs256_with_configured_public_key() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    claims = {"sub": "rs", "exp": int((NOW + timedelta(hours=1)).timestamp())}
    tok = jwt.encode(claims, key, algorithm="RS256")
    assert verify_customer_jwt(tok, settings(customer_jwt_public_key=pem)).sub == "rs"
    with pytest.raises(Unauthorized):
        verify_customer_jwt(tok, settings())  # no public key configured: refused


def test_conversation_tokens_are_scoped_and_not_customer_tokens() -> None:
    s = settings()
    tok = issue_conversation_token(s, "conv_1", "cus_1", NOW)
    grant = verify_conversation_token(tok, s)
    assert grant is not None and grant.conversation_id == "conv_1"
    assert verify_conversation_token(issue_customer_jwt(s, "x", now=NOW), s) is None
    assert verify_conversation_token(tok + "x", s) is None
