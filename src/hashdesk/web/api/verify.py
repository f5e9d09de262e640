"""`GET /api/v1/verify?value=…`: is this contact really the exchange's? (public)"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ...trust.verify import check
from ..deps import get_desk

router = APIRouter(prefix="/api/v1", tags=["trust"])


@router.get("/verify")
async def verify(
    request: Request,
    value: str = Query(
        min_length=1,
        max_length=2048,
        description="a URL, host, e-mail, @handle, t.me/x.com link or phone",
    ),
) -> dict[str, Any]:
    return check(value, get_desk(request).registry).to_public()
