"""The public "Is this really us?" page: check a link, e-mail address, handle or phone
number against the official-channel registry (the page's script calls
``GET /api/v1/verify``), report an impersonator (``POST /api/v1/reports``), and read the
official channels and what support never asks for."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from hashdesk.trust.registry import Registry

from .i18n import LANGUAGES
from .render import choose_lang, render
from .site import registry, site_context
from .strings import VERIFY

router = APIRouter(include_in_schema=False)


def channels(reg: Registry) -> dict[str, list[dict[str, Any]]]:
    """The registry's entries by kind, with a link where one makes sense."""
    return {
        "domains": [{"value": d, "href": f"https://{d}/"} for d in reg.domains],
        "emails": [{"value": e, "domain": e.startswith("@")} for e in reg.emails],
        "telegram": [{"value": h, "href": f"https://t.me/{h.lstrip('@')}"} for h in reg.telegram],
        "x": [{"value": h, "href": f"https://x.com/{h.lstrip('@')}"} for h in reg.x],
        "phones": [{"value": p, "href": "tel:" + "".join(p.split())} for p in reg.phones],
    }


@router.get("/verify")
async def verify_page(request: Request) -> HTMLResponse:
    lang = choose_lang(request)
    value = (request.query_params.get("value") or "").strip()[:2048]
    return render(
        request,
        "site/verify.html",
        lang=lang,
        strings=VERIFY,
        page="verify",
        value=value,
        channels=channels(registry(request)),
        switch={
            other: "/verify?" + urlencode({"lang": other, **({"value": value} if value else {})})
            for other in LANGUAGES
        },
        **site_context(request),
    )
