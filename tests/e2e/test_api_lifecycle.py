"""The contract's lifecycle over real HTTP and WebSocket against a `hashdesk serve` process."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from .clients import Stream, auth
from .server import LiveServer


async def open_conv(http: httpx.AsyncClient, text: str, **extra: object) -> dict:
    r = await http.post("/api/v1/conversations", json={"channel": "web", "text": text, **extra})
    assert r.status_code == 201, r.text
    return r.json()


async def test_full_lifecycle(live_server: LiveServer) -> None:
    agent_token = live_server.agent_token("mei")
    async with httpx.AsyncClient(base_url=live_server.url, timeout=10) as http:
        agent_ws = await Stream.open(
            f"{live_server.ws_url}/api/v1/agent/stream?token={agent_token}"
        )
        conv = await open_conv(http, "Hello, I want to talk to a human about trading fees")
        assert conv["status"] == "waiting"
        assert [m["author"] for m in conv["messages"]] == ["customer", "assistant"]
        cid, ctoken = conv["id"], conv["token"]
        cust_ws = await Stream.open(
            f"{live_server.ws_url}/api/v1/conversations/{cid}/stream?token={ctoken}"
        )
        # The agent's stream announces the new case.
        ev = await agent_ws.wait_for(
            lambda f: f["type"] == "case" and f["case"]["conversation_id"] == cid
        )
        case_id = ev["case"]["id"]
        assert ev["case"]["status"] == "waiting"
        r = await http.get("/api/v1/cases", params={"status": "waiting"}, headers=auth(agent_token))
        assert case_id in [c["id"] for c in r.json()["cases"]]
        case = next(c for c in r.json()["cases"] if c["id"] == case_id)
        for key in (
            "id",
            "conversation_id",
            "category",
            "priority",
            "language",
            "status",
            "assignee",
            "first_response_due",
        ):
            assert key in case
        r = await http.post(f"/api/v1/cases/{case_id}/claim", headers=auth(agent_token))
        assert r.status_code == 200 and r.json()["status"] == "open"
        await cust_ws.wait_for(lambda f: f == {"type": "status", "status": "open"})

        r = await http.post(
            f"/api/v1/cases/{case_id}/messages",
            json={"text": "Hi, I'm Mei."},
            headers=auth(agent_token),
        )
        assert r.status_code == 201
        got = await cust_ws.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author"] == "agent"
        )
        assert got["message"]["text"] == "Hi, I'm Mei."

        r = await http.post(
            f"/api/v1/conversations/{cid}/messages",
            json={"text": "Thanks! What is the maker fee?"},
            headers=auth(ctoken),
        )
        assert r.status_code == 201
        msg = r.json()
        assert {"id", "author", "text", "created_at"} <= msg.keys()
        got = await agent_ws.wait_for(
            lambda f: f["type"] == "message" and f["message"]["id"] == msg["id"]
        )
        assert got["message"]["conversation_id"] == cid

        r = await http.get(f"/api/v1/cases/{case_id}", headers=auth(agent_token))
        detail = r.json()
        assert detail["channel"] == "web" and "customer" in detail and "evidence" in detail
        assert [m["author"] for m in detail["messages"]][-2:] == ["agent", "customer"]

        r = await http.post(f"/api/v1/cases/{case_id}/resolve", headers=auth(agent_token))
        assert r.json()["status"] == "resolved"
        await cust_ws.wait_for(lambda f: f == {"type": "status", "status": "resolved"})
        r = await http.get(f"/api/v1/conversations/{cid}", headers=auth(ctoken))
        body = r.json()
        assert body["status"] == "resolved" and body["channel"] == "web" and body["created_at"]

        # A new customer message within the window reopens it, back to the same agent.
        r = await http.post(
            f"/api/v1/conversations/{cid}/messages", json={"text": "One more"}, headers=auth(ctoken)
        )
        assert r.status_code == 201
        await cust_ws.wait_for(lambda f: f == {"type": "status", "status": "open"})
        await cust_ws.close()
        await agent_ws.close()


async def test_customers_cannot_read_each_other(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live_server.url, timeout=10) as http:
        a = await open_conv(http, "customer A: my deposit is missing")
        b = await open_conv(http, "customer B: hello")
        for method, path, body in (
            ("GET", f"/api/v1/conversations/{a['id']}", None),
            ("GET", f"/api/v1/conversations/{a['id']}/messages", None),
            ("POST", f"/api/v1/conversations/{a['id']}/messages", {"text": "hijack"}),
            ("POST", f"/api/v1/conversations/{a['id']}/handoff", None),
        ):
            r = await http.request(method, path, json=body, headers=auth(b["token"]))
            assert r.status_code in (403, 404), (path, r.status_code)
            assert r.json()["error"]["code"]
            r = await http.request(method, path, json=body)
            assert r.status_code == 401
        # Signed-in customers: B's own JWT does not open A's conversation either.
        tok_a = live_server.cli("token", "acct-A1").stdout.strip()
        tok_b = live_server.cli("token", "acct-B1").stdout.strip()
        a2 = await open_conv_auth(http, tok_a, "my account is locked")
        await open_conv_auth(http, tok_b, "hi")
        r = await http.get(f"/api/v1/conversations/{a2['id']}/messages", headers=auth(tok_b))
        assert r.status_code in (403, 404)
        r = await http.get(f"/api/v1/conversations/{a2['id']}/messages", headers=auth(tok_a))
        assert r.status_code == 200
        # The WebSocket refuses too.
        import websockets

        with pytest.raises(websockets.InvalidStatus):
            await websockets.connect(
                f"{live_server.ws_url}/api/v1/conversations/{a['id']}/stream?token={b['token']}"
            )
        assert "hijack" not in str(
            (
                await http.get(
                    f"/api/v1/conversations/{a['id']}/messages", headers=auth(a["token"])
                )
            ).json()
        )


async def open_conv_auth(http: httpx.AsyncClient, token: str, text: str) -> dict:
    r = await http.post(
        "/api/v1/conversations", json={"channel": "app", "text": text}, headers=auth(token)
    )
    assert r.status_code == 201, r.text
    return r.json()


async def test_same_client_id_stores_one_message(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live_server.url, timeout=10) as http:
        conv = await open_conv(http, "hello")
        path = f"/api/v1/conversations/{conv['id']}/messages"
        body = {"text": "withdrawal stuck", "client_id": "c-123"}
        results = await asyncio.gather(
            *[http.post(path, json=body, headers=auth(conv["token"])) for _ in range(5)]
        )
        assert {r.status_code for r in results} == {201}
        assert len({r.json()["id"] for r in results}) == 1
        r = await http.get(path, headers=auth(conv["token"]))
        texts = [m["text"] for m in r.json()["messages"]]
        assert texts.count("withdrawal stuck") == 1


async def test_reconnect_with_after_loses_nothing_and_duplicates_nothing(
    live_server: LiveServer,
) -> None:
    agent_token = live_server.agent_token("mei")
    async with httpx.AsyncClient(base_url=live_server.url, timeout=10) as http:
        conv = await open_conv(http, "please get me a human agent, my order is stuck")
        cid, ctoken = conv["id"], conv["token"]
        r = await http.get("/api/v1/cases", params={"status": "waiting"}, headers=auth(agent_token))
        case_id = next(c["id"] for c in r.json()["cases"] if c["conversation_id"] == cid)
        ws = await Stream.open(
            f"{live_server.ws_url}/api/v1/conversations/{cid}/stream?token={ctoken}"
        )
        r = await http.post(
            f"/api/v1/cases/{case_id}/messages", json={"text": "first"}, headers=auth(agent_token)
        )
        await ws.wait_for(lambda f: f["type"] == "message" and f["message"]["text"] == "first")
        last_seen = ws.messages()[-1]["id"]
        await ws.close()

        # While disconnected: agent and customer keep writing.
        sent = []
        for i in range(6):
            who = (
                (f"/api/v1/cases/{case_id}/messages", agent_token)
                if i % 2
                else (f"/api/v1/conversations/{cid}/messages", ctoken)
            )
            r = await http.post(who[0], json={"text": f"offline {i}"}, headers=auth(who[1]))
            assert r.status_code == 201
            sent.append(r.json()["id"])

        ws2 = await Stream.open(
            f"{live_server.ws_url}/api/v1/conversations/{cid}/stream?token={ctoken}&after={last_seen}"
        )
        # Writes racing the reconnect must also arrive exactly once.
        racing = await asyncio.gather(
            *[
                http.post(
                    f"/api/v1/conversations/{cid}/messages",
                    json={"text": f"live {i}"},
                    headers=auth(ctoken),
                )
                for i in range(4)
            ]
        )
        sent += [r.json()["id"] for r in racing]
        await ws2.wait_for(lambda f: f["type"] == "message" and f["message"]["id"] == max(sent))
        await asyncio.sleep(0.3)
        ids = [m["id"] for m in ws2.messages()]
        assert sorted(ids) == sorted(set(ids)), "duplicates on reconnect"
        assert set(sent) <= set(ids), "missed messages on reconnect"
        assert min(ids) > last_seen
        r = await http.get(
            f"/api/v1/conversations/{cid}/messages",
            params={"after": last_seen},
            headers=auth(ctoken),
        )
        assert [m["id"] for m in r.json()["messages"]] == sorted(ids)
        await ws2.close()


async def test_bad_input_is_a_clear_4xx(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live_server.url, timeout=10) as http:
        cases = [
            ("POST", "/api/v1/conversations", {"content": b"{not json"}, 422),
            ("POST", "/api/v1/conversations", {"json": {"text": ""}}, 422),
            ("POST", "/api/v1/conversations", {"json": {"text": "x", "channel": "fax"}}, 422),
            ("POST", "/api/v1/conversations", {"json": {"text": "x" * 30000}}, 422),
            ("POST", "/api/v1/conversations", {"content": b"x" * 400_000}, 413),
            (
                "POST",
                "/api/v1/conversations",
                {"json": {"text": "hi"}, "headers": {"Authorization": "Bearer nope"}},
                401,
            ),
            ("GET", "/api/v1/cases", {}, 401),
            ("GET", "/api/v1/conversations/conv_missing", {"headers": auth("x.y.z")}, 401),
            (
                "POST",
                "/api/v1/auth/login",
                {"json": {"email": "a@b.c", "password": "x", "otp": "123456"}},
                401,
            ),
        ]
        for method, path, kwargs, status in cases:
            headers = {"content-type": "application/json", **kwargs.pop("headers", {})}
            r = await http.request(method, path, headers=headers, **kwargs)
            assert r.status_code == status, (path, kwargs, r.status_code, r.text)
            assert set(r.json()["error"]) == {"code", "message"}
