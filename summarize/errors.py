"""Errors the tool reports to people: one line each, already naming the file."""

from __future__ import annotations


class SummarizeError(Exception):
    """Base class: the message is complete and fit to print as one line on stderr."""


class InputError(SummarizeError):
    """An input (file, stdin, URL, fact table) cannot be used; the message names it."""


class UsageError(SummarizeError):
    """Options that contradict each other or are out of range."""
