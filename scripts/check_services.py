"""`make test` step: do PostgreSQL and Redis answer? Under CI=true, missing ones are fatal."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

SERVICES = {
    "PostgreSQL": (
        "127.0.0.1",
        5432,
        "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    ),
    "Redis": (
        "127.0.0.1",
        6379,
        "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 "
        "--save '' --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log",
    ),
}


def answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def main() -> int:
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    missing = []
    for name, (host, port, start) in SERVICES.items():
        if not answers(host, port) and ci and os.geteuid() == 0:
            # CI owns its machine: try to start the service the way the machine image does.
            subprocess.run(start, shell=True, check=False, timeout=60)  # noqa: S602
        ok = answers(host, port)
        print(f"{name} on {host}:{port}: {'answers' if ok else 'NOT answering'}")
        if not ok:
            missing.append(name)
    if missing and ci:
        print(f"CI=true and {', '.join(missing)} missing: the tests that need them would fail")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
