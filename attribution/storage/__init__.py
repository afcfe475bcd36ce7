"""Storage: the schema (`tables`), engines (`engine`), the write side (`store`) and the read side (`queries`).

Import submodules directly for the full API; the names most callers need are re-exported here.
"""

from attribution.storage.engine import database_url, init_db, make_engine, safe_url
from attribution.storage.queries import (
    ClaimFilter,
    ClaimRow,
    Overview,
    SourceSummary,
    count_claims,
    get_article,
    list_articles,
    list_claims,
    list_sources,
    overview,
)
from attribution.storage.store import IngestSummary, StoreOutcome, ingest_paths, store_article

__all__ = [
    "ClaimFilter",
    "ClaimRow",
    "IngestSummary",
    "Overview",
    "SourceSummary",
    "StoreOutcome",
    "count_claims",
    "database_url",
    "get_article",
    "ingest_paths",
    "init_db",
    "list_articles",
    "list_claims",
    "list_sources",
    "make_engine",
    "overview",
    "safe_url",
    "store_article",
]
