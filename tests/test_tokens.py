"""tokens: word tokens index the original text; a whole text and a window over all of it agree."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given, strategies as st

from attribution import tokens as tokenizer
from attribution.tokens import _WORD, Token, fold_token, tokenize, tokenize_columns, window_tokens

PIECES = st.sampled_from(
    ["إن", ".", "بي", "سي", "م", "ع", "U", "S", "J", "Smith", "don't", "’", "-", "&", "\u064e", "ـ", " ", "\n",
     "3", "5", "«", "»", "\"", "،", "😀"]
)
TEXT = st.one_of(st.text(max_size=120), st.lists(PIECES, max_size=40).map("".join))


@given(TEXT)
def test_a_whole_text_tokenizes_as_a_window_over_all_of_it(text: str) -> None:
    assert tokenize(text) == tokenize(text, 0, len(text))


@given(TEXT, st.data())
def test_a_window_reads_like_the_text_cut_there(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window = [(t.start - start, t.end - start, t.text, t.key, t.is_word) for t in tokenize(text, start, end)]
    if text[start - 1:start] != ".":
        assert window == [(t.start, t.end, t.text, t.key, t.is_word) for t in tokenize(text[start:end])]


@given(TEXT, st.data())
def test_a_window_read_off_the_texts_tokens_is_the_window_tokenized(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.none() | st.integers(start, len(text)))
    assert window_tokens(text, tokenize_columns(text), start, end) == tokenize(text, start, end)


def test_a_window_is_tokenized_again_only_where_its_ends_cut_a_run() -> None:
    text = "J.ع said U.S. officials, in إن.بي.سي"
    columns = tokenize_columns(text)
    for start, end in [(0, len(text)), (1, 20), (3, 24), (9, 11), (10, 13), (26, 33), (2, 2)]:
        assert window_tokens(text, columns, start, end) == tokenize(text, start, end)
    middle = window_tokens(text, columns, 2, 20)  # from inside 'J.ع' to inside 'officials'
    assert [t.text for t in middle] == ["ع", "said", "U.S.", "offici"]
    assert middle[2] is columns.tokens[2]  # the article's own token


def test_a_window_after_a_full_stop_sees_it_as_the_pattern_does() -> None:
    assert [t.text for t in tokenize("x.a. b", 2)] == ["a.", "b"]  # ".a." before the final full stop
    assert [t.text for t in tokenize("x.a. b"[2:])] == ["a", ".", "b"]


@given(TEXT)
def test_every_token_is_an_exact_slice_with_its_folded_key(text: str) -> None:
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text and t.key == fold_token(t.text) for t in tokens)
    assert all(t.is_word == t.text[0].isalnum() for t in tokens)
    assert "".join(t.text for t in tokens) == "".join(text.split())


@given(TEXT, st.data())
def test_token_columns_are_the_tokens_fields(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.one_of(st.none(), st.integers(start, len(text))))
    tokens, starts, texts, keys = tokenize_columns(text, start, end)
    assert tokens == tokenize(text, start, end)
    assert (starts, texts, keys) == ([t.start for t in tokens], [t.text for t in tokens], [t.key for t in tokens])


@given(TEXT)
def test_a_text_read_run_by_run_is_the_token_pattern_over_the_whole_text(text: str) -> None:
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    pattern = tokenizer._join_dotted(text, [Token(a, b, w, fold_token(w), w[0].isalnum()) for a, b, w in words])
    tokenizer._runs_memo.clear()
    assert tokenize(text) == pattern  # every run read for the first time
    assert tokenize(text) == pattern  # read again from the memo of runs


@pytest.mark.parametrize("text", ["قال  إن.بي.سي،\tو\u00a0م.ع.\n\nالمتحدث", "  J. Smith said: U.S. (AP)\u2003‘no’  "])
def test_runs_between_any_spaces_keep_their_offsets(text: str) -> None:
    tokens = tokenize(text)
    assert [text[t.start:t.end] for t in tokens] == [t.text for t in tokens]
    assert "".join(t.text for t in tokens) == "".join(text.split())


@pytest.mark.parametrize("text", ["aa aa  a\ta", "ll l", " ll  l", "وو و\u00a0\u00a0وو", "a"])
def test_a_run_whose_second_character_is_its_first_starts_where_it_is_written(text: str) -> None:
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == words
    assert tokenize_columns(text).starts == [a for a, _, _ in words]


def test_token_columns_follow_words_joined_by_full_stops() -> None:
    columns = tokenize_columns("قال إن.بي.سي")
    assert columns.texts == ["قال", "إن.بي.سي"] and columns.starts == [0, 4] and columns.keys == ["قال", "ان.بي.سي"]


def test_letters_joined_by_full_stops_are_one_word() -> None:
    assert [t.text for t in tokenize("شبكة إن.بي.سي نيوز و م.ع. قال J. Smith of the U.S.")] == [
        "شبكة", "إن.بي.سي", "نيوز", "و", "م.ع", ".", "قال", "J.", "Smith", "of", "the", "U.S."]


_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
PLAIN_READING = re.compile(  # the token pattern as first written: alternatives tried at every position
    rf"[A-Z]\.(?!\w)|[\w{_MARKS}]+(?:(?:\.(?=[A-Za-z0-9])|['’\-&])[\w{_MARKS}]+)*(?:(?<=\.[A-Za-z0-9])\.)?|\S"
)


@given(TEXT, st.data())
def test_the_token_pattern_reads_any_window_as_its_plain_reading_does(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [m.span() for m in _WORD.finditer(text, start, end)] == \
        [m.span() for m in PLAIN_READING.finditer(text, start, end)]


@given(st.lists(st.integers(-5, 30)).map(sorted), st.integers(-8, 33))
def test_the_binary_searches_find_what_bisect_finds(items: list[int], x: int) -> None:
    search_left, search_right = tokenizer.LOOPS  # the loops themselves (interpreted, the module runs `bisect`)
    assert search_left(items, x) == tokenizer.search_left(items, x) == bisect.bisect_left(items, x)
    assert search_right(items, x) == tokenizer.search_right(items, x) == bisect.bisect_right(items, x)


@given(st.lists(st.integers(0, 30)).map(sorted), st.integers(-2, 33), st.data())
def test_the_token_bisections_find_what_bisect_finds_among_the_starts(starts: list[int], x: int,
                                                                       data: st.DataObject) -> None:
    tokens = [tokenizer.Token(s, s + 1, "w", "w", True) for s in starts]
    lo = data.draw(st.integers(0, len(tokens)))
    hi = data.draw(st.integers(lo, len(tokens)))
    assert tokenizer.tokens_left(tokens, x, lo, hi) == bisect.bisect_left(starts, x, lo, hi)
    assert tokenizer.tokens_right(tokens, x, lo, hi) == bisect.bisect_right(starts, x, lo, hi)


def test_a_words_key_is_remembered_and_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    first = fold_token("الإعلامُ")
    assert first == "الاعلام" and fold_token("الإعلامُ") is first  # read from the memo
    monkeypatch.setattr(tokenizer, "FOLD_MEMO_SIZE", 2)
    for word in ("Qzx1", "Qzx2", "Qzx3"):  # (words no other test folds)
        assert fold_token(word) == word.lower()
    assert len(tokenizer._fold_memo) <= 2
    assert fold_token("الإعلامُ") == first  # folded again: the same key


def test_tokens_compare_and_hash_by_their_fields_and_show_them() -> None:
    a, b = tokenize("Ann said Ann"), tokenize("Ann")
    assert a[2] != b[0] and a[0] == b[0] and hash(a[0]) == hash(b[0]) and len({a[0], b[0], a[2]}) == 2
    assert a[0] == Token(0, 3, "Ann", "ann", True) and a[0] != (0, 3, "Ann", "ann", True)
    assert repr(a[1]) == "Token(start=4, end=8, text='said', key='said', is_word=True)"
