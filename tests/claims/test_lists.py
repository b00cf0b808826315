"""Entity-list claims: the enumeration tied to a cue, never its recipient."""

import re
from pathlib import Path

import pytest

from summarize.claims import CueMatch
from summarize.claims.cues import find_cues
from summarize.claims.lists import find_lists, find_loose_lists
from summarize.text.segment import SentenceSpan, split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-ukraine-2024-04-03.txt"
CUES = r"\b(?:support|back)\w*"


def whole(text: str) -> SentenceSpan:
    return SentenceSpan(0, len(text), text, 0)


def lists(text: str) -> list[tuple[str, ...]]:
    cues = [CueMatch(m.group(), m.start(), m.end()) for m in re.finditer(CUES, text, re.I)]
    found = find_lists(text, whole(text), cues)
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        assert claim.type == "entities"
        assert claim.text.startswith(claim.value[0]) and claim.text.endswith(claim.value[-1])
    return [c.value for c in found]


def test_seed_article_names_china_north_korea_and_iran():
    text = SEED.read_text(encoding="utf-8")
    found = []
    for sentence in split_sentences(text):
        cues = find_cues(text, sentence, ["support", "backing"])
        found += [c.value for c in find_lists(text, sentence, cues)]
    assert found == [("China", "North Korea", "Iran")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia is receiving support for its war of aggression from China, North Korea, and Iran.",
        "Russia is receiving support for its war of aggression from China, North Korea and Iran.",
        "Russia gets support from China, North Korea as well as Iran.",
        "Russia gets support from China, North Korea, as well as Iran.",
        "Russia gets support from China, North Korea and Iran, Stoltenberg said.",
        "China, North Korea and Iran are backing Russia.",
        "China, North Korea, and Iran have all backed Russia.",
        "Russia, backed by China, North Korea and Iran, fights on.",
    ],
)
def test_enumeration_with_or_without_oxford_comma(sentence):
    assert lists(sentence) == [("China", "North Korea", "Iran")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia gets support from China.", ("China",)),
        ("China is backing Russia.", ("China",)),
        ("Iran's support for Russia grew.", ("Iran",)),
        ("With the backing of China or Iran, Russia fights.", ("China", "Iran")),
        (
            "Support came from Bosnia and Herzegovina and Serbia.",
            ("Bosnia and Herzegovina", "Serbia"),
        ),
        ("Russia gets support from China, Iran.", ("China", "Iran")),
    ],
)
def test_short_lists_and_single_members(sentence, expected):
    assert lists(sentence) == [expected]


def test_leading_the_is_not_part_of_a_member():
    text = "Support for Ukraine from the United States, Germany and the UK grew."
    assert lists(text) == [("United States", "Germany", "UK")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Allies pledged support for Ukraine.",
        "Allies pledged support to Ukraine.",
        "All Allies agree on the need to support Ukraine.",
        "Ukraine is supported by the allies.",
        "Ukraine has support from its allies.",
        "In support of Ukraine, ministers met.",
        "Russia gets support from China's allies.",
    ],
)
def test_recipient_is_not_a_member(sentence):
    assert lists(sentence) == []


def test_backing_names_the_backers_not_the_backed():
    assert lists("Iran and North Korea are backing Russia.") == [("Iran", "North Korea")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meanwhile, China, Iran and North Korea are backing Russia.",
        "According to Stoltenberg, China, Iran and North Korea are backing Russia.",
    ],
)
def test_words_before_the_list_are_not_members(sentence):
    assert lists(sentence) == [("China", "Iran", "North Korea")]


def test_list_stays_in_its_sentence():
    text = "Russia gets support. China, Iran and North Korea help."
    sentence = split_sentences(text)[0]
    cue = CueMatch("support", text.index("support"), text.index("support") + 7)
    assert find_lists(text, sentence, [cue]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russia gets support from countries such as China, North Korea and Iran.",
            ("China", "North Korea", "Iran"),
        ),
        ("Russia is backed by the likes of Iran and North Korea.", ("Iran", "North Korea")),
        ("Russia gets support from allies including Belarus.", ("Belarus",)),
    ],
)
def test_list_after_such_as_like_or_including(sentence, expected):
    assert lists(sentence) == [expected]


def test_abbreviated_countries_are_members():
    assert lists("The U.S. and the U.K. are backing Kyiv.") == [("U.S.", "U.K.")]
    assert lists("The United States and Germany are backing Ukraine.") == [
        ("United States", "Germany")
    ]


def test_group_noun_before_the_members_is_skipped():
    assert lists("Russia has support from its partners China and Iran.") == [("China", "Iran")]
    assert lists("Russia gets support from allies in Europe.") == []


def test_by_with_a_gerund_does_not_hide_the_backers_before_the_cue():
    assert lists("China and Iran are backing Russia by sending drones.") == [("China", "Iran")]


def test_from_settles_the_direction_even_without_a_name():
    assert lists("Ukraine's support from its allies grew.") == []


def test_title_case_headline_lists():
    assert lists("China, Iran And North Korea Back Russia") == [("China", "Iran", "North Korea")]
    assert lists("Russia Gets Support From China, Iran And North Korea") == [
        ("China", "Iran", "North Korea")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia's backers, China, Iran and North Korea, met.", [("China", "Iran", "North Korea")]),
        ("Russia's backers such as Iran sent drones.", [("Iran",)]),
        ("Its backers were Iran and North Korea.", [("Iran", "North Korea")]),
        ("Russia's backers met in secret.", []),
    ],
)
def test_agent_noun_cue_takes_the_names_after_it(sentence, expected):
    assert lists(sentence) == expected


