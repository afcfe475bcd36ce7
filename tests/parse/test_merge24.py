"""Where two branches of the twenty-fourth round met: cases neither branch's tests held alone. Texts are
written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.content.text) for a in parse(text, "en").attributions]


@pytest.mark.parametrize("text", [
    "Investigators believe the two men knew each other, Ross said, but she declined to say how.",
    "The club refused to say when.",
    "Asked about the fee, the minister declined to say why.",
])
def test_declining_to_say_with_nothing_after_the_question_word_is_no_record(text: str) -> None:
    assert all(content.lower() not in ("how", "when", "why") for _, content in _records(text))


@pytest.mark.parametrize(("text", "needle", "lo", "hi"), [
    ("the mayor said the budget was fair and the budget was late", "the budget was late", 0, 60),
    ("the mayor said the budget was fair and the budget was late", "the budget was late", 0, 58),
    ("the budget was fair; the budget was fair", "the budget was fair", 5, 40),
    ("the budget was fair; the budget was fair", "the budget was fair", 1, 39),
    ("short", "a longer needle than the text", 0, 5),
])
def test_the_pull_quote_search_finds_exactly_what_a_plain_search_finds(text: str, needle: str, lo: int,
                                                                        hi: int) -> None:
    from attribution.parse.segment import _occurs
    assert _occurs(text, needle, lo, hi) == (text.find(needle, lo, hi) >= 0)
