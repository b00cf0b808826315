"""Summaries and claim checks over a Dask collection, partition by partition.

Needs the ``dask`` extra (``pip install '.[dask]'``); nothing else in the package imports
this module, so a plain install stays free of Dask.

The same functions run on Dask's local scheduler and on a ``dask.distributed`` cluster:
each partition is handed to ``summarize_text`` / ``check_claims`` article by article in a
worker, and only the results travel back. Options are those of the Python API (and so of
the CLI): ``sentences``, ``ratio``, ``words``, ``chars``, ``method``, ``language``,
``clean``, ``order`` for summaries; ``threshold`` and ``include_unchecked`` for claims.

- ``summarize_bag(bag, text_field="text", id_field="id", **options)``: a bag of records
  (dicts) in, a bag of records out: every field but the text carried unchanged, plus the
  summary's JSON fields (``summarize --format json``: ``source`` is the record's id).
- ``summarize_frame(frame, text_column="text", **options)``: a Dask (or pandas) DataFrame
  in, the same frame out with ``summary`` (the sentences joined by newlines) and
  ``summary_sentences`` columns added and the text column kept.
- ``check_claims_bag(bag, facts, ...)`` and ``check_claims_frame(frame, facts, ...)``: the
  same for claims; ``facts`` is a ``FactTable`` or the path of a YAML fact table (read
  once per partition in the worker). The frame gains ``claims`` (the report as JSON),
  ``contradicted``, ``supported`` and ``flagged`` (what makes ``check-claims`` exit 1,
  under ``fail_on`` as ``--fail-on``) columns.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

    from .facts import FactTable

SUMMARY_COLUMNS = {"summary": "object", "summary_sentences": "int64"}
CLAIM_COLUMNS = {
    "claims": "object",
    "contradicted": "int64",
    "supported": "int64",
    "flagged": "bool",
}


def _table(facts: FactTable | str | os.PathLike) -> FactTable:
    if isinstance(facts, (str, os.PathLike)):
        from .facts import load_facts

        return load_facts(os.fspath(facts))
    return facts


def summarize_records(
    records: Iterable[dict], *, text_field: str = "text", id_field: str = "id", **options: Any
) -> Iterator[dict]:
    """Each record without its text, with the summary's JSON fields added."""
    from .summary import summarize_text

    for record in records:
        source = str(record.get(id_field, "<text>"))
        summary = summarize_text(record[text_field], source=source, **options)
        rest = {k: v for k, v in record.items() if k != text_field}
        yield {**rest, **summary.to_dict()}


def check_claims_records(
    records: Iterable[dict],
    facts: FactTable | str | os.PathLike,
    *,
    text_field: str = "text",
    id_field: str = "id",
    **options: Any,
) -> Iterator[dict]:
    """Each record without its text, with the claim report's JSON fields added."""
    from .checker import check_claims

    table = _table(facts)
    for record in records:
        source = str(record.get(id_field, "<text>"))
        report = check_claims(record[text_field], table, source=source, **options)
        rest = {k: v for k, v in record.items() if k != text_field}
        yield {**rest, **report.to_dict()}


def summarize_bag(
    bag: dask.bag.Bag, *, text_field: str = "text", id_field: str = "id", **options: Any
) -> dask.bag.Bag:
    """A bag of records in, a bag of summarized records out (see the module's doc)."""
    return bag.map_partitions(
        lambda part: list(
            summarize_records(part, text_field=text_field, id_field=id_field, **options)
        )
    )


def check_claims_bag(
    bag: dask.bag.Bag,
    facts: FactTable | str | os.PathLike,
    *,
    text_field: str = "text",
    id_field: str = "id",
    **options: Any,
) -> dask.bag.Bag:
    """A bag of records in, a bag of records with their claim reports out."""
    return bag.map_partitions(
        lambda part: list(
            check_claims_records(part, facts, text_field=text_field, id_field=id_field, **options)
        )
    )


def summarize_partition(
    frame: pandas.DataFrame, *, text_column: str = "text", **options: Any
) -> pandas.DataFrame:
    """One pandas partition: the frame with ``summary`` and ``summary_sentences`` added."""
    from .summary import summarize_text

    out = frame.copy()
    summaries = [summarize_text(text, **options) for text in frame[text_column]]
    out["summary"] = ["\n".join(s.text for s in summary.sentences) for summary in summaries]
    out["summary_sentences"] = [summary.summary_sentences for summary in summaries]
    return out.astype({"summary_sentences": "int64"})


def check_claims_partition(
    frame: pandas.DataFrame,
    facts: FactTable | str | os.PathLike,
    *,
    text_column: str = "text",
    fail_on: str = "contradicted",
    **options: Any,
) -> pandas.DataFrame:
    """One pandas partition: the frame with the claim columns added (``flagged`` as
    ``check-claims --fail-on`` decides the exit status)."""
    from .checker import check_claims

    table = _table(facts)
    reports = [check_claims(text, table, **options) for text in frame[text_column]]
    out = frame.copy()
    out["claims"] = [json.dumps(r.to_dict(), ensure_ascii=False) for r in reports]
    out["contradicted"] = [r.counts["contradicted"] for r in reports]
    out["supported"] = [r.counts["supported"] for r in reports]
    out["flagged"] = [r.flagged(fail_on) for r in reports]
    return out.astype({"contradicted": "int64", "supported": "int64", "flagged": "bool"})


def _meta(frame: Any, columns: dict[str, str]) -> Any:
    """The empty frame that tells Dask the result's columns and types."""
    import pandas as pd

    meta = frame._meta.copy()
    for name, dtype in columns.items():
        meta[name] = pd.Series([], dtype=dtype, index=meta.index)
    return meta


def summarize_frame(frame: Any, *, text_column: str = "text", **options: Any) -> Any:
    """A Dask DataFrame (or a pandas one, summarized at once) with summary columns added."""
    if not hasattr(frame, "map_partitions"):
        return summarize_partition(frame, text_column=text_column, **options)
    return frame.map_partitions(
        summarize_partition,
        text_column=text_column,
        **options,
        meta=_meta(frame, SUMMARY_COLUMNS),
    )


def check_claims_frame(
    frame: Any,
    facts: FactTable | str | os.PathLike,
    *,
    text_column: str = "text",
    **options: Any,
) -> Any:
    """A Dask DataFrame (or a pandas one, checked at once) with claim columns added."""
    if not hasattr(frame, "map_partitions"):
        return check_claims_partition(frame, facts, text_column=text_column, **options)
    return frame.map_partitions(
        check_claims_partition,
        facts,
        text_column=text_column,
        **options,
        meta=_meta(frame, CLAIM_COLUMNS),
    )
