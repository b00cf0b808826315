"""Finding a fact's cues in a sentence: case-insensitive, tolerant of small misspellings
and of inflection ("summit" finds "summits", "support" finds "supporting").

Both the cue and the sentence are reduced to lower-case word stems (a few English suffixes
stripped); each cue word is scored against the words of the sentence with
``rapidfuzz.fuzz.ratio``, and a cue of n words matches a run of n words when each word
matches its counterpart (so "finance ministers" is not "foreign
ministers").
Stems of four letters or fewer must match exactly, so that "aid" does not find "said".
A fact's ``subject`` words must match exactly (their stems), never fuzzily.

No numpy: its import (50-60 ms) was a fifth of ``check-claims``' start-up, for rows of a
few dozen scores. The scores are kept as ``process.cdist`` gave them before, rounded to
single precision (``array("f")``), so that ties, and so the order of matches, are the same.

A table's cue words are the same in every sentence, and an archive's sentences share most
of their words: each word stem is scored against a table's cue words once (``CueScores``,
remembered per list of cue words), not once per sentence it occurs in. A sentence keeps
only the positions where a cue word scores, since most of its words match no cue.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from ..text.segment import SentenceSpan
from . import CueMatch

CUE_THRESHOLD = 85.0
"""Default ``fuzz.ratio`` score a run of words needs to count as a cue: one wrong letter
in a word of seven or more letters, one missing or extra letter in five or more."""

SUBJECT_THRESHOLD = 100.0
"""A subject word must equal the sentence word's stem: a subject names the story's topic,
and a fuzzy match ("Russian" for "Russia", "Austria" for "Australia") would let an unrelated
sentence in."""

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_SHORT = 4
_HYPHENS = "-\u2010\u2011"
_PREFIX = re.compile(r"[^\W\d_]+\Z")
_NEUTRAL = frozenset({"re"})  # "re-elected" is still "elected"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: enough to equate "summits"/"summit", "supporting"/"support",
    "countries"/"country", not a linguistic analysis."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 5 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Word tokens of ``text[start:end]`` as ``(word, start, end)`` with offsets into
    ``text``; hyphens and punctuation separate words ("Secretary-General" is two)."""
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


@lru_cache(maxsize=4096)
def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w, _, _ in words(phrase))


