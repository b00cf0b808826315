"""Place claims: locative mentions of known places, not every place name."""

import importlib.util
from pathlib import Path

import pytest

from summarize.claims.places import (
    GAZETTEER_KEYS,
    GAZETTEER_NAMES,
    find_places,
    gazetteer,
    gazetteer_from_names,
    place_kind,
)
from summarize.text.segment import SentenceSpan, split_sentences

BUILDER = Path(__file__).resolve().parents[2] / "summarize" / "data" / "build_gazetteer.py"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-ukraine-2024-04-03.txt"
TABLE = ("Washington, D.C.", "Washington", "Washington DC", "Brussels")


def whole(text: str) -> SentenceSpan:
    return SentenceSpan(0, len(text), text, 0)


def places(text: str, known=TABLE) -> list[str]:
    found = find_places(text, whole(text), known=known)
    for claim in found:
        assert text[claim.start : claim.end] == claim.text == claim.value
        assert claim.type == "place"
    return [c.value for c in found]


def test_seed_article_places_are_brussels_washington_and_the_conflict_in_ukraine():
    text = SEED.read_text(encoding="utf-8")
    found = [
        (c.value, s.text.split()[0])
        for s in split_sentences(text)
        for c in find_places(text, s, known=TABLE)
    ]
    assert [v for v, _ in found] == ["Brussels", "Brussels", "Brussels", "Washington", "Ukraine"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ministers gathered in Brussels on Wednesday.", ["Brussels"]),
        ("They met at NATO headquarters in Brussels.", ["Brussels"]),
        ("The summit in Vilnius was tense.", ["Vilnius"]),
        ("The summit will be held in Washington, D.C. in July.", ["Washington, D.C."]),
        ("The summit will be held in Washington DC in July.", ["Washington DC"]),
        ("It was held in Washington, D.C.", ["Washington, D.C."]),
        ("Leaders will meet in New York City next week.", ["New York City"]),
        ("The envoy was posted in North Korea.", ["North Korea"]),
        ("He lives in the Netherlands.", ["Netherlands"]),
        ("Fighting raged in eastern Ukraine.", ["Ukraine"]),
        ("Drones hit the Ukrainian capital, Kyiv, overnight.", []),
        ("Drones struck in the Ukrainian capital, Kyiv, overnight.", ["Kyiv"]),
        ("Shelling went on in the port city of Odesa.", ["Odesa"]),
        ("Clashes continued in Ukraine's east.", ["Ukraine"]),
        ("He travelled to Kyiv on Tuesday.", ["Kyiv"]),
        ("Blinken made a surprise trip to Kyiv.", ["Kyiv"]),
        ("The minister visited Kiev twice.", ["Kiev"]),
        ("They met in Brussels and Paris as well as Berlin.", ["Brussels", "Paris", "Berlin"]),
        ("The office in Kyiv, Ukraine, closed.", ["Kyiv"]),
    ],
)
def test_place_after_a_locative_word_is_a_claim(sentence, expected):
    assert places(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Washington summit marks 75 years of NATO.", ["Washington"]),
        ("Leaders met at the Vilnius NATO summit last year.", ["Vilnius"]),
        ("The Madrid talks ended without a deal.", ["Madrid"]),
        ("Ministers prepared the Washington Summit.", ["Washington"]),
    ],
)
def test_city_before_an_event_noun_is_a_claim(sentence, expected):
    assert places(sentence) == expected


def test_country_before_an_event_noun_names_the_topic_not_the_venue():
    assert places("Switzerland hosted the Ukraine peace summit.") == ["Switzerland"]
    assert places("The Ukraine summit was held in Switzerland.") == ["Switzerland"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BRUSSELS, April 3 -- NATO ministers met on Wednesday.", ["BRUSSELS"]),
        ("WASHINGTON (AP) -- The summit opens on Tuesday.", ["WASHINGTON"]),
        ("KYIV, Ukraine (Reuters) - Drones hit the city.", ["KYIV"]),
        ("Vilnius \u2014 Leaders arrived for the summit.", ["Vilnius"]),
        ("NEW YORK, July 9 (Reuters) - Stocks rose.", ["NEW YORK"]),
    ],
)
def test_dateline_at_the_start_of_a_sentence_is_a_claim(sentence, expected):
    assert places(sentence) == expected


def test_place_name_heading_a_sentence_without_a_dateline_is_not_a_claim():
    assert places("Brussels wants more money for Ukraine.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's war against Ukraine goes on.",
        "Allies pledged support to Ukraine.",
        "The NATO-Ukraine Council met for the first time.",
        "Aid would not make NATO a party to the Russia-Ukraine conflict.",
        "Aid would not make NATO a party to the Russia\u2013Ukraine conflict.",
        "The people of Ukraine continue to defend their country.",
        "Growth in Russia's economy slowed.",
        "The missiles were aimed at Russia.",
        "Allies have confidence in Ukraine.",
        "He wrote in the Kyiv Independent on Monday.",
        "Support came from China, North Korea and Iran.",
        "Weapons were sent to Ukraine.",
        "Ministers met in March.",
    ],
)
def test_place_outside_a_locative_position_is_not_a_claim(sentence):
    assert places(sentence) == []


