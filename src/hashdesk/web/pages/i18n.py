"""gettext catalogs (Babel .po files under ``web/locales``), compiled in memory at start,
so running needs no build step. Language from ``?lang=``, the customer's ``lang`` or a
remembered choice, else Accept-Language, else English.

Strings are extracted with ``pybabel extract -F babel.cfg`` (templates, and the ``N_``
markers in ``pages/strings.py`` for the scripts) into ``locales/messages.pot``."""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGUAGES = ("en", "zh")
DEFAULT = "en"
# What goes into <html lang>, Intl formatting in the scripts, etc.
HTML_LANG = {"en": "en", "zh": "zh-CN"}


@lru_cache(maxsize=8)
def translations(lang: str) -> NullTranslations:
    if lang == DEFAULT or lang not in LANGUAGES:
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


def supported(tag: str | None) -> str | None:
    """``zh-Hant-TW`` → ``zh``; ``fr`` → None. Case and ``_``/``-`` do not matter."""
    if not tag:
        return None
    base = tag.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def negotiate(explicit: str | None, accept_language: str | None) -> str:
    """An explicit ``lang`` we support wins; else the Accept-Language entry we support with
    the highest q (the header's order breaks ties; ``q=0`` means "not this one"); else English.
    """
    chosen = supported(explicit)
    if chosen:
        return chosen
    best: list[tuple[float, int, str]] = []
    for pos, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = 0.0
        if not 0.0 < q <= 1.0:
            continue
        base = supported(tag)
        if base:
            best.append((-q, pos, base))
    if best:
        best.sort()
        return best[0][2]
    return DEFAULT
