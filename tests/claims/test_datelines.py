"""Datelines: cleaning trims "BRUSSELS, April 3 --" from a sentence's start (summaries do
not repeat it), and claim checking reads its place and date with that sentence."""

import pytest

from summarize.checker import check_claims
from summarize.claims.extract import checked_sentences
from summarize.facts import parse_facts
from summarize.text.clean import prepare_article

TABLE = parse_facts(
    """
date: 2024-04-03
facts:
  - id: meeting-place
    type: place
    value: Brussels
    cues: [meeting, foreign ministers]
    subject: [NATO]
  - id: meeting-date
    type: date
    value: 2024-04-03
    cues: [meeting, foreign ministers]
    subject: [NATO]
""",
    "t.yaml",
)
HEADLINE = "NATO ministers plan aid for Ukraine\n\n"


def report(body: str):
    return check_claims(HEADLINE + body, TABLE, include_unchecked=True)


def claims(body: str) -> list[tuple[str, str | None, str]]:
    return [(c.text, c.fact, c.status) for c in report(body).claims]


def statuses(body: str) -> dict[str, str]:
    return {f.id: f.status for f in report(body).facts}


def test_article_lists_the_trimmed_datelines_and_keeps_them_out_of_the_sentences():
    text = HEADLINE + "BRUSSELS, April 3 -- NATO foreign ministers met.\n\nWASHINGTON (AP) -- More."
    article = prepare_article(text)
    assert [d.text for d in article.datelines] == ["BRUSSELS, April 3 --", "WASHINGTON (AP) --"]
    assert [s.text for s in article.sentences] == ["NATO foreign ministers met.", "More."]
    assert [text[d.start : d.end] for d in article.datelines] == [
        "BRUSSELS, April 3 --",
        "WASHINGTON (AP) --",
    ]


def test_checked_sentence_starts_with_its_dateline():
    text = HEADLINE + "BRUSSELS, April 3 -- NATO foreign ministers met.\n\nNo dateline here."
    found = [s.text for s in checked_sentences(prepare_article(text))]
    assert found == [
        "NATO ministers plan aid for Ukraine",
        "BRUSSELS, April 3 -- NATO foreign ministers met.",
        "No dateline here.",
    ]


def test_dateline_place_and_date_support_the_facts_cued_in_its_sentence():
    body = "BRUSSELS, April 3 -- NATO foreign ministers gathered to plan aid."
    assert claims(body) == [
        ("BRUSSELS", "meeting-place", "supported"),
        ("April 3", "meeting-date", "supported"),
    ]
    assert statuses(body) == {"meeting-place": "supported", "meeting-date": "supported"}
    (first, _) = report(body).claims
    assert (first.line, first.column) == (3, 1)


def test_dateline_in_another_city_contradicts_when_the_sentence_names_no_place():
    body = "VILNIUS, April 3 -- NATO foreign ministers gathered to plan aid."
    assert ("VILNIUS", "meeting-place", "contradicted") in claims(body)
    assert report(body).flagged()


def test_place_and_date_in_the_sentence_win_over_the_dateline():
    body = "VILNIUS, April 2 -- NATO foreign ministers gathered in Brussels on Wednesday."
    assert claims(body) == [
        ("VILNIUS", None, "unchecked"),
        ("April 2", None, "unchecked"),
        ("Brussels", "meeting-place", "supported"),
        ("Wednesday", "meeting-date", "supported"),
    ]
    assert not report(body).flagged()


def test_dateline_agreeing_with_the_sentence_supports_the_facts_too():
    body = "BRUSSELS, April 3 -- NATO foreign ministers gathered in Brussels on Wednesday."
    assert [(text, status) for text, _, status in claims(body)] == [
        ("BRUSSELS", "supported"),
        ("April 3", "supported"),
        ("Brussels", "supported"),
        ("Wednesday", "supported"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "WASHINGTON (AP) -- The weather was fine all week.",
        "LONDON, April 9 -- Shares rose in early trading.",
    ],
)
def test_dateline_without_a_cue_is_unchecked(body):
    found = report(body)
    assert {c.status for c in found.claims} == {"unchecked"}
    assert set(statuses(body).values()) == {"not-mentioned"}
    assert not found.flagged()


def test_dateline_with_a_country_claims_only_the_city():
    body = "BRUSSELS, Belgium (Reuters) -- NATO foreign ministers gathered to plan aid."
    assert [c for c in claims(body) if c[1] == "meeting-place"] == [
        ("BRUSSELS", "meeting-place", "supported")
    ]
