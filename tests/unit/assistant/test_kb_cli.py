"""`hashdesk kb list|search|import` through Typer's CliRunner on a throwaway app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hashdesk.assistant.kb import KB_DIR_ENV, shipped_dir
from hashdesk.assistant.kb.cli import register

from .conftest import write_article

runner = CliRunner()


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.delenv(KB_DIR_ENV, raising=False)
    app = typer.Typer()
    register(app)
    return app


def test_list(app: typer.Typer) -> None:
    res = runner.invoke(app, ["kb", "list", "--lang", "zh"])
    assert res.exit_code == 0, res.output
    assert "20 articles (20 zh)" in res.output
    assert "deposit-not-credited" in res.output and "充值未到账" in res.output
    res = runner.invoke(app, ["kb", "list", "--json"])
    rows = json.loads(res.output)
    assert len(rows) == 40 and {r["origin"] for r in rows} == {"shipped"}
    assert rows[0]["url"] == f"/kb/{rows[0]['language']}/{rows[0]['id']}"


def test_search_prints_scores_and_decision(app: typer.Typer) -> None:
    res = runner.invoke(app, ["kb", "search", "my deposit has not arrived", "--lexical-only"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("1. ")
    assert "deposit-not-credited" in res.output
    assert "would answer: deposit-not-credited" in res.output
    res = runner.invoke(
        app, ["kb", "search", "purple elephants on saturn", "--lexical-only", "-k", "2", "--json"]
    )
    out = json.loads(res.output)
    assert out["answer"] is None and len(out["hits"]) == 2
    res = runner.invoke(app, ["kb", "search", "purple elephants on saturn", "--lexical-only"])
    assert "would abstain and hand off" in res.output


def test_import_needs_a_directory(app: typer.Typer, tmp_path: Path) -> None:
    write_article(tmp_path / "src", "new-one", "en")
    res = runner.invoke(app, ["kb", "import", str(tmp_path / "src")])
    assert res.exit_code == 2
    assert "read-only" in res.output
    res = runner.invoke(
        app, ["kb", "import", str(tmp_path / "src"), "--kb-dir", str(shipped_dir())]
    )
    assert res.exit_code == 2 and "read-only" in res.output


def test_import_rejects_bad_articles_and_copies_nothing(app: typer.Typer, tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "kb"
    write_article(src, "good-one", "en")
    write_article(src, "bad-one", "en", category="weather")
    res = runner.invoke(app, ["kb", "import", str(src), "--kb-dir", str(dest)])
    assert res.exit_code == 1
    assert "bad-one.md" in res.output and "not a catalog category" in res.output
    assert "nothing imported" in res.output
    assert not dest.exists()


def test_import_copies_and_operator_wins(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dest = tmp_path / "src", tmp_path / "kb"
    write_article(src, "staking-rewards", "en", title="Staking rewards")
    write_article(src, "staking-rewards", "zh", title="质押收益")
    (src / "flat").mkdir()
    (src / "flat" / "trading-fees.md").write_text(
        (src / "en" / "staking-rewards.md")
        .read_text(encoding="utf-8")
        .replace("staking-rewards", "trading-fees")
        .replace("Staking rewards", "Flat fees"),
        encoding="utf-8",
    )
    res = runner.invoke(app, ["kb", "import", str(src), "--kb-dir", str(dest), "--dry-run"])
    assert res.exit_code == 0, res.output
    assert "would import 3 article(s)" in res.output and not dest.exists()
    res = runner.invoke(app, ["kb", "import", str(src), "--kb-dir", str(dest)])
    assert res.exit_code == 0, res.output
    assert "3 new, 0 replaced, 1 overriding shipped articles" in res.output
    assert (dest / "en" / "trading-fees.md").is_file()
    assert (dest / "zh" / "staking-rewards.md").is_file()

    monkeypatch.setenv(KB_DIR_ENV, str(dest))
    res = runner.invoke(app, ["kb", "list", "--json"])
    rows = {(r["id"], r["language"]): r for r in json.loads(res.output)}
    assert len(rows) == 42
    assert rows[("trading-fees", "en")]["title"] == "Flat fees"
    assert rows[("trading-fees", "en")]["origin"] == "operator"
    assert rows[("trading-fees", "zh")]["origin"] == "shipped"
    res = runner.invoke(app, ["kb", "search", "staking rewards", "--lexical-only", "-k", "1"])
    assert "staking-rewards [en]" in res.output
