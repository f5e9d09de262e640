"""Impersonation reports: "is this really you?" with a case behind it.

Anyone may report a contact (``submit_report``): the registry's verdict is computed, the
report becomes a case for the security team with the verdict as evidence, and the reporter
gets the verdict and a conversation to follow. A customer in a conversation can attach a
report to their own case instead (``attach_report``). The free text passes the secret guard
before anything is stored, like every customer message.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..assistant import trust_phrases
from ..domain import conversation as machine
from ..domain.catalog import PRIORITY_RANK
from ..domain.events import Event
from ..domain.model import Case, Conversation, DomainError, Message, NotFound
from ..store import repo, reports_repo
from ..store.writer import Tx
from ..triage.types import TriageResult
from ..trust.verify import IMPERSONATION, OFFICIAL, Verdict, check
from . import audit
from .clock import new_id
from .identity import CustomerClaims
from .intake import (
    _customer_for,
    _evidence_dicts,
    _merge_evidence,
    _message_events,
    _secret_meta,
    _secret_notice,
)
from .notify import emit_case
from .present import case_public, scope_of
from .service import Desk

CATEGORY = "account_security"


@dataclass(frozen=True, slots=True)
class Reported:
    report_id: str
    verdict: Verdict
    conversation: Conversation
    messages: list[Message]

    def to_public(self) -> dict[str, Any]:
        return {"report_id": self.report_id, **self.verdict.to_public()}


@dataclass(frozen=True, slots=True)
class _Prepared:
    verdict: Verdict
    text: str  # what is stored as the customer's message (guarded)
    value: str  # what is stored as evidence (guarded)
    where: str | None
    language: str
    result: TriageResult  # of ``text``


def _prepare(
    desk: Desk,
    value: str,
    where: str | None,
    details: str | None,
    lang: str | None,
    fallback_lang: str | None = None,
) -> _Prepared:
    value = (value or "").strip()
    where = (where or "").strip() or None
    details = (details or "").strip() or None
    if not value or len(value) > 2048:
        raise DomainError("say what to check: a link, address, handle or phone number")
    if where is not None and len(where) > 200:
        raise DomainError("`where` is too long (200 characters at most)")
    if details is not None and len(details) > desk.settings.max_message_chars:
        raise DomainError("details are too long", code="message_too_long")
    verdict = check(value, desk.registry)
    lines = [f"Impersonation report: {value}"]
    if where:
        lines.append(f"Seen on: {where}")
    if details:
        lines.append(details)
    result = desk.triage("\n".join(lines), lang_hint=lang or fallback_lang)
    if result.secrets:  # the guard found something: store the parts guarded too
        value = desk.triage(value).redacted_text
        where = desk.triage(where).redacted_text if where else None
    language = lang or (result.language if details else None) or fallback_lang or "en"
    return _Prepared(verdict, result.redacted_text, value, where, language, result)


def _evidence(report_id: str, p: _Prepared) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "impersonation_report",
        "report_id": report_id,
        "value": p.value,
        "verdict": p.verdict.verdict,
        "resembles": p.verdict.resembles,
    }
    if p.where:
        out["where"] = p.where
    return out


def _messages(tx: Tx, conv_id: str, p: _Prepared, now: datetime) -> list[Message]:
    meta = {"kind": "impersonation_report", **(_secret_meta(p.result) or {})}
    msgs = [
        repo.insert_message(
            tx.conn, conversation_id=conv_id, author="customer", text=p.text, now=now, meta=meta
        )
    ]
    if p.result.secrets:
        msgs.append(_secret_notice(tx, conv_id, p.result, p.language, now))
    reply = trust_phrases.report_verdict(
        p.language, p.verdict.verdict, p.value, p.verdict.resembles
    )
    msgs.append(
        repo.insert_message(
            tx.conn,
            conversation_id=conv_id,
            author="assistant",
            text=reply,
            now=now,
            meta={"kind": "report_verdict"},
        )
    )
    return msgs


async def submit_report(
    desk: Desk,
    *,
    claims: CustomerClaims | None,
    value: str,
    where: str | None = None,
    details: str | None = None,
    lang: str | None = None,
) -> Reported:
    p = _prepare(desk, value, where, details, lang, claims.lang if claims else None)

    def job(tx: Tx) -> Reported:
        now = desk.clock()
        customer = _customer_for(tx, claims, p.language, now)
        conv = Conversation(
            id=new_id("conv"),
            customer_id=customer.id,
            channel="web",
            status="waiting",
            language=p.language,
            created_at=now,
            updated_at=now,
        )
        repo.insert_conversation(tx.conn, conv)
        msgs = _messages(tx, conv.id, p, now)
        priority = {IMPERSONATION: desk.catalog.get(CATEGORY).priority, OFFICIAL: "normal"}.get(
            p.verdict.verdict, "high"
        )
        if customer.vip and PRIORITY_RANK[priority] < PRIORITY_RANK["high"]:
            priority = "high"
        due = now + desk.catalog.first_response_target(CATEGORY, channel="web", vip=customer.vip)
        report_id = new_id("rep")
        case = Case(
            id=new_id("case"),
            conversation_id=conv.id,
            category=CATEGORY,
            priority=priority,
            language=p.language,
            team=desk.catalog.team_for(CATEGORY, vip=customer.vip),
            vip=customer.vip,
            assignee_id=None,
            first_response_due=due,
            first_responded_at=None,
            created_at=now,
            evidence=(_evidence(report_id, p), *_evidence_dicts(p.result)),
        )
        repo.insert_case(tx.conn, case, conv.status, now)
        repo.add_timer(
            tx.conn,
            kind="first_response",
            due_at=due,
            now=now,
            case_id=case.id,
            conversation_id=conv.id,
        )
        _store_report(tx, p, report_id, case, conv.id, "public", now, customer.id)
        scope = scope_of(case)
        tx.emit(
            Event("case", conv.id, case_public(case, conv.status), scope=scope, audience="agents")
        )
        for e in _message_events(conv.id, msgs, scope):
            tx.emit(e)
        conv = Conversation(
            **{**{f: getattr(conv, f) for f in conv.__slots__}, "last_seq": msgs[-1].seq}
        )
        return Reported(report_id, p.verdict, conv, msgs)

    return await desk.writer.run(job)


def _store_report(
    tx: Tx,
    p: _Prepared,
    report_id: str,
    case: Case,
    conv_id: str,
    source: str,
    now: datetime,
    customer_id: str,
) -> None:
    reports_repo.insert_report(
        tx.conn,
        reports_repo.Report(
            id=report_id,
            conversation_id=conv_id,
            case_id=case.id,
            source=source,
            value=p.value[:2048],
            kind=p.verdict.kind,
            verdict=p.verdict.verdict,
            resembles=(p.verdict.resembles or None) and p.verdict.resembles[:300],
            seen_where=p.where,
            created_at=now,
        ),
    )
    audit.record(
        tx,
        now,
        audit.customer_actor(customer_id),
        "report.received",
        target=("case", case.id),
        report_id=report_id,
        source=source,
        kind=p.verdict.kind,
        verdict=p.verdict.verdict,
    )


async def attach_report(
    desk: Desk,
    *,
    conversation_id: str,
    customer_id: str,
    value: str,
    where: str | None = None,
    details: str | None = None,
) -> Reported:
    """From the chat: the report joins the conversation's own case as evidence."""
    p0 = _prepare(desk, value, where, details, None)

    def job(tx: Tx) -> Reported:
        now = desk.clock()
        conv = repo.get_conversation(tx.conn, conversation_id)
        if conv is None or conv.customer_id != customer_id:
            raise NotFound("conversation not found")
        found = repo.get_case_by_conversation(tx.conn, conversation_id)
        if found is None:
            raise NotFound("this conversation has no case yet", code="case_not_found")
        case, _ = found
        p = dataclasses.replace(p0, language=conv.language)  # answer in the chat's language
        status = machine.after_customer_message(
            conv.status,
            assigned=bool(case.assignee_id),
            resolved_at=conv.resolved_at,
            now=now,
            reopen_window=desk.reopen_window,
        )
        msgs = _messages(tx, conv.id, p, now)
        report_id = new_id("rep")
        evidence = [_evidence(report_id, p), *_evidence_dicts(p.result)]
        repo.update_case(
            tx.conn, case.id, now, evidence=_merge_evidence(list(case.evidence), evidence)
        )
        _store_report(tx, p, report_id, case, conv.id, "conversation", now, customer_id)
        scope = scope_of(case)
        if status != conv.status:
            resolved_at: Any = "clear" if conv.status == "resolved" else "keep"
            repo.set_conversation_status(tx.conn, conv.id, status, now, resolved_at=resolved_at)
            tx.emit(Event("status", conv.id, {"status": status}, scope=scope))
        for e in _message_events(conv.id, msgs, scope):
            tx.emit(e)
        emit_case(tx, case.id)
        return Reported(report_id, p.verdict, conv, msgs)

    return await desk.writer.run(job)
