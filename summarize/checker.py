"""Tying claims to facts (cues, rapidfuzz) and deciding verdicts.

A claim is tied to one fact: among the facts of its type whose cues occur in its sentence
(and whose ``subject``, if any, is mentioned there), the one whose value it matches, else
the one whose cue is nearest to it. A value that matches one fact is therefore never held
against another, and a value that matches a fact whose cue is absent is not held against
the facts that are present (it is reported as unchecked) unless one of their cues stands
right next to it ("the summit in Brussels"). Numbers are tied only to a fact
whose cue lies in the words they quantify ("32 member countries", not "12 founding
members").

An entities fact whose members are all places is only held against lists that name a
place (or one of its members): "support from Sir Alex Ferguson" is not a wrong list of
countries.

Names (people, organizations, places, entity members) are compared with
``rapidfuzz.fuzz.ratio`` after ``utils.default_process`` (case and punctuation folded)
against the fact's value and aliases; a person may also be named by the last words of the
value ("Stoltenberg"), a place by the part before its first comma ("Washington" for
"Washington, D.C."). A claim is supported at a score of at least ``threshold`` (default
``DEFAULT_THRESHOLD`` = 85: one wrong letter in an 11-letter surname, "Stoltenburg", still
supports "Jens Stoltenberg"; "Vilnius" scores 18 against "Washington, D.C.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils

from .claims import Claim
from .facts import DateValue, Fact, FactTable, Score, format_number, parse_unit

CLAIM_STATUSES = ("supported", "contradicted", "inconsistent", "unchecked")
FACT_STATUSES = ("supported", "contradicted", "partial", "not-mentioned")
FAIL_ON = ("contradicted", "partial", "not-mentioned", "never")
DEFAULT_THRESHOLD = 85.0

# What each --fail-on level flags, beyond contradicted or inconsistent claims.
_FLAGGED_FACTS = {
    "contradicted": frozenset({"contradicted"}),
    "partial": frozenset({"contradicted", "partial"}),
    "not-mentioned": frozenset({"contradicted", "partial", "not-mentioned"}),
    "never": frozenset(),
}
_NAME_TYPES = ("person", "organization")
_UNCHECKED_TYPES = ("date", "place", "number")
_NEWLINE = re.compile("\n")
_LINK_WORDS = frozenset("in at on of the a an for during this next last its their".split())


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

    def to_dict(self) -> dict:
        return {
            "fact": self.fact,
            "type": self.type,
            "text": self.text,
            "value": self.value,
            "status": self.status,
            "score": self.score,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "expected": self.expected,
        }


@dataclass(frozen=True)
class FactVerdict:
    id: str
    type: str
    status: str
    expected: str
    about: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "expected": self.expected,
            "about": self.about,
        }


@dataclass(frozen=True)
class ClaimReport:
    """The verdicts on one article. ``counts`` counts claims per ``CLAIM_STATUSES``,
    ``fact_counts`` facts per ``FACT_STATUSES`` (every status present, zeros included)."""

    source: str
    facts: tuple[FactVerdict, ...]
    claims: tuple[ClaimFinding, ...]
    counts: dict[str, int] = field(default_factory=dict)
    fact_counts: dict[str, int] = field(default_factory=dict)

    def flagged(self, fail_on: str = "contradicted") -> bool:
        """Whether the exit code should be 1 under ``--fail-on``: any contradicted or
        inconsistent claim (and, cumulatively, any partial fact with ``partial``, any
        partial or not-mentioned fact with ``not-mentioned``); never with ``never``."""
        if fail_on not in FAIL_ON:
            raise ValueError(f"unknown fail-on {fail_on!r} (expected one of {', '.join(FAIL_ON)})")
        if fail_on == "never":
            return False
        if any(c.status in ("contradicted", "inconsistent") for c in self.claims):
            return True
        return any(f.status in _FLAGGED_FACTS[fail_on] for f in self.facts)

    def to_dict(self) -> dict:
        """The JSON contract: ``source``, ``facts``, ``claims``, and ``counts`` with
        ``claims`` and ``facts`` per status."""
        return {
            "source": self.source,
            "facts": [f.to_dict() for f in self.facts],
            "claims": [c.to_dict() for c in self.claims],
            "counts": {"claims": dict(self.counts), "facts": dict(self.fact_counts)},
        }


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Judgement:
    """How a claim's value compares with one fact: ``status`` is ``supported`` or
    ``contradicted``; ``covers`` the entity members it names (entities only)."""

    status: str
    score: float | None
    covers: frozenset[str] = frozenset()


def name_forms(fact: Fact, words: int = 1) -> dict[str, str]:
    """Accepted spellings of a name fact -> canonical name: the value and aliases, plus a
    person's last ``words`` words and a place's part before its first comma."""
    forms = dict(fact.names()) if fact.type != "entities" else {}
    if fact.type == "person":
        for name in list(forms):
            parts = name.split()
            if len(parts) > words:
                forms.setdefault(" ".join(parts[-words:]), forms[name])
    elif fact.type == "place":
        for name in list(forms):
            head = name.split(",")[0].strip()
            if head:
                forms.setdefault(head, forms[name])
    return forms


def best_name(name: str, forms: dict[str, str]) -> tuple[str | None, float]:
    """The canonical name whose spelling ``name`` matches best, and the score."""
    if not forms:
        return None, 0.0
    hit = process.extractOne(name, list(forms), scorer=fuzz.ratio, processor=utils.default_process)
    if hit is None:
        return None, 0.0
    return forms[hit[0]], round(float(hit[1]), 1)


def date_matches(claim: DateValue, fact: DateValue) -> bool:
    """Whether ``claim``, at the precision stated, lies within ``fact``: "in July" agrees
    with 9-11 July, "July 10" with 9-11 July, "2024" with 3 April 2024; "July 8-12" and
    "April 4" do not agree with 9-11 July and 3 April."""
    if fact.precision == "days" and claim.each_day() is not None:
        return fact.contains(claim)  # every day stated is one of the fact's days
    start, end = fact.start, fact.end
    if claim.precision == "month":
        start = start.replace(day=1)
        end = DateValue.month(end.year, end.month).end
    elif claim.precision == "year":
        start, end = start.replace(month=1, day=1), end.replace(month=12, day=31)
    return start <= claim.start and claim.end <= end


def unit_kind(unit: str | None) -> str | None:
    """The currency or "%" a unit names, or None ("£", "$ million" -> "$", "percent" -> "%",
    "A$ billion" -> "A$", "seats" -> None)."""
    try:
        parsed = parse_unit(unit)
    except ValueError:
        return None
    return parsed.currency or ("%" if parsed.kind == "percent" else None)


def number_matches(value: float, unit: str | None, fact: Fact) -> bool:
    """Within the fact's (absolute, in the fact's unit) tolerance; a fact written with a
    scale word ("28.7", unit "£ million") matches the claim's full value (28,700,000) as
    well as the bare figure. A range fact (``[7.17, 8.24]``) matches any value within it."""
    low, high = fact.value if isinstance(fact.value, tuple) else (fact.value, fact.value)
    scale = fact.unit_kind.scale
    tolerance = fact.tolerance or 0.0
    got = float(value)
    for factor in (1.0, scale):
        lo, hi, slack = float(low) * factor, float(high) * factor, tolerance * factor
        eps = 1e-9 * max(abs(lo), abs(hi), 1.0)
        if lo - slack - eps <= got <= hi + slack + eps:
            return True
    return False


MAGNITUDE = 1000.0
"""A number more than this factor away from a fact's value (scaled) is another quantity
("values shares at A$7.17" next to a A$7.4bn bid), never a wrong value of the fact."""


def comparable_magnitude(value: float, fact: Fact) -> bool:
    """Whether ``value`` is within a factor of ``MAGNITUDE`` of the fact's (scaled) value,
    or matches it."""
    low, high = fact.value if isinstance(fact.value, tuple) else (fact.value, fact.value)
    scale = fact.unit_kind.scale
    got = abs(float(value))
    lo, hi = abs(float(low)) * scale, abs(float(high)) * scale
    if got == 0 or lo == 0:
        return True
    return lo / MAGNITUDE <= got <= hi * MAGNITUDE


_YEAR_NOUNS = frozenset({"year", "years", "year-old", "years old", "age", "aged"})


def units_compatible(unit: str | None, fact: Fact) -> bool:
    """Whether a number written in ``unit`` can be a value of ``fact``: money only with
    money in the fact's currency ("$5.8bn" is not an amount in A$, "£1.35bn" not a price
    in pence), a percentage only with a percentage, a count with a count; an age ("Ann
    Lee, 46,") only with a fact counted in years."""
    mine, theirs = parse_unit(unit), fact.unit_kind
    if mine.kind != theirs.kind:
        return False
    if mine.kind == "money":
        return mine.currency == theirs.currency
    if mine.kind == "count" and mine.noun in _YEAR_NOUNS:
        return (theirs.noun or "").lower() in _YEAR_NOUNS
    return True


def _is_place(name: str) -> bool:
    from .claims.places import gazetteer, normalize

    return normalize(name) in gazetteer()


def comparable_lists(claim: Claim, fact: Fact, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether an entities claim can be about an entities fact: a fact whose members are
    all places (countries named as supporters) is about places, so a list naming no place
    and no member of the fact ("support from Sir Alex Ferguson", "the help of the TUC")
    is about something else, not a wrong answer."""
    forms = fact.names()
    if claim.loose or not all(_is_place(str(m)) for m in fact.value):  # type: ignore[union-attr]
        return _names_a_member(claim, forms, threshold)
    return any(
        _is_place(member) or best_name(member, forms)[1] >= threshold
        for member in claim.value  # type: ignore[union-attr]
    )


def _names_a_member(claim: Claim, forms: dict[str, str], threshold: float) -> bool:
    """Whether a list names at least one member of the fact: a list of people or
    organizations sharing no member with the fact ("a goal ... halted by Martyn" for the
    scorers, "a bid from Spurs" for the players bid for) is about something else."""
    return any(member_score(m, forms)[1] >= threshold for m in claim.value)  # type: ignore[union-attr]


def member_score(member: str, forms: dict[str, str]) -> tuple[str | None, float]:
    """The best canonical member for a list member as written, trying it whole and
    without the words before a name ("Italian Prime Minister Silvio Berlusconi" is
    "Silvio Berlusconi" when that is a member): titles are not part of a name."""
    best: tuple[str | None, float] = best_name(member, forms)
    words = member.split()
    for k in range(1, len(words) - 1):
        if not words[k][:1].isupper():
            continue
        hit = best_name(" ".join(words[k:]), forms)
        if hit[1] > best[1]:
            best = hit
    return best


def judge(claim: Claim, fact: Fact, threshold: float = DEFAULT_THRESHOLD) -> Judgement:
    """Compare one claim's value with one fact of a matching type."""
    if fact.type == "date":
        # an either-or date ("June or July") agrees when one of its alternatives does
        stated = claim.alternatives or (claim.value,)
        ok = any(isinstance(v, DateValue) and date_matches(v, fact.value) for v in stated)
        return Judgement("supported" if ok else "contradicted", None)
    if fact.type == "number" and (isinstance(fact.value, Score) or isinstance(claim.value, Score)):
        ok = isinstance(fact.value, Score) and fact.value.same_result(claim.value)
        return Judgement("supported" if ok else "contradicted", None)
    if fact.type == "number":
        ok = number_matches(float(claim.value), claim.unit, fact)  # type: ignore[arg-type]
        return Judgement("supported" if ok else "contradicted", None)
    if fact.type == "entities":
        forms = fact.names()
        covers: set[str] = set()
        scores = []
        for member in claim.value:  # type: ignore[union-attr]
            canonical, score = member_score(member, forms)
            scores.append(score)
            if canonical is not None and score >= threshold:
                covers.add(canonical)
        ok = bool(scores) and min(scores) >= threshold
        return Judgement(
            "supported" if ok else "contradicted",
            min(scores, default=0.0),
            frozenset(covers) if ok else frozenset(),
        )
    if fact.type == "place" and claim.alternatives:
        # a venue with its town ("the Stadio Olimpico in Rome"): either may be the fact's
        scores = [best_name(str(a), name_forms(fact, 1))[1] for a in claim.alternatives]
        return Judgement("supported" if max(scores) >= threshold else "contradicted", max(scores))
    name = str(claim.value)
    _, score = best_name(name, name_forms(fact, len(name.split())))
    return Judgement("supported" if score >= threshold else "contradicted", score)


# --------------------------------------------------------------------------- tying


def _gap(claim: Claim, start: int, end: int) -> int:
    return max(start - claim.end, claim.start - end, 0)


def _candidate_types(claim: Claim) -> tuple[str, ...]:
    return _NAME_TYPES if claim.type in _NAME_TYPES else (claim.type,)


@dataclass(frozen=True)
class _Tie:
    claim: Claim
    fact: Fact | None
    status: str
    score: float | None
    verdict: str | None = None  # what the claim says about its fact
    covers: frozenset[str] = frozenset()


def _adjacent(text: str, claim: Claim, cues: Iterable) -> bool:
    """Whether a cue stands right next to the claim, only little words between ("the
    summit in Brussels", "the Brussels summit", "32 member countries")."""
    for cue in cues:
        between = text[min(cue.end, claim.end) : max(cue.start, claim.start)]
        if all(w.lower() in _LINK_WORDS for w in re.findall(r"\w+", between)):
            return True
    return False


_ENUMERATION_JOIN = re.compile(r"\s*(?:,|;)?\s*(?:(?:and|or|to)\s+)?\Z")
_RELATIVE_CLAUSE = re.compile(
    r"[,(\u2013\u2014-]\s*(?:who|which|whose|whom)\b[^,;:()\u2013\u2014\"\u201c\u201d]*"
)
_ASIDE_VERB = re.compile(
    r"\b(?i:speaking|talking|writing|commenting|interviewed|quoted|asked)"
    r"\s+(?:on|in|at|last|this|earlier)\b[^,;:]*\Z"
)


_RANGE_PARTNER = re.compile(r"\s?[-\u2013]\s?")


def _owns_cue(claim: Claim, claims: Sequence[Claim], cues: Sequence, text: str) -> bool:
    """Whether a number that quantifies no written noun (or a date) is the nearest of its
    kind to one of the fact's cues: no other number in the same unit (no other date) stands
    between them ("values shares at A$7.17, against a bid of A$6.35 a share": the cue "a
    share" belongs to A$6.35; "results for the year to 31 March on 30 May": "year to"
    belongs to 31 March). The other end of a range ("20-25%") and the earlier figure of a
    change ("cut rates from 4.75% to 4.5%") do not stand between."""
    others = [
        c
        for c in claims
        if c.type == claim.type
        and c is not claim
        and (c.type != "number" or c.unit == claim.unit)
        and not _RANGE_PARTNER.fullmatch(text, min(c.end, claim.end), max(c.start, claim.start))
        and not (c.type == "number" and _earlier_value(c, text))
    ]
    for cue in cues:
        low, high = min(cue.end, claim.end), max(cue.start, claim.start)
        if not any(low <= o.start and o.end <= high for o in others):
            return True
    return False


_CLAUSE_BREAK = re.compile(
    r"[;\"\u201c\u201d()]|\s[-\u2013\u2014]\s|,\s*(?:but|who|which|while|whereas|although)\b"
    r"|\b(?:said|says|told)\b"
)
"""What ends one clause and starts another between a place and a cue: "an early start to
talks, but there is scepticism in France", "... in Paris," said X, who ..."."""


def _in_cue_clause(text: str, claim: Claim, cues: Iterable) -> bool:
    """Whether a place stands in the same clause as one of the cues: a place in another
    clause ("talks, but there is scepticism in France") is too loosely tied to the fact to
    contradict it, unless a cue stands right next to it. Other claims, and a dateline's
    place (tied by its own rule), are not limited here."""
    if claim.type != "place":
        return True
    for cue in cues:
        a, b = min(cue.end, claim.end), max(cue.start, claim.start)
        if a >= b or not _CLAUSE_BREAK.search(text, a, b):
            return True
    return False


def _enumerated(claim: Claim, claims: Sequence[Claim], text: str) -> bool:
    """Whether a number is one of several different figures listed together ("previous
    bids of £3m, £4m and £5m"): a list of values is several things of one kind, so none
    of them is held against the fact (each may still support it)."""
    numbers = [c for c in claims if c.type == "number" and c.unit == claim.unit]
    i = numbers.index(claim) if claim in numbers else -1
    if i < 0:
        return False
    group = [claim]
    for j in range(i - 1, -1, -1):
        if not _ENUMERATION_JOIN.match(text[numbers[j].end : group[0].start]):
            break
        group.insert(0, numbers[j])
    for j in range(i + 1, len(numbers)):
        if not _ENUMERATION_JOIN.match(text[group[-1].end : numbers[j].start]):
            break
        group.append(numbers[j])
    return len({c.value for c in group}) > 1 and not _RANGE.search(
        text, group[0].sentence.start, group[0].start
    )


_RANGE = re.compile(r"\b(?i:between|from)\s+\Z")


def _aside(claim: Claim, text: str) -> bool:
    """Whether a date or number sits in an aside about another event: a relative clause
    ("Blanchett, who won a Bafta in 1999, said") or a speaker's own time ("speaking on
    Monday about the vote"). It may support a fact, never contradict it."""
    start = claim.sentence.start
    for m in _RELATIVE_CLAUSE.finditer(text, start, claim.sentence.end):
        if m.start() < claim.start and claim.end <= m.end():
            return True
    return _ASIDE_VERB.search(text, start, claim.start) is not None


_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|risen|fallen|grew|grown|increased|decreased|climbed|dropped"
    r"|jumped|slipped|declined)\b[^.;:]{0,30}\bfrom|\bcompared\s+(?:with|to)\b[^.;:,]{0,30}"
    r"|\bversus|\bvs\.?)\s+(?:about\s+|around\s+|some\s+|just\s+)?\Z",
    re.I,
)
_EARLIER_AFTER = re.compile(
    r"\s*,?\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:in\s+)?the\s+(?:previous|prior|same|year-ago)"
    r"\s+(?:year|quarter|period|month)|last\s+year|the\s+year\s+before)\b",
    re.I,
)


def _earlier_value(claim: Claim, text: str) -> bool:
    """Whether a figure is the earlier value of a change ("up from $2.9bn a year ago",
    "compared with 12%", "cut from 10% to 8%"): another period's figure, not the fact's."""
    return bool(
        _EARLIER_BEFORE.search(text, claim.sentence.start, claim.start)
        or _EARLIER_AFTER.match(text, claim.end)
        or (
            _FROM.search(text, claim.sentence.start, claim.start)
            and _TO_FIGURE.match(text, claim.end)
        )
    )


_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?\Z", re.I)
_TO_FIGURE = re.compile(r"\s+to\s+(?:about\s+|around\s+)?(?:[A-Z]{0,2}\$|[£€¥])?\d")


def _weak_tie(claim: Claim, claims: Sequence[Claim], text: str) -> bool:
    """A tie too weak to contradict: the claim becomes unchecked instead."""
    if claim.type not in ("date", "number"):
        return False
    if claim.type == "number" and (
        _enumerated(claim, claims, text) or _earlier_value(claim, text)
    ):
        return True
    return _aside(claim, text)


def _read_from_cue(claim: Claim, present: list[Fact], cues: dict) -> list[Fact]:
    """A name is about the fact whose cue it was read next to (its ``target``): in "X won
    best director while Y took the best actress award", Y is not held against the best
    director. Facts sharing that cue all stay candidates."""
    if claim.target is None:
        return present
    a, b = claim.target
    return [f for f in present if any(c.start < b and a < c.end for c in cues[f.id])]


def _is_a_cue(claim: Claim, facts: Sequence[Fact]) -> bool:
    """Whether a name claim is a word the table uses as a cue ("the best actor Bafta to
    Foxx" for a table whose ceremony cue is "Bafta"): the table's cues name things and
    events of the story, not its people or organizations."""
    name = utils.default_process(str(claim.value))
    return any(utils.default_process(cue) == name for f in facts for cue in f.cues)


def _tie(sc, facts: Sequence[Fact], threshold: float, text: str) -> list[_Tie]:
    """Tie each claim of one sentence (a ``SentenceClaims``) to at most one fact.

    A claim whose value matches a fact with no cue in the sentence is not held against
    the facts whose cues are there ("Before the meeting he visited Washington" says nothing
    about the meeting place), unless one of their cues stands right next to it ("the
    summit in Brussels" contradicts a summit held elsewhere). The claims of a dateline
    read at the sentence's start ("VILNIUS, April 2 --") are tied last: they support any
    fact they match, but are held against a fact only when no claim of the sentence
    itself is tied to it (the sentence's own "in Brussels on Wednesday" wins)."""
    ties: list[_Tie] = []
    dateline = sc.dateline
    heading = [c for c in sc.claims if dateline is not None and c.end <= dateline.end]
    body = [c for c in sc.claims if c not in heading]
    stated: set[str] = set()  # facts the sentence's own words state a value for
    for claim in body + heading:
        if claim.type in _NAME_TYPES and _is_a_cue(claim, facts):
            continue
        types = _candidate_types(claim)
        present = [f for f in facts if f.type in types and f.id in sc.cues]
        if claim.type == "entities":
            present = [f for f in present if comparable_lists(claim, f, threshold)]
        if claim.type == "number":
            present = [
                f
                for f in present
                if units_compatible(claim.unit, f)
                and (
                    isinstance(claim.value, Score)
                    or number_matches(float(claim.value), claim.unit, f)  # type: ignore[arg-type]
                    or comparable_magnitude(float(claim.value), f)  # type: ignore[arg-type]
                )
            ]
            if claim.target is not None:
                a, b = claim.target
                present = [
                    f for f in present if any(c.start < b and a < c.end for c in sc.cues[f.id])
                ]
        if claim.type in _NAME_TYPES:
            present = _read_from_cue(claim, present, sc.cues)

        def reading(fact: Fact, claim: Claim = claim) -> Claim:
            for c in sc.dates_by_fact.get(fact.id, ()):
                if (c.start, c.end) == (claim.start, claim.end):
                    return c
            return claim

        def nearest(candidates: list[tuple[Fact, Judgement]], claim: Claim = claim):
            return min(
                candidates,
                key=lambda fj: min(_gap(claim, c.start, c.end) for c in sc.cues[fj[0].id]),
            )

        judged = [(f, judge(reading(f), f, threshold)) for f in present]
        if claim in heading:
            # a dateline says where and when the story was filed: it stands for the
            # event's place or date only when the sentence itself states none (or agrees)
            judged = [(f, j) for f, j in judged if f.id not in stated or j.status == "supported"]
        matching = [(f, j) for f, j in judged if j.status == "supported"]
        tie: tuple[Fact, Judgement] | None = None
        if matching:
            tie = nearest(matching)
        elif judged:
            closest = nearest(judged)
            cues = sc.cues[closest[0].id]
            if _adjacent(text, claim, cues) or (
                (claim in heading or _in_cue_clause(text, claim, cues))
                and not any(
                    judge(reading(f), f, threshold).status == "supported"
                    for f in facts
                    if f.type in types and f.id not in sc.cues
                )
            ):
                tie = closest
        if (
            tie is not None
            and tie[1].status == "contradicted"
            and (
                _weak_tie(claim, sc.claims, text)
                or (
                    claim.type in ("date", "number")
                    and claim.target is None
                    and not _owns_cue(claim, sc.claims, sc.cues[tie[0].id], text)
                )
            )
        ):
            tie = None  # too weak to contradict: the claim is unchecked (dates and numbers)
        if tie is None:
            if claim.type in _UNCHECKED_TYPES or claim.inconsistent:
                status = "inconsistent" if claim.inconsistent else "unchecked"
                ties.append(_Tie(claim, None, status, None))
            continue
        fact, verdict = tie
        # An inconsistent date is flagged on its own; its stated date still counts for the fact.
        status = "inconsistent" if claim.inconsistent else verdict.status
        stated.add(fact.id)
        ties.append(
            _Tie(reading(fact), fact, status, verdict.score, verdict.status, verdict.covers)
        )
    return ties


def _fact_status(fact: Fact, ties: Iterable[_Tie]) -> str:
    statuses = [t.verdict for t in ties]
    if "contradicted" in statuses:
        return "contradicted"
    if "supported" not in statuses:
        return "not-mentioned"
    if fact.type == "entities":
        named = frozenset().union(*(t.covers for t in ties))
        if not set(fact.value) <= named:  # type: ignore[arg-type]
            return "partial"
    return "supported"


def _display(value: object, alternatives: tuple = ()) -> str:
    if alternatives:
        return " or ".join(_display(a) for a in alternatives)
    if isinstance(value, DateValue):
        return str(value)
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def _line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` starts (for 1-based line and column)."""
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


def check_threshold(threshold: float) -> float:
    """``threshold`` as a float; ValueError unless it is a score from 0 to 100 (NaN is none:
    every comparison with it fails, so "Brussels" would contradict "Brussels")."""
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise ValueError(f"threshold must be a number from 0 to 100, not {threshold!r}")
    if not 0 <= threshold <= 100:
        raise ValueError(f"threshold must be a number from 0 to 100, not {threshold!r}")
    return float(threshold)


def judge_sentences(
    sentences: Sequence,
    table: FactTable,
    text: str,
    *,
    source: str = "<text>",
    threshold: float = DEFAULT_THRESHOLD,
    include_unchecked: bool = False,
) -> ClaimReport:
    """Tie and judge the claims of already extracted sentences (``SentenceClaims``)."""
    threshold = check_threshold(threshold)
    facts = list(table.facts)
    ties = [t for sc in sentences for t in _tie(sc, facts, threshold, text)]
    by_fact: dict[str, list[_Tie]] = {f.id: [] for f in facts}
    for t in ties:
        if t.fact is not None:
            by_fact[t.fact.id].append(t)
    verdicts = tuple(
        FactVerdict(f.id, f.type, _fact_status(f, by_fact[f.id]), f.expected(), f.about)
        for f in facts
    )
    starts = _line_starts(text)
    findings = []
    for t in sorted(ties, key=lambda t: (t.claim.start, t.claim.end)):
        if t.status == "unchecked" and not include_unchecked:
            continue
        c = t.claim
        line = bisect.bisect_right(starts, c.start)
        ctype = t.fact.type if t.fact is not None and c.type in _NAME_TYPES else c.type
        findings.append(
            ClaimFinding(
                fact=t.fact.id if t.fact else None,
                type=ctype,
                text=c.text,
                value=_display(c.value, c.alternatives),
                status=t.status,
                score=t.score,
                line=line,
                column=c.start - starts[line - 1] + 1,
                start=c.start,
                end=c.end,
                sentence=c.sentence.text,
                expected=t.fact.expected() if t.fact else None,
            )
        )
    counts = {s: sum(f.status == s for f in findings) for s in CLAIM_STATUSES}
    fact_counts = {s: sum(v.status == s for v in verdicts) for s in FACT_STATUSES}
    return ClaimReport(source, verdicts, tuple(findings), counts, fact_counts)


def check_claims(
    text: str,
    facts: FactTable,
    *,
    source: str = "<text>",
    threshold: float = DEFAULT_THRESHOLD,
    include_unchecked: bool = False,
) -> ClaimReport:
    """Find claims in ``text`` and judge them against ``facts`` (a ``FactTable``).

    Unchecked claims (dates, places and numbers no fact covers) are listed only with
    ``include_unchecked``; they never flag. ValueError for a ``threshold`` outside 0-100.
    """
    from .claims.extract import extract

    threshold = check_threshold(threshold)
    from .text.clean import prepare_article

    article = prepare_article(text, clean=True)
    return judge_sentences(
        extract(article, facts, uncued=include_unchecked),
        facts,
        article.text,
        source=source,
        threshold=threshold,
        include_unchecked=include_unchecked,
    )
