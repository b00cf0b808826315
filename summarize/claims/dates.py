"""Finding dates in a sentence: days, months, years, intervals and weekdays.

A news article states dates in many shapes ("April 3, 2024", "3 April 2024",
"Wednesday (3 April 2024)", "2024-04-03", "July 9-11", "9 to 11 July", "in July",
"on Wednesday"); each becomes a ``Claim`` whose value is a ``DateValue`` at the precision
the article states, so that the checker can ask whether it lies within the fact's date.

Decisions worth knowing:

- A date written without a year takes ``default_year``; when that is the year of
  ``reference`` (not a year written earlier in the sentence), it is the occurrence nearest
  ``reference`` instead, a year back or forward ("31 December" in a February story is the
  December just past, "June 24" the coming June, "in November" the nearest November).
  With no ``default_year`` such a date
  cannot be judged, so it is skipped (no claim) -- but its span is still reserved, so none of
  its parts is read as something else (a bare month, a number).
- "June 24 and 25", "24 and 25 June" are the days stated (consecutive days an interval,
  others ``DateValue.of_days``); "April 3 and 14 people" is one day.
- A weekday alone ("on Wednesday", "last Monday") resolves against ``reference``: plain or
  "this" to the nearest such day within three days before or after (every weekday occurs
  exactly once in that window), "last" to the most recent one before, "next" to the first
  one after. With no ``reference`` it is skipped.
- A weekday that is part of a date ("Wednesday, April 3, 2024") yields no claim of its own:
  when it contradicts a date whose year is written, the date's claim has
  ``inconsistent=True``. When the year is only inferred (``default_year``), a weekday that
  fits the neighbouring year across a new year instead picks that year (an article from
  January saying "Friday, December 27": October-December may move back a year,
  January-March forward); otherwise it is inconsistent.
- Month names that are also words or names are read only where a date is meant: a bare
  month needs a day, a year, or a context word ("in", "since", "until", "by", "last",
  "next", "this", "early", "late", "mid-", "from", "before", "after", "during", "end of",
  ...); "May", "June", "April" and "August" right after a capitalised word ("Theresa May
  2019") are taken as names; lower-case "march"/"may" never match; abbreviations ("Apr.",
  "Sept.") need a day or a year.
- A date without a year after one with a written year in the same sentence takes that
  year. "last November" and "next July" count back or forward from ``reference``'s month;
  "April of last year", "March 14 next year" shift ``default_year``.
- A four-digit year alone is a year claim only after a context word ("in 2024", "by 2030")
  or between a determiner and the noun it dates ("its 2001 acquisition", "the 2005 Bafta
  awards"; not "the 2000 people"). A year followed by a time zone ("from 2010 GMT") is a
  time.
- Holiday and newspaper names ("Good Friday", "Black Friday", "the Sunday Times") are not
  weekdays, nor is a weekday that modifies a noun naming a kind of thing ("GMTV's Sunday
  programme", "a Sunday paper", "the Saturday edition", "the Sunday roast").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..facts import DateValue
from ..text.segment import SentenceSpan
from . import Claim

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTHS.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
     "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
)  # fmt: skip
_WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}

# Months that are also given names: not a date right after a capitalised word.
_NAME_MONTHS = {"april", "may", "june", "august"}
# Capitalised words after which such a month is still a date.
_DATE_LEAD_WORDS = {
    "on", "in", "since", "until", "till", "by", "the", "from", "of", "last", "next", "this",
    "early", "late", "mid", "between", "and", "to", "through", "before", "after", "during",
    "dated", "published", "updated", "posted", "effective", "due", "as", "around", "at",
}  # fmt: skip
_HOLIDAY_WORDS = {
    "ash", "good", "black", "super", "cyber", "holy", "maundy", "easter", "bloody", "blue",
    "fat", "shrove", "palm", "mothering", "low", "whit", "trinity", "girl", "man",
}  # fmt: skip
_PAPER_WORDS = {
    "times", "telegraph", "mirror", "express", "people", "herald", "post", "independent",
    "mail", "sport", "star", "record", "night", "tribune", "observer",
}  # fmt: skip
_MODIFIED_NOUNS = {
    "programme", "programmes", "program", "programs", "show", "shows", "edition", "editions",
    "paper", "papers", "newspaper", "newspapers", "tabloid", "tabloids", "supplement",
    "magazine", "column", "columnist", "broadcast", "bulletin", "slot", "schedule",
    "service", "services", "roast", "roasts", "school", "schools", "league", "leagues",
    "best", "shift", "shifts", "trading",
}  # fmt: skip
"""Nouns a weekday modifies in either case ("GMTV's Sunday programme", "a Sunday paper",
"the Sunday roast"): a kind of thing, not a day."""
# "night" is there for "Saturday Night Live"-style titles: "Saturday night" (lower case)
# is still a weekday, and the check below is case-sensitive on the next word.


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_FULL = _alternation([*MONTH_NAMES, *(m.upper() for m in MONTH_NAMES)])
_ABBR = _alternation(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                      "Oct", "Nov", "Dec"])  # fmt: skip
MONTH = rf"(?:(?:{_FULL})(?![A-Za-z])|(?:{_ABBR})(?![A-Za-z])\.?)"
FULL_MONTH = rf"(?:{_alternation(MONTH_NAMES)})(?![A-Za-z])"
WEEKDAY = rf"(?:{_alternation([*WEEKDAY_NAMES, *(w.upper() for w in WEEKDAY_NAMES)])})(?![A-Za-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:%]|[.,]\d)"
YEAR = (
    r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,\-\u2013]\d"
    r"|\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|hrs|hours)\b)"  # "from 2010 GMT": a time
)
# Range connectors: dashes, or words between spaces ("and" only after "between").
CONN = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|through|until|till|and)\s+)"
_WD_SEP = r"(?:\s*\(\s*|,\s*|\s+)"

_ISO = re.compile(r"(?<![\w\-/.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w\-/]|\.\d)")
_MONTH_FIRST = re.compile(
    rf"(?:(?P<wd>{WEEKDAY})(?P<wsep>{_WD_SEP}))?"
    rf"(?P<m>{MONTH})\s+(?P<d>{DAY})"
    rf"(?:(?P<conn>{CONN})(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}))?"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
_DAY_FIRST = re.compile(
    rf"(?:(?P<wd>{WEEKDAY})(?P<wsep>{_WD_SEP})(?:the\s+)?)?"
    rf"(?<![\w$\u20ac\u00a3\u00a5.,:/\-\u2013])(?P<d>{DAY})"
    rf"(?:(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?P<conn>{CONN})(?P<d2>{DAY}))?"
    rf"\s+(?:of\s+)?(?P<m>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
_MONTH_RANGE = re.compile(
    rf"\b(?i:between|from)\s+(?P<m1>{FULL_MONTH})(?:,?\s+(?P<y1>{YEAR}))?"
    rf"(?P<conn>\s+(?:and|to|until|till|through)\s+|\s*[-\u2013]\s*)"
    rf"(?P<m>{FULL_MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)
_MONTH_YEAR = re.compile(rf"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})")
_CONTEXT = (
    r"in|since|until|till|by|last|next|this|early|late|mid|from|through|before|after|during"
    r"|around|throughout|(?:end|beginning|start|middle|rest|half)\s+of"
)
_BARE_MONTH = re.compile(rf"\b(?P<ctx>(?i:{_CONTEXT}))(?:\s+|-)(?P<m>{FULL_MONTH})")
_POSSESSIVE_MONTH = re.compile(
    rf"\b(?P<m>{_alternation(m for m in MONTH_NAMES if m.lower() not in _NAME_MONTHS)})"
    r"(?=['\u2019]s\b)"
)
_YEAR_ALONE = re.compile(
    rf"\b(?i:in|since|until|till|by|during|before|after|from|through|throughout|early|late"
    rf"|mid|(?:end|beginning|start|middle|rest|half)\s+of)(?:\s+|-)(?P<y>{YEAR})"
    # not a count: "in 2000 cases", "by 2030 percent", "in 1500 million"
    r"(?!\s*(?:%|per\s*cent|percent|million|billion|thousand|bn\b|m\b|[a-z]+[^s\W]s\b))"
)
# "its 2001 acquisition", "the 2005 Bafta film awards": a year that dates the noun after it
# (not "the 2000 people": a plural noun after it makes it a count).
_YEAR_MODIFIER = re.compile(
    rf"\b(?i:the|its|their|his|her|our|this|that|a|an)\s+(?P<y>{YEAR})"
    r"(?=\s+(?![a-z]+[^s\W]s\b|(?:people|men|women|children|staff|police)\b)[A-Za-z])"
)
# "June or July", "on Tuesday or on Wednesday", "April 3, or April 4"
_OR = re.compile(r",?\s+or\s+(?:(?i:on|in|at|by|during|until)\s+)?")
_OR_MONTH = re.compile(rf"(?P<m>{FULL_MONTH})(?:,?\s+(?P<y>{YEAR}))?")
_OR_YEAR = re.compile(
    rf"(?P<y>{YEAR})(?!\s*(?:%|per\s*cent|percent|million|billion|thousand|bn\b|m\b))"
)
_WEEKDAY_ALONE = re.compile(rf"(?:\b(?P<ctx>(?i:last|next|this))\s+)?(?P<wd>{WEEKDAY})(?!s\b)")


# Cheap tests that let a sentence skip the patterns that cannot match in it.
_HAS_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", re.I)
_HAS_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_HAS_YEAR = re.compile(r"\d\d\d\d")


@lru_cache(maxsize=256)
def _markers(segment: str) -> tuple[bool, bool, bool]:
    """Whether ``segment`` holds a month's name, a year's four digits, a weekday: each
    sentence is scanned for dates more than once (the article's first full date, then its
    dates), and most of the work on a sentence without them is this test."""
    return (
        _HAS_MONTH.search(segment) is not None,
        _HAS_YEAR.search(segment) is not None,
        _HAS_WEEKDAY.search(segment) is not None,
    )


@dataclass(frozen=True)
class _Found:
    """A resolved date before it becomes a Claim; ``year_written`` says whether the
    article wrote its year (only those count for ``first_full_date``)."""

    start: int
    end: int
    value: DateValue | None
    inconsistent: bool = False
    year_written: bool = False
    weekday_only: bool = False
    alternatives: tuple[DateValue, ...] = ()


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _previous_word(segment: str, pos: int) -> str:
    # a window before ``pos``, not the whole prefix: searching that is quadratic
    m = re.search(r"([\w'\u2019.]+)[ \t]*$", segment[max(0, pos - 80) : pos])
    return m.group(1) if m else ""


def _is_name(segment: str, month_start: int, month_word: str) -> bool:
    """``Theresa May``, ``June Carter``: a name-like month after a capitalised word."""
    if month_word.rstrip(".").lower() not in _NAME_MONTHS or not month_word[1:].islower():
        return False
    prev = _previous_word(segment, month_start)
    return (
        prev[:1].isupper()
        and prev.rstrip(".").lower() not in _DATE_LEAD_WORDS
        and prev.lower() not in _WEEKDAYS
    )


_RELATIVE_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b", re.I)
_YEAR_SHIFT = {"last": -1, "next": 1, "this": 0}


def _year_without_number(
    segment: str, end: int, default_year: int | None
) -> tuple[int | None, int]:
    """The year of a date written without one, and where the date ends: "March 14 last
    year" and "April of next year" shift ``default_year``."""
    m = _RELATIVE_YEAR.match(segment, end)
    if m and default_year is not None:
        return default_year + _YEAR_SHIFT[m["rel"].lower()], m.end()
    return default_year, end


