"""The agent console: sign-in, queue, case view. Pages are shells; small scripts talk to the
API with the session cookie (and the CSRF header on writes)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from hashdesk.web.deps import SESSION_COOKIE

from .i18n import supported
from .render import render
from .strings import CONSOLE

router = APIRouter(include_in_schema=False)

DEFAULT_TEAMS = ("support", "security", "compliance", "vip")


def _login_redirect(request: Request) -> RedirectResponse:
    lang = supported(request.query_params.get("lang"))
    target = "/console/login" + (f"?{urlencode({'lang': lang})}" if lang else "")
    return RedirectResponse(target, status_code=303)


def _teams(request: Request) -> list[str]:
    desk = getattr(request.app.state, "desk", None)
    teams = getattr(getattr(desk, "catalog", None), "teams", None)
    return sorted(teams) if teams else list(DEFAULT_TEAMS)


@router.get("/console/login")
async def login_page(request: Request) -> HTMLResponse:
    return render(request, "console/login.html", strings=CONSOLE, remember_lang=True)


@router.get("/console")
async def queue_page(request: Request) -> Response:
    if not request.cookies.get(SESSION_COOKIE):
        return _login_redirect(request)
    return render(request, "console/queue.html", strings=CONSOLE, remember_lang=True, page="queue")


@router.get("/console/cases/{case_id}")
async def case_page(case_id: str, request: Request) -> Response:
    if not request.cookies.get(SESSION_COOKIE):
        return _login_redirect(request)
    return render(
        request,
        "console/case.html",
        strings=CONSOLE,
        remember_lang=True,
        page="case",
        case_id=case_id,
        teams=_teams(request),
    )


@router.get("/console/approvals")
async def approvals_page(request: Request) -> Response:
    """Supervisors and admins: sensitive actions waiting for a second person."""
    if not request.cookies.get(SESSION_COOKIE):
        return _login_redirect(request)
    return render(
        request, "console/approvals.html", strings=CONSOLE, remember_lang=True, page="approvals"
    )


@router.get("/console/audit")
async def audit_page(request: Request) -> Response:
    """Supervisors and admins: the audit log, newest first."""
    if not request.cookies.get(SESSION_COOKIE):
        return _login_redirect(request)
    return render(request, "console/audit.html", strings=CONSOLE, remember_lang=True, page="audit")
