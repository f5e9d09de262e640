"""Category, urgency and priority of a customer message.

Every stage is a small pure callable with one signature, `(text) -> Decision | None`
(None = abstain), so rules and models are peers: each reports a label, a confidence and
a reason. `categorize` asks the rules first, then the shipped linear model
(`data/category_model.npz`, see `model.py` / `train.py`). `urgency` asks its rules
first; for a security case they miss, the shipped urgency model
(`data/urgency_model.npz`, trained on `data/urgency_train.jsonl`) decides. The model is
only asked about `account_security` messages: on other authors' text it marks ~3 % of
ordinary cases urgent, the gate brings that to ~0.5 %. `priority_for` applies the catalog
defaults, and urgency forces `urgent`.

Models are loaded on first use (or by `warm_up()`), never at import.
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
from hashdesk.triage.model_concepts import concept_names

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
URGENCY_MODEL_FILE = "urgency_model.npz"


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


def load_urgency_model() -> LinearTextModel | None:
    """The shipped urgency model (labels `urgent` / `not_urgent`), cached; None if missing."""
    return load_model(default_model_path().with_name(URGENCY_MODEL_FILE))


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
# Funds leaving right now, taken by someone else (the wording names a third party).
_THIRD_PARTY = re.compile(
    r"someone (is )?(withdraw|transferr|sending|draining|trading)"
    r"|being (drained|withdrawn|emptied)"
    r"|正在被|被提走|被转走|在提我"
    r"|сейчас выводят|выводят|đang bị rút",
    re.IGNORECASE,
)
# Funds leaving or gone, but the wording alone does not say who took them ("all my USDT is
# gone" after a liquidation, "the withdrawal is happening" to an address the customer typed
# wrong): urgent only together with a theft word.
_IN_PROGRESS = re.compile(
    _THIRD_PARTY.pattern + r"|withdrawals? (are |is )?(going|happening)"
    r"|(just|got) (been )?hacked|drained|emptied|(?<!\w)all my \w+ (is |are )?gone"
    r"|提走了|转走了|被盗|盗号|被黑|清空|今まさに"
    r"|(?<!\w)happening(?!\w)|mất hết|mat het",
    re.IGNORECASE,
)
_TAKEOVER = re.compile(
    r"(?<!\w)(hacked|got hacked|been hacked|stolen|drained|emptied)(?!\w)"
    r"|被盗|盗号|被黑|hackearon|hackeado|hackearam|взлома|взломали"
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


# Cheap gate for the common case (no sign of funds at risk at all): every match of
# _IN_PROGRESS, _TAKEOVER and _LOSS contains one of these substrings (norm is lower case).
# A plain alternation of literals lets the regex engine skip ahead by first character;
# the patterns above start with look-behinds and cost ten times more to scan.
_RISK_HINTS = (
    "someone", "withdraw", "being", "hack", "stolen", "drain", "empt", "all my", "happening",
    "正在被", "提走", "转走", "被盗", "盗号", "被黑", "清空", "在提我", "выводят", "взлом",
    "đang bị rút", "mất hết", "mat het", "今まさに", "해킹", "乗っ取られ", "balance", "余额",
    "saldo", "баланс", "số dư", "bakiye", "잔고", "残高", "phone", "手机", "robaron", "roubaram",
    "украли", "trộm", "çalındı", "도난", "盗まれ",
)  # fmt: skip
_ANY_RISK = re.compile("|".join(map(re.escape, _RISK_HINTS)))
_NOT_A_LOSS = frozenset({"deposit", "notarrived", "liquidation", "futures", "position"})
_URGENCY_CONCEPTS = frozenset({"hacked", "withdraw", "urgent_words"}) | _NOT_A_LOSS
# "401 Unauthorized" is an HTTP status, not a theft.
_HTTP_UNAUTHORIZED = re.compile(r"\b401\b|unauthori[sz]ed (?:error|request|response)")


_WEAK_RULE = 0.7  # "account takeover reported" with no money or time word: the model may veto


def urgency(text: str, category: str | None = None) -> Decision:
    """Funds at risk now? The rules, then (for a security case) the urgency model."""
    decided = urgency_rule(text)
    strong_rule = decided.label == "urgent" and decided.confidence > _WEAK_RULE
    if strong_rule or category != "account_security":
        return decided
    model = load_urgency_model()
    if model is None:
        return decided
    label, p = model.predict(text)
    p_urgent = p if label == "urgent" else 1.0 - p
    if p_urgent >= 0.5:
        return Decision("urgent", round(p_urgent, 4), "model: funds at risk now")
    if decided.label == "urgent" and p_urgent < 0.2:
        # "I was hacked last month, it's sorted": a takeover word alone, and the model is
        # sure nothing is at risk now.
        return Decision("not_urgent", round(1.0 - p_urgent, 4), "model: nothing at risk now")
    return decided


@functools.lru_cache(maxsize=64)
def urgency_rule(text: str) -> Decision:
    """Funds at risk now, by rules over concept hits; always decides (never abstains)."""
    norm = normalise(text)
    # The whole lexicon, not just the few concepts used here: the category model needs the
    # same matches right after, and they are cached per text.
    hits = concept_names(norm) & _URGENCY_CONCEPTS
    theft = "hacked" in hits and not _HTTP_UNAUTHORIZED.search(norm)
    if not theft and not _ANY_RISK.search(norm):
        return Decision("not_urgent", 0.7, "no funds-at-risk signal")
    moving = _IN_PROGRESS.search(norm)
    third_party = _THIRD_PARTY.search(norm)
    # A zero balance after a liquidation, or a deposit that "shows in history but balance
    # is 0", is a futures or deposit case, not a sudden loss.
    loss = None if _NOT_A_LOSS & hits else _LOSS.search(norm)
    takeover = _TAKEOVER.search(norm)
    if not (theft or moving or loss or takeover):
        return Decision("not_urgent", 0.7, "no funds-at-risk signal")
    if _CONDITIONAL.search(norm) and not third_party:
        return Decision("not_urgent", 0.6, "conditional or preventive question")
    money = "withdraw" in hits or bool(_MONEY.search(norm))
    if loss:
        return Decision("urgent", 0.85, f"sudden loss or stolen device: {loss.group(0)!r}")
    if third_party and (theft or money):
        return Decision("urgent", 0.95, f"funds leaving now: {third_party.group(0)!r}")
    if moving and theft:
        return Decision("urgent", 0.95, f"funds leaving now: {moving.group(0)!r}")
    if theft and money:
        return Decision("urgent", 0.85, "unauthorised activity on funds")
    if theft and ("urgent_words" in hits or _NOW.search(norm)):
        return Decision("urgent", 0.8, "account takeover reported as urgent")
    if takeover:
        return Decision("urgent", 0.7, f"account takeover reported: {takeover.group(0)!r}")
    return Decision("not_urgent", 0.7, "no funds-at-risk signal")


# --------------------------------------------------------------------------- category
def funds_at_risk_rule(text: str) -> Decision | None:
    """Funds leaving without the customer's consent is a security case, whatever else."""
    u = urgency_rule(text)
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
    u = load_urgency_model()
    if u is not None:
        u.predict("warm up: someone is logged in to my account")
    urgency_rule("warm up")
