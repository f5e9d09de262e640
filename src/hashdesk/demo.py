"""The demo exchange ("Hashport", fictional): agents with TOTP secrets and demo customers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyotp
from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url

from .config import Settings

BRAND = "Hashport"


@dataclass(frozen=True)
class DemoAgent:
    email: str
    name: str
    role: str
    teams: tuple[str, ...]
    languages: tuple[str, ...]
    password: str
    totp_secret: str


# Fixed demo credentials: printed on `make run`, refused by nothing because they are only
# ever created by `hashdesk demo` on a demo install.
DEMO_AGENTS = (
    DemoAgent(
        "mei@hashport-exchange.com",
        "Mei Lin",
        "agent",
        ("support",),
        ("en", "zh"),
        "demo-agent-pass-1",
        "JBSWY3DPEHPK3PXPJBSWY3DP",
    ),
    DemoAgent(
        "sam@hashport-exchange.com",
        "Sam Carter",
        "agent",
        ("support", "vip"),
        ("en",),
        "demo-agent-pass-2",
        "KRSXG5CTMVRXEZLUKRSXG5CT",
    ),
    DemoAgent(
        "ivan@hashport-exchange.com",
        "Ivan Petrov",
        "agent",
        ("security",),
        ("en", "ru"),
        "demo-agent-pass-3",
        "MFRGGZDFMZTWQ2LKMFRGGZDF",
    ),
    DemoAgent(
        "ana@hashport-exchange.com",
        "Ana Souza",
        "agent",
        ("compliance",),
        ("en", "pt", "es"),
        "demo-agent-pass-4",
        "ONSWG4TFOQYTEMZUONSWG4TF",
    ),
    DemoAgent(
        "lead@hashport-exchange.com",
        "Grace Hopper",
        "supervisor",
        ("support",),
        ("en", "zh"),
        "demo-super-pass-5",
        "GEZDGNBVGY3TQOJQGEZDGNBV",
    ),
)


@dataclass(frozen=True)
class DemoCustomer:
    key: str
    sub: str
    name: str
    email: str
    tier: str
    lang: str


DEMO_CUSTOMERS = (
    DemoCustomer("alice", "acct-100234", "Alice Nguyen", "alice@example.com", "standard", "en"),
    DemoCustomer("wei", "acct-100871", "王伟", "wei@example.com", "vip", "zh"),
    DemoCustomer("carlos", "acct-101502", "Carlos Ruiz", "carlos@example.com", "standard", "es"),
)


def demo_customer(key: str) -> DemoCustomer | None:
    return next((c for c in DEMO_CUSTOMERS if c.key == key), None)


async def seed(settings: Settings, *, reset: bool = False, quiet: bool = False) -> None:
    from .bootstrap import bootstrap
    from .desk import auth
    from .domain.model import DomainError
    from .store.migrate import upgrade

    url = settings.effective_database_url
    if reset and make_url(url).get_backend_name() == "sqlite":
        db = make_url(url).database
        for suffix in ("", "-wal", "-shm"):
            p = Path(f"{db}{suffix}") if db else None
            if p is not None and p.exists():
                p.unlink()
    upgrade(url)
    runtime = bootstrap(settings, run_jobs=False, serve=False)
    await runtime.start()
    created = []
    try:
        for a in DEMO_AGENTS:
            try:
                await auth.add_agent(
                    runtime.desk,
                    email=a.email,
                    password=a.password,
                    totp_secret=a.totp_secret,
                    role=a.role,
                    name=a.name,
                    teams=list(a.teams),
                    languages=list(a.languages),
                )
                created.append(a.email)
            except DomainError as exc:
                if exc.code != "agent_exists":
                    raise
    finally:
        await runtime.stop()
    if not quiet:
        print_demo(settings)


def print_demo(settings: Settings) -> None:
    console = Console()
    base = settings.base_url
    console.rule(f"[bold]hashdesk demo — {BRAND} (a fictional exchange)")
    t = Table(title="Agents: sign in at " + base + "/console (password + TOTP code)")
    for col in ("e-mail", "role", "teams", "password", "TOTP secret", "code now"):
        t.add_column(col)
    for a in DEMO_AGENTS:
        t.add_row(
            a.email,
            a.role,
            ",".join(a.teams),
            a.password,
            a.totp_secret,
            pyotp.TOTP(a.totp_secret).now(),
        )
    console.print(t)
    c = Table(title="Demo customers: open the exchange page as one of them")
    for col in ("customer", "tier", "lang", "widget URL"):
        c.add_column(col)
    for cu in DEMO_CUSTOMERS:
        c.add_row(f"{cu.name} ({cu.sub})", cu.tier, cu.lang, f"{base}/?as={cu.key}")
    c.add_row("anonymous visitor", "-", "auto", f"{base}/")
    console.print(c)
    console.print(
        f"Console: {base}/console   Widget: {base}/   API docs: {base}/docs   "
        f"Metrics: {base}/metrics"
    )
    console.print(
        "TOTP codes change every 30 s: add the secret to an authenticator app, or run "
        "[bold]python -c \"import pyotp;print(pyotp.TOTP('SECRET').now())\"[/bold]."
    )
