"""Where results go: stdout, or an ``-o`` file; quiet on a closed pipe.

Nothing here knows about summaries or claims: the CLI hands over rendered text chunks.

What ``-o PATH`` does depends on what PATH is (``output_target`` decides, before any input
is read):

- a new path, or an existing regular file with one link: a temporary file in the same
  folder replaces it with ``os.replace`` when the run ends (all at once or not at all);
  an existing file keeps its permissions (and, when run as root, its owner);
- a symbolic link: the same, for the file it points to (the link stays a link);
- a regular file with several hard links: written in place once the run ends (the full
  output is first written to a temporary file, then copied in), so the links stay one file;
- a character device or a FIFO (``/dev/null``, ``/dev/tty``, ``mkfifo``): written through
  as the results come, as ``>`` would; the node is never replaced;
- the file that stdout already is (``-o /dev/stdout``, ``-o /dev/fd/1``), or ``-``: stdout;
- a folder, a block device or a socket: refused with one line.

With ``--resume`` (``appending``), a regular file (or a new path) is appended to instead,
and flushed result by result, so that an interrupted run keeps what it finished.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from .errors import InputError, UsageError

# Exit status after the reader of our stdout went away (``| head -1``): what a process
# killed by SIGPIPE reports to the shell (128 + 13), so ``set -o pipefail`` sees it.
EXIT_BROKEN_PIPE = 141
STDOUT = "-"

# How an ``-o`` target is written (see the module docstring).
REPLACE, IN_PLACE, THROUGH, TO_STDOUT = "replace", "in-place", "through", "stdout"
APPEND = "append"  # --resume: see appending()
STREAMED = (THROUGH, TO_STDOUT, APPEND)  # written as results come; others when the run ends


@dataclass(frozen=True)
class OutputTarget:
    """Where ``-o NAME`` writes: ``path`` (the resolved file for a symlink) and ``how``:
    ``replace``, ``in-place``, ``through`` or ``stdout``."""

    name: str
    path: str
    how: str


def output_target(name: str) -> OutputTarget:
    """Decide how ``-o name`` is written; InputError (one line naming it) when it cannot be."""
    if name == STDOUT:
        if sys.stdout is None:
            raise InputError("<stdout>: cannot write output: standard output is closed")
        return OutputTarget(name, name, TO_STDOUT)
    if not name:
        raise InputError("'': cannot write output: empty file name")
    try:
        info = os.stat(name)  # follows symbolic links
    except FileNotFoundError:
        # A new file, or a symbolic link to a file not yet there: create what it names.
        return OutputTarget(name, os.path.realpath(name), REPLACE)
    except OSError as exc:
        raise InputError(f"{name}: cannot write output: {exc.strerror or exc}") from None
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise InputError(f"{name}: cannot write output: is a directory")
    if _is_stdout(info):
        return OutputTarget(name, name, TO_STDOUT)
    if stat.S_ISREG(mode):
        if _is_open_as(info, 2):  # -o /dev/stderr redirected to a log: append to it
            return OutputTarget(name, name, THROUGH)
        how = IN_PLACE if info.st_nlink > 1 else REPLACE
        return OutputTarget(name, os.path.realpath(name), how)
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return OutputTarget(name, name, THROUGH)
    what = "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else (
        "not a regular file")
    raise InputError(f"{name}: cannot write output: {what} (give a file, a FIFO or -)")


def appending(target: OutputTarget) -> OutputTarget:
    """``target`` appended to (``--resume``): only a regular file or a new path, since
    what it already holds is read back first; UsageError otherwise."""
    if target.how not in (REPLACE, IN_PLACE):
        raise UsageError(f"--resume needs -o naming a regular file, which it reads back "
                         f"and appends to; {target.name} is not one")
    return OutputTarget(target.name, target.path, APPEND)


def _is_open_as(info: os.stat_result, fd: int) -> bool:
    try:
        own = os.fstat(fd)
    except OSError:
        return False
    return (own.st_dev, own.st_ino) == (info.st_dev, info.st_ino)


def _is_stdout(info: os.stat_result) -> bool:
    return sys.stdout is not None and _is_open_as(info, 1)


@contextlib.contextmanager
def output_writer(target: OutputTarget) -> Iterator[TextIO]:
    """A text handle for ``target``, written as its ``how`` says; for a replaced file, on
    any exception (Ctrl-C, SIGTERM, a failed run) the temporary file is removed and the
    file is left as it was."""
    if target.how == TO_STDOUT:
        if sys.stdout is None:
            raise InputError("<stdout>: cannot write output: standard output is closed")
        yield sys.stdout
        sys.stdout.flush()
    elif target.how == THROUGH:
        flags = os.O_WRONLY | os.O_NOCTTY | (os.O_APPEND if _is_regular(target.path) else 0)
        try:
            fd = os.open(target.path, flags)
        except OSError as exc:
            raise InputError(f"{target.name}: cannot write output: {exc.strerror}") from None
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
    elif target.how == APPEND:
        flags = os.O_WRONLY | os.O_NOCTTY | os.O_CREAT | os.O_APPEND
        try:
            fd = os.open(target.path, flags, 0o666)
        except OSError as exc:
            raise InputError(f"{target.name}: cannot write output: {exc.strerror}") from None
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        with _replacing_writer(target) as handle:
            yield handle


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


@contextlib.contextmanager
def _replacing_writer(target: OutputTarget) -> Iterator[TextIO]:
    folder = os.path.dirname(os.path.abspath(target.path))
    try:
        fd, tmp = tempfile.mkstemp(
            dir=folder, prefix=f".{os.path.basename(target.path)}.", suffix=".tmp"
        )
    except OSError as exc:
        raise InputError(f"{target.name}: cannot write output: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _unless_interrupted()
        if target.how == IN_PLACE:
            _copy_into(tmp, target.path)
            os.unlink(tmp)
        else:
            _keep_mode_and_owner(tmp, target.path)
            os.replace(tmp, target.path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _unless_interrupted() -> None:
    """A signal whose exception some library swallowed still leaves ``-o`` as it was."""
    from .process import Interrupted, interrupted

    status = interrupted()
    if status is not None:
        raise Interrupted(status - 128)


def _copy_into(source: str, path: str) -> None:
    """Overwrite ``path`` in place with ``source``'s bytes: its inode, hence its other
    hard links, permissions and owner, stay as they are."""
    with open(source, "rb") as src, open(path, "r+b") as dst:
        dst.truncate(0)
        while block := src.read(1 << 20):
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())


def _keep_mode_and_owner(tmp: str, target: str) -> None:
    """Give the new file the old one's permissions (and owner, when we may), or what
    ``open()`` would give a new file."""
    try:
        info = os.stat(target)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        return
    if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):
            os.chown(tmp, info.st_uid, info.st_gid)
    os.chmod(tmp, info.st_mode & 0o7777)


@contextlib.contextmanager
def atomic_writer(path: str) -> Iterator[TextIO]:
    """Write ``path`` all at once or not at all (see ``output_target`` for what happens
    when ``path`` is a symlink, a hard link, a device, a FIFO or stdout)."""
    with output_writer(output_target(path)) as handle:
        yield handle


def refuse_overwriting_inputs(output: str, inputs: list[str]) -> None:
    """UsageError when ``-o`` names one of the inputs: inputs are never modified."""
    if output == STDOUT or not os.path.exists(output):
        return
    for name in inputs:
        with contextlib.suppress(OSError):
            if name != STDOUT and os.path.exists(name) and os.path.samefile(name, output):
                if not stat.S_ISREG(os.stat(output).st_mode):
                    continue  # a device or FIFO read and written is the user's stream
                raise UsageError(f"{output}: output file is also an input; choose another")


def quiet_broken_pipe() -> None:
    """After EPIPE on stdout: point stdout at /dev/null so the interpreter's final flush
    does not print "Exception ignored ... BrokenPipeError" (the Python docs' recipe)."""
    silence_stdout()


def silence_stdout() -> None:
    """Point stdout's descriptor at /dev/null, so that the interpreter's final flush of
    what could not be written raises nothing more (closed pipe, full disk)."""
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
