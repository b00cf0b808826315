"""The YAML fact table: the seed table, every validation error with its line, date values."""

from __future__ import annotations

import io
import re
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.errors import InputError
from summarize.facts import (
    FACT_TYPES,
    DateValue,
    Fact,
    FactTable,
    FactTableError,
    load_facts,
    parse_facts,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FACTS = SEEDS / "facts.yaml"


def table(text: str) -> FactTable:
    return parse_facts(textwrap.dedent(text), "facts.yaml")


def errors(text: str) -> list[str]:
    """The lines of the error message for a table that must be refused."""
    with pytest.raises(InputError) as caught:
        table(text)
    return str(caught.value).splitlines()


VALID_FACT = """\
facts:
  - id: summit-place
    type: place
    value: Washington, D.C.
    cues: [summit]
"""


# --------------------------------------------------------------------------- the seed table


def test_seed_table_loads_with_verified_values():
    facts = load_facts(str(SEED_FACTS))
    assert facts.title == "NATO foreign ministers meeting, Brussels, April 2024"
    assert facts.date == DateValue.day(date(2024, 4, 3))
    by_id = {fact.id: fact for fact in facts}
    assert set(by_id) == {
        "meeting-date",
        "meeting-place",
        "summit-place",
        "summit-month",
        "russia-supporters",
        "nato-secretary-general",
    }
    assert by_id["meeting-date"].value == DateValue.day(date(2024, 4, 3))
    assert by_id["meeting-place"].value == "Brussels"
    assert by_id["summit-place"].value == "Washington, D.C."
    assert by_id["summit-place"].aliases["Washington"] == "Washington, D.C."
    assert by_id["summit-month"].value == DateValue.month(2024, 7)
    supporters = by_id["russia-supporters"]
    assert supporters.type == "entities"
    assert supporters.value == ("China", "North Korea", "Iran")
    assert supporters.aliases["DPRK"] == "North Korea"
    assert supporters.aliases["Pyongyang"] == "North Korea"
    assert "Russia" in supporters.subject and "Moscow" in supporters.subject
    chief = by_id["nato-secretary-general"]
    assert (chief.type, chief.value) == ("person", "Jens Stoltenberg")
    assert "Secretary General" in chief.cues
    assert "summit" in by_id["summit-place"].cues
    assert {"meeting", "foreign ministers", "gathered"} <= set(by_id["meeting-date"].cues)


def test_seed_facts_record_the_line_where_each_fact_starts():
    lines = SEED_FACTS.read_text(encoding="utf-8").splitlines()
    for fact in load_facts(str(SEED_FACTS)):
        assert lines[fact.line - 1].strip() == f"- id: {fact.id}"


def test_seed_fact_cues_and_names_appear_in_the_seed_article():
    article = (SEEDS / "nato-ukraine-2024-04-03.txt").read_text(encoding="utf-8").casefold()
    for fact in load_facts(str(SEED_FACTS)):
        assert any(cue.casefold() in article for cue in fact.cues), fact.id
        names = fact.names()
        for canonical in set(names.values()):
            spellings = [name for name, target in names.items() if target == canonical]
            assert any(name.casefold() in article for name in spellings), canonical


def test_expected_shows_values_as_reports_do():
    by_id = {fact.id: fact for fact in load_facts(str(SEED_FACTS))}
    assert by_id["summit-place"].expected() == "Washington, D.C."
    assert by_id["summit-month"].expected() == "2024-07"
    assert by_id["meeting-date"].expected() == "2024-04-03"
    assert by_id["russia-supporters"].expected() == "China, North Korea, Iran"


# --------------------------------------------------------------------------- values


def test_a_table_with_every_fact_type_loads():
    facts = table(
        """\
        title: Every type
        date: 2024
        facts:
          - id: summit-dates
            type: date
            value: 2024-07-09/2024-07-11
            cues: [summit]
          - id: chief
            type: person
            value: Jens Stoltenberg
            aliases: [Stoltenberg]
            cues: [secretary general]
          - id: alliance
            type: organization
            value: North Atlantic Treaty Organization
            aliases: NATO
            cues: alliance
          - id: member-count
            type: number
            value: 32
            tolerance: 0.5
            unit: countries
            cues: [member countries, allies]
          - id: budget
            type: number
            value: 1_000
            cues: [budget]
          - id: supporters
            type: entities
            value: [China, North Korea, Iran]
            aliases:
              north korea: [DPRK, Pyongyang]
              Iran: Tehran
            cues: [support]
            subject: [Russia]
            about: Who supports Russia
        """
    )
    by_id = {fact.id: fact for fact in facts}
    assert facts.date == DateValue.year(2024)
    assert by_id["summit-dates"].value == DateValue.interval(date(2024, 7, 9), date(2024, 7, 11))
    assert by_id["summit-dates"].expected() == "2024-07-09/2024-07-11"
    assert by_id["alliance"].aliases == {"NATO": "North Atlantic Treaty Organization"}
    assert by_id["alliance"].cues == ("alliance",)
    count = by_id["member-count"]
    assert (count.value, count.tolerance, count.unit) == (32.0, 0.5, "countries")
    assert count.expected() == "32 countries ±0.5"
    assert by_id["budget"].value == 1000.0
    assert by_id["budget"].expected() == "1000"
    supporters = by_id["supporters"]
    assert supporters.aliases == {
        "DPRK": "North Korea",
        "Pyongyang": "North Korea",
        "Tehran": "Iran",
    }
    assert supporters.names()["Iran"] == "Iran"
    assert supporters.about == "Who supports Russia"
    assert [fact.line for fact in facts] == [4, 8, 13, 18, 24, 28]


def test_names_are_kept_as_written_not_read_as_yaml_booleans():
    facts = table(
        """\
        facts:
          - id: nordic-capital
            type: place
            value: Oslo
            aliases: [No, Norge]
            cues: [capital]
        """
    )
    assert facts.facts[0].aliases == {"No": "Oslo", "Norge": "Oslo"}


def test_a_date_written_as_a_bare_year_or_month_keeps_its_precision():
    facts = table(
        """\
        facts:
          - {id: a, type: date, value: 2024, cues: [x]}
          - {id: b, type: date, value: 2024-07, cues: [x]}
          - {id: c, type: date, value: '2024-04-03', cues: [x]}
        """
    )
    assert [(str(f.value), f.value.precision) for f in facts] == [
        ("2024", "year"),
        ("2024-07", "month"),
        ("2024-04-03", "day"),
    ]


def test_an_anchored_value_can_be_shared_between_facts():
    facts = table(
        """\
        facts:
          - id: meeting-date
            type: date
            value: 2024-04-03
            cues: &meeting [meeting, foreign ministers]
          - id: meeting-place
            type: place
            value: Brussels
            cues: *meeting
        """
    )
    assert facts.facts[0].cues == facts.facts[1].cues == ("meeting", "foreign ministers")


# --------------------------------------------------------------------------- errors

TYPES = "date, place, person, organization, entities, number"

BAD_TABLES = {
    "unknown type": (
        """\
        facts:
          - id: summit-place
            type: city
            value: Washington
            cues: [summit]
        """,
        f"facts.yaml:3: fact 'summit-place': unknown type 'city' (expected one of {TYPES})",
    ),
    "unknown fact key": (
        VALID_FACT + "    cue: [meeting]\n",
        "facts.yaml:6: fact 'summit-place': unknown key 'cue' (did you mean 'cues'?)",
    ),
    "unknown top-level key": (
        "colour: red\n" + VALID_FACT,
        "facts.yaml:1: unknown key 'colour' (expected one of title, date, facts)",
    ),
    "duplicate id": (
        VALID_FACT + VALID_FACT[len("facts:\n") :],
        "facts.yaml:6: fact 'summit-place': duplicate id 'summit-place' (first on line 2)",
    ),
    "duplicate YAML key": (
        VALID_FACT + "    value: Vilnius\n",
        "facts.yaml:6: fact 'summit-place': duplicate key 'value' (first on line 4)",
    ),
    "duplicate top-level key": (
        "title: a\ntitle: b\n" + VALID_FACT,
        "facts.yaml:2: duplicate key 'title' (first on line 1)",
    ),
    "missing value": (
        """\
        facts:
          - id: summit-place
            type: place
            cues: [summit]
        """,
        "facts.yaml:2: fact 'summit-place': missing 'value'",
    ),
    "missing cues": (
        """\
        facts:
          - id: summit-place
            type: place
            value: Washington
        """,
        "facts.yaml:2: fact 'summit-place': missing 'cues'",
    ),
    "empty cues": (
        """\
        facts:
          - id: summit-place
            type: place
            value: Washington
            cues: []
        """,
        "facts.yaml:5: fact 'summit-place': 'cues' is empty (give at least one)",
    ),
    "missing id": (
        """\
        facts:
          - type: place
            value: Washington
            cues: [summit]
        """,
        "facts.yaml:2: fact #1: missing 'id'",
    ),
    "missing type": (
        """\
        facts:
          - id: summit-place
            value: Washington
            cues: [summit]
        """,
        "facts.yaml:2: fact 'summit-place': missing 'type'",
    ),
    "invalid id": (
        """\
        facts:
          - id: Summit Place
            type: place
            value: Washington
            cues: [summit]
        """,
        "facts.yaml:2: fact 'Summit Place': invalid id 'Summit Place' "
        "(use lowercase words joined by '-', e.g. 'summit-place')",
    ),
    "impossible date": (
        """\
        facts:
          - id: meeting-date
            type: date
            value: 2024-02-30
            cues: [meeting]
        """,
        "facts.yaml:4: fact 'meeting-date': 'value': impossible date '2024-02-30' "
        "(day is out of range for month)",
    ),
    "impossible month": (
        """\
        facts:
          - {id: summit-month, type: date, value: 2024-13, cues: [summit]}
        """,
        "facts.yaml:2: fact 'summit-month': 'value': impossible date '2024-13' "
        "(month must be in 1..12)",
    ),
    "not a date": (
        """\
        facts:
          - {id: summit-month, type: date, value: July 2024, cues: [summit]}
        """,
        "facts.yaml:2: fact 'summit-month': 'value': invalid date 'July 2024' "
        "(expected 2024-04-03, 2024-07, 2024 or 2024-07-09/2024-07-11)",
    ),
    "interval ending before it starts": (
        """\
        facts:
          - id: summit-dates
            type: date
            value: 2024-07-11/2024-07-09
            cues: [summit]
        """,
        "facts.yaml:4: fact 'summit-dates': 'value': interval '2024-07-11/2024-07-09' "
        "ends before it starts",
    ),
    "impossible reference date": (
        "date: 2023-02-29\n" + VALID_FACT,
        "facts.yaml:1: 'date': impossible date '2023-02-29' (day is out of range for month)",
    ),
    "entities not a list": (
        """\
        facts:
          - id: russia-supporters
            type: entities
            value: China
            cues: [support]
        """,
        "facts.yaml:4: fact 'russia-supporters': 'value' of an entities fact must be "
        "a list of names, not 'China'",
    ),
    "entity named twice": (
        """\
        facts:
          - id: russia-supporters
            type: entities
            value: [China, Iran, China]
            cues: [support]
        """,
        "facts.yaml:4: fact 'russia-supporters': 'value' names 'China' twice",
    ),
    "entity aliases as a list": (
        """\
        facts:
          - id: russia-supporters
            type: entities
            value: [China, North Korea]
            aliases: [DPRK]
            cues: [support]
        """,
        "facts.yaml:5: fact 'russia-supporters': 'aliases' of an entities fact must map each "
        "member to its other names (North Korea: [DPRK]), not a list",
    ),
    "aliases for a non-member": (
        """\
        facts:
          - id: russia-supporters
            type: entities
            value: [China, Iran]
            aliases:
              Syria: [Damascus]
            cues: [support]
        """,
        "facts.yaml:6: fact 'russia-supporters': 'aliases' for 'Syria', which is not in "
        "the value (China, Iran)",
    ),
    "number not a number": (
        """\
        facts:
          - id: member-count
            type: number
            value: thirty-two
            cues: [member countries]
        """,
        "facts.yaml:4: fact 'member-count': 'value' must be a number, not 'thirty-two'",
    ),
    "number given as yes": (
        """\
        facts:
          - {id: member-count, type: number, value: yes, cues: [members]}
        """,
        "facts.yaml:2: fact 'member-count': 'value' must be a number, not 'yes'",
    ),
    "negative tolerance": (
        """\
        facts:
          - id: member-count
            type: number
            value: 32
            tolerance: -1
            cues: [member countries]
        """,
        "facts.yaml:5: fact 'member-count': 'tolerance' must not be negative "
        "(it is absolute: ± that much)",
    ),
    "tolerance on a place": (
        VALID_FACT + "    tolerance: 1\n",
        "facts.yaml:6: fact 'summit-place': 'tolerance' applies only to number facts",
    ),
    "aliases on a date": (
        """\
        facts:
          - id: meeting-date
            type: date
            value: 2024-04-03
            aliases: [April 3]
            cues: [meeting]
        """,
        "facts.yaml:5: fact 'meeting-date': 'aliases' apply only to place, person, "
        "organization and entities facts",
    ),
    "empty value": (
        """\
        facts:
          - id: summit-place
            type: place
            value:
            cues: [summit]
        """,
        "facts.yaml:4: fact 'summit-place': 'value' must be text, not empty",
    ),
    "fact not a mapping": (
        "facts:\n  - summit-place\n",
        "facts.yaml:2: fact #1: expected a mapping with id, type, value and cues, "
        "not 'summit-place'",
    ),
    "empty file": ("", "facts.yaml:1: empty fact table (expected a mapping with a 'facts' list)"),
    "comments only": (
        "# nothing verified yet\n",
        "facts.yaml:1: empty fact table (expected a mapping with a 'facts' list)",
    ),
    "not a mapping": (
        "- id: summit-place\n",
        "facts.yaml:1: a fact table is a mapping with a 'facts' list, not a list",
    ),
    "missing facts": ("title: x\n", "facts.yaml:1: missing 'facts' (a list of facts)"),
    "empty facts": (
        "title: x\nfacts: []\n",
        "facts.yaml:2: 'facts' is empty (a fact table needs at least one fact)",
    ),
    "YAML syntax error": (
        VALID_FACT + "    about: [unclosed\n",
        "facts.yaml:7: invalid YAML: while parsing a flow sequence, expected ',' or ']', "
        "but got '<stream end>'",
    ),
    "tab indentation": (
        "facts:\n  - id: a\n\ttype: date\n",
        "facts.yaml:3: invalid YAML: while scanning for the next token, "
        "found character '\\t' that cannot start any token",
    ),
    "two documents": (
        VALID_FACT + "---\n" + VALID_FACT,
        "facts.yaml:6: invalid YAML: expected a single document in the stream, "
        "but found another document",
    ),
    "entity alias naming another member": (
        """\
        facts:
          - id: russia-supporters
            type: entities
            value: [China, Iran]
            aliases: {China: [Beijing, Iran]}
            cues: [support]
        """,
        "facts.yaml:5: fact 'russia-supporters': 'aliases': 'Iran' is a member itself, "
        "not another name",
    ),
    "one alias for two members": (
        """\
        facts:
          - id: russia-supporters
            type: entities
            value: [China, Iran]
            aliases:
              China: [Axis]
              Iran: [Axis]
            cues: [support]
        """,
        "facts.yaml:7: fact 'russia-supporters': 'aliases': 'Axis' is given for both "
        "'China' and 'Iran'",
    ),
    "merge key": (
        """\
        base: &base {type: place, cues: [summit]}
        facts:
          - <<: *base
            id: summit-place
            value: Washington
        """,
        "facts.yaml:3: merge keys ('<<') are not supported "
        "(write the keys out, or share a value with &anchor and *alias)",
    ),
    "python tag": (
        """\
        facts:
          - id: summit-place
            type: place
            value: !!python/name:os.system
            cues: [summit]
        """,
        "facts.yaml:4: YAML tag '!!python/name:os.system' is not allowed "
        "(fact tables are plain YAML: no tags)",
    ),
}


@pytest.mark.parametrize("text, expected", BAD_TABLES.values(), ids=BAD_TABLES.keys())
def test_bad_table_is_refused_with_file_and_line(text, expected):
    assert errors(text) == [expected]


def test_every_problem_is_reported_on_its_own_line_in_line_order():
    lines = errors(
        """\
        colour: red
        facts:
          - id: summit-place
            type: city
            value: Washington
            cues: [summit]
          - id: summit-place
            type: date
            value: 2024-02-30
            cues: [summit]
        """
    )
    assert [line.split(":")[1] for line in lines] == ["1", "4", "7", "9"]
    assert lines[2] == (
        "facts.yaml:7: fact 'summit-place': duplicate id 'summit-place' (first on line 3)"
    )


def test_error_lists_problems_as_data_too():
    with pytest.raises(FactTableError) as caught:
        table("facts:\n  - {id: a, type: city, value: x, cues: [y]}\n")
    assert caught.value.path == "facts.yaml"
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (2, f"fact 'a': unknown type 'city' (expected one of {', '.join(FACT_TYPES)})")
    ]


