"""`hashdesk verify`, mounted on a throw-away Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hashdesk.trust.cli import register

REGISTRY = '[official]\ndomains = ["example-exchange.com"]\ntelegram = ["@ExampleExchange"]\n'


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    register(app)
    return app


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("HASHDESK_REGISTRY_FILE", raising=False)
    return CliRunner()


@pytest.fixture()
def registry_file(tmp_path: Path) -> Path:
    path = tmp_path / "registry.toml"
    path.write_text(REGISTRY)
    return path


def test_single_value_with_the_demo_registry(app: typer.Typer, runner: CliRunner) -> None:
    result = runner.invoke(app, ["verify", "https://hashport-exchange.com@evil.io/"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["verdict"] == "impersonation"
    assert out["resembles"] == "hashport-exchange.com"
    assert out["kind"] == "url"
    assert "id" not in out


def test_registry_option(app: typer.Typer, runner: CliRunner, registry_file: Path) -> None:
    args = ["verify", "--registry", str(registry_file)]
    result = runner.invoke(app, [*args, "example-exchange.com"])
    assert json.loads(result.stdout)["verdict"] == "official"
    result = runner.invoke(app, ["verify", "--registry", str(registry_file), "hashport.io"])
    assert json.loads(result.stdout)["verdict"] == "not_official"


def test_registry_from_environment(
    app: typer.Typer, runner: CliRunner, registry_file: Path
) -> None:
    result = runner.invoke(
        app, ["verify", "@exampleexchange"], env={"HASHDESK_REGISTRY_FILE": str(registry_file)}
    )
    assert json.loads(result.stdout)["verdict"] == "official"


def test_jsonl_file_with_bad_lines(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": 1, "value": "hashport.io"}\n'
        "not json\n"
        "\n"
        '{"id": "b", "value": 5}\n'
        '["value"]\n'
        '{"id": "c", "value": "hashp0rt.io"}\n'
        '{"value": "@randomuser"}\n'
    )
    result = runner.invoke(app, ["verify", "--jsonl", str(path)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x.get("id"), x["verdict"]) for x in lines] == [
        (1, "official"),
        ("c", "impersonation"),
        (None, "not_official"),
    ]
    assert list(lines[0])[:2] == ["id", "value"]
    assert "line 2: not JSON" in result.stderr
    assert "line 4:" in result.stderr and "line 5:" in result.stderr
    assert "3 bad input line(s)" in result.stderr


def test_jsonl_from_stdin(app: typer.Typer, runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["verify", "--jsonl", "-"], input='{"id": "x", "value": "t.me/HashportSupport"}\n'
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "id": "x",
        "value": "t.me/HashportSupport",
        "kind": "telegram",
        "verdict": "official",
        "reason": "@HashportSupport is an official Telegram account",
        "normalized": "@hashportsupport",
    }


@pytest.mark.parametrize("args", [["verify"], ["verify", "x.com", "--jsonl", "-"]])
def test_value_xor_jsonl(app: typer.Typer, runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "either a VALUE or --jsonl" in result.stderr


def test_bad_registry_file(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[official]\nphones = ['555']\n")
    result = runner.invoke(app, ["verify", "--registry", str(bad), "x.com"])
    assert result.exit_code == 2
    assert "must be in international form" in result.stderr
    result = runner.invoke(app, ["verify", "--registry", str(tmp_path / "none.toml"), "x.com"])
    assert result.exit_code == 2
    assert "cannot read registry" in result.stderr


def test_missing_jsonl_file(app: typer.Typer, runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["verify", "--jsonl", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr
