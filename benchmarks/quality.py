"""Quality benchmark: ROUGE and readability defects of every ``summarize`` method on BBC
and CNN/DailyMail articles.

Run from the project root after installing it (``pip install -e '.[bench]'``):

    python benchmarks/quality.py                      # everything, writes the results
    python benchmarks/quality.py --methods news-rank,lead --split tune --no-write

Every summary goes through ``summarize.summarize_text`` -- reading, cleaning, segmentation,
ranking and selection exactly as the CLI does -- on the raw article text: for BBC the
file with its headline line, for CNN/DailyMail the raw ``article`` column, bylines and
all. Length: BBC k = the reference's sentence count; CNN/DailyMail k = 3.

Data sets: BBC (``bbc/`` 100 + ``bbc-more/`` 379 articles), CNN/DM (``cnndm-100.csv`` 100 +
``cnn-val-dev.csv`` 664 stories), and the same CNN/DM stories with the detached `` .`` that
ends their photo captions and subheadings removed, as a scraped page gives them (the
robustness row). Splits: the tuning part (BBC ``bbc/`` 001-010 and ``bbc-more/`` 021-060
of each category, CNN/DM rows 0-49 of ``cnndm-100`` and 0-331 of ``cnn-val-dev``) is the
only part parameters are chosen on; the held-out part is the rest.

Scores are F1 x 100 from ``rouge-score`` with Porter stemming: ROUGE-1, ROUGE-2 and
ROUGE-Lsum (summary sentences and reference lines joined with newlines). Margins against
the strongest rival are mean per-article differences with paired standard errors.
Defects (``benchmarks/defects.py``) are counted on every method's 3-sentence summary of
every article. Data and its provenance: ``benchmarks/data/README.md``.
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
sys.path.insert(0, str(ROOT / "benchmarks"))
import defects  # noqa: E402  (benchmarks/defects.py: the readability rules)

DATASETS = ("bbc", "cnn", "cnn-nocap")
NAMES = {"bbc": "BBC", "cnn": "CNN/DM", "cnn-nocap": "CNN/DM no caption stops"}
SPLITS = ("all", "tune", "held-out")
METRICS = ("rouge1", "rouge2", "rougeLsum")
DEFECT_K = 3
TITLES = {
    "all": "All articles (BBC 479, CNN/DM 764)",
    "tune": (
        "Tuning part (BBC bbc/ 001-010 and bbc-more/ 021-060 of each category; CNN/DM "
        "cnndm-100 rows 0-49 and cnn-val-dev rows 0-331): the only part parameters were chosen on"
    ),
    "held-out": "Held-out part (the rest): never tuned on",
}


def _bbc_folder(folder: Path, source: str, tune_last: int) -> list[dict]:
    items = []
    for article in sorted((folder / "article").glob("*/*.txt")):
        category, name = article.parent.name, article.name
        summary = folder / "summary" / category / name
        lines = [s.strip() for s in summary.read_text(encoding="utf-8").splitlines()]
        reference = [s for s in lines if s]
        items.append(
            {
                "dataset": "bbc",
                "source": source,
                "id": f"{source}/{category}/{name}",
                "text": article.read_text(encoding="utf-8"),
                "reference": reference,
                "k": len(reference),
                "split": "tune" if int(article.stem) <= tune_last else "held-out",
            }
        )
    return items


def load_bbc() -> list[dict]:
    """BBC articles (``bbc/`` then ``bbc-more/``): raw file text (headline line included),
    reference lines, k = the reference's sentence count, split."""
    return _bbc_folder(DATA / "bbc", "bbc", 10) + _bbc_folder(DATA / "bbc-more", "bbc-more", 60)


