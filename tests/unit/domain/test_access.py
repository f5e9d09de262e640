from hashdesk.domain.access import CaseScope, agent_can_see
from hashdesk.domain.model import Agent


def agent(role: str = "agent", teams: tuple[str, ...] = ("support",), aid: str = "a1") -> Agent:
    return Agent(
        id=aid,
        email=f"{aid}@x",
        name=aid,
        role=role,  # type: ignore[arg-type]
        teams=frozenset(teams),
        languages=frozenset({"en"}),
    )


def scope(team: str = "support", vip: bool = False, assignee: str | None = None) -> CaseScope:
    return CaseScope(case_id="c", team=team, vip=vip, assignee_id=assignee)


def test_agents_see_only_their_teams() -> None:
    assert agent_can_see(agent(), scope("support"))
    assert not agent_can_see(agent(), scope("security"))
    assert not agent_can_see(agent(), scope("compliance"))
    assert not agent_can_see(agent(), scope("vip", vip=True))
    assert agent_can_see(agent(teams=("vip",)), scope("vip", vip=True))


def test_supervisors_see_everything_and_assignees_keep_their_case() -> None:
    assert agent_can_see(agent("supervisor"), scope("security"))
    assert agent_can_see(agent(aid="a9"), scope("security", assignee="a9"))


def test_inactive_agent_sees_nothing() -> None:
    a = agent("admin")
    inactive = Agent(**{**{f: getattr(a, f) for f in a.__slots__}, "active": False})  # type: ignore[attr-defined]
    assert not agent_can_see(inactive, scope())
