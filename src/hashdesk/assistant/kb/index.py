"""The knowledge base: articles plus a hybrid (BM25F + dense) index over them.

Scoring, per article id (all language versions of an article share one id):

* lexical: BM25F over title, tags, questions, summary and body of every version, the best
  version's score divided by the best score the query could reach (0..1);
* dense: cosine between the query and each version's title, summary, questions and tags
  (and, discounted, its body paragraphs) with the multilingual encoder, best view wins;
* fused: a weighted sum. When no article is written in the query's language, the lexical
  side can only match shared tokens (2FA, KYC, USDT, API), so the dense side carries more
  weight (`RetrievalConfig.foreign_*`).

The version returned is the one in the query's language, else English, else any; a hit in
another language than the query's has ``cross_language=True``. `answer` abstains when the
best fused score is below `RetrievalConfig.threshold` (tuned on bench/data/assistant_dev.jsonl).

Everything is computed in `warm_up` (or on first use); a query does no I/O.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import numpy as np

from . import text
from .articles import Article, load_dir, merge, shipped_dir
from .dense import Encoder, FloatArray, default_encoder
from .glossary import Glossary
from .lexical import BM25FIndex, FieldSpec

FALLBACK_LANGUAGE = "en"
DEFAULT: Literal["default"] = "default"  # the packaged encoder, if installed

FIELDS = {
    "title": FieldSpec(weight=3.0, b=0.5),
    "tags": FieldSpec(weight=2.5, b=0.3),
    "questions": FieldSpec(weight=2.0, b=0.5),
    "summary": FieldSpec(weight=1.5, b=0.5),
    "body": FieldSpec(weight=1.0, b=0.75),
    # Han character bigrams of all the text: a safety net under jieba's segmentation
    "grams": FieldSpec(weight=0.5, b=0.75),
}


@dataclass(frozen=True, slots=True)
class RetrievalConfig:
    """Fusion weights and the abstention threshold. The defaults were chosen with
    ``hashdesk bench assistant --tune`` on the dev split (bench/data/assistant_dev.jsonl),
    never on the reported question set; the threshold sits inside the plateau of the dev
    objective, on the cautious side (a wrong answer costs more than a handoff)."""

    lexical_weight: float = 0.4
    dense_weight: float = 0.6
    # a query in a language with no articles: lexical can only match shared tokens and
    # glossary expansions, so the dense side carries the decision
    foreign_lexical_weight: float = 0.2
    foreign_dense_weight: float = 0.9
    # body paragraphs are noisier views than the title, summary, tags and questions
    body_view_factor: float = 0.5
    # each unknown query word adds this many "rare term" units to the lexical normaliser
    oov_weight: float = 1.5
    threshold: float = 0.38
    # without the encoder the score is the lexical one alone, on another scale
    lexical_only_threshold: float = 0.40


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    title: str
    language: str
    url_path: str
    score: float
    cross_language: bool
    category: str
    summary: str
    lexical: float
    dense: float


def normalize_language(lang: str | None) -> str:
    """``zh-CN`` / ``zh_Hans`` / ``ZH`` -> ``zh``; empty -> ``en``."""
    if not lang:
        return FALLBACK_LANGUAGE
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0] or FALLBACK_LANGUAGE


def _plain(markdown: str) -> str:
    markdown = re.sub(r"`([^`]*)`", r"\1", markdown)
    markdown = re.sub(r"[*_#>]+", " ", markdown)
    return re.sub(r"\s+", " ", markdown).strip()


def body_passages(body: str, *, min_chars: int = 12) -> list[str]:
    """Paragraphs and list items of a Markdown body, without markup; headings dropped."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        lines = [ln for ln in block.strip().splitlines() if ln.strip()]
        if not lines or lines[0].lstrip().startswith("#"):
            lines = lines[1:]
        item: list[str] = []
        for line in lines:
            if re.match(r"^\s*(?:[-*+]|\d+\.)\s+", line) and item:
                out.append(_plain(" ".join(item)))
                item = []
            item.append(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line))
        if item:
            out.append(_plain(" ".join(item)))
    return [p for p in out if len(p) >= min_chars]


@dataclass(frozen=True, slots=True)
class Signals:
    lex_raw: FloatArray  # best BM25F score per article
    lex_best: float  # the best score the in-vocabulary query terms could reach
    n_oov: int  # distinct query terms no article contains
    dense_key: FloatArray  # best cosine per article over title/summary/questions/tags
    dense_body: FloatArray  # best cosine per article over body paragraphs
    foreign: bool  # no article is written in the query's language
    has_dense: bool


