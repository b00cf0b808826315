"""Finding numbers in a sentence, with the words each one quantifies.

"32 member countries", "€100 billion", "$1.2bn", "3.5%", "thirty-two allies": each becomes
a ``Claim`` whose value is a float (scaled: "€100 billion" -> 1e11) and whose ``target``
spans the noun phrase right after the number ("member countries"), so that the checker can
tell "32 member countries" (quantifies the cue "member countries") from "12 founding
members" (does not).

Decisions worth knowing:

- ``unit`` is the currency ("$", "€", "£", "¥", "A$", "C$", "NZ$", "HK$", "pence",
  "cents"; "US$" and "dollars" count as "$", "Australian dollars" as "A$", "euros" as "€",
  "pounds" as "£": the words are ``facts.CURRENCIES``), else "%" ("%", "per cent",
  "percent"), else the scale word written ("million" for "3 million people", "m" and "mn"
  too). A whole number set off right after a name ("Steve Arthur, 46, from Leeds") is an
  age: unit "years". The first figure of "between 59.50 and 80 euro" takes the second's
  unit; "20-25%" is two percentages.
- The target is at most four words, read up to punctuation, a preposition, determiner,
  conjunction, common verb or adverb, and ending after the first plural noun (the head:
  "12 founding members"). A hyphenated number ("32-member alliance") quantifies the words
  from the hyphen on. Words that only name the currency are the unit, not the target: the
  target is what follows them and any bracketed conversion ("7.4bn Australian dollar
  ($5.8bn; £3bn) bid" -> "bid"), else nothing. A percentage of a determined noun phrase
  quantifies it ("97.3% of the voting shares").
- Scores ("3-2", "7-5 6-4") and ranks ("eighth", "123rd") are not counts; ``find_scores``
  and ``find_ordinals`` read them as values of their own (units "score" and "ordinal"),
  and the extractor calls them only for a table that has such a fact.
- Skipped: numbers inside dates (see ``dates.date_spans``), times ("14:11", "3pm",
  "3 p.m."), scores and ranges ("3-1", "2023-24"), ids and names ("F-16", "G7",
  "Article 5", "No. 10", "the Guildford Four"), phone numbers and codes ("0800 028 9276"),
  ordinals ("first", "3rd", "twenty-first": ranks, not quantities), decades ("1990s"),
  "m"/"k" without a currency ("the 100m", "4.88m": metres as often as millions), bare scale
  words ("thousands of"; "a million" counts), a four-digit year-like number that
  quantifies nothing or follows "the"/"in"/"since"..., and "one" used as a pronoun ("one of
  the", "no one", "the one", "one another") or with nothing to count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..facts import CURRENCIES, DOLLAR_COUNTRIES
from ..text.segment import SentenceSpan
from . import Claim
from .dates import MONTH_NAMES, WEEKDAY_NAMES, date_spans

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
_SCALE_NAMES = {"k": "thousand", "m": "million", "mn": "million", "b": "billion",
                "bn": "billion", "tn": "trillion"}  # fmt: skip
_CURRENCY_SIGNS = {
    "$": "$", "US$": "$", "A$": "A$", "AU$": "A$", "C$": "C$", "CA$": "C$", "NZ$": "NZ$",
    "HK$": "HK$", "€": "€", "£": "£", "¥": "¥",
}  # fmt: skip
# Currency words and codes written after a number ("77m euros", "530 pence", "5bn USD"),
# from the one list the fact table's units use too.
_CURRENCY_WORDS = {
    word: sign for word, sign in CURRENCIES.items() if word.isalpha() and len(word) > 2
}
# "7.4bn Australian dollars": the dollar of a country other than the US.
_DOLLAR_ADJECTIVES = DOLLAR_COUNTRIES

_DIGITS = re.compile(
    r"(?:(?<![\w.])(?P<cur>US\$|AU?\$|CA?\$|NZ\$|HK\$|\$|€|£|¥)\s?|(?<![\w.,/:#@$€£¥\-\u2013]))"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![:/,.]\d|[-\u2013]\d)"
    r"(?:\s*(?P<suffix>bn|mn|tn|m|k|b)(?![\w'\u2019])"
    r"|\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?:\s*(?P<pct>%)|\s+(?P<pctw>per\s?cent|percent)\b)?"
)
_WORD_NUMBER = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand", "million", "billion",
                                "trillion"], key=len, reverse=True))  # fmt: skip
_WORDS = re.compile(
    rf"(?<![\w\-])(?:(?P<a>[Aa])\s+)?(?i:(?P<words>(?:{_WORD_NUMBER})"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{_WORD_NUMBER}))*))(?![\w])"
)
_CLOCK = re.compile(r"\s*(?:[ap]\.?m\b\.?|o['\u2019]clock\b|h\b|hrs\b|GMT\b|UTC\b)", re.I)

_STOP = set(
    """a an the this that these those its their his her our your my some any each every all
    no not of in on at to for from with by about than over under into onto out up down off
    per as via among between against during before after since until through across around
    near within without behind beyond toward towards upon amid like
    and or but nor so yet if while when where which who whom whose what how why because
    is are was were be been being am has have had having will would shall should can could
    may might must do does did done said says say told tell tells according including
    include includes included would more most less fewer least than also already only still
    just now then nearly roughly approximately almost respectively even ago again too very
    here there it they them he she we you i me us him cannot can't won't don't doesn't
    didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't""".split()
)
_VERBS = set(
    """met went came took gave made got saw left held won lost paid sent spent rose fell grew
    began become became sold bought found kept brought thought ran set put cut hit let led
    fled fought struck stood sat seem seems seemed remain remains remained arrive arrives
    explain explains want wants need needs make makes take takes give gives go goes come
    comes get gets see sees know knows expect expects plan plans hope hopes seen been gone
    known taken given shown written struck""".split()
)
# Capitalised words after which a number is still a count ("All 32 allies", "Some 40").
_COUNT_LEAD_WORDS = _STOP | {
    "roughly", "nearly", "almost", "approximately", "some", "another", "all", "both",
    "estimated", "around", "about", "over", "under", "exactly", "just", "only", "at", "least",
    "fully", "overall", "total", "altogether",
    *(name.lower() for name in (*WEEKDAY_NAMES, *MONTH_NAMES)),
}  # fmt: skip
_LY_NOUNS = {
    "family", "ally", "assembly", "supply", "rally", "monopoly", "anomaly", "reply", "belly",
    "jelly", "bully", "lily", "holly", "italy", "july", "butterfly", "dragonfly", "firefly",
}  # fmt: skip
_IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "feet",
    "teeth", "mice", "geese", "troops", "data", "media", "criteria", "phenomena",
}  # fmt: skip
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "\u2019s")
_ONE_PRONOUN_BEFORE = {
    "no", "the", "this", "that", "any", "every", "each", "which", "anyone", "someone",
    "everyone", "such", "another", "last", "only", "other",
}  # fmt: skip
_ONE_PRONOUN_AFTER = {"of", "another", "'s", "\u2019s", "or"}
_ONE_COMPOUNDS = {"off", "sided", "time", "way", "on", "man", "party", "size", "stop", "shot",
                  "liner", "horse"}  # fmt: skip
