"""Absolute and relative times in customer messages, normalised to ISO-8601 UTC.

Values: a moment is ``YYYY-MM-DDTHH:MM:SSZ`` in UTC, computed in the customer's time zone
`tz` relative to `now` ("yesterday 3pm" in Asia/Shanghai → the UTC instant of 15:00
Shanghai time on the day before `now`'s Shanghai date). A date with no time ("May 3",
"昨天") is the local calendar date ``YYYY-MM-DD`` with ``extra["precision"] = "day"``;
"last week" and "2 weeks ago" are the date 7 (14) days before with ``"precision": "week"``.
Dates without a year take the most recent such date that is not in the future.

Weekdays: "on Monday", "el lunes", "в понедельник", "周一", "월요일" are the most recent such
day, today included; "last Monday" / "el lunes pasado" / "geçen pazartesi" the most recent
one before today; "上周五", "지난주 금요일", "先週の金曜日", "thứ sáu tuần trước" the one in the
previous (Monday-first) calendar week. Part-of-day words set AM/PM: "3 giờ chiều", "a las 3
de la tarde", "в 9 вечера", "öğleden sonra 3'te", "下午3点", "오후 3시", "午後3時".

Numeric dates: ``2024-05-03`` (year first), ``03.05.2024`` / ``03.05.24`` (day first; a
two-digit year needs two-digit day and month), ``03.05 14:30`` (day first, with a time),
``05/03/2024`` and ``05-03-2024``: one part over 12 decides, otherwise day first unless the
customer's `tz` is a US or Canadian zone and `lang` (when given) is English.

Not times: durations without "ago" ("waited 2 days", "2 дня"), amounts ("12.03 USDT"),
version numbers, decimals, IP addresses and phone numbers.

Speed (this runs on every message): numeric dates are scanned only after a cheap pre-check;
every other rule starts at a keyword ("yesterday", "周五", "ago", "марта"), all found by one
scan of the lower-cased text with a prefix-trie alternation compiled for the scripts the text
contains. A rule's pattern is then matched at its keyword only, and the words before it are
read from a short window only when they may be a prefix ("last", "3pm", "上").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

Span = tuple[int, int, str, dict[str, object]]
_Found = Span | None
_Handler = Callable[[re.Match[str], "_Ctx"], _Found]

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


_Trie = dict[str, "_Trie"]


def _alt(words: Iterable[str]) -> str:
    """A regex for any of `words` as a prefix trie, longest first; a space matches ``\\s+``.

    Python's regex engine tries alternatives one by one: a trie checks one branch per first
    letter instead of one per word, which keeps a scan for ~200 keywords cheap."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_rx(trie)


def _trie_rx(node: _Trie) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_rx(sub)
        for ch, sub in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _norm(s: str) -> str:
    return " ".join(s.split())


def _letter(ch: str) -> bool:
    """A letter of an alphabet that separates words with spaces (not CJK / kana / hangul)."""
    return ch.isalpha() and ch < "\u3040"


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


