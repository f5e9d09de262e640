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

# Category names, for the help center's pages too.
CATEGORIES = _CATEGORIES

_ACTIONS = {
    "action.reset_2fa": N_("2FA reset"),
    "action.freeze_account": N_("Account freeze"),
    "action.unfreeze_account": N_("Account unfreeze"),
    "action.remove_whitelist_address": N_("Whitelist address removal"),
    "action.status.pending": N_("Waiting for approval"),
    "action.status.approved": N_("Approved"),
    "action.status.rejected": N_("Rejected"),
    "action.urgent": N_("Urgent"),
    "action.requested_by": N_("Requested by {name}"),
    "action.requested_by_customer": N_("Requested by the customer"),
    "action.decided_by": N_("Decided by {name}"),
    "action.requested": N_("Sent for approval. A supervisor other than you must approve it."),
    "action.approved": N_("Approved — on its way to the exchange."),
    "action.rejected": N_("Rejected."),
    "action.reason_required": N_("Give a reason for this action."),
    "action.address_required": N_("Enter the whitelisted address to remove."),
    "action.anonymous": N_(
        "The customer is not signed in, so there is no exchange account to act on."
    ),
    "delivery.pending": N_("Delivery to the exchange pending"),
    "delivery.delivered": N_("Delivered to the exchange"),
    "delivery.failed": N_("Delivery to the exchange failed"),
    "approvals.empty.pending": N_("No requests are waiting for approval."),
    "approvals.empty.decided": N_("No decided requests yet."),
    "approvals.own": N_("You asked for this: another supervisor must decide it."),
    "approvals.account": N_("Account"),
    "approvals.case": N_("Case"),
    "approvals.requested": N_("Requested"),
    "approvals.decided": N_("Decided"),
    "approvals.decision_note": N_("Note"),
    "approvals.delivery": N_("Delivery"),
    "approvals.note": N_("Note (optional, recorded with your decision)"),
    "approvals.approve": N_("Approve"),
    "approvals.reject": N_("Reject"),
    "param.address": N_("Address"),
    "param.chain": N_("Network"),
    "param.memo": N_("Memo / tag"),
}

_AUDIT = {
    "actor.agent": N_("Agent"),
    "actor.customer": N_("Customer"),
    "actor.system": N_("System"),
    "actor.anonymous": N_("Anonymous"),
    "audit.empty": N_("No entries match."),
    "audit.action.auth.login": N_("Signed in"),
    "audit.action.auth.logout": N_("Signed out"),
    "audit.action.auth.login_failed": N_("Sign-in failed"),
    "audit.action.auth.login_refused": N_("Sign-in refused"),
    "audit.action.auth.locked_out": N_("Locked out"),
    "audit.action.agent.created": N_("Agent created"),
    "audit.action.case.viewed": N_("Case viewed"),
    "audit.action.case.exported": N_("Case exported"),
    "audit.action.case.claimed": N_("Case claimed"),
    "audit.action.case.replied": N_("Reply sent"),
    "audit.action.case.reply_blocked": N_("Reply blocked"),
    "audit.action.case.escalated": N_("Case escalated"),
    "audit.action.case.resolved": N_("Case resolved"),
    "audit.action.action.requested": N_("Sensitive action requested"),
    "audit.action.action.approved": N_("Sensitive action approved"),
    "audit.action.action.rejected": N_("Sensitive action rejected"),
    "audit.action.action.delivered": N_("Action delivered"),
    "audit.action.action.delivery_retry": N_("Action delivery retried"),
    "audit.action.action.delivery_failed": N_("Action delivery failed"),
    "audit.action.report.received": N_("Impersonation report received"),
    "audit.action.retention.purged": N_("Old data purged"),
    "audit.action.config.changed": N_("Configuration changed"),
}

