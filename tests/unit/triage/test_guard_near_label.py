"""Secrets a few words away from their label, codes named after the number, typo'd phrase
ends, API secrets called "Private-Key" — and the ids and numbers that must stay."""

from __future__ import annotations

import base64
import os

import pyotp
import pytest
from mnemonic import Mnemonic

from hashdesk.triage.guard import scan


def _code() -> str:
    return pyotp.TOTP(pyotp.random_base32()).now()


def _cut(text: str, value: str) -> None:
    result = scan(text)
    assert value not in result.redacted_text, (text, result.secrets)


@pytest.mark.parametrize(
    "template",
    [
        "the pw I use everywhere is {v} so it can't be wrong",
        "I think the password is either Buster3515! or {v}, can you check which one is set",
        "I changed my password from {v} to Zq9!rt77 yesterday and now I'm locked out",
        "密码应该是{v}或者woaini2020，我记不清了",
        "старый пароль был {v}, новый поставил Kotik7774!! и теперь не могу войти",
        "mk {v}",
        "비번: {v} 로그인이 안 돼요",
        "Usuario: lucia@example.com / clave {v}",
    ],
)
def test_password_a_few_words_after_its_label(template: str) -> None:
    value = "Xk" + os.urandom(3).hex() + "7!"  # letters and a digit, as passwords are
    _cut(template.format(v=value), value)


@pytest.mark.parametrize(
    "template",
    [
        "{v} 这是刚才的动态码",
        "Google Authenticator сейчас показывает {v}",
        "SMSで届いたコードは{v}です",
        "google authenticator shows {v} right now, please unlock my withdrawal",
        "el código es {v}",
        "Your agent Mike asked for the code, it's {v}. Is he going to call back?",
        "{v}",
    ],
)
def test_code_near_a_code_word_or_alone(template: str) -> None:
    value = _code()
    _cut(template.format(v=value), value)


def test_spaced_code() -> None:
    code = _code()
    spaced = code[:3] + " " + code[3:]
    _cut(f"我的谷歌验证器现在显示 {spaced}", spaced)


@pytest.mark.parametrize(
    "text",
    [
        "Mi número es +34 612 345 678 y no me llega el SMS",
        "the sms code never came, my order 48213377 is stuck",
        "verification code not received for withdrawal 77881234",
        "I reset my password at 14:30 and the order #A1234567 still failed",
        "password reset failed, UID 8812934455, please check",
        "error code 100003 when I enter the google code",
        "password reset mail never arrives at my iCloud address, didn't get anything",
    ],
)
def test_ids_phones_and_plain_words_near_labels_stay(text: str) -> None:
    assert scan(text).secrets == ()


def test_misspelt_last_word_of_a_presented_phrase() -> None:
    words = Mnemonic("english").generate(128).split()
    words[-1] = words[-1] + words[-1][-1]  # "picnic" -> "picnicc"
    phrase = ", ".join(words)
    _cut(f"can you tell me if this phrase is valid or not? {phrase}", phrase.split(", ")[3])


def test_one_typo_inside_an_unpresented_phrase_is_corrected_by_the_checksum() -> None:
    m = Mnemonic("english")
    for _ in range(20):  # pick a word whose one-letter doubling has a single correction
        words = m.generate(128).split()
        words[5] = words[5][0] + words[5]  # "hour" -> "hhour"
        text = "em gõ sai một từ thì phải " + " ".join(words) + " ví báo không hợp lệ"
        if any(s.reason.endswith("checksum-typo") for s in scan(text).secrets):
            assert words[0] not in scan(text).redacted_text
            return
    pytest.fail("no typo'd phrase was recognised in 20 tries")


def test_base64_private_key_is_an_api_secret() -> None:
    secret = base64.b64encode(os.urandom(64)).decode()
    result = scan(f"API-Key abcDEF123456 Private-Key {secret}")
    assert secret not in result.redacted_text
    assert any(s.kind == "api_secret" for s in result.secrets)


def test_hex_followed_by_key_of_the_wallet_is_a_key() -> None:
    key = os.urandom(32).hex()
    result = scan(f"{key} is the key of the wallet I sent from, check it")
    assert [s.kind for s in result.secrets] == ["private_key"]
