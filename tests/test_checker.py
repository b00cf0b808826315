"""Tying and judging hand-built claims, independent of the claim finders."""

from dataclasses import replace
from datetime import date

import pytest

from summarize.checker import (
    DEFAULT_THRESHOLD,
    ClaimReport,
    FactVerdict,
    date_matches,
    judge,
    judge_sentences,
)
from summarize.claims import Claim
from summarize.claims.extract import SentenceClaims, fact_cues
from summarize.facts import DateValue, parse_facts
from summarize.text.segment import SentenceSpan

TABLE = parse_facts(
    """
date: 2024-04-03
facts:
  - id: meeting-place
    type: place
    value: Brussels
    cues: [meeting]
  - id: summit-place
    type: place
    value: Washington, D.C.
    aliases: [Washington DC]
    cues: [summit]
  - id: summit-dates
    type: date
    value: 2024-07-09/2024-07-11
    cues: [summit]
  - id: secretary-general
    type: person
    value: Jens Stoltenberg
    cues: [Secretary General]
  - id: supporters
    type: entities
    value: [China, North Korea, Iran]
    aliases:
      North Korea: [DPRK]
    cues: [support]
  - id: members
    type: number
    value: 32
    cues: [member countries]
""",
    "t.yaml",
)


def _fact(fact_id):
    return TABLE.get(fact_id)


def _sentence(text, words, kind, value, **extra):
    """One sentence holding one claim on the first occurrence of ``words``."""
    span = SentenceSpan(0, len(text), text, 0)
    start = text.index(words)
    claim = Claim(kind, words, value, start, start + len(words), span, **extra)
    return SentenceClaims(span, (claim,), fact_cues(text, span, TABLE.facts))


def _report(text, words, kind, value, **extra) -> ClaimReport:
    return judge_sentences([_sentence(text, words, kind, value, **extra)], TABLE, text)


def _status(report, fact_id):
    return next(f.status for f in report.facts if f.id == fact_id)


def test_place_near_its_cue_supports_the_fact():
    report = _report("The summit in Washington opens.", "Washington", "place", "Washington")
    (finding,) = report.claims
    assert (finding.fact, finding.status, finding.score) == ("summit-place", "supported", 100.0)
    assert _status(report, "summit-place") == "supported"
    assert _status(report, "meeting-place") == "not-mentioned"


def test_place_in_another_city_contradicts_and_shows_expected_value():
    report = _report("The summit in Vilnius opens.", "Vilnius", "place", "Vilnius")
    (finding,) = report.claims
    assert finding.status == "contradicted"
    assert finding.expected == "Washington, D.C."
    assert finding.score < 40
    assert report.flagged()


def test_value_matching_one_fact_is_not_held_against_the_other():
    text = "After the meeting in Brussels, the summit."
    report = _report(text, "Brussels", "place", "Brussels")
    assert [(c.fact, c.status) for c in report.claims] == [("meeting-place", "supported")]
    assert _status(report, "summit-place") == "not-mentioned"


def test_claim_ties_to_the_fact_whose_cue_is_nearest():
    text = "The meeting ended; the summit in Vilnius follows."
    report = _report(text, "Vilnius", "place", "Vilnius")
    assert [(c.fact, c.status) for c in report.claims] == [("summit-place", "contradicted")]
    assert _status(report, "meeting-place") == "not-mentioned"


def test_place_without_any_cue_is_unchecked_and_hidden_by_default():
    text = "Ministers flew to Rome."
    assert _report(text, "Rome", "place", "Rome").claims == ()
    shown = judge_sentences(
        [_sentence(text, "Rome", "place", "Rome")], TABLE, text, include_unchecked=True
    )
    assert [(c.fact, c.status) for c in shown.claims] == [(None, "unchecked")]
    assert not shown.flagged()


def test_value_of_a_fact_whose_cue_is_absent_is_not_held_against_present_ones():
    text = "Before the meeting he visited Washington."
    report = judge_sentences(
        [_sentence(text, "Washington", "place", "Washington")], TABLE, text, include_unchecked=True
    )
    assert [(c.fact, c.status) for c in report.claims] == [(None, "unchecked")]
    assert _status(report, "meeting-place") == "not-mentioned"


