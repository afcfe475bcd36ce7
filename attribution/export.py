"""Claims out as CSV (safe to open in a spreadsheet) or JSON, from `ClaimRow` values of the query layer."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from attribution.storage.queries import ClaimRow

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ClaimRow))


def neutralize_formula(cell: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula with ``'`` (OWASP CSV injection advice)."""
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _csv_cell(value: Any) -> str:
    text = _cell(value)
    return text if isinstance(value, int | float) else neutralize_formula(text)


def claims_to_csv(rows: Iterable[ClaimRow]) -> str:
    """A CSV document with a header row; conduits joined by ``; ``; formula-like cells neutralized."""
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180 line ends, so any cell holding \r or \n is quoted
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(getattr(row, name)) for name in COLUMNS])
    return out.getvalue()


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__} as JSON")


def claims_to_json(rows: Iterable[ClaimRow]) -> str:
    """A JSON array of claim objects (UTF-8 text, Arabic left readable)."""
    records = [asdict(row) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2, default=_json_default)
