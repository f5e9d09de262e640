"""Absolute and relative times in customer messages, normalised to ISO-8601 UTC.

Values: a moment is ``YYYY-MM-DDTHH:MM:SSZ`` in UTC, computed in the customer's time zone
`tz` relative to `now` ("yesterday 3pm" in Asia/Shanghai → the UTC instant of 15:00
Shanghai time on the day before `now`'s Shanghai date). A date with no time ("May 3",
"昨天") is the local calendar date ``YYYY-MM-DD`` with ``extra["precision"] = "day"``.
Dates without a year take the most recent such date that is not in the future.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

Span = tuple[int, int, str, dict[str, object]]

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS for c in s):
        return None
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS[a] if a else 1) * 10 + (_CN_DIGITS[b] if b else 0)
    v = 0
    for c in s:
        v = v * 10 + _CN_DIGITS[c]
    return v


@functools.lru_cache(maxsize=256)
def zone(tz: str) -> tzinfo:
    """A tzinfo for an IANA name or a fixed offset ("UTC+8", "+08:00"); UTC when unknown."""
    m = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", tz.strip(), re.IGNORECASE)
    if m:
        from datetime import timezone

        sign = -1 if m.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    try:
        return ZoneInfo(tz)
    except Exception:  # noqa: BLE001 - unknown or malformed zone name
        return UTC


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm:
        a = ampm.lower().replace(".", "").strip()
        if (
            a
            in (
                "pm",
                "下午",
                "晚上",
                "傍晚",
                "晚",
                "午後",
                "오후",
                "夜",
                "tarde",
                "noche",
                "chiều",
                "tối",
                "akşam",
                "вечера",
                "дня",
            )
            and h < 12
        ):
            h += 12
        elif (
            a
            in (
                "am",
                "上午",
                "早上",
                "凌晨",
                "早",
                "午前",
                "오전",
                "새벽",
                "mañana",
                "sáng",
                "утра",
                "ночи",
            )
            and h == 12
        ):
            h = 0
        elif a == "中午" and h < 6:
            h += 12
    return h if 0 <= h <= 23 else None


class _Ctx:
    def __init__(self, now: datetime, tz: tzinfo) -> None:
        self.now = now
        self.tz = tz
        self.local_now = now.astimezone(tz)
        self.today = self.local_now.date()

    def moment(self, d: date, h: int, mi: int, s: int = 0) -> str | None:
        if not (0 <= mi <= 59 and 0 <= s <= 59):
            return None
        try:
            local = datetime.combine(d, time(h, mi, s), tzinfo=self.tz)
        except ValueError:
            return None
        return _iso(local)

    def infer_year(self, month: int, day: int) -> date | None:
        for year in (self.today.year, self.today.year - 1):
            try:
                d = date(year, month, day)
            except ValueError:
                return None
            if d <= self.today + timedelta(days=1):
                return d
        return None


_TIME = (
    r"(?P<h>\d{1,2})(?:[:：h](?P<mi>\d{2}))?(?::(?P<s>\d{2}))?\s*"
    r"(?P<ap>[ap]\.?m\.?(?![a-z]))?"
)

# Each rule: regex, handler(match, ctx) → (value, extra) | None.
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], _Ctx], tuple[str, dict[str, object]] | None]]


def _iso_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    if m.group("h") is None:
        return day.isoformat(), {"precision": "day"}
    h = _hour(int(m.group("h")), m.group("ap"))
    if h is None:
        return None
    tzs = m.group("tz")
    zone_ = zone(tzs) if tzs and tzs.upper() not in ("Z", "UTC", "GMT") else (UTC if tzs else c.tz)
    try:
        local = datetime(y, mo, d, h, int(m.group("mi") or 0), int(m.group("s") or 0), tzinfo=zone_)
    except ValueError:
        return None
    return _iso(local), {}


def _month_name_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    mon = _MONTHS.get(m.group("mon").lower().rstrip("."))
    if mon is None:
        return None
    day_n = int(m.group("d"))
    if m.group("y"):
        try:
            day: date | None = date(int(m.group("y")), mon, day_n)
        except ValueError:
            return None
    else:
        day = c.infer_year(mon, day_n)
    if day is None:
        return None
    if m.group("h") is None:
        return day.isoformat(), {"precision": "day"}
    if m.group("mi") is None and m.group("ap") is None:
        return day.isoformat(), {"precision": "day"}
    h = _hour(int(m.group("h")), m.group("ap"))
    if h is None:
        return None
    v = c.moment(day, h, int(m.group("mi") or 0))
    return (v, {}) if v else None


def _cn_date_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    mon, d = int(m.group("mo")), int(m.group("d"))
    if m.group("y"):
        try:
            day: date | None = date(int(m.group("y")), mon, d)
        except ValueError:
            return None
    else:
        day = c.infer_year(mon, d)
    if day is None:
        return None
    return _cn_time(m, c, day)


def _cn_time(m: re.Match[str], c: _Ctx, day: date) -> tuple[str, dict[str, object]] | None:
    hs = m.group("ch")
    if hs is None:
        return day.isoformat(), {"precision": "day"}
    h0 = _cn_int(hs)
    if h0 is None:
        return None
    h = _hour(h0, m.group("cap"))
    if h is None:
        return None
    mi_s = m.group("cmi")
    mi = 30 if mi_s == "半" else (_cn_int(mi_s) if mi_s else 0)
    if mi is None:
        return None
    v = c.moment(day, h, mi)
    return (v, {}) if v else None


_REL_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "day before yesterday": -2,
    "今天": 0,
    "今日": 0,
    "今早": 0,
    "今晚": 0,
    "今天早上": 0,
    "昨天": -1,
    "昨日": -1,
    "昨晚": -1,
    "前天": -2,
    "hoy": 0,
    "ayer": -1,
    "anteayer": -2,
    "сегодня": 0,
    "вчера": -1,
    "позавчера": -2,
    "hôm nay": 0,
    "hôm qua": -1,
    "bugün": 0,
    "dün": -1,
    "hoje": 0,
    "ontem": -1,
    "오늘": 0,
    "어제": -1,
    "그저께": -2,
    "今朝": 0,
    "昨夜": -1,
}
_PART_AMPM = {
    "this morning": "am",
    "this afternoon": "pm",
    "this evening": "pm",
    "tonight": "pm",
    "last night": "pm",
    "今早": "早上",
    "今晚": "晚上",
    "昨晚": "晚上",
    "今朝": "午前",
    "昨夜": "夜",
}


def _rel_day_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    word = re.sub(r"\s+", " ", m.group("rel").lower())
    offset = _REL_DAYS.get(word)
    if offset is None:
        return None
    day = c.today + timedelta(days=offset)
    hs = m.group("h")
    if hs is None:
        hs_cn = m.group("ch")
        if hs_cn is None:
            return day.isoformat(), {"precision": "day"}
        h0 = _cn_int(hs_cn)
        ap = m.group("cap") or _PART_AMPM.get(word)
        mi_s = m.group("cmi")
        mi = 30 if mi_s == "半" else (_cn_int(mi_s) if mi_s else 0)
        if h0 is None or mi is None:
            return None
        h = _hour(h0, ap)
    else:
        explicit = m.group("ap") or m.group("ap2")
        conn = (m.group("conn") or "").strip()
        if not explicit and m.group("mi") is None and not conn:
            return day.isoformat(), {"precision": "day"}  # "yesterday 2 withdrawals"
        ap = explicit or _PART_AMPM.get(word)
        h = _hour(int(hs), ap)
        mi = int(m.group("mi") or 0)
    if h is None:
        return None
    v = c.moment(day, h, mi)
    return (v, {}) if v else None


def _time_then_day_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    word = re.sub(r"\s+", " ", m.group("rel").lower())
    offset = _REL_DAYS.get(word)
    if m.group("ap") is None and m.group("mi") is None:
        return None  # "2 yesterday" is not a time
    h = _hour(int(m.group("h")), m.group("ap") or _PART_AMPM.get(word))
    if offset is None or h is None:
        return None
    v = c.moment(c.today + timedelta(days=offset), h, int(m.group("mi") or 0))
    return (v, {}) if v else None


_UNITS = {
    "minute": 60,
    "minutes": 60,
    "min": 60,
    "mins": 60,
    "hour": 3600,
    "hours": 3600,
    "hr": 3600,
    "hrs": 3600,
    "h": 3600,
    "day": 86400,
    "days": 86400,
    "分钟": 60,
    "分鐘": 60,
    "小时": 3600,
    "小時": 3600,
    "个小时": 3600,
    "個小時": 3600,
    "天": 86400,
    "minutos": 60,
    "horas": 3600,
    "hora": 3600,
    "días": 86400,
    "dias": 86400,
    "día": 86400,
    "dia": 86400,
    "минут": 60,
    "минуты": 60,
    "минуту": 60,
    "час": 3600,
    "часа": 3600,
    "часов": 3600,
    "день": 86400,
    "дня": 86400,
    "дней": 86400,
    "phút": 60,
    "giờ": 3600,
    "tiếng": 3600,
    "ngày": 86400,
    "dakika": 60,
    "saat": 3600,
    "gün": 86400,
    "분": 60,
    "시간": 3600,
    "일": 86400,
    "分": 60,
    "時間": 3600,
    "日": 86400,
}


def _ago_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    return _ago(m.group("n"), m.group("u"), c)


def _hace_rule(m: re.Match[str], c: _Ctx) -> tuple[str, dict[str, object]] | None:
    """Spanish / Portuguese "hace 2 horas", "há 3 dias"."""
    n = m.group("n").lower()
    return _ago("1" if n in ("una", "un", "um", "uma") else n, m.group("u"), c)


def _ago(n_s: str, unit_s: str, c: _Ctx) -> tuple[str, dict[str, object]] | None:
    n_s = n_s.lower()
    n: float
    if n_s in ("an", "a", "one"):
        n = 1
    elif n_s in ("half an", "half a", "半", "半个", "半個") or re.fullmatch(r"half\s+an?", n_s):
        n = 0.5
    else:
        v = _cn_int(n_s)
        if v is None:
            return None
        n = v
    unit = _UNITS.get(unit_s.lower())
    if unit is None:
        return None
    if unit == 86400:
        day = (c.local_now - timedelta(days=n)).date()
        return day.isoformat(), {"precision": "day"}
    dt = (c.now - timedelta(seconds=n * unit)).replace(second=0, microsecond=0)
    return _iso(dt), {"relative": True}


_CN_TIME = (
    r"(?:\s*の)?(?:\s*(?P<cap>上午|下午|早上|晚上|凌晨|中午|傍晚|早|晚|午前|午後|夜|오전|오후|새벽))?\s*"
    r"(?:(?P<ch>\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s*(?:点|點|时|時|시)"
    r"(?:\s*(?P<cmi>半|\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:分|분)?)?)?"
)
_RULES: list[Rule] = [
    (
        re.compile(
            r"(?<!\d)(?P<y>20\d{2})[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})"
            r"(?:(?:[T\s]|\s*at\s*)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?"
            r"\s*(?P<ap>[ap]\.?m\.?(?![a-z]))?"
            r"\s*(?P<tz>(?:UTC|GMT)?\s?[+-]\d{1,2}(?::?\d{2})?|Z|UTC|GMT)?)?(?![\d:])",
            re.IGNORECASE,
        ),
        _iso_rule,
    ),
    (
        re.compile(
            r"(?:(?P<y>20\d{2})\s*年\s*)?(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号|號)"
            + _CN_TIME
        ),
        _cn_date_rule,
    ),
    (
        re.compile(
            r"\b(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+"
            r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s*(?P<y>20\d{2}))?"
            r"(?:,?\s*(?:at|@|around|~)?\s*" + _TIME + r")?",
            re.IGNORECASE,
        ),
        _month_name_rule,
    ),
    (
        re.compile(
            r"(?P<rel>day\s+before\s+yesterday|yesterday|today|tonight|this\s+morning|"
            r"this\s+afternoon|this\s+evening|last\s+night|今天早上|今天|今日|今早|今晚|昨天|昨日|"
            r"昨晚|前天|anteayer|hoy|ayer|позавчера|сегодня|вчера|hôm\s+nay|hôm\s+qua|bugün|dün|"
            r"hoje|ontem|그저께|오늘|어제|今朝|昨夜)"
            r"(?:(?P<conn>\s*(?:at|around|@|~|a\s+las|a\s+la|в|lúc|saat|às|as|,)\s*|\s+)"
            r"(?P<h>\d{1,2})(?:[:：h](?P<mi>\d{2}))?(?:\s*(?P<ap>[ap]\.?m\.?(?![a-z])))?"
            r"(?:\s*(?P<ap2>утра|вечера|дня|ночи|sáng|chiều|tối))?(?![\d])"
            r"|" + _CN_TIME + r")?",
            re.IGNORECASE,
        ),
        _rel_day_rule,
    ),
    (
        re.compile(  # "3pm yesterday", "at 3am today"
            r"(?<![\d:])(?P<h>\d{1,2})(?:[:：](?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?\s+"
            r"(?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|"
            r"last\s+night)\b",
            re.IGNORECASE,
        ),
        _time_then_day_rule,
    ),
    (
        re.compile(
            r"(?P<n>\d{1,3}|an|a|one|half\s+an?|半个|半個|半|[一二两兩三四五六七八九十]{1,3})\s*"
            r"(?P<u>minutes?|mins?|hours?|hrs?|h|days?|分钟|分鐘|个小时|個小時|小时|小時|天|"
            r"minutos|horas?|d[ií]as?|минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней)|phút|giờ|tiếng|ngày|"
            r"dakika|saat|gün|분|시간|일|時間|分|日)\s*"
            r"(?:ago|前|atrás|назад|trước|önce|전|before)",
            re.IGNORECASE,
        ),
        _ago_rule,
    ),
    (
        re.compile(
            r"(?:hace|há)\s+(?P<n>\d{1,3}|una?|um|uma)\s+(?P<u>minutos|horas?|d[ií]as?)",
            re.IGNORECASE,
        ),
        _hace_rule,
    ),
]


# Substrings one of which every match of the rule at the same index contains.
_GATES: tuple[tuple[str, ...], ...] = (
    ("-", "/", "."),
    ("月",),
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    tuple(_REL_DAYS) + ("day before",),
    ("yesterday", "today", "tonight", "this ", "last night"),
    ("ago", "前", "atrás", "назад", "trước", "önce", "전", "before"),
    ("hace", "há"),
)
_GATE_RES = tuple(re.compile("|".join(map(re.escape, g))) for g in _GATES)
_GATE_RES = (re.compile(r"20\d\d[-/.]\d"), *_GATE_RES[1:])  # ISO dates: a cheaper, tighter gate
# "3am today" must win over the bare "today" inside it: try that rule first.
_RULES[3], _RULES[4] = _RULES[4], _RULES[3]
_GATE_RES = (*_GATE_RES[:3], _GATE_RES[4], _GATE_RES[3], *_GATE_RES[5:])


def timestamps(text: str, now: datetime, tz: str) -> list[Span]:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    ctx: _Ctx | None = None
    out: list[Span] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    for (rx, handler), gate in zip(_RULES, _GATE_RES, strict=True):
        if not gate.search(low):
            continue
        if ctx is None:
            ctx = _Ctx(now, zone(tz))
        for m in rx.finditer(text):
            s, e = m.span()
            if e - s < 2 or any(s < te and ts < e for ts, te in taken):
                continue
            try:
                got = handler(m, ctx)
            except (ValueError, OverflowError, ArithmeticError):
                got = None
            if got is None:
                continue
            value, extra = got
            out.append((s, e, value, extra))
            taken.append((s, e))
    return out
