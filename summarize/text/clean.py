"""Article cleaning: find the headline and drop boilerplate so it never reaches a summary.

INTERIM: no boilerplate rules yet; keeps the signatures the rest of the pipeline uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from .segment import SentenceSpan, split_sentences


@dataclass(frozen=True)
class Article:
    """A document ready for ranking or claim extraction.

    ``text`` is the decoded input; every span's offsets point into it. ``sentences`` are
    the body sentences in document order; ``removed`` what cleaning dropped (bylines,
    credits, share lines, ...), kept for tests and ``--no-clean`` comparisons.
    """

    text: str
    headline: SentenceSpan | None
    sentences: tuple[SentenceSpan, ...]
    removed: tuple[SentenceSpan, ...] = ()


def prepare_article(text: str, *, clean: bool = True) -> Article:
    """Segment ``text``; with ``clean``, split off the headline and drop boilerplate."""
    spans = split_sentences(text)
    if not clean:
        return Article(text=text, headline=None, sentences=tuple(spans))
    return Article(text=text, headline=None, sentences=tuple(spans))
