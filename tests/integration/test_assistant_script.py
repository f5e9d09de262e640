"""Scripted conversations: every catalog category, in English and Chinese, reaches the right
outcome (answered with the right article, materials asked for, or handed off)."""

from __future__ import annotations

import pytest

from .conftest import Harness

CASES = [
    # (category, lang, first message, expected outcome, article id prefix)
    (
        "account_access",
        "en",
        "I lost my phone and can't get my Google Authenticator 2FA codes",
        "answer",
        ("lost-2fa", "account-locked"),
    ),
    (
        "account_access",
        "zh",
        "换了新手机，谷歌验证器里的两步验证码没了，现在登录不了",
        "answer",
        ("lost-2fa", "account-locked"),
    ),
    (
        "account_security",
        "en",
        "Someone logged into my account and is withdrawing my funds now",
        "handoff",
        (),
    ),
    ("account_security", "zh", "我的账号被盗了，有人正在提走我的币", "handoff", ()),
    (
        "deposit",
        "en",
        "My USDT deposit is confirmed on chain but not credited to my account",
        "answer",
        ("deposit-",),
    ),
    ("deposit", "zh", "我充值的USDT链上已经确认了，但是账户里没到账", "answer", ("deposit-",)),
    (
        "withdrawal",
        "en",
        "My withdrawal has been under review for hours, why is it pending?",
        "answer",
        ("withdrawal-",),
    ),
    ("withdrawal", "zh", "我的提币一直在审核中，为什么还没处理", "answer", ("withdrawal-",)),
    (
        "trading",
        "en",
        "What trading fees do you charge for maker and taker orders?",
        "answer",
        ("trading-fees",),
    ),
    ("trading", "zh", "现货交易的挂单和吃单手续费是多少", "answer", ("trading-fees",)),
    (
        "futures",
        "en",
        "Why was my futures position liquidated? I think the liquidation was wrong",
        "answer",
        ("futures-liquidation",),
    ),
    ("futures", "zh", "我的合约仓位被强平了，为什么会爆仓", "answer", ("futures-liquidation",)),
    (
        "api_keys",
        "en",
        "My API requests fail with an invalid signature error",
        "answer",
        ("api-signature",),
    ),
    ("api_keys", "zh", "API 请求一直报签名错误，怎么回事", "answer", ("api-signature",)),
    (
        "compliance_review",
        "en",
        "How long does identity verification (KYC) take?",
        "answer",
        ("identity-verification", "large-transaction-review"),
    ),
    (
        "compliance_review",
        "zh",
        "身份认证（KYC）审核需要多久",
        "answer",
        ("identity-verification", "large-transaction-review"),
    ),
    (
        "general",
        "en",
        "What will your support team never ask customers for?",
        "answer",
        ("support-never-asks",),
    ),
    ("general", "zh", "客服会不会向我索要助记词或者密码？", "answer", ("support-never-asks",)),
]


@pytest.mark.parametrize(
    ("category", "lang", "text", "outcome", "articles"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
async def test_category_reaches_its_outcome(
    harness: Harness,
    category: str,
    lang: str,
    text: str,
    outcome: str,
    articles: tuple[str, ...],
) -> None:
    r = await harness.http.post(
        "/api/v1/conversations", json={"channel": "web", "text": text, "lang": lang}
    )
    assert r.status_code == 201
    conv = r.json()
    last = conv["messages"][-1]
    assert last["author"] == "assistant"
    if outcome == "handoff":
        assert conv["status"] == "waiting"
        return
    assert conv["status"] == "assistant", last["text"]
    assert f"/kb/{lang}/" in last["text"], last["text"]
    cited = last["text"].split(f"/kb/{lang}/", 1)[1].split()[0]
    assert cited.startswith(articles), (cited, articles)
    # It did not help: the assistant asks for the category's key material, or hands off
    # when the category needs none; a second "no" always reaches a person.
    tok = {"Authorization": f"Bearer {conv['token']}"}
    path = f"/api/v1/conversations/{conv['id']}/messages"
    no = "没用，还是不行" if lang == "zh" else "no, that didn't help"
    await harness.http.post(path, json={"text": no}, headers=tok)
    for _ in range(6):
        status = (
            await harness.http.get(f"/api/v1/conversations/{conv['id']}", headers=tok)
        ).json()["status"]
        if status == "waiting":
            break
        await harness.http.post(path, json={"text": no}, headers=tok)
    assert status == "waiting"
