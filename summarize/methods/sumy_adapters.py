"""sumy's summarizers as rankers: one score per body sentence, higher is better.

Imported only when a sumy method is asked for: sumy's stemmers import NLTK (about 0.5 s).
The sentences are already segmented by the project, so sumy's own ``Tokenizer`` (which
needs NLTK's punkt data) is never used; words come from ``summarize.text.segment``.

How the scores are read out: every sumy summarizer ends in
``AbstractSummarizer._get_best_sentences(sentences, count, rating, ...)``; the adapter
replaces that method on the instance and records each sentence's rating. sumy's
``Sentence`` compares and hashes by its text, so two identical sentences would share one
rating; the adapter's sentences hash by position instead.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable

import numpy as np
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer, null_stemmer
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from ..text.segment import Tokenizer
from . import RankingInput
from .words import stop_words

SUMMARIZERS: dict[str, type[AbstractSummarizer]] = {
    "lex-rank": LexRankSummarizer,
    "text-rank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "edmundson": EdmundsonSummarizer,
    "kl": KLSummarizer,
    "sum-basic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}

# Methods that pick sentences one at a time and rate them -k for the k-th pick.
_ITERATIVE = frozenset({"kl", "sum-basic"})

# Edmundson's cue method needs bonus and stigma words. sumy's CLI passes Czech lists;
# these are small English defaults in the spirit of Edmundson (1969): words that announce
# a finding or a decision are bonus words, hedges and belittling words are stigma words.
# The headline's content words are bonus words too.
EDMUNDSON_BONUS = tuple(
    "announced important significant key major first new said found concluded decided "
    "agreed report result results".split()
)
EDMUNDSON_STIGMA = tuple(
    "hardly impossible perhaps maybe apparently somewhat reportedly also meanwhile however".split()
)


class _PositionedSentence(Sentence):
    """A sumy sentence that is equal only to itself, so duplicates keep separate ratings."""

    __slots__ = ("position",)

    def __init__(self, text: str, tokenizer: Tokenizer, position: int, is_heading=False):
        super().__init__(text, tokenizer, is_heading)
        self.position = position

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __hash__(self) -> int:
        return hash((self._is_heading, self.position))


def build_document(doc: RankingInput, tokenizer: Tokenizer | None = None) -> ObjectDocumentModel:
    """A sumy document from already segmented sentences: one sumy Paragraph per run of
    sentences with the same paragraph number; the headline, if any, is a heading at the
    start of the first paragraph (sumy's Edmundson title and location methods read it)."""
    tokenizer = tokenizer or Tokenizer(doc.language)
    paragraphs: list[list[Sentence]] = []
    current: int | None = None
    for position, (text, paragraph) in enumerate(zip(doc.sentences, doc.paragraphs, strict=True)):
        if not paragraphs or paragraph != current:
            paragraphs.append([])
            current = paragraph
        paragraphs[-1].append(_PositionedSentence(text, tokenizer, position))
    if doc.headline:
        heading = _PositionedSentence(doc.headline, tokenizer, -1, is_heading=True)
        if paragraphs:
            paragraphs[0].insert(0, heading)
        else:
            paragraphs.append([heading])
    return ObjectDocumentModel(Paragraph(p) for p in paragraphs)


def make_summarizer(
    name: str, doc: RankingInput, tokenizer: Tokenizer | None = None
) -> AbstractSummarizer:
    """A sumy summarizer configured as sumy's CLI does, with English cue words for
    Edmundson (see ``EDMUNDSON_BONUS``)."""
    language = doc.language
    words = stop_words(language)  # UsageError for a language sumy has no stop words for
    try:
        stemmer = Stemmer(language)
    except LookupError:  # stop words but no stemmer (e.g. Arabic): lower-case only
        stemmer = null_stemmer
    summarizer = SUMMARIZERS[name](stemmer)
    if isinstance(summarizer, EdmundsonSummarizer):
        tokenizer = tokenizer or Tokenizer(language)
        headline = [w.lower() for w in tokenizer.to_words(doc.headline or "")]
        summarizer.null_words = words
        summarizer.bonus_words = [w for w in headline if w not in words] + list(EDMUNDSON_BONUS)
        summarizer.stigma_words = EDMUNDSON_STIGMA
    else:
        summarizer.stop_words = words
    return summarizer


def rate(name: str, doc: RankingInput) -> list[float]:
    """Score every sentence of ``doc`` with sumy's summarizer ``name``."""
    n = len(doc.sentences)
    if n == 0:
        return []
    tokenizer = Tokenizer(doc.language)
    document = build_document(doc, tokenizer)
    summarizer = make_summarizer(name, doc, tokenizer)
    ratings: dict[int, float] = {}

    def record(sentences, count, rating, *args, **kwargs):
        rate_one: Callable = (
            rating.__getitem__ if isinstance(rating, dict) else lambda s: rating(s, *args, **kwargs)
        )
        for sentence in sentences:
            ratings[sentence.position] = float(rate_one(sentence))
        return ()

    summarizer._get_best_sentences = record  # type: ignore[method-assign]
    # LexRank divides 0/0 on word-less documents; LSA warns when words are fewer than
    # sentences. Neither is the user's business: the scores are still defined below.
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summarizer(document, n)
    scores = [ratings.get(i, 0.0) for i in range(n)]
    if name in _ITERATIVE:
        # -k for the k-th pick -> (n - k) / n: the first pick scores 1.
        scores = [(n + s) / n for s in scores]
    return [s if math.isfinite(s) else 0.0 for s in scores]