def test_intro_repeated_after_the_conjunction():
    text = "Russia gets support from China as well as from Iran."
    assert lists(text) == [("China", "Iran")]


def test_list_before_the_cue_does_not_reach_into_an_earlier_clause():
    text = "Russia attacked Kyiv, and China, Iran and North Korea are backing it."
    assert lists(text) == [("China", "Iran", "North Korea")]


def test_negated_backers_are_not_a_list():
    assert lists("China is not backing Russia, officials said.") == []
    assert lists("India has never backed Russia.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Many have backed the plan.",
        "Some have supported Russia from the start.",
        "Most are backing Russia.",
        "Others backed Russia.",
        "They are backing Russia.",
        "Several have backed Russia openly.",
        "Both have supported Russia.",
        "Everyone is backing the plan.",
        "Many of them have backed Russia.",
    ],
)
def test_capitalised_quantifiers_and_pronouns_are_not_members(sentence):
    assert lists(sentence) == []


def giver_lists(text: str) -> list[tuple[str, ...]]:
    cues = [
        CueMatch(m.group(), m.start(), m.end())
        for m in re.finditer(r"\b(?:support|back|help|aid)\w*", text, re.I)
    ]
    return [c.value for c in find_lists(text, whole(text), cues)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Goals from Ian Henderson and Peter Vincenti helped the side win.",
        "He travelled to London from Belfast to help his son.",
        "Troops could be sent to Baghdad to help train soldiers.",
        "The event was held in the run up to World Aids Day.",
        "They cracked down on Muslim Brotherhood supporters.",
    ],
)
def test_names_after_a_preposition_are_not_the_givers_before_the_cue(sentence):
    assert giver_lists(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Investor backing: shares rose at once.",
        "Parental support: Kian with his father.",
        "Looking back, the maps tell a story.",
        "Pushing back: tribesmen joined the forces.",
        "She won Best Supporting Actress.",
        "His supporters were unable to reach the square.",
    ],
)
def test_a_word_modifying_the_cue_is_not_a_giver(sentence):
    assert giver_lists(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("China backs Russia.", [("China",)]),
        ("China supported Russia throughout the war.", [("China",)]),
        ("China and Iran support Russia.", [("China", "Iran")]),
        ("Iran's support keeps Russia going.", [("Iran",)]),
        ("According to Stoltenberg, China and Iran are backing Russia.", [("China", "Iran")]),
    ],
)
def test_givers_that_are_the_subject_still_form_a_list(sentence, expected):
    assert giver_lists(sentence) == expected


def loose_lists(text: str, cue: str) -> list[tuple[str, ...]]:
    cues = [CueMatch(m.group(), m.start(), m.end()) for m in re.finditer(cue, text)]
    found = find_loose_lists(text, whole(text), cues)
    assert all(c.loose and c.type == "entities" for c in found)
    return [c.value for c in found]


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "The pair lost after a victory over Ann Lee and Bo Chan.",
            "victory over",
            ("Ann Lee", "Bo Chan"),
        ),
        (
            "She won after beating Ann Lee, Bo Chan and Cy Dunn.",
            "beating",
            ("Ann Lee", "Bo Chan", "Cy Dunn"),
        ),
        ("The firm has plants in Peru, Chile and the UK.", "plants", ("Peru", "Chile", "UK")),
        ("The club offered two players - Ann Lee and Bo Chan.", "players", ("Ann Lee", "Bo Chan")),
        (
            "The final shortlist included Acme, Bolt and Crane.",
            "shortlist",
            ("Acme", "Bolt", "Crane"),
        ),
        (
            "Dan Roe won two medals, as did Ann Lee and Bo Chan.",
            "two medals",
            ("Ann Lee", "Bo Chan"),
        ),
    ],
)
def test_loose_list_after_the_cue(sentence, cue, expected):
    assert expected in loose_lists(sentence, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee, Bo Chan and Cy Dunn were all in the squad.",
        "The trio (Ann Lee, Bo Chan and Cy Dunn) were in the squad.",
        "The club named Ann Lee, Bo Chan and Cy Dunn as new squad members.",
    ],
)
def test_loose_list_a_little_before_the_cue(sentence):
    assert ("Ann Lee", "Bo Chan", "Cy Dunn") in loose_lists(sentence, "squad")


def test_semicolon_separated_members_with_details():
    text = "Those hurt were Ann Lee, 40, of Leeds; Bo Chan, 31, of York; and Cy Dunn, 52, of Hull."
    assert ("Ann Lee", "Bo Chan", "Cy Dunn") in loose_lists(text, "hurt")


def test_will_can_open_a_member_name():
    assert lists("The song was backed by Will Young and Kate Bush.") == [
        ("Will Young", "Kate Bush")
    ]


def test_two_enumerations_joined_before_the_cue_form_one_list():
    text = (
        "Acme directors Ann Lee and Bo Chan, and Bolt directors Cy Dunn and Di Eng backed the plan."
    )
    assert lists(text) == [("Ann Lee", "Bo Chan", "Cy Dunn", "Di Eng")]
