"""The assistant, the help center, "Is this really us?" and four-eyes approvals in headless
Chromium against a real `hashdesk serve` (helpers from test_browser.py).

Screenshots go to test-artifacts/screenshots/ (assistant-*, kb-*, verify-*, console-*).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from hashdesk.config import DEMO_CUSTOMER_JWT_SECRET, Settings
from hashdesk.desk.identity import issue_customer_jwt

from . import test_browser as base_tests
from .server import LiveServer
from .test_browser import (
    Watch,
    conversation_id,
    customer_says,
    expect,
    new_page,
    open_widget,
    sign_in,
)

pytestmark = pytest.mark.browser

# The browser fixtures of test_browser.py, shared by name.
chromium = base_tests.chromium
browser = base_tests.browser
shots = base_tests.shots

TXID = "0x" + "7a3f" * 16


async def test_assistant_answers_from_kb_asks_for_txid_and_hands_off_zh(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    """Issue 5: a Chinese-speaking customer asks about a missing USDT deposit; the assistant
    cites the help-center article, asks for the TxID when it did not help, and hands the
    chat to Mei (online, speaks zh) with the TxID in evidence and its notes on the case."""
    base = live_server.url
    watch = Watch()
    console = await new_page(browser, watch, "console-zh")
    await sign_in(console, base, "mei", lang="zh")  # the agent stream marks her online

    customer = await new_page(browser, watch, "widget-zh", locale="zh-CN", width=1280, height=900)
    chat, frame = await open_widget(customer, base)
    await expect(chat.locator("#send")).to_have_text("发送")
    replies = chat.locator(".msg.assistant:not(.welcome)")

    await customer_says(chat, "我充值的USDT一直没到账")
    await expect(replies).to_have_count(1)
    link = replies.nth(0).locator('a.kb-link[href^="/kb/zh/"]')
    await expect(link).to_have_count(1)  # the cited article, as a link
    assert await link.get_attribute("target") == "_blank"
    assert "noopener" in (await link.get_attribute("rel") or "")
    await customer.screenshot(path=str(shots / "assistant-widget-zh-article.png"))

    await customer_says(chat, "没用，还是没到账")
    await expect(replies).to_have_count(2)
    await expect(replies.nth(1)).to_contain_text("TxID")

    await customer_says(chat, f"TxID 是 {TXID}")
    await expect(chat.locator("#status")).to_have_attribute("data-status", "waiting")
    await expect(replies).to_have_count(3)
    await customer.screenshot(path=str(shots / "assistant-widget-zh.png"))
    conv = await conversation_id(frame)

    # The article opens in a new tab, on this desk.
    async with customer.context.expect_page() as opened:
        await link.click()
    article = await opened.value
    await expect(article.locator("#article-title")).to_be_visible()
    assert article.url.startswith(f"{base}/kb/zh/")
    await article.close()

    # Mei's queue shows the case under Waiting, live; the case page shows TxID and notes.
    row = console.locator(f'#rows tr[data-conversation="{conv}"]')
    await expect(row).to_be_visible()
    await expect(console.locator('#tabs [data-tab="waiting"]')).to_have_class(re.compile("active"))
    await expect(row.locator(".col-customer")).to_have_text("匿名访客")
    await expect(row.locator(".col-channel")).to_have_text("网页聊天")
    await row.locator("a.case-link").click()
    await expect(console).to_have_url(re.compile(r"/console/cases/"))
    await expect(console.locator("#evidence-rows .ev-value", has_text=TXID)).to_have_count(1)
    notes = console.locator("#summary-panel")
    await expect(notes).to_be_visible()
    await expect(notes.locator("#d-summary")).to_contain_text("Handed off")
    await expect(notes.locator("#d-summary")).to_contain_text(TXID[:20])
    await expect(
        console.locator('#messages .msg.m-assistant a.kb-link[href^="/kb/zh/"]')
    ).to_have_count(1)
    await console.screenshot(path=str(shots / "assistant-case-zh.png"))

    for page, name in ((console, "console-zh"), (customer, "widget-zh")):
        await watch.check_csp_events(page, name)
    assert watch.problems == []


async def _reports_endpoint_exists(base: str) -> bool:
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        spec = (await http.get("/openapi.json")).json()
    return "post" in spec.get("paths", {}).get("/api/v1/reports", {})


async def test_verify_page_official_impersonation_and_report(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    base = live_server.url
    watch = Watch()
    page = await new_page(browser, watch, "verify", height=1000)
    await page.goto(f"{base}/")
    await page.click("#nav-verify")  # linked from the demo exchange's header
    await expect(page).to_have_url(re.compile(r"/verify\?lang=en$"))
    channels = page.locator("#channels")
    await expect(channels).to_contain_text("hashport-exchange.com")
    await expect(channels).to_contain_text("@HashportSupport")
    await expect(page.locator(".never-list li")).to_have_count(6)

    box = page.locator("#verdict")
    await page.fill("#verify-value", "https://hashport-exchange.com/login")
    await page.click("#verify-submit")
    await expect(box).to_have_attribute("data-verdict", "official")
    await expect(page.locator("#verdict-title")).to_have_text("Official")
    await expect(page.locator("#report")).to_be_hidden()

    await page.fill("#verify-value", "hashp0rt-exchange.com")
    await page.press("#verify-value", "Enter")
    await expect(box).to_have_attribute("data-verdict", "impersonation")
    await expect(page.locator("#verdict-title")).to_have_text("Impersonation")
    await expect(page.locator("#verdict-resembles")).to_have_text("hashport-exchange.com")
    await expect(page.locator("#verdict-reason")).to_contain_text("hashport-exchange.com")
    await expect(page).to_have_url(re.compile(r"value=hashp0rt-exchange\.com"))
    await page.screenshot(path=str(shots / "verify-impersonation.png"))

    if await _reports_endpoint_exists(base):
        await page.click("#report-open")
        await page.fill("#report-where", "A Telegram group")
        await page.fill("#report-details", "They asked me to log in to claim an airdrop.")
        await page.click("#report-submit")
        done = page.locator("#report-done")
        await expect(done).to_be_visible()
        report_id = await done.get_attribute("data-report-id")
        assert report_id
        await expect(done).to_contain_text(report_id)
        await page.screenshot(path=str(shots / "verify-reported.png"))

    # Chinese, the value carried over by the language switch.
    await page.click('.lang a[lang="zh-CN"]')
    await expect(page.locator("h1")).to_have_text("真的是我们吗？")
    await expect(box).to_have_attribute("data-verdict", "impersonation")
    await expect(page.locator("#verdict-title")).to_have_text("冒充")
    await page.screenshot(path=str(shots / "verify-zh.png"))
    await watch.check_csp_events(page, "verify")
    assert watch.problems == []
    if not await _reports_endpoint_exists(base):
        pytest.skip("POST /api/v1/reports does not exist yet: the report part was not run")


async def test_kb_pages_render_and_open_the_chat(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    base = live_server.url
    watch = Watch()
    page = await new_page(browser, watch, "kb", locale="zh-CN", height=1000)
    await page.goto(f"{base}/kb/zh/deposit-not-credited")
    await expect(page.locator("#article-title")).to_have_text("充值未到账怎么办")
    await expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    await expect(page.locator(".article-body h2").first).to_be_visible()  # Markdown rendered
    other = page.locator("#other-lang-en")
    await expect(other).to_have_attribute("href", "/kb/en/deposit-not-credited")
    await expect(page.locator(".article-meta time")).to_have_attribute(
        "datetime", re.compile(r"\d")
    )
    await page.screenshot(path=str(shots / "kb-article-zh.png"), full_page=True)

    # "Still need help? Chat with us" opens the widget on the page, in the page's language.
    await page.click("[data-open-chat]")
    chat = page.frame_locator("iframe[name=hashdesk-chat]")
    await expect(chat.locator("#send")).to_have_text("发送")

    await other.click()
    await expect(page.locator("#article-title")).to_have_text("My crypto deposit has not arrived")

    # The index: categories, and search with the knowledge base's retrieval.
    await page.goto(f"{base}/kb?lang=en")
    await expect(page.locator(".category").first).to_be_visible()
    if await page.locator(".hashdesk-launcher[aria-expanded=true]").count():
        await page.click(".hashdesk-launcher")  # the chat stays open across pages: close it
    await page.fill("#kb-q", "my withdrawal is stuck in review")
    await page.press("#kb-q", "Enter")
    results = page.locator("#results .result-title")
    await expect(results.first).to_be_visible()
    assert "/kb/en/withdrawal-" in (await results.first.get_attribute("href") or "")
    await page.screenshot(path=str(shots / "kb-index.png"), full_page=True)
    r = await page.goto(f"{base}/kb/en/no-such-article")
    assert r is not None and r.status == 404
    await watch.check_csp_events(page, "kb")
    assert watch.problems == []


async def test_sensitive_action_needs_a_second_supervisor(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    """Sam asks for a 2FA reset from the case; Grace (supervisor) approves it on the
    Approvals page; her own request she cannot approve (the server's refusal is shown)."""
    base = live_server.url
    settings = Settings(env="test", customer_jwt_secret=SecretStr(DEMO_CUSTOMER_JWT_SECRET))
    token = issue_customer_jwt(
        settings, "acct-4eyes-1", now=datetime.now(UTC), name="Lena Fischer", tier="vip"
    )
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        r = await http.post(
            "/api/v1/conversations",
            json={"channel": "app", "text": "How are trading fees calculated?", "lang": "en"},
            headers={"authorization": f"Bearer {token}"},
        )
        assert r.status_code == 201, r.text
        conv = r.json()["id"]

    watch = Watch()
    sam = await new_page(browser, watch, "console-sam")
    await sign_in(sam, base, "sam")
    row = sam.locator(f'#rows tr[data-conversation="{conv}"]')
    await sam.click('#tabs [data-tab="assistant"]')
    await expect(row).to_be_visible()
    await expect(row.locator(".col-customer")).to_contain_text("Lena Fischer")
    await expect(row.locator(".col-customer .badge.vip")).to_be_visible()
    await expect(row.locator(".col-channel")).to_have_text("In-app chat")
    await sam.screenshot(path=str(shots / "console-queue-assistant.png"))
    await row.locator("a.case-link").click()
    await expect(sam.locator("#action-open")).to_be_enabled()

    # An internal note, then the request.
    await sam.click("#mode-note")
    await sam.fill("#reply-text", "Customer verified by video call.")
    await sam.press("#reply-text", "Enter")
    await expect(
        sam.locator("#messages .msg.internal .msg-text", has_text="verified by video")
    ).to_have_count(1)
    await sam.click("#action-open")
    await sam.select_option("#action-kind", "reset_2fa")
    await sam.fill("#action-reason", "Lost phone; identity checked by video call.")
    await sam.click("#action-submit")
    await expect(sam.locator("#actions-rows li[data-status=pending]")).to_have_count(1)

    lead = await new_page(browser, watch, "console-lead")
    await sign_in(lead, base, "lead")
    await expect(lead.locator("#nav-approvals")).to_be_visible()
    await lead.goto(f"{base}/console/cases/{await _case_id(sam)}")
    await lead.click("#action-open")
    await lead.select_option("#action-kind", "freeze_account")
    await lead.fill("#action-reason", "Precaution while 2FA is reset.")
    await lead.click("#action-submit")
    await expect(lead.locator("#actions-rows li[data-status=pending]")).to_have_count(2)

    await lead.click("#nav-approvals")
    cards = lead.locator("#approvals .approval")
    await expect(cards).to_have_count(2)
    own = cards.filter(has_text="Precaution while 2FA is reset.")
    await own.locator("[data-decide=approve]").click()
    await expect(own.locator(".alert.error")).to_have_attribute("data-code", "four_eyes")
    theirs = cards.filter(has_text="Lost phone")
    await theirs.locator("textarea").fill("Checked the recording.")
    await lead.screenshot(path=str(shots / "console-approvals.png"))
    await theirs.locator("[data-decide=approve]").click()
    await expect(cards).to_have_count(1)
    await lead.click('#tabs [data-tab="decided"]')
    await expect(lead.locator("#approvals .approval[data-status=approved]")).to_have_count(1)

    await lead.click("#nav-audit")
    await expect(lead.locator('#audit-rows tr[data-action="action.approved"]')).not_to_have_count(0)
    await lead.screenshot(path=str(shots / "console-audit.png"))
    await expect(sam.locator("#actions-rows li[data-status=approved]")).to_have_count(1)
    for page, name in ((sam, "console-sam"), (lead, "console-lead")):
        await watch.check_csp_events(page, name)
    assert watch.problems == []


async def _case_id(page: Any) -> str:
    return str(await page.locator("#case").get_attribute("data-case-id"))


async def test_widget_reports_an_impersonator(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    """Without a conversation the report opens one (POST /api/v1/reports) that the widget
    continues; a second report goes into it (POST /conversations/{id}/report)."""
    base = live_server.url
    watch = Watch()
    page = await new_page(browser, watch, "widget-report", width=1280, height=900)
    chat, frame = await open_widget(page, base)
    await expect(chat.locator("#verify-link")).to_have_attribute("href", "/verify?lang=en")
    await chat.locator("#report-open").click()
    await chat.locator("#report-value").fill("t.me/HashportSupp0rt")
    await chat.locator("#report-where").fill("A Telegram DM")
    await chat.locator("#report-submit").click()
    await expect(chat.locator("#report-form")).to_be_hidden()
    await expect(chat.locator("#note")).to_have_text(
        "Thank you — our security team has your report."
    )
    verdicts = chat.locator(".msg.assistant:not(.welcome) .bubble")
    await expect(verdicts).to_have_count(1)
    await expect(verdicts.first).to_contain_text("@HashportSupport")
    conv = await conversation_id(frame)

    await chat.locator("#report-open").click()
    await chat.locator("#report-value").fill("hashp0rt-exchange.com")
    await chat.locator("#report-submit").click()
    await expect(verdicts).to_have_count(2)
    assert await conversation_id(frame) == conv  # the same conversation
    await page.screenshot(path=str(shots / "widget-report.png"))
    await watch.check_csp_events(page, "widget-report")
    assert watch.problems == []
