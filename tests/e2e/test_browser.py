"""The console and the widget in headless Chromium against a real `hashdesk serve`.

A customer chats from the demo exchange page while an agent works the case in the console
(en, then zh); customer-provided text must stay inert (XSS), and no page may trip the CSP.
Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest
from pydantic import SecretStr

from hashdesk.config import DEMO_CUSTOMER_JWT_SECRET, Settings
from hashdesk.demo import DEMO_AGENTS
from hashdesk.desk.identity import issue_customer_jwt
from tests.conftest import IN_CI

from .server import LiveServer

playwright_api = pytest.importorskip("playwright.async_api")
async_playwright = playwright_api.async_playwright
expect = playwright_api.expect
Browser = playwright_api.Browser
BrowserContext = playwright_api.BrowserContext
Page = playwright_api.Page

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("HASHDESK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_MS = 10_000
XSS_PAYLOADS = (
    "<img src=x onerror=window.__xss=1>",
    "<script>window.__xss=1</script>",
    '"><svg onload=window.__xss=1>',
)
# Collects CSP violations in every frame (init scripts are not subject to the page's CSP).
CSP_LISTENER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def agent(email_prefix: str) -> Any:
    return next(a for a in DEMO_AGENTS if a.email.startswith(email_prefix + "@"))


@dataclass
class Watch:
    """Console errors, page errors and CSP violations of every page we open."""

    problems: list[str] = field(default_factory=list)

    def attach(self, page: Any, name: str) -> None:
        def on_console(msg: Any) -> None:
            text = msg.text
            if msg.type == "error" and ("Content Security Policy" in text or "Refused to" in text):
                self.problems.append(f"{name}: CSP: {text}")
            elif msg.type == "error" and "Failed to load resource" not in text:
                # (HTTP errors the flow expects, like the blocked reply's 422, are asserted
                # where they happen.)
                self.problems.append(f"{name}: console error: {text}")

        page.on("console", on_console)
        page.on("pageerror", lambda exc: self.problems.append(f"{name}: page error: {exc}"))

    async def check_csp_events(self, page: Any, name: str) -> None:
        for frame in page.frames:
            try:
                seen = await frame.evaluate("window.__csp || []")
            except Exception:  # noqa: BLE001 - a frame that navigated away
                continue
            self.problems.extend(f"{name}: securitypolicyviolation: {v}" for v in seen)


@pytest.fixture(scope="module")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        msg = f"{CHROMIUM} is missing (apt-get install chromium)"
        if IN_CI:
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return CHROMIUM


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Any]:
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            await b.close()


@pytest.fixture
def shots(artifacts_dir: Path) -> Path:
    d = artifacts_dir / "screenshots"
    d.mkdir(parents=True, exist_ok=True)
    return d


async def new_page(
    browser: Any,
    watch: Watch,
    name: str,
    *,
    locale: str = "en-US",
    width: int = 1366,
    height: int = 860,
) -> Any:
    ctx = await browser.new_context(
        locale=locale, viewport={"width": width, "height": height}, timezone_id="UTC"
    )
    await ctx.add_init_script(CSP_LISTENER)
    ctx.set_default_timeout(TIMEOUT_MS)
    page = await ctx.new_page()
    watch.attach(page, name)
    return page


async def sign_in(
    page: Any, base: str, email_prefix: str, *, lang: str = "en", screenshot: Path | None = None
) -> None:
    a = agent(email_prefix)
    await page.goto(f"{base}/console/login?lang={lang}")
    await page.fill("#email", a.email)
    await page.fill("#password", a.password)
    await page.fill("#otp", pyotp.TOTP(a.totp_secret).now())
    if screenshot is not None:
        await page.screenshot(path=str(screenshot))
    await page.click("#login-submit")
    await expect(page).to_have_url(re.compile(r"/console/?$"))
    await expect(page.locator("#conn")).to_have_attribute("data-state", "live")


async def open_widget(page: Any, base: str, path: str = "/") -> tuple[Any, Any]:
    await page.goto(base + path)
    await page.click(".hashdesk-launcher")
    chat = page.frame_locator("iframe[name=hashdesk-chat]")
    await expect(chat.locator("#text")).to_be_visible()
    frame = page.frame(name="hashdesk-chat")
    assert frame is not None
    return chat, frame


async def customer_says(chat: Any, text: str) -> None:
    box = chat.locator("#text")
    await box.fill(text)
    await box.press("Enter")
    await expect(
        chat.locator(".msg.customer:not(.pending) .bubble", has_text=text[:20])
    ).to_have_count(1)


async def ask_for_person(chat: Any) -> None:
    """The customer presses "Talk to a person": the assistant hands the chat to the queue."""
    await chat.locator("#handoff").click()
    await expect(chat.locator("#status")).to_have_attribute("data-status", "waiting")


async def conversation_id(frame: Any) -> str:
    cid = await frame.evaluate(
        "(JSON.parse(localStorage.getItem('hashdesk.widget.v1') || 'null') || {}).id || ''"
    )
    assert cid, "the widget did not store its conversation"
    return str(cid)


async def work_case(
    console: Any,
    chat: Any,
    conv: str,
    *,
    reply: str,
    shot_queue: Path | None,
    shot_case: Path | None,
    blocked_reply: str | None = None,
    shot_blocked: Path | None = None,
    escalate_reason: str | None = None,
    resolve: bool = True,
) -> None:
    """The agent sees the case arrive live, opens it, claims it, replies, resolves."""
    row = console.locator(f'#rows tr[data-conversation="{conv}"]')
    await expect(row).to_be_visible()  # arrived over the agent stream, no reload
    if shot_queue is not None:
        await console.screenshot(path=str(shot_queue))
    await row.locator("a.case-link").click()
    await expect(console).to_have_url(re.compile(r"/console/cases/"))
    await expect(console.locator("#messages .msg.m-customer")).not_to_have_count(0)
    await console.click("#claim")
    await expect(console.locator("#claim")).to_be_hidden()
    await expect(chat.locator("#status")).to_have_attribute("data-status", "open")

    if blocked_reply is not None:
        await console.fill("#reply-text", blocked_reply)
        await console.press("#reply-text", "Enter")
        err = console.locator("#reply-error")
        await expect(err).to_be_visible()
        await expect(err).to_have_attribute("data-code", "secret_request_blocked")
        await expect(chat.locator(".msg.agent")).to_have_count(0)  # nothing reached the customer
        if shot_blocked is not None:
            await console.screenshot(path=str(shot_blocked))

    await console.fill("#reply-text", reply)
    await console.press("#reply-text", "Enter")
    await expect(console.locator("#messages .msg.m-agent .msg-text", has_text=reply)).to_have_count(
        1
    )
    await expect(chat.locator(".msg.agent .bubble", has_text=reply)).to_have_count(1)  # live
    await expect(console.locator("#reply-error")).to_be_hidden()
    if escalate_reason is not None:
        await console.click("#escalate-open")
        await console.select_option("#escalate-to", "supervisor")
        await console.fill("#escalate-reason", escalate_reason)
        await console.click("#escalate-submit")
        note = console.locator("#messages .msg.internal .msg-text", has_text=escalate_reason)
        await expect(note).to_have_count(1)
        await expect(console.locator("#case-badges .escalated")).to_be_visible()
        await expect(chat.locator(".msg", has_text=escalate_reason)).to_have_count(0)
    if shot_case is not None:
        await console.screenshot(path=str(shot_case))
    if resolve:
        await console.click("#resolve")
        await expect(console.locator("#case-badges .st-resolved")).to_be_visible()
        await expect(chat.locator("#status")).to_have_attribute("data-status", "resolved")


@contextmanager
def operator_site(html: str) -> Iterator[str]:
    """An operator's own page on another origin (a second port), embedding the widget."""
    body = html.encode()

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


