"""Entity-list claims: the enumeration of names tied to a cue.

"Russia is receiving support for its war of aggression from China, North Korea, and Iran"
(cue "support") and "China, North Korea and Iran are backing Russia" (cue "backing") both
claim the list (China, North Korea, Iran). For each cue occurrence at most one list is
taken:

- after the cue, introduced by ``from`` or ``by`` (anywhere later in the clause: "support
  for its war of aggression from ...", "backed by ...") or by ``of`` right after the cue
  ("with the backing of China and Iran"; not after "in": "in support of Ukraine"); a few
  words ending in "such as", "like", "including", or a group noun, may stand before the
  list ("support from countries such as China and Iran", "backed by the likes of Iran",
  "support from its partners China and Iran");
- otherwise, ending right before the cue, with only auxiliaries between ("China and Iran
  are backing Russia", "China has backed Russia", "Iran's support"); not when the cue is a
  passive participle ("Ukraine is supported"), not when the list follows a preposition
  (it is then not the subject: "goals from Ian Henderson helped", "sent to Baghdad to
  help"), and a single name right before the cue must be the subject of a finite verb
  ("China backs", "Iran supported"), not a word modifying the cue ("Investor backing:",
  "Best Supporting Actress", "Looking back").

A cue that names the givers ("backers", "suppliers") takes the names right after it
("Russia's backers, China and Iran,", "suppliers such as Iran"), and a possessive before it
is the recipient ("Russia's backers" never lists Russia).

A "from" (or a "by" not followed by a gerund or a number: "by sending drones", "by 2025")
settles the direction: when it introduces no capitalised name ("Ukraine's support from its
allies") there is no claim, rather than a list read before the cue.

A negated statement gives no list ("China is not backing Russia", "India has never backed
Russia"): it does not name the supporters.

The recipient is never a member: the object after "for"/"to"/the verb ("support for
Ukraine", "support to Ukraine", "backing Russia") is not read at all.

Members are capitalised names, several words allowed ("North Korea", "Republic of Korea");
a leading "the" is not part of a member ("the United States" gives "United States").
A capitalised quantifier, determiner or pronoun is never a member ("Many have helped",
"They are backing Russia", "Others backed it").
Separators: commas, "and", "or", "as well as", "and also", "along with", with or without
the Oxford comma. A list ends with the member after its last conjunction, so "from China
and Iran, Stoltenberg said" stops at Iran. Without any conjunction, further comma-separated
members count only while they are known places ("from China, Iran" is two members, "from
China, Stoltenberg said" one). Two names joined by "and" that form one known place
("Bosnia and Herzegovina") stay one member. When a list holds at least two known places,
names at its far end that are not places are dropped ("According to Stoltenberg, China,
Iran and North Korea are backing Russia"). A single member is a one-member list.

``value`` is the tuple of members as written; the claim's span runs from the first member
to the last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.segment import SentenceSpan
from . import Claim, CueMatch
from .names import NAME
from .places import MONTHS_AND_DAYS, gazetteer, normalize

_MEMBER = re.compile(
    rf"(?:[Tt]he\s+)?(?P<m>(?:Will\s+(?=[A-Z]))?(?:{NAME})(?:\s+(?:of|of\s+the)\s+(?:{NAME}))*)"
)
"""A member: a name ("Will" may open it: "Will Young"), "the" before it dropped."""
_SEPARATOR = re.compile(
    r"(?i:\s*,\s*(?P<c1>and\s+also|and|or|as\s+well\s+as|along\s+with|plus)?\s*"
    r"|\s+(?P<c2>and\s+also|and|or|as\s+well\s+as|along\s+with|plus)\s+)"
)
_REPEATED_INTRO = re.compile(r"(?i:from|by)\s+")
_GROUP_NOUNS = (
    r"partners?|allies|ally|countries|country|nations?|states?|regimes?|governments?|"
    r"neighbou?rs?|friends?|powers?|backers?|suppliers?|members?"
)
_FILLER = (
    r"(?:(?:[a-z-]+\s+){0,3}?(?:such\s+as|like|including|notably|namely|led\s+by)\s+"
    r"|the\s+likes\s+of\s+"
    rf"|(?:(?:its|their|his|her|the|fellow)\s+)?(?:[a-z-]+\s+)?(?:{_GROUP_NOUNS})\s*,?\s+"
    r"(?=[A-Z]))?"
)
_AGENT_NOUN = re.compile(r"(?i:(?:er|or)s$)")
_APPOSITION = re.compile(
    r"\s*,?\s*(?:(?i:such\s+as|like|including|notably|namely)\s+|(?i:as|were|are)\s+)?"
    r"(?=(?:[Tt]he\s+)?[A-Z])"
)
_NOT_A_LIST_AFTER_BY = re.compile(r"\w+ing\b|\d|(?i:the\s+end|then|now|far)\b")
_INTRO_ANY = re.compile(rf"(?i:\b(?:from|by)\s+){_FILLER}")
_INTRO_OF = re.compile(rf"(?i:\s+of\s+){_FILLER}")
_CLAUSE_END = re.compile(r"[;:()\u2014\u2013]|\s-\s|[.!?](?=\s|$)")
_AUX_BEFORE = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?i:are|is|were|was|have|has|had|been|also|all|both|each|"
    r"continue|continues|continued|to|reportedly|openly|now|still|already|increasingly|"
    r"actively|directly|long))*\s*$"
)
_PASSIVE = re.compile(r"(?i:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?)$")
_SENTENCE_ADVERBS = frozenset(
    "meanwhile however moreover yesterday today also but and now still besides "
    "furthermore instead indeed already since while although though so yet then thus "
    "therefore last next this that these those the a an in on at".split()
)
_PREPOSITIONS = frozenset(
    "to from in at of for with by on into onto about after before since during across "
    "against among between through under over without near via toward towards like".split()
)
_FINITE = re.compile(r"(?:[^s]s|ed)$")
_NOT_MEMBERS = frozenset(
    "many some most others other they these those few several all both each either "
    "neither none everyone everybody anyone someone somebody nobody we he she it i you "
    "one who which more his her their its our my your".split()
)
"""Quantifiers, determiners and pronouns: capitalised at a sentence's start ("Many have
helped", "They are backing Russia") they are never list members."""


