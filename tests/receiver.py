"""A stand-in for the exchange's back end: a real HTTP server on 127.0.0.1 that records the
webhooks it receives and answers each action (by ``Idempotency-Key``) from a script."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Receiver:
    """Each action gets the answers in ``statuses`` in turn, then 200. Several tests' actions
    may arrive (a shared database's outbox): look at one action's requests with ``of``."""

    statuses: list[int]
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def of(self, action_id: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["headers"].get("idempotency-key") == action_id]

    def handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                headers = {k.lower(): v for k, v in self.headers.items()}
                seen = len(receiver.of(headers.get("idempotency-key", "")))
                receiver.requests.append({"path": self.path, "headers": headers, "body": body})
                status = receiver.statuses[seen] if seen < len(receiver.statuses) else 200
                self.send_response(status)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


@contextmanager
def receiving(statuses: list[int]) -> Iterator[Receiver]:
    rec = Receiver(statuses=list(statuses))
    server = ThreadingHTTPServer(("127.0.0.1", 0), rec.handler())
    rec.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/hashdesk"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        server.shutdown()
        server.server_close()
