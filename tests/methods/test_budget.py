"""Length budgets: every mode, ties, and the budget too small for any sentence."""

from __future__ import annotations

import pytest

from summarize.errors import UsageError
from summarize.methods.budget import Length, parse_ratio, select, word_count

TEXTS = [
    "One two three four five.",  # 5 words, 24 chars
    "One two.",  # 2 words, 8 chars
    "One two three four five six seven eight.",  # 8 words
    "One two three.",  # 3 words, 14 chars
]
SCORES = [0.9, 0.5, 1.0, 0.7]


def test_sentences_takes_the_best_ranked_first():
    assert select(SCORES, TEXTS, Length(sentences=2)) == [2, 0]
    assert select(SCORES, TEXTS, Length(sentences=10)) == [2, 0, 3, 1]


def test_ratio_rounds_and_keeps_at_least_one():
    assert select(SCORES, TEXTS, Length(ratio=0.5)) == [2, 0]
    assert select(SCORES, TEXTS, Length(ratio=0.01)) == [2]


def test_words_skips_a_sentence_too_long_and_takes_a_shorter_one_after_it():
    # best is 8 words (fits 10), next 5 does not fit, 3 does not fit, 2 fits: 10 words
    assert select(SCORES, TEXTS, Length(words=10)) == [2, 1]
    assert select(SCORES, TEXTS, Length(words=7)) == [0, 1]


def test_chars_counts_the_joining_spaces():
    # 24 + 1 + 14 = 39: both fit in 39, not in 38
    assert select([1.0, 0.0, 0.0, 0.9], TEXTS, Length(chars=39)) == [0, 3]
    assert select([1.0, 0.0, 0.0, 0.9], TEXTS, Length(chars=38)) == [0, 1]


def test_ties_go_to_the_earlier_sentence():
    assert select([0.5, 0.5, 0.5, 0.5], TEXTS, Length(sentences=2)) == [0, 1]


@pytest.mark.parametrize(
    "length, message",
    [
        (Length(words=1), "budget of 1 words is smaller than every sentence .the shortest has 2"),
        (
            Length(chars=7),
            "budget of 7 characters is smaller than every sentence .the shortest has 8",
        ),
    ],
)
def test_budget_smaller_than_every_sentence_is_an_error_that_says_so(length, message):
    with pytest.raises(UsageError, match=message):
        select(SCORES, TEXTS, length)


def test_no_sentences_selects_nothing():
    assert select([], [], Length(words=5)) == []


@pytest.mark.parametrize(
    "options, expected",
    [
        ({}, Length(sentences=3)),
        ({"sentences": 2}, Length(sentences=2)),
        ({"ratio": "20%"}, Length(ratio=0.2)),
        ({"ratio": 0.5}, Length(ratio=0.5)),
        ({"words": 30}, Length(words=30)),
        ({"chars": 280}, Length(chars=280)),
    ],
)
def test_length_from_options(options, expected):
    assert Length.from_options(**options) == expected


@pytest.mark.parametrize(
    "options, message",
    [
        ({"sentences": 0}, "--sentences must be at least 1, not 0"),
        ({"ratio": 2}, r"--ratio must be in \(0, 1\]"),
        ({"ratio": "abc"}, "--ratio must be a number"),
        ({"words": 0}, "--words must be at least 1"),
        ({"chars": -1}, "--chars must be at least 1"),
        ({"sentences": 2, "words": 30}, "choose one length option, not --sentences and --words"),
    ],
)
def test_bad_length_options_are_usage_errors(options, message):
    with pytest.raises(UsageError, match=message):
        Length.from_options(**options)


def test_parse_ratio_and_word_count():
    assert parse_ratio("20%") == pytest.approx(0.2)
    assert parse_ratio(" 1 ") == 1.0
    assert word_count("  a  b\tc\n") == 3


def _units(starts, leans, n):
    from summarize.methods.coherence import Units

    unit_of = []
    for u, start in enumerate(starts):
        end = starts[u + 1] if u + 1 < len(starts) else n
        unit_of += [u] * (end - start)
    return Units(tuple(starts), tuple(leans), tuple(unit_of))


def test_leaning_unit_is_skipped_when_its_predecessor_is_not_taken():
    texts = ["Lede.", "Other.", "But then.", "Fourth."]
    scores = [4.0, 1.0, 3.0, 2.0]
    units = _units([0, 1, 2, 3], [False, False, True, False], 4)
    assert select(scores, texts, Length(sentences=2), units) == [0, 3]
    assert select(scores, texts, Length(sentences=2)) == [0, 2]  # without units


def test_unit_larger_than_the_sentences_left_is_skipped_for_a_smaller_one():
    texts = ["Lede.", '"Quote one.', 'Quote two," he said.', "Fact."]
    scores = [4.0, 3.0, 3.0, 1.0]
    units = _units([0, 1, 3], [False, False, False], 4)
    assert select(scores, texts, Length(sentences=2), units) == [0, 3]
    assert select(scores, texts, Length(sentences=3), units) == [0, 1, 2]


def test_word_budget_takes_whole_units_that_fit():
    texts = ["one two three", "four five", "six seven eight nine", "ten"]
    scores = [4.0, 3.0, 3.0, 1.0]
    units = _units([0, 1, 3], [False, False, False], 4)
    assert select(scores, texts, Length(words=6), units) == [0, 3]
    assert select(scores, texts, Length(words=9), units) == [0, 1, 2]


def test_units_too_big_for_the_budget_fall_back_to_the_best_single_sentence():
    texts = ['"One.', 'Two," he said.']
    units = _units([0], [False], 2)
    assert select([2.0, 2.0], texts, Length(sentences=1), units) == [0]
    with pytest.raises(UsageError):
        select([2.0, 2.0], texts, Length(chars=3), units)
