"""Output formats, one function per format; the format name tuples are the single source
of truth read by the CLI options, its help and the docs.

Every renderer takes an iterable of results and yields text chunks, so a batch of a
thousand files streams out one file at a time. ``many`` says whether the user gave
several inputs (headers, JSON arrays), which is known before the first result arrives.
The machine formats (json, jsonl, csv) are stable contracts: see README.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .checker import ClaimFinding, ClaimReport
    from .summary import Summary


@dataclass(frozen=True)
class WithFields:
    """A Summary or ClaimReport of a JSONL record, with the record's other fields: they
    come first in its JSON (``to_dict``), so results join back to the archive; every other
    attribute is the result's own."""

    result: Any
    fields: dict[str, Any]

    def to_dict(self) -> dict:
        return {**self.fields, **self.result.to_dict()}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("result", "fields"):  # pickling, copying
            raise AttributeError(name)
        return getattr(self.result, name)


# --------------------------------------------------------------------------- summaries


def summary_text(summaries: Iterable[Summary], many: bool) -> Iterator[str]:
    """One sentence per line; with several inputs a ``==> FILE <==`` header before each,
    and a blank line between files, as ``head`` prints them."""
    first = True
    for summary in summaries:
        head = ""
        if many:
            head = ("" if first else "\n") + f"==> {summary.source} <==\n"
        first = False
        yield head + "".join(s.text + "\n" for s in summary.sentences)


def summary_json(summaries: Iterable[Summary], many: bool) -> Iterator[str]:
    """One JSON object, or an array of them for several inputs."""
    yield from _json_document((s.to_dict() for s in summaries), many)


def summary_jsonl(summaries: Iterable[Summary], many: bool) -> Iterator[str]:
    """One compact JSON object per input, one per line."""
    for summary in summaries:
        yield _dumps(summary.to_dict()) + "\n"


def summary_markdown(summaries: Iterable[Summary], many: bool) -> Iterator[str]:
    """A bullet list; with several inputs a ``## FILE`` heading before each list."""
    first = True
    for summary in summaries:
        head = ""
        if many:
            head = ("" if first else "\n") + f"## {markdown_escape(summary.source)}\n\n"
        first = False
        yield head + "".join(f"- {markdown_escape(s.text)}\n" for s in summary.sentences)


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>"})


_BLOCK_START = re.compile(r"^(\d+)([.)])(?=\s)|^([-+#])(?=\s)")


def markdown_escape(text: str) -> str:
    """Escape what would turn plain prose into emphasis, code, links or HTML, and a
    leading "3. " or "- " that would start a nested list (or "# " a heading)."""
    text = text.translate(_MARKDOWN_SPECIAL)
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


SUMMARY_RENDERERS: dict[str, Callable[[Iterable[Summary], bool], Iterator[str]]] = {
    "text": summary_text,
    "json": summary_json,
    "jsonl": summary_jsonl,
    "markdown": summary_markdown,
}
SUMMARY_FORMATS: tuple[str, ...] = tuple(SUMMARY_RENDERERS)


def render_summaries(summaries: Iterable[Summary], fmt: str, *, many: bool) -> Iterator[str]:
    """Text chunks of ``summaries`` in format ``fmt`` (one of ``SUMMARY_FORMATS``)."""
    return SUMMARY_RENDERERS[fmt](summaries, many)


# --------------------------------------------------------------------------- claims

# Statuses in the order tallies list them. Claim and fact statuses come from checker.py;
# they are repeated here only as an ordering hint, unknown ones are appended.
_STATUS_ORDER = ("contradicted", "inconsistent", "partial", "not-mentioned", "supported",
                 "unchecked")
# Fact statuses shown as lines of their own in text output (no claim carries them).
_FACT_ONLY_STATUSES = ("partial", "not-mentioned")


def claims_text(reports: Iterable[ClaimReport], many: bool, **_: object) -> Iterator[str]:
    """Compiler style: ``FILE:LINE:COL: status fact: "claim" (table: "value", score N)``
    for every claim, ``FILE: status fact (table: "value")`` for facts the article does not
    settle (partial, not mentioned), then a one-line tally per file."""
    for report in reports:
        lines = [finding_line(report.source, c) for c in _in_order(report.claims)]
        for fact in report.facts:
            if fact.status in _FACT_ONLY_STATUSES:
                lines.append(f"{report.source}: {fact.status} {fact.id} "
                             f"(table: {_quote(fact.expected)})")
        lines.append(tally_line(report))
        yield "".join(line + "\n" for line in lines)


def finding_line(source: str, claim: ClaimFinding) -> str:
    """``FILE:LINE:COL: contradicted summit-place: "Vilnius" (table: "Washington, D.C.",
    score 31)``; a claim no fact covers is named by its type."""
    details = []
    if claim.value and _norm(claim.value) != _norm(claim.text):
        details.append(f"read as {claim.value}")
    if claim.expected is not None:
        details.append(f"table: {_quote(claim.expected)}")
    if claim.score is not None:
        details.append(f"score {claim.score:.0f}")
    tail = f" ({', '.join(details)})" if details else ""
    return (f"{source}:{claim.line}:{claim.column}: {claim.status} "
            f"{claim.fact or claim.type}: {_quote(claim.text)}{tail}")


