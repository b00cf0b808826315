"""The two commands through Typer's CliRunner: every option, format and error."""

import json
import os
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import cli
from summarize.cli import check_claims_app, summarize_app
from summarize.methods import DEFAULT_METHOD, METHODS
from summarize.text.clean import prepare_article
from summarize.text.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
BODY = [s.text for s in prepare_article(SEED_TEXT).candidates]
ALL_SENTENCES = [s.text for s in split_sentences(SEED_TEXT)]

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(summarize_app, [str(a) for a in args], input=input)


def lines(result):
    return result.stdout.splitlines()


@pytest.fixture
def article(tmp_path):
    """A small article of its own, where the sentence counts are known."""
    path = tmp_path / "story.txt"
    path.write_text(
        "The council met in Brussels on Monday to discuss the budget. "
        "Ministers agreed to raise spending on schools by ten percent. "
        "The opposition called the plan reckless and unfunded. "
        "A vote is expected next month after a public consultation. "
        "Teachers' unions welcomed the decision.\n",
        encoding="utf-8",
    )
    return path


# --------------------------------------------------------------------------- length


def test_default_is_three_body_sentences_of_the_input_in_document_order():
    result = run(SEED)
    assert result.exit_code == 0, result.stderr
    out = lines(result)
    assert len(out) == 3
    positions = [BODY.index(line) for line in out]
    assert positions == sorted(positions)
    assert result.stderr == ""


@pytest.mark.parametrize("n", [1, 2, 5])
def test_sentences_option_sets_the_count(n):
    assert len(lines(run(SEED, "-n", n))) == n
    assert len(lines(run(SEED, "--sentences", n))) == n


def test_more_sentences_than_the_article_has_gives_them_all():
    assert lines(run(SEED, "-n", 1000)) == BODY


@pytest.mark.parametrize("ratio", ["0.2", "20%", "0.5", "100%"])
def test_ratio_takes_that_share_of_the_sentences(ratio):
    share = float(ratio[:-1]) / 100 if ratio.endswith("%") else float(ratio)
    result = run(SEED, "-r", ratio)
    assert result.exit_code == 0, result.stderr
    assert len(lines(result)) == max(1, round(len(BODY) * share))


@pytest.mark.parametrize("limit", [25, 40, 80])
def test_words_budget_is_never_exceeded(limit):
    out = lines(run(SEED, "-w", limit))
    assert out
    assert sum(len(line.split()) for line in out) <= limit


@pytest.mark.parametrize("limit", [150, 280, 600])
def test_chars_budget_is_never_exceeded(limit):
    out = lines(run(SEED, "--chars", limit))
    assert out
    assert len(" ".join(out)) <= limit


def test_budget_smaller_than_every_sentence_is_an_error_naming_the_file(article):
    result = run(article, "-w", 2)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"summarize: {article}: a budget of 2 words")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "0"], "summarize: --sentences must be at least 1, not 0\n"),
        (["--ratio", "2"], "summarize: --ratio must be in (0, 1], or a percentage above 0% "
                           "up to 100%, not 2\n"),
        (["-r", "abc"], "summarize: --ratio must be a number in (0, 1] or a percentage, "
                        "not 'abc'\n"),
        (["-n", "2", "--words", "30"],
         "summarize: choose one length option, not --sentences and --words\n"),
        (["-w", "0"], "summarize: --words must be at least 1, not 0\n"),
        (["-c", "-5"], "summarize: --chars must be at least 1, not -5\n"),
    ],
)
def test_invalid_or_conflicting_length_options_are_one_line_usage_errors(args, message):
    result = run(SEED, *args)
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""


# --------------------------------------------------------------------------- method etc.


def test_method_choices_are_the_registry():
    help_text = run("--help").stdout
    for name in METHODS:
        assert name in help_text
    assert f"default: {DEFAULT_METHOD}" in help_text


def test_lead_method_gives_the_first_body_sentences():
    assert lines(run(SEED, "-m", "lead", "-n", 2)) == BODY[:2]


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_returns_input_sentences(method, article):
    result = run(article, "--method", method, "-n", 2)
    assert result.exit_code == 0, result.stderr
    out = lines(result)
    assert len(out) == 2
    body = [s.text for s in prepare_article(article.read_text()).candidates]
    assert all(line in body for line in out)


def test_json_reports_the_method_used():
    data = json.loads(run(SEED, "-m", "lead", "--format", "json").stdout)
    assert data["method"] == "lead"


