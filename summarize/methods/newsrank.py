"""news-rank: the project's own ranking method, in time linear in the size of the text.

Three parts, each measured (README.md and docs/quality-experiments.md have the
numbers, including what did not help):

1. **Content centrality.** ``M`` is the sentence × term count matrix (content words:
   sumy's stop words removed, lightly stemmed). The word-overlap graph ``S = M Mᵀ``
   (without its diagonal) links sentences that share words; a sentence's centrality is
   its degree ``S·1``, computed as ``M (Mᵀ 1) - diag(M Mᵀ)`` in one pass over the
   non-zeros, never building ``S``. (PageRank on the same graph, computed the same way,
   measured worse than the plain degree; see ``pagerank``.)
2. **Length.** Centrality grows with sentence length. For the *total* content of a
   sentence the degree is divided by ``log Lᵢ + mean log L`` (L = content words; the
   linear-time form of sumy Reduction's per-edge normalisation). For *density* it is
   divided by ``√Lᵢ``. For total content each word's pull on the degree saturates
   (``saturated_degree``), so that one word repeated throughout a long article does not
   outweigh all the others.
3. **Order: the lede picks first.** A short summary should read like a news lede: the
   first ``lede_picks`` sentences are chosen greedily by density, with a bonus for the
   first 10 % of the article (the lede window), a further one for the first sentence,
   and MMR redundancy control (tf-idf cosine to what is already chosen). Every further
   sentence follows in order of total content.
   Scores are written so that their order is this order, so any length budget takes
   the lede picks first and then the most contentful sentences.

Costs: O(nnz) for the matrices and the degree, O(lede_picks × nnz) for the greedy picks.
Needs numpy only; nothing here imports sumy or NLTK (``summarizer.py`` wraps this core in
sumy's ``AbstractSummarizer`` for library users).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..text.segment import split_words
from .words import light_stem, stop_words


@dataclass(frozen=True)
class Weights:
    """The method's knobs. The defaults are what every input gets (tuned on the dev half
    of the benchmark only; see the docs for the measurements)."""

    lede_picks: int = 3  # how many sentences are picked for density before total content
    lede_window: float = 0.1  # the first 10 % of the sentences ...
    lede_bonus: float = 0.5  # ... weigh 1.5 times as much in the lede picks,
    first_bonus: float = 0.25  # ... and the first sentence, the lede itself, 1.75 times
    density_exponent: float = 0.5  # lede picks: degree / L ** exponent
    redundancy: float = 0.4  # 1 - λ of MMR in the lede picks; 0 turns it off
    saturation: float | None = 40.0  # total content: a word's links saturate (None: off)
    stem: bool = True


DEFAULT_WEIGHTS = Weights()


def sentence_terms(
    sentences: Sequence[str], language: str = "english", stem: bool = True
) -> list[list[str]]:
    """Content terms of each sentence: lower-cased words of two or more letters minus
    sumy's stop words, stemmed with ``light_stem`` for English."""
    stops = stop_words(language)  # UsageError for a language sumy has no stop words for
    stemmer = light_stem if stem and language.strip().lower() == "english" else None
    memo = _term_memo(language, stemmer is not None)
    if len(memo) > _TERM_MEMO_SIZE:  # a long-running process meets ever new words
        memo.clear()
    terms = []
    for sentence in sentences:
        kept = []
        for word in split_words(sentence):
            term = memo.get(word, _UNSEEN)
            if term is _UNSEEN:
                term = memo[word] = _term(word, stops, stemmer)
            if term is not None:
                kept.append(term)
        terms.append(kept)
    return terms


_UNSEEN = object()
_TERM_MEMO_SIZE = 1 << 18


@cache
def _term_memo(language: str, stemmed: bool) -> dict[str, str | None]:
    """word as written -> its term, or None for a stop word: most words of an article
    recur, and one look-up is cheaper than lower-casing, filtering and stemming again."""
    return {}


def _term(word: str, stops: frozenset[str], stemmer: Callable[[str], str] | None) -> str | None:
    low = word.lower()
    if len(low) <= 1 or low in stops:
        return None
    return stemmer(low) if stemmer else low


@dataclass(frozen=True)
class SparseRows:
    """A sparse n×m matrix in coordinate form (row, col, value): just what the method
    needs, products with vectors in O(nnz), without a scipy dependency."""

    n: int
    m: int
    row: np.ndarray
    col: np.ndarray
    val: np.ndarray

    def dot(self, v: np.ndarray) -> np.ndarray:
        """``X @ v`` for a vector over columns."""
        return np.bincount(self.row, weights=self.val * v[self.col], minlength=self.n)

    def tdot(self, u: np.ndarray) -> np.ndarray:
        """``Xᵀ @ u`` for a vector over rows."""
        return np.bincount(self.col, weights=self.val * u[self.row], minlength=self.m)

    def row_sq_sums(self) -> np.ndarray:
        """The diagonal of ``X Xᵀ``."""
        return np.bincount(self.row, weights=self.val**2, minlength=self.n)

    def with_values(self, val: np.ndarray) -> SparseRows:
        return SparseRows(self.n, self.m, self.row, self.col, val)


