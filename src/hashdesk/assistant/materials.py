"""Which catalog materials a conversation still lacks, and how to ask for them.

A material is satisfied by evidence triage found (validated ids, addresses, times, …).
Screenshots are not asked for in chat until attachments land; they stay on the agent's list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .phrases import lang_or_en


@dataclass(frozen=True, slots=True)
class Material:
    key: str
    satisfied_by: frozenset[str]  # evidence kinds
    ask: Mapping[str, str]


_M = [
    Material(
        "txid",
        frozenset({"txid"}),
        {
            "en": "Could you send the transaction ID (TxID/hash) of this transfer? You can copy it "
            "from your wallet or the block explorer.",
            "zh": "请提供这笔转账的交易哈希（TxID），可以从您的钱包或区块浏览器中复制。",
        },
    ),
    Material(
        "withdrawal_ref",
        frozenset({"withdrawal_id", "txid"}),
        {
            "en": "Which withdrawal is it — could you send the withdrawal ID from your history, or "
            "the TxID if it was already broadcast?",
            "zh": "是哪一笔提现？请提供提现记录里的提现单号，或者已上链的交易哈希（TxID）。",
        },
    ),
    Material(
        "asset_amount",
        frozenset({"amount"}),
        {
            "en": 'Which coin and how much was it (for example "250 USDT")?',
            "zh": "是哪个币种、金额是多少（例如“250 USDT”）？",
        },
    ),
    Material(
        "network",
        frozenset({"network"}),
        {
            "en": "Which network did you use (for example TRC20, ERC20, BEP20, or the Bitcoin "
            "network)?",
            "zh": "您使用的是哪个网络（例如 TRC20、ERC20、BEP20 或比特币网络）？",
        },
    ),
    Material(
        "address",
        frozenset({"address"}),
        {
            "en": "What is the address involved (the deposit address, or the destination address "
            "of the withdrawal)?",
            "zh": "涉及的地址是哪个（充值地址，或提现的目标地址）？",
        },
    ),
    Material(
        "order_id",
        frozenset({"order_id"}),
        {
            "en": "Could you send the order ID (from your order history)?",
            "zh": "请提供订单号（可在订单历史中找到）。",
        },
    ),
    Material(
        "email",
        frozenset({"email"}),
        {
            "en": "What is the e-mail address registered on your account? (Never send your "
            "password or codes.)",
            "zh": "您账户注册的邮箱是什么？（请勿发送密码或验证码。）",
        },
    ),
    Material(
        "time",
        frozenset({"timestamp"}),
        {
            "en": "About when did this happen (date and time, and your time zone)?",
            "zh": "这大约是什么时候发生的（日期、时间和时区）？",
        },
    ),
]
BY_KEY = {m.key: m for m in _M}

# Catalog material text -> key (catalog.md wording; operators' catalogs may add more).
_CATALOG_WORDS = [
    ("withdrawal id or txid", "withdrawal_ref"),
    ("txids or order ids", "txid"),
    ("txid", "txid"),
    ("order id", "order_id"),
    ("deposit address", "address"),
    ("destination address", "address"),
    ("network", "network"),
    ("asset", "asset_amount"),
    ("registered email", "email"),
    ("time", "time"),
]


def keys_for(catalog_materials: Sequence[str]) -> list[str]:
    out: list[str] = []
    for text in catalog_materials:
        low = text.lower()
        for word, key in _CATALOG_WORDS:
            if word in low:
                if key not in out:
                    out.append(key)
                break
    return out


def present_kinds(evidence: Iterable[Mapping[str, Any]]) -> set[str]:
    kinds: set[str] = set()
    for e in evidence:
        kind = str(e.get("kind", ""))
        kinds.add(kind)
        if e.get("network") or e.get("chain") in (
            "tron",
            "bitcoin",
            "litecoin",
            "dogecoin",
            "solana",
            "xrp",
            "ton",
        ):
            kinds.add("network")
        if kind == "amount" and (e.get("asset") or e.get("extra", {}).get("asset")):
            kinds.add("amount")
    return kinds


def missing(
    catalog_materials: Sequence[str],
    evidence: Iterable[Mapping[str, Any]],
    already_asked: Iterable[str],
) -> list[str]:
    """Material keys still to ask for, in the catalog's order, skipping ones asked before."""
    have = present_kinds(evidence)
    asked = set(already_asked)
    return [
        k
        for k in keys_for(catalog_materials)
        if not (BY_KEY[k].satisfied_by & have) and k not in asked
    ]


def question(key: str, lang: str | None) -> str:
    ask = BY_KEY[key].ask
    return ask.get(lang_or_en(lang), ask["en"])
