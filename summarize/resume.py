"""Continuing an interrupted run (``--resume``): which inputs an existing JSONL output
already holds, so that only the others are done, and appended to it.

The file is our own ``--format jsonl`` output: one JSON object per line, whose ``source``
names the input it came from (a path, ``<stdin>``, or a JSONL record's id, else its
``FILE:LINE``), for ``summarize`` and ``check-claims`` alike. A run killed while writing
can leave a last line without its newline: that line is unfinished, so it is cut off and
its input done again. Any other line that is not such an object means the file is not what
``--resume`` expects: one error naming FILE:LINE, and nothing is written.

Each line accounts for one input of its source: inputs sharing a source (records with the
same id) are skipped as many times as they appear in the file; the output is in input
order, so those are the first ones. The sources read are kept in memory while the run
lasts (a string per result already written: about a hundred bytes each).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from .errors import InputError

Item = TypeVar("Item")


@dataclass(frozen=True)
class ResumePoint:
    """What an existing output holds: ``done`` counts its results per source;
    ``complete`` is the size in bytes of its finished lines (what follows is the
    unfinished line of a killed run); ``size`` the file's size (0: no file yet)."""

    done: Counter[str] = field(default_factory=Counter)
    complete: int = 0
    size: int = 0

    @property
    def results(self) -> int:
        return sum(self.done.values())


def resume_point(path: str, label: str) -> ResumePoint:
    """Read the output ``path`` (named ``label`` in errors): a missing file is an empty
    point, to be created; a line that is not a JSON object with a string ``source`` is an
    InputError naming ``label:LINE``."""
    done: Counter[str] = Counter()
    complete = 0
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.endswith(b"\n"):  # the last line, cut short by a killed run
                    return ResumePoint(done, complete, complete + len(line))
                complete += len(line)
                if line.strip():
                    done[_source(line, f"{label}:{number}")] += 1
    except FileNotFoundError:
        return ResumePoint()
    except OSError as exc:
        raise InputError(f"{label}: cannot resume: {exc.strerror or exc}") from None
    return ResumePoint(done, complete, complete)


def _source(line: bytes, location: str) -> str:
    try:
        data = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    source = data.get("source") if isinstance(data, dict) else None
    if not isinstance(source, str):
        raise InputError(f"{location}: cannot resume: not a JSON object with a 'source' "
                         "(is the file the output of --format jsonl?)")
    return source


def drop_unfinished_line(path: str, label: str, point: ResumePoint) -> None:
    """Cut the file back to its last complete line, so that appended results start on a
    line of their own."""
    if point.size > point.complete:
        try:
            os.truncate(path, point.complete)
        except OSError as exc:
            raise InputError(f"{label}: cannot resume: {exc.strerror or exc}") from None


def skip_done(items: Iterable[Item], point: ResumePoint,
              source_of: Callable[[Item], str | None]) -> Iterator[Item]:
    """``items`` without those whose result the output already holds (``source_of``
    names an item's source; None: never skipped), lazily."""
    left = Counter(point.done)
    for item in items:
        source = source_of(item)
        if source is not None and left[source] > 0:
            left[source] -= 1
            continue
        yield item

