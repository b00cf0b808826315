"""Name claims: the capitalised name next to a cue, never the cue itself."""

import re
from pathlib import Path

import pytest

from summarize.claims import CueMatch
from summarize.claims.cues import find_cues
from summarize.claims.names import find_names
from summarize.text.segment import SentenceSpan, split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-ukraine-2024-04-03.txt"


def whole(text: str) -> SentenceSpan:
    return SentenceSpan(0, len(text), text, 0)


def names(text: str, cue: str, **options) -> list[str]:
    cues = [CueMatch(cue, m.start(), m.end()) for m in re.finditer(cue, text, re.I)]
    found = find_names(text, whole(text), cues, **options)
    for claim in found:
        assert text[claim.start : claim.end] == claim.text == claim.value
        assert not any(c.start < claim.end and claim.start < c.end for c in cues)
    return [c.value for c in found]


def test_seed_article_names_the_secretary_general_once():
    text = SEED.read_text(encoding="utf-8")
    found = []
    for sentence in split_sentences(text):
        cues = find_cues(text, sentence, ["secretary general"])
        found += [(c.value, c.type) for c in find_names(text, sentence, cues)]
    # "said the secretary general." has no name next to the cue
    assert found == [("Jens Stoltenberg", "person")]


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "Secretary General Jens Stoltenberg told reporters.",
            "Secretary General",
            "Jens Stoltenberg",
        ),
        (
            "NATO Secretary General Jens Stoltenberg told a press conference.",
            "Secretary General",
            "Jens Stoltenberg",
        ),
        ("NATO chief Mark Rutte visited Kyiv.", "chief", "Mark Rutte"),
        (
            "Secretary General Jens Stoltenburg told reporters.",
            "Secretary General",
            "Jens Stoltenburg",
        ),
        (
            "NATO's secretary general, Jens Stoltenberg, spoke first.",
            "secretary general",
            "Jens Stoltenberg",
        ),
        ("NATO's secretary general is Mark Rutte.", "secretary general", "Mark Rutte"),
        ("Commission chief Ursula von der Leyen spoke.", "chief", "Ursula von der Leyen"),
        ("Free French chief Charles de Gaulle spoke.", "chief", "Charles de Gaulle"),
        ("The chief, Jean-Claude O'Brien, spoke.", "chief", "Jean-Claude O'Brien"),
        ("The chief, Dr. Anna Smith, spoke.", "chief", "Anna Smith"),
        ("Secretary General Stoltenberg's remarks were short.", "Secretary General", "Stoltenberg"),
    ],
)
def test_name_after_the_cue(sentence, cue, expected):
    assert names(sentence, cue) == [expected]


def test_middle_initial_stays_in_the_name():
    assert names("President George W. Bush spoke.", "President") == ["George W. Bush"]


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "Jens Stoltenberg, NATO's secretary general, said so.",
            "secretary general",
            "Jens Stoltenberg",
        ),
        (
            "Jens Stoltenberg, NATO Secretary General, said so.",
            "Secretary General",
            "Jens Stoltenberg",
        ),
        ("Stoltenberg, the outgoing NATO chief, spoke.", "chief", "Stoltenberg"),
        ("Mark Rutte is the new NATO secretary general.", "secretary general", "Mark Rutte"),
        (
            "Speaking in Brussels, Stoltenberg, the alliance's chief, said so.",
            "chief",
            "Stoltenberg",
        ),
    ],
)
def test_name_in_apposition_before_the_cue(sentence, cue, expected):
    assert names(sentence, cue) == [expected]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("He added that, said the secretary general.", "secretary general"),
        ("The NATO chief said on Wednesday that aid would flow.", "chief"),
        ("In Brussels, the chief said aid would flow.", "chief"),
        ("The chief in July said so.", "chief"),
        ("Ukraine, the chief said, needs more.", "chief"),
        ("The secretary general, Ukraine's ally, spoke.", "secretary general"),
    ],
)
def test_no_name_next_to_the_cue_gives_no_claim(sentence, cue):
    assert names(sentence, cue) == []


def test_one_claim_per_cue_occurrence():
    text = "NATO chief Mark Rutte met EU chief Ursula von der Leyen."
    assert names(text, "chief") == ["Mark Rutte", "Ursula von der Leyen"]


def test_organization_directly_before_its_cue():
    text = "Members of the NATO alliance met."
    assert names(text, "alliance") == []
    assert names(text, "alliance", kind="organization") == ["NATO"]
    cue = CueMatch("alliance", text.index("alliance"), text.index("alliance") + 8)
    assert find_names(text, whole(text), [cue], kind="organization")[0].type == "organization"


def test_organization_between_cue_and_name_is_skipped():
    text = "Secretary General of NATO Jens Stoltenberg spoke."
    assert names(text, "Secretary General") == ["Jens Stoltenberg"]
    assert names("The Secretary General of NATO said so.", "Secretary General") == []


def test_weekday_after_a_name_is_not_part_of_it():
    assert names("President Joe Biden Tuesday said so.", "President") == ["Joe Biden"]


def test_names_from_a_news_report():
    text = (
        "Kremlin spokesman Dmitry Peskov said the summit was anti-Russian, while "
        "Turkey's President Recep Tayyip Erdogan dropped his objections and "
        "EU foreign policy chief Josep Borrell urged patience."
    )
    cues = [
        CueMatch(cue, text.index(cue), text.index(cue) + len(cue))
        for cue in ("spokesman", "President", "chief")
    ]
    found = find_names(text, whole(text), cues)
    assert [c.value for c in found] == ["Dmitry Peskov", "Recep Tayyip Erdogan", "Josep Borrell"]


