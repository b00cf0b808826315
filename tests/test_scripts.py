"""The installed scripts as a shell runs them: pipes, closed pipes, signals, imports."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runs import read_terminal

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "seeds" / "nato-ukraine-2024-04-03.txt")
BIN = Path(sys.executable).parent


def script(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} script is not installed")
    return path


def run(args, cwd=ROOT, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=60, **kwargs)


def test_installed_summarize_prints_three_sentences():
    result = run([script("summarize"), SEED])
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3
    assert result.stderr == ""


def test_python_dash_m_summarize_is_the_same_command():
    via_module = run([sys.executable, "-m", "summarize", SEED, "-n", "2"])
    via_script = run([script("summarize"), SEED, "-n", "2"])
    assert via_module.returncode == 0
    assert via_module.stdout == via_script.stdout


def test_piped_stdin_when_no_file_is_given():
    with open(SEED, encoding="utf-8") as handle:
        result = run([script("summarize"), "-n", "1", "-f", "jsonl"], stdin=handle)
    assert result.returncode == 0
    assert '"source": "<stdin>"' in result.stdout


def test_errors_are_one_line_without_traceback():
    result = run([script("summarize"), "/nonexistent/article.txt"])
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("summarize: /nonexistent/article.txt: ")
    assert result.stderr.count("\n") == 1


def test_head_dash_1_ends_quietly():
    # enough output to fill the pipe, so that the write after head exits really fails
    args = [script("summarize"), *[SEED] * 80, "-n", "1000"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert first.decode().startswith("==> ")
    assert stderr == ""
    assert proc.returncode == 141


def test_shell_pipe_to_head_prints_one_line_and_no_error():
    result = run(["bash", "-c", f"'{script('summarize')}' '{SEED}' {' '.join([SEED] * 80)} "
                  "-n 1000 | head -1"])
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


def _wait_until_reading_stdin(pid: int, timeout: float = 20.0) -> bool:
    """True once the process sleeps in a pipe read (Linux /proc), False if unknown."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe" in wchan.read_text():
                return True
        except OSError:
            return False
        time.sleep(0.02)
    return False


def test_ctrl_c_exits_130_quietly():
    proc = subprocess.Popen([script("summarize")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        if not _wait_until_reading_stdin(proc.pid):
            pytest.skip("cannot tell when the process waits on stdin (/proc/PID/wchan)")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert err.decode() == ""
    assert out.decode() == ""


def test_default_path_imports_neither_nltk_nor_sumy_code_nor_numpy():
    # news-rank is plain Python: numpy's import alone would be a third of the start-up.
    code = (
        "import sys\n"
        "from summarize.cli import summarize_main\n"
        f"sys.argv = ['summarize', {SEED!r}, '-n', '3']\n"
        "try:\n"
        "    summarize_main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in sys.modules\n"
        "               if m.split('.')[0] in ('nltk', 'sumy', 'rich', 'numpy')\n"
        "               and m != 'sumy')  # sumy/__init__ is two lines; its data files are read\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = run([sys.executable, "-c", code])
    assert "HEAVY []" in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_check_claims_script_reports_its_version_and_usage_errors(tmp_path):
    version = run([script("check-claims"), "--version"])
    assert version.returncode == 0
    assert version.stdout.startswith("check-claims ")
    missing = run([script("check-claims"), SEED], cwd=tmp_path)  # no ./facts.yaml there
    assert missing.returncode == 2
    assert missing.stderr.startswith("check-claims: no fact table")


def test_summary_pipes_into_check_claims():
    facts = ROOT / "seeds" / "facts.yaml"
    if not facts.exists():
        pytest.skip("no seed fact table")
    result = run(["bash", "-c", f"'{script('summarize')}' '{SEED}' -n 5 | "
                  f"'{script('check-claims')}' - --facts '{facts}' --format text"])
    assert result.returncode in (0, 1), result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("<stdin>: ")
    assert "facts" in lines[-1]


def test_progress_bar_goes_to_a_terminal_stderr_and_never_to_stdout(tmp_path):
    pty = pytest.importorskip("pty")
    files = []
    for i in range(6):
        path = tmp_path / f"a{i}.txt"
        path.write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
        files.append(str(path))
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([script("summarize"), *files, "-n", "1", "-m", "lead"],
                            stdout=subprocess.PIPE, stderr=terminal, cwd=ROOT)
    os.close(terminal)
    out = proc.stdout.read().decode()
    proc.stdout.close()
    proc.wait(timeout=60)
    drawn = read_terminal(controller)
    assert proc.returncode == 0
    assert "\x1b" not in out
    assert out.count("==> ") == 6
    assert b"6/6" in drawn


def test_library_warnings_stay_off_stderr():
    few_words = ("Cats run. Cats run fast. Dogs run. Cats run. Dogs run fast. Cats bark. "
                 "Dogs bark. Run fast. Cats sit. Dogs sit. Run.\n")
    result = run([script("summarize"), "-m", "lsa", "-n", "1"], input=few_words)
    assert result.returncode == 0
    assert result.stderr == ""  # sumy's LSA would warn: fewer words than sentences
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("argv", [["summarize", "--help"], ["summarize", "--version"],
                                  ["check-claims", "--help"]])
def test_help_and_version_import_no_pipeline(argv):
    main = "summarize_main" if argv[0] == "summarize" else "check_claims_main"
    code = (
        "import sys\n"
        f"from summarize.cli import {main}\n"
        f"sys.argv = {argv!r}\n"
        "try:\n"
        f"    {main}()\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('numpy', 'summarize.summary', 'summarize.text.clean', 'nltk',\n"
        "                      'summarize.claims.extract') if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = run([sys.executable, "-c", code], env={**os.environ, "COLUMNS": "100"})
    assert "LOADED []" in result.stderr
    assert result.stdout


def test_ctrl_c_during_a_parallel_batch_exits_130_without_worker_tracebacks():
    # Ctrl-C in a terminal signals the whole process group: parent and workers.
    proc = subprocess.Popen([script("summarize"), *[SEED] * 3000, "-j", "2", "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            start_new_session=True)
    try:
        first = proc.stdout.readline()  # the batch is under way
        os.killpg(proc.pid, signal.SIGINT)
        proc.stdout.read()
        err = proc.stderr.read().decode()
        proc.wait(timeout=30)
    finally:
        proc.stdout.close()
        proc.stderr.close()
        if proc.poll() is None:
            proc.kill()
    assert first.startswith(b"{")
    assert proc.returncode == 130
    assert err == ""
