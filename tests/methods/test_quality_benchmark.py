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


def test_benchmark_data_is_copied_with_its_provenance_and_split_into_tuning_and_held_out():
    quality = load_benchmark()
    bbc, cnn = quality.load_bbc(), quality.load_cnn()
    provenance = (ROOT / "benchmarks" / "data" / "README.md").read_text(encoding="utf-8")
    assert "CC0" in provenance and "Hermann et al. 2015" in provenance
    assert "bbc-more" in provenance and "cnn-val-dev" in provenance
    assert Counter(item["source"] for item in bbc) == {"bbc": 100, "bbc-more": 379}
    assert Counter(item["source"] for item in cnn) == {"cnndm-100": 100, "cnn-val-dev": 664}
    # bbc-more has gaps (files left out by its conversion): 195 of 021-060, 184 of 061-100
    assert Counter(item["split"] for item in bbc) == {"tune": 50 + 195, "held-out": 50 + 184}
    assert all(
        (item["split"] == "tune")
        == (int(item["id"][-7:-4]) <= (10 if item["source"] == "bbc" else 60))
        for item in bbc
    )
    assert Counter(item["split"] for item in cnn) == {"tune": 50 + 332, "held-out": 382}
    assert all(item["k"] == len(item["reference"]) >= 1 for item in bbc)
    assert {item["k"] for item in cnn} == {3}
    assert [item["split"] for item in cnn[49:51]] == ["tune", "held-out"]
    assert [item["split"] for item in cnn[100 + 331 : 100 + 333]] == ["tune", "held-out"]
    assert len({item["id"] for item in bbc + cnn}) == len(bbc) + len(cnn)


def test_caption_stripped_row_is_the_same_stories_without_the_caption_marks():
    quality = load_benchmark()
    items = quality.with_captions(quality.load_cnn()[:100])
    plain = [i for i in items if i["dataset"] == "cnn"]
    stripped = [i for i in items if i["dataset"] == "cnn-nocap"]
    assert [i["id"] for i in plain] == [i["id"] for i in stripped]
    assert sum(len(i["captions"]) for i in plain) > 100
    for a, b in zip(plain, stripped, strict=True):
        assert " . " not in b["text"]
        assert [quality.defects.CAPTION_MARK.sub("", a["text"][x:y]) for x, y in a["captions"]] == [
            b["text"][x:y] for x, y in b["captions"]
        ]


def test_markdown_table_has_a_row_per_method_and_three_columns_per_data_set():
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
    assert table[0].count("|") == 5
    assert table[2] == "| news-rank | 85.0 | 1.0 | 100 |"
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
            "split": "tune" if i < 2 else "held-out",
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
    dev = quality.margins(rows, "news-rank", ["bbc"], split="tune")[0]
    assert (dev["diff"], dev["n"]) == (1.5, 2)
    table = quality.margins_markdown([r1], "news-rank").splitlines()
    assert table[2] == "| BBC | all | ROUGE-1 | lead | +2.00 | 0.58 |"
    forced = quality.margins(rows, "news-rank", ["bbc"], rival="lsa")[0]
    assert (forced["rival"], forced["diff"]) == ("lsa", 50.0)


def test_defect_table_counts_each_defect_as_a_share_of_summaries():
    quality = load_benchmark()
    rows = [
        {"method": "lead", "dataset": "cnn", "split": "all", "defects": found}
        for found in ([], ["caption"], ["caption", "split quote"], [])
    ] + [{"method": "lead", "dataset": "cnn-nocap", "split": "all", "defects": ["caption"]}]
    table = quality.defects_markdown(rows, ["lead"]).splitlines()
    assert table[0].startswith("| method | dangling opener | split quote | caption |")
    assert table[2] == "| lead | 0.0 | 25.0 | 50.0 | 0.0 | 50.0 | 100.0 |"
