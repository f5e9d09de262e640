"""BIP-39 seed phrases in any of the ten official word-list languages.

Decision rules (own design, after crypto-domain.md §2.1):

* A *run* is a sequence of tokens that are all in one language's list, separated only by
  separator text (spaces, commas, new lines, numbering such as ``1.`` / ``2)`` / ``#3``).
* A run whose length is 12/15/18/21/24 and whose checksum passes is a seed, whatever the
  surroundings. So is a slightly longer run (≤ 4 extra list words, e.g. ``my`` →
  ``you``/``can`` around the phrase) that contains a checksum-valid window.
* A run of ≥ 12 words that fails the checksum (a typo) is a seed when it is *presented* as
  one: a seed keyword nearby (seed / mnemonic / 助记词 / frase semilla / сид-фраза …),
  numbering, one word per line, comma-separated, or the run is the whole message. Up to
  two misspelt words (one edit away from a list word) may sit inside such a run.
* Chinese is special: the Chinese lists are the 2,048 commonest characters, so ordinary
  Chinese text is a long run of list characters. Characters written *adjacently* count
  next to a seed keyword, or when the whole message is exactly a checksum-valid phrase;
  characters written *separately* (``的 一 是 …``, ``的,一,是``) count like words.
* An adjacent phrase hidden in prose with no keyword (``我昨天永枯额船…然后``) is found by
  `_hidden_cjk`: a checksum-valid window of 12–24 list characters that does not read as
  Chinese — its characters are rare (median frequency rank ≥ 300) and jieba finds almost
  no dictionary words in it. Measured on the generated phrases and on every checksum-valid
  window of our Chinese training and help-centre text: 98 % of phrases found, 0 of 306
  prose windows flagged (tests/unit/triage/test_guard_hidden_cjk.py checks both).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from typing import Any

from hashdesk.triage.guard.wordlists import (
    CJK_LANGUAGES,
    LANGUAGES,
    VALID_COUNTS,
    checksum_ok,
    normalise,
    strip_accents,
    tables,
)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Letters plus combining marks, so decomposed (NFKD) input such as the Japanese list's own
# form, or "a" + U+0301, stays one token.
_MARKS = "\u0300-\u036f\u3099-\u309c"
_TOKEN_RE = re.compile(rf"[{_HAN}]|(?:[^\W\d_{_HAN}]|[{_MARKS}])+")
_ALPHA_TOKEN_RE = re.compile(rf"(?:[^\W\d_{_HAN}]|[{_MARKS}]){{2,}}")
_HAN_RE = re.compile(rf"[{_HAN}]")
# Text allowed between two words of one phrase: whitespace, list punctuation, numbering.
_SEP_RE = re.compile(r"[\s,，、;；.。·・|/\\\-–—_*•()（）\[\]{}#:：0-9\"'“”‘’「」<>]*")
_MAX_GAP = 24
_NUMBERING_RE = re.compile(r"(?:^|\s|[,，、;；])(?:\d{1,2}\s*[.)）:：、\-]|#\d{1,2})")

_KEYWORDS_RE = re.compile(
    r"seed|mnemonic|recovery\s*(?:phrase|words?)|secret\s*(?:recovery\s*)?phrase|"
    r"backup\s*(?:phrase|words)|wallet\s*(?:phrase|words)|passphrase|\b(?:12|24|twelve|"
    r"twenty[- ]four)\s*(?:words?|từ|kelime|palabras|palavras|parole|mots|slov|слов|단어|"
    r"個の単語|个词|個詞)|"
    r"助记|助記|种子|種子|恢复短语|恢復短語|恢复词|备份词|備份詞|钱包词|錢包詞|单词|單詞|密语|"
    r"シード|ニーモニック|復元フレーズ|リカバリー|リカバリ|単語|"
    r"시드|니모닉|복구\s*(?:구문|문구|단어)|비밀\s*(?:복구\s*)?구문|단어|"
    r"semilla|frase\s*(?:de\s*)?(?:recuperaci[oó]n|secreta|mnemot[eé]cnica|semente|"
    r"recupera[cç][aã]o|di\s*recupero|segreta)|palabras|palavras|semente|"
    r"phrase\s*(?:de\s*r[ée]cup[ée]ration|secr[eè]te|mn[ée]monique)|graine|"
    r"obnovovac[ií]\s*fr[aá]z|fr[aá]ze|"
    r"сид|мнемони|фраз[аыуе]?\s*(?:восстановления|доступа)|секретн\w*\s*фраз|кодов\w*\s*фраз|"
    r"cụm\s*từ|từ\s*khôi\s*phục|hạt\s*giống|khôi\s*phục\s*ví|"
    r"kurtarma\s*(?:ifade|kelime)|gizli\s*(?:ifade|kelime)|tohum|anahtar\s*kelime",
    re.IGNORECASE,
)
# Every match of _KEYWORDS_RE contains one of these (after `_hint_form`): a plain literal
# alternation is ~50x cheaper to scan than the case-insensitive keyword pattern, so the
# pattern only runs on text that may match. tests/unit/triage/test_guard_mnemonic.py
# checks the gate on every keyword and on generated text.
_KEYWORD_HINTS = (
    "seed", "mnemonic", "recovery", "secret", "backup", "wallet", "phrase", "12", "24",
    "twelve", "twenty", "助记", "助記", "种子", "種子", "恢复", "恢復", "备份词", "備份詞",
    "钱包词", "錢包詞", "单词", "單詞", "密语", "シード", "ニーモニック", "復元フレーズ",
    "リカバリ", "単語", "시드", "니모닉", "복구", "비밀", "단어", "semilla", "frase",
    "palabras", "palavras", "semente", "graine", "obnovovac", "fraze", "fráze", "сид",
    "мнемони", "фраз", "cụm", "khôi", "hạt", "kurtarma", "gizli", "tohum", "anahtar",
)  # fmt: skip
_KEYWORD_HINT_RE = re.compile("|".join(map(re.escape, _KEYWORD_HINTS)))
# Case-insensitive matching also equates these letters (re._casefix); fold them for the gate.
_HINT_FOLD = str.maketrans(
    {"ı": "i", "ſ": "s", "\u0307": None, "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
     "ᲅ": "т", "ᲆ": "ъ"}
)  # fmt: skip


def _hint_form(text: str) -> str:
    return text.lower().translate(_HINT_FOLD)


def keyword_search(text: str) -> re.Match[str] | None:
    """`_KEYWORDS_RE.search(text)`, skipped when no keyword can be there."""
    if _KEYWORD_HINT_RE.search(_hint_form(text)) is None:
        return None
    return _KEYWORDS_RE.search(text)


_KW_BEFORE = 160
_KW_AFTER = 60
# Words that join a keyword to the phrase ("助记词是", "助记词如下：").
_CJK_LEAD_RE = re.compile(
    r"[\s是为為如下：:，,、\"'“”「」（）()]*(?:如下|分别是|分別是)?[\s是为為：:，,、\"'“”「」]*"
)


class _Tok:
    __slots__ = ("start", "end", "norm", "mask", "han")

    def __init__(self, start: int, end: int, norm: str, mask: int, han: bool) -> None:
        self.start = start
        self.end = end
        self.norm = norm
        self.mask = mask
        self.han = han


def _tokens(text: str, with_han: bool) -> list[_Tok]:
    masks = tables().masks
    out: list[_Tok] = []
    for m in (_TOKEN_RE if with_han else _ALPHA_TOKEN_RE).finditer(text):
        s = m.group()
        han = with_han and len(s) == 1 and _HAN_RE.match(s) is not None
        norm = normalise(s)
        mask = masks.get(norm, 0)
        if not mask and not han and not norm.isascii():
            mask = masks.get(strip_accents(norm), 0)
        out.append(_Tok(m.start(), m.end(), norm, mask, han))
    return out


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    if b.start - a.end > _MAX_GAP:
        return False
    m = _SEP_RE.fullmatch(text, a.end, b.start)
    return m is not None


def _indices(toks: Iterable[_Tok], lang_i: int) -> list[int] | None:
    table = tables().index[lang_i]
    out: list[int] = []
    for t in toks:
        i = table.get(t.norm)
        if i is None:
            i = table.get(strip_accents(t.norm))
        if i is None:
            return None
        out.append(i)
    return out


def _keyword_near(text: str, start: int, end: int, kw_spans: list[tuple[int, int]]) -> bool:
    for ks, ke in kw_spans:
        if start - _KW_BEFORE <= ks and ke <= end + _KW_AFTER:
            return True
    return False


def _presented(text: str, run: list[_Tok], kw_spans: list[tuple[int, int]]) -> bool:
    start, end = run[0].start, run[-1].end
    if _keyword_near(text, start, end, kw_spans):
        return True
    gaps = [text[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]
    half = max(1, len(gaps) // 2)
    if sum(1 for g in gaps if "\n" in g) >= half:
        return True
    if sum(1 for g in gaps if ("," in g or "，" in g or "、" in g or ";" in g)) >= half:
        return True
    if sum(1 for g in gaps if _NUMBERING_RE.search(" " + g)) >= half:
        return True
    # Nothing but the phrase (and separators) in the message.
    return _SEP_RE.fullmatch(text, 0, start) is not None and (
        _SEP_RE.fullmatch(text, end, len(text)) is not None
    )


def _valid_window(idx: list[int], slack: int) -> tuple[int, int] | None:
    """Longest checksum-valid window (offset, length) in a run of `len(idx)` words."""
    n = len(idx)
    for k in reversed(VALID_COUNTS):
        if k > n or n - k > slack:
            continue
        for off in range(n - k + 1):
            if checksum_ok(idx[off : off + k]):
                return off, k
    return None


# --- near-miss words (one edit away from a list word) ---------------------------------

_near_cache: dict[int, frozenset[str]] = {}
_near_lock = threading.Lock()


def _deletes(word: str) -> Iterable[str]:
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _near_set(lang_i: int) -> frozenset[str]:
    got = _near_cache.get(lang_i)
    if got is None:
        with _near_lock:
            words = [w for w in tables().index[lang_i] if len(w) >= 3]
            got = frozenset(d for w in words for d in _deletes(w))
            _near_cache[lang_i] = got
    return got


def _is_near_miss(tok: _Tok, lang_i: int) -> bool:
    if tok.han or not (3 <= len(tok.norm) <= 12):
        return False
    near = _near_set(lang_i)
    return any(d in near for d in _deletes(tok.norm))


# --- runs -------------------------------------------------------------------------------


def _runs(text: str, toks: list[_Tok], bit: int, cjk: bool) -> list[list[_Tok]]:
    """Maximal runs of tokens in the list `bit`, joined by separator-only gaps."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for t in toks:
        if not (t.mask & bit) or (t.han != cjk):
            if cur:
                runs.append(cur)
                cur = []
            continue
        if cur and not _gap_ok(text, cur[-1], t):
            runs.append(cur)
            cur = []
        cur.append(t)
    if cur:
        runs.append(cur)
    return runs


