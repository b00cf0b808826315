"""Quality benchmark: ROUGE of every ``summarize`` method on BBC and CNN/DailyMail articles.

Run from the project root after installing it (``pip install -e .``):

    python benchmarks/quality.py                      # everything, writes the results
    python benchmarks/quality.py --methods news-rank,lead --split dev --no-write

Every summary goes through ``summarize.summarize_text`` -- reading, cleaning, segmentation,
ranking and selection exactly as the CLI does -- on the raw article text: for BBC the
file with its headline line, for CNN/DailyMail the raw ``article`` column, bylines and
all. Length: BBC k = the reference's sentence count; CNN/DailyMail k = 3.

Scores are F1 x 100 from ``rouge-score`` with Porter stemming: ROUGE-1, ROUGE-2 and
ROUGE-Lsum (summary sentences and reference lines joined with newlines). Data and its
provenance: ``benchmarks/data/README.md``. Dev half (the only part used for tuning): BBC
files 001-010 of each category, CNN/DailyMail rows 0-49; test: the rest.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
DATASETS = ("bbc", "cnndm")
SPLITS = ("all", "dev", "test")
METRICS = ("rouge1", "rouge2", "rougeLsum")
TITLES = {
    "all": "All articles (BBC 100, CNN/DM 100)",
    "dev": "Dev half (BBC 001-010 of each category, CNN/DM rows 0-49): the only part tuned on",
    "test": "Test half (the rest)",
}


def load_bbc() -> list[dict]:
    """BBC articles: raw file text (headline line included), reference lines, k, split."""
    items = []
    for article in sorted((DATA / "bbc" / "article").glob("*/*.txt")):
        category, name = article.parent.name, article.name
        summary = DATA / "bbc" / "summary" / category / name
        lines = [s.strip() for s in summary.read_text(encoding="utf-8").splitlines()]
        reference = [s for s in lines if s]
        items.append(
            {
                "dataset": "bbc",
                "id": f"{category}/{name}",
                "text": article.read_text(encoding="utf-8"),
                "reference": reference,
                "k": len(reference),
                "split": "dev" if int(article.stem) <= 10 else "test",
            }
        )
    return items


def load_cnndm() -> list[dict]:
    """CNN/DailyMail rows: the raw ``article`` column, highlight lines, k = 3, split."""
    with open(DATA / "cnndm" / "cnndm-100.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    items = []
    for position, row in enumerate(rows):
        reference = [s.strip() for s in row["highlights"].splitlines() if s.strip()]
        items.append(
            {
                "dataset": "cnndm",
                "id": row["id"],
                "text": row["article"],
                "reference": reference,
                "k": 3,
                "split": "dev" if position < 50 else "test",
            }
        )
    return items


_SCORER = None


def _score(task: tuple[str, dict]) -> dict:
    """Summarize one article with one method and score it (runs in a worker)."""
    global _SCORER
    import summarize

    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    method, item = task
    start = time.perf_counter()
    summary = summarize.summarize_text(item["text"], sentences=item["k"], method=method)
    seconds = time.perf_counter() - start
    sentences = [s.text for s in summary.sentences]
    reference = "\n".join(item["reference"])
    scores = _SCORER.score(reference, "\n".join(sentences))
    return {
        "method": method,
        "dataset": item["dataset"],
        "id": item["id"],
        "split": item["split"],
        "words": summary.summary_words,
        "seconds": seconds,
        **{m: 100 * scores[m].fmeasure for m in METRICS},
    }


def aggregate(rows: list[dict], methods: list[str], datasets: list[str]) -> list[dict]:
    """Mean scores per method x data set x split."""
    table = []
    for method in methods:
        for dataset in datasets:
            for split in SPLITS:
                chosen = [
                    r
                    for r in rows
                    if r["method"] == method
                    and r["dataset"] == dataset
                    and (split == "all" or r["split"] == split)
                ]
                if not chosen:
                    continue
                entry = {"method": method, "dataset": dataset, "split": split, "n": len(chosen)}
                for m in METRICS:
                    entry[m] = round(statistics.fmean(r[m] for r in chosen), 2)
                entry["words"] = round(statistics.fmean(r["words"] for r in chosen), 1)
                entry["seconds"] = round(sum(r["seconds"] for r in chosen), 2)
                table.append(entry)
    return table


def markdown(table: list[dict], datasets: list[str], split: str = "all") -> str:
    """One row per method; for each data set R-1 / R-2 / R-Lsum F1 and mean words."""
    by_key = {(e["method"], e["dataset"], e["split"]): e for e in table}
    methods = list(dict.fromkeys(e["method"] for e in table))
    names = {"bbc": "BBC", "cnndm": "CNN/DM"}
    head = "| method |" + "".join(
        f" {names[d]} R-1 | {names[d]} R-2 | {names[d]} R-Lsum | {names[d]} words |"
        for d in datasets
    )
    lines = [head, "|---|" + "---:|" * (4 * len(datasets))]
    for method in methods:
        cells = []
        for d in datasets:
            e = by_key.get((method, d, split))
            if e is None:
                cells += ["", "", "", ""]
            else:
                cells += [f"{e['rouge1']:.1f}", f"{e['rouge2']:.1f}", f"{e['rougeLsum']:.1f}"]
                cells.append(f"{e['words']:.0f}")
        lines.append(f"| {method} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def margins(rows: list[dict], method: str, datasets: list[str], split: str = "all") -> list[dict]:
    """``method`` against its strongest rival, per data set and metric: the rival is the
    other method with the best mean; ``diff`` is the mean per-article difference and
    ``se`` its standard error (paired, so the articles' own difficulty cancels out)."""
    out = []
    for dataset in datasets:
        chosen = [
            r for r in rows if r["dataset"] == dataset and (split == "all" or r["split"] == split)
        ]
        ours = {r["id"]: r for r in chosen if r["method"] == method}
        others = sorted({r["method"] for r in chosen} - {method})
        if not ours or not others:
            continue
        for metric in ("rouge1", "rouge2"):
            by_method = {
                m: {r["id"]: r[metric] for r in chosen if r["method"] == m} for m in others
            }
            rival = max(others, key=lambda m: statistics.fmean(by_method[m].values()))
            diffs = [ours[i][metric] - by_method[rival][i] for i in ours if i in by_method[rival]]
            se = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else 0.0
            out.append(
                {
                    "dataset": dataset,
                    "split": split,
                    "metric": metric,
                    "rival": rival,
                    "diff": round(statistics.fmean(diffs), 2),
                    "se": round(se, 2),
                    "n": len(diffs),
                }
            )
    return out


def margins_markdown(entries: list[dict], method: str) -> str:
    """One line per data set and metric: the margin over the strongest rival, ± its SE."""
    names = {"bbc": "BBC", "cnndm": "CNN/DM", "rouge1": "ROUGE-1", "rouge2": "ROUGE-2"}
    lines = [f"| data set | metric | strongest rival | {method} minus rival | paired SE |"]
    lines.append("|---|---|---|---:|---:|")
    for e in entries:
        lines.append(
            f"| {names[e['dataset']]} | {names[e['metric']]} | {e['rival']} | "
            f"{e['diff']:+.2f} | {e['se']:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from summarize.methods import method_names

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--methods", default=",".join(method_names()), help="comma-separated")
    parser.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    parser.add_argument("--split", choices=SPLITS, default="all", help="articles to run")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in method_names()]
    if unknown:
        parser.error(f"unknown method(s): {', '.join(unknown)}")
    datasets = list(DATASETS) if args.dataset == "all" else [args.dataset]
    items = [
        item
        for d in datasets
        for item in (load_bbc() if d == "bbc" else load_cnndm())
        if args.split == "all" or item["split"] == args.split
    ]
    tasks = [(m, item) for m in methods for item in items]
    start = time.perf_counter()
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            rows = pool.map(_score, tasks, chunksize=8)
    else:
        rows = [_score(t) for t in tasks]
    elapsed = time.perf_counter() - start
    table = aggregate(rows, methods, datasets)

    splits = [args.split] if args.split != "all" else list(SPLITS)
    out = []
    for split in splits:
        out.append(f"### {TITLES[split]}")
        out.append("")
        out.append(markdown(table, datasets, split))
        out.append("")
    from summarize.methods import DEFAULT_METHOD

    edges = []
    if DEFAULT_METHOD in methods and len(methods) > 1:
        for split in splits:
            edges += margins(rows, DEFAULT_METHOD, datasets, split)
            out.append(f"### {DEFAULT_METHOD} against its strongest rival: {split} articles")
            out.append("")
            out.append(margins_markdown([e for e in edges if e["split"] == split], DEFAULT_METHOD))
            out.append("")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    footer = (
        f"ROUGE F1 x100 (rouge-score, Porter stemming); words = mean summary length. "
        f"BBC k = reference sentence count, CNN/DM k = 3. {len(tasks)} summaries in "
        f"{elapsed:.0f} s with {args.jobs} job(s) on {machine}."
    )
    text = "\n".join(out) + footer + "\n"
    print(text)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "quality.md").write_text(text, encoding="utf-8")
        payload = {
            "metrics": "F1 x 100, rouge-score with Porter stemming",
            "machine": machine,
            "seconds": round(elapsed, 1),
            "table": table,
            "margins": edges,
        }
        (RESULTS / "quality.json").write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
