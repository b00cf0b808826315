"""Typer commands only: parse options, call the API, pick a renderer.

INTERIM: minimal summarize command; the full option set is being built.
"""

from __future__ import annotations

import sys

import typer

from .errors import SummarizeError

summarize_app = typer.Typer(add_completion=False)


@summarize_app.command()
def summarize_command(
    files: list[str] = typer.Argument(None),
    sentences: int = typer.Option(None, "-n", "--sentences"),
) -> None:
    from .summary import summarize_text
    from .text.read import read_source

    try:
        for name in files or ["-"]:
            src = read_source(name)
            summary = summarize_text(src.text, sentences=sentences, source=src.display_name)
            for s in summary.sentences:
                print(s.text)
    except SummarizeError as exc:
        print(f"summarize: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None


def summarize_main() -> None:
    summarize_app()


def check_claims_main() -> None:
    print("check-claims: not implemented yet", file=sys.stderr)
    sys.exit(2)
