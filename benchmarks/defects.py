"""Readability defects of an extractive summary, as a reader sees them.

These are the four defects a blind reading of 3-sentence summaries found (issue 10), each
defined on the summary and its article alone, so that every method is measured by the
same rule. The rules are kept here, outside the package, on purpose: the default method
must not be judged by its own code, or a blind spot in one would hide itself in the other.

- **dangling opener**: a summary sentence opens (after any quote mark or bracket) with a
  connective ("And", "But", "Overall", ...) or a pronoun ("He", "They", "This", ...), and
  the article sentence right before it is not in the summary, so its referent is missing.
- **split quote**: a summary sentence holds one end of a quotation but not the other: an
  odd number of straight double quotes, unequal curly double quotes, or a single-quote
  quotation opened (``'Word`` after a space) and never closed (``.'``), or the reverse.
- **caption**: a summary sentence contains a line that the article marks as not being
  body text. CNN/DailyMail pages end such lines (photo captions, subheadings, bylines,
  "Watch ..." links) with a detached `` .``; the caption-stripped benchmark row removes
  that mark from the text, and the captions found in the original are passed in.
- **duplicate**: two summary sentences share 80 % or more of the shorter one's words.

The word lists are deliberately broad and the same for every method: the measure is a
share of summaries, compared between methods, not a verdict on a single sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFECTS = ("dangling opener", "split quote", "caption", "duplicate")

CONNECTIVES = frozenset(
    """and but or so yet also however overall still meanwhile instead then therefore thus
    moreover furthermore besides nevertheless nonetheless otherwise indeed likewise
    similarly hence consequently accordingly afterwards plus""".split()
)
PRONOUNS = frozenset(
    "he she it they him them his her its their theirs this that these those such".split()
)

_FIRST_WORD = re.compile(r"^[\s\"'“”‘’(\[«—–-]*([A-Za-z]+)")
_WORD = re.compile(r"\w+")
_SINGLE_OPEN = re.compile(r"(?:^|[\s(\[—–-])['‘](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"[.,!?]['’](?=\s|$|[)\]])")
_SINGLE_END = re.compile(r"[\w.,!?]['’](?=\s|$|[)\].,;:!?])")
# The CNN/DailyMail mark of a line without its own final punctuation: " ." before a
# space or the end (a real full stop is never detached from its word).
CAPTION_MARK = re.compile(r" \.(?=\s|$)")
_MIN_CAPTION_WORDS = 4


@dataclass(frozen=True)
class Placed:
    """A sentence with its character offsets in the article text."""

    text: str
    start: int
    end: int


def opener(sentence: str) -> str | None:
    """The sentence's first word, lower-cased, after leading quotes and brackets."""
    m = _FIRST_WORD.match(sentence)
    return m.group(1).lower() if m else None


def leans_on_predecessor(sentence: str) -> bool:
    """True when the sentence opens with a connective or a pronoun."""
    word = opener(sentence)
    return word is not None and (word in CONNECTIVES or word in PRONOUNS)


def split_quote(sentence: str) -> bool:
    """True when the sentence holds only one end of a quotation."""
    if sentence.count('"') % 2:
        return True
    if sentence.count("“") != sentence.count("”"):
        return True
    opened = _SINGLE_OPEN.search(sentence)
    if opened is None:  # a closing ".'" with no opening is the end of a quotation
        return _SINGLE_CLOSE.search(sentence) is not None
    # after an opening, "word'" closes too ('Jihadi John'); a plural possessive
    # ("voters' choice") never opens, so it is not mistaken for either end
    return _SINGLE_END.search(sentence, opened.end()) is None


def captions_of(text: str, sentences: Iterable[Placed]) -> list[tuple[int, int]]:
    """Where the caption lines of an article are: its sentences that end with the detached
    `` .`` mark (the span without the mark), when they have at least four words (shorter
    marked lines are bylines and headings such as "By .")."""
    out = []
    for s in sentences:
        raw = text[s.start : s.end]
        if raw.endswith(" .") and len(_WORD.findall(raw)) >= _MIN_CAPTION_WORDS:
            out.append((s.start, s.end - 2))
    return out


def strip_caption_marks(
    text: str, captions: Sequence[tuple[int, int]] = ()
) -> tuple[str, list[tuple[int, int]]]:
    """The article as a scraped page gives it, caption lines without a final full stop,
    and the ``captions`` spans moved to their places in the stripped text."""
    marks = [m.start() for m in CAPTION_MARK.finditer(text)]
    stripped = CAPTION_MARK.sub("", text)

    def moved(pos: int) -> int:
        return pos - 2 * bisect.bisect_left(marks, pos)

    return stripped, [(moved(a), moved(b)) for a, b in captions]


def _words(sentence: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(sentence)}


def duplicates(sentences: Sequence[str]) -> bool:
    """True when two sentences share 80 % or more of the shorter one's words."""
    bags = [_words(s) for s in sentences]
    for i in range(len(bags)):
        for j in range(i + 1, len(bags)):
            small = min(len(bags[i]), len(bags[j]))
            if small >= _MIN_CAPTION_WORDS and len(bags[i] & bags[j]) >= 0.8 * small:
                return True
    return False


def summary_defects(
    summary: Sequence[Placed],
    article: Sequence[Placed],
    captions: Sequence[tuple[int, int]] = (),
) -> set[str]:
    """The defects (names from ``DEFECTS``) of one summary of one article.

    ``article`` is the article's sentences in order, with offsets in the same text as the
    summary's; a summary sentence's predecessor is the last article sentence that ends at
    or before its start. ``captions`` are spans in that text (see ``captions_of``); a
    summary sentence that covers half or more of one has the caption defect (a caption
    glued to the next sentence included)."""
    found: set[str] = set()
    spans = [(s.start, s.end) for s in summary]

    def in_summary(p: Placed) -> bool:
        return any(a < p.end and p.start < b for a, b in spans)

    for s in summary:
        if leans_on_predecessor(s.text):
            before = [p for p in article if p.end <= s.start]
            if before and not in_summary(before[-1]):
                found.add("dangling opener")
        if split_quote(s.text):
            found.add("split quote")
        for a, b in captions:
            if min(b, s.end) - max(a, s.start) >= (b - a) / 2:
                found.add("caption")
    if duplicates([s.text for s in summary]):
        found.add("duplicate")
    return found