def _is_place(name: str) -> bool:
    return normalize(name) in gazetteer()


def _member(text: str, pos: int, end: int) -> re.Match | None:
    """A member starting at ``pos``; not a possessive ("China's ally")."""
    m = _MEMBER.match(text, pos, end)
    if m is None or re.match(r"['\u2019]s\b", text[m.end() : end]):
        return None
    first = m.group("m").split()[0].lower()
    if first in MONTHS_AND_DAYS or first in _SENTENCE_ADVERBS or first in _NOT_MEMBERS:
        return None
    return m


def _parse(text: str, pos: int, end: int):
    """Members and separators from ``pos``: ([(start, end)], [conjunction or None])."""
    members: list[tuple[int, int]] = []
    conjunctions: list[str | None] = []
    m = _member(text, pos, end)
    if m is None:
        return members, conjunctions
    members.append(m.span("m"))
    pos = m.end()
    while True:
        sep = _SEPARATOR.match(text, pos, end)
        if sep is None:
            break
        after = sep.end()
        repeated = _REPEATED_INTRO.match(text, after, end)
        if repeated and (sep.group("c1") or sep.group("c2")):
            after = repeated.end()  # "from China as well as from Iran"
        nxt = _member(text, after, end)
        if nxt is None:
            break
        conj = sep.group("c1") or sep.group("c2")
        joined = text[members[-1][0] : nxt.end("m")]
        if (
            conj
            and conj.lower() == "and"
            and _is_place(joined)
            and not _is_place(text[slice(*members[-1])])
        ):
            members[-1] = (members[-1][0], nxt.end("m"))
        else:
            members.append(nxt.span("m"))
            conjunctions.append(" ".join(conj.lower().split()) if conj else None)
        pos = nxt.end()
    return members, conjunctions


