"""Tuning harness for news-rank (issue 10): ROUGE and the readability defects of
``defects.py`` on the quality benchmark's tuning part, fast, with weights overridden.

    python benchmarks/tune_newsrank.py                     # tuning part, news-rank/lead/reduction
    python benchmarks/tune_newsrank.py --set lede_bonus=1.0 --methods news-rank
    python benchmarks/tune_newsrank.py --part held-out     # once, to report; never to tune

The articles, their split and the defect rules are those of ``quality.py`` (one
definition of each): tuning part = ``bbc/`` 001-010 and ``bbc-more/`` 021-060 of each
category (k = the reference's sentence count), ``cnndm-100`` rows 0-49 and
``cnn-val-dev`` rows 0-331 (k = 3), and the same CNN/DM rows with their caption marks
removed (``cnn-nocap``). Defects are counted on 3-sentence summaries.
"""

from __future__ import annotations

import argparse
import ast
import statistics
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality  # noqa: E402


def load(part: str) -> list[dict]:
    items = quality.load_bbc() + quality.with_captions(quality.load_cnn())
    chosen = [item for item in items if item["split"] == part]
    for item in chosen:
        item["sentences"] = quality._placed(item["text"])
    return chosen


def run(task: tuple[str, dict]) -> dict:
    """``quality._score`` (the benchmark's own scoring and defect rules), keyed as the
    tables below read it."""
    row = quality._score(task)
    return {**row, "set": row["dataset"], "r1": row["rouge1"], "r2": row["rouge2"]}


def _weights(overrides: dict) -> None:
    import summarize.methods as methods
    from summarize.methods import newsrank

    overrides = dict(overrides)
    if not overrides.pop("coherent", True):  # select single sentences, not units
        methods.COHERENT_METHODS = frozenset()
    if overrides.pop("coherent_all", False):  # every method selects units (an experiment)
        methods.COHERENT_METHODS = frozenset(methods.METHODS)
    newsrank.DEFAULT_WEIGHTS = newsrank.Weights(**overrides)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("tune", "held-out"), default="tune")
    parser.add_argument("--methods", default="news-rank,lead,reduction")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--set", action="append", default=[], help="news-rank weight, k=v")
    parser.add_argument("--show", type=int, default=0, help="print N defective news-rank summaries")
    args = parser.parse_args(argv)
    items = load(args.part)
    methods = args.methods.split(",")
    tasks = [(m, it) for m in methods for it in items]
    overrides = {}
    for kv in args.set:
        key, value = kv.split("=")
        overrides[key] = ast.literal_eval(value)  # 0.5, True, None
    _weights(overrides)
    if args.jobs > 1:
        with Pool(args.jobs, initializer=_weights, initargs=(overrides,)) as pool:
            rows = pool.map(run, tasks, chunksize=8)
    else:
        rows = [run(t) for t in tasks]
    sets = list(dict.fromkeys(it["dataset"] for it in items))
    print("| method | " + " | ".join(f"{s} R-1 | {s} R-2 | {s} defects" for s in sets) + " |")
    for m in methods:
        cells = []
        for s in sets:
            rs = [r for r in rows if r["method"] == m and r["set"] == s]
            bad = sum(bool(r["defects"]) for r in rs) / len(rs)
            cells.append(
                f"{statistics.fmean(r['r1'] for r in rs):.2f} | "
                f"{statistics.fmean(r['r2'] for r in rs):.2f} | {100 * bad:.1f}%"
            )
        print(f"| {m} | " + " | ".join(cells) + " |")
    for m in methods:
        kinds: dict[str, int] = {}
        rs = [r for r in rows if r["method"] == m]
        for r in rs:
            for k in r["defects"]:
                kinds[k] = kinds.get(k, 0) + 1
        print(m, "defect counts over", len(rs), "summaries:", kinds, file=sys.stderr)
    shown = [r for r in rows if r["method"] == methods[0] and r["defects"]][: args.show]
    for r in shown:
        print("\n#", r["set"], r["id"], r["defects"], file=sys.stderr)
        for t in r["summary"]:
            print("  -", t[:200], file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