def count_matrix(terms: list[list[str]]) -> SparseRows:
    """Sentence × term counts."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[int] = []
    for i, words in enumerate(terms):
        tf: dict[int, int] = {}
        for w in words:
            j = vocab.setdefault(w, len(vocab))
            tf[j] = tf.get(j, 0) + 1
        rows.extend([i] * len(tf))
        cols.extend(tf)
        counts.extend(tf.values())
    return SparseRows(
        len(terms),
        len(vocab),
        np.asarray(rows, dtype=np.int64),
        np.asarray(cols, dtype=np.int64),
        np.asarray(counts, dtype=float),
    )


def tfidf_rows(counts: SparseRows) -> SparseRows:
    """Unit-length tf-idf rows, ``(1 + log tf) · (log(n / df) + 1)``, with the document's
    own sentences as the idf collection."""
    df = np.bincount(counts.col, minlength=counts.m).astype(float)
    idf = np.log(max(counts.n, 1) / np.maximum(df, 1.0)) + 1.0
    val = (1.0 + np.log(np.maximum(counts.val, 1.0))) * idf[counts.col]
    norms = np.sqrt(np.bincount(counts.row, weights=val**2, minlength=counts.n))
    if len(val):
        val = val / norms[counts.row]
    return counts.with_values(val)


def overlap_degree(counts: SparseRows) -> np.ndarray:
    """``(M Mᵀ - diag) · 1``: how many word occurrences each sentence shares with the
    others (a word used c times here and C times in all adds c · (C - c))."""
    return counts.dot(counts.tdot(np.ones(counts.n))) - counts.row_sq_sums()


def saturated_degree(counts: SparseRows, kappa: float) -> np.ndarray:
    """``overlap_degree`` with each word's pull saturating, BM25-style: a word used c
    times here and x = C - c times elsewhere adds ``c · x · (1 + κ) / (x + κ)`` instead
    of ``c · x``, so a word repeated all over a long article stops outweighing the rest
    (x = 1 counts exactly as before; x ≫ κ tends to ``c · (1 + κ)``). O(nnz)."""
    others = counts.tdot(np.ones(counts.n))[counts.col] - counts.val
    pull = counts.val * others * (1.0 + kappa) / (others + kappa)
    return np.bincount(counts.row, weights=pull, minlength=counts.n)


def pagerank(graph: SparseRows, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """PageRank on the graph ``G Gᵀ`` minus its diagonal, each step ``G (Gᵀ v)`` in
    O(nnz). Kept for comparison: on the benchmark's dev half it ranked worse than the
    plain degree (see the docs), so ``rank_news`` does not use it."""
    n = graph.n
    self_loops = graph.row_sq_sums()
    degree = np.maximum(graph.dot(graph.tdot(np.ones(n))) - self_loops, 0.0)
    dangling = degree <= 1e-12
    inv_degree = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, degree))
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        q = p * inv_degree
        walk = graph.dot(graph.tdot(q)) - self_loops * q + p[dangling].sum() / n
        new = (1.0 - damping) / n + damping * walk
        done = np.abs(new - p).sum() < 1e-10
        p = new
        if done:
            break
    return p


def greedy_order(
    relevance: np.ndarray, unit_rows: SparseRows, redundancy: float, picks: int
) -> list[int]:
    """Maximal marginal relevance: repeatedly take the sentence with the best
    ``(1 - redundancy) · relevance - redundancy · (max cosine to those taken)``.
    ``relevance`` is scaled to [0, 1] first. O(picks × nnz)."""
    n = len(relevance)
    top = float(relevance.max()) if n else 0.0
    rel = relevance / top if top > 0 else relevance
    max_sim = np.zeros(n)
    open_ = np.ones(n, dtype=bool)
    order: list[int] = []
    by_row = np.searchsorted(unit_rows.row, np.arange(n + 1))  # rows are sorted
    for _ in range(min(picks, n)):
        gain = (1.0 - redundancy) * rel - redundancy * max_sim
        gain[~open_] = -np.inf
        best = int(np.argmax(gain))  # first maximum: ties go to the earlier sentence
        order.append(best)
        open_[best] = False
        lo, hi = by_row[best], by_row[best + 1]
        picked = np.zeros(unit_rows.m)
        picked[unit_rows.col[lo:hi]] = unit_rows.val[lo:hi]
        max_sim = np.maximum(max_sim, unit_rows.dot(picked))
    return order


def rank_news(
    sentences: Sequence[str],
    paragraphs: Sequence[int] | None = None,
    headline: str | None = None,
    language: str = "english",
    weights: Weights = DEFAULT_WEIGHTS,
) -> list[float]:
    """One score per sentence, higher is better (see the module docstring): the lede
    picks score in (1, 2] in pick order, every other sentence its total content in [0, 1].

    ``paragraphs`` and ``headline`` are accepted for the ranker interface; both were
    measured as features (paragraph-initial bonus, headline as a query) and did not help,
    so they are not used.
    """
    n = len(sentences)
    if n == 0:
        return []
    terms = sentence_terms(sentences, language, weights.stem)
    counts = count_matrix(terms)
    lengths = np.maximum([len(t) for t in terms], 1).astype(float)
    degree = np.maximum(overlap_degree(counts), 0.0)
    if not degree.any():  # no two sentences share a word: nothing to rank by but position
        return [float(n - i) / n for i in range(n)]
    log_len = np.log(lengths)
    linked = degree if weights.saturation is None else saturated_degree(counts, weights.saturation)
    total = np.maximum(linked, 0.0) / np.maximum(log_len + log_len.mean(), 1.0)
    scores = total / total.max()
    if weights.lede_picks > 0:
        window = np.where(np.arange(n) < weights.lede_window * n, 1.0 + weights.lede_bonus, 1.0)
        window[0] += weights.first_bonus
        density = degree / lengths**weights.density_exponent * window
        order = greedy_order(density, tfidf_rows(counts), weights.redundancy, weights.lede_picks)
        for k, i in enumerate(order):
            scores[i] = 2.0 - k / len(order)
    return [float(s) for s in scores]
