"""Which inputs to read: FILE arguments, folders expanded to their articles, and lists of
names (``--files-from``), turned into one ordered list of names for ``read.read_source``.

Archives are too large for a shell to expand (``summarize news/*.txt``), so a folder or a
list of names stands for the files in it. Expanding is only naming: nothing is read here,
so a missing file in a list fails later, when it is read, exactly as a FILE argument does.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import InputError, UsageError

STDIN = "-"
# What a folder contributes without --glob: the text and HTML that read_source reads.
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
# With --input-format jsonl, what a folder contributes: JSON-lines archives.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# How each input is read: one article per file (text or HTML), or one per JSON line.
INPUT_FORMATS = ("text", "jsonl")


@dataclass(frozen=True)
class Inputs:
    """The names to read, in order, and the one-line errors met while naming them (a folder
    with no articles, a subfolder that cannot be listed). ``expanded`` is true when a folder
    or a list stood for files: the output then names each file even if there is one."""

    names: list[str]
    errors: list[str] = field(default_factory=list)
    expanded: bool = False


def expand_inputs(
    files: Iterable[str],
    *,
    globs: Iterable[str] = (),
    files_from: str | None = None,
    null: bool = False,
    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES,
) -> Inputs:
    """The FILE arguments, then the names listed in ``files_from`` (``-`` for stdin; one a
    line, or NUL-separated with ``null``), with every folder among them replaced by its
    articles (see ``folder_articles``; ``suffixes`` are the names a folder yields without
    ``globs``). Raises UsageError when stdin is both the list and
    an input, InputError when the list cannot be read."""
    given = list(files)
    if files_from is not None:
        listed = read_name_list(files_from, null=null)
        if files_from == STDIN and STDIN in given + listed:
            raise UsageError("--files-from - reads the list of names from stdin, "
                             "so '-' cannot also be an input")
        given += listed
    patterns = tuple(globs)
    names: list[str] = []
    errors: list[str] = []
    expanded = files_from is not None
    for name in given:
        if name != STDIN and os.path.isdir(name):
            expanded = True
            known = len(errors)
            found = folder_articles(name, patterns, errors, suffixes)
            if not found and len(errors) == known:
                errors.append(f"{name}: no {_wanted(patterns, suffixes)} files in this folder")
            names += found
        else:
            names.append(name)
    return Inputs(names, errors, expanded)


def folder_articles(
    folder: str, globs: tuple[str, ...] = (), errors: list[str] | None = None,
    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES,
) -> list[str]:
    """The files under ``folder``, recursively, sorted by path: those whose name ends in
    one of ``suffixes`` (any case; ``ARTICLE_SUFFIXES`` by default), or with ``globs``,
    those whose name matches one of the shell patterns (``*.story``). Hidden files and
    folders (a name starting with ``.``) are skipped; symlinked folders are not followed
    (no loops); a subfolder that cannot be listed adds a line to ``errors``."""

    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(f"{exc.filename or folder}: cannot list folder: "
                          f"{exc.strerror or exc}")

    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        relative = os.path.relpath(dirpath, folder)
        parts = () if relative == os.curdir else tuple(relative.split(os.sep))
        for filename in filenames:
            if not filename.startswith(".") and _wanted_file(filename, globs, suffixes):
                found.append(((*parts, filename), os.path.join(dirpath, filename)))
    found.sort()
    return [path for _, path in found]


def read_name_list(source: str, *, null: bool = False) -> list[str]:
    """The names in a list file (``-`` for stdin): one a line (a trailing ``\\r`` dropped),
    or NUL-separated with ``null`` as ``find -print0`` writes; blank entries are ignored.
    Bytes that are not UTF-8 become the file-system's own (``os.fsdecode``), so any name
    ``find`` prints can be opened."""
    label = "<stdin>" if source == STDIN else source
    try:
        if source == STDIN:
            stream = sys.stdin
            if stream is None:
                raise InputError(f"--files-from {label}: no standard input")
            buffer = getattr(stream, "buffer", None)
            data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
        else:
            with open(source, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{label}: no such file (the --files-from list)") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory, not a list of files (--files-from)") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read the --files-from list: "
                         f"{exc.strerror or exc}") from None
    if null:
        entries = data.split(b"\0")
    else:
        entries = [line.removesuffix(b"\r") for line in data.split(b"\n")]
    return [os.fsdecode(entry) for entry in entries if entry.strip()]


def _wanted_file(filename: str, globs: tuple[str, ...], suffixes: tuple[str, ...]) -> bool:
    if globs:
        return any(fnmatch.fnmatchcase(filename, pattern) for pattern in globs)
    return filename.lower().endswith(suffixes)


def _wanted(globs: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    if globs:
        return " or ".join(repr(pattern) for pattern in globs)
    return "/".join(suffixes)
