"""Two `hashdesk serve` processes on PostgreSQL + Redis: customer on one, agent on the other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .clients import Stream, auth
from .server import LiveServer

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


@pytest.fixture(scope="module")
def two_nodes(
    tmp_path_factory: pytest.TempPathFactory, pg_database: str, redis_url: str
) -> Iterator[tuple[LiveServer, LiveServer]]:
    base = Path(tmp_path_factory.mktemp("nodes"))
    a = LiveServer(var_dir=base / "a", database_url=pg_database, redis_url=redis_url)
    b = LiveServer(var_dir=base / "b", database_url=pg_database, redis_url=redis_url)
    a.seed_demo()  # migrates PostgreSQL and creates the demo agents
    a.start()
    b.start("--no-migrate")
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()


async def test_lifecycle_across_two_nodes(two_nodes: tuple[LiveServer, LiveServer]) -> None:
    node_a, node_b = two_nodes
    agent_token = node_b.agent_token("mei")
    async with (
        httpx.AsyncClient(base_url=node_a.url, timeout=10) as cust_http,
        httpx.AsyncClient(base_url=node_b.url, timeout=10) as agent_http,
    ):
        agent_ws = await Stream.open(f"{node_b.ws_url}/api/v1/agent/stream?token={agent_token}")
        r = await cust_http.post(
            "/api/v1/conversations",
            json={"channel": "app", "text": "My withdrawal is pending, I need a human agent"},
        )
        assert r.status_code == 201
        conv = r.json()
        cid, ctoken = conv["id"], conv["token"]
        cust_ws = await Stream.open(
            f"{node_a.ws_url}/api/v1/conversations/{cid}/stream?token={ctoken}"
        )
        # Node B's agent hears about the case created on node A.
        ev = await agent_ws.wait_for(
            lambda f: f["type"] == "case" and f["case"]["conversation_id"] == cid
        )
        case_id = ev["case"]["id"]
        r = await agent_http.post(f"/api/v1/cases/{case_id}/claim", headers=auth(agent_token))
        assert r.status_code == 200
        await cust_ws.wait_for(lambda f: f == {"type": "status", "status": "open"})
        r = await agent_http.post(
            f"/api/v1/cases/{case_id}/messages",
            json={"text": "Checking it now."},
            headers=auth(agent_token),
        )
        assert r.status_code == 201
        got = await cust_ws.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author"] == "agent"
        )
        assert got["message"]["text"] == "Checking it now."
        r = await cust_http.post(
            f"/api/v1/conversations/{cid}/messages",
            json={"text": "Thank you", "client_id": "k1"},
            headers=auth(ctoken),
        )
        mid = r.json()["id"]
        # The same client_id through the other node is still one message.
        r2 = await agent_http.post(
            f"/api/v1/conversations/{cid}/messages",
            json={"text": "Thank you", "client_id": "k1"},
            headers=auth(ctoken),
        )
        assert r2.status_code == 201 and r2.json()["id"] == mid
        await agent_ws.wait_for(lambda f: f["type"] == "message" and f["message"]["id"] == mid)
        r = await agent_http.post(f"/api/v1/cases/{case_id}/resolve", headers=auth(agent_token))
        assert r.json()["status"] == "resolved"
        await cust_ws.wait_for(lambda f: f == {"type": "status", "status": "resolved"})
        r = await cust_http.get(f"/api/v1/conversations/{cid}/messages", headers=auth(ctoken))
        texts = [m["text"] for m in r.json()["messages"]]
        assert texts.count("Thank you") == 1 and "Checking it now." in texts
        await cust_ws.close()
        await agent_ws.close()