CONSOLE: dict[str, str] = {
    **_CATEGORIES,
    **_ACTIONS,
    **_AUDIT,
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
    "queue.empty.assistant": N_("No one is talking to the assistant right now."),
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
    "note.added": N_("Internal note added."),
    "compose.send": N_("Send"),
    "compose.add_note": N_("Add note"),
    "compose.placeholder.reply": N_("Write a reply to the customer…"),
    "compose.placeholder.note": N_("Write an internal note — the customer never sees it…"),
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
    "error.four_eyes": N_(
        "Four eyes: you asked for this action, so another supervisor must decide it."
    ),
    "error.already_decided": N_("This request was already decided."),
    "error.already_requested": N_(
        "A request of this kind for this account is already waiting for approval."
    ),
    "error.account_unknown": N_(
        "The customer is not signed in, so there is no exchange account to act on."
    ),
    "error.not_a_supervisor": N_("Only supervisors and admins can see this."),
    "error.invalid_params": N_("Check the details of the action."),
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
    "error.network": N_("Network error — check your connection and try again."),
    "report.value_required": N_(
        "Say what to report: a link, e-mail address, handle or phone number."
    ),
    "report.sent": N_("Thank you — our security team has your report."),
    "report.sending": N_("Sending…"),
}

VERIFY: dict[str, str] = {
    "verdict.official": N_("Official"),
    "verdict.not_official": N_("Not official"),
    "verdict.impersonation": N_("Impersonation"),
    "explain.official": N_("This is one of {brand}'s official channels."),
    "explain.not_official": N_(
        "This is not one of {brand}'s official channels. Do not sign in, send money or "
        "share any code there."
    ),
    "explain.impersonation": N_(
        "This is made to look like one of {brand}'s official channels, but it is not us. "
        "Do not sign in, send money or share any code there."
    ),
    "kind.domain": N_("Website"),
    "kind.url": N_("Link"),
    "kind.email": N_("E-mail address"),
    "kind.telegram": N_("Telegram account"),
    "kind.x": N_("X account"),
    "kind.handle": N_("Handle"),
    "kind.phone": N_("Phone number"),
    "kind.unknown": N_("Unrecognised"),
    "technique.homoglyph": N_("It uses letters from another alphabet that look like ours."),
    "technique.lookalike-characters": N_(
        "It swaps characters for similar-looking ones (such as 0 for o)."
    ),
    "technique.punycode": N_("It is an internationalised name that displays like ours."),
    "technique.typo": N_("It is a misspelling of our name."),
    "technique.hyphenation": N_("It adds, removes or moves a hyphen in our name."),
    "technique.added-dot": N_("It adds a dot to our name."),
    "technique.dropped-dot": N_("It drops a dot from our name."),
    "technique.subdomain": N_("It puts our name in front of someone else's domain."),
    "technique.brand-in-domain": N_("It uses our brand in a domain that is not ours."),
    "technique.brand-in-subdomain": N_("It uses our brand as part of someone else's site."),
    "technique.other-tld": N_("It is our name with another ending (such as .net for .com)."),
    "technique.other-network": N_(
        "It is our name, but on a network where that account is not ours."
    ),
    "technique.brand-in-handle": N_("It is an account name built on our brand."),
    "technique.brand-in-link": N_("It is a link that uses our name but leads elsewhere."),
    "technique.brand-in-path": N_("It is a link that uses our name but leads elsewhere."),
    "technique.unlisted-address": N_("It is an address at our domain that we do not use."),
    "technique.brand-in-address": N_("It is an e-mail address with our brand at another domain."),
    "technique.phone-near-miss": N_("It differs from one of our numbers by a digit or two."),
    "technique.phone-other-country": N_("It is one of our numbers with another country code."),
    "technique.phone-vanity": N_("It is a number made to spell or echo our name."),
    "technique.phone-claims-support": N_("It is a number that claims to be our support line."),
    "checking": N_("Checking…"),
    "value_required": N_("Enter a link, e-mail address, handle or phone number."),
    "report.sending": N_("Sending…"),
    "report.sent": N_("Thank you. Your report {id} reached our security team."),
    "error.network": N_("Network error — check your connection and try again."),
    "error.rate_limited": N_("Too many requests — wait a moment and try again."),
    "error.generic": N_("Something went wrong ({code})."),
}


def translated(table: Mapping[str, str], gettext: Callable[[str], str]) -> dict[str, str]:
    return {key: gettext(msgid) for key, msgid in table.items()}
