"""End-to-end variants of the seed article, checked against seeds/facts.yaml.

Each variant is the seed with a few plain string replacements (every replaced string must
occur in the seed, so a variant cannot silently stop testing anything); the test states
the status every seed fact must get and, where it matters, the key claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.checker import check_claims
from summarize.facts import load_facts, parse_facts

ROOT = Path(__file__).resolve().parents[3]
SEED_PATH = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
FACTS_PATH = ROOT / "seeds" / "facts.yaml"
SEED = SEED_PATH.read_text(encoding="utf-8")
FACTS = load_facts(str(FACTS_PATH))
FACT_IDS = [f.id for f in FACTS.facts]

HEADLINE = "NATO head denies alliance is party to Ukraine war despite military aid"
SUMMIT = "at the NATO summit in Washington in July"
SUMMIT_SENTENCE = (
    "He expressed the hope that now that allies have begun to discuss planning, a decision on "
    "the final form of assistance could be taken at the NATO summit in Washington in July."
)
CAPTION_DATE = "in Brussels, Wednesday, April 3, 2024."
GATHERED = "gathered in Brussels on Wednesday"
SECGEN = "NATO Secretary General Jens Stoltenberg told"
SUPPORTERS = (
    "Russia is receiving support for its war of aggression from China, North Korea, and Iran."
)
SUPPORTERS_SENTENCE = "He also pointed out that " + SUPPORTERS
LEAD = "NATO member states have not yet decided"


def variant(*replacements: tuple[str, str]) -> str:
    text = SEED
    for old, new in replacements:
        assert old in text, f"variant replaces text the seed does not have: {old!r}"
        text = text.replace(old, new)
    return text


def fact_statuses(report) -> dict[str, str]:
    return {f.id: f.status for f in report.facts}


def expect(**changed: str) -> dict[str, str]:
    """Every seed fact supported, except those named (ids with '_' for '-')."""
    statuses = {fid: "supported" for fid in FACT_IDS}
    for key, status in changed.items():
        fid = key.replace("_", "-")
        assert fid in statuses, fid
        statuses[fid] = status
    return statuses


def claims_of(report, fact_id):
    return [(c.text, c.status) for c in report.claims if c.fact == fact_id]


def test_seed_article_supports_every_seed_fact():
    report = check_claims(SEED, FACTS, source=str(SEED_PATH))
    assert fact_statuses(report) == expect()
    assert [c for c in report.claims if c.status != "supported"] == []
    assert not report.flagged()
    assert not report.flagged("not-mentioned")


# (id, replacements, expected fact statuses, key claims: fact -> [(text, status)] subset)
SEED_VARIANTS = [
    # --- place: the summit
    (
        "summit-in-other-city",
        [(SUMMIT, "at the NATO summit in Vilnius in July")],
        expect(summit_place="contradicted"),
        {"summit-place": [("Vilnius", "contradicted")]},
    ),
    (
        "washington-summit-as-modifier",
        [(SUMMIT, "at the Washington summit in July")],
        expect(),
        {"summit-place": [("Washington", "supported")]},
    ),
    (
        "other-city-summit-as-modifier",
        [(SUMMIT, "at the Vilnius summit in July")],
        expect(summit_place="contradicted"),
        {"summit-place": [("Vilnius", "contradicted")]},
    ),
    (
        "summit-place-full-alias",
        [(SUMMIT, "at the NATO summit in Washington, D.C., in July")],
        expect(),
        {},
    ),
    (
        "summit-place-alias-without-dots",
        [(SUMMIT, "at the NATO summit in Washington DC in July")],
        expect(),
        {},
    ),
    (
        "misspelt-cue-still-ties-the-claim",
        [(SUMMIT, "at the NATO sumit in Vilnius in July")],
        expect(summit_place="contradicted"),
        {"summit-place": [("Vilnius", "contradicted")]},
    ),
    (
        "summit-not-mentioned",
        [(SUMMIT_SENTENCE, "")],
        expect(summit_place="not-mentioned", summit_month="not-mentioned"),
        {},
    ),
    (
        "headline-is-checked",
        [(HEADLINE, "Allies plan NATO summit in Vilnius")],
        expect(summit_place="contradicted"),
        {"summit-place": [("Vilnius", "contradicted")]},
    ),
    (
        "summit-in-the-meeting-city",
        [(SUMMIT, "at the NATO summit in Brussels in July")],
        expect(summit_place="contradicted"),
        {"summit-place": [("Brussels", "contradicted")]},
    ),
    # --- date: the summit month
    (
        "summit-in-other-month",
        [(SUMMIT, "at the NATO summit in Washington in June")],
        expect(summit_month="contradicted"),
        {"summit-month": [("June", "contradicted")]},
    ),
    (
        "summit-day-first-range",
        [(SUMMIT, "at the NATO summit in Washington on 9-11 July")],
        expect(),
        {"summit-month": [("9-11 July", "supported")]},
    ),
    (
        "summit-month-first-range",
        [(SUMMIT, "at the NATO summit in Washington on July 9-11")],
        expect(),
        {"summit-month": [("July 9-11", "supported")]},
    ),
    (
        "summit-range-in-other-month",
        [(SUMMIT, "at the NATO summit in Washington on June 28-30")],
        expect(summit_month="contradicted"),
        {"summit-month": [("June 28-30", "contradicted")]},
    ),
    # --- date: the meeting day (caption date removed so the tested form stands alone)
    (
        "meeting-weekday-resolves-against-table-date",
        [(CAPTION_DATE, "in Brussels.")],
        expect(),
        {"meeting-date": [("Wednesday", "supported")]},
    ),
    (
        "meeting-on-other-weekday",
        [(CAPTION_DATE, "in Brussels."), ("on Wednesday", "on Thursday")],
        expect(meeting_date="contradicted"),
        {"meeting-date": [("Thursday", "contradicted")]},
    ),
    (
        "meeting-on-other-full-date",
        [(CAPTION_DATE, "in Brussels."), (GATHERED, "gathered in Brussels on April 4, 2024")],
        expect(meeting_date="contradicted"),
        {"meeting-date": [("April 4, 2024", "contradicted")]},
    ),
    (
        "caption-weekday-contradicts-its-date",
        [("Wednesday, April 3, 2024", "Thursday, April 3, 2024")],
        expect(),
        {"meeting-date": [("Thursday, April 3, 2024", "inconsistent")]},
    ),
    (
        "caption-states-other-day",
        [("Wednesday, April 3, 2024", "Thursday, April 4, 2024")],
        expect(meeting_date="contradicted"),
        {"meeting-date": [("Thursday, April 4, 2024", "contradicted")]},
    ),
    # --- person: the Secretary General
    (
        "misspelt-surname",
        [(SECGEN, "NATO Secretary General Jens Stoltenburg told")],
        expect(),
        {"nato-secretary-general": [("Jens Stoltenburg", "supported")]},
    ),
    (
        "surname-only",
        [(SECGEN, "NATO Secretary General Stoltenberg told")],
        expect(),
        {"nato-secretary-general": [("Stoltenberg", "supported")]},
    ),
    (
        "hyphenated-title",
        [(SECGEN, "NATO Secretary-General Jens Stoltenberg told")],
        expect(),
        {"nato-secretary-general": [("Jens Stoltenberg", "supported")]},
    ),
    (
        "other-person-as-nato-chief",
        [(SECGEN, "NATO chief Mark Rutte told")],
        expect(nato_secretary_general="contradicted"),
        {"nato-secretary-general": [("Mark Rutte", "contradicted")]},
    ),
    (
        "person-not-mentioned",
        [(SECGEN, "officials told")],
        expect(nato_secretary_general="not-mentioned"),
        {},
    ),
    # --- place: the meeting
    ("meeting-in-other-city", [("Brussels", "Prague")], expect(meeting_place="contradicted"), {}),
    ("meeting-place-by-alias", [("Brussels", "Bruxelles")], expect(), {}),
    # --- entities: the countries supporting Russia
    (
        "list-without-oxford-comma",
        [(SUPPORTERS, SUPPORTERS.replace("North Korea, and Iran", "North Korea and Iran"))],
        expect(),
        {"russia-supporters": [("China, North Korea and Iran", "supported")]},
    ),
    (
        "list-with-as-well-as",
        [
            (
                SUPPORTERS,
                SUPPORTERS.replace(
                    "China, North Korea, and Iran", "China and North Korea as well as Iran"
                ),
            )
        ],
        expect(),
        {},
    ),
    (
        "list-by-aliases",
        [
            (
                SUPPORTERS,
                SUPPORTERS.replace("China, North Korea, and Iran", "Beijing, Pyongyang and Tehran"),
            )
        ],
        expect(),
        {},
    ),
    (
        "list-before-the-cue",
        [
            (
                SUPPORTERS_SENTENCE,
                "He also pointed out that China, North Korea and Iran are backing Russia.",
            )
        ],
        expect(),
        {},
    ),
    (
        "list-names-only-some-members",
        [(SUPPORTERS, SUPPORTERS.replace("China, North Korea, and Iran", "China and Iran"))],
        expect(russia_supporters="partial"),
        {},
    ),
    (
        "list-names-a-wrong-member",
        [(SUPPORTERS, SUPPORTERS.replace("North Korea", "Belarus"))],
        expect(russia_supporters="contradicted"),
        {},
    ),
    (
        "recipient-is-not-a-member",
        [(SUPPORTERS, SUPPORTERS[:-1] + ", while allies pledged support for Ukraine.")],
        expect(),
        {},
    ),
    (
        "list-not-mentioned",
        [(SUPPORTERS_SENTENCE, "")],
        expect(russia_supporters="not-mentioned"),
        {},
    ),
    (
        "list-without-the-subject",
        [
            (
                SUPPORTERS_SENTENCE,
                "He also pointed out that Ukraine is receiving support from "
                "Germany, France and Poland.",
            )
        ],
        expect(russia_supporters="not-mentioned"),
        {},
    ),
    (
        "dateline-supports-the-meeting-place-and-date",
        [(LEAD, "BRUSSELS, April 3 (Reuters) - " + LEAD)],
        expect(),
        {"meeting-place": [("BRUSSELS", "supported")], "meeting-date": [("April 3", "supported")]},
    ),
    (
        "dateline-in-another-city-with-no-place-in-its-sentence",
        [
            (LEAD, "VILNIUS (Reuters) - " + LEAD),
            ("told a press conference in Brussels on", "told a press conference on"),
        ],
        expect(meeting_place="contradicted"),
        {"meeting-place": [("VILNIUS", "contradicted")]},
    ),
    (
        "dateline-in-another-city-with-the-place-in-its-sentence",
        [(LEAD, "VILNIUS (Reuters) - " + LEAD)],
        expect(),
        {"meeting-place": [("Brussels", "supported")]},
    ),
    (
        "meeting-city-with-its-country",
        [(GATHERED, "gathered in Brussels, Belgium, on Wednesday")],
        expect(),
        {"meeting-place": [("Brussels", "supported")]},
    ),
    (
        "summit-month-as-an-alternative-including-it",
        [(SUMMIT, "at the NATO summit in Washington in June or July")],
        expect(),
        {"summit-month": [("June or July", "supported")]},
    ),
    (
        "summit-month-as-an-alternative-excluding-it",
        [(SUMMIT, "at the NATO summit in Washington in May or June")],
        expect(summit_month="contradicted"),
        {"summit-month": [("May or June", "contradicted")]},
    ),
    (
        "list-near-an-adjective-of-the-subject",
        [
            (
                SUPPORTERS_SENTENCE,
                "He also pointed out that Russian-speaking countries get support from "
                "Belarus and Kazakhstan.",
            )
        ],
        expect(russia_supporters="not-mentioned"),
        {},
    ),
]


@pytest.mark.parametrize(
    ("replacements", "statuses", "key_claims"),
    [pytest.param(r, s, k, id=i) for i, r, s, k in SEED_VARIANTS],
)
def test_seed_variant(replacements, statuses, key_claims):
    report = check_claims(variant(*replacements), FACTS)
    assert fact_statuses(report) == statuses
    for fact_id, expected in key_claims.items():
        got = claims_of(report, fact_id)
        for claim in expected:
            assert claim in got, (fact_id, got)
    wrong = any(s == "contradicted" for s in statuses.values()) or any(
        st == "inconsistent" for claims in key_claims.values() for _, st in claims
    )
    assert report.flagged() is wrong


@pytest.mark.parametrize(
    "form",
    ["April 3, 2024", "3 April 2024", "Wednesday (3 April 2024)", "2024-04-03", "April 3"],
)
def test_each_date_form_supports_the_meeting_date(form):
    text = variant((CAPTION_DATE, "in Brussels."), (GATHERED, f"gathered in Brussels on {form}"))
    report = check_claims(text, FACTS)
    assert fact_statuses(report)["meeting-date"] == "supported"
    found = [c for c in report.claims if c.fact == "meeting-date" and form.endswith(c.text[-4:])]
    assert found and all(c.value == "2024-04-03" for c in found), report.claims


def test_inconsistent_weekday_is_flagged():
    text = variant(("Wednesday, April 3, 2024", "Thursday, April 3, 2024"))
    report = check_claims(text, FACTS)
    assert [c.status for c in report.claims if c.text == "Thursday, April 3, 2024"] == [
        "inconsistent"
    ]
    assert report.flagged()
    assert not report.flagged("never")


NUMBER_FACT = """
  - id: member-countries
    type: number
    value: 32
    cues: [member countries, member states, allies]
    about: NATO members in April 2024
