"""A small multilingual concept lexicon: words that mean the same support concept.

The category model sees these concept tokens (`~withdraw`, `~liquidation`, ...) next to
its character and word n-grams; the lexicon itself is `data/concepts.json`. They carry
what was learned from the many English and Chinese examples over to the languages with
few examples, and to wordings the training set never had ("payout", "出金", "saque",
"вывод", "출금" all light up `~withdraw`).

Latin-script and Cyrillic entries match at the start of a word (so stems work: "liquidat"
matches "liquidated", "ликвид" matches "ликвидировали"); CJK entries match anywhere.
Matching runs on `model.normalise`d (lower-cased NFKC) text.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any


def load_concepts() -> dict[str, tuple[str, ...]]:
    """The lexicon shipped in `data/concepts.json`: concept name -> terms ("$" = whole word)."""
    raw = json.loads(
        (resources.files("hashdesk.triage") / "data" / "concepts.json").read_text("utf-8")
    )
    return {str(k): tuple(str(t) for t in v) for k, v in raw.items()}


_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _trie_regex(words: list[str]) -> str:
    """One regex for many words that shares prefixes (fast) and prefers the longest match."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


@functools.lru_cache(maxsize=1)
def _build() -> tuple[tuple[re.Pattern[str], ...], dict[str, tuple[str, ...]], frozenset[str]]:
    """Patterns (Latin/Cyrillic words, CJK/Hangul), term -> concepts, whole-word terms.

    Two patterns rather than one alternation: the CJK one has no look-behind, so the regex
    engine can skip ahead to its first characters (several times faster on long text)."""
    owners: dict[str, list[str]] = {}
    whole: set[str] = set()
    for name, terms in load_concepts().items():
        for term in terms:
            t = term.lower()
            if t.endswith("$"):  # "$" marks a whole word: "hi$" is not "history"
                t = t[:-1]
                whole.add(t)
            owners.setdefault(t, [])
            if name not in owners[t]:
                owners[t].append(name)
    cjk = [t for t in owners if _CJK_OR_HANGUL.match(t)]
    latin = [t for t in owners if not _CJK_OR_HANGUL.match(t)]
    patterns: list[re.Pattern[str]] = []
    if latin:  # Latin and Cyrillic terms match at the start of a word only
        patterns.append(re.compile(f"(?<!\\w){_trie_regex(latin)}"))
    if cjk:
        patterns.append(re.compile(_trie_regex(cjk)))
    return tuple(patterns), {t: tuple(n) for t, n in owners.items()}, frozenset(whole)


def _match(norm: str) -> tuple[str, ...]:
    patterns, owners_of, whole = _build()
    out: list[str] = []
    size = len(norm)
    for pattern in patterns:
        for m in pattern.finditer(norm):
            term = m.group()
            owners = owners_of.get(term)
            if owners is None:
                continue
            end = m.end()
            if term in whole and end < size and (norm[end].isalnum() or norm[end] == "_"):
                continue
            out.extend(["~" + name for name in owners])
    return tuple(out)


@functools.lru_cache(maxsize=256)
def _features(norm: str) -> tuple[str, ...]:
    return _match(norm)


@functools.lru_cache(maxsize=256)
def concept_names(norm: str) -> frozenset[str]:
    """The set of concept names found in normalised text (cached)."""
    return frozenset(t[1:] for t in _features(norm))


def concept_features(norm: str) -> list[str]:
    """Concept tokens found in normalised text (one token per match)."""
    return list(_features(norm))


def concepts(text: str) -> set[str]:
    """The set of concept names in `text` (normalises first)."""
    from hashdesk.triage.model import normalise

    return {t[1:] for t in concept_features(normalise(text))}
