"""Running the claim finders over an article for one fact table.

Each sentence checked (the headline, then the body, photo captions included, with the
dateline cleaning trimmed from a sentence's start put back; the boilerplate cleaning
removed, such as bylines, credits and share lines, is not checked) yields its claims and,
for every fact, where that fact's cues occur in it. Facts with a ``subject`` only get cues
in sentences that mention the subject.

Dates: a date written without a year takes the year of the article's first full date,
else of the table's ``date``, else of the fact it is compared with (then the dates of a
sentence are read once per date fact and kept in ``dates_by_fact``); a weekday alone
("on Wednesday") resolves against the same reference when that is a day (not a month or
a year). A weekday that disagrees with a
yearless date is inconsistent only when the year comes from the article itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..facts import DateValue, Fact, FactTable
from ..text.segment import SentenceSpan, fold_whitespace
from . import Claim, CueMatch
from .cues import SentenceWords

if TYPE_CHECKING:  # pragma: no cover
    from ..text.clean import Article

NAME_TYPES = ("person", "organization")
# The finders look at a whole sentence at a time, and some look, from each place a date,
# a list or a number might start, to the sentence's end: fine for news sentences (the
# longest of 28,000 CNN/DailyMail sentences has 524 characters), quadratic on hostile
# text without full stops ("April 3, 2024 and " x 10,000). A longer "sentence" is checked
# in pieces of at most this many characters, cut at white space: the work per piece is
# bounded, so the time grows linearly with the text.
MAX_PIECE_CHARS = 1_000
_SPACE = re.compile(r"\s")
_YEAR = re.compile(r"\b\d{4}\b")


@dataclass(frozen=True)
class SentenceClaims:
    """What one sentence says: its claims, and the cue matches of each fact (by id) whose
    cues occur in it. ``dates_by_fact`` holds per-fact readings of the sentence's dates when
    the article and the table give no reference date. ``dateline`` is the dateline read
    at the sentence's start, if any (its claims are held against a fact only when the
    sentence itself states nothing of that fact's type: see the checker)."""

    sentence: SentenceSpan
    claims: tuple[Claim, ...]
    cues: dict[str, tuple[CueMatch, ...]] = field(default_factory=dict)
    dates_by_fact: dict[str, tuple[Claim, ...]] = field(default_factory=dict)
    dateline: SentenceSpan | None = None


def checked_sentences(article: Article) -> list[SentenceSpan]:
    """The headline (when cleaning found one) followed by the body sentences, each with
    the dateline cleaning trimmed from its start put back (see ``with_datelines``)."""
    return [sentence for sentence, _ in with_datelines(article)]


def with_datelines(article: Article) -> list[tuple[SentenceSpan, SentenceSpan | None]]:
    """The checked sentences, each with its dateline or None.

    Cleaning trims a dateline ("BRUSSELS, April 3 --", "WASHINGTON (AP) --") from the
    start of its sentence so that summaries do not repeat it; here it is read again, as
    the start of the sentence it was trimmed from (so its place and date are claims of
    that sentence, next to its cues). A dateline whose sentence was dropped as
    boilerplate is a sentence of its own."""
    head = [article.headline] if article.headline is not None else []
    sentences: list[tuple[SentenceSpan, SentenceSpan | None]] = [
        (s, None) for s in head + list(article.sentences)
    ]
    text = article.text
    by_start = {s.start: i for i, (s, _) in enumerate(sentences)}
    alone: list[tuple[SentenceSpan, SentenceSpan | None]] = []
    for dateline in article.datelines:
        rest = len(text[dateline.end :]) - len(text[dateline.end :].lstrip())
        i = by_start.get(dateline.end + rest)
        if i is None:
            alone.append((dateline, dateline))
            continue
        host = sentences[i][0]
        joined = SentenceSpan(
            dateline.start,
            host.end,
            fold_whitespace(text[dateline.start : host.end]),
            host.paragraph,
        )
        sentences[i] = (joined, dateline)
    return [
        (piece, dateline if n == 0 else None)
        for sentence, dateline in sorted(sentences + alone, key=lambda pair: pair[0].start)
        for n, piece in enumerate(pieces(text, sentence))
    ]


