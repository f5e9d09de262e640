"""The trust core is pure: no web, SQL or network imports, and no network use at run time."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

import hashdesk.trust as trust
from hashdesk.trust import Registry, check
from hashdesk.trust import brand as brand_module
from hashdesk.trust import skeleton as skeleton_module

BANNED = (
    "fastapi",
    "starlette",
    "sqlalchemy",
    "httpx",
    "requests",
    "socket",
    "urllib.request",
    "aiosqlite",
    "asyncpg",
    "redis",
    "hashdesk.web",
    "hashdesk.store",
    "hashdesk.desk",
)
PACKAGE = Path(trust.__file__).parent


@pytest.mark.parametrize("path", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_no_banned_imports(path: str) -> None:
    tree = ast.parse((PACKAGE / path).read_text())
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    for name in names:
        assert not any(name == b or name.startswith(b + ".") for b in BANNED), (path, name)


def test_no_network_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network use")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    brand_module._extractor.cache_clear()
    brand_module._brand.cache_clear()
    skeleton_module._prototypes.cache_clear()
    skeleton_module.skeleton.cache_clear()
    reg = Registry.default()
    assert check("hаshport.co.uk", reg).verdict == "impersonation"
    assert check("www.hashport.io", reg).verdict == "official"
