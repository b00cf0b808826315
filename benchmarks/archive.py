"""Archive benchmark: thousands of articles as files, as a folder and as one JSONL file.

Run from the project root after installing it with the bench and dask extras
(``pip install -e '.[bench,dask]'``), with the shared data beside the project
(``../shared/eval/bbc-corpus``: 2,095 real BBC articles):

    python benchmarks/archive.py                       # 1,000 and 10,000 articles, 3 runs
    python benchmarks/archive.py --quick               # 200 and 1,000 articles, 1 run
    python benchmarks/archive.py --sizes 1000,10000 --runs 5

The archive of N articles is the BBC corpus repeated, each pass in its own shuffled order
(seed ``--seed``), cut at N: written as files (one subfolder per pass, the file names
numbered in archive order), as a list of their names for ``--files-from``, and as one
JSONL file of ``{"id", "text"}`` records. Every configuration runs as a fresh process (the
installed ``summarize`` and ``check-claims`` beside this Python, output ``-f jsonl`` to a
file whose records are counted), the configurations taking turns run after run so that a
slow spell of the machine hits all alike; each figure is the median of ``--runs`` runs,
with their spread.

- **floor**: ``benchmarks/floor.py``, which only reads each article, segments it into
  sentences and words with the project's ``split_sentences`` and ``split_words`` and
  prints its first three sentences: what any ranking summarizer on this segmenter pays.
- **Dask**: ``summarize_bag`` / ``check_claims_bag`` over the JSONL file read with
  ``dask.bag.read_text``, on a ``LocalCluster(n_workers=2, threads_per_worker=1)``, the
  workers writing the records; the cluster's start-up (Dask's imports, the cluster and the
  client) is timed apart from the run, which is what the throughput counts.
- **peak RSS** is the largest sum, over the process and all its descendants (``-j 2``'s
  workers, Dask's scheduler, nannies and workers), of their resident sets, read from
  ``/proc`` every 50 ms; pages a forked worker still shares with its parent count twice,
  so for ``-j 2`` it is an upper bound. The largest single process, polled alike, is shown
  beside it. (Not ``wait4``'s ``ru_maxrss``: a child forked from this script starts with
  this script's resident set as its high-water mark, and keeps it after ``exec``.)
- **CPU s** is the user and system time of the process and of the children it waited for
  (``wait4``), medians: on a machine shared with other work it moves less than wall time,
  and for ``-j 1`` it is what the per-article cost is made of. (Dask's row counts the
  whole job, start-up included.)

Writes ``benchmarks/results/archive.md`` and ``archive.json`` and prints the table.
Targets (issue 12): ``summarize -j 1`` within 2x the floor per article; ``-j 2`` at least
1.7x the ``-j 1`` throughput; Dask on 2 workers at least 1.5x ``-j 1`` once up;
``check-claims`` at most 2x ``summarize`` per article; peak RSS at the largest size within
1.2x of that at the smallest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
FLOOR = ROOT / "benchmarks" / "floor.py"
FACTS = ROOT / "seeds" / "facts.yaml"
BIN = Path(sys.executable).parent
PAGE_MIB = os.sysconf("SC_PAGE_SIZE") / (1 << 20)


# -- the archive ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Archive:
    """One size of the archive in its three forms."""

    articles: int
    folder: Path
    names: Path  # one file name a line, for --files-from
    jsonl: Path


def corpus_files(shared: Path) -> list[Path]:
    files = sorted((shared / "eval" / "bbc-corpus").glob("*/*.txt"))
    if not files:
        raise SystemExit(f"{shared}/eval/bbc-corpus: no articles there (use --shared DIR)")
    return files


def archive_order(files: list[Path], n: int, seed: int) -> list[tuple[int, Path]]:
    """``n`` (pass, file) pairs: the corpus again and again, each pass shuffled anew."""
    rng = random.Random(seed)
    order: list[tuple[int, Path]] = []
    copy = 0
    while len(order) < n:
        shuffled = files[:]
        rng.shuffle(shuffled)
        order.extend((copy, f) for f in shuffled)
        copy += 1
    return order[:n]


def build_archive(files: list[Path], n: int, seed: int, where: Path) -> Archive:
    """Write the ``n``-article archive under ``where`` as files, a name list and JSONL."""
    folder = where / "articles"
    names, records = [], []
    for number, (copy, source) in enumerate(archive_order(files, n, seed)):
        text = source.read_text(encoding="utf-8")
        path = folder / f"copy-{copy:02d}" / f"{number:05d}-{source.parent.name}-{source.name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        names.append(str(path))
        record_id = f"copy-{copy:02d}/{source.parent.name}/{source.stem}"
        records.append(json.dumps({"id": record_id, "text": text}, ensure_ascii=False))
    archive = Archive(n, folder, where / "names.txt", where / "archive.jsonl")
    archive.names.write_text("\n".join(names) + "\n", encoding="utf-8")
    archive.jsonl.write_text("\n".join(records) + "\n", encoding="utf-8")
    return archive


# -- measuring a process tree --------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    """Every process's children, from the parent field of ``/proc/PID/stat``."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        parent = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(parent, []).append(int(entry))
    return tree


