"""Visual skeletons and fuzzy search: how alike two names *look*.

`skeleton` follows the idea of UTS #39 (confusable detection): every character is
replaced by the prototype it can be mistaken for, so that ``hаshport`` (Cyrillic а),
``HASHP0RT``, ``hashpórt`` and ``hashport`` share one skeleton. The confusable table is
Unicode's ``confusables.txt`` as bundled by the ``confusable-homoglyphs`` package (read
from the installed package, never downloaded). On top of it, the ASCII look-alikes used in
phishing (``0``/``o``, ``1``/``I``/``l``, ``rn``/``m``, ``vv``/``w``, simple leetspeak) are
folded, and diacritics are dropped.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

_ASCII_FOLD = str.maketrans(
    {
        "0": "o",
        "1": "l",
        "|": "l",
        "!": "l",
        "3": "e",
        "4": "a",
        "5": "s",
        "$": "s",
        "7": "t",
        "8": "b",
    }
)
_SEQUENCE_FOLDS = (("rn", "m"), ("vv", "w"))
_SEPARATORS = str.maketrans("", "", "-_.· \u2010\u2011\u2012\u2013\u2014\u2015\u30fb")
_BIDI_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"


@lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Non-ASCII character -> the ASCII letter or digit it is confusable with."""
    from confusable_homoglyphs import confusables  # bundled JSON, loaded on first use

    out: dict[str, str] = {}
    for key, entries in confusables.confusables_data.items():
        if len(key) != 1 or key.isascii():
            continue
        for entry in entries:
            glyph = "".join(c for c in entry["c"] if c not in _BIDI_MARKS)
            if glyph.isascii() and glyph.isalnum() and len(glyph) <= 2:
                out[key] = glyph
                break
    return out


@lru_cache(maxsize=4096)
def skeleton(text: str) -> str:
    """Lower-case visual skeleton of `text` (see module doc)."""
    protos = _prototypes()
    chars: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch == "I":  # capital i is drawn like small L in most sans-serif fonts
            chars.append("l")
        elif ch.isascii():
            chars.append(ch)
        else:
            chars.append(protos.get(ch, ch))
    folded = unicodedata.normalize("NFD", "".join(chars).lower())
    base = "".join(c for c in folded if not unicodedata.combining(c))
    base = unicodedata.normalize("NFC", base).translate(_ASCII_FOLD)
    for seq, repl in _SEQUENCE_FOLDS:
        base = base.replace(seq, repl)
    return base


def compact(text: str) -> str:
    """`text` without separators (hyphen, underscore, dot, space)."""
    return text.translate(_SEPARATORS)


def distance(a: str, b: str, limit: int | None = None) -> int:
    """Damerau-Levenshtein distance (transpositions cost 1), capped at `limit` + 1."""
    return int(DamerauLevenshtein.distance(a, b, score_cutoff=limit))


def allowed_typos(length: int) -> int:
    """How many edits still count as the same name, by the name's length."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    if length <= 15:
        return 2
    return 3


def token_typos(length: int) -> int:
    """Edits allowed when looking for a brand token *inside* a longer string."""
    if length < 6:
        return 0
    if length < 12:
        return 1
    return 2


def fuzzy_find(token: str, text: str, max_edits: int) -> int | None:
    """Fewest edits turning `token` into some substring of `text`, if at most `max_edits`."""
    if not token or not text:
        return None
    if token in text:
        return 0
    if max_edits <= 0:
        return None
    n = len(token)
    best: int | None = None
    for width in range(max(1, n - max_edits), n + max_edits + 1):
        for start in range(0, len(text) - width + 1):
            d = distance(token, text[start : start + width], max_edits)
            if d <= max_edits and (best is None or d < best):
                best = d
                if d == 1:
                    return 1
    return best
