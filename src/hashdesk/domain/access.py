"""Who may see and act on what. Pure policy: the desk's ``access_*`` functions call it.

Rules (issue 4 tightens them further):
- supervisors and admins see every case;
- an agent sees cases whose team is one of the agent's teams, and cases assigned to them;
- specialist teams (security, compliance) and VIP cases are visible only to members of
  that team (and supervisors);
- a customer sees only their own conversations.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Agent

SPECIALIST_TEAMS = frozenset({"security", "compliance"})


@dataclass(frozen=True, slots=True)
class CaseScope:
    """What the policy needs to know about a case, small enough to ride on every event."""

    case_id: str
    team: str
    vip: bool
    assignee_id: str | None


def agent_can_see(agent: Agent, scope: CaseScope) -> bool:
    if not agent.active:
        return False
    if agent.is_supervisor:
        return True
    if scope.assignee_id == agent.id:
        return True
    return scope.team in agent.teams


def agent_can_act(agent: Agent, scope: CaseScope) -> bool:
    """Reply, claim, escalate and resolve need the same visibility."""
    return agent_can_see(agent, scope)
