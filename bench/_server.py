"""Start a `hashdesk serve` process for a benchmark (SQLite, or PostgreSQL + Redis)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class BenchServer:
    proc: subprocess.Popen[bytes]
    url: str
    env: dict[str, str]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def make_pg_database() -> str:
    import asyncpg

    name = f"hashdesk_bench_{os.getpid()}_{int(time.time())}"

    async def run() -> None:
        conn = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/test")
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(run())
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


def drop_pg_database(url: str) -> None:
    import asyncpg

    name = url.rsplit("/", 1)[1]

    async def run() -> None:
        conn = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/test")
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()

    asyncio.run(run())


def start(
    backend: str,
    *,
    database_url: str = "",
    redis_url: str = "",
    extra_env: dict[str, str] | None = None,
) -> BenchServer:
    var = Path(tempfile.mkdtemp(prefix=f"hashdesk-bench-{backend}-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HASHDESK_")}
    env.update(
        HASHDESK_VAR_DIR=str(var),
        HASHDESK_PORT=str(port),
        HASHDESK_RATE_LIMIT="off",
        HASHDESK_ENV="test",
        HASHDESK_LOG_LEVEL="WARNING",
    )
    if database_url:
        env["HASHDESK_DATABASE_URL"] = database_url
    if redis_url:
        env["HASHDESK_REDIS_URL"] = redis_url
    env.update(extra_env or {})
    subprocess.run(
        [sys.executable, "-m", "hashdesk", "demo"], env=env, check=True, capture_output=True
    )
    log = (var / "server.log").open("ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "hashdesk", "serve", "--no-migrate"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError((var / "server.log").read_text())
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1):  # noqa: S310 - loopback
                return BenchServer(proc, url, env)
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")
