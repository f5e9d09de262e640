"""The core imports no web, SQL, socket or channel code (design.md: adapters depend inward)."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "hashdesk"
FORBIDDEN = (
    "fastapi",
    "starlette",
    "sqlalchemy",
    "alembic",
    "asyncpg",
    "aiosqlite",
    "psycopg",
    "redis",
    "httpx",
    "websockets",
    "uvicorn",
    "socket",
    "requests",
    "urllib.request",
    "hashdesk.web",
    "hashdesk.store",
    "hashdesk.desk",
    "hashdesk.bus",
    "hashdesk.jobs",
    "hashdesk.cli",
    "hashdesk.bootstrap",
)
PURE = ("domain", "triage", "trust")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level >= 2:
            out.add("hashdesk." + (node.module or ""))  # `from ..x` leaves the package
    return out


@pytest.mark.parametrize("package", PURE)
def test_core_packages_stay_pure(package: str) -> None:
    for path in (SRC / package).rglob("*.py"):
        if path.name == "cli.py":
            continue  # the command-line entry of a pure package is an adapter
        for name in imports_of(path):
            assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN), (
                f"{path.relative_to(SRC)} imports {name}"
            )
