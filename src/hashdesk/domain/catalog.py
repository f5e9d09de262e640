"""The support catalog: categories, response targets, materials (catalog.md)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from pathlib import Path

PRIORITIES = ("low", "normal", "high", "urgent")
PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}


class CatalogError(ValueError):
    """The catalog file is malformed."""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    description: str
    channel: str
    first_response: timedelta
    email_first_response: timedelta | None
    materials: tuple[str, ...]
    priority: str
    team: str


@dataclass(frozen=True, slots=True)
class Catalog:
    categories: dict[str, Category]
    vip_team: str
    vip_target_factor: float

    def get(self, category_id: str) -> Category:
        return self.categories.get(category_id) or self.categories["general"]

    def first_response_target(self, category_id: str, *, channel: str, vip: bool) -> timedelta:
        cat = self.get(category_id)
        target = cat.first_response
        if channel == "email" and cat.email_first_response is not None:
            target = cat.email_first_response
        if vip:
            target = target * self.vip_target_factor
        return target

    def team_for(self, category_id: str, *, vip: bool) -> str:
        cat = self.get(category_id)
        # Security and compliance cases stay with their specialist teams even for VIPs.
        if vip and cat.team == "support":
            return self.vip_team
        return cat.team

    @property
    def teams(self) -> set[str]:
        return {c.team for c in self.categories.values()} | {self.vip_team}


def _parse(raw: dict[str, object]) -> Catalog:
    cats: dict[str, Category] = {}
    entries = raw.get("category")
    if not isinstance(entries, list) or not entries:
        raise CatalogError("catalog needs at least one [[category]]")
    for entry in entries:
        if not isinstance(entry, dict):
            raise CatalogError("each [[category]] must be a table")
        try:
            cid = str(entry["id"])
            priority = str(entry.get("priority", "normal"))
            if priority not in PRIORITIES:
                raise CatalogError(f"category {cid}: priority must be one of {PRIORITIES}")
            email_minutes = entry.get("email_first_response_minutes")
            cats[cid] = Category(
                id=cid,
                description=str(entry.get("description", "")),
                channel=str(entry.get("channel", "any")),
                first_response=timedelta(minutes=float(entry["first_response_minutes"])),
                email_first_response=(
                    timedelta(minutes=float(email_minutes)) if email_minutes is not None else None
                ),
                materials=tuple(str(m) for m in entry.get("materials", [])),
                priority=priority,
                team=str(entry.get("team", "support")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, CatalogError):
                raise
            raise CatalogError(f"bad [[category]] entry {entry!r}: {exc}") from exc
    if "general" not in cats:
        raise CatalogError("the catalog must define the `general` category")
    vip = raw.get("vip", {})
    if not isinstance(vip, dict):
        raise CatalogError("[vip] must be a table")
    return Catalog(
        categories=cats,
        vip_team=str(vip.get("team", "vip")),
        vip_target_factor=float(vip.get("target_factor", 0.5)),
    )


def load_catalog(path: Path | None = None) -> Catalog:
    if path is None:
        text = resources.files("hashdesk.domain").joinpath("data/catalog.toml").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    try:
        return _parse(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"catalog is not valid TOML: {exc}") from exc
