"""Arabic-aware text folding for matching, with a map back to the original offsets.

Two tools, both pure:

- `build_view(text)` returns a `MatchView`: a folded copy of `text` (hamza and alef forms unified, ى→ي,
  ة→ه, ؤ→و, ئ→ي, Arabic-Indic digits→ASCII, Latin lower-cased and stripped of accents, typographic
  quotes, apostrophes, dashes and spaces made ASCII) with diacritics, tatweel and invisible format
  characters dropped, plus an index map so that a match found in the folded copy gives exact offsets into
  the original text. Every kept character folds to exactly one character, so the common case (no dropped
  characters) needs no index list at all.
- `normalize_key(s)` turns a name into the key the registry matches on: folded, NFKC, punctuation removed,
  spaces collapsed, Arabic clitics (و ب ل ال وال بال لل) stripped per token, a leading English "the" dropped.

`word_tokens` is the tokenizer both share, so a key built from a name and a key built from a window of an
article agree token for token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Final, TypeVar

from attribution.tokens import search_right

T = TypeVar("T")

# --- the character map ----------------------------------------------------------------------------------

ARABIC_FOLDS: Final = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ۀ": "ه", "ک": "ك", "ڤ": "ف",
}
PUNCTUATION_FOLDS: Final = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〝": '"', "〞": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": "'", "›": "'", "ʼ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-", "－": "-",
}
DIGIT_BLOCKS: Final = (0x0660, 0x06F0, 0x07C0, 0x0966, 0xFF10)  # Arabic-Indic, Persian, NKo, Devanagari, full-width

# Dropped from the view: Arabic diacritics and Quranic marks, tatweel, Latin combining marks, and
# invisible format characters (zero-width, bidi controls, soft hyphen, BOM) that split words invisibly.
ARABIC_MARK_RANGES: Final = (
    (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640),
)
INVISIBLE_RANGES: Final = (
    (0x00AD, 0x00AD), (0x061C, 0x061C), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x2069), (0xFEFF, 0xFEFF),
)
COMBINING_RANGES: Final = ((0x0300, 0x036F),)
DROPPED_RANGES: Final = ARABIC_MARK_RANGES + INVISIBLE_RANGES + COMBINING_RANGES
CASED_PLANES_END: Final = 0x20000  # no cased letters beyond the Supplementary Multilingual Plane


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


ARABIC_MARKS: Final = _char_class(ARABIC_MARK_RANGES)
INVISIBLES: Final = _char_class(INVISIBLE_RANGES)
COMBINING: Final = _char_class(COMBINING_RANGES)
KEPT_RUN_RE: Final = re.compile(f"[^{ARABIC_MARKS}{INVISIBLES}{COMBINING}]+")
SPARSE_DROPS: Final = 16  # fewer dropped characters than 1 in this many: copy the kept runs, else test each char
TRAILING_MARK_RE: Final = re.compile(f"[{ARABIC_MARKS}{COMBINING}]*")


def _latin_base(ch: str) -> str | None:
    """The unaccented lower-case ASCII letter under a precomposed Latin letter (é→e), else None."""
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if base.isascii() and base.isalpha() and base != ch else None


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(CASED_PLANES_END):
        ch = chr(code)
        lower = ch.lower()
        if lower != ch and len(lower) == 1:
            table[code] = lower
        elif unicodedata.category(ch) == "Zs" and ch != " ":
            table[code] = " "
    table[ord("İ")] = "i"
    for code in range(0x00C0, 0x0250):
        base = _latin_base(chr(code))
        if base is not None:
            table[code] = base
    for start in DIGIT_BLOCKS:
        for d in range(10):
            table[start + d] = str(d)
    for src, dst in {**ARABIC_FOLDS, **PUNCTUATION_FOLDS}.items():
        table[ord(src)] = dst
    for first, last in DROPPED_RANGES:
        for code in range(first, last + 1):
            table[code] = None
    return table


FOLD_TABLE: Final[dict[int, str | None]] = _build_fold_table()
DROPPED_CHARS: Final = frozenset(chr(code) for code, folded in FOLD_TABLE.items() if folded is None)
# The same map over the Basic Multilingual Plane as a tuple indexed by code point, unchanged characters
# mapping to themselves: `str.translate` reads it without a failed dict lookup (a KeyError raised and cleared)
# per unchanged character, which makes it about three times faster on non-ASCII text. A tuple of ints and
# strings, which the garbage collector stops scanning; 2 MB. Text with characters past the BMP (emoji, which
# take two UTF-16 units) is folded with the dict.
_BMP_FOLDS: Final[tuple[int | str | None, ...]] = tuple(FOLD_TABLE.get(code, code) for code in range(0x10000))


# Past `str.lower()` (C, table-driven), the map changes only these characters: lower-case or caseless ones
# (accented Latin, alef and hamza forms, ة, ى, marks, digits, typographic punctuation, odd spaces). An article
# holds a handful of distinct ones, each replaced in one pass: much cheaper than `translate`'s lookup per
# character of a non-ASCII text. The map is `lower()` and then these for every character but two: 'Σ', which
# `lower()` reads by its context (final 'ς'), and the angstrom sign 'Å', whose lower-case form folds further
# (å → a) than the map takes the sign; a text holding either is translated.
_FOLD_AFTER_LOWER: Final[dict[str, str]] = {
    chr(code): folded or "" for code, folded in FOLD_TABLE.items()
    if folded != chr(code) and chr(code).lower() == chr(code)
}
_FOLDED_AFTER_LOWER_RE: Final = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLD_AFTER_LOWER)) + "]")
_LOWER_BY_CONTEXT: Final = ("\u03a3", "\u212b")  # 'Σ', 'Å' (ANGSTROM SIGN)


def _translate(text: str) -> str:
    if text.isascii():
        return text.translate(_BMP_FOLDS)  # (CPython reads an ASCII text through a small cache of the map)
    if not any(ch in text for ch in _LOWER_BY_CONTEXT):
        folded = text.lower()
        for ch in set(_FOLDED_AFTER_LOWER_RE.findall(folded)):  # (no replacement yields a character replaced)
            folded = folded.replace(ch, _FOLD_AFTER_LOWER[ch])
        return folded
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
        return text.translate(FOLD_TABLE)
    return text.translate(_BMP_FOLDS)


def fold(text: str) -> str:
    """The folded form of `text` (what `build_view(text).folded` holds)."""
    return _translate(text)


def fold_char(ch: str) -> str:
    """One character folded: a single character, or "" when the view drops it."""
    return ch.translate(FOLD_TABLE)


# --- the view -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class MatchView:
    """A folded copy of `original` and the map from its indices back to `original`'s.

    `index[i]` is the original position of folded character `i`; None means the identity (nothing was
    dropped, so the folded copy is exactly as long as the original).
    """

    original: str
    folded: str
    index: list[int] | None = None

    def to_original(self, i: int) -> int:
        """The original offset of folded offset `i` (0 <= i <= len(folded)); len(folded) maps to the end."""
        if not 0 <= i <= len(self.folded):
            raise IndexError(f"offset {i} outside a folded text of {len(self.folded)} characters")
        if self.index is None:
            return i
        return self.index[i] if i < len(self.index) else len(self.original)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range covering folded `[start, end)`, including diacritics on its last letter."""
        if not 0 <= start <= end <= len(self.folded):
            raise IndexError(f"span [{start}, {end}) outside a folded text of {len(self.folded)} characters")
        if self.index is None:
            return start, end
        if start == end:
            at = self.to_original(start)
            return at, at
        last = self.index[end - 1] + 1
        trailing = TRAILING_MARK_RE.match(self.original, last)
        return self.index[start], trailing.end() if trailing else last


