"""Sentence ranking methods: one registry, read by the CLI help, the API and the docs.

A method turns the body sentences of an article into one score per sentence (higher is
better). Selection under a length budget lives in ``budget.py``.

- ``lead``: the first sentences (LEAD-k), in ``lead``-order scores.
- ``news-rank`` (the default): the project's own method, ``newsrank.py``; numpy only.
- sumy's summarizers under sumy's CLI names (``sumy_adapters.py``). sumy, and through its
  stemmers NLTK, are imported only when one of these is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


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
        "default: lede picks by density, then word-overlap centrality (linear time)",
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


def method_names() -> list[str]:
    return list(METHODS)


def rank(method: str, doc: RankingInput) -> list[float]:
    """Score every sentence of ``doc`` with ``method``; KeyError for an unknown name."""
    _, ranker = METHODS[method]
    return ranker(doc)
