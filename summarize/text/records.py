"""JSONL archives: one JSON object per line, one article per object.

Exports of news archives come as JSON lines (``{"id": ..., "text": ..., "url": ...}``);
each object is read as an article whose text is one field and whose name is another, and
its other fields travel with it to the JSON output so that results join back to the
archive. A bad line is one error naming the file and the line; the other lines are read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from .read import MAX_INPUT_BYTES, STDIN, read_error

DEFAULT_TEXT_FIELD = "text"
DEFAULT_ID_FIELD = "id"


@dataclass(frozen=True)
class Record:
    """One article of a JSONL input. ``location`` is ``FILE:LINE`` (what errors name);
    ``source`` the record's id as a string, or its location when it has none; ``fields``
    every field but the text, carried to the JSON output unchanged."""

    location: str
    source: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.location

    @property
    def display_name(self) -> str:
        return self.source


def read_records(
    name: str, *, text_field: str = DEFAULT_TEXT_FIELD, id_field: str = DEFAULT_ID_FIELD
) -> Iterator[Record | InputError]:
    """The records of the JSONL file ``name`` (``-``: stdin), in order, with an InputError
    in place of each bad line (not JSON, not an object, no usable text); blank lines are
    skipped. A file that cannot be opened is one InputError, raised."""
    label = "<stdin>" if name == STDIN else name
    try:
        if name == STDIN:
            if sys.stdin is None:
                raise InputError(f"{label}: no standard input")
            stream = getattr(sys.stdin, "buffer", None) or sys.stdin
            yield from _records(stream, label, text_field, id_field)
            return
        with open(name, "rb") as stream:
            yield from _records(stream, label, text_field, id_field)
    except OSError as exc:
        raise read_error(label, exc) from None


def _records(stream: Any, label: str, text_field: str,
             id_field: str) -> Iterator[Record | InputError]:
    number = 0
    while True:
        line = stream.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        number += 1
        location = f"{label}:{number}"
        if len(line) > MAX_INPUT_BYTES:
            yield InputError(f"{location}: line longer than "
                             f"{MAX_INPUT_BYTES // 1_000_000} MB, the limit for one input")
            while line and not line.endswith(b"\n" if isinstance(line, bytes) else "\n"):
                line = stream.readline(MAX_INPUT_BYTES + 1)  # skip the rest of it
            continue
        if not line.strip():
            continue
        yield parse_record(line, location, text_field, id_field)


def parse_record(line: bytes | str, location: str, text_field: str = DEFAULT_TEXT_FIELD,
                 id_field: str = DEFAULT_ID_FIELD) -> Record | InputError:
    """One JSONL line as a Record, or the InputError that says what is wrong with it."""
    try:
        if isinstance(line, bytes):
            line = line.decode("utf-8-sig" if location.endswith(":1") else "utf-8")
        data = json.loads(line.rstrip("\r\n"))
    except UnicodeDecodeError as exc:
        return InputError(f"{location}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x})")
    except json.JSONDecodeError as exc:
        return InputError(f"{location}: not valid JSON: {exc.msg} (column {exc.pos + 1})")
    if not isinstance(data, dict):
        return InputError(f"{location}: not a JSON object")
    if text_field not in data:
        return InputError(f"{location}: no {text_field!r} field (see --text-field)")
    text = data[text_field]
    if not isinstance(text, str):
        return InputError(f"{location}: the {text_field!r} field is not a string")
    if not text.strip():
        return InputError(f"{location}: the {text_field!r} field is empty")
    ident = data.get(id_field)
    source = location if ident is None else str(ident)
    fields = {key: value for key, value in data.items() if key != text_field}
    return Record(location=location, source=source, text=text, fields=fields)
