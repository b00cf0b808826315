"""Sentence ranking methods: one registry, read by the CLI help, the API and the docs.

A method turns the body sentences of an article into one score per sentence (higher is
better). Selection under a length budget lives in ``budget.py``.
INTERIM: only ``lead`` is wired; the sumy adapters and the project's method follow.
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


# name -> (one-line description, ranker). Keep descriptions short: they appear in --help.
METHODS: dict[str, tuple[str, Ranker]] = {
    "lead": ("the first sentences, in order (LEAD-k)", _lead),
}
DEFAULT_METHOD = "lead"


def method_names() -> list[str]:
    return list(METHODS)


def rank(method: str, doc: RankingInput) -> list[float]:
    """Score every sentence of ``doc`` with ``method``; KeyError for an unknown name."""
    _, ranker = METHODS[method]
    return ranker(doc)
