"""Speed benchmark: the project's CLI against sumy's LexRank, scaling, batch, start-up.

Run from the project root after installing it (``pip install -e .``):

    python benchmarks/speed.py            # full run (a few minutes on 2 cores)
    python benchmarks/speed.py --quick    # smaller sizes, fewer repeats

Prints a Markdown table and writes it to ``benchmarks/results/speed.md`` and ``speed.json``.
Every timing is wall-clock time of a fresh process (so start-up is included), measured on
this machine, except the row marked "in one warm process"; peak memory is the child's
maximum resident set size (``wait4``).

The baseline is sumy's LexRank on the same sentences, pre-split by this project (sumy's
sentence splitter needs NLTK's punkt data), with sumy's own words: NLTK's word tokenizer
and sumy's word test, which need no data. One batch row gives sumy this project's word
tokenizer instead (the same words, about 8 times faster) for comparison.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
FACTS = ROOT / "seeds" / "facts.yaml"
BIN = Path(sys.executable).parent


def run(cmd: list[str], *, stdin: bytes | None = None) -> tuple[float, int]:
    """Run ``cmd`` to completion; return (wall seconds, peak RSS in MiB). Fails loudly."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # check-claims exits 1 when it flags something
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss // 1024


def compile_bytecode() -> None:
    """Write the project's bytecode, as an install does, before anything is timed.

    An editable install leaves it to the first import, which does not happen where
    PYTHONDONTWRITEBYTECODE is set (as on the machine these figures come from): then every
    run would compile the package from source again, about 27 ms of start-up that no
    installed copy pays. sumy's bytecode was written when pip installed it; this script
    is compiled too, since the sumy baseline imports it."""
    import compileall

    import summarize

    compileall.compile_dir(Path(summarize.__file__).parent, quiet=1)
    compileall.compile_file(__file__, quiet=1)


