"""Name claims: the capitalised name written next to a cue.

For each cue occurrence (a ``CueMatch`` from ``cues.find_cues``) at most one name is taken,
looking first after the cue, then before it:

- after: "Secretary General Jens Stoltenberg", "NATO chief Mark Rutte", "the secretary
  general, Jens Stoltenberg,", "NATO's secretary general is Mark Rutte", "Secretary General
  of NATO Jens Stoltenberg";
- before, as an apposition or with a copula: "Jens Stoltenberg, NATO's secretary general",
  "Stoltenberg, the outgoing NATO chief", "Mark Rutte is the new secretary general".
  Only determiners, possessives ("NATO's", "the alliance's"), capitalised words and a few
  adjectives ("new", "former", "outgoing") may stand between the name and the cue.
  For organizations (``kind="organization"``) a name directly before the cue also counts:
  "the NATO alliance".

A name is a run of capitalised words with middle initials ("George W. Bush"), particles
("Ursula von der Leyen", "Charles de Gaulle"), hyphens and apostrophes ("Jean-Claude",
"O'Brien"), "al-" prefixes and "Jr." suffixes; a possessive "'s" ends it ("Stoltenberg's"
gives "Stoltenberg"). A leading honorific (Mr, Mrs, Ms, Dr, Sir, Prof) or title ("Director
Alexander Payne", "Deputy Minister Anna Berg": see ``TITLES``) is skipped. Further positions
(a role or a colon between cue and name, the subject of a holding verb or of a charge, a
possessive, organizations after from/with/by) are described where they are matched below. The cue
itself is never part of the name, even when it is capitalised ("Secretary General").
No name is taken for a cue right after "former", "ex-", "deputy", "vice", "next",
"incoming" and the like ("former NATO chief Anders Fogh Rasmussen", "Deputy Secretary
General Mircea Geoana", "Rasmussen, a former NATO secretary general"): another office or
another time.

Title-case verbs and joining words ("Says", "Will", "And", "Of") end a name, and trailing
weekdays and months are dropped ("President Joe Biden Tuesday said"). Not names: a first
word that is a function word, month or weekday ("The", "On", "July"); a single word that is
a country or region ("Ukraine"); in an apposition, a single word that is any known place
("the chief, Washington said"); the object of a preposition ("In Brussels, the chief said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.segment import SentenceSpan
from . import Claim, CueMatch
from .places import MONTHS_AND_DAYS, TITLE_CASE_VERBS_AND_JOINERS, gazetteer, normalize

_UPPER = r"[A-Z\u00C0-\u00DE]"
_NOT_NAME_WORDS = "|".join(sorted(TITLE_CASE_VERBS_AND_JOINERS))
_WORD = (
    rf"(?!(?:{_NOT_NAME_WORDS})\b)"
    rf"(?:(?:al|el|bin|ben|abu)-)?{_UPPER}[^\W\d_]*"
    r"(?:-[^\W\d_]+|['\u2019](?![sS]\b)[^\W\d_]+)*"
)
_INITIAL = rf"{_UPPER}\.(?:{_UPPER}\.)*"
_SUFFIX = r"(?:Jr|Sr)\."
_PARTICLE = r"(?:de|da|di|do|dos|das|du|del|della|der|den|van|von|ter|ten|le|la|bin|ibn|al|zu)"
NAME = (
    rf"{_UPPER}\.(?:{_UPPER}\.)+(?!\w)"
    rf"|{_WORD}(?:\s+(?:{_PARTICLE}\s+)*(?:{_SUFFIX}|{_INITIAL}(?=\s+{_UPPER})|{_WORD}))*"
    rf"|{_INITIAL}(?:\s+{_WORD})+"
)
"""A regular expression for a capitalised name (no groups)."""

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof|Dame)\.?\s+)"
_COPULA = r"(?:is|was|remains|will\s+be|has\s+been|had\s+been|becomes|became|will\s+become)"
_BETWEEN = (
    r"(?:the|a|an|its|his|her|their|our|new|former|outgoing|incoming|current|then|acting|"
    r"deputy|top|longtime|long-serving|alliance['\u2019]s|[\w-]+['\u2019]s|[\w-]+s['\u2019]|"
    rf"{_UPPER}[\w-]*)"
)
_DESCRIPTOR = (
    r"(?:(?:[A-Z]{2,}|[A-Z][a-z]+(?:ish|ian|an|ese|ch))\s+)?"
    r"(?:(?!(?:after|under|never|other|rather|either|neither|whether|later|earlier|better|"
    r"however|whatever|against|recent|present|different|silent|sent|spent|went|meant|want|"
    r"pleasant|instant|unless|regardless|less)\b)[a-z]{3,}(?:er|or|ist|ess|ee|ant|ent)"
    r"|bank|firm|group|company|club|side|rival|team|band)"
)
"""A lowercase role or kind between a cue and a name, with an optional nationality or
acronym: "winner", "artist winner", "British actor", "US bank"."""
_INTRO_AFTER_CUE = (
    rf"\s+(?:{_DESCRIPTOR}\s+){{1,2}}"
    rf"|\s+(?:went|goes|go)\s+to\s+(?:(?:the\s+)?{_DESCRIPTOR}\s+)?"
    r"|\s*:\s*"
)
"""Words that may lead from a cue to its name: "Best male artist winner Mike Skinner",
"best supporting actor went to British actor Clive Owen", "Referee: R Styles"."""
_ORG_INTRO_AFTER_CUE = rf"\s+(?:from|with|by)\s+(?:(?:the\s+)?{_DESCRIPTOR}\s+)?"
"""For organizations, a preposition may lead from the cue too: "a bid from Tottenham",
"merger talks with US bank Wells Fargo", "dominated by Nintendo" (for people it usually
leads to their employer: "analysts from Acme")."""
_INITIAL_NO_DOT = rf"{_UPPER}(?=\s+{_UPPER}[a-z])"
_AFTER_CUE_PARTS = (
    rf"(?:\s+of\s+(?:the\s+)?{_UPPER}[\w.&'\u2019-]*(?:\s+{_UPPER}[\w&-]*)*?)?"
    rf"(?:\s*,\s*|\s+{_COPULA}\s+|{_INTRO_AFTER_CUE}|<org>\s+)(?:the\s+)?{_HONORIFIC}?"
    rf"(?P<name>(?:{_INITIAL_NO_DOT}\s+|Will\s+(?={_UPPER}))?(?:{NAME}))"
)
_AFTER_CUE = re.compile(_AFTER_CUE_PARTS.replace("<org>", ""))
_AFTER_CUE_ORG = re.compile(_AFTER_CUE_PARTS.replace("<org>", _ORG_INTRO_AFTER_CUE + "|"))
_BEFORE_CUE = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{NAME})(?:\s*,\s*|\s+{_COPULA}\s+)(?:{_BETWEEN}\s+){{0,4}}$"
)
_BEFORE_CUE_ORG = re.compile(rf"(?<![\w'\u2019-])(?P<name>{NAME})\s+$")
HOLDING_VERBS = frozenset(
    "won wins win took takes take scooped scoops collected collects claimed claims landed "
    "lands earned earns received receives beat beats defeated defeats faces face "
    "faced clinched clinches secured secures retained retains made makes make launched "
    "launches tabled submitted named appointed elected voted crowned".split()
)
"""Verbs whose subject wins, holds, makes or is named what their object names: "X won best
actress", "X was named coach", "X, who was appointed chairman",
"X took the best actress award", "X faces a manslaughter charge", "X beat Y", "X have made
an £8m bid"."""
_CHARGED = (
    r"(?:go|goes|went|stand|stands|stood)\s+on\s+trial\s+for"
    r"|(?:charged|accused|convicted|cleared|acquitted)\s+(?:with|of)|guilty\s+of"
)
"""Phrases whose subject is charged with what follows: "X and two managers are to go on
trial for manslaughter", "X was charged with fraud"."""
_SUBJECT_BEFORE_CUE = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{NAME})(?:\s*,\s*who)?\s+"
    r"(?:and\s+(?:[a-z\d][\w-]*\s+){1,3}?(?=(?:are|were|have|had)\s))?"
    r"(?:(?:have|has|had|are|is|was|were|will|to|be|been|due|set)\s+)*"
    rf"(?:(?P<charged>{_CHARGED})|(?P<verb>[a-z]+))"
    rf"\s+(?:{NAME}\s+to\s+)?"
    r"(?:(?:[a-z][\w-]*|[£$€]?\d[\w.,]*)\s+){0,3}$"
)
"""A name that is the subject of a holding verb whose object ends with the cue, or of a
charge; a name joined to a common noun phrase by "and" stays the subject ("X and five
managers are to go on trial for manslaughter"); a rival beaten to the cue may stand
between ("X, who beat Y to the best director award")."""
_SUBJECT_OF_VERB_CUE = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{NAME})(?:\s*,\s*who)?\s+(?:(?:has|had|have)\s+)?$"
)


