"""Place claims: locative mentions of known places.

A place name is *known* when it is one of the ``known`` names passed in (a fact table's
place values and aliases) or is in the offline gazetteer ``summarize/data/gazetteer.tsv``
(countries, US states and news regions, cities of 15,000 people or more; see
``summarize/data/build_gazetteer.py`` for how it is made). What is read, on first use, is
its lookup keys, ``summarize/data/gazetteer-keys.tsv``, which the same script writes from
``gazetteer.tsv`` with ``normalize`` below, so that no start pays for normalising 45,000
names (about 12 ms to read instead of 45 ms).

A known name is a place *claim* only in one of these positions; anywhere else ("support to
Ukraine", "the war against Ukraine", "the people of Ukraine", "Russia's war", "support from
China", "returned from Kyiv": an origin is not a location) it is not:

1. After a locative word: ``in``, ``at``, ``near``, ``outside``, ``inside``, ``within``,
   ``around``, ``across``, ``throughout``, a form of ``visit`` ("visited Kyiv"), or ``to``
   after a word of travel ("travelled to Kyiv", "a trip to Vilnius"; a bare "to" is a
   recipient: "support to Ukraine"). Between them may stand ``the``, a direction ("in
   eastern Ukraine"), a place noun ("in the Lithuanian capital Vilnius", "in the port city
   of Odesa") and a possessive ("in Ukraine's Kharkiv region"). "at" after aiming words
   ("aimed at Russia") and "in" after believing words ("confidence in Ukraine") do not
   count.
2. As the modifier of an event or venue noun ("the Washington summit", "the Vilnius NATO
   summit", "the Washington anniversary summit", "the Minsk talks", "the Brussels
   headquarters"); only cities and table names do this: a country before an event noun
   usually names the topic ("the Ukraine peace summit"), not the venue. As the subject of
   "host" ("Vilnius hosted the summit", "Washington will host it"), or after "host city" or
   "host country" ("the host city, Vilnius").
3. In a dateline at the start of a sentence: "BRUSSELS, April 3 --", "WASHINGTON (AP) --",
   "KYIV, Ukraine (Reuters) -", "Vilnius \u2014"; with a colon only in capitals
   ("BRUSSELS: ...").
4. Joined to a place of rules 1-3 by "and", "or" or "as well as" ("in Brussels and Paris"),
   or by a bare comma when the phrase ends there ("in Kyiv, Kharkiv and Odesa"; not "In
   Brussels, Ukraine asked for more"). A country or region after a city and a bare comma
   is the city's address, not a claim ("in Kyiv, Ukraine, on Monday" and "KYIV, Ukraine
   (Reuters) -" claim Kyiv only): held against a city fact it would contradict it.

Never a claim: a country or region used as an adjective ("in the U.S. capital", "in the
Ukraine border area"), a name glued by a hyphen or dash to another word ("the NATO-Ukraine Council",
"the Russia-Ukraine conflict"), a name followed by another capitalised word that is not part
of it ("in the Kyiv Independent"), a possessive ("in Russia's war", "in Ukraine's capital";
but "in Ukraine's east" is rule 1 and the claim is "Ukraine").

Also claims: a name before "-based" or "-headquartered" ("the Frankfurt-based exchange");
a compass word before a country or region, which names a region of its own ("in Western
Australia" claims "Western Australia", not Australia; "in South London" claims London); with
``cues`` (a place fact's cue matches), a city, region or table name between a determiner and
a cue ("a Virginia court jury"), and an unknown capitalised venue after "at"/"in" a few words
after a cue, ending its phrase ("the final is at Wembley Stadium."), with the known place
right after it as its address in one claim ("at the Stadio Olimpico in Rome": the venue and
the town are the claim's ``alternatives``).

A near spelling of a table name (``fuzz.ratio`` of 85 or more, five letters or more) is
known too, so that a misspelled place can still be checked ("in Brussles", "the Washingon
summit"); the gazetteer is matched exactly.

Words after the first may be in lower case when the name has them ("NATO headquarters" as a
table alias, "Bosnia and Herzegovina"); the first must be capitalised. The longest known
name wins ("New York City" over "New York", "Washington, D.C." over "Washington"); the
claim's value is the name as written, without a leading "the" ("in the Netherlands" claims
"Netherlands") unless the table writes the name with it ("The Hague").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from ..text.segment import SentenceSpan
from . import Claim

_DATA = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_NAMES = _DATA / "gazetteer.tsv"
"""The gazetteer as built: ``kind<TAB>name`` lines, the one source of truth."""
GAZETTEER_KEYS = _DATA / "gazetteer-keys.tsv"
"""The lookup keys made from it by ``build_gazetteer.py --keys``: a comment line, then one
block per kind, a ``## kind`` line followed by that kind's normalised names."""
NEAR_SPELLING = 85.0
"""``fuzz.ratio`` a word run needs with a table name to count as a misspelling of it."""
_MIN_FUZZY_LENGTH = 5
_MAX_TOKENS = 7

