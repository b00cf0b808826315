"""Number claims: digits and words, scales and units, the words each number quantifies,
and what is not a count (dates, times, ids, names, ordinals, pronouns).

Sentences are from the seed article and the BBC / CNN-DailyMail evaluation articles, some
with figures added.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.claims.numbers import find_numbers
from summarize.text.segment import SentenceSpan

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-ukraine-2024-04-03.txt"
PREFIX = "NATO head denies alliance is party to Ukraine war.\n\n"


def numbers(body: str):
    text = PREFIX + body + "\n"
    span = SentenceSpan(len(PREFIX), len(PREFIX) + len(body), body, 1)
    claims = find_numbers(text, span)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.type == "number" and isinstance(claim.value, float)
        assert claim.sentence == span
    return text, claims


def target_text(text: str, claim) -> str | None:
    return text[claim.target[0] : claim.target[1]] if claim.target else None


FORMS = [
    # (sentence, surface, value, unit, target)
    ("All 32 member countries agreed to step up support.", "32", 32.0, None, "member countries"),
    ("NATO has 32 allies.", "32", 32.0, None, "allies"),
    (
        "The alliance was founded by 12 founding members in 1949.",
        "12",
        12.0,
        None,
        "founding members",
    ),  # fmt: skip
    ("Some 1,000 troops were sent to the eastern flank.", "1,000", 1000.0, None, "troops"),
    ("The shell costs 3.5 times more than last year.", "3.5", 3.5, None, "times"),
    ("Thirty-two allies met in Brussels on the first day.", "Thirty-two", 32.0, None, "allies"),
    (
        "Foreign ministers of the thirty-two member countries met.",
        "thirty-two",
        32.0,
        None,
        "member countries",
    ),  # fmt: skip
    ("Stoltenberg said twelve nations had pledged air defence.", "twelve", 12.0, None, "nations"),
    (
        "Stoltenberg proposed a fund of €100 billion for Ukraine.",
        "€100 billion",
        1e11,
        "€",
        None,
    ),  # fmt: skip
    ("The US approved a $1.2bn package.", "$1.2bn", 1.2e9, "$", "package"),
    ("Britain pledged £600m in military aid.", "£600m", 6e8, "£", None),
    ("Industrial output grew 15.7% in the year to October.", "15.7%", 15.7, "%", None),
    ("The average pay rise was 3 per cent, it says.", "3 per cent", 3.0, "%", None),
    ("More than 100,000 soldiers have been killed.", "100,000", 100000.0, None, "soldiers"),
    (
        "The war has displaced 1.5 million people in the east.",
        "1.5 million",
        1.5e6,
        "million",
        "people",
    ),  # fmt: skip
    # the currency word is the unit, not what is counted: nothing else is quantified
    ("Its pre-tax earnings were 77m euros in the fourth quarter.", "77m", 7.7e7, "€", None),
    ("A 77m euros deal was signed.", "77m", 7.7e7, "€", "deal"),
    (
        "The company said two hundred and fifty workers would be laid off.",
        "two hundred and fifty",
        250.0,
        None,
        "workers",
    ),  # fmt: skip
    ("A 32-member alliance cannot act alone.", "32", 32.0, None, "member alliance"),
    ("He said a million people had fled.", "a million", 1e6, "million", "people"),
]


@pytest.mark.parametrize(("body", "surface", "value", "unit", "target"), FORMS,
                         ids=[f[1] for f in FORMS])  # fmt: skip
def test_each_number_form_gives_value_unit_target_and_offsets(body, surface, value, unit, target):
    text, claims = numbers(body)
    assert [(c.text, c.value, c.unit) for c in claims] == [(surface, value, unit)]
    assert target_text(text, claims[0]) == target
    assert claims[0].start == len(PREFIX) + body.index(surface)


def test_the_founding_members_number_does_not_target_member_countries():
    text, claims = numbers("Of the 32 member countries, 12 founding members signed in 1949.")
    assert [(c.value, target_text(text, c)) for c in claims] == [
        (32.0, "member countries"),
        (12.0, "founding members"),
    ]


def test_target_stops_at_a_verb_or_preposition():
    text, claims = numbers("The 32 allies agreed; 40 percent of them pay 2 percent of GDP.")
    assert [(c.text, target_text(text, c)) for c in claims] == [
        ("32", "allies"),
        ("40 percent", None),
        ("2 percent", None),
    ]


def test_target_ends_at_a_singular_noun_before_a_verb():
    text, claims = numbers("The United States and one ally met on the eastern flank.")
    assert [(c.text, target_text(text, c)) for c in claims] == [("one", "ally")]


def test_number_without_following_noun_has_no_target():
    text, claims = numbers("Software creator Orfeas Boteas, 27, wrote the code.")
    assert [(c.value, c.target) for c in claims] == [(27.0, None)]


@pytest.mark.parametrize(
    "body",
    [
        "NATO foreign ministers gathered in Brussels on Wednesday, April 3, 2024.",
        "The summit is held in Washington on 9-11 July and ends on July 11.",
        "By Associated Press. PUBLISHED: 14:11 EST, 25 October 2013.",
        "The sale opened at 8am and closed at 3 p.m. on the first day.",
        "The F-16 jets and the G7 leaders invoked Article 5.",
        "In October 1989 the Court of Appeal quashed the sentences of the Guildford Four.",
        "The first day of the meeting of NATO foreign ministers ended.",
        "The 3rd round was played in the 1990s.",
        "Manchester United won 3-1 in the 2023-24 season.",
        "The 2024 summit will be held in Washington.",
        "One of the ministers left, and no one came.",
        "The PlayStation 3 chip is expected in 2006.",
        "Carroll scored an impressive 3,000m victory in Boston.",
        "Customers can get a new cord by telephoning 0800 028 9276 in the UK.",
        "Europe in the twenty-first century faces a new war.",
    ],
)
def test_dates_times_ids_names_ordinals_and_pronouns_are_not_numbers(body):
    assert numbers(body)[1] == []


def test_year_like_number_that_counts_something_is_a_number():
    text, claims = numbers("Officials said 2000 troops arrived at the border.")
    assert [(c.value, target_text(text, c)) for c in claims] == [(2000.0, "troops")]


def test_several_numbers_in_a_real_sentence_come_in_order():
    body = "Its pre-tax earnings were 77m euros (£53m; $100m), up from 38m in 2003."
    _, claims = numbers(body)
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("77m", 7.7e7, "€"),
        ("£53m", 5.3e7, "£"),
        ("$100m", 1e8, "$"),
    ]


def test_seed_article_numbers():
    text = SEED.read_text(encoding="utf-8")
    from summarize.text.segment import split_sentences

    found = [c.text for s in split_sentences(text) for c in find_numbers(text, s)]
    assert found == ["3"]  # "3 Min Read": the only count in the seed article


def test_capitalised_plural_does_not_end_the_target():
    text, claims = numbers("The government plans up to eight Las Vegas style resorts in the UK.")
    assert [(c.value, target_text(text, c)) for c in claims] == [(8.0, "Las Vegas style resorts")]


def test_adverbs_and_participles_end_the_target():
    text, claims = numbers("It is one of ten seen recently along the south coast.")
    assert [(c.value, c.target) for c in claims] == [(10.0, None)]


_TOKENS = [
    "32", "1,000", "3.5", "€", "$", "£", "100", "billion", "bn", "m", "%", "per cent",
    "thirty-two", "one", "of", "the", "members", "April", "3", "2024", "14:11", "-", ",",
    ".", "and", "hundred", "a", "million", "0800", "F-16", "Article", "agreed", "\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(_TOKENS), max_size=25))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_numbers_with_exact_offsets_inside_the_sentence(tokens):
    text, claims = numbers(" ".join(tokens))
    for claim in claims:
        assert len(PREFIX) <= claim.start < claim.end <= len(text) - 1
        if claim.target:
            assert claim.end <= claim.target[0] < claim.target[1] <= len(text) - 1


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_arbitrary_characters_never_break_the_finder(body):
    numbers(body)  # offsets are checked inside


def test_number_after_a_weekday_is_still_a_count():
    text, claims = numbers("On Wednesday 32 allies agreed to plan the mission.")
    assert [(c.value, target_text(text, c)) for c in claims] == [(32.0, "allies")]


def test_article_before_a_number_word_is_kept_out_unless_it_is_the_count():
    text, claims = numbers("A two-day meeting drew a hundred and fifty delegates.")
    assert [(c.text, c.value, target_text(text, c)) for c in claims] == [
        ("two", 2.0, "day"),
        ("a hundred and fifty", 150.0, "delegates"),
    ]