def test_value_of_an_absent_fact_is_held_against_a_cue_right_next_to_it():
    text = "The summit in Brussels opens."
    report = _report(text, "Brussels", "place", "Brussels")
    assert [(c.fact, c.status) for c in report.claims] == [("summit-place", "contradicted")]


def test_misspelled_surname_supports_the_person():
    text = "Secretary General Stoltenburg spoke."
    report = _report(text, "Stoltenburg", "person", "Stoltenburg")
    (finding,) = report.claims
    assert finding.status == "supported"
    assert finding.score >= DEFAULT_THRESHOLD


def test_other_person_contradicts_and_the_threshold_decides():
    text = "Secretary General Mark Rutte spoke."
    assert _report(text, "Mark Rutte", "person", "Mark Rutte").claims[0].status == "contradicted"
    sentence = _sentence(
        "Secretary General Stoltenburg spoke.", "Stoltenburg", "person", "Stoltenburg"
    )
    strict = judge_sentences([sentence], TABLE, sentence.sentence.text, threshold=95)
    assert strict.claims[0].status == "contradicted"


def test_entities_naming_all_members_by_alias_support_the_fact():
    text = "Russia gets support from China, DPRK and Iran."
    report = _report(text, "China, DPRK and Iran", "entities", ("China", "DPRK", "Iran"))
    assert report.claims[0].status == "supported"
    assert _status(report, "supporters") == "supported"


def test_entities_naming_some_members_make_the_fact_partial():
    text = "Russia gets support from China and Iran."
    report = _report(text, "China and Iran", "entities", ("China", "Iran"))
    assert report.claims[0].status == "supported"
    assert _status(report, "supporters") == "partial"
    assert not report.flagged()
    assert report.flagged("partial")


def test_entities_with_a_member_not_in_the_fact_are_contradicted():
    text = "Russia gets support from China, Belarus and Iran."
    report = _report(text, "China, Belarus and Iran", "entities", ("China", "Belarus", "Iran"))
    assert report.claims[0].status == "contradicted"
    assert _status(report, "supporters") == "contradicted"


@pytest.mark.parametrize(
    "members",
    [("Sir Alex Ferguson",), ("TUC",), ("Margaret Moran MP", "Tony Lester"), ("MEPs",)],
)
def test_list_naming_no_place_is_not_held_against_a_list_of_countries(members):
    words = " and ".join(members)
    text = f"The plan gets support from {words}."
    report = _report(text, words, "entities", members)
    assert report.claims == ()
    assert _status(report, "supporters") == "not-mentioned"
    assert not report.flagged()


def test_list_naming_a_place_is_held_against_a_list_of_countries():
    text = "Russia gets support from Belarus and Sir Alex Ferguson."
    words = "Belarus and Sir Alex Ferguson"
    report = _report(text, words, "entities", ("Belarus", "Sir Alex Ferguson"))
    assert [c.status for c in report.claims] == ["contradicted"]


def test_number_quantifying_the_cue_is_judged():
    text = "NATO has 32 member countries."
    start = text.index("member")
    good = _report(text, "32", "number", 32.0, target=(start, start + 16))
    bad = _report(text, "32", "number", 31.0, target=(start, start + 16))
    assert _status(good, "members") == "supported"
    assert _status(bad, "members") == "contradicted"


def test_number_quantifying_other_words_is_not_tied():
    text = "NATO had 12 founding members; it now has 32 member countries."
    start = text.index("founding")
    report = _report(text, "12", "number", 12.0, target=(start, start + 16))
    assert report.claims == ()
    assert _status(report, "members") == "not-mentioned"


def test_month_claim_supports_an_interval_inside_that_month():
    text = "The summit is in July."
    report = _report(text, "July", "date", DateValue.month(2024, 7))
    assert _status(report, "summit-dates") == "supported"


@pytest.mark.parametrize(
    ("months", "status"), [((6, 7), "supported"), ((5, 6), "contradicted")]
)
def test_either_or_date_agrees_when_one_alternative_does(months, status):
    alternatives = tuple(DateValue.month(2024, m) for m in months)
    hull = DateValue.interval(alternatives[0].start, alternatives[-1].end)
    text = "The summit is in June or July."
    report = _report(text, "June or July", "date", hull, alternatives=alternatives)
    (finding,) = report.claims
    assert (finding.fact, finding.status) == ("summit-dates", status)
    assert finding.value == " or ".join(str(a) for a in alternatives)


