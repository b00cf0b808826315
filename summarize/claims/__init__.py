"""Finding checkable claims in sentences: dates, places, names, numbers, entity lists.

CONTRACT ONLY (being implemented).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.segment import SentenceSpan


@dataclass(frozen=True)
class Claim:
    """A statement of a value in one sentence.

    ``type`` is one of ``facts.FACT_TYPES``; ``value`` has the same Python type as a
    ``Fact`` value of that type; ``text`` is the surface form as written;
    ``start``/``end`` are offsets into the article text; ``inconsistent`` is set for a
    date whose weekday contradicts it ("Thursday, April 3, 2024")."""

    type: str
    text: str
    value: object
    start: int
    end: int
    sentence: SentenceSpan
    inconsistent: bool = False