def _after_between(segment: str, pos: int) -> bool:
    return re.search(r"\b(?i:between)\s+$", segment[:pos]) is not None


def _month_span(year: int, month: int) -> DateValue:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return DateValue(date(year, month, 1), nxt - timedelta(days=1), "month")


def _check_weekday(weekday: str | None, day: date, year_written: bool) -> tuple[date, bool]:
    """Return the (possibly year-corrected) day and whether its weekday contradicts it."""
    if weekday is None:
        return day, False
    wanted = _WEEKDAYS[weekday.lower()]
    if day.weekday() == wanted:
        return day, False
    if not year_written:
        # Only across a nearby new year: "Friday, December 27" in a January article.
        for year in (
            (day.year - 1,) if day.month >= 10 else (day.year + 1,) if day.month <= 3 else ()
        ):
            try:
                other = day.replace(year=year)
            except ValueError:  # 29 February
                continue
            if other.weekday() == wanted:
                return other, False
    return day, True


def _nearest_year(
    month: int, day: int, default_year: int | None, reference: date | None
) -> int | None:
    """The year of a date written without one: of the occurrences in the year before, the
    year of and the year after ``reference``, the nearest to it ("31 December" in a February
    story is the December just past; "June 24" in February is the coming June). Only
    when ``default_year`` is the reference's own year (not a year written earlier in the
    sentence)."""
    if reference is None or default_year != reference.year:
        return default_year

    def distance(year: int) -> tuple[int, int]:
        try:
            when = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            return (10**6, 0)
        return (abs((when - reference).days), year > reference.year)

    return min((default_year - 1, default_year, default_year + 1), key=distance)


