"""Plain result types shared by every triage stage (pure: no I/O)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SECRET_KINDS = (
    "mnemonic",
    "private_key",
    "extended_private_key",
    "keystore",
    "password",
    "otp_code",
    "api_secret",
)

EVIDENCE_KINDS = (
    "txid",
    "address",
    "order_id",
    "withdrawal_id",
    "email",
    "timestamp",
    "amount",
    "screenshot",
)

CHAINS = ("bitcoin", "litecoin", "dogecoin", "evm", "tron", "solana", "xrp", "ton", "hex64")


@dataclass(frozen=True, slots=True)
class SecretSpan:
    """A secret found in a text: `start`/`end` are character offsets into the original."""

    kind: str
    start: int
    end: int
    confidence: float = 1.0
    reason: str = ""

    def to_public(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A validated identifier or fact found in a customer's text."""

    kind: str
    value: str
    chain: str | None = None
    valid: bool | None = None
    start: int | None = None
    end: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_public(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "value": self.value}
        if self.chain is not None:
            out["chain"] = self.chain
        if self.valid is not None:
            out["valid"] = self.valid
        if self.extra:
            out.update(self.extra)
        return out


@dataclass(frozen=True, slots=True)
class GuardResult:
    """Outcome of the inbound secret guard."""

    secrets: tuple[SecretSpan, ...]
    redacted_text: str

    @property
    def found(self) -> bool:
        return bool(self.secrets)


@dataclass(frozen=True, slots=True)
class OutboundVerdict:
    """Outcome of the outbound guard: does a reply ask the customer for a secret?"""

    blocked: bool
    kinds: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class TriageResult:
    language: str
    category: str
    priority: str  # low | normal | high | urgent
    urgent: bool
    secrets: tuple[SecretSpan, ...]
    redacted_text: str
    evidence: tuple[Evidence, ...]
    category_confidence: float = 0.0

    def to_public(self) -> dict[str, Any]:
        """The JSON shape of contract.md (without the caller's `id`)."""
        return {
            "language": self.language,
            "category": self.category,
            "priority": self.priority,
            "urgent": self.urgent,
            "secrets": [s.to_public() for s in self.secrets],
            "redacted_text": self.redacted_text,
            "evidence": [e.to_public() for e in self.evidence],
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
