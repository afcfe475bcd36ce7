"""Parse and store articles read by the dashboard's Ingest page, through the same path as `attribution ingest`.

Read errors (`InputError` values from `attribution.ingest`) and parse errors are collected per input
with the same wording as the CLI's summary; they never stop the batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from attribution.ingest import Item
from attribution.storage.store import IngestSummary, ingest_items


def store_items(engine: Engine, items: Iterable[Item], registry: Any = None) -> IngestSummary:
    """Parse and store each article (in this process: the server's threads make starting worker processes
    unsafe); collect `(origin, reason)` for each input that failed."""
    return ingest_items(engine, items, registry=registry, parser_process=False)
