"""Selection units: which sentences may stand alone in a summary, and which only together.

An extract reads badly when a sentence leans on one that is missing ("But he said ...",
"It was ...") or when it is a piece of a quotation whose opening or closing quote mark
is elsewhere. So sentences are grouped into *units* before selection:

- a **quotation** that runs over several sentences is one unit, kept whole or not at all;
- a unit whose first sentence opens with a **connective or a pronoun** ("And", "But",
  "Overall", "He", "It", "This" ...), or that quotes a speaker named only by a pronoun
  ('"We will win," he said.'), whose subject is a pronoun after an opening phrase ("With
  the help of social media, they ..."), or whose subject is a definite description of what the
  sentence before introduced ("... court documents obtained by CNN ..." / "The documents
  reveal ...", "At the front of this room ..."), *leans on* the unit before it: it may be
  taken only when that one is taken too;
- a unit that names a person by surname alone or with a title ("Mr Mubanga said ...")
  *needs* the earlier unit that introduced the person in full ("Martin Mubanga ..."),
  as news style names a person in full once (``introductions``).

Both are read from the form of the text alone, in one pass (linear time). News style
leaves a quotation open at the end of a paragraph when it goes on in the next, and
reopens it there with a new quote mark (also when the paragraph breaks are lost, as in
the CNN/DailyMail dumps): such pieces are one unit, since a piece whose quote is never
closed reads as broken. A paragraph break that is not followed by a quote mark ends the
quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Words that make a sentence lean on the one before it when they open it: connectives
# (the sentence continues an argument) and pronouns or demonstratives (its subject is
# named earlier). Lower case; matched on the first word after any opening quote marks.
LEANING_OPENERS = frozenset(
    """and but or nor so yet also however overall meanwhile still instead nevertheless
    nonetheless moreover furthermore besides then thus therefore hence indeed otherwise
    likewise similarly consequently accordingly additionally alternatively plus
    he she it they him her them his its their this that these those such another""".split()
)
_FIRST_WORD = re.compile(
    r"[\"'\u201c\u2018\u201d\u2019(\[\s-]*([A-Za-z]+)(?:['\u2019][a-z]{1,2})?(?![\w'\u2019-])"
)

# Quotation marks, read by where they stand. Double: curly ones, or a straight one at the
# start or after a space before a word (opening) or after a word before a space or
# punctuation (closing). Single marks count only where they cannot be an apostrophe: an
# opening mark at the start of the sentence or after a space, colon or bracket, before a
# letter; a closing mark right after final punctuation ("... he said,' or '... over.'").
_DOUBLE_OPEN = re.compile(r"\u201c|(?:^|(?<=[\s(\[:\u2014-]))\"(?=\S)")
_DOUBLE_CLOSE = re.compile(r"\u201d|(?<=\S)\"(?=[\s.,;:!?)\]\u2014-]|$)")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:]))['\u2018](?=[A-Za-z])")  # not "the '80s"
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])['\u2019](?=\s|$|[)\]])")
# ... and after a word, before a space or punctuation ("the so-called 'Blurry man' spoke"):
# a quoted phrase inside a sentence, or a plural possessive ("the players' union"), so it
# closes only a quotation opened in the same sentence.
_SINGLE_CLOSE_AFTER_WORD = re.compile(r"(?<=\w)['\u2019](?=[\s.,;:!?)\]]|$)")
MAX_QUOTE_SENTENCES = 12  # a quotation never closed is a stray mark after this many sentences


def first_word(sentence: str) -> str:
    """The sentence's first word, lower-cased, after any opening quote marks."""
    m = _FIRST_WORD.match(sentence)
    return m.group(1).lower() if m else ""


# A quotation whose speaker is only a pronoun ('"We will win," he said.', '..., she
# added.', '..., it said.' of a company) names the speaker in an earlier sentence: it leans
# on it as an opening "He" does.
_SPEECH_VERBS = (
    r"said|says|added|adds|told|tells|explained|explains|continued|insisted|claimed|"
    r"warned|wrote|writes|argued|noted|recalled|admitted|conceded|stressed|replied|asked"
)
_PRONOUN_SPEAKER = re.compile(
    rf"[\"\u201d'\u2019]\s*,?\s*(?:he|she|they|it)\s+(?:{_SPEECH_VERBS})\b"
    rf"|,\s+(?:he|she|they|it)\s+(?:{_SPEECH_VERBS})\s*[.!]?[\"\u201d'\u2019]?\s*$"
)


def has_pronoun_speaker(text: str) -> bool:
    """A quotation attributed to "he", "she", "they" or "it" only: the speaker is named
    before."""
    return _PRONOUN_SPEAKER.search(text) is not None


# A clause opener followed by a pronoun or a demonstrative leans as an opening pronoun
# does ("When they went inside, ...", "As he left, ...", "Maybe this is why ...").
_CLAUSE_OPENERS = frozenset(
    """when as after before while although though because since if once until unless
    maybe perhaps""".split()
)
_CLAUSE_PRONOUN = re.compile(
    r"[\"'\u201c\u2018(\[\s-]*[A-Za-z]+\s+(?:he|she|they|it|we|this|that|these|those)\b",
    re.I,
)


# Connectives of more than one word, and "Whatever the reason", which point back as "But"
# does.
_LEANING_PHRASES = re.compile(
    r"[\"'\u201c\u2018(\[\s-]*(?:in fact|as a result|in addition|on the other hand|"
    r"even so|after all|despite this|despite that|for example|for instance|in turn|"
    r"at the same time|by contrast|in contrast|in other words|whatever the|all the same|"
    r"not only that|on top of that|as such|one is|one was|the latter|the former)\b",
    re.I,
)
# A quotation with no verb of saying anywhere in its unit: its speaker is named around it.
_SAYS = re.compile(rf"\b(?:{_SPEECH_VERBS}|say|stated|according)\b", re.I)


# An opening phrase, then a comma and a pronoun subject ("With the help of social media,
# they have ..."): the subject is named before, as with an opening "They".
_FRONTED_PRONOUN = re.compile(
    r"[\"'\u201c\u2018(\[\s-]*[A-Z][^,;:\"\u201c\u201d.!?]{0,80},\s+(?:he|she|they)\b"
)


def leans_on_previous(sentence: str) -> bool:
    """True when the sentence opens with a connective or a pronoun, so that it needs the
    sentence before it to be understood ("But the plan failed.", "He said so.", "In fact,
    ..."), or with a clause whose subject is a pronoun ("When they arrived, ...")."""
    word = first_word(sentence)
    if word in LEANING_OPENERS or _LEANING_PHRASES.match(sentence):
        return True
    if word in _CLAUSE_OPENERS and _CLAUSE_PRONOUN.match(sentence) is not None:
        return True
    return _FRONTED_PRONOUN.match(sentence) is not None


# A subject that is a definite description whose noun the sentence before used ("... court
# documents obtained by CNN ..." / "The documents reveal ..."), or a demonstrative anywhere
# ("A room in ..." / "At the front of this room ..."), points back at it.
_DEFINITE_SUBJECT = re.compile(
    r"[\"'\u201c\u2018(\[\s-]*The\s+(?:[A-Z][\w'\u2019-]*\s+)*([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?"
)
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese)\s+([a-z][a-z-]+)")
_WORDS = re.compile(r"[a-z][a-z-]+")


def _noun_forms(word: str) -> tuple[str, ...]:
    """The word as the sentence before may have used it: plural or singular, or the verb
    of the event it names ("The rape ..." after "... had raped ...")."""
    if word.endswith("s"):
        return (word, word[:-1])
    return (word, word + "s", word + "d", word + "ed")


def repeats_noun_of(sentence: str, previous: str, stops: frozenset[str]) -> bool:
    """True when ``sentence`` opens with "The ..." whose first content word the previous
    sentence used, or says "this ..."/"these ..." of a word the previous sentence used: a
    definite description of something just introduced."""
    m = _DEFINITE_SUBJECT.match(sentence)
    words = [w for w in (m.groups() if m else ()) if w and len(w) > 3 and w not in stops][:1]
    words += _DEMONSTRATIVE.findall(sentence)
    if not words:
        return False
    before = set(_WORDS.findall(previous.lower()))
    return any(form in before for word in words for form in _noun_forms(word))


