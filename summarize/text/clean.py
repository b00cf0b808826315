"""Article cleaning: find the headline and drop boilerplate so it never reaches a summary.

Cleaning works on the segmenter's sentences but does not trust their boundaries: news
text pasted from the web or from wire feeds packs bylines, timestamps, credits and share
buttons into lines and ``" . "`` runs that a segmenter may glue to real sentences. So each
sentence is cut into *fragments* at line breaks, at isolated periods (``"By . Associated
Press . PUBLISHED: ."``), at ``" | "`` and around photo credits; every fragment is judged
by the rules below, and each run of kept fragments inside one sentence becomes a sentence
again. A kept sentence is therefore always a contiguous slice of the input:
``text[start:end]`` folded, possibly starting later or ending earlier than the
segmenter's span (a trimmed ``"(CNN) --"`` dateline, a trimmed credit).

The rules are general news-boilerplate rules (see README.md, "Cleaning");
each one only fires on a whole fragment or on a clearly delimited prefix, so ordinary
sentences that merely mention "by", "share" or "follow" are kept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .segment import SentenceSpan, fold_whitespace, split_sentences

# --- the rules ------------------------------------------------------------------------

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun"
).split()
_ZONES = "est edt cst cdt mst mdt pst pdt et ct pt gmt bst utc cet cest hkt ist aest sgt".split()
_DATE_WORDS = frozenset(
    _MONTHS
    + _WEEKDAYS
    + _ZONES
    + "am pm a.m. p.m. on at of the ago min mins minute minutes hour hours day days".split()
)
_DATE_TOKEN = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|"
    r"\d{4}-\d{2}-\d{2}(?:t[\d:.z+-]*)?|\d{1,2}/\d{1,2}/\d{2,4})$"
)
_DIGIT = re.compile(r"\d")
# "PUBLISHED:", "Updated", "Last updated at", "First published on", "Posted:" ...
_FULL_DATE = re.compile(r"^\d{1,2}[:.]\d{2}|^\d{4}-\d{2}-\d{2}|^\d{1,2}/\d{1,2}/")
_STAMP_LABEL = re.compile(
    r"^(?:(?:last|first)\s+)?(?:published|updated|modified|posted|updated on|published on)"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.I,
)

_CONNECTORS = frozenset("and & for in of at the with from , |".split())
_NOT_NAMES = frozenset(_MONTHS + _WEEKDAYS + "then now far way night day far".split())
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'\u2019.-]*|[A-Z]\.)$")
_BY = re.compile(r"^(?:(?:written|reported|words|story|text|posted)\s+)?by\b\s*[:.]?\s*", re.I)

_READING_TIME = re.compile(
    r"^(?:reading time\s*:?\s*)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*-?\s*min(?:ute)?s?\.?(?:\s+read)?$|^\d+\s*-?\s*min(?:ute)?s?\.?\s+read$",
    re.I,
)
_SOCIAL_WORDS = frozenset(
    """share shares sharing this article story page post video gallery via on by
    facebook twitter x whatsapp messenger linkedin reddit pinterest tumblr telegram
    email e-mail mail print copy link copied comment comments save bookmark tweet
    flipboard instagram tiktok youtube""".split()
)
_SOCIAL_TRIGGERS = frozenset(
    "share sharing tweet email e-mail print comment comments facebook twitter whatsapp "
    "linkedin pinterest reddit bookmark".split()
)
_FOLLOW = re.compile(
    r"^follow\b.*(?:@\w|\btwitter\b|\bfacebook\b|\binstagram\b|\btiktok\b|\byoutube\b|"
    r"\bx\.com\b|\bbluesky\b|\bthreads\b|www\.|https?://)",
    re.I,
)
_HANDLE_LINE = re.compile(
    r"^(?:(?:twitter|instagram|x|email|e-mail|contact)\s*:?\s*)?(?:@\w+|[\w.+-]+@[\w-]+\.[\w.]+)$",
    re.I,
)
_LINK = re.compile(r"^(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?)$", re.I)
_PROMPT = re.compile(
    r"^(?:(?:video|watch|pictured|photos?)\s*:?\s*)?scroll down\b"
    r"|^click here\b"
    r"|^read more\s*(?::|\b(?:about|at|here|on|from|stories)\b|$)"
    r"|^(?:read|related|see also|more|watch|listen|related articles?|recommended)\s*:"
    r"|^(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|updates|alerts)\b"
    r"|^(?:advertisement|story continues below(?: advertisement)?|related topics|"
    r"more on this story|related content|top stories|most read|skip to (?:main )?content|"
    r"listen to (?:this )?(?:article|story)|leave a comment)$"
    r"|^(?:sorry,? )?(?:we are|we're) not (?:currently )?accepting comments\b"
    r"|^comments (?:are|have been) closed\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^(?:copyright|\u00a9|\(c\))\s*(?:\u00a9\s*)?\d{4}\b|^all rights reserved\b"
    r"|^this material may not be published\b",
    re.I,
)
_REPORTER_CREDIT = re.compile(
    r"\b(?:contributed(?: reporting)? to this (?:report|story|article)|contributed reporting"
    r"|reported this story|wrote this story)(?![\w'\u2019])"
    r"|^\(?(?:additional reporting|reporting|editing|writing|compiled) by\b",
    re.I,
)
_AGENCIES = (
    r"AP|AFP|EPA|UPI|PA|Reuters|REUTERS|Getty(?: Images)?|Xinhua|Bloomberg|Shutterstock|"
    r"Alamy|iStock|Corbis|Rex|Rex Features|NurPhoto|SOPA Images|Anadolu|ANSA|dpa|DPA|EFE|"
    r"Kyodo|Yonhap|TASS|Sputnik|NASA|BBC|CNN|AP Images"
)
_CREDIT_WORDS = r"photo(?:graph)?s?|image|images|picture|pic|credit|illustration|footage|video"
# "(AP Photo/Geert Vanden Wijngaert)", "(Photo: Getty Images)", "(REUTERS/Yves Herman)",
# "(Getty Images)", "(Photo by Jane Doe/AFP via Getty Images)"
_CREDIT = re.compile(
    r"\(\s*(?:"
    rf"(?:(?:[A-Z][\w.&-]*\s+){{0,3}})(?:{_CREDIT_WORDS})\s*(?:[:/]|by\b)\s*[^()\n]{{1,100}}"
    rf"|(?:{_AGENCIES})(?:\s*/\s*(?:{_AGENCIES}|[A-Z][^()\n]{{0,80}}))+"
    rf"|(?:{_AGENCIES})\s+(?:{_CREDIT_WORDS})"
    r"|(?:AFP|Getty Images|Shutterstock|Alamy|iStock|Rex Features)"
    r")\s*\)",
    re.I,
)
# A whole line that is only a credit: "Photo: Getty Images", "Image copyright Reuters",
# "Photograph: Jane Doe/AP", "Credit: Jane Doe for The Times".
_CREDIT_LINE = re.compile(
    rf"^(?i:(?:{_CREDIT_WORDS})\s*(?:copyright|credit)?\s*(?::|/|\bby\b))\s*[A-Z].{{0,100}}$"
    r"|^(?i:image copyright\b.{0,100}|getty images|shutterstock|alamy|ap photo/.*)$",
)
# Prefixes trimmed from the start of a fragment, the rest kept:
_DATELINE = re.compile(
    # optional place: "Canberra, Australia ", "WASHINGTON ", "LONDON, April 3 "
    r"^(?:[A-Z][\w.'\u2019-]*(?:[ ,]+[A-Z\d][\w.'\u2019-]*){0,5},?\s+)?"
    rf"\((?:{_AGENCIES}|CNN ?Money|CNN Business|EW\.com|Mashable|The Conversation)\)"
    r"\s*(?:--?|\u2014|\u2013)?\s*"
    # or an all-caps wire dateline: "BRUSSELS --", "NEW YORK, April 3 \u2014"
    r"|^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][\w.]+(?:\s+\d{1,2})?)?"
    r"\s+(?:--|\u2014|\u2013)\s+(?=[A-Z\u201c\"])",
)
# Page furniture glued to the lede when a scraped page loses its line breaks: a byline
# and/or a publication stamp that ends in a year, before a capitalised word ("By Jane Doe
# PUBLISHED: 14:11 EST, 25 October 2013", "UPDATED: 15:36 EST, 25 October 2013 The ...",
# "Last updated at 3:31 PM on 19th July 2011 Cheaper ..."). Trimmed only when the stamp
# reads as a timestamp and the words after "By" as names (``_glued_stamp_ok``).
_GLUED_STAMP = re.compile(
    r"^(?:by\s+(?P<names>[^|:]{1,80}?)\s+)?"
    r"(?P<stamp>(?:(?:last|first)\s+)?(?:published|updated|modified|posted)\b[^|]{0,60}?"
    r"\b(?:19|20)\d\d)\b\s*(?=[A-Z\"\u201c]|$)",
    re.I,
)


def _glued_stamp_ok(m: re.Match[str]) -> bool:
    """A ``_GLUED_STAMP`` match is page furniture: a timestamp, after names if any."""
    names = m.group("names")
    return _is_timestamp(m.group("stamp")) and (names is None or _is_name_list(names))


# Each prefix with the test a match must also pass (None: the match is enough).
_PREFIXES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bool] | None], ...] = (
    (_DATELINE, None),
    (_GLUED_STAMP, _glued_stamp_ok),
    # an editor's note in square brackets before the story: "[Breaking news update] The ..."
    (re.compile(r"^\[[^\[\]\n]{1,120}\][\s.]*(?=[A-Z\"\u201c]|$)"), None),
    (re.compile(r"^(?:video\s+)?scroll down for (?:the )?videos?\b\s*[.:]?\s*", re.I), None),
    (re.compile(r"^image caption\s*:?\s*", re.I), None),
)

# Where fragments split: line breaks, isolated periods, lone bars.
# A dash after a sentence's end starts a trailer ("... area. -- CNN's Jane Doe contributed").
# (The marks are matched before the white space behind them is checked, which lets the
# regex engine skip ahead: same matches as "(?<=\s)[.|]...", three times faster.)
_CUT = re.compile(
    r"\n|[.|\u2022\u00b7](?<=\s[.|\u2022\u00b7])(?=\s|$)"
    r"|(?<=[.!?\"'\u201d\u2019])\s+(?=(?:--|\u2014|\u2013)\s)"
)
_WORD = re.compile(r"[\w@&'\u2019./:-]+|,|\|")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_timestamp(text: str) -> bool:
    """A fragment made only of a publication label and/or a date and time."""
    label = _STAMP_LABEL.match(text)
    body = text[label.end() :] if label else text
    if body != text and not body.strip(" .:|-"):
        return True  # "PUBLISHED:", "Updated"
    if not _DIGIT.search(body):
        return False
    tokens = []
    for raw in _tokens(body):
        token = raw.lower().strip(".,()")
        if not token or token in {",", "|", "-"}:
            continue
        if token not in _DATE_WORDS and not _DATE_TOKEN.match(token):
            return False  # a word no timestamp has: stop at the first one
        tokens.append(token)
    if not tokens:
        return False
    # a bare number ("2008.", "1.") is not a timestamp: want a label, a clock time,
    # a month name or a full numeric date
    return (
        body != text
        or any(t in _MONTHS for t in tokens)
        or any(_FULL_DATE.match(t) for t in tokens)
    )


def _is_name_list(text: str) -> bool:
    """Looks like the names of a byline: "Associated Press", "John Hall and Ted Thornhill",
    "Harriet Arkell For Mailonline", "Jane Doe, Political Correspondent"."""
    tokens = [t.strip(".") or t for t in _tokens(text.rstrip(" ."))]
    if not tokens or len(tokens) > 10:
        return False
    first = tokens[0]
    if first.lower() in _NOT_NAMES or not (_NAME_TOKEN.match(first) or first.lower() == "and"):
        return False
    names = 0
    for token in tokens:
        if token.lower() in _CONNECTORS:
            continue
        if not _NAME_TOKEN.match(token) or token.lower() in _NOT_NAMES:
            return False
        names += 1
    return names >= 1


def _is_social(text: str) -> bool:
    """A share line: at most 8 words, all of them share-bar words, one of them a trigger
    ("Share this article", "Email Print Comment"). Stops at the first other word, so an
    ordinary sentence costs one or two set look-ups."""
    if text[:1].isupper():
        count, triggered = 0, False
        for raw in text.split():
            word = raw.lower().strip(".,:!|")
            if not word:
                continue
            if word not in _SOCIAL_WORDS or count == 8:
                break
            count += 1
            triggered = triggered or word in _SOCIAL_TRIGGERS
        else:
            if count and triggered:
                return True
    return text.lower().rstrip(" .") in ("e-mail to a friend", "email to a friend")


def _is_link_list(text: str) -> bool:
    """Only links ("www.example.com and example.org"); stops at the first other token."""
    found = False
    for raw in text.rstrip(" .").split():
        token = raw.strip(",;")
        if not token or token.lower() in ("and", "or", "at", "on"):
            continue
        if "." not in token or not _LINK.match(token):
            return False
        found = True
    return found


def _may_credit_reporter(text: str) -> bool:
    """A quick necessary condition for ``_REPORTER_CREDIT``: each of its branches holds one
    of these words. (Only for ASCII text, where ``lower()`` is exactly what ``re.I``
    matches; other text goes straight to the regular expression.)"""
    if not text.isascii():
        return True
    low = text.lower()
    return "contributed" in low or "this story" in low or " by" in low


def boilerplate_rule(text: str) -> str | None:
    """The name of the rule that makes ``text`` (one fragment) boilerplate, or None."""
    t = text.strip()
    if _is_timestamp(t):
        return "timestamp"
    by = _BY.match(t)
    if by and by.end() < len(t) and _is_name_list(t[by.end() :]):
        return "byline"
    if _READING_TIME.match(t.rstrip(" .")):
        return "reading-time"
    words = len(t.split())
    if _is_social(t) or (_FOLLOW.match(t) and words <= 20) or _HANDLE_LINE.match(t.rstrip(" .")):
        return "social"
    if _is_link_list(t):
        return "links"
    if _PROMPT.match(t):
        return "prompt"
    if _COPYRIGHT.match(t):
        return "copyright"
    if _CREDIT.fullmatch(t) or (_CREDIT_LINE.match(t.rstrip(" .")) and words <= 12):
        return "credit"
    credit = _REPORTER_CREDIT.search(t) if words <= 40 and _may_credit_reporter(t) else None
    if credit and credit.start() <= 100:
        return "reporter-credit"
    return None


# --- fragments ----------------------------------------------------------------------


@dataclass
class _Fragment:
    start: int
    end: int
    sentence: int  # index of the segmenter span it came from
    paragraph: int
    keep: bool | None = True  # None: neutral (punctuation), follows its neighbours
    dateline: bool = False  # a trimmed dateline prefix ("BRUSSELS, April 3 --")
    folded: str | None = None  # the text, folded, when the segmenter's span already has it


def _fragments(text: str, spans: list[SentenceSpan]) -> list[_Fragment]:
    out: list[_Fragment] = []
    for index, span in enumerate(spans):
        cuts = [span.start]
        for m in _CUT.finditer(text, span.start, span.end):
            cut = m.group()
            cuts.append(m.end() if cut == "." else m.start())
            if cut in ("|", "\u2022", "\u00b7"):
                cuts.append(m.end())
        for m in _CREDIT.finditer(text, span.start, span.end):
            cuts += [m.start(), m.end()]
        cuts.append(span.end)
        cuts = sorted(set(cuts))
        for a, b in zip(cuts, cuts[1:], strict=False):
            a, b = _strip(text, a, b)
            if a < b:
                out.extend(_trim_prefixes(text, a, b, index, span.paragraph))
        if len(cuts) == 2 and out and (out[-1].start, out[-1].end) == (span.start, span.end):
            out[-1].folded = span.text  # the whole sentence is one fragment (most are)
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _trim_prefixes(text: str, a: int, b: int, index: int, para: int) -> list[_Fragment]:
    out = []
    changed = True
    while changed and a < b:
        changed = False
        for prefix, accept in _PREFIXES:
            m = prefix.match(text[a:b])
            if m and m.end() > 0 and (accept is None or accept(m)):
                cut = a + m.end()
                start, end = _strip(text, a, cut)
                dateline = prefix is _DATELINE
                out.append(_Fragment(start, end, index, para, keep=False, dateline=dateline))
                a, b = _strip(text, cut, b)
                changed = True
                break
    if a < b:
        out.append(_Fragment(a, b, index, para))
    return out


def _judge(text: str, fragments: list[_Fragment]) -> None:
    """Mark each fragment kept, dropped or neutral, in document order."""
    after_by = False  # the previous fragment was a lone "By" (wire style "By . Name .")
    for f in fragments:
        if f.keep is False:
            continue
        chunk = f.folded if f.folded is not None else fold_whitespace(text[f.start : f.end])
        if not any(ch.isalnum() for ch in chunk):
            f.keep = None
            continue
        if _BY.fullmatch(chunk):
            f.keep, after_by = False, True
            continue
        if after_by and _is_name_list(chunk):
            f.keep = False  # "Associated Press", then "and Ted Thornhill" ...
            continue
        after_by = False
        f.keep = boilerplate_rule(chunk) is None
    for i, f in enumerate(fragments):
        if f.keep is None:
            near = [g for g in fragments[max(0, i - 1) : i + 2] if g is not f]
            f.keep = not any(g.keep is False for g in near if g.sentence == f.sentence)


def _rebuild(
    text: str, fragments: list[_Fragment]
) -> tuple[list[SentenceSpan], list[SentenceSpan]]:
    kept: list[SentenceSpan] = []
    removed: list[SentenceSpan] = []
    run: list[_Fragment] = []

    def flush() -> None:
        if run:
            start, end = run[0].start, run[-1].end
            folded = run[0].folded if len(run) == 1 else None
            if folded is None:
                folded = fold_whitespace(text[start:end])
            span = SentenceSpan(start, end, folded, run[0].paragraph)
            (kept if run[0].keep else removed).append(span)
            run.clear()

    for f in fragments:
        if run and (
            f.sentence != run[-1].sentence
            or f.keep != run[-1].keep
            or (not f.keep and "\n" in text[run[-1].end : f.start])  # one removed line each
        ):
            flush()
        run.append(f)
    flush()
    return kept, removed


# --- headline -----------------------------------------------------------------------

HEADLINE_MAX_WORDS = 25


def _headline(text: str, kept: list[SentenceSpan]) -> SentenceSpan | None:
    """The first paragraph, when it is one short line with no final period, colon or
    comma (a title, not a sentence), and more text follows."""
    if len(kept) < 2:
        return None
    first = kept[0]
    if any(s.paragraph == first.paragraph for s in kept[1:]):
        return None
    if "\n" in text[first.start : first.end].strip():
        return None
    words = first.text.split()
    if not 1 <= len(words) <= HEADLINE_MAX_WORDS or len(first.text) > 200:
        return None
    if first.text.rstrip("\"'\u201d\u2019)").endswith((".", ",", ";", ":", "-", "\u2014")):
        return None
    if not any(ch.isalpha() for ch in first.text):
        return None
    return first


# --- the stage ----------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A document ready for ranking or claim extraction.

    ``text`` is the decoded input; every span's offsets point into it. ``sentences`` are
    the body sentences in document order; ``removed`` what cleaning dropped (bylines,
    credits, share lines, ...), kept for tests and ``--no-clean`` comparisons.
    """

    text: str
    headline: SentenceSpan | None
    sentences: tuple[SentenceSpan, ...]
    removed: tuple[SentenceSpan, ...] = ()
    captions: tuple[SentenceSpan, ...] = ()
    """Kept sentences that are photo-caption text (the sentences on the line of a removed
    photo credit). They stay in ``sentences`` (captions often carry the only full date
    and place, which claim checking needs); rankers may skip or down-weight them."""
    datelines: tuple[SentenceSpan, ...] = ()
    """The dateline prefixes trimmed from sentence starts ("BRUSSELS, April 3 --",
    "WASHINGTON (AP) --"), also listed in ``removed``: never summarized, but claim
    checking reads their place and date."""

    @property
    def candidates(self) -> tuple[SentenceSpan, ...]:
        """The sentences a summary may use: the body without photo captions, which
        describe a picture rather than the story. A document that is nothing but
        captions keeps them."""
        captions = set(self.captions)
        return tuple(s for s in self.sentences if s not in captions) or self.sentences


