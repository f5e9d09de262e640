"""The public help center: the knowledge base's articles by category, search, and one
article rendered from Markdown (raw HTML in articles is not passed through, so the page is
safe whatever an article's author wrote). The assistant cites ``/kb/{lang}/{id}``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from babel.dates import format_date
from fastapi import APIRouter, Request
from markdown_it import MarkdownIt
from starlette.responses import HTMLResponse

from hashdesk.assistant.kb import Article, KnowledgeBase, normalize_language

from .i18n import LANGUAGES, supported, translations
from .render import choose_lang, render
from .site import site_context
from .strings import CATEGORIES

router = APIRouter(include_in_schema=False)

MAX_QUERY = 200
RESULTS = 6
# A search lists hits down to this share of the knowledge base's answer threshold (the
# customer picks from a short list, so it may be less sure than the assistant answering),
# and no hit far below the best one.
SEARCH_FLOOR = 0.8
RELATIVE_FLOOR = 0.6
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}
BABEL_LOCALE = {"en": "en_US", "zh": "zh_Hans_CN"}


def knowledge(request: Request) -> KnowledgeBase:
    """The desk's own knowledge base (operator articles and catalog included), loaded once;
    an app built without its lifespan (page tests) hands one in as ``state.kb``."""
    given = getattr(request.app.state, "kb", None)
    if isinstance(given, KnowledgeBase):
        return given
    kb: KnowledgeBase = request.app.state.knowledge.get()
    return kb


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    return md


def article_html(art: Article) -> str:
    """The body as HTML, without a leading ``# Title`` (the page shows the title itself)."""
    body = art.body.lstrip()
    first, _, rest = body.partition("\n")
    if first.startswith("# "):
        body = rest
    return str(_markdown().render(body))


def _category_label(category: str, gettext: Any) -> str:
    msgid = CATEGORIES.get(f"cat.{category}")
    return str(gettext(msgid)) if msgid else category.replace("_", " ").capitalize()


def _date(art: Article, lang: str) -> str:
    return str(format_date(art.updated, format="long", locale=BABEL_LOCALE.get(lang, "en_US")))


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    title: str
    summary: str
    url: str
    language: str
    foreign: bool  # not written in the page's language


def _entry(art: Article, lang: str) -> Entry:
    return Entry(art.id, art.title, art.summary, art.url_path, art.language, art.language != lang)


def _by_category(kb: KnowledgeBase, lang: str, gettext: Any) -> list[dict[str, Any]]:
    """Every article once (in the page's language where written, else English), grouped by
    category in the catalog's order."""
    chosen: dict[str, Article] = {}
    for art in kb.articles():
        have = chosen.get(art.id)
        rank = 0 if art.language == lang else 1 if art.language == "en" else 2
        if have is None:
            chosen[art.id] = art
            continue
        have_rank = 0 if have.language == lang else 1 if have.language == "en" else 2
        if rank < have_rank:
            chosen[art.id] = art
    order = [key.removeprefix("cat.") for key in CATEGORIES]
    groups: dict[str, list[Article]] = {}
    for art in chosen.values():
        groups.setdefault(art.category, []).append(art)
    cats = sorted(groups, key=lambda c: (order.index(c) if c in order else len(order), c))
    return [
        {
            "id": cat,
            "label": _category_label(cat, gettext),
            "articles": [_entry(a, lang) for a in sorted(groups[cat], key=lambda a: a.title)],
        }
        for cat in cats
    ]


def _search(kb: KnowledgeBase, query: str, lang: str) -> list[Entry]:
    hits = kb.search(query, lang=lang, k=RESULTS)
    if not hits:
        return []
    floor = max(kb.threshold * SEARCH_FLOOR, hits[0].score * RELATIVE_FLOOR)
    return [
        Entry(h.article_id, h.title, h.summary, h.url_path, h.language, h.language != lang)
        for h in hits
        if h.score >= floor
    ]


@router.get("/kb")
async def kb_index(request: Request) -> HTMLResponse:
    lang = choose_lang(request)
    gettext = translations(lang).gettext
    kb = knowledge(request)
    query = " ".join((request.query_params.get("q") or "").split())[:MAX_QUERY]
    results = _search(kb, query, lang) if query else None
    return render(
        request,
        "site/kb_index.html",
        lang=lang,
        page="kb",
        query=query,
        results=results,
        categories=_by_category(kb, lang, gettext),
        switch={
            other: "/kb?" + urlencode({"lang": other, **({"q": query} if query else {})})
            for other in LANGUAGES
        },
        **site_context(request),
    )


@router.get("/kb/{lang}/{article_id}")
async def kb_article(lang: str, article_id: str, request: Request) -> HTMLResponse:
    kb = knowledge(request)
    art = kb.get(article_id, lang) if lang == normalize_language(lang) else None
    page_lang = supported(lang) or choose_lang(request)
    if art is None:
        elsewhere = [a for a in kb.articles() if a.id == article_id]
        return render(
            request,
            "site/kb_missing.html",
            lang=page_lang,
            page="kb",
            status_code=404,
            versions=[_entry(a, page_lang) for a in elsewhere],
            language_names=LANGUAGE_NAMES,
            switch={other: f"/kb?lang={other}" for other in LANGUAGES},
            **site_context(request),
        )
    gettext = translations(page_lang).gettext
    versions = {a.language: a for a in kb.articles() if a.id == article_id}
    others = [
        {"lang": code, "name": LANGUAGE_NAMES.get(code, code), "url": a.url_path}
        for code, a in sorted(versions.items())
        if code != art.language
    ]
    switch = {
        other: (versions[other].url_path if other in versions else f"/kb?lang={other}")
        for other in LANGUAGES
    }
    return render(
        request,
        "site/kb_article.html",
        lang=page_lang,
        page="kb",
        article=art,
        article_lang=art.language,
        body_html=article_html(art),
        category_label=_category_label(art.category, gettext),
        updated=_date(art, page_lang),
        updated_iso=art.updated.isoformat(),
        others=others,
        switch=switch,
        **site_context(request),
    )