def tally_line(report: ClaimReport) -> str:
    """``FILE: 6 facts (5 supported, 1 contradicted); 9 claims (8 supported, ...)``."""
    facts = _count(f.status for f in report.facts)
    claims = _count(c.status for c in report.claims)
    return (f"{report.source}: {_plural(len(report.facts), 'fact')}{_breakdown(facts)}; "
            f"{_plural(len(report.claims), 'claim')}{_breakdown(claims)}")


def claims_table(
    reports: Iterable[ClaimReport], many: bool, *, color: bool = False, width: int | None = None
) -> Iterator[str]:
    """A rich table per file: every claim with its verdict, then facts without claims."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    for report in reports:
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=color, no_color=not color,
                          width=width or 100, highlight=False, soft_wrap=False)
        table = Table(title=report.source, caption=tally_line(report).split(": ", 1)[1],
                      show_lines=False)
        for name, kwargs in (("Where", {"no_wrap": True}), ("Status", {"no_wrap": True}),
                             ("Fact", {}), ("Article says", {}), ("Table says", {}),
                             ("Score", {"justify": "right"})):
            table.add_column(name, **kwargs)
        for claim in _in_order(report.claims):
            score = "" if claim.score is None else f"{claim.score:.0f}"
            table.add_row(f"{claim.line}:{claim.column}",
                          Text(claim.status, style=_STYLE.get(claim.status, "")),
                          claim.fact or f"({claim.type})", claim.text,
                          claim.expected or "", score)
        for fact in report.facts:
            if fact.status in _FACT_ONLY_STATUSES:
                table.add_row("", Text(fact.status, style=_STYLE.get(fact.status, "")),
                              fact.id, "", fact.expected, "")
        console.print(table)
        yield buffer.getvalue()


_STYLE = {"supported": "green", "contradicted": "bold red", "inconsistent": "bold red",
          "partial": "yellow", "not-mentioned": "dim", "unchecked": "dim"}


def claims_json(reports: Iterable[ClaimReport], many: bool, **_: object) -> Iterator[str]:
    """``ClaimReport.to_dict()``: one object, or an array for several files."""
    yield from _json_document((r.to_dict() for r in reports), many)


def claims_jsonl(reports: Iterable[ClaimReport], many: bool, **_: object) -> Iterator[str]:
    for report in reports:
        yield _dumps(report.to_dict()) + "\n"


CSV_COLUMNS = ("source", "line", "column", "start", "end", "fact", "type", "status", "text",
               "value", "expected", "score", "sentence")


def claims_csv(reports: Iterable[ClaimReport], many: bool, **_: object) -> Iterator[str]:
    """One row per claim, with a header row; empty cells for missing values."""
    import csv
    import io

    def row(values: Iterable[object]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(
            "" if v is None else v for v in values)
        return buffer.getvalue()

    yield row(CSV_COLUMNS)
    for report in reports:
        yield "".join(
            row([report.source, *(getattr(c, name) for name in CSV_COLUMNS[1:])])
            for c in _in_order(report.claims)
        )


CLAIM_RENDERERS: dict[str, Callable[..., Iterator[str]]] = {
    "text": claims_text,
    "table": claims_table,
    "json": claims_json,
    "jsonl": claims_jsonl,
    "csv": claims_csv,
}
CLAIM_FORMATS: tuple[str, ...] = tuple(CLAIM_RENDERERS)


def render_reports(
    reports: Iterable[ClaimReport],
    fmt: str,
    *,
    many: bool,
    color: bool = False,
    width: int | None = None,
) -> Iterator[str]:
    """Text chunks of ``reports`` in format ``fmt`` (one of ``CLAIM_FORMATS``); ``color``
    and ``width`` only affect ``table``."""
    return CLAIM_RENDERERS[fmt](reports, many, color=color, width=width)


# --------------------------------------------------------------------------- helpers


def _dumps(obj: object, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _json_document(objects: Iterable[dict], many: bool) -> Iterator[str]:
    if not many:
        for obj in objects:
            yield _dumps(obj, indent=2) + "\n"
        return
    separator = "[\n"
    for obj in objects:
        body = _dumps(obj, indent=2).replace("\n", "\n  ")
        yield f"{separator}  {body}"
        separator = ",\n"
    yield "[]\n" if separator == "[\n" else "\n]\n"


def _in_order(claims: Iterable[ClaimFinding]) -> list[ClaimFinding]:
    return sorted(claims, key=lambda c: (c.start, c.end))


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _count(statuses: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: _rank(kv[0])))


def _rank(status: str) -> int:
    return _STATUS_ORDER.index(status) if status in _STATUS_ORDER else len(_STATUS_ORDER)


def _breakdown(counts: dict[str, int]) -> str:
    if not counts:
        return ""
    return " (" + ", ".join(f"{n} {status}" for status, n in counts.items()) + ")"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
