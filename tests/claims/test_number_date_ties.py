"""When a number or a date is held against a fact, and when the tie is too weak to
contradict it (the claim is then unchecked): whole articles through ``check_claims``."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from summarize.checker import check_claims
from summarize.claims.cues import find_cues
from summarize.claims.dates import find_dates
from summarize.claims.numbers import find_numbers, find_ordinals, find_scores
from summarize.facts import DateValue, Score, parse_facts
from summarize.text.segment import SentenceSpan

HEADLINE = "Harbour town reports its results\n\n"


def run(body: str, facts: str, **table):
    header = "".join(f"{key}: {value}\n" for key, value in table.items())
    loaded = parse_facts(header + "facts:\n" + textwrap.dedent(facts), "t.yaml")
    report = check_claims(HEADLINE + body + "\n", loaded, include_unchecked=True)
    claims = {(c.text, c.fact, c.status) for c in report.claims}
    verdicts = {f.id: f.status for f in report.facts}
    return claims, verdicts


def sentence(text: str) -> SentenceSpan:
    return SentenceSpan(0, len(text), text, 0)


# ---------------------------------------------------------------- units


MONEY = """\
  - {id: deal, type: number, value: 2.5, unit: A$ billion, cues: [takeover]}
"""


def test_conversion_into_another_currency_is_unchecked_not_contradicted():
    claims, verdicts = run(
        "The harbour board accepted a 2.5bn Australian dollar ($1.9bn; £1bn) takeover.",
        MONEY,
    )
    assert ("2.5bn", "deal", "supported") in claims
    assert ("$1.9bn", None, "unchecked") in claims
    assert ("£1bn", None, "unchecked") in claims
    assert verdicts == {"deal": "supported"}


def test_wrong_amount_in_the_facts_currency_is_contradicted():
    claims, verdicts = run("The board accepted an A$3.1bn takeover.", MONEY)
    assert ("A$3.1bn", "deal", "contradicted") in claims
    assert verdicts == {"deal": "contradicted"}


def test_price_in_pence_is_not_compared_with_a_total_in_pounds():
    claims, verdicts = run(
        "The 410 pence-a-share offer valued the harbour at about £2bn.",
        "  - {id: price, type: number, value: 410, unit: pence, cues: [offer, a share]}\n",
    )
    assert ("410", "price", "supported") in claims
    assert ("£2bn", None, "unchecked") in claims
    assert verdicts == {"price": "supported"}


def test_age_after_a_name_is_not_a_count_of_the_dead():
    claims, verdicts = run(
        "Two people died in the fire. They were Mary Hope, 71, of Dover, and Tom Reed, 68.",
        "  - {id: toll, type: number, value: 2, cues: [died, people]}\n",
    )
    assert ("71", None, "unchecked") in claims
    assert ("68", None, "unchecked") in claims
    assert verdicts == {"toll": "supported"}


def test_age_after_a_name_is_read_as_years():
    text = "Dock worker Sam Bell, 52, from Hull, was hurt."
    (claim,) = find_numbers(text, sentence(text))
    assert (claim.text, claim.unit) == ("52", "years")


def test_price_range_shares_its_currency_and_is_not_a_count():
    text = "Seats, priced at between 12.50 and 30 euro each, were sold out."
    claims = find_numbers(text, sentence(text))
    assert [(c.text, c.unit) for c in claims] == [("12.50", "€"), ("30", "€")]
    _, verdicts = run(text, "  - {id: seats, type: number, value: 900, cues: [were sold]}\n")
    assert verdicts == {"seats": "not-mentioned"}


def test_percentage_is_only_compared_with_a_percentage():
    claims, verdicts = run(
        "Profits for the year rose 12% to £40m.",
        """\
  - {id: growth, type: number, value: 12, unit: "%", cues: [profits for the year]}
  - {id: profit, type: number, value: 40, unit: £ million, cues: [profits for the year]}
