"""The assistant's conversation policy: answer, ask for what is missing, or hand off.

Pure: the desk gives it the message's triage, what the assistant already did in this
conversation (folded from its earlier messages' metadata), a knowledge-base hit (or none),
and whether a person is available; it returns what to say and what to do.

The rules, in order:
1. a customer who asks for a person gets one, in any language;
2. account security, funds at risk, or an exposed seed phrase/key: hand off at once;
3. after an article was offered: "it helped" resolves (counted as resolved by the
   assistant); "it didn't" counts as unhelpful, and two unhelpful answers hand off;
4. an answer from the knowledge base above its confidence threshold, citing the article,
   asking whether it solved the problem (never the same article twice);
5. the category's key material triage has not found yet (one clear question at a time;
   off hours: every missing material, so a person can act on the first reply);
6. otherwise hand off (low confidence), with a summary of what was learned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from . import materials
from .phrases import lang_or_en

Action = Literal["answer", "ask", "handoff", "resolve"]

_PERSON = re.compile(
    r"\b(human|real person|a person|live agent|an agent|agent please|representative|operator|"
    r"talk to (?:someone|somebody|support|a)|speak (?:to|with) (?:someone|somebody|a)|"
    r"customer service|humano|persona real|agente|atendente|operador|человек|оператор|"
    r"живой|сотрудник|nhân viên|người thật|tư vấn viên|insan|temsilci|müşteri temsilcisi|"
    r"yetkili)\b|人工|转人工|真人|客服人员|人工客服|找客服|接线员|상담원|사람|상담사|"
    r"オペレーター|担当者|人間",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^\s*(yes|yeah|yep|yup|it (did|worked|helped)|that (helped|worked|solved)|solved|"
    r"resolved|works now|thanks?,? (it|that) (worked|helped)|perfect|great,? thanks|"
    r"sí|si|resuelto|да|помогло|có|được rồi|evet|sim|resolvido|네|해결|はい|解決)\b|"
    r"^\s*(好的?|解决了|可以了|有用|有帮助|谢谢|明白了|搞定)",
    re.IGNORECASE,
)
_NO = re.compile(
    r"\b(no|nope|not really|didn'?t help|did not help|doesn'?t help|not helpful|useless|"
    r"still (not|no|doesn'?t|hasn'?t|missing|pending|stuck)|not solved|no help|"
    r"não|nao|нет|не помогло|không|hayır|yardımcı olmadı|아니|아니요|いいえ)\b|"
    r"没用|没有用|没帮助|没有帮助|不行|没解决|没有解决|还是没|不是|没到|依然|仍然",
    re.IGNORECASE,
)

SECRET_HANDOFF_KINDS = frozenset({"mnemonic", "private_key", "extended_private_key", "keystore"})


def wants_person(text: str) -> bool:
    return bool(_PERSON.search(text))


def feedback(text: str) -> Literal["yes", "no", "none"]:
    if _NO.search(text):
        return "no"
    if _YES.search(text):
        return "yes"
    return "none"


@dataclass(frozen=True, slots=True)
class History:
    """What the assistant did so far, folded from its messages' metadata."""

    offered: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()
    unhelpful: int = 0
    awaiting: str | None = None  # "feedback" | "material" | None
    turns: int = 0

    @classmethod
    def fold(cls, metas: Sequence[Mapping[str, Any]]) -> History:
        offered: list[str] = []
        asked: list[str] = []
        unhelpful = 0
        awaiting: str | None = None
        turns = 0
        for meta in metas:
            kind = meta.get("kind")
            if kind == "kb_answer":
                offered.append(str(meta.get("article")))
                awaiting = "feedback"
                turns += 1
            elif kind == "ask_material":
                asked.append(str(meta.get("material")))
                awaiting = "material"
                turns += 1
            elif kind == "feedback":
                if meta.get("value") == "no":
                    unhelpful += 1
                awaiting = None
            elif kind in ("handoff", "bot_resolved"):
                awaiting = None
        return cls(tuple(offered), tuple(asked), unhelpful, awaiting, turns)


@dataclass(frozen=True, slots=True)
class KbHit:
    article: str
    title: str
    url: str
    snippet: str
    language: str
    cross_language: bool
    score: float


@dataclass(frozen=True, slots=True)
class Situation:
    text: str
    language: str
    category: str
    urgent: bool
    secret_kinds: frozenset[str]
    catalog_materials: tuple[str, ...]
    evidence: tuple[Mapping[str, Any], ...]  # everything found in the conversation so far
    history: History
    kb_hit: KbHit | None
    agents_available: bool
    queue_ahead: int = 0
    wait_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    summary: str = ""
    customer_feedback: str | None = None  # "yes" | "no" to record on the customer message


