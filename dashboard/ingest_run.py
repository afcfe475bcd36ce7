"""Parse and store articles read by the dashboard's Ingest page, exactly as `attribution ingest` does.

Read errors (`InputError` values from `attribution.ingest`) and parse errors are collected per input
with the same wording as the CLI's summary; they never stop the batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from attribution.errors import AttributionError, InputError
from attribution.ingest import Item
from attribution.parse.resolve import RegistryLike
from attribution.storage.store import IngestSummary, store_article


def store_items(engine: Engine, items: Iterable[Item], registry: RegistryLike | None = None) -> IngestSummary:
    """Parse and store each article; collect `(origin, reason)` for each input that failed."""
    from attribution.parse import parse
    from attribution.registry import Registry

    resolver: Any = registry or Registry.default()  # Registry does not yet satisfy RegistryLike for mypy
    summary = IngestSummary()
    for item in items:
        if isinstance(item, InputError):
            summary.errors.append((item.origin, item.reason))
            continue
        try:
            result = parse(item.text, item.lang, registry=resolver)
        except (AttributionError, ValueError) as exc:
            summary.errors.append((item.origin, f"cannot parse: {exc}"))
            continue
        outcome = store_article(engine, item, result, resolver)
        if outcome.status == "duplicate":
            summary.duplicates += 1
        else:
            summary.articles += 1
            summary.attributions += outcome.attributions
    return summary