def median_run(cmd: list[str], runs: int) -> tuple[float, int]:
    results = [run(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def interleaved_medians(cmds: list[list[str]], runs: int) -> list[float]:
    """Median wall time of each command, the commands taking turns run after run, so
    that a slow spell of the machine (seen here: +/-30 % within a minute) hits all alike
    and the ratios between them stay fair."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            times[i].append(run(cmd)[0])
    return [statistics.median(t) for t in times]


def article_texts() -> list[str]:
    """The benchmark articles, raw: BBC files and the CNN/DailyMail column."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((DATA / "bbc" / "article").glob("*/*.txt"))
    ]
    with open(DATA / "cnndm" / "cnndm-100.csv", newline="", encoding="utf-8") as handle:
        texts += [row["article"] for row in csv.DictReader(handle)]
    return texts


def sentence_pool() -> list[str]:
    """Body sentences of every benchmark article, through the project's own segmenter."""
    from summarize.text.clean import prepare_article

    pool: list[str] = []
    for text in article_texts():
        pool.extend(s.text for s in prepare_article(text).candidates)
    return pool


def build_document(pool: list[str], n: int) -> list[str]:
    """``n`` sentences cycling through the pool (shifted on each pass so that passes differ)."""
    out: list[str] = []
    shift = 0
    while len(out) < n:
        out.extend(pool[shift:] + pool[:shift])
        shift += 7
    return out[:n]


def write_document(path: Path, sentences: list[str], per_paragraph: int = 5) -> None:
    paragraphs = [
        " ".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)
    ]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


SUMY_LEXRANK = textwrap.dedent(
    """
    import sys

    sys.path.insert(0, sys.argv[1])
    from speed import SumyLexRank, read_lines

    lexrank = SumyLexRank(sys.argv[2])
    count = int(sys.argv[3])
    for path in sys.argv[4:]:
        for sentence in lexrank(read_lines(path), count):
            print(sentence)
    """
)


def read_lines(path: str | Path) -> list[str]:
    """The non-blank lines of a pre-split file: one sentence each."""
    return [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


class SumyWords:
    """sumy's own ``Tokenizer.to_words`` on sentences that are already split: NLTK's word
    tokenizer, filtered by sumy's word test. (sumy's ``Tokenizer`` first runs NLTK's punkt
    sentence splitter, which needs downloaded data and is not needed here, so the real
    sumy is, if anything, slower than this.)"""

    language = "english"

    def __init__(self) -> None:
        from nltk import word_tokenize
        from sumy.nlp.tokenizers import Tokenizer

        self._tokenize, self._is_word = word_tokenize, Tokenizer._is_word

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(filter(self._is_word, self._tokenize(sentence, preserve_line=True)))


def sumy_words(kind: str):
    """The word tokenizer sumy runs with: ``sumy`` (its own NLTK words, the baseline) or
    ``project`` (this project's data-free tokenizer, which gives the same words faster)."""
    if kind == "project":
        from summarize.text.segment import Tokenizer

        return Tokenizer("english")
    return SumyWords()


class SumyLexRank:
    """sumy's LexRank as its CLI configures it (English stemmer and stop words), on one
    document of pre-split sentences: ``lexrank(lines, count)`` -> the chosen sentences."""

    def __init__(self, words: str = "sumy") -> None:
        from sumy.models import dom
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        self._dom = dom
        self._tokenizer = sumy_words(words)
        self._summarizer = LexRankSummarizer(Stemmer("english"))
        self._summarizer.stop_words = get_stop_words("english")

    def __call__(self, lines: list[str], count: int):
        dom = self._dom
        sentences = [dom.Sentence(line, self._tokenizer) for line in lines]
        return self._summarizer(dom.ObjectDocumentModel([dom.Paragraph(sentences)]), count)


def sumy_lexrank(files: list[Path], count: int, tmp: Path, words: str = "sumy") -> list[str]:
    """The command for sumy's LexRank, in one fresh process, on pre-split sentences (one
    per line), with the word tokenizer ``words`` (see ``sumy_words``)."""
    script = tmp / "sumy_lexrank.py"
    script.write_text(SUMY_LEXRANK, encoding="utf-8")
    here = str(Path(__file__).resolve().parent)
    return [sys.executable, str(script), here, words, str(count), *map(str, files)]


def in_process_seconds(
    texts: list[str], line_files: list[Path], repeats: int
) -> tuple[float, float]:
    """Seconds for one pass over the articles in this warm process: ``summarize_text``
    on the raw texts (3 sentences), and sumy's LexRank on the pre-split sentences (sumy's
    import and the file reading left out). The two take turns, after one warm-up pass
    each; medians of ``repeats`` passes."""
    from summarize import summarize_text

    lexrank = SumyLexRank()
    documents = [read_lines(f) for f in line_files]

    def ours() -> None:
        for text in texts:
            summarize_text(text, sentences=3)

    def theirs() -> None:
        for lines in documents:
            lexrank(lines, 3)

    ours(), theirs()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        times[0].append(_timed(ours))
        times[1].append(_timed(theirs))
    return statistics.median(times[0]), statistics.median(times[1])


def segmentation_throughput(texts: list[str], repeats: int) -> float:
    from summarize.text.segment import split_sentences

    blob = "\n\n".join(texts)
    size_mb = len(blob.encode("utf-8")) / 1e6
    best = min(_timed(lambda: split_sentences(blob)) for _ in range(repeats))
    return size_mb / best


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repeats")
    args = parser.parse_args()
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    runs = 3 if args.quick else 7
    summarize_bin = str(BIN / "summarize")
    check_bin = str(BIN / "check-claims")
    rows: list[dict] = []
    compile_bytecode()

    def row(
        measure: str, project: str, baseline: str = "", ratio: str = "", target: str = "", ok=None
    ):
        verdict = "" if ok is None else ("met" if ok else "NOT met")
        rows.append(
            dict(
                measure=measure,
                project=project,
                baseline=baseline,
                ratio=ratio,
                target=target,
                verdict=verdict,
            )
        )
        print(f"  {measure}: {project} {baseline} {ratio} {verdict}", file=sys.stderr)

    pool = sentence_pool()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)

        # 1. 1,000 sentences: CLI (start-up included) vs sumy LexRank on the same sentences.
        doc = build_document(pool, 1_000)
        doc_path, lines_path = tmp / "doc-1000.txt", tmp / "doc-1000.lines"
        write_document(doc_path, doc)
        lines_path.write_text("\n".join(doc) + "\n", encoding="utf-8")
        ours, theirs = interleaved_medians(
            [[summarize_bin, str(doc_path), "-n", "10"], sumy_lexrank([lines_path], 10, tmp)],
            3,
        )
        row(
            "1,000 sentences, 10-sentence summary",
            f"{ours:.2f} s",
            f"sumy LexRank {theirs:.2f} s",
            f"{theirs / ours:.0f}x",
            ">= 20x",
            theirs / ours >= 20,
        )

        # 2. Scaling: wall time and peak memory.
        times = {}
        for n in sizes:
            path = tmp / f"doc-{n}.txt"
            write_document(path, build_document(pool, n))
            t, mem = median_run([summarize_bin, str(path), "-n", "10"], 1 if n >= 100_000 else 3)
            times[n] = t
            ok = mem < 2048 if n >= 100_000 else None
            row(
                f"{n:,} sentences",
                f"{t:.2f} s, peak {mem} MiB",
                "",
                "",
                "< 2 GiB" if n >= 100_000 else "",
                ok,
            )
        if 100_000 in times:
            growth = times[100_000] / times[10_000]
            row("100k time / 10k time", f"{growth:.1f}x", "", "", "<= 15x", growth <= 15)

        # 3. Batch: 100 CNN/DailyMail articles in one call vs sumy LexRank over the same.
        from summarize.text.clean import prepare_article

        with open(DATA / "cnndm" / "cnndm-100.csv", newline="", encoding="utf-8") as handle:
            articles = [r["article"] for r in csv.DictReader(handle)]
        files, line_files = [], []
        for i, text in enumerate(articles):
            f = tmp / f"cnn-{i:03d}.txt"
            f.write_text(text, encoding="utf-8")
            files.append(f)
            lf = tmp / f"cnn-{i:03d}.lines"
            lf.write_text(
                "\n".join(s.text for s in prepare_article(text).candidates) + "\n", encoding="utf-8"
            )
            line_files.append(lf)
        ours, ours_j2, theirs, theirs_fast = interleaved_medians(
            [
                [summarize_bin, *map(str, files), "--format", "jsonl"],
                [summarize_bin, *map(str, files), "--format", "jsonl", "-j", "2"],
                sumy_lexrank(line_files, 3, tmp),
                sumy_lexrank(line_files, 3, tmp, words="project"),
            ],
            runs,
        )
        for label, t in (("", ours), (", -j 2", ours_j2)):
            row(
                f"100 CNN/DailyMail articles, one jsonl call{label}",
                f"{t:.2f} s",
                f"sumy LexRank, one process: {theirs:.2f} s",
                f"{theirs / t:.1f}x",
                ">= 10x",
                theirs / t >= 10,
            )
        row(
            "same, sumy given this project's word tokenizer",
            f"{ours:.2f} s (-j 2: {ours_j2:.2f} s)",
            f"sumy LexRank, one process: {theirs_fast:.2f} s",
            f"{theirs_fast / ours:.1f}x (-j 2: {theirs_fast / ours_j2:.1f}x)",
        )
        # sumy's own CLI summarizes one document per run: a process per article.
        per_file = sum(run(sumy_lexrank([f], 3, tmp))[0] for f in line_files)
        row(
            "100 CNN/DailyMail articles, one jsonl call",
            f"{ours:.2f} s",
            f"sumy LexRank, a process per article: {per_file:.1f} s",
            f"{per_file / ours:.0f}x",
            ">= 10x",
            per_file / ours >= 10,
        )
        # What one call cannot go below: a process that imports the CLI and exits, and
        # the pipeline's own time per article inside one warm process.
        floor, _ = median_run([summarize_bin, "--version"], runs)
        row("start-up floor: summarize --version", f"{floor:.3f} s")
        ours_warm, theirs_warm = in_process_seconds(articles, line_files, runs)
        per_article, sumy_per_article = ours_warm / len(articles), theirs_warm / len(articles)
        row(
            "in one warm process, per CNN/DailyMail article",
            f"{per_article * 1e3:.2f} ms (clean, segment, rank)",
            f"sumy LexRank {sumy_per_article * 1e3:.2f} ms (rank only)",
            f"{sumy_per_article / per_article:.1f}x",
        )

    # 4. Start-up: the seed article, median of several fresh processes.
    t, _ = median_run([summarize_bin, str(SEED), "-n", "3"], runs)
    row("start-up: summarize seed -n 3", f"{t:.3f} s", "", "", "< 0.6 s", t < 0.6)
    if FACTS.exists():
        t, _ = median_run([check_bin, str(SEED), "--facts", str(FACTS), "--format", "text"], runs)
        row("start-up: check-claims seed", f"{t:.3f} s", "", "", "< 0.6 s", t < 0.6)

    # 5. Segmentation throughput, in process.
    mbps = segmentation_throughput(article_texts(), 5)
    row("sentence segmentation", f"{mbps:.1f} MB/s", "", "", ">= 2 MB/s", mbps >= 2)

    header = "| measure | summarize | baseline | speed-up | target | |\n|---|---|---|---|---|---|\n"
    body = "".join(
        f"| {r['measure']} | {r['project']} | {r['baseline']} | {r['ratio']} | {r['target']} "
        f"| {r['verdict']} |\n"
        for r in rows
    )
    table = f"Machine: {machine()}\n\n{header}{body}"
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "speed.md").write_text(table, encoding="utf-8")
    (RESULTS / "speed.json").write_text(
        json.dumps({"machine": machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