def build_view(text: str) -> MatchView:
    """Fold `text` for matching; O(n), and the index list is built only when something was dropped."""
    folded = _translate(text)
    if len(folded) == len(text):
        return MatchView(text, folded)
    if (len(text) - len(folded)) * SPARSE_DROPS < len(text):
        index: list[int] = []
        for run in KEPT_RUN_RE.finditer(text):
            index.extend(range(run.start(), run.end()))
    else:
        dropped = DROPPED_CHARS.__contains__
        index = [i for i, is_dropped in enumerate(map(dropped, text)) if not is_dropped]
    return MatchView(text, folded, index)


# --- the parser's plain copy ----------------------------------------------------------------------------

# Arabic presentation forms (the shaped letters and ligatures that text copied out of PDFs and old pages holds):
# the parser reads each as its compatibility decomposition (U+FEDF 'ﻟ' → 'ل', U+FEFB 'ﻻ' → 'لا'); a diacritic's
# isolated form ('ﹰ', NFKC ' ً') as the diacritic alone, not a space.
PRESENTATION_RANGES: Final = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFC))
PRESENTATION: Final = _char_class(PRESENTATION_RANGES)
ODD_SPACES: Final = "\u00a0\u2000-\u200a\u202f\u205f\u3000"  # no-break, thin, hair, ideographic … spaces
PERSIAN_FORMS: Final = {"ی": "ي", "ک": "ك"}  # (Persian keyboards type them in Arabic text)
# Line breaks as the segmenter reads them ('\n'): a lone carriage return (old Mac files), a vertical tab or form
# feed, NEL, the Unicode line separator; the paragraph separator is a blank line. (CRLF is read as it is.)
LINE_BREAKS: Final = {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_ASCII_COPY_RE: Final = re.compile(r"[\x0b\x0c]|\r(?!\n)")
_PLAIN_COPY_RE: Final = re.compile(
    f"[{INVISIBLES}{PRESENTATION}{ARABIC_MARKS}{ODD_SPACES}{''.join(PERSIAN_FORMS)}\x0b\x0c\x85\u2028\u2029]"
    r"|\r(?!\n)")
# The characters those patterns change, a carriage return included whatever follows it (`plain_copy` passes over
# one before a line feed): a pattern that is one character class is searched by a scan of the text for the class
# (in C, a few instructions a character); one opening with an alternation (`|\r(?!\n)`) is tried at every
# position, ~4x the instructions over an article.
_ASCII_COPY_CHARS_RE: Final = re.compile(r"[\x0b\x0c\r]")
_PLAIN_COPY_CHARS_RE: Final = re.compile(
    f"[{INVISIBLES}{PRESENTATION}{ARABIC_MARKS}{ODD_SPACES}{''.join(PERSIAN_FORMS)}\x0b\x0c\x85\u2028\u2029\r]")
_MARK_RUN_RE: Final = re.compile(f"[{ARABIC_MARKS}]*")
_MARK_CHARS: Final = frozenset(chr(c) for a, b in ARABIC_MARK_RANGES for c in range(a, b + 1))


def _plain_form(ch: str) -> str:
    if ch in LINE_BREAKS:
        return LINE_BREAKS[ch]
    if ch.isspace():
        return " "
    if ch in PERSIAN_FORMS:
        return PERSIAN_FORMS[ch]
    if "\uFB50" <= ch <= "\uFEFC" and ch != "\uFEFF":
        form = unicodedata.normalize("NFKC", ch)
        if form[:1] == " " and len(form) > 1 and all(unicodedata.combining(c) for c in form[1:]):
            return form[1:]
        return form
    return ""  # an invisible format character, an Arabic diacritic or tatweel: nothing


@dataclass(frozen=True, slots=True, eq=False)
class PlainCopy:
    """What the parser reads of `original`: its invisible format characters (bidi marks, zero-width joiners, soft
    hyphens, BOM), Arabic diacritics and tatweel dropped; its Arabic presentation forms written as plain letters,
    Persian ی and ک as the Arabic ي and ك, no-break and other odd spaces as plain ones, odd line breaks (a lone
    carriage return, U+2028, U+2029 …) as '\n'. Copy character `i` stands for original character
    `i + shifts[k]`, `k` the last index with `cuts[k] <= i` (`i` itself before the first cut): a breakpoint where
    a character was dropped or one expanded (the characters one presentation form expands to share its offset),
    not a list as long as the text."""

    original: str
    text: str
    cuts: list[int]
    shifts: list[int]

    def _origin(self, i: int) -> int:
        k = search_right(self.cuts, i) - 1
        return i + self.shifts[k] if k >= 0 else i

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range of copy range `[start, end)`: from its first character's origin to just after its
        last one's and the diacritics on it (an invisible mark beside a span stays out of it; one inside it stays
        in)."""
        if start >= end:
            at = self._origin(start) if start < len(self.text) else len(self.original)
            return at, at
        last = self._origin(end - 1) + 1
        if last < len(self.original) and self.original[last] in _MARK_CHARS:  # (the diacritics on its last letter
            marks = _MARK_RUN_RE.match(self.original, last)  # are part of it)
            if marks:
                last = marks.end()
        return self._origin(start), last

    def to_original(self, i: int) -> int:
        """The original offset of copy offset `i`; the copy's end maps to the original's end."""
        return self._origin(i) if i < len(self.text) else len(self.original)


def plain_copy(text: str) -> PlainCopy | None:
    """The parser's copy of `text` (see `PlainCopy`), or None when `text` holds nothing it would change (the
    common case: one scan, in C, and for ASCII text not even that)."""
    if str.isascii(text):  # (a TypeError for what is not a string, as the parser raises)
        if "\r" not in text and "\x0b" not in text and "\x0c" not in text:
            return None
        pattern = _ASCII_COPY_CHARS_RE
    else:
        pattern = _PLAIN_COPY_CHARS_RE
    first = _first_change(pattern, text)
    if first < 0:
        return None
    parts: list[str] = [text[:first]]
    cuts: list[int] = []
    shifts: list[int] = []
    shift = 0
    pos = copied = first  # (the original offset read up to; the copy's length so far)
    for m in pattern.finditer(text, first):
        at = m.start()
        if text.startswith("\r\n", at):
            continue  # (a carriage return before a line feed is read as it is)
        if at > pos:
            if pos - copied != shift:
                shift = pos - copied
                cuts.append(copied)
                shifts.append(shift)
            parts.append(text[pos:at])
            copied += at - pos
        form = _plain_form(m.group())
        parts.append(form)
        for _ in form:
            if at - copied != shift:
                shift = at - copied
                cuts.append(copied)
                shifts.append(shift)
            copied += 1
        pos = at + 1
    if pos < len(text) and pos - copied != shift:
        cuts.append(copied)
        shifts.append(pos - copied)
    parts.append(text[pos:])
    return PlainCopy(text, "".join(parts), cuts, shifts)


def _first_change(pattern: re.Pattern[str], text: str) -> int:
    """Where the first character `plain_copy` changes is (`pattern`: the characters it may change), or -1."""
    pos = 0
    while True:
        found = pattern.search(text, pos)
        if found is None:
            return -1
        at = found.start()
        if not text.startswith("\r\n", at):
            return at
        pos = at + 2


# --- names as the records give them ---------------------------------------------------------------------

_NAME_MARKS_RE: Final = re.compile(f"[{ARABIC_MARKS}]")
_PERSIAN_FORMS: Final = str.maketrans(PERSIAN_FORMS)


def display_name(name: str, arabic: bool) -> str:
    """A source's name as the records give it, however the article typed it: one space between words (not a line
    break, a double or a non-breaking space); in Arabic, no diacritics or tatweel, and Persian ی and ک written
    as the Arabic letters. (Offsets are kept by the spans; this is the name, read on.)"""
    memo = _ARABIC_NAMES if arabic else _OTHER_NAMES  # (an article names its sources again and again)
    found = memo.get(name)
    if found is None:
        if len(memo) >= NAMES_MEMO_SIZE:
            memo.clear()
        plain = _NAME_MARKS_RE.sub("", name).translate(_PERSIAN_FORMS) if arabic and not name.isascii() else name
        found = memo[name] = " ".join(plain.split())
    return found


NAMES_MEMO_SIZE: Final = 1 << 12  # names whose display form `display_name` remembers (emptied when it grows past)
_ARABIC_NAMES: Final[dict[str, str]] = {}
_OTHER_NAMES: Final[dict[str, str]] = {}


# --- keys -----------------------------------------------------------------------------------------------

# A word: letters and digits; a dotted initialism (u.s., e.u.) counts as one word. (Written as one letter or
# digit, then the rest of an initialism or of a plain word: a pattern that starts with a character class,
# which the regex engine scans for much faster than for alternatives.)
WORD_RE: Final = re.compile(r"[^\W_](?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+(?![^\W_])|[^\W_]*+)")
# Without ".x." anywhere no dotted initialism can match, and WORD_RE finds plain runs of letters and digits:
# a pattern that starts with a character class, which the regex engine scans for much faster.
INITIALISM_HINT_RE: Final = re.compile(r"\.\w\.")
PLAIN_WORD_RE: Final = re.compile(r"[^\W_]+")
CLITICS: Final[tuple[str, ...]] = ("وال", "بال", "لل", "ال", "و", "ب", "ل")
MIN_STEM: Final = 3
_STEM: Final = itemgetter(0)  # of what `strip_clitic` returns


def word_tokens(folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of an already folded text; initialisms lose their dots."""
    for m in WORD_RE.finditer(folded):
        word = m.group()
        yield m.start(), m.end(), word.replace(".", "") if "." in word else word


