"""Selection units: which sentences may stand alone in a summary, and which only together.

An extract reads badly when a sentence leans on one that is missing ("But he said ...",
"It was ...") or when it is a piece of a quotation whose opening or closing quote mark
is elsewhere. So sentences are grouped into *units* before selection:

- a **quotation** that runs over several sentences is one unit, kept whole or not at all;
- a unit whose first sentence opens with a **connective or a pronoun** ("And", "But",
  "Overall", "He", "It", "This" ...) *leans on* the unit before it: it may be taken only
  when that one is taken too.

Both are read from the form of the text alone, in one pass (linear time); paragraph
breaks end a quotation (news style leaves a quote open at the end of a paragraph and
reopens it in the next, so each paragraph's piece stands on its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Words that make a sentence lean on the one before it when they open it: connectives
# (the sentence continues an argument) and pronouns or demonstratives (its subject is
# named earlier). Lower case; matched on the first word after any opening quote marks.
LEANING_OPENERS = frozenset(
    """and but or nor so yet also however overall meanwhile still instead nevertheless
    nonetheless moreover furthermore besides then thus therefore hence indeed otherwise
    likewise similarly consequently accordingly additionally alternatively plus
    he she it they him her them his its their this that these those such""".split()
)
_FIRST_WORD = re.compile(
    r"[\"'\u201c\u2018\u201d\u2019(\[\s-]*([A-Za-z]+)(?:['\u2019][a-z]{1,2})?(?![\w'\u2019-])"
)

# Quotation marks. Double marks: curly open/close, straight ones alternate. Single marks
# count only where they cannot be an apostrophe: an opening mark at the start of the
# sentence or after a space, colon or bracket, before a letter or digit; a closing mark
# right after a sentence's or clause's final punctuation ("... he said,' or '... over.'").
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:]))['\u2018](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])['\u2019](?=\s|$|[)\]])")
MAX_QUOTE_SENTENCES = 12  # a quotation never closed is cut at this length (or the paragraph)


def first_word(sentence: str) -> str:
    """The sentence's first word, lower-cased, after any opening quote marks."""
    m = _FIRST_WORD.match(sentence)
    return m.group(1).lower() if m else ""


def leans_on_previous(sentence: str) -> bool:
    """True when the sentence opens with a connective or a pronoun, so that it needs the
    sentence before it to be understood ("But the plan failed.", "He said so.")."""
    return first_word(sentence) in LEANING_OPENERS


def _quote_balance(sentence: str, inside_double: bool, inside_single: bool) -> tuple[bool, bool]:
    """Whether a double and a single quotation are still open after ``sentence``."""
    for ch in sentence:
        if ch == "\u201c":
            inside_double = True
        elif ch == "\u201d":
            inside_double = False
        elif ch == '"':
            inside_double = not inside_double
    events = [(m.start(), True) for m in _SINGLE_OPEN.finditer(sentence)]
    events += [(m.start(), False) for m in _SINGLE_CLOSE.finditer(sentence)]
    for _, opening in sorted(events):
        inside_single = opening
    return inside_double, inside_single


@dataclass(frozen=True)
class Units:
    """Sentences grouped for selection. ``starts[u]`` is the first sentence of unit ``u``
    (units are contiguous and in document order, ``starts[0] == 0``); ``leans[u]`` says
    unit ``u`` may only be taken together with unit ``u - 1``; ``unit_of[i]`` is the
    unit of sentence ``i``."""

    starts: tuple[int, ...]
    leans: tuple[bool, ...]
    unit_of: tuple[int, ...]

    def span(self, u: int) -> range:
        end = self.starts[u + 1] if u + 1 < len(self.starts) else len(self.unit_of)
        return range(self.starts[u], end)

    @classmethod
    def singletons(cls, n: int) -> Units:
        return cls(tuple(range(n)), (False,) * n, tuple(range(n)))


def selection_units(sentences: Sequence[str], paragraphs: Sequence[int] | None = None) -> Units:
    """Group ``sentences`` into units (see the module docstring). O(total length)."""
    n = len(sentences)
    paragraphs = list(paragraphs) if paragraphs is not None else [0] * n
    starts: list[int] = []
    leans: list[bool] = []
    unit_of: list[int] = []
    double = single = False
    for i, sentence in enumerate(sentences):
        new_paragraph = i == 0 or paragraphs[i] != paragraphs[i - 1]
        open_quote = (double or single) and not new_paragraph
        too_long = open_quote and i - starts[-1] >= MAX_QUOTE_SENTENCES
        if not open_quote or too_long:
            starts.append(i)
            leans.append(i > 0 and leans_on_previous(sentence))
            double = single = False
        unit_of.append(len(starts) - 1)
        double, single = _quote_balance(sentence, double, single)
    return Units(tuple(starts), tuple(leans), tuple(unit_of))
