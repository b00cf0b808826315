"""Finding checkable claims in sentences: dates, places, names, numbers, entity lists.

CONTRACT (being implemented by several people at once). Module ownership:
- claims/dates.py    find_dates(), first_full_date()
- claims/numbers.py  find_numbers()
- claims/places.py   find_places(), known place names (table + offline gazetteer)
- claims/names.py    find_names()   (people and organizations next to a cue)
- claims/lists.py    find_lists()   (enumerations of entities tied to a cue)
- claims/cues.py     find_cues()    (fuzzy, case-insensitive cue occurrences)
- claims/extract.py  extract_claims(): runs the finders over an Article for a FactTable
The finders take the article text (offsets refer to it) and one SentenceSpan, and return
Claims whose start/end lie inside that sentence.

Signatures:
    find_dates(text, sentence, *, default_year: int | None, reference: date | None) -> list[Claim]
        value: facts.DateValue at the precision stated ("April 3" -> day, "in July" -> month,
        "9-11 July" -> interval); "on Wednesday" resolves to the nearest Wednesday within
        three days of ``reference`` (skipped when reference is None); a weekday contradicting
        its date sets inconsistent=True.
    first_full_date(text, sentences) -> date | None   (first date with day, month and year)
    find_numbers(text, sentence) -> list[Claim]
        value: float; ``target`` = offsets of the words the number directly quantifies
        ("member countries" in "32 member countries"); ``unit`` e.g. "€", "%", "billion".
    find_places(text, sentence, *, known: Iterable[str] = ()) -> list[Claim]
        value: the place name as written (str); locative mentions only ("in Brussels",
        "the Washington summit", "the summit in Vilnius", datelines "BRUSSELS, April 3 --").
    find_names(text, sentence, cues: Sequence[CueMatch]) -> list[Claim]
        type "person" (or "organization" — the checker retypes by the cue's fact); value: the
        capitalised name span next to a cue ("Secretary General Jens Stoltenberg").
    find_lists(text, sentence, cues: Sequence[CueMatch]) -> list[Claim]
        type "entities"; value: tuple of member names as written.
    find_cues(text, sentence, cues: Sequence[str], *, threshold: float) -> list[CueMatch]
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.segment import SentenceSpan


@dataclass(frozen=True)
class CueMatch:
    """Where a fact's cue (or a near spelling of it) occurs: ``cue`` as written in the
    table, ``start``/``end`` offsets into the article text."""

    cue: str
    start: int
    end: int

    def within(self, sentence: SentenceSpan) -> bool:
        """The cue lies inside ``sentence``."""
        return sentence.start <= self.start and self.end <= sentence.end


@dataclass(frozen=True)
class Claim:
    """A statement of a value in one sentence.

    ``type`` is one of ``facts.FACT_TYPES``; ``value`` has the same Python type as a
    ``Fact`` value of that type (DateValue, str, tuple[str, ...], float); ``text`` is the
    surface form as written; ``start``/``end`` are offsets into the article text;
    ``inconsistent`` is set for a date whose weekday contradicts it ("Thursday, April 3,
    2024"); ``target`` (numbers) spans the words the number quantifies
    (names: the cue the name was read next to); ``unit`` (numbers)
    is a currency sign, "%" or a scale word when written; ``alternatives`` (dates) holds
    each alternative of an either-or date ("June or July"), whose ``value`` spans them
    all (places: a venue and its town, "the Stadio Olimpico in Rome"). ``loose`` (entity
    lists) marks a list read in a position that does not by itself say it is the cue's
    list (the object of a verb cue, after "in", "for" or a dash, in brackets before the
    cue): it is held against a fact only when it names one of the fact's members."""

    type: str
    text: str
    value: object
    start: int
    end: int
    sentence: SentenceSpan
    inconsistent: bool = False
    target: tuple[int, int] | None = None
    unit: str | None = None
    alternatives: tuple = ()
    loose: bool = False
