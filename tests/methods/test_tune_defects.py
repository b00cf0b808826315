"""The summary-level defects counted by benchmarks/tune_newsrank.py, on sentences written
for the test: each kind is found, and an ordinary summary has none."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "tune_newsrank.py"
_spec = importlib.util.spec_from_file_location("tune_newsrank", SCRIPT)
tune = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tune)


def test_clean_summary_has_no_defect():
    picked = [
        (0, "The council approved the bridge on Monday."),
        (1, "It will cost 2 million pounds."),
        (5, 'Work starts in May, the mayor said: "We are ready."'),
    ]
    assert tune.defect_kinds(picked) == set()


def test_opener_without_its_predecessor_dangles():
    picked = [(0, "The council approved the bridge."), (4, "But residents objected.")]
    assert tune.defect_kinds(picked) == {"dangling"}


def test_quote_split_from_its_closing_sentence_is_a_split_quote():
    picked = [(0, "The mayor spoke."), (2, '"We will build the bridge.'), (5, "Rain fell.")]
    assert tune.defect_kinds(picked) == {"quote"}
    whole = [(0, "The mayor spoke."), (2, '"We will build it.'), (3, 'It is time," he said.')]
    assert tune.defect_kinds(whole) == set()


def test_caption_and_copy_are_defects():
    assert tune.defect_kinds([(3, "Scene: The old bridge at dusk.")]) == {"caption"}
    copy = [(0, "The council approved the new bridge."), (7, "Council approved new bridge.")]
    assert tune.defect_kinds(copy) == {"duplicate"}


def test_scare_quotes_and_possessives_are_not_split_quotes():
    assert not tune.unbalanced_quotes("The so-called 'miracle' of the players' union.")
    assert tune.unbalanced_quotes("We won,\" he said.")