def test_unknown_method_is_a_one_line_usage_error():
    result = run(SEED, "-m", "magic")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("summarize: ")
    assert "'magic' is not one of" in result.stderr and "lex-rank" in result.stderr


def test_order_score_prints_best_first_and_document_order_sorts_by_position():
    scored = json.loads(run(SEED, "-n", 4, "--order", "score", "-f", "json").stdout)
    scores = [s["score"] for s in scored["sentences"]]
    assert scores == sorted(scores, reverse=True)
    ordered = json.loads(run(SEED, "-n", 4, "--order", "document", "-f", "json").stdout)
    indexes = [s["index"] for s in ordered["sentences"]]
    assert indexes == sorted(indexes)
    assert sorted(indexes) == sorted(s["index"] for s in scored["sentences"])


def test_no_clean_keeps_the_headline_as_a_candidate_sentence():
    cleaned = lines(run(SEED, "-m", "lead", "-n", 1))
    raw = lines(run(SEED, "-m", "lead", "-n", 1, "--no-clean"))
    assert raw == [ALL_SENTENCES[0]]
    assert cleaned != raw
    assert lines(run(SEED, "-m", "lead", "-n", 1, "--clean")) == cleaned


def test_language_option_is_checked_before_reading(tmp_path):
    assert run(SEED, "--language", "english").exit_code == 0
    result = run(tmp_path / "missing.txt", "--language", "klingon")
    assert result.exit_code == 2
    assert result.stderr.startswith("summarize: unknown language 'klingon' (choose from ")
    assert "missing.txt" not in result.stderr


# --------------------------------------------------------------------------- formats


def test_json_object_matches_the_input_offsets():
    data = json.loads(run(SEED, "-f", "json").stdout)
    assert data["source"] == str(SEED)
    assert data["summary_sentences"] == len(data["sentences"]) == 3
    assert data["input_sentences"] == len(BODY)
    assert data["summary_words"] == sum(len(s["text"].split()) for s in data["sentences"])
    for s in data["sentences"]:
        assert " ".join(SEED_TEXT[s["start"]:s["end"]].split()) == s["text"]
        assert set(s) == {"index", "text", "score", "start", "end"}


def test_json_for_several_files_is_an_array(article):
    data = json.loads(run(SEED, article, "--format", "json").stdout)
    assert [d["source"] for d in data] == [str(SEED), str(article)]


def test_jsonl_is_one_object_per_file_per_line(article):
    out = lines(run(SEED, article, SEED, "-f", "jsonl"))
    assert [json.loads(line)["source"] for line in out] == [str(SEED), str(article), str(SEED)]


def test_markdown_is_a_bullet_list_of_the_text_lines():
    text = lines(run(SEED))
    markdown = lines(run(SEED, "-f", "markdown"))
    assert [m[2:] for m in markdown] == [t.replace("[", r"\[").replace("]", r"\]")
                                         for t in text]
    assert all(m.startswith("- ") for m in markdown)


def test_several_files_in_text_get_head_style_headers(article):
    result = run(SEED, article, "-n", 1)
    out = lines(result)
    assert out[0] == f"==> {SEED} <=="
    assert out[2] == ""
    assert out[3] == f"==> {article} <=="
    assert len(out) == 5