# Zones whose customers write 05/03/2024 for May 3 (when nothing else decides).
_MONTH_FIRST_ZONES = frozenset(
    "America/" + z
    for z in (
        "New_York Detroit Chicago Denver Phoenix Los_Angeles Anchorage Juneau Sitka Nome "
        "Yakutat Metlakatla Adak Boise Menominee Indiana/Indianapolis Indiana/Knox "
        "Indiana/Marengo Indiana/Petersburg Indiana/Tell_City Indiana/Vevay Indiana/Vincennes "
        "Indiana/Winamac Kentucky/Louisville Kentucky/Monticello North_Dakota/Beulah "
        "North_Dakota/Center North_Dakota/New_Salem Indianapolis Louisville Toronto Vancouver "
        "Edmonton Winnipeg Halifax St_Johns Regina Moncton Whitehorse Yellowknife"
    ).split()
) | {"Pacific/Honolulu", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT", "EST", "MST", "HST"}


def _month_first(tz: str, lang: str | None) -> bool:
    if lang and not lang.lower().startswith("en"):
        return False
    return tz in _MONTH_FIRST_ZONES or tz.startswith(("US/", "Canada/"))


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Part-of-day words → how they move an hour: "am" (12 → 0), "pm" (1-11 → 13-23), "noon"
# (1-5 → 13-17), "night" (6-11 → 18-23, 12 → midnight at the end of the day, 0-5 stay).
_AP_KIND: dict[str, str] = {}
for _kind, _phrases in (
    (
        "am",
        "am|morning|in the morning|上午|早上|早晨|早|午前|朝|오전|아침|sáng|утра|утром|mañana|"
        "de la mañana|por la mañana|en la mañana|manhã|da manhã|de manhã|pela manhã|na manhã|"
        "sabah|凌晨|半夜|深夜|夜中|새벽|madrugada|de la madrugada|por la madrugada|"
        "da madrugada|de madrugada",
    ),
    (
        "pm",
        "pm|afternoon|in the afternoon|evening|in the evening|下午|傍晚|午後|夕方|오후|저녁|"
        "chiều|tối|дня|днём|днем|вечера|вечером|tarde|de la tarde|por la tarde|en la tarde|"
        "da tarde|à tarde|de tarde|pela tarde|na tarde|öğleden sonra|akşam|akşamüstü",
    ),
    (
        "night",
        "night|at night|晚上|晚|夜|夜里|夜裡|밤|đêm|ночи|ночью|noche|de la noche|por la noche|"
        "en la noche|noite|da noite|à noite|de noite|pela noite|na noite|gece",
    ),
    ("noon", "noon|at noon|中午|昼|낮|trưa|öğlen|öğle|del mediodía"),
):
    for _w in _phrases.split("|"):
        _AP_KIND[_w] = _kind


def _ap_kind(word: str) -> str | None:
    return _AP_KIND.get(_norm(word).replace(".", ""))


def _hour(h: int, ampm: str | None) -> int | None:
    """The 0-24 hour for `h` said with part-of-day word `ampm` (24: midnight ending the day)."""
    kind = _ap_kind(ampm) if ampm else None
    if kind == "pm":
        if h < 12:
            h += 12
    elif kind == "am":
        if h == 12:
            h = 0
    elif kind == "noon":
        if h < 6:
            h += 12
    elif kind == "night":
        if h == 12:
            h = 24
        elif 6 <= h < 12:
            h += 12
    return h if 0 <= h <= 24 else None


class _Ctx:
    def __init__(self, now: datetime, tz: str, lang: str | None) -> None:
        self.now = now
        self.tz_name = tz
        self.tz = zone(tz)
        self.lang = lang
        self.local_now = now.astimezone(self.tz)
        self.today = self.local_now.date()

    def moment(self, d: date, h: int, mi: int, s: int = 0) -> str | None:
        if not (0 <= mi <= 59 and 0 <= s <= 59 and 0 <= h <= 24):
            return None
        if h == 24:
            d, h = d + timedelta(days=1), 0
        try:
            local = datetime.combine(d, time(h, mi, s), tzinfo=self.tz)
        except (ValueError, OverflowError):
            return None
        return _iso(local)

    def infer_year(self, month: int, day: int) -> date | None:
        for year in (self.today.year, self.today.year - 1):
            try:
                d = date(year, month, day)
            except ValueError:
                if month == 2 and day == 29:
                    continue
                return None
            if d <= self.today + timedelta(days=1):
                return d
        return None


def _day_value(d: date) -> tuple[str, dict[str, object]]:
    return d.isoformat(), {"precision": "day"}


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_ASCII, _LATIN, _CYR, _HAN = 0, 1, 2, 4  # scripts present in a text (bits; ASCII is none)


def _scripts(low: str) -> int:
    if low.isascii():
        return _ASCII
    key = _LATIN
    if _CYRILLIC.search(low):
        key |= _CYR
    if _CJK.search(low):
        key |= _HAN
    return key


def _word_script(w: str) -> int:
    if w.isascii():
        return _ASCII
    if _CJK.search(w):
        return _HAN
    return _CYR if _CYRILLIC.search(w) else _LATIN


class _Gate:
    """A keyword alternation compiled per set of scripts in the text: a message in English
    scans for the ASCII keywords only, one in Chinese for ASCII, Latin and CJK ones."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self.compiled: dict[int, re.Pattern[str]] = {}

    def __call__(self, key: int) -> re.Pattern[str]:
        rx = self.compiled.get(key)
        if rx is None:
            words = [w for w in self.words if not _word_script(w) & ~key]
            rx = self.compiled[key] = re.compile(_alt(words) if words else "(?!)")
        return rx


# --- the time of day after a date or day word -------------------------------------------

_AP_AFTER = (
    r"(?P<ap>[ap]\.?m\.?(?![a-z])|(?:утра|дня|вечера|ночи|sáng|chiều|tối|trưa|đêm"
    r"|(?:de|por|en)\s+la\s+(?:mañana|tarde|noche|madrugada)|del\s+mediodía"
    r"|(?:da|de|à|pela)\s+(?:manhã|tarde|noite|madrugada)"
    r"|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![^\W\d_]))"
)
_PW = _alt(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "in the morning",
        "in the afternoon",
        "in the evening",
        "at night",
        "утром",
        "днём",
        "днем",
        "вечером",
        "ночью",
        "öğleden sonra",
        "akşamüstü",
        "akşam",
        "sabah",
        "gece",
        "öğlen",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
    ]
    + [f"{p} la {w}" for p in ("por", "en") for w in ("mañana", "tarde", "noche", "madrugada")]
    + [f"{p} {w}" for p in ("à", "de", "pela", "na") for w in ("manhã", "tarde", "noite")]
)
_CAP = _alt(
    "上午 下午 早上 早晨 晚上 凌晨 中午 傍晚 夜里 夜裡 半夜 早 晚 "
    "午前 午後 朝 夕方 夜 昼 深夜 夜中 오전 오후 새벽 아침 저녁 밤 낮".split()
)
_CONN = _alt(
    "at|around|about|@|~|a las|a la|à|às|as|около|примерно|в|во|lúc|vào lúc|vào|khoảng|saat|"
    "um".split("|")
)
_WEAK_CONN = frozenset(("", "as"))
_CNUM = "[一二两兩三四五六七八九十]"
# cap: 下午 / 오후 …; cclk: 3点半, 15時30分, 3시; pw: "afternoon", "вечером" …; wt: "at 3pm",
# "lúc 3 giờ chiều", "в 3 часа дня", "a las 15:00", "15h30", "3'te".
_TAIL = (
    r"(?:\s*の)?(?:\s*(?P<cap>" + _CAP + r"))?"
    r"(?:\s*(?P<cclk>(?P<ch>\d{1,2}|" + _CNUM + r"{1,3})\s*(?:点|點|时|時|시)"
    r"(?:\s*(?P<cmi>半|\d{1,2}|" + _CNUM + r"{1,3})(?!\d)\s*(?:分|분)?)?))?"
    r"(?:\s*,?\s*(?P<pw>" + _PW + r")(?![^\W\d_]))?"
    r"(?P<wt>(?:\s*,\s*|\s+|(?<=[\u3040-\uffff]))(?:(?P<conn>" + _CONN + r")\s*)?"
    r"(?<![\d.])(?P<h>\d{1,2})"
    r"(?:[:：](?P<mi>\d{2})(?::(?P<sec>\d{2}))?(?:\.\d+)?"
    r"|(?P<hu>h(?P<mi2>\d{2})?(?![^\W\d_])|\s*giờ(?:\s*(?P<mi3>\d{1,2})(?!\d)(?:\s*phút)?)?"
    r"|\s*час(?:а|ов)?(?![^\W\d_])(?:\s*(?P<mi4>\d{1,2})\s*мин(?:ут[аы]?)?)?))?"
    r"(?P<tsuf>'(?:d[ae]n?|t[ae]n?))?"
    r"(?:\s*" + _AP_AFTER + r")?"
    r"(?!\d|[:.,]\d))?"
)

_NO_TIME = (-1, 0, 0, 0)


def _clock(m: re.Match[str], ap_ctx: str | None, conn_counts: bool) -> tuple[int, int, int, int]:
    """(hour, minute, second, end) of the time in `_TAIL`; hour -1 when none or invalid.

    A bare number after a day word is no time ("yesterday 2 withdrawals"): it needs minutes,
    an am/pm word, an hour unit ("15h", "3 giờ", "3点") or, if `conn_counts`, a word like "at".
    """
    g = m.group
    ap = ap_ctx
    if g("cap"):
        ap = g("cap")
    if g("ch") is not None:
        h0 = _cn_int(g("ch"))
        mi_s = g("cmi")
        mi = 30 if mi_s == "半" else (_cn_int(mi_s) if mi_s else 0)
        h = _hour(h0, ap) if h0 is not None else None
        if h is None or mi is None:
            return _NO_TIME
        return h, mi, 0, m.end("cclk")
    if g("pw"):
        ap = g("pw")
    if g("h") is None:
        return _NO_TIME
    mi_s = g("mi") or g("mi2") or g("mi3") or g("mi4")
    conn = _norm(g("conn") or "")
    h0 = int(g("h"))
    if not (mi_s or g("ap") or g("hu") or g("tsuf") or (conn_counts and conn not in _WEAK_CONN)):
        return _NO_TIME
    h = _hour(h0, g("ap") or ap)
    if h is None or (h0 > 12 and g("ap") and _ap_kind(g("ap")) == "am"):
        return _NO_TIME
    return h, int(mi_s or 0), int(g("sec") or 0), m.end("wt")


def _day_end(m: re.Match[str], *groups: str) -> int:
    return max(m.end(gr) for gr in groups)


# --- rule: numeric dates ------------------------------------------------------------------

_VERSION_CTX = re.compile(
    r"(?:\bv|version|ver\.?|build|release|app|android|ios|версия|версии|sürüm|phiên bản|"
    r"バージョン|版本|버전)\s*:?\s*\Z"
)
_NUM_DATE = re.compile(
    r"(?=[0-9])(?<![0-9a-z_.,/-])"
    r"(?P<date>(?P<y>(?:19|20)\d{2})(?P<s1>[-/.])(?P<mo>\d{1,2})(?P=s1)(?P<d>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<s2>[-/.])(?P<b>\d{1,2})(?:(?P=s2)(?P<y2>(?:19|20)\d{2}|\d{2}))?)"
    r"(?!\d|[-/.,]\d)"
    r"(?:(?:t|\s*(?:at|@|в|saat|lúc|às|as|a\s+las|um|,)\s*|\s+)"
    r"(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?::(?P<sec>\d{2}))?(?:\.\d+)?"
    r"(?:\s*(?P<ap>[ap]\.?m\.?)(?![a-z]))?"
    r"(?:\s*(?P<tz>(?:utc|gmt)?\s?[+-]\d{1,2}(?::?\d{2})?|z|utc|gmt)(?![a-z]))?"
    r"(?:'(?:d[ae]|t[ae]))?"
    r"(?![\d:]))?"
)


def _valid_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _numeric_date(m: re.Match[str], c: _Ctx) -> _Found:
    low = m.string
    s = m.start()
    if s and _VERSION_CTX.search(low, max(0, s - 14), s):
        return None
    g = m.group
    if g("y"):
        day = _valid_date(int(g("y")), int(g("mo")), int(g("d")))
    else:
        a, b, sep, ys = int(g("a")), int(g("b")), g("s2"), g("y2")
        if ys is None:  # "12.03 14:30": day first, the year inferred; only with a time
            if sep != "." or g("h") is None or not (1 <= b <= 12):
                return None
            day = c.infer_year(b, a)
        else:
            if len(ys) == 2:  # "12.03.26": no phone pieces ("12-03-26"), no versions ("1.2.24")
                if sep == "-" or len(g("a")) != 2 or len(g("b")) != 2:
                    return None
                year = 2000 + int(ys)
                if not (2009 <= year <= c.today.year + 1):
                    return None
            else:
                year = int(ys)
            dmy, mdy = _valid_date(year, b, a), _valid_date(year, a, b)
            if sep != "." and _month_first(c.tz_name, c.lang):
                first, other = mdy, dmy
            else:
                first, other = dmy, mdy
            day = first or other
            soon = c.today + timedelta(days=1)
            if first and other and first > soon >= other:
                day = other  # 05/06/2024 said on May 6, 2024: not a future June 5
    if day is None:
        return None
    if g("h") is None:
        return s, m.end(), *_day_value(day)
    h = _hour(int(g("h")), g("ap"))
    if h is None:
        return (s, m.end("date"), *_day_value(day)) if g("y2") or g("y") else None
    tzs = g("tz")
    if tzs:
        zone_ = UTC if tzs in ("z", "utc", "gmt") else zone(tzs)
        try:
            local = datetime(
                day.year, day.month, day.day, h % 24, int(g("mi")), int(g("sec") or 0), tzinfo=zone_
            )
        except ValueError:
            return None
        if h == 24:
            local += timedelta(days=1)
        return s, m.end(), _iso(local), {}
    v = c.moment(day, h, int(g("mi")), int(g("sec") or 0))
    return (s, m.end(), v, {}) if v else None


# --- rule: 5月3日, 2024年5月3日, 3월 5일 ---------------------------------------------------

_CN_DATE = re.compile(
    r"(?=[0-9])(?:(?P<y>(?:19|20)[0-9]{2})\s*[年년]\s*)?(?<![0-9])(?P<mo>[0-9]{1,2})\s*"
    r"(?P<dd>[月월]\s*(?P<d>[0-9]{1,2})\s*(?:日|号|號|일))" + _TAIL
)


def _cn_date(m: re.Match[str], c: _Ctx) -> _Found:
    mon, d = int(m.group("mo")), int(m.group("d"))
    day = _valid_date(int(m.group("y")), mon, d) if m.group("y") else c.infer_year(mon, d)
    if day is None:
        return None
    return _with_time(m.start(), m, day, c, None, True, ("dd",))


def _with_time(
    start: int,
    m: re.Match[str],
    day: date,
    c: _Ctx,
    ap_ctx: str | None,
    conn_counts: bool,
    day_groups: tuple[str, ...],
) -> _Found:
    h, mi, sec, end = _clock(m, ap_ctx, conn_counts)
    if h < 0:  # no time, or not a valid one ("yesterday ~50 USDT"): the day
        end = _day_end(m, *day_groups, "cap", "pw")
        return start, end, *_day_value(day)
    v = c.moment(day, h, mi, sec)
    return (start, end, v, {}) if v else None


# --- rule: month names ("May 3", "3rd of May", "5 de marzo", "5 марта", "ngày 5 tháng 3") ---

_MONTHS: dict[str, tuple[int, str]] = {}
for _lang, _names in (
    ("en", "january february march april may june july august september october november december"),
    (
        "es",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    (
        "pt",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    ("ru", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    ("tr", "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
):
    for _i, _n in enumerate(_names.split(), 1):
        _MONTHS.setdefault(_n, (_i, _lang))
for _i, _n in enumerate("jan feb mar apr - jun jul aug sep oct nov dec".split(), 1):
    _MONTHS[_n] = (_i, "en")
_MONTHS.update({"sept": (9, "en"), "setiembre": (9, "es"), "tháng": (0, "vi")})
del _MONTHS["-"]

_MONTH_BACK = re.compile(
    r"(?:(?P<ngay>ngày)\s+)?(?<![\d.,])(?P<d>\d{1,2})(?P<ord>st|nd|rd|th|º|ª|°|er)?\.?\s*"
    r"(?:(?P<of>de|of)\s+(?:the\s+)?)?\Z"
)
_MONTH = re.compile(
    r"(?:(?P<mon>" + _alt(k for k in _MONTHS if k != "tháng") + r")(?![^\W\d_])\.?"
    r"|tháng\s+(?P<vmo>\d{1,2})(?!\d))"
    r"(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d|[:.,]\d|\s*[ap]\.?m(?![a-z])|h\d|\s*(?:giờ|час)))?"
    r"(?:,?\s*(?:de\s+|del\s+|năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?:\s*(?:г\.|года|г(?![^\W\d_])))?)?" + _TAIL
)


def _month_name(m: re.Match[str], c: _Ctx) -> _Found:
    low, s = m.string, m.start()
    if s and _letter(low[s - 1]):
        return None
    g = m.group
    if g("mon"):
        mon, lang = _MONTHS[g("mon")]
    else:
        mon, lang = int(g("vmo")), "vi"
    b = _MONTH_BACK.search(low, max(0, s - 12), s) if s else None
    start = s
    bare_may = False
    if b is not None and (lang != "vi" or b.group("ngay") or g("y")):
        bare_may = lang == "en" and g("mon") == "may"
        bare_may = bare_may and not (b.group("ord") or b.group("of") or g("y"))
        day_n, start = int(b.group("d")), b.start()
    elif g("d2") and lang == "en":
        day_n = int(g("d2"))
    else:
        return None
    if g("y"):
        day = _valid_date(int(g("y")), mon, day_n)
    else:
        day = c.infer_year(mon, day_n) if 1 <= mon <= 12 else None
    if day is None:
        return None
    found = _with_time(start, m, day, c, None, False, ("mon", "vmo", "d2", "y"))
    if bare_may and found is not None and not found[2].endswith("Z"):
        return None  # "3 may be late"; "5 May 3pm" is a date
    return found


# --- rule: relative days, weekdays, last week ----------------------------------------------


def _table(spec: str) -> dict[str, str]:
    """Parse lines of ``label: word|word|…`` into {word: label}."""
    out: dict[str, str] = {}
    for line in spec.strip().splitlines():
        label, _, words = line.partition(":")
        for w in words.split("|"):
            out[w.strip()] = label.strip()
    return out


# Relative day words → (days from today, part of day they imply).
_REL_DAYS: dict[str, tuple[int, str | None]] = {
    w: (int(label.split()[0]), label.split()[1] if " " in label else None)
    for w, label in _table(
        """
        0: today|今天|今日|오늘|hoy|hoje|сегодня|bugün|bugun|hôm nay
        0 am: this morning|今早|今朝|esta mañana|esta manhã|nesta manhã|bu sabah|sáng nay
        0 noon: trưa nay
        0 pm: this afternoon|this evening|esta tarde|nesta tarde|bu akşam|chiều nay|tối nay
        0 night: tonight|今晚|esta noche|esta noite|bu gece
        -1: yesterday|昨天|昨日|어제|ayer|ontem|вчера|dün|hôm qua
        -1 pm: tối qua|chiều qua
        -1 night: last night|昨晚|昨夜|昨晩|어젯밤|anoche|đêm qua
        -2: day before yesterday|前天|一昨日|おととい|그저께|그제|anteayer|antier|antes de ayer
        -2: anteontem|antes de ontem|позавчера|evvelsi gün|evvelki gün|önceki gün|hôm kia
        -3: 大前天
        """
    ).items()
}
_LAST_WEEK = tuple(
    "last week|la semana pasada|semana pasada|na semana passada|semana passada|"
    "на прошлой неделе|geçen hafta|geçtiğimiz hafta|tuần trước|지난주|지난 주|저번주|저번 주|"
    "先週|上周|上週|上星期|上个星期|上個星期|上礼拜|上禮拜|上个礼拜|上個禮拜".split("|")
)
# Weekday spellings → (Monday=0 …, language). zh forms (周五, 星期三) are matched separately.
_WEEKDAYS: dict[str, tuple[int, str]] = {}
for _lang, _names in (
    ("en", "monday tuesday wednesday thursday friday saturday sunday"),
    ("es", "lunes martes miércoles jueves viernes sábado domingo"),
    ("es", "- - miercoles - - sabado -"),
    ("pt", "segunda terça quarta quinta sexta - -"),
    ("pt", "- terca - - - - -"),
    ("ru", "понедельник вторник среду четверг пятницу субботу воскресенье"),
    ("ru", "понедельника вторника среды четверга пятницы субботы воскресенья"),
    ("ru", "- - среда - пятница суббота -"),
    ("tr", "pazartesi salı çarşamba perşembe cuma cumartesi pazar"),
    ("tr", "- - carsamba persembe - - -"),
    ("vi", "thứ_hai thứ_ba thứ_tư thứ_năm thứ_sáu thứ_bảy chủ_nhật"),
    ("vi", "thứ_2 thứ_3 thứ_4 thứ_5 thứ_6 thứ_7 -"),
    ("ko", "월요일 화요일 수요일 목요일 금요일 토요일 일요일"),
    ("ja", "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日"),
    ("ja", "月曜 火曜 水曜 木曜 金曜 土曜 日曜"),
):
    for _i, _n in enumerate(_names.split()):
        if _n != "-":
            _WEEKDAYS.setdefault(_n.replace("_", " "), (_i, _lang))
for _n in ("segunda", "terça", "terca", "quarta", "quinta", "sexta"):
    _WEEKDAYS[_n + "-feira"] = _WEEKDAYS[_n + " feira"] = (_WEEKDAYS[_n][0], "pt-feira")
_ZH_WD = "一二三四五六日"
_ZH_WD_CHAR = r"(?:一(?![共直些下次笔筆个個点點天样樣起般定切])|[二三四五六日天1-7])"
_ZH_WEEK = "(?:周|週|星期|礼拜|禮拜)"
_WD_RX = "(?:" + _alt(_WEEKDAYS) + "|" + _ZH_WEEK + _ZH_WD_CHAR + ")"

# Words before a weekday → "recent" (today included), "last" (before today), "prevweek"
# (previous calendar week), "thisweek"; "" rejects ("next Monday", "every Monday", "下周一").
_PRE = _table(
    """
    recent: on|since|this|this past|past|from|el|este|desde el|na|no|nesta|neste|desde
    recent: desde a|desde o|в|во|с|со|в этот|в эту|в это|bu|vào|hôm|từ|ngày|이번
    last: last|el pasado|na última|no último|última|último|в прошлый|в прошлую|в прошлое
    last: прошлый|прошлую|прошлое|geçen|geçtiğimiz|지난|저번
    thisweek: 이번 주|이번주
    : next|this coming|coming|every|each|following|by|until|till|before|el próximo|próximo
    : próxima|cada|hasta el|na próxima|no próximo|toda|todo|até|в следующий|в следующую
    : в следующее|каждый|каждую|каждое|до|gelecek|önümüzdeki|her|다음 주|다음주|다음|매주
    """
)
_CPRE = _table(
    """
    thisweek: 这|這|这个|這個|本|今週|今週の
    : 下|下个|下個|每|每个|每個|来週|来週の|毎週
    """
)
_WSUF = _table(
    """
    last: pasado|pasada|passado|passada|vừa rồi|vừa qua
    prevweek: tuần trước
    thisweek: tuần này
    """
)
_NEEDS_PRE = frozenset({"es", "pt", "ru", "vi"})
_PT_AFTER_OK = frozenset(
    "passada passado à às as ás de pela por e eu a o fiz foi fui enviei depositei saquei".split()
)
_PPW = "sáng chiều tối trưa đêm".split()
_TSUF = r"(?P<tsx>'?(?:d[ae]n|t[ae]n|d[ae]|t[ae]|y[ae]|y[iı]|k[iü]))?"
_DAY = re.compile(
    r"(?P<k>(?P<wk>"
    + _alt(_LAST_WEEK)
    + r")(?:\s*の?\s*(?P<wkd>"
    + _WD_RX
    + "|"
    + _ZH_WD_CHAR
    + r"))?"
    r"|(?P<wd>" + _WD_RX + r")(?:\s+günü)?" + _TSUF + r"(?:\s+(?P<wsuf>" + _alt(_WSUF) + r"))?"
    r"|(?P<rel>" + _alt(_REL_DAYS) + r")(?P<tsx2>'?(?:d[ae]n|k[iü]))?)" + _TAIL
)
_DAY_WORDS = (
    list(_REL_DAYS)
    + list(_LAST_WEEK)
    + [w for w in _WEEKDAYS if " " not in w and "-" not in w]
    + ["thứ", "chủ nhật", "周", "週", "星期", "礼拜", "禮拜"]
)
_BTIME = (
    r"(?<![\d.:])(?:(?:at|around|lúc|vào lúc|в|a las|às)\s+)?(?P<bh>\d{1,2})"
    r"(?:[:：](?P<bmi>\d{2})|(?P<bhu>h)(?P<bmi2>\d{2})?|\s*giờ(?:\s*(?P<bmi3>\d{1,2})"
    r"(?:\s*phút)?)?)?(?:\s*" + _AP_AFTER.replace("?P<ap>", "?P<bap>") + ")?"
)
_DAY_BACK = re.compile(  # searched from a word start (or a zh / ja prefix) only: cheaper
    r"(?:(?<!\S)|(?=" + _alt(_CPRE) + r"))"
    r"(?:(?P<bt>" + _BTIME + r")\s*,?\s*(?:on\s+|of\s+)?)?"
    r"(?:(?<![^\W\d_])(?P<pre>" + _alt(_PRE) + r")\s+|(?P<cpre>" + _alt(_CPRE) + r")\s*)?"
    r"(?:(?<![^\W\d_])(?P<ppw>" + _alt(_PPW) + r")\s+)?\Z"
)
_CPRE_LAST = frozenset("上这這本下每个個の")
# The last word before a day word that can start a prefix worth parsing: a weekday prefix
# ("last", "el", "в прошлую"), a part of day ("chiều"), the end of a time ("3pm", "вечера").
_BACK_WORDS = frozenset(
    [k.split()[-1] for k in _PRE]
    + _PPW
    + [k.split()[-1] for k in _AP_KIND if k.isascii() or k[0] < "\u3040"]
    + ["on", "of", "a.m.", "p.m.", "a.m", "p.m", "주"]
)


def _day_back(low: str, s: int) -> re.Match[str] | None:
    """The prefix of the day word at `s` ("last ", "3pm ", "上"), read only when it may be one."""
    if not s:
        return None
    prev = low[s - 1]
    if prev in _CPRE_LAST:
        return _DAY_BACK.search(low, max(0, s - 8), s)
    if not prev.isspace():
        return None
    words = low[max(0, s - 16) : s].rsplit(None, 1)
    if not words:
        return None
    last = words[-1].rstrip(",")
    if (
        last in _BACK_WORDS
        or last[-1:].isdigit()
        or (last.endswith(("am", "pm", "h")) and any(ch.isdigit() for ch in last))
    ):
        return _DAY_BACK.search(low, max(0, s - 32), s)
    return None


def _weekday_date(c: _Ctx, wd: int, mode: str) -> date | None:
    t = c.today
    if mode == "recent":
        return t - timedelta(days=(t.weekday() - wd) % 7)
    if mode == "last":
        return t - timedelta(days=(t.weekday() - wd) % 7 or 7)
    if mode == "prevweek":
        return t - timedelta(days=t.weekday() + 7 - wd)
    if mode == "thisweek":
        d = t - timedelta(days=t.weekday() - wd)
        return d if d <= t else None
    return None


def _wd_index(word: str) -> tuple[int, str]:
    w = _norm(word)
    if w in _WEEKDAYS:
        return _WEEKDAYS[w]
    ch = w[-1]  # zh: 周五, 星期天, 礼拜1
    return (int(ch) - 1 if ch.isdigit() else 6 if ch == "天" else _ZH_WD.index(ch)), "zh"


def _day_rule(m: re.Match[str], c: _Ctx) -> _Found:
    low, s = m.string, m.start()
    g = m.group
    k_end = m.end("k")
    if s and _letter(low[s]) and _letter(low[s - 1]):
        return None
    tsx = g("tsx") or g("tsx2")
    if tsx:
        kw = g("wd") or g("rel") or ""
        if not kw or (
            kw not in ("dün", "bugün", "bugun") and _WEEKDAYS.get(kw, (0, ""))[1] != "tr"
        ):
            return None
        if tsx.lstrip("'")[0] == "y" and kw[-1] not in "aeıioöuü":
            return None  # "dünya" is not "dün"
    if k_end < len(low) and _letter(low[k_end - 1]) and _letter(low[k_end]):
        return None
    if k_end < len(low) and low[k_end - 1].isdigit() and low[k_end].isdigit():
        return None
    b = _day_back(low, s)
    ap_ctx: str | None = None
    start = s
    if g("rel"):
        off, ap_ctx = _REL_DAYS[_norm(g("rel"))]
        day: date | None = c.today + timedelta(days=off)
    elif g("wk"):
        wd = g("wkd")
        if wd and (len(wd) > 1 or g("wk").startswith("上")):
            idx = _wd_index(wd if len(wd) > 1 else "周" + wd)[0]
            day = _weekday_date(c, idx, "prevweek")
        else:  # "last week", "上周" (not "先週日本": 日 is a weekday only after 上周)
            week = c.today - timedelta(days=7)
            return s, m.end("wk"), week.isoformat(), {"precision": "week"}
    else:
        idx, lang = _wd_index(g("wd"))
        mode = (
            "" if lang in _NEEDS_PRE or (g("wd") == "pazar" and "günü" not in g("k")) else "recent"
        )
        if b is not None and (b.group("pre") or b.group("cpre")):
            mode = (_PRE if b.group("pre") else _CPRE)[_norm(b.group("pre") or b.group("cpre"))]
            if not mode:
                return None
            start = b.start("pre") if b.group("pre") else b.start("cpre")
        if b is not None and b.group("ppw"):
            mode = mode or "recent"
            ap_ctx = b.group("ppw")
            start = min(start, b.start("ppw"))
        if g("wsuf"):
            mode = _WSUF[_norm(g("wsuf"))]
        if lang == "pt" and not g("wsuf"):  # "na segunda tentativa" is "on the second try"
            nxt = low[k_end : k_end + 16].split(None, 1)
            if nxt and nxt[0][0].isalpha() and nxt[0].rstrip(".,!?;:") not in _PT_AFTER_OK:
                return None
        if not mode:
            h, _mi, _s, _e = _clock(m, None, True)
            bt_ok = b is not None and b.group("bt") and (b.group("bmi") or b.group("bap"))
            if h < 0 and not bt_ok:
                return None  # bare "lunes", "thứ hai" ("secondly"), "пятница"
            mode = "recent"
        day = _weekday_date(c, idx, mode)
    if day is None:
        return None
    if b is not None and b.group("ppw") and g("rel"):
        ap_ctx, start = b.group("ppw"), b.start("ppw")
    found = _with_time(start, m, day, c, ap_ctx, True, ("k",))
    if found is None or found[2].endswith("Z") or b is None or not b.group("bt"):
        return found
    # "3pm yesterday", "at 04:17 this morning", "3 giờ chiều hôm qua"
    if not (b.group("bmi") or b.group("bmi2") or b.group("bhu") or b.group("bap")):
        return found
    bh = _hour(int(b.group("bh")), b.group("bap") or ap_ctx)
    mi = int(b.group("bmi") or b.group("bmi2") or b.group("bmi3") or 0)
    v = c.moment(day, bh, mi) if bh is not None else None
    return (b.start("bt"), found[1], v, {}) if v else None


# --- rule: "3 days ago", "两天前", "2 дня назад", "hace dos días", "há 2 dias" ---------------

_NUM_WORDS: dict[str, tuple[float, str]] = {}
for _lang, _words in (
    ("en", "one two three four five six seven eight nine ten eleven twelve"),
    ("ib", "uno dos tres cuatro cinco seis siete ocho nueve diez once doce"),
    ("ib", "um dois três quatro cinco seis sete oito nove dez onze doze"),
    ("ru", "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать"),
    ("tr", "bir iki üç dört beş altı yedi sekiz dokuz on"),
    ("vi", "một hai ba bốn năm sáu bảy tám chín mười"),
    ("ko", "한 두 세 네 다섯 여섯 일곱 여덟 아홉 열"),
):
    for _i, _n in enumerate(_words.split(), 1):
        _NUM_WORDS.setdefault(_n, (_i, _lang))
_NUM_WORDS.update(
    {
        "a": (1, "en"),
        "an": (1, "en"),
        "half a": (0.5, "en"),
        "half an": (0.5, "en"),
        "fifteen": (15, "en"),
        "twenty": (20, "en"),
        "thirty": (30, "en"),
        "un": (1, "ib"),
        "una": (1, "ib"),
        "uma": (1, "ib"),
        "duas": (2, "ib"),
        "tres": (3, "ib"),
        "quince": (15, "ib"),
        "quinze": (15, "ib"),
        "veinte": (20, "ib"),
        "vinte": (20, "ib"),
        "treinta": (30, "ib"),
        "trinta": (30, "ib"),
        "media": (0.5, "ib"),
        "meia": (0.5, "ib"),
        "одна": (1, "ru"),
        "одну": (1, "ru"),
        "две": (2, "ru"),
        "пятнадцать": (15, "ru"),
        "двадцать": (20, "ru"),
        "тридцать": (30, "ru"),
        "on beş": (15, "tr"),
        "yirmi": (20, "tr"),
        "otuz": (30, "tr"),
        "yarım": (0.5, "tr"),
        "nửa": (0.5, "vi"),
        "mười lăm": (15, "vi"),
        "hai mươi": (20, "vi"),
        "ba mươi": (30, "vi"),
    }
)
_MIN, _HOUR, _DAY_S, _WEEK = 60, 3600, 86400, 604800
# unit → (seconds, language, implied count or 0)
_UNITS: dict[str, tuple[int, str, float]] = {}
for _secs, _lang, _words in (
    (_MIN, "en", "minute minutes min mins"),
    (_HOUR, "en", "hour hours hr hrs h"),
    (_DAY_S, "en", "day days"),
    (_WEEK, "en", "week weeks wk wks"),
    (_MIN, "ib", "minuto minutos"),
    (_HOUR, "ib", "hora horas"),
    (_DAY_S, "ib", "día días dia dias"),
    (_WEEK, "ib", "semana semanas"),
    (_MIN, "ru", "минуту минуты минут"),
    (_HOUR, "ru", "часа часов"),
    (_DAY_S, "ru", "день дня дней"),
    (_WEEK, "ru", "недели недель"),
    (_MIN, "tr", "dakika"),
    (_HOUR, "tr", "saat"),
    (_DAY_S, "tr", "gün"),
    (_WEEK, "tr", "hafta"),
    (_MIN, "vi", "phút"),
    (_HOUR, "vi", "giờ tiếng"),
    (_DAY_S, "vi", "ngày"),
    (_WEEK, "vi", "tuần"),
    (_MIN, "cjk", "分钟 分鐘 分 분"),
    (_HOUR, "cjk", "小时 小時 个小时 個小時 个钟头 個鐘頭 钟头 時間 시간"),
    (_DAY_S, "cjk", "天 日 일"),
    (_WEEK, "cjk", "周 週 个星期 個星期 星期 个礼拜 個禮拜 週間 주 주일"),
):
    for _n in _words.split():
        _UNITS[_n] = (_secs, _lang, 0)
_UNITS.update(
    {
        "минуту": (_MIN, "ru", 1),
        "час": (_HOUR, "ru", 1),
        "неделю": (_WEEK, "ru", 1),
        "полчаса": (_HOUR, "ru", 0.5),
        "하루": (_DAY_S, "ko", 1),
        "이틀": (_DAY_S, "ko", 2),
        "사흘": (_DAY_S, "ko", 3),
        "나흘": (_DAY_S, "ko", 4),
        "半小时": (_HOUR, "cjk", 0.5),
        "半小時": (_HOUR, "cjk", 0.5),
        "半个小时": (_HOUR, "cjk", 0.5),
        "半個小時": (_HOUR, "cjk", 0.5),
    }
)
_NUM = (
    r"(?:(?<![\d.,])\d{1,3}|"
    + _CNUM
    + r"{1,3}|(?<![^\W\d_])(?:"
    + _alt(w for w in _NUM_WORDS if _NUM_WORDS[w][1] != "ko")
    + r")|(?:"
    + _alt(w for w in _NUM_WORDS if _NUM_WORDS[w][1] == "ko")
    + "))"
)
_UNIT_RX = "(?:" + _alt(_UNITS) + ")"
_AGO_BACK = re.compile(r"(?:(?P<n>" + _NUM + r")\s*)?(?P<u>" + _UNIT_RX + r")\s*\Z")
_AGO_WORDS = ("ago", "前", "之前", "以前", "atrás", "назад", "trước", "önce", "전", "before")
_AFTER_BEFORE = re.compile(
    r"\s*(?:\Z|[.,!?;:)\n]|(?:and|but|so|still|yet|now|already|however|please|pls)\b)"
)
_HACE = re.compile(
    r"(?:hace|há)\s+(?:(?P<n>" + _NUM + r")\s+)?(?P<u>" + _UNIT_RX + r")(?![^\W\d_])"
)


def _ago_value(n_s: str | None, unit_s: str, c: _Ctx) -> tuple[str, dict[str, object]] | None:
    unit = _UNITS.get(_norm(unit_s))
    if unit is None:
        return None
    secs, ulang, implied = unit
    if n_s is None:
        if not implied:
            return None  # "hours ago", "days ago"
        n = implied
    else:
        n_s = _norm(n_s)
        if n_s in _NUM_WORDS:
            n, nlang = _NUM_WORDS[n_s]
            if nlang != ulang and not (nlang == "ko" and ulang == "cjk"):
                return None  # "on hours ago" is not Turkish "ten"
        else:
            v = _cn_int(n_s)
            if v is None:
                return None
            n = v
        if implied:
            n *= implied
    if secs >= _DAY_S:
        day = (c.local_now - timedelta(seconds=n * secs)).date()
        return day.isoformat(), {"precision": "week" if secs == _WEEK else "day"}
    dt = (c.now - timedelta(seconds=n * secs)).replace(second=0, microsecond=0)
    return _iso(dt), {"relative": True}


def _ago_rule(m: re.Match[str], c: _Ctx) -> _Found:
    low, s, e = m.string, m.start(), m.end()
    word = m.group()
    if _letter(word[0]):
        if (s and _letter(low[s - 1])) or (e < len(low) and _letter(low[e])):
            return None
        if word == "before" and not _AFTER_BEFORE.match(low, e):
            return None  # "2 hours before the deadline"
        if word == "trước" and low.startswith((" khi", " đó"), e):
            return None
    b = _AGO_BACK.search(low, max(0, s - 24), s)
    if b is None:
        return None
    start = b.start("n") if b.group("n") else b.start("u")
    if _letter(low[start]) and start and _letter(low[start - 1]):
        return None
    got = _ago_value(b.group("n"), b.group("u"), c)
    return (start, e, *got) if got else None


def _hace_rule(m: re.Match[str], c: _Ctx) -> _Found:
    s = m.start()
    if s and _letter(m.string[s - 1]):
        return None
    got = _ago_value(m.group("n"), m.group("u"), c)
    return (s, m.end(), *got) if got else None


# Scanned rules: a cheap pre-check, then the rule's own pattern over the text.
_SCANS: tuple[tuple[int, re.Pattern[str], re.Pattern[str], _Handler], ...] = (
    (0, re.compile("[0-9][-/.][0-9]"), _NUM_DATE, _numeric_date),
    (_HAN, re.compile("[月월]"), _CN_DATE, _cn_date),
)
# Keyword rules: one scan finds every keyword; its rule's pattern is matched at the keyword.
_KEYWORD_RULES: tuple[tuple[re.Pattern[str] | None, _Handler], ...] = (
    (_MONTH, _month_name),
    (_DAY, _day_rule),
    (None, _ago_rule),
    (_HACE, _hace_rule),
)
_RULE_OF: dict[str, int] = {}
for _i, _kws in enumerate((_MONTHS, _DAY_WORDS, _AGO_WORDS, ("hace", "há"))):
    for _w in _kws:
        _RULE_OF.setdefault(_w, _i)
_KEYWORDS = _Gate(_RULE_OF)
for _key in (_ASCII, _LATIN, _LATIN | _CYR, _LATIN | _HAN, _LATIN | _CYR | _HAN):
    _KEYWORDS(_key)  # compile now: not in the middle of a customer's first Chinese message


def _take(
    handler: _Handler, m: re.Match[str], ctx: _Ctx, out: list[Span], taken: list[tuple[int, int]]
) -> int:
    """Run `handler`; keep what it finds unless it overlaps an earlier find. Its end, or 0."""
    try:
        got = handler(m, ctx)
    except (ValueError, OverflowError, ArithmeticError):
        return 0
    if got is None:
        return 0
    st, en = got[0], got[1]
    if en - st < 2 or any(st < te and ts < en for ts, te in taken):
        return 0
    out.append(got)
    taken.append((st, en))
    return en


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # "İ".lower() is two characters: keep offsets aligned with `text`.
    return "".join(ch if len(ch) == 1 else ch[0] for ch in map(str.lower, text))


def timestamps(text: str, now: datetime, tz: str, lang: str | None = None) -> list[Span]:
    """Times in `text` as (start, end, value, extra); `lang` only orders 05/03/2024."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    low = _lower(text)
    ctx: _Ctx | None = None
    out: list[Span] = []
    taken: list[tuple[int, int]] = []
    key = _scripts(low)
    for scripts, pre, rx, scan_handler in _SCANS:
        if (scripts and not scripts & key) or pre.search(low) is None:
            continue
        for sm in rx.finditer(low):
            ctx = ctx or _Ctx(now, tz, lang)
            _take(scan_handler, sm, ctx, out, taken)
    done = 0
    for hit in _KEYWORDS(key).finditer(low):
        s = hit.start()
        if s < done:
            continue
        word = hit.group()
        rule = _RULE_OF.get(word)
        fwd, handler = _KEYWORD_RULES[_RULE_OF[_norm(word)] if rule is None else rule]
        m = hit if fwd is None else fwd.match(low, s)
        if m is not None:
            ctx = ctx or _Ctx(now, tz, lang)
            done = _take(handler, m, ctx, out, taken) or done
    return out
