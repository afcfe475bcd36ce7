"""CSV and JSON export of claims: lossless for ordinary text, harmless in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, strategies as st

from attribution.export import COLUMNS, claims_to_csv, claims_to_json, neutralize_formula
from attribution.storage.queries import ClaimRow

ROW = ClaimRow(
    id=7,
    article_id=3,
    seq=0,
    kind="indirect",
    content_text="إن المحادثات مستمرة",
    content_start=10,
    content_end=29,
    cue_text="قال",
    cue_start=0,
    cue_end=3,
    source_text="وزير الخارجية",
    source_start=4,
    source_end=17,
    speaker_id=2,
    speaker="Fuad Hussein",
    speaker_type="official",
    anonymous=False,
    conduits=("Reuters", "CNN"),
    article_title="محادثات",
    article_url="https://example.test/a",
    article_outlet="Al-Test",
    article_published=datetime(2024, 1, 5, tzinfo=UTC),
    article_lang="ar",
    article_external_id="ar-1",
    review_status="unreviewed",
    review_note="",
    reviewer="",
)


def parsed_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_a_header_and_one_line_per_claim() -> None:
    [record] = parsed_csv(claims_to_csv([ROW]))
    assert tuple(record) == COLUMNS
    assert record["content_text"] == "إن المحادثات مستمرة"
    assert record["conduits"] == "Reuters; CNN"
    assert record["anonymous"] == "false"
    assert record["article_published"] == "2024-01-05T00:00:00+00:00"
    assert record["cue_start"] == "0"


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_cannot_start_a_formula(dangerous: str) -> None:
    row = replace(ROW, content_text=dangerous, speaker=dangerous, review_note=dangerous)
    [record] = parsed_csv(claims_to_csv([row]))
    for column in ("content_text", "speaker", "review_note"):
        assert record[column] == "'" + dangerous


def test_numbers_are_not_prefixed_even_when_negative_looking_text_would_be() -> None:
    [record] = parsed_csv(claims_to_csv([replace(ROW, source_start=None, content_text="-5 percent")]))
    assert record["content_start"] == "10" and record["source_start"] == ""
    assert record["content_text"] == "'-5 percent"


@given(st.text())
def test_neutralized_cells_never_start_with_a_formula_character(cell: str) -> None:
    assert not neutralize_formula(cell).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_json_round_trips_every_field() -> None:
    [record] = json.loads(claims_to_json([ROW, replace(ROW, id=8)]))[:1]
    assert record["content_text"] == "إن المحادثات مستمرة"
    assert record["conduits"] == ["Reuters", "CNN"]
    assert record["article_published"] == "2024-01-05T00:00:00+00:00"
    assert set(record) == set(COLUMNS)


def test_json_keeps_arabic_readable() -> None:
    assert "إن المحادثات" in claims_to_json([ROW])


def test_empty_export_is_a_header_or_an_empty_list() -> None:
    assert claims_to_csv([]) == ",".join(COLUMNS) + "\r\n"
    assert json.loads(claims_to_json([])) == []


def test_line_breaks_inside_cells_keep_one_record_per_claim() -> None:
    row = replace(ROW, content_text="first line\rsecond\nthird\r\n")
    [record] = parsed_csv(claims_to_csv([row]))
    assert record["content_text"] == "first line\rsecond\nthird\r\n"
