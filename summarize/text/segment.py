"""Sentence and word segmentation for news text that needs no downloaded data.

sumy's own ``Tokenizer`` loads NLTK's punkt model, which is not installed and cannot be
fetched, and importing NLTK alone costs more start-up time than the rest of the program.
This module replaces it with compiled regular expressions plus a few word lists tuned for
news copy: abbreviations and initials, decimals and money, ellipses, quotations, list
items, headlines without a final full stop, lines of BBC-style files, and the " . "
fragments of the CNN/DailyMail dumps.

Sentences are found paragraph by paragraph (a blank line always ends a sentence). Inside
a paragraph three kinds of candidate boundary are weighed:

* sentence-final punctuation (``.``, ``?``, ``!``, an ellipsis) with any closing quotes or
  brackets, followed by white space -- the word before it and the word after it decide;
* a full stop glued to the next sentence ("moment.There"), between two lower-case letters
  and a capitalised word;
* a line break without final punctuation before it (headlines, bylines, list items).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "SentenceSpan",
    "Tokenizer",
    "fold_whitespace",
    "split_sentences",
    "split_words",
]

# White space that folding changes: a run of two or more, or one that is not a plain space
# (substituting every single space by itself took twice as long; the result is the same).
_WS = re.compile(r"[^\S ]\s*| \s+")

# Line breaks as str.splitlines() knows them; "\r\n" counts as one.
_LB_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LB = r"(?:\r\n|\r(?!\n)|[\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])"
_HS = rf"[^\S{_LB_CHARS}]"  # horizontal white space
_PARAGRAPH_BREAK = re.compile(rf"{_LB}{_HS}*{_LB}\s*|\u2029\s*")
_LINE_GAP = re.compile(rf"(?<!{_HS}){_HS}*{_LB}\s*")
_HAS_LB = re.compile(rf"[{_LB_CHARS}]")
_NON_SPACE = re.compile(r"\S")

_CLOSERS = "\"'\u201d\u2019\u00bb)]}"
_OPENERS = "\"'\u201c\u2018\u00ab([{"
# Sentence-final punctuation, closing quotes/brackets, then the white space after them.
# (Each pattern that repeats a class starts where a run starts: no quadratic back-tracking.
# Patterns begin with the character they consume and look behind only after it, so that
# the regex engine can skip ahead to candidate characters: 3-5x faster, same matches.)
_TERMINAL = re.compile(
    r"([.!?\u2026\u203d](?<![.!?\u2026\u203d][.!?\u2026\u203d])[.!?\u2026\u203d]*)"
    rf"([{re.escape(_CLOSERS)}]*)(\s+)"
)
# A full stop (or ?/!) with no space before a capitalised word: "moment.There".
_GLUED = re.compile(r"([.?!])(?<=[a-z][a-z][.?!])([\"'\u201d\u2019)]*)(?=[A-Z][a-z])")
# Chinese and Japanese sentence ends: 。！？ (and the half-width ｡), with closing quotes or
# brackets; no white space follows them, so they are a cut of their own.
_CJK_TERMINAL = re.compile(
    "[\u3002\uff01\uff1f\uff61]+([\u300d\u300f\uff09\u3011\u3009\u300b\u201d\u2019\"')]*)(\\s*)"
)
_NEXT_WORD = re.compile(rf"[{re.escape(_OPENERS)}]*([^\W\d_]+)")
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z]")  # iPod, eBay, iPhone: lower-case but a name
_LIST_MARKER = re.compile(
    r"(?:[-*\u2022\u2023\u25e6\u25aa\u00b7\u2013\u2014]|\d{1,3}[.)]|[a-z]\))[ \t]"
)
_QUOTES = "\"'\u201d\u2019\u00bb"
# A line whose break was lost, so that it runs into the next sentence with no punctuation:
# a lower-case word, then a capitalised function word that opens a sentence, then a
# lower-case word ("... to join them The only sound ...", "... admissions For many
# families ..."). In running prose these words are capitalised only in titles and names,
# which go on with a capital ("read The Guardian", "Doctor Who is", "Vitamin A is" are
# not matched: "Who" and "A" are left out).
_GLUED_LINE = re.compile(  # (the lower-case letter before is checked in ``_cuts``: fast)
    r"( )(?=(?:The|An|In|On|At|For|But|And|It|He|She|They|We|This|That|These|"
    r"Those|While|When|After|Before|Using|As|If|There|Here|What|Why|How|Now|Then|Some|Many|"
    r"Most|Last|Earlier|Later|Meanwhile|However|According) [a-z])"
)
# A nickname in quotes between a person's initials and surname: 'J.P. "The Big Bopper"
# Richardson'. After an abbreviation, a short quoted phrase followed directly by a
# capitalised word (no punctuation after the closing mark) continues the name.
_NICKNAME = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,40})[\"\u201d] +[A-Z][a-z]")
# A capitalised name (up to four words), maybe an adverb, then a verb of saying.
_ATTRIBUTION = re.compile(
    r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}(?: \w+ly| later| then| also| once)? "
    r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|explained|"
    r"explains|shouted|yelled|recalled|recalls|insisted|insists|continued|noted|notes|warned|"
    r"warns|declared|tweeted|posted|admitted|argued|argues|remarked|wondered|joked|cried|"
    r"exclaimed|demanded|laughed|whispered|pleaded|quipped|responded)\b"
)
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # U.S, e.g, Ph.D, U.S.A

# Characters that cannot begin a sentence (besides lower-case letters).
_NO_START = frozenset(",;:)]}%\u2026.-\u2013\u2014/&")
# Line endings that say the sentence goes on past the line break.
_CONTINUES = frozenset(",;:-\u2013\u2014(/&+=")
_CONTINUING_WORDS = frozenset(
    "a an and as at by for from in into of on or over than that the to with".split()
)

# -- abbreviations --------------------------------------------------------------------
# Titles stand before names: a full stop after them never ends a sentence.
_TITLES = frozenset(
    """Mr Mrs Ms Mx Messrs Mmes Mme Mlle Dr Drs Prof Profs Gen Gens Sen Sens Rep Reps Gov
    Govs Lt Col Capt Cpt Sgt Cmdr Cdr Adm Maj Brig Cpl Pvt Rev Revd Fr Hon Pres Supt Det Insp
    Atty Amb Msgr Rt Sec Lieut Cmdt Sra Srta""".split()
)
# Abbreviations that are followed by more of the same sentence.
_NEVER_FINAL = frozenset("vs v e.g i.e eg ie cf viz incl esp resp approx ca".split())
# Abbreviations standing before a number: "No. 10", "Vol. 3", "pp. 12-14".
_BEFORE_NUMBER = frozenset(
    """No no Nos nos Vol vol Vols vols pp Pp Fig fig Figs figs Art art Ch ch Para para Ex ex
    est Est Tel tel Ext ext Pt pt Pts pts Op op Nr nr Sq sq ft lb lbs oz Rs""".split()
)
# Abbreviations that often, but not always, end a sentence: they end one only before a
# word that typically opens a sentence ("in the U.S. The ..." but "U.S. District Court").
_SOMETIMES_FINAL = frozenset(
    """Inc Ltd Co Cos Corp Bros Jr Sr Esq St Ste Ave Rd Blvd Mt Ft Hwy Univ Dept Assn al
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo""".split()
)
# Abbreviations that usually end a sentence when a capitalised word follows, unless the
# word continues a time or a list ("5 p.m. ET", "9 a.m. Monday").
_USUALLY_FINAL = frozenset("a.m p.m A.M P.M etc".split())
_TIME_WORDS = frozenset(
    """ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST AEST AEDT IST JST
    Eastern Central Mountain Pacific Atlantic local Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)
