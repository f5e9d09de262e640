"""Retrieval: the right article for unseen questions, abstention, cross-language fallback."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest

from hashdesk.assistant.kb import KnowledgeBase, RetrievalConfig, normalize_language
from hashdesk.assistant.kb.glossary import Glossary
from hashdesk.assistant.kb.text import han_bigrams, stem, tokens

from .conftest import write_article

# Questions written for these tests only (not in the bench sets).
UNSEEN = [
    (
        "en",
        "I sent DOGE to my deposit address an hour ago and the balance is still empty",
        "deposit-not-credited",
    ),
    ("en", "forgot to add the destination tag when moving XRP over", "deposit-missing-memo"),
    ("en", "my authenticator app was on my old phone which broke", "lost-2fa"),
    ("en", "what are the maker and taker fees for spot trading", "trading-fees"),
    (
        "en",
        "is the Telegram account messaging me actually Hashport staff?",
        "verify-official-contact",
    ),
    ("zh", "我的币充进来两个小时了还没到账", "deposit-not-credited"),
    ("zh", "提币一直在审核中怎么办", "withdrawal-pending-review"),
    ("zh", "手机坏了，谷歌验证器打不开", "lost-2fa"),
    ("zh", "永续合约的资金费是谁收的", "futures-funding-fees"),
    ("zh", "有人冒充客服让我给他助记词", "support-never-asks"),
]
NONSENSE = [
    ("en", "purple elephants dance quietly on saturn"),
    ("en", "asdf qwerty zxcv"),
    ("zh", "我家的猫喜欢吃鱼"),
    ("es", "me gusta la paella con mariscos"),
]


@pytest.mark.parametrize(("lang", "question", "expected"), UNSEEN)
def test_hybrid_finds_the_article(
    kb_hybrid: KnowledgeBase, lang: str, question: str, expected: str
) -> None:
    hits = kb_hybrid.search(question, lang=lang, k=3)
    assert expected in [h.article_id for h in hits]
    answer = kb_hybrid.answer(question, lang=lang)
    assert answer is not None and answer.article_id == expected
    assert answer.language == lang and not answer.cross_language
    assert answer.url_path == f"/kb/{lang}/{expected}"


@pytest.mark.parametrize(("lang", "question", "expected"), UNSEEN)
def test_lexical_only_still_ranks_the_article(
    kb_lexical: KnowledgeBase, lang: str, question: str, expected: str
) -> None:
    assert expected in [h.article_id for h in kb_lexical.search(question, lang=lang, k=3)]


@pytest.mark.parametrize(("lang", "question"), NONSENSE)
def test_abstains_on_nonsense(kb_hybrid: KnowledgeBase, lang: str, question: str) -> None:
    assert kb_hybrid.answer(question, lang=lang) is None
    hits = kb_hybrid.search(question, lang=lang)
    assert hits and not kb_hybrid.would_answer(hits[0])


def test_hit_shape_and_k(kb_hybrid: KnowledgeBase) -> None:
    hits = kb_hybrid.search("withdrawal under review", lang="en", k=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.article_id for h in hits}) == 5
    top = hits[0]
    assert top.article_id == "withdrawal-pending-review"
    assert top.title and top.summary and top.category == "withdrawal"
    assert 0.0 <= top.lexical <= 1.0 and 0.0 <= top.dense <= 1.0
    assert kb_hybrid.search("   ", lang="en") == []
    assert kb_hybrid.search("withdrawal", lang="en", k=0) == []


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        (
            "es",
            "Perdí mi teléfono y no puedo entrar, no tengo el código de dos factores",
            "lost-2fa",
        ),
        ("ru", "Мой вывод средств завис на проверке", "withdrawal-pending-review"),
        ("vi", "Tôi nạp tiền nhưng quên memo", "deposit-missing-memo"),
    ],
)
def test_other_languages_fall_back_to_english(
    kb_hybrid: KnowledgeBase, lang: str, question: str, expected: str
) -> None:
    hits = kb_hybrid.search(question, lang=lang, k=3)
    assert expected in [h.article_id for h in hits]
    assert all(h.cross_language and h.language == "en" for h in hits)
    assert all(h.url_path.startswith("/kb/en/") for h in hits)


def test_chinese_question_without_chinese_article_gets_english(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "staking-rewards",
        "en",
        title="Staking rewards explained",
        body="Staking rewards are paid daily to your spot wallet.",
    )
    kb = KnowledgeBase.load(tmp_path, include_shipped=False, encoder=None)
    hits = kb.search("staking rewards 什么时候发", lang="zh-CN", k=1)
    assert hits[0].article_id == "staking-rewards"
    assert hits[0].cross_language and hits[0].language == "en"
    same = kb.search("staking rewards", lang="en", k=1)[0]
    assert not same.cross_language


def test_operator_article_overrides_shipped_one(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "trading-fees",
        "en",
        category="trading",
        title="Our custom fee schedule",
        body="Fees are flat 0.1 percent.",
    )
    kb = KnowledgeBase.load(tmp_path, encoder=None)
    assert kb.get("trading-fees", "en").title == "Our custom fee schedule"  # type: ignore[union-attr]
    assert kb.get("trading-fees", "zh").title.startswith("交易手续费")  # type: ignore[union-attr]
    assert len(kb.articles("en")) == len(kb.articles("zh")) == 20


def test_no_io_per_query(kb_hybrid: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("I/O during a query")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    assert kb_hybrid.answer("充值没到账", lang="zh") is not None


def test_threshold_is_configurable(kb_hybrid: KnowledgeBase) -> None:
    strict = kb_hybrid.with_config(RetrievalConfig(threshold=0.99))
    assert strict.answer("my withdrawal is stuck in review", lang="en") is None
    assert kb_hybrid.answer("my withdrawal is stuck in review", lang="en") is not None


def test_language_codes_are_normalized() -> None:
    assert [normalize_language(x) for x in ("zh-CN", "zh_Hans", "EN-us", "", None)] == [
        "zh",
        "zh",
        "en",
        "en",
        "en",
    ]


def test_text_analysis() -> None:
    assert tokens("My deposits haven't been credited on ERC-20") == ["deposit", "credit", "erc20"]
    assert stem("withdrawn") == "withdraw" and stem("charged") == stem("charges")
    assert "到账" in tokens("我的USDT充值没到账") and "usdt" in tokens("我的USDT充值没到账")
    assert han_bigrams("没到账") == ["\u00a7没到", "\u00a7到账"]


def test_glossary_matches_words_and_prefixes() -> None:
    g = Glossary.parse({"vi": {"rút": "withdraw"}, "ru": {"вывод*": "withdrawal"}})
    assert g.expand("Tôi muốn rút tiền", "vi") == "withdraw"
    assert g.expand("rútx", "vi") == ""
    assert g.expand("Вывода нет", "ru") == "withdrawal"
    assert g.expand("anything", "en") == ""
    with pytest.raises(ValueError):
        Glossary.parse({"vi": "not a table"})


class FakeEncoder:
    """Hashed bag of words: enough to check the dense path without the real model."""

    name = "fake"

    def __init__(self) -> None:
        self.calls: list[int] = []

    def encode(self, texts: Any) -> Any:
        import numpy as np

        self.calls.append(len(texts))
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in tokens(t):
                out[i, hash(w) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


def test_any_encoder_can_stand_in(tmp_path: Path) -> None:
    write_article(tmp_path, "staking-rewards", "en", title="Staking rewards explained")
    write_article(tmp_path, "card-payments", "en", title="Paying by bank card")
    fake = FakeEncoder()
    kb = KnowledgeBase.load(tmp_path, include_shipped=False, encoder=fake).warm_up()
    built = len(fake.calls)
    hit = kb.search("when are staking rewards paid", lang="en", k=1)[0]
    assert hit.article_id == "staking-rewards" and hit.dense > 0.3
    assert len(fake.calls) == built + 1  # one encode per query, nothing else