# A word (letters joined by inner hyphens, apostrophes or dots: "Guinea-Bissau", "D.C.",
# "d'Ivoire"), or one punctuation mark.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-.'\u2019][^\W\d_]+)*\.?|\d+|[^\w\s]")
_POSSESSIVE = re.compile(r"['\u2019]s$")

CONNECTORS = frozenset(
    "and of the de del della da do dos das du des la le el es en di y am an im au sur upon "
    "on von van der den".split()
)
MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
TITLE_CASE_VERBS_AND_JOINERS = frozenset(
    "And Or Nor But Of The To In On At By For From With As Says Said Say Tells Told Urges "
    "Warns Denies Calls Meets Visits Vows Pledges Rejects Is Was Are Were Will Would Has "
    "Have Had Who Which That".split()
)
"""Capitalised words that end a name: title-case headlines capitalise their verbs and
joining words ("NATO Chief Stoltenberg Says Allies ...", "Ministers Meet In Brussels To
...")."""
EVENT_NOUNS = frozenset(
    "summit summits meeting meetings talks conference conferences gathering gatherings "
    "forum negotiations session sessions ministerial ministerials meet rally games "
    "olympics headquarters hq office offices embassy bureau base".split()
)
"""Event and venue nouns a city names the place of ("the Washington summit", "the Brussels
headquarters"). Names of documents are left out on purpose: "the Paris Agreement" or "the
Minsk accords" say nothing about where anything happens now."""
_GEO_NOUNS = (
    "capital|city|town|village|port|region|province|state|oblast|district|area|suburbs?|"
    "outskirts|centre|center|heart|streets|east|west|north|south|border|border\\s+region"
)
_DIRECTIONS = (
    "central|eastern|western|northern|southern|north-eastern|north-western|south-eastern|"
    "south-western|northeastern|northwestern|southeastern|southwestern|downtown|occupied|"
    "neighbouring|neighboring|nearby|embattled|war-torn|besieged|frontline|front-line"
)
_TRAVEL = (
    r"travel\w*|trips?|visits?|journey\w*|went|go|goes|going|gone|flew|fly|flies|flying|"
    r"head(?:s|ed|ing)?|return(?:s|ed|ing)?|came|come|comes|coming|arriv\w*|mov(?:e|es|ed|ing)|"
    r"relocat\w*|way|welcome\w*|back"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?i:(?P<prep>\b(?:in|at|near|outside|inside|within|around|across|throughout|"
    r"visit(?:s|ed|ing)?)"
    rf"|\b(?:{_TRAVEL})(?:\s+[\w'\u2019-]+){{0,3}}?\s+to"
    r"|\b(?:on|onwards?)\s+to"
    r"|\bhost\s+(?:city|country|nation)\s*,?)"
    r"\s+(?:the\s+)?"
    rf"(?:(?:{_DIRECTIONS})\s+)?"
    r"(?:[A-Z][\w-]*['\u2019]s\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_GEO_NOUNS})(?:\s+of)?\s*,?\s+)?)$"
)
_HOSTS = re.compile(
    r"\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|was\s+to|also|last\s+year)\s+)?"
    r"host(?:s|ed|ing)?\b"
)
_COUNTRY_AS_MODIFIER = re.compile(
    r"\s+(?:capital|capitals|city|cities|border|port|town|embassy|consulate|parliament|"
    r"government|army|forces|military|officials|side|economy|airspace|waters|market|"
    r"markets|media|press|troops|navy)\b"
)
_GEO_AFTER_POSSESSIVE = re.compile(
    rf"(?:region|province|state|oblast|district|area|border|east|west|north|south|"
    rf"{_DIRECTIONS})"
)
"""Words after "in Ukraine's" that keep Ukraine the place ("in Ukraine's east"); after
"in Ukraine's capital" the place meant is a city whose name is not written."""
_NOT_LOCATIVE_AT = frozenset(
    "aim aimed aiming aims directed targeted targeting look looked looking looks glance "
    "glanced swipe jab jabs hit hits lashed lash pointed pointing fired firing angry "
    "laughed laugh shot shots dig digs snapped arrive arrived arrives arriving".split()
)
# "arrived at" a place is locative, but "arrived at a decision" is the common use; rule 1
# still takes "arrived in".
_NOT_LOCATIVE_IN = frozenset(
    "believe believes believed believing interest interested interests confidence trust "
    "faith role".split()
)
_EVENT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:(?:peace|leaders['\u2019]?|anniversary|annual|emergency|jubilee|ministers['\u2019]?)\s+)?"
    r"(?P<noun>[^\W\d_]+)"
)
_DATELINE_AFTER = re.compile(
    r"(?:\s*,\s*[^\n()\-\u2013\u2014:]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:--?|\u2013|\u2014)(?=\s)"
)
_DATELINE_COLON = re.compile(r"(?:\s*,\s*[^\n()\-\u2013\u2014:]{1,40}?)?\s*:(?=\s)")
_JOINED_BEFORE = re.compile(
    r"(?i:\s*(?:,\s*(?P<conj>and\s+|or\s+|as\s+well\s+as\s+)?"
    r"|\s+(?P<conj2>and|or|as\s+well\s+as)\s+)"
    r"(?:(?:in|at)\s+)?(?:the\s+)?)$"
)
_ENDS_PHRASE = re.compile(
    r"\s*(?:$|[,.;:()\u2014\u2013]|-\s|(?:on|in|at|last|this|next|and|or|for|to|during|"
    r"since|before|after|where|when|while|until|from|with)\b)"
)


