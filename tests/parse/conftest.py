"""Helpers for parser tests: attributions as small comparable records."""

from __future__ import annotations

from typing import Final, NamedTuple

import pytest

from attribution.model import Attribution, ParseResult
from attribution.parse import frames, parse

# Tests that count a parser function's calls by patching it on its module see nothing when the parser is compiled
# (scripts/test-compiled.sh): compiled modules call each other directly, not through the module's attributes.
INTERPRETED: Final = not frames.__file__.endswith((".so", ".pyd"))
only_interpreted: Final = pytest.mark.skipif(
    not INTERPRETED, reason="counts calls by patching a module function; compiled modules call each other directly")


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


def arabic_records(text: str) -> list[Attribution]:
    """Every record the parser finds in an Arabic text, each content and source checked to be its text's slice."""
    found = parse(text, "ar").attributions
    for a in found:
        assert text[a.content.start:a.content.end] == a.content.text
        if a.source is not None:
            assert text[a.source.start:a.source.end] == a.source.text
    return found


def one_arabic_record(text: str) -> Attribution:
    """The one record the parser finds in an Arabic text (the test fails, listing them, when it finds more)."""
    found = arabic_records(text)
    assert len(found) == 1, [(a.source_text, a.content.text) for a in found]
    return found[0]