def _merge_near_misses(
    text: str, toks: list[_Tok], runs: list[list[_Tok]], lang_i: int
) -> list[list[_Tok]]:
    """Join runs split by up to two misspelt words, e.g. ``abandon abilty able``."""
    if len(runs) < 2:
        return runs
    pos = {id(t): i for i, t in enumerate(toks)}
    merged: list[list[_Tok]] = [runs[0]]
    for run in runs[1:]:
        prev = merged[-1]
        i, j = pos[id(prev[-1])], pos[id(run[0])]
        between = toks[i + 1 : j]
        chain = [prev[-1], *between, run[0]]
        if (
            1 <= len(between) <= 2
            and all(_gap_ok(text, a, b) for a, b in zip(chain, chain[1:], strict=False))
            and all(_is_near_miss(t, lang_i) for t in between)
        ):
            merged[-1] = [*prev, *between, *run]
        else:
            merged.append(run)
    return merged


def _extend_edges(
    text: str, toks: list[_Tok], run: list[_Tok], lang_i: int, pos: dict[int, int]
) -> list[_Tok]:
    """Take in one misspelt word at either end ("… caught, picnicc", "llabor story …")."""
    i, j = pos[id(run[0])], pos[id(run[-1])]
    if i > 0 and _gap_ok(text, toks[i - 1], run[0]) and _is_near_miss(toks[i - 1], lang_i):
        run = [toks[i - 1], *run]
    if (
        j + 1 < len(toks)
        and _gap_ok(text, run[-1], toks[j + 1])
        and _is_near_miss(toks[j + 1], lang_i)
    ):
        run = [*run, toks[j + 1]]
    return run


