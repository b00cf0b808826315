"""Memory benchmark: does a JSONL run's peak memory stay flat as the archive grows?

Builds JSONL archives of N articles from the BBC corpus (``../shared/eval/bbc-corpus``,
every ``.txt`` file under it, repeated until there are N, each record with its own id) in a
temporary folder, then runs

    summarize --input-format jsonl ARCHIVE -f jsonl -o OUT -j J
    check-claims --input-format jsonl ARCHIVE --facts seeds/facts.yaml -f jsonl -o OUT -j J

for J = 1 and 2, and prints a Markdown table of the peak memory at each size and the ratio
of the largest to the smallest (the target: within 1.2x from 1,000 to 10,000 articles).

Run from the project root after installing it (``pip install -e .``):

    python benchmarks/streaming_memory.py                       # 1,000 and 10,000
    python benchmarks/streaming_memory.py --sizes 200 2000      # quicker
    python benchmarks/streaming_memory.py --code ../other-checkout --label before

``--code`` runs the ``summarize`` package of another checkout (same interpreter, same
dependencies), to compare branches. Two figures per run, both in MiB:

- *largest process*: the peak resident set size of the command or of any one of its worker
  processes, whichever is largest (``wait4``: Linux reports the maximum over the process
  and the descendants it waited for, which the pool's workers are);
- *all processes*: the largest sum of the resident set sizes of the command and its
  workers at one moment, sampled from ``/proc`` every 20 ms (Linux only; a peak shorter
  than that can be missed). With ``-j 1`` it is the same process as the first figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "eval" / "bbc-corpus"
FACTS = ROOT / "seeds" / "facts.yaml"
COMMANDS = {
    "summarize": ("summarize_main", []),
    "check-claims": ("check_claims_main", ["--facts", str(FACTS)]),
}
SAMPLE_SECONDS = 0.02


def build_archive(folder: Path, count: int, corpus: Path) -> Path:
    """``count`` records ``{"id", "text"}`` from the corpus's articles, in sorted order,
    repeated as often as needed; the ids are unique."""
    articles = sorted(corpus.rglob("*.txt"))
    if not articles:
        raise SystemExit(f"no .txt files under {corpus}")
    path = folder / f"archive-{count}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            article = articles[number % len(articles)]
            text = article.read_text(encoding="utf-8", errors="replace")
            record = {"id": f"{number}:{article.relative_to(corpus)}", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def tree_rss(pid: int) -> int:
    """The resident set size, in bytes, of ``pid`` and its children (the pool's workers)."""
    total = 0
    for member in [pid, *_children(pid)]:
        try:
            with open(f"/proc/{member}/statm", encoding="ascii") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass  # it ended between the listing and the read
    return total


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listing:
            return [int(child) for child in listing.read().split()]
    except OSError:
        return []


def measure(command: str, archive: Path, jobs: int, code: Path, folder: Path) -> tuple[float,
                                                                                   float]:
    """Run one command to completion; (largest process, all processes) peaks in MiB."""
    main, extra = COMMANDS[command]
    out = folder / "out.jsonl"
    out.unlink(missing_ok=True)
    program = f"from summarize.process import {main}; {main}()"
    argv = [sys.executable, "-c", program, "--input-format", "jsonl", str(archive), *extra,
            "-f", "jsonl", "-o", str(out), "-j", str(jobs)]
    env = {**os.environ, "PYTHONPATH": str(code)}
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=folder)
    peak_tree = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak_tree = max(peak_tree, tree_rss(proc.pid))
        time.sleep(SAMPLE_SECONDS)
    proc.returncode = os.waitstatus_to_exitcode(status)
    errors = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode not in (0, 1):  # check-claims exits 1 when it flags something
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(argv)}\n{errors}")
    written = sum(1 for _ in out.open(encoding="utf-8"))
    expected = int(archive.stem.split("-")[1])
    if written != expected:
        raise SystemExit(f"{command}: {written} results for {expected} records")
    largest = usage.ru_maxrss / 1024  # KiB on Linux
    return largest, max(peak_tree / 2**20, largest if jobs == 1 else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--commands", nargs="+", choices=list(COMMANDS),
                        default=list(COMMANDS))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="the checkout whose summarize package runs (default: this one)")
    parser.add_argument("--label", default="", help="a name for the code, in the title")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    rows = []
    with tempfile.TemporaryDirectory(prefix="streaming-memory-") as tmp:
        folder = Path(tmp)
        archives = {size: build_archive(folder, size, args.corpus) for size in sizes}
        for command in args.commands:
            for jobs in args.jobs:
                peaks = [measure(command, archives[size], jobs, args.code.resolve(), folder)
                         for size in sizes]
                rows.append((command, jobs, peaks))
                print(f"{command} -j {jobs}: {peaks}", file=sys.stderr, flush=True)
    label = f" ({args.label})" if args.label else ""
    print(f"Peak memory, MiB, of a JSONL run{label}: largest process / all processes\n")
    heads = " | ".join(f"{size:,} articles" for size in sizes)
    print(f"| command | -j | {heads} | ratio {sizes[-1]:,}/{sizes[0]:,} |")
    print("|---|---|" + "---|" * len(sizes) + "---|")
    for command, jobs, peaks in rows:
        cells = " | ".join(f"{largest:.0f} / {total:.0f}" for largest, total in peaks)
        ratio = (f"{peaks[-1][0] / peaks[0][0]:.2f} / {peaks[-1][1] / peaks[0][1]:.2f}")
        print(f"| {command} | {jobs} | {cells} | {ratio} |")


if __name__ == "__main__":
    main()