"""
NUMBER_FACTS = parse_facts(FACTS_PATH.read_text(encoding="utf-8") + NUMBER_FACT, "n.yaml")
MEMBERS_AT = "NATO member states have not yet decided"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "NATO, founded by 12 founding members in 1949, now has 32 member countries. ",
            "supported",
        ),
        ("The alliance now has thirty-two member countries. ", "supported"),
        ("The alliance now has 31 member countries. ", "contradicted"),
        ("NATO was founded by 12 founding members in 1949. ", "not-mentioned"),
        ("", "not-mentioned"),
    ],
)
def test_number_fact_in_seed_variant(sentence, status):
    text = variant((MEMBERS_AT, sentence + MEMBERS_AT))
    report = check_claims(text, NUMBER_FACTS)
    statuses = fact_statuses(report)
    assert statuses.pop("member-countries") == status
    assert statuses == expect()
    assert report.flagged() is (status == "contradicted")


ORGANIZATION_FACT = """
  - id: alliance
    type: organization
    value: NATO
    aliases: [North Atlantic Treaty Organization]
    cues: [alliance]
    about: The alliance whose ministers met
"""
ORGANIZATION_FACTS = parse_facts(
    FACTS_PATH.read_text(encoding="utf-8") + ORGANIZATION_FACT, "o.yaml"
)
ADVICE = "The Norwegian leader of NATO said"


@pytest.mark.parametrize(
    ("sentence", "status", "claim"),
    [
        ("The NATO alliance stands firm. ", "supported", ("NATO", "supported")),
        (
            "The North Atlantic Treaty Organization alliance stands united. ",
            "supported",
            ("North Atlantic Treaty Organization", "supported"),
        ),
        (
            "The Warsaw Pact alliance is long gone. ",
            "contradicted",
            ("Warsaw Pact", "contradicted"),
        ),
        ("", "not-mentioned", None),
    ],
)
def test_organization_fact_in_seed_variant(sentence, status, claim):
    report = check_claims(variant((ADVICE, sentence + ADVICE)), ORGANIZATION_FACTS)
    statuses = fact_statuses(report)
    assert statuses.pop("alliance") == status
    assert statuses == expect()
    if claim is not None:
        assert claim in claims_of(report, "alliance")
        assert {c.type for c in report.claims if c.fact == "alliance"} == {"organization"}
    assert report.flagged() is (status == "contradicted")