def unattributed_quote(sentences: Sequence[str]) -> bool:
    """A unit that opens with a quotation mark and never says who speaks."""
    return opens_with_quote(sentences[0]) and not any(_SAYS.search(s) for s in sentences)


# People named in full ("Martin Mubanga", "Officer Matt Kenny") and later by surname alone
# or with a title ("Mr Mubanga", "Kenny said"): news style introduces a person once. A
# sentence that uses the short form needs the sentence of the introduction.
_NAME_WORD = r"[A-Z][a-z]+(?:['\u2019-][A-Za-z]+)*"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady officer sgt lt capt gen col det".split()
)


def _name_runs(sentence: str, stops: frozenset[str]) -> list[list[str]]:
    """Runs of capitalised words, without a leading word that is a stop word ("The",
    "In") or a title: ["Martin", "Mubanga"], ["Mubanga"]."""
    runs = []
    for m in _NAME_RUN.finditer(sentence):
        words = m.group().split()
        while words and (words[0].lower() in stops or words[0].lower() in _TITLES):
            words = words[1:]
        if words:
            runs.append(words)
    return runs


def introductions(sentences: Sequence[str], stops: frozenset[str]) -> list[int]:
    """For each sentence, the earlier sentence that introduced in full a person it names
    only by surname (the first such), or -1. O(total length)."""
    introduced: dict[str, int] = {}  # surname -> sentence of its first full mention
    needs = [-1] * len(sentences)
    for i, sentence in enumerate(sentences):
        runs = _name_runs(sentence, stops)
        full_here = {run[-1] for run in runs if len(run) >= 2}
        for run in runs:
            if len(run) == 1 and run[0] not in full_here:
                j = introduced.get(run[0], -1)
                if 0 <= j < i and needs[i] < 0:
                    needs[i] = j
        for surname in full_here:
            introduced.setdefault(surname, i)
    return needs


_ANY_QUOTE = re.compile("[\"'\u201c\u201d\u2018\u2019]")


def _quote_balance(sentence: str, inside_double: bool, inside_single: bool) -> tuple[bool, bool]:
    """Whether a double and a single quotation are still open after ``sentence``. Marks
    are read by where they stand, not by counting (a straight mark opens before a word and
    closes after one), so that one stray or missing mark does not flip every later one."""
    if not _ANY_QUOTE.search(sentence):  # every mark pattern below needs one of these
        return inside_double, inside_single
    events = [(m.start(), "d", True) for m in _DOUBLE_OPEN.finditer(sentence)]
    events += [(m.start(), "d", False) for m in _DOUBLE_CLOSE.finditer(sentence)]
    events += [(m.start(), "s", True) for m in _SINGLE_OPEN.finditer(sentence)]
    events += [(m.start(), "s", False) for m in _SINGLE_CLOSE.finditer(sentence)]
    events += [(m.start(), "w", False) for m in _SINGLE_CLOSE_AFTER_WORD.finditer(sentence)]
    opened_here = False
    for _, kind, opening in sorted(events):
        if kind == "d":
            inside_double = opening
        elif kind == "s":
            inside_single = opened_here = opening
        elif opened_here:  # a word's closing mark ends only a quote opened in this sentence
            inside_single = opened_here = False
    return inside_double, inside_single


def opens_with_quote(sentence: str) -> bool:
    """The sentence starts with an opening quotation mark."""
    return bool(_DOUBLE_OPEN.match(sentence) or _SINGLE_OPEN.match(sentence))


