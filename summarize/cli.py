"""Typer commands only: parse options, call the API, pick a renderer.

Start-up matters (the commands run in shell loops), so this module imports only Typer and
the cheap registries (method names, format names); the pipeline, the checker, rich and
multiprocessing are imported inside the commands, when used.

Inputs: FILE arguments, folders and ``--files-from`` lists are expanded to one list of file
names in ``text/inputs.py`` before anything is read; each name then behaves as a FILE.
JSONL records are read one at a time as the batch runs (``batch_items``), and with ``-j N``
only a window of inputs is in flight (``_drain``): memory holds a window, not the archive.
With ``--resume``, the inputs an ``-o`` JSONL file already holds are skipped and the others
appended to it (``resume.py``).

Errors: every problem is one line on stderr, ``summarize: FILE: message``, exit status 2,
including Typer's own usage errors; options are checked before any input is read. With
several inputs a bad one is reported and skipped, the others are still processed, and the
exit status is 2 at the end (as ``cat`` and ``grep`` do); ``-o`` then holds the good ones,
and is left untouched when every input failed or the run was interrupted. A closed stdout
(``| head -1``) ends the run quietly with status 141, as if killed by SIGPIPE; a full or
closed stdout is one line, status 2; Ctrl-C, SIGTERM and SIGHUP end it quietly with status
130, 143 and 129 (``process.py``). What ``-o`` replaces or writes through is decided in
``output.py``. Unexpected exceptions are bugs and keep their traceback.
"""

import enum
import errno
import gc
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, Protocol

import typer
from typer.core import TyperCommand

from . import __version__
from .errors import InputError, SummarizeError, UsageError
from .methods import DEFAULT_METHOD, METHODS, SlowMethodWarning
from .process import Interrupted
from .render import CLAIM_FORMATS, SUMMARY_FORMATS
from .text.inputs import INPUT_FORMATS

try:  # Typer >= 0.2x vendors Click as typer._click; older releases depend on click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover
    from click.exceptions import ClickException  # type: ignore[no-redef]

EXIT_OK, EXIT_FLAGGED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_BROKEN_PIPE_STATUS = 141  # as output.EXIT_BROKEN_PIPE (not imported: start-up time)
# Show a progress bar on stderr (when it is a terminal) for more inputs than this.
PROGRESS_MIN_FILES = 5

# Choices built from the single sources of truth (methods registry, render.py).
MethodName = enum.Enum("MethodName", {name: name for name in METHODS}, type=str)
SummaryFormat = enum.Enum("SummaryFormat", {name: name for name in SUMMARY_FORMATS}, type=str)
ClaimFormat = enum.Enum("ClaimFormat", {name: name for name in CLAIM_FORMATS}, type=str)
InputFormat = enum.Enum("InputFormat", {name: name for name in INPUT_FORMATS}, type=str)
TEXT_INPUT = InputFormat("text")
# summary.ORDERS, spelled out so that --help need not import the pipeline (a test checks).
Order = enum.Enum("Order", {"document": "document", "score": "score"}, type=str)
DEFAULT_METHOD_CHOICE = MethodName(DEFAULT_METHOD)
DOCUMENT_ORDER = Order("document")
TEXT_SUMMARY = SummaryFormat("text")
FILES_HELP = ("Text or HTML files, folders of them (read recursively), http(s) URLs, or '-' "
              "for stdin (the default when piped).")
GLOB_HELP = ("In a folder, read the files whose name matches PATTERN (repeatable) instead "
             "of the .txt, .text, .md, .html, .htm and .xhtml files.")
FILES_FROM_HELP = ("Also read the files named in FILE, one per line ('-': stdin), "
                   "after any FILE arguments.")
INPUT_FORMAT_HELP = ("text: each input is one article (text or HTML); jsonl: one article "
                     "per line, a JSON object (folders then yield .jsonl/.ndjson files).")
TEXT_FIELD_HELP = "With jsonl input, the field that holds the article text."
ID_FIELD_HELP = ("With jsonl input, the field that names the record (the source in the "
                 "output; default: FILE:LINE when absent).")
NULL_HELP = "--files-from names are separated by NUL bytes (find -print0), not lines."

# The archive-input options, shared by both commands (one declaration, one help text).
GlobOption = Annotated[list[str] | None, typer.Option(
    "--glob", metavar="PATTERN", show_default=False, help=GLOB_HELP)]
FilesFromOption = Annotated[str | None, typer.Option(
    "--files-from", metavar="FILE", show_default=False, help=FILES_FROM_HELP)]