def is_holding_verb(word: str) -> bool:
    """Whether a cue is a form of a holding verb ("beat", "beats", "beating")."""
    w = word.lower()
    if w in HOLDING_VERBS:
        return True
    stem = w[:-3] if w.endswith("ing") else ""
    forms = (stem, stem + "e", stem[:-1])
    return bool(stem) and any(f in HOLDING_VERBS for f in forms)
_POSSESSOR = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_UPPER}[a-z][^\W\d_]*(?:\s+{_UPPER}[a-z][^\W\d_]*)+)"
    r"['\u2019]s\s+$"
)
"""A possessive of a full name (two words or more, not an acronym) right before a lowercase
cue: "Imelda Staunton's best actress award" (not "NATO's chief", whose name may follow)."""
_WORD_START = re.compile(rf"(?<![\w'\u2019-])(?:(?:al|el|bin|ben|abu)-)?{_UPPER}")
_OTHER_HOLDER = re.compile(
    r"(?i:\b(?:former|ex|deputy|assistant|vice|late|previous|next|future|incoming|"
    r"would-be|then(?=-)))(?:[\s-]+[A-Z][\w'\u2019]*){0,2}[\s-]*$"
)
"""Words before a cue that make it a different office or time: "former NATO chief",
"Deputy Secretary General", "the incoming secretary general"."""
_PREPOSITIONS = frozenset(
    "in at on from to for with by of near into onto about after before since during "
    "across against among between through under over without".split()
)
_FUNCTION_WORDS = frozenset(
    "the a an this that these those on in at as by for from of to with and but or he she it "
    "they we i you his her its their our my your there here when while after before since "
    "if under over between among during".split()
)