def test_python_object_tag_is_rejected_without_running_anything(tmp_path):
    target = tmp_path / "created-by-yaml"
    facts_file = tmp_path / "facts.yaml"
    facts_file.write_text(
        f"facts:\n  - !!python/object/apply:os.mkdir [{str(target)!r}]\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        load_facts(str(facts_file))
    assert str(caught.value) == (
        f"{facts_file}:2: YAML tag '!!python/object/apply:os.mkdir' is not allowed "
        "(fact tables are plain YAML: no tags)"
    )
    assert not target.exists()


def test_custom_local_tag_is_rejected():
    assert errors("facts: !include other.yaml\n") == [
        "facts.yaml:1: YAML tag '!include' is not allowed (fact tables are plain YAML: no tags)"
    ]


# --------------------------------------------------------------------------- files


def test_missing_file_is_an_input_error_naming_it(tmp_path):
    missing = tmp_path / "nope.yaml"
    with pytest.raises(InputError, match=r"^.*nope\.yaml: no such file$"):
        load_facts(str(missing))


def test_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        load_facts(str(tmp_path))
    assert str(caught.value) == f"{tmp_path}: is a directory, not a fact table"


def test_non_utf8_file_names_the_line(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_bytes(b"title: ok\ntitle2: caf\xe9\n")
    with pytest.raises(InputError) as caught:
        load_facts(str(path))
    assert str(caught.value) == f"{path}:2: not UTF-8 text"


def test_errors_use_the_path_as_given(tmp_path, monkeypatch):
    (tmp_path / "facts.yaml").write_text("facts: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as caught:
        load_facts("facts.yaml")
    assert str(caught.value).startswith("facts.yaml:1: ")


def test_dash_reads_the_table_from_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VALID_FACT.encode())))
    assert load_facts("-").facts[0].value == "Washington, D.C."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError, match=r"^<stdin>:1: empty fact table"):
        load_facts("-")


