"""Four-eyes sensitive actions and a customer's urgent freeze request, through the API."""

from __future__ import annotations

import json

import sqlalchemy as sa

from hashdesk.store.reads import read
from hashdesk.store.tables import webhook_outbox

from .actors import agent, audit_entries, audit_mark, case_for, customer_jwt, open_conv
from .conftest import Harness, bearer

LOST_PHONE = "I lost my phone and cannot pass 2FA anymore, please help me reset it"


async def outbox_rows(h: Harness, action_id: str) -> list[sa.Row[tuple[object, ...]]]:
    q = sa.select(webhook_outbox).where(webhook_outbox.c.action_id == action_id)
    return await read(h.desk.reader, lambda c: list(c.execute(q).all()))


async def test_an_action_needs_a_second_person(harness: Harness) -> None:
    h = harness
    mark = await audit_mark(h)
    _, tok = await agent(h)
    sup1, sup1_tok = await agent(h, role="supervisor")
    sup2, sup2_tok = await agent(h, role="admin")
    conv = await open_conv(h, LOST_PHONE, token=customer_jwt(h))
    case = await case_for(h, conv["id"])
    r = await h.http.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"kind": "reset_2fa", "reason": "lost phone; identity checked by video call"},
        headers=bearer(sup1_tok),
    )
    assert r.status_code == 201, r.text
    action = r.json()
    assert action["status"] == "pending" and action["kind"] == "reset_2fa"
    assert action["requested_by"] == {"kind": "agent", "id": sup1.id, "name": sup1.name}
    # Agents cannot see the queue or decide; the requester cannot approve their own request.
    assert (await h.http.get("/api/v1/approvals", headers=bearer(tok))).status_code == 403
    r = await h.http.post(f"/api/v1/approvals/{action['id']}/approve", headers=bearer(tok))
    assert r.status_code == 403
    r = await h.http.post(f"/api/v1/approvals/{action['id']}/approve", headers=bearer(sup1_tok))
    assert r.status_code == 403 and r.json()["error"]["code"] == "four_eyes"
    r = await h.http.get("/api/v1/approvals?status=pending", headers=bearer(sup2_tok))
    assert action["id"] in [a["id"] for a in r.json()["approvals"]]
    r = await h.http.post(
        f"/api/v1/approvals/{action['id']}/approve",
        json={"note": "verified"},
        headers=bearer(sup2_tok),
    )
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["status"] == "approved" and done["decided_by"]["id"] == sup2.id
    assert done["delivery"]["status"] == "pending"  # queued for the exchange
    r = await h.http.post(f"/api/v1/approvals/{action['id']}/reject", headers=bearer(sup1_tok))
    assert r.status_code == 403  # still the requester
    r = await h.http.post(f"/api/v1/approvals/{action['id']}/reject", headers=bearer(sup2_tok))
    assert r.status_code == 409 and r.json()["error"]["code"] == "already_decided"
    [row] = await outbox_rows(h, action["id"])
    body = json.loads(row.body)
    assert body["action_id"] == action["id"] and body["kind"] == "reset_2fa"
    assert body["case_id"] == case["id"] and body["account_id"] == action["account_id"]
    assert body["approved_by"]["id"] == sup2.id and body["timestamp"]
    # The case shows the request and the decision to agents, as internal notes.
    r = await h.http.get(f"/api/v1/cases/{case['id']}/actions", headers=bearer(tok))
    assert [a["status"] for a in r.json()["actions"]] == ["approved"]
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(tok))
    notes = [m for m in r.json()["messages"] if m.get("internal")]
    assert any(m.get("kind") == "action_requested" for m in notes)
    assert any(m.get("kind") == "action_approved" for m in notes)
    r = await h.http.get(
        f"/api/v1/conversations/{conv['id']}/messages", headers=bearer(conv["token"])
    )
    assert not any("video call" in m["text"] for m in r.json()["messages"])
    steps = [
        (e["action"], e["actor"]["id"])
        for e in await audit_entries(h, since=mark)
        if e["target"] and e["target"]["id"] == action["id"]
    ]
    assert steps == [("action.requested", sup1.id), ("action.approved", sup2.id)]