# A caption is the line its credit ends; in text without line breaks only the sentence
# right before the credit is taken for caption.
CAPTION_MAX_SENTENCES = 3


def _captions(
    text: str, kept: list[SentenceSpan], removed: list[SentenceSpan]
) -> list[SentenceSpan]:
    found: list[SentenceSpan] = []
    ends = [s.end for s in kept]
    for credit in removed:
        if not _CREDIT.fullmatch(credit.text.rstrip(" .")):
            continue
        line_start = text.rfind("\n", 0, credit.start) + 1
        last = bisect.bisect_right(ends, credit.start)
        before = []
        for s in reversed(kept[max(0, last - CAPTION_MAX_SENTENCES - 1) : last]):
            if s.start < line_start:
                break
            before.insert(0, s)
        if len(before) > CAPTION_MAX_SENTENCES:
            before = before[-1:]
        if before and not text[before[-1].end : credit.start].strip(" \t.") :
            found.extend(s for s in before if s not in found)
    return found


# Captions recognised by their form, with or without a credit or a final full stop:
# a short label and a colon ("Scene: The house in Surrey ...", "Happy couple: ..."), as
# picture captions and related-story links are written. Not a label: a speaker before a
# quotation ("He said:", "Mr Smith added:", "The statement read:"), recognised by a verb of
# saying (or any -ed verb) closing a label of two or more words, or a pronoun opening it.
_CAPTION_LABEL = re.compile(
    r"^[\"'\u201c\u2018]?([A-Z][\w'\u2019&.-]*(?: [\w'\u2019&.-]+){0,2}):\s+(?=\S)"
)
_SPEECH_END = re.compile(
    r"(?:ed|said|says|say|told|tells|wrote|writes|read|reads|adds|asks|explains|insists"
    r"|continues|concludes|warns|states|notes|argues|recalls|tweets)$"
)
_PRONOUNS = frozenset("i you he she it we they this that there".split())
CAPTION_LABEL_MAX_CHARS = 30
# A picture reference: "(pictured, left)", "(right)", "(above)", "(second left)".
_PICTURE_REFERENCE = re.compile(
    r"\((?:pictured|picture|left|right|above|below|centre|center|top|bottom|inset|"
    r"(?:second|third|far|top|bottom|back|front) (?:left|right|row)|file)\b[^()]{0,80}\)",
    re.I,
)
# The same places written without brackets, as picture captions do: "Dragons Duncan
# Bannatyne, second left, and Peter Jones, second right, ...", "Left, the jellyfish ...",
# "...; pictured is Lake Placid Lodge". A body sentence names a place in a picture only in
# brackets, if at all ("Mr Coe, pictured with his pupil, said ..." is not matched).
_PLACED_IN_PICTURE = re.compile(
    r"(?:^|, )(?:(?:second|third|far|top|bottom|back|front) )?(?:left|right|inset)"
    r"(?:,| and\b)"
    r"|^(?:pictured|above|below|left|right|inset)[,:]"
    r"|\bpictured (?:is|are|left|right|above|below|here|centre|center)\b",
    re.I,
)