class _Index:
    """Everything a query needs, built once."""

    def __init__(
        self, articles: Sequence[Article], encoder: Encoder | None, glossary: Glossary
    ) -> None:
        self.glossary = glossary
        self.ids = sorted({a.id for a in articles})
        slot = {aid: i for i, aid in enumerate(self.ids)}
        self.versions: dict[str, dict[str, Article]] = {}
        for art in articles:
            self.versions.setdefault(art.id, {})[art.language] = art
        self.languages = frozenset(a.language for a in articles)
        self.doc_article = np.array([slot[a.id] for a in articles], dtype=np.int64)
        self.lexical = BM25FIndex(
            [
                {
                    "title": text.tokens(a.title),
                    "tags": text.tokens(" ; ".join(a.tags)),
                    "questions": text.tokens(" ; ".join(a.questions)),
                    "summary": text.tokens(a.summary),
                    "body": text.tokens(a.body),
                    "grams": text.han_bigrams(
                        " ; ".join((a.title, *a.tags, *a.questions, a.summary, a.body))
                    ),
                }
                for a in articles
            ],
            FIELDS,
        )
        self.encoder = encoder
        self.key_views: FloatArray | None = None
        self.body_views: FloatArray | None = None
        if encoder is not None:
            key_texts: list[tuple[int, str]] = []
            body_texts: list[tuple[int, str]] = []
            for art in articles:
                s = slot[art.id]
                key_texts += [(s, art.title), (s, ", ".join(art.tags))]
                key_texts += [(s, art.summary)] if art.summary else []
                key_texts += [(s, q) for q in art.questions]
                body_texts += [(s, p) for p in body_passages(art.body)]
            self.key_views, self.key_owner = self._embed(encoder, key_texts)
            self.body_views, self.body_owner = self._embed(encoder, body_texts)

    @staticmethod
    def _embed(encoder: Encoder, items: list[tuple[int, str]]) -> tuple[FloatArray, np.ndarray]:
        items.sort(key=lambda it: it[0])
        owners = np.array([o for o, _ in items], dtype=np.int64)
        encode = getattr(encoder, "encode_corpus", encoder.encode)  # cached when offered
        vectors = np.asarray(encode([t for _, t in items]), dtype=np.float32)
        return vectors, owners

    def _best_per_article(self, sims: FloatArray, owners: np.ndarray) -> FloatArray:
        out = np.full(len(self.ids), -1.0, dtype=np.float32)
        np.maximum.at(out, owners, sims)
        return out

    def signals(self, query: str, lang: str) -> Signals:
        """The configuration-independent evidence for `query`."""
        foreign = lang not in self.languages
        words = text.tokens(query)
        if foreign:
            # native words are expected to be unknown: not evidence of an off-topic question
            words += text.tokens(self.glossary.expand(query, lang))
            n_oov = 0
        else:
            n_oov = self.lexical.unseen(words)  # bigrams never count as unknown words
        raw, best = self.lexical.raw_scores(words + text.han_bigrams(query))
        lex = np.zeros(len(self.ids), dtype=np.float32)
        np.maximum.at(lex, self.doc_article, raw)
        if self.encoder is None or self.key_views is None or self.body_views is None:
            none = np.zeros_like(lex)
            return Signals(lex, best, n_oov, none, none, foreign, False)
        q = self.encoder.encode([query])[0]
        return Signals(
            lex_raw=lex,
            lex_best=best,
            n_oov=n_oov,
            dense_key=self._best_per_article(self.key_views @ q, self.key_owner),
            dense_body=self._best_per_article(self.body_views @ q, self.body_owner),
            foreign=foreign,
            has_dense=True,
        )

    def fuse(self, sig: Signals, cfg: RetrievalConfig) -> tuple[FloatArray, FloatArray, FloatArray]:
        """``(fused, lexical, dense)`` scores per article under `cfg`."""
        norm = sig.lex_best + sig.n_oov * cfg.oov_weight * self.lexical.oov_unit
        lex = sig.lex_raw / norm if norm > 0 else sig.lex_raw
        if not sig.has_dense:
            return lex, lex, sig.dense_key
        dense = np.clip(np.maximum(sig.dense_key, cfg.body_view_factor * sig.dense_body), 0.0, 1.0)
        if sig.foreign:
            fused = cfg.foreign_lexical_weight * lex + cfg.foreign_dense_weight * dense
        else:
            fused = cfg.lexical_weight * lex + cfg.dense_weight * dense
        return fused, lex, dense

    def version(self, article_id: str, lang: str) -> Article:
        by_lang = self.versions[article_id]
        return by_lang.get(lang) or by_lang.get(FALLBACK_LANGUAGE) or by_lang[sorted(by_lang)[0]]


