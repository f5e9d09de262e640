"""The `hashdesk` command line."""

from __future__ import annotations

import asyncio
import json
import runpy
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .config import Settings, load_settings

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="hashdesk — the support desk for crypto exchanges.",
)
agents_app = typer.Typer(no_args_is_help=True, help="Manage agents.")
app.add_typer(agents_app, name="agents")
audit_app = typer.Typer(no_args_is_help=True, help="Check and read the audit log.")
app.add_typer(audit_app, name="audit")

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML config file; HASHDESK_* env vars win.")
]


def _settings(config: Path | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config, **{k: v for k, v in overrides.items() if v is not None})
    except (ValueError, OSError) as exc:
        typer.echo(f"error: bad configuration: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command()
def migrate(config: ConfigOpt = None) -> None:
    """Create or upgrade the database schema (Alembic)."""
    from .store.migrate import upgrade

    settings = _settings(config)
    upgrade(settings.effective_database_url)
    typer.echo("database is at the latest schema")


@app.command()
def serve(
    config: ConfigOpt = None,
    host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
    port: Annotated[int | None, typer.Option(help="Listen port.")] = None,
    web_only: Annotated[bool, typer.Option("--web-only", help="No job runner.")] = False,
    workers_only: Annotated[
        bool, typer.Option("--workers-only", help="Only the job runner.")
    ] = False,
    migrate_first: Annotated[
        bool, typer.Option("--migrate/--no-migrate", help="Upgrade the schema first.")
    ] = True,
) -> None:
    """Serve the web app (and, unless --web-only, the job runner) in one process."""
    from . import logs

    settings = _settings(config, host=host, port=port)
    logs.configure(settings.log_level, settings.log_json)
    if migrate_first:
        from .store.migrate import upgrade

        upgrade(settings.effective_database_url)
    if workers_only:
        asyncio.run(_workers(settings))
        return
    import uvicorn

    from .web.app import create_app

    uvicorn.run(
        create_app(settings, run_jobs=not web_only),
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_level=settings.log_level.lower(),
        loop="uvloop",
        http="httptools",
        ws="websockets",
        ws_max_size=256 * 1024,
        timeout_graceful_shutdown=5,
    )


async def _workers(settings: Settings) -> None:
    from .bootstrap import bootstrap
    from .desk import audit

    runtime = bootstrap(settings, run_jobs=True, serve=False)
    await runtime.start()
    await audit.record_configuration(runtime.desk)
    typer.echo("job runner started; Ctrl-C to stop")
    try:
        await asyncio.Event().wait()
    finally:
        await runtime.stop()


@agents_app.command("add")
def agents_add(
    email: str,
    password: Annotated[str, typer.Option(help="At least 10 characters.")],
    totp_secret: Annotated[str, typer.Option("--totp-secret", help="Base32 TOTP secret.")],
    role: Annotated[str, typer.Option(help="agent | supervisor | admin")] = "agent",
    team: Annotated[list[str] | None, typer.Option(help="Team (repeatable).")] = None,
    languages: Annotated[str, typer.Option(help="Comma-separated, e.g. en,zh")] = "en",
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Create an agent who signs in with PASSWORD and TOTP codes from TOTP_SECRET."""
    from .desk import auth
    from .domain.model import DomainError

    settings = _settings(config)

    async def run() -> Any:
        from .bootstrap import bootstrap
        from .store.migrate import upgrade

        upgrade(settings.effective_database_url)
        runtime = bootstrap(settings, run_jobs=False, serve=False)
        await runtime.start()
        try:
            return await auth.add_agent(
                runtime.desk,
                email=email,
                password=password,
                totp_secret=totp_secret,
                role=role,
                name=name,
                teams=team or ["support"],
                languages=[x.strip() for x in languages.split(",") if x.strip()],
            )
        finally:
            await runtime.stop()

    try:
        agent = asyncio.run(run())
    except DomainError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(
        json.dumps(
            {"id": agent.id, "email": agent.email, "role": agent.role, "teams": sorted(agent.teams)}
        )
    )


def _audit_read(settings: Settings, fn: Any) -> Any:
    """Run ``fn(conn)`` in one read transaction (a consistent snapshot of log and head)."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from .store.db import create_sync_engine

    engine = create_sync_engine(settings.effective_database_url, writer=False)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                return fn(conn)
    except (OperationalError, ProgrammingError) as exc:
        typer.echo(f"error: cannot read the audit log ({type(exc).__name__}); migrated?", err=True)
        raise typer.Exit(2) from exc
    finally:
        engine.dispose()


@audit_app.command("verify")
def audit_verify(
    config: ConfigOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Walk the hash chain; report every altered, inserted or removed entry (exit 1 if any)."""
    from .desk.audit import verify

    result = _audit_read(_settings(config), verify)
    head = {"last_id": result.head[0], "hash": result.head[1]} if result.head else None
    if as_json:
        problems = [p.to_public() for p in result.problems]
        typer.echo(
            json.dumps(
                {"ok": result.ok, "entries": result.entries, "head": head, "problems": problems}
            )
        )
    else:
        for p in result.problems:
            typer.echo(f"entry {p.id}: {p.kind}: {p.message}")
        where = f"head #{head['last_id']} {head['hash'][:16]}…" if head else "no head"
        verdict = "intact" if result.ok else f"{len(result.problems)} problem(s)"
        typer.echo(f"audit log: {result.entries} entries, {where}: {verdict}")
    if not result.ok:
        raise typer.Exit(1)


@audit_app.command("tail")
def audit_tail(
    n: Annotated[int, typer.Option("-n", "--lines", min=1, max=10000, help="How many.")] = 20,
    config: ConfigOpt = None,
) -> None:
    """Print the last N audit entries as JSON lines, oldest first."""
    from .store.audit_repo import list_entries

    entries = _audit_read(_settings(config), lambda c: list_entries(c, limit=n))
    for e in reversed(entries):
        typer.echo(json.dumps(e.to_public(), ensure_ascii=False))


@app.command()
def token(
    sub: str,
    email: Annotated[str | None, typer.Option(help="Customer e-mail.")] = None,
    name: Annotated[str | None, typer.Option(help="Customer name.")] = None,
    tier: Annotated[str, typer.Option(help="standard | vip")] = "standard",
    lang: Annotated[str | None, typer.Option(help="Customer language, e.g. zh.")] = None,
    hours: Annotated[float, typer.Option(help="Lifetime in hours.")] = 24.0,
    config: ConfigOpt = None,
) -> None:
    """Print a customer JWT signed like the exchange's back end would (demo and tests)."""
    from datetime import timedelta

    from .desk.clock import utcnow
    from .desk.identity import issue_customer_jwt

    if tier not in ("standard", "vip"):
        typer.echo("error: --tier must be standard or vip", err=True)
        raise typer.Exit(2)
    settings = _settings(config)
    typer.echo(
        issue_customer_jwt(
            settings,
            sub,
            now=utcnow(),
            email=email,
            name=name,
            tier=tier,
            lang=lang,
            ttl=timedelta(hours=hours),
        )
    )


@app.command()
def demo(
    config: ConfigOpt = None,
    reset: Annotated[bool, typer.Option(help="Delete the SQLite demo database first.")] = False,
) -> None:
    """Migrate and seed the demo exchange: agents (with TOTP secrets) and customers."""
    from .demo import seed

    settings = _settings(config)
    asyncio.run(seed(settings, reset=reset))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="chat | triage | …: a module in bench/")],
) -> None:
    """Run a benchmark from the repository's bench/ folder; it prints its figures."""
    root = _repo_root()
    path = root / "bench" / f"{name}.py"
    if not path.is_file():
        names = sorted(p.stem for p in (root / "bench").glob("*.py") if not p.stem.startswith("_"))
        typer.echo(f"error: no benchmark {name!r}; have: {', '.join(names)}", err=True)
        raise typer.Exit(2)
    sys.path.insert(0, str(root))
    module = runpy.run_path(str(path), run_name="hashdesk_bench")
    code = module["main"](list(ctx.args))
    raise typer.Exit(int(code or 0))


def _repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        if (parent / "bench").is_dir() and (parent / "pyproject.toml").is_file():
            return parent
    return Path.cwd()


def _register_plugins() -> None:
    """Commands owned by other packages: triage/train (triage), verify (trust), kb (assistant)."""
    from .assistant.kb import cli as kb_cli
    from .triage import cli as triage_cli
    from .trust import cli as trust_cli

    triage_cli.register(app)
    trust_cli.register(app)
    kb_cli.register(app)


def main() -> None:
    _register_plugins()
    app()


if __name__ == "__main__":
    main()
