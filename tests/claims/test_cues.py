import time

from summarize.claims.cues import find_cues, mentions, stem
from summarize.text.segment import SentenceSpan


def _sentence(text: str) -> SentenceSpan:
    return SentenceSpan(0, len(text), text, 0)


def _found(text: str, cues: list[str]) -> list[tuple[str, str]]:
    return [(m.cue, text[m.start : m.end]) for m in find_cues(text, _sentence(text), cues)]


def test_cue_matching_ignores_case():
    text = "Leaders meet at the NATO SUMMIT in July."
    assert _found(text, ["summit"]) == [("summit", "SUMMIT")]


def test_plural_and_inflected_forms_match_their_cue():
    text = "Both summits were supporting talks; countries agreed."
    assert _found(text, ["summit", "support", "country"]) == [
        ("summit", "summits"),
        ("support", "supporting"),
        ("country", "countries"),
    ]


def test_small_misspelling_of_a_cue_still_matches():
    text = "The sumit opened and the Secretery General spoke."
    assert _found(text, ["summit", "secretary general"]) == [
        ("summit", "sumit"),
        ("secretary general", "Secretery General"),
    ]


def test_hyphenated_phrase_matches_spaced_cue():
    text = "NATO Secretary-General Jens Stoltenberg said."
    assert _found(text, ["secretary general"]) == [("secretary general", "Secretary-General")]


def test_short_cue_must_match_exactly():
    text = "He said the money was raised."
    assert _found(text, ["aid"]) == []
    assert _found("Military aid arrived.", ["aid"]) == [("aid", "aid")]


def test_similar_but_different_word_is_not_a_cue():
    assert _found("Ministers will submit a plan.", ["summit"]) == []


def test_every_occurrence_is_found_with_offsets_into_the_text():
    text = "xx The summit, then another summit."
    sentence = SentenceSpan(3, len(text), text[3:], 0)
    found = find_cues(text, sentence, ["summit"])
    assert [(m.start, m.end) for m in found] == [(7, 13), (28, 34)]


def test_words_outside_the_sentence_are_not_searched():
    text = "The summit. The meeting."
    sentence = SentenceSpan(12, len(text), "The meeting.", 0)
    assert find_cues(text, sentence, ["summit"]) == []


def test_mentions_tells_whether_a_subject_is_in_the_sentence():
    text = "Russia gets support from Iran."
    assert mentions(text, _sentence(text), ["Russia", "Moscow"])
    assert not mentions(text, _sentence(text), ["Kremlin"])
    assert not mentions(text, _sentence(text), [])


def test_stem_equates_common_inflections():
    assert stem("Countries") == stem("country")
    assert stem("summits") == stem("summit")
    assert stem("backed") == stem("backing") == stem("back")
    assert stem("Russia's") == stem("Russia")


def test_many_cues_over_a_long_sentence_are_fast():
    text = " ".join(["word"] * 2000 + ["summit"])
    cues = [f"cue number {i}" for i in range(50)] + ["summit"]
    t0 = time.perf_counter()
    found = find_cues(text, _sentence(text), cues)
    assert time.perf_counter() - t0 < 0.5
    assert [m.cue for m in found] == ["summit"]


def test_words_matched_by_two_alike_cues_are_reported_once_for_the_first_cue():
    text = "Russia gets support from Iran."
    assert _found(text, ["support", "supporting"]) == [("support", "support")]
    assert _found(text, ["supporting", "support"]) == [("supporting", "support")]


def test_every_word_of_a_phrase_cue_must_match():
    assert _found("G7 finance ministers met in London.", ["foreign ministers"]) == []
    assert _found("NATO foriegn ministers met.", ["foreign ministers"]) == [
        ("foreign ministers", "foriegn ministers")
    ]


def test_subject_must_be_the_word_itself_not_a_near_word():
    text = "The name is common in Russian-speaking countries."
    assert not mentions(text, _sentence(text), ["Russia"])
    text = "Russia's war goes on; Moscow and the Kremlin agree."
    assert mentions(text, _sentence(text), ["Russia"])
    assert mentions(text, _sentence(text), ["Kremlin"])
    assert mentions(text, _sentence(text), ["moscow"])
    text = "The allies met."
    assert mentions(text, _sentence(text), ["ally"])


def _mentions(sentence_text: str, terms: list[str]) -> bool:
    return mentions(sentence_text, SentenceSpan(0, len(sentence_text), sentence_text, 0), terms)


def test_a_common_noun_subject_is_not_mentioned_by_another_name_it_ends():
    merged = "Two groups, the WiMedia Alliance and the OFDM alliance, merged."
    assert not _mentions(merged, ["alliance"])
    assert _mentions("The alliance met in Brussels.", ["alliance"])
    assert _mentions("Ministers of the alliance met in Brussels.", ["alliance"])
    assert _mentions("Alliance ministers met in Brussels.", ["alliance"])


def test_a_proper_noun_subject_is_mentioned_inside_a_longer_name():
    assert _mentions("Shares in Sony Ericsson rose.", ["Ericsson"])
    assert _mentions("The NATO alliance met.", ["NATO", "alliance"])


def test_a_day_or_a_possessive_before_a_common_noun_subject_is_not_a_name():
    assert _mentions("The pair won in Saturday's doubles.", ["doubles"])
    assert _mentions("They lost the Saturday doubles.", ["doubles"])
