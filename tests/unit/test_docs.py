"""Docs that are tested: every setting and every CLI command is documented."""

from pathlib import Path

from hashdesk.cli import _register_plugins, app
from hashdesk.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text()
    for name in Settings.model_fields:
        assert f"`HASHDESK_{name.upper()}`" in doc, name


def test_every_command_is_in_the_readme() -> None:
    _register_plugins()
    readme = (ROOT / "README.md").read_text()
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    names += [g.name for g in app.registered_groups if g.name]
    for name in names:
        assert f"hashdesk {name}" in readme, name


def test_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text()[:1200]
    assert "make run" in head and "make test" in head
