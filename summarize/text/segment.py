"""Sentence and word segmentation that needs no downloaded data.

INTERIM: a naive splitter so the rest of the pipeline can be built; the real segmenter
replaces the body of ``split_sentences`` while keeping these signatures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*")


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence of a document: where it stands in the source and what it says.

    ``text`` is ``source[start:end]`` with every run of white space folded to one space.
    ``paragraph`` counts blank-line separated blocks from 0.
    """

    start: int
    end: int
    text: str
    paragraph: int


def fold_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences with character offsets into ``text``."""
    spans: list[SentenceSpan] = []
    paragraph = -1
    for block in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        paragraph += 1
        base = block.start()
        for m in re.finditer(r"\S.*?(?:[.!?]+['\"\u201d\u2019)]*(?=\s|$)|$)", block.group(), re.S):
            raw = m.group()
            if raw.strip():
                spans.append(
                    SentenceSpan(base + m.start(), base + m.end(), fold_whitespace(raw), paragraph)
                )
    return spans


def split_words(text: str) -> list[str]:
    """Word tokens as sumy counts them: letters with inner apostrophes or hyphens."""
    return _WORD.findall(text)


class Tokenizer:
    """A drop-in for ``sumy.nlp.tokenizers.Tokenizer`` that needs no NLTK data."""

    def __init__(self, language: str = "english") -> None:
        self._language = language.lower()

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(split_words(sentence))