_YEAR_LEAD_WORDS = {
    "the", "in", "since", "of", "by", "until", "till", "from", "to", "and", "or", "early",
    "late", "mid", "spring", "summer", "autumn", "fall", "winter", "fiscal", "between",
    "during", "before", "after", "through", "a", "its", "their", "his", "her",
}  # fmt: skip
_TARGET_WORD = re.compile(r"[^\W\d_][\w'\u2019]*(?:-[\w'\u2019]+)*")


def _previous_word(segment: str, pos: int) -> tuple[str, int]:
    """The word right before ``pos`` (only spaces between) and where it starts; ``""`` when
    punctuation or nothing comes first."""
    m = re.search(r"([\w'\u2019.]+)\s*$", segment[:pos])
    return (m.group(1), m.start(1)) if m else ("", pos)


def _sentence_initial(segment: str, pos: int) -> bool:
    return not re.search(r"[^\W\d_]", segment[:pos])


def _target(segment: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase the number ending at ``pos`` quantifies (relative offsets)."""
    if segment[pos : pos + 1] == "-":  # "32-member alliance"
        pos += 1
    elif not segment[pos : pos + 1].isspace():
        return None
    words: list[tuple[int, int]] = []
    while len(words) < 4:
        gap = re.match(r"\s*", segment[pos:]).end()
        if words and gap == 0:
            break
        m = _TARGET_WORD.match(segment, pos + gap)
        if not m:
            break
        written = m.group()
        word = written.lower().replace("\u2019", "'").rstrip("'")
        if word in _STOP or word in _VERBS or _is_adverb(word):
            break
        if words and word.endswith(("ed", "ing")):
            break
        words.append((m.start(), m.end()))
        pos = m.end()
        if written[:1].islower() and _is_plural(word):
            break
    if len(words) == 1 and segment[words[0][0] : words[0][1]].lower().endswith("ed"):
        return None  # "12 killed": a verb, not a noun phrase
    return (words[0][0], words[-1][1]) if words else None


def _is_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _is_plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)
    )


def _word_value(words: str) -> float | None:
    """Value of "thirty-two", "two hundred and fifty", "three million"; None if malformed."""
    tokens = [t.lower() for t in re.split(r"\s+and\s+|\s+|-", words) if t]
    total, current, last = 0.0, 0.0, None
    for token in tokens:
        if token in _UNITS or token in _TENS:
            value = _UNITS.get(token, _TENS.get(token))
            if last in ("unit", "teen") or (last == "ten" and token not in _UNITS):
                return None  # "two three", "twenty thirty"
            if last == "ten" and _UNITS[token] >= 10:
                return None  # "twenty twelve"
            current += value
            last = "ten" if token in _TENS else ("teen" if value >= 10 else "unit")
        elif token == "hundred":
            if last is None or last == "hundred":
                return None
            current = (current or 1) * 100
            last = "hundred"
        else:
            if last is None:
                return None
            total += (current or 1) * _SCALES[token]
            current, last = 0.0, "scale"
    return total + current


def find_numbers(text: str, sentence: SentenceSpan) -> list[Claim]:
    """Number claims in one sentence of ``text``, in order; see the module docstring."""
    segment = text[sentence.start : sentence.end]
    base = sentence.start
    dates = [(s - base, e - base) for s, e in date_spans(text, sentence)]

    def in_date(s: int, e: int) -> bool:
        return any(s < b and e > a for a, b in dates)

    claims: list[Claim] = []

    def add(s: int, e: int, value: float, unit: str | None, target) -> None:
        claims.append(
            Claim(
                type="number",
                text=segment[s:e],
                value=value,
                start=base + s,
                end=base + e,
                sentence=sentence,
                target=(base + target[0], base + target[1]) if target else None,
                unit=unit,
            )
        )

    for m in _DIGITS.finditer(segment):
        s, e = m.start(), m.end()
        num_s, num_e = m.span("num")
        if in_date(num_s, num_e):
            continue
        if (
            re.match(r"0\d", m["num"])
            or re.match(r" \d", segment[e : e + 2])
            or re.search(r"\d $", segment[max(0, s - 3) : s])  # a window: not quadratic
        ):
            continue  # "0800 028 9276": a phone number or code, not a count
        after = segment[e : e + 1]
        if after.isalnum() or after == "_" or _CLOCK.match(segment, num_e):
            continue  # "10am", "5G", "1990s", "3rd", "3 p.m."
        if after == "-" and not re.match(r"-[^\W\d_]", segment[e:]):
            continue
        prev, _ = _previous_word(segment, s)
        cur = m["cur"]
        if (
            not cur
            and prev[:1].isupper()
            and not prev.lower().endswith(("'s", "\u2019s"))
            and prev.lower() not in _COUNT_LEAD_WORDS
        ):
            continue  # "Article 5", "No. 10", "Resolution 2231", "PlayStation 3"
        scale_word = m["suffix"] or m["scale"]
        value = float(m["num"].replace(",", "")) * (_SCALES[scale_word] if scale_word else 1)
        target = _target(segment, e)
        if (
            m["suffix"] in ("m", "k")
            and not cur
            and _unit(None, False, None, segment, target) is None
        ):
            continue  # "4.88m", "the 100m": metres as often as millions
        plain = not (cur or scale_word or m["pct"] or m["pctw"])
        if (
            plain
            and re.fullmatch(r"1[89]\d\d|2[01]\d\d", m["num"])
            and (target is None or prev.lower() in _YEAR_LEAD_WORDS)
        ):
            continue  # a year: "the 2024 summit", "in 2024"
        unit = _unit(cur, bool(m["pct"] or m["pctw"]), scale_word, segment, target)
        if unit == "%" and target is None:
            target = _share_of(segment, e)
        add(s, e, value, unit, _past_currency(segment, target))

    for m in _WORDS.finditer(segment):
        s, e = m.span("words")
        words = m["words"]
        if in_date(s, e) or any(s < c.end - base and e > c.start - base for c in claims):
            continue
        first = re.match(r"[A-Za-z]+", words).group().lower()
        scale_first = first in ("hundred", "thousand", "million", "billion", "trillion")
        if scale_first and not m["a"]:
            continue  # "thousand", "million": no count written
        if scale_first:  # "a million people"
            s, words = m.start(), f"one {words}"
        elif words[:1].isupper() and not _sentence_initial(segment, s):
            continue  # "the Guildford Four", "Ocean's Eleven"
        value = _word_value(words)
        if value is None:
            continue
        if re.match(
            r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", segment[e:], re.I
        ):
            continue  # "twenty-first": an ordinal
        target = _target(segment, e)
        if words.lower() == "one" and _one_is_pronoun(segment, s, e, target):
            continue
        last = re.findall(r"[A-Za-z]+", words)[-1].lower()
        scale_word = last if last in ("thousand", "million", "billion", "trillion") else None
        unit = _unit(None, False, scale_word, segment, target)
        add(s, e, value, unit, target)

    claims += _percent_ranges(segment, base, sentence, claims)
    claims.sort(key=lambda c: c.start)
    return _shared_units(text, _ages(text, claims))


_PERCENT_RANGE = re.compile(
    r"(?<![\w.,\-\u2013])(?P<a>\d+(?:\.\d+)?)\s?[-\u2013]\s?(?P<b>\d+(?:\.\d+)?)"
    r"(?:\s*%|\s+(?:per\s?cent|percent)\b)"
)


def _percent_ranges(
    segment: str, base: int, sentence: SentenceSpan, found: list[Claim]
) -> list[Claim]:
    """"20-25%": a range of percentages is two figures, each a percentage (a score or a
    span of years has no % after it)."""
    out = []
    for m in _PERCENT_RANGE.finditer(segment):
        if any(base + m.start() < c.end and c.start < base + m.end() for c in found):
            continue
        for group in ("a", "b"):
            s, e = m.span(group)
            if group == "b":
                e = m.end()
            out.append(
                Claim(
                    type="number",
                    text=segment[s:e],
                    value=float(m[group]),
                    start=base + s,
                    end=base + e,
                    sentence=sentence,
                    unit="%",
                )
            )
    return out


_AGE_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*(?:,\s*|\s+\(\s*)\Z")
_AGE_AFTER = re.compile(r"\s*(?:[,;)]|\.(?!\d))")
_RANGE_START = re.compile(r"\b(?i:between|from)\s+\Z")
_RANGE_JOIN = re.compile(r"\s+(?:and|to)\s+\Z")


def _ages(text: str, claims: list[Claim]) -> list[Claim]:
    """"Steve Arthur, 46, from Leeds", "Ann Lee (71)": a bare whole number set off right
    after a name is the person's age, a number of years, not a count of anything."""
    out = []
    for c in claims:
        before = text[max(c.sentence.start, c.start - 40) : c.start]
        if (
            c.unit is None
            and c.text.isdigit()
            and 0 < c.value < 125
            and _AGE_BEFORE.search(before)
            and _AGE_AFTER.match(text, c.end)
        ):
            c = replace(c, unit="years", target=None)
        out.append(c)
    return out


def _shared_units(text: str, claims: list[Claim]) -> list[Claim]:
    """"between 59.50 and 80 euros", "from 5 to 7%": the first figure of a range is in
    the unit written after the second."""
    out = list(claims)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if (
            first.unit is None
            and second.unit is not None
            and first.target is None
            and _RANGE_JOIN.fullmatch(text, first.end, second.start)
            and _RANGE_START.search(text, first.sentence.start, first.start)
        ):
            out[i] = replace(first, unit=second.unit, target=second.target)
    return out


def _one_is_pronoun(segment: str, s: int, e: int, target: tuple[int, int] | None) -> bool:
    prev, _ = _previous_word(segment, s)
    nxt = re.match(r"(?:\s+|-)?([\w'\u2019]+)", segment[e:])
    following = nxt.group(1).lower() if nxt else ""
    hyphen = segment[e : e + 1] == "-"
    return (
        target is None
        or prev.lower() in _ONE_PRONOUN_BEFORE
        or following in _ONE_PRONOUN_AFTER
        or (hyphen and following in _ONE_COMPOUNDS)
        or segment[e : e + 2] in ("'s", "\u2019s")
    )


_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|all)(?=\s)")


