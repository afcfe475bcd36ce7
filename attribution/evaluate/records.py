"""Reading gold and prediction JSONL files, and turning parse results into prediction records."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from attribution.errors import InputError
from attribution.evaluate.scoring import Record
from attribution.model import ParseResult


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Articles of a gold or prediction JSONL file; a bad line raises InputError naming file and line."""
    try:
        # split on line feeds only: texts may hold U+2028 and other characters splitlines() breaks at
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read: {exc}") from exc
    articles = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON: {exc.msg}") from exc
        if not isinstance(article, dict) or "id" not in article or not isinstance(article.get("text"), str):
            raise InputError(f"{path}:{number}", "an article needs an 'id' and a 'text' string")
        articles.append(article)
    return articles


def prediction_record(article_id: str, result: ParseResult) -> dict[str, Any]:
    """A parse result as a prediction line of the shared JSONL format."""
    return {
        "id": article_id,
        "lang": result.lang,
        "text": result.text,
        "attributions": [a.to_gold() for a in result.attributions],
    }


Parser = Callable[[str, str | None], ParseResult]


def predict(gold: Iterable[Record], parser: Parser) -> list[dict[str, Any]]:
    """Parse every gold article's text (in its gold language) into prediction records."""
    return [prediction_record(str(g["id"]), parser(g["text"], g.get("lang"))) for g in gold]
