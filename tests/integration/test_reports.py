"""Impersonation reports: public ones become security cases; chat ones join their case."""

from __future__ import annotations

from pathlib import Path

from .actors import agent, audit_entries, audit_mark, case_for, customer_jwt, open_conv
from .conftest import Harness, bearer, make_harness

SECRET_TEXT = "they asked me for my password: Tr0ub4dor&3horse and said my account is frozen"


async def test_a_public_report_becomes_a_security_case(harness: Harness) -> None:
    h = harness
    mark = await audit_mark(h)
    _, support = await agent(h)
    _, security = await agent(h, teams=["security"])
    r = await h.http.post(
        "/api/v1/reports",
        json={
            "value": "https://hashp0rt-exchange.com/login",
            "where": "a Telegram ad",
            "details": SECRET_TEXT,
        },
    )
    assert r.status_code == 201, r.text
    report = r.json()
    assert report["report_id"].startswith("rep_")
    assert report["verdict"] == "impersonation"
    assert report["resembles"] == "hashport-exchange.com"
    conv = report["conversation"]
    assert conv["status"] == "waiting" and conv["token"]
    texts = [m["text"] for m in report["messages"]]
    assert not any("Tr0ub4dor" in t for t in texts)  # the secret guard ran before storage
    assert any("NOT one of our channels" in t for t in texts)
    case = await case_for(h, conv["id"])
    assert case["category"] == "account_security" and case["team"] == "security"
    assert case["priority"] == "urgent"
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(support))
    assert r.status_code == 404
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(security))
    assert r.status_code == 200
    detail = r.json()
    assert "Tr0ub4dor" not in r.text
    ev = next(e for e in detail["evidence"] if e["kind"] == "impersonation_report")
    assert ev == {
        "kind": "impersonation_report",
        "report_id": report["report_id"],
        "value": "https://hashp0rt-exchange.com/login",
        "verdict": "impersonation",
        "resembles": "hashport-exchange.com",
        "where": "a Telegram ad",
    }
    assert detail["messages"][0].get("redacted") == ["password"]
    # The reporter can follow the case with the conversation token.
    r = await h.http.get(
        f"/api/v1/conversations/{conv['id']}/messages", headers=bearer(conv["token"])
    )
    assert r.status_code == 200 and len(r.json()["messages"]) == len(report["messages"])
    received = [e for e in await audit_entries(h, since=mark) if e["action"] == "report.received"]
    assert received[-1]["details"] == {
        "report_id": report["report_id"],
        "source": "public",
        "kind": "url",
        "verdict": "impersonation",
    }
    assert received[-1]["target"] == {"kind": "case", "id": case["id"]}


async def test_an_official_value_is_said_to_be_official(harness: Harness) -> None:
    h = harness
    tok = customer_jwt(h, lang="zh")
    r = await h.http.post(
        "/api/v1/reports",
        json={"value": "support@hashport-exchange.com"},
        headers=bearer(tok),
    )
    assert r.status_code == 201
    body = r.json()
    assert body["verdict"] == "official"
    assert "是我们的官方渠道" in body["messages"][-1]["text"]  # the customer's language
    case = await case_for(h, body["conversation"]["id"])
    assert case["team"] == "security" and case["priority"] == "normal"
    for bad in ({}, {"value": ""}, {"value": "x" * 5000}, {"value": "a.com", "where": "w" * 300}):
        assert (await h.http.post("/api/v1/reports", json=bad)).status_code == 422


async def test_a_chat_report_joins_the_conversations_case(harness: Harness) -> None:
    h = harness
    conv = await open_conv(h, "有人冒充客服联系我", lang="zh")
    before = await case_for(h, conv["id"])
    r = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/report",
        json={"value": "@Hashport_Support_Team", "where": "Telegram"},
        headers=bearer(conv["token"]),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["verdict"] == "impersonation" and body["report_id"].startswith("rep_")
    assert "不是我们的官方渠道" in body["messages"][-1]["text"]
    after = await case_for(h, conv["id"])
    assert after["id"] == before["id"]
    _, sup = await agent(h, role="supervisor")
    r = await h.http.get(f"/api/v1/cases/{after['id']}", headers=bearer(sup))
    kinds = [e["kind"] for e in r.json()["evidence"]]
    assert "impersonation_report" in kinds
    # Only the conversation's own token may report into it.
    other = await open_conv(h, "hello")
    r = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/report",
        json={"value": "evil.example"},
        headers=bearer(other["token"]),
    )
    assert r.status_code == 403


async def test_reports_are_rate_limited(database_url: str, tmp_path: Path) -> None:
    async with make_harness(database_url, tmp_path, rate_limit="1/minute") as h:
        codes = [
            (await h.http.post("/api/v1/reports", json={"value": "evil.example"})).status_code
            for _ in range(3)
        ]
    assert codes[:2] == [201, 201] and codes[2] == 429  # bursts of twice the rate
