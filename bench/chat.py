"""`hashdesk bench chat`: N concurrent customer conversations against a running server.

Prints messages/s accepted (201 received) and the p50/p99 latency from the moment a
customer sends a message to the moment an agent's WebSocket receives it, for each N.

By default the benchmark starts its own server for each backend (`--backend sqlite`,
`postgres` = PostgreSQL + Redis, or `both`); `--url` points it at one you run yourself
(start that with HASHDESK_RATE_LIMIT=off and the demo agents seeded).

Load: every conversation sends its next message when the previous one is acknowledged
(closed loop), for `--duration` seconds; `--rate R` paces the total to R messages/s instead.

The HTTP client is a minimal keep-alive HTTP/1.1 client written here on asyncio streams:
a general client (httpx) costs several times more CPU per request, and on a 2-core machine
the load generator shares the CPU with the server, so its overhead would be measured as
the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pyotp
import websockets

from hashdesk.demo import DEMO_AGENTS


class Conn:
    """One keep-alive HTTP/1.1 connection (JSON in, JSON out)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: Any = None, token: str | None = None
    ) -> tuple[int, Any]:
        """Send once; if the server had closed this idle keep-alive connection, reconnect and
        send again (every request the benchmark makes is idempotent by client_id)."""
        try:
            return await self._request(method, path, body, token)
        except (ConnectionError, asyncio.IncompleteReadError, IndexError):
            await self.close()
            self.writer = None
            return await self._request(method, path, body, token)

    async def _request(
        self, method: str, path: str, body: Any = None, token: str | None = None
    ) -> tuple[int, Any]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        payload = json.dumps(body).encode() if body is not None else b""
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
        )
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        self.writer.write(head.encode() + b"\r\n" + payload)
        assert self.reader is not None
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            k, _, v = line.decode().partition(":")
            if k.lower() == "content-length":
                length = int(v)
        data = await self.reader.readexactly(length) if length else b""
        return status, (json.loads(data) if data else None)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


@dataclass
class Result:
    n: int
    backend: str
    accepted: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    acks: list[float] = field(default_factory=list)
    unseen: int = 0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


async def agent_token(url: str) -> str:
    u = urlsplit(url)
    conn = Conn(u.hostname or "127.0.0.1", u.port or 80)
    sup = next(a for a in DEMO_AGENTS if a.role == "supervisor")
    for _ in range(2):
        status, body = await conn.request(
            "POST",
            "/api/v1/auth/login",
            {
                "email": sup.email,
                "password": sup.password,
                "otp": pyotp.TOTP(sup.totp_secret).now(),
            },
        )
        if status == 200:
            await conn.close()
            return str(body["token"])
        await asyncio.sleep(30.5 - time.time() % 30)
    raise RuntimeError(f"agent login failed: {status} {body}")


async def run_load(
    url: str, n: int, duration: float, rate: float, backend: str, token: str
) -> Result:
    u = urlsplit(url)
    host, port = u.hostname or "127.0.0.1", u.port or 80
    res = Result(n=n, backend=backend)
    pool_size = min(n, 256)
    conns = [Conn(host, port) for _ in range(pool_size)]
    # Open the conversations first (not measured).
    convs: list[tuple[str, str]] = []
    sem = asyncio.Semaphore(pool_size)

    async def opener(i: int) -> None:
        async with sem:
            c = conns[i % pool_size]
            async with locks[i % pool_size]:
                status, body = await c.request(
                    "POST",
                    "/api/v1/conversations",
                    {
                        "channel": "app",
                        "client_id": f"open-{os.getpid()}-{n}-{i}",
                        "text": f"bench customer {i}: please connect me to a human agent",
                    },
                )
            if status != 201:
                raise RuntimeError(f"open failed: {status} {body}")
            convs.append((body["id"], body["token"]))

    locks = [asyncio.Lock() for _ in range(pool_size)]
    await asyncio.gather(*(opener(i) for i in range(n)))

    sent_at: dict[str, float] = {}
    seen: set[str] = set()
    prefix = f"b{os.getpid()}n{n}-"
    ws_url = url.replace("http", "ws", 1) + f"/api/v1/agent/stream?token={token}"
    ws = await websockets.connect(ws_url, max_queue=None, max_size=2**22)

    async def listen() -> None:
        try:
            async for raw in ws:
                now = time.perf_counter()
                frame = json.loads(raw)
                if frame.get("type") != "message":
                    continue
                cid = frame["message"].get("client_id")
                if cid and cid.startswith(prefix) and cid in sent_at and cid not in seen:
                    seen.add(cid)
                    res.latencies.append((now - sent_at[cid]) * 1000)
        except websockets.ConnectionClosed:
            pass

    listener = asyncio.create_task(listen())
    stop_at = time.perf_counter() + duration
    interval = n / rate if rate > 0 else 0.0

    async def customer(i: int) -> None:
        conv_id, ctoken = convs[i]
        c = conns[i % pool_size]
        lock = locks[i % pool_size]
        k = 0
        next_at = time.perf_counter() + (interval * i / n if interval else 0)
        while time.perf_counter() < stop_at:
            if interval:
                delay = next_at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                next_at += interval
            cid = f"{prefix}{i}-{k}"
            k += 1
            async with lock:
                sent_at[cid] = time.perf_counter()
                try:
                    status, _ = await c.request(
                        "POST",
                        f"/api/v1/conversations/{conv_id}/messages",
                        {
                            "text": f"bench message {k} from customer {i}: withdrawal pending",
                            "client_id": cid,
                        },
                        ctoken,
                    )
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    status = 0
                    c.writer = None
            if status == 201:
                res.accepted += 1
                res.acks.append((time.perf_counter() - sent_at[cid]) * 1000)
            else:
                res.errors += 1
                sent_at.pop(cid, None)

    t0 = time.perf_counter()
    await asyncio.gather(*(customer(i) for i in range(n)))
    res.seconds = time.perf_counter() - t0
    # Give the last events a moment to arrive, then count what never did.
    deadline = time.perf_counter() + 5
    while len(seen) < res.accepted and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    res.unseen = res.accepted - len(seen)
    await ws.close()
    listener.cancel()
    for c in conns:
        await c.close()
    return res


