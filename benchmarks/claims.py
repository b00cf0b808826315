"""check-claims benchmark: the claims-dev evaluation set and a whole-corpus robustness run.

Run from the project root after installing it (``pip install -e .``), with the shared data
beside the project (``../shared/``, as on the developers' machines and in CI):

    python benchmarks/claims.py              # both parts, writes benchmarks/results/claims.md
    python benchmarks/claims.py --no-corpus  # only the claims-dev table

1. **claims-dev** (``../shared/claims-dev/``): 14 real BBC articles with fact tables written
   by an outside fact-checker and 118 cases (planted errors, list swaps and drops,
   misspellings, paraphrases). Its own ``run.py`` scores ``check-claims``; this script runs
   it unchanged and keeps its per-kind table and its last line (assertions that hold, and
   false alarms on text that states nothing false).
2. **corpus**: ``check-claims`` over every article of ``../shared/eval/bbc-corpus`` (2,095
   BBC articles) with the seed's fact table, in one call with ``--format jsonl``: no
   crash and no exit 2 are the targets, the time per article is reported, and so is every
   article with a contradicted or inconsistent claim (none of them is about NATO in 2024,
   so each such claim is a false alarm to read).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
FLAGGED = ("contradicted", "inconsistent")


def check_claims_command() -> str:
    """The ``check-claims`` of the active environment (next to this Python), else PATH's."""
    here = Path(sys.executable).parent / "check-claims"
    return str(here) if here.exists() else (shutil.which("check-claims") or "check-claims")


def claims_dev(shared: Path, command: str) -> tuple[str, int]:
    """Run claims-dev's ``run.py -q``; return its table (from the ``kind`` header to the
    summary line) and its exit status."""
    run = subprocess.run(
        [sys.executable, str(shared / "claims-dev" / "run.py"), "-q", "--check-claims", command],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = run.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("kind ")), None)
    if start is None:
        raise SystemExit(f"claims-dev printed no table (exit {run.returncode}): {run.stderr}")
    return "\n".join(lines[start:]).rstrip(), run.returncode


def corpus(shared: Path, command: str) -> dict:
    """``check-claims`` over the whole BBC corpus with the seed's table, in one call."""
    files = sorted(str(p) for p in (shared / "eval" / "bbc-corpus").glob("*/*.txt"))
    facts = ROOT / "seeds" / "facts.yaml"
    start = time.perf_counter()
    run = subprocess.run(
        [command, *files, "--facts", str(facts), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    flagged = {
        r["source"]: [c for c in r["claims"] if c["status"] in FLAGGED]
        for r in records
        if any(c["status"] in FLAGGED for c in r["claims"])
    }
    return {
        "articles": len(files),
        "reports": len(records),
        "exit": run.returncode,
        "errors": [line for line in run.stderr.splitlines() if line.strip()],
        "tracebacks": run.stderr.count("Traceback"),
        "seconds": seconds,
        "flagged": flagged,
    }


def corpus_markdown(result: dict) -> str:
    n = result["articles"]
    lines = [
        "| articles | reports | exit status | error lines | tracebacks | total time | per article "
        "| articles with a contradicted claim |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {n} | {result['reports']} | {result['exit']} | {len(result['errors'])} | "
        f"{result['tracebacks']} | {result['seconds']:.1f} s | "
        f"{1000 * result['seconds'] / max(n, 1):.1f} ms | {len(result['flagged'])} |",
    ]
    for source, claims in sorted(result["flagged"].items()):
        for c in claims:
            lines.append(f"- `{Path(source).name}`: {c['status']} {c.get('fact')}: {c['text']!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check-claims", default=check_claims_command())
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus run")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not (args.shared / "claims-dev" / "run.py").exists():
        parser.error(f"{args.shared}: no claims-dev/run.py there (use --shared DIR)")

    out = ["### claims-dev (`../shared/claims-dev/run.py -q`)", "", "```"]
    table, _ = claims_dev(args.shared, args.check_claims)
    out += [table, "```", ""]
    if not args.no_corpus:
        result = corpus(args.shared, args.check_claims)
        out += ["### BBC corpus with the seed's fact table", "", corpus_markdown(result), ""]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    text = "\n".join(out) + f"Machine: {machine}.\n"
    print(text)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "claims.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