@lru_cache(maxsize=1 << 16)
def strip_clitic(word: str) -> tuple[str, int]:
    """The word without one leading Arabic clitic (when at least 3 letters remain), and the prefix length."""
    for prefix in CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            return word[len(prefix):], len(prefix)
    return word, 0


def memo_map(memo: dict[str, T], compute: Callable[[str], T], words: list[str], limit: int) -> list[T]:
    """`compute` of each word, read from the plain dict `memo` (a lookup per word through `map`, in C, while
    every word is known; about half the cost of a call to an `lru_cache`, which also reorders its recency list
    at every hit). Words met for the first time are computed and remembered; past `limit` words the memo is
    emptied first."""
    try:
        return list(map(memo.__getitem__, words))
    except KeyError:  # some word met for the first time
        if len(memo) > limit:
            memo.clear()
        found = []
        for word in words:
            value = memo.get(word)
            if value is None:
                value = memo[word] = compute(word)
            found.append(value)
        return found


def words_of(folded: str) -> list[str]:
    """The words of an already folded text, as `word_tokens` yields them (in C: no Python step per word)."""
    if INITIALISM_HINT_RE.search(folded) is None:
        return PLAIN_WORD_RE.findall(folded)
    return [word.replace(".", "") for word in WORD_RE.findall(folded)]


