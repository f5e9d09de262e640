"""Order ids, withdrawal ids, e-mail addresses, amounts with their asset, memos and tags."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

Span = tuple[int, int, str, dict[str, object]]  # start, end, value, extra

# --- order / withdrawal ids -------------------------------------------------------------------

_ID_WORD = (
    r"(?:\s*(?:id|no\.?|nr\.?|number|num|#|号|號|编号|編號|单号|單號|번호|番号|número|numero|"
    r"номер|mã|numarası|no'su|số))?"
)
_CONN = r"(?:\s*(?:is|was|=|:|：|是|为|為|es|é|là|это)?\s*[:：#№]?\s*)"
_VALUE = r"(?P<val>#?(?=[A-Za-z0-9_-]*\d{5})[A-Za-z0-9][A-Za-z0-9_-]{4,39})(?![A-Za-z0-9_-])"
_ORDER_RE = re.compile(
    r"(?:(?:order|ord)|订单|訂單|委托单|委託單|委托|成交单|orden|pedido|ordem|"
    r"ордер\w*|заказ\w*|lệnh|đơn(?:\s*hàng)?|emir|sipariş|주문|注文|"
    r"(?:número|numero|id)\s*(?:de|do|da)\s*(?:orden|pedido|ordem)|"
    r"номер\s*(?:ордера|заказа)|mã\s*lệnh|emir\s*numarası)" + _ID_WORD + _CONN + _VALUE,
    re.IGNORECASE,
)
_WITHDRAWAL_RE = re.compile(
    r"(?:(?:withdrawal|withdraw|提现|提現|提币|提幣|出金|출금|retiro|saque|retirada|"
    r"вывод\w*|rút\s*tiền|lệnh\s*rút|çekim|çekme)"
    r"(?:\s*(?:request|record|记录|記錄|订单|訂單|申请|申請|transaction))?"
    r"(?:\s*(?:id|no\.?|number|#|编号|編號|单号|單號|订单号|訂單號|번호|番号|número|numero|"
    r"номер|mã|numarası|ID))"
    r"|(?:id|número|numero|номер|mã)\s*(?:de|do|da|del)?\s*(?:retiro|saque|retirada|вывода|"
    r"rút\s*tiền|withdrawal))" + _CONN + _VALUE,
    re.IGNORECASE,
)


_FIVE_DIGITS = re.compile(r"\d{5}")
_ORDER_TRIGGERS = (
    "ord",
    "订单",
    "訂單",
    "委托",
    "委託",
    "成交单",
    "pedido",
    "ордер",
    "заказ",
    "lệnh",
    "đơn",
    "emir",
    "sipariş",
    "주문",
    "注文",
)
_WITHDRAWAL_TRIGGERS = (
    "withdraw",
    "提现",
    "提現",
    "提币",
    "提幣",
    "出金",
    "출금",
    "retir",
    "saque",
    "вывод",
    "rút",
    "çek",
)


_ORDER_GATE = re.compile("|".join(map(re.escape, _ORDER_TRIGGERS)), re.IGNORECASE)
_WITHDRAWAL_GATE = re.compile("|".join(map(re.escape, _WITHDRAWAL_TRIGGERS)), re.IGNORECASE)


def _gate(text: str, gate: re.Pattern[str]) -> bool:
    return _FIVE_DIGITS.search(text) is not None and gate.search(text) is not None


def order_ids(text: str) -> list[Span]:
    out: list[Span] = []
    if not _gate(text, _ORDER_GATE):
        return out
    for m in _ORDER_RE.finditer(text):
        s, e = m.span("val")
        val = m.group("val").lstrip("#")
        s += len(m.group("val")) - len(val)
        out.append((s, e, val, {}))
    return out


def withdrawal_ids(text: str) -> list[Span]:
    out: list[Span] = []
    if not _gate(text, _WITHDRAWAL_GATE):
        return out
    for m in _WITHDRAWAL_RE.finditer(text):
        s, e = m.span("val")
        val = m.group("val").lstrip("#")
        s += len(m.group("val")) - len(val)
        out.append((s, e, val, {}))
    return out


# --- e-mail -------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9.+_-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)


def emails(text: str) -> list[Span]:
    if "@" not in text:
        return []
    return [(m.start(), m.end(), m.group(), {}) for m in _EMAIL_RE.finditer(text)]


# --- amounts ------------------------------------------------------------------------------------

_TICKERS = (
    "USDT USDC BTC ETH BNB SOL XRP TRX DOGE LTC ADA DAI BUSD FDUSD TUSD USDE PYUSD MATIC ARB "
    "AVAX SHIB PEPE ATOM WBTC WETH STETH BCH ETC XLM FIL TRUMP WLD FTM HBAR INJ USD EUR "
    "GBP CNY RMB RUB VND TRY BRL KRW JPY"
).split()
# Tickers that are also ordinary words: only in capitals.
_CASED_TICKERS = "TON NEAR LINK UNI OP DOT SUI APT POL ONE".split()
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?)"
_MULT = r"(?P<mult>\s?[kK](?![A-Za-z])|万|w(?![A-Za-z]))?"
_SYMBOL_ASSETS = {
    "u": "USDT",
    "U": "USDT",
    "元": "CNY",
    "块": "CNY",
    "塊": "CNY",
    "块钱": "CNY",
    "人民币": "CNY",
    "美元": "USD",
    "美金": "USD",
    "刀": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "руб": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "₽": "RUB",
    "đ": "VND",
    "đồng": "VND",
    "lira": "TRY",
    "TL": "TRY",
    "₺": "TRY",
    "reais": "BRL",
    "원": "KRW",
    "円": "JPY",
}
_NUM_RE = re.compile(_NUM + _MULT)
_ASSET_AFTER_RE = re.compile(
    r"(?P<sp>\s?)(?:(?:个|個|枚|개)\s?)?"
    r"(?P<asset>(?i:" + "|".join(_TICKERS) + r")(?![A-Za-z])|(?:" + "|".join(_CASED_TICKERS) + r")"
    r"(?![A-Za-z])|[uU](?![A-Za-z0-9])|块钱|元|块|塊|人民币|美元|美金|刀|(?i:dollars?|euros?)"
    r"(?![A-Za-z])|руб(?:лей|ля)?|₽|đồng|đ(?![A-Za-z])|lira|TL(?![A-Za-z])|₺|reais|원|円)"
)
_PREFIX_AMOUNT_RE = re.compile(r"(?P<sym>US\$|R\$|\$|€|£|¥|₩|₺)\s?" + _NUM + _MULT + r"(?![\d])")
_CURRENCY_SIGN_RE = re.compile(r"[$€£¥₩₺]")
_PREFIX_ASSETS = {
    "$": "USD",
    "US$": "USD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "₩": "KRW",
    "₺": "TRY",
}


def _number(raw: str, mult: str | None) -> str | None:
    s = raw
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        d = Decimal(s)
    except InvalidOperation:
        return None
    m = (mult or "").strip()
    if m in ("k", "K"):
        d *= 1000
    elif m in ("万", "w"):
        d *= 10000
    out = format(d.normalize(), "f")
    return out


def amounts(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _NUM_RE.finditer(text):
        s = m.start()
        if s and text[s - 1] in _NOT_BEFORE_NUMBER:
            continue
        am = _ASSET_AFTER_RE.match(text, m.end())
        if am is None:
            continue
        raw_asset = am.group("asset")
        if raw_asset in ("u", "U") and am.group("sp"):
            continue  # "100u" only when glued to the number
        asset = _SYMBOL_ASSETS.get(raw_asset) or _SYMBOL_ASSETS.get(raw_asset.lower())
        asset = asset or raw_asset.upper()
        if asset == "RMB":
            asset = "CNY"
        raw_num = m.group("num")
        if asset in _STABLE_OR_FIAT and _THOUSANDS_DOT_RE.fullmatch(raw_num):
            raw_num = raw_num.replace(".", "")
        num = _number(raw_num, m.group("mult"))
        if num is None:
            continue
        out.append((s, am.end(), f"{num} {asset}", {"asset": asset, "amount": num}))
    if _CURRENCY_SIGN_RE.search(text):
        for m in _PREFIX_AMOUNT_RE.finditer(text):
            asset = _PREFIX_ASSETS[m.group("sym")]
            num = _number(m.group("num"), m.group("mult"))
            if num is None:
                continue
            out.append((m.start(), m.end(), f"{num} {asset}", {"asset": asset, "amount": num}))
    return out


_NOT_BEFORE_NUMBER = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,#_/:"
)
# "1.200 USDT" / "20.000 USDT": a dot before exactly three digits groups thousands (es, pt,
# ru, tr, vi …) when the asset is fiat or a stablecoin; for BTC/ETH "1.200" stays 1.2.
_THOUSANDS_DOT_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_STABLE_OR_FIAT = frozenset(
    "USDT USDC BUSD FDUSD TUSD DAI USDE PYUSD USD EUR GBP CNY RUB VND TRY BRL KRW JPY".split()
)


# --- memos and destination tags -------------------------------------------------------------

_MEMO_RE = re.compile(
    r"(?P<label>destination\s*tag|dest\.?\s*tag|\btag\b|memo|备注|備註|标签|標籤|附言|メモ|タグ|"
    r"태그|메모|etiqueta|etiket|тег|мемо|комментари\w*|ghi\s*chú|\bnote\b)"
    r"(?:\s*(?:id|number|no\.?|#|号|號|번호))?"
    r"(?:\s*(?:is|was|=|:|：|是|为|es|é|là)?\s*[:：#]?\s*)"
    r"(?P<val>\d{1,10}(?![\d.,])|[A-Za-z0-9][A-Za-z0-9_-]{2,63}(?=[\s,.;，。]|$))",
    re.IGNORECASE,
)


def memos(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _MEMO_RE.finditer(text):
        val = m.group("val")
        if not any(c.isdigit() for c in val):
            continue
        label = m.group("label").lower()
        is_tag = "tag" in label or label in (
            "标签",
            "標籤",
            "タグ",
            "태그",
            "etiqueta",
            "etiket",
            "тег",
        )
        out.append((m.start("val"), m.end("val"), val, {"tag" if is_tag else "memo": val}))
    return out