def tree_rss_mib(root: int) -> tuple[float, float]:
    """Resident memory of ``root`` and all its descendants now, in MiB: their sum, and
    the largest single process."""
    tree, total, largest, todo = _children(), 0, 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                pages = int(handle.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        total, largest = total + pages, max(largest, pages)
    return total * PAGE_MIB, largest * PAGE_MIB


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of the process and the children it waited for
    tree_mib: float
    process_mib: float
    stdout: str


def run(cmd: list[str], out: Path) -> Run:
    """Run ``cmd`` with stdout to ``out``; wall time, CPU time, peak RSS of the tree and of
    its largest process.
    Fails loudly on an exit status other than 0 (or 1, check-claims' flagged claims)."""
    peak = [0.0, 0.0]
    done = threading.Event()
    with open(out, "wb") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.PIPE)

        def watch() -> None:
            while not done.wait(0.05):
                total, largest = tree_rss_mib(proc.pid)
                peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        err = proc.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        done.set()
        watcher.join()
    proc.stderr.close()
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{err}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, peak[0], peak[1], err)


DASK_JOB = textwrap.dedent(
    """
    import json, sys, time
    start = time.perf_counter()
    import dask.bag as db
    from distributed import Client, LocalCluster
    from summarize.dask import check_claims_bag, summarize_bag

    command, archive, out, partitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        up = time.perf_counter()
        size = __import__("os").path.getsize(archive)
        bag = db.read_text(archive, blocksize=-(-size // partitions)).map(json.loads)
        if command == "summarize":
            done = summarize_bag(bag, sentences=3)
        else:
            done = check_claims_bag(bag, sys.argv[5])
        done.map(json.dumps).to_textfiles(out + "/*.jsonl", last_endline=True)
        finished = time.perf_counter()
    print(json.dumps({"start_up": up - start, "run": finished - up}), file=sys.stderr)
    """
)


# -- the configurations --------------------------------------------------------------------


@dataclass
class Config:
    """One command line run on one archive size: its runs and what they measured."""

    name: str
    kind: str  # floor | summarize | check-claims | dask-summarize | dask-check-claims
    form: str  # folder | files-from | jsonl
    jobs: int
    articles: int
    cmd: list[str]
    out: Path
    runs: list[Run] = field(default_factory=list)
    dask: list[dict] = field(default_factory=list)

    @property
    def seconds(self) -> list[float]:
        if self.dask:
            return [d["run"] for d in self.dask]
        return [r.seconds for r in self.runs]

    @property
    def cpu(self) -> list[float]:
        return [r.cpu for r in self.runs]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def per_article_ms(self) -> float:
        return 1000 * self.median / self.articles

    @property
    def tree_mib(self) -> float:
        return max(r.tree_mib for r in self.runs)

    @property
    def process_mib(self) -> float:
        return max(r.process_mib for r in self.runs)


