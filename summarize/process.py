"""The commands as processes: signals and exit statuses, set up before anything heavy.

The installed scripts start here, not in ``cli``: the signal handlers are in place before
Typer, the pipeline or sumy are imported, so Ctrl-C (SIGINT), SIGTERM and SIGHUP end a run
the same way at any moment: quietly, with status 128 + the signal number (130, 143, 129),
an ``-o`` file left as it was and no temporary file left behind (the handler raises
``Interrupted``, a BaseException, so every ``finally`` and cleanup on the way runs).

A library that swallows the exception (a bare ``except:`` around an import) cannot turn the
interruption into a success either: the signal is also recorded, ``-o`` is not replaced
after it (``interrupted()``), and the exit status says so.
"""

from __future__ import annotations

import signal
import sys

# The signals that end a run quietly, with status 128 + number.
ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_received: list[int] = []


class Interrupted(BaseException):
    """Raised by the signal handlers; ``signum`` is the signal that ended the run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def status(self) -> int:
        return 128 + self.signum


def _on_signal(signum: int, frame: object) -> None:
    _received.append(signum)
    raise Interrupted(signum)


def _quiet_unraisable(args: object) -> None:
    """A signal that arrives while Python runs a ``__del__`` or a callback raises there,
    where Python can only print it ("Exception ignored in ..."): it is recorded already
    (``interrupted()`` gives the status and ``-o`` is not replaced), so nothing is printed."""
    if isinstance(getattr(args, "exc_value", None), Interrupted):
        return
    _previous_unraisable(args)


_previous_unraisable = sys.unraisablehook


def install_handlers() -> None:
    """Make the ending signals raise ``Interrupted`` (main thread only)."""
    sys.unraisablehook = _quiet_unraisable
    for signum in ENDING_SIGNALS:
        try:
            if signal.getsignal(signum) is signal.SIG_IGN and signum != signal.SIGINT:
                continue  # nohup's SIGHUP stays ignored
            signal.signal(signum, _on_signal)
        except (ValueError, OSError):  # not the main thread, or not allowed here
            pass


def default_handlers() -> None:
    """In worker processes: SIGTERM and SIGHUP end them at once (the parent stops them with
    SIGTERM); Ctrl-C is left to the parent."""
    for signum in ENDING_SIGNALS:
        signal.signal(signum, signal.SIG_IGN if signum == signal.SIGINT else signal.SIG_DFL)


def interrupted() -> int | None:
    """The exit status of the first ending signal received so far, or None."""
    return 128 + _received[0] if _received else None


def _run(command: str) -> None:
    install_handlers()
    try:
        from . import cli

        status = getattr(cli, command)(exit=False)
    except Interrupted as exc:
        status = exc.status
    except KeyboardInterrupt:
        status = 130
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    after_signal = interrupted()
    if after_signal is not None:
        status = after_signal
    try:
        sys.stdout.flush()
    except (AttributeError, OSError, ValueError, Interrupted):
        from .output import silence_stdout

        silence_stdout()  # what could not be written is not tried again at exit
    sys.exit(status)


def summarize_main() -> None:
    """Entry point of the ``summarize`` script and ``python -m summarize``."""
    _run("summarize_main")


def check_claims_main() -> None:
    """Entry point of the ``check-claims`` script."""
    _run("check_claims_main")
