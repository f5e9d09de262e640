"""Jinja2 rendering with autoescaping and gettext."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from .i18n import negotiate, translations


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("hashdesk.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render(request: Request, template: str, *, lang: str | None = None, **ctx: Any) -> HTMLResponse:
    chosen = negotiate(lang or request.query_params.get("lang"),
                       request.headers.get("accept-language"))
    env = _env()
    tr = translations(chosen)
    tpl = env.get_template(template)
    env.install_gettext_translations(tr, newstyle=True)  # type: ignore[attr-defined]
    html = tpl.render(lang=chosen, request=request, **ctx)
    return HTMLResponse(html, headers={"content-language": chosen, "cache-control": "no-store"})
