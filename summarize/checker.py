"""Tying claims to facts (cues, rapidfuzz) and deciding verdicts.

CONTRACT ONLY (being implemented).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLAIM_STATUSES = ("supported", "contradicted", "inconsistent", "unchecked")
FACT_STATUSES = ("supported", "contradicted", "partial", "not-mentioned")
FAIL_ON = ("contradicted", "partial", "not-mentioned", "never")
DEFAULT_THRESHOLD = 85.0


@dataclass(frozen=True)
class ClaimFinding:
    """One claim with its verdict, positioned for ``FILE:LINE:COL`` output."""

    fact: str | None
    type: str
    text: str
    value: str
    status: str
    score: float | None
    line: int
    column: int
    start: int
    end: int
    sentence: str
    expected: str | None = None


@dataclass(frozen=True)
class FactVerdict:
    id: str
    type: str
    status: str
    expected: str
    about: str | None = None


@dataclass(frozen=True)
class ClaimReport:
    source: str
    facts: tuple[FactVerdict, ...]
    claims: tuple[ClaimFinding, ...]
    counts: dict[str, int] = field(default_factory=dict)

    def flagged(self, fail_on: str = "contradicted") -> bool:
        """Whether the exit code should be 1 under ``--fail-on``."""
        raise NotImplementedError

    def to_dict(self) -> dict:
        raise NotImplementedError


def check_claims(text, facts, *, source="<text>", threshold=DEFAULT_THRESHOLD, include_unchecked=False):
    """Find claims in ``text`` and judge them against ``facts`` (a ``FactTable``)."""
    raise NotImplementedError