def normalize(name: str) -> str:
    """The lookup key of a place name: lower case, no dots, commas or extra spaces, so
    "Washington, D.C.", "Washington D.C." and "Washington DC" are one key."""
    key = name.casefold().replace("\u2019", "'").replace(".", "").replace(",", " ")
    key = " ".join(key.split())
    if key.startswith("the "):
        key = key[4:]
    return key


def gazetteer_from_names(lines: Iterable[str]) -> dict[str, str]:
    """Normalised place name -> kind from ``kind<TAB>name`` lines (``gazetteer.tsv``); a
    later line wins when two names share a key."""
    kinds: dict[str, str] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        kind, _, name = line.rstrip("\n").partition("\t")
        if name:
            kinds[normalize(name)] = kind
    return kinds


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Normalised place name -> kind ("country", "region" or "city"), read once from the
    shipped keys (equal to ``gazetteer_from_names`` of ``gazetteer.tsv``; a test checks)."""
    kinds: dict[str, str] = {}
    text = GAZETTEER_KEYS.read_text(encoding="utf-8")
    for block in text.split("\n## ")[1:]:
        kind, *keys = block.rstrip("\n").split("\n")
        kinds.update(dict.fromkeys(keys, kind))
    return kinds


@lru_cache(maxsize=64)
def _known_kinds(known: tuple[str, ...]) -> dict[str, str]:
    """Gazetteer kinds, with the table's names added (kind "known" unless the gazetteer
    already knows the name)."""
    base = gazetteer()
    extra = {}
    for name in known:
        key = normalize(name)
        if key and key not in base:
            extra[key] = "known"
    if not extra:
        return base
    return {**base, **extra}


def _with_article(known: Iterable[str], name: str) -> bool:
    """Whether the table writes ``name`` with a leading "the" ("The Hague")."""
    key = normalize(name)
    return any(k.lower().startswith("the ") and normalize(k) == key for k in known)


def place_kind(name: str, known: Iterable[str] = ()) -> str | None:
    """The kind of a known place name ("country", "region", "city", "known"), else None."""
    return _known_kinds(tuple(known)).get(normalize(name))


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets; a possessive "'s"
    is its own token."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        word, a, b = m.group(), m.start(), m.end()
        based = _BASED.search(word) if "-" in word else None
        if based and based.start() > 0 and based.end() == len(word):
            out.append((word[: based.start()], a, a + based.start()))  # "Frankfurt-based"
            out.append((word[based.start() :], a + based.start(), b))
            continue
        p = _POSSESSIVE.search(word) if word.endswith(("'s", "\u2019s")) else None
        if p and len(word) > 2:
            out.append((word[: p.start()], a, a + p.start()))
            out.append((word[p.start() :], a + p.start(), b))
        else:
            out.append((word, a, b))
    return out


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _longest_place(
    text: str, toks: list[tuple[str, int, int]], i: int, kinds: dict[str, str]
) -> tuple[int, str] | None:
    """The longest known name starting at token ``i``: (index of its last token, kind)."""
    best = None
    for j in range(i, min(i + _MAX_TOKENS, len(toks))):
        word = toks[j][0]
        if j > i:
            gap = text[toks[j - 1][2] : toks[j][1]]
            if gap.strip() or "\n" in gap:
                break
        if not (word[0].isalpha() or word == ","):
            break
        if word == "," or word.lower() in CONNECTORS:
            continue
        key = normalize(text[toks[i][1] : toks[j][2]])
        kind = kinds.get(key)
        if kind is not None:
            best = (j, kind)
    return best


def _misspelled_known(
    text: str, toks: list[tuple[str, int, int]], i: int, known: tuple[str, ...]
) -> tuple[int, str] | None:
    """A run of up to three capitalised words starting at token ``i`` that is a near
    spelling of a table name ("Brussles", "Washingon"): (index of its last token, "known")."""
    keys = _known_keys(known)
    best = None
    for j in range(i, min(i + 3, len(toks))):
        word = toks[j][0]
        if not (word[0].isalpha() and _is_capitalised(word)):
            break
        if j > i and text[toks[j - 1][2] : toks[j][1]] != " ":
            break
        key = normalize(text[toks[i][1] : toks[j][2]])
        if len(key) >= _MIN_FUZZY_LENGTH and process.extractOne(
            key, keys, scorer=fuzz.ratio, score_cutoff=NEAR_SPELLING
        ):
            best = (j, "known")
    return best


@lru_cache(maxsize=64)
def _known_keys(known: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalize(name) for name in known if name.strip()))


def _span_end(text: str, start: int, end: int) -> int:
    """Drop a sentence-final full stop from a name ("Brussels.") but keep an
    abbreviation's ("D.C.", "U.S.")."""
    if text[end - 1] != ".":
        return end
    last = text[start : end - 1].split()[-1:]
    if last and "." not in last[0] and len(last[0]) > 1:
        return end - 1
    return end


