"""Sentence ranking methods: one registry, read by the CLI help, the API and the docs.

A method turns the body sentences of an article into one score per sentence (higher is
better). Selection under a length budget lives in ``budget.py``.

- ``lead``: the first sentences (LEAD-k), in ``lead``-order scores.
- ``news-rank`` (the default): the project's own method, ``newsrank.py``; plain Python.
- sumy's summarizers under sumy's CLI names (``sumy_adapters.py``). sumy, and through its
  stemmers NLTK, are imported only when one of these is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .coherence import Units


@dataclass(frozen=True)
class RankingInput:
    """What a ranking method may look at: the body sentences (whitespace-folded text),
    their paragraph numbers, and the headline if cleaning found one."""

    sentences: Sequence[str]
    paragraphs: Sequence[int]
    headline: str | None = None
    language: str = "english"


Ranker = Callable[[RankingInput], list[float]]


def _lead(doc: RankingInput) -> list[float]:
    n = len(doc.sentences)
    return [float(n - i) / n for i in range(n)]


def _news_rank(doc: RankingInput) -> list[float]:
    from .newsrank import rank_news

    return rank_news(doc.sentences, doc.paragraphs, doc.headline, doc.language)


def _sumy(name: str) -> Ranker:
    def ranker(doc: RankingInput) -> list[float]:
        from .sumy_adapters import rate

        return rate(name, doc)

    ranker.__name__ = f"sumy_{name.replace('-', '_')}"
    return ranker


# name -> (one-line description, ranker). Keep descriptions short: they appear in --help.
METHODS: dict[str, tuple[str, Ranker]] = {
    "news-rank": (
        "default: the lede, then whole quotes and sentences by centrality (linear time)",
        _news_rank,
    ),
    "lead": ("the first sentences, in order (LEAD-k)", _lead),
    "lex-rank": ("sumy LexRank: PageRank on tf-idf cosine similarity", _sumy("lex-rank")),
    "text-rank": ("sumy TextRank: PageRank on word-overlap similarity", _sumy("text-rank")),
    "lsa": ("sumy LSA: latent semantic analysis (SVD)", _sumy("lsa")),
    "luhn": ("sumy Luhn: clusters of significant words", _sumy("luhn")),
    "edmundson": ("sumy Edmundson: cue, title and location words", _sumy("edmundson")),
    "kl": ("sumy KL-Sum: greedy KL-divergence to the document", _sumy("kl")),
    "sum-basic": ("sumy SumBasic: greedy word probability", _sumy("sum-basic")),
    "reduction": ("sumy Reduction: sum of word-overlap edges", _sumy("reduction")),
}
DEFAULT_METHOD = "news-rank"

# Methods that select whole units (``coherence.py``: a quotation over several sentences is
# kept whole, a sentence opening with "But" or "He" only with the one before it). The
# rivals select single sentences, as their authors defined them.
COHERENT_METHODS = frozenset({"news-rank"})

# How a method's time grows with the number of sentences n: (power of n, seconds per n**power)
# as measured through these adapters on the benchmark machine (2 cores; the ranking alone).
# sumy builds full sentence-by-sentence matrices (lex-rank, text-rank, reduction, lsa) or
# re-scores every sentence after each pick (kl, sum-basic, luhn's clusters); ranking every
# sentence of a document, as budgets need, makes KL cubic. news-rank, lead and edmundson
# grow linearly and are not listed. Used only to warn before a long run.
GROWTH: dict[str, tuple[int, float]] = {
    "lex-rank": (2, 4.0e-6),
    "text-rank": (2, 1.1e-6),
    "lsa": (2, 1.4e-6),
    "luhn": (2, 3.0e-7),
    "kl": (3, 4.2e-7),
    "sum-basic": (2, 4.0e-7),
    "reduction": (2, 2.4e-6),
}
SLOW_SECONDS = 10.0
"""Estimated ranking times from here on are announced before the work starts."""


class SlowMethodWarning(UserWarning):
    """A method whose cost grows faster than linearly is about to take long."""


def estimated_seconds(method: str, sentences: int) -> float:
    """A rough estimate of ``method``'s ranking time for ``sentences`` sentences
    (0.0 for the linear methods)."""
    power, per_unit = GROWTH.get(method, (1, 0.0))
    return per_unit * sentences**power


def slow_method_notice(method: str, sentences: int) -> str | None:
    """One line saying how long ``method`` may take, when that is more than SLOW_SECONDS."""
    seconds = estimated_seconds(method, sentences)
    if seconds < SLOW_SECONDS:
        return None
    growth = {2: "square", 3: "cube"}[GROWTH[method][0]]
    return (
        f"{method} grows with the {growth} of the sentence count: {sentences:,} sentences "
        f"may take about {_duration(seconds)} (the default, {DEFAULT_METHOD}, is linear)"
    )


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.0f} h"


def selection_units(method: str, doc: RankingInput) -> Units | None:
    """The units ``method`` selects in, or None for single sentences."""
    if method not in COHERENT_METHODS:
        return None
    from .coherence import selection_units as units
    from .words import stop_words

    return units(doc.sentences, doc.paragraphs, stop_words(doc.language))


def method_names() -> list[str]:
    return list(METHODS)


def rank(method: str, doc: RankingInput) -> list[float]:
    """Score every sentence of ``doc`` with ``method``; KeyError for an unknown name."""
    _, ranker = METHODS[method]
    return ranker(doc)
