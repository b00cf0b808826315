"""Archive-scale runs (issue 12): inputs read lazily, a bounded window of work in flight
with -j N, results in input order, and --resume continuing an interrupted JSONL output."""

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runs import FACTS, SEED_TEXT, STORY, check, read_terminal, summarize

from summarize import cli
from summarize.cli import Batch, Failed
from summarize.resume import ResumePoint, resume_point, skip_done


def sources(text):
    return [json.loads(line)["source"] for line in text.splitlines()]


def archive(path, ids, bad_after=()):
    """A JSONL archive of STORY records named ``ids``, with a bad line after each id in
    ``bad_after``."""
    lines = []
    for ident in ids:
        lines.append(json.dumps({"id": ident, "text": STORY, "desk": "city"}) + "\n")
        if ident in bad_after:
            lines.append("{not json\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the batch


class Doubled:
    """A picklable task: twice the number, or Failed for a multiple of 7."""

    def preload(self):
        pass

    def __call__(self, item):
        return Failed(f"item {item}: a multiple of 7") if item % 7 == 0 else 2 * item


class Counted:
    """The numbers 1..n, counting how many have been read."""

    def __init__(self, n):
        self.n, self.read = n, 0

    def __iter__(self):
        for number in range(1, self.n + 1):
            self.read += 1
            yield number


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_reads_its_inputs_only_a_window_ahead_of_the_results(jobs):
    items = Counted(1000)
    results = Batch("summarize", items, Doubled(), jobs).results()
    assert next(results) == 2
    window = jobs * cli.HAND_OVERS_PER_WORKER * cli.MAX_HAND_OVER
    assert items.read <= (1 if jobs == 1 else window)
    rest = list(results)
    assert items.read == 1000
    assert [2, *rest] == [2 * n for n in range(1, 1001) if n % 7]


def test_failures_are_reported_in_their_place_among_the_results_with_two_jobs(monkeypatch):
    events = []
    monkeypatch.setattr(cli, "report", lambda prog, message: events.append(message))
    batch = Batch("summarize", Counted(100), Doubled(), 2)
    for result in batch.results():
        events.append(result)
    expected = [f"item {n}: a multiple of 7" if n % 7 == 0 else 2 * n for n in range(1, 101)]
    assert events == expected
    assert (batch.failed, batch.succeeded) == (14, 86)


class FakePool:
    """Runs each hand-over when its result is asked for, recording what is in flight."""

    def __init__(self):
        self.sent = self.taken = self.most_in_flight = 0
        self.ended = None

    def apply_async(self, work, args):
        self.sent += 1
        self.most_in_flight = max(self.most_in_flight, self.sent - self.taken)
        pool = self

        class Result:
            def get(self):
                pool.taken += 1
                return work(*args)

        return Result()

    def close(self):
        self.ended = "closed"

    def terminate(self):
        self.ended = "terminated"

    def join(self):
        pass


def test_window_holds_at_most_its_size_in_flight_and_yields_in_input_order():
    pool = FakePool()
    results = list(cli._drain(pool, Doubled(), range(1, 201), 3, 4))
    assert results == [Doubled()(n) for n in range(1, 201)]
    assert pool.sent == 67  # 200 inputs in hand-overs of 3
    assert pool.most_in_flight == 4
    assert pool.ended == "closed"


def test_window_reads_the_next_inputs_only_as_results_are_taken():
    items = Counted(1000)
    results = cli._drain(FakePool(), Doubled(), items, 5, 2)
    next(results)
    assert items.read == 10  # two hand-overs of five
    for _ in range(5):
        next(results)
    assert items.read == 15
    results.close()


def test_consumer_stopping_early_terminates_the_pool():
    pool = FakePool()
    results = cli._drain(pool, Doubled(), range(1, 100), 2, 3)
    next(results)
    results.close()
    assert pool.ended == "terminated"


def test_jsonl_result_is_written_before_the_rest_of_the_input_arrives(tmp_path):
    """The input is a pipe kept open: a run that read all of it before working would
    never print the first summary (the guard is a deadline against a hang, not a timing)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarize", "--input-format", "jsonl", "-", "-f", "jsonl",
         "-n", "1", "-m", "lead"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        proc.stdin.write((json.dumps({"id": "first", "text": STORY}) + "\n").encode())
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no result before the end of the input"
        assert json.loads(proc.stdout.readline())["source"] == "first"
        proc.stdin.write((json.dumps({"id": "second", "text": STORY}) + "\n").encode())
        proc.stdin.close()
        assert sources(proc.stdout.read().decode()) == ["second"]
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_lines_among_many_records_keep_their_place_and_exit_2(tmp_path, jobs):
    ids = [f"r{i}" for i in range(40)]
    path = archive(tmp_path / "a.jsonl", ids, bad_after={"r3", "r20", "r21"})
    result = summarize("--input-format", "jsonl", path, "-n", "1", "-m", "lead",
                       "-f", "jsonl", "-j", jobs)
    assert result.exit_code == 2
    assert sources(result.stdout) == ids
    assert [line.split(": ")[1] for line in result.stderr.splitlines()] == [
        f"{path}:5", f"{path}:23", f"{path}:25"]


def test_every_record_bad_with_two_jobs_leaves_the_output_file(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("nope\n" * 20, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = summarize("--input-format", "jsonl", path, "-j", "2", "-o", out)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 20
    assert out.read_text(encoding="utf-8") == "old\n"


def test_progress_bar_of_a_jsonl_stream_has_no_total_and_only_past_five_records(tmp_path):
    pty = pytest.importorskip("pty")

    def drawn_for(count):
        path = archive(tmp_path / f"{count}.jsonl", [f"r{i}" for i in range(count)])
        controller, terminal = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "summarize", "--input-format", "jsonl", path, "-n", "1",
             "-m", "lead", "-f", "jsonl"],
            stdout=subprocess.PIPE, stderr=terminal, cwd=tmp_path)
        os.close(terminal)
        out = proc.stdout.read().decode()
        proc.stdout.close()
        assert proc.wait(timeout=60) == 0
        drawn = read_terminal(controller)
        assert len(sources(out)) == count
        return drawn

    assert b"8/?" in drawn_for(8)
    assert drawn_for(5) == b""


# --------------------------------------------------------------------------- --resume


def run_jsonl(path, out, *extra):
    return summarize("--input-format", "jsonl", path, "-n", "1", "-m", "lead", "-f", "jsonl",
                     "-o", out, *extra)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupted_then_resumed_run_gives_what_one_full_run_gives(tmp_path, jobs):
    ids = [f"r{i}" for i in range(30)]
    full = tmp_path / "full.jsonl"
    assert run_jsonl(archive(tmp_path / "all.jsonl", ids), full, "-j", jobs).exit_code == 0
    out = tmp_path / "out.jsonl"
    # The interruption: a run that got through the first half only.
    assert run_jsonl(archive(tmp_path / "half.jsonl", ids[:15]), out).exit_code == 0
    result = run_jsonl(tmp_path / "all.jsonl", out, "--resume", "-j", jobs)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_skips_done_ids_and_appends_only_the_others(tmp_path):
    out = tmp_path / "out.jsonl"
    done = json.dumps({"source": "r1", "mark": "kept as it was"}) + "\n"
    out.write_text(done, encoding="utf-8")
    result = run_jsonl(archive(tmp_path / "a.jsonl", ["r0", "r1", "r2"]), out, "--resume")
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith(done)
    assert sources(text) == ["r1", "r0", "r2"]


def test_resume_cuts_the_unfinished_last_line_of_a_killed_run_and_redoes_it(tmp_path):
    ids = ["r0", "r1", "r2"]
    path = archive(tmp_path / "a.jsonl", ids)
    full = tmp_path / "full.jsonl"
    run_jsonl(path, full)
    first, second, _ = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_text(first + second[:40], encoding="utf-8")
    result = run_jsonl(path, out, "--resume")
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_refuses_an_output_line_that_is_not_a_result_and_writes_nothing(tmp_path):
    out = tmp_path / "out.jsonl"
    before = json.dumps({"source": "r0"}) + "\nnot json\n"
    out.write_text(before, encoding="utf-8")
    result = run_jsonl(archive(tmp_path / "a.jsonl", ["r0", "r1"]), out, "--resume")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (f"summarize: {out}:2: cannot resume: not a JSON object with a "
                             "'source' (is the file the output of --format jsonl?)\n")
    assert out.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "jsonl"], "--resume needs -o FILE, the output of the run it continues"),
    (["-o", "out.txt"], "--resume needs --format jsonl, the output it can read back"),
    (["-f", "jsonl", "-o", "-"],
     "--resume needs -o naming a regular file, which it reads back and appends to; "
     "- is not one"),
])
def test_resume_usage_errors_come_before_any_input_is_read(tmp_path, monkeypatch, args,
                                                           message):
    monkeypatch.chdir(tmp_path)
    result = summarize("missing.txt", "--resume", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"summarize: {message}\n"
    assert not Path("out.txt").exists()


def test_check_claims_resume_needs_jsonl_format_too(tmp_path):
    result = check(tmp_path / "missing.txt", "--facts", FACTS, "-o", tmp_path / "out",
                   "--resume")
    assert result.exit_code == 2
    assert result.stderr == ("check-claims: --resume needs --format jsonl, the output it "
                             "can read back\n")


def test_resume_creates_a_missing_output_and_skips_files_already_done_unread(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(STORY, encoding="utf-8")
    second.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert summarize(first, "-f", "jsonl", "-o", out, "--resume").exit_code == 0
    first.unlink()  # done: a resumed run must not read it again
    result = summarize(first, second, "-f", "jsonl", "-o", out, "--resume")
    assert result.exit_code == 0, result.stderr
    assert sources(out.read_text(encoding="utf-8")) == [str(first), str(second)]


def test_resume_redoes_records_that_failed_and_skips_repeated_ids_as_often_as_done(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"source": "twice"}) + "\n", encoding="utf-8")
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "twice", "text": STORY}, {"id": "empty", "text": " "},
        {"id": "twice", "text": STORY}]), encoding="utf-8")
    result = run_jsonl(path, out, "--resume")
    assert result.exit_code == 2
    assert result.stderr == f"summarize: {path}:2: the 'text' field is empty\n"
    assert sources(out.read_text(encoding="utf-8")) == ["twice", "twice"]


def test_check_claims_resumes_its_jsonl_output(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": SEED_TEXT}) + "\n"
                            for i in range(3)), encoding="utf-8")
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    common = ["--input-format", "jsonl", "--facts", FACTS, "-f", "jsonl"]
    assert check(path, *common, "-o", full).exit_code in (0, 1)
    out.write_text(full.read_text(encoding="utf-8").splitlines(keepends=True)[0],
                   encoding="utf-8")
    result = check(path, *common, "-o", out, "--resume", "-j", "2")
    assert result.exit_code in (0, 1), result.stderr
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_point_counts_sources_and_finds_the_end_of_the_last_whole_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"source": "a"}\n\n{"source": "a"}\n{"source": "b"}\n{"sou')
    point = resume_point(str(out), "out.jsonl")
    assert point.done == {"a": 2, "b": 1}
    assert (point.complete, point.size) == (out.stat().st_size - 5, out.stat().st_size)
    assert resume_point(str(tmp_path / "none.jsonl"), "none.jsonl") == ResumePoint()


def test_skip_done_never_skips_an_input_without_a_source():
    point = ResumePoint(done={"a": 1})
    kept = list(skip_done(["a", None, "a", "b"], point, lambda item: item))
    assert kept == [None, "a", "b"]