""",
    )
    assert ("12%", "growth", "supported") in claims
    assert ("£40m", "profit", "supported") in claims
    assert verdicts == {"growth": "supported", "profit": "supported"}


def test_range_fact_supports_a_figure_within_it_and_contradicts_one_outside():
    facts = "  - {id: valuation, type: number, value: [4.1, 4.9], unit: £, cues: [valued]}\n"
    _, inside = run("Analysts valued each share at between £4.1 and £4.9.", facts)
    _, outside = run("Analysts valued each share at £5.6.", facts)
    assert inside == {"valuation": "supported"}
    assert outside == {"valuation": "contradicted"}


# ---------------------------------------------------------------- ties


BID = "  - {id: bid, type: number, value: 6, unit: £ million, cues: [bid]}\n"


def test_listed_earlier_figures_do_not_contradict_the_fact():
    claims, verdicts = run(
        "The club made a £6m bid. Earlier bids of £2m, £3m and £4m were turned down.", BID
    )
    assert ("£6m", "bid", "supported") in claims
    assert {("£2m", None, "unchecked"), ("£3m", None, "unchecked")} <= claims
    assert verdicts == {"bid": "supported"}


def test_single_wrong_figure_for_the_cue_is_still_contradicted():
    _, verdicts = run("The club made a £7m bid for the striker.", BID)
    assert verdicts == {"bid": "contradicted"}


def test_number_that_quantifies_another_noun_is_not_tied():
    claims, _ = run(
        "The club's £6m bid came as 300 fans protested.",
        "  - {id: fans, type: number, value: 250, cues: [bid]}\n",
    )
    assert ("300", None, "unchecked") in claims


def test_figure_nearer_to_the_cue_owns_it():
    claims, verdicts = run(
        "Brokers value the shares at A$4.10, against the bid of A$3.20 a share.",
        "  - {id: per-share, type: number, value: 3.2, unit: A$, cues: [a share]}\n",
    )
    assert ("A$3.20", "per-share", "supported") in claims
    assert ("A$4.10", None, "unchecked") in claims
    assert verdicts == {"per-share": "supported"}


def test_number_a_thousand_times_off_is_another_quantity():
    claims, verdicts = run(
        "The bid of A$2.5bn values each share at A$7.",
        "  - {id: bid, type: number, value: 2.5, unit: A$ billion, cues: [bid, values]}\n",
    )
    assert ("A$7", None, "unchecked") in claims
    assert verdicts == {"bid": "supported"}


# ---------------------------------------------------------------- dates


def test_yearless_date_takes_the_occurrence_nearest_the_article_date():
    text = "Profits for the year to 31 March rose sharply."
    (claim,) = find_dates(text, sentence(text), default_year=2010, reference=date(2010, 5, 20))
    assert claim.value == DateValue.day(date(2010, 3, 31))
    text = "The accounts for the year to 31 December were published."
    (claim,) = find_dates(text, sentence(text), default_year=2010, reference=date(2010, 2, 3))
    assert claim.value == DateValue.day(date(2009, 12, 31))


def test_yearless_month_takes_the_nearest_month():
    text = "The strike began in November."
    (claim,) = find_dates(text, sentence(text), default_year=2010, reference=date(2010, 1, 15))
    assert str(claim.value) == "2009-11"


def test_two_days_joined_by_and_are_read_whole():
    text = "The festival runs on August 7 and 8 in the park."
    (claim,) = find_dates(text, sentence(text), default_year=2010, reference=date(2010, 5, 1))
    assert (claim.text, str(claim.value)) == ("August 7 and 8", "2010-08-07/2010-08-08")
    text = "The band plays on August 7 and 14 this year."
    (claim,) = find_dates(text, sentence(text), default_year=2010, reference=date(2010, 5, 1))
    assert claim.value.days == (date(2010, 8, 7), date(2010, 8, 14))


def test_day_and_a_count_joined_by_and_is_one_day():
    text = "On August 7 and 14 people were hurt."
    (claim,) = find_dates(text, sentence(text), default_year=2010, reference=date(2010, 5, 1))
    assert claim.text == "August 7"


def test_shifted_second_day_contradicts_a_two_day_fact():
    facts = "  - {id: festival, type: date, value: 2010-08-07/2010-08-08, cues: [festival]}\n"
    _, right = run("The festival runs on August 7 and 8.", facts, date="2010-05-01")
    _, wrong = run("The festival runs on August 8 and 9.", facts, date="2010-05-01")
    assert right == {"festival": "supported"}
    assert wrong == {"festival": "contradicted"}


def test_broadcast_time_is_not_a_year():
    text = "The ceremony is shown on BBC Two from 2130 GMT."
    assert find_dates(text, sentence(text), default_year=2010, reference=None) == []
    text = "Highlights follow from 2010 BST on the radio."
    assert find_dates(text, sentence(text), default_year=2010, reference=None) == []


def test_year_before_a_noun_dates_it():
    text = "Its 2003 purchase of the port was costly."
    (claim,) = find_dates(text, sentence(text), default_year=None, reference=None)
    assert (claim.text, str(claim.value)) == ("2003", "2003")
    text = "The 2000 workers went on strike."
    assert find_dates(text, sentence(text), default_year=None, reference=None) == []


def test_date_in_an_aside_about_another_event_does_not_contradict():
    claims, verdicts = run(
        "Lee, who won the regatta in 2001 for the first time, said the regatta was a joy.",
        "  - {id: regatta-date, type: date, value: 2010-06-12, cues: [regatta]}\n",
        date="2010-06-12",
    )
    assert ("2001", None, "unchecked") in claims
    assert verdicts == {"regatta-date": "not-mentioned"}


def test_facts_own_reference_anchors_its_yearless_dates():
    facts = """\
  - id: period-end
    type: date
    value: 2008-03-31
    reference: 2008-06-01
    cues: [year to]