# Lines that are not prose, whatever their punctuation: an editor's note wholly in square
# brackets ("[Breaking news update, posted 9:04 p.m. ET]"), a line that only introduces
# what follows it ("Here is what you need to know:", "... he wrote on Twitter:"), and a
# title or label line whose every word is capitalised ("Pensacola Beach, Florida",
# "'The Late Show,' Monday to Friday, 12:35 a.m. ET, CBS"): subheadings, listings, credits.
_EDITORS_NOTE = re.compile(r"^\[[^\[\]]+\][\s.]*$")
_INTRODUCES = re.compile(r":[\s.]*$")
_CLOCK = re.compile(r"\b[ap]\.m\.?", re.I)
_TITLE_CASE_SMALL = "a an and as at by de for from in of on or the to with via vs".split()
# A lower-case word that is not one of the small words a title leaves in lower case: the
# first one found makes the line prose (one search, which stops early in a sentence).
_PROSE_WORD = re.compile(
    rf"(?<![\w'\u2019.-])(?!(?:{'|'.join(_TITLE_CASE_SMALL)})(?![\w'\u2019-]))[a-z]"
)


def is_label_line(text: str) -> bool:
    """An editor's note, an introduction to what follows, or a line of capitalised words
    (see above): text that a summary must not use as a sentence."""
    if _EDITORS_NOTE.match(text) or _INTRODUCES.search(text):
        return True
    if len(text.split()) < 2 or not any(c.isupper() for c in text):
        return False
    if text.upper() == text:
        return False  # all capitals: a shouted sentence or wire copy, not a label
    return _PROSE_WORD.search(_CLOCK.sub("", text)) is None