_STARTERS = frozenset(
    """The A An He She It They We I You His Her Its Their Our My Your This That These Those
    There Here But And Or So Yet Nor In On At As If When While After Before Although Though
    However Meanwhile Still Now Then Last Earlier Later Some Many Most Much One Two Three
    Both All Each Every Such What Why How Who Where Which No Not Only Instead Also Even
    Mr Mrs Ms Dr Since Until Despite Under Over For From With Without Officials Police""".split()
)
_KNOWN_ABBREVIATIONS = (
    _TITLES
    | _NEVER_FINAL
    | _SOMETIMES_FINAL
    | _USUALLY_FINAL
    | frozenset("No Nos Vol vol Vols vols pp Fig fig Figs figs Ch ch Para Est Tel tel".split())
)

_TITLE, _NEVER, _NUMBERED, _SOMETIMES, _USUALLY, _INITIAL, _PLAIN = range(7)


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
    """``text`` with every run of white space folded to one space, and trimmed."""
    return _WS.sub(" ", text).strip()


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences with character offsets into ``text``.

    No span starts or ends with white space, spans never cross a blank line, and every
    non-space character of ``text`` belongs to exactly one span.
    """
    spans: list[SentenceSpan] = []
    paragraph = 0
    pos = 0
    fold = _WS.sub
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if _add_paragraph(text, pos, brk.start(), paragraph, spans, fold):
            paragraph += 1
        pos = brk.end()
    _add_paragraph(text, pos, len(text), paragraph, spans, fold)
    return spans


def _add_paragraph(
    text: str, start: int, end: int, paragraph: int, spans: list[SentenceSpan], fold
) -> bool:
    """Append the sentences of ``text[start:end]``; False if it is only white space."""
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return False
    start = first.start()
    end = start + len(text[start:end].rstrip())
    cuts = _cuts(text, start, end)
    for cut_end, next_start in cuts:
        spans.append(SentenceSpan(start, cut_end, fold(" ", text[start:cut_end]), paragraph))
        start = next_start
    spans.append(SentenceSpan(start, end, fold(" ", text[start:end]), paragraph))
    return True


def _cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside one trimmed paragraph, as (end of one, start of next)."""
    cuts: list[tuple[int, int]] = []
    weighed: dict[int, bool] = {}  # white space after final punctuation: cut there?
    for m in _TERMINAL.finditer(text, start, end):
        cut = _ends_at_terminal(text, start, m, _HAS_LB.search(m[3]) is not None)
        weighed[m.start(3)] = cut
        if cut:
            cuts.append((m.start(3), m.end()))
    for m in _CJK_TERMINAL.finditer(text, start, end):
        if m.end() < end:
            cuts.append((m.start(2), m.end()))
    for m in _GLUED.finditer(text, start, end):
        if _classify(_word_before(text, start, m.start())) in (_PLAIN, _USUALLY, _NUMBERED):
            cuts.append((m.end(), m.end()))
    for m in _GLUED_LINE.finditer(text, start, end):
        if m.start() > start and "a" <= text[m.start() - 1] <= "z":
            cuts.append((m.start(1), m.end(1)))
    if _HAS_LB.search(text, start, end):
        cuts.extend(_line_cuts(text, start, end, weighed))
    if len(cuts) > 1:
        cuts.sort()
    return cuts


