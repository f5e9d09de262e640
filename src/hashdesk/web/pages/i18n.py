"""gettext catalogs (Babel .po files under ``web/locales``), compiled in memory at start,
so running needs no build step. Language from the customer's ``lang`` or Accept-Language."""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGUAGES = ("en", "zh")


@lru_cache(maxsize=8)
def translations(lang: str) -> NullTranslations:
    if lang == "en":
        return NullTranslations()
    po = resources.files("hashdesk.web").joinpath(f"locales/{lang}/LC_MESSAGES/messages.po")
    if not po.is_file():
        return NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(buf)


def negotiate(explicit: str | None, accept_language: str | None) -> str:
    """An explicit ``lang`` wins; else the best Accept-Language we have; else English."""
    if explicit:
        base = explicit.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    best: list[tuple[float, str]] = []
    for part in (accept_language or "").split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        base = tag.strip().split("-")[0].lower()
        if base in LANGUAGES:
            best.append((q, base))
    if best:
        best.sort(key=lambda x: -x[0])
        return best[0][1]
    return "en"