NullOption = Annotated[bool, typer.Option("-0", "--null", metavar="", help=NULL_HELP)]
InputFormatOption = Annotated[InputFormat, typer.Option(
    "--input-format", help=INPUT_FORMAT_HELP)]
TextFieldOption = Annotated[str, typer.Option(
    "--text-field", metavar="NAME", help=TEXT_FIELD_HELP)]
IdFieldOption = Annotated[str, typer.Option("--id-field", metavar="NAME", help=ID_FIELD_HELP)]
OUTPUT_HELP = ("Write to FILE instead of stdout: a file is replaced atomically when the run "
               "ends; a device or FIFO is written through; '-' is stdout.")
RESUME_HELP = ("With -o FILE and -f jsonl: skip the inputs whose result FILE already holds "
               "(by source) and append the others as they come, so an interrupted run "
               "continues.")
ResumeOption = Annotated[bool, typer.Option("--resume", metavar="", help=RESUME_HELP)]


class OneLineErrors(TyperCommand):
    """A Typer command whose usage errors print as one line, ``PROG: message``, exit 2.

    Typer's standalone mode would draw a multi-line box; here the command runs in
    non-standalone mode and this method maps every outcome to an exit status.
    """

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            status = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                                  standalone_mode=False, **extra)
        except ClickException as exc:
            message = " ".join(exc.format_message().split()).replace("Value error, ", "")
            report(self.name or "", f"{message} (see --help)")
            status = EXIT_ERROR
        except Interrupted as exc:  # Ctrl-C, SIGTERM, SIGHUP (see process.py)
            status = exc.status
        except (KeyboardInterrupt, typer.Abort):
            status = EXIT_INTERRUPTED
        except SystemExit as exc:
            # Only rich raises SystemExit in here: SystemExit(1) from its on_broken_pipe,
            # after --help's first lines went into a closed pipe (| head -1).
            status = EXIT_BROKEN_PIPE_STATUS if exc.code == 1 else exc.code
        except BrokenPipeError:  # --help into a closed pipe
            from .output import EXIT_BROKEN_PIPE, silence_stdout

            silence_stdout()
            status = EXIT_BROKEN_PIPE
        except OSError as exc:
            if exc.errno not in _OUTPUT_ERRNOS:
                raise
            from .output import silence_stdout

            silence_stdout()  # --help > /dev/full: say so once, not again at exit
            report(self.name or "", f"<stdout>: cannot write output: {exc.strerror}")
            status = EXIT_ERROR
        status = status if isinstance(status, int) else EXIT_OK
        if not standalone_mode:
            return status
        sys.exit(status)


# Errors of writing to stdout that are the environment's, not bugs: full disk, quota, I/O.
_OUTPUT_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EBADF")
    if hasattr(errno, name)
)