_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower".split()
)
"""Capitalised words that, before a country or region, name another region of their own
("Western Australia", "South Sudan"); before a city they name a district and are left out
("South London" is a place in London)."""
_BASED = re.compile(r"-(?:based|headquartered)\b")


def _compass_region(
    text: str, toks: list[tuple[str, int, int]], i: int, kinds: dict[str, str]
) -> tuple[int, str] | None:
    """"Western Australia" when the gazetteer lacks it: a compass word followed by a
    country or region is a region of its own, not that country."""
    if toks[i][0] not in _COMPASS or i + 1 >= len(toks):
        return None
    if text[toks[i][2] : toks[i + 1][1]] != " ":
        return None
    found = _longest_place(text, toks, i + 1, kinds)
    if found is None or found[1] not in ("country", "region"):
        return None
    return found[0], "region"


_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:a|an|the|this|that|its|their|his|her)\s+)$")


def _before_cue(text: str, start: int, end: int, cues: Iterable) -> bool:
    """A place between a determiner and one of its facts' cues modifies it: "a Virginia
    court jury", "the Paris Summit", "the Rome talks" (not "Hollywood star X", where a cue
    "starts" would match "star")."""
    gap = re.match(r"[ \t]+", text[end:])
    if gap is None or not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    return any(c.start == end + gap.end() for c in cues)


