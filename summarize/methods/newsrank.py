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
   divided by ``Lᵢ ** density_exponent`` (0.7). For total content each word's pull on
   the degree saturates (``saturated_degree``), so that one word repeated throughout a
   long article does not outweigh all the others.
3. **Order: the lede, then the lede picks, then total content.** Sentences are scored
   in *selection units* (``coherence.py``: a quotation over several sentences is one
   unit; a unit opening with "But" or "He" leans on the one before). The lede
   (``lede_index``: the first sentence that reads as one) is the first pick; the next
   ``lede_picks - 1`` are chosen greedily by density (short units count as
   ``density_floor`` words, so a quote scrap cannot win on density), with a bonus for the
   first 15 % of the article, a large bonus for the unit right after each pick (the
   story's own thread, ``follow_bonus``: blind readers preferred it), MMR redundancy
   control (tf-idf cosine to what is already chosen), and never a unit that ends by
   asking a question (an article's own questions are teasers, not news). Every further
   unit follows in order of total content per sentence.
   A near copy of a better unit (``near_copies``) drops below everything; a unit that
   leans on the one before, or needs the one that introduced a person it names by
   surname, ranks right after that unit, lifting it when it is worth more.
   Scores are written so that their order is this order, so any length budget takes
   the lede picks first and then the most contentful units (``budget.select`` takes
   whole units).

Costs: O(nnz) for the matrices and the degree, O(lede_picks × nnz) for the greedy picks.
Plain Python, no numpy: an article has a few thousand non-zeros, for which list loops
take a fraction of numpy's 50-60 ms import (a third of a one-article run's start-up);
at 100,000 sentences a run takes about 15 % longer than with numpy (5.5 s against 4.8 s,
measured side by side on the benchmark machine); at 10,000 the two are even.
Nothing here imports sumy or NLTK (``summarizer.py`` wraps this core in
sumy's ``AbstractSummarizer`` for library users).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from ..text.segment import split_words
from .coherence import Units, selection_units
from .words import light_stem, stop_words


@dataclass(frozen=True)
class Weights:
    """The method's knobs. The defaults are what every input gets (tuned on the dev half
    of the benchmark only; see the docs for the measurements)."""

    lede_picks: int = 3  # how many sentences are picked for density before total content
    lede_window: float = 0.15  # the first 15 % of the sentences ...
    lede_bonus: float = 3.0  # ... weigh four times as much in the lede picks,
    first_bonus: float = 0.25  # ... and the first sentence, the lede itself, 4.25 times
    density_exponent: float = 0.7  # lede picks: degree / L ** exponent
    redundancy: float = 0.4  # 1 - λ of MMR in the lede picks; 0 turns it off
    saturation: float | None = 40.0  # total content: a word's links saturate (None: off)
    units: bool = True  # score whole selection units (coherence.py), not sentences
    lift: bool = True  # a leaning unit lifts the one it leans on (False: it waits for it)
    size_exponent: float = 1.0  # total content of a unit / its sentence count ** this
    position_weight: float = 0.0  # total content × (1 + this × (1 - position / n))
    lede_first: bool = True  # the lede (``lede_index``) is the first pick
    density_floor: float = 5.0  # lede picks: shorter units count as this many words
    copy_share: float = 0.8  # a unit sharing this share of its words with a better one drops
    copy_top: int = 20  # ... checked against the best this many units
    stem: bool = True
    follow_bonus: float = 10.0  # lede picks: the unit right after a pick weighs 1 + this,
    # so the summary follows the article's own thread unless a later unit is far denser
    questions: bool = False  # True: a unit that ends by asking a question may be a lede pick


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
    """A sparse n×m matrix in coordinate form (row, col, value), rows in order: just what
    the method needs, products with vectors in O(nnz), in plain lists (see the module
    docstring for why not numpy)."""

    n: int
    m: int
    row: list[int]
    col: list[int]
    val: list[float]

    def dot(self, v: Sequence[float]) -> list[float]:
        """``X @ v`` for a vector over columns."""
        out = [0.0] * self.n
        for r, c, x in zip(self.row, self.col, self.val, strict=True):
            out[r] += x * v[c]
        return out

    def tdot(self, u: Sequence[float]) -> list[float]:
        """``Xᵀ @ u`` for a vector over rows."""
        out = [0.0] * self.m
        for r, c, x in zip(self.row, self.col, self.val, strict=True):
            out[c] += x * u[r]
        return out

    def column_sums(self) -> list[float]:
        """``Xᵀ @ 1``."""
        out = [0.0] * self.m
        for c, x in zip(self.col, self.val, strict=True):
            out[c] += x
        return out

    def row_sums(self, val: Sequence[float] | None = None) -> list[float]:
        """``X @ 1``, or the row sums of another value per non-zero."""
        out = [0.0] * self.n
        for r, x in zip(self.row, self.val if val is None else val, strict=True):
            out[r] += x
        return out

    def row_sq_sums(self) -> list[float]:
        """The diagonal of ``X Xᵀ``."""
        return self.row_sums([x * x for x in self.val])

    def with_values(self, val: list[float]) -> SparseRows:
        return SparseRows(self.n, self.m, self.row, self.col, val)


def count_matrix(terms: list[list[str]]) -> SparseRows:
    """Sentence × term counts."""
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
        counts.extend(map(float, tf.values()))
    return SparseRows(len(terms), len(vocab), rows, cols, counts)


def tfidf_rows(counts: SparseRows) -> SparseRows:
    """Unit-length tf-idf rows, ``(1 + log tf) · (log(n / df) + 1)``, with the document's
    own sentences as the idf collection."""
    df = [0] * counts.m
    for c in counts.col:
        df[c] += 1
    n = max(counts.n, 1)
    idf = [math.log(n / max(d, 1)) + 1.0 for d in df]
    val = [
        (1.0 + math.log(max(x, 1.0))) * idf[c]
        for c, x in zip(counts.col, counts.val, strict=True)
    ]
    norms = [math.sqrt(s) for s in counts.row_sums([x * x for x in val])]
    return counts.with_values([x / norms[r] for r, x in zip(counts.row, val, strict=True)])


def overlap_degree(counts: SparseRows) -> list[float]:
    """``(M Mᵀ - diag) · 1``: how many word occurrences each sentence shares with the
    others (a word used c times here and C times in all adds c · (C - c))."""
    totals = counts.column_sums()
    return [d - s for d, s in zip(counts.dot(totals), counts.row_sq_sums(), strict=True)]


def saturated_degree(counts: SparseRows, kappa: float) -> list[float]:
    """``overlap_degree`` with each word's pull saturating, BM25-style: a word used c
    times here and x = C - c times elsewhere adds ``c · x · (1 + κ) / (x + κ)`` instead
    of ``c · x``, so a word repeated all over a long article stops outweighing the rest
    (x = 1 counts exactly as before; x ≫ κ tends to ``c · (1 + κ)``). O(nnz)."""
    totals = counts.column_sums()
    pull = []
    for c, x in zip(counts.col, counts.val, strict=True):
        others = totals[c] - x
        pull.append(x * others * (1.0 + kappa) / (others + kappa))
    return counts.row_sums(pull)


def pagerank(graph: SparseRows, damping: float = 0.85, iterations: int = 50) -> list[float]:
    """PageRank on the graph ``G Gᵀ`` minus its diagonal, each step ``G (Gᵀ v)`` in
    O(nnz). Kept for comparison: on the benchmark's dev half it ranked worse than the
    plain degree (see the docs), so ``rank_news`` does not use it."""
    n = graph.n
    self_loops = graph.row_sq_sums()
    walk = graph.dot(graph.tdot([1.0] * n))
    degree = [max(d - s, 0.0) for d, s in zip(walk, self_loops, strict=True)]
    inv_degree = [0.0 if d <= 1e-12 else 1.0 / d for d in degree]
    p = [1.0 / n] * n
    for _ in range(iterations):
        q = [a * b for a, b in zip(p, inv_degree, strict=True)]
        lost = sum(x for x, d in zip(p, inv_degree, strict=True) if d == 0.0) / n  # dangling mass
        walk = graph.dot(graph.tdot(q))
        new = [
            (1.0 - damping) / n + damping * (w - s * x + lost)
            for w, s, x in zip(walk, self_loops, q, strict=True)
        ]
        done = sum(abs(a - b) for a, b in zip(new, p, strict=True)) < 1e-10
        p = new
        if done:
            break
    return p


def greedy_order(
    relevance: Sequence[float],
    unit_rows: SparseRows,
    redundancy: float,
    picks: int,
    first: int | None = None,
    follow_bonus: float = 0.0,
) -> list[int]:
    """Maximal marginal relevance: repeatedly take the sentence with the best
    ``(1 - redundancy) · relevance - redundancy · (max cosine to those taken)``.
    ``relevance`` is scaled to [0, 1] first; ``first``, if given, is the first pick
    whatever its relevance, and the scale is set by the others (the lede's own weight
    must not shrink every other unit's relevance until redundancy alone decides).
    O(picks × nnz)."""
    n = len(relevance)
    others = [r for i, r in enumerate(relevance) if i != first]
    top = max(others) if others else 0.0
    rel = [r / top for r in relevance] if top > 0 else [float(r) for r in relevance]
    max_sim = [0.0] * n
    taken = [False] * n
    order: list[int] = []
    for k in range(min(picks, n)):
        best, best_gain = -1, -math.inf
        if k == 0 and first is not None:
            best = first
        else:
            for i in range(n):
                if not taken[i]:
                    gain = (1.0 - redundancy) * rel[i] - redundancy * max_sim[i]
                    if gain > best_gain or best < 0:  # first maximum: ties go to the earlier
                        best, best_gain = i, gain
        order.append(best)
        taken[best] = True
        if follow_bonus and best + 1 < n:
            rel[best + 1] *= 1.0 + follow_bonus
        picked = _row(unit_rows, best).get
        sim = [0.0] * n
        for r, c, x in zip(unit_rows.row, unit_rows.col, unit_rows.val, strict=True):
            weight = picked(c)
            if weight is not None:
                sim[r] += x * weight
        max_sim = [max(a, b) for a, b in zip(max_sim, sim, strict=True)]
    return order


def _row(matrix: SparseRows, i: int) -> dict[int, float]:
    """Row ``i`` as {column: value} (rows are stored in order)."""
    lo = bisect.bisect_left(matrix.row, i)
    hi = bisect.bisect_right(matrix.row, i, lo)
    return dict(zip(matrix.col[lo:hi], matrix.val[lo:hi], strict=True))


_QUESTION_END = re.compile(r"\?[\"'\u201d\u2019)\]]*$")
_FULL_STOP_END = re.compile(r"[.!][\"'\u201d\u2019)\]]*$")


def lede_index(sentences: Sequence[str], min_words: int = 8) -> int:
    """The lede: the first sentence that reads as one, not a teaser question ("Ever
    wondered why ...?"), nor a short standfirst or label line without a final full stop
    (captions, bylines and datelines never get here: cleaning took them out). Falls back
    to the first sentence."""
    for i, sentence in enumerate(sentences):
        if _QUESTION_END.search(sentence):
            continue
        if len(sentence.split()) >= min_words and _FULL_STOP_END.search(sentence):
            return i
    return 0


def near_copies(bags: Sequence[set[str]], order: Sequence[int], top: int, share: float) -> set[int]:
    """Items whose content words are, for ``share`` or more, those of an item ranked
    above them among the first ``top`` of ``order`` (a caption repeating a body
    sentence, a quote given twice). O(n × top) set look-ups."""
    leaders: list[int] = []
    copies: set[int] = set()
    for u in order:
        bag = bags[u]
        if bag and any(len(bag & bags[v]) >= share * min(len(bag), len(bags[v])) for v in leaders):
            copies.add(u)
        elif len(leaders) < top:
            leaders.append(u)
    return copies


def rank_news(
    sentences: Sequence[str],
    paragraphs: Sequence[int] | None = None,
    headline: str | None = None,
    language: str = "english",
    weights: Weights | None = None,
) -> list[float]:
    """One score per sentence, higher is better (see the module docstring): the lede
    picks score in (1, 2] in pick order, every other sentence its total content in [0, 1].

    Scores are given per selection unit (``coherence.selection_units``): every sentence
    of a unit gets the unit's score, a unit that leans on the one before it scores just
    below it, and a near copy of a better-ranked unit scores below everything else.

    ``headline`` is accepted for the ranker interface; it was measured as a query and did
    not help, so it is not used.
    """
    weights = weights or DEFAULT_WEIGHTS
    n = len(sentences)
    if n == 0:
        return []
    units = (
        selection_units(sentences, paragraphs, stop_words(language))
        if weights.units
        else Units.singletons(n)
    )
    sentence_bags = sentence_terms(sentences, language, weights.stem)
    terms = [
        [t for i in units.span(u) for t in sentence_bags[i]] for u in range(len(units.starts))
    ]
    m = len(terms)
    counts = count_matrix(terms)
    lengths = [float(max(len(t), 1)) for t in terms]
    degree = [max(d, 0.0) for d in overlap_degree(counts)]
    if not any(degree):  # no two sentences share a word: nothing to rank by but position
        return [float(n - i) / n for i in range(n)]
    log_len = [math.log(length) for length in lengths]
    mean_log = math.fsum(log_len) / m
    linked = degree if weights.saturation is None else saturated_degree(counts, weights.saturation)
    total = [max(x, 0.0) / max(ll + mean_log, 1.0) for x, ll in zip(linked, log_len, strict=True)]
    if weights.size_exponent:  # a unit of several sentences costs several sentences
        total = [
            t / len(units.span(u)) ** weights.size_exponent for u, t in enumerate(total)
        ]
    if weights.position_weight:  # earlier units carry the story's main line
        total = [
            t * (1.0 + weights.position_weight * (1.0 - units.starts[u] / n))
            for u, t in enumerate(total)
        ]
    top = max(total)
    unit_scores = [t / top for t in total]
    lede = units.unit_of[lede_index(sentences)] if weights.lede_first else -1
    if weights.lede_picks > 0:
        first = [units.starts[u] for u in range(m)]
        window = [1.0 + weights.lede_bonus if f < weights.lede_window * n else 1.0 for f in first]
        window[0] += weights.first_bonus
        density = [
            d / max(length, weights.density_floor) ** weights.density_exponent * w
            for d, length, w in zip(degree, lengths, window, strict=True)
        ]
        if not weights.questions:  # a summary tells; the article's own questions are teasers
            for u in range(m):
                if sentences[units.span(u)[-1]].rstrip().endswith("?"):
                    density[u] = 0.0
        picks = greedy_order(
            density,
            tfidf_rows(counts),
            weights.redundancy,
            weights.lede_picks,
            first=lede if lede >= 0 else None,
            follow_bonus=weights.follow_bonus,
        )
        for k, u in enumerate(picks):
            unit_scores[u] = 2.0 - k / len(picks)
    order = sorted(range(m), key=lambda u: (-unit_scores[u], u))
    if weights.copy_share < 1.0:
        bags = [set(t) for t in terms]
        for u in near_copies(bags, order, weights.copy_top, weights.copy_share):
            unit_scores[u] = -1.0 + unit_scores[u] / 4.0
    if weights.lift:  # a unit worth taking brings the unit it needs with it
        for u in range(m - 1, 0, -1):  # needs point back, so chains lift in one pass
            v = units.needed(u)
            if v >= 0 and unit_scores[u] > unit_scores[v]:
                unit_scores[v] = unit_scores[u]
    for u in range(1, m):  # a unit comes right after the unit it needs
        v = units.needed(u)
        if v >= 0 and unit_scores[u] >= unit_scores[v]:
            unit_scores[u] = unit_scores[v] - 1e-9
    scores = [0.0] * n
    for u in range(m):
        for k, i in enumerate(units.span(u)):
            scores[i] = unit_scores[u] - k * 1e-12
    return scores
