"""Tuning harness for news-rank (issue 10): ROUGE and summary-level defects on the tuning
part only, or, once, on the held-out part.

    python benchmarks/tune_newsrank.py                       # tuning part, news-rank/lead/reduction
    python benchmarks/tune_newsrank.py --part heldout --methods news-rank,lead,reduction,...

Tuning part: ``../shared/eval/bbc-more`` files 021-060 of each category (k = the
reference's sentence count) and rows 0-331 of ``cnn-val-dev.csv`` (k = 3). Held out: the
rest of ``bbc-more`` (061-100), ``eval/bbc`` (100 files), ``cnndm-100.csv`` and rows 332+
of ``cnn-val-dev.csv``. "cnn-nostop" is the CNN part with isolated full stops (`` .``,
how Daily Mail / CNN raw text ends a caption or a paragraph) removed: captions run into
the next sentence, as in scraped pages.

Defects are counted on 3-sentence summaries (``defect_kinds``): a dangling opener (a
summary sentence opens with a connective or a third-person or demonstrative pronoun and
the sentence before it in the article is not in the summary), a split quote (unbalanced
quote marks in a run of adjacent summary sentences), a
caption (a sentence that opens with a short caption label, "Scene: ..." or that points
at a picture, "(pictured, left)") and a duplicate (two summary sentences sharing 80 % of
their words). The caption and opener tests are written here independently of the
package's own rules, so that the package cannot grade itself.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import statistics
import sys
from multiprocessing import Pool
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")

OPENERS = frozenset(
    """and but or so yet also however overall meanwhile still instead nevertheless
    nonetheless moreover furthermore besides then thus therefore hence indeed otherwise
    likewise similarly consequently accordingly additionally alternatively nor plus
    he she it they him her them his its their this that these those such""".split()
)
_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,2}: ")
_SPEECH = re.compile(r"(?:ed|said|says|told|wrote|read|reads|adds|explains)$")
_PICTURE = re.compile(
    r"\((?:pictured|picture|left|right|above|below|centre|center|top|bottom|inset|"
    r"second (?:left|right)|far (?:left|right))\b[^()]*\)",
    re.I,
)
_WORDS = re.compile(r"[a-z0-9]+")


def is_caption(sentence: str) -> bool:
    m = _LABEL.match(sentence)
    if m:
        label = m.group()[:-2].split()
        speech = len(label) >= 2 and _SPEECH.search(label[-1].lower())
        if not speech and label[0].lower() not in OPENERS:
            return True
    return bool(_PICTURE.search(sentence)) and "(pictured)" not in sentence


def opener(sentence: str) -> str:
    m = re.match(r"[\"'\u201c\u2018(]*([A-Za-z]+)", sentence)
    return m.group(1).lower() if m else ""


_MARKS = re.compile(
    r"(?P<open>\u201c|(?:^|(?<=[\s(\[:]))(?:\"(?=\S)|['\u2018](?=[A-Za-z])))"
    r"|(?P<close>\u201d|(?<=[\w.,!?;:)\u2026'\u2019\"-])[\"'\u2019](?=[\s.,;:!?)\]-]|$))"
)


def unbalanced_quotes(text: str) -> bool:
    """A quotation mark that does not pair up, reading marks left to right: an opening
    mark (at the start or after a space, before a word) with no closing mark after it, or
    a closing mark after punctuation with no opening mark before it (a closing mark after
    a word with nothing open is a plural possessive, "the players' union")."""
    depth = 0
    for m in _MARKS.finditer(text):
        if m.group("open"):
            depth += 1
        elif depth:
            depth -= 1
        elif m.group()[0] in "\u201d\"" or text[m.start() - 1] in ".,!?":
            return True
    return depth > 0


def defect_kinds(picked: list[tuple[int, str]]) -> set[str]:
    """Defects of one summary, given (candidate index, text) in document order."""
    kinds = set()
    indices = {i for i, _ in picked}
    runs: list[list[str]] = []  # quote balance is read over runs of adjacent sentences
    for i, text in picked:
        if runs and i - 1 in indices:
            runs[-1].append(text)
        else:
            runs.append([text])
    if any(unbalanced_quotes(" ".join(run)) for run in runs):
        kinds.add("quote")
    for i, text in picked:
        if i > 0 and i - 1 not in indices and opener(text) in OPENERS:
            kinds.add("dangling")
        if is_caption(text):
            kinds.add("caption")
    bags = [set(_WORDS.findall(t.lower())) for _, t in picked]
    for a in range(len(bags)):
        for b in range(a + 1, len(bags)):
            small = min(len(bags[a]), len(bags[b])) or 1
            if len(bags[a] & bags[b]) / small >= 0.8:
                kinds.add("duplicate")
    return kinds


def _bbc(root: Path, lo: int, hi: int, name: str) -> list[dict]:
    items = []
    for category in CATEGORIES:
        for article in sorted((root / "article" / category).glob("*.txt")):
            if not lo <= int(article.stem) <= hi:
                continue
            lines = (root / "summary" / category / article.name).read_text().splitlines()
            reference = [s.strip() for s in lines if s.strip()]
            items.append(
                {
                    "set": name,
                    "id": f"{category}/{article.name}",
                    "text": article.read_text(),
                    "reference": reference,
                    "k": len(reference),
                }
            )
    return items


def _cnn(path: Path, lo: int, hi: int, name: str, strip: bool = False) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[lo:hi]
    items = []
    for row in rows:
        text = row["article"]
        if strip:
            text = re.sub(r"(?<=\S) \.(?=\s|$)", "", text)
        reference = [s.strip() for s in row["highlights"].splitlines() if s.strip()]
        items.append({"set": name, "id": row["id"], "text": text, "reference": reference, "k": 3})
    return items


def load(part: str) -> list[dict]:
    val = EVAL / "cnndm" / "cnn-val-dev.csv"
    if part == "tune":
        return (
            _bbc(EVAL / "bbc-more", 21, 60, "bbc")
            + _cnn(val, 0, 332, "cnn")
            + _cnn(val, 0, 332, "cnn-nostop", strip=True)
        )
    return (
        _bbc(EVAL / "bbc-more", 61, 100, "bbc-more")
        + _bbc(EVAL / "bbc", 1, 999, "bbc")
        + _cnn(val, 332, 10**6, "cnn-val")
        + _cnn(val, 332, 10**6, "cnn-val-nostop", strip=True)
        + _cnn(EVAL / "cnndm" / "cnndm-100.csv", 0, 100, "cnndm")
        + _cnn(EVAL / "cnndm" / "cnndm-100.csv", 0, 100, "cnndm-nostop", strip=True)
    )


_SCORER = None


def run(task: tuple[str, dict]) -> dict:
    global _SCORER
    import summarize

    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    method, item = task
    summary = summarize.summarize_text(item["text"], sentences=item["k"], method=method)
    s = _SCORER.score("\n".join(item["reference"]), "\n".join(x.text for x in summary.sentences))
    out = {
        "method": method,
        "set": item["set"],
        "id": item["id"],
        "r1": 100 * s["rouge1"].fmeasure,
        "r2": 100 * s["rouge2"].fmeasure,
    }
    three = summarize.summarize_text(item["text"], sentences=3, method=method)
    out["defects"] = sorted(defect_kinds([(x.index, x.text) for x in three.sentences]))
    out["summary"] = [x.text for x in three.sentences]
    return out


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
    parser.add_argument("--part", choices=("tune", "heldout"), default="tune")
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
    sets = list(dict.fromkeys(it["set"] for it in items))
    print("| method | " + " | ".join(f"{s} R-1 | {s} R-2 | {s} defects" for s in sets) + " |")
    for m in methods:
        cells = []
        for s in sets:
            rs = [r for r in rows if r["method"] == m and r["set"] == s]
            bad = sum(bool(r["defects"]) for r in rs) / len(rs)
            cells.append(
                f"{statistics.fmean(r['r1'] for r in rs):.2f} | "
                f"{statistics.fmean(r['r2'] for r in rs):.2f} | {100 * bad:.0f}%"
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
