"""Hostile input and odd outputs (issue 11): never a traceback, never a clobbered file,
bounded time. One section per row of the issue's table.

Never point ``-o`` at the real /dev/null, /dev/full or /dev/stdout here: device nodes are
made in a temporary folder (``os.mknod``, root only) and FIFOs with ``os.mkfifo``.
"""

from __future__ import annotations

import http.server
import json
import math
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import check_claims, load_facts
from summarize.cli import check_claims_app, summarize_app
from summarize.errors import InputError
from summarize.facts import FactTableError, parse_facts
from summarize.text import read as read_module
from summarize.text.read import read_source
from summarize.text.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
FACTS = ROOT / "seeds" / "facts.yaml"
BIN = Path(sys.executable).parent
ONE_SENTENCE = (
    "NATO member states have not yet decided on the structure of future assistance to "
    "Ukraine, but they have started planning for it, NATO Secretary General Jens "
    "Stoltenberg told a press conference in Brussels on Wednesday at the end of the first "
    "day of the meeting of NATO foreign ministers.\n"
)
root_only = pytest.mark.skipif(os.geteuid() != 0, reason="os.mknod needs root")
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(summarize_app, [str(a) for a in args], input=input)


def check(*args, input=None):
    return runner.invoke(check_claims_app(), [str(a) for a in args], input=input)


def script(name: str, *args, **kwargs) -> subprocess.CompletedProcess:
    if "stdout" not in kwargs and "stderr" not in kwargs:
        kwargs["capture_output"] = True
    return subprocess.run([str(BIN / name), *map(str, args)], timeout=60, **kwargs)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- row 1: -o


