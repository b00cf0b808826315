"""Date claims: every written form, weekdays, inconsistent weekdays, years, traps.

Sentences are from the seed article (NATO foreign ministers, Brussels, 3 April 2024) and
from the BBC / CNN-DailyMail evaluation articles, some with their dates changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.claims.dates import date_spans, find_dates, first_full_date
from summarize.facts import DateValue
from summarize.text.segment import SentenceSpan

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-ukraine-2024-04-03.txt"
PREFIX = "NATO head denies alliance is party to Ukraine war.\n\n"
MEETING = date(2024, 4, 3)  # a Wednesday


def sentence(body: str) -> tuple[str, SentenceSpan]:
    """``body`` as the second sentence of an article, so offsets are not trivially 0."""
    text = PREFIX + body + "\n"
    return text, SentenceSpan(len(PREFIX), len(PREFIX) + len(body), body, 1)


def dates(body: str, *, default_year: int | None = 2024, reference: date | None = MEETING):
    text, span = sentence(body)
    claims = find_dates(text, span, default_year=default_year, reference=reference)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.type == "date"
        assert claim.sentence == span
    return claims


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(date(y, m, d), date(y, m, d), "day")


def interval(start: date, end: date) -> DateValue:
    return DateValue(start, end, "interval")


def month(y: int, m: int, last: int) -> DateValue:
    return DateValue(date(y, m, 1), date(y, m, last), "month")


FORMS = [
    # (sentence, surface form, value)
    (
        "A round table meeting at NATO headquarters in Brussels, Wednesday, April 3, 2024.",
        "Wednesday, April 3, 2024",
        day(2024, 4, 3),
    ),
    (
        "NATO foreign ministers met in Brussels on April 3, 2024 to debate support to Ukraine.",
        "April 3, 2024",
        day(2024, 4, 3),
    ),
    ("Foreign ministers met on 3 April 2024 in Brussels.", "3 April 2024", day(2024, 4, 3)),
    (
        "Foreign ministers met in Brussels on Wednesday (3 April 2024) to plan support.",
        "Wednesday (3 April 2024)",
        day(2024, 4, 3),
    ),
    ("The meeting opened on 2024-04-03 at NATO headquarters.", "2024-04-03", day(2024, 4, 3)),
    ("Ministers gathered in Brussels on April 3 to debate plans.", "April 3", day(2024, 4, 3)),
    (
        "To mark the initiative's launch, a major international art installation is to open "
        "on 15 April in Brussels.",
        "15 April",
        day(2024, 4, 15),
    ),
    ("The talks resumed on Apr. 4 in Brussels.", "Apr. 4", day(2024, 4, 4)),
    ("The next round is due on Sept. 5 in Washington.", "Sept. 5", day(2024, 9, 5)),
    (
        "Since March 2010, he had been working in the internal affairs unit.",
        "March 2010",
        month(2010, 3, 31),
    ),  # fmt: skip
    (
        "The senator was charged with drug trafficking in July 2012, according to the ABC.",
        "July 2012",
        month(2012, 7, 31),
    ),  # fmt: skip
    (
        "He was seen with a Bernese Mountain dog named Griffin, in January of 2010.",
        "January of 2010",
        month(2010, 1, 31),
    ),  # fmt: skip
    (
        "Dragons' Den star Duncan Bannatyne spoke on 3rd August 2011 in London.",
        "3rd August 2011",
        day(2011, 8, 3),
    ),  # fmt: skip
    (
        "A decision could be taken at the NATO summit in Washington in July.",
        "July",
        month(2024, 7, 31),
    ),
    (
        "The summit is held in Washington on 9-11 July.",
        "9-11 July",
        interval(date(2024, 7, 9), date(2024, 7, 11)),
    ),  # fmt: skip
    (
        "The summit is held in Washington on July 9-11.",
        "July 9-11",
        interval(date(2024, 7, 9), date(2024, 7, 11)),
    ),  # fmt: skip
    (
        "The summit is held in Washington on 9\u201311 July 2024.",
        "9\u201311 July 2024",
        interval(date(2024, 7, 9), date(2024, 7, 11)),
    ),  # fmt: skip
    (
        "The summit runs from 9 to 11 July in Washington.",
        "9 to 11 July",
        interval(date(2024, 7, 9), date(2024, 7, 11)),
    ),  # fmt: skip
    (
        "The summit is held between 9 and 11 July in Washington.",
        "9 and 11 July",
        interval(date(2024, 7, 9), date(2024, 7, 11)),
    ),  # fmt: skip
    (
        "The summit is held on July 9\u201311, 2024 in Washington.",
        "July 9\u201311, 2024",
        interval(date(2024, 7, 9), date(2024, 7, 11)),
    ),  # fmt: skip
    (
        "The festival runs from 30 July - 2 August in Edinburgh.",
        "30 July - 2 August",
        interval(date(2024, 7, 30), date(2024, 8, 2)),
    ),  # fmt: skip
    (
        "The average pay rise handed out by bosses between January and March was 3 per cent.",
        "January and March",
        interval(date(2024, 1, 1), date(2024, 3, 31)),
    ),
    (
        "BRUSSELS, April 3 -- NATO foreign ministers gathered to debate plans.",
        "April 3",
        day(2024, 4, 3),
    ),  # fmt: skip
    (
        "The alliance hopes to agree a plan by 2030.",
        "2030",
        DateValue(date(2030, 1, 1), date(2030, 12, 31), "year"),
    ),  # fmt: skip
    (
        # the December nearest the article's date (3 April 2024) is the one just past
        "The report alleges that Chadima made the advance in late December at a party.",
        "December",
        month(2023, 12, 31),
    ),  # fmt: skip
    (
        "Cycling Ireland refused to back its home candidate for September's UCI elections.",
        "September",
        month(2024, 9, 30),
    ),  # fmt: skip
    ("Temperatures will soar toward mid-July in Brussels.", "July", month(2024, 7, 31)),
    (
        "The attack on March 14 last year shocked the town.",
        "March 14 last year",
        day(2023, 3, 14),
    ),  # fmt: skip
]


@pytest.mark.parametrize(("body", "surface", "value"), FORMS, ids=[f[1] for f in FORMS])
def test_each_date_form_gives_its_value_and_exact_offsets(body, surface, value):
    claims = dates(body)
    assert [(c.text, c.value) for c in claims] == [(surface, value)]
    assert claims[0].start == len(PREFIX) + body.index(surface)
    assert claims[0].end == claims[0].start + len(surface)
    assert not claims[0].inconsistent


def test_weekday_contradicting_its_date_is_inconsistent_with_the_stated_date():
    claims = dates("The ministers met in Brussels on Thursday, April 3, 2024.")
    assert [(c.text, c.value, c.inconsistent) for c in claims] == [
        ("Thursday, April 3, 2024", day(2024, 4, 3), True)
    ]


def test_weekday_in_parentheses_contradicting_its_date_is_inconsistent():
    claims = dates("The ministers met on Friday (3 April 2024) in Brussels.")
    assert [(c.text, c.inconsistent) for c in claims] == [("Friday (3 April 2024)", True)]


def test_weekday_matching_its_date_gives_one_claim_not_two():
    claims = dates("NATO headquarters in Brussels, Wednesday, April 3, 2024.")
    assert len(claims) == 1 and not claims[0].inconsistent


def test_weekday_with_inferred_year_picks_the_neighbouring_year_it_fits():
    # An article from January 2025 recalling "Friday, December 27" means 2024.
    claims = dates("The fire broke out on Friday, December 27 in the old town.", default_year=2025)
    assert [(c.value, c.inconsistent) for c in claims] == [(day(2024, 12, 27), False)]


def test_weekday_fitting_no_nearby_year_is_inconsistent():
    claims = dates("The ministers met on Thursday, April 3 in Brussels.", default_year=2024)
    assert [(c.value, c.inconsistent) for c in claims] == [(day(2024, 4, 3), True)]


def test_on_wednesday_resolves_to_the_reference_day_itself():
    claims = dates("NATO foreign ministers gathered in Brussels on Wednesday to debate plans.")
    assert [(c.text, c.value) for c in claims] == [("Wednesday", day(2024, 4, 3))]


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        ("Monday", date(2024, 4, 1)),  # two days before
        ("Sunday", date(2024, 3, 31)),  # three days before
        ("Thursday", date(2024, 4, 4)),  # one day after
        ("Saturday", date(2024, 4, 6)),  # three days after
    ],
)
def test_weekday_alone_resolves_to_the_nearest_such_day_before_or_after(weekday, expected):
    claims = dates(f"Stoltenberg told a press conference on {weekday} that allies agreed.")
    assert [(c.text, c.value) for c in claims] == [(weekday, day(*expected.timetuple()[:3]))]


def test_weekday_alone_never_resolves_more_than_three_days_away():
    reference = date(2024, 4, 7)  # a Sunday: Wednesday the 3rd is four days back
    claims = dates("The ministers met on Wednesday.", reference=reference)
    assert [c.value for c in claims] == [day(2024, 4, 10)]
    for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        (claim,) = dates(f"They met on {name}.", reference=reference)
        assert abs((claim.value.start - reference).days) <= 3


def test_last_and_next_weekday_look_only_backward_or_forward():
    claims = dates("He retired last Thursday and returns next Wednesday.")
    assert [(c.text, c.value) for c in claims] == [
        ("Thursday", day(2024, 3, 28)),
        ("Wednesday", day(2024, 4, 10)),
    ]


def test_weekday_alone_without_reference_is_skipped():
    assert dates("Ministers gathered in Brussels on Wednesday.", reference=None) == []


def test_holidays_and_newspapers_are_not_weekdays():
    assert dates("The Sunday Times reported the deal after Good Friday.") == []


@pytest.mark.parametrize(
    "body",
    [
        "She presented GMTV's Sunday programme for years.",
        "He wrote for a Sunday paper and the Saturday edition.",
        "They missed the Sunday service and the Sunday roast.",
        "The Friday show was cancelled.",
        "He played in a Sunday league and went to Sunday school.",
        "The Monday Night Football broadcast drew millions.",
    ],
)
def test_weekday_modifying_a_noun_is_not_a_date(body):
    assert dates(body) == []


def test_weekday_before_other_words_is_still_a_date():
    found = dates("The show aired on Sunday and papers covered it on Monday morning.")
    assert [(c.text, c.value) for c in found] == [
        ("Sunday", day(2024, 3, 31)),
        ("Monday", day(2024, 4, 1)),
    ]


@pytest.mark.parametrize(
    ("body", "surface", "alternatives"),
    [
        ("The summit is due in June or July.", "June or July", [(6, 1, 30), (7, 1, 31)]),
        ("It opens on Tuesday or Wednesday.", "Tuesday or Wednesday", [(4, 2, 2), (4, 3, 3)]),
        ("It opens on April 3 or April 4.", "April 3 or April 4", [(4, 3, 3), (4, 4, 4)]),
    ],
)
def test_an_alternative_is_one_claim_covering_both(body, surface, alternatives):
    (claim,) = dates(body)
    assert claim.text == surface
    want = tuple(
        DateValue(date(2024, m, a), date(2024, m, b), "day" if a == b else "month")
        for m, a, b in alternatives
    )
    assert claim.alternatives == want
    assert (claim.value.start, claim.value.end) == (want[0].start, want[-1].end)


def test_years_as_alternatives_are_one_claim():
    (claim,) = dates("The vote is due in 2025 or 2026.")
    assert claim.text == "2025 or 2026"
    assert claim.alternatives == (DateValue.year(2025), DateValue.year(2026))


def test_date_without_year_takes_the_default_year():
    (claim,) = dates("Ministers gathered in Brussels on April 3.", default_year=2019)
    assert claim.value == day(2019, 4, 3)


def test_date_without_year_and_without_default_year_is_skipped():
    assert dates("Ministers gathered on April 3, then again in July.", default_year=None) == []


def test_written_year_wins_over_default_year():
    (claim,) = dates("Ministers gathered on April 3, 2024.", default_year=1999)
    assert claim.value == day(2024, 4, 3)


@pytest.mark.parametrize(
    "body",
    [
        "The Shadow Secretary of State for the Family, Theresa May, said the plans were old.",
        "Theresa May 2019 was a difficult year.",
        "Ferris, best known for The Darling Buds of May, has made the shortlist.",
        "The violence came during a pro-Morsy march in Cairo.",
        "Thousands of protesters march through Whitehall to protest at cuts.",
        "March organisers said the route was changed.",
        "NATO may decide at the summit whether to expand the mission.",
        "Jan Stoltenberg told the Oct meeting nothing.",
    ],
)
def test_months_used_as_names_verbs_or_words_are_not_dates(body):
    assert dates(body) == []


def test_may_and_march_are_dates_in_date_context():
    claims = dates("In May the ministers met, and since March they have agreed on May 3.")
    assert [(c.text, c.value.precision) for c in claims] == [
        ("May", "month"),
        ("March", "month"),
        ("May 3", "day"),
    ]


def test_impossible_day_is_not_a_claim():
    assert dates("The summit opens on April 31 in Washington.") == []


def test_a_range_crossing_the_new_year_ends_the_next_year():
    (claim,) = dates("The markets are closed from December 30 - January 2.")
    # read against 3 April 2024: the nearest December 30 is the one before
    assert claim.value == interval(date(2023, 12, 30), date(2024, 1, 2))


def test_several_dates_in_one_sentence_come_in_order():
    body = (
        "In October 1989 the Court of Appeal quashed the sentences of the Guildford Four, and "
        "in June 1991 it overturned the sentences on the Maguire Seven."
    )
    assert [c.text for c in dates(body)] == ["October 1989", "June 1991"]


def test_times_next_to_dates_are_not_read_as_days():
    body = "By Associated Press. PUBLISHED: 14:11 EST, 25 October 2013. UPDATED: 15:36 EST."
    assert [(c.text, c.value) for c in dates(body)] == [("25 October 2013", day(2013, 10, 25))]


def test_first_full_date_of_the_seed_article():
    text = SEED.read_text(encoding="utf-8")
    from summarize.text.segment import split_sentences

    assert first_full_date(text, split_sentences(text)) == MEETING


def test_first_full_date_skips_dates_without_day_or_year():
    text = "In July 2024 the summit.\n\nOn April 5 they met.\n\nThey met on 3 April 2024.\n"
    spans = []
    for line_start in (0, text.index("On April"), text.index("They met")):
        line_end = text.index("\n", line_start)
        spans.append(SentenceSpan(line_start, line_end, text[line_start:line_end], 0))
    assert first_full_date(text, spans) == MEETING
    assert first_full_date(text, spans[:2]) is None


def test_date_spans_cover_dates_even_without_a_year():
    text, span = sentence("The summit on July 9-11 and the talks on Wednesday.")
    assert [text[s:e] for s, e in date_spans(text, span)] == ["July 9-11"]


def test_date_without_year_takes_the_year_written_earlier_in_its_sentence():
    claims = dates(
        "Frederick died peacefully on December 4th, 2011, and Elizabeth on December 7th.",
        default_year=2013,
    )
    assert [c.value for c in claims] == [day(2011, 12, 4), day(2011, 12, 7)]


def test_last_and_next_month_count_from_the_reference_month():
    claims = dates(
        "He withdrew last August, was fined last February and returns next March.",
        reference=date(2005, 2, 10),
        default_year=2005,
    )
    assert [(c.text, c.value.start) for c in claims] == [
        ("August", date(2004, 8, 1)),
        ("February", date(2004, 2, 1)),
        ("March", date(2005, 3, 1)),
    ]


def test_month_of_last_year_shifts_the_default_year():
    claims = dates("She was arrested in April of last year at the Leesburg Bikefest.")
    assert [(c.text, c.value) for c in claims] == [("April of last year", month(2023, 4, 30))]


_TOKENS = [
    "April", "May", "July", "Sept.", "Apr.", "March", "Wednesday", "Thursday", "3", "31",
    "9-11", "2024", "2024-04-03", "3rd", "in", "on", "last", "next", "between", "and", "to",
    "of", "year", "(", ")", ",", "-", "\u2013", ".", "Theresa", "the", "14:11", "\n", "  ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_TOKENS), max_size=25), st.booleans())
@settings(max_examples=300, deadline=None)
def test_any_text_gives_claims_with_exact_offsets_inside_the_sentence(tokens, with_year):
    body = " ".join(tokens)
    text, span = sentence(body)
    for claim in find_dates(
        text, span, default_year=2024 if with_year else None, reference=MEETING
    ):
        assert span.start <= claim.start < claim.end <= span.end
        assert text[claim.start : claim.end] == claim.text
        assert claim.value.start <= claim.value.end


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_arbitrary_characters_never_break_the_finder(body):
    text, span = sentence(body)
    for claim in find_dates(text, span, default_year=2024, reference=MEETING):
        assert text[claim.start : claim.end] == claim.text