def _word_before(text: str, floor: int, i: int) -> str:
    """The white-space delimited token ending at ``i``, without opening quotes/brackets."""
    window = text[max(floor, i - 32) : i]
    if not window or window[-1].isspace():
        return ""
    return window.split()[-1].lstrip(_OPENERS)


def _classify(word: str) -> int:
    if word in _TITLES:
        return _TITLE
    if word in _NEVER_FINAL:
        return _NEVER
    if word in _BEFORE_NUMBER:
        return _NUMBERED
    if word in _USUALLY_FINAL:
        return _USUALLY
    if word in _SOMETIMES_FINAL:
        return _SOMETIMES
    if len(word) == 1 and word.isalpha():
        return _INITIAL if word.isupper() else _NEVER
    if "." in word and _DOTTED.fullmatch(word):
        return _SOMETIMES
    return _PLAIN


def _can_start(text: str, i: int) -> bool:
    """Whether the character at ``i`` can begin a sentence."""
    c = text[i]
    if c.islower():
        return bool(_CAMEL.match(text, i))
    return c not in _NO_START


def _next_word(text: str, i: int) -> str:
    m = _NEXT_WORD.match(text, i)
    return m.group(1) if m else ""


def _ends_at_terminal(text: str, floor: int, m: re.Match[str], line_break: bool) -> bool:
    """Decide one candidate: punctuation ``m[1]``, closers ``m[2]``, white space ``m[3]``."""
    term, closers = m[1], m[2]
    nxt = m.end()
    if term != ".":
        # ?, !, or an ellipsis: a new sentence unless a lower-case word goes on, or the
        # quotation it closes is attributed: '"Why?" Smith asked.'
        if line_break:
            return True
        if closers and closers[0] in _QUOTES and _ATTRIBUTION.match(text, nxt):
            return False
        return _can_start(text, nxt)
    if closers:
        return line_break or _can_start(text, nxt)
    word = _word_before(text, floor, m.start())
    c = text[nxt]
    if not word:
        # A detached full stop, as in the CNN/DailyMail dumps: "By . Associated Press ."
        return line_break or c.isupper() or c.isdigit() or c in _OPENERS
    kind = _classify(word)
    if kind == _PLAIN:
        if word.isdigit() and len(word) <= 3 and _at_line_start(text, floor, m.start() - len(word)):
            return False  # "1. " opening a numbered list item
        return line_break or _can_start(text, nxt)
    if kind in (_TITLE, _NEVER):
        return False
    if kind == _NUMBERED:
        return not c.isdigit() and (line_break or _can_start(text, nxt))
    if kind == _USUALLY:
        if c.isdigit() or not _can_start(text, nxt):
            return line_break and not c.isdigit()
        return line_break or _next_word(text, nxt) not in _TIME_WORDS
    following = _next_word(text, nxt)
    if _NICKNAME.match(text, nxt):
        return False
    if kind == _INITIAL:
        return len(following) > 1 and following in _STARTERS
    # _SOMETIMES
    if following in _STARTERS:
        return True
    return line_break and not c.isdigit() and _can_start(text, nxt)


