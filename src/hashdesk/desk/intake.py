"""Customer-side use cases: open a conversation, post a message, ask for a person.

The secret guard and triage run on the raw text *before* the write job is queued, so the
raw text never reaches the database, the bus or a log line: only ``redacted_text`` goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Connection

from ..assistant import phrases, policy
from ..domain import conversation as machine
from ..domain.catalog import PRIORITY_RANK
from ..domain.events import Event
from ..domain.model import Case, Conflict, Conversation, Customer, DomainError, Message, NotFound
from ..store import repo
from ..store.reads import read
from ..store.writer import Tx
from ..triage.types import TriageResult
from . import assistant_turn
from .clock import new_id
from .identity import CustomerClaims
from .notify import emit_case
from .present import case_public, message_public, scope_of
from .service import Desk


@dataclass(frozen=True, slots=True)
class Opened:
    conversation: Conversation
    customer: Customer
    messages: list[Message]


def _check_text(desk: Desk, text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise DomainError("message text is empty", code="empty_message")
    if len(text) > desk.settings.max_message_chars:
        raise DomainError(
            f"message text is longer than {desk.settings.max_message_chars} characters",
            code="message_too_long",
        )
    return text


def _message_events(conversation_id: str, msgs: list[Message], scope: Any) -> list[Event]:
    return [Event("message", conversation_id, message_public(m), scope=scope) for m in msgs]


def _evidence_dicts(result: TriageResult) -> list[dict[str, Any]]:
    return [e.to_public() for e in result.evidence]


def _customer_for(tx: Tx, claims: CustomerClaims | None, lang: str, now: Any) -> Customer:
    if claims is None:
        c = Customer(
            id=new_id("cus"), account_id=None, email=None, name=None, tier="standard", language=lang
        )
        repo.insert_customer(tx.conn, c, now)
        return c
    existing = repo.get_customer_by_account(tx.conn, claims.sub)
    fresh = Customer(
        id=existing.id if existing else new_id("cus"),
        account_id=claims.sub,
        email=claims.email,
        name=claims.name,
        tier="vip" if claims.tier == "vip" else "standard",
        language=claims.lang or lang,
    )
    if existing is None:
        repo.insert_customer(tx.conn, fresh, now)
    elif existing != fresh:
        repo.update_customer(tx.conn, fresh)
    return fresh


def _route(desk: Desk, result: TriageResult, vip: bool) -> tuple[str, str]:
    """(team, priority) for a case of this triage and tier."""
    priority = result.priority
    if vip and PRIORITY_RANK[priority] < PRIORITY_RANK["high"]:
        priority = "high"
    return desk.catalog.team_for(result.category, vip=vip), priority


async def open_conversation(
    desk: Desk,
    *,
    claims: CustomerClaims | None,
    channel: str,
    text: str,
    lang: str | None,
    client_id: str | None = None,
) -> Opened:
    text = _check_text(desk, text)
    hint = lang or (claims.lang if claims else None)
    result = desk.triage(text, lang_hint=hint)
    language = lang or result.language or (claims.lang if claims else None) or "en"
    vip = bool(claims and claims.tier == "vip")
    team, priority = _route(desk, result, vip)
    evidence = _evidence_dicts(result)
    decision = await assistant_turn.decide(
        desk,
        text=text,
        result=result,
        language=language,
        category=result.category,
        team=team,
        evidence=evidence,
        metas=[],
    )

    def job(tx: Tx) -> Opened:
        now = desk.clock()
        if client_id is not None:
            existing = repo.conversation_by_open_client_id(tx.conn, client_id)
            if existing is not None:
                return _reopened(tx, existing, claims)
        customer = _customer_for(tx, claims, language, now)
        conv = Conversation(
            id=new_id("conv"),
            customer_id=customer.id,
            channel=channel,
            status="assistant",
            language=language,
            created_at=now,
            updated_at=now,
        )
        repo.insert_conversation(tx.conn, conv, open_client_id=client_id)
        msgs = [
            repo.insert_message(
                tx.conn,
                conversation_id=conv.id,
                author="customer",
                text=result.redacted_text,
                now=now,
                client_id=client_id,
                meta=_secret_meta(result),
                client_id_checked=True,
            )
        ]
        if result.secrets:
            msgs.append(_secret_notice(tx, conv.id, result, language, now))
        case = Case(
            id=new_id("case"),
            conversation_id=conv.id,
            category=result.category,
            priority=priority,
            language=language,
            team=team,
            vip=customer.vip,
            assignee_id=None,
            first_response_due=None,
            first_responded_at=None,
            created_at=now,
            evidence=tuple(evidence),
        )
        repo.insert_case(tx.conn, case, "assistant", now)
        greeting = policy.say(phrases.lang_or_en(language), "hello")
        status, more = _apply_decision(tx, desk, conv, case, decision, now, first_words=greeting)
        msgs += more
        conv = Conversation(**{**_conv_dict(conv), "status": status, "last_seq": msgs[-1].seq})
        found = repo.get_case(tx.conn, case.id)
        assert found is not None
        case = found[0]
        scope = scope_of(case)
        tx.emit(Event("case", conv.id, case_public(case, status), scope=scope, audience="agents"))
        for e in _message_events(conv.id, msgs, scope):
            tx.emit(e)
        return Opened(conversation=conv, customer=customer, messages=msgs)

    return await desk.writer.run(job)


def _reopened(tx: Tx, conv: Conversation, claims: CustomerClaims | None) -> Opened:
    """A retried open (same client_id): the conversation it created, not a second one."""
    customer = repo.get_customer(tx.conn, conv.customer_id)
    assert customer is not None
    if claims is not None and customer.account_id != claims.sub:
        raise Conflict("this client_id was used for another conversation", code="client_id_taken")
    msgs = repo.list_messages(tx.conn, conv.id, limit=50, include_internal=False)
    return Opened(conversation=conv, customer=customer, messages=msgs)


def _apply_decision(
    tx: Tx,
    desk: Desk,
    conv: Conversation,
    case: Case,
    decision: policy.Decision,
    now: datetime,
    *,
    first_words: str = "",
) -> tuple[str, list[Message]]:
    """Say what the assistant decided and move the conversation; returns (status, messages)."""
    gap = policy.sep(phrases.lang_or_en(conv.language))
    text = f"{first_words}{gap}{decision.text}" if first_words else decision.text
    msg = repo.insert_message(
        tx.conn,
        conversation_id=conv.id,
        author="assistant",
        text=text,
        now=now,
        meta=decision.meta,
    )
    status = conv.status
    if decision.action == "handoff":
        status = machine.after_handoff(conv.status)
        due = now + desk.catalog.first_response_target(
            case.category, channel=conv.channel, vip=case.vip
        )
        repo.update_case(tx.conn, case.id, now, first_response_due=due, summary=decision.summary)
        repo.add_timer(
            tx.conn,
            kind="first_response",
            due_at=due,
            now=now,
            case_id=case.id,
            conversation_id=conv.id,
        )
        repo.set_conversation_status(tx.conn, conv.id, status, now)
    elif decision.action == "resolve":
        status = "resolved"
        repo.set_conversation_status(tx.conn, conv.id, status, now, resolved_at=now)
        repo.set_resolution(tx.conn, conv.id, "assistant")
        repo.add_timer(
            tx.conn,
            kind="auto_close",
            due_at=now + desk.reopen_window,
            now=now,
            case_id=case.id,
            conversation_id=conv.id,
        )
    else:
        repo.add_timer(
            tx.conn,
            kind="assistant_idle",
            due_at=now + timedelta(minutes=desk.settings.assistant_idle_minutes),
            now=now,
            case_id=case.id,
            conversation_id=conv.id,
        )
    return status, [msg]


def _conv_dict(c: Conversation) -> dict[str, Any]:
    return {f: getattr(c, f) for f in c.__slots__}


def _secret_meta(result: TriageResult) -> dict[str, Any] | None:
    if not result.secrets:
        return None
    # Kinds and counts only: never the secret, never its offsets into the raw text.
    return {"redacted": sorted({s.kind for s in result.secrets})}


def _secret_notice(
    tx: Tx, conversation_id: str, result: TriageResult, language: str, now: Any
) -> Message:
    return repo.insert_message(
        tx.conn,
        conversation_id=conversation_id,
        author="system",
        text=phrases.secret_warning({s.kind for s in result.secrets}, language),
        now=now,
        meta={"kind": "secret_removed"},
    )


async def post_customer_message(
    desk: Desk,
    *,
    conversation_id: str,
    customer_id: str,
    text: str,
    client_id: str | None = None,
) -> Message:
    text = _check_text(desk, text)
    if client_id is not None and (not client_id or len(client_id) > 100):
        raise DomainError("client_id must be 1–100 characters", code="invalid_client_id")
    result = desk.triage(text)
    turn = await _assistant_turn(desk, conversation_id, customer_id, text, result)

    def job(tx: Tx) -> Message:
        now = desk.clock()
        conv = repo.get_conversation(tx.conn, conversation_id)
        if conv is None or conv.customer_id != customer_id:
            raise NotFound("conversation not found")
        if client_id is not None:
            existing = repo.find_by_client_id(tx.conn, conversation_id, client_id)
            if existing is not None:
                return existing  # a retry: stored once, answered the same
        found = repo.get_case_by_conversation(tx.conn, conversation_id)
        case = found[0] if found else None
        status = machine.after_customer_message(
            conv.status,
            assigned=bool(case and case.assignee_id),
            resolved_at=conv.resolved_at,
            now=now,
            reopen_window=desk.reopen_window,
        )
        # The assistant acts only if nothing happened since it decided (no agent took over).
        acting = turn is not None and turn.last_seq == conv.last_seq and case is not None
        meta = _secret_meta(result) or {}
        if acting and turn is not None and turn.decision.customer_feedback:
            meta = {**meta, "kind": "feedback", "value": turn.decision.customer_feedback}
        msg = repo.insert_message(
            tx.conn,
            conversation_id=conversation_id,
            author="customer",
            text=result.redacted_text,
            now=now,
            client_id=client_id,
            meta=meta or None,
            client_id_checked=True,
        )
        msgs = [msg]
        if result.secrets:
            # Warn in the language this message was written in (it may differ from the
            # conversation's first message), falling back to the conversation's.
            lang = result.language if result.language in phrases.SUPPORTED else conv.language
            msgs.append(_secret_notice(tx, conversation_id, result, lang, now))
        if status != conv.status:
            resolved_at: Any = "clear" if conv.status == "resolved" else "keep"
            repo.set_conversation_status(
                tx.conn, conversation_id, status, now, resolved_at=resolved_at
            )
            if conv.status == "resolved":
                repo.set_resolution(tx.conn, conversation_id, None)
        if case is not None and result.evidence:
            merged = _merge_evidence(list(case.evidence), _evidence_dicts(result))
            if merged != list(case.evidence):
                repo.update_case(tx.conn, case.id, now, evidence=merged)
                case = Case(
                    **{**{f: getattr(case, f) for f in case.__slots__}, "evidence": tuple(merged)}
                )
        if acting and turn is not None and case is not None:
            current = Conversation(**{**_conv_dict(conv), "status": status})
            status, more = _apply_decision(tx, desk, current, case, turn.decision, now)
            msgs += more
        if status != "assistant":
            desk.past_assistant.add(conversation_id)
        scope = scope_of(case) if case else None
        if status != conv.status:
            tx.emit(Event("status", conversation_id, {"status": status}, scope=scope))
        for e in _message_events(conversation_id, msgs, scope):
            tx.emit(e)
        if case is not None and (status != conv.status or acting):
            emit_case(tx, case.id)
        return msg

    return await desk.writer.run(job)


async def _assistant_turn(
    desk: Desk, conversation_id: str, customer_id: str, text: str, result: TriageResult
) -> assistant_turn.Turn | None:
    """While the assistant holds the conversation, decide its reply (before the write)."""
    if conversation_id in desk.past_assistant:
        return None

    def q(conn: Connection) -> tuple[Conversation, Case, list[dict[str, Any]]] | None:
        conv = repo.get_conversation(conn, conversation_id)
        if conv is None or conv.customer_id != customer_id:
            return None
        if conv.status != "assistant":
            desk.past_assistant.add(conversation_id)
            return None
        found = repo.get_case_by_conversation(conn, conversation_id)
        if found is None:
            return None
        return conv, found[0], repo.recent_metas(conn, conversation_id)

    ctx = await read(desk.reader, q)
    if ctx is None:
        return None
    conv, case, metas = ctx
    evidence = _merge_evidence(list(case.evidence), _evidence_dicts(result))
    decision = await assistant_turn.decide(
        desk,
        text=text,
        result=result,
        language=conv.language,
        category=case.category,
        team=case.team,
        evidence=evidence,
        metas=metas,
    )
    return assistant_turn.Turn(decision=decision, last_seq=conv.last_seq)


def _merge_evidence(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen = {(e.get("kind"), e.get("value")) for e in old}
    out = list(old)
    for e in new:
        key = (e.get("kind"), e.get("value"))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out[:200]


async def request_handoff(desk: Desk, *, conversation_id: str, customer_id: str) -> str:
    """The customer pressed "talk to a person" (any status; a no-op once a person has it)."""

    def job(tx: Tx) -> str:
        now = desk.clock()
        conv = repo.get_conversation(tx.conn, conversation_id)
        if conv is None or conv.customer_id != customer_id:
            raise NotFound("conversation not found")
        status = machine.after_handoff(conv.status)
        found = repo.get_case_by_conversation(tx.conn, conversation_id)
        if found is None or status == conv.status:
            return conv.status
        case = found[0]
        lang = phrases.lang_or_en(conv.language)
        decision = policy.Decision(
            "handoff",
            phrases.handoff_requested(lang),
            {"kind": "handoff", "reason": "asked_for_person"},
            "asked_for_person",
            summary=(case.summary or "") + " Handed off: the customer asked for a person.",
        )
        if conv.status == "resolved":
            repo.set_resolution(tx.conn, conversation_id, None)
            repo.set_conversation_status(
                tx.conn, conversation_id, conv.status, now, resolved_at="clear"
            )
        status, msgs = _apply_decision(tx, desk, conv, case, decision, now)
        scope = scope_of(case)
        tx.emit(Event("status", conversation_id, {"status": status}, scope=scope))
        for e in _message_events(conversation_id, msgs, scope):
            tx.emit(e)
        emit_case(tx, case.id)
        return status

    return await desk.writer.run(job)
