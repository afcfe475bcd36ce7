"""registry.words: the registry's words read off the tokenizer's tokens are the words split from the text."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from attribution.registry.words import TokenWords, split_token, split_words, words_in_tokens
from attribution.tokens import tokenize_columns


def words_split(text: str) -> list[tuple[str, tuple[int, int], tuple[int, int] | None]]:
    """Each registry word of `text` split from the whole folded text, its span, its span less one letter."""
    words = split_words(text)
    out = []
    for i, word in enumerate(words.raw):
        words.current = i
        out.append((word, words.span(0, 1), words.span(1, 1) if len(word) > 1 else None))
    return out


def words_off_tokens(text: str) -> list[tuple[str, tuple[int, int], tuple[int, int] | None]]:
    """The same, each word read off the token holding it."""
    columns = tokenize_columns(text)
    words = TokenWords(columns)
    out = []
    for k, token in enumerate(columns.texts):
        words.token = k
        for j, word in enumerate(split_token(token).words):
            words.word = j
            out.append((word, words.span(0, 1), words.span(1, 1) if len(word) > 1 else None))
    return out


# Letters, marks, full stops and characters folding drops or reads by context, which the tokenizer and the
# registry's words may cut differently.
TRICKY_TEXT = st.lists(st.sampled_from([
    "a", "B", "U", "S", "J", "x", ".", ".", " ", "-", "'", "’", "&", "_", "(", "\n", "3", "٣", "é", "İ", "ı", "²",
    "ع", "ب", "ن", "إ", "\u064e", "\u0640", "\u0670", "\u200c", "\u0301", "Σ", "Å", "😀", "\u00a0",
]), max_size=14).map("".join)


@given(TRICKY_TEXT)
def test_words_read_off_the_tokens_are_the_words_split_from_the_text(text: str) -> None:
    if words_in_tokens(text):
        assert words_off_tokens(text) == words_split(text)


@given(TRICKY_TEXT)
def test_words_in_tokens_answers_the_same_with_the_tokens_in_hand(text: str) -> None:
    assert words_in_tokens(text, tokenize_columns(text).texts) is words_in_tokens(text)


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        ("قالت وكالة رويترز إن", True),
        ("told the U.S. State Department.", True),
        ("(إن.بي.سي) و(م.ع)", True),  # dotted Arabic initialisms the tokenizer joins
        ("في دمشق.كما نفت", True),  # a full stop before a letter, after a longer word: no initialism
        ("جداً.", True),
        ("ع.ب.", False),  # the tokenizer leaves full stops before Arabic letters alone
        ("a.aـ.", False),  # a tatweel before the full stop: no final full stop for the tokenizer
        ("the U.S.ع", False),
        ("ab\u200bcd", False),  # an invisible character inside a word: one word, two tokens
        ("cafe\u0301s", False),  # a combining accent
        ("ΟΔΟΣ", False),  # lower() reads a capital sigma by its context
    ],
)
def test_words_in_tokens_says_where_tokens_and_words_may_differ(text: str, nested: bool) -> None:
    assert words_in_tokens(text) is nested
    assert words_in_tokens(text, tokenize_columns(text).texts) is nested  # (looked for per token)
    if nested:
        assert words_off_tokens(text) == words_split(text)


def test_a_tokens_split_is_remembered_and_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution.registry import words

    first = split_token("al-Rashid's")
    assert split_token("al-Rashid's") is first  # read from the memo
    monkeypatch.setattr(words, "SPLIT_MEMO_SIZE", 2)
    for token in ("qzx1", "qzx2", "qzx3"):  # (tokens no other test splits)
        split_token(token)
    assert len(words._split_memo) <= 2
    again = split_token("al-Rashid's")  # split again: the same words at the same places
    assert (again.words, again.spans) == (first.words, first.spans)


def test_a_words_first_key_is_remembered_and_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution.registry import words

    first = words.first_key("U.N.")
    assert words.first_key("U.N.") is first  # read from the memo
    monkeypatch.setattr(words, "FIRST_KEY_MEMO_SIZE", 2)
    for raw in ("qzx1", "qzx2", "qzx3"):  # (words no other test reads)
        words.first_key(raw)
    assert len(words._first_key_memo) <= 2
    assert words.first_key("U.N.") == first  # read again: the same key
