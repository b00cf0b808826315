"""The quality benchmark's data and splits are what its docs say (the ROUGE runs
themselves live in benchmarks/, not in the tests)."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_benchmark():
    spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_data_is_copied_with_its_provenance_and_split_in_halves():
    quality = load_benchmark()
    bbc, cnndm = quality.load_bbc(), quality.load_cnndm()
    provenance = (ROOT / "benchmarks" / "data" / "README.md").read_text(encoding="utf-8")
    assert "CC0" in provenance and "Hermann et al. 2015" in provenance
    assert len(bbc) == len(cnndm) == 100
    assert Counter(item["split"] for item in bbc) == {"dev": 50, "test": 50}
    assert Counter(item["split"] for item in cnndm) == {"dev": 50, "test": 50}
    assert all(item["k"] == len(item["reference"]) >= 1 for item in bbc)
    assert {item["k"] for item in cnndm} == {3}
    assert [item["split"] for item in cnndm[49:51]] == ["dev", "test"]


def test_markdown_table_has_a_row_per_method_and_four_columns_per_data_set():
    quality = load_benchmark()
    rows = [
        {
            "method": m,
            "dataset": "bbc",
            "split": "all",
            "rouge1": r1,
            "rouge2": 1.0,
            "rougeLsum": 2.0,
            "words": 100.0,
        }
        for m, r1 in (("news-rank", 85.0), ("lead", 64.4))
    ]
    table = quality.markdown(rows, ["bbc"]).splitlines()
    assert table[0].count("|") == 6
    assert table[2] == "| news-rank | 85.0 | 1.0 | 2.0 | 100 |"
    assert len(table) == 4
