"""The agent console: sign-in, queue, case view. Pages are shells; small scripts talk to the API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..deps import SESSION_COOKIE
from .render import render

router = APIRouter(include_in_schema=False)


@router.get("/console/login")
async def login_page(request: Request) -> HTMLResponse:
    return render(request, "console/login.html")


@router.get("/console")
async def queue_page(request: Request) -> Response:
    if not request.cookies.get(SESSION_COOKIE):
        return RedirectResponse("/console/login", status_code=303)
    return render(request, "console/queue.html")


@router.get("/console/cases/{case_id}")
async def case_page(case_id: str, request: Request) -> Response:
    if not request.cookies.get(SESSION_COOKIE):
        return RedirectResponse("/console/login", status_code=303)
    return render(request, "console/case.html", case_id=case_id)