def _share_of(segment: str, end: int) -> tuple[int, int] | None:
    """"97.3% of the voting shares": a percentage quantifies what it is a share of, when
    that is a noun phrase with its determiner ("2% of GDP" is left alone: a measure)."""
    m = _SHARE_OF.match(segment, end)
    return _target(segment, m.end()) if m else None


_CONVERSION = re.compile(r"\s*\([^()]*\)")


def _past_currency(segment: str, target: tuple[int, int] | None) -> tuple[int, int] | None:
    """"7.4bn Australian dollar ($5.8bn; £3bn) bid", "77m euros deal": when the words
    after a number only name its currency, the noun it quantifies comes after them (and
    after a side-by-side conversion in brackets); with none ("fined 77m euros."), the
    number quantifies nothing written."""
    if target is None:
        return None
    words = re.findall(r"[^\W\d_]+", segment[target[0] : target[1]].lower())
    currency = set(_CURRENCY_WORDS) | set(_DOLLAR_ADJECTIVES) | {"new", "hong"}
    if not words or not all(w in currency for w in words):
        return target
    pos = target[1]
    bracket = _CONVERSION.match(segment, pos)
    if bracket:
        pos = bracket.end()
    return _target(segment, pos)


def _unit(cur: str | None, percent: bool, scale: str | None, segment: str, target) -> str | None:
    if cur:
        return _CURRENCY_SIGNS[cur]
    if target:
        written = re.findall(r"[^\W\d_]+", segment[target[0] : target[1]].lower())
        if written and written[0] in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[written[0]]
        for adjective, noun in zip(written, written[1:], strict=False):
            if noun in ("dollar", "dollars") and adjective in _DOLLAR_ADJECTIVES:
                return _DOLLAR_ADJECTIVES[adjective]
    if percent:
        return "%"
    return _SCALE_NAMES.get(scale, scale) if scale else None


