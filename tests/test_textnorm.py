"""textnorm: the folded matching view keeps a map to original offsets; keys unify spelling variants."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, strategies as st

from attribution.textnorm import (
    _ASCII_COPY_RE,
    _PLAIN_COPY_RE,
    FOLD_TABLE,
    WORD_RE,
    _plain_form,
    build_view,
    fold,
    fold_char,
    literal_matches,
    memo_map,
    normalize_key,
    plain_copy,
    runs_before,
    strip_clitic,
    word_tokens,
    words_of,
)

# Text mixing what articles really contain: Arabic letters, diacritics, tatweel, digits, Latin with
# accents and combining marks, typographic punctuation, RTL/LTR marks, odd spaces and emoji.
PIECES = st.sampled_from(
    list("قالَُِّْـأإآٱىةؤئ ٠١٩۴") + list("AbcİÉéß\u0301") + list("“”«»’—\u00a0\u200f\u200e\u202b\ufeff")
    + ["😀", "👍🏽", "\n", " ", ".", "،"]
)
ARTICLE_TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=60).map("".join))


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("وزارة", "وزاره"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("٢٠٢٤ ۱۹", "2024 19"),
        ("CNN Élysée", "cnn elysee"),
        ("“quoted” ‘it’s’ – — «نعم»", "\"quoted\" 'it's' - - \"نعم\""),
        ("a\u00a0b\u2009c", "a b c"),
    ],
)
def test_fold_unifies_letter_forms_digits_case_and_punctuation(raw: str, folded: str) -> None:
    assert fold(raw) == folded


MARKS = ["\u064e", "\u0651", "\u0670", "\u0640", "\u0610", "\u06d6", "\u200f", "\ufeff"]


def _folded_by_the_map(text: str) -> str:
    return "".join(ch if ord(ch) not in FOLD_TABLE else FOLD_TABLE[ord(ch)] or "" for ch in text)


def test_fold_is_the_character_map_for_every_character() -> None:
    every = [chr(code) for code in range(0x110000) if code not in (0x03A3, 0x212B)]  # (read by their context)
    for k in range(0, len(every), 4096):  # (in texts of many characters: a text is folded all at once)
        chunk = "".join(every[k:k + 4096])
        assert fold(chunk) == _folded_by_the_map(chunk)
    assert all(fold("x" + ch + "y") == _folded_by_the_map("x" + ch + "y") for ch in "\u03a3\u212bİ")


@given(ARTICLE_TEXT)
@example("ΑΣ Å é أحمدَ")  # a capital sigma ending a word: lower() alone would write a final sigma
def test_fold_of_any_text_is_the_character_map(text: str) -> None:
    assert fold(text) == _folded_by_the_map(text)


@pytest.mark.parametrize("mark", MARKS)
def test_fold_char_drops_diacritics_tatweel_and_invisible_marks(mark: str) -> None:
    assert fold_char(mark) == ""


def test_newlines_and_tabs_survive_folding() -> None:
    assert fold("a\nb\tc") == "a\nb\tc"


def test_vocalized_cue_is_found_and_mapped_to_exact_original_offsets() -> None:
    text = "وقَالَ المُتَحَدِّثُ: نعم"
    view = build_view(text)
    assert view.folded == "وقال المتحدث: نعم"
    start = view.folded.index("قال")
    s, e = view.span_to_original(start, start + 3)
    assert text[s:e] == "قَالَ"
    s, e = view.span_to_original(view.folded.index("المتحدث"), view.folded.index(":"))
    assert text[s:e] == "المُتَحَدِّثُ"


def test_tatweel_inside_a_word_is_kept_in_the_original_span() -> None:
    text = "قالـــت الوزارة"
    view = build_view(text)
    assert view.folded == "قالت الوزاره"
    assert text[slice(*view.span_to_original(0, 4))] == "قالـــت"


def test_view_without_dropped_characters_needs_no_index() -> None:
    view = build_view("Reuters said on Monday")
    assert view.index is None
    assert view.to_original(7) == 7


def test_to_original_maps_the_end_of_the_folded_text_to_the_end_of_the_original() -> None:
    text = "نَعَمْ"
    view = build_view(text)
    assert view.to_original(len(view.folded)) == len(text)


def test_offsets_outside_the_view_are_rejected() -> None:
    view = build_view("قَال")
    with pytest.raises(IndexError):
        view.to_original(4)
    with pytest.raises(IndexError):
        view.span_to_original(2, 1)


@given(ARTICLE_TEXT)
@example("\u064e\u064e")
@example("ـ")
def test_every_folded_index_maps_to_an_original_character_that_folds_to_it(text: str) -> None:
    view = build_view(text)
    previous = -1
    for i, ch in enumerate(view.folded):
        j = view.to_original(i)
        assert previous < j < len(text)
        assert fold_char(text[j]) == ch
        previous = j
    assert view.to_original(len(view.folded)) == len(text)


@given(ARTICLE_TEXT, st.data())
def test_span_to_original_round_trips_any_folded_span(text: str, data: st.DataObject) -> None:
    view = build_view(text)
    n = len(view.folded)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = view.span_to_original(start, end)
    assert 0 <= s <= e <= len(text)
    assert fold(text[s:e]) == view.folded[start:end]


@given(ARTICLE_TEXT)
def test_folding_is_deterministic_and_idempotent(text: str) -> None:
    assert build_view(text).folded == build_view(text).folded == fold(text)
    assert fold(fold(text)) == fold(text)


DOTTED = st.lists(st.sampled_from(["u", "s", "E", ".", " ", "x1", "_"]), max_size=20).map("".join)


@given(st.one_of(ARTICLE_TEXT, DOTTED))
@example("the u.s. army")
@example("a.b.c. 1.2.")
def test_words_of_a_folded_text_are_the_words_word_tokens_yields(text: str) -> None:
    folded = fold(text)
    assert words_of(folded) == [word for _, _, word in word_tokens(folded)]


@given(ARTICLE_TEXT)
def test_normalize_key_is_stable_under_renormalization(text: str) -> None:
    key = normalize_key(text)
    assert key == normalize_key(text)
    assert key == key.strip()
    assert "  " not in key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("البنتاغون", "بالبنتاغون"),
        ("الأناضول", "للأناضول"),
        ("وكالة رويترز", "وكالة رويترز"),
        ("الخارجيّة الأمريكيّة", "الخارجية الامريكية"),
        ("The White House", "white house"),
        ("U.S. State Department", "US State Department"),
        ("إن.بي.سي", "إن بي سي"),
        ("Agence France-Presse", "agence france presse"),
        ("Élysée", "Elysee"),
        ("ﻻ", "لا"),
    ],
)
def test_normalize_key_unifies_variants(a: str, b: str) -> None:
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("الأمم", "الأمن"), ("The Times", "Times of Israel"), ("CNN", "CNBC")],
)
def test_normalize_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert normalize_key(a) != normalize_key(b)


def test_bare_the_is_kept_when_it_is_the_whole_key() -> None:
    assert normalize_key("The") == "the"


def test_pentagon_spellings_differ_by_one_letter_after_clitics() -> None:
    a, b = normalize_key("البنتاغون"), normalize_key("بالبنتاجون")
    assert len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


@pytest.mark.parametrize(
    ("word", "stem", "prefix"),
    [
        ("والخارجية", "خارجية", 3),
        ("بالبنتاغون", "بنتاغون", 3),
        ("للأنباء", "أنباء", 2),
        ("وزارة", "زارة", 1),
        ("وام", "وام", 0),
        ("الأمن", "أمن", 2),
        ("Reuters", "Reuters", 0),
    ],
)
def test_strip_clitic_removes_one_prefix_only_when_three_letters_remain(
    word: str, stem: str, prefix: int
) -> None:
    assert strip_clitic(word) == (stem, prefix)


@given(st.one_of(ARTICLE_TEXT, DOTTED))
@example("a.b.cd e.f. 1.2. ab.c.")
def test_words_are_initialisms_or_runs_of_letters_and_digits(text: str) -> None:
    plain_reading = re.compile(r"(?:[^\W\d_]\.){2,}(?![^\W_])|[^\W_]+")  # the word pattern as first written
    assert [m.span() for m in WORD_RE.finditer(text)] == [m.span() for m in plain_reading.finditer(text)]


def test_memo_map_computes_each_word_once_and_empties_past_its_limit() -> None:
    memo: dict[str, int] = {}
    calls: list[str] = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    assert memo_map(memo, length, ["ab", "c", "ab"], 2) == [2, 1, 2]
    assert memo_map(memo, length, ["c", "ab"], 2) == [1, 2]
    assert calls == ["ab", "c"]
    assert memo_map(memo, length, ["def", "gh"], 2) == [3, 2]
    assert memo_map(memo, length, ["ab", "i"], 2) == [2, 1]  # a new word with four known: emptied first
    assert calls == ["ab", "c", "def", "gh", "ab", "i"]


WORDS_AND_MARKS = st.lists(st.sampled_from(["Talvera", "Talverax", "Corp", "talvera", " ", "  ", ".", "-", "é",
                                            "قال", "\n", "Co", "TalveraTalvera"]), max_size=30).map("".join)


@given(WORDS_AND_MARKS, st.sampled_from(["Talvera", "Corp", "a", "قال", ".", "é"]))
@example("xTalvera Corp Talvera Corp", "Talvera")
@example("TalveraTalvera Corp", "Talvera")
def test_literal_matches_are_the_patterns_finditer(text: str, word: str) -> None:
    for pattern in (re.compile(rf"\b{re.escape(word)}((?: [A-Z][\w&-]*){{1,3}})"),
                    re.compile(rf"{re.escape(word)}(?:{re.escape(word)})*"),
                    re.compile(rf"(?<=\s){re.escape(word)}\b")):
        got = [(m.span(), m.groups()) for m in literal_matches(pattern, text, word)]
        assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_literal_matches_without_a_literal_is_finditer() -> None:
    pattern = re.compile(r"\b[A-Z]\w*")
    assert [m.span() for m in literal_matches(pattern, "Ann met Bob", "")] == [(0, 3), (8, 11)]


RUNS_AND_SPACES = st.lists(st.sampled_from(["سالم", "المري", "ب", " ", "\t", "\n", "\u00a0", "_", ".", "،", "x",
                                            "المريx", "Dana", "Dana_"]), max_size=20).map("".join)


@given(RUNS_AND_SPACES, st.sampled_from(["المري", "ب", ".", "Dana", "x"]), st.integers(-3, 90))
@example("سالم المري المري", "المري", 90)  # the second place's run is the first word, already read
@example("x.المري سالم  المري", "المري", 14)  # the text read only up to the second one's middle
def test_runs_before_are_the_patterns_groups(text: str, word: str, end: int) -> None:
    for words_only, pattern in ((False, rf"(\S+)\s+{re.escape(word)}(?!\w)"),
                                (True, rf"(\w+)[ \t]+{re.escape(word)}(?!\w)")):
        want = [m.group(1) for m in re.finditer(pattern, text[:end])]
        assert list(runs_before(text, word, end, words_only)) == want


_COPY_CHARS = list("ab قال\u064e\u0651\u0640\u200f\ufefb\ufe8e\ufe70\u00a0\u2009یک\r\n\x0b\x85\u2029\ufeff\u00ad")


@given(st.lists(st.sampled_from(_COPY_CHARS), max_size=16).map("".join))
def test_the_plain_copys_breakpoints_map_each_character_to_where_it_was_read(text: str) -> None:
    copy = plain_copy(text)
    if copy is None:
        return
    origin = [j for j, ch in enumerate(text)  # (each original character, read as its plain form)
              for _ in (_plain_form(ch) if (_ASCII_COPY_RE if text.isascii() else _PLAIN_COPY_RE).match(text, j)
                        else ch)]
    assert len(origin) == len(copy.text)
    assert [copy.to_original(i) for i in range(len(copy.text) + 1)] == [*origin, len(text)]


def test_the_plain_copy_passes_over_carriage_returns_before_line_feeds() -> None:
    assert plain_copy("Line one\r\nline two\r\n") is None
    assert plain_copy("سطر\r\nسطر\r\n") is None
    for text, want in (("a\r\nb\rc\r", "a\r\nb\nc\n"), ("قال\r\nال\u00a0وزير\r", "قال\r\nال وزير\n"),
                       ("\r\n\r\n\u200fx", "\r\n\r\nx")):
        copy = plain_copy(text)
        assert copy is not None and copy.text == want