_VENUE_WORD = r"[A-Z][\w'\u2019.-]*"
_VENUE_AFTER_CUE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:at|in)\s+(?:the\s+)?"
    rf"(?P<venue>{_VENUE_WORD}(?:\s+(?:(?:of|de|del|di|la|le)\s+)?{_VENUE_WORD}){{0,4}})"
)
_ADDRESS = re.compile(r"\s*,\s*|\s+in\s+")


def _venues(
    text: str, sentence: SentenceSpan, cues: Iterable, claims: list[Claim]
) -> list[Claim]:
    """Capitalised venues the gazetteer lacks, a few words after a place fact's cue: "the
    final is at Wembley Stadium", "played at the Stadio Olimpico in Rome". A known place
    right after the venue ("in Rome", ", Rome") is its address: one claim, the venue and
    the town as alternatives (supported when either matches). A cue glued to a longer word
    ("semi-final" for "final") introduces no venue."""
    s1 = sentence.end
    out: list[Claim] = []
    for cue in cues:
        if cue.start > 0 and text[cue.start - 1] in "-\u2010\u2011":
            continue
        m = _VENUE_AFTER_CUE.match(text, cue.end, s1)
        if m is None:
            continue
        start, end = m.span("venue")
        end = _span_end(text, start, end)
        venue = text[start:end]
        first = venue.split()[0]
        if (
            first.lower() in MONTHS_AND_DAYS
            or first.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady")
            or venue in TITLE_CASE_VERBS_AND_JOINERS
            or _POSSESSIVE.search(venue)
            or not _ENDS_PHRASE.match(text, end)
        ):
            continue  # a date, a person, a possessive, a modifier ("at NATO headquarters",
            # "in Games history"): the venue must end its phrase
        if any(c.start < end and start < c.end for c in claims + out):
            continue  # a known place: the ordinary rules read it
        town = None
        address = _ADDRESS.match(text, end, s1)
        if address:
            town = next((c for c in claims if c.start == address.end()), None)
        if town is not None:
            claims.remove(town)
            out.append(
                Claim(
                    type="place",
                    text=text[start : town.end],
                    value=text[start : town.end],
                    start=start,
                    end=town.end,
                    sentence=sentence,
                    alternatives=(venue, town.value),
                )
            )
        else:
            out.append(Claim("place", venue, venue, start, end, sentence))
    return out


def find_places(
    text: str, sentence: SentenceSpan, *, known: Iterable[str] = (), cues: Iterable = ()
) -> list[Claim]:
    """Locative mentions of known places in ``sentence`` (see the module docstring);
    ``cues`` (``CueMatch`` of place facts) make a city or table name right before one of
    them a claim too ("a Virginia court jury")."""
    cues = tuple(cues)
    known = tuple(known)
    kinds = _known_kinds(known)
    s0, s1 = sentence.start, sentence.end
    toks = tokens(text, s0, s1)
    claims: list[Claim] = []
    i = 0
    while i < len(toks):
        word, start, _ = toks[i]
        if not (word[0].isalpha() and _is_capitalised(word)) or word in ("The", "A", "An"):
            i += 1
            continue
        found = _longest_place(text, toks, i, kinds) or _compass_region(text, toks, i, kinds)
        if found is None and known:
            found = _misspelled_known(text, toks, i, known)
        if found is None:
            i += 1
            continue
        j, kind = found
        end = _span_end(text, start, toks[j][2])
        if i > 0 and toks[i - 1][0].lower() == "the" and _with_article(known, text[start:end]):
            start = toks[i - 1][1]  # the table writes "The Hague": so is the claim
        if _is_claim(text, s0, s1, start, end, kind, toks, j, claims, kinds) or (
            kind != "country" and _before_cue(text, start, end, cues)
        ):
            claims.append(
                Claim(
                    type="place",
                    text=text[start:end],
                    value=text[start:end],
                    start=start,
                    end=end,
                    sentence=sentence,
                )
            )
        i = j + 1
    if cues:
        claims = sorted(claims + _venues(text, sentence, cues, claims), key=lambda c: c.start)
    return claims


