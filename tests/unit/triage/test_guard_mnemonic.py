"""BIP-39 seed phrases: generated with python-mnemonic / bip-utils in every word-list language."""

from __future__ import annotations

import json
import random
import unicodedata
from importlib import resources
from pathlib import Path

import mnemonic as mnemonic_lib
import pytest
from bip_utils import Bip39Languages, Bip39MnemonicValidator
from hypothesis import given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from hashdesk.triage.guard import scan
from hashdesk.triage.guard.wordlists import LANGUAGES, checksum_ok, tables

ALL = list(LANGUAGES)
LATIN = ["english", "spanish", "french", "italian", "czech", "portuguese"]
BIP_UTILS_LANG = {
    "english": Bip39Languages.ENGLISH,
    "spanish": Bip39Languages.SPANISH,
    "french": Bip39Languages.FRENCH,
    "italian": Bip39Languages.ITALIAN,
    "czech": Bip39Languages.CZECH,
    "portuguese": Bip39Languages.PORTUGUESE,
    "korean": Bip39Languages.KOREAN,
    "chinese_simplified": Bip39Languages.CHINESE_SIMPLIFIED,
    "chinese_traditional": Bip39Languages.CHINESE_TRADITIONAL,
}
ENTROPY_BYTES = (16, 20, 24, 28, 32)  # 12 / 15 / 18 / 21 / 24 words


def phrase(lang: str, rng: random.Random, nbytes: int = 16) -> str:
    """A real mnemonic, NFC like a wallet shows it (python-mnemonic returns NFKD)."""
    return unicodedata.normalize("NFC", Mnemonic(lang).to_mnemonic(rng.randbytes(nbytes)))


def words_of(m: str) -> list[str]:
    return m.replace("\u3000", " ").split()


def only_mnemonic(text: str) -> list[tuple[int, int]]:
    res = scan(text)
    return [(s.start, s.end) for s in res.secrets if s.kind == "mnemonic"]


def covers(text: str, needle: str, first: str | None = None, last: str | None = None) -> bool:
    """Whether one mnemonic span covers `needle` (from its word `first` to its word `last`)."""
    start = text.index(needle)
    end = start + len(needle)
    if first is not None:
        start = text.index(first, start)
    if last is not None:
        end = text.rindex(last, start, end) + len(last)
    return any(s <= start and end <= e for s, e in only_mnemonic(text))


def test_shipped_wordlists_are_the_official_ones() -> None:
    raw = resources.files("hashdesk.triage").joinpath("data").joinpath("guard_bip39_wordlists.json")
    shipped = json.loads(raw.read_text("utf-8"))["wordlists"]
    src = Path(mnemonic_lib.__file__).parent / "wordlist"
    for lang in ALL:
        official = (src / f"{lang}.txt").read_text("utf-8").split()
        assert shipped[lang] == [unicodedata.normalize("NFC", w) for w in official], lang


@pytest.mark.parametrize("lang", ALL)
def test_checksum_agrees_with_the_libraries(lang: str) -> None:
    rng = random.Random(f"checksum-{lang}")
    table = tables().index[LANGUAGES.index(lang)]
    lib = Mnemonic(lang)
    for nbytes in ENTROPY_BYTES:
        for _ in range(20):
            good = words_of(phrase(lang, rng, nbytes))
            assert checksum_ok([table[w] for w in good])
            # A random sequence of list words: our verdict must equal the libraries'.
            rand = [rng.choice(lib.wordlist) for _ in good]
            ours = checksum_ok([table[unicodedata.normalize("NFC", w)] for w in rand])
            assert ours == lib.check(" ".join(rand)), rand
            if lang in BIP_UTILS_LANG:
                validator = Bip39MnemonicValidator(BIP_UTILS_LANG[lang])
                assert ours == validator.IsValid(" ".join(rand))


@pytest.mark.parametrize("lang", ALL)
@pytest.mark.parametrize("nbytes", ENTROPY_BYTES)
def test_valid_phrase_is_found_alone_and_in_a_sentence(lang: str, nbytes: int) -> None:
    rng = random.Random(f"{lang}-{nbytes}")
    m = phrase(lang, rng, nbytes)
    assert covers(m, m)
    text = f"hello support, here it is: {m} . please restore my wallet"
    assert covers(text, m)
    res = scan(text)
    assert m not in res.redacted_text
    assert "[redacted mnemonic]" in res.redacted_text


@pytest.mark.parametrize("lang", ALL)
def test_presentations(lang: str) -> None:
    rng = random.Random(f"pres-{lang}")
    ws = words_of(phrase(lang, rng, 16))
    numbered = " ".join(f"{i}. {w}" for i, w in enumerate(ws, 1))
    parens = "\n".join(f"{i}) {w}" for i, w in enumerate(ws, 1))
    lines = "\n".join(ws)
    commas = ", ".join(ws)
    for body in (numbered, parens, lines, commas):
        text = f"my recovery phrase:\n{body}\nthanks"
        assert covers(text, body, ws[0], ws[-1]), body


