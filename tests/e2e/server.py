"""A real `hashdesk serve` process for end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    var_dir: Path
    database_url: str = ""
    redis_url: str = ""
    port: int = field(default_factory=free_port)
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    tokens: dict[str, str] = field(default_factory=dict)

    def agent_token(self, email_prefix: str) -> str:
        """Sign a demo agent in once (TOTP codes are single-use) and reuse the session."""
        if email_prefix not in self.tokens:
            import pyotp

            from hashdesk.demo import DEMO_AGENTS

            agent = next(a for a in DEMO_AGENTS if a.email.startswith(email_prefix))
            for _ in range(2):
                r = httpx.post(
                    f"{self.url}/api/v1/auth/login",
                    json={
                        "email": agent.email,
                        "password": agent.password,
                        "otp": pyotp.TOTP(agent.totp_secret).now(),
                    },
                    timeout=10,
                )
                if r.status_code == 200:
                    self.tokens[email_prefix] = r.json()["token"]
                    break
                time.sleep(30.5 - time.time() % 30)  # that code was used: take the next one
            else:
                raise AssertionError(f"login failed: {r.status_code} {r.text}")
        return self.tokens[email_prefix]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HASHDESK_")}
        env.update(
            HASHDESK_VAR_DIR=str(self.var_dir),
            HASHDESK_PORT=str(self.port),
            HASHDESK_HOST="127.0.0.1",
            HASHDESK_RATE_LIMIT="off",
            HASHDESK_ENV="test",
            HASHDESK_TIMER_POLL_SECONDS="0.2",
        )
        if self.database_url:
            env["HASHDESK_DATABASE_URL"] = self.database_url
        if self.redis_url:
            env["HASHDESK_REDIS_URL"] = self.redis_url
        env.update(self.extra_env)
        return env

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "hashdesk", *args],
            env=self.env(),
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def seed_demo(self) -> None:
        self.cli("demo")

    def start(self, *args: str, timeout: float = 60.0) -> LiveServer:
        self.var_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.var_dir / f"server-{self.port}.log"
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hashdesk", "serve", *args],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start in {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None
