"""What the archive, streaming and script tests share: the seed, a short story, the two
commands run in-process through Typer's runner, and reading a pseudo-terminal."""

import os
from pathlib import Path

from typer.testing import CliRunner

from summarize.cli import check_claims_app, summarize_app

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "seeds" / "nato-ukraine-2024-04-03.txt").read_text(encoding="utf-8")
FACTS = ROOT / "seeds" / "facts.yaml"
STORY = (
    "The council met in Brussels on Monday to discuss the budget. "
    "Ministers agreed to raise spending on schools by ten percent. "
    "The opposition called the plan reckless and unfunded.\n"
)

runner = CliRunner()


def summarize(*args, input=None):
    return runner.invoke(summarize_app, [str(a) for a in args], input=input)


def check(*args, input=None):
    return runner.invoke(check_claims_app(), [str(a) for a in args], input=input)


def read_terminal(controller: int) -> bytes:
    """Everything written to the pseudo-terminal ``controller`` until its other side is
    closed; closes ``controller``."""
    drawn = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO once the other side is closed
            break
        if not chunk:
            break
        drawn += chunk
    os.close(controller)
    return drawn
