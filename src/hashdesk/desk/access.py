"""The one place where ownership and visibility are checked (conventions: ``access_*``)."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from ..domain.access import agent_can_see
from ..domain.model import Agent, Case, Conversation, NotFound
from ..store import repo
from .present import scope_of


def access_case(conn: Connection, actor: Agent, case_id: str) -> tuple[Case, str]:
    """The case and its status, if ``actor`` may see it. Invisible and missing look alike (404),
    so an agent cannot probe for cases outside their scope."""
    found = repo.get_case(conn, case_id)
    if found is None or not agent_can_see(actor, scope_of(found[0])):
        raise NotFound("case not found")
    return found


def access_conversation(conn: Connection, customer_id: str, conversation_id: str) -> Conversation:
    conv = repo.get_conversation(conn, conversation_id)
    if conv is None or conv.customer_id != customer_id:
        raise NotFound("conversation not found")
    return conv