@pytest.mark.parametrize("lang", ["chinese_simplified", "chinese_traditional"])
def test_chinese_without_separators(lang: str) -> None:
    rng = random.Random(f"cjk-{lang}")
    for nbytes in ENTROPY_BYTES:
        m = "".join(words_of(phrase(lang, rng, nbytes)))
        assert covers(m, m), m  # the whole message is the phrase
        for text in (f"我的助记词是{m}，请帮我看看钱包", f"助記詞：{m}", f"{m} 这是我的助记词"):
            assert covers(text, m), text


@pytest.mark.parametrize("lang", LATIN)
def test_checksum_failing_phrase_counts_when_presented(lang: str) -> None:
    rng = random.Random(f"typo-{lang}")
    wordlist = Mnemonic(lang).wordlist
    for _ in range(10):
        ws = words_of(phrase(lang, rng, 16))
        i = rng.randrange(12)
        ws[i] = rng.choice(wordlist)  # another list word: fails the checksum 15 times in 16
        body = " ".join(ws)
        assert covers(f"seed phrase: {body}", body)
        numbered = " ".join(f"{n}. {w}" for n, w in enumerate(ws, 1))
        assert covers(numbered, numbered, ws[0], ws[-1])


@pytest.mark.parametrize("lang", ["english", "spanish", "portuguese", "italian"])
def test_one_or_two_misspelt_words_inside_a_presented_phrase(lang: str) -> None:
    rng = random.Random(f"misspelt-{lang}")
    for n_typos in (1, 2):
        ws = [unicodedata.normalize("NFC", w) for w in words_of(phrase(lang, rng, 16))]
        for i in rng.sample(range(1, 11), n_typos):
            w = ws[i]
            j = rng.randrange(1, len(w))
            ws[i] = w[:j] + w[j + 1 :]  # drop one letter
        body = " ".join(ws)
        text = f"My seed words are {body}"
        assert covers(text, body), body


def test_japanese_ideographic_space_and_nfkd_input() -> None:
    rng = random.Random("ja")
    m_nfkd = Mnemonic("japanese").to_mnemonic(rng.randbytes(32))  # U+3000, NFKD
    assert "\u3000" in m_nfkd
    assert covers(m_nfkd, m_nfkd)
    nfc = unicodedata.normalize("NFC", m_nfkd)
    assert covers(f"シードフレーズは {nfc} です", nfc)


def test_spanish_and_french_words_typed_without_accents() -> None:
    rng = random.Random("accents")
    for lang in ("spanish", "french"):
        m = phrase(lang, rng, 16)
        bare = "".join(c for c in unicodedata.normalize("NFKD", m) if not unicodedata.combining(c))
        assert covers(bare, bare)


def test_redaction_removes_every_word_of_the_phrase() -> None:
    rng = random.Random("redact")
    for lang in ALL:
        ws = words_of(phrase(lang, rng, 32))
        text = "Here:\n" + "\n".join(f"{i}. {w}" for i, w in enumerate(ws, 1)) + "\nBye"
        red = scan(text).redacted_text
        assert red.startswith("Here:\n1. [redacted mnemonic]")
        assert red.endswith("Bye")


def test_eleven_words_is_not_a_phrase() -> None:
    rng = random.Random("eleven")
    ws = words_of(phrase("english", rng, 16))[:11]
    assert only_mnemonic(" ".join(ws)) == []


KEYWORD_SAMPLES = [
    "seed", "SEED PHRASE", "Mnemonic", "recovery  words", "Secret Recovery Phrase",
    "backup words", "wallet phrase", "passphrase", "12 words", "24 palabras", "twelve words",
    "Twenty-Four words", "24 単語", "12 个词", "助记词", "助記詞", "种子", "恢复短语", "备份词",
    "钱包词", "单词", "密语", "シードフレーズ", "ニーモニック", "復元フレーズ",
    "リカバリー", "単語", "시드 구문", "니모닉", "복구 구문", "비밀 복구 구문", "단어",
    "frase semilla", "FRASE DE RECUPERACIÓN",
    "palavras", "frase de recuperação", "semente", "phrase de récupération", "graine",
    "obnovovací fráze", "FRÁZE", "сид-фраза", "МНЕМОНИКА", "фраза восстановления",
    "секретная фраза", "кодовая фраза", "cụm từ khôi phục", "từ khôi phục", "hạt giống",
    "khôi phục ví", "kurtarma kelimeleri", "GİZLİ İFADE", "gızlı kelime", "tohum",
    "anahtar kelime", "ſeed", "ᲃид",
]  # fmt: skip


@pytest.mark.parametrize("sample", KEYWORD_SAMPLES)
def test_keyword_gate_never_hides_a_keyword(sample: str) -> None:
    from hashdesk.triage.guard.mnemonic import _KEYWORDS_RE, keyword_search

    for text in (sample, f"here is my {sample}: ", sample.upper(), sample.title()):
        assert bool(keyword_search(text)) == bool(_KEYWORDS_RE.search(text)), text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*KEYWORD_SAMPLES, " ", "my ", "the ", "提币", "ı", "İ", "ſ", "x", "1", "2"]
        ),
        max_size=6,
    ).map("".join)
)
def test_keyword_gate_agrees_with_the_pattern(text: str) -> None:
    from hashdesk.triage.guard.mnemonic import _KEYWORDS_RE, keyword_search

    assert bool(keyword_search(text)) == bool(_KEYWORDS_RE.search(text))
