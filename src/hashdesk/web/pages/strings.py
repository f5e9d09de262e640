"""Strings the scripts show, by key. ``N_`` only marks them for ``pybabel extract``; the
page translates them and hands them over in a ``<script type="application/json">`` block
(data, not code, so the CSP allows it). Placeholders are ``{name}``, filled in by the script.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping


def N_(s: str) -> str:  # noqa: N802 - the conventional gettext marker name
    return s


_CATEGORIES = {
    "cat.account_access": N_("Account access"),
    "cat.account_security": N_("Account security"),
    "cat.deposit": N_("Deposit"),
    "cat.withdrawal": N_("Withdrawal"),
    "cat.trading": N_("Trading"),
    "cat.futures": N_("Futures"),
    "cat.api_keys": N_("API keys"),
    "cat.compliance_review": N_("Compliance review"),
    "cat.general": N_("General"),
}

_SECRETS = {
    "secret.mnemonic": N_("seed phrase"),
    "secret.private_key": N_("private key"),
    "secret.extended_private_key": N_("extended private key"),
    "secret.keystore": N_("keystore file"),
    "secret.password": N_("password"),
    "secret.otp_code": N_("2FA code"),
    "secret.api_secret": N_("API secret"),
}

_DURATIONS = {
    "dur.hm": N_("{h}h {m}m"),
    "dur.ms": N_("{m}m {s}s"),
    "dur.s": N_("{s}s"),
    "dur.d": N_("{d}d {h}h"),
}

CONSOLE: dict[str, str] = {
    **_CATEGORIES,
    **_SECRETS,
    **_DURATIONS,
    "conn.live": N_("Live"),
    "conn.offline": N_("Reconnecting…"),
    "sla.left": N_("{d} left"),
    "sla.overdue": N_("{d} overdue"),
    "sla.responded": N_("Responded"),
    "sla.none": N_("No target"),
    "priority.low": N_("Low"),
    "priority.normal": N_("Normal"),
    "priority.high": N_("High"),
    "priority.urgent": N_("Urgent"),
    "status.assistant": N_("With assistant"),
    "status.waiting": N_("Waiting"),
    "status.open": N_("Open"),
    "status.pending_customer": N_("Pending customer"),
    "status.resolved": N_("Resolved"),
    "status.closed": N_("Closed"),
    "team.support": N_("Support"),
    "team.security": N_("Security"),
    "team.compliance": N_("Compliance"),
    "team.vip": N_("VIP desk"),
    "team.supervisor": N_("Supervisor"),
    "role.supervisor": N_("Supervisor"),
    "role.admin": N_("Admin"),
    "tier.standard": N_("Standard"),
    "tier.vip": N_("VIP"),
    "channel.web": N_("Web chat"),
    "channel.app": N_("In-app chat"),
    "channel.email": N_("E-mail"),
    "channel.telegram": N_("Telegram"),
    "author.customer": N_("Customer"),
    "author.assistant": N_("Assistant"),
    "author.agent": N_("Agent"),
    "author.system": N_("System"),
    "author.internal": N_("Internal note"),
    "msg.redacted": N_("Removed before storage: {kinds}"),
    "evidence.txid": N_("Transaction id"),
    "evidence.address": N_("Address"),
    "evidence.order_id": N_("Order id"),
    "evidence.withdrawal_id": N_("Withdrawal id"),
    "evidence.email": N_("E-mail"),
    "evidence.timestamp": N_("Time"),
    "evidence.amount": N_("Amount"),
    "evidence.screenshot": N_("Screenshot"),
    "valid.yes": N_("Valid"),
    "valid.no": N_("Invalid"),
    "valid.unknown": N_("Not checked"),
    "queue.empty.waiting": N_("No one is waiting. New cases appear here as they arrive."),
    "queue.empty.mine": N_("You have no open cases."),
    "queue.empty.all": N_("No open cases."),
    "queue.unassigned": N_("Unassigned"),
    "queue.you": N_("You"),
    "customer.anonymous": N_("Anonymous visitor"),
    "case.claimed_by_you": N_("Claimed by you"),
    "case.claimed_by": N_("Claimed by {name}"),
    "case.unclaimed": N_("Not claimed"),
    "case.escalated_to": N_("Escalated to {to}"),
    "case.claimed": N_("You claimed this case."),
    "case.escalated": N_("Case escalated."),
    "case.resolved": N_("Case resolved."),
    "case.sending": N_("Sending…"),
    "error.secret_request_blocked": N_(
        "Not sent: this reply asks the customer for a secret (seed phrase, private key, "
        "password or 2FA code). Support never asks for these — rephrase it and send again."
    ),
    "error.already_claimed": N_("Another agent has already claimed this case."),
    "error.case_not_active": N_("This case is no longer active."),
    "error.conversation_closed": N_("This conversation is closed."),
    "error.reason_required": N_("Give a reason for the escalation."),
    "error.invalid_target": N_("Choose where to escalate."),
    "error.bad_credentials": N_("Wrong e-mail, password or code."),
    "error.locked": N_("Too many failed sign-ins. Try again later."),
    "error.unauthenticated": N_("Your session has ended. Sign in again."),
    "error.csrf_failed": N_("Your session token is out of date. Reload the page."),
    "error.forbidden": N_("You may not see this case."),
    "error.not_found": N_("Not found."),
    "error.network": N_("Network error — check your connection and try again."),
    "error.generic": N_("Something went wrong ({code})."),
}

WIDGET: dict[str, str] = {
    **_SECRETS,
    "status.assistant": N_("Assistant"),
    "status.waiting": N_("Waiting for an agent"),
    "status.open": N_("An agent has joined"),
    "status.pending_customer": N_("An agent has joined"),
    "status.resolved": N_("Resolved — write again if you need more help"),
    "status.closed": N_("This conversation is closed"),
    "status.connecting": N_("Connecting…"),
    "status.reconnecting": N_("Reconnecting…"),
    "author.customer": N_("You"),
    "author.assistant": N_("Assistant"),
    "author.agent": N_("Support"),
    "msg.sending": N_("Sending…"),
    "msg.retrying": N_("Connection problem — retrying…"),
    "msg.failed": N_("Not sent. Tap to try again."),
    "msg.redacted": N_("Removed for your safety: {kinds}"),
    "handoff.asked": N_("A person from our team will reply here."),
    "handoff.first": N_("Tell us briefly what it is about, and a person will reply."),
    "closed.new": N_("That conversation was closed, so we started a new one."),
    "error.generic": N_("Something went wrong ({code})."),
    "error.message_too_long": N_("That message is too long."),
}


def translated(table: Mapping[str, str], gettext: Callable[[str], str]) -> dict[str, str]:
    return {key: gettext(msgid) for key, msgid in table.items()}