def _cnn_file(name: str, tune_rows: int) -> list[dict]:
    with open(DATA / "cnndm" / name, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    items = []
    for position, row in enumerate(rows):
        reference = [s.strip() for s in row["highlights"].splitlines() if s.strip()]
        items.append(
            {
                "dataset": "cnn",
                "source": name.removesuffix(".csv"),
                "id": row["id"],
                "text": row["article"],
                "reference": reference,
                "k": 3,
                "split": "tune" if position < tune_rows else "held-out",
            }
        )
    return items


def load_cnn() -> list[dict]:
    """CNN/DailyMail rows (``cnndm-100.csv`` then ``cnn-val-dev.csv``): the raw ``article``
    column, highlight lines, k = 3, split."""
    return _cnn_file("cnndm-100.csv", 50) + _cnn_file("cnn-val-dev.csv", 332)


def _placed(text: str) -> list:
    from summarize.text.segment import split_sentences

    return [defects.Placed(s.text, s.start, s.end) for s in split_sentences(text)]


def with_captions(items: list[dict]) -> list[dict]:
    """CNN items with their caption spans, followed by the same items with the caption
    marks stripped (data set ``cnn-nocap``): the robustness row."""
    out, stripped = [], []
    for item in items:
        captions = defects.captions_of(item["text"], _placed(item["text"]))
        out.append({**item, "captions": captions})
        text, moved = defects.strip_caption_marks(item["text"], captions)
        stripped.append({**item, "dataset": "cnn-nocap", "text": text, "captions": moved})
    return out + stripped


_SCORER = None


def _score(task: tuple[str, dict]) -> dict:
    """Summarize one article with one method, score it, and find the defects of its
    3-sentence summary (runs in a worker)."""
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
    short = summary
    if item["k"] != DEFECT_K:
        short = summarize.summarize_text(item["text"], sentences=DEFECT_K, method=method)
    found = defects.summary_defects(
        [defects.Placed(s.text, s.start, s.end) for s in short.sentences],
        item["sentences"],
        item.get("captions", ()),
    )
    return {
        "method": method,
        "dataset": item["dataset"],
        "id": item["id"],
        "split": item["split"],
        "words": summary.summary_words,
        "seconds": seconds,
        **{m: 100 * scores[m].fmeasure for m in METRICS},
        "defects": sorted(found),
        "summary": [s.text for s in short.sentences],  # the 3-sentence one
    }


def _chosen(rows: list[dict], dataset: str | None, split: str) -> list[dict]:
    return [
        r
        for r in rows
        if (dataset is None or r["dataset"] == dataset) and (split == "all" or r["split"] == split)
    ]


def aggregate(rows: list[dict], methods: list[str], datasets: list[str]) -> list[dict]:
    """Mean scores and defect shares (%) per method x data set x split."""
    table = []
    for method in methods:
        mine = [r for r in rows if r["method"] == method]
        for dataset in datasets:
            for split in SPLITS:
                chosen = _chosen(mine, dataset, split)
                if not chosen:
                    continue
                entry = {"method": method, "dataset": dataset, "split": split, "n": len(chosen)}
                for m in METRICS:
                    entry[m] = round(statistics.fmean(r[m] for r in chosen), 2)
                entry["words"] = round(statistics.fmean(r["words"] for r in chosen), 1)
                entry["seconds"] = round(sum(r["seconds"] for r in chosen), 2)
                if all("defects" in r for r in chosen):
                    for name in (*defects.DEFECTS, "any"):
                        hit = sum(
                            bool(r["defects"]) if name == "any" else name in r["defects"]
                            for r in chosen
                        )
                        entry[name] = round(100 * hit / len(chosen), 1)
                table.append(entry)
    return table


def markdown(table: list[dict], datasets: list[str], split: str = "all") -> str:
    """One row per method; for each data set R-1 / R-2 F1 and mean words (R-Lsum is in
    the JSON)."""
    by_key = {(e["method"], e["dataset"], e["split"]): e for e in table}
    methods = list(dict.fromkeys(e["method"] for e in table))
    head = "| method |" + "".join(
        f" {NAMES[d]} R-1 | {NAMES[d]} R-2 | {NAMES[d]} words |" for d in datasets
    )
    lines = [head, "|---|" + "---:|" * (3 * len(datasets))]
    for method in methods:
        cells = []
        for d in datasets:
            e = by_key.get((method, d, split))
            if e is None:
                cells += ["", "", ""]
            else:
                cells += [f"{e['rouge1']:.1f}", f"{e['rouge2']:.1f}", f"{e['words']:.0f}"]
        lines.append(f"| {method} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def defects_markdown(rows: list[dict], methods: list[str], split: str = "all") -> str:
    """Per method, the share (%) of 3-sentence summaries with each defect, on BBC and
    CNN/DM together, and the share with any defect on the caption-stripped CNN/DM text."""
    lines = [
        "| method | " + " | ".join(defects.DEFECTS) + " | any | any, CNN/DM no caption stops |",
        "|---|" + "---:|" * (len(defects.DEFECTS) + 2),
    ]
    for method in methods:
        mine = [r for r in _chosen(rows, None, split) if r["method"] == method]
        plain = [r for r in mine if r["dataset"] != "cnn-nocap"]
        nocap = [r for r in mine if r["dataset"] == "cnn-nocap"]
        if not plain:
            continue

        def share(chosen: list[dict], name: str | None) -> str:
            if not chosen:
                return ""
            hit = sum(bool(r["defects"]) if name is None else name in r["defects"] for r in chosen)
            return f"{100 * hit / len(chosen):.1f}"

        cells = [share(plain, d) for d in defects.DEFECTS]
        cells += [share(plain, None), share(nocap, None)]
        lines.append(f"| {method} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def margins(
    rows: list[dict],
    method: str,
    datasets: list[str],
    split: str = "all",
    rival: str | None = None,
) -> list[dict]:
    """``method`` against a rival, per data set and metric: by default the other method
    with the best mean; ``diff`` is the mean per-article difference and ``se`` its
    standard error (paired, so the articles' own difficulty cancels out)."""
    out = []
    for dataset in datasets:
        chosen = _chosen(rows, dataset, split)
        ours = {r["id"]: r for r in chosen if r["method"] == method}
        others = sorted({r["method"] for r in chosen} - {method})
        if rival is not None:
            others = [m for m in others if m == rival]
        if not ours or not others:
            continue
        for metric in ("rouge1", "rouge2"):
            by_method = {
                m: {r["id"]: r[metric] for r in chosen if r["method"] == m} for m in others
            }
            best = max(others, key=lambda m: statistics.fmean(by_method[m].values()))
            diffs = [ours[i][metric] - by_method[best][i] for i in ours if i in by_method[best]]
            se = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else 0.0
            out.append(
                {
                    "dataset": dataset,
                    "split": split,
                    "metric": metric,
                    "rival": best,
                    "diff": round(statistics.fmean(diffs), 2),
                    "se": round(se, 2),
                    "n": len(diffs),
                }
            )
    return out


def margins_markdown(entries: list[dict], method: str) -> str:
    """One line per data set and metric: the margin over the rival, ± its paired SE."""
    names = {**NAMES, "rouge1": "ROUGE-1", "rouge2": "ROUGE-2"}
    lines = [f"| data set | split | metric | rival | {method} minus rival | paired SE |"]
    lines.append("|---|---|---|---|---:|---:|")
    for e in entries:
        lines.append(
            f"| {names[e['dataset']]} | {e['split']} | {names[e['metric']]} | {e['rival']} | "
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
    pool_items = []
    if "bbc" in datasets:
        pool_items += load_bbc()
    if {"cnn", "cnn-nocap"} & set(datasets):
        pool_items += with_captions(load_cnn())
    items = [
        item
        for item in pool_items
        if item["dataset"] in datasets and (args.split == "all" or item["split"] == args.split)
    ]
    for item in items:  # segmented once for the defect rules, not once per method
        item["sentences"] = _placed(item["text"])
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
        out.append(f"### ROUGE: {TITLES[split]}")
        out.append("")
        out.append(markdown(table, datasets, split))
        out.append("")
    for split in splits:
        out.append(f"### Defects of 3-sentence summaries (% of articles): {split} articles")
        out.append("")
        out.append(defects_markdown(rows, methods, split))
        out.append("")
    from summarize.methods import DEFAULT_METHOD

    edges = []
    if DEFAULT_METHOD in methods and len(methods) > 1:
        for split in splits:
            mine = margins(rows, DEFAULT_METHOD, datasets, split)
            if "lead" in methods and "cnn-nocap" in datasets:
                seen = {(e["dataset"], e["metric"], e["rival"]) for e in mine}
                mine += [
                    e
                    for e in margins(rows, DEFAULT_METHOD, ["cnn-nocap"], split, rival="lead")
                    if (e["dataset"], e["metric"], e["rival"]) not in seen
                ]
            edges += mine
            out.append(f"### {DEFAULT_METHOD} against its strongest rival (and LEAD-3 on the")
            out[-1] += f" caption-stripped text): {split} articles"
            out.append("")
            out.append(margins_markdown(mine, DEFAULT_METHOD))
            out.append("")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    footer = (
        f"ROUGE F1 x100 (rouge-score, Porter stemming); words = mean summary length. "
        f"BBC k = reference sentence count, CNN/DM k = 3; defects on k = 3 for every data "
        f"set (rules in benchmarks/defects.py). {len(tasks)} articles x methods in "
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
