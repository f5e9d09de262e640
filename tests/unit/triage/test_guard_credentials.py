"""Passwords, one-time codes and API secrets introduced as such — and statements about them."""

from __future__ import annotations

import pytest

from hashdesk.triage.guard import marker, scan


def found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in scan(text).secrets]


PASSWORDS = [
    ("my password is Abc123!", "Abc123!"),
    ("Password: hunter22", "hunter22"),
    ("pwd: s3cr3t-pass", "s3cr3t-pass"),
    ('my login password is "correct horse"', "correct horse"),
    ("password is: Summer2024", "Summer2024"),
    ("密码是abc12345", "abc12345"),
    ("我的密码abc12345", "abc12345"),
    ("登录密码：Wang@1988 邮箱在下面", "Wang@1988"),
    ("contraseña: hola1234", "hola1234"),
    ("mi contraseña es Barcelona#77", "Barcelona#77"),
    ("пароль Qwerty123", "Qwerty123"),
    ("мой пароль: Zx!90ab", "Zx!90ab"),
    ("mật khẩu của tôi là Hanoi@2024", "Hanoi@2024"),
    ("şifrem: Abc12345", "Abc12345"),
    ("minha senha é Saopaulo@123", "Saopaulo@123"),
    ("비밀번호는 abc123입니다", "abc123"),
    ("パスワードは abc123 です", "abc123"),
]


@pytest.mark.parametrize(("text", "value"), PASSWORDS)
def test_password_introduced_as_such(text: str, value: str) -> None:
    assert found(text) == [("password", value)]
    assert value not in scan(text).redacted_text


OTPS = [
    ("my 2fa code is 123456", "123456"),
    ("验证码 123456", "123456"),
    ("验证码是654321", "654321"),
    ("google authenticator code: 123 456", "123 456"),
    ("the SMS code I got was 482913", "482913"),
    ("I entered the 2FA code 654321 but it fails", "654321"),
    ("Email verification code: 902211.", "902211"),
    ("код из смс 123456", "123456"),
    ("Вот мой код подтверждения 946286, а система пишет", "946286"),
    ("mã xác minh là 123456", "123456"),
    ("인증번호 123456", "123456"),
    ("認証コードは123456です", "123456"),
    ("código de verificación: 123456", "123456"),
    ("doğrulama kodu 123456", "123456"),
    ("código do Google 778899", "778899"),
    ("code 123456", "123456"),
    ("2FA kodum 618073 idi", "618073"),
    ("SMS kodunu 445566 yazdım", "445566"),
]


@pytest.mark.parametrize(("text", "value"), OTPS)
def test_one_time_code_introduced_as_such(text: str, value: str) -> None:
    assert found(text) == [("otp_code", value)]


def test_totp_backup_key_and_uri() -> None:
    assert found("my google authenticator backup key is JBSWY3DPEHPK3PXP") == [
        ("otp_code", "JBSWY3DPEHPK3PXP")
    ]
    uri = "otpauth://totp/Exchange:me?secret=JBSWY3DPEHPK3PXP&issuer=Exchange"
    assert found(f"scan this {uri} please") == [("otp_code", uri)]


API = [
    ("api secret: 9aB3kLm2Qx7vT1zR8wN4pY6sD0fG5hJ2", "9aB3kLm2Qx7vT1zR8wN4pY6sD0fG5hJ2"),
    ("Secret Key：Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd", "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"),
    ('"secretKey": "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"', "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"),
    (
        "I posted my API secret on GitHub: Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd",
        "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd",
    ),
    ("API密钥是Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd", "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"),
    ("clave secreta: Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd", "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"),
    ("секретный ключ: Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd", "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"),
    ("my api passphrase is Trd-Bot_2024x", "Trd-Bot_2024x"),
]


@pytest.mark.parametrize(("text", "value"), API)
def test_api_secret(text: str, value: str) -> None:
    assert found(text) == [("api_secret", value)]


def test_api_key_label_is_not_a_secret_but_the_secret_is() -> None:
    key = "Kq8Z2mP4rT6vX9yB1cD3fG5hJ7kL0nQ2"
    sec = "Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pa0Sd"
    text = f"api key: {key}, api secret: {sec}"
    assert found(text) == [("api_secret", sec)]
    assert key in scan(text).redacted_text


HARD_NEGATIVES = [
    "my password doesn't work",
    "I forgot my password",
    "Password isn't working since yesterday",
    "my password is wrong apparently",
    "password reset link expired",
    "I changed my password 3 times today",
    "the code never arrives",
    "I didn't get any code",
    "withdrew 123456 USDT yesterday",
    "order 123456 was filled",
    "error code 100404 when I log in",
    "my referral code 553311 doesn't give rewards",
    "the 2FA is on since 2023",
    "2FA reset takes 48 hours?",
    "I paid 123456 VND",
    "my phone number is +84 912 345 678",
    "on 2024-05-03 at 14:20 the code stopped working",
    "API key: Kq8Z2mP4rT6vX9yB1cD3fG5hJ7kL0nQ2 has no futures permission",
    "what is the secret to faster withdrawals lol",
    "I can't pass KYC",
    "contraseña incorrecta",
    "密码错误",
    "忘记密码了怎么办",
    "验证码一直收不到",
    "пароль не подходит",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_statements_about_secrets_are_not_secrets(text: str) -> None:
    assert found(text) == []


def test_marker_is_stable() -> None:
    assert marker("password") == "[redacted password]"
    assert scan("my password is Abc123!").redacted_text == "my password is [redacted password]"