def test_inconsistent_date_is_flagged_with_or_without_a_fact():
    text = "The summit opens Thursday, July 9, 2024."
    value = DateValue.day(date(2024, 7, 9))
    report = _report(text, "Thursday, July 9, 2024", "date", value, inconsistent=True)
    assert [(c.fact, c.status) for c in report.claims] == [("summit-dates", "inconsistent")]
    assert report.flagged()
    text = "He spoke on Thursday, April 3, 2024."
    value = DateValue.day(date(2024, 4, 3))
    report = _report(text, "Thursday, April 3, 2024", "date", value, inconsistent=True)
    assert [(c.fact, c.status) for c in report.claims] == [(None, "inconsistent")]


@pytest.mark.parametrize(
    ("claim", "fact", "agrees"),
    [
        (DateValue.month(2024, 7), DateValue.parse("2024-07-09/2024-07-11"), True),
        (DateValue.day(date(2024, 7, 10)), DateValue.parse("2024-07-09/2024-07-11"), True),
        (DateValue.parse("2024-07-08/2024-07-12"), DateValue.parse("2024-07-09/2024-07-11"), False),
        (DateValue.parse("2024-07-09/2024-07-11"), DateValue.month(2024, 7), True),
        (DateValue.year(2024), DateValue.day(date(2024, 4, 3)), True),
        (DateValue.day(date(2024, 4, 4)), DateValue.day(date(2024, 4, 3)), False),
        (DateValue.month(2024, 6), DateValue.parse("2024-07-09/2024-07-11"), False),
    ],
)
def test_date_agrees_at_the_precision_stated(claim, fact, agrees):
    assert date_matches(claim, fact) is agrees


def test_place_matches_alias_and_the_name_before_the_comma():
    fact = _fact("summit-place")
    span = SentenceSpan(0, 1, "x", 0)
    for name in ("Washington DC", "Washington", "washington, d.c."):
        assert judge(Claim("place", name, name, 0, 1, span), fact).status == "supported"
    assert judge(Claim("place", "Vilnius", "Vilnius", 0, 1, span), fact).score < 30


def test_flagged_levels_are_cumulative():
    def report(*statuses):
        facts = tuple(FactVerdict(f"f{i}", "place", s, "x") for i, s in enumerate(statuses))
        return ClaimReport("s", facts, ())

    assert not report("supported", "partial", "not-mentioned").flagged()
    assert report("supported", "partial").flagged("partial")
    assert not report("supported", "not-mentioned").flagged("partial")
    assert report("supported", "not-mentioned").flagged("not-mentioned")
    assert not report("contradicted").flagged("never")
    with pytest.raises(ValueError):
        report().flagged("sometimes")


def test_report_dict_has_the_json_contract():
    report = _report("The summit in Vilnius opens.", "Vilnius", "place", "Vilnius")
    data = report.to_dict()
    assert set(data) == {"source", "facts", "claims", "counts"}
    assert set(data["facts"][0]) == {"id", "type", "status", "expected", "about"}
    assert {
        "fact",
        "type",
        "text",
        "value",
        "status",
        "score",
        "line",
        "column",
        "start",
        "end",
        "sentence",
    } <= set(data["claims"][0])
    assert data["counts"]["claims"]["contradicted"] == 1
    assert data["counts"]["facts"]["not-mentioned"] == 5
    assert (data["claims"][0]["line"], data["claims"][0]["column"]) == (1, 15)


# --------------------------------------------------------------------------- the seed


def test_seed_article_supports_every_seed_fact_quickly():
    import time
    from pathlib import Path

    from summarize.checker import check_claims
    from summarize.facts import load_facts

    root = Path(__file__).resolve().parents[1]
    seed = (root / "seeds" / "nato-ukraine-2024-04-03.txt").read_text(encoding="utf-8")
    facts = load_facts(str(root / "seeds" / "facts.yaml"))
    check_claims(seed, facts)  # first call loads the gazetteer
    t0 = time.perf_counter()
    report = check_claims(seed, facts, source="seed.txt")
    elapsed = time.perf_counter() - t0
    assert {f.id: f.status for f in report.facts} == {f.id: "supported" for f in facts.facts}
    assert {c.status for c in report.claims} == {"supported"}
    assert {c.fact for c in report.claims} == {f.id for f in facts.facts}
    assert report.source == "seed.txt" and not report.flagged()
    assert elapsed < 1.0


