"""The blind reading's unblinding rules (benchmarks/blind.py): who counts as preferred."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_blind():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("blind", ROOT / "benchmarks" / "blind.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


def write(out: Path, key: list[dict], scores: list[dict]) -> None:
    (out / "key.json").write_text(json.dumps(key))
    (out / "scores.jsonl").write_text("".join(json.dumps(s) + "\n" for s in scores))


def test_score_counts_higher_totals_then_best_and_identical_summaries_as_ties(tmp_path):
    blind = load_blind()
    letters = {"A": "news-rank", "B": "lead"}
    key = [
        {"article": 1, "letters": letters, "summaries": {"A": ["x"], "B": ["y"]}},
        {"article": 2, "letters": letters, "summaries": {"A": ["x"], "B": ["y"]}},
        {"article": 3, "letters": letters, "summaries": {"A": ["same"], "B": ["same"]}},
        {"article": 4, "letters": letters, "summaries": {"A": ["x"], "B": ["y"]}},
    ]
    s = {"informative": 4, "readable": 4}
    low = {"informative": 3, "readable": 4}
    scores = [
        {"article": 1, "A": s, "B": low, "best": "A"},  # higher total: preferred
        {"article": 2, "A": s, "B": s, "best": "B"},  # equal totals: the one named best
        {"article": 3, "A": s, "B": low, "best": "A"},  # the same text: a tie whatever
        {"article": 4, "A": low, "B": s, "best": "A"},  # lower total: lost, best or not
    ]
    write(tmp_path, key, scores)
    table = blind.score(tmp_path)
    assert "| lead | 1 | 1 | 2 |" in table


def test_a_variant_summary_uses_its_weights_and_restores_the_default():
    blind = load_blind()
    from summarize.methods import newsrank

    before = newsrank.DEFAULT_WEIGHTS
    text = (
        "NATO foreign ministers met in Brussels to discuss support for Ukraine. "
        "Weather in Brussels was mild. "
        "The ministers agreed to discuss a fund for Ukraine worth 100 billion euros. "
        "Ukraine asked NATO ministers for more air defence systems. "
        "A fund for Ukraine needs the backing of every NATO member."
    )
    default = blind._summary(text, "news-rank")
    assert blind._summary(text, "news-rank[follow_bonus=0.0]") != default
    assert newsrank.DEFAULT_WEIGHTS is before