def test_unknown_format_is_a_one_line_usage_error():
    result = run(SEED, "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "'xml' is not one of 'text', 'json', 'jsonl', 'markdown'" in result.stderr


# --------------------------------------------------------------------------- inputs


def test_dash_reads_stdin():
    result = run("-", "-n", 2, input=SEED_TEXT)
    assert result.exit_code == 0
    assert lines(result) == lines(run(SEED, "-n", 2))


def test_piped_stdin_is_read_when_no_file_is_given():
    result = run("-f", "json", input=SEED_TEXT)
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_no_file_and_a_terminal_on_stdin_is_a_usage_error_not_a_hang(monkeypatch):
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    result = run("-n", 2)
    assert result.exit_code == 2
    assert result.stderr == ("summarize: no input: give a FILE, '-', or pipe text in "
                             "(see summarize --help)\n")


def test_html_input_is_summarized_from_its_article_body(tmp_path):
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{s}</p>" for s in BODY)
    page.write_text(
        f"<html><head><title>t</title></head><body><nav><a href='/'>Home</a> "
        f"<a href='/world'>World news menu</a></nav><article>{paragraphs}</article>"
        f"<footer>Copyright 2024 Example Media. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    result = run(page, "-n", 3)
    assert result.exit_code == 0, result.stderr
    out = lines(result)
    assert len(out) == 3
    assert not any("Copyright" in line or "Home" in line for line in out)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: "),
        (lambda d: d, ""),  # a directory
        (lambda d: _write(d / "empty.txt", b""), "empty.txt: "),
        (lambda d: _write(d / "blank.txt", b"  \n\n\t \n"), "blank.txt: "),
        (lambda d: _write(d / "image.bin", bytes(range(256)) * 4), "image.bin: "),
    ],
    ids=["missing", "directory", "empty", "whitespace-only", "binary"],
)
def test_unusable_input_is_one_line_naming_the_file_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run(path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"summarize: {path}: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def _write(path, data):
    path.write_bytes(data)
    return path


def test_a_bad_file_is_reported_and_skipped_and_the_rest_still_summarized(tmp_path, article):
    missing = tmp_path / "missing.txt"
    result = run(article, missing, SEED, "-n", 1)
    assert result.exit_code == 2
    out = lines(result)
    assert out[0] == f"==> {article} <=="
    assert f"==> {SEED} <==" in out
    assert str(missing) not in result.stdout
    assert result.stderr.startswith(f"summarize: {missing}: ")


def test_empty_stdin_is_an_input_error():
    result = run("-", input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("summarize: <stdin>: ")


def test_utf8_bom_is_not_part_of_the_first_sentence(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + SEED.read_bytes())
    assert lines(run(path, "-m", "lead", "--no-clean", "-n", 1)) == [ALL_SENTENCES[0]]


# --------------------------------------------------------------------------- output


def test_output_file_gets_what_stdout_would(tmp_path):
    target = tmp_path / "out.json"
    result = run(SEED, "-f", "json", "-o", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == run(SEED, "-f", "json").stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]  # no temp file left


def test_output_replaces_an_existing_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old contents\n")
    target.chmod(0o640)
    assert run(SEED, "-n", 1, "-o", target).exit_code == 0
    assert target.read_text() == run(SEED, "-n", 1).stdout
    assert target.stat().st_mode & 0o777 == 0o640


def test_output_is_not_written_when_the_run_fails_before_any_result(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("keep me\n")
    result = run(SEED, "-n", 0, "-o", target)
    assert result.exit_code == 2
    assert target.read_text() == "keep me\n"


def test_interrupted_run_leaves_the_old_output_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("keep me\n")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("summarize.summary.summarize_text", interrupt)
    result = run(SEED, "-o", target)
    assert result.exit_code == 130
    assert target.read_text() == "keep me\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    assert result.stderr == ""


def test_output_naming_an_input_is_refused_and_the_input_untouched(tmp_path):
    copy = tmp_path / "article.txt"
    copy.write_text(SEED_TEXT, encoding="utf-8")
    result = run(copy, "-o", copy)
    assert result.exit_code == 2
    assert "output file is also an input" in result.stderr
    assert copy.read_text(encoding="utf-8") == SEED_TEXT


def test_output_into_a_missing_folder_is_an_error(tmp_path):
    result = run(SEED, "-o", tmp_path / "nope" / "out.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarize: {tmp_path / 'nope' / 'out.txt'}: ")


# --------------------------------------------------------------------------- batch


def test_jobs_give_the_same_output_in_input_order(tmp_path, article):
    files = []
    for i in range(4):
        path = tmp_path / f"copy{i}.txt"
        path.write_text((SEED_TEXT if i % 2 else article.read_text()), encoding="utf-8")
        files.append(path)
    serial = run(*files, "-f", "jsonl")
    parallel = run(*files, "-f", "jsonl", "-j", 2)
    assert parallel.exit_code == 0, parallel.stderr
    assert parallel.stdout == serial.stdout
    assert [json.loads(x)["source"] for x in lines(parallel)] == [str(f) for f in files]


def test_jobs_with_stdin_and_a_bad_file(tmp_path):
    result = run("-", tmp_path / "missing.txt", SEED, "-j", 2, "-f", "jsonl", input=SEED_TEXT)
    assert result.exit_code == 2
    assert [json.loads(x)["source"] for x in lines(result)] == ["<stdin>", str(SEED)]
    assert "missing.txt" in result.stderr


def test_negative_jobs_is_a_usage_error():
    result = run(SEED, "-j", -1)
    assert result.exit_code == 2
    assert result.stderr.startswith("summarize: ")


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    files = [_write(tmp_path / f"f{i}.txt", SEED_TEXT.encode()) for i in range(7)]
    result = run(*files, "-n", 1)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(lines(result)) == 7 * 3 - 1


# --------------------------------------------------------------------------- help, version


def test_help_has_examples_and_every_option():
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    for option in ("--sentences", "--ratio", "--words", "--chars", "--method", "--language",
                   "--order", "--no-clean", "--format", "--output", "--jobs", "--version"):
        assert option in result.stdout


def test_version_prints_the_package_version():
    from summarize import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"summarize {__version__}\n"


def test_unknown_option_is_one_line_exit_2():
    result = run(SEED, "--bogus")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("summarize: No such option: --bogus")


def _options_in(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", help_text))


@pytest.mark.parametrize("app_name", ["summarize", "check-claims"])
def test_every_option_in_help_is_documented(app_name):
    app = summarize_app if app_name == "summarize" else check_claims_app()
    help_text = runner.invoke(app, ["--help"]).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = _options_in(help_text)
    assert {"--help", "--format", "--output"} <= options
    missing = sorted(o for o in options if o not in readme)
    assert missing == []


# --------------------------------------------------------------------------- check-claims


def check(*args, input=None):
    return runner.invoke(check_claims_app(), [str(a) for a in args], input=input)


FACTS = """\
title: A test table
facts:
  - id: meeting-place
    type: place
    value: Brussels
    cues: [meeting, met, gathered]
"""


@pytest.fixture
def facts_file(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS, encoding="utf-8")
    return path


def test_check_claims_without_a_fact_table_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = check(SEED)
    assert result.exit_code == 2
    assert result.stderr == ("check-claims: no fact table: give --facts FILE "
                             "(there is no ./facts.yaml here)\n")


def test_check_claims_bad_fact_table_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("facts:\n  - id: x\n    type: city\n    value: Paris\n    cues: [a]\n")
    result = check(SEED, "--facts", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"check-claims: {bad}:")
    assert result.stderr.count("\n") == 1


def test_check_claims_unknown_fail_on_is_a_usage_error(facts_file):
    result = check(SEED, "--facts", facts_file, "--fail-on", "sometimes")
    assert result.exit_code == 2
    assert result.stderr.startswith("check-claims: --fail-on must be one of contradicted, ")


def test_check_claims_unknown_format_and_threshold_out_of_range(facts_file):
    assert check(SEED, "--facts", facts_file, "-f", "yaml").exit_code == 2
    result = check(SEED, "--facts", facts_file, "--threshold", "101")
    assert result.exit_code == 2
    assert result.stderr.startswith("check-claims: ")
    assert result.stderr.count("\n") == 1


def test_check_claims_missing_article_exit_2(facts_file, tmp_path):
    result = check(tmp_path / "missing.txt", "--facts", facts_file)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"check-claims: {tmp_path / 'missing.txt'}: ")


def test_check_claims_no_input_on_a_terminal_is_a_usage_error(facts_file, monkeypatch):
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    result = check("--facts", facts_file)
    assert result.exit_code == 2
    assert "no input" in result.stderr


def test_check_claims_help_and_version():
    from summarize import __version__

    help_text = check("--help").stdout
    for option in ("--facts", "--threshold", "--all", "--format", "--fail-on", "--output"):
        assert option in help_text
    assert check("--version").stdout == f"check-claims {__version__}\n"


def test_summarize_does_not_import_the_checker():
    code = ("import sys; from summarize.cli import summarize_app; "
            "print(any(m.startswith(('summarize.checker', 'summarize.facts', 'rich', "
            "'nltk', 'sumy.')) for m in sys.modules))")
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ}, check=True).stdout
    assert out.strip() == "False"


# ------------------------------------------------------------- check-claims end to end

SEED_FACTS = ROOT / "seeds" / "facts.yaml"


@pytest.fixture
def vilnius(tmp_path):
    """The seed article with the summit moved to another city."""
    path = tmp_path / "vilnius.txt"
    assert "Washington" in SEED_TEXT
    path.write_text(SEED_TEXT.replace("Washington", "Vilnius"), encoding="utf-8")
    return path


def test_seed_article_supports_every_seed_fact_exit_0():
    result = check(SEED, "--facts", SEED_FACTS)
    assert result.exit_code == 0, result.stderr
    out = lines(result)
    assert all(": supported " in line for line in out[:-1])
    assert re.fullmatch(rf"{re.escape(str(SEED))}: (\d+) facts \(\1 supported\); "
                        r"\d+ claims \(\d+ supported\)", out[-1])


def test_contradicted_claim_is_a_compiler_style_line_and_exit_1(vilnius):
    result = check(vilnius, "--facts", SEED_FACTS)
    assert result.exit_code == 1
    flagged = [line for line in lines(result) if ": contradicted " in line]
    assert len(flagged) == 1
    assert re.fullmatch(rf"{re.escape(str(vilnius))}:\d+:\d+: contradicted summit-place: "
                        r'"Vilnius" \(table: "Washington, D\.C\.", score \d+\)', flagged[0])
    line, column = map(int, flagged[0].split(":")[1:3])
    text_line = vilnius.read_text(encoding="utf-8").splitlines()[line - 1]
    assert text_line[column - 1:].startswith("Vilnius")


def test_fail_on_never_exits_0_even_with_a_contradiction(vilnius):
    assert check(vilnius, "--facts", SEED_FACTS, "--fail-on", "never").exit_code == 0


def test_fail_on_not_mentioned_flags_a_summary_that_leaves_facts_out():
    short = run(SEED, "-n", 1, "-m", "lead").stdout
    assert check("-", "--facts", SEED_FACTS, input=short).exit_code == 0
    result = check("-", "--facts", SEED_FACTS, "--fail-on", "not-mentioned", input=short)
    assert result.exit_code == 1
    assert "<stdin>: not-mentioned " in result.stdout


def test_check_claims_json_is_the_report_contract():
    data = json.loads(check(SEED, "--facts", SEED_FACTS, "-f", "json").stdout)
    assert data["source"] == str(SEED)
    assert {f["status"] for f in data["facts"]} == {"supported"}
    assert set(data["facts"][0]) >= {"id", "type", "status", "expected", "about"}
    assert set(data["claims"][0]) >= {"fact", "type", "text", "value", "status", "score",
                                      "line", "column", "start", "end", "sentence"}
    for claim in data["claims"]:
        assert SEED_TEXT[claim["start"]:claim["end"]] == claim["text"]


def test_check_claims_several_files_json_array_and_jsonl_lines(vilnius):
    data = json.loads(check(SEED, vilnius, "--facts", SEED_FACTS, "-f", "json").stdout)
    assert [d["source"] for d in data] == [str(SEED), str(vilnius)]
    result = check(SEED, vilnius, "--facts", SEED_FACTS, "-f", "jsonl")
    assert [json.loads(x)["source"] for x in lines(result)] == [str(SEED), str(vilnius)]
    assert result.exit_code == 1


def test_check_claims_csv_has_one_row_per_claim():
    import csv
    import io

    data = json.loads(check(SEED, "--facts", SEED_FACTS, "-f", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(check(SEED, "--facts", SEED_FACTS,
                                                 "-f", "csv").stdout)))
    assert len(rows) == len(data["claims"])
    assert [r["fact"] for r in rows] == [c["fact"] for c in sorted(
        data["claims"], key=lambda c: (c["start"], c["end"]))]


def test_check_claims_table_names_the_file_and_the_verdicts(vilnius):
    result = check(vilnius, "--facts", SEED_FACTS, "-f", "table")
    assert result.exit_code == 1
    assert vilnius.name in result.stdout
    assert "contradicted" in result.stdout and "Vilnius" in result.stdout


def test_check_claims_default_format_when_piped_is_text():
    assert check(SEED, "--facts", SEED_FACTS).stdout == check(
        SEED, "--facts", SEED_FACTS, "-f", "text").stdout


def test_check_claims_all_adds_unchecked_claims():
    plain = json.loads(check(SEED, "--facts", SEED_FACTS, "-f", "json").stdout)
    every = json.loads(check(SEED, "--facts", SEED_FACTS, "-f", "json", "--all").stdout)
    assert not any(c["status"] == "unchecked" for c in plain["claims"])
    unchecked = [c for c in every["claims"] if c["status"] == "unchecked"]
    assert unchecked and all(c["fact"] is None for c in unchecked)
    assert len(every["claims"]) == len(plain["claims"]) + len(unchecked)


def test_check_claims_reads_facts_yaml_in_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "facts.yaml").write_text(SEED_FACTS.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    assert check(SEED).exit_code == 0


def test_check_claims_a_bad_file_among_good_ones_exits_2(tmp_path, vilnius):
    result = check(vilnius, tmp_path / "missing.txt", "--facts", SEED_FACTS)
    assert result.exit_code == 2
    assert "contradicted summit-place" in result.stdout
    assert result.stderr.startswith(f"check-claims: {tmp_path / 'missing.txt'}: ")


def test_check_claims_output_file_and_jobs(tmp_path, vilnius):
    target = tmp_path / "report.csv"
    result = check(SEED, vilnius, SEED, "--facts", SEED_FACTS, "-f", "csv", "-j", 2,
                   "-o", target)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert target.read_text() == check(SEED, vilnius, SEED, "--facts", SEED_FACTS,
                                       "-f", "csv").stdout


def test_threshold_decides_whether_a_misspelled_name_supports(tmp_path):
    path = tmp_path / "misspelled.txt"
    path.write_text(SEED_TEXT.replace("Stoltenberg", "Stoltenburg"), encoding="utf-8")

    def status(*extra):
        data = json.loads(check(path, "--facts", SEED_FACTS, "-f", "json", *extra).stdout)
        return {f["id"]: f["status"] for f in data["facts"]}["nato-secretary-general"]

    assert status() == "supported"
    assert status("--threshold", "100") == "contradicted"


# --------------------------------------------------------------------------- URLs


@pytest.fixture
def local_server():
    """An HTTP server on 127.0.0.1 serving the seeds folder."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(ROOT / "seeds"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_is_fetched_and_summarized_like_the_file(local_server):
    url = f"{local_server}/{SEED.name}"
    result = run(url, "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == url
    assert data["sentences"] == json.loads(run(SEED, "-f", "json").stdout)["sentences"]


def test_unreachable_url_is_one_line_exit_2(local_server):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article.txt"
    result = run(url)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarize: {url}: ")
    assert result.stderr.count("\n") == 1
    missing = run(f"{local_server}/no-such-page.txt")
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"summarize: {local_server}/no-such-page.txt: ")


def test_check_claims_default_format_on_a_terminal_is_the_table(monkeypatch):
    import summarize.output

    monkeypatch.setattr(summarize.output, "is_terminal", lambda stream: stream is sys.stdout)
    result = check(SEED, "--facts", SEED_FACTS)
    assert result.exit_code == 0
    assert "Article says" in result.stdout and "Table says" in result.stdout


def test_cli_choices_are_the_single_sources_of_truth():
    from summarize.render import CLAIM_FORMATS, SUMMARY_FORMATS
    from summarize.summary import ORDERS

    assert [o.value for o in cli.Order] == list(ORDERS)
    assert [m.value for m in cli.MethodName] == list(METHODS)
    assert [f.value for f in cli.SummaryFormat] == list(SUMMARY_FORMATS)
    assert [f.value for f in cli.ClaimFormat] == list(CLAIM_FORMATS)


def test_output_is_left_alone_when_every_input_failed(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("previous summary\n")
    result = run(tmp_path / "missing.txt", "-f", "json", "-o", target)
    assert result.exit_code == 2
    assert target.read_text() == "previous summary\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_output_holds_the_good_files_when_some_failed(tmp_path):
    target = tmp_path / "out.jsonl"
    result = run(SEED, tmp_path / "missing.txt", "-f", "jsonl", "-o", target)
    assert result.exit_code == 2
    assert [json.loads(x)["source"] for x in target.read_text().splitlines()] == [str(SEED)]



@pytest.mark.parametrize(
    ("args", "start"),
    [(["-n", "abc"], "summarize: Invalid value for '-n' / '--sentences': "),
     (["-n"], "summarize: Option '-n' requires an argument."),
     (["-j", "many"], "summarize: Invalid value for '-j' / '--jobs': ")],
)
def test_malformed_option_values_are_one_line_usage_errors(args, start):
    result = run(SEED, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(start)
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_a_long_run_of_a_quadratic_method_is_announced_in_one_line(monkeypatch):
    import summarize.methods

    # pretend lead were quadratic and slow: 1 s per sentence squared
    monkeypatch.setitem(summarize.methods.GROWTH, "lead", (2, 1.0))
    result = run(SEED, "-m", "lead")
    assert result.exit_code == 0
    assert len(lines(result)) == 3
    n = len(BODY)
    assert result.stderr.startswith(f"summarize: {SEED}: lead grows with the square of the "
                                    f"sentence count: {n} sentences may take about ")
    assert result.stderr.count("\n") == 1
    assert run(SEED, "-m", "news-rank").stderr == ""