# --------------------------------------------------------------------------- references


def _table(yaml_text):
    return parse_facts(yaml_text, "r.yaml")


def test_yearless_date_takes_the_year_of_the_fact_when_nothing_else_gives_one():
    from summarize.checker import check_claims

    facts = _table("facts:\n  - {id: vote, type: date, value: 2019-05-23, cues: [vote]}\n")
    report = check_claims("The vote was held on May 23.\n", facts)
    assert [(c.fact, c.value, c.status) for c in report.claims] == [
        ("vote", "2019-05-23", "supported")
    ]


def test_weekday_alone_resolves_against_a_day_fact_but_not_a_month_fact():
    from summarize.checker import check_claims

    day = _table("facts:\n  - {id: vote, type: date, value: 2019-05-23, cues: [vote]}\n")
    month = _table("facts:\n  - {id: vote, type: date, value: 2019-05, cues: [vote]}\n")
    text = "The vote was held on Thursday.\n"
    assert [c.status for c in check_claims(text, day).claims] == ["supported"]
    assert check_claims(text, month).claims == ()


def test_article_full_date_is_the_reference_before_the_table_date():
    from summarize.checker import check_claims

    facts = _table(
        "date: 2024-01-10\nfacts:\n  - {id: vote, type: date, value: 2019-05-23, cues: [vote]}\n"
    )
    text = "Officials spoke on May 20, 2019.\n\nThe vote is on Thursday.\n"
    report = check_claims(text, facts)
    assert [(c.text, c.value, c.status) for c in report.claims if c.fact] == [
        ("Thursday", "2019-05-23", "supported")
    ]


def test_positions_are_one_based_lines_and_columns_of_the_input():
    from summarize.checker import check_claims

    facts = _table("facts:\n  - {id: venue, type: place, value: Paris, cues: [summit]}\n")
    text = "Leaders arrive.\n\nThe summit in Lyon opens.\n"
    (finding,) = check_claims(text, facts).claims
    assert (finding.line, finding.column, finding.start, finding.end) == (3, 15, 31, 35)
    assert text[finding.start : finding.end] == "Lyon"
    assert finding.sentence == "The summit in Lyon opens."


PEOPLE = parse_facts(
    """
facts:
  - id: scorers
    type: entities
    value: [Ann Lee, Bo Chan]
    cues: [goals]
  - id: supporters
    type: entities
    value: [China, Iran]
    cues: [backing]
""",
    "people.yaml",
)


def _people_report(text, words, value, **extra):
    span = SentenceSpan(0, len(text), text, 0)
    start = text.index(words)
    claim = Claim("entities", words, value, start, start + len(words), span, **extra)
    sc = SentenceClaims(span, (claim,), fact_cues(text, span, PEOPLE.facts))
    return judge_sentences([sc], PEOPLE, text)


def test_list_of_people_sharing_no_member_is_not_held_against_the_fact():
    text = "The goals were cancelled out by Cy Dunn."
    report = _people_report(text, "Cy Dunn", ("Cy Dunn",))
    assert report.claims == ()
    assert not report.flagged()


def test_list_of_people_sharing_a_member_with_a_wrong_one_is_contradicted():
    text = "The goals came from Ann Lee and Cy Dunn."
    report = _people_report(text, "Ann Lee and Cy Dunn", ("Ann Lee", "Cy Dunn"))
    assert [c.status for c in report.claims] == ["contradicted"]


def test_loose_list_of_places_sharing_no_member_is_not_held():
    text = "Its backing of Ukraine grew."
    report = _people_report(text, "Ukraine", ("Ukraine",), loose=True)
    assert report.claims == ()
    strong = _people_report(text, "Ukraine", ("Ukraine",))
    assert [c.status for c in strong.claims] == ["contradicted"]


