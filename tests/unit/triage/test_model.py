"""The numpy-only linear text model: hashing, training/serving agreement, storage."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np
import pytest

from hashdesk.triage import train as tr
from hashdesk.triage.model import (
    FORMAT,
    LinearTextModel,
    feature_hashes,
    normalise,
    token_hashes,
)

ROWS = {
    "deposit": [
        "my deposit did not arrive",
        "deposit missing after 2 hours",
        "充值没到账",
        "deposit not credited",
        "sent usdt deposit still not here",
        "充币一直不到",
    ],
    "withdrawal": [
        "withdrawal stuck pending",
        "my withdrawal never arrived",
        "提币审核中",
        "withdraw failed",
        "payout still processing",
        "提现没到",
    ],
    "general": [
        "what are your fees",
        "hello there",
        "你好",
        "do you have an app",
        "thanks a lot",
        "when is maintenance",
    ],
}
ANALYZERS = ("char", "word", "concept")


def _data() -> tr.Dataset:
    texts = [t for ts in ROWS.values() for t in ts]
    labels = [lab for lab, ts in ROWS.items() for _ in ts]
    return tr.Dataset(texts, labels, [{} for _ in texts])


def test_char_ngram_hashes_do_not_depend_on_position() -> None:
    short = set(feature_hashes("stuck", ("char",)).tolist())
    long = set(feature_hashes("my withdrawal is stuck again", ("char",)).tolist())
    assert short <= long  # every n-gram of " stuck " re-occurs inside the longer text
    # a unigram's hash is its code point; the text is padded with spaces
    assert {ord("s"), ord(" ")} <= set(feature_hashes("s", ("char",)).tolist())


def test_hashes_are_pinned() -> None:
    # The shipped vocabulary is stored as these hashes: changing them needs a retrain.
    raw = b"withdrawal"
    assert token_hashes("withdrawal", ("word",)) == [
        (zlib.crc32(raw) << 32) | zlib.crc32(raw, 0x2545F491)
    ]
    base = 0x9E3779B97F4A7C15
    assert feature_hashes("ab", ("char",), (2, 2)).tolist() == [
        (ord(" ") * base + ord("a")) % 2**64,
        (ord("a") * base + ord("b")) % 2**64,
        (ord("b") * base + ord(" ")) % 2**64,
    ]


def test_word_bigrams_and_concepts() -> None:
    words = token_hashes("deposit not credited", ("word",))
    assert len(words) == 3 + 2  # three words, two bigrams
    assert len(set(words)) == 5
    concepts = token_hashes("my deposit 没到账", ("concept",))
    assert concepts  # ~deposit and ~notarrived


def test_normalise_folds_ids_hashes_and_contacts() -> None:
    text = "TX 0x" + "ab" * 32 + " to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE, order 1234567, a@b.io"
    assert normalise(text) == "tx zhash to zaddr , order zid , zemail"
    assert normalise("ＵＳＤＴ  Withdrawal\n") == "usdt withdrawal"


@pytest.fixture(scope="module")
def fitted() -> tr.Fitted:
    return tr.fit(_data(), tr.TrainConfig(concept_weight=0.7))


def test_serving_scores_equal_training_decision_function(fitted: tr.Fitted) -> None:
    texts = ["my deposit has not arrived", "提币还没到", "hi, what are the fees?", "zzz"]
    expected = fitted.classifier.decision_function(fitted.design(texts))
    got = np.vstack([fitted.model.scores(t) for t in texts])
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_predict_and_proba(fitted: tr.Fitted) -> None:
    model = fitted.model
    assert model.predict("deposit has not arrived")[0] == "deposit"
    assert model.predict("提币审核中，还没到")[0] == "withdrawal"
    p = model.proba("hello")
    assert p.shape == (3,) and abs(float(p.sum()) - 1.0) < 1e-9
    label, conf = model.predict("")
    assert label in model.labels and 0.0 < conf <= 1.0


def test_save_load_round_trip(fitted: tr.Fitted, tmp_path: Path) -> None:
    path = fitted.model.save(tmp_path / "m")
    assert path.suffix == ".npz"
    loaded = LinearTextModel.load(path)
    assert loaded.labels == fitted.model.labels
    assert loaded.char_range == fitted.model.char_range
    assert np.array_equal(loaded.vocab, fitted.model.vocab)
    assert bool(np.all(loaded.vocab[1:] > loaded.vocab[:-1]))  # sorted, unique
    for text in ("my deposit did not arrive", "提现没到", "ok"):
        np.testing.assert_allclose(loaded.scores(text), fitted.model.scores(text), rtol=1e-6)


def test_max_features_keeps_the_most_useful(tmp_path: Path) -> None:
    small = tr.fit(_data(), tr.TrainConfig(max_features=40))
    assert len(small.model.vocab) == 40
    assert small.model.predict("my deposit did not arrive")[0] == "deposit"


def test_old_format_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "old.npz"
    header = json.dumps({"format": "hashdesk-linear-text/1"}).encode()
    np.savez(path, header=np.frombuffer(header, dtype=np.uint8))
    with pytest.raises(ValueError, match=FORMAT):
        LinearTextModel.load(path)