def report(r: Result) -> str:
    lat = r.latencies
    return (
        f"{r.backend:<16} N={r.n:<5} accepted {r.accepted / r.seconds:8.0f} msg/s "
        f"({r.accepted} in {r.seconds:.1f}s, {r.errors} errors)  send→agent WS "
        f"p50 {statistics.median(lat) if lat else float('nan'):6.1f} ms  "
        f"p99 {pct(lat, 99):6.1f} ms  max {max(lat) if lat else float('nan'):6.1f} ms  "
        f"not delivered {r.unseen}  (201 ack p50 {pct(r.acks, 50):.1f} ms, "
        f"p99 {pct(r.acks, 99):.1f} ms)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="hashdesk bench chat",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--url", help="a running server (rate limit off, demo agents seeded)")
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument(
        "--conversations",
        default="100,1000",
        help="comma-separated numbers of concurrent conversations",
    )
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per run")
    ap.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="total messages/s to pace at; 0 = closed loop (as fast as acknowledged)",
    )
    ap.add_argument(
        "--synchronous",
        choices=("FULL", "NORMAL"),
        default="FULL",
        help="SQLite fsync policy of the server the benchmark starts",
    )
    args = ap.parse_args(argv)
    ns = [int(x) for x in args.conversations.split(",") if x.strip()]

    from bench import _server

    targets: list[tuple[str, str, Any]] = []
    if args.url:
        targets.append(("given server", args.url.rstrip("/"), None))
    print(
        f"hashdesk bench chat: {ns} conversations, {args.duration:.0f}s each, "
        f"{'closed loop' if not args.rate else f'{args.rate:.0f} msg/s paced'}, "
        f"{os.cpu_count()} CPUs",
        flush=True,
    )
    backends = (
        [] if args.url else (["sqlite", "postgres"] if args.backend == "both" else [args.backend])
    )
    for backend in backends + ([None] if args.url else []):  # type: ignore[list-item]
        server = None
        pg = ""
        try:
            if backend is None:
                name, url = targets[0][0], targets[0][1]
            elif backend == "sqlite":
                server = _server.start(
                    "sqlite", extra_env={"HASHDESK_SQLITE_SYNCHRONOUS": args.synchronous}
                )
                name, url = f"sqlite/{args.synchronous.lower()}", server.url
            else:
                pg = _server.make_pg_database()
                server = _server.start(
                    "postgres", database_url=pg, redis_url="redis://127.0.0.1:6379/0"
                )
                name, url = "postgres+redis", server.url
            token = asyncio.run(agent_token(url))
            for n in ns:
                r = asyncio.run(run_load(url, n, args.duration, args.rate, name, token))
                print(report(r), flush=True)
        finally:
            if server is not None:
                server.stop()
            if pg:
                _server.drop_pg_database(pg)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