def _cut_forward(text: str, members, conjunctions):
    """A list read left to right ends with the member after its last conjunction."""
    last = max((k for k, c in enumerate(conjunctions) if c), default=None)
    if last is not None:
        return members[: last + 2]
    kept = members[:1]
    for span in members[1:]:
        if not _is_place(text[slice(*span)]):
            break
        kept.append(span)
    return kept


def _cut_backward(text: str, members, conjunctions):
    """A list read right to left (it ends at the cue) reaches back over commas, past only
    its own conjunction, the last separator ("Russia attacked Kyiv, and China, Iran and
    North Korea are backing it" lists three); without a conjunction, only the last member
    and the known places before it."""
    if not any(conjunctions):
        kept = members[-1:]
        for span in reversed(members[:-1]):
            if not _is_place(text[slice(*span)]):
                break
            kept.insert(0, span)
        return kept
    first = 0
    for k in range(len(conjunctions) - 2, -1, -1):
        if conjunctions[k]:
            first = k + 1
            break
    return list(members[first:])


def _trim_outliers(text: str, members):
    """Drop non-place names at either end of a list that holds two or more places."""
    names = [text[a:b] for a, b in members]
    if sum(_is_place(n) for n in names) < 2:
        return members
    while members and not _is_place(text[slice(*members[0])]):
        members = members[1:]
    while members and not _is_place(text[slice(*members[-1])]):
        members = members[:-1]
    return members


def _clause_end(text: str, pos: int, end: int) -> int:
    m = _CLAUSE_END.search(text, pos, end)
    return m.start() if m else end


def _list_after(text: str, cue: CueMatch, s0: int, s1: int):
    stop = _clause_end(text, cue.end, s1)
    intro = _INTRO_OF.match(text, cue.end, stop)
    if intro and not re.search(r"(?i:\bin\s+)$", text[max(s0, cue.start - 4) : cue.start]):
        members, conjunctions = _parse(text, intro.end(), s1)
        if members:
            return _cut_forward(text, members, conjunctions), True
    if _AGENT_NOUN.search(text, cue.start, cue.end):
        # "Russia's backers, China and Iran," / "suppliers such as Iran"
        apposition = _APPOSITION.match(text, cue.end, stop)
        if apposition:
            members, conjunctions = _parse(text, apposition.end(), s1)
            if members:
                return _cut_forward(text, members, conjunctions), True
    decided = False
    for intro in _INTRO_ANY.finditer(text, cue.end, stop):
        # "backing Russia by sending drones" names no backers
        word = intro.group().split()[0].lower()
        if word == "from" or not _NOT_A_LIST_AFTER_BY.match(text, intro.end(), stop):
            decided = True
        members, conjunctions = _parse(text, intro.end(), s1)
        if members:
            return _cut_forward(text, members, conjunctions), True
    return [], decided


def _list_before(text: str, cue: CueMatch, s0: int):
    before = text[s0 : cue.start]
    cue_word = text[cue.start : cue.end].lower()
    if cue_word.endswith("ed") and _PASSIVE.search(before):
        return []
    if _AGENT_NOUN.search(text, cue.start, cue.end) and re.search(r"['\u2019]s?\s*$", before):
        return []  # "Russia's backers": Russia is the one backed
    aux = _AUX_BEFORE.search(before)
    end = s0 + aux.start() if aux else cue.start
    if re.search(r"(?i:\b(?:have|has|had))\s*$", before) and not cue_word.endswith("ed"):
        return []
    for start in (m.start() for m in re.finditer(r"(?<![\w'\u2019.-])\w", text[s0:end])):
        members, conjunctions = _parse(text, s0 + start, end)
        if members and members[-1][1] == end:
            members = _trim_outliers(text, _cut_backward(text, members, conjunctions))
            if not members or _after_preposition(text, s0, members[0][0]):
                return []  # "goals from Ian Henderson helped", "sent to Baghdad to help"
            finite = _FINITE.search(cue_word) and not _AGENT_NOUN.search(cue_word)
            if not text[end : cue.start].strip() and len(members) < 2 and not finite:
                # "Investor backing:", "Best Supporting Actress", "Looking back": a lone
                # word right before the cue modifies it, unless the cue is a finite verb
                # ("China backs", "Iran supported")
                return []
            return _parallel_before(text, s0, members) + members
    return []