@dataclass(frozen=True)
class Units:
    """Sentences grouped for selection. ``starts[u]`` is the first sentence of unit ``u``
    (units are contiguous and in document order, ``starts[0] == 0``); ``leans[u]`` says
    unit ``u`` may only be taken together with unit ``u - 1``; ``unit_of[i]`` is the
    unit of sentence ``i``."""

    starts: tuple[int, ...]
    leans: tuple[bool, ...]
    unit_of: tuple[int, ...]
    needs: tuple[int, ...] = ()
    """``needs[u]``: the earlier unit that must be taken before ``u`` can be (``u - 1``
    for a leaning unit, the unit that introduces a person ``u`` names by surname only),
    or -1. Empty: the ``leans`` alone decide."""

    def needed(self, u: int) -> int:
        if self.needs:
            return self.needs[u]
        return u - 1 if self.leans[u] else -1

    def span(self, u: int) -> range:
        end = self.starts[u + 1] if u + 1 < len(self.starts) else len(self.unit_of)
        return range(self.starts[u], end)

    @classmethod
    def singletons(cls, n: int) -> Units:
        return cls(tuple(range(n)), (False,) * n, tuple(range(n)), (-1,) * n)


def selection_units(
    sentences: Sequence[str],
    paragraphs: Sequence[int] | None = None,
    stops: frozenset[str] | None = None,
) -> Units:
    """Group ``sentences`` into units (see ``_selection_units``). The ranking and the
    length budget both ask for the units of the same article: they are computed once."""
    return _selection_units(
        tuple(sentences), None if paragraphs is None else tuple(paragraphs), stops
    )


@lru_cache(maxsize=4)
def _selection_units(
    sentences: tuple[str, ...],
    paragraphs: tuple[int, ...] | None,
    stops: frozenset[str] | None,
) -> Units:
    """Group ``sentences`` into units (see the module docstring). A quotation runs from
    the sentence that opens it to the one that closes it, over paragraph breaks where the
    next paragraph reopens it with a quote mark, else to the end of its paragraph; a
    quotation still open after ``MAX_QUOTE_SENTENCES`` sentences is taken for a stray
    mark (a typo, an apostrophe), and its first sentence stands alone.
    Each sentence's quote marks are read at most four times (once from outside any
    quotation, once per open state), so O(total length) plus O(n × MAX_QUOTE_SENTENCES)
    steps of the scan at worst."""
    n = len(sentences)
    paragraphs = list(paragraphs) if paragraphs is not None else [0] * n
    balance = [_quote_balance(s, False, False) for s in sentences]
    after: dict[tuple[int, bool, bool], tuple[bool, bool]] = {}  # (sentence, state) -> state

    def read_on(k: int, double: bool, single: bool) -> tuple[bool, bool]:
        """Whether the quotations are open after sentence ``k``, entered in this state
        (each of its four states is read once, however many quotations scan it)."""
        if not (double or single):
            return balance[k]
        key = (k, double, single)
        if key not in after:
            after[key] = _quote_balance(sentences[k], double, single)
        return after[key]

    starts: list[int] = []
    leans: list[bool] = []
    unit_of: list[int] = []
    i = 0
    while i < n:
        end = i + 1  # one past the unit's last sentence
        double, single = balance[i]
        while (double or single) and end < n:
            if paragraphs[end] != paragraphs[end - 1] and not opens_with_quote(sentences[end]):
                break  # a new paragraph that does not reopen the quotation: it ended there
            if end - i >= MAX_QUOTE_SENTENCES:
                end = i + 1  # never closed: a stray mark
                break
            double, single = read_on(end, double, single)
            end += 1
        starts.append(i)
        leans.append(i > 0 and (
            leans_on_previous(sentences[i])
            or any(has_pronoun_speaker(sentences[k]) for k in range(i, end))
            or unattributed_quote(sentences[i:end])
            or (stops is not None and repeats_noun_of(sentences[i], sentences[i - 1], stops))
        ))
        unit_of.extend([len(starts) - 1] * (end - i))
        i = end
    needs = [u - 1 if lean else -1 for u, lean in enumerate(leans)]
    if stops is not None:
        for i, j in enumerate(introductions(sentences, stops)):
            u, v = unit_of[i], unit_of[j] if j >= 0 else -1
            if v >= 0 and v != u and needs[u] < 0:
                needs[u] = v
    return Units(tuple(starts), tuple(leans), tuple(unit_of), tuple(needs))