def configs(archive: Archive, tmp: Path, partitions: int) -> list[Config]:
    summarize, check = str(BIN / "summarize"), str(BIN / "check-claims")
    n = archive.articles
    forms = {
        "folder": [str(archive.folder)],
        "files-from": ["--files-from", str(archive.names)],
        "jsonl": ["--input-format", "jsonl", str(archive.jsonl)],
    }
    out: list[Config] = []

    def add(name, kind, form, jobs, cmd):
        target = tmp / f"{n}-{len(out):02d}.out"
        out.append(Config(name, kind, form, jobs, n, cmd, target))

    add("floor.py, folder", "floor", "folder", 1, [sys.executable, str(FLOOR), str(archive.folder)])
    add("floor.py, jsonl", "floor", "jsonl", 1, [sys.executable, str(FLOOR), "--jsonl",
                                                str(archive.jsonl)])
    for jobs in (1, 2):
        for form, args in forms.items():
            add(f"summarize -j {jobs}, {form}", "summarize", form, jobs,
                [summarize, *args, "-f", "jsonl", "-j", str(jobs)])
    for jobs in (1, 2):
        add(f"check-claims -j {jobs}, jsonl", "check-claims", "jsonl", jobs,
            [check, *forms["jsonl"], "--facts", str(FACTS), "-f", "jsonl", "-j", str(jobs)])
    for command in ("summarize", "check-claims"):
        dask_out = tmp / f"{n}-dask-{command}"
        cmd = [sys.executable, "-c", DASK_JOB, command, str(archive.jsonl), str(dask_out),
               str(partitions), str(FACTS)]
        add(f"Dask 2 workers, {command}_bag, jsonl", f"dask-{command}", "jsonl", 2, cmd)
        out[-1].out = dask_out
    return out


def records_written(config: Config) -> int:
    """Records the run wrote: JSONL lines (Dask: over its part files); the floor's blank-
    line separated groups of first sentences."""
    if config.kind == "floor":
        return config.out.read_text(encoding="utf-8").count("\n\n")
    files = sorted(config.out.glob("*.jsonl")) if config.out.is_dir() else [config.out]
    return sum(f.read_bytes().count(b"\n") for f in files)


def measure(config: Config) -> None:
    if config.kind.startswith("dask-"):
        config.out.mkdir(exist_ok=True)
        for part in config.out.glob("*.jsonl"):
            part.unlink()
        result = run(config.cmd, config.out.with_suffix(".stdout"))
        config.dask.append(json.loads(result.stdout.strip().splitlines()[-1]))
    else:
        result = run(config.cmd, config.out)
    config.runs.append(result)
    written = records_written(config)
    if written != config.articles:
        raise SystemExit(f"{config.name}: {written} records for {config.articles} articles")


# -- the table -----------------------------------------------------------------------------


def spread(values: list[float], digits: int = 1) -> str:
    """The median, and the range of the runs in brackets."""
    median = statistics.median(values)
    if len(values) < 2:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def compare(config: Config, by: dict[tuple[str, str, int], Config]) -> tuple[str, str, object]:
    """(ratio against its reference, the target, met?) for one row."""
    if config.kind == "floor":
        return "1.00x floor", "", None
    if config.jobs == 1:
        if config.kind == "summarize":
            form = "jsonl" if config.form == "jsonl" else "folder"
            base, name, goal = ("floor", form), "floor", 2
        else:
            base, name, goal = ("summarize", config.form), "summarize", 2
        reference = by.get((*base, 1))
        target = f"<= {goal}x {name}" + (" per article" if name == "summarize" else "")
        if reference is None:  # left out with --only
            return "", target, None
        ratio = config.median / reference.median
        cpu = statistics.median(config.cpu) / statistics.median(reference.cpu)
        return f"{ratio:.2f}x {name} (CPU {cpu:.2f}x)", target, ratio <= goal
    goal = 1.5 if config.kind.startswith("dask-") else 1.7
    single = by.get((config.kind.removeprefix("dask-"), config.form, 1))
    if single is None:
        return "", f">= {goal}x -j 1", None
    speed_up = single.median / config.median
    return f"{speed_up:.2f}x -j 1", f">= {goal}x -j 1", speed_up >= goal