_fix_cache: dict[int, dict[str, tuple[int, ...]]] = {}


def _corrections(word: str, lang_i: int) -> tuple[int, ...]:
    """Indices of the list words one edit away from `word` (symmetric deletes)."""
    table = _fix_cache.get(lang_i)
    if table is None:
        with _near_lock:
            built: dict[str, set[int]] = {}
            for w, i in tables().index[lang_i].items():
                if len(w) >= 3:
                    for d in _deletes(w):
                        built.setdefault(d, set()).add(i)
            table = {d: tuple(sorted(v)) for d, v in built.items()}
            _fix_cache[lang_i] = table
    found: set[int] = set()
    for d in _deletes(word):
        found.update(table.get(d, ()))
    return tuple(sorted(found))


def _typo_checksum(run: list[_Tok], lang_i: int) -> bool:
    """A phrase of a valid length with exactly one misspelt word that, corrected to one of
    at most three list words, passes the checksum ("… hospital wave wortth dutch …")."""
    if len(run) not in VALID_COUNTS:
        return False
    table = tables().index[lang_i]
    idx: list[int] = []
    typo = -1
    for k, t in enumerate(run):
        i = table.get(t.norm)
        if i is None:
            i = table.get(strip_accents(t.norm))
        if i is None:
            if typo >= 0:
                return False
            typo = k
            i = 0
        idx.append(i)
    if typo < 0:
        return False
    fixes = _corrections(run[typo].norm, lang_i)
    if not fixes or len(fixes) > 3:
        return False
    for f in fixes:
        idx[typo] = f
        if checksum_ok(idx):
            return True
    return False


