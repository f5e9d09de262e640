"""Times in customer messages (`evidence.timestamps`): part-of-day words, numeric dates,
relative days and weekdays in nine languages, and numbers that are not times."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hashdesk.triage.evidence import extract
from hashdesk.triage.evidence.timestamps import timestamps

MON = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)  # Monday 6 May 2024
WED = datetime(2024, 5, 8, 10, 0, tzinfo=UTC)  # Wednesday 8 May 2024
HCM, MSK, SHA, MAD, SAO, IST = (
    "Asia/Ho_Chi_Minh",
    "Europe/Moscow",
    "Asia/Shanghai",
    "Europe/Madrid",
    "America/Sao_Paulo",
    "Europe/Istanbul",
)


def found(text: str, tz: str = "UTC", now: datetime = MON, lang: str | None = None) -> list[str]:
    return [value for _s, _e, value, _x in timestamps(text, now, tz, lang)]


def one(text: str, tz: str = "UTC", now: datetime = MON) -> tuple[str, str, dict[str, object]]:
    spans = timestamps(text, now, tz)
    assert len(spans) == 1, spans
    s, e, value, extra = spans[0]
    return text[s:e], value, extra


@pytest.mark.parametrize(
    ("text", "tz", "value"),
    [
        ("hôm qua lúc 3 giờ chiều", HCM, "2024-05-05T08:00:00Z"),
        ("hôm qua lúc 8 giờ tối", HCM, "2024-05-05T13:00:00Z"),
        ("hôm qua lúc 9 giờ sáng", HCM, "2024-05-05T02:00:00Z"),
        ("chiều hôm qua lúc 3 giờ", HCM, "2024-05-05T08:00:00Z"),
        ("3 giờ chiều hôm qua", HCM, "2024-05-05T08:00:00Z"),
        ("hôm qua 15h30", HCM, "2024-05-05T08:30:00Z"),
        ("ayer a las 3 de la tarde", MAD, "2024-05-05T13:00:00Z"),
        ("ayer a las 9 de la noche", MAD, "2024-05-05T19:00:00Z"),
        ("ayer a las 10 de la mañana", MAD, "2024-05-05T08:00:00Z"),
        ("ayer por la tarde a las 4", MAD, "2024-05-05T14:00:00Z"),
        ("ontem às 3 da tarde", SAO, "2024-05-05T18:00:00Z"),
        ("ontem às 9 da noite", SAO, "2024-05-06T00:00:00Z"),
        ("вчера в 3 часа дня", MSK, "2024-05-05T12:00:00Z"),
        ("вчера в 9 вечера", MSK, "2024-05-05T18:00:00Z"),
        ("вчера вечером в 9", MSK, "2024-05-05T18:00:00Z"),
        ("вчера в 10 утра", MSK, "2024-05-05T07:00:00Z"),
        ("вчера в 2 ночи", MSK, "2024-05-04T23:00:00Z"),
        ("dün öğleden sonra 3'te", IST, "2024-05-05T12:00:00Z"),
        ("dün akşam 8'de", IST, "2024-05-05T17:00:00Z"),
        ("dün sabah 9'da", IST, "2024-05-05T06:00:00Z"),
        ("어제 오후 3시 30분", "Asia/Seoul", "2024-05-05T06:30:00Z"),
        ("어제 오전 11시", "Asia/Seoul", "2024-05-05T02:00:00Z"),
        ("昨日午後3時", "Asia/Tokyo", "2024-05-05T06:00:00Z"),
        ("昨日の夜9時", "Asia/Tokyo", "2024-05-05T12:00:00Z"),
        ("昨天中午12点", SHA, "2024-05-05T04:00:00Z"),
        ("昨天中午1点", SHA, "2024-05-05T05:00:00Z"),
        ("昨天傍晚6点", SHA, "2024-05-05T10:00:00Z"),
        ("昨天晚上8点半", SHA, "2024-05-05T12:30:00Z"),
        ("昨天凌晨2点", SHA, "2024-05-04T18:00:00Z"),
        ("昨天下午3:30", SHA, "2024-05-05T07:30:00Z"),
        ("yesterday afternoon at 3", "UTC", "2024-05-05T15:00:00Z"),
        ("yesterday at 3 in the afternoon", "UTC", "2024-05-05T15:00:00Z"),
        ("last night at 11", "UTC", "2024-05-05T23:00:00Z"),
        ("yesterday 12am", "UTC", "2024-05-05T00:00:00Z"),
        ("yesterday 12pm", "UTC", "2024-05-05T12:00:00Z"),
    ],
)
def test_part_of_day_words_set_am_pm(text: str, tz: str, value: str) -> None:
    assert found(text, tz) == [value]


@pytest.mark.parametrize(
    ("text", "tz", "value"),
    [
        ("12.03.2024 14:30", MSK, "2024-03-12T11:30:00Z"),
        ("12.03.24 14:30", MSK, "2024-03-12T11:30:00Z"),
        ("оплатил 12.03.2024", MSK, "2024-03-12"),
        ("12.03 в 14:30", MSK, "2024-03-12T11:30:00Z"),
        ("12.03.2024 saat 14:30'da", IST, "2024-03-12T11:30:00Z"),
        ("2024/03/12", "UTC", "2024-03-12"),
        ("2024-03-12 09:15", SHA, "2024-03-12T01:15:00Z"),
        ("05/03/2024", "Europe/London", "2024-03-05"),
        ("05/03/2024", "America/New_York", "2024-05-03"),
        ("05/03/2024", SAO, "2024-03-05"),  # Latin America writes the day first
        ("25/03/2024", "America/New_York", "2024-03-25"),  # 25 is no month
        ("03/25/2024 3:15 pm", "Europe/London", "2024-03-25T15:15:00Z"),
        ("05-03-2024 10:00", "UTC", "2024-03-05T10:00:00Z"),
        ("05/06/2024", "Europe/London", "2024-05-06"),  # not 5 June, still in the future
        ("ngày 12/03/2024", HCM, "2024-03-12"),
    ],
)
def test_numeric_dates(text: str, tz: str, value: str) -> None:
    assert found(text, tz) == [value]


def test_numeric_date_order_follows_the_language_when_given() -> None:
    assert found("05/03/2024", "America/New_York", lang="es") == ["2024-03-05"]
    assert found("05/03/2024", "America/Chicago", lang="en") == ["2024-05-03"]
    assert found("05/03/2024", "Europe/Berlin", lang="en") == ["2024-03-05"]


@pytest.mark.parametrize(
    ("text", "tz", "value"),
    [
        ("two days ago", "UTC", "2024-05-04"),
        ("3 days ago", "UTC", "2024-05-03"),
        ("the day before yesterday", "UTC", "2024-05-04"),
        ("on Monday", "UTC", "2024-05-06"),  # today is Monday
        ("last Monday", "UTC", "2024-04-29"),
        ("since Wednesday", "UTC", "2024-05-01"),
        ("on Friday at 3pm", "UTC", "2024-05-03T15:00:00Z"),
        ("3pm on Saturday", "UTC", "2024-05-04T15:00:00Z"),
        ("上周五下午三点", SHA, "2024-05-03T07:00:00Z"),
        ("大前天", SHA, "2024-05-03"),
        ("前天", SHA, "2024-05-04"),
        ("周一", SHA, "2024-05-06"),
        ("星期三晚上8点", SHA, "2024-05-01T12:00:00Z"),
        ("3天前", SHA, "2024-05-03"),
        ("两天前", SHA, "2024-05-04"),
        ("hace dos días", MAD, "2024-05-04"),
        ("el lunes", MAD, "2024-05-06"),
        ("el lunes pasado", MAD, "2024-04-29"),
        ("anteayer", MAD, "2024-05-04"),
        ("el 5 de marzo a las 15:00", MAD, "2024-03-05T14:00:00Z"),
        ("el viernes a las 10 de la mañana", MAD, "2024-05-03T08:00:00Z"),
        ("anteontem", SAO, "2024-05-04"),
        ("há 2 dias", SAO, "2024-05-04"),
        ("há dois dias", SAO, "2024-05-04"),
        ("2 dias atrás", SAO, "2024-05-04"),
        ("na segunda", SAO, "2024-05-06"),
        ("na sexta", SAO, "2024-05-03"),
        ("segunda-feira às 10h", SAO, "2024-05-06T13:00:00Z"),
        ("позавчера", MSK, "2024-05-04"),
        ("2 дня назад", MSK, "2024-05-04"),
        ("два дня назад", MSK, "2024-05-04"),
        ("в понедельник", MSK, "2024-05-06"),
        ("в прошлую пятницу", MSK, "2024-05-03"),
        ("5 марта в 15:00", MSK, "2024-03-05T12:00:00Z"),
        ("evvelsi gün", IST, "2024-05-04"),
        ("önceki gün", IST, "2024-05-04"),
        ("2 gün önce", IST, "2024-05-04"),
        ("iki gün önce", IST, "2024-05-04"),
        ("pazartesi", IST, "2024-05-06"),
        ("geçen cuma", IST, "2024-05-03"),
        ("cuma günü saat 14:00'te", IST, "2024-05-03T11:00:00Z"),
        ("hôm kia", HCM, "2024-05-04"),
        ("2 ngày trước", HCM, "2024-05-04"),
        ("hai ngày trước", HCM, "2024-05-04"),
        ("vào thứ hai", HCM, "2024-05-06"),
        ("thứ sáu tuần trước", HCM, "2024-05-03"),
        ("sáng thứ sáu lúc 9 giờ", HCM, "2024-05-03T02:00:00Z"),
        ("그저께", "Asia/Seoul", "2024-05-04"),
        ("2일 전", "Asia/Seoul", "2024-05-04"),
        ("이틀 전", "Asia/Seoul", "2024-05-04"),
        ("월요일", "Asia/Seoul", "2024-05-06"),
        ("지난주 금요일", "Asia/Seoul", "2024-05-03"),
        ("금요일 오후 3시", "Asia/Seoul", "2024-05-03T06:00:00Z"),
        ("一昨日", "Asia/Tokyo", "2024-05-04"),
        ("2日前", "Asia/Tokyo", "2024-05-04"),
        ("月曜日", "Asia/Tokyo", "2024-05-06"),
        ("先週の金曜日", "Asia/Tokyo", "2024-05-03"),
        ("金曜日の午後3時", "Asia/Tokyo", "2024-05-03T06:00:00Z"),
    ],
)
def test_relative_days_and_weekdays(text: str, tz: str, value: str) -> None:
    assert found(text, tz) == [value]


@pytest.mark.parametrize(
    ("text", "tz", "value"),
    [
        ("last week", "UTC", "2024-04-29"),
        ("a week ago", "UTC", "2024-04-29"),
        ("2 weeks ago", "UTC", "2024-04-22"),
        ("上周", SHA, "2024-04-29"),
        ("la semana pasada", MAD, "2024-04-29"),
        ("неделю назад", MSK, "2024-04-29"),
        ("geçen hafta", IST, "2024-04-29"),
    ],
)
def test_weeks_have_week_precision(text: str, tz: str, value: str) -> None:
    _span, got, extra = one(text, tz)
    assert got == value
    assert extra == {"precision": "week"}


def test_weekday_words_on_a_wednesday() -> None:
    assert found("on Monday", now=WED) == ["2024-05-06"]
    assert found("last Monday", now=WED) == ["2024-05-06"]
    assert found("on Wednesday", now=WED) == ["2024-05-08"]  # today
    assert found("last Wednesday", now=WED) == ["2024-05-01"]
    assert found("上周五", SHA, now=WED) == ["2024-05-03"]  # the previous calendar week
    assert found("上周一", SHA, now=WED) == ["2024-04-29"]
    assert found("周五", SHA, now=WED) == ["2024-05-03"]
    assert found("这周一", SHA, now=WED) == ["2024-05-06"]
    assert found("这周五", SHA, now=WED) == []  # not yet


def test_dates_without_time_have_day_precision_and_tight_spans() -> None:
    assert one("I withdrew on Friday, still nothing") == (
        "on Friday",
        "2024-05-03",
        {"precision": "day"},
    )
    assert one("today 2 withdrawals failed") == ("today", "2024-05-06", {"precision": "day"})
    assert one("withdrew 500 USDT yesterday at 3pm, still pending")[:2] == (
        "yesterday at 3pm",
        "2024-05-05T15:00:00Z",
    )
    assert one("hace media hora", MAD) == (
        "hace media hora",
        "2024-05-06T09:30:00Z",
        {"relative": True},
    )


def test_offsets_stay_aligned_when_lowercasing_changes_length() -> None:
    text = "İSTANBUL'dan dün 15:00'te"  # "İ".lower() is two characters
    spans = timestamps(text, MON, IST)
    assert [(text[s:e], v) for s, e, v, _x in spans] == [("dün 15:00'te", "2024-05-05T12:00:00Z")]


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("pending for 3 hours", "UTC"),
        ("waited 2 days for support", "UTC"),
        ("已经三个小时了", SHA),
        ("уже 2 дня жду", MSK),
        ("2 дня", MSK),
        ("deposited 12.03 USDT", "UTC"),
        ("sent 0.5 BTC", "UTC"),
        ("app v2.3.1 crashes", "UTC"),
        ("release 1.2.3", "UTC"),
        ("app version 5.12.0", "UTC"),
        ("version 1.2.24", "UTC"),
        ("version 2024.10.3", "UTC"),
        ("fee 12.5 and 3.14", "UTC"),
        ("whitelisted 192.168.1.1 and 10.10.10.10", "UTC"),
        ("call +1 415-555-0132", "UTC"),
        ("мой номер +7 (912) 123-45-67", MSK),
        ("8-800-555-35-35", MSK),
        ("phone 12-03-26", "UTC"),
        ("order 2024050612345", "UTC"),
        ("the layer 2 network", "UTC"),
        ("player 2 joined", "UTC"),
        ("dünya", IST),
        ("pazardan aldım", IST),
        ("next Monday", "UTC"),
        ("every Monday", "UTC"),
        ("下周一", SHA),
        ("每周一", SHA),
        ("这周一直没到账", SHA),
        ("na segunda tentativa", SAO),
        ("lần thứ hai", HCM),
        ("thứ hai", HCM),  # bare it is also "secondly"
        ("I had 3 may be more", "UTC"),
        ("2 hours before the deadline", "UTC"),
        ("hours ago", "UTC"),
        ("the summary of the market", "UTC"),
        ("ticket 2024-13-45", "UTC"),
    ],
)
def test_numbers_and_words_that_are_not_times(text: str, tz: str) -> None:
    assert found(text, tz) == []


def test_extract_reports_the_new_forms() -> None:
    evs = extract("上周五下午三点提现了100u", now=MON, tz=SHA, secrets=())
    assert [(e.kind, e.value) for e in evs] == [
        ("timestamp", "2024-05-03T07:00:00Z"),
        ("amount", "100 USDT"),
    ]
    evs = extract("перевёл 12.03 USDT 12.03.2024 в 14:30", now=MON, tz=MSK, secrets=())
    assert [(e.kind, e.value) for e in evs] == [
        ("amount", "12.03 USDT"),
        ("timestamp", "2024-03-12T11:30:00Z"),
    ]
