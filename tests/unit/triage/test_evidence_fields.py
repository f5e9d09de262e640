"""Order / withdrawal ids, e-mail, amounts, memos and times (absolute and relative, in the
customer's time zone)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hashdesk.triage.evidence import extract

NOW = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)  # a Monday


def values(text: str, kind: str, tz: str = "UTC") -> list[str]:
    return [e.value for e in extract(text, now=NOW, tz=tz, secrets=()) if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("order 123456789 not filled", "123456789"),
        ("Order ID: 99213384710", "99213384710"),
        ("order #4418820091", "4418820091"),
        ("订单号：2024050612345", "2024050612345"),
        ("委托单号 4418820092", "4418820092"),
        ("número de orden 5512093301", "5512093301"),
        ("номер ордера 99213384799", "99213384799"),
        ("mã lệnh 5512093302", "5512093302"),
        ("emir numarası 5512093303", "5512093303"),
        ("주문번호 5512093304", "5512093304"),
        ("注文番号 5512093305", "5512093305"),
    ],
)
def test_order_ids(text: str, value: str) -> None:
    assert values(text, "order_id") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("withdrawal ID W2024050311873 pending", "W2024050311873"),
        ("withdrawal id: 88123004512", "88123004512"),
        ("提现ID：W8820013345", "W8820013345"),
        ("提币记录ID 99120034571", "99120034571"),
        ("ID de retiro 77120034", "77120034"),
        ("номер вывода 4451187732", "4451187732"),
        ("출금 번호 55120034", "55120034"),
        ("出金番号 44120034", "44120034"),
    ],
)
def test_withdrawal_ids(text: str, value: str) -> None:
    assert values(text, "withdrawal_id") == [value]


def test_numbers_that_are_not_ids() -> None:
    assert values("I withdrew 123456 USDT", "order_id") == []
    assert values("order for 500 USDT", "order_id") == []
    assert values("I placed an order yesterday", "order_id") == []


def test_email() -> None:
    assert values("reach me at li.wei88@qq.com.", "email") == ["li.wei88@qq.com"]
    assert values("邮箱maria.g12@gmail.com谢谢", "email") == ["maria.g12@gmail.com"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("deposited 150 USDT", "150 USDT"),
        ("sent 0.5 BTC", "0.5 BTC"),
        ("提现了100u", "100 USDT"),
        ("充值100U到账了吗", "100 USDT"),
        ("1万U", "10000 USDT"),
        ("1,000.50 USDC", "1000.5 USDC"),
        ("0,5 BTC", "0.5 BTC"),
        ("1.200 USDT", "1200 USDT"),
        ("5000元", "5000 CNY"),
        ("0.5个BTC", "0.5 BTC"),
        ("$500", "500 USD"),
        ("2k usdt", "2000 USDT"),
        ("100 TON", "100 TON"),
        ("-45 USDT funding", "45 USDT"),
    ],
)
def test_amounts(text: str, value: str) -> None:
    assert values(text, "amount") == [value]
    ev = next(e for e in extract(text, now=NOW, secrets=()) if e.kind == "amount")
    assert ev.extra["asset"] == value.split()[1]
    assert ev.extra["amount"] == value.split()[0]


def test_not_amounts() -> None:
    assert values("I waited 3 hours and I have a ton of questions", "amount") == []
    assert values("leverage 20x, 5% fee", "amount") == []


@pytest.mark.parametrize(
    ("text", "tz", "value"),
    [
        ("2024-05-03 14:20", "UTC", "2024-05-03T14:20:00Z"),
        ("2024-05-03 14:20", "Asia/Shanghai", "2024-05-03T06:20:00Z"),
        ("2024-05-03T14:20:00Z", "Asia/Shanghai", "2024-05-03T14:20:00Z"),
        ("2024/05/03 14:20 UTC+8", "UTC", "2024-05-03T06:20:00Z"),
        ("on 2024-05-03", "UTC", "2024-05-03"),
        ("May 3 2pm", "UTC", "2024-05-03T14:00:00Z"),
        ("May 3rd, 2024 at 14:20", "Europe/Madrid", "2024-05-03T12:20:00Z"),
        ("on May 2", "UTC", "2024-05-02"),
        ("Dec 30 10am", "UTC", "2023-12-30T10:00:00Z"),  # no year: the most recent one
        ("yesterday 3pm", "UTC", "2024-05-05T15:00:00Z"),
        ("yesterday at 23:40", "UTC", "2024-05-05T23:40:00Z"),
        ("3am today", "UTC", "2024-05-06T03:00:00Z"),
        ("at 04:17 this morning", "UTC", "2024-05-06T04:17:00Z"),
        ("8:30 this evening", "UTC", "2024-05-06T20:30:00Z"),
        ("yesterday", "UTC", "2024-05-05"),
        ("2 hours ago", "Asia/Tokyo", "2024-05-06T08:00:00Z"),
        ("half an hour ago", "UTC", "2024-05-06T09:30:00Z"),
        ("3 days ago", "UTC", "2024-05-03"),
        ("昨天下午三点", "Asia/Shanghai", "2024-05-05T07:00:00Z"),
        ("今天早上9点", "Asia/Shanghai", "2024-05-06T01:00:00Z"),
        ("昨天晚上11点", "Asia/Shanghai", "2024-05-05T15:00:00Z"),
        ("5月5日凌晨2点31分", "Asia/Shanghai", "2024-05-04T18:31:00Z"),
        ("两个小时前", "Asia/Shanghai", "2024-05-06T08:00:00Z"),
        ("半小时前", "Asia/Shanghai", "2024-05-06T09:30:00Z"),
        ("ayer a las 15:00", "Europe/Madrid", "2024-05-05T13:00:00Z"),
        ("hace 3 horas", "Europe/Madrid", "2024-05-06T07:00:00Z"),
        ("вчера в 16:00", "Europe/Moscow", "2024-05-05T13:00:00Z"),
        ("ontem às 15h", "America/Sao_Paulo", "2024-05-05T18:00:00Z"),
        ("어제 오후 3시", "Asia/Seoul", "2024-05-05T06:00:00Z"),
        ("昨日の午後3時", "Asia/Tokyo", "2024-05-05T06:00:00Z"),
        ("dün", "Europe/Istanbul", "2024-05-05"),
        ("hôm qua", "Asia/Ho_Chi_Minh", "2024-05-05"),
        ("2 hours ago", "Not/AZone", "2024-05-06T08:00:00Z"),  # unknown zone → UTC
    ],
)
def test_timestamps(text: str, tz: str, value: str) -> None:
    assert values(text, "timestamp", tz) == [value]


def test_relative_day_uses_the_customer_calendar() -> None:
    late = datetime(2024, 5, 6, 20, 0, tzinfo=UTC)  # already May 7 in Shanghai
    evs = extract("昨天", now=late, tz="Asia/Shanghai", secrets=())
    assert [e.value for e in evs] == ["2024-05-06"]


def test_durations_are_not_timestamps() -> None:
    assert values("pending for 3 hours, waited 2 days", "timestamp") == []
    assert values("已经三个小时了", "timestamp", "Asia/Shanghai") == []


def test_memo_without_memo_chain_address_is_dropped() -> None:
    evs = extract("memo 12345 deposit", now=NOW, secrets=())
    assert all(e.kind != "address" for e in evs)


def test_evidence_offsets_point_into_the_text() -> None:
    text = "order 123456789 on 2024-05-03 14:20, 150 USDT, mail li.wei88@qq.com"
    for e in extract(text, now=NOW, secrets=()):
        assert e.start is not None and e.end is not None
        assert text[e.start : e.end]
