"""news-rank's linear-time pieces agree with the dense computations they replace, and
its three ingredients (content, position, redundancy) do what they claim."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from summarize.methods.newsrank import (
    Weights,
    count_matrix,
    greedy_order,
    lede_index,
    overlap_degree,
    pagerank,
    rank_news,
    saturated_degree,
    sentence_terms,
    tfidf_rows,
)
from summarize.methods.words import light_stem, stop_words

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
SENTENCES = [
    "NATO foreign ministers met in Brussels to discuss support for Ukraine.",
    "The ministers agreed to discuss a fund for Ukraine worth 100 billion euros.",
    "Weather in Brussels was mild.",
    "Ukraine asked NATO ministers for more air defence systems.",
    "A fund for Ukraine needs the backing of every NATO member.",
]


def dense(matrix):
    out = np.zeros((matrix.n, matrix.m))
    np.add.at(out, (matrix.row, matrix.col), matrix.val)
    return out


def test_overlap_degree_equals_the_dense_similarity_row_sums():
    counts = count_matrix(sentence_terms(SENTENCES))
    m = dense(counts)
    s = m @ m.T
    np.fill_diagonal(s, 0)
    assert np.allclose(overlap_degree(counts), s.sum(axis=1))
    assert overlap_degree(counts)[2] < overlap_degree(counts)[0]


def test_tfidf_rows_have_unit_length():
    x = dense(tfidf_rows(count_matrix(sentence_terms(SENTENCES))))
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0)


def test_pagerank_matches_the_dense_power_method():
    x = tfidf_rows(count_matrix(sentence_terms(SENTENCES)))
    s = dense(x) @ dense(x).T
    np.fill_diagonal(s, 0)
    p = np.full(len(SENTENCES), 1 / len(SENTENCES))
    for _ in range(200):
        p = 0.15 / len(p) + 0.85 * s @ (p / s.sum(axis=1))
    assert np.allclose(pagerank(x, iterations=200), p, atol=1e-8)


def test_greedy_order_skips_a_near_copy_of_the_first_pick():
    sentences = SENTENCES + ["NATO foreign ministers met in Brussels to discuss Ukraine support."]
    counts = count_matrix(sentence_terms(sentences))
    relevance = np.array([1.0, 0.6, 0.1, 0.7, 0.65, 0.95])
    order = greedy_order(relevance, tfidf_rows(counts), redundancy=0.5, picks=3)
    assert order[0] == 0
    assert 5 not in order  # the copy of sentence 0 waits despite its relevance
    assert greedy_order(relevance, tfidf_rows(counts), 0.0, 6) == [0, 5, 3, 4, 1, 2]


def test_lede_window_lets_the_first_sentence_win_a_close_call():
    sentences = [
        "Ministers backed a new fund for Ukraine on Monday.",
        "Officials praised talks on the fund.",
        "Ministers backed the fund for Ukraine.",
        "Ukraine welcomed the talks.",
    ] + "Apples grow. Rivers flow. Clocks tick. Dogs bark. Birds sing. Trains run.".split(". ")
    # the window alone (the lede is not forced first, near copies are not dropped)
    free = dict(
        lede_first=False, lede_window=0.1, copy_share=1.0, density_floor=1.0, first_bonus=0.0,
        redundancy=0.0,
    )
    no_bonus = rank_news(sentences, weights=Weights(**{**free, "lede_bonus": 0.0}))
    bonus = rank_news(sentences, weights=Weights(**{**free, "lede_bonus": 0.5}))
    assert no_bonus[2] == 2.0 > no_bonus[0]  # denser, but outside the first 10 %
    assert bonus[0] == 2.0 > bonus[2]


def test_first_sentence_bonus_breaks_a_close_call_inside_the_lede_window():
    filler = (
        "Apples grow. Rivers flow. Clocks tick. Dogs bark. Birds sing. Trains run. "
        "Kettles boil. Bells ring. Doors creak. Stars shine. Waves crash. Leaves fall. "
        "Cats purr. Winds howl. Frogs croak. Lamps glow."
    ).split(". ")
    sentences = [
        "Ministers backed a fund for Ukraine on Monday.",
        "Ministers backed the fund for Ukraine.",  # denser; also in the first 10 % of 20
        "The fund for Ukraine needs the backing of ministers.",
        "Ukraine welcomed the fund.",
    ] + filler
    free = dict(
        lede_first=False, lede_window=0.1, lede_bonus=0.5, copy_share=1.0, density_floor=1.0,
        redundancy=0.0,
        density_exponent=0.5,
    )
    plain = rank_news(sentences, weights=Weights(**free, first_bonus=0.0))
    default = rank_news(sentences, weights=Weights(**free))
    assert plain[1] == 2.0 > plain[0]
    assert default[0] == 2.0 > default[1]
    assert Weights().first_bonus == 0.25


def test_lede_is_the_first_pick_even_when_a_later_sentence_is_denser():
    sentences = [
        "Ministers backed a new fund for Ukraine on Monday after long talks in Brussels.",
        "Officials praised the talks.",
        "Ukraine fund ministers talks backed.",
        "Ukraine welcomed the fund.",
    ]
    scores = rank_news(sentences)
    assert scores[0] == 2.0 == max(scores)
    free = Weights(
        lede_first=False, lede_bonus=0.0, first_bonus=0.0, copy_share=1.0, density_floor=1.0
    )
    assert rank_news(sentences, weights=free)[0] < 2.0


def test_teaser_question_and_short_standfirst_are_not_the_lede():
    sentences = [
        "Ever wondered why the trains are late?",
        "Trains and delays",
        "Rail passengers faced delays of up to two hours on Monday after a signal failure.",
        "The signal failure hit trains across the region.",
    ]
    assert lede_index(sentences) == 2
    assert lede_index(["Short one.", "Also short."]) == 0  # no candidate: the first sentence
    assert rank_news(sentences)[2] == 2.0


def test_near_copy_of_a_better_sentence_ranks_below_every_other():
    sentences = [
        "Ministers backed a new fund for Ukraine on Monday in Brussels.",
        "The fund will pay for air defence and ammunition.",
        "Ukraine welcomed the decision of the ministers.",
        "Ministers backed a new Ukraine fund in Brussels on Monday.",  # a caption's copy
    ]
    scores = rank_news(sentences)
    assert scores[3] < 0 <= min(scores[:3])
    assert rank_news(sentences, weights=Weights(copy_share=1.0))[3] >= 0


def test_leaning_sentence_scores_just_below_the_sentence_it_leans_on():
    sentences = [
        "Ministers met in Brussels on Monday to discuss a fund for Ukraine.",
        "The weather was mild.",
        "But ministers failed to agree on the Ukraine fund and its size.",
        "Ukraine had asked for a fund of 100 billion euros.",
    ]
    scores = rank_news(sentences)
    assert scores[1] > scores[2]  # "But ..." never outranks what it leans on
    assert scores[1] - scores[2] < 1e-6  # and follows it right away


def test_short_scrap_does_not_win_by_density():
    sentences = [
        "Ministers met in Brussels on Monday to discuss a new fund for Ukraine.",
        "The new fund for Ukraine would pay for ammunition and air defence over five years.",
        "Ukraine fund.",
        "Ministers from the alliance said the fund for Ukraine needed every member's backing.",
        "The weather in Brussels was mild.",
    ]
    # one pick by density alone: no lede, window, redundancy or copy rule in the way
    alone = dict(copy_share=1.0, redundancy=0.0, lede_first=False, lede_window=0.0,
                 first_bonus=0.0, lede_picks=1)
    floored = rank_news(sentences, weights=Weights(**alone))
    assert floored[0] == 2.0 and floored[2] < 2.0
    scrap_wins = rank_news(sentences, weights=Weights(density_floor=1.0, **alone))
    assert scrap_wins[2] == 2.0


def test_short_off_topic_sentence_ranks_last_by_content():
    scores = rank_news(SENTENCES, weights=Weights(follow_bonus=0.0))
    assert min(range(len(scores)), key=scores.__getitem__) == 2


def test_lede_picks_follow_the_articles_thread():
    # with the default follow-on bonus the unit right after a pick is the next pick
    # unless a later unit is far denser: here the short weather line follows pick 2
    scores = rank_news(SENTENCES)
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    assert order[:3] == [0, 1, 2]
    assert rank_news(SENTENCES, weights=Weights(follow_bonus=0.0))[2] < 1.0


def test_lede_picks_score_above_the_rest_in_pick_order():
    scores = rank_news(SENTENCES + ["Extra."] * 3, weights=Weights(lede_picks=2))
    top = sorted(scores, reverse=True)
    assert 1.0 < top[1] < top[0] <= 2.0
    assert top[2] <= 1.0


def test_without_lede_picks_the_order_is_total_content():
    counts = count_matrix(sentence_terms(SENTENCES))
    lengths = np.array([len(t) for t in sentence_terms(SENTENCES)], dtype=float)
    norm = np.log(lengths) + np.log(lengths).mean()
    total = saturated_degree(counts, Weights().saturation) / norm
    scores = rank_news(SENTENCES, weights=Weights(lede_picks=0))
    assert np.allclose(scores, total / total.max())
    plain = overlap_degree(counts) / norm
    unsaturated = rank_news(SENTENCES, weights=Weights(lede_picks=0, saturation=None))
    assert np.allclose(unsaturated, plain / plain.max())


def test_saturated_degree_matches_the_dense_formula_and_tends_to_the_degree():
    counts = count_matrix(sentence_terms(SENTENCES))
    m = dense(counts)
    others = m.sum(axis=0)[None, :] - m
    kappa = 2.0
    expected = (m * others * (1 + kappa) / (others + kappa)).sum(axis=1)
    assert np.allclose(saturated_degree(counts, kappa), expected)
    assert np.allclose(saturated_degree(counts, 1e12), overlap_degree(counts))


def test_saturation_stops_one_repeated_word_outweighing_varied_overlap():
    # sentence 0 shares "ukraine" with 30 sentences; sentence 1 shares four words once each
    filler = [f"Ukraine item{i} noted." for i in range(30)]
    sentences = [
        "Ukraine spoke.",
        "Ministers agreed budget reform plans.",
        "Ministers agreed.",
        "Budget reform plans.",
    ] + filler
    counts = count_matrix(sentence_terms(sentences))
    plain = overlap_degree(counts)
    assert plain[0] > plain[1]
    saturated = saturated_degree(counts, 2.0)
    assert saturated[0] < saturated[1]


def test_sentences_sharing_no_words_fall_back_to_document_order():
    assert rank_news(["Alpha beta.", "Gamma delta.", "Epsilon zeta."]) == [1.0, 2 / 3, 1 / 3]


def test_cost_grows_linearly_no_n_by_n_matrix():
    # 20,000 sentences would need a 3.2 GB dense similarity matrix; linear work is quick.
    many = [f"Sentence {i} mentions topic{i % 97} and topic{i % 31} today." for i in range(20000)]
    scores = rank_news(many)
    assert len(scores) == 20000


def test_light_stem_merges_common_inflections():
    assert light_stem("talks") == light_stem("talk") == "talk"
    assert light_stem("agreed") == light_stem("agree") == light_stem("agrees") == "agree"
    assert light_stem("countries") == "country"
    assert light_stem("running") == light_stem("runs") == "run"
    assert light_stem("NATO's") == "nato"
    assert light_stem("quickly") == "quick"


def test_light_stem_leaves_short_words_and_latin_endings_alone():
    assert [light_stem(w) for w in ("gas", "us", "status", "analysis", "process")] == [
        "gas",
        "us",
        "status",
        "analysis",
        "process",
    ]


def test_stop_words_come_from_sumy_data_without_importing_sumy_code():
    code = (
        "import sys; from summarize.methods.words import stop_words; "
        "w = stop_words('english'); "
        "print(len(w), 'the' in w, any(m.startswith('sumy.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == [str(len(stop_words("english"))), "True", "False"]


def test_a_question_is_never_a_lede_pick():
    sentences = [
        "NATO foreign ministers met in Brussels to discuss support for Ukraine.",
        "Will NATO ministers agree on a fund for Ukraine?",
        "Ministers agreed to discuss a fund for Ukraine worth 100 billion euros.",
        "Ukraine asked NATO ministers for more air defence systems.",
    ]
    scores = rank_news(sentences)
    assert scores[1] < 1.0 < min(scores[0], scores[2], scores[3])  # asked, not picked
    asked = rank_news(sentences, weights=Weights(questions=True))
    assert asked[1] > 1.0  # the same unit is a pick when questions may be
