"""Renderers on hand-built results: the output formats are contracts, checked exactly."""

import csv
import io
import json

import pytest

from summarize.checker import ClaimFinding, ClaimReport, FactVerdict
from summarize.render import (
    CLAIM_FORMATS,
    CSV_COLUMNS,
    SUMMARY_FORMATS,
    finding_line,
    markdown_escape,
    render_reports,
    render_summaries,
    tally_line,
)
from summarize.summary import Summary, SummarySentence


def make_summary(source: str, *texts: str) -> Summary:
    sentences, start = [], 0
    for i, text in enumerate(texts):
        sentences.append(SummarySentence(i, text, 1.0 / (i + 1), start, start + len(text)))
        start += len(text) + 1
    return Summary(source=source, method="lead", sentences=tuple(sentences),
                   input_sentences=10, input_words=100)


def render(summaries, fmt, many):
    return "".join(render_summaries(summaries, fmt, many=many))


ONE = make_summary("a.txt", "First sentence here.", "Second one.")
TWO = make_summary("b.txt", "Only sentence.")


def test_summary_formats_are_the_documented_four():
    assert SUMMARY_FORMATS == ("text", "json", "jsonl", "markdown")


def test_text_prints_one_sentence_per_line():
    assert render([ONE], "text", many=False) == "First sentence here.\nSecond one.\n"


def test_text_with_several_files_uses_head_style_headers():
    assert render([ONE, TWO], "text", many=True) == (
        "==> a.txt <==\nFirst sentence here.\nSecond one.\n"
        "\n==> b.txt <==\nOnly sentence.\n"
    )


def test_json_single_file_is_one_object_with_the_contract_keys():
    data = json.loads(render([ONE], "json", many=False))
    assert list(data) == ["source", "method", "sentences", "input_sentences", "input_words",
                          "summary_sentences", "summary_words"]
    assert data["source"] == "a.txt"
    assert data["summary_sentences"] == 2
    assert data["summary_words"] == 5
    assert data["sentences"][1] == {"index": 1, "text": "Second one.", "score": 0.5,
                                    "start": 21, "end": 32}


def test_json_several_files_is_an_array_in_input_order():
    data = json.loads(render([ONE, TWO], "json", many=True))
    assert [d["source"] for d in data] == ["a.txt", "b.txt"]


def test_json_several_files_all_failed_is_an_empty_array():
    assert json.loads(render([], "json", many=True)) == []


def test_json_keeps_non_ascii_text_readable():
    summary = make_summary("c.txt", "Zelenskyy met Šmihal in Kyiv — “quickly”.")
    out = render([summary], "json", many=False)
    assert "Šmihal" in out and "“quickly”" in out


def test_non_finite_scores_become_null_so_the_json_stays_valid():
    summary = Summary("d.txt", "lsa", (SummarySentence(0, "A b.", float("nan"), 0, 4),), 1, 2)
    assert json.loads(render([summary], "json", many=False))["sentences"][0]["score"] is None


def test_jsonl_is_one_compact_object_per_line():
    lines = render([ONE, TWO], "jsonl", many=True).splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"] for line in lines] == ["a.txt", "b.txt"]


def test_markdown_is_a_bullet_list():
    assert render([ONE], "markdown", many=False) == "- First sentence here.\n- Second one.\n"


def test_markdown_with_several_files_has_a_heading_per_file():
    out = render([ONE, TWO], "markdown", many=True)
    assert out.startswith("## a.txt\n\n- First sentence here.\n")
    assert "\n\n## b.txt\n\n- Only sentence.\n" in out


def test_markdown_escapes_emphasis_and_links():
    assert markdown_escape("a *b* [c](d) <e> f_g") == r"a \*b\* \[c\](d) \<e\> f\_g"


@pytest.mark.parametrize(
    ("sentence", "escaped"),
    [("3. Ministers agreed.", r"3\. Ministers agreed."), ("2) Second.", r"2\) Second."),
     ("- dash", r"\- dash"), ("# Not a heading", r"\# Not a heading"),
     ("2024 was a year. 3. Not at the start.", "2024 was a year. 3. Not at the start."),
     ("#1 seed", "#1 seed")],
)
def test_markdown_escapes_what_would_start_a_nested_list_or_heading(sentence, escaped):
    assert markdown_escape(sentence) == escaped


# --------------------------------------------------------------------------- claims

