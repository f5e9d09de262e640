"""Write the generated part of the category training data (deterministic).

    .venv/bin/python bench/triage_trainset.py

Reads the hand-written phrases in triage_phrases_{en,zh,multi}.py, fills their slots
(assets, networks, amounts, exchanges, ids, hashes, addresses …) and writes each phrase
once as written plus a few variants the way customers type: a greeting or a sign-off, an
unrelated sentence of context (a preamble that mentions *other* topics, so the model learns
that the complaint decides, not every keyword), a pasted UID or order id, lower case, no
punctuation, typos, chat slang ("u" for USDT, "pls", "thx"), mixed Chinese-English.

Output: src/hashdesk/triage/data/train_gen_{en,zh,multi}.jsonl (same line format as the
hand-written train_*.jsonl). The held-out set is never read. See data/README.md.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from triage_phrases_en import EN  # noqa: E402
from triage_phrases_long import CONV, EXTRA, LONG, MORE, NOKW, SEC, STYLE  # noqa: E402
from triage_phrases_multi import MULTI  # noqa: E402
from triage_phrases_para import PARA  # noqa: E402
from triage_phrases_zh import ZH  # noqa: E402

OUT = HERE.parent / "src" / "hashdesk" / "triage" / "data"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

ASSETS = ["USDT", "usdt", "USDC", "BTC", "btc", "ETH", "eth", "SOL", "TRX", "XRP", "BNB", "DOGE"]
COINS = ["PEPE", "SOL", "ETH", "BTC", "DOGE", "ARB", "TON", "SUI", "WIF", "LINK", "OP", "TIA"]
NETS = ["TRC20", "ERC20", "BEP20", "trc20", "erc20", "bsc", "Arbitrum", "Polygon", "Solana", "TON"]
EXCHANGES = ["Binance", "OKX", "Bybit", "Coinbase", "Kraken", "KuCoin", "Bitget", "binance", "okx"]
WALLETS = ["MetaMask", "Trust Wallet", "Ledger", "Phantom", "Tonkeeper", "metamask", "trust"]
FIATS = ["EUR", "USD", "BRL", "TRY", "GBP"]
ERRORS = ["-1021", "-1022", "-2015", "-2014", "10003", "10006", "429", "401", "403", "-1003"]
LEVERAGE = ["10x", "20x", "50x", "100x", "125x", "5x", "25x"]
PAIRS = ["BTC/USDT", "ETHUSDT", "SOL/USDT", "BTCUSDT", "DOGE/USDT", "PEPE/USDT"]
WHEN = {
    "en": ["2 hours", "3 days", "a day", "6 hours", "30 minutes", "a week", "since yesterday"],
    "zh": ["两个小时", "三天", "一天", "六个小时", "半小时", "一周", "好几个小时"],
    "es": ["2 horas", "tres días", "un día"],
    "pt": ["2 horas", "três dias", "um dia"],
    "ru": ["2 часа", "три дня", "сутки"],
    "vi": ["2 tiếng", "ba ngày", "một ngày"],
    "tr": ["2 saat", "üç gün", "bir gün"],
    "ko": ["2시간", "사흘", "하루"],
    "ja": ["2時間", "3日間", "1日"],
}

OPENERS = {
    "en": [
        "hi",
        "hello",
        "hey",
        "hi team,",
        "hello support,",
        "good morning,",
        "dear support,",
        "urgent:",
        "help!",
        "sorry to bother you,",
        "hi there",
        "yo",
        "pls help,",
        "excuse me,",
    ],
    "zh": [
        "你好，",
        "您好，",
        "在吗，",
        "客服，",
        "急！",
        "麻烦问下，",
        "请问",
        "客服你好，",
        "hi，",
        "亲，",
    ],
    "es": ["hola,", "buenas,", "hola soporte,", "ayuda,"],
    "pt": ["olá,", "oi,", "bom dia,", "ajuda,"],
    "ru": ["здравствуйте,", "привет,", "добрый день,", "помогите,"],
    "vi": ["chào ad,", "xin chào,", "ad ơi,", "giúp em,"],
    "tr": ["merhaba,", "selam,", "iyi günler,", "yardım,"],
    "ko": ["안녕하세요,", "저기요,", "문의드립니다,"],
    "ja": ["すみません、", "こんにちは、", "お世話になっております。"],
}
CLOSERS = {
    "en": [
        "thanks",
        "thx",
        "pls help",
        "please check",
        "asap",
        "any update?",
        "??",
        "please",
        "what should I do?",
        "this is frustrating",
        "I need this fixed today",
        "ty",
        "uid {uid}",
        "my uid is {uid}",
        "can you look into it",
        "nobody replies in chat",
    ],
    "zh": [
        "谢谢",
        "麻烦尽快处理",
        "急用",
        "怎么办",
        "？？",
        "在线等",
        "UID {uid}",
        "我的uid是{uid}",
        "帮忙看看",
        "多谢",
    ],
    "es": ["gracias", "por favor", "urgente", "ayuda"],
    "pt": ["obrigado", "por favor", "urgente", "me ajudem"],
    "ru": ["спасибо", "пожалуйста", "срочно", "помогите"],
    "vi": ["cảm ơn", "giúp với", "gấp", "ad check giúp"],
    "tr": ["teşekkürler", "lütfen", "acil", "yardım edin"],
    "ko": ["감사합니다", "빨리 부탁드려요", "도와주세요"],
    "ja": ["よろしくお願いします", "至急お願いします", "助けてください"],
}
# Context that mentions *other* topics in passing; the complaint that follows decides.
PREAMBLES = {
    "en": [
        "I deposited some usdt last week and bought {coin}.",
        "I've been trading here for 2 years.",
        "I passed kyc long ago and everything was fine.",
        "yesterday I logged in normally.",
        "I usually withdraw to my {wallet} without problems.",
        "I'm on the android app.",
        "this is my second message about this.",
        "I have 2fa enabled.",
        "I sold some {coin} this morning.",
        "I use the website, not the app.",
    ],
    "zh": [
        "上周充了点U买了{coin}，",
        "我在你们这交易两年了，",
        "实名早就做过了，",
        "昨天还正常登录的，",
        "我平时提币到{wallet}都没问题，",
        "我用的安卓app，",
        "这是我第二次问这个问题了，",
        "谷歌验证我是开着的，",
        "今天早上卖了点{coin}，",
    ],
}
# A secret pasted next to the request ("here is my seed phrase so you can check"). The guard
# cuts the secret out before the model sees the text, so only the words around it remain.
SECRET_INTROS = {
    "en": [
        "my seed phrase is {secret}",
        "here are my 12 words {secret} so you can verify it's me",
        "my private key is {secret}",
        "password: {secret}",
        "my 2fa code is {secret}",
        "this is my recovery phrase {secret}",
        "if you need it my password is {secret}",
        "my wallet mnemonic {secret}",
        "the code you sent is {secret}",
    ],
    "zh": [
        "我的助记词是{secret}",
        "私钥{secret}你们可以验证",
        "密码是{secret}",
        "谷歌验证码{secret}",
        "助记词给你们{secret}",
        "这是我的私钥{secret}",
        "验证码是{secret}",
    ],
    "es": ["mi frase semilla es {secret}", "mi contraseña es {secret}", "el código es {secret}"],
    "pt": [
        "minha frase de recuperação é {secret}",
        "minha senha é {secret}",
        "o código é {secret}",
    ],
    "ru": ["моя сид-фраза {secret}", "мой пароль {secret}", "код {secret}"],
    "vi": ["cụm từ khôi phục của tôi là {secret}", "mật khẩu là {secret}", "mã là {secret}"],
    "tr": ["kurtarma kelimelerim {secret}", "şifrem {secret}", "kod {secret}"],
    "ko": ["시드 구문은 {secret}", "비밀번호는 {secret}", "인증번호 {secret}"],
    "ja": ["シードフレーズは{secret}", "パスワードは{secret}", "認証コードは{secret}"],
}
# Pasted evidence, for every category (ids are not a deposit/withdrawal signal by themselves).
EVIDENCE = {
    "en": [
        "txid {hash}",
        "order id {oid}",
        "uid {uid}",
        "{amt} {asset}",
        "on May 3 at 14:05",
        "yesterday around 3pm",
        "my email is {email}",
        "address {addr}",
        "ref {oid}",
        "at 09:12 UTC",
        "(uid {uid})",
        "screenshot attached",
    ],
    "zh": [
        "txid {hash}",
        "订单号{oid}",
        "UID {uid}",
        "{amt} {asset}",
        "5月3号下午2点",
        "昨天下午3点左右",
        "邮箱 {email}",
        "地址 {addr}",
        "截图已附上",
        "北京时间9点12",
    ],
}
ZH_MIX = [
    ("提币", "提币 withdraw"),
    ("充值", "充值deposit"),
    ("到账", "到账了没"),
    ("USDT", "U"),
    ("账户", "账号"),
    ("登录", "login"),
    ("合约", "合约 futures"),
    ("订单", "order"),
    ("审核", "review"),
    ("资金费", "funding fee"),
    ("签名", "signature"),
]
EN_SLANG = [
    (r"\bplease\b", "pls"),
    (r"\byou\b", "u"),
    (r"\bUSDT\b", "u"),
    (r"\busdt\b", "u"),
    (r"\bthanks\b", "thx"),
    (r"\bbecause\b", "cuz"),
    (r"\bwithdrawal\b", "withdraw"),
    (r"\bcan't\b", "cant"),
    (r"\bdon't\b", "dont"),
    (r"\bI'm\b", "im"),
    (r"\baccount\b", "acc"),
    (r"\bdeposit\b", "depo"),
    (r"\bpassword\b", "pw"),
    (r"\bwithdraw\b", "wd"),
]


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _fill(text: str, lang: str, rng: random.Random) -> str:
    slots = {
        "asset": lambda: rng.choice(ASSETS),
        "coin": lambda: rng.choice(COINS),
        "net": lambda: rng.choice(NETS),
        "amt": lambda: rng.choice(
            ["50", "100", "250", "500", "1000", "1,200", "0.5", "2.3", "15000"]
        ),
        "ex": lambda: rng.choice(EXCHANGES),
        "wallet": lambda: rng.choice(WALLETS),
        "when": lambda: rng.choice(WHEN[lang]),
        "oid": lambda: str(rng.randrange(10**9, 10**19)),
        "wid": lambda: rng.choice(["", "W", "WD"]) + str(rng.randrange(10**6, 10**12)),
        "uid": lambda: str(rng.randrange(10**6, 10**9)),
        "hash": lambda: rng.choice(["0x", ""]) + _hex(rng, 64),
        "addr": lambda: rng.choice(
            ["0x" + _hex(rng, 40), "T" + "".join(rng.choice(B58) for _ in range(33))]
        ),
        "lev": lambda: rng.choice(LEVERAGE),
        "pair": lambda: rng.choice(PAIRS),
        "fiat": lambda: rng.choice(FIATS),
        "err": lambda: rng.choice(ERRORS),
        "email": lambda: rng.choice(["anna", "j.lee", "crypto.dan", "mk1990", "li.wei"])
        + "@"
        + rng.choice(["gmail.com", "outlook.com", "proton.me", "qq.com", "163.com"]),
        "country": lambda: rng.choice(["Germany", "Brazil", "Turkey", "Vietnam", "Spain"]),
        # Secrets are cut out before the model sees a message: leave a gap, as the pipeline does.
        "pw": lambda: " ",
        "otp": lambda: " ",
    }
    return re.sub(
        r"\{(\w+)\}", lambda m: slots[m.group(1)]() if m.group(1) in slots else m.group(0), text
    )


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.randrange(3)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op == 1:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _variant(base: str, lang: str, rng: random.Random) -> str:
    text = base
    latin = lang not in ("zh", "ko", "ja")
    joiner = " " if lang not in ("zh", "ja") else ""
    r = rng.random()
    if lang in PREAMBLES and r < 0.25:
        text = _fill(rng.choice(PREAMBLES[lang]), lang, rng) + joiner + text
    if rng.random() < 0.12:
        intro = rng.choice(SECRET_INTROS[lang]).replace("{secret}", " ")
        text = intro + joiner + text if rng.random() < 0.5 else text + joiner + intro
    if lang in EVIDENCE and rng.random() < 0.3:
        ev = _fill(rng.choice(EVIDENCE[lang]), lang, rng)
        text = (
            text + rng.choice([", ", " ", ". ", " - "]) + ev
            if rng.random() < 0.7
            else ev + " " + text
        )
    if rng.random() < 0.45:
        text = rng.choice(OPENERS[lang]) + joiner + text
    if rng.random() < 0.45:
        sep = rng.choice([", ", ". ", " ", "，" if lang == "zh" else ", "])
        text = text + sep + _fill(rng.choice(CLOSERS[lang]), lang, rng)
    if lang == "en":
        if rng.random() < 0.35:
            for pat, rep in EN_SLANG:
                if rng.random() < 0.5:
                    text = re.sub(pat, rep, text, flags=re.IGNORECASE)
        if rng.random() < 0.3:
            text = _typo(text, rng)
    if lang == "zh" and rng.random() < 0.3:
        a, b = rng.choice(ZH_MIX)
        text = text.replace(a, b, 1)
    if latin and rng.random() < 0.4:
        text = text.lower()
    if rng.random() < 0.25:
        text = re.sub(r"[.,!?;:，。！？]", "", text)
    if latin and lang != "en" and rng.random() < 0.2:
        text = _typo(text, rng)
    return re.sub(r"\s+", " ", text).strip()


def generate(
    lang: str, phrases: dict[str, str], rng: random.Random, variants: int
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for label, block in phrases.items():
        for line in block.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            texts = [_fill(line, lang, rng)]
            texts += [_variant(_fill(line, lang, rng), lang, rng) for _ in range(variants)]
            for t in texts:
                if t and t not in seen:
                    seen.add(t)
                    rows.append({"text": t, "label": label, "lang": lang, "source": "gen"})
    return rows


def main() -> int:
    rng = random.Random(20240506)
    out = {
        "en": generate("en", EN, rng, 3)
        + generate("en", LONG["en"], rng, 2)
        + generate("en", EXTRA["en"], rng, 3)
        + generate("en", MORE["en"], rng, 3)
        + generate("en", CONV["en"], rng, 3)
        + generate("en", STYLE["en"], rng, 3)
        + generate("en", NOKW["en"], rng, 3)
        + generate("en", SEC["en"], rng, 3)
        + generate("en", PARA["en"], rng, 3),
        "zh": generate("zh", ZH, rng, 3)
        + generate("zh", LONG["zh"], rng, 2)
        + generate("zh", EXTRA["zh"], rng, 3)
        + generate("zh", MORE["zh"], rng, 3)
        + generate("zh", CONV["zh"], rng, 3)
        + generate("zh", NOKW["zh"], rng, 3)
        + generate("zh", SEC["zh"], rng, 3)
        + generate("zh", PARA["zh"], rng, 3),
        "multi": [
            r
            for lang in MULTI
            for r in generate(lang, MULTI[lang], rng, 3)
            + generate(lang, LONG[lang], rng, 2)
            + generate(lang, CONV[lang], rng, 3)
            + generate(lang, SEC[lang], rng, 3)
        ],
    }
    for name, rows in out.items():
        path = OUT / f"train_gen_{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(HERE.parent)}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
