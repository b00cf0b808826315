"""Where results go: stdout, or a file replaced atomically; quiet on a closed pipe.

Nothing here knows about summaries or claims: the CLI hands over rendered text chunks.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import TextIO

from .errors import InputError, UsageError

# Exit status after the reader of our stdout went away (``| head -1``): what a process
# killed by SIGPIPE reports to the shell (128 + 13), so ``set -o pipefail`` sees it.
EXIT_BROKEN_PIPE = 141


@contextlib.contextmanager
def atomic_writer(path: str) -> Iterator[TextIO]:
    """Write ``path`` all at once or not at all.

    The text goes to a temporary file in the same directory, which replaces ``path`` with
    ``os.replace`` only when the ``with`` block ends without an exception; on any error
    (or Ctrl-C) the temporary file is removed and ``path`` is left as it was. A new file
    gets the permissions ``open()`` would give it; an existing file keeps its own.
    """
    target = os.path.abspath(path)
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        raise InputError(f"{path}: cannot write output: is a directory")
    try:
        fd, tmp = tempfile.mkstemp(
            dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
        )
    except OSError as exc:
        raise InputError(f"{path}: cannot write output: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(target: str) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def refuse_overwriting_inputs(output: str, inputs: list[str]) -> None:
    """UsageError when ``-o`` names one of the inputs: inputs are never modified."""
    if not os.path.exists(output):
        return
    for name in inputs:
        with contextlib.suppress(OSError):
            if os.path.exists(name) and os.path.samefile(name, output):
                raise UsageError(f"{output}: output file is also an input; choose another")


def quiet_broken_pipe() -> None:
    """After EPIPE on stdout: point stdout at /dev/null so the interpreter's final flush
    does not print "Exception ignored ... BrokenPipeError" (the Python docs' recipe)."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (tests capture stdout): nothing will be flushed later
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def is_terminal(stream: TextIO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False