"""
    # the table's date is a year later; the fact's own reference says which 31 March
    _, verdicts = run("Profits for the year to 31 March fell.", facts, date="2009-06-01")
    assert verdicts == {"period-end": "supported"}


# ---------------------------------------------------------------- cues


@pytest.mark.parametrize(
    "text", ["They lost the semi-final.", "The vice-president spoke.", "A final-day collapse."]
)
def test_cue_inside_a_longer_hyphenated_word_does_not_fire(text):
    assert find_cues(text, sentence(text), ["final", "president"]) == []


@pytest.mark.parametrize("text", ["the London-based firm", "a 19-year-old winger"])
def test_cue_after_a_name_or_a_number_and_hyphen_still_fires(text):
    assert len(find_cues(text, sentence(text), ["based", "year-old"])) == 1


def test_not_phrase_keeps_a_cue_from_firing():
    facts = """\
  - id: venue
    type: place
    value: Lyon
    cues: [final match]
    not: [final match report]
"""
    claims, verdicts = run("The final match report was filed in Paris.", facts)
    assert verdicts == {"venue": "not-mentioned"}
    assert ("Paris", "venue", "contradicted") not in claims


# ---------------------------------------------------------------- scores and ranks


def test_scores_are_read_as_results():
    text = "Rovers won 3-2 after the 1-1 draw in 2004-05."
    claims = find_scores(text, sentence(text))
    assert [(c.text, c.value) for c in claims] == [("3-2", Score(3, 2)), ("1-1", Score(1, 1))]


def test_ranks_are_read_in_words_and_digits():
    text = "They finished eighth, then twenty-first, then 123rd."
    claims = find_ordinals(text, sentence(text))
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("eighth", 8, "ordinal"),
        ("twenty-first", 21, "ordinal"),
        ("123rd", 123, "ordinal"),
    ]


def test_wrong_score_and_wrong_rank_are_contradicted():
    facts = """\
  - {id: result, type: number, value: 2-1, cues: [won]}
  - {id: position, type: number, value: 4, unit: ordinal, cues: [finished]}
"""
    _, right = run("Rovers won 2-1 and finished fourth.", facts)
    _, wrong = run("Rovers won 3-1 and finished fifth.", facts)
    assert right == {"result": "supported", "position": "supported"}
    assert wrong == {"result": "contradicted", "position": "contradicted"}


def test_earlier_value_of_a_change_does_not_contradict():
    facts = "  - {id: q4, type: number, value: 3.1, unit: $ billion, cues: [quarter]}\n"
    claims, verdicts = run(
        "Profit for the quarter was $3.1bn, up from $2.4bn a year ago.", facts
    )
    assert ("$2.4bn", None, "unchecked") in claims
    assert verdicts == {"q4": "supported"}
    _, wrong = run("Profit for the quarter was $3.6bn, up from $2.4bn a year ago.", facts)
    assert wrong == {"q4": "contradicted"}


def test_percentage_of_a_noun_phrase_quantifies_it():
    claims, verdicts = run(
        "The firm will own 61.5% of the voting shares and 70.2% of the non-voting shares.",
        "  - {id: voting, type: number, value: 61.5, unit: '%', cues: [voting shares]}\n",
    )
    assert ("70.2%", None, "unchecked") in claims
    assert verdicts == {"voting": "supported"}


def test_set_by_set_result_is_one_score():
    text = "She won 6-3 7-6 (7-4) in the final and 6-0 6-1 the day before."
    claims = find_scores(text, sentence(text))
    assert [(c.text, str(c.value)) for c in claims] == [
        ("6-3 7-6 (7-4)", "6-3 7-6"),
        ("6-0 6-1", "6-0 6-1"),
    ]


def test_score_beside_a_count_fact_is_not_compared_with_it():
    facts = """\
  - {id: result, type: number, value: 6-3 6-4, cues: [final]}
  - {id: crowd, type: number, value: 9000, cues: [crowd]}
