"""Article cleaning: headline, boilerplate rules, offsets, and the real-data guarantees
issue 4 asks for (CNN/DailyMail and the seed article)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.text.clean import boilerplate_rule, caption_label, is_label_line, prepare_article
from summarize.text.segment import fold_whitespace

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"
CNNDM = ROOT / "benchmarks" / "data" / "cnndm" / "cnndm-100.csv"


def kept_texts(text: str) -> list[str]:
    return [s.text for s in prepare_article(text).sentences]


def assert_spans_are_slices(article) -> None:
    spans = list(article.sentences) + list(article.removed)
    if article.headline:
        spans.append(article.headline)
    for span in spans:
        assert span.text == fold_whitespace(article.text[span.start : span.end])
        assert span.text, "no empty spans"
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.end <= b.start, "spans never overlap"


# --- real inputs --------------------------------------------------------------------

# Independent detectors: what must never be kept (issue 4, "Cleaning, measured").
NEVER_KEPT = {
    "byline": re.compile(r"(?:^|\s)By\s*\.|^By\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*\.?$"),
    "timestamp": re.compile(r"\b\d{1,2}:\d{2}\s*(?:[AP]M|EST|GMT|BST|UTC)\b"),
    "published/updated": re.compile(r"\b(?:PUBLISHED|UPDATED)\s*:|\bLast updated at\b"),
    "follow": re.compile(r"\bFollow\s+@"),
    "scroll": re.compile(r"scroll down for video", re.I),
}


def cnndm_articles() -> list[str]:
    with CNNDM.open(encoding="utf-8", newline="") as handle:
        return [row["article"] for row in csv.DictReader(handle)]


def test_no_boilerplate_is_kept_in_any_cnndm_article():
    articles = cnndm_articles()
    assert len(articles) == 100
    offenders = []
    raw_hits = 0
    for number, text in enumerate(articles):
        raw_hits += sum(bool(p.search(text)) for p in NEVER_KEPT.values())
        article = prepare_article(text)
        assert_spans_are_slices(article)
        kept = list(article.sentences) + ([article.headline] if article.headline else [])
        for span in kept:
            for what, pattern in NEVER_KEPT.items():
                if pattern.search(span.text):
                    offenders.append((number, what, span.text[:80]))
    assert raw_hits > 50, "the data really contains boilerplate for the rules to remove"
    assert offenders == []


def test_cleaning_keeps_almost_all_of_the_cnndm_text():
    raw_words = kept_words = 0
    for text in cnndm_articles():
        raw_words += len(text.split())
        kept_words += sum(len(s.text.split()) for s in prepare_article(text).sentences)
    assert 0.97 * raw_words < kept_words < raw_words


def test_wire_residue_at_the_start_is_removed_up_to_the_first_real_sentence():
    first = cnndm_articles()[0]
    assert first.startswith("By . Associated Press . PUBLISHED: .")
    article = prepare_article(first)
    assert article.sentences[0].text.startswith("The bishop of the Fargo Catholic Diocese")
    removed = " ".join(s.text for s in article.removed)
    assert "Associated Press" in removed and "15:36 EST, 25 October 2013" in removed


def test_every_bbc_headline_line_is_found_and_nothing_else_removed():
    files = sorted((ROOT / "benchmarks" / "data" / "bbc" / "article").glob("*/*.txt"))
    assert len(files) == 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        article = prepare_article(text)
        assert article.headline is not None, path
        assert article.headline.text == text.splitlines()[0].strip()
        assert article.removed == (), path  # clean BBC copy: no boilerplate to remove


def test_seed_headline_is_found_and_boilerplate_dropped():
    text = SEED.read_text(encoding="utf-8")
    article = prepare_article(text)
    assert_spans_are_slices(article)
    assert article.headline is not None
    assert article.headline.text == text.splitlines()[0].strip()
    kept = " ".join(s.text for s in article.sentences)
    for boilerplate in ("AP Photo", "Vanden Wijngaert", "By John Cody", "Min Read", "Share This"):
        assert boilerplate not in kept
    assert article.headline.text not in kept
    removed = {s.text for s in article.removed}
    assert {"(AP Photo/Geert Vanden Wijngaert)", "By John Cody", "3 Min Read"} <= removed
    assert "Share This Article" in removed


def test_seed_caption_text_is_kept_without_its_credit():
    article = prepare_article(SEED.read_text(encoding="utf-8"))
    caption = [s for s in article.sentences if s.text.startswith("NATO foreign ministers gathered")]
    assert len(caption) == 1
    assert caption[0].text.endswith("longer-term support to Ukraine.")


# --- one rule at a time ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "rule"),
    [
        ("By John Cody", "byline"),
        ("By JANE DOE and Tom Hale", "byline"),
        ("By Harriet Arkell For Mailonline .", "byline"),
        ("By Jane Doe, Political Correspondent", "byline"),
        ("By The Associated Press", "byline"),
        ("Written by Jane Doe", "byline"),
        ("3 Min Read", "reading-time"),
        ("5 minute read", "reading-time"),
        ("Reading time: 4 minutes", "reading-time"),
        ("Share This Article", "social"),
        ("Share on Facebook", "social"),
        ("Share Tweet Email", "social"),
        ("E-mail to a friend .", "social"),
        ("Follow @janedoe on Twitter", "social"),
        ("Follow us on Instagram", "social"),
        ("Twitter: @janedoe", "social"),
        ("www.twitter.com/paper, www.paper.com and www.paper.co.uk.", "links"),
        ("Scroll down for video", "prompt"),
        ("SCROLL DOWN FOR VIDEOS .", "prompt"),
        ("VIDEO Scroll down to watch the goals", "prompt"),
        ("Click here to see the full gallery", "prompt"),
        ("READ MORE: Ten things you missed this week", "prompt"),
        ("Read more about the case here.", "prompt"),
        ("RELATED: Minister resigns", "prompt"),
        ("Sign up for our morning newsletter", "prompt"),
        ("Sorry we are not currently accepting comments on this article.", "prompt"),
        ("PUBLISHED: .", "timestamp"),
        ("14:11 EST, 25 October 2013 .", "timestamp"),
        ("Last updated at 1:25 AM on 3rd August 2011 .", "timestamp"),
        ("Updated 10:30 GMT (18:30 HKT) April 3, 2024", "timestamp"),
        ("Published: Wednesday 3 April 2024", "timestamp"),
        ("2024-04-03", "timestamp"),
        ("Published 2 hours ago", "timestamp"),
        ("Related Topics", "prompt"),
        ("Listen to this article", "prompt"),
        ("Skip to main content", "prompt"),
        ("(Reporting by Jane Doe; Editing by John Smith)", "reporter-credit"),
        ("(AP Photo/Geert Vanden Wijngaert)", "credit"),
        ("(Photo: Getty Images)", "credit"),
        ("(REUTERS/Yves Herman)", "credit"),
        ("(Photo by Jane Doe/AFP via Getty Images)", "credit"),
        ("Photograph: Jane Doe/AP", "credit"),
        ("Image copyright Getty Images", "credit"),
        ("Copyright 2024 The Associated Press.", "copyright"),
        ("All rights reserved.", "copyright"),
        ("CNN's Suzanne Presto contributed to this report.", "reporter-credit"),
        ("-- CNN's Jane Doe contributed to this report.", "reporter-credit"),
        ("Additional reporting by Jane Doe", "reporter-credit"),
    ],
)
def test_boilerplate_rule(fragment, rule):
    assert boilerplate_rule(fragment) == rule


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday the storm had passed and the roads reopened.",
        "By Monday, officials said, the bridge would reopen.",
        "By 2030 the city plans to plant a million trees.",
        "He was struck by a car on his way home.",
        "By all accounts the meeting went well.",
        "Shares in the company rose 3% on Monday.",
        "Share prices fell sharply after the announcement.",
        "The two leaders share a commitment to free trade.",
        "Follow the money, the investigators said.",
        "Fans can follow @FIFA on Twitter for updates, the organisers said.",
        "She said she would read more books this year.",
        "The report was published on Tuesday and updated on Wednesday.",
        "The photo was taken by a tourist on the pier.",
        "The match lasted 90 minutes.",
        "He shared a photo on Facebook of the damaged car.",
        "In 2008 he was convicted of fraud.",
        "The U.N. said on Monday that aid would arrive.",
        "Click counts on the site doubled, the company said.",
        "Written by hand, the letter ran to six pages.",
        "The reporting by the newspaper revealed the scale of the fraud.",
        "She contributed to this report's findings, the committee said.",
        "Image by image, the exhibition tells the story of the flood.",
        "Follow the signs to www.example.org, officials told residents who were still "
        "waiting for news about the road closures on Monday evening after the storm.",
        "It took 2 hours to clear the road.",
    ],
)
def test_ordinary_sentences_are_kept(sentence):
    assert boilerplate_rule(sentence) is None
    text = f"Headline here\n\nThe first sentence is ordinary news. {sentence}\n"
    assert sentence in kept_texts(text)


# --- trimming inside sentences ---------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "body"),
    [
        ("(CNN) -- ", "Ralph Mata was an internal affairs lieutenant."),
        ("(CNN)", "The New York Police Department faced a question."),
        ("WASHINGTON (CNN)  -- ", "Terrorists are likely to use a weapon, a panel said."),
        ("CAVITE CITY, Philippines (CNN) -- ", "At 16, Rhandolf Fajardo reflects on his life."),
        ("BRUSSELS (Reuters) - ", "NATO ministers met on Wednesday."),
        ("LONDON \u2014 ", "The Bank of England held rates on Thursday."),
    ],
)
def test_dateline_is_trimmed_and_the_span_starts_after_it(prefix, body):
    text = prefix + body + " A second sentence follows here."
    article = prepare_article(text)
    first = article.sentences[0]
    assert first.start == len(prefix)
    assert first.text == body
    assert fold_whitespace(prefix) in [s.text for s in article.removed]


@pytest.mark.parametrize(
    "sentence",
    [
        "He told CNN -- in an interview -- that he would run again.",
        "NATO \u2014 the alliance founded in 1949 \u2014 has 32 members.",
    ],
)
def test_dateline_lookalikes_are_left_alone(sentence):
    assert kept_texts(sentence) == [sentence]


def test_trailing_photo_credit_is_trimmed_from_a_caption_sentence():
    text = (
        "Protesters march through Paris on Saturday. (AP Photo/Jane Doe)\n\n"
        "Thousands joined the march, police said.\n"
    )
    article = prepare_article(text)
    assert [s.text for s in article.sentences] == [
        "Protesters march through Paris on Saturday.",
        "Thousands joined the march, police said.",
    ]
    assert [s.text for s in article.removed] == ["(AP Photo/Jane Doe)"]


def test_credit_glued_to_the_sentence_is_cut_off_at_the_parenthesis():
    text = "Firefighters work at the scene in Athens (REUTERS/Alkis Konstantinidis). More text."
    first = prepare_article(text).sentences[0]
    assert first.text == "Firefighters work at the scene in Athens"
    assert text[first.end] == " "


def test_wire_byline_inside_the_text_is_removed():
    text = (
        "Luke won the show . His wife says they are happy . By . Bianca London . "
        "PUBLISHED: . 07:21 EST, 28 December 2012 . | . UPDATED: . 07:32 EST, "
        "29 December 2012 . Luke Anderson won over viewers in 2012."
    )
    kept = " ".join(kept_texts(text))
    assert "Bianca London" not in kept and "EST" not in kept and "|" not in kept
    assert "His wife says they are happy" in kept
    assert "Luke Anderson won over viewers in 2012." in kept


def test_two_authors_after_a_lone_by_are_both_removed():
    text = "By . John Hall . and Ted Thornhill . A dog was put down, it has been claimed."
    assert kept_texts(text) == ["A dog was put down, it has been claimed."]


def test_lines_of_web_boilerplate_are_removed_around_the_story():
    text = (
        "Harbour bridge reopens after repairs\n\n"
        "By Maria Lopez\nPublished April 3, 2024\n4 min read\n\n"
        "The bridge reopened on Monday after two years of work.\n\n"
        "Share this article\nFollow @dailycourier on Twitter\n"
        "Click here to subscribe\nCopyright 2024 The Daily Courier. All rights reserved.\n"
    )
    article = prepare_article(text)
    assert article.headline.text == "Harbour bridge reopens after repairs"
    assert [s.text for s in article.sentences] == [
        "The bridge reopened on Monday after two years of work."
    ]


# --- headline -------------------------------------------------------------------------


def test_headline_is_not_a_body_sentence():
    text = "Ad sales boost Time Warner profit\n\nProfits rose 76%. Sales rose.\n"
    article = prepare_article(text)
    assert article.headline.text == "Ad sales boost Time Warner profit"
    assert article.headline.start == 0
    assert [s.text for s in article.sentences] == ["Profits rose 76%.", "Sales rose."]


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose sharply this year.\n\nSales rose too.\n",  # a sentence, not a title
        "Profits rose 76% and sales rose 2%, the firm said on Monday",  # one paragraph only
        "Here is a headline\nwith a second line\n\nBody text follows.\n",  # two lines
        " ".join(["word"] * 30) + "\n\nBody text follows.\n",  # too long for a headline
        "Officials said:\n\nBody text follows.\n",  # ends like a lead-in
    ],
)
def test_no_headline_when_the_first_paragraph_is_not_a_title(text):
    assert prepare_article(text).headline is None


def test_question_headline_is_found():
    article = prepare_article("Is the bridge safe?\n\nEngineers say it is. Tests continue.\n")
    assert article.headline.text == "Is the bridge safe?"


def test_no_clean_keeps_everything():
    text = SEED.read_text(encoding="utf-8")
    raw = prepare_article(text, clean=False)
    assert raw.headline is None and raw.removed == ()
    joined = " ".join(s.text for s in raw.sentences)
    assert "By John Cody" in joined and "Share This Article" in joined
    assert raw.sentences[0].text.startswith("NATO head denies")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["By", ".", " . ", "John Cody", "\n", "\n\n", "(AP Photo/X Y)", "Share", "|",
             "14:11 EST, 25 October 2013", "PUBLISHED:", "(CNN) --", "The minister spoke.",
             "Prices rose 3.5% in May!", "Scroll down for video", " ", "-- ", "U.S. troops",
             "3 Min Read", "\u201cQuote.\u201d", "Follow @x"]
        ),
        max_size=30,
    ).map("".join)
)
def test_any_text_gives_ordered_non_overlapping_folded_slices(text):
    article = prepare_article(text)
    assert_spans_are_slices(article)
    raw = prepare_article(text, clean=False)
    assert sum(len(s.text.split()) for s in article.sentences) <= sum(
        len(s.text.split()) for s in raw.sentences
    )


def test_caption_sentences_are_marked_on_the_credit_line():
    text = SEED.read_text(encoding="utf-8")
    captions = [s.text for s in prepare_article(text).captions]
    assert len(captions) == 2
    assert captions[0].startswith("A round table meeting of the North Atlantic Council")
    assert captions[1].startswith("NATO foreign ministers gathered in Brussels")


def test_only_the_sentence_before_a_credit_is_a_caption_in_unbroken_text():
    text = (
        "The minister spoke on Monday. Talks went on late. Nothing was agreed. "
        "Delegates left early. Aides packed up the hall (AP Photo/Jane Doe). Talks resume today."
    )
    article = prepare_article(text)
    assert [s.text for s in article.captions] == ["Aides packed up the hall"]
    assert "Talks resume today." in [s.text for s in article.sentences]


def test_naive_line_of_boilerplate_is_removed_line_by_line():
    text = "Headline words here\n\nA caption. (AP Photo/X Y)\nBy John Cody\n3 Min Read\n\nBody.\n"
    removed = [s.text for s in prepare_article(text).removed]
    assert removed == ["(AP Photo/X Y)", "By John Cody", "3 Min Read"]


def test_html_page_gives_its_heading_as_headline(tmp_path):
    from summarize.text.read import read_source

    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Harbour bridge reopens after repairs</h1>"
        "<p>The harbour bridge reopened to traffic on Monday after two years of repairs, "
        "officials said, and thousands of drivers crossed it in the first hour.</p>"
        "<p>Engineers replaced the cables and resurfaced the deck of the old bridge.</p>"
        "</article><footer>Copyright 2024 The Courier</footer></body></html>",
        encoding="utf-8",
    )
    source = read_source(str(page))
    article = prepare_article(source.text)
    assert article.headline.text == "Harbour bridge reopens after repairs"
    assert article.sentences[0].text.startswith("The harbour bridge reopened")
    assert "Copyright" not in source.text and "Home" not in source.text


# --- captions recognised by their form -------------------------------------------------


def _candidates(text: str) -> list[str]:
    return [s.text for s in prepare_article(text).candidates]


def test_labelled_caption_never_reaches_the_candidates():
    text = (
        "The council approved the new bridge on Monday after a long debate. "
        "Scene: The old bridge over the river, which will be pulled down next year . "
        "Work will start in the spring."
    )
    assert _candidates(text) == [
        "The council approved the new bridge on Monday after a long debate.",
        "Work will start in the spring.",
    ]


def test_caption_without_its_final_full_stop_is_dropped_with_what_it_runs_into():
    text = (
        "The council approved the new bridge on Monday after a long debate. "
        "Happy couple: Jane and John Doe at the opening "
        "Work will start in the spring. The cost is 2 million pounds."
    )
    assert _candidates(text) == [
        "The council approved the new bridge on Monday after a long debate.",
        "The cost is 2 million pounds.",
    ]


def test_sentences_pointing_at_a_picture_are_captions():
    text = (
        "A student built a voice changer for films. "
        "Software: Jane Doe, 27, built it at university. "
        "The program (pictured, left, with Ms Doe) turns voices into growls. "
        "It has been used in three films (pictured) and a game. "
        "It is free to download."
    )
    article = prepare_article(text)
    assert [s.text for s in article.candidates] == [
        "A student built a voice changer for films.",
        "It is free to download.",
    ]
    assert len(article.captions) == 3
    assert len(article.sentences) == 5  # claim checking still reads the captions


@pytest.mark.parametrize(
    "sentence",
    [
        'He said: "We will build it."',
        'Mr Smith added: "It is a good day."',
        "The statement read: The bridge is closed.",
        'She told reporters: "No comment."',
    ],
)
def test_a_speaker_before_a_quotation_is_not_a_caption_label(sentence):
    assert caption_label(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Scene: The house in the village.", "Scene"),
        ("Happy couple: The two at their wedding", "Happy couple"),
        ("Killed while off-duty: Officer Jane Doe", "Killed while off-duty"),
        ("READ MORE: Ten things to know about bridges", "READ MORE"),
    ],
)
def test_short_label_and_colon_is_a_caption_label(sentence, label):
    assert caption_label(sentence) == label


def test_sentence_placing_someone_in_a_picture_is_a_caption_wherever_it_stands():
    text = (
        "The club sacked its manager on Monday after five defeats. "
        "Jane Doe (centre) was sacked after only 39 games in charge . "
        "The chairman (pictured) said the decision was hard."
    )
    assert _candidates(text) == [
        "The club sacked its manager on Monday after five defeats.",
    ]


def test_someone_placed_in_a_picture_without_brackets_is_a_caption():
    text = (
        "Two investors backed a board game on Monday. "
        "Dragons Jane Doe, second left, and John Roe, right, put up the money. "
        "Left, the game's box and, right, its inventors at home. "
        "The holidays are in Spain; pictured is the hotel in Lanzarote. "
        "Mr Roe, pictured with his wife, said the deal was a dream."
    )
    assert _candidates(text) == [
        "Two investors backed a board game on Monday.",
        "Mr Roe, pictured with his wife, said the deal was a dream.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "[Breaking news update, posted 9:04 p.m. ET]",
        "Here are the key things you need to know before the deadline:",
        "But on Twitter, he issued a video apology: .",
        "Pensacola Beach, Pensacola Beach, Florida .",
        "'The Late Show,' Monday to Friday, 12:35 a.m. ET, CBS",
        "Manchester United: Carroll, Neville, Brown, Ferdinand, Heinze.",
    ],
)
def test_notes_introductions_and_title_lines_are_not_prose(line):
    assert is_label_line(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The city's first cherry trees were destroyed.",
        'He said: "We will win."',
        "THE PRESIDENT SPOKE TO THE NATION TODAY.",
        "Oh no!",
        "Results are in [brackets] here.",
    ],
)
def test_prose_is_not_a_label_line(sentence):
    assert not is_label_line(sentence)


def test_a_byline_and_publication_stamp_glued_to_the_lede_are_trimmed():
    text = (
        "By Jane Doe PUBLISHED: 14:11 EST, 25 October 2013 | UPDATED: 15:36 EST, "
        "25 October 2013 The bishop exposed hundreds of people to the virus. "
        "Last updated at 3:31 PM on 19th July 2011 Farmland is cheaper upstate. "
        "The report was published in 2011 Researchers said so."
    )
    article = prepare_article(text)
    assert [s.text for s in article.sentences] == [
        "The bishop exposed hundreds of people to the virus.",
        "Farmland is cheaper upstate.",
        "The report was published in 2011 Researchers said so.",
    ]


def test_an_editors_note_in_brackets_before_the_story_is_trimmed():
    text = "[Breaking news update, posted 9:04 p.m. ET] The live stream began at 9 a.m."
    assert [s.text for s in prepare_article(text).sentences] == [
        "The live stream began at 9 a.m."
    ]


def test_an_adverb_and_participle_before_a_colon_is_a_caption_label():
    assert caption_label("Intensively farmed: Jumbo prawns in a tank") == "Intensively farmed"
    assert caption_label('Officials warned: "Stay inside."') is None


def test_a_listing_with_a_clock_time_is_a_label_line():
    assert is_label_line('"The Walking Dead," 9 p.m. ET Sunday, AMC')


def test_a_line_without_final_punctuation_that_runs_into_prose_is_not_a_candidate():
    text = (
        "Workers found 200 skeletons under a Paris supermarket on Monday. "
        "Hundreds of skeletons found under Paris supermarket "
        "The dig began in January. It will end in May."
    )
    assert _candidates(text) == [
        "Workers found 200 skeletons under a Paris supermarket on Monday.",
        "The dig began in January.",
        "It will end in May.",
    ]
