"""Golden files: whole articles written for these tests (tests/golden/<lang>/*.txt) and the parser's output
for them (*.json beside each), reviewed as diffs. `UPDATE_GOLDEN=1 pytest tests/parse/test_golden.py`
rewrites the expected files after a deliberate change."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from attribution.parse import parse

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
ARTICLES = sorted(GOLDEN.glob("*/*.txt"))


def _output(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    result = parse(text, path.parent.name)
    return {
        "attributions": [a.to_gold() for a in result.attributions],
        "diagnostics": [[d.code, d.offset] for d in result.diagnostics],
    }


@pytest.mark.parametrize("path", ARTICLES, ids=[f"{p.parent.name}/{p.stem}" for p in ARTICLES])
def test_parser_output_matches_the_golden_file(path: Path) -> None:
    expected_path = path.with_suffix(".json")
    actual = _output(path)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual == expected


def test_there_are_golden_articles_in_both_languages() -> None:
    assert {p.parent.name for p in ARTICLES} >= {"ar", "en"}
