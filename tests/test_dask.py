"""summarize.dask: the Python API mapped over Dask bags and DataFrames, on the local
scheduler and on a two-worker LocalCluster (the `dask` extra; skipped without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import summarize  # noqa: E402
from summarize import dask as sdask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
FACTS = ROOT / "seeds" / "facts.yaml"

ARTICLES = [
    "The council approved a new bridge on Monday. It will cost ten million pounds. "
    "Work starts in May. The old bridge closes in June.",
    "Rain fell across the north for a third day. Rivers rose above their banks. "
    "Two roads were closed. Forecasters expect drier weather on Friday.",
    SEED.read_text(encoding="utf-8"),
]


def records() -> list[dict]:
    return [{"id": f"a{i}", "text": t, "desk": "news"} for i, t in enumerate(ARTICLES)]


def expected_summaries(n: int) -> list[list[str]]:
    return [[s.text for s in summarize.summarize_text(t, sentences=n).sentences] for t in ARTICLES]


def test_bag_summaries_equal_the_api_and_carry_every_other_field():
    bag = db.from_sequence(records(), npartitions=2)
    out = sdask.summarize_bag(bag, sentences=2).compute(scheduler="sync")
    assert [r["id"] for r in out] == ["a0", "a1", "a2"]
    assert [r["source"] for r in out] == ["a0", "a1", "a2"]
    assert all(r["desk"] == "news" and "text" not in r for r in out)
    assert [[s["text"] for s in r["sentences"]] for r in out] == expected_summaries(2)


def test_frame_summaries_keep_the_text_and_add_summary_columns():
    frame = dd.from_pandas(pd.DataFrame(records()), npartitions=2)
    out = sdask.summarize_frame(frame, sentences=1, method="lead").compute(scheduler="sync")
    assert list(out.columns) == ["id", "text", "desk", "summary", "summary_sentences"]
    assert list(out["summary_sentences"]) == [1, 1, 1]
    assert out["summary"].iloc[0] == "The council approved a new bridge on Monday."


def test_claims_over_a_frame_read_the_fact_table_in_the_worker(tmp_path):
    wrong = ARTICLES[2].replace("in Brussels", "in Madrid", 1)
    frame = dd.from_pandas(
        pd.DataFrame({"id": ["seed", "wrong"], "text": [ARTICLES[2], wrong]}), npartitions=2
    )
    out = sdask.check_claims_frame(frame, str(FACTS)).compute(scheduler="sync")
    assert list(out["flagged"]) == [False, True]
    assert out["contradicted"].iloc[1] >= 1 and out["contradicted"].iloc[0] == 0
    report = json.loads(out["claims"].iloc[1])
    assert any(c["status"] == "contradicted" and c["text"] == "Madrid" for c in report["claims"])


def test_same_results_on_a_two_worker_local_cluster():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        with distributed.Client(cluster):
            bag = db.from_sequence(records(), npartitions=3)
            out = sdask.summarize_bag(bag, sentences=2).compute()
            claims = sdask.check_claims_bag(
                db.from_sequence(records(), npartitions=3), str(FACTS)
            ).compute()
    finally:
        cluster.close()
    assert [[s["text"] for s in r["sentences"]] for r in out] == expected_summaries(2)
    seed = next(r for r in claims if r["id"] == "a2")
    assert seed["counts"]["claims"]["contradicted"] == 0
    assert seed["counts"]["facts"]["supported"] == 6
