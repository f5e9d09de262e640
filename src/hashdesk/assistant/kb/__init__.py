"""The assistant's knowledge base: articles, and hybrid retrieval that knows when to abstain.

    from hashdesk.assistant import kb
    kb.warm_up()                                   # optional: build the index now
    kb.search("my deposit has not arrived", lang="en", k=3)  -> list[Hit]
    kb.answer("充值一直没到账", lang="zh")          -> Hit | None (None = abstain)

The module functions use `default_kb()`: the shipped articles overlaid by the operator's
directory named in ``HASHDESK_KB_DIR`` (if set), built once per process. Applications that
have their own settings build a `KnowledgeBase.load(kb_dir)` and keep it.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from .articles import (
    Article,
    ArticleError,
    ArticleErrors,
    load_dir,
    merge,
    parse_article,
    read_article,
    shipped_dir,
)
from .index import Hit, KnowledgeBase, RetrievalConfig, normalize_language

KB_DIR_ENV = "HASHDESK_KB_DIR"

__all__ = [
    "KB_DIR_ENV",
    "Article",
    "ArticleError",
    "ArticleErrors",
    "Hit",
    "KnowledgeBase",
    "RetrievalConfig",
    "answer",
    "default_kb",
    "load_dir",
    "merge",
    "normalize_language",
    "parse_article",
    "read_article",
    "search",
    "shipped_dir",
    "warm_up",
]


@functools.cache
def default_kb() -> KnowledgeBase:
    """Shipped articles + ``$HASHDESK_KB_DIR`` (operator wins), with the packaged encoder."""
    extra = os.environ.get(KB_DIR_ENV, "").strip()
    return KnowledgeBase.load(*([Path(extra)] if extra else []))


def warm_up() -> KnowledgeBase:
    """Load the default knowledge base and build its index now."""
    return default_kb().warm_up()


def search(query: str, *, lang: str, k: int = 3) -> list[Hit]:
    return default_kb().search(query, lang=lang, k=k)


def answer(query: str, *, lang: str) -> Hit | None:
    return default_kb().answer(query, lang=lang)