def test_longest_known_name_wins():
    assert places("They flew in from Moscow to work in New York City.") == ["New York City"]
    assert places("Talks were held in Washington, D.C. on Monday.") == ["Washington, D.C."]


def test_table_names_unknown_to_the_gazetteer_are_places():
    assert places("Talks took place at Camp David.") == []
    assert places("Talks took place at Camp David.", known=("Camp David",)) == ["Camp David"]
    assert places("The Camp David talks failed.", known=("Camp David",)) == ["Camp David"]


def test_claims_stay_inside_the_sentence():
    text = "He spoke. In Brussels, ministers met. Then in Paris."
    sentence = split_sentences(text)[1]
    found = find_places(text, sentence)
    assert [(c.value, c.start) for c in found] == [("Brussels", text.index("Brussels"))]


def test_gazetteer_knows_countries_cities_and_other_spellings():
    assert place_kind("North Korea") == "country"
    assert place_kind("United States") == "country"
    assert place_kind("Vilnius") == "city"
    assert place_kind("Kiev") == "city"
    assert place_kind("washington dc") == "city"
    assert place_kind("Crimea") == "region"
    assert place_kind("March") is None
    assert place_kind("Camp David", known=["Camp David"]) == "known"
    assert len(gazetteer()) > 30_000


def test_shipped_gazetteer_keys_are_what_the_builder_makes_from_the_names():
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILDER)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    with GAZETTEER_NAMES.open(encoding="utf-8") as names:
        expected = builder.keys_text(names)
    assert GAZETTEER_KEYS.read_text(encoding="utf-8") == expected


def test_gazetteer_read_from_keys_equals_normalising_every_name():
    with GAZETTEER_NAMES.open(encoding="utf-8") as names:
        assert gazetteer() == gazetteer_from_names(names)


def test_table_alias_with_lower_case_words_is_a_place():
    known = ("NATO headquarters", "Brussels")
    text = "They met at NATO headquarters in Brussels."
    assert places(text, known=known) == ["NATO headquarters", "Brussels"]


def test_colon_dateline_counts_only_in_capitals():
    assert places("BRUSSELS: NATO ministers met on Wednesday.") == ["BRUSSELS"]
    assert places("Brussels: a city of contrasts.") == []


def test_named_agreement_is_not_a_venue():
    assert places("The Paris Agreement set a goal.") == []
    assert places("The Paris meeting set a goal.") == ["Paris"]


def test_abbreviated_country_after_in_is_a_place():
    assert places("Inflation rose in the U.S. last year.") == ["U.S."]
    assert places("Prices rose in the UK and in the U.S.") == ["UK", "U.S."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vilnius hosted the summit last year.", ["Vilnius"]),
        ("Washington will host the summit in July.", ["Washington"]),
        ("The host city, Vilnius, was ready.", ["Vilnius"]),
    ],
)
def test_host_of_an_event_is_a_claim(sentence, expected):
    assert places(sentence) == expected


def test_region_after_a_possessive_country_is_the_place():
    assert places("Missiles hit targets in Ukraine's Kharkiv region.") == ["Kharkiv region"]


def test_title_case_headline_place():
    assert places("Stoltenberg In Brussels Says Allies Must Do More") == ["Brussels"]
    assert places("NATO Ministers Meet In Brussels To Discuss Aid") == ["Brussels"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit will be held in the U.S. capital in July.",
        "Growth slowed in the Russian economy and in the U.S. economy.",
        "Talks were held in Ukraine's capital.",
    ],
)
def test_country_used_as_an_adjective_is_not_the_place(sentence):
    assert places(sentence) == []


REPORT = """\
VILNIUS, Lithuania (AP) \u2014 NATO leaders gathered in the Lithuanian capital on Tuesday.

President Joe Biden arrived in Vilnius late Monday after a stop in London.

Zelenskyy, who flew to Vilnius from Prague, said he wanted a clear invitation.

At last year's Madrid summit, allies named Russia the most significant threat.

Ukrainian officials said Russian forces shelled Kharkiv and Kherson overnight.

Officials in Washington and Kyiv declined to comment.

Beijing and Tehran have denied sending weapons to Russia for use in Ukraine.

The G7 summit in Hiroshima, Japan, focused on China.
"""


def test_places_in_a_news_report():
    found = [c.value for sentence in split_sentences(REPORT) for c in find_places(REPORT, sentence)]
    assert found == [
        "VILNIUS",
        "Vilnius",
        "London",
        "Vilnius",
        "Madrid",
        "Washington",
        "Kyiv",
        "Ukraine",
        "Hiroshima",
    ]


