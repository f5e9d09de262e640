"""Unseparated Chinese seed phrases inside prose, with no seed keyword anywhere.

Phrases come from python-mnemonic (checksum-valid by construction); the negatives are
every Chinese line we ship (training data, help-centre articles), which hold hundreds of
checksum-valid 12–24 character windows of ordinary prose."""

from __future__ import annotations

import json
import random
import re
from importlib import resources
from pathlib import Path

import pytest
from mnemonic import Mnemonic

from hashdesk.triage.guard import scan
from hashdesk.triage.guard.mnemonic import _hidden_cjk

PREFIXES = ("我的钱包是", "我昨天", "帮我看看 ", "你好，这个是我的", "", "请问", "客服你好：")
SUFFIXES = ("，请帮我看看", "然后就没了", "。谢谢", "", " 急！！")


def _phrase(lang: str, rng: random.Random) -> str:
    entropy = bytes(rng.getrandbits(8) for _ in range(rng.choice((16, 20, 24, 28, 32))))
    return Mnemonic(lang).to_mnemonic(entropy).replace("\u3000", " ").replace(" ", "")


@pytest.mark.parametrize("lang", ["chinese_simplified", "chinese_traditional"])
def test_phrase_glued_into_prose_is_found_and_cut_out(lang: str) -> None:
    rng = random.Random(7)
    found = 0
    trials = 200
    for _ in range(trials):
        phrase = _phrase(lang, rng)
        text = rng.choice(PREFIXES) + phrase + rng.choice(SUFFIXES)
        result = scan(text)
        if phrase not in result.redacted_text:
            found += 1
            assert any(s.kind == "mnemonic" for s in result.secrets)
    # About 2 % of random phrases contain common characters or chance dictionary words
    # and read like prose to the check; they are the price of not flagging prose.
    assert found / trials >= 0.95


def _shipped_chinese_lines() -> list[str]:
    lines: list[str] = []
    data = resources.files("hashdesk.triage") / "data"
    for entry in data.iterdir():
        if entry.name.startswith("train_") and entry.name.endswith(".jsonl"):
            for raw in entry.read_text("utf-8").splitlines():
                text = json.loads(raw)["text"]
                if re.search(r"[\u4e00-\u9fff]{12,}", text):
                    lines.append(text)
    kb = Path(str(resources.files("hashdesk.assistant"))) / "data" / "kb"
    for path in sorted(kb.glob("zh*/*.md")):
        lines.extend(x for x in path.read_text("utf-8").splitlines() if x.strip())
    return lines


def test_ordinary_chinese_prose_is_never_taken_for_a_hidden_phrase() -> None:
    lines = _shipped_chinese_lines()
    assert len(lines) > 1000
    flagged = [line for line in lines if _hidden_cjk(line)]
    assert flagged == []


def test_a_phrase_of_common_characters_reads_as_prose_and_is_left_alone() -> None:
    # A sentence that happens to be all list characters is not a phrase.
    text = "我昨天在你们平台提币到自己的钱包但是一直没有到账请帮我查一下"
    assert _hidden_cjk(text) == []
    assert scan(text).secrets == ()


@pytest.mark.parametrize(
    "text",
    [
        "帳號因為密碼輸錯太多次被鎖了，要等多久才能解？",
        "企業認證審核已經兩個禮拜了，營業登記、股東結構、董事名冊都交了，怎麼還沒有結果？",
        "合約帳戶顯示我的維持保證金率已經 95% 了，但我的持倉其實是盈利的",
        "我用老公的銀行卡入金，因為戶名跟帳戶實名不一致被退回了",
    ],
)
def test_traditional_chinese_prose_is_read_through_simplified_characters(text: str) -> None:
    # jieba's dictionary is simplified: traditional prose must be mapped before the check.
    assert _hidden_cjk(text) == []
