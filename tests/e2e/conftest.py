from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .server import LiveServer


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One SQLite-backed server with the demo agents seeded, shared by a test module."""
    server = LiveServer(var_dir=Path(tmp_path_factory.mktemp("live")))
    server.seed_demo()
    server.start()
    try:
        yield server
    finally:
        server.stop()
