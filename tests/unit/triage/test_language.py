"""Language identification: every supported language, mixed zh-en, and garbage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hashdesk.triage import language

CASES = [
    ("My withdrawal has been pending since yesterday, can you check?", "en"),
    ("我的提币一直没有到账，麻烦帮我查一下", "zh"),
    ("Mi retiro está pendiente desde ayer, ¿pueden revisarlo?", "es"),
    ("Мой вывод завис со вчерашнего дня", "ru"),
    ("Lệnh rút tiền của tôi bị treo từ hôm qua", "vi"),
    ("Para çekme işlemim dünden beri beklemede", "tr"),
    ("Meu saque está pendente desde ontem, podem verificar?", "pt"),
    ("어제부터 출금이 계속 대기 중이에요", "ko"),
    ("昨日から出金が保留中のままです", "ja"),
    # without diacritics / with pasted ids
    ("toi khong rut tien duoc, tai khoan bi khoa", "vi"),
    # Vietnamese without diacritics, in chat shorthand; Russian typed in Latin letters.
    ("ip whitelist toi da bao nhieu ip? em co 3 server", "vi"),
    ("tk bi han che sau khi xem xet, chi xem dc so du", "vi"),
    ("akkaunt zablokirovan posle neskolkih popytok vvoda parolya, skolko zhdat??", "ru"),
    ("vyvod ne dohodit na trust wallet uzhe 2 chasa, set TRC20", "ru"),
    ("pomogite pozhaluysta, ne prihodyat kody na email dlya vhoda", "ru"),
    ("hesabima giris yapamiyorum sifre sifirlama calismiyor", "tr"),
    ("no puedo entrar a mi cuenta desde ayer", "es"),
    ("não consigo entrar na minha conta", "pt"),
    (
        "deposit 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 not here",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects_each_language(text: str, expected: str) -> None:
    assert language.detect(text) == expected


@pytest.mark.parametrize(
    "text",
    ["my USDT 提币 still pending", "Hi 客服, my deposit 没到账", "提币 withdrawal stuck TRC20 u"],
)
def test_mixed_chinese_english_is_chinese(text: str) -> None:
    assert language.detect(text) == "zh"


@pytest.mark.parametrize("text", ["", "   ", "ok", "?!", "12345", "🙂🙂", "0x" + "ab" * 32])
def test_short_or_empty_falls_back_to_hint_or_english(text: str) -> None:
    assert language.detect(text) == "en"
    assert language.detect(text, hint="ru") == "ru"
    assert language.detect(text, hint="zh-CN") == "zh"


def test_unknown_hint_is_ignored() -> None:
    assert language.detect("", hint="xx") == "en"
    assert language.detect("", hint=None) == "en"


def test_confidence_and_reason() -> None:
    lang, conf, reason = language.detect_with_confidence("出金できません")
    assert (lang, conf) == ("ja", 1.0)
    assert reason.startswith("script")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_always_supported(text: str) -> None:
    assert language.detect(text) in language.SUPPORTED


def test_odd_inputs_never_raise() -> None:
    for value in (None, 42, "\x00\ud800 broken", "a" * 100_000, "\u202e\u200b"):
        assert language.detect(value) in language.SUPPORTED  # type: ignore[arg-type]