def test_title_case_headline_verb_ends_the_name():
    assert names("NATO Chief Stoltenberg Says Allies Must Do More", "Chief") == ["Stoltenberg"]
    text = "Secretary General Jens Stoltenberg Will Visit Kyiv"
    assert names(text, "Secretary General") == ["Jens Stoltenberg"]


def test_lone_place_name_in_an_apposition_is_not_a_name():
    assert names("Speaking as NATO's chief, Washington said nothing.", "chief") == []
    assert names("Paris, the chief said, was ready.", "chief") == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Former NATO chief Anders Fogh Rasmussen disagreed.", "chief"),
        ("The ex-NATO chief Anders Fogh Rasmussen disagreed.", "chief"),
        ("NATO Deputy Secretary General Mircea Geoana spoke.", "Secretary General"),
        ("Anders Fogh Rasmussen, a former NATO secretary general, disagreed.", "secretary general"),
        ("The incoming NATO chief, Mark Rutte, spoke.", "chief"),
    ],
)
def test_former_deputy_or_incoming_office_holder_is_not_claimed(sentence, cue):
    assert names(sentence, cue) == []


def test_then_as_an_adverb_keeps_the_name():
    assert names("And then NATO chief Jens Stoltenberg spoke.", "chief") == ["Jens Stoltenberg"]
    assert names("The then-NATO chief Jens Stoltenberg spoke.", "chief") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "kind"),
    [
        ("Top female singer winner Ann Lee sang.", "Top female singer", "Ann Lee", "person"),
        ("Best coach went to Dutch trainer Piet Smit.", "Best coach", "Piet Smit", "person"),
        (
            "It held merger talks with US bank Acme Trust.",
            "merger talks",
            "Acme Trust",
            "organization",
        ),
        ("They got a £5m bid from Rovers on Friday.", "bid", "Rovers", "organization"),
        ("The market is dominated by Acme for now.", "dominated", "Acme", "organization"),
        ("Umpire: J Brown (Kent)", "Umpire", "J Brown", "person"),
    ],
)
def test_name_led_to_by_a_role_a_preposition_or_a_colon(sentence, cue, expected, kind):
    assert names(sentence, cue, kind=kind) == [expected]


def test_for_and_over_after_a_cue_do_not_lead_to_a_name():
    assert names("Bo Chan won top coach for Rovers.", "top coach") == ["Bo Chan"]
    assert names("They face manslaughter over the Leeds crash.", "manslaughter") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("Ann Lee took the fiercely fought best singer award.", "best singer", "Ann Lee"),
        ("Acme Rail faces a corporate manslaughter charge.", "corporate manslaughter", "Acme Rail"),
        ("Rovers have made a £5m bid for him.", "bid", "Rovers"),
        ("Her coach Lee, who beat Bo Chan to the top coach award, wept.", "top coach", "Lee"),
    ],
)
def test_subject_of_a_holding_verb_before_the_cue(sentence, cue, expected):
    assert names(sentence, cue) == [expected]


def test_subject_of_a_verb_cue_beats_its_object():
    assert names("Ann Lee beat Bo Chan in the final.", "beat") == ["Ann Lee"]


def test_possessive_full_name_before_a_lowercase_cue():
    assert names("Ann Lee's best singer award was a surprise.", "best singer") == ["Ann Lee"]


def test_apposition_before_a_cue_followed_by_of_is_the_person():
    text = "Bo Chan, president of Acme Computer Europe, spoke."
    assert names(text, "president") == ["Bo Chan"]


def test_apposition_with_a_plural_possessive():
    assert names("Bo Chan, Barclays' chief executive, spoke.", "chief executive") == ["Bo Chan"]


def test_will_may_open_a_name_after_a_cue():
    assert names("Top singer winner Will Young sang.", "Top singer") == ["Will Young"]


def test_name_records_the_cue_it_was_read_next_to():
    text = "Top coach Piet Smit spoke."
    cue = CueMatch("Top coach", 0, 9)
    (claim,) = find_names(text, whole(text), [cue])
    assert claim.target == (0, 9)


def test_sentence_adverb_before_a_comma_is_not_a_name():
    assert names("Similarly, analysts expect a rise.", "analysts") == []


def test_preposition_leads_to_an_organization_not_a_person():
    text = "They wrote to analysts from Acme Bank on Friday."
    assert names(text, "analysts", kind="organization") == ["Acme Bank"]
    assert names(text, "analysts") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Building firm Acme Rail and three site managers are to go on trial for manslaughter.",
        "Acme Rail was charged with manslaughter last year.",
    ],
)
def test_subject_of_a_charge_before_the_cue(sentence):
    assert names(sentence, "manslaughter", kind="organization") == ["Acme Rail"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg was named coach on Monday.",
        "Anna Berg, who was appointed coach last year, spoke.",
    ],
)
def test_person_named_to_the_cued_role(sentence):
    assert names(sentence, "coach") == ["Anna Berg"]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Director Anna Berg was named best director.", "best director"),
        ("Anna Berg, the minister, spoke.", "minister"),
        ("The best director award went to Deputy Minister Anna Berg.", "best director award"),
    ],
)
def test_titles_are_never_part_of_the_name(sentence, cue):
    assert names(sentence, cue) == ["Anna Berg"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("After that he beat Bo Chan in three sets.", []),
        ("He won the tie by beating Bo Chan.", []),
        ("Ann Lee, who beat Bo Chan, was happy.", ["Ann Lee"]),
    ],
)
def test_object_of_a_verb_cue_is_never_its_name(sentence, expected):
    assert names(sentence, "beat(?:ing)?") == expected


def test_name_after_a_preposition_is_not_taken_in_part():
    assert names("It was a fine display from Ann Lee, who beat Bo Chan.", "beat") == []
