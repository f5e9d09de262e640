"""Text analysis for lexical retrieval: one analyzer for every language.

Han runs are segmented with jieba (search mode, with a small support-domain dictionary);
everything else is split into Unicode words, case-folded, stripped of stop words and, for
ASCII words, lightly stemmed (plural, -ed, -ing, final -e). Mixed text such as
"我的USDT充值没到账" is handled run by run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from hashdesk import textseg

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN_RE = re.compile(rf"([{_HAN}]+)|([^\W_{_HAN}]+)")
# erc-20 -> erc20, 2-fa -> 2fa: keep token and network names whole.
_JOIN_RE = re.compile(r"(?<=[a-z0-9])-(?=[a-z0-9]{1,3}\b)")
_MARKUP_RE = re.compile(r"[`*#>|]")
_APOS_RE = re.compile(r"(?<=\w)['’](?=\w)")

EN_STOP = frozenset(
    """
a about above after again all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves hi hello hey
please thanks thank pls plz help dear sir madam team hashport im ive dont doesnt didnt cant
cannot wont isnt arent wasnt werent havent hasnt hadnt shouldnt couldnt wouldnt ive id ill
youre theyre thats whats still already also yet get got getting one u ur ok okay
""".split()
)

ZH_STOP = frozenset(
    """
的 了 吗 呢 吧 啊 呀 哦 嗯 么 我 你 您 他 她 它 我们 你们 是 在 有 和 与 及 或 就 都 也 还 又 把 被
让 给 对 从 到 向 这 那 这个 那个 这些 一个 个 请 请问 你好 您好 谢谢 麻烦 一下
怎么 怎么办 怎样 如何
为什么 为啥 什么 哪 哪里 哪儿 多少 能 能不能 可以 可不可以 会 要 想 需要 已经 现在 一直 还是 没有 不
没 得 地 着 过 上 下 里 中 吧 啦 呗 客服 hashport
""".split()
)


# Irregular forms a suffix stripper cannot meet halfway.
IRREGULAR = {
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "sent": "send",
    "stole": "steal",
    "stolen": "steal",
    "lost": "lose",
    "forgot": "forget",
    "forgotten": "forget",
    "paid": "pay",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "made": "make",
    "bought": "buy",
    "sold": "sell",
    "froze": "freeze",
    "frozen": "freeze",
    "broke": "break",
    "broken": "break",
    "hacked": "hack",
    "logged": "log",
    "login": "log",
    "logins": "log",
    "signin": "log",
}


def _jieba() -> Any:
    return textseg.tokenizer()


def warm_up() -> None:
    """Load jieba's dictionary now rather than on the first Chinese query."""
    _jieba()


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), case-folded, hyphenated short suffixes joined."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _JOIN_RE.sub("", text)


def stem(word: str) -> str:
    """A light English stemmer: enough to meet plural and tense variants halfway."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ing") and len(word) > 5:
        word = _undouble(word[:-3])
    elif word.endswith("ed") and len(word) > 4:
        word = _undouble(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def _noise(word: str) -> bool:
    """Single letters and short numbers (amounts, counts) carry no topic."""
    return len(word) == 1 or (word.isdigit() and len(word) < 3)


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Index terms of `text`, in order, duplicates kept."""
    out: list[str] = []
    text = _APOS_RE.sub("", _MARKUP_RE.sub(" ", text))
    for han, word in _RUN_RE.findall(normalize(text)):
        if han:
            out.extend(t for t in _jieba().cut_for_search(han) if t not in ZH_STOP)
        elif word not in EN_STOP and not _noise(word):
            out.append(stem(word))
    return out


def han_bigrams(text: str) -> list[str]:
    """Overlapping character bigrams of every Han run (a single character stays whole),
    prefixed so they never collide with jieba's words. They catch what segmentation splits
    differently in an article and in a question (没到 / 没到账)."""
    out: list[str] = []
    for han, _ in _RUN_RE.findall(normalize(text)):
        if len(han) == 1:
            continue
        out.extend("\u00a7" + han[i : i + 2] for i in range(len(han) - 1))
    return out


def has_han(text: str) -> bool:
    return any(h for h, _ in _RUN_RE.findall(text))


def unique(terms: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(terms))
