"""The audit log: what is recorded, who may read it, and that tampering is found."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import pyotp
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from hashdesk.cli import app as cli_app
from hashdesk.desk import audit, auth
from hashdesk.store.reads import read
from hashdesk.store.tables import audit_head, audit_log
from hashdesk.store.writer import Tx

from .actors import agent, audit_entries, audit_mark, case_for, open_conv
from .conftest import Harness, bearer, make_harness

REPLY = "Thanks for waiting, the fee tier updates daily at 00:00 UTC."


async def test_sign_ins_and_case_work_are_recorded_without_content(harness: Harness) -> None:
    h = harness
    mark = await audit_mark(h)
    email = f"{secrets.token_hex(4)}@desk.test"
    secret = pyotp.random_base32()
    me = await auth.add_agent(
        h.desk, email=email, password="correct horse battery", totp_secret=secret
    )
    bad = await h.http.post(
        "/api/v1/auth/login", json={"email": email, "password": "wrong wrong", "otp": "123456"}
    )
    assert bad.status_code == 401
    await h.http.post(
        "/api/v1/auth/login",
        json={"email": "nobody@desk.test", "password": "whatever!!", "otp": "123456"},
    )
    r = await h.http.post(
        "/api/v1/auth/login",
        json={"email": email, "password": "correct horse battery", "otp": pyotp.TOTP(secret).now()},
    )
    assert r.status_code == 200
    tok = r.json()["token"]
    conv = await open_conv(h, "How do I change my trading fee tier? My email is a@b.example")
    case = await case_for(h, conv["id"])
    cid = case["id"]
    assert (await h.http.get(f"/api/v1/cases/{cid}", headers=bearer(tok))).status_code == 200
    assert (await h.http.post(f"/api/v1/cases/{cid}/claim", headers=bearer(tok))).status_code == 200
    r = await h.http.post(
        f"/api/v1/cases/{cid}/messages", json={"text": REPLY}, headers=bearer(tok)
    )
    assert r.status_code == 201
    r = await h.http.post(
        f"/api/v1/cases/{cid}/messages",
        json={"text": "Please send me your 12-word recovery phrase to verify the wallet"},
        headers=bearer(tok),
    )
    assert r.status_code == 422
    r = await h.http.post(
        f"/api/v1/cases/{cid}/escalate",
        json={"to": "supervisor", "reason": "customer a@b.example disputes the fee"},
        headers=bearer(tok),
    )
    assert r.status_code == 200
    assert (
        await h.http.post(f"/api/v1/cases/{cid}/resolve", headers=bearer(tok))
    ).status_code == 200
    r = await h.http.get(f"/api/v1/cases/{cid}/export", headers=bearer(tok))
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert (await h.http.post("/api/v1/auth/logout", headers=bearer(tok))).status_code == 200

    entries = await audit_entries(h, since=mark)
    mine = [(e["action"], e["actor"]["kind"]) for e in entries]
    for expected in [
        ("agent.created", "system"),
        ("auth.login_failed", "agent"),
        ("auth.login_failed", "anonymous"),
        ("auth.login", "agent"),
        ("case.viewed", "agent"),
        ("case.claimed", "agent"),
        ("case.replied", "agent"),
        ("case.reply_blocked", "agent"),
        ("case.escalated", "agent"),
        ("case.resolved", "agent"),
        ("case.exported", "agent"),
        ("auth.logout", "agent"),
    ]:
        assert expected in mine, expected
    by_action = {e["action"]: e for e in entries}
    assert by_action["case.replied"]["target"] == {"kind": "case", "id": cid}
    assert by_action["case.reply_blocked"]["details"]["kinds"]
    assert by_action["auth.login_failed"]["details"]["cause"] in ("password", "unknown_account")
    assert by_action["auth.login"]["actor"]["id"] == me.id
    dump = json.dumps(entries)
    for content in ("fee tier updates", "recovery phrase", "a@b.example", email, "disputes"):
        assert content not in dump
    check = await read(h.desk.reader, audit.verify)
    assert check.ok and check.head is not None and check.head[0] == entries[-1]["id"]


async def test_lockout_and_refused_sign_ins_are_recorded(harness: Harness) -> None:
    h = harness
    email = f"{secrets.token_hex(4)}@desk.test"
    a = await auth.add_agent(
        h.desk, email=email, password="correct horse battery", totp_secret=pyotp.random_base32()
    )
    for _ in range(h.settings.login_max_failures + 1):
        await h.http.post(
            "/api/v1/auth/login", json={"email": email, "password": "nope nope", "otp": "000000"}
        )
    actions = [e["action"] for e in await audit_entries(h, target_id=a.id)]
    assert actions.count("auth.login_failed") == h.settings.login_max_failures
    assert "auth.locked_out" in actions and actions[-1] == "auth.login_refused"


async def test_only_supervisors_read_the_log(harness: Harness) -> None:
    h = harness
    _, agent_tok = await agent(h)
    _, sup_tok = await agent(h, role="supervisor")
    assert (await h.http.get("/api/v1/audit", headers=bearer(agent_tok))).status_code == 403
    assert (await h.http.get("/api/v1/audit")).status_code == 401
    r = await h.http.get("/api/v1/audit", params={"limit": 2}, headers=bearer(sup_tok))
    assert r.status_code == 200
    page = r.json()
    assert len(page["entries"]) == 2 and page["entries"][0]["id"] > page["entries"][1]["id"]
    r = await h.http.get(
        "/api/v1/audit", params={"before": page["next_before"]}, headers=bearer(sup_tok)
    )
    older = r.json()["entries"]
    assert older and all(e["id"] < page["entries"][-1]["id"] for e in older)
    r = await h.http.get(
        "/api/v1/audit", params={"action": "agent.created"}, headers=bearer(sup_tok)
    )
    assert {e["action"] for e in r.json()["entries"]} == {"agent.created"}


async def test_configuration_changes_are_recorded(database_url: str, tmp_path: Path) -> None:
    async def config_entries(h: Harness) -> list[dict[str, Any]]:
        return [e for e in await audit_entries(h) if e["action"] == "config.changed"]

    async with make_harness(database_url, tmp_path) as h:
        assert await config_entries(h)  # the configuration in use is on record
    async with make_harness(database_url, tmp_path, retention_days=30) as h:
        changes = await config_entries(h)
        assert changes[-1]["details"]["changed"] == ["retention_days"]
        assert changes[-1]["actor"] == {"kind": "system", "id": "startup"}
    async with make_harness(database_url, tmp_path, retention_days=30) as h:
        assert len(await config_entries(h)) == len(changes)  # nothing changed: nothing new
    # Secrets are recorded as keyed digests, never as values.
    assert h.settings.secret_key.get_secret_value() not in json.dumps(changes)


async def _sql(h: Harness, *ops: sa.Executable) -> None:
    def job(tx: Tx) -> None:
        for op in ops:
            tx.conn.execute(op)

    await h.desk.writer.run(job)


async def test_verify_finds_altered_removed_and_truncated_entries(harness: Harness) -> None:
    h = harness
    for _ in range(6):
        await agent(h)  # agent.created entries
    check = await read(h.desk.reader, audit.verify)
    assert check.ok and check.head is not None
    last = check.head[0]
    altered, removed = last - 4, last - 2
    await _sql(
        h,
        audit_log.update().where(audit_log.c.id == altered).values(details={"role": "admin"}),
        audit_log.delete().where(audit_log.c.id == removed),
        audit_log.delete().where(audit_log.c.id == last),
    )
    try:
        check = await read(h.desk.reader, audit.verify)
        found = {(p.id, p.kind) for p in check.problems}
        assert found == {(altered, "altered"), (removed, "removed"), (last, "removed")}, found
        # The desk keeps working, and the gap stays visible after later appends.
        await agent(h)
        again = await read(h.desk.reader, audit.verify)
        assert {(p.id, p.kind) for p in again.problems} == found
    finally:  # the PostgreSQL database is shared by the session: start a clean chain
        await _sql(h, audit_log.delete(), audit_head.delete())


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_audit_cli_verify_and_tail(database_url: str, tmp_path: Path) -> None:
    async with make_harness(database_url, tmp_path) as h:
        for _ in range(3):
            await agent(h)
    runner = CliRunner()
    env = {"HASHDESK_DATABASE_URL": database_url, "HASHDESK_ENV": "test"}
    ok = runner.invoke(cli_app, ["audit", "verify"], env=env)
    assert ok.exit_code == 0, ok.output
    assert "intact" in ok.output
    tail = runner.invoke(cli_app, ["audit", "tail", "-n", "2"], env=env)
    lines = [json.loads(x) for x in tail.output.splitlines()]
    assert len(lines) == 2 and lines[0]["id"] + 1 == lines[1]["id"]
    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(audit_log.update().where(audit_log.c.id == 2).values(action="case.viewed"))
    engine.dispose()
    bad = runner.invoke(cli_app, ["audit", "verify", "--json"], env=env)
    assert bad.exit_code == 1
    report = json.loads(bad.output)
    assert not report["ok"] and report["problems"][0]["id"] == 2


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_appends_from_two_nodes_form_one_chain(database_url: str) -> None:
    """Two writers (as on two nodes) append at once: the advisory lock chains them in turn."""
    import asyncio
    import time

    from hashdesk.bus.memory import InProcessBus
    from hashdesk.desk.clock import utcnow
    from hashdesk.domain.audit import SYSTEM
    from hashdesk.store import audit_repo
    from hashdesk.store.db import create_engine, create_sync_engine
    from hashdesk.store.writer import Writer

    writers = [Writer(create_sync_engine(database_url), InProcessBus(), batch_max=8) for _ in "ab"]

    def job(tx: Tx) -> int:
        entry = audit_repo.append(tx.conn, at=utcnow(), actor=SYSTEM, action="test.concurrent")
        time.sleep(0.002)  # hold the transaction open: the other node must wait its turn
        return entry.id

    for w in writers:
        await w.start()
    try:
        ids = await asyncio.gather(*(w.run(job) for _ in range(40) for w in writers))
    finally:
        for w in writers:
            await w.stop()
    assert len(set(ids)) == 80
    reader = create_engine(database_url)
    try:
        check = await read(reader, audit.verify)
    finally:
        await reader.dispose()
    assert check.ok, check.problems