def _phrase_in_run(
    text: str, run: list[_Tok], lang_i: int, kw_spans: list[tuple[int, int]]
) -> tuple[int, int, str] | None:
    """(start, end, reason) of the phrase in a run of ≥ 12 list (or misspelt) words."""
    idx = _indices(run, lang_i)
    if idx is not None and len(idx) in VALID_COUNTS and checksum_ok(idx):
        return run[0].start, run[-1].end, "checksum"
    if idx is None and _typo_checksum(run, lang_i):
        return run[0].start, run[-1].end, "checksum-typo"
    if _presented(text, run, kw_spans):
        return run[0].start, run[-1].end, "presented"
    if idx is not None:
        win = _valid_window(idx, slack=4)
        if win is not None:
            off, k = win
            return run[off].start, run[off + k - 1].end, "checksum"
    return None


def _alpha_spans(
    text: str, toks: list[_Tok], kw_spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    counts = [0] * len(LANGUAGES)
    for t in toks:
        if t.mask and not t.han:
            for i in range(len(LANGUAGES)):
                if t.mask >> i & 1:
                    counts[i] += 1
    for lang_i, lang in enumerate(LANGUAGES):
        if lang in CJK_LANGUAGES or counts[lang_i] < 10:
            continue
        bit = 1 << lang_i
        runs = _runs(text, toks, bit, cjk=False)
        if sum(len(r) for r in runs) < 10:
            continue
        pos = {id(t): i for i, t in enumerate(toks)}
        for run in _merge_near_misses(text, toks, runs, lang_i):
            found = _phrase_in_run(text, run, lang_i, kw_spans) if len(run) >= 12 else None
            if found is None and len(run) >= 11:
                # A misspelt first or last word may complete the phrase ("… picnicc").
                longer = _extend_edges(text, toks, run, lang_i, pos)
                if len(longer) > len(run):
                    found = _phrase_in_run(text, longer, lang_i, kw_spans)
            if found is not None:
                out.append((found[0], found[1], f"{lang}:{found[2]}"))
    return out


def _random_like(idx: list[int], threshold: int) -> bool:
    """The Chinese lists are in frequency order, so an index is a frequency rank: prose sits
    at low ranks (median rank of a 12-character prose window ≥ 400 in ~3 % of windows),
    a random phrase is uniform over 0‥2047 (median < 400 in ~0.6 % of phrases)."""
    ranks = sorted(idx)
    return ranks[len(ranks) // 2] >= threshold


def _cjk_spans(
    text: str, toks: list[_Tok], kw_spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    stripped = text.strip(" \t\r\n.。!！")
    for lang_i, lang in enumerate(LANGUAGES):
        if lang not in CJK_LANGUAGES:
            continue
        bit = 1 << lang_i
        for run in _runs(text, toks, bit, cjk=True):
            if len(run) < 12:
                continue
            for stretch in _separated_stretches(run):
                idx = _indices(stretch, lang_i)
                if idx is not None and _random_like(idx, 300):
                    out.append((stretch[0].start, stretch[-1].end, f"{lang}:separated"))
            # Adjacent characters: split into segments at the separator gaps.
            seg: list[_Tok] = [run[0]]
            segments: list[list[_Tok]] = []
            for a, b in zip(run, run[1:], strict=False):
                if b.start == a.end:
                    seg.append(b)
                else:
                    segments.append(seg)
                    seg = [b]
            segments.append(seg)
            for seg in segments:
                span = _cjk_segment(text, seg, lang_i, kw_spans, stripped)
                if span is not None:
                    out.append((*span, f"{lang}:adjacent"))
    return out


def _separated_stretches(run: list[_Tok]) -> list[list[_Tok]]:
    """Stretches of ≥ 12 characters written apart ("的 一 是 …"); one missing separator
    between two characters (a typo) does not end a stretch."""
    out: list[list[_Tok]] = []
    cur: list[_Tok] = [run[0]]
    gaps = [b.start - a.end for a, b in zip(run, run[1:], strict=False)]
    for i, g in enumerate(gaps):
        isolated = g == 0 and i > 0 and gaps[i - 1] > 0 and i + 1 < len(gaps) and gaps[i + 1] > 0
        if g > 0 or isolated:
            cur.append(run[i + 1])
        else:
            if len(cur) >= 12:
                out.append(cur)
            cur = [run[i + 1]]
    if len(cur) >= 12:
        out.append(cur)
    return out


def _cjk_segment(
    text: str,
    seg: list[_Tok],
    lang_i: int,
    kw_spans: list[tuple[int, int]],
    stripped: str,
) -> tuple[int, int] | None:
    """An unseparated phrase: the whole message, or right after / before a seed keyword."""
    if len(seg) < 12:
        return None
    s0, s1 = seg[0].start, seg[-1].end
    if text[s0:s1] == stripped:
        idx = _indices(seg, lang_i)
        if idx is not None and len(idx) in VALID_COUNTS and checksum_ok(idx):
            if _random_like(idx, 400):
                return s0, s1
    for ks, ke in kw_spans:
        if not (s0 - 40 <= ke <= s1 or s0 <= ks < s1 or s1 <= ks <= s1 + 20):
            continue
        start = s0
        if s0 <= ke <= s1:  # the phrase starts after the keyword and "是" / "：" …
            lead = _CJK_LEAD_RE.match(text, ke)
            start = lead.end() if lead else ke
        body = [t for t in seg if t.start >= start]
        if len(body) < 12:
            continue
        idx = _indices(body, lang_i)
        if idx is None:
            continue
        n = len(idx)
        if n in VALID_COUNTS and (
            (checksum_ok(idx) and _random_like(idx, 400)) or _random_like(idx, 500)
        ):
            return body[0].start, body[-1].end  # exact length; a typo still counts
        # Phrase glued to following / preceding prose: windows at either end only.
        for k in reversed(VALID_COUNTS):
            if k >= n:
                continue
            for off in (0, n - k):
                win = idx[off : off + k]
                if checksum_ok(win) and _random_like(win, 400):
                    return body[off].start, body[off + k - 1].end
    return None


_CJK_KEYWORDS = (
    "助记",
    "助記",
    "种子",
    "種子",
    "恢复",
    "恢復",
    "备份",
    "備份",
    "钱包词",
    "錢包詞",
    "单词",
    "單詞",
    "密语",
    "シード",
    "ニーモニック",
    "復元",
    "リカバリ",
    "単語",
)
_CJK_KEYWORDS_RE = re.compile("|".join(_CJK_KEYWORDS))
_SEPARATED_HAN_RE = re.compile(rf"[{_HAN}][\s,，、;；|/.。\-)）\d]+(?=[{_HAN}])")


def _worth_han(text: str, han_count: int) -> bool:
    """Whether Chinese characters need looking at: a keyword, separated characters, or a
    message short enough to be nothing but a phrase."""
    if han_count < 12:
        return False
    if han_count in VALID_COUNTS:  # the whole message may be one unseparated phrase
        short = text.strip(" \t\r\n.。!！")
        if len(short) == han_count:
            return True
    if _CJK_KEYWORDS_RE.search(text) or len(_SEPARATED_HAN_RE.findall(text)) >= 11:
        return True
    return keyword_search(text) is not None


def _few_list_words(text: str) -> bool:
    """Cheap early exit: no stretch of 12 tokens that could be one phrase. A phrase is a run
    of list words in which at most two misspelt words may sit between list words; so if no
    such stretch of ≥ 12 tokens exists, even counting every word of *any* list, and every
    non-ASCII token (it may need NFC or accent folding to match), there is no phrase."""
    words = _ALPHA_TOKEN_RE.findall(text.lower())
    if len(words) < 12:
        return True
    masks = tables().masks
    run = best = 0
    gap = 0  # non-list tokens since the last list word
    for w in words:
        if not w.isascii() or w in masks:
            run = run + gap + 1 if run and gap <= 2 else 1
            gap = 0
            if run > best:
                best = run
                if best >= 12:
                    return False
        else:
            gap += 1
    return True


_HAN_RUN_RE = re.compile(rf"[{_HAN}]{{12,}}")
_RARE_RANK = 300  # frequency rank above which a character counts as rare
_MAX_PROSE_COVER = 0.2  # share of a window's characters inside dictionary words


def _segmenter() -> Any:
    """The process's shared jieba tokenizer (`hashdesk.textseg`)."""
    from hashdesk import textseg

    return textseg.tokenizer()


def _prose_cover(chars: str) -> float:
    """Share of `chars` that jieba puts inside multi-character dictionary words: about
    0.6–1.0 for Chinese prose, 0–0.2 for a random run of list characters."""
    words = _segmenter().cut(chars, HMM=False)
    return sum(len(w) for w in words if len(w) > 1) / max(1, len(chars))


@functools.cache
def _simplified_list() -> list[str]:
    table = tables().index[LANGUAGES.index("chinese_simplified")]
    return sorted(table, key=table.__getitem__)


def _hidden_cjk(text: str) -> list[tuple[int, int, str]]:
    """Unseparated phrases inside Chinese prose, with no keyword (see the module notes).

    Cheap for ordinary text: a window is only checksummed when at least half its
    characters are rare (a running count), which prose windows seldom are."""
    out: list[tuple[int, int, str]] = []
    idx_tables = tables().index
    for m in _HAN_RUN_RE.finditer(text):
        run, base = m.group(), m.start()
        for lang_i, lang in enumerate(LANGUAGES):
            if lang not in CJK_LANGUAGES:
                continue
            table = idx_tables[lang_i]
            # Split the Han run at characters outside this list.
            seg_start = 0
            ranks: list[int] = []
            for i, ch in enumerate(run + "\0"):
                r = table.get(ch)
                if r is not None:
                    if not ranks:
                        seg_start = i
                    ranks.append(r)
                    continue
                if len(ranks) >= 12:
                    span = _hidden_in_segment(seg_start, ranks)
                    if span is not None:
                        out.append((base + span[0], base + span[1], f"{lang}:hidden"))
                ranks = []
    return out


def _hidden_in_segment(seg_start: int, ranks: list[int]) -> tuple[int, int] | None:
    simplified = _simplified_list()
    n = len(ranks)
    rare = [0]
    for r in ranks:
        rare.append(rare[-1] + (r >= _RARE_RANK))
    for k in reversed(VALID_COUNTS):  # longest first: a 24-word phrase holds 12-word windows
        if k > n:
            continue
        for off in range(n - k + 1):
            if 2 * (rare[off + k] - rare[off]) < k:
                continue
            win = ranks[off : off + k]
            if not (checksum_ok(win) and _random_like(win, _RARE_RANK)):
                continue
            s = seg_start + off
            # jieba's dictionary is in simplified characters; the two lists are aligned
            # index for index, so a window reads in simplified through its indices.
            if _prose_cover("".join(simplified[r] for r in win)) <= _MAX_PROSE_COVER:
                return s, s + k
    return None


def _overlaps(a: tuple[int, int, str], spans: list[tuple[int, int, str]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every seed phrase in `text`."""
    han_count = 0 if text.isascii() else len(_HAN_RE.findall(text))
    hidden = _hidden_cjk(text) if han_count >= 12 else []
    with_han = _worth_han(text, han_count)
    if not with_han and _few_list_words(text):
        return hidden
    toks = _tokens(text, with_han)
    if sum(1 for t in toks if t.mask) < 10:
        return hidden
    hint = _KEYWORD_HINT_RE.search(_hint_form(text)) is not None
    kw_spans = [m.span() for m in _KEYWORDS_RE.finditer(text)] if hint else []
    out = _alpha_spans(text, toks, kw_spans)
    if with_han:
        out.extend(_cjk_spans(text, toks, kw_spans))
    out.extend(h for h in hidden if not _overlaps(h, out))
    return out


def warm_up() -> None:
    """Load the word tables and jieba's dictionary now rather than on a first message."""
    tables()
    _segmenter()
