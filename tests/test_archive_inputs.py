"""Archive-scale inputs for both commands: folder arguments (``--glob``) and lists of names
(``--files-from``, ``-0``), expanded to file names that behave like FILE arguments."""

import json
import os
from pathlib import Path

import pytest
from cli_runs import FACTS, SEED_TEXT, STORY, check, summarize

from summarize.text.inputs import expand_inputs, folder_articles, read_name_list


def sources(result):
    return [json.loads(line)["source"] for line in result.stdout.splitlines()]


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """A small archive, relative to the current folder so that names are short:
    news/b.txt, news/a.html, news/sub/c.md, news/sub/deeper/d.TXT, plus files a folder
    must not yield (hidden ones, other suffixes, a .story file)."""
    monkeypatch.chdir(tmp_path)
    news = Path("news")
    (news / "sub" / "deeper").mkdir(parents=True)
    (news / ".cache").mkdir()
    (news / "b.txt").write_text(STORY, encoding="utf-8")
    (news / "a.html").write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    (news / "sub" / "c.md").write_text(STORY, encoding="utf-8")
    (news / "sub" / "deeper" / "d.TXT").write_text(STORY, encoding="utf-8")
    (news / ".draft.txt").write_text(STORY, encoding="utf-8")
    (news / ".cache" / "e.txt").write_text(STORY, encoding="utf-8")
    (news / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (news / "x.story").write_text(STORY, encoding="utf-8")
    return news


# --------------------------------------------------------------------------- folders


def test_folder_yields_its_articles_recursively_in_sorted_order_without_hidden_ones(archive):
    assert folder_articles("news") == [
        "news/a.html", "news/b.txt", "news/sub/c.md", "news/sub/deeper/d.TXT",
    ]


def test_folder_argument_summarizes_each_article_with_its_path_as_source(archive):
    result = summarize("news", "-n", "1", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sources(result) == [
        "news/a.html", "news/b.txt", "news/sub/c.md", "news/sub/deeper/d.TXT",
    ]


def test_folder_argument_prints_head_style_headers_even_for_one_file(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "story.txt").write_text(STORY, encoding="utf-8")
    result = summarize(tmp_path / "one", "-n", "1", "-m", "lead")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"==> {tmp_path / 'one' / 'story.txt'} <==",
        "The council met in Brussels on Monday to discuss the budget.",
    ]


def test_folder_and_file_arguments_keep_the_order_given(archive):
    result = summarize("news/sub/c.md", "news/sub", "news/b.txt", "-n", "1", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sources(result) == [
        "news/sub/c.md", "news/sub/c.md", "news/sub/deeper/d.TXT", "news/b.txt",
    ]


def test_glob_chooses_other_files_in_a_folder(archive):
    result = summarize("news", "--glob", "*.story", "-n", "1", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sources(result) == ["news/x.story"]


def test_glob_can_be_given_several_times(archive):
    result = summarize("news", "--glob", "*.story", "--glob", "*.md", "-f", "jsonl")
    assert sources(result) == ["news/sub/c.md", "news/x.story"]


def test_folder_with_no_articles_is_one_line_error_and_the_others_still_run(archive):
    Path("empty").mkdir()
    result = summarize("empty", "news/b.txt", "-n", "1", "-f", "jsonl")
    assert result.exit_code == 2
    assert sources(result) == ["news/b.txt"]
    assert result.stderr == (
        "summarize: empty: no .txt/.text/.md/.html/.htm/.xhtml files in this folder\n"
    )


def test_folder_with_no_file_matching_the_glob_names_the_pattern(archive):
    result = summarize("news", "--glob", "*.xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "summarize: news: no '*.xml' files in this folder\n"


def test_unreadable_file_in_a_folder_is_skipped_and_exits_2(archive):
    Path("news/sub/c.md").write_bytes(b"\x00\x01binary")
    result = summarize("news", "-n", "1", "-f", "jsonl")
    assert result.exit_code == 2
    assert sources(result) == ["news/a.html", "news/b.txt", "news/sub/deeper/d.TXT"]
    assert result.stderr == "summarize: news/sub/c.md: binary file, not text\n"


def test_folder_with_jobs_gives_the_same_results_in_the_same_order(archive):
    one = summarize("news", "-n", "1", "-f", "jsonl")
    two = summarize("news", "-n", "1", "-f", "jsonl", "-j", "2")
    assert two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout


def test_output_inside_the_folder_is_still_refused_as_an_input(archive):
    Path("news/out.txt").write_text("old\n", encoding="utf-8")
    result = summarize("news", "-o", "news/out.txt")
    assert result.exit_code == 2
    assert result.stderr == (
        "summarize: news/out.txt: output file is also an input; choose another\n"
    )
    assert Path("news/out.txt").read_text(encoding="utf-8") == "old\n"


def test_check_claims_reads_a_folder_too(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "nato.txt").write_text(SEED_TEXT, encoding="utf-8")
    result = check(folder, "--facts", FACTS, "-f", "jsonl")
    assert result.exit_code in (0, 1), result.stderr
    assert sources(result) == [str(folder / "nato.txt")]


# --------------------------------------------------------------------------- --files-from


def test_files_from_reads_one_name_per_line_after_the_file_arguments(archive):
    Path("list.txt").write_text("news/sub/c.md\n\n   \nnews/a.html\r\n", encoding="utf-8")
    result = summarize("news/b.txt", "--files-from", "list.txt", "-n", "1", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sources(result) == ["news/b.txt", "news/sub/c.md", "news/a.html"]


def test_files_from_stdin_with_nul_separated_names_as_find_print0_writes(archive):
    names = b"news/b.txt\0news/name with\nnewline.txt\0"
    Path("news/name with\nnewline.txt").write_text(STORY, encoding="utf-8")
    result = summarize("--files-from", "-", "-0", "-n", "1", "-f", "jsonl", input=names)
    assert result.exit_code == 0, result.stderr
    assert sources(result) == ["news/b.txt", "news/name with\nnewline.txt"]


def test_missing_file_in_the_list_is_reported_and_skipped_and_exits_2(archive):
    result = summarize("--files-from", "-", "-n", "1", "-f", "jsonl",
                       input="news/b.txt\ngone.txt\nnews/sub/c.md\n")
    assert result.exit_code == 2
    assert sources(result) == ["news/b.txt", "news/sub/c.md"]
    assert result.stderr == "summarize: gone.txt: no such file\n"


def test_folder_named_in_the_list_is_expanded(archive):
    result = summarize("--files-from", "-", "-f", "jsonl", input="news/sub\n")
    assert sources(result) == ["news/sub/c.md", "news/sub/deeper/d.TXT"]


def test_files_from_stdin_with_stdin_as_an_input_is_a_usage_error(archive):
    result = summarize("-", "--files-from", "-", input="news/b.txt\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "summarize: --files-from - reads the list of names from stdin, "
        "so '-' cannot also be an input\n"
    )


def test_null_without_a_list_is_a_usage_error(archive):
    result = summarize("news/b.txt", "-0")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "summarize: -0/--null says how the --files-from list is separated; "
        "give --files-from FILE too\n"
    )


def test_files_from_a_terminal_is_a_usage_error_not_a_hang(archive, monkeypatch):
    from summarize import cli

    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    result = summarize("--files-from", "-")
    assert result.exit_code == 2
    assert result.stderr.startswith("summarize: --files-from -: stdin is a terminal")


def test_missing_list_file_is_a_one_line_error_naming_it(archive):
    result = summarize("--files-from", "nolist.txt")
    assert result.exit_code == 2
    assert result.stderr == "summarize: nolist.txt: no such file (the --files-from list)\n"


def test_empty_list_is_an_error_not_a_read_of_stdin(archive):
    Path("empty.list").write_text("\n\n", encoding="utf-8")
    result = summarize("--files-from", "empty.list", input=STORY)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "summarize: no input: the --files-from list names no files\n"


def test_check_claims_reads_a_list_of_names(tmp_path):
    article = tmp_path / "nato.txt"
    article.write_text(SEED_TEXT, encoding="utf-8")
    result = check("--files-from", "-", "--facts", FACTS, "-f", "jsonl",
                   input=f"{article}\n{tmp_path / 'gone.txt'}\n")
    assert result.exit_code == 2
    assert sources(result) == [str(article)]
    assert result.stderr == f"check-claims: {tmp_path / 'gone.txt'}: no such file\n"


def test_name_list_keeps_names_that_are_not_utf8_as_the_file_system_spells_them(tmp_path):
    listing = tmp_path / "list"
    listing.write_bytes(b"caf\xe9.txt\n")
    assert read_name_list(str(listing)) == [os.fsdecode(b"caf\xe9.txt")]


def test_expand_inputs_marks_expanded_runs_and_collects_errors(archive):
    Path("empty").mkdir()
    inputs = expand_inputs(["news/b.txt", "empty"])
    assert inputs.names == ["news/b.txt"]
    assert inputs.expanded is True
    assert inputs.errors == ["empty: no .txt/.text/.md/.html/.htm/.xhtml files in this folder"]
    assert expand_inputs(["news/b.txt"]).expanded is False


# --------------------------------------------------------------------------- JSONL input


def _jsonl(path, *lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def record(**fields):
    return json.dumps(fields)


def test_jsonl_records_are_summarized_with_their_other_fields_carried(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", record(id="n1", text=STORY, url="http://x/1"),
                     record(id=7, text=STORY, section="world"))
    result = summarize("--input-format", "jsonl", archive, "-n", "1", "-m", "lead",
                       "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["id"] == "n1" and first["url"] == "http://x/1" and first["source"] == "n1"
    assert "text" not in first
    assert first["sentences"][0]["text"] == (
        "The council met in Brussels on Monday to discuss the budget.")
    assert second["source"] == "7" and second["section"] == "world"


def test_bad_jsonl_lines_are_one_error_each_naming_file_and_line_and_the_run_goes_on(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", record(id="n1", text=STORY), "",
                     "{bad json", "[1, 2]", record(id="n5", body=STORY),
                     record(id="n6", text="  "), record(id="n7", text=STORY))
    result = summarize("--input-format", "jsonl", archive, "-n", "1", "-f", "jsonl")
    assert result.exit_code == 2
    assert sources(result) == ["n1", "n7"]
    assert result.stderr.splitlines() == [
        f"summarize: {archive}:3: not valid JSON: Expecting property name enclosed in "
        "double quotes (column 2)",
        f"summarize: {archive}:4: not a JSON object",
        f"summarize: {archive}:5: no 'text' field (see --text-field)",
        f"summarize: {archive}:6: the 'text' field is empty",
    ]


def test_text_and_id_fields_can_be_chosen_and_a_missing_id_is_file_and_line(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", record(key="k1", body=STORY), record(body=STORY))
    result = summarize("--input-format", "jsonl", "--text-field", "body", "--id-field", "key",
                       archive, "-n", "1", "-m", "lead")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "==> k1 <==", "The council met in Brussels on Monday to discuss the budget.", "",
        f"==> {archive}:2 <==", "The council met in Brussels on Monday to discuss the budget.",
    ]


def test_jsonl_from_stdin_and_with_jobs_keeps_the_order(tmp_path):
    lines = "".join(record(id=f"r{i}", text=STORY) + "\n" for i in range(6))
    one = summarize("--input-format", "jsonl", "-", "-n", "1", "-f", "jsonl", input=lines)
    two = summarize("--input-format", "jsonl", "-", "-n", "1", "-f", "jsonl", "-j", "2",
                    input=lines)
    assert one.exit_code == 0 and two.exit_code == 0, two.stderr
    assert sources(one) == [f"r{i}" for i in range(6)]
    assert two.stdout == one.stdout


def test_jsonl_folder_yields_its_jsonl_files(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    _jsonl(folder / "b.jsonl", record(id="b", text=STORY))
    _jsonl(folder / "a.ndjson", record(id="a", text=STORY))
    (folder / "notes.txt").write_text(STORY, encoding="utf-8")
    result = summarize("--input-format", "jsonl", folder, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sources(result) == ["a", "b"]


def test_every_jsonl_line_bad_exits_2_and_leaves_the_output_file(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", "nope")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = summarize("--input-format", "jsonl", archive, "-o", out)
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "old\n"


def test_check_claims_reads_jsonl_and_carries_the_fields(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", record(id="nato", text=SEED_TEXT, desk="europe"))
    result = check("--input-format", "jsonl", archive, "--facts", FACTS, "-f", "jsonl")
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert report["source"] == "nato" and report["desk"] == "europe"
    assert report["claims"]


def test_symlinked_folder_loop_is_not_followed(archive):
    os.symlink("..", "news/sub/loop")
    assert folder_articles("news") == [
        "news/a.html", "news/b.txt", "news/sub/c.md", "news/sub/deeper/d.TXT",
    ]


def test_jsonl_line_over_the_limit_is_one_error_and_the_next_line_is_read(tmp_path, monkeypatch):
    from summarize.text import records

    monkeypatch.setattr(records, "MAX_INPUT_BYTES", 300)
    archive = _jsonl(tmp_path / "a.jsonl", record(id="big", text="word " * 200),
                     record(id="ok", text=STORY))
    found = list(records.read_records(str(archive)))
    assert str(found[0]) == f"{archive}:1: line longer than 0 MB, the limit for one input"
    assert [r.source for r in found[1:]] == ["ok"]
