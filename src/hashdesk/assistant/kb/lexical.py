"""BM25F over a few weighted fields, precomputed into one dense (documents x terms) matrix.

Each document has fields (title, tags, questions, summary, body) of tokens. Following
BM25F, a term's frequency is length-normalised per field and summed with field weights
before the usual saturation; the matrix holds ``idf * saturated tf`` so a query is a column
gather and a row sum. `scores` also returns the query's normalised score: the fraction of
the best score the query could reach (every query term saturated in one document), which
is comparable across queries and used for fusion and abstention.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    weight: float
    b: float = 0.75


class BM25FIndex:
    def __init__(
        self,
        docs: Sequence[Mapping[str, Sequence[str]]],
        fields: Mapping[str, FieldSpec],
        *,
        k1: float = 1.2,
    ) -> None:
        self.k1 = k1
        n = len(docs)
        avg_len = {f: max(1.0, sum(len(d.get(f, ())) for d in docs) / max(1, n)) for f in fields}
        weighted: list[dict[str, float]] = []
        df: Counter[str] = Counter()
        for doc in docs:
            tf: dict[str, float] = {}
            for name, spec in fields.items():
                toks = doc.get(name, ())
                if not toks:
                    continue
                norm = 1.0 - spec.b + spec.b * len(toks) / avg_len[name]
                for term, count in Counter(toks).items():
                    tf[term] = tf.get(term, 0.0) + spec.weight * count / norm
            weighted.append(tf)
            df.update(tf.keys())
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(sorted(df))}
        self.idf = np.zeros(len(self.vocab), dtype=np.float32)
        for term, i in self.vocab.items():
            self.idf[i] = math.log(1.0 + (n - df[term] + 0.5) / (df[term] + 0.5))
        # an unseen query term counts as a rare one in the normaliser
        self.oov_idf = float(math.log(1.0 + (n + 0.5) / 0.5)) if n else 1.0
        self.matrix: FloatArray = np.zeros((n, len(self.vocab)), dtype=np.float32)
        for row, tf in enumerate(weighted):
            for term, w in tf.items():
                col = self.vocab[term]
                self.matrix[row, col] = self.idf[col] * w * (k1 + 1.0) / (w + k1)
        self.max_weight: FloatArray = (
            self.matrix.max(axis=0) if n else np.zeros(0, dtype=np.float32)
        )

    @property
    def oov_unit(self) -> float:
        """What one unseen query term adds to the normaliser at ``oov_weight=1``: the weight
        of the rarest term at a middling frequency."""
        return self.oov_idf * (self.k1 + 1.0) / 2.0

    def raw_scores(self, terms: Sequence[str]) -> tuple[FloatArray, float]:
        """Raw BM25F score per document, and the best score the query's known terms could
        reach (each distinct term at the best weight any document gives it)."""
        cols = list(dict.fromkeys(self.vocab[t] for t in terms if t in self.vocab))
        if not cols:
            return np.zeros(self.matrix.shape[0], dtype=np.float32), 0.0
        raw: FloatArray = self.matrix[:, cols].sum(axis=1)
        return raw, float(self.max_weight[cols].sum())

    def unseen(self, terms: Sequence[str]) -> int:
        """How many distinct terms no document contains."""
        return sum(1 for t in set(terms) if t not in self.vocab)

    def scores(self, terms: Sequence[str], *, oov_weight: float = 0.5) -> FloatArray:
        """BM25F scores normalised by what the query could reach (0..1); unseen terms count
        in the normaliser at `oov_weight` x `oov_unit`, so a query of mostly unknown words
        cannot look like a strong match."""
        raw, best = self.raw_scores(terms)
        norm = best + self.unseen(terms) * oov_weight * self.oov_unit
        return raw / norm if norm > 0 else raw