_PARALLEL = re.compile(r",\s+and\s+(?:[A-Z][\w&'\u2019-]*\s+){1,3}[a-z]+s\s+$")
"""", and Railtrack managers " between two enumerations of one kind."""
_DESCRIBED = re.compile(r"(?:[A-Z][\w&'\u2019-]*\s+){1,3}[a-z]+s\s+$")


def _parallel_before(text: str, s0: int, members) -> list[tuple[int, int]]:
    """An enumeration of the same kind joined by ", and" to a list read before the cue:
    "Acme managers A and B, and Bolt managers C and D all face charges" lists all four."""
    joint = _PARALLEL.search(text, s0, members[0][0])
    if joint is None:
        return []
    comma = joint.start()
    for start in (m.start() for m in re.finditer(r"(?<![\w'\u2019.-])[A-Z]", text[s0:comma])):
        found, conjunctions = _parse(text, s0 + start, comma)
        if found and found[-1][1] == comma and _DESCRIBED.search(text, s0, found[0][0]):
            return _cut_backward(text, found, conjunctions)
    return []


def _after_preposition(text: str, s0: int, start: int) -> bool:
    previous = re.search(r"([\w'\u2019]+)\W*$", text[s0:start])
    return previous is not None and previous.group(1).lower() in _PREPOSITIONS


def _list_claim(text: str, members, sentence: SentenceSpan, *, loose: bool = False) -> Claim:
    """The claim of one list read from ``members`` (their (start, end) spans, in order)."""
    start, end = members[0][0], members[-1][1]
    return Claim(
        type="entities",
        text=text[start:end],
        value=tuple(text[a:b] for a, b in members),
        start=start,
        end=end,
        sentence=sentence,
        loose=loose,
    )


def find_lists(text: str, sentence: SentenceSpan, cues: Sequence[CueMatch]) -> list[Claim]:
    """One entities claim per cue occurrence in ``sentence`` that has a list tied to it
    (see the module docstring)."""
    s0, s1 = sentence.start, sentence.end
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for cue in cues:
        if not cue.within(sentence):
            continue
        members, decided = _list_after(text, cue, s0, s1)
        if not members and not decided:
            members = _list_before(text, cue, s0)
        members = _trim_outliers(text, members)
        if not members:
            continue
        if (members[0][0], members[-1][1]) in seen:
            continue
        seen.add((members[0][0], members[-1][1]))
        claims.append(_list_claim(text, members, sentence))
    return sorted(claims, key=lambda c: c.start)


# --------------------------------------------------------------------------- loose readings

_LOOSE_INTRO = re.compile(
    r"(?i:\s*(?:[-\u2013\u2014:(]|,\s*as\s+did)\s*"
    r"|\s+(?:in|over|with|for|by|from|against|as\s+did|includ(?:e|es|ed|ing)|such\s+as|"
    r"were|are|was|is)\s+)(?:the\s+)?(?=[A-Z])"
)
"""What may introduce a list somewhere after a cue: "operations in A, B and C", "two
players - A and B", "a bid from X for A and B", "the top 10 included A, B and C", "won two
prizes, as did A and B"."""
_LOOSE_WINDOW = 8
"""How many words after the cue a loose introduction may stand."""
_LOOSE_STOP = re.compile(
    r"[;]|[.!?](?=\s|$)|,\s*(?:who|which|where|when|while|but)\b|\b(?:said|says|told)\b"
)
_OBJECT = re.compile(r"\s+(?:the\s+)?(?=[A-Z])")
_LOOSE_BEFORE = re.compile(
    r"\)?\s*(?:(?:are|is|were|was|have|has|had|also|all|both)\s+)*"
    r"(?:[a-z][\w-]*\s+)?(?:(?:in|at|among|on|as)\s+)?(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?"
)
"""What may stand between a list and the cue after it: "(A, B and C) were in the CUE", "the
A, B and C exchanges CUE", "A won CUE"."""
_SEGMENT_START = re.compile(r"\s*(?:(?i:and)\s+)?(?=[A-Z])")


