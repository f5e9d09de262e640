"""Jinja2 rendering with autoescaping, gettext, versioned static URLs, and the translated
strings the page's scripts need (a JSON data block: not executed, so allowed by the CSP)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from .i18n import HTML_LANG, negotiate, supported, translations
from .strings import translated

LANG_COOKIE = "hd_lang"


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("hashdesk.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["static"] = static_url
    return env


@lru_cache(maxsize=256)
def _digest(path: str, stamp: tuple[int, int]) -> str:
    data = resources.files("hashdesk.web").joinpath("static", path).read_bytes()
    return hashlib.sha256(data).hexdigest()[:10]


def static_url(path: str) -> str:
    """``/static/<path>?v=<content hash>`` so a changed file is never served from cache."""
    ref = resources.files("hashdesk.web").joinpath("static", path)
    try:
        st = ref.stat()  # type: ignore[attr-defined]
        version = _digest(path, (st.st_mtime_ns, st.st_size))
    except (AttributeError, OSError):
        version = "0"
    return f"/static/{path}?v={version}"


def choose_lang(request: Request, *, lang: str | None = None, remember: bool = False) -> str:
    """``lang`` argument, then ``?lang=``, then (console only) the remembered choice, then
    Accept-Language."""
    explicit = lang or request.query_params.get("lang")
    if not supported(explicit) and remember:
        explicit = request.cookies.get(LANG_COOKIE)
    return negotiate(explicit, request.headers.get("accept-language"))


def render(
    request: Request,
    template: str,
    *,
    lang: str | None = None,
    strings: Mapping[str, str] | None = None,
    remember_lang: bool = False,
    status_code: int = 200,
    **ctx: Any,
) -> HTMLResponse:
    chosen = choose_lang(request, lang=lang, remember=remember_lang)
    env = _env()
    tr = translations(chosen)
    env.install_gettext_translations(tr, newstyle=True)  # type: ignore[attr-defined]
    tpl = env.get_template(template)
    html = tpl.render(
        lang=chosen,
        html_lang=HTML_LANG.get(chosen, chosen),
        request=request,
        strings=translated(strings or {}, tr.gettext),
        **ctx,
    )
    response = HTMLResponse(
        html,
        status_code=status_code,
        headers={
            "content-language": chosen,
            "cache-control": "no-store",
            "vary": "Accept-Language, Cookie",
        },
    )
    if remember_lang and supported(request.query_params.get("lang")):
        response.set_cookie(LANG_COOKIE, chosen, max_age=365 * 86400, samesite="lax", path="/")
    return response
