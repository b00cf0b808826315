"""The readability rules of the quality benchmark (benchmarks/defects.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import defects  # noqa: E402

ARTICLE = (
    "The council approved the new bridge on Monday. "
    "It will cost more than the old one. "
    "Work starts in May. "
    "But residents say the road will be closed for a year."
)


def placed(text: str) -> list:
    out, pos = [], 0
    for sentence in text.replace(". ", ".\n").splitlines():
        start = text.index(sentence, pos)
        out.append(defects.Placed(sentence, start, start + len(sentence)))
        pos = start + len(sentence)
    return out


def pick(sentences, *indexes):
    return [sentences[i] for i in indexes]


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("And then the vote was held.", True),
        ('"But we will not stop," she said.', True),
        ("Overall, sales rose.", True),
        ("They left early.", True),
        ("Andrew Smith left early.", False),
        ("Theirs is a long story.", True),
        ("The mayor left early.", False),
    ],
)
def test_connective_and_pronoun_openers(sentence, leans):
    assert defects.leans_on_predecessor(sentence) is leans


def test_opener_is_dangling_only_when_its_predecessor_is_left_out():
    article = placed(ARTICLE)
    assert defects.summary_defects(pick(article, 0, 1), article) == set()
    assert defects.summary_defects(pick(article, 0, 3), article) == {"dangling opener"}
    assert defects.summary_defects(pick(article, 2, 3), article) == set()


@pytest.mark.parametrize(
    ("sentence", "split"),
    [
        ('"We will win," he said.', False),
        ('He said: "We will win.', True),
        ("And we will stay,” he said.", True),
        ("“We will stay,” he said.", False),
        ("He said: 'We will win.'", False),
        ("He said: 'We will win and we will stay.", True),
        ("That is the end of it.' The crowd cheered.", True),
        ("Father: No proof my son is 'Jihadi John' says family", False),
        ("The voters' choice was clear.", False),
    ],
)
def test_split_quote_fragments(sentence, split):
    assert defects.split_quote(sentence) is split


def test_caption_lines_are_found_by_their_detached_full_stop_and_survive_stripping():
    text = (
        "Firefighters fought the blaze for six hours. "
        "Smoke rises above the warehouse on Tuesday . "
        "By . "
        "Nobody was hurt, police said."
    )
    sentences = placed(text)
    captions = defects.captions_of(text, sentences)
    assert [text[a:b] for a, b in captions] == ["Smoke rises above the warehouse on Tuesday"]
    assert defects.summary_defects(pick(sentences, 0, 1), sentences, captions) == {"caption"}
    assert defects.summary_defects(pick(sentences, 0, 3), sentences, captions) == set()

    stripped, moved = defects.strip_caption_marks(text, captions)
    assert " ." not in stripped
    assert [stripped[a:b] for a, b in moved] == ["Smoke rises above the warehouse on Tuesday"]
    # the scraped form runs the caption into the next sentence: still a caption defect
    glued = stripped.index("Smoke")
    summary = [defects.Placed("glued", glued, stripped.index("said.") + 5)]
    assert defects.summary_defects(summary, [], moved) == {"caption"}


def test_near_copies_are_duplicates():
    assert defects.duplicates(
        [
            "The bridge will cost ten million pounds.",
            "The bridge will cost ten million pounds, officials said.",
        ]
    )
    assert not defects.duplicates(
        ["The bridge will cost ten million pounds.", "Work on the road starts in May next year."]
    )