# --------------------------------------------------------------------------- DateValue


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("2024-04-03", date(2024, 4, 3), date(2024, 4, 3), "day"),
        ("2024-07", date(2024, 7, 1), date(2024, 7, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month"),
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("2024-07-09/2024-07-11", date(2024, 7, 9), date(2024, 7, 11), "interval"),
        ("2024-12-30/2025-01-02", date(2024, 12, 30), date(2025, 1, 2), "interval"),
    ],
)
def test_every_date_form_parses_and_prints_back(text, start, end, precision):
    value = DateValue.parse(text)
    assert (value.start, value.end, value.precision) == (start, end, precision)
    assert str(value) == text


@pytest.mark.parametrize(
    "text", ["2024-02-30", "2023-02-29", "2024-00", "2024-04-31", "24-04-03", "2024/07", "July"]
)
def test_impossible_or_malformed_dates_are_refused(text):
    with pytest.raises(ValueError):
        DateValue.parse(text)


def test_month_contains_days_and_intervals_inside_it():
    july = DateValue.parse("2024-07")
    assert july.contains(DateValue.parse("2024-07-09/2024-07-11"))
    assert july.contains(DateValue.parse("2024-07-31"))
    assert july.contains(date(2024, 7, 1))
    assert date(2024, 7, 10) in july
    assert not july.contains(DateValue.parse("2024-08-01"))
    assert not july.contains(DateValue.parse("2024-06-30/2024-07-02"))
    assert not july.contains(DateValue.parse("2024"))