def report(prog: str, message: str) -> None:
    """One diagnostic line on stderr (always one: line breaks in a message from a library
    are folded); nothing when stderr is closed or cannot be written."""
    line = " ".join(message.splitlines())
    if sys.stderr is None:
        return
    try:
        print(f"{prog}: {line}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def stdin_is_terminal() -> bool:
    from .output import is_terminal

    return is_terminal(sys.stdin)


def input_names(prog: str, files: list[str] | None, globs: list[str] | None = None,
                files_from: str | None = None, null: bool = False,
                input_format: str = "text") -> Any:
    """The inputs to read (``text.inputs.Inputs``): the FILE arguments and the names listed
    in ``--files-from``, folders expanded to their articles; or ``-`` (stdin) when there
    are neither and stdin is not a terminal; with nothing, a usage error rather than a
    silent hang."""
    from .text.inputs import ARTICLE_SUFFIXES, JSONL_SUFFIXES, expand_inputs

    if null and files_from is None:
        raise UsageError("-0/--null says how the --files-from list is separated; "
                         "give --files-from FILE too")
    if files_from == "-" and stdin_is_terminal():
        raise UsageError("--files-from -: stdin is a terminal; pipe the list of names in "
                         "(e.g. find news -name '*.txt' | ...)")
    if not files and files_from is None:
        if stdin_is_terminal():
            raise UsageError(f"no input: give a FILE, '-', or pipe text in (see {prog} --help)")
        files = ["-"]
    suffixes = JSONL_SUFFIXES if input_format == "jsonl" else ARTICLE_SUFFIXES
    return expand_inputs(files or [], globs=globs or (), files_from=files_from, null=null,
                         suffixes=suffixes)


def batch_items(inputs: Any, input_format: str, text_field: str, id_field: str,
                done: Any = None) -> tuple[Iterable[Any], int | None]:
    """What a batch works on, and how many (None: unknown until the end): the input names,
    or with ``jsonl`` the records of every input (``text.records.Record``), read one at a
    time as the batch asks for them, so that an archive is never held in memory; a bad
    line or an unreadable file takes its place as a ``Failed`` (its one line naming file
    and line), reported when the batch reaches it. With ``done`` (``--resume``), the
    inputs whose result the output already holds are left out."""
    if input_format == "jsonl":
        items: Iterable[Any] = _records(inputs.names, text_field, id_field)
        if done is not None:
            from .resume import skip_done

            items = skip_done(items, done, item_source)
        return items, None
    names = inputs.names
    if done is not None:
        from .resume import skip_done

        names = list(skip_done(names, done, item_source))
    return names, len(names)


def _records(names: list[str], text_field: str, id_field: str) -> Iterator[Any]:
    from .text.records import read_records

    for name in names:
        try:
            for record in read_records(name, text_field=text_field, id_field=id_field):
                yield Failed(str(record)) if isinstance(record, InputError) else record
        except InputError as exc:  # the file cannot be opened, or stops being readable
            yield Failed(str(exc))


def item_source(item: Any) -> str | None:
    """The ``source`` an input's result will carry (None for one already failed)."""
    if isinstance(item, str):
        return "<stdin>" if item == "-" else item
    return None if isinstance(item, Failed) else item.display_name


def resume_target(target: Any, output: str | None, fmt: str) -> Any:
    """``--resume``: the ``-o`` target, appended to; a UsageError without ``-o FILE`` or
    ``-f jsonl`` (the format it reads back), before any input is read."""
    from .output import appending

    if output is None:
        raise UsageError("--resume needs -o FILE, the output of the run it continues")
    if fmt != "jsonl":
        raise UsageError("--resume needs --format jsonl, the output it can read back")
    return appending(target)


def resume_from(prog: str, target: Any) -> Any:
    """What the ``-o`` file already holds (``resume.ResumePoint``), its unfinished last
    line cut off; on a terminal, one line on stderr says how much is done."""
    from .output import is_terminal
    from .resume import drop_unfinished_line, resume_point

    point = resume_point(target.path, target.name)
    drop_unfinished_line(target.path, target.name, point)
    if point.results and is_terminal(sys.stderr):
        report(prog, f"{target.name}: resuming: {point.results:,} results already there")
    return point


def report_expansion(prog: str, inputs: Any) -> bool:
    """Report the errors met while expanding folders (one line each); True when there is
    still something to read."""
    for message in inputs.errors:
        report(prog, message)
    if not inputs.names and not inputs.errors:
        report(prog, "no input: the --files-from list names no files")
    return bool(inputs.names)


def _version_callback(prog: str) -> Callable[[bool], None]:
    def show(value: bool) -> None:
        if value:
            print(f"{prog} {__version__}")
            raise typer.Exit(EXIT_OK)

    return show


# --------------------------------------------------------------------------- summarize

_METHOD_LINES = "\n".join(
    f"  [bold]{name}[/bold]"
    f"{' (default)' if name == DEFAULT_METHOD and 'default' not in description else ''}: "
    f"{description}"
    for name, (description, _) in METHODS.items()
)

SUMMARIZE_EPILOG = f"""[bold]Examples[/bold]

  summarize article.txt                      [dim]# 3 sentences, one per line[/dim]
  summarize article.txt -n 5 --order score   [dim]# 5 best sentences, best first[/dim]
  summarize article.txt -r 20% -m lex-rank   [dim]# a fifth of the sentences, LexRank[/dim]
  summarize page.html -c 280                 [dim]# at most 280 characters[/dim]
  curl -s URL | summarize -w 60              [dim]# stdin, at most 60 words[/dim]
  summarize news/*.txt -j 2 --format jsonl -o out.jsonl
  summarize archive/ --glob '*.story' -j 2   [dim]# every .story file in a folder[/dim]
  find archive -name '*.txt' -print0 | summarize --files-from - -0 -f jsonl
  summarize --input-format jsonl export.jsonl -f jsonl -o out.jsonl --resume
  summarize article.txt -n 5 | check-claims - --facts facts.yaml

[bold]Methods[/bold]

{_METHOD_LINES}

Exit status: 0 success; 2 usage or input error (other files are still processed);
130 interrupted (143 SIGTERM, 129 SIGHUP); 141 stdout closed early (| head)."""

def _new_app() -> typer.Typer:
    """A Typer app set up the same way for both commands."""
    return typer.Typer(
        add_completion=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
        pretty_exceptions_enable=False,  # a bug's traceback stays plain, fit for a bug report
    )


summarize_app = _new_app()


@summarize_app.command(name="summarize", cls=OneLineErrors, epilog=SUMMARIZE_EPILOG)
def summarize_command(
    files: Annotated[list[str] | None, typer.Argument(
        metavar="[FILE]...", show_default=False, help=FILES_HELP)] = None,
    sentences: Annotated[int | None, typer.Option(
        "-n", "--sentences", metavar="N", show_default=False,
        help="At most N sentences (the default is 3).")] = None,
    ratio: Annotated[str | None, typer.Option(
        "-r", "--ratio", metavar="R", show_default=False,
        help="A share of the sentences: 0 < R <= 1, or a percentage like 20%.")] = None,
    words: Annotated[int | None, typer.Option(
        "-w", "--words", metavar="N", show_default=False,
        help="At most N words in total.")] = None,
    chars: Annotated[int | None, typer.Option(
        "-c", "--chars", metavar="N", show_default=False,
        help="At most N characters in total (e.g. 280 for a post).")] = None,
    method: Annotated[MethodName, typer.Option(
        "-m", "--method", help="Sentence ranking method (see Methods below).",
    )] = DEFAULT_METHOD_CHOICE,
    language: Annotated[str, typer.Option(
        "--language", metavar="LANG", help="Language for stop words and stemming.",
    )] = "english",
    order: Annotated[Order, typer.Option(
        "--order", help="Print sentences in document order or best first (score).",
    )] = DOCUMENT_ORDER,
    clean: Annotated[bool, typer.Option(
        "--clean/--no-clean", metavar="",
        help="Drop the headline, bylines, credits and share lines before ranking.",
    )] = True,
    fmt: Annotated[SummaryFormat, typer.Option(
        "-f", "--format", help="Output format.")] = TEXT_SUMMARY,
    output: Annotated[str | None, typer.Option(
        "-o", "--output", metavar="FILE", show_default=False, help=OUTPUT_HELP)] = None,
    jobs: Annotated[int, typer.Option(
        "-j", "--jobs", metavar="N", min=0,
        help="Summarize N files at a time in separate processes (0: one per CPU).",
    )] = 1,
    globs: GlobOption = None,
    files_from: FilesFromOption = None,
    null: NullOption = False,
    input_format: InputFormatOption = TEXT_INPUT,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    resume: ResumeOption = False,
    version: Annotated[bool, typer.Option(
        "--version", metavar="", is_eager=True, callback=_version_callback("summarize"),
        help="Show the version and exit.")] = False,
) -> int:
    """Summarize news articles: print their most important sentences, verbatim.

    At most one of -n, -r, -w or -c sets the length (the default is 3 sentences).
    Several files are summarized in turn (N at a time with -j N), in the order given.
    """
    prog = "summarize"
    try:
        from .methods.budget import Length
        from .methods.words import stop_words

        Length.from_options(sentences, ratio, words, chars)  # fail before reading anything
        stop_words(language)  # UsageError for a language sumy has no stop words for
        target = output_target(output)
        if resume:
            target = resume_target(target, output, fmt.value)
        inputs = input_names(prog, files, globs, files_from, null, input_format.value)
        names = inputs.names
        if output:
            from .output import refuse_overwriting_inputs

            refuse_overwriting_inputs(output, names)
        done = resume_from(prog, target) if resume and inputs.names else None
    except SummarizeError as exc:
        report(prog, str(exc))
        return EXIT_ERROR
    if not report_expansion(prog, inputs):
        return EXIT_ERROR
    items, total = batch_items(inputs, input_format.value, text_field, id_field, done)
    many = len(names) > 1 or inputs.expanded or input_format.value == "jsonl"

    options = {
        "sentences": sentences, "ratio": ratio, "words": words, "chars": chars,
        "method": method.value, "language": language, "order": order.value, "clean": clean,
    }
    from .render import render_summaries

    batch = Batch(prog, items, _SummarizeTask(options), jobs, total)
    chunks = render_summaries(batch.results(), fmt.value, many=many)
    status = write_output(prog, chunks, target, keep_old=batch.nothing_usable)
    if status != EXIT_OK:
        return status
    return EXIT_ERROR if batch.failed or inputs.errors else EXIT_OK


class _SummarizeTask:
    """Read and summarize one input; picklable, so it can run in a worker process.
    Returns the Summary, or ``Failed`` with the one-line error for that input."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def preload(self) -> None:
        """Import the pipeline, and whatever the method imports on first use (sumy, NLTK),
        by summarizing a tiny text before worker processes are forked."""
        from .summary import summarize_text
        from .text import read  # noqa: F401

        try:
            summarize_text("One sentence here. Another one there.", **self.options)
        except SummarizeError:
            pass

    def __call__(self, item: Any) -> Any:
        import warnings

        from .summary import summarize_text

        def summarize_source(source: Any) -> Any:
            return summarize_text(source.text, source=source.display_name, **self.options)

        with warnings.catch_warnings():
            # stderr is for one-line diagnostics: our own notices ("lex-rank grows with the
            # square of the sentence count ...") are shown as such, and sumy's warnings in
            # Python's multi-line format ("LSA algorithm may not work properly") not at all.
            warnings.showwarning = _one_line_warning
            warnings.simplefilter("always", SlowMethodWarning)
            warnings.filterwarnings("ignore", module=r"sumy\.")
            return attempt(item, summarize_source)


def _one_line_warning(message: Any, category: Any, filename: str, lineno: int,
                      file: Any = None, line: Any = None) -> None:
    report("summarize", str(message))


def summarize_main(exit: bool = True) -> int:
    """Run ``summarize`` with ``sys.argv``; exit with its status (or return it). The
    installed script starts in ``process.summarize_main``, which sets up signals first."""
    status = summarize_app(standalone_mode=False)
    if exit:
        sys.exit(status)
    return status


# --------------------------------------------------------------------------- check-claims

CHECK_CLAIMS_EPILOG = """[bold]Examples[/bold]

  check-claims article.txt --facts facts.yaml
  check-claims article.txt                    [dim]# uses ./facts.yaml[/dim]
  check-claims *.txt --format csv -o claims.csv
  check-claims archive/ --facts facts.yaml -f jsonl   [dim]# a folder, recursively[/dim]
  check-claims article.txt --all --fail-on partial
  summarize article.txt -n 5 | check-claims - --facts facts.yaml

Text output is one line per finding, like a compiler's:
  article.txt:3:42: contradicted summit-place: "Vilnius" (table: "Washington, D.C.", score 31)

Exit status: 0 nothing flagged; 1 something flagged (see --fail-on);
2 usage or input error (other files are still checked); 130 interrupted
(143 SIGTERM, 129 SIGHUP); 141 stdout closed early (| head)."""


@lru_cache(maxsize=1)
def check_claims_app() -> typer.Typer:
    """The ``check-claims`` Typer app, built on first use so that ``summarize`` never
    imports the checker."""
    from .checker import DEFAULT_THRESHOLD, FAIL_ON, check_threshold

    app = _new_app()

    @app.command(name="check-claims", cls=OneLineErrors, epilog=CHECK_CLAIMS_EPILOG)
    def check_claims_command(
        files: Annotated[list[str] | None, typer.Argument(
            metavar="[FILE]...", show_default=False, help=FILES_HELP)] = None,
        facts: Annotated[str | None, typer.Option(
            "--facts", metavar="FILE", show_default=False,
            help="The YAML fact table (default: ./facts.yaml when present).")] = None,
        threshold: Annotated[float, typer.Option(
            "--threshold", metavar="SCORE", min=0, max=100,
            help="Lowest fuzzy-match score (0-100) at which a name supports a fact.",
        )] = DEFAULT_THRESHOLD,
        show_all: Annotated[bool, typer.Option(
            "--all", metavar="", help="Also show claims that no fact covers (unchecked).",
        )] = False,
        fmt: Annotated[ClaimFormat | None, typer.Option(
            "-f", "--format", show_default=False,
            help="Output format (default: table on a terminal, text otherwise).",
        )] = None,
        fail_on: Annotated[str, typer.Option(
            "--fail-on", metavar="[" + "|".join(FAIL_ON) + "]",
            help="What makes the exit status 1: contradicted (or inconsistent) claims; "
            "also partial facts; also facts not mentioned; or never.",
        )] = "contradicted",
        output: Annotated[str | None, typer.Option(
            "-o", "--output", metavar="FILE", show_default=False, help=OUTPUT_HELP)] = None,
        jobs: Annotated[int, typer.Option(
            "-j", "--jobs", metavar="N", min=0,
            help="Check N files at a time in separate processes (0: one per CPU).",
        )] = 1,
        globs: GlobOption = None,
        files_from: FilesFromOption = None,
        null: NullOption = False,
        input_format: InputFormatOption = TEXT_INPUT,
        text_field: TextFieldOption = "text",
        id_field: IdFieldOption = "id",
        resume: ResumeOption = False,
        version: Annotated[bool, typer.Option(
            "--version", metavar="", is_eager=True,
            callback=_version_callback("check-claims"),
            help="Show the version and exit.")] = False,
    ) -> int:
        """Check an article's claims against a YAML table of verified facts.

        Finds the dates, places, names, numbers and lists the article states about each
        fact, and says whether they agree with the table.
        """
        prog = "check-claims"
        try:
            if fail_on not in FAIL_ON:
                raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
            try:
                check_threshold(threshold)
            except ValueError:
                raise UsageError(
                    f"--threshold must be a score from 0 to 100, not {threshold}"
                ) from None
            table_path = facts_path(facts)
            target = output_target(output)
            if resume:
                target = resume_target(target, output, fmt.value if fmt else "the default")
            inputs = input_names(prog, files, globs, files_from, null, input_format.value)
            names = inputs.names
            if output:
                from .output import refuse_overwriting_inputs

                refuse_overwriting_inputs(output, [*names, table_path])
            from .facts import load_facts

            table = load_facts(table_path)
            for warning in table.warnings:
                report(prog, f"warning: {warning.format(table.path)}")
            done = resume_from(prog, target) if resume and inputs.names else None
        except SummarizeError as exc:
            report(prog, str(exc))
            return EXIT_ERROR
        if not report_expansion(prog, inputs):
            return EXIT_ERROR
        items, total = batch_items(inputs, input_format.value, text_field, id_field, done)
        many = len(names) > 1 or inputs.expanded or input_format.value == "jsonl"

        from .output import is_terminal
        from .render import render_reports

        to_terminal = target.how == "stdout" and is_terminal(sys.stdout)
        chosen = fmt.value if fmt is not None else ("table" if to_terminal else "text")
        flagged = False
        batch = Batch(prog, items, _CheckTask(table, threshold, show_all), jobs, total)

        def judged(reports: Iterable[Any]) -> Iterator[Any]:
            nonlocal flagged
            for claim_report in reports:
                flagged = flagged or claim_report.flagged(fail_on)
                yield claim_report

        reports = judged(batch.results())
        width = None
        if to_terminal:
            import shutil

            width = shutil.get_terminal_size().columns
        chunks = render_reports(reports, chosen, many=many,
                                color=to_terminal, width=width)
        status = write_output(prog, chunks, target, keep_old=batch.nothing_usable)
        if status != EXIT_OK:
            return status
        if batch.failed or inputs.errors:
            return EXIT_ERROR
        return EXIT_FLAGGED if flagged else EXIT_OK

    return app


def facts_path(facts: str | None) -> str:
    """``--facts``, else ``./facts.yaml`` when present, else a usage error."""
    import os

    if facts is not None:
        return facts
    if os.path.isfile("facts.yaml"):
        return "facts.yaml"
    raise UsageError("no fact table: give --facts FILE (there is no ./facts.yaml here)")


class _CheckTask:
    """Read one input and check its claims; picklable for worker processes."""

    def __init__(self, table: Any, threshold: float, include_unchecked: bool) -> None:
        self.table = table
        self.threshold = threshold
        self.include_unchecked = include_unchecked

    def preload(self) -> None:
        """Import the checker before worker processes are forked."""
        from . import checker  # noqa: F401
        from .text import read  # noqa: F401

    def __call__(self, item: Any) -> Any:
        from .checker import check_claims

        def check_source(source: Any) -> Any:
            return check_claims(source.text, self.table, source=source.display_name,
                                threshold=self.threshold,
                                include_unchecked=self.include_unchecked)

        return attempt(item, check_source)


def check_claims_main(exit: bool = True) -> int:
    """Run ``check-claims`` with ``sys.argv``; exit with its status (or return it)."""
    status = check_claims_app()(standalone_mode=False)
    if exit:
        sys.exit(status)
    return status


# --------------------------------------------------------------------------- shared


class Task(Protocol):
    """What a batch runs per input: picklable, so that it can go to a worker process."""

    def __call__(self, item: Any) -> Any: ...

    def preload(self) -> None:
        """Import what ``__call__`` needs, before worker processes are forked."""


@dataclass(frozen=True)
class Failed:
    """An input that could not be used, with its one-line message (naming the input)."""

    message: str


def attempt(item: Any, work: Callable[[Any], Any]) -> Any:
    """``work(source)`` for one input (a name, a Source already read or a JSONL Record,
    whose other fields are kept with the result: ``render.WithFields``), or ``Failed``
    when reading or ``work`` raises a SummarizeError; an input already known to have
    failed (a bad JSONL line) stays as it is, so it is reported in its place. Other
    exceptions are bugs: they propagate with their traceback."""
    if isinstance(item, Failed):
        return item
    try:
        source = _read(item)
        result = work(source)
    except InputError as exc:  # its message already names the input
        return Failed(str(exc))
    except SummarizeError as exc:  # e.g. a word budget this article cannot meet
        name = item if isinstance(item, str) else item.name
        return Failed(f"{'<stdin>' if name == '-' else name}: {exc}")
    fields = getattr(source, "fields", None)  # a JSONL record's other fields
    if fields:
        from .render import WithFields

        return WithFields(result, fields)
    return result


def _read(item: Any) -> Any:
    """An input name is read here (in the worker); stdin was read by the parent."""
    if isinstance(item, str):
        from .text.read import read_source

        return read_source(item)
    return item


class Batch:
    """One run of a task over the inputs, with results in input order. ``items`` may be
    a lazy stream (JSONL records), read only as the work goes on; ``total`` is how many
    there are, when known (for the progress bar). A failed input is reported on stderr
    when its turn comes, counted in ``failed`` and skipped."""

    def __init__(self, prog: str, items: Iterable[Any], task: Task, jobs: int,
                 total: int | None = None):
        self.prog, self.items, self.task, self.jobs, self.total = prog, items, task, jobs, total
        self.failed = 0
        self.succeeded = 0

    def nothing_usable(self) -> bool:
        """Every input failed: there is no result worth replacing an ``-o`` file with."""
        return self.succeeded == 0 and self.failed > 0

    def results(self) -> Iterator[Any]:
        items = self.items
        if self.jobs != 1:  # stdin belongs to this process: read it here
            items = map(_stdin_read_here, items)
        results = _with_progress(_map_in_order(self.task, items, self.jobs), self.total,
                                 self.prog)
        for result in results:
            if isinstance(result, Failed):
                report(self.prog, result.message)
                self.failed += 1
            else:
                self.succeeded += 1
                yield result


def _stdin_read_here(item: Any) -> Any:
    """``-`` read in this process (a Source, or Failed); any other input as it is."""
    if isinstance(item, str) and item == "-":
        return attempt(item, lambda source: source)
    return item


# With -j N, inputs go to the workers in hand-overs of up to MAX_HAND_OVER inputs, and at
# most HAND_OVERS_PER_WORKER x N hand-overs are in flight at a time (see _drain).
MAX_HAND_OVER = 8
HAND_OVERS_PER_WORKER = 4


def _map_in_order(task: Task, items: Iterable[Any], jobs: int) -> Iterator[Any]:
    """``map(task, items)``, in N worker processes for ``jobs`` N > 1 (0: one per CPU).
    The pool is started here, before any progress-bar thread exists (fork after threads
    can deadlock); results still come back in input order. The first inputs, up to a full
    window, are read first: they say whether a pool is worth starting (not for one input)
    and how many inputs to hand over at a time; the rest are read as the window moves."""
    if jobs == 0:
        import os

        jobs = os.cpu_count() or 1
    if jobs == 1:
        return _map_here(task, items)
    from itertools import chain, islice

    items = iter(items)
    head = list(islice(items, jobs * HAND_OVERS_PER_WORKER * MAX_HAND_OVER))
    if len(head) <= 1:
        return _map_here(task, head)
    import multiprocessing

    _one_blas_thread_per_worker()
    task.preload()  # once here: forked workers inherit the imports
    # What the workers inherit is never collected there: without this, each worker's
    # garbage collector walks (and so copies, page by page) the parent's objects. Measured
    # on 2 cores, 100 CNN/DM articles with -j 2: workers busy 180 ms each before, 125 after.
    gc.freeze()
    workers = min(jobs, len(head))
    pool = multiprocessing.Pool(workers, initializer=_worker_init)
    # Several inputs per hand-over: short articles take milliseconds, less than the IPC;
    # fewer for a short run, so that every worker gets some.
    size = max(1, min(MAX_HAND_OVER, len(head) // (workers * HAND_OVERS_PER_WORKER)))
    return _drain(pool, task, chain(head, items), size, workers * HAND_OVERS_PER_WORKER)


def _map_here(task: Task, items: list[Any]) -> Iterator[Any]:
    """``map(task, items)`` in this process. What the imports left alive (tens of thousands
    of objects) is frozen out of the garbage collector's full passes while the batch runs:
    they would otherwise be walked again and again as the results pile up (check-claims on
    600 KB of short sentences: 15.7 s of CPU before, 12.8 s after; the growth with the
    input size becomes linear)."""
    task.preload()
    gc.freeze()
    try:
        yield from map(task, items)
    finally:
        gc.unfreeze()


# numpy's BLAS starts a thread per core in every process; N workers x N threads only fight.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _one_blas_thread_per_worker() -> None:
    """Before numpy is first imported: one BLAS thread per process (unless the user chose),
    since the parallelism comes from the worker processes. Measured on 2 cores, 8 articles
    of 1,200 sentences: 0.97 s with -j 1, 1.0 s with -j 2 before, 0.6 s after."""
    import os

    if "numpy" not in sys.modules:
        for name in _BLAS_THREADS:
            os.environ.setdefault(name, "1")


def _drain(pool: Any, task: Task, items: Iterable[Any], size: int,
           window: int) -> Iterator[Any]:
    """``map(task, items)`` in ``pool``, in input order, with at most ``window`` hand-overs
    of ``size`` inputs in flight: the next one is read from ``items`` and sent only when
    the oldest one's results have been taken. Memory thus holds a window of articles and
    results, however long the run (``Pool.imap`` reads all of ``items`` ahead, and keeps
    every result not yet taken)."""
    in_flight: deque[Any] = deque()
    try:
        for hand_over in _hand_overs(items, size):
            in_flight.append(pool.apply_async(_work_on, (task, hand_over)))
            if len(in_flight) >= window:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()
    except BaseException:  # Ctrl-C, closed pipe, or the consumer stopped early
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()
        gc.unfreeze()  # the workers are gone: the parent's objects are collectable again


def _hand_overs(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter), read as they are asked for."""
    from itertools import islice

    items = iter(items)
    while hand_over := list(islice(items, size)):
        yield hand_over


def _work_on(task: Task, hand_over: list[Any]) -> list[Any]:
    """In a worker: the task's result for each input of one hand-over."""
    return [task(item) for item in hand_over]


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops them (no traceback per worker), and
    end at once on the SIGTERM with which the parent stops them."""
    from .process import default_handlers

    default_handlers()


def _with_progress(results: Iterator[Any], total: int | None, prog: str) -> Iterator[Any]:
    """A progress bar on stderr for more than PROGRESS_MIN_FILES inputs, only when stderr
    is a terminal; stdout stays results. The length of a JSONL stream (``total`` None) is
    known only at its end: its bar, without a total, appears with the result that follows
    the first PROGRESS_MIN_FILES."""
    from .output import is_terminal

    if (total is not None and total <= PROGRESS_MIN_FILES) or not is_terminal(sys.stderr):
        yield from results
        return
    done = 0
    if total is None:
        for result in results:
            if done == PROGRESS_MIN_FILES:  # one more than that: the bar is worth drawing
                from itertools import chain

                results = chain([result], results)
                break
            yield result
            done += 1
        else:
            return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    bar = Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
        # Results written to a terminal stdout go above the bar; piped ones stay on stdout.
        redirect_stdout=is_terminal(sys.stdout), redirect_stderr=True,
    )
    with bar:
        task = bar.add_task(prog, total=total, completed=done)
        for result in results:
            yield result
            bar.advance(task)


class _KeepOld(Exception):
    """Raised inside the output writer to leave an existing ``-o`` file as it was."""


def output_target(output: str | None) -> Any:
    """How ``-o`` will be written (``None``: stdout); checked before any input is read,
    so that a folder or a socket given as ``-o`` fails first."""
    from .output import STDOUT, output_target

    return output_target(STDOUT if output is None else output)


def write_output(
    prog: str, chunks: Iterable[str], target: Any,
    keep_old: Callable[[], bool] = lambda: False,
) -> int:
    """Write rendered chunks to ``target`` (from ``output_target``), flushing after each
    so that a long batch streams. A replaced ``-o`` file is left alone when the run is
    interrupted or when ``keep_old()`` says nothing usable came out (every input failed).
    Returns the exit status: 141 for a closed pipe (quietly), 2 for an output that cannot
    be written (full disk, closed stdout: one line), else 0."""
    from .output import EXIT_BROKEN_PIPE, STREAMED, TO_STDOUT, output_writer, silence_stdout

    if isinstance(target, str) or target is None:  # a name, as the API's callers may give
        target = output_target(target)
    name = "<stdout>" if target.how == TO_STDOUT else target.name
    streamed = target.how in STREAMED
    try:
        with output_writer(target) as handle:
            for chunk in chunks:
                handle.write(chunk)
                if streamed:  # stdout, a FIFO, a device: results show as they come
                    handle.flush()
            if keep_old():
                raise _KeepOld
            handle.flush()
    except _KeepOld:
        pass
    except BrokenPipeError:
        if target.how == TO_STDOUT:
            silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        if target.how == TO_STDOUT:
            silence_stdout()
        report(prog, f"{name}: cannot write output: {exc.strerror or exc}")
        return EXIT_ERROR
    except SummarizeError as exc:
        report(prog, str(exc))
        return EXIT_ERROR
    return EXIT_OK