@lru_cache(maxsize=1024)
def _cue_words(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct word stems of ``cues``, in order (a table's cues, in every sentence)."""
    return tuple(dict.fromkeys(w for cue in cues for w in _stems(cue)))


@lru_cache(maxsize=1024)
def _cue_keys(cues: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each distinct cue with its word stems, in order; cues without a word left out."""
    return tuple((cue, _stems(cue)) for cue in dict.fromkeys(cues) if _stems(cue))


_MAX_REMEMBERED = 200_000
"""Word stems a ``CueScores`` remembers before it starts afresh (memory stays bounded on
an archive of any size; a forgotten stem is only scored again)."""


class CueScores:
    """The scores of a fixed list of cue words (stems) against any word stem: ``fuzz.ratio``
    at ``threshold`` for a cue word of more than four letters (rounded to single precision),
    equality for a shorter one. Each stem is scored once and remembered."""

    def __init__(self, cue_words: Sequence[str], threshold: float) -> None:
        self.words = tuple(cue_words)
        self.short = frozenset(w for w in cue_words if len(w) <= _SHORT)
        self.long = [w for w in cue_words if len(w) > _SHORT]
        self.threshold = threshold
        self._known: dict[str, tuple[tuple[str, float], ...]] = {}

    def hits(self, word: str) -> tuple[tuple[str, float], ...]:
        """The cue words ``word`` matches, each with its (non-zero) score."""
        found = self._known.get(word)
        if found is None:
            found = self._score(word)
            if len(self._known) >= _MAX_REMEMBERED:
                self._known.clear()
            self._known[word] = found
        return found

    def rows(self, stems: Sequence[str]) -> dict[str, dict[int, float]]:
        """Per cue word, the positions in ``stems`` of the words it matches -> score."""
        rows: dict[str, dict[int, float]] = {w: {} for w in self.words}
        known = self._known
        for j, s in enumerate(stems):
            found = known.get(s)
            if found is None:
                found = self.hits(s)
            for w, score in found:
                rows[w][j] = score
        return rows

    def _score(self, word: str) -> tuple[tuple[str, float], ...]:
        found = [(word, 100.0)] if word in self.short else []
        for w in self.long:
            score = fuzz.ratio(w, word, score_cutoff=self.threshold)
            if score:
                found.append((w, array("f", (score,))[0]))  # single precision, as cdist
        return tuple(found)


@lru_cache(maxsize=64)
def cue_scores(cue_words: tuple[str, ...], threshold: float) -> CueScores:
    """The shared ``CueScores`` of one list of cue words (a table's, in every sentence)."""
    return CueScores(cue_words, threshold)


class SentenceWords:
    """One sentence's words and stems, read once and searched for many cues: each cue
    word's scores against the sentence's words are looked up once (see ``CueScores``),
    however many facts share it."""

    def __init__(self, text: str, sentence: SentenceSpan) -> None:
        self._text = text
        self._span = (sentence.start, sentence.end)
        self.stems = list(map(stem, _WORD.findall(text, sentence.start, sentence.end)))
        self._tokens: list[tuple[str, int, int]] | None = None
        # per (cue word, threshold): the positions of the words it matches -> score
        self._rows: dict[tuple[str, float], dict[int, float]] = {}

    @property
    def tokens(self) -> list[tuple[str, int, int]]:
        """The words with their offsets (see ``words``), read once a cue needs them: in
        most sentences none occurs."""
        if self._tokens is None:
            self._tokens = words(self._text, *self._span)
        return self._tokens

    def prepare(self, cues: Iterable[str], threshold: float = CUE_THRESHOLD) -> None:
        """Score every word of ``cues`` not scored yet against the sentence's words,
        keeping the positions where it scores at least ``threshold``."""
        new = tuple(w for w in _cue_words(tuple(cues)) if (w, threshold) not in self._rows)
        if not new or not self.stems:
            return
        for w, row in cue_scores(new, threshold).rows(self.stems).items():
            self._rows[(w, threshold)] = row

    def scores_any(self) -> bool:
        """Whether a word of the cues prepared so far matches a word of the sentence (when
        none does, no cue prepared at that threshold or above can be found)."""
        return any(self._rows.values())

    def find(self, cues: Sequence[str], threshold: float = CUE_THRESHOLD) -> list[CueMatch]:
        """See ``find_cues``."""
        count = len(self.stems)
        keys = {cue: key for cue, key in _cue_keys(tuple(cues)) if len(key) <= count}
        if not keys:
            return []
        self.prepare(keys, threshold)
        found: list[CueMatch] = []
        for cue, key in keys.items():
            n = len(key)
            width = count - n + 1
            rows = [self._rows[(w, threshold)] for w in key]
            # A run of words matches when every word matches its cue word (its score is
            # the lowest of theirs).
            hits = []
            for i, score in rows[0].items():
                if i >= width:
                    continue
                for k in range(1, n):
                    other = rows[k].get(i + k, 0.0)
                    if not other:
                        break
                    score = min(score, other)
                else:
                    hits.append((-score, i))
            if not hits:
                continue
            hits.sort()
            toks = self.tokens
            taken: list[tuple[int, int]] = []
            for _, i in hits:
                if self._inside_compound(toks[i][1], toks[i + n - 1][2]):
                    continue
                if n > 1 and self._broken(i, i + n):
                    continue
                if all(i + n <= a or b <= i for a, b in taken):
                    taken.append((i, i + n))
                    found.append(CueMatch(cue, toks[i][1], toks[i + n - 1][2]))
        # Two cues of one fact that read alike ("support", "supporting") report one match.
        order = {cue: i for i, cue in enumerate(keys)}
        unique = {(c.start, c.end): c for c in sorted(found, key=lambda c: -order[c.cue])}
        return sorted(unique.values(), key=lambda c: (c.start, c.end))

    def _broken(self, first: int, stop: int) -> bool:
        """Whether punctuation other than a hyphen separates two words of a run ("this
        year, to 920,000" is not the cue "year to")."""
        toks = self.tokens
        return any(
            self._text[toks[k][2] : toks[k + 1][1]].strip(" \t\n" + _HYPHENS)
            for k in range(first, stop - 1)
        )

    def _inside_compound(self, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` are the tail or the head of a longer
        hyphenated word: "final" in "semi-final" or "final-day", "president" in
        "vice-president". A capitalised or numeric first part names what the cue is about
        and keeps it ("Frankfurt-based", "19-year-old")."""
        text = self._text
        if start >= 2 and text[start - 1] in _HYPHENS:
            prefix = _PREFIX.search(text, 0, start - 1)
            if prefix and prefix.group()[:1].islower() and prefix.group() not in _NEUTRAL:
                return True
        return end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].islower()

    def mentions(self, terms: Sequence[str]) -> bool:
        """Whether any of ``terms`` (a fact's ``subject``) occurs in the sentence: the
        words themselves, up to light inflection ("Russia's", "allies" for "ally"), not a
        near spelling of another word ("Russian" is not "Russia").

        A subject the table writes as a common noun ("alliance") is not mentioned by a
        proper name it ends ("the WiMedia Alliance", "the OFDM alliance"): that names
        another thing of the kind. A proper-noun subject ("NATO") is taken as written."""
        if not terms:
            return False
        matches = self.find(terms, SUBJECT_THRESHOLD)
        return any(not self._other_name(m) for m in matches)

    def _other_name(self, match: CueMatch) -> bool:
        """Whether a match of a lower-case, one-word subject term is the last word of a
        name: right after a capitalised word that does not open the sentence, or after an
        acronym, with nothing but a space between."""
        if not match.cue.islower() or " " in match.cue.strip():
            return False
        toks = self.tokens
        i = next((k for k, t in enumerate(toks) if t[1] == match.start), None)
        if not i:
            return False
        word, start, end = toks[i - 1]
        if self._text[end : match.start] != " " or word.lower() in _TIME_WORDS:
            return False  # "Saturday's doubles", "the Monday meeting" are not names
        if self._text[end - 2 : end].lower() in ("'s", "\u2019s"):
            return False
        acronym = len(word) > 1 and word.isupper()
        return acronym or (word[:1].isupper() and i - 1 > 0)


_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)


def find_cues(
    text: str,
    sentence: SentenceSpan,
    cues: Sequence[str],
    *,
    threshold: float = CUE_THRESHOLD,
) -> list[CueMatch]:
    """Occurrences of ``cues`` in ``sentence`` (offsets into ``text``), in text order.

    A cue of n words matches n consecutive words of the sentence whose stems each score at
    least ``threshold`` with ``fuzz.ratio`` against the cue's; overlapping matches of one
    cue keep the best, and words matched by several cues are reported once, for the cue
    listed first.
    """
    return SentenceWords(text, sentence).find(cues, threshold)


def contains_cue(phrase: str, cue: str) -> bool:
    """Whether ``cue``'s words (stems) occur in a row in ``phrase`` ("final" in "semi-final",
    "talks" in "peace talks"); used to check that a fact's ``not`` phrase can apply."""
    outer, inner = _stems(phrase), _stems(cue)
    n = len(inner)
    return bool(n) and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def mentions(text: str, sentence: SentenceSpan, terms: Sequence[str]) -> bool:
    """Whether any of ``terms`` (a fact's ``subject``) occurs in ``sentence``, as the word
    itself up to light inflection (see ``SentenceWords.mentions``)."""
    return SentenceWords(text, sentence).mentions(terms)
