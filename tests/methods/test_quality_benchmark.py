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


def test_margins_compare_with_the_strongest_rival_article_by_article():
    quality = load_benchmark()
    scores = {
        "news-rank": [50.0, 60.0, 70.0],
        "lead": [48.0, 59.0, 67.0],  # mean 58.0: the strongest rival
        "lsa": [10.0, 10.0, 10.0],
    }
    rows = [
        {
            "method": m,
            "dataset": "bbc",
            "id": f"a{i}",
            "split": "dev" if i < 2 else "test",
            "rouge1": v,
            "rouge2": v / 2,
        }
        for m, values in scores.items()
        for i, v in enumerate(values)
    ]
    r1, r2 = quality.margins(rows, "news-rank", ["bbc"])
    assert (r1["rival"], r1["diff"], r1["n"]) == ("lead", 2.0, 3)  # differences 2, 1, 3
    assert r1["se"] == round(1.0 / 3**0.5, 2)
    assert (r2["metric"], r2["diff"]) == ("rouge2", 1.0)
    dev = quality.margins(rows, "news-rank", ["bbc"], split="dev")[0]
    assert (dev["diff"], dev["n"]) == (1.5, 2)
    table = quality.margins_markdown([r1], "news-rank").splitlines()
    assert table[2] == "| BBC | ROUGE-1 | lead | +2.00 | 0.58 |"
