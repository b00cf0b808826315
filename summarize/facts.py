"""The YAML fact table: schema, validation with line numbers, loading.

CONTRACT ONLY (being implemented): the dataclasses and signatures below are what
``claims/`` and ``checker.py`` build on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

FACT_TYPES = ("date", "place", "person", "organization", "entities", "number")


@dataclass(frozen=True)
class DateValue:
    """A date at a stated precision: a day, a month, a year, or an interval of days.

    ``start`` and ``end`` are the first and last day covered (equal for a day).
    ``precision`` is ``"day"``, ``"month"``, ``"year"`` or ``"interval"``.
    """

    start: date
    end: date
    precision: str

    def __str__(self) -> str: ...


@dataclass(frozen=True)
class Fact:
    """One verified fact. ``value`` is a ``DateValue`` (date), a ``str`` (place, person,
    organization), a ``tuple[str, ...]`` (entities) or a ``float`` (number).
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

    def expected(self) -> str:
        """The value as shown in reports (``Washington, D.C.``, ``2024-07-09/2024-07-11``)."""
        ...


@dataclass(frozen=True)
class FactTable:
    path: str
    facts: tuple[Fact, ...]
    title: str | None = None
    date: DateValue | None = None


def parse_facts(text: str, path: str = "<facts>") -> FactTable:
    """Validate and load a fact table; InputError ``path:LINE: message`` on the first problem."""
    raise NotImplementedError


def load_facts(path: str) -> FactTable:
    """Read ``path`` and ``parse_facts`` it; InputError naming the file when unreadable."""
    raise NotImplementedError
