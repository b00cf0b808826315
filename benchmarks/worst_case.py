"""Worst-case benchmark: both commands on adversarial text against ordinary news text.

Run from the project root after installing it (``pip install -e .``):

    python benchmarks/worst_case.py            # 150 KB and 1.5 MB (about 10 minutes on 2 cores)
    python benchmarks/worst_case.py --quick    # 150 KB only

Each input is built to the same size in bytes: "ordinary" is BBC news articles
(``../shared/eval/bbc-corpus`` beside the project, or ``--corpus DIR``) joined by blank lines; each
adversarial input repeats one pattern that once made a claim finder, the segmenter or the
cleaner superlinear (long text without a full stop, repeated dates, weekdays, numbers,
ranges and lists, one huge word, deep HTML nesting, combining marks ...). Every timing is
a fresh process (start-up included): ``summarize FILE -f json`` and
``check-claims FILE --facts seeds/facts.yaml -f json``, best of two at 150 KB, one run at
1.5 MB; the ratios use CPU time (user + system), which measures the work whatever else
the machine is running. Targets (issue 11): no input above 5x ordinary text at 150 KB, and
growth from 150 KB to 1.5 MB of at most 12x. Exit statuses must be 0, 1 or 2, with no traceback.

Prints a Markdown table and writes it to ``benchmarks/results/worst_case.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
FACTS = ROOT / "seeds" / "facts.yaml"
BIN = Path(sys.executable).parent
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "bbc-corpus"
SIZES = {"150 KB": 150_000, "1.5 MB": 1_500_000}
TIMEOUT = 900.0
MAX_RATIO, MAX_GROWTH = 5.0, 12.0

# name -> (what it is, the repeated unit)
PATTERNS: dict[str, tuple[str, str]] = {
    "dates": ("`April 3, 2024 and ` repeated, no full stop", "April 3, 2024 and "),
    "weekdays": ("`on Wednesday or Thursday or `", "on Wednesday or Thursday or "),
    "numbers": ("`12.5, `", "12.5, "),
    "ranges": ("`9-11 July - `", "9-11 July - "),
    "list": ("`support from China, Iran, North Korea and `",
             "support from China, Iran, North Korea and "),
    "names": ("`Jens Stoltenberg told NATO in Brussels ` (names, places, no stop)",
              "Jens Stoltenberg told NATO in Brussels "),
    "abbreviations": ("`Mr. Dr. U.S. No. 10 p.m. ` (no sentence end)", "Mr. Dr. U.S. No. 10 p.m. "),
    "tiny sentences": ("`Yes. ` (ten times the sentences of news per byte)", "Yes. "),
    "one word": ("`a` repeated: one word, no space", "a"),
    "short lines": ("`By AP\\n` (bylines, one per line)", "By AP\n"),
    "marks": ("`e` with combining marks, RTL and zero-width characters",
              "e\u0301\u0302 \u05e9\u05dc\u05d5\u05dd \u200b\u200d\U0001f600 "),
    "html nesting": ("`<div>` nested without end, then a paragraph", "<div>"),
}


def ordinary_text(size: int, corpus: Path) -> str:
    files = sorted(corpus.rglob("*.txt"))
    if not files:
        sys.exit(f"worst_case.py: no .txt files under {corpus} (give --corpus DIR)")
    parts: list[str] = []
    total = 0
    while total < size:
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            parts.append(text)
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return _cut("\n\n".join(parts), size)


def hostile_text(name: str, size: int) -> str:
    unit = PATTERNS[name][1]
    if name == "html nesting":
        tail = "<p>The harbour bridge reopened on Monday after two years of repairs.</p>\n"
        body = unit * ((size - len(tail)) // len(unit))
        return "<html><body>" + body + tail
    repeats = size // len(unit.encode("utf-8")) + 1
    return _cut(unit * repeats, size - 2) + ".\n"


def _cut(text: str, size: int) -> str:
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def timed(args: list[str], runs: int) -> tuple[float, float, int, str]:
    """Best CPU time (user + system) and best wall time of ``runs`` runs, the exit status
    and the last stderr line. CPU time is what the ratios use: it measures the work, and
    stays put when other processes share the machine (wall time does not)."""
    best_cpu = best_wall = float("inf")
    status, last = 0, ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        try:
            done = subprocess.run(args, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return float("inf"), float("inf"), -1, f"timed out after {TIMEOUT:g} s"
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
        status = done.returncode
        err = done.stderr.decode("utf-8", "replace")
        last = err.strip().splitlines()[-1] if err.strip() else ""
        if "Traceback" in err:
            last = "TRACEBACK: " + last
    return best_cpu, best_wall, status, last


def commands(path: Path) -> dict[str, list[str]]:
    return {
        "summarize": [str(BIN / "summarize"), str(path), "-f", "json"],
        "check-claims": [str(BIN / "check-claims"), str(path), "--facts", str(FACTS),
                         "-f", "json"],
    }


def fmt(seconds: float) -> str:
    return "timeout" if seconds == float("inf") else f"{seconds:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 KB only")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of news .txt files")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="only this adversarial input (repeatable)")
    args = parser.parse_args()
    sizes = {"150 KB": SIZES["150 KB"]} if args.quick else SIZES
    names = args.only or list(PATTERNS)
    times: dict[tuple[str, str, str], float] = {}
    walls: dict[tuple[str, str, str], float] = {}
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for label, size in sizes.items():
            runs = 2 if size <= 150_000 else 1
            inputs = {"ordinary": ordinary_text(size, args.corpus)}
            inputs.update({name: hostile_text(name, size) for name in names})
            for name, text in inputs.items():
                suffix = ".html" if name == "html nesting" else ".txt"
                path = tmp / f"{name.replace(' ', '-')}-{size}{suffix}"
                path.write_text(text, encoding="utf-8")
                for command, argv in commands(path).items():
                    seconds, wall, status, last = timed(argv, runs)
                    times[(label, name, command)] = seconds
                    walls[(label, name, command)] = wall
                    print(f"  {label} {name:14} {command:13} cpu {fmt(seconds):>8} s  wall "
                          f"{fmt(wall):>8} s  exit {status}  {last[:60]}", file=sys.stderr)
                    if status not in (0, 1, 2) or last.startswith("TRACEBACK"):
                        problems.append(f"{label} {name} {command}: exit {status} {last}")

    lines = [
        "# Worst-case inputs",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}; command: `python benchmarks/worst_case.py"
        f"{' --quick' if args.quick else ''}`.",
        "CPU seconds (user + system) per fresh process, start-up included (wall-clock "
        "seconds, which depend on what else the machine runs, in brackets); `x ord.` is the "
        "CPU time over ordinary news text of the same size (target <= "
        f"{MAX_RATIO:g}x at 150 KB); `growth` is the 1.5 MB CPU time over the 150 KB CPU "
        f"time (target <= {MAX_GROWTH:g}x).",
        "",
    ]
    head = "| input | command |"
    rule = "|---|---|"
    for label in sizes:
        head += f" {label} CPU s (wall) | x ord. |"
        rule += "---:|---:|"
    if len(sizes) > 1:
        head += " growth | verdict |"
        rule += "---:|---|"
    else:
        head += " verdict |"
        rule += "---|"
    lines += [head, rule]
    all_met = True
    for name in ["ordinary", *names]:
        for command in ("summarize", "check-claims"):
            row = f"| {name} | {command} |"
            met = True
            for label in sizes:
                seconds = times[(label, name, command)]
                ordinary = times[(label, "ordinary", command)]
                ratio = seconds / ordinary
                row += f" {fmt(seconds)} ({fmt(walls[(label, name, command)])}) | {ratio:.1f}x |"
                if label == "150 KB" and ratio > MAX_RATIO:
                    met = False
            if len(sizes) > 1:
                growth = times[("1.5 MB", name, command)] / times[("150 KB", name, command)]
                row += f" {growth:.1f}x |"
                met = met and growth <= MAX_GROWTH
            row += " met |" if met else " NOT met |"
            all_met = all_met and met
            lines.append(row)
    lines += ["", "Inputs:", ""]
    lines += [f"- **{name}**: {PATTERNS[name][0]}" for name in names]
    lines += ["- **ordinary**: BBC news articles joined by blank lines"]
    if problems:
        lines += ["", "Problems (exit status other than 0/1/2, or a traceback):", ""]
        lines += [f"- {p}" for p in problems]
    lines += ["", f"All targets met: {'yes' if all_met and not problems else 'no'}."]
    table = "\n".join(lines) + "\n"
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "worst_case.md").write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