class KnowledgeBase:
    """Articles and retrieval over them. Build with `KnowledgeBase.load` or from articles."""

    def __init__(
        self,
        articles: Iterable[Article],
        *,
        encoder: Encoder | None | Literal["default"] = DEFAULT,
        config: RetrievalConfig | None = None,
        glossary: Glossary | None = None,
    ) -> None:
        self._articles = merge(articles)
        self._glossary = (
            glossary if glossary is not None else Glossary.load(shipped_dir() / "glossary.toml")
        )
        self._encoder = default_encoder() if encoder == DEFAULT else encoder
        self.config = config or RetrievalConfig()
        self._index: _Index | None = None
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls,
        *operator_dirs: Path,
        include_shipped: bool = True,
        categories: Iterable[str] | None = None,
        encoder: Encoder | None | Literal["default"] = DEFAULT,
        config: RetrievalConfig | None = None,
    ) -> KnowledgeBase:
        """The shipped articles (unless `include_shipped` is false) overlaid by each
        operator directory in turn: the later one wins on the same id and language.
        `categories`: the catalog ids articles may use (default: the default catalog).
        Raises `ArticleErrors` listing every bad file."""
        if categories is None:
            from hashdesk.domain.catalog import load_catalog

            categories = load_catalog().categories.keys()
        allowed = frozenset(categories)
        layers: list[list[Article]] = []
        if include_shipped:
            layers.append(load_dir(shipped_dir(), categories=allowed))
        for directory in operator_dirs:
            if directory.is_dir():
                layers.append(load_dir(directory, categories=allowed))
        return cls(merge(*layers), encoder=encoder, config=config)

    # -- articles -------------------------------------------------------------------------

    def articles(self, lang: str | None = None) -> list[Article]:
        if lang is None:
            return list(self._articles)
        lang = normalize_language(lang)
        return [a for a in self._articles if a.language == lang]

    def get(self, article_id: str, lang: str) -> Article | None:
        lang = normalize_language(lang)
        for art in self._articles:
            if art.id == article_id and art.language == lang:
                return art
        return None

    @property
    def dense(self) -> bool:
        return self._encoder is not None

    # -- retrieval ------------------------------------------------------------------------

    def warm_up(self) -> KnowledgeBase:
        """Build the index (tokenize, embed every article view) now; idempotent."""
        self._built()
        return self

    def _built(self) -> _Index:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    text.warm_up()
                    self._index = _Index(self._articles, self._encoder, self._glossary)
        return self._index

    def search(self, query: str, *, lang: str, k: int = 3) -> list[Hit]:
        """The `k` best articles for `query`, best first, in `lang` where written."""
        if not query.strip() or not self._articles or k <= 0:
            return []
        lang = normalize_language(lang)
        index = self._built()
        fused, lex, dense = index.fuse(index.signals(query, lang), self.config)
        order = np.argsort(-fused, kind="stable")[:k]
        hits = []
        for i in order:
            art = index.version(index.ids[i], lang)
            hits.append(
                Hit(
                    article_id=art.id,
                    title=art.title,
                    language=art.language,
                    url_path=art.url_path,
                    score=round(float(fused[i]), 4),
                    cross_language=art.language != lang,
                    category=art.category,
                    summary=art.summary,
                    lexical=round(float(lex[i]), 4),
                    dense=round(float(dense[i]), 4),
                )
            )
        return hits

    def answer(self, query: str, *, lang: str) -> Hit | None:
        """The best article if it clears the confidence threshold, else None (abstain)."""
        hits = self.search(query, lang=lang, k=1)
        if hits and self.would_answer(hits[0]):
            return hits[0]
        return None

    @property
    def threshold(self) -> float:
        """The score an answer needs (depends on whether the dense encoder is in use)."""
        return self.config.threshold if self.dense else self.config.lexical_only_threshold

    def would_answer(self, hit: Hit) -> bool:
        return hit.score >= self.threshold

    def with_config(self, config: RetrievalConfig) -> KnowledgeBase:
        """The same articles and built index under other weights (for tuning)."""
        other = KnowledgeBase(
            self._articles, encoder=self._encoder, config=config, glossary=self._glossary
        )
        other._index = self._built()
        return other

    def tuned(self, **changes: float) -> KnowledgeBase:
        return self.with_config(replace(self.config, **changes))
