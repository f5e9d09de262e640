"""Security headers: a strict CSP (no inline script), no framing of the console."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
    "object-src 'none'"
)
# The widget is meant to be embedded: its frame may be placed by any site.
WIDGET_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *")

HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        csp = WIDGET_CSP if path.startswith("/widget") else CSP
        frame = [] if path.startswith("/widget") else [(b"x-frame-options", b"DENY")]

        async def wrapped(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [*HEADERS, *frame]
                if path.startswith("/docs"):
                    extra = [*HEADERS]  # Swagger UI loads its own inline script
                else:
                    extra.append((b"content-security-policy", csp.encode()))
                headers.extend((k, v) for k, v in extra if k not in names)
                msg["headers"] = headers
            await send(msg)

        await self.app(scope, receive, wrapped)