def _is_claim(
    text: str,
    s0: int,
    s1: int,
    start: int,
    end: int,
    kind: str,
    toks: list[tuple[str, int, int]],
    j: int,
    earlier: list[Claim],
    kinds: dict[str, str],
) -> bool:
    # the locative context is a few words long: look no further back than that
    before = text[max(s0, start - 160) : start]
    # glued to another word by a hyphen or dash: "NATO-Ukraine", "Russia–Ukraine"
    if before[-1:] in "-\u2010\u2011\u2013\u2014" and before[-2:-1].isalnum():
        return False
    after = text[end:s1]
    if _BASED.match(after):
        return True  # "the Frankfurt-based exchange": where it is based
    if after[:1] in "-\u2010\u2011\u2013\u2014" and after[1:2].isalpha():
        return False
    possessive = j + 1 < len(toks) and toks[j + 1][0].startswith(("'", "\u2019"))
    if possessive:
        noun = re.match(r"\s*([^\W\d_]+)", text[toks[j + 1][2] : s1])
        return (
            noun is not None
            and _GEO_AFTER_POSSESSIVE.fullmatch(noun.group(1).lower()) is not None
            and _after_locative(before)
        )

    # the subject of "host": "Vilnius hosted the summit", "Washington will host it"
    if _HOSTS.match(after):
        return True

    # a country as an adjective: "in the U.S. capital", "in the Russian economy"
    if kind in ("country", "region") and _COUNTRY_AS_MODIFIER.match(after):
        return False

    # the modifier of an event noun: "the Washington summit"
    event = _EVENT_AFTER.match(after)
    if event and event.group("noun").lower() in EVENT_NOUNS and kind in ("city", "known"):
        return True

    # part of a longer capitalised name: "the Kyiv Independent"
    nxt = re.match(r"[ \t]+([^\W\d_][\w-]*)", after)
    if (
        nxt
        and _is_capitalised(nxt.group(1))
        and nxt.group(1).lower() not in MONTHS_AND_DAYS
        and nxt.group(1) not in TITLE_CASE_VERBS_AND_JOINERS
    ):
        return False

    # a dateline: the sentence starts with the place ("BRUSSELS, April 3 --")
    if not text[s0:start].strip() and (
        _DATELINE_AFTER.match(text, end)
        or (text[start:end].isupper() and _DATELINE_COLON.match(text, end))
    ):
        return True

    if _after_locative(before):
        return True

    for claim in earlier:
        joined = _JOINED_BEFORE.fullmatch(text, claim.end, start)
        if claim.end <= start and joined:
            if joined.group("conj") or joined.group("conj2"):
                return True
            # a bare comma joins "in Kyiv, Kharkiv, ..." but not "In Brussels, Ukraine
            # asked ..."; a country or region after a city is the city's address ("in
            # Brussels, Belgium", "KYIV, Ukraine (Reuters) -"), not a place of its own
            if _ENDS_PHRASE.match(after):
                return not (
                    kind in ("country", "region")
                    and kinds.get(normalize(claim.text)) in ("city", "known")
                )
    return False


def _after_locative(before: str) -> bool:
    m = _LOCATIVE_BEFORE.search(before)
    if m is None:
        return False
    prep = (m.group("prep") or "").lower()
    previous = before[: m.start()].split()
    word = previous[-1].lower().strip(",.;:") if previous else ""
    if prep == "at" and word in _NOT_LOCATIVE_AT:
        return False
    if prep == "in" and word in _NOT_LOCATIVE_IN:
        return False
    return True