def test_titles_before_a_member_are_not_part_of_its_name():
    text = "The goals came from striker Ann Lee and Captain Bo Chan."
    words = "Ann Lee and Captain Bo Chan"
    report = _people_report(text, words, ("Ann Lee", "Captain Bo Chan"))
    assert [c.status for c in report.claims] == ["supported"]
    assert {f.id: f.status for f in report.facts}["scorers"] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was calm, but there is doubt in Prague.",
        '"The meeting was fine," said a man who had lived in Prague.',
        "The meeting ended; later the leaders flew to Prague.",
    ],
)
def test_place_in_another_clause_than_the_cue_is_not_held(text):
    report = _report(text, "Prague", "place", "Prague")
    assert [c.status for c in report.claims] == []
    assert not report.flagged()


def test_place_in_the_cue_clause_is_held():
    report = _report("The meeting was later held in Prague.", "Prague", "place", "Prague")
    assert [c.status for c in report.claims] == ["contradicted"]


def test_name_that_is_a_cue_of_the_table_is_not_held():
    text = "The Secretary General Summit opened."
    report = _report(text, "Summit", "person", "Summit")
    assert report.claims == ()
    assert _status(report, "secretary-general") == "not-mentioned"


AWARDS = parse_facts(
    """
facts:
  - id: best-coach
    type: person
    value: Piet Smit
    cues: [best coach]
  - id: best-player
    type: person
    value: Ann Lee
    cues: [best player]
""",
    "awards.yaml",
)


def test_name_is_held_against_the_fact_whose_cue_it_was_read_from():
    text = "Rovers won best coach for Piet Smit while Bo Chan took the best player award."
    span = SentenceSpan(0, len(text), text, 0)
    start = text.index("Bo Chan")
    cue = text.index("best player")
    claim = Claim("person", "Bo Chan", "Bo Chan", start, start + 7, span, target=(cue, cue + 11))
    sc = SentenceClaims(span, (claim,), fact_cues(text, span, AWARDS.facts))
    report = judge_sentences([sc], AWARDS, text)
    assert [(c.fact, c.status) for c in report.claims] == [("best-player", "contradicted")]


@pytest.mark.parametrize(
    ("town", "status"), [("Brussels", "supported"), ("Prague", "contradicted")]
)
def test_venue_with_its_town_supports_when_either_matches(town, status):
    text = f"The meeting was held at the Egmont Palace in {town}."
    words = f"Egmont Palace in {town}"
    report = _report(text, words, "place", words, alternatives=("Egmont Palace", town))
    assert [c.status for c in report.claims] == [status]


ARTICLE = (
    "The meeting in Brussels opened on Wednesday, April 3, 2024.\n\n"
    "Earlier, 40 diplomats flew to Rome on Thursday, April 3, 2024, for other talks.\n\n"
    "The summit in Vilnius will open on July 9, with 32 member countries."
)


def test_report_without_unchecked_claims_is_the_full_report_without_them():
    from summarize.checker import check_claims

    full = check_claims(ARTICLE, TABLE, include_unchecked=True)
    short = check_claims(ARTICLE, TABLE)
    assert "unchecked" in [c.status for c in full.claims]
    assert short.claims == tuple(c for c in full.claims if c.status != "unchecked")
    assert short.facts == full.facts
    # the weekday contradicting its date is flagged though no cue is in its sentence
    assert [(c.fact, c.text) for c in short.claims if c.status == "inconsistent"] == [
        (None, "Thursday, April 3, 2024")
    ]


def test_sentence_without_a_cue_yields_only_its_dates_when_unchecked_are_not_wanted():
    from summarize.claims.extract import extract
    from summarize.text.clean import prepare_article

    article = prepare_article(ARTICLE, clean=True)
    every = extract(article, TABLE)
    dated = extract(article, TABLE, uncued=False)
    rome = next(i for i, s in enumerate(every) if "Rome" in s.sentence.text)
    assert not every[rome].cues
    assert {c.type for c in every[rome].claims} == {"date", "place", "number"}
    for i, sentence in enumerate(every):
        if sentence.cues:
            assert dated[i] == sentence
        else:
            dates = tuple(c for c in sentence.claims if c.type == "date")
            assert dated[i] == replace(sentence, claims=dates)
    assert any(sentence.cues for sentence in every)