CONTRADICTED = ClaimFinding(
    fact="summit-place", type="place", text="Vilnius", value="Vilnius", status="contradicted",
    score=31.4, line=3, column=42, start=300, end=307,
    sentence="The summit in Vilnius will follow.", expected="Washington, D.C.",
)
SUPPORTED = ClaimFinding(
    fact="meeting-date", type="date", text="April 3, 2024", value="2024-04-03",
    status="supported", score=None, line=1, column=5, start=4, end=17,
    sentence="On April 3, 2024, ministers met.", expected="2024-04-03",
)
UNCHECKED = ClaimFinding(
    fact=None, type="date", text="in July", value="2024-07", status="unchecked", score=None,
    line=5, column=1, start=500, end=507, sentence="in July, they meet again, said one.",
)
REPORT = ClaimReport(
    source="article.txt",
    facts=(
        FactVerdict("meeting-date", "date", "supported", "2024-04-03"),
        FactVerdict("summit-place", "place", "contradicted", "Washington, D.C."),
        FactVerdict("sg-name", "person", "not-mentioned", "Jens Stoltenberg", "NATO chief"),
        FactVerdict("backers", "entities", "partial", "China, North Korea, Iran"),
    ),
    claims=(CONTRADICTED, SUPPORTED, UNCHECKED),
)


def render_claims(reports, fmt, many=False, **kw):
    return "".join(render_reports(reports, fmt, many=many, **kw))


def test_claim_formats_are_the_documented_five():
    assert CLAIM_FORMATS == ("text", "table", "json", "jsonl", "csv")


def test_finding_line_reads_like_a_compiler_message():
    assert finding_line("article.txt", CONTRADICTED) == (
        'article.txt:3:42: contradicted summit-place: "Vilnius" '
        '(table: "Washington, D.C.", score 31)'
    )


def test_finding_line_shows_how_a_date_was_read():
    assert finding_line("a", SUPPORTED) == (
        'a:1:5: supported meeting-date: "April 3, 2024" (read as 2024-04-03, '
        'table: "2024-04-03")'
    )


def test_unchecked_claim_is_named_by_its_type():
    assert finding_line("a", UNCHECKED) == 'a:5:1: unchecked date: "in July" (read as 2024-07)'


def test_text_lists_claims_in_document_order_then_unsettled_facts_then_a_tally():
    lines = render_claims([REPORT], "text").splitlines()
    assert lines[0].startswith("article.txt:1:5: supported meeting-date")
    assert lines[1].startswith("article.txt:3:42: contradicted summit-place")
    assert lines[2].startswith("article.txt:5:1: unchecked date")
    assert lines[3] == 'article.txt: not-mentioned sg-name (table: "Jens Stoltenberg")'
    assert lines[4] == 'article.txt: partial backers (table: "China, North Korea, Iran")'
    assert lines[5] == tally_line(REPORT)
    assert len(lines) == 6


def test_tally_counts_facts_and_claims_by_status_worst_first():
    assert tally_line(REPORT) == (
        "article.txt: 4 facts (1 contradicted, 1 partial, 1 not-mentioned, 1 supported); "
        "3 claims (1 contradicted, 1 supported, 1 unchecked)"
    )


def test_tally_of_an_article_without_claims():
    empty = ClaimReport("x.txt", (FactVerdict("f", "date", "not-mentioned", "2024"),), ())
    assert tally_line(empty) == "x.txt: 1 fact (1 not-mentioned); 0 claims"


def test_csv_has_a_header_and_one_row_per_claim():
    rows = list(csv.reader(io.StringIO(render_claims([REPORT, REPORT], "csv", many=True))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + 6
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["source"] == "article.txt"
    assert first["fact"] == "meeting-date"
    assert first["score"] == ""
    contradicted = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert contradicted["status"] == "contradicted"
    assert contradicted["sentence"] == "The summit in Vilnius will follow."
    assert rows[3][CSV_COLUMNS.index("fact")] == ""  # unchecked: no fact


def test_csv_quotes_commas_in_values():
    rows = list(csv.reader(io.StringIO(render_claims([REPORT], "csv"))))
    assert rows[2][CSV_COLUMNS.index("expected")] == "Washington, D.C."


def test_table_shows_every_claim_and_unsettled_fact_without_colour_when_piped():
    out = render_claims([REPORT], "table", width=160)
    assert "\x1b[" not in out
    assert "article.txt" in out
    for text in ("Vilnius", "Washington, D.C.", "contradicted", "not-mentioned", "sg-name",
                 "3:42", "31"):
        assert text in out


def test_table_uses_colour_on_a_terminal():
    assert "\x1b[" in render_claims([REPORT], "table", color=True, width=160)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_claim_json_formats_carry_the_report_dict(fmt):
    out = render_claims([REPORT], fmt)
    data = json.loads(out)
    assert data == REPORT.to_dict()
    assert data["source"] == "article.txt"


def test_claim_json_for_several_files_is_an_array():
    data = json.loads(render_claims([REPORT, REPORT], "json", many=True))
    assert isinstance(data, list) and len(data) == 2
