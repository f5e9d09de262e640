"""kill -9 the server while customers stream messages: every message that got a 201 survives."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import httpx
import pytest

from .clients import auth
from .server import LiveServer


async def _sender(
    http: httpx.AsyncClient,
    conv: dict,
    acked: list[tuple[str, int, str]],
    stop: asyncio.Event,
    n: int,
) -> None:
    i = 0
    while not stop.is_set():
        text = f"burst {n}-{i}"
        try:
            r = await http.post(
                f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": text, "client_id": f"{n}-{i}"},
                headers=auth(conv["token"]),
            )
        except httpx.HTTPError:
            return  # the server died mid-request: not acknowledged, no promise made
        if r.status_code == 201:
            acked.append((conv["id"], r.json()["id"], text))
        i += 1


@pytest.mark.slow
async def test_kill_9_loses_no_acknowledged_message(tmp_path: Path) -> None:
    server = LiveServer(var_dir=tmp_path / "crash")
    server.start()
    acked: list[tuple[str, int, str]] = []
    convs = []
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=5) as http:
            for i in range(8):
                r = await http.post("/api/v1/conversations", json={"text": f"start {i}"})
                convs.append(r.json())
            stop = asyncio.Event()
            tasks = [
                asyncio.create_task(_sender(http, c, acked, stop, n)) for n, c in enumerate(convs)
            ]
            await asyncio.sleep(2.0)
            before = len(acked)
            await asyncio.to_thread(server.kill9)
            stop.set()
            for t in tasks:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(t, 10)
        assert before > 50, f"too few messages were sent before the kill ({before})"
        server.start()
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as http:
            stored: dict[str, set[int]] = {}
            texts: dict[int, str] = {}
            for c in convs:
                r = await http.get(
                    f"/api/v1/conversations/{c['id']}/messages",
                    params={"limit": 1000},
                    headers=auth(c["token"]),
                )
                msgs = r.json()["messages"]
                stored[c["id"]] = {m["id"] for m in msgs}
                texts.update({m["id"]: m["text"] for m in msgs})
        missing = [(cid, mid) for cid, mid, _ in acked if mid not in stored[cid]]
        assert not missing, f"{len(missing)} of {len(acked)} acknowledged messages were lost"
        assert all(texts[mid] == text for _, mid, text in acked)
    finally:
        server.stop()
