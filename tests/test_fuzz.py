"""Fuzzing both commands and the Python API with Hypothesis (issue 11, item 2).

Random bytes, random Unicode (combining marks, right-to-left text, emoji, zero-width and
control characters), random fact tables built from the schema, and hostile structures
(deep nesting, huge lines, repeated list/date/number patterns). Whatever comes in:

- the exit status is 0, 1 or 2 and there is no traceback; every stderr line is one
  ``PROG: ...`` diagnostic;
- the output is valid for its format (JSON parses, CSV has its columns);
- the inputs are unchanged and no temporary file is left next to ``-o``.

CI runs a few hundred examples (profile ``fuzz-ci``); ``SUMMARIZE_FUZZ=long pytest
tests/test_fuzz.py`` runs the ``fuzz-long`` profile (thousands of examples per test).
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarize import check_claims, summarize_text
from summarize.cli import check_claims_app, summarize_app
from summarize.errors import SummarizeError
from summarize.facts import FACT_TYPES, FactTableError, parse_facts
from summarize.methods import METHODS
from summarize.render import CLAIM_FORMATS, SUMMARY_FORMATS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
FACTS = ROOT / "seeds" / "facts.yaml"
SEED_TABLE = parse_facts(FACTS.read_text(encoding="utf-8"), str(FACTS))

_COMMON = dict(deadline=None, derandomize=False, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz-ci", max_examples=50, **_COMMON)
settings.register_profile("fuzz-long", max_examples=3000, **_COMMON)
FUZZ = settings.get_profile(
    "fuzz-long" if os.environ.get("SUMMARIZE_FUZZ") == "long" else "fuzz-ci")

runner = CliRunner()

# ------------------------------------------------------------------------- strategies

SPECIAL = (
    "\u0301\u0308\u0327"  # combining marks
    "\u05e9\u05dc\u05d5\u05dd\u0627\u0644\u0633\u0644\u0627\u0645\u200f\u202e"  # RTL
    "\U0001f600\U0001f1fa\U0001f1e6\u2764\ufe0f"  # emoji, flags, variation selector
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029"  # control and line separators
    "\u3002\uff01\uff1f\u2026\u201c\u201d\u2019"  # CJK and typographic punctuation
)
NEWS_TOKENS = (
    "April", "3,", "2024", "July", "9-11", "Wednesday", "Thursday", "or", "and", "on",
    "12.5", "1,000", "$3.5", "billion", "percent", "Brussels", "Washington,", "D.C.",
    "NATO", "Jens", "Stoltenberg", "said", "support", "from", "China,", "Iran", "North",
    "Korea", "summit", "meeting", "Mr.", "U.S.", "No.", "10", "p.m.", ".", ",", ";", "-",
    "\u2014", "(", ")", '"', "\n", "\n\n", "By", "AP", "<p>", "</p>", "<h1>", "&amp;",
)

unicode_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIAL)), max_size=400)
news_like = st.lists(st.sampled_from(NEWS_TOKENS + tuple(SPECIAL)), max_size=200).map(
    " ".join)
REPEATED = ("April 3, 2024 and ", "on Wednesday or Thursday or ", "12.5, ", "9-11 July - ",
            "support from China, Iran, North Korea and ", "Mr. ", "<div>", "a", "\n", ". ")
hostile_text = st.builds(
    lambda unit, count, tail: unit * count + tail,
    st.sampled_from(REPEATED), st.integers(1, 3000), st.sampled_from(["", ".", "\n", "。"]))
any_text = st.one_of(unicode_text, news_like, hostile_text)


def _fact(draw_type: str, n: int) -> st.SearchStrategy[dict]:
    values = {
        "date": st.sampled_from(["2024-04-03", "2024-07", "2024", "2024-07-09/2024-07-11",
                                 "2024-13-40", "yesterday"]),
        "place": st.sampled_from(["Brussels", "Washington, D.C.", "Vilnius", ""]),
        "person": st.sampled_from(["Jens Stoltenberg", "Mark Rutte", "X"]),
        "organization": st.sampled_from(["NATO", "European Union"]),
        "entities": st.lists(st.sampled_from(["China", "Iran", "North Korea", "Belarus"]),
                             max_size=4),
        "number": st.one_of(st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                            st.just("32")),
    }
    words = st.lists(st.sampled_from(["meeting", "summit", "support", "said", "members",
                                      "NATO", "", "a"]), max_size=4)
    return st.fixed_dictionaries(
        {"id": st.sampled_from([f"fact-{n}", "Bad Id", f"fact-{n}"]),
         "type": st.sampled_from([draw_type, draw_type, "colour"]),
         "value": values[draw_type],
         "cues": words},
        optional={"subject": words, "aliases": words, "about": unicode_text,
                  "tolerance": st.one_of(st.floats(0, 5), st.just("x")),
                  "unit": st.sampled_from(["percent", "people", ""])},
    )


@st.composite
def fact_tables(draw) -> str:
    """YAML text of a fact table built from the schema, sometimes broken on purpose."""
    facts = [draw(_fact(draw(st.sampled_from(FACT_TYPES)), n))
             for n in range(draw(st.integers(0, 5)))]
    table: dict = {"facts": facts}
    if draw(st.booleans()):
        table["title"] = draw(st.one_of(unicode_text, st.integers()))
    if draw(st.booleans()):
        table["date"] = draw(st.sampled_from(["2024-04-03", "2024", "April"]))
    text = yaml.safe_dump(table, allow_unicode=True, sort_keys=False)
    mutation = draw(st.sampled_from(["none", "none", "deep", "tag", "truncate", "garbage"]))
    if mutation == "deep":
        depth = draw(st.integers(10, 3000))
        text += "extra: " + "[" * depth + "]" * depth + "\n"
    elif mutation == "tag":
        text += "title: !!python/object:os.system {}\n"
    elif mutation == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif mutation == "garbage":
        text = draw(unicode_text) + text
    return text


# ------------------------------------------------------------------------- checks


def _assert_well_behaved(result, prog: str) -> None:
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception)
    assert "Traceback" not in result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith(f"{prog}: "), line


def _assert_valid(fmt: str, text: str, *, claims: bool) -> None:
    if fmt == "json":
        json.loads(text)
    elif fmt == "jsonl":
        for line in text.splitlines():
            json.loads(line)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows, "CSV without a header"
        assert all(len(row) == len(rows[0]) for row in rows), "ragged CSV"


def _temporary_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# ------------------------------------------------------------------------- the commands


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), any_text.map(lambda t: t.encode("utf-8"))),
       fmt=st.sampled_from(SUMMARY_FORMATS), method=st.sampled_from(["news-rank", "lead"]),
       length=st.sampled_from([[], ["-n", "2"], ["-w", "30"], ["-c", "100"], ["-r", "50%"]]),
       suffix=st.sampled_from([".txt", ".html"]), to_file=st.booleans())
def test_summarize_survives_any_input(tmp_path_factory, data, fmt, method, length, suffix,
                                      to_file):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    out = folder / "out"
    args = [str(path), "-f", fmt, "-m", method, *length]
    if to_file:
        args += ["-o", str(out)]
    result = runner.invoke(summarize_app, args)
    _assert_well_behaved(result, "summarize")
    assert path.read_bytes() == data
    assert _temporary_files(folder) == []
    written = out.read_text(encoding="utf-8") if to_file and out.exists() else result.stdout
    if result.exit_code == 0:
        _assert_valid(fmt, written, claims=False)
    else:
        assert not (to_file and out.exists()), "a failed run wrote -o"


@FUZZ
@given(text=any_text, fmt=st.sampled_from([f for f in CLAIM_FORMATS if f != "table"]),
       show_all=st.booleans())
def test_check_claims_survives_any_article(tmp_path_factory, text, fmt, show_all):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    out = folder / "report"
    args = [str(path), "--facts", str(FACTS), "-f", fmt, "-o", str(out)]
    if show_all:
        args.append("--all")
    result = runner.invoke(check_claims_app(), args)
    _assert_well_behaved(result, "check-claims")
    assert path.read_bytes() == text.encode("utf-8")
    assert _temporary_files(folder) == []
    if result.exit_code in (0, 1):
        _assert_valid(fmt, out.read_text(encoding="utf-8"), claims=True)


@FUZZ
@given(table=fact_tables(), fmt=st.sampled_from(["json", "csv", "text"]))
def test_check_claims_survives_any_fact_table(tmp_path_factory, table, fmt):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "facts.yaml"
    path.write_bytes(table.encode("utf-8"))
    result = runner.invoke(check_claims_app(), [str(SEED), "--facts", str(path), "-f", fmt])
    _assert_well_behaved(result, "check-claims")
    assert path.read_bytes() == table.encode("utf-8")
    if result.exit_code == 2:
        assert result.stderr.startswith(f"check-claims: {path}")
    else:
        _assert_valid(fmt, result.stdout, claims=True)


# ------------------------------------------------------------------------- the Python API


@FUZZ
@given(text=any_text, method=st.sampled_from(list(METHODS)[:2]),
       sentences=st.integers(1, 5), clean=st.booleans())
def test_summarize_text_returns_verbatim_sentences_or_a_summarize_error(text, method,
                                                                        sentences, clean):
    try:
        summary = summarize_text(text, sentences=sentences, method=method, clean=clean)
    except SummarizeError as exc:
        assert "\n" not in str(exc)
        return
    assert 1 <= len(summary.sentences) <= sentences
    for s in summary.sentences:
        assert " ".join(text[s.start:s.end].split()) == s.text


@FUZZ
@given(text=any_text)
def test_check_claims_api_spans_point_into_the_text(text):
    report = check_claims(text, SEED_TABLE, include_unchecked=True)
    for claim in report.claims:
        assert 0 <= claim.start <= claim.end <= len(text)


@FUZZ
@given(table=fact_tables())
def test_parse_facts_returns_a_table_or_lines_with_numbers(table):
    try:
        parse_facts(table, "t.yaml")
    except FactTableError as exc:
        for line in str(exc).splitlines():
            assert line.startswith("t.yaml:"), line
            number = line.split(":")[1]
            assert number.isdigit() and 1 <= int(number) <= table.count("\n") + 2


@pytest.mark.parametrize("depth", [100, 1000, 5000])
def test_deep_nesting_in_an_article_and_a_table(tmp_path, depth):
    page = tmp_path / "deep.html"
    page.write_text("<div>" * depth + "<p>A harbour bridge reopened on Monday.</p>")
    result = runner.invoke(summarize_app, [str(page)])
    _assert_well_behaved(result, "summarize")
    with pytest.raises(FactTableError):
        parse_facts("facts:\n  - " + "{a: " * depth + "1" + "}" * depth + "\n", "t.yaml")
