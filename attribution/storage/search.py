"""Free-text claim search that tolerates spelling variants (Arabic and English).

`queries.list_claims` matches `ClaimFilter.text` as a substring of the normalized content (SQL LIKE).
This module adds fuzzy matching on top: when the other filters leave at most `CANDIDATE_CAP` claims,
every candidate is scored with rapidfuzz's `partial_ratio` on normalized text (hamza/alef forms,
ta marbuta, alef maqsura, diacritics and case already folded by `normalize_key`), so a misspelt or
differently spelt query still finds its claim. Larger selections fall back to the exact SQL match.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from attribution.storage.queries import ClaimFilter, ClaimRow, count_claims, list_claims
from attribution.textnorm import normalize_key

CANDIDATE_CAP = 5000
FUZZY_THRESHOLD = 80.0
MIN_FUZZY_QUERY = 4  # shorter queries must match exactly: a 3-letter fuzzy match finds everything


@dataclass(frozen=True)
class ClaimPage:
    """One page of search results and how they were found."""

    rows: list[ClaimRow]
    total: int
    fuzzy: bool  # True when rapidfuzz decided the matches, False for the exact SQL match
    capped: bool = False  # True when there were too many candidates to score and SQL matched instead


def fuzzy_score(query_key: str, content: str) -> float:
    """How well a normalized query matches somewhere inside a claim (0–100)."""
    content_key = normalize_key(content)
    if query_key in content_key:
        return 100.0
    return float(fuzz.partial_ratio(query_key, content_key))


def matches(query: str, content: str, threshold: float = FUZZY_THRESHOLD) -> bool:
    key = normalize_key(query)
    if not key:
        return True
    if len(key) < MIN_FUZZY_QUERY:
        return key in normalize_key(content)
    return fuzzy_score(key, content) >= threshold


def _exact(session: Session, f: ClaimFilter, limit: int, offset: int, capped: bool) -> ClaimPage:
    rows = list_claims(session, f, limit=limit, offset=offset)
    return ClaimPage(rows, count_claims(session, f), fuzzy=False, capped=capped)


def search_claims(
    session: Session, f: ClaimFilter, *, limit: int = 50, offset: int = 0, threshold: float = FUZZY_THRESHOLD
) -> ClaimPage:
    """The claims matching `f`, with `f.text` matched fuzzily when the candidate set is small enough."""
    if not normalize_key(f.text):
        return _exact(session, replace(f, text=""), limit, offset, capped=False)
    rest = replace(f, text="")
    if count_claims(session, rest) > CANDIDATE_CAP:
        return _exact(session, f, limit, offset, capped=True)
    candidates = list_claims(session, rest, limit=CANDIDATE_CAP)
    found = [row for row in candidates if matches(f.text, row.content_text, threshold)]
    return ClaimPage(found[offset : offset + limit], len(found), fuzzy=True)


def all_matching(session: Session, f: ClaimFilter, *, cap: int = 100_000) -> list[ClaimRow]:
    """Every claim matching `f` (fuzzy text as in `search_claims`), up to `cap`: for exports."""
    return search_claims(session, f, limit=cap).rows
