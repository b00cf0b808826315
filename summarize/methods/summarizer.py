"""news-rank as a sumy summarizer, for library users who compose sumy's building blocks.

    from sumy.parsers.plaintext import PlaintextParser
    from summarize.text.segment import Tokenizer
    from summarize.methods.summarizer import NewsRankSummarizer

    parser = PlaintextParser.from_string(text, Tokenizer("english"))
    for sentence in NewsRankSummarizer()(parser.document, 3):
        print(sentence)

Importing this module imports sumy (and, through sumy's stemmers, NLTK); the CLI and
``summarize.summarize_text`` call the same core, ``newsrank.rank_news``, without it.
"""

from __future__ import annotations

from sumy.summarizers._summarizer import AbstractSummarizer

from ..errors import UsageError
from .budget import Length, parse_ratio, select
from .coherence import selection_units
from .newsrank import DEFAULT_WEIGHTS, Weights, rank_news
from .words import stop_words


class NewsRankSummarizer(AbstractSummarizer):
    """sumy's interface around ``rank_news``: ``summarizer(document, count)`` returns the
    best ``count`` sentences (an int, or a percentage string such as ``"20%"``, as for
    every sumy summarizer) in document order, selected in whole units as the CLI does (a
    quotation whole, a "But ..." sentence only with the one before it).

    The core uses its own light stemmer and sumy's stop-word list for ``language``; the
    document's first heading, if any, is passed as the headline.
    """

    def __init__(self, language: str = "english", weights: Weights = DEFAULT_WEIGHTS):
        super().__init__()
        self.language = language
        self.weights = weights

    def __call__(self, document, sentences_count):
        sentences = document.sentences
        ratings = self.rate_sentences(document)
        length = _length(sentences_count)
        if length is not None and sentences:
            # whole selection units, as the CLI selects them (coherence.py)
            texts, paragraphs = _texts_and_paragraphs(document)
            units = (
                selection_units(texts, paragraphs, stop_words(self.language))
                if self.weights.units
                else None
            )
            chosen = select(ratings, texts, length, units)
            return tuple(sentences[i] for i in sorted(chosen))
        by_position = dict(enumerate(ratings))
        order = iter(range(len(sentences)))
        # Rate by position, not by sentence: sumy's Sentence hashes by text, so a dict
        # keyed by sentence would merge duplicates. _get_best_sentences rates in order.
        return self._get_best_sentences(
            sentences, sentences_count, lambda _s: by_position[next(order)]
        )

    def rate_sentences(self, document) -> list[float]:
        """One score per ``document.sentences`` item, higher is better."""
        texts, paragraphs = _texts_and_paragraphs(document)
        headings = document.headings
        headline = str(headings[0]) if headings else None
        return rank_news(texts, paragraphs, headline, self.language, self.weights)


def _texts_and_paragraphs(document) -> tuple[list[str], list[int]]:
    texts, paragraphs = [], []
    for number, paragraph in enumerate(document.paragraphs):
        for sentence in paragraph.sentences:
            texts.append(str(sentence))
            paragraphs.append(number)
    return texts, paragraphs


def _length(count) -> Length | None:
    """sumy's count (a number of sentences, or a percentage such as ``"20%"``) as a
    ``Length``; None for anything else, which sumy's own selection then handles."""
    if isinstance(count, int) and count >= 1:
        return Length(sentences=count)
    if isinstance(count, str) and count.strip().endswith("%"):
        try:
            return Length(ratio=parse_ratio(count))
        except UsageError:
            return None
    return None
