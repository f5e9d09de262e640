"""`hashdesk verify`: the official-channel check on the command line.

    hashdesk verify [--registry FILE] VALUE       one JSON object
    hashdesk verify [--registry FILE] --jsonl F   one JSON line per input line {"id","value"}

Without ``--registry`` the file named by ``HASHDESK_REGISTRY_FILE`` is used, else the demo
registry. In ``--jsonl`` mode a bad input line is reported on stderr and skipped; the
command then exits 1 after processing every other line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn

import typer

from hashdesk.trust.registry import Registry, RegistryError, load
from hashdesk.trust.verify import check

REGISTRY_ENV = "HASHDESK_REGISTRY_FILE"


def register(app: typer.Typer) -> None:
    """Add the ``verify`` command to `app`."""
    app.command("verify")(verify_command)


def verify_command(
    value: Annotated[
        str | None, typer.Argument(help="URL, host, e-mail address, @handle or phone number.")
    ] = None,
    registry: Annotated[
        Path | None,
        typer.Option(
            "--registry",
            envvar=REGISTRY_ENV,
            help="Official-channel registry (TOML). Default: $HASHDESK_REGISTRY_FILE, "
            "else the demo registry.",
        ),
    ] = None,
    jsonl: Annotated[
        str | None,
        typer.Option("--jsonl", help='File of {"id", "value"} lines, or - for stdin.'),
    ] = None,
) -> None:
    """Say whether a value is an official channel, an impersonation, or neither."""
    if (value is None) == (jsonl is None):
        _fail("give either a VALUE or --jsonl FILE", code=2)
    reg = resolve_registry(registry)
    if value is not None:
        _emit(check(value, reg).to_public())
        return
    assert jsonl is not None
    if jsonl == "-":
        bad = run_jsonl(sys.stdin, reg)
    else:
        try:
            with open(jsonl, encoding="utf-8") as fh:
                bad = run_jsonl(fh, reg)
        except OSError as exc:
            _fail(f"cannot read {jsonl}: {exc.strerror or exc}", code=2)
    if bad:
        _fail(f"{bad} bad input line(s)", code=1)


def resolve_registry(path: Path | None) -> Registry:
    """The registry at `path`, or the demo one; exits with code 2 on a bad file."""
    try:
        return load(path) if path is not None else Registry.default()
    except RegistryError as exc:
        _fail(str(exc), code=2)


def run_jsonl(lines: Iterable[str], registry: Registry, out: IO[str] | None = None) -> int:
    """Check every ``{"id", "value"}`` line; print one result line each; return bad lines."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            bad += 1
            typer.echo(f"line {number}: not JSON: {exc}", err=True)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("value"), str):
            bad += 1
            typer.echo(f'line {number}: expected an object with a string "value"', err=True)
            continue
        result: dict[str, Any] = {}
        if "id" in item:
            result["id"] = item["id"]
        result.update(check(item["value"], registry).to_public())
        _emit(result, out)
    return bad


def _emit(obj: dict[str, Any], out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stream.flush()


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)
