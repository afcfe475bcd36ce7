"""`attribution extract` writes the same ids and texts it read, so external annotations still index them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from typer.testing import CliRunner

from attribution.cli import app


def test_extract_echoes_texts_that_are_not_nfc(tmp_path: Path) -> None:
    decomposed = "قال الوزير إن الخطة \"جاهزة\". Cafe\u0301 owner said the plan was ready."
    assert unicodedata.normalize("NFC", decomposed) != decomposed
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x1", "text": decomposed}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "x1" and record["text"] == decomposed
    for a in record["attributions"]:
        s, e = a["content"]
        assert decomposed[s:e] == a["content_text"]