# --------------------------------------------------------------------------- scores, ranks

_ONE_SET = r"\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\w/%\-\u2013]|[.,:]\d)"
_SCORE = re.compile(
    rf"(?<![\w.,/:\-\u2013$€£¥]){_ONE_SET}"
    rf"(?:\s+\(\d{{1,3}}\s?[-\u2013]\s?\d{{1,3}}\))?(?:\s+{_ONE_SET}(?:\s+\(\d{{1,3}}\s?[-\u2013]\s?\d{{1,3}}\))?)*"
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
_ORDINAL = re.compile(
    r"(?<![\w\-])(?:(?P<digits>\d{1,4})(?:st|nd|rd|th)"
    rf"|(?:(?P<tens>{'|'.join(_TENS)})-)?(?P<word>{'|'.join(_ORDINAL_WORDS)}))(?![\w\-])",
    re.I,
)


def _outside_dates(
    pattern: re.Pattern[str], text: str, sentence: SentenceSpan
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of ``pattern`` in the sentence (matched on the sentence's own text) with
    their offsets in ``text``, leaving out those that overlap one of its dates."""
    base = sentence.start
    dates = date_spans(text, sentence)
    for m in pattern.finditer(text[sentence.start : sentence.end]):
        s, e = base + m.start(), base + m.end()
        if not any(s < b and e > a for a, b in dates):
            yield m, s, e


def find_scores(text: str, sentence: SentenceSpan) -> list[Claim]:
    """Results written "3-2", "17-18", "7-5 6-4", "7-6 (8-6) 6-2" (a set-by-set result is
    one claim): each a claim whose value is a ``facts.Score`` and whose unit is "score".
    Ranges of years ("2023-24") and dates are not scores; neither is a figure glued to a
    word or sign ("F-16", "$3-4")."""
    from ..facts import parse_score

    claims = []
    for m, s, e in _outside_dates(_SCORE, text, sentence):
        claims.append(
            Claim(
                type="number",
                text=m.group(),
                value=parse_score(m.group()),
                start=s,
                end=e,
                sentence=sentence,
                unit="score",
            )
        )
    return claims


def find_ordinals(text: str, sentence: SentenceSpan) -> list[Claim]:
    """Ranks written "eighth", "twenty-first", "3rd", "123rd": claims whose value is the
    rank and whose unit is "ordinal", with the words they rank as ``target`` ("eighth
    title"). Days of dates ("3rd August") are not ranks."""
    segment = text[sentence.start : sentence.end]
    base = sentence.start
    claims = []
    for m, s, e in _outside_dates(_ORDINAL, text, sentence):
        if m["digits"]:
            value = float(m["digits"])
        else:
            value = float(_ORDINAL_WORDS[m["word"].lower()])
            if m["tens"]:
                if value >= 10:
                    continue  # "twenty-tenth": not a number
                value += _TENS[m["tens"].lower()]
        target = _target(segment, m.end())
        claims.append(
            Claim(
                type="number",
                text=m.group(),
                value=value,
                start=s,
                end=e,
                sentence=sentence,
                target=(base + target[0], base + target[1]) if target else None,
                unit="ordinal",
            )
        )
    return claims