def _plural_after(segment: str, pos: int) -> bool:
    """Whether a plural noun follows ``pos`` ("April 3 and 14 people")."""
    m = re.match(r"\s+([a-z]+)", segment[pos:])
    if not m:
        return False
    word = m.group(1)
    return word in ("people", "men", "women", "children", "police", "staff") or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


def _day_claim(
    m: re.Match,
    segment: str,
    default_year: int | None,
    *,
    first: str,
    reference: date | None = None,
) -> _Found | None:
    """Resolve a month-first or day-first match (single day, interval, or days joined by
    "and")."""
    s, e = m.start(), m.end()
    weekday = m.group("wd")
    if weekday is not None:
        if "(" in m.group("wsep"):
            close = re.match(r"\s*\)", segment[e:])
            if close:
                e += close.end()
            else:
                s, weekday = m.start(first), None
    conn = m.group("conn")
    joined = bool(conn) and conn.strip() == "and" and not _after_between(segment, s)
    if joined and (
        _plural_after(segment, m.end("d2"))
        or _day(m.group("d2")) <= _day(m.group("d"))
        or (first == "m" and m.group("m2"))
    ):
        # "April 3 and 14 people": not two days; read the first day alone.
        single = m.re.match(segment, m.start(), m.start("conn"))
        if first == "d" or single is None:
            return None
        return _day_claim(single, segment, default_year, first=first, reference=reference)
    month_word = m.group("m")
    if _is_name(segment, m.start("m"), month_word):
        return None
    year_written = m.group("y") is not None
    if year_written:
        year = int(m.group("y"))
    else:
        written_end = e
        year, e = _year_without_number(segment, e, default_year)
        if e == written_end:  # no "last year" / "next year" after it
            opening = m.group("m1") if first == "d" and m.group("m1") else month_word
            year = _nearest_year(_month(opening), _day(m.group("d")), year, reference)
    if year is None:
        return _Found(s, e, None)
    try:
        month = _month(month_word)
        d1 = _day(m.group("d"))
        if m.group("d2") is None:
            day, bad = _check_weekday(weekday, date(year, month, d1), year_written)
            return _Found(s, e, DateValue(day, day, "day"), bad, year_written)
        d2 = _day(m.group("d2"))
        if first == "m":  # "July 30 - August 2": the first month is m, the second m2
            m1, m2 = month, _month(m.group("m2")) if m.group("m2") else month
        else:  # "30 July - 2 August": the first month is m1 (if written), the second m
            m1, m2 = (_month(m.group("m1")) if m.group("m1") else month), month
        begin, end = date(year, m1, d1), date(year, m2, d2)
    except ValueError:  # impossible day ("April 31")
        return _Found(s, e, None)
    if joined:  # "June 24 and 25", "3 and 10 June": separate days, both stated
        return _Found(s, e, DateValue.of_days((begin, end)), False, year_written)
    if end < begin:
        if m1 == m2:
            return _Found(s, e, None)
        # "December 30 - January 2": the interval crosses a new year.
        if year_written:
            begin = begin.replace(year=year - 1)
        else:
            end = end.replace(year=year + 1)
    begin, bad = _check_weekday(weekday, begin, True) if weekday else (begin, False)
    return _Found(s, e, DateValue(begin, end, "interval"), bad, year_written)


