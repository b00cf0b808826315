"""news-rank through sumy's AbstractSummarizer interface, and the default path's imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers._summarizer import AbstractSummarizer

from summarize.methods.newsrank import rank_news
from summarize.methods.summarizer import NewsRankSummarizer
from summarize.text.segment import Tokenizer

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "nato-ukraine-2024-04-03.txt"


def test_summarizer_is_a_sumy_summarizer_and_agrees_with_the_core():
    tokenizer = Tokenizer("english")
    texts = [
        "NATO ministers met in Brussels to discuss Ukraine.",
        "They discussed a fund for Ukraine.",
        "The weather was mild.",
        "Ukraine asked NATO ministers for air defence.",
    ]
    document = ObjectDocumentModel(
        [
            Paragraph(
                [Sentence("NATO meets on Ukraine", tokenizer, is_heading=True)]
                + [Sentence(t, tokenizer) for t in texts[:2]]
            ),
            Paragraph([Sentence(t, tokenizer) for t in texts[2:]]),
        ]
    )
    summarizer = NewsRankSummarizer()
    assert isinstance(summarizer, AbstractSummarizer)
    scores = rank_news(texts, [0, 0, 1, 1], "NATO meets on Ukraine")
    assert summarizer.rate_sentences(document) == scores
    best = sorted(range(4), key=lambda i: -scores[i])[:2]
    picked = summarizer(document, 2)
    assert [str(s) for s in picked] == [texts[i] for i in sorted(best)]
    assert "weather" not in " ".join(str(s) for s in picked)


def test_summarizer_accepts_a_percentage_and_a_parsed_document():
    text = SEED.read_text(encoding="utf-8")
    document = PlaintextParser.from_string(text, Tokenizer("english")).document
    n = len(document.sentences)
    picked = NewsRankSummarizer()(document, "20%")
    assert len(picked) == round(n * 0.2) or len(picked) == int(n * 0.2)
    positions = [document.sentences.index(s) for s in picked]
    assert positions == sorted(positions)


def test_duplicate_sentences_keep_their_own_rating():
    tokenizer = Tokenizer("english")
    same = "The summit opened in Brussels."
    document = ObjectDocumentModel(
        [
            Paragraph(
                [
                    Sentence(same, tokenizer),
                    Sentence("Talks on aid began.", tokenizer),
                    Sentence(same, tokenizer),
                ]
            )
        ]
    )
    picked = NewsRankSummarizer()(document, 2)
    assert len(picked) == 2


def test_default_method_never_imports_nltk():
    code = (
        "import sys, summarize; "
        f"s = summarize.summarize_text(open({str(SEED)!r}, encoding='utf-8').read()); "
        "print(s.method, len(s.sentences), 'nltk' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["news-rank", "3", "False"]


def test_importing_the_registry_imports_neither_sumy_summarizers_nor_numpy():
    code = (
        "import sys, summarize.methods; "
        "print(any(m.startswith(('sumy.', 'nltk', 'numpy')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_summarizer_selects_whole_units_as_the_cli_does():
    tokenizer = Tokenizer("english")
    texts = [
        "Ministers met in Brussels on Monday to discuss a fund for Ukraine.",
        '"The fund for Ukraine is ready.',
        'Ukraine needs the fund now," the minister said.',
        "The weather was mild.",
    ]
    document = ObjectDocumentModel([Paragraph([Sentence(t, tokenizer) for t in texts])])
    picked = [str(s) for s in NewsRankSummarizer()(document, 2)]
    assert picked in (texts[:1] + texts[3:], texts[:1])  # never half of the quotation
    assert [str(s) for s in NewsRankSummarizer()(document, 3)] == texts[:3]
