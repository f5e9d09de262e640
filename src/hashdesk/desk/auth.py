"""Agent accounts: create, sign in with password + TOTP, sessions, sign out everywhere."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..domain.audit import ANONYMOUS, SYSTEM, Actor
from ..domain.model import ROLES, Agent, DomainError, TooManyAttempts, Unauthorized
from ..store import repo
from ..store.reads import read
from ..store.writer import Tx
from . import audit
from .clock import new_id
from .service import Desk

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so both paths cost one argon2 verification.
_DUMMY_HASH = _hasher.hash("not-a-real-password-but-a-timing-equaliser")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Login:
    token: str
    agent: Agent


def _validate_new_agent(email: str, password: str, totp_secret: str, role: str) -> None:
    if "@" not in email or len(email) > 320:
        raise DomainError("a valid e-mail address is required", code="invalid_email")
    if len(password) < 10:
        raise DomainError("passwords need at least 10 characters", code="weak_password")
    if role not in ROLES:
        raise DomainError(f"role must be one of {ROLES}", code="invalid_role")
    try:
        pyotp.TOTP(totp_secret).now()
    except Exception as exc:  # binascii.Error and friends: a malformed base32 secret
        raise DomainError("TOTP secret must be base32", code="invalid_totp_secret") from exc
    if len(totp_secret.replace("=", "")) < 16:
        raise DomainError(
            "TOTP secret must be at least 16 base32 characters", code="invalid_totp_secret"
        )


async def add_agent(
    desk: Desk,
    *,
    email: str,
    password: str,
    totp_secret: str,
    role: str = "agent",
    name: str | None = None,
    teams: list[str] | None = None,
    languages: list[str] | None = None,
    capacity: int = 5,
) -> Agent:
    _validate_new_agent(email, password, totp_secret, role)
    agent = Agent(
        id=new_id("agt"),
        email=email.strip().lower(),
        name=name or email.split("@")[0],
        role=role,  # type: ignore[arg-type]
        teams=frozenset(teams or ["support"]),
        languages=frozenset(languages or ["en"]),
        capacity=capacity,
    )
    pw_hash = await asyncio.to_thread(_hasher.hash, password)

    def job(tx: Tx) -> Agent:
        if repo.get_agent_row_by_email(tx.conn, agent.email) is not None:
            raise DomainError(f"an agent with e-mail {agent.email} exists", code="agent_exists")
        now = desk.clock()
        repo.insert_agent(tx.conn, agent, password_hash=pw_hash, totp_secret=totp_secret, now=now)
        audit.record(
            tx,
            now,
            SYSTEM,
            "agent.created",
            target=("agent", agent.id),
            role=agent.role,
            teams=sorted(agent.teams),
        )
        return agent

    return await desk.writer.run(job)


async def login(desk: Desk, *, email: str, password: str, otp: str) -> Login:
    """Password and a current TOTP code, both required. Failures count toward a lockout;
    every failure answers the same so the response does not tell which factor was wrong."""
    if not email or not password or not otp:
        raise Unauthorized(
            "e-mail, password and one-time code are required", code="bad_credentials"
        )
    settings = desk.settings
    row = await read(desk.reader, lambda c: repo.get_agent_row_by_email(c, email.strip()))
    now = desk.clock()
    if row is None:
        await asyncio.to_thread(_verify, _DUMMY_HASH, password)
        await _audit_only(desk, ANONYMOUS, "auth.login_failed", None, cause="unknown_account")
        raise Unauthorized("wrong e-mail, password or code", code="bad_credentials")
    actor = Actor("agent", row.id)
    if row.locked_until is not None and row.locked_until > now:
        await _audit_only(desk, actor, "auth.login_refused", row.id, cause="locked")
        raise TooManyAttempts("too many failed sign-ins; try again later", code="locked")
    # argon2 is deliberately slow: keep it off the event loop.
    ok_pw = await asyncio.to_thread(_verify, row.password_hash, password)
    totp = pyotp.TOTP(row.totp_secret)
    step = None
    otp_clean = otp.replace(" ", "")
    if ok_pw and otp_clean.isdigit():
        for offset in (0, -1, 1):
            t = now + timedelta(seconds=30 * offset)
            if secrets.compare_digest(totp.at(t), otp_clean):
                step = int(t.timestamp()) // 30
                break
    # A code is good once: replaying the last accepted step is refused.
    replay = step is not None and row.last_totp_step is not None and step <= row.last_totp_step
    success = ok_pw and step is not None and not replay and bool(row.active)
    cause = (
        "password"
        if not ok_pw
        else "otp"
        if step is None
        else "otp_replay"
        if replay
        else "inactive"
    )

    def job(tx: Tx) -> Login | None:
        target = ("agent", row.id)
        if not success:
            fails = row.failed_logins + 1
            values: dict[str, object] = {"failed_logins": fails}
            audit.record(tx, now, actor, "auth.login_failed", target=target, cause=cause)
            if fails >= settings.login_max_failures:
                values["locked_until"] = now + timedelta(minutes=settings.login_lockout_minutes)
                values["failed_logins"] = 0
                audit.record(
                    tx,
                    now,
                    SYSTEM,
                    "auth.locked_out",
                    target=target,
                    failures=fails,
                    minutes=settings.login_lockout_minutes,
                )
            repo.update_agent_login_state(tx.conn, row.id, **values)
            return None
        token = secrets.token_urlsafe(32)
        repo.update_agent_login_state(
            tx.conn, row.id, failed_logins=0, locked_until=None, last_totp_step=step
        )
        repo.insert_session(
            tx.conn,
            token_hash(token),
            row.id,
            now,
            now + timedelta(hours=settings.agent_session_hours),
        )
        audit.record(tx, now, actor, "auth.login", target=target)
        return Login(token=token, agent=repo.agent_from_row(row))

    result = await desk.writer.run(job)
    if result is None:
        raise Unauthorized("wrong e-mail, password or code", code="bad_credentials")
    return result


def _verify(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def agent_for_token(desk: Desk, token: str) -> Agent:
    if not token or len(token) > 200:
        raise Unauthorized("sign in first", code="unauthenticated")
    now = desk.clock()
    agent = await read(desk.reader, lambda c: repo.get_session_agent(c, token_hash(token), now))
    if agent is None or not agent.active:
        raise Unauthorized("your session has expired; sign in again", code="unauthenticated")
    return agent


async def logout(desk: Desk, agent: Agent, token: str, *, everywhere: bool = False) -> None:
    def job(tx: Tx) -> None:
        now = desk.clock()
        repo.revoke_sessions(tx.conn, agent.id, now, None if everywhere else token_hash(token))
        audit.record(
            tx,
            now,
            audit.agent_actor(agent),
            "auth.logout",
            target=("agent", agent.id),
            everywhere=everywhere,
        )

    await desk.writer.run(job)


async def _audit_only(
    desk: Desk, actor: Actor, action: str, agent_id: str | None, **details: object
) -> None:
    """A sign-in that changes nothing still leaves a trace."""

    def job(tx: Tx) -> None:
        target = ("agent", agent_id) if agent_id else None
        audit.record(tx, desk.clock(), actor, action, target=target, **details)

    await desk.writer.run(job)
