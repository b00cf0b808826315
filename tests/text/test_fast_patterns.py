"""The speed-ups in segmentation, word splitting and cleaning change no result.

Each optimised pattern or shortcut is held against the plain form it replaced, which is
kept here as the specification: the same matches (positions and groups, also with a
start and end inside the string), the same substitutions, the same verdicts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.text import clean, segment

# The plain forms, as they were before the speed-ups.
PLAIN_TERMINAL = re.compile(
    rf"(?<![.!?\u2026\u203d])([.!?\u2026\u203d]+)([{re.escape(segment._CLOSERS)}]*)(\s+)"
)
PLAIN_GLUED = re.compile(r"(?<=[a-z][a-z])([.?!])([\"'\u201d\u2019)]*)(?=[A-Z][a-z])")
PLAIN_CUT = re.compile(
    r"\n|(?<=\s)\.(?=\s|$)|(?<=\s)[|\u2022\u00b7](?=\s|$)"
    r"|(?<=[.!?\"'\u201d\u2019])\s+(?=(?:--|\u2014|\u2013)\s)"
)
PLAIN_RAW_TOKEN = re.compile(
    r"((?:[^\s\0\1\"\u00ab\u00bb\u201c\u201d\u2018\u2019\u201e`;@#$%&?!*()\[\]{}<>"
    r"\u2012-\u2015.]|(?<!\.)\.(?!\.))+)(.?)",
    re.DOTALL,
)

# Few characters, chosen so that every branch of the patterns is hit often.
PUNCTUATION_TEXT = st.text(
    alphabet=" \t\n\u00a0.!?\u2026\u203d\"'\u201d\u2019)|\u2022\u00b7-\u2014\u2013abAB,:1\0",
    max_size=24,
)
SPACE_TEXT = st.text(alphabet=" \t\n\r\u00a0\u2028\x0bab", max_size=16)


def matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(PUNCTUATION_TEXT, st.integers(0, 24), st.integers(0, 24))
def test_reordered_patterns_match_exactly_where_the_plain_ones_do(text, a, b):
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for fast, plain in (
        (segment._TERMINAL, PLAIN_TERMINAL),
        (segment._GLUED, PLAIN_GLUED),
        (clean._CUT, PLAIN_CUT),
        (segment._RAW_TOKEN, PLAIN_RAW_TOKEN),
    ):
        assert matches(fast, text, start, end) == matches(plain, text, start, end)


@settings(max_examples=300, deadline=None)
@given(SPACE_TEXT)
def test_folding_leaves_the_same_text_as_replacing_every_run(text):
    assert segment._WS.sub(" ", text) == re.sub(r"\s+", " ", text)
    assert segment.fold_whitespace(text) == re.sub(r"\s+", " ", text).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab,:1 ", max_size=16))
def test_comma_and_colon_padding_matches_nltks_rule(text):
    # split_words pads with two literal substitutions unless two marks stand together.
    expected = segment._COMMA_OR_COLON.sub("\0\\1\0\\2", text)
    if not segment._TWO_MARKS.search(text):
        fast = segment._LONE_COLON.sub("\0:\0", segment._LONE_COMMA.sub("\0,\0", text))
        assert fast == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["can", "not", "CanNot", "gim", "me", "gonna", "GOTTA", "lemme", "more'n", "d'ye",
             "wan", "na", "wanna", " ", "x", "'"]
        ),
        max_size=8,
    )
)
def test_the_contraction_hint_never_skips_a_contraction(pieces):
    text = "".join(pieces)
    if segment._CONTRACTION.search(text):
        assert segment._may_hold_contraction(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Contributed", " to this report", "reporting", " by", " By", "wrote", " this story",
             "Reported", "(", "Editing", " ", "x"]
        ),
        max_size=8,
    )
)
def test_the_reporter_credit_hint_never_skips_a_credit(pieces):
    text = "".join(pieces)
    if clean._REPORTER_CREDIT.search(text):
        assert clean._may_credit_reporter(text)


def plain_is_social(text: str) -> bool:
    words = [w.lower().strip(".,:!|") for w in text.split()]
    words = [w for w in words if w]
    return (
        text[:1].isupper()
        and 0 < len(words) <= 8
        and all(w in clean._SOCIAL_WORDS for w in words)
        and any(w in clean._SOCIAL_TRIGGERS for w in words)
    ) or text.lower().rstrip(" .") in ("e-mail to a friend", "email to a friend")


def plain_is_link_list(text: str) -> bool:
    tokens = [t.strip(",;") for t in text.rstrip(" .").split()]
    tokens = [t for t in tokens if t and t.lower() not in ("and", "or", "at", "on")]
    return bool(tokens) and all(clean._LINK.match(t) and "." in t for t in tokens)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Share", "share", "this", "article", "Email", "print", "Facebook", "|", ".", ",",
             "news", "and", "www.example.com", "example.org,", "http://x.co/a", "on", "page"]
        ),
        max_size=11,
    )
)
def test_early_exit_rules_give_the_plain_verdicts(words):
    text = " ".join(words)
    assert clean._is_social(text) == plain_is_social(text)
    assert clean._is_link_list(text) == plain_is_link_list(text)
