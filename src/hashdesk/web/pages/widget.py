"""The customer widget: a demo exchange page, the widget frame, the embed script and its
snippet, and (demo installs only) a way to sign the widget in as a demo customer."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse, JSONResponse, Response

from hashdesk.config import Settings
from hashdesk.demo import BRAND, DemoCustomer, demo_customer
from hashdesk.desk.clock import utcnow
from hashdesk.desk.identity import issue_customer_jwt

from .i18n import supported
from .render import render
from .strings import WIDGET

router = APIRouter(include_in_schema=False)

EMBED_PLACEHOLDER = '"__HASHDESK_BASE__"'


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _demo_as(request: Request) -> DemoCustomer | None:
    """``?as=alice`` on a demo install; ignored anywhere else."""
    if _settings(request).env != "demo":
        return None
    key = request.query_params.get("as")
    return demo_customer(key) if key else None


def _public_base(request: Request) -> str:
    """Where this desk is reachable, for links shown to people: the configured public URL,
    else what this request came in on."""
    return _settings(request).public_url.rstrip("/") or str(request.base_url).rstrip("/")


def _snippet(request: Request) -> str:
    return f'<script src="{_public_base(request)}/widget/embed.js" async></script>'


@router.get("/")
async def demo_site(request: Request) -> HTMLResponse:
    customer = _demo_as(request)
    lang = supported(request.query_params.get("lang")) or (customer.lang if customer else None)
    lang = lang if supported(lang) else None
    return render(
        request,
        "widget/demo_site.html",
        lang=lang,
        brand=BRAND,
        customer=customer,
        demo=_settings(request).env == "demo",
        snippet=_snippet(request),
        explicit_lang=lang or "",
    )


@router.get("/widget")
async def widget_frame(request: Request) -> HTMLResponse:
    customer = _demo_as(request)
    lang = supported(request.query_params.get("lang")) or (
        supported(customer.lang) if customer else None
    )
    brand = (request.query_params.get("brand") or "").strip()[:40]
    return render(
        request,
        "widget/frame.html",
        lang=lang,
        strings=WIDGET,
        brand=brand,
        demo_as=customer.key if customer else "",
    )


@router.get("/widget/snippet")
async def widget_snippet(request: Request) -> HTMLResponse:
    return render(request, "widget/snippet.html", snippet=_snippet(request))


@router.get("/widget/embed.js")
async def embed_js(request: Request) -> Response:
    # Never the Host header: a configured public URL, else the script works out where it
    # was loaded from (document.currentScript) in the browser.
    base = _settings(request).public_url.rstrip("/")
    js = resources.files("hashdesk.web").joinpath("static/widget/embed.js").read_text("utf-8")
    js = js.replace(EMBED_PLACEHOLDER, json.dumps(base), 1)
    return Response(
        js,
        media_type="text/javascript",
        headers={"cache-control": "public, max-age=300", "access-control-allow-origin": "*"},
    )


@router.get("/demo/customer-token")
async def demo_customer_token(request: Request) -> Response:
    """Demo installs only: a customer JWT for a demo customer, as the exchange's back end
    would issue it for a signed-in user."""
    if _settings(request).env != "demo":
        return _not_found()
    customer = demo_customer(request.query_params.get("as") or "")
    if customer is None:
        return _not_found()
    token = issue_customer_jwt(
        _settings(request),
        customer.sub,
        now=utcnow(),
        email=customer.email,
        name=customer.name,
        tier=customer.tier,
        lang=customer.lang,
    )
    body: dict[str, Any] = {
        "token": token,
        "customer": {"name": customer.name, "tier": customer.tier, "lang": customer.lang},
    }
    return JSONResponse(body, headers={"cache-control": "no-store"})


def _not_found() -> JSONResponse:
    return JSONResponse({"error": {"code": "not_found", "message": "not found"}}, status_code=404)


def mount_static(app: FastAPI) -> None:
    directory = str(resources.files("hashdesk.web").joinpath("static"))
    app.mount("/static", StaticFiles(directory=directory), name="static")
