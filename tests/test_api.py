"""The Python API, summarize_text: the contract and Hypothesis properties.

For any text: the summary is a subset of the input's candidate sentences (the body after
cleaning, without photo captions), verbatim and in document order; the length limits
hold; and nothing but InputError/UsageError escapes.
"""

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarize
from summarize.errors import InputError, UsageError
from summarize.methods import COHERENT_METHODS, DEFAULT_METHOD, METHODS
from summarize.methods.coherence import selection_units
from summarize.summary import Summary
from summarize.text.clean import prepare_article

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "nato-ukraine-2024-04-03.txt").read_text(encoding="utf-8")

WORDS = ["(AP Photo/Jane Doe)", "the", "council", "Brussels", "said", "on", "Monday", "NATO",
         "ministers", "U.S.", "Mr.", "3.5%", "$1.2", "billion", "Ukraine", "support", "(AP)",
         "\u201cwe", "will\u201d", "Dr.", "Jan.", "talks", "e.g.", "...", "vote", "budget", "J.",
         "R.", "Tolkien"]


@st.composite
def articles(draw):
    """News-like text: sentences of words from a small vocabulary with abbreviations,
    decimals and quotes, ended by . ! ? or nothing, grouped in paragraphs."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        sentences = []
        for _ in range(draw(st.integers(1, 5))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
            end = draw(st.sampled_from([".", ".", "!", "?", "", ".\u201d"]))
            sentences.append(" ".join(words).capitalize() + end)
        sep = draw(st.sampled_from([" ", "  ", "\n"]))
        paragraphs.append(sep.join(sentences))
    return "\n\n".join(paragraphs)


any_text = st.one_of(articles(), st.text(max_size=400))
FAST_METHODS = ["lead", DEFAULT_METHOD]
lengths = st.one_of(
    st.fixed_dictionaries({"sentences": st.integers(1, 8)}),
    st.fixed_dictionaries({"ratio": st.floats(0.01, 1.0)}),
    st.fixed_dictionaries({"ratio": st.integers(1, 100).map(lambda p: f"{p}%")}),
    st.fixed_dictionaries({"words": st.integers(1, 80)}),
    st.fixed_dictionaries({"chars": st.integers(1, 400)}),
)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _summarize(text, length, method, clean, order="document"):
    try:
        return summarize.summarize_text(text, method=method, clean=clean, order=order, **length)
    except (InputError, UsageError) as exc:
        assert str(exc) and "\n" not in str(exc)
        return exc


@SETTINGS
@given(text=any_text, length=lengths, method=st.sampled_from(FAST_METHODS),
       clean=st.booleans())
def test_summary_is_verbatim_input_sentences_in_document_order(text, length, method, clean):
    result = _summarize(text, length, method, clean)
    if isinstance(result, Exception):
        return
    body = prepare_article(text, clean=clean).candidates
    indexes = [s.index for s in result.sentences]
    assert indexes == sorted(set(indexes))
    assert 1 <= len(indexes) <= len(body)
    for s in result.sentences:
        span = body[s.index]
        assert (s.text, s.start, s.end) == (span.text, span.start, span.end)
        assert " ".join(text[s.start:s.end].split()) == s.text
    assert result.input_sentences == len(body)


@SETTINGS
@given(text=articles(), length=lengths, method=st.sampled_from(FAST_METHODS))
def test_length_limits_hold(text, length, method):
    result = _summarize(text, length, method, clean=False)
    body = prepare_article(text, clean=False).candidates
    if isinstance(result, InputError):
        assert not body
        return
    if isinstance(result, UsageError):
        # only a budget smaller than every sentence may refuse a valid length option
        if "words" in length:
            assert all(len(s.text.split()) > length["words"] for s in body)
        elif "chars" in length:
            assert all(len(s.text) > length["chars"] for s in body)
        else:
            pytest.fail(f"unexpected UsageError {result} for {length}")
        return
    count = len(result.sentences)
    if method in COHERENT_METHODS and count > 1:
        # whole units: at most the budget, never half a unit (one sentence alone may be
        # the fallback when no whole unit fits the budget)
        texts = [s.text for s in body]
        units = selection_units(texts, [s.paragraph for s in body])
        chosen = {s.index for s in result.sentences}
        for i in chosen:
            unit = units.unit_of[i]
            assert set(units.span(unit)) <= chosen
            assert not units.leans[unit] or units.starts[unit] - 1 in chosen
    if "sentences" in length and method in COHERENT_METHODS:
        assert 1 <= count <= min(length["sentences"], len(body))
    elif "sentences" in length:
        assert count == min(length["sentences"], len(body))
    elif "ratio" in length:
        ratio = length["ratio"]
        ratio = float(ratio[:-1]) / 100 if isinstance(ratio, str) else ratio
        assert 1 <= count <= max(1, math.ceil(len(body) * ratio))
    elif "words" in length:
        assert result.summary_words <= length["words"]
    else:
        assert len(" ".join(s.text for s in result.sentences)) <= length["chars"]


@settings(max_examples=60, deadline=None)
@given(text=any_text, method=st.sampled_from(sorted(METHODS)))
def test_no_method_crashes_on_any_text(text, method):
    result = _summarize(text, {"sentences": 2}, method, clean=True)
    assert isinstance(result, Summary | InputError | UsageError)


@SETTINGS
@given(text=articles(), n=st.integers(1, 6))
def test_score_order_holds_the_same_sentences_best_first(text, n):
    by_doc = _summarize(text, {"sentences": n}, DEFAULT_METHOD, False)
    by_score = _summarize(text, {"sentences": n}, DEFAULT_METHOD, False, order="score")
    if isinstance(by_doc, Exception):
        assert type(by_score) is type(by_doc)
        return
    assert sorted(s.index for s in by_score.sentences) == [s.index for s in by_doc.sentences]
    scores = [s.score for s in by_score.sentences]
    assert scores == sorted(scores, reverse=True)


# --------------------------------------------------------------------------- contract


def test_summarize_text_is_the_public_api_with_keyword_options():
    summary = summarize.summarize_text(SEED, sentences=2, method="lead")
    assert isinstance(summary, Summary)
    assert summary.method == "lead"
    assert summary.summary_sentences == 2
    assert summary.source == "<text>"
    assert summary.to_dict()["summary_words"] == sum(len(s.text.split())
                                                     for s in summary.sentences)


def test_json_sentence_has_every_field_of_the_dataclass_in_order():
    # to_dict builds each sentence's object by hand (asdict was slow): it must stay
    # what asdict gave, also when a field is added to SummarySentence.
    from dataclasses import asdict

    from summarize.summary import SummarySentence

    summary = summarize.summarize_text(SEED, sentences=2)
    for sentence, data in zip(summary.sentences, summary.to_dict()["sentences"], strict=True):
        assert data == asdict(sentence)
        assert list(data) == [f for f in SummarySentence.__dataclass_fields__]
    nan = SummarySentence(0, "A.", float("nan"), 0, 2)
    assert Summary("s", "lead", (nan,), 1, 1).to_dict()["sentences"][0]["score"] is None


def test_default_length_is_three_sentences_with_the_default_method():
    summary = summarize.summarize_text(SEED)
    assert summary.summary_sentences == 3
    assert summary.method == DEFAULT_METHOD


def test_source_names_the_document_in_errors():
    with pytest.raises(InputError, match=r"^story\.txt: "):
        summarize.summarize_text("   \n", source="story.txt")


@pytest.mark.parametrize(
    "options",
    [{"sentences": 0}, {"ratio": 1.5}, {"ratio": "0%"}, {"words": -1}, {"chars": 0},
     {"sentences": 2, "chars": 100}, {"method": "nope"}, {"order": "random"}],
)
def test_bad_options_raise_usage_error(options):
    with pytest.raises(UsageError):
        summarize.summarize_text(SEED, **options)


def test_ratio_accepts_a_percentage_string():
    assert (summarize.summarize_text(SEED, ratio="50%").sentences
            == summarize.summarize_text(SEED, ratio=0.5).sentences)


def test_clean_false_keeps_the_headline_sentence():
    raw = summarize.summarize_text(SEED, sentences=1, method="lead", clean=False)
    cleaned = summarize.summarize_text(SEED, sentences=1, method="lead")
    assert raw.sentences[0].start == 0
    assert cleaned.sentences[0].start > 0


def test_a_long_run_of_a_superlinear_method_warns_first(monkeypatch):
    import summarize.methods
    from summarize.methods import SlowMethodWarning

    monkeypatch.setitem(summarize.methods.GROWTH, "lead", (2, 1.0))
    with pytest.warns(SlowMethodWarning, match=r"^story\.txt: lead grows with the square"):
        summary = summarize.summarize_text(SEED, method="lead", source="story.txt")
    assert summary.summary_sentences == 3


def test_linear_methods_do_not_warn(recwarn):
    summarize.summarize_text(SEED)
    assert not [w for w in recwarn if w.category.__name__ == "SlowMethodWarning"]