def _at_line_start(text: str, floor: int, i: int) -> bool:
    while i > floor and text[i - 1] in " \t":
        i -= 1
    return i == floor or text[i - 1] in _LB_CHARS


def _line_cuts(text: str, start: int, end: int, weighed: dict[int, bool]) -> list[tuple[int, int]]:
    """Line breaks that end a sentence although no sentence-final punctuation precedes them
    (or the punctuation alone did not decide it: "Mr.\n- item")."""
    gaps = list(_LINE_GAP.finditer(text, start, end))
    cuts: list[tuple[int, int]] = []
    wrapped: bool | None = None
    line_start = start
    for g in gaps:
        g_start, g_end = g.start(), g.end()
        prev_start, line_start = line_start, g_end
        if _LIST_MARKER.match(text, g_end):
            if not weighed.get(g_start, False):
                cuts.append((g_start, g_end))
            continue
        if g_start in weighed:
            continue
        if not _can_start(text, g_end):
            continue
        if _LIST_MARKER.match(text, prev_start):
            cuts.append((g_start, g_end))
            continue
        if text[g_start - 1] in _CONTINUES:
            continue
        last_word = text[max(prev_start, g_start - 8) : g_start].rsplit(None, 1)[-1]
        if last_word in _CONTINUING_WORDS:
            continue
        if wrapped is None:
            wrapped = _is_hard_wrapped(text, start, gaps)
        if not wrapped:
            cuts.append((g_start, g_end))
    return cuts


def _is_hard_wrapped(text: str, start: int, gaps: list[re.Match[str]]) -> bool:
    """Whether the paragraph's lines were wrapped at a fixed width (an e-mail, a plain-text
    dump): then a line break without final punctuation is not a sentence boundary.

    Wrapped: most lines are long and stop without final punctuation. A headline and a
    caption above lines that each end a sentence (BBC files) are not."""
    long_open_lines = 0
    line_start = start
    for g in gaps:
        line_len = g.start() - line_start
        last = text[g.start() - 1]
        if line_len >= 40 and last not in ".!?\u2026)\"'\u201d\u2019:":
            long_open_lines += 1
        line_start = g.end()
    return long_open_lines >= 2 and 2 * long_open_lines > len(gaps)


# -- words ----------------------------------------------------------------------------
# sumy keeps the tokens of nltk.word_tokenize (punkt + NLTK's Treebank-style tokenizer)
# that match its word pattern. The rules below reproduce those tokens' boundaries for
# the tokens that can pass the pattern; everything else is dropped anyway.
_SUMY_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*")
# A run of characters NLTK keeps together, and the character after it. Where NLTK pads
# punctuation with spaces, split_words pads with \0 (or \1 for padding NLTK adds late), so
# that the white space after a token is still the text's own.
_RAW_TOKEN = re.compile(
    r"((?:[^\s\0\1\"\u00ab\u00bb\u201c\u201d\u2018\u2019\u201e`;@#$%&?!*()\[\]{}<>"
    r"\u2012-\u2015.]+|(?<!\.)\.(?!\.))+)(.?)",
    re.DOTALL,
)
# Commas and colons stand alone unless a digit follows (1,000 and 14:11 stay together).
# NLTK's rule consumes the character after the mark, so of two marks in a row only the
# first is padded; without such a pair, two literal substitutions give the same text
# (and a literal replacement is expanded in C, a template with groups in Python).
_COMMA_OR_COLON = re.compile(r"([:,])([^\d]|$)")
_TWO_MARKS = re.compile(r"[:,][:,]")
_LONE_COMMA = re.compile(r",(?!\d)")
_LONE_COLON = re.compile(r":(?!\d)")
# Characters NLTK has padded with spaces before it splits off a closing quote.
_PADDED_EARLY = frozenset(".\0\u00ab\u201c\u2018\u201e`;@#$%&?!\u2012\u2013\u2014\u2015")
_CLITIC_SMD = re.compile(r"(.*[^' ])'[sSmMdD]")
_CLITIC_REST = re.compile(r"(.*[^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T)")
_OPENING_QUOTE = re.compile(r"(?i)(?<!\w)'(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)")
_FINAL_CLOSERS = frozenset("])}>\"'\u00bb\u201d\u2019")
_FINAL_STOP = re.compile(r"(.*[^.])\.'*")
# NLTK's MacIntyre contractions, split into two tokens wherever they stand.
_CONTRACTION = re.compile(
    r"(?i)\b(?:(can)(not)|(d)('ye)|(gim)(me)|(gon)(na)|(got)(ta)|(lem)(me)|(more)('n))\b"
    r"|\b(wan)(na)(?=\s|$)"
)
# Each contraction holds one of these (lower-cased): a cheap test before the expression.
_CONTRACTION_HINTS = ("cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna")