def pieces(text: str, sentence: SentenceSpan, limit: int = MAX_PIECE_CHARS) -> list[SentenceSpan]:
    """``sentence`` itself when it has at most ``limit`` characters in ``text``, else
    consecutive pieces of at most ``limit`` characters, each cut at the last white space
    of its second half (or at ``limit`` when there is none). See ``MAX_PIECE_CHARS``."""
    if sentence.end - sentence.start <= limit:
        return [sentence]
    out: list[SentenceSpan] = []
    start = sentence.start
    while start < sentence.end:
        end = min(start + limit, sentence.end)
        if end < sentence.end:
            spaces = [m.start() for m in _SPACE.finditer(text, start + limit // 2, end)]
            if spaces:
                end = spaces[-1]
        part = text[start:end]
        lead = len(part) - len(part.lstrip())
        folded = fold_whitespace(part)
        if folded:
            out.append(SentenceSpan(start + lead, end - (len(part) - len(part.rstrip())),
                                    folded, sentence.paragraph))
        start = end
    return out


@dataclass(frozen=True)
class Reference:
    """What dates without a year are read against: ``year`` for "April 3" and "in July";
    ``day`` for a weekday alone ("on Wednesday"), only when a single day is known;
    ``own`` whether it comes from the article itself (its first full date)."""

    year: int | None
    day: date | None
    own: bool = False


def _reference_of(value: DateValue | None) -> Reference:
    if value is None:
        return Reference(None, None)
    return Reference(value.start.year, value.start if value.precision == "day" else None)


def reference_date(text: str, sentences: Iterable[SentenceSpan], table: FactTable) -> Reference:
    """The first full date in the checked ``sentences`` of ``text``, else the table's
    ``date``; unset when neither."""
    from .dates import first_full_date

    found = first_full_date(text, sentences)
    if found is not None:
        return Reference(found.year, found, own=True)
    return _reference_of(table.date)


def known_places(table: FactTable) -> list[str]:
    """Place names the table knows: values and aliases of its place facts."""
    names: list[str] = []
    for fact in table.facts:
        if fact.type == "place":
            names.append(str(fact.value))
            names.extend(fact.aliases)
    return list(dict.fromkeys(names))


def fact_cues(text: str, sentence: SentenceSpan, facts: Iterable[Fact]) -> dict[str, tuple]:
    """Cue matches per fact id in ``sentence``; facts whose subject is absent get none."""
    facts = list(facts)
    index = SentenceWords(text, sentence)
    index.prepare([term for f in facts for term in (*f.cues, *f.subject)])
    if not index.scores_any():
        return {}  # no word of a cue or a subject is there (most sentences of an archive)
    out: dict[str, tuple[CueMatch, ...]] = {}
    # Facts often share a subject ("NATO, alliance, allies") or cues: each distinct list is
    # searched once per sentence (on text of many short sentences this is most of the work).
    mentioned: dict[tuple[str, ...], bool] = {}
    found_for: dict[tuple[str, ...], tuple[CueMatch, ...]] = {}
    for fact in facts:
        if fact.subject:
            subject = tuple(fact.subject)
            if subject not in mentioned:
                mentioned[subject] = index.mentions(fact.subject)
            if not mentioned[subject]:
                continue
        cues = tuple(fact.cues)
        if cues not in found_for:
            found_for[cues] = tuple(index.find(fact.cues))
        found = found_for[cues]
        if found and fact.not_cues:
            found = tuple(_without_exclusions(list(found), index.find(fact.not_cues)))
        if found:
            out[fact.id] = found
    return out


def _without_exclusions(found: list[CueMatch], excluded: list[CueMatch]) -> list[CueMatch]:
    """The cue matches that do not lie inside one of the fact's ``not`` phrases."""
    return [c for c in found if not any(x.start <= c.start and c.end <= x.end for x in excluded)]


def _borrowed_year(claim: Claim) -> Claim:
    """A weekday and a date written without a year ("Saturday 12 February") cannot
    contradict each other when the year comes from outside the article (the table's or a
    fact's date): the article may be from another year."""
    if claim.inconsistent and not _YEAR.search(claim.text):
        return replace(claim, inconsistent=False)
    return claim


def _dates(text: str, sentence: SentenceSpan, reference: Reference) -> list[Claim]:
    from .dates import find_dates

    found = find_dates(text, sentence, default_year=reference.year, reference=reference.day)
    return found if reference.own else [_borrowed_year(c) for c in found]


def _ranked(text: str, sentence: SentenceSpan, table: FactTable) -> list[Claim]:
    """Scores ("3-2") and ranks ("eighth"), read only for a table that has a fact in those
    units: elsewhere they are noise ("the first time")."""
    from .numbers import find_ordinals, find_scores

    kinds = {f.unit_kind.kind for f in table.facts if f.type == "number"}
    found = find_scores(text, sentence) if "score" in kinds else []
    return found + (find_ordinals(text, sentence) if "ordinal" in kinds else [])


def _own_readings(
    text: str, sentence: SentenceSpan, facts: Sequence[Fact], cues: dict[str, tuple]
) -> dict[str, tuple[Claim, ...]]:
    """The sentence's dates read against each fact's own ``reference`` (a results period,
    a season), for the facts that have one and whose cues occur in the sentence."""
    return {
        fact.id: tuple(_dates(text, sentence, _reference_of(fact.reference)))
        for fact in facts
        if fact.reference is not None and fact.id in cues
    }


def _overlaps(a: Claim, spans: Sequence[Claim]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in spans)


def _loose_lists(
    text: str, sentence: SentenceSpan, cues: Sequence[CueMatch], strong: Sequence[Claim]
) -> list[Claim]:
    """The loose list readings (see ``lists.find_loose_lists``) other than the ``strong``."""
    from .lists import find_loose_lists

    spans = {(c.start, c.end) for c in strong}
    found = find_loose_lists(text, sentence, cues) if cues else []
    return [c for c in found if (c.start, c.end) not in spans]


def extract(article: Article, table: FactTable, *, uncued: bool = True) -> list[SentenceClaims]:
    """Claims and cue matches for every checked sentence of ``article``.

    With ``uncued=False`` a sentence where no fact has a cue yields only its dates: the
    checker ties no claim of such a sentence to a fact, so its places, numbers, names and
    lists could only be unchecked, and a report that leaves unchecked claims out does not
    need them (a date is still read, since a weekday that contradicts it is flagged on its
    own). In an archive checked against one story's table that is most sentences."""
    from .lists import find_lists
    from .names import find_names
    from .numbers import find_numbers
    from .places import find_places

    text = article.text
    checked = with_datelines(article)
    reference = reference_date(text, [sentence for sentence, _ in checked], table)
    date_facts = [f for f in table.facts if f.type == "date" and isinstance(f.value, DateValue)]
    places = known_places(table)
    by_id = {f.id: f for f in table.facts}
    out: list[SentenceClaims] = []
    for sentence, dateline in checked:
        cues = fact_cues(text, sentence, table.facts)

        def cue_list(types: Sequence[str], cues=cues) -> list[CueMatch]:
            found = [c for fid, cs in cues.items() if by_id[fid].type in types for c in cs]
            return sorted(found, key=lambda c: (c.start, c.end))

        dates = _dates(text, sentence, reference)
        dates_by_fact: dict[str, tuple[Claim, ...]] = _own_readings(
            text, sentence, date_facts, cues
        )
        if reference.year is None:
            for fact in date_facts:
                if fact.id not in dates_by_fact:
                    own = _reference_of(fact.value)
                    dates_by_fact[fact.id] = tuple(_dates(text, sentence, own))
            seen = {(c.start, c.end) for c in dates}
            for found in dates_by_fact.values():
                for c in found:
                    if (c.start, c.end) not in seen:
                        seen.add((c.start, c.end))
                        dates.append(c)
        if not cues and not uncued:
            claims = sorted(dates, key=lambda c: (c.start, c.end))
            out.append(SentenceClaims(sentence, tuple(claims), cues, dates_by_fact, dateline))
            continue

        list_cues = cue_list(("entities",))
        lists = find_lists(text, sentence, list_cues) if list_cues else []
        lists += _loose_lists(text, sentence, list_cues, lists)
        names: list[Claim] = []
        for kind in NAME_TYPES:  # "the NATO alliance" names an organization, not a person
            kind_cues = cue_list((kind,))
            found = find_names(text, sentence, kind_cues, kind=kind) if kind_cues else []
            names += [c for c in found if not _overlaps(c, names)]
        numbers = [c for c in find_numbers(text, sentence) if not _overlaps(c, dates)]
        numbers += [c for c in _ranked(text, sentence, table) if not _overlaps(c, numbers)]
        strong_lists = [c for c in lists if not c.loose]
        place_cues = cue_list(("place",))
        found_places = [
            c
            for c in find_places(text, sentence, known=places, cues=place_cues)
            if not _overlaps(c, strong_lists)
        ]
        claims = sorted(
            [*dates, *found_places, *names, *lists, *numbers], key=lambda c: (c.start, c.end)
        )
        out.append(SentenceClaims(sentence, tuple(claims), cues, dates_by_fact, dateline))
    return out


def extract_claims(article: Article, table: FactTable) -> list[Claim]:
    """Every claim in ``article`` that the finders see, given ``table``'s cues and places."""
    return [c for s in extract(article, table) for c in s.claims]