def table(rows: list[Config], startups: list[tuple[str, list[float]]]) -> str:
    by = {(c.kind, c.form, c.jobs): c for c in rows}
    lines = [
        "| configuration | articles | seconds | articles/s | per article ms "
        "| vs floor / vs -j 1 | CPU s | peak RSS MiB (largest process) | target | |",
        "|---|---:|---:|---:|---:|---|---:|---:|---|---|",
    ]
    for c in rows:
        ratio, target, ok = compare(c, by)
        verdict = "" if ok is None else ("met" if ok else "NOT met")
        lines.append(
            f"| {c.name} | {c.articles:,} | {spread(c.seconds)} | {c.articles / c.median:.0f} "
            f"| {c.per_article_ms:.2f} | {ratio} | {statistics.median(c.cpu):.1f} "
            f"| {c.tree_mib:.0f} ({c.process_mib:.0f}) "
            f"| {target} | {verdict} |"
        )
    for name, seconds in startups:
        lines.append(f"| {name} | | {spread(seconds, 2)} | | | | | | | |")
    return "\n".join(lines) + "\n"


def rss_table(sizes: dict[int, list[Config]]) -> str:
    small, large = min(sizes), max(sizes)
    lines = [
        f"| configuration | peak RSS at {small:,} | at {large:,} | ratio | target | |",
        "|---|---:|---:|---:|---|---|",
    ]
    for a, b in zip(sizes[small], sizes[large], strict=True):
        ratio = b.tree_mib / a.tree_mib
        lines.append(
            f"| {a.name} | {a.tree_mib:.0f} MiB | {b.tree_mib:.0f} MiB | {ratio:.2f}x "
            f"| <= 1.2x | {'met' if ratio <= 1.2 else 'NOT met'} |"
        )
    return "\n".join(lines) + "\n"


def compile_bytecode() -> None:
    """Write the package's bytecode first, as an install does (``speed.compile_bytecode``),
    and the floor script's too."""
    import compileall

    speed.compile_bytecode()
    compileall.compile_file(FLOOR, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sizes", default="1000,10000", help="archive sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs of each configuration")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--partitions", type=int, default=16, help="Dask bag partitions")
    parser.add_argument("--quick", action="store_true", help="200 and 1,000 articles, 1 run")
    parser.add_argument("--only", help="run only the configurations whose name contains this")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    sizes = [200, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    runs = 1 if args.quick else args.runs
    compile_bytecode()
    files = corpus_files(args.shared)
    by_size: dict[int, list[Config]] = {}
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for n in sizes:
            where = tmp / str(n)
            archive = build_archive(files, n, args.seed, where)
            by_size[n] = [
                c for c in configs(archive, tmp, args.partitions)
                if not args.only or args.only in c.name or c.kind == "floor"
            ]
            for i in range(runs):
                for config in by_size[n]:
                    measure(config)
                    print(f"  {n:>6} run {i + 1}: {config.name}: {config.runs[-1].seconds:.1f} s",
                          file=sys.stderr)
        empty = tmp / "empty"
        empty.mkdir()
        start_ups = [
            ("start-up: floor.py on no article", [sys.executable, str(FLOOR), str(empty)]),
            ("start-up: summarize --version", [str(BIN / "summarize"), "--version"]),
        ]
        startups = [
            (name, [run(cmd, tmp / "startup.out").seconds for _ in range(max(runs, 5))])
            for name, cmd in start_ups
        ]
    dask_startups = [
        (f"Dask LocalCluster(2 workers) start-up ({c.kind}, {c.articles:,})",
         [d["start_up"] for d in c.dask])
        for rows in by_size.values() for c in rows if c.dask
    ]
    largest = max(sizes)
    text = (
        f"Machine: {speed.machine()}. Medians of {runs} run(s), the range of the runs' seconds in "
        f"brackets; archive seed {args.seed}.\n\n"
        + table(by_size[largest], startups + dask_startups)
        + "\n"
        + (rss_table(by_size) if len(sizes) > 1 else "")
    )
    print(text)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "archive.md").write_text(text, encoding="utf-8")
        data = {
            "machine": speed.machine(),
            "runs": runs,
            "seed": args.seed,
            "sizes": {
                n: [
                    {"configuration": c.name, "seconds": c.seconds, "cpu_seconds": c.cpu,
                     "peak_tree_mib": c.tree_mib,
                     "peak_process_mib": c.process_mib}
                    for c in rows
                ]
                for n, rows in by_size.items()
            },
            "startups": {name: seconds for name, seconds in startups + dask_startups},
        }
        (RESULTS / "archive.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
