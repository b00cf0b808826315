"""Every finder that reads cues returns exact spans inside its sentence, for any text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.claims import CueMatch
from summarize.claims.lists import find_lists
from summarize.claims.names import find_names
from summarize.claims.places import find_places
from summarize.text.segment import SentenceSpan

KNOWN_PLACES = ("Washington, D.C.", "Washington", "Washington DC", "Brussels")

# Words and punctuation that the place, name and list rules react to.
WORDS = [
    "in", "at", "to", "from", "by", "of", "the", "and", "or", "as well as",
    "summit", "support", "backing", "Secretary General", "chief",
    "Brussels", "Washington, D.C.", "North Korea", "Ukraine's", "NATO-Ukraine", "U.S.", "D.C.",
    "Jens", "Stoltenberg", "von", "W.", "'s", ",", ".", "--", "(AP)", "\u2014", "BRUSSELS",
    "is", "are", "-", "'",
]  # fmt: skip

FINDERS = {
    "places": lambda text, sentence, cues: find_places(text, sentence, known=KNOWN_PLACES),
    "names": find_names,
    "lists": find_lists,
}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.integers(0, 3),
    st.sampled_from(sorted(FINDERS)),
)
def test_claims_are_exact_spans_inside_their_sentence(words, skip, finder):
    text = "Intro text here. " * skip + " ".join(words)
    sentence = SentenceSpan(17 * skip, len(text), text[17 * skip :], 0)
    cues = [
        CueMatch(m.group(), m.start(), m.end())
        for m in re.finditer(r"summit|support|backing|Secretary General|chief", text)
        if m.start() >= sentence.start
    ]
    for claim in FINDERS[finder](text, sentence, cues):
        assert sentence.start <= claim.start < claim.end <= sentence.end
        assert text[claim.start : claim.end] == claim.text
        assert claim.text == claim.text.strip()
