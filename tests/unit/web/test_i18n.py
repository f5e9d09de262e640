"""Console and widget translations: the catalog is complete and current, and the language
is chosen by the documented rules."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import httpx
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from hashdesk.config import Settings
from hashdesk.web.pages import strings
from hashdesk.web.pages.i18n import LANGUAGES, negotiate, supported, translations

ROOT = Path(__file__).resolve().parents[3]
LOCALES = resources.files("hashdesk.web").joinpath("locales")
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def _pot() -> dict[str, object]:
    with LOCALES.joinpath("messages.pot").open("rb") as fh:
        return {m.id: m for m in read_po(fh) if m.id}


def _po(lang: str) -> dict[str, object]:
    with LOCALES.joinpath(f"{lang}/LC_MESSAGES/messages.po").open("rb") as fh:
        return {m.id: m for m in read_po(fh, locale=lang) if m.id}


def test_pot_is_current_with_templates_and_scripts() -> None:
    """`pybabel extract -F babel.cfg` finds exactly the msgids in messages.pot."""
    with (ROOT / "babel.cfg").open() as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found = {
        msg[2]
        for msg in extract_from_dir(str(ROOT), method_map, options_map)
        if isinstance(msg[2], str)
    }
    pot = set(_pot())
    assert found - pot == set(), "run pybabel extract (see babel.cfg): new strings missing"
    assert pot - found == set(), "run pybabel extract (see babel.cfg): stale strings"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_msgid_is_translated(lang: str) -> None:
    po = _po(lang)
    missing = [mid for mid in _pot() if mid not in po or not po[mid].string]  # type: ignore[attr-defined]
    assert missing == []
    fuzzy = [mid for mid, m in po.items() if m.fuzzy]  # type: ignore[attr-defined]
    assert fuzzy == []


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_their_placeholders(lang: str) -> None:
    for mid, m in _po(lang).items():
        assert sorted(PLACEHOLDER.findall(mid)) == sorted(PLACEHOLDER.findall(m.string)), mid  # type: ignore[attr-defined]


def test_script_strings_are_extracted_and_translated() -> None:
    pot = _pot()
    zh = translations("zh")
    for table in (strings.CONSOLE, strings.WIDGET):
        for key, msgid in table.items():
            assert msgid in pot, key
            assert zh.gettext(msgid) != msgid or msgid in ("VIP", "Telegram"), key
    assert strings.translated(strings.WIDGET, zh.gettext)["status.waiting"] == "正在等待客服"


def test_catalogs_compile_in_memory() -> None:
    assert translations("zh").gettext("Sign in") == "登录"
    assert translations("en").gettext("Sign in") == "Sign in"
    assert translations("fr").gettext("Sign in") == "Sign in"


@pytest.mark.parametrize(
    ("explicit", "header", "expected"),
    [
        ("zh", "en-US,en;q=0.9", "zh"),  # an explicit choice wins
        ("en", "zh-CN", "en"),
        ("ZH_cn", None, "zh"),  # any case, _ or -
        ("zh-Hant-TW", None, "zh"),
        ("fr", "zh-CN,zh;q=0.9", "zh"),  # unsupported explicit: fall back to the header
        ("", "zh-CN", "zh"),
        (None, "zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        (None, "en-GB,en;q=0.9,zh;q=0.8", "en"),
        (None, "fr-FR,fr;q=0.9,zh;q=0.5,en;q=0.4", "zh"),  # best we support, by q
        (None, "en;q=0.3, zh;q=0.7", "zh"),  # q beats order
        (None, "zh, en", "zh"),  # equal q: header order
        (None, "en, zh", "en"),
        (None, "zh;q=0, en;q=0.1", "en"),  # q=0 means "not this one"
        (None, "zh;q=0", "en"),
        (None, "zh;q=abc,en;q=0.5", "en"),  # a broken q counts as 0
        (None, "zh; q=0.8", "zh"),
        (None, "*", "en"),
        (None, "de-DE", "en"),
        (None, "", "en"),
        (None, None, "en"),
        (None, " , ;q=1, zh-TW", "zh"),
    ],
)
def test_negotiate(explicit: str | None, header: str | None, expected: str) -> None:
    assert negotiate(explicit, header) == expected


def test_supported() -> None:
    assert supported("zh-CN") == "zh"
    assert supported("EN") == "en"
    assert supported("pt-BR") is None
    assert supported(None) is None
    assert supported("") is None


async def _get(path: str, **headers: str) -> httpx.Response:
    from hashdesk.web.app import create_app

    app = create_app(Settings(env="test"), run_jobs=False)
    transport = httpx.ASGITransport(app=app)  # no lifespan: these pages need no runtime
    async with httpx.AsyncClient(transport=transport, base_url="http://desk.test") as client:
        return await client.get(path, headers=headers)


async def test_pages_follow_query_cookie_and_accept_language() -> None:
    r = await _get("/console/login", **{"accept-language": "zh-CN,zh;q=0.9"})
    assert r.headers["content-language"] == "zh" and "登录客服控制台" in r.text
    assert '<html lang="zh-CN">' in r.text
    r = await _get("/console/login?lang=en", **{"accept-language": "zh-CN"})
    assert r.headers["content-language"] == "en" and "Sign in to the agent console" in r.text
    r = await _get("/console/login?lang=zh")
    assert "hd_lang=zh" in r.headers["set-cookie"]  # the console remembers a switch
    r = await _get("/console/login", cookie="hd_lang=zh", **{"accept-language": "en"})
    assert r.headers["content-language"] == "zh"
    r = await _get("/widget", **{"accept-language": "zh-TW"})
    block = re.search(r'<script type="application/json" id="i18n">(.*?)</script>', r.text, re.S)
    assert block is not None  # the scripts' strings, as data (the CSP allows no inline code)
    assert json.loads(block.group(1))["status.waiting"] == "正在等待客服"
    r = await _get("/widget", cookie="hd_lang=zh")
    assert r.headers["content-language"] == "en"  # the remembered choice is the console's only
