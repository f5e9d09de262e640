"""Request bodies (pydantic). Responses are the plain dicts of ``desk.present``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)


class ConversationCreate(_Body):
    channel: Literal["web", "app"] = "web"
    text: str = Field(min_length=1, max_length=20_000)
    lang: str | None = Field(
        default=None, max_length=10, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$"
    )
    client_id: str | None = Field(default=None, min_length=1, max_length=100)


class MessageCreate(_Body):
    text: str = Field(min_length=1, max_length=20_000)
    client_id: str | None = Field(default=None, min_length=1, max_length=100)


class AgentMessageCreate(_Body):
    text: str = Field(min_length=1, max_length=20_000)


class LoginRequest(_Body):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    otp: str = Field(min_length=1, max_length=16)


class EscalateRequest(_Body):
    to: str = Field(min_length=1, max_length=40)
    reason: str = Field(min_length=1, max_length=2000)