def _scan(segment: str, default_year: int | None, reference: date | None) -> list[_Found]:
    """Every date in ``segment`` (offsets relative to it), in order. A date without a year
    after one with a written year in the same sentence takes that year ("on December 4th,
    2011, and Elizabeth on December 7th")."""
    found = _scan_once(segment, default_year, reference)
    anchors = [
        (f.start, f.value.start.year)
        for f in found
        if f.year_written and f.value is not None and f.value.precision != "year"
    ]
    if not anchors:
        return found
    rescanned: dict[int, dict[tuple[int, int], _Found]] = {}
    for i, f in enumerate(found):
        if f.year_written or f.weekday_only:
            continue
        before = [year for start, year in anchors if start < f.start]
        if not before or before[-1] == default_year:
            continue
        year = before[-1]
        if year not in rescanned:
            again = _scan_once(segment, year, reference)
            rescanned[year] = {(g.start, g.end): g for g in again}
        found[i] = rescanned[year].get((f.start, f.end), f)
    return found


def _scan_once(segment: str, default_year: int | None, reference: date | None) -> list[_Found]:
    """Every date in ``segment`` (offsets relative to it), earlier patterns first."""
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(item: _Found | None) -> None:
        if item is not None and free(item.start, item.end):
            taken.append((item.start, item.end))
            found.append(item)

    has_month, has_year, has_weekday = _markers(segment)
    for m in _ISO.finditer(segment) if has_year else ():
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        add(_Found(m.start(), m.end(), DateValue(day, day, "day"), year_written=True))
    for m in _MONTH_FIRST.finditer(segment) if has_month else ():
        if free(m.start(), m.end()):
            add(_day_claim(m, segment, default_year, first="m", reference=reference))
    for m in _DAY_FIRST.finditer(segment) if has_month else ():
        if free(m.start(), m.end()):
            add(_day_claim(m, segment, default_year, first="d", reference=reference))
    for m in _MONTH_RANGE.finditer(segment) if has_month else ():
        s, e = m.start("m1"), m.end()
        if not free(s, e):
            continue
        y2 = int(m["y"]) if m["y"] else default_year
        y1 = int(m["y1"]) if m["y1"] else y2
        if y1 is None or y2 is None:
            add(_Found(s, e, None))
            continue
        first, last = _month_span(y1, _month(m["m1"])), _month_span(y2, _month(m["m"]))
        if last.end < first.start and not m["y1"]:
            first = _month_span(y2 - 1, _month(m["m1"]))
        if last.end < first.start:
            continue
        add(_Found(s, e, DateValue(first.start, last.end, "interval"), year_written=bool(m["y"])))
    for m in _MONTH_YEAR.finditer(segment) if has_month and has_year else ():
        if _is_name(segment, m.start(), m["m"]):
            continue
        span = _month_span(int(m["y"]), _month(m["m"]))
        add(_Found(m.start(), m.end(), span, year_written=True))
    for pattern in (_BARE_MONTH, _POSSESSIVE_MONTH) if has_month else ():
        for m in pattern.finditer(segment):
            s, e = m.start("m"), m.end("m")
            if not free(s, e):
                continue
            number = _month(m["m"])
            year, e = _year_without_number(segment, e, default_year)
            if e == m.end("m") and reference is not None and "ctx" in m.groupdict():
                context = m["ctx"].lower()
                if context == "last":  # the latest such month before the reference's
                    year = reference.year - (number >= reference.month)
                elif context == "next":
                    year = reference.year + (number <= reference.month)
                else:  # "in November": the nearest November
                    year = _nearest_year(number, 15, year, reference)
            elif e == m.end("m"):
                year = _nearest_year(number, 15, year, reference)
            add(_Found(s, e, _month_span(year, number) if year else None))
    for f in list(found) if has_month else ():
        # the second of two months ("in June or July") needs no context word of its own
        if f.value is not None and f.value.precision != "month":
            continue
        joint = _OR.match(segment, f.end)
        m = _OR_MONTH.match(segment, joint.end()) if joint else None
        if m is None or not free(m.start(), m.end()):
            continue
        year = int(m["y"]) if m["y"] else f.value.start.year if f.value else None
        add(_Found(m.start(), m.end(), _month_span(year, _month(m["m"])) if year else None))
    for m in _YEAR_ALONE.finditer(segment) if has_year else ():
        y = int(m["y"])
        if not 1800 <= y <= 2199:
            continue
        add(
            _Found(
                m.start("y"),
                m.end("y"),
                DateValue(date(y, 1, 1), date(y, 12, 31), "year"),
                year_written=True,
            )
        )
    for m in _YEAR_MODIFIER.finditer(segment) if has_year else ():
        y = int(m["y"])
        if 1800 <= y <= 2199:
            add(_Found(m.start("y"), m.end("y"), DateValue.year(y), year_written=True))
    for f in list(found) if has_year else ():
        # the second of two years ("in 2025 or 2026") needs no context word either
        if f.value is None or f.value.precision != "year":
            continue
        joint = _OR.match(segment, f.end)
        m = _OR_YEAR.match(segment, joint.end()) if joint else None
        if m is not None and free(m.start(), m.end()):
            y = int(m["y"])
            add(_Found(m.start(), m.end(), DateValue.year(y), year_written=True))
    weekdays = _WEEKDAY_ALONE.finditer(segment) if has_weekday else ()
    for m in weekdays:
        s, e = m.start("wd"), m.end("wd")
        if not free(s, e) or _is_holiday(segment, s, e):
            continue
        day = _resolve_weekday(m["wd"], (m["ctx"] or "").lower(), reference)
        add(_Found(s, e, DateValue(day, day, "day") if day else None, weekday_only=True))
    found.sort(key=lambda f: f.start)
    return _either_or(segment, found)


