"""The practical floor for summarizing many articles on this project's segmenter.

    python benchmarks/floor.py DIR_OR_FILE...           # text files (folders: their *.txt)
    python benchmarks/floor.py --jsonl ARCHIVE.jsonl    # one JSON object per line

It only reads each article, splits it into sentences with ``split_sentences`` and each
sentence into words with ``split_words`` (the project's own segmenter, as the default
method uses it), and prints the article's first three sentences. That is the work any
ranking summarizer built on this segmenter must do for every article, so
``benchmarks/archive.py`` reports ``summarize`` as a multiple of this script's time: what
is above 1x is cleaning, ranking, selecting and rendering (and, for start-up, Typer and
the rest of the command's imports). No cleaning, no ranking, no error handling: it is a
yardstick, not a tool.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from summarize.text.segment import split_sentences, split_words


def article_files(names: list[str]) -> Iterator[Path]:
    """The named files, and the ``*.txt`` files under named folders in sorted order."""
    for name in names:
        path = Path(name)
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders.sort()
                for file in sorted(files):
                    if file.endswith(".txt"):
                        yield Path(folder, file)
        else:
            yield path


def articles(names: list[str], jsonl: str | None, text_field: str) -> Iterator[str]:
    if jsonl:
        with open(jsonl, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)[text_field]
    for path in article_files(names):
        yield path.read_text(encoding="utf-8")


def first_sentences(text: str, count: int = 3) -> list[str]:
    """Segment the whole article, word every sentence, keep the first ``count``."""
    sentences = split_sentences(text)
    for sentence in sentences:
        split_words(sentence.text)
    return [s.text for s in sentences[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="text files or folders of .txt files")
    parser.add_argument("--jsonl", help="a JSONL archive, one article per line")
    parser.add_argument("--text-field", default="text")
    args = parser.parse_args()
    out = sys.stdout
    for text in articles(args.inputs, args.jsonl, args.text_field):
        out.write("\n".join(first_sentences(text)) + "\n\n")


if __name__ == "__main__":
    main()
