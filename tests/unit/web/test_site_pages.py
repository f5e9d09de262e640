"""The public help pages (help center, "Is this really us?") and the console's approvals and
audit shells, rendered in process (no lifespan: a lexical-only knowledge base is handed in)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import httpx
import pytest

from hashdesk.assistant.kb import Article, KnowledgeBase
from hashdesk.config import Settings
from hashdesk.web.app import create_app
from hashdesk.web.pages.kb import article_html

XSS_BODY = """# Ignored title

Plain **bold** text.

<script>window.__xss = 1</script>

<img src=x onerror="window.__xss=1">

[a link](javascript:alert(1)) and [fine](/kb/en/other)
"""


def _article(id_: str, lang: str, title: str, body: str = "Body text.", **kw: object) -> Article:
    return Article(
        id=id_,
        title=title,
        category=str(kw.get("category", "deposit")),
        language=lang,
        tags=("deposit",),
        updated=date(2026, 11, 20),
        body=body,
        summary=str(kw.get("summary", "")),
    )


ARTICLES = [
    _article("deposit-late", "en", "My deposit is late", summary="Wait for confirmations."),
    _article("deposit-late", "zh", "充值未到账", summary="等待区块确认。"),
    _article("api-only-en", "en", "API signatures", category="api_keys"),
    _article("unsafe", "en", "Unsafe body", body=XSS_BODY),
]


@pytest.fixture
def app(tmp_path: Path) -> object:
    registry = tmp_path / "registry.toml"
    registry.write_text(
        '[official]\ndomains = ["example-exchange.com"]\nemails = ["@example.io"]\n'
        'telegram = ["@ExampleEx"]\nx = ["@example"]\nphones = ["+1 415 555 0100"]\n'
    )
    application = create_app(Settings(env="test", registry_file=registry), run_jobs=False)
    application.state.kb = KnowledgeBase(ARTICLES, encoder=None)
    return application


async def _get(app: object, path: str, **headers: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://desk.test") as client:
        return await client.get(path, headers=headers)


def test_article_markdown_drops_raw_html_and_unsafe_links() -> None:
    html = article_html(ARTICLES[3])
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html  # shown as text
    assert 'href="javascript' not in html  # left as text, never a link
    assert 'href="/kb/en/other"' in html
    assert "Ignored title" not in html  # the page shows the title itself


async def test_kb_index_lists_by_category_in_the_page_language(app: object) -> None:
    r = await _get(app, "/kb?lang=zh")
    assert r.status_code == 200 and r.headers["content-language"] == "zh"
    assert "帮助中心" in r.text
    assert 'href="/kb/zh/deposit-late"' in r.text  # written in zh: the zh version
    assert 'href="/kb/en/api-only-en" lang="en"' in r.text  # only in English: marked
    assert r.text.index('data-category="deposit"') < r.text.index('data-category="api_keys"')
    assert "content-security-policy" in r.headers


async def test_kb_search_uses_the_knowledge_base(app: object) -> None:
    r = await _get(app, "/kb?lang=en&q=deposit+late")
    results = r.text[r.text.index('id="results"') :]
    assert 'href="/kb/en/deposit-late"' in results
    assert 'href="/kb?lang=zh&amp;q=deposit+late"' in r.text  # the switch keeps the query
    r = await _get(app, "/kb?lang=en&q=" + "x" * 500)
    assert r.status_code == 200


async def test_kb_article_page(app: object) -> None:
    r = await _get(app, "/kb/zh/deposit-late")
    assert r.status_code == 200 and r.headers["content-language"] == "zh"
    assert '<h1 id="article-title">充值未到账</h1>' in r.text
    assert 'href="/kb/en/deposit-late"' in r.text  # the other language
    assert '<time datetime="2026-11-20">2026年11月20日</time>' in r.text
    assert "data-open-chat" in r.text and "/widget/embed.js" in r.text
    r = await _get(app, "/kb/en/unsafe")
    assert "<script>window.__xss" not in r.text


@pytest.mark.parametrize(
    ("path", "status"), [("/kb/en/nope", 404), ("/kb/zh/api-only-en", 404), ("/kb/EN/x", 404)]
)
async def test_kb_missing_article(app: object, path: str, status: int) -> None:
    r = await _get(app, path)
    assert r.status_code == status
    if path.endswith("api-only-en"):
        assert 'href="/kb/en/api-only-en"' in r.text  # offered in the language it exists in


async def test_verify_page_lists_the_configured_registry(app: object) -> None:
    r = await _get(app, "/verify?lang=zh&value=hashp0rt.com")
    assert r.status_code == 200 and "真的是我们吗？" in r.text
    assert "example-exchange.com" in r.text and "@ExampleEx" in r.text
    assert "+1 415 555 0100" in r.text and "@example.io" in r.text
    assert 'value="hashp0rt.com"' in r.text  # checked on load by the page's script
    block = re.search(r'<script type="application/json" id="i18n">(.*?)</script>', r.text, re.S)
    assert block is not None
    assert json.loads(block.group(1))["verdict.impersonation"] == "冒充"
    assert "hashport-exchange.com" not in r.text  # not the demo registry


async def test_demo_site_links_to_help_pages(app: object) -> None:
    r = await _get(app, "/")
    assert 'href="/verify?lang=en"' in r.text and 'href="/kb?lang=en"' in r.text
    r = await _get(app, "/widget?lang=zh")
    assert 'id="report-open"' in r.text and 'href="/verify?lang=zh"' in r.text


@pytest.mark.parametrize("path", ["/console/approvals", "/console/audit"])
async def test_console_pages_need_a_session(app: object, path: str) -> None:
    r = await _get(app, path + "?lang=zh")
    assert r.status_code == 303 and r.headers["location"] == "/console/login?lang=zh"
    r = await _get(app, path, cookie="hd_session=x")
    assert r.status_code == 200 and "data-supervisor hidden" in r.text
