"""A blind comparison of 3-sentence summaries, as a reader would make it.

    python benchmarks/blind.py make  --out DIR [--seed N] [--methods news-rank,lead,reduction]
    python benchmarks/blind.py score --out DIR
    python benchmarks/blind.py make  --out DIR --part tune --variant follow_bonus=2.0

A reading that helps *choose* a setting is made on the tuning part (``--part tune``, the
same mix of sources from the rows parameters are chosen on) with ``--variant k=v``: the
news-rank weights overridden, as a fourth summary named ``news-rank[k=v]``; only articles
where the variant and the default write different summaries are drawn. A reading that
*reports* is made on the held-out part, once the setting is chosen. ``--departures`` draws
only articles where the default and LEAD-3 write different summaries: where the two are
the same a reading can only tie, so this asks whether the default's departures help.

``make`` draws 30 articles from the held-out part of the quality benchmark's data (never
tuned on: 15 BBC from ``bbc-more/`` 061-100, three per category; 10 CNN stories from
``cnn-val-dev`` rows 332+; 5 Daily Mail stories from ``cnndm-100`` rows 50+), summarizes
each with every method (3 sentences, ``summarize_text`` as the CLI does), and writes

- ``DIR/packet.md``: each article with its summaries under shuffled letters (A, B, C), no
  method names: the only file the reader sees;
- ``DIR/key.json``: which letter is which method, per article: kept from the reader
  until their scores are written.

The reader writes ``DIR/scores.jsonl``, one line per article:
``{"article": 7, "A": {"informative": 4, "readable": 5}, "B": {...}, "C": {...},
"best": "B"}`` (scores 1-5; ``best`` is the summary they would rather read, or ``"tie"``).

``score`` unblinds: mean scores per method, and for the default against each rival the
articles where the reader preferred it (higher informative + readable, then ``best``),
tied, or preferred the rival. Where the two methods wrote the same summary (the key
keeps every summary's text) the article counts as tied, whatever the reader wrote: the
same text cannot be preferred to itself.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import json
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality  # noqa: E402

LETTERS = "ABCDEFGH"


def draw(seed: int, part: str = "held-out", keep=lambda item: True) -> list[dict]:
    """The 30 articles of the comparison from ``part`` (fixed by ``seed``), among those
    ``keep`` accepts."""
    rng = random.Random(seed)
    bbc = [
        i
        for i in quality.load_bbc()
        if i["split"] == part and i["source"] == "bbc-more" and keep(i)
    ]
    cnn = [i for i in quality.load_cnn() if i["split"] == part and keep(i)]
    chosen = []
    for category in ("business", "entertainment", "politics", "sport", "tech"):
        pool = [i for i in bbc if f"/{category}/" in i["id"]]
        chosen += rng.sample(pool, min(3, len(pool)))
    val = [i for i in cnn if i["source"] == "cnn-val-dev"]
    daily = [i for i in cnn if i["source"] == "cnndm-100"]
    chosen += rng.sample(val, min(10, len(val))) + rng.sample(daily, min(5, len(daily)))
    rng.shuffle(chosen)
    return chosen


def _summary(text: str, method: str) -> list[str]:
    """The 3-sentence summary of ``method``: a method name, or ``news-rank[k=v,...]``
    for news-rank with its weights overridden."""
    import summarize
    from summarize.methods import newsrank

    overrides = {}
    if method.startswith("news-rank["):
        for kv in method[len("news-rank[") : -1].split(","):
            name, value = kv.split("=")
            overrides[name] = ast.literal_eval(value)
    saved = newsrank.DEFAULT_WEIGHTS
    newsrank.DEFAULT_WEIGHTS = dataclasses.replace(saved, **overrides)
    try:
        name = "news-rank" if overrides else method
        summary = summarize.summarize_text(text, sentences=3, method=name)
    finally:
        newsrank.DEFAULT_WEIGHTS = saved
    return [s.text for s in summary.sentences]


def make(
    out: Path, seed: int, methods: list[str], part: str = "held-out", departures: bool = False
) -> None:
    """Write the packet and the key. A variant's reading (and, with ``departures``, a
    reading of where the default departs from LEAD-3) draws only articles where the
    default's summary differs from the variant's (or from LEAD-3's)."""
    rivals = [m for m in methods if m.startswith("news-rank[")] + (["lead"] if departures else [])

    def differs(item: dict) -> bool:
        default = _summary(item["text"], "news-rank")
        return any(_summary(item["text"], v) != default for v in rivals)

    rng = random.Random(seed + 1)
    out.mkdir(parents=True, exist_ok=True)
    packet = [
        "# Blind reading: which summary would you rather read?",
        "",
        "For each article, read the article, then each summary. Score every summary 1-5 for",
        "**informative** (does it give the article's main news?) and **readable** (does it read",
        "well on its own: no dangling 'He'/'But' whose referent is missing, no broken quotes,",
        "no photo captions or page furniture, no repetition). Then name the one you would",
        "rather read as `best` (or `tie`).",
        "",
    ]
    key = []
    chosen = draw(seed, part, differs if rivals else lambda item: True)
    for n, item in enumerate(chosen, start=1):
        letters = list(LETTERS[: len(methods)])
        order = methods[:]
        rng.shuffle(order)
        packet += [f"## Article {n}", "", "```text", item["text"].strip(), "```", ""]
        texts = {}
        for letter, method in zip(letters, order, strict=True):
            texts[letter] = _summary(item["text"], method)
            packet.append(f"**Summary {letter}**")
            packet.append("")
            packet += [f"> {line}" for line in texts[letter]]
            packet.append("")
        key.append(
            {
                "article": n,
                "id": item["id"],
                "letters": dict(zip(letters, order, strict=True)),
                "summaries": texts,
            }
        )
    (out / "packet.md").write_text("\n".join(packet), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")


def score(out: Path, default: str = "news-rank") -> str:
    entries = json.loads((out / "key.json").read_text())
    key = {k["article"]: k["letters"] for k in entries}
    texts = {k["article"]: k.get("summaries", {}) for k in entries}
    rows = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines() if line]
    by_method: dict[str, dict[str, list[int]]] = {}
    outcome: dict[str, list[str]] = {}
    for row in rows:
        letters = key[row["article"]]
        total = {}
        for letter, method in letters.items():
            s = row[letter]
            by_method.setdefault(method, {"informative": [], "readable": []})
            by_method[method]["informative"].append(s["informative"])
            by_method[method]["readable"].append(s["readable"])
            total[method] = s["informative"] + s["readable"]
        best = letters.get(row.get("best", "tie"))
        written = {method: texts[row["article"]].get(letter) for letter, method in letters.items()}
        for rival in total:
            if rival == default:
                continue
            if written[default] is not None and written[default] == written[rival]:
                won = None  # the same summary cannot be preferred to itself
            elif total[default] != total[rival]:
                won = total[default] > total[rival]
            elif best in (default, rival):
                won = best == default
            else:
                won = None
            outcome.setdefault(rival, []).append({True: "win", False: "loss", None: "tie"}[won])
    lines = [
        f"Articles scored: {len(rows)}.",
        "",
        "| method | informative (mean, 1-5) | readable (mean, 1-5) | chosen as best |",
        "|---|---:|---:|---:|",
    ]
    for method, s in by_method.items():
        chosen = sum(1 for r in rows if key[r["article"]].get(r.get("best", "")) == method)
        lines.append(
            f"| {method} | {statistics.fmean(s['informative']):.2f} | "
            f"{statistics.fmean(s['readable']):.2f} | {chosen} |"
        )
    lines += [
        "",
        f"| {default} against | preferred | tied | rival preferred |",
        "|---|---:|---:|---:|",
    ]
    for rival, results in outcome.items():
        lines.append(
            f"| {rival} | {results.count('win')} | {results.count('tie')} | "
            f"{results.count('loss')} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("make", "score"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--methods", default="news-rank,lead,reduction")
    parser.add_argument("--part", choices=("held-out", "tune"), default="held-out")
    parser.add_argument(
        "--departures", action="store_true", help="only articles where news-rank and lead differ"
    )
    parser.add_argument(
        "--variant", action="append", default=[], help="news-rank weights k=v[,k=v]: a method"
    )
    args = parser.parse_args(argv)
    if args.action == "make":
        methods = [m for m in args.methods.split(",") if m]
        methods += [f"news-rank[{v}]" for v in args.variant]
        make(args.out, args.seed, methods, args.part, args.departures)
    else:
        print(score(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