def _split_contraction(m: re.Match[str]) -> str:
    first, second = (g for g in m.groups() if g is not None)
    return f" {first} {second} "


def split_words(text: str) -> list[str]:
    """Word tokens as sumy counts them (``nltk.word_tokenize`` filtered by sumy's word
    pattern): letters with inner apostrophes or hyphens; "don't" gives "do" and "n't"."""
    words: list[str] = []
    append = words.append
    is_word = _SUMY_WORD.fullmatch
    ends_with_full_stop = _ends_with_full_stop(text)
    if "--" in text:
        text = text.replace("--", "\1--\1")
    if "''" in text:
        text = text.replace("''", "\1''\1")
    if "'" in text:
        text = _OPENING_QUOTE.sub("'\0", text)
    if "," in text or ":" in text:
        if _TWO_MARKS.search(text):
            text = _COMMA_OR_COLON.sub("\0\\1\0\\2", text)
        else:
            text = _LONE_COLON.sub("\0:\0", _LONE_COMMA.sub("\0,\0", text))
    if _may_hold_contraction(text):
        text = _CONTRACTION.sub(_split_contraction, text)
    tokens = _RAW_TOKEN.findall(text)
    last = len(tokens) - 1 if ends_with_full_stop else -1
    while last > 0 and not tokens[last][0].strip("'"):
        last -= 1  # closing quotes after the final full stop
    for i, (token, after) in enumerate(tokens):
        if token.isalpha():  # letters only: a word as it stands (most tokens)
            append(token)
            continue
        if is_word(token):
            if "'" not in token[-4:]:
                append(token)
                continue
        if i == last:
            stop = _FINAL_STOP.fullmatch(token)
            if stop is not None:
                token, after = stop.group(1), " "
        elif (
            # a full stop that punkt would take as the end of a sentence
            token[-1] == "."
            and after.isspace()
            and i < len(tokens) - 1
            and len(token) > 2
            and token[-2] != "."
            and token[:-1] not in _KNOWN_ABBREVIATIONS
            and not tokens[i + 1][0][0].islower()
        ):
            token = token[:-1]
        clitic = None
        if token[-1] == "'" and len(token) > 1 and token[-2] != "'":
            token = token[:-1]  # a closing quote
            if after == " " or after in _PADDED_EARLY:
                # NLTK splits it off first, then looks for 's, 'm, 'd again
                clitic = _CLITIC_SMD.fullmatch(token)
        else:
            clitic = _CLITIC_SMD.fullmatch(token)
        if clitic is not None:
            token = clitic.group(1)
        clitic = _CLITIC_REST.fullmatch(token)
        if clitic is None:
            _append_word(words, token)
        else:
            _append_word(words, clitic.group(1))
            _append_word(words, clitic.group(2))  # n't counts; 'll, 're, 've do not
    return words


def _may_hold_contraction(text: str) -> bool:
    """False when ``_CONTRACTION`` cannot match: ASCII text (where ``lower()`` is what
    ``re.I`` compares) without any of the hints."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(hint in low for hint in _CONTRACTION_HINTS)


def _append_word(words: list[str], token: str) -> None:
    """Append ``token`` if sumy counts it as a word, splitting contractions as NLTK does."""
    if _CONTRACTION.search(token) is not None:
        pieces = _CONTRACTION.sub(_split_contraction, token).split()
        words.extend(piece for piece in pieces if _SUMY_WORD.fullmatch(piece))
    elif _SUMY_WORD.fullmatch(token):
        words.append(token)


def _ends_with_full_stop(text: str) -> bool:
    """Whether ``text`` ends with one full stop, then only closing quotes or brackets."""
    tail = text.rstrip()
    while tail and tail[-1] in _FINAL_CLOSERS:
        tail = tail[:-1].rstrip()
    return tail.endswith(".") and not tail.endswith("..")


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
