"""README.md and docs/claims.md show real output: every ``$ command`` in their console
blocks is run from the project root and must print what the page shows (a ``...`` line
stands for any number of lines), and the README's Python API example must print its shown
output."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PAGES = [README, ROOT / "docs" / "claims.md"]


def console_examples(markdown: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each ``$ `` line of the console blocks."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", markdown, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
            elif examples:
                examples[-1][1].append(line)
    return examples


def matches(expected: list[str], actual: str) -> bool:
    pattern = "".join(r"(?:.*\n)*?" if line == "..." else re.escape(line) + r"\n"
                      for line in expected)
    return re.fullmatch(pattern, actual) is not None


def run_session(commands: list[str]) -> list[str]:
    """Run the commands in one bash session (so ``echo $?`` sees the previous status),
    stderr merged into stdout as a terminal shows it; the output of each command."""
    marker = "@@@ next command @@@"
    script = "status=0\n" + "\n".join(
        f"echo '{marker}'\n(exit $status)\n{command} 2>&1\nstatus=$?" for command in commands
    )
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "COLUMNS": "100"}
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120).stdout
    return out.split(marker + "\n")[1:]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_console_examples_print_what_the_page_shows(page):
    examples = console_examples(page.read_text(encoding="utf-8"))
    assert len(examples) >= (8 if page == README else 2)
    outputs = run_session([command for command, _ in examples])
    wrong = [command for (command, expected), actual in zip(examples, outputs, strict=True)
             if not matches(expected, actual)]
    assert wrong == []


def test_python_api_example_prints_what_the_page_shows():
    markdown = README.read_text(encoding="utf-8")
    found = re.search(r"```python\n(.*?)```\n\n```\n(.*?)```", markdown, re.S)
    assert found, "the Python API example and its output"
    code, shown = found.groups()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout == shown


def test_ci_runs_the_readme_test_command_word_for_word():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    marker = next(i for i, line in enumerate(script) if "README's test command" in line)
    command = script[marker + 1]
    assert "pytest" in command
    assert command in README.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("table", ["speed", "archive"])
def test_readme_benchmark_table_is_the_last_benchmark_run(table):
    # benchmarks/<table>.py writes the table; the README shows it between two markers.
    readme = README.read_text(encoding="utf-8")
    shown = re.search(rf"<!-- {table}-table -->\n(.*?)<!-- /{table}-table -->", readme, re.S)
    assert shown, f"the {table}-table markers"
    written = (ROOT / "benchmarks" / "results" / f"{table}.md").read_text(encoding="utf-8")
    assert shown.group(1) == written


@pytest.mark.parametrize(
    ("expected", "actual", "ok"),
    [(["a", "...", "d"], "a\nb\nc\nd\n", True), (["a", "..."], "a\n", True),
     (["a", "d"], "a\nb\nd\n", False), (["a"], "a\nb\n", False)],
)
def test_elision_matcher(expected, actual, ok):
    assert matches(expected, actual) is ok


def regenerate(page: Path) -> None:
    """Rewrite the console blocks of a page with what each command prints now:
    ``python tests/test_docs_usage.py`` (review the diff before committing)."""
    text = page.read_text(encoding="utf-8")
    outputs = iter(run_session([command for command, _ in console_examples(text)]))

    def rebuild(block: re.Match) -> str:
        lines = []
        for line in block.group(1).splitlines():
            if line.startswith("$ "):
                lines += [line, next(outputs).rstrip("\n")]
        return "```console\n" + "\n".join(line for line in lines if line) + "\n```"

    page.write_text(re.sub(r"```console\n(.*?)```", rebuild, text, flags=re.S),
                     encoding="utf-8")


if __name__ == "__main__":
    for page in PAGES:
        regenerate(page)