@root_only
def test_output_to_a_character_device_writes_through_and_keeps_the_node(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a private /dev/null
    result = run(SEED, "-n", "1", "-o", null)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert os.stat(null).st_rdev == os.makedev(1, 3)
    assert leftovers(tmp_path) == []


@root_only
def test_output_to_a_full_device_is_one_line_exit_2(tmp_path):
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a private /dev/full
    result = script("summarize", SEED, "-o", full)
    assert result.returncode == 2
    assert result.stderr.decode() == f"summarize: {full}: cannot write output: " \
                                     "No space left on device\n"
    assert stat.S_ISCHR(os.stat(full).st_mode)


@root_only
def test_output_to_a_block_device_is_refused_before_reading(tmp_path):
    block = tmp_path / "disk"
    os.mknod(block, 0o600 | stat.S_IFBLK, os.makedev(7, 200))
    result = run(tmp_path / "missing.txt", "-o", block)
    assert result.exit_code == 2
    assert result.stderr == f"summarize: {block}: cannot write output: a block device " \
                            "(give a file, a FIFO or -)\n"
    assert stat.S_ISBLK(os.stat(block).st_mode)


def test_output_to_a_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run(SEED, "-n", "1", "-o", fifo)
    reader.join(10)
    assert result.exit_code == 0, result.stderr
    assert got == [ONE_SENTENCE.encode()]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert leftovers(tmp_path) == []


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    result = run(SEED, "-n", "1", "-o", link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_text() == ONE_SENTENCE
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_output_through_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to("new.txt")
    assert run(SEED, "-n", "1", "-o", link).exit_code == 0
    assert link.is_symlink()
    assert (tmp_path / "new.txt").read_text() == ONE_SENTENCE


def test_output_to_a_hard_linked_file_is_written_in_place(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("old\n")
    second = tmp_path / "b.txt"
    os.link(first, second)
    inode = first.stat().st_ino
    result = run(SEED, "-n", "1", "-o", first)
    assert result.exit_code == 0, result.stderr
    assert first.stat().st_ino == inode and first.stat().st_nlink == 2
    assert second.read_text() == ONE_SENTENCE
    assert leftovers(tmp_path) == []


def test_output_dash_is_stdout_and_creates_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(SEED, "-n", "1", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout == ONE_SENTENCE
    assert list(tmp_path.iterdir()) == []


def test_output_naming_the_file_stdout_already_is_writes_stdout(tmp_path):
    # like -o /dev/stdout, through a link of our own (never the real /dev/stdout)
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    out = tmp_path / "out.txt"
    with out.open("w") as handle:
        result = script("summarize", SEED, "-n", "1", "-o", link, stdout=handle,
                        stderr=subprocess.PIPE)
    assert result.returncode == 0, result.stderr
    assert out.read_text() == ONE_SENTENCE
    assert link.is_symlink()
    assert leftovers(tmp_path) == []


def test_output_to_a_socket_is_refused(tmp_path):
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        result = run(SEED, "-o", path)
    finally:
        server.close()
    assert result.exit_code == 2
    assert result.stderr == f"summarize: {path}: cannot write output: a socket " \
                            "(give a file, a FIFO or -)\n"


# --------------------------------------------------------------------------- row 3: URLs


@pytest.mark.parametrize(("url", "message"), [
    ("http://[::1", "not a valid URL: Invalid IPv6 URL"),
    ("http://exa mple.com/", "not a valid URL: URL can't contain control characters."),
])
def test_malformed_url_is_one_line_and_the_batch_goes_on(tmp_path, url, message):
    out = tmp_path / "out.jsonl"
    result = run(SEED, url, SEED, "-n", "1", "-f", "jsonl", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarize: {url}: {message}")
    assert result.stderr.count("\n") == 1
    assert [json.loads(x)["source"] for x in out.read_text().splitlines()] == [str(SEED)] * 2


# --------------------------------------------------------------------------- row 4: size


def test_endless_zero_device_is_refused_at_once():
    started = time.monotonic()
    result = script("summarize", "/dev/zero")  # reading only
    assert result.returncode == 2
    assert result.stderr.decode() == "summarize: /dev/zero: binary file, not text\n"
    assert time.monotonic() - started < 10


def test_random_device_is_refused_at_once_by_check_claims():
    result = script("check-claims", "/dev/urandom", "--facts", FACTS)
    assert result.returncode == 2
    assert result.stderr.decode() == "check-claims: /dev/urandom: binary file, not text\n"


def test_files_and_stdin_larger_than_the_cap_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(read_module, "MAX_INPUT_BYTES", 1_000_000)
    big = tmp_path / "big.txt"
    big.write_text("Word after word. " * 70_000)
    with pytest.raises(InputError) as err:
        read_source(str(big))
    assert str(err.value) == f"{big}: larger than 1 MB, the limit for one input"
    result = run(input="Word after word. " * 70_000)
    assert result.exit_code == 2
    assert result.stderr == "summarize: <stdin>: larger than 1 MB, the limit for one input\n"


def test_nul_byte_after_the_first_chunk_means_binary(tmp_path):
    path = tmp_path / "late-nul.txt"
    path.write_bytes(b"A sentence here. " * 1000 + b"\x00" + b"More text. " * 10)
    result = run(path)
    assert result.exit_code == 2
    assert result.stderr == f"summarize: {path}: binary file, not text\n"
    assert result.stdout == ""


# --------------------------------------------------------------------------- row 5: stdout


def test_full_stdout_is_one_line_exit_2():
    with open("/dev/full", "w") as full:  # a redirection, as the shell's > /dev/full
        result = script("summarize", SEED, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "summarize: <stdout>: cannot write output: No space left on device\n")


def test_closed_stdout_is_one_line_exit_2():
    result = subprocess.run(["bash", "-c", f"'{BIN / 'summarize'}' '{SEED}' >&-"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == "summarize: <stdout>: cannot write output: standard output is " \
                            "closed\n"


def test_help_into_a_full_stdout_is_one_line():
    with open("/dev/full", "w") as full:
        result = script("check-claims", "--help", stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1
    assert "Traceback" not in result.stderr.decode()


# --------------------------------------------------------------------------- row 6: HTML


@pytest.mark.parametrize("start", [
    "<!-- saved from the web -->\n<html><body>",
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body>',
    "<h1>Harbour bridge reopens</h1>",
    "<title>Harbour bridge reopens</title>",
    '<meta charset="utf-8">\n<body>',
    "<header><a href='/'>The Courier</a></header>",
    "\ufeff  <!--x--> <!--y-->\n<section>",
])
def test_html_on_stdin_is_recognised_by_its_content(start):
    page = (f"{start}<p>The harbour bridge reopened on Monday after two years of repairs.</p>"
            "<p>Traffic moved freely across it by noon.</p></body></html>\n")
    result = run("-n", "2", input=page.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert "<" not in result.stdout
    assert "The harbour bridge reopened on Monday after two years of repairs." in result.stdout


def test_text_that_mentions_a_tag_stays_text():
    result = run("-f", "json", input="The <p> tag starts a paragraph. Authors know it.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["sentences"][0]["text"] == "The <p> tag starts a paragraph."


# --------------------------------------------------------------------------- row 7: threshold


@pytest.mark.parametrize("value", ["nan", "-nan", "NaN"])
def test_threshold_nan_is_a_usage_error(value):
    result = check(SEED, "--facts", FACTS, "--threshold", value)
    assert result.exit_code == 2
    assert result.stderr.startswith("check-claims: --threshold must be a score from 0 to 100")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("value", [150, -1, math.nan, math.inf, "90", True])
def test_api_threshold_out_of_range_is_a_value_error(value):
    with pytest.raises(ValueError, match="threshold must be a number from 0 to 100"):
        check_claims("The summit is in Brussels.", load_facts(str(FACTS)), threshold=value)


# --------------------------------------------------------------------------- row 8: YAML depth


def test_deeply_nested_fact_table_is_one_line_with_its_line(tmp_path):
    table = tmp_path / "deep.yaml"
    table.write_text("facts:\n  - " + "[" * 700 + "]" * 700 + "\n")
    result = check(SEED, "--facts", table)
    assert result.exit_code == 2
    assert result.stderr == (f"check-claims: {table}:2: invalid YAML: nested more than 64 "
                             "levels deep\n")


def test_deeply_indented_fact_table_names_the_line_where_it_passes_the_limit():
    text = "facts:\n" + "".join("  " * (i + 1) + "a:\n" for i in range(700))
    with pytest.raises(FactTableError) as err:
        parse_facts(text, "deep.yaml")
    assert str(err.value) == "deep.yaml:64: invalid YAML: nested more than 64 levels deep"


# --------------------------------------------------------------------------- rows 9, 12: URLs


class _Hostile(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):  # a byte every 0.2 s: each read is quick, the whole is not
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass


@pytest.fixture
def hostile_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_trickling_url_is_cut_off_when_the_whole_timeout_is_up(hostile_server, monkeypatch):
    monkeypatch.setattr(read_module, "URL_TIMEOUT", 1.0)
    started = time.monotonic()
    with pytest.raises(InputError) as err:
        read_source(f"{hostile_server}/trickle")
    assert str(err.value) == f"{hostile_server}/trickle: timed out after 1 s"
    assert time.monotonic() - started < 2.0


def test_self_redirecting_url_is_one_line(hostile_server):
    url = f"{hostile_server}/loop"
    result = run(url)
    assert result.exit_code == 2
    assert result.stderr == f"summarize: {url}: too many redirects (HTTP 302)\n"


# --------------------------------------------------------------------------- rows 10, 11: signals


def _default_ending_signals() -> None:
    """In the child: SIGHUP and SIGTERM as a terminal would deliver them, even when the
    tests themselves run under nohup (which ignores SIGHUP, and an ignored SIGHUP rightly
    stays ignored in the command: see ``process.install_handlers``)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _wait_until_reading_stdin(pid: int, timeout: float = 20.0) -> None:
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        pytest.skip("cannot tell when the process waits on stdin (/proc/PID/wchan)")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "pipe" in wchan.read_text():
            return
        time.sleep(0.02)
    pytest.fail("the process never read stdin")


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129),
                                                (signal.SIGINT, 130)])
def test_signal_during_a_run_with_output_leaves_no_temp_file(tmp_path, signum, status):
    out = tmp_path / "out.txt"
    out.write_text("previous\n")
    proc = subprocess.Popen([str(BIN / "summarize"), "-o", str(out)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_default_ending_signals)
    try:
        _wait_until_reading_stdin(proc.pid)
        assert leftovers(tmp_path)  # the temporary file exists while the run goes on
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == status
    assert err == b""
    assert out.read_text() == "previous\n"
    assert leftovers(tmp_path) == []


def _wait_until_our_handlers_are_in(pid: int, timeout: float = 20.0) -> None:
    """Until the process catches SIGTERM (/proc/PID/status SigCgt): our first instruction
    has run. Before it, the interpreter itself is starting (site, encodings), which no
    program can make quiet."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        pytest.skip("no /proc/PID/status")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in status.read_text().splitlines():
            if line.startswith("SigCgt:") and int(line.split()[1], 16) & (1 << (15 - 1)):
                return
        time.sleep(0.001)
    pytest.fail("the process never installed its signal handlers")


@pytest.mark.parametrize("delay", [0.0, 0.01, 0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.45])
def test_ctrl_c_early_in_start_up_is_quiet_130(delay):
    proc = subprocess.Popen([str(BIN / "summarize"), str(SEED), "-m", "lex-rank"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_until_our_handlers_are_in(proc.pid)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    if proc.returncode == 0 and delay >= 0.3:
        pytest.skip("the run ended before the signal came")
    # A signal that comes while the interpreter shuts down (the handlers are Python's
    # defaults again by then) ends the process by SIGINT itself: a shell shows 130 too.
    status = 130 if proc.returncode == -signal.SIGINT else proc.returncode
    assert (status, err.decode()) == (130, "")


def test_an_interruption_that_a_library_swallows_still_exits_130(tmp_path):
    # a library's bare "except:" around an import eats the KeyboardInterrupt-like exception
    out = tmp_path / "out.txt"
    out.write_text("previous\n")
    code = (
        "import os, signal, sys\n"
        "import summarize.methods as m\n"
        "from summarize.process import install_handlers\n"
        "import summarize.summary as s\n"
        "real = s.summarize_text\n"
        "def swallowing(*a, **k):\n"
        "    try:\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "    except BaseException:\n"
        "        pass\n"
        "    return real(*a, **k)\n"
        "s.summarize_text = swallowing\n"
        f"sys.argv = ['summarize', {str(SEED)!r}, '-o', {str(out)!r}]\n"
        "from summarize.process import summarize_main\n"
        "summarize_main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert (result.returncode, result.stderr) == (130, "")
    assert out.read_text() == "previous\n"
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- row 13: CJK


def test_chinese_sentence_ends_split_sentences():
    text = ("北约外长会议于周三举行。斯托尔滕贝格说：“我们必须支持乌克兰。”"
            "各国同意！会议何时结束？明天。\n")
    assert [s.text for s in split_sentences(text)] == [
        "北约外长会议于周三举行。", "斯托尔滕贝格说：“我们必须支持乌克兰。”", "各国同意！",
        "会议何时结束？", "明天。",
    ]


def test_summarize_chinese_text_gives_sentences_not_the_whole_text(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("北约外长会议于周三举行。各国同意继续援助。会议明天结束。\n", encoding="utf-8")
    result = run(path, "--language", "chinese", "-n", "1", "-m", "lead")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "北约外长会议于周三举行。\n"


# --------------------------------------------------------------------------- row 14: messages


def test_empty_file_name_says_so():
    result = run("")
    assert result.exit_code == 2
    assert result.stderr == "summarize: '': no such file (the file name is empty)\n"


def test_ratio_message_says_what_is_accepted():
    assert run(SEED, "-r", "0.5%").exit_code == 0  # half a percent is a share above 0 %
    result = run(SEED, "-r", "0%")
    assert result.stderr == ("summarize: --ratio must be in (0, 1], or a percentage above 0% "
                             "up to 100%, not 0%\n")


@pytest.mark.parametrize("app", [summarize_app, check_claims_app()])
def test_help_agrees_with_the_readme(app):
    text = runner.invoke(app, ["--help"], env={"COLUMNS": "120"}).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "[OPTIONS] [FILE]..." in text
    assert "141 stdout closed early" in " ".join(text.split())
    assert "Exactly one" not in text
    name = "summarize" if app is summarize_app else "check-claims"
    assert f"{name} [OPTIONS] [FILE]..." in readme


# --------------------------------------------------------------------------- row 2: claim finders


def _cpu_seconds(text: str) -> float:
    table = load_facts(str(FACTS))
    started = time.process_time()
    check_claims(text, table)
    return time.process_time() - started


@pytest.mark.parametrize("unit", ["on Wednesday or Thursday or ", "April 3, 2024 and ", "12.5, ",
                                  "9-11 July - ", "support from China, Iran, North Korea and "])
def test_claim_finding_grows_linearly_on_text_without_full_stops(unit):
    _cpu_seconds("Warm up: Brussels, April 3, 2024.")
    small = _cpu_seconds(unit * (12_000 // len(unit)))
    large = _cpu_seconds(unit * (48_000 // len(unit)))
    assert large < 6 * small + 0.2  # quadratic would be 16x; linear is 4x


def test_an_overlong_sentence_is_checked_in_pieces_that_keep_every_word():
    from summarize.claims.extract import MAX_PIECE_CHARS, pieces
    from summarize.text.segment import SentenceSpan

    text = "Ministers met " + "and talked " * 600 + "in Brussels on April 3, 2024."
    sentence = SentenceSpan(0, len(text), text, 0)
    parts = pieces(text, sentence)
    assert len(parts) > 1
    assert all(p.end - p.start <= MAX_PIECE_CHARS for p in parts)
    assert " ".join(p.text for p in parts) == text
    assert all(text[p.start:p.end] == p.text for p in parts)
    report = check_claims(text, load_facts(str(FACTS)), include_unchecked=True)
    assert any(c.text == "April 3, 2024" for c in report.claims)
    assert pieces(text[:500], SentenceSpan(0, 500, text[:500], 0)) == [
        SentenceSpan(0, 500, text[:500], 0)]


@pytest.mark.parametrize("name", ["summarize", "check-claims"])
def test_help_into_a_closed_pipe_is_quiet_141(name):
    proc = subprocess.Popen([str(BIN / name), "--help"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # no reader left: the first write fails with EPIPE
    err = proc.stderr.read()
    proc.stderr.close()
    proc.wait(timeout=30)
    assert (proc.returncode, err) == (141, b"")


@root_only
def test_as_a_normal_user_an_unwritable_output_folder_is_one_line(tmp_path):
    # The interpreter lives where other users cannot run it, so a forked child drops to
    # "nobody" and writes through the same code the command uses.
    import shutil
    import tempfile

    from summarize.cli import write_output

    base = Path(tempfile.mkdtemp(prefix="summarize-nobody-"))
    try:
        base.chmod(0o755)  # nobody may look in, but not create files here
        target = base / "out.txt"
        target.write_text("previous\n")
        err_path = tmp_path / "err.txt"
        with open(err_path, "w") as err:
            pid = os.fork()
            if pid == 0:  # the child: never returns into pytest
                status = 99
                try:
                    sys.stderr = err  # not pytest's capture
                    os.setgid(65534)
                    os.setuid(65534)
                    status = write_output("summarize", ["a summary\n"], str(target))
                    err.flush()
                finally:
                    os._exit(status)
            _, wait_status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(wait_status) == 2
        assert err_path.read_text() == f"summarize: {target}: cannot write output: " \
                                       "Permission denied\n"
        assert target.read_text() == "previous\n"
        assert leftovers(base) == []
    finally:
        shutil.rmtree(base)
