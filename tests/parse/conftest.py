"""Helpers for parser tests: attributions as small comparable records."""

from __future__ import annotations

from typing import NamedTuple

from attribution.model import ParseResult
from attribution.parse import parse


class Claim(NamedTuple):
    kind: str
    content: str
    source: str
    canonical: str


def claims(text: str, lang: str | None = None) -> list[Claim]:
    return [Claim(a.kind, a.content.text, a.source_text, a.source_canonical) for a in parse(text, lang).attributions]


def offsets_hold(result: ParseResult) -> bool:
    text = result.text
    for a in result.attributions:
        for span in (a.content, a.cue, a.source):
            if span is None:
                continue
            if not (0 <= span.start <= span.end <= len(text)) or text[span.start:span.end] != span.text:
                return False
    return True
