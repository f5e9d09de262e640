"""Official-channel check: is a URL, host, address, handle or phone number really ours?

Pure core (no web, SQL or network): `load` reads a registry file, `check` judges a value.

    >>> from hashdesk.trust import Registry, check
    >>> check("https://hashport.io.verify-account.ru/", Registry.default()).verdict
    'impersonation'
"""

from hashdesk.trust.registry import Registry, RegistryError, load, loads
from hashdesk.trust.verify import IMPERSONATION, NOT_OFFICIAL, OFFICIAL, Verdict, check

__all__ = [
    "IMPERSONATION",
    "NOT_OFFICIAL",
    "OFFICIAL",
    "Registry",
    "RegistryError",
    "Verdict",
    "check",
    "load",
    "loads",
]