def _members_at(text: str, pos: int, s1: int) -> list[tuple[int, int]]:
    members, conjunctions = _parse(text, pos, _clause_end(text, pos, s1))
    return _cut_forward(text, members, conjunctions) if members else []


def _loose_after(text: str, cue: CueMatch, s1: int) -> list[list[tuple[int, int]]]:
    """Lists in loose positions after the cue, each a reading of its own."""
    stop = _LOOSE_STOP.search(text, cue.end, s1)
    limit = stop.start() if stop else s1
    window = list(re.finditer(r"\S+", text[cue.end : limit]))[:_LOOSE_WINDOW]
    reach = cue.end + window[-1].end() if window else cue.end
    found = []
    obj = _OBJECT.match(text, cue.end, limit)
    if obj:  # the object of a verb cue, or a cue that ends in a preposition ("victory over")
        found.append(_members_at(text, obj.end(), limit))
    for intro in _LOOSE_INTRO.finditer(text, cue.end, limit):
        if intro.start() > reach:
            break
        found.append(_members_at(text, intro.end(), limit))
    return [m for m in found if m]


def _loose_before(text: str, cue: CueMatch, s0: int) -> list[tuple[int, int]]:
    """A list ending a little before the cue: only a copula, one lowercase word, a
    preposition or a closing bracket between ("(A and B) were in the CUE")."""
    for start in (m.start() for m in re.finditer(r"(?<![\w'\u2019.-])[A-Z]", text[s0 : cue.start])):
        members, conjunctions = _parse(text, s0 + start, cue.start)
        if members and _LOOSE_BEFORE.fullmatch(text, members[-1][1], cue.start):
            members = _cut_backward(text, members, conjunctions)
            if members and not _after_preposition(text, s0, members[0][0]):
                return members
    return []


def _segments(text: str, cue: CueMatch, s1: int) -> list[tuple[int, int]]:
    """A list whose members are separated by semicolons, each followed by its details
    ("were A, 46, from X; B, 50, of Y; and C, 43, of Z"): the name opening each part."""
    rest = text[cue.end : s1]
    if rest.count(";") < 1:
        return []
    members = []
    pos = cue.end
    for k, part in enumerate(rest.split(";")):
        if k == 0:
            intro = re.search(r"(?i:\b(?:were|are|was|is|:)\s+)(?=[A-Z])", part)
            if intro is None:
                return []
            offset = intro.end()
        else:
            lead = _SEGMENT_START.match(part)
            if lead is None:
                break
            offset = lead.end()
        m = _member(text, pos + offset, pos + len(part))
        if m is None:
            break
        members.append(m.span("m"))
        pos += len(part) + 1
    return members if len(members) >= 2 else []


def find_loose_lists(text: str, sentence: SentenceSpan, cues: Sequence[CueMatch]) -> list[Claim]:
    """Entities claims (``loose=True``) from the positions ``find_lists`` does not read
    because they do not by themselves say whose list it is: the object of a verb cue
    ("beating A and B"), a list after a preposition, a dash, a colon or "including" a few
    words after the cue, a list a little before the cue ("A, B and C were in the CUE",
    "(A, B and C) were ..."), a list of semicolon-separated parts. The checker holds such a
    list against a fact only when it names one of the fact's members."""
    s0, s1 = sentence.start, sentence.end
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for cue in cues:
        if not cue.within(sentence):
            continue
        readings = [*_loose_after(text, cue, s1), _loose_before(text, cue, s0)]
        readings.append(_segments(text, cue, s1))
        for members in readings:
            if not members or (members[0][0], members[-1][1]) in seen:
                continue
            seen.add((members[0][0], members[-1][1]))
            claims.append(_list_claim(text, members, sentence, loose=True))
    return sorted(claims, key=lambda c: (c.start, c.end))