def key_tokens(s: str) -> list[str]:
    """The tokens of `normalize_key(s)`."""
    folded = fold(unicodedata.normalize("NFKC", s))
    tokens = list(map(_STEM, map(strip_clitic, words_of(folded))))
    if len(tokens) > 1 and tokens[0] == "the":
        del tokens[0]
    return tokens


def normalize_key(s: str) -> str:
    """The registry/alias matching key of a name: "بالبنتاجون" → "بنتاجون", "The U.S. Army" → "us army"."""
    return " ".join(key_tokens(s))


def literal_matches(pattern: re.Pattern[str], text: str, literal: str,
                    within: str | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins with `literal` (not empty), as written,
    at the start of the match: the pattern is tried only where `str.find` finds the literal, with `match` at that
    position (which reads the characters before it as `finditer` does, for a `\\b` or a look-behind). A pattern
    that opens with `\\b` has no literal prefix the regular expression engine could skip to, so `finditer` tries
    it at every character (~30–300 instructions each); most positions hold no `literal`. `within`, a string as
    long as `text` with the same offsets (the text lower-cased, for a case-blind pattern), is where the literal is
    looked for instead of `text`."""
    if not literal:
        yield from pattern.finditer(text)
        return
    scan = text if within is None else within
    at = scan.find(literal)
    while at >= 0:
        found = pattern.match(text, at)
        if found is not None:
            yield found
            at = scan.find(literal, max(found.end(), at + 1))
        else:
            at = scan.find(literal, at + 1)


def _is_word_char(ch: str) -> bool:
    """A character `\\w` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def runs_before(text: str, word: str, end: int, words_only: bool) -> Iterator[str]:
    """The groups `re.finditer(r"(\\S+)\\s+WORD(?!\\w)", text[:end])` finds, WORD the escaped `word` (without a
    space in it), or with `words_only` those of `r"(\\w+)[ \\t]+WORD(?!\\w)"`: the run of characters written right
    before each place of the word, a space or more between; found by `str.find` from each place backwards, not
    tried at every character of a long text (where `re` tries the run from every position)."""
    end = slice(None, end).indices(len(text))[1]  # (as `text[:end]` reads it)
    pos = 0  # where the last match ended: the next run starts there at the earliest
    size = len(word)
    at = text.find(word, 0, end)
    while at != -1:
        after = at + size
        gap = at
        if after == end or not _is_word_char(text[after]):
            if words_only:
                while gap > pos and text[gap - 1] in " \t":
                    gap -= 1
            else:
                while gap > pos and text[gap - 1].isspace():
                    gap -= 1
        if gap < at and gap > pos and (_is_word_char(text[gap - 1]) if words_only else not text[gap - 1].isspace()):
            first = gap - 1
            if words_only:
                while first > pos and _is_word_char(text[first - 1]):
                    first -= 1
            else:
                while first > pos and not text[first - 1].isspace():
                    first -= 1
            yield text[first:gap]
            pos = after
            at = text.find(word, pos, end)
        else:
            at = text.find(word, at + 1, end)
