"""Stop words and a light stemmer that need neither NLTK nor importing sumy's code.

Stop words are read from sumy's own data files (``sumy/data/stopwords/<language>.txt``)
through ``importlib.resources``, which loads none of sumy's modules, so every method
uses the same lists as sumy.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from ..errors import UsageError

_STOPWORDS = ("data", "stopwords")


def languages() -> list[str]:
    """Languages that sumy ships stop words for (the values ``--language`` accepts)."""
    folder = resources.files("sumy").joinpath(*_STOPWORDS)
    return sorted(p.name[: -len(".txt")] for p in folder.iterdir() if p.name.endswith(".txt"))


@cache
def stop_words(language: str = "english") -> frozenset[str]:
    """sumy's stop words for ``language``; UsageError naming the choices otherwise."""
    name = language.strip().lower()
    resource = resources.files("sumy").joinpath(*_STOPWORDS, f"{name}.txt")
    try:
        data = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise UsageError(
            f"unknown language {language!r} (choose from {', '.join(languages())})"
        ) from None
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip())


_VOWEL = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"([bdfgmnprt])\1$")


@lru_cache(maxsize=1 << 16)
def light_stem(word: str) -> str:
    """A small English suffix stripper: plurals, -ing, -ed, -ly, possessives.

    Lower-cases ``word``. Far cruder than Porter, but it merges the inflections that
    matter for matching news sentences ("talks"/"talk", "agreed"/"agree", "says"/"say")
    at a fraction of the import and run cost.
    """
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("eed") and len(w) > 5:  # "agreed" -> "agree", as Porter does
        return w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            if _VOWEL.search(stem):
                if _DOUBLE.search(stem):
                    stem = stem[:-1]
                w = stem
            break
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    return w
