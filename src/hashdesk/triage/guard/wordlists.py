"""BIP-39 word lists, loaded once from the shipped data file, and the checksum test.

The ten official lists (bitcoin/bips `bip-0039/`) are shipped in
`triage/data/guard_bip39_wordlists.json` (NFC-normalised copies of the files in
python-mnemonic 0.21; a unit test checks they are identical). We ship them rather than
reading them from a library at call time because no single library has all ten:
bip-utils 2.12.3 has no Japanese list, and python-mnemonic's `check()` only splits on
ASCII spaces, so it cannot read Chinese written without separators.

The checksum test is a few lines of stdlib (`hashlib.sha256`) instead of
`Bip39MnemonicValidator`/`Mnemonic.check` for the same reasons and because the guard
runs it on many candidate windows of one run; tests cross-check it against both
libraries on generated mnemonics in every language.
"""

from __future__ import annotations

import hashlib
import json
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources

LANGUAGES: tuple[str, ...] = (
    "english",
    "chinese_simplified",
    "chinese_traditional",
    "japanese",
    "korean",
    "spanish",
    "french",
    "italian",
    "czech",
    "portuguese",
)
CJK_LANGUAGES = frozenset({"chinese_simplified", "chinese_traditional"})
# Latin-script lists whose words may be typed without their accents ("abaco" for "ábaco").
_ACCENT_LANGUAGES = frozenset({"spanish", "french", "italian", "czech", "portuguese"})
VALID_COUNTS = (12, 15, 18, 21, 24)

_DATA_FILE = "guard_bip39_wordlists.json"


@dataclass(frozen=True, slots=True)
class WordTables:
    """Per-language word → index maps, and word → bitmask of languages."""

    index: tuple[dict[str, int], ...]  # aligned with LANGUAGES
    masks: dict[str, int]  # normalised token → bit i set when in LANGUAGES[i]
    cjk_chars: frozenset[str]  # every character of both Chinese lists


_tables: WordTables | None = None
_lock = threading.Lock()


def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _build() -> WordTables:
    raw = (
        resources.files("hashdesk.triage").joinpath("data").joinpath(_DATA_FILE).read_text("utf-8")
    )
    lists: dict[str, list[str]] = json.loads(raw)["wordlists"]
    index: list[dict[str, int]] = []
    masks: dict[str, int] = {}
    for bit, lang in enumerate(LANGUAGES):
        words = [unicodedata.normalize("NFC", w) for w in lists[lang]]
        table = {w: i for i, w in enumerate(words)}
        if lang in _ACCENT_LANGUAGES:
            for i, w in enumerate(words):
                table.setdefault(strip_accents(w), i)
        index.append(table)
        for w in table:
            masks[w] = masks.get(w, 0) | (1 << bit)
    cjk = frozenset(w for lang in CJK_LANGUAGES for w in lists[lang])
    return WordTables(tuple(index), masks, cjk)


def tables() -> WordTables:
    """The word tables, built on first use (thread-safe, cached for the process)."""
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = _build()
    return _tables


def normalise(token: str) -> str:
    """Lookup form of a token: NFC, lower case."""
    if token.isascii():
        return token.lower()
    return unicodedata.normalize("NFC", token).lower()


def checksum_ok(indices: list[int]) -> bool:
    """BIP-39 checksum of a sequence of word indices (12/15/18/21/24 words)."""
    n = len(indices)
    if n not in VALID_COUNTS:
        return False
    bits = 0
    for i in indices:
        bits = (bits << 11) | i
    cs_bits = n // 3  # ENT/32 where ENT = n * 11 - n / 3
    ent_bits = n * 11 - cs_bits
    entropy = (bits >> cs_bits).to_bytes(ent_bits // 8, "big")
    expected = hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits) if cs_bits <= 8 else -1
    return (bits & ((1 << cs_bits) - 1)) == expected