TITLES = frozenset(
    "president vice deputy prime minister chancellor secretary general director chairman "
    "chairwoman chair chief executive coach manager captain judge senator governor mayor "
    "minister ambassador commissioner spokesman spokeswoman presenter referee king queen "
    "prince princess pope bishop archbishop lord lady baroness baron professor prof dr "
    "mr mrs ms sir dame gen col maj capt sgt rev".split()
)
"""Titles that are never part of a name at its start ("Director Alexander Payne",
"Deputy Minister Anna Berg" name "Alexander Payne" and "Anna Berg")."""


def _without_titles(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", text[start:end]))
    k = 0
    while k < len(words) and words[k].group().rstrip(".").lower() in TITLES:
        k += 1
    if k == len(words):
        return None
    return start + words[k].start(), end


def _without_dates(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing month and weekday names ("President Joe Biden Tuesday said")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[-1].group().lower() in MONTHS_AND_DAYS:
        words.pop()
    if not words:
        return None
    return start, start + words[-1].end()


def _acceptable(name: str, *, apposition: bool = False) -> bool:
    """Not a function word, month or weekday; not a lone country or region name; in an
    apposition ("the chief, Washington said"), not a lone place name at all."""
    words = name.split()
    if not words or words[0].lower() in _FUNCTION_WORDS | MONTHS_AND_DAYS:
        return False
    if len(words) == 1 and apposition and len(name) >= 7 and name.endswith("ly"):
        return False  # "Similarly, analysts expect": a sentence adverb, not a name
    if len(words) == 1:
        kind = gazetteer().get(normalize(name))
        if kind in ("country", "region") or (apposition and kind is not None):
            return False
    return True


def find_names(
    text: str,
    sentence: SentenceSpan,
    cues: Sequence[CueMatch],
    *,
    kind: str = "person",
) -> list[Claim]:
    """One name claim (type ``kind``) per cue occurrence in ``sentence`` that has a name
    next to it; see the module docstring for the positions searched."""
    s0, s1 = sentence.start, sentence.end
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for cue in cues:
        if not cue.within(sentence):
            continue
        if _OTHER_HOLDER.search(text, max(s0, cue.start - 40), cue.start):
            continue  # "former NATO chief Anders Fogh Rasmussen" holds no longer
        span = _name_before_first(text, cue, s0, s1)
        if span is None and not is_holding_verb(text[cue.start : cue.end]):
            span = _name_after(text, cue, s1, kind)  # "X beat Y": Y is the object
        if span is None:
            span = _name_before(text, cue, s0, kind)
        if span is None and text[cue.start : cue.end][:1].islower():
            span = _match_before(_POSSESSOR, text, cue, s0)
        if span is None:
            span = _subject_before(text, cue, s0)
        if span is not None:
            span = _without_dates(text, *span)
        if span is not None:
            span = _without_titles(text, *span)
        if span is None or span in seen:
            continue
        seen.add(span)
        start, end = span
        claims.append(
            Claim(
                type=kind,
                text=text[start:end],
                value=text[start:end],
                start=start,
                end=end,
                sentence=sentence,
                target=(cue.start, cue.end),
            )
        )
    return sorted(claims, key=lambda c: c.start)


def _name_after(text: str, cue: CueMatch, s1: int, kind: str) -> tuple[int, int] | None:
    m = (_AFTER_CUE_ORG if kind == "organization" else _AFTER_CUE).match(text, cue.end, s1)
    if m is None:
        return None
    start, end = m.span("name")
    if not _acceptable(m.group("name"), apposition="," in text[cue.end : start]):
        return None
    # "the secretary general, Ukraine's ally": a possessive after a comma is not a name
    if text[end : end + 2] in ("'s", "\u2019s") and "," in text[cue.end : start]:
        return None
    return start, end


def _name_before(text: str, cue: CueMatch, s0: int, kind: str) -> tuple[int, int] | None:
    patterns = (_BEFORE_CUE,) if kind == "person" else (_BEFORE_CUE, _BEFORE_CUE_ORG)
    for pattern in patterns:
        span = _match_before(pattern, text, cue, s0, whole_names=False)
        if span is not None:
            return span
    return None


def _name_before_first(text: str, cue: CueMatch, s0: int, s1: int) -> tuple[int, int] | None:
    """Readings before the cue that beat a name after it: the subject of a verb cue ("X
    beat Y": X) and an apposition before a cue
    followed by "of" ("X, president of Acme Computer America": the words after "of" are
    the organization, not a person)."""
    if is_holding_verb(text[cue.start : cue.end]):
        return _match_before(_SUBJECT_OF_VERB_CUE, text, cue, s0)
    if re.match(r"\s+of\s", text[cue.end : s1]):
        m = _match_before(_BEFORE_CUE, text, cue, s0)
        if m is not None and "," in text[m[1] : cue.start]:
            return m
    return None


def _subject_before(text: str, cue: CueMatch, s0: int) -> tuple[int, int] | None:
    """The subject of a holding verb whose object ends with the cue: "X took the hotly
    contested best actress award", "X faces a corporate manslaughter charge"."""
    for word in _WORD_START.finditer(text, max(s0, cue.start - 120), cue.start):
        if _inside_a_name(text, max(s0, cue.start - 120), word.start()):
            continue
        m = _SUBJECT_BEFORE_CUE.match(text, word.start(), cue.start)
        if m is None or (m.group("charged") is None and m.group("verb") not in HOLDING_VERBS):
            continue
        if not _acceptable(m.group("name")):
            continue
        previous = text[max(s0, cue.start - 200) : m.start()].split()[-1:]
        if previous and previous[0].lower() in _PREPOSITIONS:
            continue
        return m.span("name")
    return None


def _inside_a_name(text: str, window_start: int, start: int) -> bool:
    """Whether ``start`` continues a capitalised run ("Rafael Nadal": "Nadal" is not a name
    of its own, so that a name rejected whole is not taken in part)."""
    previous = re.search(r"([A-Z][\w'\u2019-]*)\s+$", text[window_start:start])
    return previous is not None and previous.group(1).lower() not in _FUNCTION_WORDS


def _match_before(
    pattern: re.Pattern, text: str, cue: CueMatch, s0: int, *, whole_names: bool = True
) -> tuple[int, int] | None:
    """The first acceptable name that ``pattern`` reads in the 200 characters before the
    cue, starting at a word (with ``whole_names``, not at a word that continues a
    capitalised run: see ``_inside_a_name``)."""
    window_start = max(s0, cue.start - 200)
    for word in _WORD_START.finditer(text, window_start, cue.start):
        if whole_names and _inside_a_name(text, window_start, word.start()):
            continue
        m = pattern.match(text, word.start(), cue.start)
        if m is None or not _acceptable(m.group("name"), apposition=True):
            continue
        # "In Brussels, the chief said": the object of a preposition is no apposition
        previous = text[window_start : m.start()].split()[-1:]
        if previous and previous[0].lower() in _PREPOSITIONS:
            continue
        return m.span("name")
    return None