def decide(s: Situation) -> Decision:
    lang = lang_or_en(s.language)
    fb = feedback(s.text) if s.history.awaiting == "feedback" else "none"
    unhelpful = s.history.unhelpful + (1 if fb == "no" else 0)
    record = fb if fb != "none" else None

    if wants_person(s.text):
        return _handoff(s, lang, "asked_for_person", unhelpful, record)
    if s.category == "account_security" or s.urgent:
        return _handoff(s, lang, "security", unhelpful, record)
    if s.secret_kinds & SECRET_HANDOFF_KINDS:
        return _handoff(s, lang, "secret_exposed", unhelpful, record)
    if fb == "yes":
        return Decision(
            "resolve",
            say(lang, "glad"),
            {"kind": "bot_resolved"},
            "resolved_by_assistant",
            customer_feedback="yes",
        )
    if unhelpful >= 2:
        return _handoff(s, lang, "unhelpful", unhelpful, record)

    hit = s.kb_hit
    answering_us = s.history.awaiting == "material"  # the customer replies to our question
    if hit is not None and hit.article not in s.history.offered and fb != "no" and not answering_us:
        return Decision(
            "answer",
            _answer_text(hit, lang),
            {
                "kind": "kb_answer",
                "article": hit.article,
                "url": hit.url,
                "cross_language": hit.cross_language,
                "score": round(hit.score, 4),
            },
            "kb_answer",
            customer_feedback=record,
        )

    todo = materials.missing(s.catalog_materials, s.evidence, s.history.asked)
    # One clear question for the key material; off hours, everything a person will need.
    budget = len(todo) if not s.agents_available else (1 if not s.history.asked else 0)
    if todo and budget > 0:
        key = todo[0]
        prefix = say(lang, "sorry_more") + sep(lang) if fb == "no" else ""
        return Decision(
            "ask",
            prefix + materials.question(key, lang),
            {"kind": "ask_material", "material": key},
            "ask_material",
            customer_feedback=record,
        )
    reason = "materials_collected" if s.history.asked else "low_confidence"
    if fb == "no":
        reason = "unhelpful"
    return _handoff(s, lang, reason, unhelpful, record)


def _answer_text(hit: KbHit, lang: str) -> str:
    parts = [say(lang, "kb_intro")]
    if hit.cross_language:
        parts.append(say(lang, "kb_other_language"))
    parts.append(f"「{hit.title}」" if lang in ("zh", "ja") else f"“{hit.title}”")
    if hit.snippet:
        parts.append(hit.snippet)
    parts.append(hit.url)
    parts.append(say(lang, "did_it_help"))
    return "\n\n".join(parts)


def _handoff(s: Situation, lang: str, reason: str, unhelpful: int, record: str | None) -> Decision:
    if s.agents_available:
        wait = s.wait_minutes if s.wait_minutes is not None else max(2, 3 * (s.queue_ahead + 1))
        text = say(lang, "handoff_wait").format(minutes=wait)
    else:
        text = say(lang, "handoff_offline")
    if reason in ("security", "secret_exposed"):
        text = say(lang, "handoff_security") + sep(lang) + text
    return Decision(
        "handoff",
        text,
        {"kind": "handoff", "reason": reason},
        reason,
        summary=summary(s, reason, unhelpful),
        customer_feedback=record,
    )


def summary(s: Situation, reason: str, unhelpful: int) -> str:
    """What the agent reads first on the case: the assistant's notes, in English."""
    found = []
    for e in s.evidence:
        v = str(e.get("value", ""))
        found.append(f"{e.get('kind')}: {v[:80]}" + (f" ({e['chain']})" if e.get("chain") else ""))
    todo = materials.missing(s.catalog_materials, s.evidence, ())
    lines = [
        f"Handed off: {REASONS.get(reason, reason)}.",
        f"Category {s.category}, language {s.language}" + (", URGENT" if s.urgent else "") + ".",
    ]
    if s.history.offered:
        lines.append(
            f"Articles offered: {', '.join(s.history.offered)}"
            + (f" ({unhelpful} marked unhelpful)." if unhelpful else ".")
        )
    if found:
        lines.append("Collected: " + "; ".join(found[:12]) + ".")
    if todo:
        lines.append("Still missing: " + ", ".join(todo) + ".")
    if s.secret_kinds:
        lines.append(
            "Secrets were removed from the chat: "
            + ", ".join(sorted(s.secret_kinds))
            + ". Treat them as exposed."
        )
    if not s.agents_available:
        lines.append("Arrived off hours: the customer was told a person will reply when back.")
    return " ".join(lines)


REASONS = {
    "asked_for_person": "the customer asked for a person",
    "security": "account security / funds at risk",
    "secret_exposed": "the customer exposed a seed phrase or key",
    "unhelpful": "answers did not help",
    "low_confidence": "no confident answer",
    "materials_collected": "details collected",
}

_SAY: dict[str, dict[str, str]] = {
    "en": {
        "hello": "Hi, I'm the support assistant.",
        "glad": "Glad that helped! If anything else comes up, just write here.",
        "kb_intro": "This article should help:",
        "kb_other_language": "(It is in English; a person can also help in your language.)",
        "did_it_help": "Did this solve your problem? You can also ask for a person at any time.",
        "sorry_more": "Sorry that didn't solve it.",
        "handoff_wait": "I'm handing you over to a person from our support team; the expected "
        "wait is about {minutes} minutes. They will see everything you wrote here.",
        "handoff_offline": "Our team is offline right now. Your request is queued and a person "
        "will reply here as soon as they are back — you will be first in line. They will see "
        "everything you wrote here.",
        "handoff_security": "This is a security matter, so a specialist takes over right away.",
    },
    "zh": {
        "hello": "您好，我是智能客服助手。",
        "glad": "很高兴能帮到您！如有其他问题，随时在这里留言。",
        "kb_intro": "这篇文章应该能帮到您：",
        "kb_other_language": "（该文章为英文；人工客服也可以用您的语言协助您。）",
        "did_it_help": "这解决您的问题了吗？您也可以随时要求转人工。",
        "sorry_more": "抱歉没能解决您的问题。",
        "handoff_wait": "正在为您转接人工客服，预计等待约 {minutes} 分钟。客服能看到您在这里写的所有内容。",
        "handoff_offline": "我们的客服团队目前不在线。您的请求已排队，客服上线后会第一时间在这里回复您。"
        "客服能看到您在这里写的所有内容。",
        "handoff_security": "这是安全问题，安全专员会立即接手。",
    },
}


def sep(lang: str) -> str:
    """Between sentences: a space, except in Chinese and Japanese."""
    return "" if lang in ("zh", "ja") else " "


def say(lang: str, key: str) -> str:
    return _SAY.get(lang, _SAY["en"]).get(key, _SAY["en"][key])