"""
    claims, verdicts = run("She won the final 6-3 6-4 before a crowd of 9,000.", facts)
    assert verdicts == {"result": "supported", "crowd": "supported"}
    _, reversed_sets = run("She lost the final 3-6 4-6 before a crowd of 9,000.", facts)
    assert reversed_sets["result"] == "supported"


def test_multiword_cue_does_not_span_punctuation():
    text = "Sales will grow this year, to 900 cars."
    assert find_cues(text, sentence(text), ["year to"]) == []
    text = "Sales for the year to March grew."
    assert len(find_cues(text, sentence(text), ["year to"])) == 1


def test_date_further_from_the_cue_than_another_date_is_not_tied():
    facts = "  - {id: period-end, type: date, value: 2010-03-31, cues: [year to]}\n"
    claims, verdicts = run(
        "The group will publish results for the year to 31 March on 28 May.",
        facts,
        date="2010-04-20",
    )
    assert ("31 March", "period-end", "supported") in claims
    assert ("28 May", None, "unchecked") in claims
    assert verdicts == {"period-end": "supported"}


def test_figure_compared_with_is_an_earlier_value():
    facts = "  - {id: loss, type: number, value: 470, unit: $ million, cues: [loss, profit]}\n"
    claims, verdicts = run(
        "The unit made a loss of $470m (compared to a profit of $13m in the year-ago period).",
        facts,
    )
    assert ("$13m", None, "unchecked") in claims
    assert verdicts == {"loss": "supported"}


def test_percentage_range_is_two_percentages():
    text = "Earnings should grow by 20-25% this year."
    claims = find_numbers(text, sentence(text))
    assert [(c.text, c.value, c.unit) for c in claims] == [("20", 20, "%"), ("25%", 25, "%")]
    facts = "  - {id: growth, type: number, value: [20, 25], unit: '%', cues: [grow]}\n"
    _, right = run(text, facts)
    _, wrong = run("Earnings should grow by 20-30% this year.", facts)
    assert right == {"growth": "supported"}
    assert wrong == {"growth": "contradicted"}


def test_date_further_from_the_cue_still_supports_its_own_fact():
    facts = """\
  - {id: period-end, type: date, value: 2010-03-31, cues: [year to]}
  - {id: results-day, type: date, value: 2010-05-28, cues: [results]}
"""
    _, verdicts = run(
        "The group will publish results for the year to 31 March on 28 May.",
        facts,
        date="2010-04-20",
    )
    assert verdicts == {"period-end": "supported", "results-day": "supported"}


def test_speakers_own_day_does_not_contradict_the_event():
    claims, verdicts = run(
        "Speaking on Tuesday about the ballot, the minister urged people to vote.",
        "  - {id: ballot-day, type: date, value: 2010-06-10, cues: [ballot]}\n",
        date="2010-06-10",
    )
    assert ("Tuesday", None, "unchecked") in claims
    assert verdicts == {"ballot-day": "not-mentioned"}


def test_figure_a_change_starts_from_is_an_earlier_value():
    facts = "  - {id: rate, type: number, value: 4.5, unit: '%', cues: [interest rates]}\n"
    claims, verdicts = run("The bank cut interest rates from 4.75% to 4.5% on Thursday.", facts)
    assert ("4.75%", None, "unchecked") in claims
    assert verdicts == {"rate": "supported"}
    _, wrong = run("The bank cut interest rates from 4.75% to 4.25% on Thursday.", facts)
    assert wrong == {"rate": "contradicted"}
