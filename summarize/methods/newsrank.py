"""news-rank: the project's own ranking method, in time linear in the size of the text.

Why these parts (each was measured on the dev half of the benchmark, see
docs/readme/methods-and-quality.md):

- Sentence vectors ``X``: tf-idf over stemmed content words, idf from the document itself
  (every sentence is a "document"), rows scaled to unit length.
- Centrality: LexRank-style PageRank on the cosine-similarity graph ``S = X Xᵀ`` without
  its diagonal. ``S`` is never built: a power-iteration step computes ``S v`` as
  ``X (Xᵀ v) - diag(S) v``, which costs one pass over the non-zeros of ``X``.
- Content: how much of the document's vocabulary a sentence carries (its weighted
  overlap with the rest of the document), which rewards informative sentences over
  short central ones.
- Position: news puts what matters first; a prior that decays with the sentence number.
- Headline as a query: similarity to the headline, when cleaning found one.
- Redundancy: the first picks are made greedily, MMR-style, and the scores are rewritten
  so that their order is that greedy order, so any length budget takes them in turn.

Everything here needs only numpy; nothing imports sumy or NLTK (``summarizer.py`` wraps
this core in sumy's ``AbstractSummarizer`` for library users who want that interface).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..text.segment import split_words
from .words import light_stem, stop_words


@dataclass(frozen=True)
class Weights:
    """The method's knobs; the defaults are the ones every input gets."""

    centrality: float = 1.0
    content: float = 0.0
    position: float = 1.0
    position_decay: float = 0.5
    headline: float = 0.0
    redundancy: float = 0.0
    greedy_picks: int = 10
    damping: float = 0.85
    iterations: int = 50
    stem: bool = True


DEFAULT_WEIGHTS = Weights()


def sentence_terms(
    sentences: Sequence[str], language: str = "english", stem: bool = True
) -> list[list[str]]:
    """Content terms of each sentence: lower-cased words minus stop words, stemmed (for
    English) with the light stemmer."""
    stops = stop_words(language)
    stemmer = light_stem if stem and language.lower() == "english" else str.lower
    terms = []
    for sentence in sentences:
        words = [w.lower() for w in split_words(sentence)]
        terms.append([stemmer(w) for w in words if w not in stops and len(w) > 1])
    return terms


@dataclass(frozen=True)
class SparseRows:
    """A sparse n×m matrix in coordinate form (row, col, value), rows sorted."""

    n: int
    m: int
    row: np.ndarray
    col: np.ndarray
    val: np.ndarray

    def dot(self, v: np.ndarray) -> np.ndarray:
        """X @ v for a vector over columns."""
        return np.bincount(self.row, weights=self.val * v[self.col], minlength=self.n)

    def tdot(self, u: np.ndarray) -> np.ndarray:
        """Xᵀ @ u for a vector over rows."""
        return np.bincount(self.col, weights=self.val * u[self.row], minlength=self.m)

    def row_norms_sq(self) -> np.ndarray:
        return np.bincount(self.row, weights=self.val**2, minlength=self.n)


def tfidf_matrix(terms: list[list[str]]) -> tuple[SparseRows, dict[str, int], np.ndarray]:
    """Unit-length tf-idf rows, the vocabulary and the idf vector;
    idf = log(n / df) + 1 with the sentences as documents."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[float] = []
    for i, words in enumerate(terms):
        tf: dict[int, int] = {}
        for w in words:
            j = vocab.setdefault(w, len(vocab))
            tf[j] = tf.get(j, 0) + 1
        rows.extend([i] * len(tf))
        cols.extend(tf)
        counts.extend(tf.values())
    n, m = len(terms), len(vocab)
    row = np.asarray(rows, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    tf_arr = np.asarray(counts, dtype=float)
    df = np.bincount(col, minlength=m).astype(float)
    idf = np.log(max(n, 1) / np.maximum(df, 1.0)) + 1.0
    val = (1.0 + np.log(np.maximum(tf_arr, 1.0))) * idf[col] if m else tf_arr
    norms = np.sqrt(np.bincount(row, weights=val**2, minlength=n))
    if len(val):
        val = val / norms[row]
    return SparseRows(n, m, row, col, val), vocab, idf


def pagerank(x: SparseRows, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """Stationary distribution of the random walk on the graph with weights
    ``S = X Xᵀ`` minus its diagonal, damped as in LexRank; O(iterations × nnz)."""
    n = x.n
    self_sim = x.row_norms_sq()
    degree = x.dot(x.tdot(np.ones(n))) - self_sim
    degree = np.maximum(degree, 0.0)
    dangling = degree <= 1e-12
    inv_degree = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, degree))
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        q = p * inv_degree
        walk = x.dot(x.tdot(q)) - self_sim * q
        walk += p[dangling].sum() / n
        new = (1.0 - damping) / n + damping * walk
        if np.abs(new - p).sum() < 1e-9:
            p = new
            break
        p = new
    return p


def _unit(v: np.ndarray) -> np.ndarray:
    top = float(v.max()) if len(v) else 0.0
    return v / top if top > 0 else v


def rank_news(
    sentences: Sequence[str],
    paragraphs: Sequence[int] | None = None,
    headline: str | None = None,
    language: str = "english",
    weights: Weights = DEFAULT_WEIGHTS,
) -> list[float]:
    """One score per sentence, higher is better (see the module docstring)."""
    n = len(sentences)
    if n == 0:
        return []
    terms = sentence_terms(sentences, language, weights.stem)
    x, vocab, idf = tfidf_matrix(terms)
    score = np.zeros(n)
    if weights.centrality:
        score += weights.centrality * _unit(pagerank(x, weights.damping, weights.iterations))
    if weights.content:
        overlap = x.dot(x.tdot(np.ones(n))) - x.row_norms_sq()
        lengths = np.array([len(t) for t in terms], dtype=float)
        score += weights.content * _unit(np.maximum(overlap, 0) * np.sqrt(lengths))
    if weights.headline and headline:
        h_terms = sentence_terms([headline], language, weights.stem)[0]
        query = np.zeros(x.m)
        for w in h_terms:
            if w in vocab:
                query[vocab[w]] += 1.0
        hit = query > 0
        query[hit] = (1.0 + np.log(query[hit])) * idf[hit]
        if hit.any():
            score += weights.headline * _unit(x.dot(query / np.linalg.norm(query)))
    position = (1.0 + np.arange(n)) ** -weights.position_decay
    score = score * (1.0 - weights.position) + score * weights.position * position
    score = np.where(np.isfinite(score), score, 0.0)
    # Ties in score go to the earlier sentence in budget.select, so no tie-breaking here.
    return [float(s) for s in score]