async def test_reject_and_request_rules(harness: Harness) -> None:
    h = harness
    _, tok = await agent(h)
    _, security = await agent(h, teams=["security"])
    _, sup = await agent(h, role="supervisor")
    signed_in = await open_conv(h, LOST_PHONE, token=customer_jwt(h))
    case = await case_for(h, signed_in["id"])
    url = f"/api/v1/cases/{case['id']}/actions"
    for body, status in [
        ({"kind": "transfer_all_funds", "reason": "x"}, 422),
        ({"kind": "reset_2fa", "reason": ""}, 422),
        ({"kind": "remove_whitelist_address", "reason": "compromised"}, 422),
        ({"kind": "reset_2fa", "reason": "r", "params": {"address": "x"}}, 422),
    ]:
        r = await h.http.post(url, json=body, headers=bearer(tok))
        assert r.status_code == status, (body, r.text)
    r = await h.http.post(
        url,
        json={
            "kind": "remove_whitelist_address",
            "reason": "address belongs to the attacker",
            "params": {"address": "0x52908400098527886E0F7030069857D2E4169EE7", "chain": "evm"},
        },
        headers=bearer(tok),
    )
    assert r.status_code == 201
    action = r.json()
    again = await h.http.post(
        url,
        json={"kind": "remove_whitelist_address", "reason": "again", "params": {"address": "x"}},
        headers=bearer(tok),
    )
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_requested"
    # An agent who cannot see the case cannot ask for anything on it.
    r = await h.http.post(
        url, json={"kind": "freeze_account", "reason": "x"}, headers=bearer(security)
    )
    assert r.status_code == 404
    r = await h.http.post(
        f"/api/v1/approvals/{action['id']}/reject",
        json={"note": "not the attacker's address"},
        headers=bearer(sup),
    )
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    assert r.json()["delivery"] is None and not await outbox_rows(h, action["id"])
    # Anonymous conversations have no exchange account to act on.
    anon = await open_conv(h, LOST_PHONE)
    anon_case = await case_for(h, anon["id"])
    r = await h.http.post(
        f"/api/v1/cases/{anon_case['id']}/actions",
        json={"kind": "reset_2fa", "reason": "x"},
        headers=bearer(tok),
    )
    assert r.status_code == 409 and r.json()["error"]["code"] == "account_unknown"
    r = await h.http.get("/api/v1/approvals?status=bogus", headers=bearer(sup))
    assert r.status_code == 400


async def test_a_customer_can_ask_for_an_urgent_freeze(harness: Harness) -> None:
    h = harness
    mark = await audit_mark(h)
    _, support = await agent(h)
    _, security = await agent(h, teams=["security"])
    _, sup = await agent(h, role="supervisor")
    # An ordinary request first, so the urgent one must jump the queue.
    other = await open_conv(h, LOST_PHONE, token=customer_jwt(h))
    other_case = await case_for(h, other["id"])
    r = await h.http.post(
        f"/api/v1/cases/{other_case['id']}/actions",
        json={"kind": "reset_2fa", "reason": "lost phone"},
        headers=bearer(support),
    )
    assert r.status_code == 201
    ordinary = r.json()["id"]
    conv = await open_conv(
        h, "我的账户余额不见了，怎么办", token=customer_jwt(h, lang="zh"), lang="zh"
    )
    case = await case_for(h, conv["id"])
    r = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/freeze-request", headers=bearer(conv["token"])
    )
    assert r.status_code == 201, r.text
    freeze = r.json()
    assert freeze["urgent"] and not freeze["already_requested"]
    assert freeze["conversation_status"] == "waiting"
    assert "冻结" in freeze["message"]["text"]  # told in the conversation's language
    again = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/freeze-request", headers=bearer(conv["token"])
    )
    assert again.status_code == 201 and again.json()["already_requested"]
    assert again.json()["action_id"] == freeze["action_id"]
    # The case now belongs to security, urgent; support no longer sees it.
    after = await case_for(h, conv["id"])
    assert after["team"] == "security" and after["priority"] == "urgent"
    assert after["escalated_to"] == "security"
    assert after["first_response_due"] is not None  # a person's response clock is running
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(support))
    assert r.status_code == 404
    r = await h.http.get(f"/api/v1/cases/{case['id']}", headers=bearer(security))
    assert r.status_code == 200
    r = await h.http.get("/api/v1/approvals", headers=bearer(sup))
    queue = r.json()["approvals"]
    ids = [a["id"] for a in queue]
    assert ids.index(freeze["action_id"]) < ids.index(ordinary)  # urgent first
    assert [a["urgent"] for a in queue] == sorted((a["urgent"] for a in queue), reverse=True)
    mine = queue[ids.index(freeze["action_id"])]
    assert mine["urgent"] and mine["kind"] == "freeze_account"
    assert mine["requested_by"]["kind"] == "customer"
    r = await h.http.get(
        f"/api/v1/conversations/{conv['id']}/messages", headers=bearer(conv["token"])
    )
    assert any(m.get("kind") == "freeze_requested" for m in r.json()["messages"])
    steps = {
        (e["action"], e["actor"]["kind"])
        for e in await audit_entries(h, since=mark)
        if e["details"].get("case_id") == case["id"] or (e["target"] or {}).get("id") == case["id"]
    }
    assert ("action.requested", "customer") in steps
    assert ("case.escalated", "customer") in steps
    # Any supervisor may approve a customer's own request.
    r = await h.http.post(f"/api/v1/approvals/{freeze['action_id']}/approve", headers=bearer(sup))
    assert r.status_code == 200


async def test_anonymous_customers_must_sign_in_to_freeze(harness: Harness) -> None:
    h = harness
    conv = await open_conv(h, "someone is draining my account, freeze it now")
    r = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/freeze-request", headers=bearer(conv["token"])
    )
    assert r.status_code == 403
    err = r.json()["error"]
    assert err["code"] == "sign_in_required" and "Sign in" in err["message"]
    other = await open_conv(h, "hello")
    r = await h.http.post(
        f"/api/v1/conversations/{conv['id']}/freeze-request", headers=bearer(other["token"])
    )
    assert r.status_code == 403  # a token for another conversation
    r = await h.http.post(f"/api/v1/conversations/{conv['id']}/freeze-request")
    assert r.status_code == 401
