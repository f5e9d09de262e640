"""A response target that comes due while the server is down fires when it is back."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx

from hashdesk.domain.catalog import load_catalog

from .clients import auth
from .server import LiveServer


def fast_catalog(path: Path) -> Path:
    """The shipped catalog with every target at 2 seconds."""
    text = (Path(load_catalog.__code__.co_filename).parent / "data" / "catalog.toml").read_text()
    import re

    text = re.sub(r"first_response_minutes = \d+", "first_response_minutes = 0.034", text)
    path.write_text(text)
    return path


async def test_timer_that_came_due_while_down_fires_after_restart(tmp_path: Path) -> None:
    catalog = fast_catalog(tmp_path / "catalog.toml")
    server = LiveServer(var_dir=tmp_path / "var", extra_env={"HASHDESK_CATALOG_FILE": str(catalog)})
    server.seed_demo()
    server.start()
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as http:
            r = await http.post(
                "/api/v1/conversations",
                json={"text": "I want to speak to a person about my fee tier"},
            )
            conv = r.json()
            tok = server.agent_token("lead")
            r = await http.get("/api/v1/cases", headers=auth(tok))
            case = next(c for c in r.json()["cases"] if c["conversation_id"] == conv["id"])
            assert case["first_response_breached_at"] is None
        server.kill9()  # down before the target (2 s) comes due
        time.sleep(3)
        server.start()
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as http:
            for _ in range(50):
                r = await http.get(f"/api/v1/cases/{case['id']}", headers=auth(tok))
                if r.json()["first_response_breached_at"]:
                    break
                await asyncio.sleep(0.2)
            assert r.json()["first_response_breached_at"] is not None
    finally:
        server.stop()
