"""The YAML fact table: schema, validation with line numbers, loading.

A fact table is what a fact-checker has verified about a story (see
README.md, "The fact table"). It is read with a ``yaml.SafeLoader`` subclass and
*composed* into YAML nodes rather than constructed into Python objects: nothing is ever
instantiated from a tag, every key and value keeps the line it came from, duplicate keys
stay visible, and scalars keep the text as written (so ``aliases: [No]`` is Norway, not
``False``, and ``2024-04-03`` stays a string for ``DateValue.parse``).

Validation collects every problem it can find and raises one ``FactTableError`` (an
``InputError``) whose message has one ``PATH:LINE: ...`` line per problem, sorted by line,
the way a compiler reports errors (problems on one line keep the order they were found).
"""

from __future__ import annotations

import calendar
import difflib
import math
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import InputError

FACT_TYPES = ("date", "place", "person", "organization", "entities", "number")
NAME_TYPES = ("place", "person", "organization")
"""Fact types whose value is one name (a ``str``) with a list of ``aliases``."""

TOP_LEVEL_KEYS = ("title", "date", "facts")
FACT_KEYS = (
    "id", "type", "value", "aliases", "cues", "not", "subject", "about", "tolerance", "unit",
    "reference",
)  # fmt: skip
REQUIRED_FACT_KEYS = ("id", "type", "value", "cues")
DATE_PRECISIONS = ("day", "month", "year", "interval", "days")
DATE_FORMS = "2024-04-03, 2024-07, 2024 or 2024-07-09/2024-07-11"

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})\Z")
_YEAR = re.compile(r"(\d{4})\Z")

