"""Every registered method returns one finite score per sentence, on real text and on
awkward input, and the registry is the one list the API accepts."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from summarize import summarize_text
from summarize.errors import UsageError
from summarize.methods import DEFAULT_METHOD, METHODS, RankingInput, method_names, rank
from summarize.text.clean import prepare_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-ukraine-2024-04-03.txt"
SUMY_NAMES = ["lex-rank", "text-rank", "lsa", "luhn", "edmundson", "kl", "sum-basic", "reduction"]


def seed_input() -> RankingInput:
    article = prepare_article(SEED.read_text(encoding="utf-8"))
    return RankingInput(
        sentences=[s.text for s in article.sentences],
        paragraphs=[s.paragraph for s in article.sentences],
        headline=article.headline.text if article.headline else None,
    )


EDGE_CASES = {
    "one sentence": RankingInput(["NATO ministers met in Brussels."], [0]),
    "duplicates": RankingInput(
        [
            "The summit opened in Brussels.",
            "The summit opened in Brussels.",
            "Ministers discussed support for Ukraine at length.",
            "The summit opened in Brussels.",
        ],
        [0, 0, 1, 1],
        headline="Summit opens",
    ),
    "no words": RankingInput(["123 456.", "!!!", "--", "The and of."], [0, 1, 2, 3]),
    "one word each": RankingInput(["Yes.", "No.", "Maybe."], [0, 0, 0]),
}


def test_registry_has_lead_every_sumy_method_and_the_default():
    assert set(SUMY_NAMES) | {"lead", DEFAULT_METHOD} == set(method_names())
    assert DEFAULT_METHOD == "news-rank"
    assert all(description for description, _ in METHODS.values())


@pytest.mark.parametrize("method", method_names())
def test_method_scores_every_seed_sentence_with_a_finite_number(method):
    doc = seed_input()
    scores = rank(method, doc)
    assert len(scores) == len(doc.sentences) > 10
    assert all(isinstance(s, float) and math.isfinite(s) for s in scores)
    assert len(set(scores)) > 1  # a ranking, not a constant


@pytest.mark.parametrize("case", EDGE_CASES)
@pytest.mark.parametrize("method", method_names())
def test_method_handles_awkward_input(method, case):
    doc = EDGE_CASES[case]
    scores = rank(method, doc)
    assert len(scores) == len(doc.sentences)
    assert all(math.isfinite(s) for s in scores)


@pytest.mark.parametrize("method", ["news-rank", "kl", "sum-basic", "lex-rank"])
def test_duplicate_sentences_are_rated_by_position_not_merged(method):
    # The greedy methods pick a sentence once: its copies must not share its score.
    scores = rank(method, EDGE_CASES["duplicates"])
    copies = [scores[0], scores[1], scores[3]]
    if method == "lex-rank":  # symmetric centrality: identical sentences score alike
        assert copies[0] == copies[1] == copies[2]
    else:
        assert len(set(copies)) == 3


def test_lead_scores_fall_with_position():
    scores = rank("lead", seed_input())
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == 1.0


def test_kl_and_sum_basic_turn_pick_order_into_scores_from_one_down():
    n = len(seed_input().sentences)
    for method in ("kl", "sum-basic"):
        scores = sorted(rank(method, seed_input()), reverse=True)
        assert scores == [(n - k) / n for k in range(n)]


@pytest.mark.parametrize("method", method_names())
def test_every_method_summarizes_the_seed_through_the_api(method):
    summary = summarize_text(SEED.read_text(encoding="utf-8"), sentences=3, method=method)
    assert summary.method == method
    assert len(summary.sentences) == 3


def test_edmundson_reads_the_headline_as_a_heading():
    doc = RankingInput(
        ["Officials met on Monday.", "The budget deal was signed by both parties."],
        [0, 0],
        headline="Budget deal signed",
    )
    scores = rank("edmundson", doc)
    assert scores[1] > scores[0]


def test_unknown_language_is_a_usage_error_naming_the_choices():
    doc = RankingInput(["Une phrase."], [0], language="klingon")
    for method in ("news-rank", "lex-rank"):
        with pytest.raises(UsageError, match="klingon.*english"):
            rank(method, doc)


def test_language_picks_the_stop_words():
    text = "Le chat est sur le tapis. Le chien dort dans la maison. Le chat mange."
    doc = RankingInput(text.split(". "), [0, 0, 0], language="french")
    assert len(rank("news-rank", doc)) == 3
    assert len(rank("luhn", doc)) == 3
