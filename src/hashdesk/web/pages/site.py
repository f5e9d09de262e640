"""What the public pages (help center, "is this really us?") share: the exchange's name,
its official-channel registry, the translated strings their scripts need."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from hashdesk.demo import BRAND
from hashdesk.trust.registry import Registry
from hashdesk.trust.registry import load as load_registry


def brand(request: Request) -> str:
    """The exchange's name as customers see it. There is no setting for it yet, so this is
    the demo exchange's."""
    return BRAND


def registry(request: Request) -> Registry:
    """The configured registry: the running desk's, else read as the desk would read it."""
    desk = getattr(request.app.state, "desk", None)
    found = getattr(desk, "registry", None)
    if isinstance(found, Registry):
        return found
    cached: Registry | None = getattr(request.app.state, "pages_registry", None)
    if cached is None:
        path = request.app.state.settings.registry_file
        cached = load_registry(path) if path else Registry.default()
        request.app.state.pages_registry = cached
    return cached


def site_context(request: Request) -> dict[str, Any]:
    return {"brand": brand(request)}
