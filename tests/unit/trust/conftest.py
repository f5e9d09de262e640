"""Fixtures for the official-channel check: the demo registry and a second, unrelated one."""

from __future__ import annotations

import pytest

from hashdesk.trust import Registry, loads

CONTRACT_EXAMPLE = """
[official]
domains = ["example-exchange.com"]
emails = ["support@example-exchange.com"]
telegram = ["@ExampleExchange"]
x = ["@example_exchange"]
phones = ["+1 415 555 0100"]
"""


@pytest.fixture(scope="session")
def demo() -> Registry:
    return Registry.default()


@pytest.fixture(scope="session")
def example() -> Registry:
    """The registry printed in the contract: nothing in the code knows its brand."""
    return loads(CONTRACT_EXAMPLE, source="contract example")
