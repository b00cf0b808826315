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
from .facts import DateValue, Fact, FactTable, format_number

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
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_KINDS = {
    "%": ("percent", "per cent"),
    "$": ("dollar", "usd"),
    "£": ("pound", "sterling", "gbp"),
    "€": ("euro", "eur"),
    "¥": ("yen", "yuan"),
}


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
    start, end = fact.start, fact.end
    if claim.precision == "month":
        start = start.replace(day=1)
        end = DateValue.month(end.year, end.month).end
    elif claim.precision == "year":
        start, end = start.replace(month=1, day=1), end.replace(month=12, day=31)
    return start <= claim.start and claim.end <= end


def _scale(unit: str | None) -> float:
    """The multiplier a unit's scale word stands for: "million", "£m", "bn" ..."""
    scale = 1.0
    for word in re.findall(r"[a-z]+", (unit or "").lower()):
        scale *= _SCALES.get(word, 1.0)
    return scale


def unit_kind(unit: str | None) -> str | None:
    """The currency or "%" a unit names, or None ("£", "$ million" -> "$", "percent" -> "%")."""
    text = (unit or "").lower()
    for sign, words in _KINDS.items():
        if sign in text or any(w in text for w in words):
            return sign
    return None


def number_matches(value: float, unit: str | None, fact: Fact) -> bool:
    """Within the fact's (absolute, in the fact's unit) tolerance; a fact written with a
    scale word ("28.7", unit "£ million") matches the claim's full value (28,700,000) as
    well as the bare figure."""
    want = float(fact.value)  # type: ignore[arg-type]
    scale = _scale(fact.unit)
    tolerance = fact.tolerance or 0.0
    got = float(value)
    for expected, slack in ((want, tolerance), (want * scale, tolerance * scale)):
        if abs(got - expected) <= slack + 1e-9 * max(abs(expected), 1.0):
            return True
    return False


def units_compatible(unit: str | None, fact: Fact) -> bool:
    """A claim in another currency, or a percentage against a count, is not about the fact."""
    mine, theirs = unit_kind(unit), unit_kind(fact.unit)
    return mine is None or theirs is None or mine == theirs


def _is_place(name: str) -> bool:
    from .claims.places import gazetteer, normalize

    return normalize(name) in gazetteer()


def comparable_lists(claim: Claim, fact: Fact, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether an entities claim can be about an entities fact: a fact whose members are
    all places (countries named as supporters) is about places, so a list naming no place
    and no member of the fact ("support from Sir Alex Ferguson", "the help of the TUC")
    is about something else, not a wrong answer."""
    if not all(_is_place(str(m)) for m in fact.value):  # type: ignore[union-attr]
        return True
    forms = fact.names()
    return any(
        _is_place(member) or best_name(member, forms)[1] >= threshold
        for member in claim.value  # type: ignore[union-attr]
    )


def judge(claim: Claim, fact: Fact, threshold: float = DEFAULT_THRESHOLD) -> Judgement:
    """Compare one claim's value with one fact of a matching type."""
    if fact.type == "date":
        # an either-or date ("June or July") agrees when one of its alternatives does
        stated = claim.alternatives or (claim.value,)
        ok = any(isinstance(v, DateValue) and date_matches(v, fact.value) for v in stated)
        return Judgement("supported" if ok else "contradicted", None)
    if fact.type == "number":
        ok = number_matches(float(claim.value), claim.unit, fact)  # type: ignore[arg-type]
        return Judgement("supported" if ok else "contradicted", None)
    if fact.type == "entities":
        forms = fact.names()
        covers: set[str] = set()
        scores = []
        for member in claim.value:  # type: ignore[union-attr]
            canonical, score = best_name(member, forms)
            scores.append(score)
            if canonical is not None and score >= threshold:
                covers.add(canonical)
        ok = bool(scores) and min(scores) >= threshold
        return Judgement(
            "supported" if ok else "contradicted",
            min(scores, default=0.0),
            frozenset(covers) if ok else frozenset(),
        )
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
        types = _candidate_types(claim)
        present = [f for f in facts if f.type in types and f.id in sc.cues]
        if claim.type == "entities":
            present = [f for f in present if comparable_lists(claim, f, threshold)]
        if claim.type == "number":
            present = [f for f in present if units_compatible(claim.unit, f)]
            if claim.target is not None:
                a, b = claim.target
                present = [
                    f for f in present if any(c.start < b and a < c.end for c in sc.cues[f.id])
                ]

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
        if matching:
            fact, verdict = nearest(matching)
        elif judged and (
            _adjacent(text, claim, sc.cues[nearest(judged)[0].id])
            or not any(
                judge(reading(f), f, threshold).status == "supported"
                for f in facts
                if f.type in types and f.id not in sc.cues
            )
        ):
            fact, verdict = nearest(judged)
        else:
            if claim.type in _UNCHECKED_TYPES or claim.inconsistent:
                status = "inconsistent" if claim.inconsistent else "unchecked"
                ties.append(_Tie(claim, None, status, None))
            continue
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
        extract(article, facts),
        facts,
        article.text,
        source=source,
        threshold=threshold,
        include_unchecked=include_unchecked,
    )
