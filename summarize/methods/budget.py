"""Length budgets: how many sentences, or how many words or characters, a summary may take."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import UsageError
from .coherence import Units


@dataclass(frozen=True)
class Length:
    """Exactly one of the four limits is set."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    chars: int | None = None

    @classmethod
    def from_options(
        cls,
        sentences: int | None = None,
        ratio: float | str | None = None,
        words: int | None = None,
        chars: int | None = None,
        *,
        default_sentences: int = 3,
    ) -> Length:
        """Validate the user's options; UsageError names the offending option."""
        given = [
            name
            for name, value in (
                ("--sentences", sentences),
                ("--ratio", ratio),
                ("--words", words),
                ("--chars", chars),
            )
            if value is not None
        ]
        if len(given) > 1:
            raise UsageError(f"choose one length option, not {' and '.join(given)}")
        if not given:
            return cls(sentences=default_sentences)
        if sentences is not None:
            if sentences < 1:
                raise UsageError(f"--sentences must be at least 1, not {sentences}")
            return cls(sentences=sentences)
        if ratio is not None:
            return cls(ratio=parse_ratio(ratio))
        if words is not None:
            if words < 1:
                raise UsageError(f"--words must be at least 1, not {words}")
            return cls(words=words)
        assert chars is not None
        if chars < 1:
            raise UsageError(f"--chars must be at least 1, not {chars}")
        return cls(chars=chars)


def parse_ratio(value: float | str) -> float:
    """``0.2``, ``"0.2"`` or ``"20%"`` -> 0.2; UsageError outside (0, 1]."""
    text = str(value).strip()
    try:
        ratio = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise UsageError(
            f"--ratio must be a number in (0, 1] or a percentage, not {text!r}"
        ) from None
    if not 0 < ratio <= 1:
        raise UsageError(f"--ratio must be in (0, 1], or a percentage above 0% up to 100%, "
                         f"not {text}")
    return ratio


def word_count(text: str) -> int:
    """Words as ``wc -w`` counts them: runs of non-space characters."""
    return len(text.split())


def select(
    scores: Sequence[float],
    texts: Sequence[str],
    length: Length,
    units: Units | None = None,
) -> list[int]:
    """Indices of the chosen sentences, best-ranked first.

    Ties in score go to the earlier sentence. With a word or character budget the
    best-ranked sentences that still fit are taken (a sentence too long is skipped, a
    shorter one after it may still fit); ``chars`` counts the chosen sentences joined by
    single spaces. Raises UsageError when no sentence fits at all.

    With ``units`` (see ``coherence.py``) whole units are taken, in the order of their
    best sentence: a unit that does not fit what is left of the budget (sentences, words
    or characters) is skipped, and so is a unit that leans on a unit not taken. If no
    unit fits, the best single sentence that fits is returned, so that a budget that
    fits any sentence never comes back empty.
    """
    n = len(scores)
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    if n == 0:
        return []
    if length.sentences is not None or length.ratio is not None:
        if length.sentences is not None:
            limit = length.sentences
        else:
            assert length.ratio is not None
            limit = max(1, round(n * length.ratio))
        if units is None:
            return order[:limit]
        cost, sep, unit = [1] * n, 0, "sentences"
    elif length.words is not None:
        limit, cost, sep, unit = length.words, [word_count(t) for t in texts], 0, "words"
    else:
        assert length.chars is not None
        limit, cost, sep, unit = length.chars, [len(t) for t in texts], 1, "characters"
    chosen: list[int] = []
    used = 0
    if units is None:
        for i in order:
            extra = cost[i] + (sep if chosen else 0)
            if used + extra <= limit:
                chosen.append(i)
                used += extra
    else:
        chosen, used = _select_units(order, units, cost, sep, limit)
        if not chosen:
            fits = [i for i in order if cost[i] <= limit]
            chosen = fits[:1]
    if not chosen:
        shortest = min(cost)
        raise UsageError(
            f"a budget of {limit} {unit} is smaller than every sentence "
            f"(the shortest has {shortest})"
        )
    return chosen


def _select_units(
    order: Sequence[int], units: Units, cost: Sequence[int], sep: int, limit: int
) -> tuple[list[int], int]:
    """Greedy selection of whole units in the order of their best sentence."""
    seen = [False] * len(units.starts)
    taken = [False] * len(units.starts)
    chosen: list[int] = []
    used = 0
    for i in order:
        u = units.unit_of[i]
        if seen[u]:
            continue
        seen[u] = True
        needed = units.needed(u)
        if needed >= 0 and not taken[needed]:
            continue
        members = units.span(u)
        extra = sum(cost[j] for j in members) + sep * (len(members) - (0 if chosen else 1))
        if used + extra <= limit:
            taken[u] = True
            chosen.extend(members)  # units best first, a unit's sentences in order
            used += extra
    return chosen, used