_SENTENCE_END = re.compile(
    r"[.!?\u2026:;\u3002\uff01\uff1f\uff61]"
    r"[\"'\u201d\u2019)\]\u300d\u300f\uff09\u3011\u3009\u300b]*$"
)


def caption_label(text: str) -> str | None:
    """The label of a sentence written as a caption ("Scene: ..."), or None."""
    m = _CAPTION_LABEL.match(text)
    if not m or len(m.group(1)) > CAPTION_LABEL_MAX_CHARS:
        return None
    words = m.group(1).lower().split()
    speech = len(words) >= 2 and _SPEECH_END.search(words[-1]) and not words[0].endswith("ly")
    if words[0] in _PRONOUNS or speech:  # "Intensively farmed:" is a label, not a speaker
        return None
    return m.group(1)


def _labelled_captions(kept: list[SentenceSpan]) -> list[SentenceSpan]:
    """Sentences that open with a caption label; sentences that point at a picture
    ("Jane Doe (centre) at the launch", "Jane Doe, left, and ...", "Stuart Gulliver
    (pictured), chief executive since 2011, ..."): the blind readers took a body sentence
    that points at a photograph for page furniture too; lines that are not prose
    (``is_label_line``); and a line without final punctuation that runs into prose."""
    found: list[SentenceSpan] = []
    for i, s in enumerate(kept):
        labelled = caption_label(s.text) is not None
        picture = _PICTURE_REFERENCE.search(s.text) is not None
        run_on = (  # a line that lost its break: no final punctuation, prose follows it
            i + 1 < len(kept)
            and kept[i + 1].paragraph == s.paragraph
            and not _SENTENCE_END.search(s.text)
        )
        if (labelled or picture or run_on or _PLACED_IN_PICTURE.search(s.text)
                or is_label_line(s.text)):
            found.append(s)
    return found


def _merge(a: list[SentenceSpan], b: list[SentenceSpan]) -> list[SentenceSpan]:
    seen = set(a)
    return sorted(a + [s for s in b if s not in seen], key=lambda s: s.start)


def prepare_article(text: str, *, clean: bool = True) -> Article:
    """Segment ``text``; with ``clean``, split off the headline and drop boilerplate."""
    spans = split_sentences(text)
    if not clean:
        return Article(text=text, headline=None, sentences=tuple(spans))
    fragments = _fragments(text, spans)
    _judge(text, fragments)
    kept, removed = _rebuild(text, fragments)
    headline = _headline(text, kept)
    if headline is not None:
        kept = kept[1:]
    return Article(
        text=text,
        headline=headline,
        sentences=tuple(kept),
        removed=tuple(removed),
        captions=tuple(_merge(_captions(text, kept, removed), _labelled_captions(kept))),
        datelines=tuple(
            SentenceSpan(f.start, f.end, fold_whitespace(text[f.start : f.end]), f.paragraph)
            for f in fragments
            if f.dateline
        ),
    )