# Tags the safe loader resolves plain YAML to; anything else (!!python/..., !custom) is refused.
_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(
    _YAML_TAG + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class DateValue:
    """A date at a stated precision: a day, a month, a year, an interval of days, or
    separate days ("June 24 and 26").

    ``start`` and ``end`` are the first and last day covered (equal for a day).
    ``precision`` is ``"day"``, ``"month"``, ``"year"``, ``"interval"`` or ``"days"``;
    ``days`` lists the separate days of a ``"days"`` value (empty otherwise).
    """

    start: date
    end: date
    precision: str
    days: tuple[date, ...] = ()

    def __post_init__(self) -> None:
        if self.precision not in DATE_PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")
        if self.end < self.start:
            raise ValueError(f"interval ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def day(cls, value: date) -> DateValue:
        return cls(value, value, "day")

    @classmethod
    def month(cls, year: int, month: int) -> DateValue:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> DateValue:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def interval(cls, start: date, end: date) -> DateValue:
        return cls(start, end, "interval")

    @classmethod
    def of_days(cls, days: Iterable[date]) -> DateValue:
        """Separate days ("June 24 and 26"); one day is a day, consecutive days an interval."""
        unique = tuple(sorted(set(days)))
        if not unique:
            raise ValueError("a list of days needs at least one day")
        if len(unique) == 1:
            return cls.day(unique[0])
        if (unique[-1] - unique[0]).days == len(unique) - 1:
            return cls.interval(unique[0], unique[-1])
        return cls(unique[0], unique[-1], "days", unique)

    def each_day(self) -> tuple[date, ...] | None:
        """The days a day, an interval or a list of days covers; None for a month or a year."""
        if self.precision == "days":
            return self.days
        if self.precision in ("day", "interval"):
            count = (self.end - self.start).days + 1
            return tuple(self.start + timedelta(days=i) for i in range(count))
        return None

    @classmethod
    def parse(cls, text: str) -> DateValue:
        """Read ``2024-04-03``, ``2024-07``, ``2024`` or ``2024-07-09/2024-07-11``.

        Raises ``ValueError`` with a message fit for a user (``impossible date
        '2024-02-30' (day is out of range for month)``).
        """
        text = str(text).strip()
        if "/" in text:
            first, _, last = text.partition("/")
            start, end = _parse_day(first.strip(), whole=text), _parse_day(last.strip(), whole=text)
            if end < start:
                raise ValueError(f"interval '{text}' ends before it starts")
            return cls.interval(start, end)
        if _DAY.match(text):
            return cls.day(_parse_day(text, whole=text))
        match = _MONTH.match(text)
        if match:
            year, month = int(match[1]), int(match[2])
            if not 1 <= month <= 12:
                raise ValueError(f"impossible date '{text}' (month must be in 1..12)")
            return cls.month(year, month)
        match = _YEAR.match(text)
        if match:
            year = int(match[1])
            if year < 1:
                raise ValueError(f"impossible date '{text}' (year must be 1 or later)")
            return cls.year(year)
        raise ValueError(f"invalid date '{text}' (expected {DATE_FORMS})")

    def contains(self, other: DateValue | date) -> bool:
        """Whether every day of ``other`` lies within this value (``2024-07`` contains
        ``2024-07-09/2024-07-11`` and ``2024-07-10``, not ``2024``)."""
        start, end = _bounds(other)
        if self.precision == "days":
            days = other.each_day() if isinstance(other, DateValue) else (other,)
            return days is not None and set(days) <= set(self.days)
        return self.start <= start and end <= self.end

    def overlaps(self, other: DateValue | date) -> bool:
        """Whether this value and ``other`` share at least one day."""
        start, end = _bounds(other)
        return self.start <= end and start <= self.end

    def __contains__(self, other: DateValue | date) -> bool:
        return self.contains(other)

    def __str__(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "days":
            return ", ".join(day.isoformat() for day in self.days)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _bounds(value: DateValue | date) -> tuple[date, date]:
    if isinstance(value, DateValue):
        return value.start, value.end
    return value, value


def _parse_day(text: str, *, whole: str) -> date:
    match = _DAY.match(text)
    if not match:
        raise ValueError(
            f"invalid date '{whole}' (an interval is two days, e.g. 2024-07-09/2024-07-11)"
        )
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"impossible date '{text}' ({exc})") from None


@dataclass(frozen=True)
class Fact:
    """One verified fact. ``value`` is a ``DateValue`` (date), a ``str`` (place, person,
    organization), a ``tuple[str, ...]`` (entities) or a ``float`` (number; a
    ``(low, high)`` pair of floats for a range written ``[7.17, 8.24]``).
    ``not_cues`` are longer phrases in which a cue does not count ("semi-final" for the
    cue "final"); ``reference`` is the date that dates written without a year are read
    against for this fact, when the table's ``date`` is not the right anchor.
    ``aliases`` maps each accepted name to the canonical one: for names, every alias
    maps to ``value``; for entities, each member's aliases map to that member.
    ``line`` is where the fact starts in the YAML file (1-based)."""

    id: str
    type: str
    value: object
    cues: tuple[str, ...]
    aliases: dict[str, str] = field(default_factory=dict)
    subject: tuple[str, ...] = ()
    about: str | None = None
    tolerance: float | None = None
    unit: str | None = None
    line: int = 0
    not_cues: tuple[str, ...] = ()
    reference: DateValue | None = None

    @property
    def unit_kind(self) -> Unit:
        """The parsed ``unit`` (see ``parse_unit``); a count when none is written."""
        return parse_unit(self.unit)

    def names(self) -> dict[str, str]:
        """Every accepted name (canonical values first, then aliases) -> canonical name.
        Empty for date and number facts."""
        if self.type in NAME_TYPES:
            canonical: tuple[str, ...] = (str(self.value),)
        elif self.type == "entities":
            canonical = tuple(self.value)  # type: ignore[arg-type]
        else:
            return {}
        names = {name: name for name in canonical}
        for alias, target in self.aliases.items():
            names.setdefault(alias, target)
        return names

    def expected(self) -> str:
        """The value as shown in reports (``Washington, D.C.``, ``2024-07-09/2024-07-11``)."""
        if self.type == "entities":
            return ", ".join(self.value)  # type: ignore[arg-type]
        if self.type == "number" and isinstance(self.value, Score):
            return str(self.value)
        if self.type == "number" and self.unit_kind.kind == "ordinal":
            return _ordinal(self.value)  # type: ignore[arg-type]
        if self.type == "number":
            if isinstance(self.value, tuple):
                text = "-".join(format_number(v) for v in self.value)
            else:
                text = format_number(self.value)  # type: ignore[arg-type]
            if self.unit:
                text = f"{text} {self.unit}"
            if self.tolerance:
                text = f"{text} ±{format_number(self.tolerance)}"
            return text
        return str(self.value)


def _ordinal(value: float | tuple) -> str:
    """``8`` -> ``8th``, ``21`` -> ``21st``, ``[2, 3]`` -> ``2nd-3rd``."""
    if isinstance(value, tuple):
        return "-".join(_ordinal(v) for v in value)
    number = format_number(value)
    if not float(value).is_integer():
        return number
    whole = int(value)
    suffix = "th" if 10 <= whole % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
    return f"{number}{suffix}"


def format_number(value: float) -> str:
    """``32.0`` -> ``32``, ``2.5`` -> ``2.5``, ``1e11`` -> ``100000000000``."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


# --------------------------------------------------------------------------- units

CURRENCIES = {
    "£": "£", "gbp": "£", "pound": "£", "pounds": "£", "sterling": "£",
    "$": "$", "us$": "$", "usd": "$", "dollar": "$", "dollars": "$",
    "a$": "A$", "aud": "A$", "c$": "C$", "cad": "C$", "nz$": "NZ$", "nzd": "NZ$",
    "hk$": "HK$", "hkd": "HK$",
    "€": "€", "eur": "€", "euro": "€", "euros": "€",
    "¥": "¥", "jpy": "¥", "yen": "¥", "cny": "yuan", "yuan": "yuan", "rmb": "yuan",
    "chf": "CHF", "franc": "CHF", "francs": "CHF", "inr": "₹", "₹": "₹", "rupee": "₹",
    "rupees": "₹", "rs": "₹",
    "pence": "pence", "p": "pence", "penny": "pence",
    "cents": "cents", "cent": "cents", "c": "cents",
}  # fmt: skip
"""Every way a table or an article names a currency -> the sign claims and facts share.
Pence and cents are currencies of their own: a price per share in pence is not compared
with a total in pounds."""

DOLLAR_COUNTRIES = {  # "Australian dollars", "US dollars": the dollar of which country
    "us": "$", "american": "$", "australian": "A$", "au": "A$", "canadian": "C$", "ca": "C$",
    "zealand": "NZ$", "nz": "NZ$", "kong": "HK$", "hk": "HK$",
}  # fmt: skip
CURRENCY_FORMS = "£, $, US$, A$, C$, NZ$, HK$, €, ¥, pence, cents, or a code such as GBP"
SCALE_WORDS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
PERCENT_WORDS = ("%", "percent", "per cent", "pc")
_UNIT_TOKEN = re.compile(r"[A-Za-z]{0,3}\$|[£€¥₹%]|[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|\S")


@dataclass(frozen=True)
class Unit:
    """What a number counts: ``kind`` is ``money`` (with ``currency``, a sign of
    ``CURRENCIES``), ``percent``, or ``count`` (with the counted ``noun`` when written:
    "seats", "years", "mph"); ``scale`` is the multiplier of a scale word ("£ million")."""

    kind: str
    currency: str | None = None
    noun: str | None = None
    scale: float = 1.0

    def __str__(self) -> str:
        return self.currency or ("%" if self.kind == "percent" else self.noun or "count")


COUNT = Unit("count")
SCORE_UNITS = ("score", "result")
ORDINAL_UNITS = ("ordinal", "rank", "position", "place")


@dataclass(frozen=True)
class Score:
    """A result such as "3-2" or "17-18" (the two sides' figures, as written), or a
    tennis result set by set ("7-5 6-4": ``more`` holds the sets after the first)."""

    first: int
    second: int
    more: tuple[tuple[int, int], ...] = ()

    def sets(self) -> tuple[tuple[int, int], ...]:
        return ((self.first, self.second), *self.more)

    def __str__(self) -> str:
        return " ".join(f"{a}-{b}" for a, b in self.sets())

    def same_result(self, other: object) -> bool:
        """The same figures, in either order ("won 3-2" and "lost 2-3" state one result;
        "7-5 6-4" and "5-7 4-6" too)."""
        if not isinstance(other, Score):
            return False
        flipped = tuple((b, a) for a, b in other.sets())
        return self.sets() in (other.sets(), flipped)


_SET = re.compile(r"(\d{1,3})\s*[-\u2013]\s*(\d{1,3})(?:\s*\(\d{1,3}\s*[-\u2013]\s*\d{1,3}\))?")
_AFTER_SCORE = re.compile(r"\s+(?:after|aet|a\.e\.t\.|on)\b.*\Z")


def parse_score(text: str) -> Score | None:
    """ "3-2", "17-18", "2-0 after extra time", "7-5 6-4", "7-6 (8-6) 6-2" -> Score; None
    when ``text`` is not a score (tie-break figures in brackets are not kept)."""
    text = _AFTER_SCORE.sub("", str(text).strip())
    sets = []
    pos = 0
    while pos < len(text):
        m = _SET.match(text, pos)
        if not m:
            return None
        sets.append((int(m[1]), int(m[2])))
        pos = m.end()
        spaces = re.match(r"\s*", text[pos:]).end()
        if pos + spaces < len(text) and not spaces:
            return None
        pos += spaces
    if not sets:
        return None
    return Score(sets[0][0], sets[0][1], tuple(sets[1:]))


def parse_unit(text: str | None) -> Unit:
    """Read a unit as a table or a claim writes it: "£ billion", "A$", "pence", "%",
    "per cent", "seats", "million people", None (a count). Raises ``ValueError`` for a
    currency sign or code that is not known ("Kr", "XYZ", "₽") or a unit mixing kinds
    ("£ %")."""
    if text is None or not str(text).strip():
        return COUNT
    raw = str(text).strip()
    folded = re.sub(r"\s+", " ", raw.lower())
    if folded in PERCENT_WORDS or folded.replace(" ", "") in ("percent", "%"):
        return Unit("percent")
    if folded in SCORE_UNITS:
        return Unit("score")
    if folded in ORDINAL_UNITS:
        return Unit("ordinal")
    currency = noun = None
    percent = False
    scale = 1.0
    words: list[str] = []
    for token in _UNIT_TOKEN.findall(raw):
        low = token.lower()
        if low in CURRENCIES and (low not in ("p", "c") or len(raw) <= 2):
            sign = CURRENCIES[low]
            if currency is not None and currency != sign:
                raise ValueError(f"unit '{raw}' names two currencies")
            currency = sign
        elif low in SCALE_WORDS:
            scale *= SCALE_WORDS[low]
        elif low in ("%", "percent", "pc"):
            percent = True
        elif low in DOLLAR_COUNTRIES:
            words.append(token)
        elif token.isupper() and 2 <= len(token) <= 3 and token.isalpha():
            raise ValueError(
                f"unknown currency '{token}' in unit '{raw}' (expected {CURRENCY_FORMS})"
            )
        elif re.fullmatch(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", token):
            words.append(token)
        else:
            raise ValueError(
                f"unknown unit '{raw}' (expected a currency: {CURRENCY_FORMS}; '%'; or a "
                "counted noun such as seats, people, years)"
            )
    if percent and (currency or words):
        raise ValueError(f"unit '{raw}' mixes a percentage with another unit")
    if percent:
        return Unit("percent", scale=scale)
    if currency == "$":  # "Australian dollars", "Hong Kong dollars"
        for word in words:
            currency = DOLLAR_COUNTRIES.get(word.lower(), currency)
    if currency:
        return Unit("money", currency=currency, scale=scale)
    if words:
        noun = " ".join(words)
    return Unit("count", noun=noun, scale=scale)


@dataclass(frozen=True)
class FactTable:
    path: str
    facts: tuple[Fact, ...]
    title: str | None = None
    date: DateValue | None = None
    warnings: tuple[Problem, ...] = ()
    """Things that load but are probably not what the author meant (a name given twice,
    an alias list that YAML split at a comma); ``Problem.format`` gives ``PATH:LINE: ...``."""

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def get(self, fact_id: str) -> Fact | None:
        """The fact with this id, or None."""
        return next((fact for fact in self.facts if fact.id == fact_id), None)


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a fact table, at a 1-based line (0 when no line applies)."""

    line: int
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}: {self.message}" if self.line else f"{path}: {self.message}"


class FactTableError(InputError):
    """A fact table that cannot be used. ``problems`` lists every problem found; the
    message has one ``PATH:LINE: ...`` line per problem, in line order."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = tuple(sorted(problems, key=lambda problem: problem.line))
        super().__init__("\n".join(problem.format(path) for problem in self.problems))


# --------------------------------------------------------------------------- loading


# A fact table is five levels deep; PyYAML composes recursively, so a table nested a
# thousand levels deep would end in a RecursionError instead of a message with a line.
MAX_DEPTH = 64


class _FactLoader(yaml.SafeLoader):
    """Safe YAML, composed to nodes only: tags are resolved to names, never constructed;
    nesting deeper than ``MAX_DEPTH`` is an error at the line where it passes the limit."""

    _depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_facts(path: str) -> FactTable:
    """Read ``path`` (``-`` for stdin) and ``parse_facts`` it; InputError naming the file
    when it is missing, unreadable or not UTF-8."""
    from .text.read import read_limited  # size cap, and /dev/zero refused at once

    shown = "<stdin>" if path == "-" else str(path)
    try:
        if path == "-":
            data = read_limited(sys.stdin.buffer, shown)
        else:
            with Path(path).open("rb") as stream:
                data = read_limited(stream, shown)
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory, not a fact table") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactTableError(shown, [Problem(line, "not UTF-8 text")]) from None
    return parse_facts(text, shown)


def parse_facts(text: str, path: str = "<facts>") -> FactTable:
    """Validate and load a fact table.

    Raises ``FactTableError`` (an ``InputError``) listing every problem as
    ``path:LINE: message``; a YAML syntax error stops at that one problem.
    """
    try:
        root = yaml.compose(text, Loader=_FactLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = ", ".join(part for part in (exc.context, exc.problem) if part)
        raise FactTableError(path, [Problem(line, f"invalid YAML: {problem}")]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line = text.count("\n", 0, exc.position) + 1
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        problem = f"invalid YAML: {exc.reason} (character U+{character:04X})"
        raise FactTableError(path, [Problem(line, problem)]) from None
    validator = _Validator()
    table = validator.table(root, path)
    if validator.problems:
        raise FactTableError(path, validator.problems)
    if validator.warnings:
        table = replace(
            table, warnings=tuple(sorted(validator.warnings, key=lambda w: w.line))
        )
    return table


# --------------------------------------------------------------------------- validation


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _YAML_TAG + "null":
        return "empty"
    return f"'{node.value}'"


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


class _Validator:
    """Walks composed YAML nodes, collecting ``Problem``s and building the table."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def warn(self, node_or_line: yaml.Node | int, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else _line(node_or_line)
        self.warnings.append(Problem(line, message))

    def problem(self, node_or_line: yaml.Node | int, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else _line(node_or_line)
        self.problems.append(Problem(line, message))

    # ---- structure

    def table(self, root: yaml.Node | None, path: str) -> FactTable:
        if root is None:
            self.problem(1, "empty fact table (expected a mapping with a 'facts' list)")
            return FactTable(path, ())
        self.check_tags(root)
        if self.problems:
            # A tagged node is not plain YAML; its content is not worth judging further.
            return FactTable(path, ())
        if not isinstance(root, yaml.MappingNode):
            self.problem(
                root,
                f"a fact table is a mapping with a 'facts' list, not {_kind(root)}",
            )
            return FactTable(path, ())
        entries = self.mapping(root, TOP_LEVEL_KEYS, "")
        title = self.text(entries["title"], "'title'") if "title" in entries else None
        reference = None
        if "date" in entries:
            reference = self.date(entries["date"][1], "'date'")
        facts: list[Fact] = []
        if "facts" not in entries:
            self.problem(root, "missing 'facts' (a list of facts)")
        else:
            node = entries["facts"][1]
            if not isinstance(node, yaml.SequenceNode):
                self.problem(node, f"'facts' must be a list of facts, not {_kind(node)}")
            elif not node.value:
                self.problem(node, "'facts' is empty (a fact table needs at least one fact)")
            else:
                facts = self.facts(node)
        return FactTable(path, tuple(facts), title=title, date=reference)

    def check_tags(self, root: yaml.Node) -> None:
        """Refuse any tag that is not plain YAML (``!!python/object``, ``!custom``)."""
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if node.tag == _YAML_TAG + "merge":
                self.problem(
                    node,
                    "merge keys ('<<') are not supported "
                    "(write the keys out, or share a value with &anchor and *alias)",
                )
            elif node.tag not in _PLAIN_TAGS:
                self.problem(
                    node,
                    f"YAML tag '{_short_tag(node.tag)}' is not allowed "
                    "(fact tables are plain YAML: no tags)",
                )
            if isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
            elif isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    stack.extend((key, value))

    def mapping(
        self, node: yaml.MappingNode, allowed: tuple[str, ...], label: str
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Keys -> (key node, value node); reports unknown, duplicate and non-text keys."""
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.problem(key, f"{label}keys must be words, not {_kind(key)}")
                continue
            name = key.value
            if name in entries:
                first = _line(entries[name][0])
                self.problem(key, f"{label}duplicate key '{name}' (first on line {first})")
                continue
            if name not in allowed:
                self.problem(key, f"{label}unknown key '{name}' ({_suggest(name, allowed)})")
                continue
            entries[name] = (key, value)
        return entries

    def facts(self, node: yaml.SequenceNode) -> list[Fact]:
        facts: list[Fact] = []
        seen: dict[str, int] = {}
        for number, item in enumerate(node.value, start=1):
            fact = self.fact(item, number, seen)
            if fact is not None:
                facts.append(fact)
        return facts

    def fact(self, node: yaml.Node, number: int, seen: dict[str, int]) -> Fact | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(
                node,
                f"fact #{number}: expected a mapping with id, type, value and cues, "
                f"not {_kind(node)}",
            )
            return None
        # The label comes first so every later message names the fact.
        id_entry = None
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id":
                id_entry = value
                break
        fact_id = None
        if isinstance(id_entry, yaml.ScalarNode) and id_entry.tag != _YAML_TAG + "null":
            fact_id = id_entry.value.strip()
        label = f"fact '{fact_id}': " if fact_id else f"fact #{number}: "
        entries = self.mapping(node, FACT_KEYS, label)
        ok = True
        for key in REQUIRED_FACT_KEYS:
            if key not in entries:
                self.problem(node, f"{label}missing '{key}'")
                ok = False

        if "id" in entries:
            id_node = entries["id"][1]
            if not fact_id or not isinstance(id_node, yaml.ScalarNode):
                self.problem(id_node, f"{label}'id' must be a name like 'summit-place'")
                ok = False
            elif not _ID.match(fact_id):
                self.problem(
                    id_node,
                    f"{label}invalid id '{fact_id}' (use lowercase words joined by '-', "
                    f"e.g. '{_suggest_id(fact_id)}')",
                )
                ok = False
            elif fact_id in seen:
                self.problem(
                    id_node, f"{label}duplicate id '{fact_id}' (first on line {seen[fact_id]})"
                )
                ok = False
            else:
                seen[fact_id] = _line(id_node)

        fact_type = None
        if "type" in entries:
            type_node = entries["type"][1]
            type_name = self.text(entries["type"], f"{label}'type'")
            if type_name is None:
                ok = False
            elif type_name not in FACT_TYPES:
                self.problem(
                    type_node,
                    f"{label}unknown type '{type_name}' (expected one of "
                    f"{', '.join(FACT_TYPES)})",
                )
                ok = False
            else:
                fact_type = type_name

        value = None
        if "value" in entries and fact_type is not None:
            value = self.value(entries["value"][1], fact_type, label)
            ok = ok and value is not None

        cues = self.names(entries["cues"], f"{label}'cues'") if "cues" in entries else None
        ok = ok and cues is not None
        subject: tuple[str, ...] | None = ()
        if "subject" in entries:
            subject = self.names(entries["subject"], f"{label}'subject'", allow_empty=True)
            ok = ok and subject is not None
        about = None
        if "about" in entries:
            about = self.text(entries["about"], f"{label}'about'")
            ok = ok and about is not None

        aliases: dict[str, str] | None = {}
        if "aliases" in entries and fact_type is not None:
            aliases = self.aliases(entries["aliases"], fact_type, value, label)
            ok = ok and aliases is not None

        tolerance = unit = None
        for key in ("tolerance", "unit"):
            if key in entries and fact_type is not None and fact_type != "number":
                self.problem(entries[key][0], f"{label}'{key}' applies only to number facts")
                ok = False
        if fact_type == "number":
            if "tolerance" in entries:
                tolerance = self.number(entries["tolerance"][1], f"{label}'tolerance'")
                if tolerance is not None and tolerance < 0:
                    self.problem(
                        entries["tolerance"][1],
                        f"{label}'tolerance' must not be negative (it is absolute: ± that much)",
                    )
                    tolerance = None
                ok = ok and tolerance is not None
            if "unit" in entries:
                unit = self.text(entries["unit"], f"{label}'unit'")
                if unit is not None:
                    try:
                        parse_unit(unit)
                    except ValueError as exc:
                        self.problem(entries["unit"][1], f"{label}'unit': {exc}")
                        unit = None
                ok = ok and unit is not None
            unit = self.check_score(entries, value, unit, label)
        not_cues: tuple[str, ...] | None = ()
        if "not" in entries:
            not_cues = self.names(entries["not"], f"{label}'not'")
            ok = ok and not_cues is not None
            if not_cues and cues:
                self.check_exclusions(entries["not"][1], not_cues, cues, label)
        reference = None
        if "reference" in entries:
            if fact_type is not None and fact_type != "date":
                self.problem(
                    entries["reference"][0], f"{label}'reference' applies only to date facts"
                )
                ok = False
            else:
                reference = self.date(entries["reference"][1], f"{label}'reference'")
                ok = ok and reference is not None
        if cues:
            self.check_repeats(entries["cues"][1], cues, f"{label}'cues'")

        if not ok:
            return None
        return Fact(
            id=fact_id,  # type: ignore[arg-type]
            type=fact_type,  # type: ignore[arg-type]
            value=value,
            cues=cues,  # type: ignore[arg-type]
            aliases=aliases,  # type: ignore[arg-type]
            subject=subject,  # type: ignore[arg-type]
            about=about,
            tolerance=tolerance,
            unit=unit,
            line=_line(node),
            not_cues=not_cues,  # type: ignore[arg-type]
            reference=reference,
        )

    # ---- values

    def value(self, node: yaml.Node, fact_type: str, label: str) -> object | None:
        what = f"{label}'value'"
        if fact_type == "date":
            if isinstance(node, yaml.SequenceNode):
                return self.date_list(node, what)
            return self.date(node, what)
        if fact_type == "number":
            if isinstance(node, yaml.SequenceNode):
                return self.number_range(node, what)
            if isinstance(node, yaml.ScalarNode) and parse_score(node.value) is not None:
                return parse_score(node.value)
            return self.number(node, what)
        if fact_type == "entities":
            if not isinstance(node, yaml.SequenceNode):
                self.problem(
                    node, f"{what} of an entities fact must be a list of names, not {_kind(node)}"
                )
                return None
            members = self.names((None, node), what, dedupe=False)
            if members is None:
                return None
            duplicates = _duplicates(members)
            if duplicates:
                self.problem(node, f"{what} names '{duplicates[0]}' twice")
                return None
            return members
        return self.scalar_text(node, what)

    def aliases(
        self, entry: tuple[yaml.Node, yaml.Node], fact_type: str, value: object, label: str
    ) -> dict[str, str] | None:
        key, node = entry
        what = f"{label}'aliases'"
        if fact_type in NAME_TYPES:
            names = self.names(entry, what, allow_empty=True)
            if names is None or value is None:
                return None
            self.check_repeats(node, names, what)
            for name in names:
                if name.casefold() == str(value).casefold():
                    self.warn(node, f"{what}: '{name}' is the value itself")
            if fact_type == "place":
                self.check_split_names(node, what)
            return {name: str(value) for name in names if name != value}
        if fact_type != "entities":
            self.problem(key, f"{what} apply only to {', '.join(NAME_TYPES)} and entities facts")
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(
                node,
                f"{what} of an entities fact must map each member to its other names "
                f"(North Korea: [DPRK]), not {_kind(node)}",
            )
            return None
        members = {name.casefold(): name for name in value} if value else {}
        result: dict[str, str] = {}
        ok = True
        for member_node, names_node in node.value:
            member_text = self.scalar_text(member_node, what)
            if member_text is None:
                ok = False
                continue
            member = members.get(member_text.casefold())
            if member is None:
                if value is not None:
                    self.problem(
                        member_node,
                        f"{what} for '{member_text}', which is not in the value "
                        f"({', '.join(value)})",  # type: ignore[arg-type]
                    )
                ok = False
                continue
            names = self.names(
                (member_node, names_node), f"{what} of '{member}'", allow_empty=True
            )
            if names is None:
                ok = False
                continue
            for name in names:
                other = members.get(name.casefold(), member)
                if other != member:
                    self.problem(
                        names_node, f"{what}: '{name}' is a member itself, not another name"
                    )
                    ok = False
                elif result.get(name, member) != member:
                    self.problem(
                        names_node,
                        f"{what}: '{name}' is given for both '{result[name]}' and '{member}'",
                    )
                    ok = False
                elif name != member:
                    result[name] = member
        return result if ok else None

    def check_score(
        self, entries: dict, value: object, unit: str | None, label: str
    ) -> str | None:
        """A score value ("3-2") is a score: its unit is ``score`` (set when not written);
        a fact with ``unit: score`` needs a score value."""
        kind = parse_unit(unit).kind if unit is not None and "unit" in entries else None
        if isinstance(value, Score):
            if unit is not None and kind != "score":
                self.problem(
                    entries["unit"][1],
                    f"{label}'unit': a score such as '{value}' has unit 'score', not '{unit}'",
                )
            return "score"
        if kind == "score" and value is not None:
            self.problem(
                entries["value"][1], f"{label}'value': a score is written like 3-2 or 17-18"
            )
        return unit

    def check_exclusions(
        self, node: yaml.Node, not_cues: tuple[str, ...], cues: tuple[str, ...], label: str
    ) -> None:
        """An exclusion is a longer phrase that contains a cue ("semi-final" for "final");
        one that contains none of the cues can never apply."""
        from .claims.cues import contains_cue

        for phrase in not_cues:
            if not any(contains_cue(phrase, cue) for cue in cues):
                self.warn(
                    node,
                    f"{label}'not': '{phrase}' contains none of the cues "
                    f"({', '.join(cues)}), so it excludes nothing",
                )

    def check_repeats(self, node: yaml.Node, names: tuple[str, ...], what: str) -> None:
        """Warn about a name given twice (up to case) in one list."""
        if not isinstance(node, yaml.SequenceNode):
            return
        items = [item.value.strip() for item in node.value if isinstance(item, yaml.ScalarNode)]
        for name in _duplicates(tuple(items)):
            self.warn(node, f"{what}: '{name}' is given twice")

    def check_split_names(self, node: yaml.Node, what: str) -> None:
        """``aliases: [Alexandria, Virginia]`` in flow style is two names: YAML splits at
        the comma. When an item is a country or region (in the offline gazetteer) and the
        item before it is not, the author probably meant one name, "Alexandria, Virginia"."""
        if not isinstance(node, yaml.SequenceNode) or not node.flow_style:
            return
        wide_places = _wide_places()

        def wide(name: str) -> bool:
            return " ".join(name.casefold().replace(".", "").split()) in wide_places

        items = [item for item in node.value if isinstance(item, yaml.ScalarNode)]
        for before, item in zip(items, items[1:], strict=False):
            if item.style is not None or before.style is not None:
                continue  # quoted: written as meant
            if wide(item.value) and not wide(before.value):
                joined = f"{before.value}, {item.value}"
                self.warn(
                    item,
                    f"{what}: '{before.value}' and '{item.value}' are two names (YAML splits "
                    f"[...] at commas); if one name was meant, quote it: \"{joined}\"",
                )

    def date_list(self, node: yaml.SequenceNode, what: str) -> DateValue | None:
        """``[2005-06-24, 2005-06-26]``: separate days, each a day."""
        days = [self.date(item, what) for item in node.value]
        if any(day is None for day in days):
            return None
        if not days:
            self.problem(node, f"{what}: an empty list of days (give at least one day)")
            return None
        wider = [day for day in days if day.precision != "day"]  # type: ignore[union-attr]
        if wider:
            self.problem(
                node,
                f"{what}: a list of dates holds single days (2024-07-09), not '{wider[0]}'",
            )
            return None
        return DateValue.of_days(day.start for day in days)  # type: ignore[union-attr]

    def number_range(self, node: yaml.SequenceNode, what: str) -> tuple[float, float] | None:
        """``[7.17, 8.24]``: a range, for figures written "between 7.17 and 8.24"."""
        if len(node.value) != 2:
            self.problem(
                node, f"{what}: a range is two numbers [low, high], not {len(node.value)}"
            )
            return None
        low, high = (self.number(item, what) for item in node.value)
        if low is None or high is None:
            return None
        if high < low:
            self.problem(node, f"{what}: the range [{format_number(low)}, "
                               f"{format_number(high)}] ends below where it starts")
            return None
        return (low, high)

    def date(self, node: yaml.Node, what: str) -> DateValue | None:
        text = self.scalar_text(node, what)
        if text is None:
            return None
        try:
            return DateValue.parse(text)
        except ValueError as exc:
            self.problem(node, f"{what}: {exc}")
            return None

    def number(self, node: yaml.Node, what: str) -> float | None:
        number = None
        if isinstance(node, yaml.ScalarNode) and node.tag not in (
            _YAML_TAG + "bool",
            _YAML_TAG + "null",
        ):
            try:
                number = float(node.value.replace("_", ""))
            except ValueError:
                number = None
        if number is None or not math.isfinite(number):
            self.problem(node, f"{what} must be a number, not {_kind(node)}")
            return None
        return number

    def scalar_text(self, node: yaml.Node, what: str) -> str | None:
        """The text of a non-empty scalar, as written."""
        if not isinstance(node, yaml.ScalarNode) or node.tag == _YAML_TAG + "null":
            self.problem(node, f"{what} must be text, not {_kind(node)}")
            return None
        text = node.value.strip()
        if not text:
            self.problem(node, f"{what} is empty")
            return None
        return text

    def text(self, entry: tuple[yaml.Node, yaml.Node], what: str) -> str | None:
        return self.scalar_text(entry[1], what)

    def names(
        self,
        entry: tuple[yaml.Node | None, yaml.Node],
        what: str,
        *,
        dedupe: bool = True,
        allow_empty: bool = False,
    ) -> tuple[str, ...] | None:
        """A list of texts (non-empty unless ``allow_empty``); one text is a list of one."""
        node = entry[1]
        if isinstance(node, yaml.ScalarNode) and node.tag != _YAML_TAG + "null":
            text = self.scalar_text(node, what)
            return None if text is None else (text,)
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list of words or names, not {_kind(node)}")
            return None
        if not node.value and not allow_empty:
            self.problem(node, f"{what} is empty (give at least one)")
            return None
        items = [self.scalar_text(item, what) for item in node.value]
        if any(item is None for item in items):
            return None
        return tuple(dict.fromkeys(items) if dedupe else items)  # type: ignore[arg-type]


_GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer.tsv"
# The gazetteer keeps one kind per name, so states that share a city's name ("Virginia",
# "Washington", "Georgia") are cities there; these follow a city after a comma as often.
_STATES_AND_NATIONS = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "England", "Scotland", "Wales", "Northern Ireland",
)  # fmt: skip


@lru_cache(maxsize=1)
def _wide_places() -> frozenset[str]:
    """Countries and regions (US states, nations of the UK, ...) of the offline gazetteer,
    folded: the names that follow a city after a comma ("Alexandria, Virginia")."""
    names = {name.casefold() for name in _STATES_AND_NATIONS}
    # One regular-expression scan picks the 500 country and region lines out of 45,000
    # (a loop over every line took 15-20 ms of each start; this takes 5).
    text = "\n" + _GAZETTEER.read_text(encoding="utf-8")
    for name in _WIDE_LINE.findall(text):
        names.add(" ".join(name.casefold().replace(".", "").split()))
    return frozenset(names)


_WIDE_LINE = re.compile(r"\n(?:country|region)\t([^\n]+)")


def _suggest(name: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, allowed, n=1)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"expected one of {', '.join(allowed)}"


def _suggest_id(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return "-".join(words) or "summit-place"


def _duplicates(names: tuple[str, ...]) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for name in names:
        if name.casefold() in seen:
            repeated.append(name)
        seen.add(name.casefold())
    return repeated
