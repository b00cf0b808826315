"""summarize: extractive news summaries and claim checking from the command line.

Public API (imported lazily so that ``--help`` and start-up stay fast):

- ``summarize_text(text, *, sentences=None, ratio=None, words=None, chars=None,
  method=DEFAULT_METHOD, language="english", clean=True) -> Summary``
- ``check_claims(text, facts, ...) -> ClaimReport``
- ``load_facts(path) -> FactTable``
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["summarize_text", "Summary", "check_claims", "load_facts", "__version__"]

_LAZY = {
    "summarize_text": ("summarize.summary", "summarize_text"),
    "Summary": ("summarize.summary", "Summary"),
    "check_claims": ("summarize.checker", "check_claims"),
    "load_facts": ("summarize.facts", "load_facts"),
}

if TYPE_CHECKING:  # pragma: no cover
    from .checker import check_claims
    from .facts import load_facts
    from .summary import Summary, summarize_text


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module_name), attr)
    globals()[name] = value
    return value