def _either_or(segment: str, found: list[_Found]) -> list[_Found]:
    """Join dates written as alternatives ("June or July", "Tuesday or Wednesday") into
    one date whose value spans them and whose ``alternatives`` are each of them."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None or not _OR.fullmatch(segment, prev.end, f.start):
            out.append(f)
            continue
        value = None
        alternatives: tuple[DateValue, ...] = ()
        if prev.value is not None and f.value is not None:
            alternatives = (*(prev.alternatives or (prev.value,)), *(f.alternatives or (f.value,)))
            first = min(a.start for a in alternatives)
            last = max(a.end for a in alternatives)
            value = DateValue(first, last, "interval")
        out[-1] = _Found(
            prev.start,
            f.end,
            value,
            prev.inconsistent or f.inconsistent,
            prev.year_written and f.year_written,
            prev.weekday_only and f.weekday_only,
            alternatives,
        )
    return out


def _is_holiday(segment: str, s: int, e: int) -> bool:
    """``Good Friday``, ``the Sunday Times``, ``the Mail on Sunday``, ``GMTV's Sunday
    programme``."""
    prev = _previous_word(segment, s)
    if prev[:1].isupper() and prev.lower() in _HOLIDAY_WORDS:
        return True
    nxt = re.match(r"[ \t]+([A-Z]\w*)", segment[e:])
    if nxt and nxt.group(1).lower() in _PAPER_WORDS:
        return True
    noun = re.match(r"[ \t]+([\w-]+)", segment[e:])
    if noun and noun.group(1).lower() in _MODIFIED_NOUNS:
        return True
    return re.search(r"\bMail on\s+$", segment[max(0, s - 40) : s]) is not None


def _resolve_weekday(name: str, context: str, reference: date | None) -> date | None:
    if reference is None:
        return None
    ahead = (_WEEKDAYS[name.lower()] - reference.weekday()) % 7  # 0..6 days forward
    if context == "last":
        delta = ahead - 7
    elif context == "next":
        delta = ahead or 7
    else:
        delta = ahead if ahead <= 3 else ahead - 7
    return reference + timedelta(days=delta)


def find_dates(
    text: str,
    sentence: SentenceSpan,
    *,
    default_year: int | None,
    reference: date | None,
) -> list[Claim]:
    """Date claims in one sentence of ``text``, in order; see the module docstring."""
    segment = text[sentence.start : sentence.end]
    base = sentence.start
    return [
        Claim(
            type="date",
            text=segment[f.start : f.end],
            value=f.value,
            start=base + f.start,
            end=base + f.end,
            sentence=sentence,
            inconsistent=f.inconsistent,
            alternatives=f.alternatives,
        )
        for f in _scan(segment, default_year, reference)
        if f.value is not None
    ]


def date_spans(text: str, sentence: SentenceSpan) -> list[tuple[int, int]]:
    """Offsets (into ``text``) of every date expression in the sentence, resolvable or
    not, weekdays alone excluded: the number finder skips the digits inside them."""
    segment = text[sentence.start : sentence.end]
    base = sentence.start
    return [
        (base + f.start, base + f.end) for f in _scan(segment, 2000, None) if not f.weekday_only
    ]


def first_full_date(text: str, sentences: Iterable[SentenceSpan]) -> date | None:
    """The first date in the article written with day, month and year (for an interval,
    its first day): the article's own date, from which undated mentions take their year."""
    for sentence in sentences:
        segment = text[sentence.start : sentence.end]
        for f in _scan(segment, None, None):
            if f.value is not None and f.year_written and f.value.precision in ("day", "interval"):
                return f.value.start
    return None
