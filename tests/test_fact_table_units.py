"""The fact table says what its author means: units, ranges, lists of days, scores and
ranks, cue exclusions, a fact's own reference date, and warnings for likely mistakes."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from summarize.facts import (
    DateValue,
    FactTableError,
    Score,
    parse_facts,
    parse_unit,
)


def table(text: str):
    return parse_facts(textwrap.dedent(text), "facts.yaml")


def errors(text: str) -> list[str]:
    with pytest.raises(FactTableError) as caught:
        table(text)
    return str(caught.value).splitlines()


@pytest.mark.parametrize(
    ("written", "kind", "currency", "noun", "scale"),
    [
        ("£ billion", "money", "£", None, 1e9),
        ("A$ billion", "money", "A$", None, 1e9),
        ("US$ million", "money", "$", None, 1e6),
        ("GBP", "money", "£", None, 1.0),
        ("pence", "money", "pence", None, 1.0),
        ("cents", "money", "cents", None, 1.0),
        ("euros", "money", "€", None, 1.0),
        ("%", "percent", None, None, 1.0),
        ("per cent", "percent", None, None, 1.0),
        ("seats", "count", None, "seats", 1.0),
        ("million people", "count", None, "people", 1e6),
        ("mph", "count", None, "mph", 1.0),
        ("score", "score", None, None, 1.0),
        ("ordinal", "ordinal", None, None, 1.0),
    ],
)
def test_unit_is_read_as_currency_percentage_count_score_or_rank(
    written, kind, currency, noun, scale
):
    unit = parse_unit(written)
    assert (unit.kind, unit.currency, unit.noun, unit.scale) == (kind, currency, noun, scale)


def test_no_unit_is_a_plain_count():
    assert parse_unit(None).kind == "count"


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("XYZ", "unknown currency 'XYZ'"),
        ("₽", "unknown unit '₽'"),
        ("£ %", "mixes a percentage with another unit"),
        ("$ €", "names two currencies"),
    ],
)
def test_unknown_or_mixed_unit_is_an_error_with_its_line(unit, message):
    found = errors(
        f"""\
        facts:
          - id: fine
            type: number
            value: 7500
            unit: "{unit}"
            cues: [fine]
        """
    )
    assert len(found) == 1
    assert found[0].startswith("facts.yaml:5: fact 'fine': 'unit': ")
    assert message in found[0]


def test_number_range_is_a_low_high_pair():
    fact = table(
        """\
        facts:
          - {id: valuation, type: number, value: [7.17, 8.24], unit: A$, cues: [values]}
        """
    ).get("valuation")
    assert fact.value == (7.17, 8.24)
    assert fact.expected() == "7.17-8.24 A$"


def test_number_range_that_ends_below_its_start_is_an_error():
    assert errors(
        """\
        facts:
          - {id: valuation, type: number, value: [9, 8], cues: [values]}
        """
    ) == ["facts.yaml:2: fact 'valuation': 'value': the range [9, 8] ends below where it starts"]


def test_list_of_separate_days_is_one_date_value():
    fact = table(
        """\
        facts:
          - id: concerts
            type: date
            value: [2005-06-24, 2005-06-26]
            cues: [concerts]
        """
    ).get("concerts")
    assert fact.value.precision == "days"
    assert fact.value.days == (date(2005, 6, 24), date(2005, 6, 26))
    assert str(fact.value) == "2005-06-24, 2005-06-26"
    assert fact.value.contains(DateValue.day(date(2005, 6, 26)))
    assert not fact.value.contains(DateValue.day(date(2005, 6, 25)))


def test_consecutive_days_in_a_list_are_an_interval():
    fact = table(
        """\
        facts:
          - {id: concerts, type: date, value: [2005-06-24, 2005-06-25], cues: [concerts]}
        """
    ).get("concerts")
    assert str(fact.value) == "2005-06-24/2005-06-25"


def test_score_value_gets_the_score_unit():
    fact = table(
        """\
        facts:
          - {id: result, type: number, value: 2-0 after extra time, cues: [won]}
        """
    ).get("result")
    assert (fact.value, fact.unit) == (Score(2, 0), "score")


def test_score_unit_without_a_score_value_is_an_error():
    assert errors(
        """\
        facts:
          - {id: result, type: number, value: 3, unit: score, cues: [won]}
        """
    ) == ["facts.yaml:2: fact 'result': 'value': a score is written like 3-2 or 17-18"]


def test_not_and_reference_are_read():
    fact = table(
        """\
        facts:
          - id: period-end
            type: date
            value: 2004-12-31
            reference: 2005-02-10
            cues: [year to]
            not: [year to date]
        """
    ).get("period-end")
    assert fact.not_cues == ("year to date",)
    assert fact.reference == DateValue.day(date(2005, 2, 10))


def test_reference_on_a_number_fact_is_an_error():
    assert errors(
        """\
        facts:
          - {id: toll, type: number, value: 4, reference: 2005-01-01, cues: [died]}
        """
    ) == ["facts.yaml:2: fact 'toll': 'reference' applies only to date facts"]


def test_alias_list_split_at_a_comma_warns_with_its_line():
    loaded = table(
        """\
        facts:
          - id: court
            type: place
            value: Alexandria
            aliases: [Alexandria, Virginia]
            cues: [court]
        """
    )
    messages = [w.format("facts.yaml") for w in loaded.warnings]
    assert messages == [
        "facts.yaml:5: fact 'court': 'aliases': 'Alexandria' is the value itself",
        "facts.yaml:5: fact 'court': 'aliases': 'Alexandria' and 'Virginia' are two names "
        "(YAML splits [...] at commas); if one name was meant, quote it: "
        '"Alexandria, Virginia"',
    ]


def test_quoted_place_with_its_state_gives_no_warning():
    loaded = table(
        """\
        facts:
          - id: court
            type: place
            value: Alexandria
            aliases: ["Alexandria, Virginia", Spain, France]
            cues: [court]
        """
    )
    assert loaded.warnings == ()


def test_name_given_twice_warns():
    loaded = table(
        """\
        facts:
          - {id: chief, type: person, value: Ann Lee, aliases: [Lee, lee], cues: [chief]}
        """
    )
    assert [w.message for w in loaded.warnings] == ["fact 'chief': 'aliases': 'lee' is given twice"]


def test_exclusion_that_contains_no_cue_warns():
    loaded = table(
        """\
        facts:
          - {id: venue, type: place, value: Paris, cues: [final], not: [semi-final, quarter]}
        """
    )
    assert [w.message for w in loaded.warnings] == [
        "fact 'venue': 'not': 'quarter' contains none of the cues (final), so it excludes nothing"
    ]


@pytest.mark.parametrize(
    ("written", "currency"),
    [("Australian dollars", "A$"), ("billion Canadian dollars", "C$"), ("US dollars", "$")],
)
def test_dollars_of_a_named_country_are_that_countrys_currency(written, currency):
    assert parse_unit(written).currency == currency


def test_rank_is_shown_as_an_ordinal():
    loaded = table(
        """\
        facts:
          - {id: seed, type: number, value: 8, unit: ordinal, cues: [seed]}
          - {id: place, type: number, value: 21, unit: rank, cues: [place]}
        """
    )
    assert [f.expected() for f in loaded] == ["8th", "21st"]
