"""The customer widget: a demo exchange page, the widget frame, and the embed snippet."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse, Response

from .render import render

router = APIRouter(include_in_schema=False)


@router.get("/")
async def demo_site(request: Request) -> HTMLResponse:
    return render(request, "widget/demo_site.html")


@router.get("/widget")
async def widget_frame(request: Request) -> HTMLResponse:
    return render(request, "widget/frame.html")


@router.get("/widget/embed.js")
async def embed_js(request: Request) -> Response:
    base = str(request.base_url).rstrip("/")
    js = resources.files("hashdesk.web").joinpath("static/embed.js").read_text("utf-8")
    return Response(js.replace("__HASHDESK_BASE__", base), media_type="text/javascript")


def mount_static(app: FastAPI) -> None:
    directory = str(resources.files("hashdesk.web").joinpath("static"))
    app.mount("/static", StaticFiles(directory=directory), name="static")