def test_bare_comma_joins_a_place_only_when_the_phrase_ends_there():
    assert places("In Brussels, Ukraine asked for more air defence.") == ["Brussels"]
    assert places("He died in Kyiv, Kharkiv and Odesa on Monday.") == ["Kyiv", "Kharkiv", "Odesa"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He died in Kyiv, Ukraine on Monday.", ["Kyiv"]),
        ("Ministers met in Brussels, Belgium, on Wednesday.", ["Brussels"]),
        ("He grew up in Springfield, Illinois.", ["Springfield"]),
        ("Talks were held in Ukraine, Poland and Romania.", ["Ukraine", "Poland", "Romania"]),
    ],
)
def test_country_or_region_after_a_city_is_its_address_not_a_claim(sentence, expected):
    assert places(sentence) == expected


def test_leading_the_stays_when_the_table_writes_it():
    text = "The court sits in The Hague."
    assert places(text, known=(n for n in ["The Hague"])) == ["The Hague"]
    assert places(text, known=()) == ["Hague"]


def test_names_beginning_with_an_article_word_are_found():
    assert places("He flew to La Paz, then on to Le Havre.") == ["La Paz", "Le Havre"]


def test_to_after_a_day_is_still_a_recipient():
    assert places("Allies pledged support on Wednesday to Ukraine.") == []


def test_misspelled_table_name_is_still_a_place():
    assert places("Ministers met in Brussles on Wednesday.") == ["Brussles"]
    assert places("The Washingon summit is in July.") == ["Washingon"]
    assert places("Ministers met in Brussles on Wednesday.", known=()) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leaders met at NATO's Brussels headquarters.", ["Brussels"]),
        ("The Washington anniversary summit opens in July.", ["Washington"]),
        ("The Washington Post reported it.", []),
    ],
)
def test_city_before_a_venue_noun_or_a_described_summit(sentence, expected):
    assert places(sentence) == expected


def test_compass_word_before_a_country_names_another_region():
    assert places("The mine is in Western Australia.") == ["Western Australia"]
    assert places("The plant is in South Australia.", known=("South Australia",)) == [
        "South Australia"
    ]


def test_compass_word_before_a_city_is_left_out():
    assert places("The office is in South Brussels.") == ["Brussels"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Brussels-based group said so.", ["Brussels"]),
        ("Texas-headquartered firms grew.", ["Texas"]),
    ],
)
def test_x_based_names_where_it_is_based(sentence, expected):
    assert places(sentence) == expected


def test_place_right_before_a_place_cue_modifies_it():
    from summarize.claims import CueMatch

    text = "A Virginia court jury agreed."
    cue = CueMatch("court", text.index("court"), text.index("court") + 5)
    assert [c.value for c in find_places(text, whole(text), cues=[cue])] == ["Virginia"]
    assert places(text) == []


def test_place_before_a_cue_without_a_determiner_is_not_a_modifier():
    from summarize.claims import CueMatch

    text = "Paris star Ann Lee sang."
    cue = CueMatch("star", text.index("star"), text.index("star") + 4)
    assert find_places(text, whole(text), cues=[cue]) == []


def test_sentence_opening_article_is_not_part_of_a_misspelt_place():
    from summarize.claims import CueMatch

    text = "A Virginia court jury agreed."
    cue = CueMatch("court", text.index("court"), text.index("court") + 5)
    found = find_places(text, whole(text), known=("Virginia",), cues=[cue])
    assert [c.value for c in found] == ["Virginia"]


def _cued_places(text, cue_word, known=()):
    from summarize.claims import CueMatch

    i = text.index(cue_word)
    found = find_places(
        text, whole(text), known=known, cues=[CueMatch(cue_word, i, i + len(cue_word))]
    )
    return [(c.value, c.alternatives) for c in found]


def test_unknown_venue_after_a_place_cue_is_a_place_claim():
    assert _cued_places("The final is at Wembley Stadium.", "final") == [("Wembley Stadium", ())]
    assert _cued_places("The meeting at Chequers ended on Monday.", "meeting") == []
    assert _cued_places("They met at Chequers on Monday.", "met") == [("Chequers", ())]


def test_venue_followed_by_its_town_is_one_place_with_alternatives():
    text = "The final was played at the Stadio Olimpico in Rome."
    assert _cued_places(text, "final") == [("Stadio Olimpico in Rome", ("Stadio Olimpico", "Rome"))]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting at NATO headquarters ended.",
        "The meeting at Mr Lee's house ended.",
        "The final in March was close.",
        "He ran the fastest final in Games history.",
        "They lost in the semi-final at Roland Garros.",
    ],
)
def test_not_a_venue_after_a_place_cue(text):
    assert _cued_places(text, "final" if "final" in text else "meeting") == []
