"""The knowledge base is core code: no web, SQL or network imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import hashdesk.assistant.kb as kb

BANNED = (
    "fastapi",
    "starlette",
    "sqlalchemy",
    "httpx",
    "requests",
    "socket",
    "urllib.request",
    "redis",
    "hashdesk.web",
    "hashdesk.store",
    "hashdesk.desk",
)
PACKAGE = Path(kb.__file__).parent


@pytest.mark.parametrize("name", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_no_banned_imports(name: str) -> None:
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    assert not [n for n in names if n.split(".")[0] in BANNED or n.startswith(BANNED)]
