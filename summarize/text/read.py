"""Reading inputs: files, ``-``/stdin, HTML and URLs, decoded to text.

INTERIM: plain UTF-8 files and stdin only; keeps the signatures the CLI uses.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """A decoded input. ``name`` is what the user gave (``-`` for stdin, a path or a URL);
    ``text`` the decoded text, or for HTML the article body extracted from it; ``kind``
    is ``"text"`` or ``"html"``."""

    name: str
    text: str
    kind: str = "text"

    @property
    def display_name(self) -> str:
        return "<stdin>" if self.name == STDIN else self.name


def read_source(name: str) -> Source:
    """Read and decode one input; raise InputError with a one-line message naming it."""
    if name == STDIN:
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    text = data.decode("utf-8-sig")
    if not text.strip():
        raise InputError(f"{name}: empty document")
    return Source(name=name, text=text)