async def test_customer_and_agent_chat_live_en_and_zh(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    base = live_server.url
    watch = Watch()
    console = await new_page(browser, watch, "console")
    await sign_in(console, base, "mei", screenshot=shots / "console-login.png")
    await expect(console.locator("#me-name")).to_have_text("Mei Lin")

    # --- English: a customer on the demo exchange page ---------------------------------
    customer = await new_page(browser, watch, "widget-en", width=1280, height=820)
    chat, frame = await open_widget(customer, base)
    await expect(chat.locator("#send")).to_have_text("Send")
    text_en = (
        "My USDT withdrawal has been pending for 3 hours. TxID "
        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 to address "
        "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"
    )
    await customer_says(chat, text_en)
    await expect(chat.locator(".msg.assistant:not(.welcome)")).to_have_count(1)
    await ask_for_person(chat)
    conv = await conversation_id(frame)
    await work_case(
        console,
        chat,
        conv,
        reply="Thanks, I can see the transaction on chain. Checking with our wallet team now.",
        blocked_reply="To verify your account please send me your seed phrase.",
        shot_queue=shots / "console-queue.png",
        shot_case=shots / "console-case.png",
        shot_blocked=shots / "console-case-blocked.png",
        resolve=False,
    )
    # The evidence panel shows what triage found, with validity.
    evidence = console.locator("#evidence-rows li")
    await expect(evidence).to_have_count(2)
    await expect(evidence.first.locator(".valid-yes")).to_be_visible()
    await customer.screenshot(path=str(shots / "widget-en.png"))
    await console.click("#resolve")
    await expect(chat.locator("#status")).to_have_attribute("data-status", "resolved")

    # A reload continues the same conversation (id + token in localStorage).
    await customer.reload()
    chat = customer.frame_locator("iframe[name=hashdesk-chat]")
    await expect(chat.locator(".msg.agent .bubble")).to_have_count(1)
    await expect(chat.locator(".msg.customer .bubble")).to_have_count(1)

    # --- Chinese: browser language zh-CN, console switched with ?lang=zh --------------
    await console.goto(f"{base}/console?lang=zh")
    await expect(console.locator("h1")).to_have_text("工单队列")
    await expect(console.locator("#conn")).to_have_attribute("data-state", "live")
    customer_zh = await new_page(
        browser, watch, "widget-zh", locale="zh-CN", width=1280, height=820
    )
    chat_zh, frame_zh = await open_widget(customer_zh, base)
    await expect(chat_zh.locator("#send")).to_have_text("发送")
    await customer_says(
        chat_zh, "我的提现已经三个小时了还没有到账，订单号 W20240518-7731，请帮忙查一下。"
    )
    await ask_for_person(chat_zh)
    conv_zh = await conversation_id(frame_zh)
    assert conv_zh != conv
    await work_case(
        console,
        chat_zh,
        conv_zh,
        reply="您好，我们已经在核查这笔提现，请稍候。",
        escalate_reason="提现需要钱包团队人工核查",
        shot_queue=shots / "console-zh.png",
        shot_case=shots / "console-case-zh.png",
    )
    await expect(chat_zh.locator("#status-text")).to_contain_text("已解决")
    await customer_zh.screenshot(path=str(shots / "widget-zh.png"))

    for page, name in ((console, "console"), (customer, "widget-en"), (customer_zh, "widget-zh")):
        await watch.check_csp_events(page, name)
    assert watch.problems == []


async def test_customer_text_stays_inert_and_no_csp_violations(
    live_server: LiveServer, browser: Any, shots: Path
) -> None:
    base = live_server.url
    name = " ".join(XSS_PAYLOADS)
    settings = Settings(env="test", customer_jwt_secret=SecretStr(DEMO_CUSTOMER_JWT_SECRET))
    token = issue_customer_jwt(
        settings, "acct-xss-1", now=datetime.now(UTC), name=name, email="xss@example.com"
    )
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        r = await http.post(
            "/api/v1/conversations",
            json={"channel": "web", "text": "Hello " + XSS_PAYLOADS[0], "lang": "en"},
            headers={"authorization": f"Bearer {token}"},
        )
        assert r.status_code == 201, r.text
        opened = r.json()
        for i, payload in enumerate(XSS_PAYLOADS[1:]):
            r = await http.post(
                f"/api/v1/conversations/{opened['id']}/messages",
                json={"text": payload, "client_id": f"xss-{i}"},
                headers={"authorization": f"Bearer {opened['token']}"},
            )
            assert r.status_code == 201, r.text
        # The demo-customer route exists only on demo installs.
        assert (await http.get("/demo/customer-token", params={"as": "alice"})).status_code == 404

    watch = Watch()
    console = await new_page(browser, watch, "console-xss")
    await sign_in(console, base, "lead")
    row = console.locator(f'#rows tr[data-conversation="{opened["id"]}"]')
    await expect(row).to_be_visible()
    await row.locator("a.case-link").click()
    await expect(console.locator("#cu-name")).to_have_text(name)
    texts = console.locator("#messages .msg.m-customer .msg-text")
    await expect(texts).to_have_count(3)
    await expect(texts.nth(0)).to_have_text("Hello " + XSS_PAYLOADS[0])
    await expect(texts.nth(1)).to_have_text(XSS_PAYLOADS[1])
    await expect(texts.nth(2)).to_have_text(XSS_PAYLOADS[2])
    await expect(console.locator("#messages .msg.m-customer .msg-author").first).to_have_text(name)
    await console.screenshot(path=str(shots / "console-xss.png"))

    # The widget renders the same kind of text as text, too.
    customer = await new_page(browser, watch, "widget-xss")
    chat, frame = await open_widget(customer, base)
    for payload in XSS_PAYLOADS:
        await customer_says(chat, payload)

    for page in (console, customer):
        for f in page.frames:
            assert await f.evaluate("typeof window.__xss") == "undefined"
            assert (
                await f.evaluate("document.querySelectorAll('img[src=\"x\"], svg[onload]').length")
                == 0
            )
    # Visit the remaining pages once so every page is checked for CSP violations.
    for path, ready in (
        ("/console", "#conn[data-state=live]"),
        ("/widget/snippet", "pre.snippet"),
        ("/?lang=zh", ".hashdesk-launcher"),
    ):
        await console.goto(base + path)
        await expect(console.locator(ready).first).to_be_visible()
    for page, pname in ((console, "console"), (customer, "widget")):
        await watch.check_csp_events(page, pname)
    assert watch.problems == []


async def test_widget_retries_and_reconnects_without_loss_or_duplicates(
    live_server: LiveServer, browser: Any
) -> None:
    """On an operator's own page (another origin) the embed snippet works; a lost response
    is retried with the same client_id (stored once); a dropped stream reconnects with
    after=<last id> and shows what it missed, once."""
    base = live_server.url
    watch = Watch()
    page = await new_page(browser, watch, "widget-retry")
    streams: dict[str, Any] = {"down": False, "open": [], "urls": []}

    async def stream_route(ws: Any) -> None:
        streams["urls"].append(ws.url)
        if streams["down"]:
            await ws.close(code=1011, reason="test: server unreachable")
            return
        ws.connect_to_server()
        streams["open"].append(ws)

    await page.route_web_socket(re.compile(r".*/api/v1/conversations/[^/]+/stream.*"), stream_route)
    snippet = f'<script src="{base}/widget/embed.js" async data-brand="Example Shop"></script>'
    with operator_site(f"<!doctype html><title>Example shop</title><h1>Shop</h1>{snippet}") as shop:
        chat, frame = await open_widget(page, shop)
    assert frame.url.startswith(f"{base}/widget?")  # from the script's own URL, not the page's
    await expect(chat.locator(".chat-name")).to_have_text("Example Shop Support")
    await customer_says(chat, "My deposit of 250 USDT has not arrived yet.")
    conv = await conversation_id(frame)

    # The next POST reaches the server, but its answer is lost on the way back.
    lost: list[str] = []

    async def lose_first_answer(route: Any) -> None:
        if not lost:
            lost.append(route.request.post_data or "")
            await route.fetch()  # the server stores the message…
            await route.abort("connectionreset")  # …and the widget never hears back
        else:
            await route.continue_()

    await frame.page.route(
        re.compile(rf".*/api/v1/conversations/{conv}/messages$"), lose_first_answer
    )
    await customer_says(chat, "Are you still there?")
    assert len(lost) == 1

    a = agent("sam")
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        r = await http.post(
            "/api/v1/auth/login",
            json={"email": a.email, "password": a.password, "otp": pyotp.TOTP(a.totp_secret).now()},
        )
        assert r.status_code == 200, r.text
        auth = {"authorization": f"Bearer {r.json()['token']}"}
        cases = (await http.get("/api/v1/cases?status=assistant,waiting", headers=auth)).json()[
            "cases"
        ]
        case = next(c for c in cases if c["conversation_id"] == conv)
        # Drop the stream and keep it down while the agent answers twice.
        streams["down"] = True
        for ws in streams["open"]:
            await ws.close(code=1012, reason="test: drop")
        await expect(chat.locator("#status")).to_have_attribute("data-status", "reconnecting")
        for i in (1, 2):
            r = await http.post(
                f"/api/v1/cases/{case['id']}/messages",
                json={"text": f"Answer {i} while you were offline"},
                headers=auth,
            )
            assert r.status_code == 201, r.text
        streams["down"] = False
        await expect(chat.locator(".msg.agent")).to_have_count(2)
        await expect(chat.locator(".msg.agent .bubble").nth(1)).to_have_text(
            "Answer 2 while you were offline"
        )
        await expect(chat.locator("#status")).not_to_have_attribute("data-status", "reconnecting")
        assert all("after=" in u for u in streams["urls"])

        token = await frame.evaluate("JSON.parse(localStorage.getItem('hashdesk.widget.v1')).token")
        r = await http.get(
            f"/api/v1/conversations/{conv}/messages", headers={"authorization": f"Bearer {token}"}
        )
        texts = [m["text"] for m in r.json()["messages"] if m["author"] == "customer"]
        assert texts.count("Are you still there?") == 1
    await expect(
        chat.locator(".msg.customer .bubble", has_text="Are you still there?")
    ).to_have_count(1)
    await expect(chat.locator(".msg.pending")).to_have_count(0)
    await watch.check_csp_events(page, "widget-retry")
    assert watch.problems == []