def test_day_contains_only_itself():
    day = DateValue.day(date(2024, 4, 3))
    assert day.contains(DateValue.parse("2024-04-03"))
    assert not day.contains(DateValue.parse("2024-04"))
    assert not day.contains(date(2024, 4, 4))


def test_overlap_is_any_shared_day():
    summit = DateValue.parse("2024-07-09/2024-07-11")
    assert summit.overlaps(DateValue.parse("2024-07-11/2024-07-20"))
    assert summit.overlaps(DateValue.parse("2024"))
    assert not summit.overlaps(DateValue.parse("2024-07-12"))


def test_interval_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        DateValue(date(2024, 7, 11), date(2024, 7, 9), "interval")


def test_fact_names_map_aliases_to_the_canonical_value():
    fact = Fact(
        id="summit-place",
        type="place",
        value="Washington, D.C.",
        cues=("summit",),
        aliases={"Washington": "Washington, D.C."},
    )
    assert fact.names() == {
        "Washington, D.C.": "Washington, D.C.",
        "Washington": "Washington, D.C.",
    }
    number = Fact(id="n", type="number", value=2.5, cues=("x",))
    assert number.names() == {}
    assert number.expected() == "2.5"


@given(st.dates(min_value=date(1000, 1, 1)), st.dates(min_value=date(1000, 1, 1)))
def test_every_date_value_prints_as_text_that_parses_back_to_it(first, second):
    start, end = sorted((first, second))
    for value in (
        DateValue.day(first),
        DateValue.month(first.year, first.month),
        DateValue.year(first.year),
        DateValue.interval(start, end),
    ):
        assert DateValue.parse(str(value)) == value
        assert value.contains(value) and value.overlaps(value)
    assert DateValue.year(first.year).contains(DateValue.month(first.year, first.month))
    assert DateValue.month(first.year, first.month).contains(first)


# --------------------------------------------------------------------------- the docs


def test_readme_examples_load_and_fail_as_shown():
    doc = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(\w*)\n(.*?)```", doc, re.S)
    example, bad = (text for kind, text in blocks if kind == "yaml")
    shown_errors = next(text for kind, text in blocks if kind == "" and "facts.yaml:" in text)
    assert [fact.id for fact in parse_facts(example, "facts.yaml")] == [
        "summit-place",
        "summit-month",
        "russia-supporters",
        "member-count",
    ]
    with pytest.raises(InputError) as caught:
        parse_facts(bad, "facts.yaml")
    assert str(caught.value) == shown_errors.strip()


def test_wide_places_are_every_country_and_region_line_of_the_gazetteer():
    from summarize import facts

    expected = {name.casefold() for name in facts._STATES_AND_NATIONS}
    with facts._GAZETTEER.open(encoding="utf-8") as handle:
        for line in handle:
            kind, _, name = line.rstrip("\n").partition("\t")
            if kind in ("country", "region") and name:
                expected.add(" ".join(name.casefold().replace(".", "").split()))
    assert facts._wide_places() == expected
    assert {"virginia", "ukraine", "us"} <= expected
