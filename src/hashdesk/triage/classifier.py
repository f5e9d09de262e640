"""Category, urgency and priority of a customer message.

Every stage is a small pure callable with one signature, `(text) -> Decision | None`
(None = abstain), so rules and models are peers: each reports a label, a confidence and
a reason. `categorize` asks the rules first, then the shipped linear model
(`data/category_model.npz`, see `model.py` / `train.py`); `urgency` is rule-based;
`priority_for` applies the catalog defaults, and urgency forces `urgent`.

The model is loaded on first use (or by `warm_up()`), never at import.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from hashdesk.triage.model import LinearTextModel, normalise
from hashdesk.triage.model_concepts import concept_features

CATEGORIES = (
    "account_access",
    "account_security",
    "deposit",
    "withdrawal",
    "trading",
    "futures",
    "api_keys",
    "compliance_review",
    "general",
)

# catalog.md, "default priority".
DEFAULT_PRIORITY = {
    "account_access": "high",
    "account_security": "urgent",
    "deposit": "normal",
    "withdrawal": "normal",
    "trading": "normal",
    "futures": "high",
    "api_keys": "normal",
    "compliance_review": "normal",
    "general": "low",
}
PRIORITIES = ("low", "normal", "high", "urgent")

MODEL_FILE = "category_model.npz"


@dataclass(frozen=True, slots=True)
class Decision:
    """What one stage concluded: a label, how sure it is (0..1) and why."""

    label: str
    confidence: float
    reason: str


Stage = Callable[[str], "Decision | None"]


# --------------------------------------------------------------------------- model
_lock = threading.Lock()
_models: dict[str, LinearTextModel] = {}


@functools.lru_cache(maxsize=1)
def default_model_path() -> Path:
    return Path(str(resources.files("hashdesk.triage") / "data" / MODEL_FILE))


def load_model(path: str | Path | None = None) -> LinearTextModel | None:
    """The category model at `path` (default: the shipped one), cached; None if missing."""
    if path is None and _models.get("") is not None:
        return _models[""]
    p = Path(path) if path is not None else default_model_path()
    key = str(p) if path is not None else ""
    model = _models.get(key)
    if model is None:
        with _lock:
            model = _models.get(key)
            if model is None:
                if not p.is_file():
                    return None
                model = LinearTextModel.load(p)
                _models[key] = model
    return model


def reset_cache() -> None:
    """Forget loaded models (after `hashdesk train` rewrote the shipped one)."""
    with _lock:
        _models.clear()


def model_stage(model: LinearTextModel) -> Stage:
    """Wrap a trained model as a stage."""

    def stage(text: str) -> Decision | None:
        label, p = model.predict(text)
        return Decision(label, round(p, 4), f"model:{label}")

    return stage


# --------------------------------------------------------------------------- urgency
_CONDITIONAL = re.compile(
    r"(?<!\w)(if|what happens if|in case|how (do|can) i protect|prevent|avoid)(?!\w)"
    r"|如果|万一|怎么防|防止|si me|se eu|если|nếu|eğer|만약|もし",
)
_MONEY = re.compile(
    r"(?<!\w)(funds?|money|balance|coins?|assets?|crypto|usdt|btc|eth|u|wallet|account)(?!\w)"
    r"|钱|币|资产|资金|余额|u全部|fondos|fundos|saldo|cripto|средств|баланс|крипт|tiền|coin"
    r"|bakiye|para(?!\w)|kripto|자금|코인|잔고|資金|残高|コイン",
)
# Funds leaving right now, or an account that was just taken over.
_IN_PROGRESS = re.compile(
    r"someone (is )?(withdraw|transferr|sending|draining|trading)"
    r"|withdrawals? (are |is )?(going|happening)|being (drained|withdrawn|emptied)"
    r"|(just|got) (been )?hacked|drained|emptied|(?<!\w)all my \w+ (is |are )?gone"
    r"|正在被|被提走|被转走|提走了|转走了|被盗|盗号|被黑|号被|清空|在提我"
    r"|сейчас выводят|выводят|đang bị rút|今まさに"
    r"|(?<!\w)happening(?!\w)|mất hết|mat het",
    re.IGNORECASE,
)
_TAKEOVER = re.compile(
    r"(?<!\w)(hacked|got hacked|been hacked|stolen|drained|emptied)(?!\w)"
    r"|被盗|盗号|被黑|号被|hackearon|hackeado|hackearam|взлома|взломали"
    r"|bị hack|hacklendi|해킹|乗っ取られ",
)
_NOW = re.compile(r"right now|ahora mismo|agora|сейчас|ngay bây giờ|şu an|지금|现在|马上")
# The balance suddenly went to zero, or the logged-in phone was stolen.
_LOSS = re.compile(
    r"balance (is|went to|shows) (0|zero)|余额(是|变成|为)?(0|零)"
    r"|saldo (zerado|en cero|está en cero)"
    r"|баланс (ноль|0|нулевой)|số dư về 0|bakiye sıfır|잔고가 0|残高がゼロ"
    r"|phone (was |got )?stolen|stolen phone|手机被偷|手机丢了.*登录"
    r"|me robaron el (teléfono|celular)"
    r"|roubaram meu celular|украли телефон|điện thoại bị trộm|telefonum çalındı|휴대폰을 도난"
    r"|スマホを盗まれ",
)


def _hits(norm: str) -> set[str]:
    return {t[1:] for t in concept_features(norm)}


@functools.lru_cache(maxsize=64)
def urgency(text: str) -> Decision:
    """Funds at risk now? Rules over concept hits; always decides (never abstains)."""
    norm = normalise(text)
    hits = _hits(norm)
    if _CONDITIONAL.search(norm) and not _IN_PROGRESS.search(norm):
        return Decision("not_urgent", 0.6, "conditional or preventive question")
    theft = "hacked" in hits
    moving = _IN_PROGRESS.search(norm)
    money = "withdraw" in hits or bool(_MONEY.search(norm))
    loss = _LOSS.search(norm)
    if loss:
        return Decision("urgent", 0.85, f"sudden loss or stolen device: {loss.group(0)!r}")
    if moving and (theft or money or "withdraw" in hits):
        return Decision("urgent", 0.95, f"funds leaving now: {moving.group(0)!r}")
    if theft and money:
        return Decision("urgent", 0.85, "unauthorised activity on funds")
    if theft and ("urgent_words" in hits or _NOW.search(norm)):
        return Decision("urgent", 0.8, "account takeover reported as urgent")
    takeover = _TAKEOVER.search(norm)
    if takeover:
        return Decision("urgent", 0.7, f"account takeover reported: {takeover.group(0)!r}")
    return Decision("not_urgent", 0.7, "no funds-at-risk signal")


# --------------------------------------------------------------------------- category
def funds_at_risk_rule(text: str) -> Decision | None:
    """Funds leaving without the customer's consent is a security case, whatever else."""
    u = urgency(text)
    if u.label == "urgent":
        return Decision("account_security", u.confidence, "rule:" + u.reason)
    return None


def empty_rule(text: str) -> Decision | None:
    """Nothing to classify (empty, or only ids and punctuation): general."""
    if not any(ch.isalpha() for ch in normalise(text).replace("zhash", "").replace("zid", "")):
        return Decision("general", 0.5, "rule:no words")
    return None


RULES: tuple[Stage, ...] = (empty_rule, funds_at_risk_rule)


def categorize(
    text: str, *, model: LinearTextModel | None = None, rules: Sequence[Stage] = RULES
) -> Decision:
    """First rule that decides wins; else the model; else `general` with zero confidence."""
    for rule in rules:
        d = rule(text)
        if d is not None:
            return d
    m = model if model is not None else load_model()
    if m is None:
        return Decision("general", 0.0, "no model")
    return model_stage(m)(text) or Decision("general", 0.0, "model abstained")


def priority_for(category: str, urgent: bool) -> Decision:
    if urgent:
        return Decision("urgent", 1.0, "funds at risk")
    return Decision(
        DEFAULT_PRIORITY.get(category, "normal"), 1.0, f"catalog default for {category}"
    )


def warm_up() -> None:
    m = load_model()
    if m is not None:
        m.predict("warm up: my withdrawal is pending")
    urgency("warm up")
