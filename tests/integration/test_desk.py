"""Use cases through the API, in process, on SQLite and PostgreSQL."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pyotp
import pytest

from hashdesk.desk import auth
from hashdesk.jobs.runner import fire_due_timers
from hashdesk.store import repo

from .conftest import Harness, bearer


async def make_agent(
    h: Harness,
    role: str = "agent",
    teams: list[str] | None = None,
    languages: list[str] | None = None,
) -> tuple[str, str]:
    email = f"{secrets.token_hex(4)}@desk.test"
    secret = pyotp.random_base32()
    await auth.add_agent(
        h.desk,
        email=email,
        password="correct horse battery",
        totp_secret=secret,
        role=role,
        teams=teams or ["support"],
        languages=languages or ["en"],
    )
    r = await h.http.post(
        "/api/v1/auth/login",
        json={"email": email, "password": "correct horse battery", "otp": pyotp.TOTP(secret).now()},
    )
    assert r.status_code == 200, r.text
    return email, r.json()["token"]


async def open_conv(h: Harness, text: str, token: str | None = None) -> dict:
    r = await h.http.post(
        "/api/v1/conversations",
        json={"channel": "web", "text": text},
        headers=bearer(token) if token else {},
    )
    assert r.status_code == 201, r.text
    return r.json()


async def case_of(h: Harness, token: str, conv_id: str) -> dict:
    r = await h.http.get("/api/v1/cases", headers=bearer(token))
    return next(c for c in r.json()["cases"] if c["conversation_id"] == conv_id)


async def test_triage_sets_category_and_team(harness: Harness) -> None:
    h = harness
    _, sup = await make_agent(h, role="supervisor")
    conv = await open_conv(
        h,
        "Someone logged into my account from an unknown device and is "
        "withdrawing my BTC right now!",
    )
    case = await case_of(h, sup, conv["id"])
    assert case["category"] == "account_security"
    assert case["team"] == "security" and case["priority"] == "urgent"
    # A support agent cannot see or act on it; a security agent can.
    _, support = await make_agent(h)
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(support))
    assert r.status_code == 404
    r = await h.http.post(f"/api/v1/cases/{case['id']}/claim", headers=bearer(support))
    assert r.status_code == 404
    _, security = await make_agent(h, teams=["security"])
    r = await h.http.post(f"/api/v1/cases/{case['id']}/claim", headers=bearer(security))
    assert r.status_code == 200


async def test_secrets_are_cut_out_before_storage(harness: Harness) -> None:
    h = harness
    _, sup = await make_agent(h, role="supervisor")
    phrase = "abandon ability able about above absent absorb abstract absurd abuse access accident"
    conv = await open_conv(h, f"my seed phrase is {phrase} please check my wallet")
    texts = [m["text"] for m in conv["messages"]]
    assert all("absorb abstract" not in t for t in texts)
    assert conv["messages"][1]["author"] == "system"  # the warning comes right after
    assert "seed phrase" in conv["messages"][1]["text"]
    case = await case_of(h, sup, conv["id"])
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(sup))
    detail = r.json()
    assert "absorb abstract" not in r.text
    assert detail["messages"][0]["redacted"] == ["mnemonic"]


async def test_outbound_guard_blocks_asking_for_secrets(harness: Harness) -> None:
    h = harness
    _, tok = await make_agent(h)
    conv = await open_conv(h, "How do I change my trading fee tier?")
    case = await case_of(h, tok, conv["id"])
    for text in (
        "Please send me your 12-word recovery phrase to verify the wallet",
        "请提供您的助记词以便我们核实",
    ):
        r = await h.http.post(
            f"/api/v1/cases/{case['id']}/messages", json={"text": text}, headers=bearer(tok)
        )
        assert r.status_code == 422 and r.json()["error"]["code"] == "secret_request_blocked"
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/messages",
        json={"text": "We will never ask for your seed phrase. The fee tier updates daily."},
        headers=bearer(tok),
    )
    assert r.status_code == 201
    r = await h.http.get(
        f"/api/v1/conversations/{conv['id']}/messages", headers=bearer(conv["token"])
    )
    assert not any("recovery phrase to verify" in m["text"] for m in r.json()["messages"])


async def test_claim_conflict_escalate_and_resolve(harness: Harness) -> None:
    h = harness
    _, a = await make_agent(h)
    _, b = await make_agent(h)
    conv = await open_conv(h, "my spot order is stuck")
    case = await case_of(h, a, conv["id"])
    assert (
        await h.http.post(f"/api/v1/cases/{case['id']}/claim", headers=bearer(a))
    ).status_code == 200
    r = await h.http.post(f"/api/v1/cases/{case['id']}/claim", headers=bearer(b))
    assert r.status_code == 409 and r.json()["error"]["code"] == "already_claimed"
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/escalate",
        json={"to": "nowhere", "reason": "x"},
        headers=bearer(a),
    )
    assert r.status_code == 400
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/escalate",
        json={"to": "supervisor", "reason": "customer disputes the fill"},
        headers=bearer(a),
    )
    assert r.status_code == 200 and r.json()["escalated_to"] == "supervisor"
    assert r.json()["status"] == "waiting" and r.json()["assignee"] is None
    # The escalation note is internal: agents see it, the customer does not.
    r = await h.http.get(
        f"/api/v1/conversations/{conv['id']}/messages", headers=bearer(conv["token"])
    )
    assert not any("disputes the fill" in m["text"] for m in r.json()["messages"])
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(a))
    assert any(m.get("internal") for m in r.json()["messages"])
    r = await h.http.post(f"/api/v1/cases/{case['id']}/resolve", headers=bearer(b))
    assert r.json()["status"] == "resolved"


async def test_vip_customers_go_to_the_vip_queue(harness: Harness) -> None:
    h = harness
    from hashdesk.desk.identity import issue_customer_jwt

    tok = issue_customer_jwt(
        h.settings, f"vip-{secrets.token_hex(3)}", now=h.desk.clock(), tier="vip"
    )
    conv = await open_conv(h, "my ETH withdrawal has been pending for 3 hours", token=tok)
    _, sup = await make_agent(h, role="supervisor")
    case = await case_of(h, sup, conv["id"])
    assert case["vip"] and case["team"] == "vip"
    assert case["priority"] in ("high", "urgent")
    _, support = await make_agent(h)
    assert (
        await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(support))
    ).status_code == 404


async def test_first_response_timer_fires_and_reply_cancels_it(harness: Harness) -> None:
    h = harness
    _, tok = await make_agent(h)
    c1 = await open_conv(h, "I want to talk to a human about the fees for futures")
    c2 = await open_conv(h, "how do I list a token?")
    case1 = await case_of(h, tok, c1["id"])
    case2 = await case_of(h, tok, c2["id"])
    r = await h.http.post(
        f"/api/v1/cases/{case2['id']}/messages", json={"text": "Hello!"}, headers=bearer(tok)
    )
    assert r.status_code == 201
    real = h.desk.clock
    h.desk.clock = lambda: real() + timedelta(days=3)  # as if the process had been down
    try:
        fired = 0
        while (n := await fire_due_timers(h.desk)) > 0:
            fired += n
        assert fired >= 1
    finally:
        h.desk.clock = real
    r = await h.http.get(f"/api/v1/cases/{case1['id']}", headers=bearer(tok))
    assert r.json()["first_response_breached_at"] is not None
    r = await h.http.get(f"/api/v1/cases/{case2['id']}", headers=bearer(tok))
    assert r.json()["first_response_breached_at"] is None


async def test_resolved_conversation_closes_after_the_window(harness: Harness) -> None:
    h = harness
    _, tok = await make_agent(h, role="supervisor")
    conv = await open_conv(h, "question about announcements")
    case = await case_of(h, tok, conv["id"])
    await h.http.post(f"/api/v1/cases/{case['id']}/resolve", headers=bearer(tok))
    real = h.desk.clock
    h.desk.clock = lambda: real() + timedelta(hours=h.settings.reopen_window_hours + 1)
    try:
        while await fire_due_timers(h.desk):
            pass
    finally:
        h.desk.clock = real
    r = await h.http.get(f"/api/v1/conversations/{conv['id']}", headers=bearer(conv["token"]))
    assert r.json()["status"] == "closed"
    r = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/messages",
        json={"text": "hi"},
        headers=bearer(conv["token"]),
    )
    assert r.status_code == 409 and r.json()["error"]["code"] == "conversation_closed"


async def test_sign_in_lockout_and_totp_replay(harness: Harness) -> None:
    h = harness
    email = f"{secrets.token_hex(4)}@desk.test"
    secret = pyotp.random_base32()
    await auth.add_agent(h.desk, email=email, password="correct horse battery", totp_secret=secret)
    code = pyotp.TOTP(secret).now()
    ok = await h.http.post(
        "/api/v1/auth/login",
        json={"email": email, "password": "correct horse battery", "otp": code},
    )
    assert ok.status_code == 200
    replay = await h.http.post(
        "/api/v1/auth/login",
        json={"email": email, "password": "correct horse battery", "otp": code},
    )
    assert replay.status_code == 401
    for _ in range(h.settings.login_max_failures):
        r = await h.http.post(
            "/api/v1/auth/login", json={"email": email, "password": "wrong!", "otp": "000000"}
        )
    r = await h.http.post(
        "/api/v1/auth/login",
        json={"email": email, "password": "correct horse battery", "otp": pyotp.TOTP(secret).now()},
    )
    assert r.status_code == 429 and r.json()["error"]["code"] == "locked"


async def test_sign_out_everywhere(harness: Harness) -> None:
    h = harness
    _, tok = await make_agent(h)
    assert (await h.http.get("/api/v1/me", headers=bearer(tok))).status_code == 200
    r = await h.http.post("/api/v1/auth/logout?everywhere=true", headers=bearer(tok))
    assert r.status_code == 200
    assert (await h.http.get("/api/v1/me", headers=bearer(tok))).status_code == 401


async def test_console_cookie_needs_csrf(harness: Harness) -> None:
    h = harness
    _, tok = await make_agent(h)
    h.http.cookies.set("hd_session", tok)
    h.http.cookies.set("hd_csrf", "abc")
    conv = await open_conv(h, "hello there")
    r = await h.http.get("/api/v1/cases")
    assert r.status_code == 200
    case = next(c for c in r.json()["cases"] if c["conversation_id"] == conv["id"])
    r = await h.http.post(f"/api/v1/cases/{case['id']}/claim")
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_failed"
    r = await h.http.post(f"/api/v1/cases/{case['id']}/claim", headers={"X-CSRF-Token": "abc"})
    assert r.status_code == 200
    h.http.cookies.clear()


@pytest.mark.parametrize("status", ["bogus", "waiting,nope"])
async def test_unknown_status_filter_is_400(harness: Harness, status: str) -> None:
    _, tok = await make_agent(harness)
    r = await harness.http.get("/api/v1/cases", params={"status": status}, headers=bearer(tok))
    assert r.status_code == 400


async def test_internal_notes_queue_context_and_agent_names(harness: Harness) -> None:
    h = harness
    _, tok = await make_agent(h)
    conv = await open_conv(h, "where can I see the maker and taker fees?")
    case = await case_of(h, tok, conv["id"])
    assert case["customer"] == {"name": None, "tier": "standard", "anonymous": True}
    assert case["channel"] == "web" and case["updated_at"]
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/notes",
        json={"text": "customer is on the VIP list next month"},
        headers=bearer(tok),
    )
    assert r.status_code == 201 and r.json()["internal"] is True
    await h.http.post(
        f"/api/v1/cases/{case['id']}/messages",
        json={"text": "Fees are on /fees"},
        headers=bearer(tok),
    )
    r = await h.http.get(
        f"/api/v1/conversations/{conv['id']}/messages", headers=bearer(conv["token"])
    )
    msgs = r.json()["messages"]
    assert not any("VIP list" in m["text"] for m in msgs)
    agent_msg = next(m for m in msgs if m["author"] == "agent")
    assert agent_msg["agent"]["name"]
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(tok))
    assert any(m.get("internal") and "VIP list" in m["text"] for m in r.json()["messages"])


async def online(h: Harness, token: str) -> None:
    """The agent has the console open (what the agent stream records)."""
    me = (await h.http.get("/api/v1/me", headers=bearer(token))).json()
    await h.desk.writer.run(lambda tx: repo.touch_presence(tx.conn, me["id"], h.desk.clock()))


async def test_assistant_answers_asks_then_hands_off_with_a_summary(harness: Harness) -> None:
    h = harness
    _, sup = await make_agent(h, role="supervisor", languages=["en", "zh"])
    await online(h, sup)
    conv = await open_conv(h, "我充值的USDT一直没有到账，已经过了两个小时了")
    assert conv["status"] == "assistant"
    answer = conv["messages"][-1]
    assert answer["author"] == "assistant" and "/kb/zh/" in answer["text"]
    tok = {"Authorization": f"Bearer {conv['token']}"}
    path = f"/api/v1/conversations/{conv['id']}/messages"
    await h.http.post(path, json={"text": "没用，还是没到账"}, headers=tok)
    msgs = (await h.http.get(path, headers=tok)).json()["messages"]
    assert "TxID" in msgs[-1]["text"] and msgs[-1]["author"] == "assistant"
    txid = "0x" + "3f" * 32
    await h.http.post(path, json={"text": f"TxID: {txid}"}, headers=tok)
    r = await h.http.get(f"/api/v1/conversations/{conv['id']}", headers=tok)
    assert r.json()["status"] == "waiting"
    case = await case_of(h, sup, conv["id"])
    assert case["category"] == "deposit" and case["first_response_due"]
    detail = (await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(sup))).json()
    assert any(e["value"] == txid for e in detail["evidence"])
    assert "deposit" in detail["summary"] and txid[:20] in detail["summary"]


async def test_assistant_resolves_when_the_article_helped(harness: Harness) -> None:
    h = harness
    conv = await open_conv(h, "How do I check that a Telegram account is really your support?")
    assert conv["status"] == "assistant" and "/kb/en/" in conv["messages"][-1]["text"]
    tok = {"Authorization": f"Bearer {conv['token']}"}
    await h.http.post(
        f"/api/v1/conversations/{conv['id']}/messages",
        json={"text": "yes, that solved it, thanks"},
        headers=tok,
    )
    r = await h.http.get(f"/api/v1/conversations/{conv['id']}", headers=tok)
    assert r.json()["status"] == "resolved"


@pytest.mark.parametrize(
    "text",
    [
        "I want to speak to a human",
        "转人工",
        "人工客服",
        "quiero hablar con un agente",
        "нужен оператор",
    ],
)
async def test_asking_for_a_person_hands_off_at_once(harness: Harness, text: str) -> None:
    conv = await open_conv(harness, text)
    assert conv["status"] == "waiting"


async def test_security_never_waits_behind_the_bot(harness: Harness) -> None:
    conv = await open_conv(
        harness, "I got a login alert from a device I don't know and my password was changed"
    )
    assert conv["status"] == "waiting"


async def test_open_with_client_id_is_idempotent(harness: Harness) -> None:
    h = harness
    body = {"channel": "web", "text": "hello, where are the fees listed?", "client_id": "open-1x"}
    r1 = await h.http.post("/api/v1/conversations", json=body)
    r2 = await h.http.post("/api/v1/conversations", json=body)
    assert r1.status_code == r2.status_code == 201
    assert r1.json()["id"] == r2.json()["id"]
    assert [m["id"] for m in r1.json()["messages"]] == [m["id"] for m in r2.json()["messages"]]


async def test_off_hours_collects_every_detail_then_queues(harness: Harness) -> None:
    h = harness  # nobody who speaks Spanish is online (the database may be shared)
    conv = await open_conv(h, "mi retiro de 300 USDT lleva horas pendiente, ¿qué pasa?")
    tok = {"Authorization": f"Bearer {conv['token']}"}
    path = f"/api/v1/conversations/{conv['id']}/messages"
    asked = []
    replies = {
        "withdrawal_ref": "withdrawal id W20240518-0042",
        "network": "TRC20 network",
        "address": "to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
        "asset_amount": "300 USDT",
    }
    for _ in range(8):
        r = await h.http.get(f"/api/v1/conversations/{conv['id']}", headers=tok)
        if r.json()["status"] == "waiting":
            break
        msgs = (await h.http.get(path, headers=tok)).json()["messages"]
        last = msgs[-1]
        assert last["author"] == "assistant"
        if "/kb/" in last["text"]:
            reply = "no, no me ayudó"
        else:
            key = next(
                k
                for k, q in (
                    ("withdrawal_ref", "withdrawal ID"),
                    ("network", "network"),
                    ("address", "address"),
                    ("asset_amount", "coin"),
                )
                if q in last["text"]
            )
            asked.append(key)
            reply = replies[key]
        await h.http.post(path, json={"text": reply}, headers=tok)
    assert r.json()["status"] == "waiting"
    assert len(asked) >= 2  # off hours: more than the one key question
    msgs = (await h.http.get(path, headers=tok)).json()["messages"]
    assert "offline" in msgs[-1]["text"]


async def test_stats_count_bot_resolved_apart_from_abandoned(harness: Harness) -> None:
    h = harness
    _, sup = await make_agent(h, role="supervisor")
    _, plain = await make_agent(h)
    assert (await h.http.get("/api/v1/stats", headers=bearer(plain))).status_code == 403
    helped = await open_conv(h, "How do I check that a Telegram account is really your support?")
    await h.http.post(
        f"/api/v1/conversations/{helped['id']}/messages",
        json={"text": "yes that helped"},
        headers=bearer(helped["token"]),
    )
    left = await open_conv(h, "How do I check that an e-mail really comes from you?")
    assert left["status"] == "assistant"
    real = h.desk.clock
    h.desk.clock = lambda: real() + timedelta(minutes=h.settings.assistant_idle_minutes + 1)
    try:
        while await fire_due_timers(h.desk):
            pass
    finally:
        h.desk.clock = real
    r = await h.http.get(f"/api/v1/conversations/{left['id']}", headers=bearer(left["token"]))
    assert r.json()["status"] == "resolved"
    counts = (await h.http.get("/api/v1/stats", headers=bearer(sup))).json()["resolutions"]
    assert counts.get("assistant", 0) >= 1 and counts.get("abandoned", 0) >= 1
