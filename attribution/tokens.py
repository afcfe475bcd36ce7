"""Word tokens with offsets into the original text, and the folded keys they are matched on.

Folding happens on copies (one token at a time), never on the text: a token's `start`/`end` always index
the original string. Keys fold Arabic letter variants (hamza and alef forms, ى/ي, ة/ه), drop diacritics
and tatweel, and lower-case Latin, so lexicon entries match however the article spells them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD = re.compile(
    rf"[A-Z]\.(?!\w)"  # an initial: "J."
    rf"|[\w{_MARKS}]+(?:(?:\.(?=[A-Za-z0-9])|['’\-&])[\w{_MARKS}]+)*(?:(?<=\.[A-Za-z0-9])\.)?"  # words, "U.S."
    r"|\S",  # any other mark
    re.UNICODE,
)
_DROP = re.compile(f"[{_MARKS}]")
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "’": "'", "‘": "'", "ک": "ك", "ی": "ي",
})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@lru_cache(maxsize=1 << 16)
def fold_token(word: str) -> str:
    """The matching key of one word: folded letters, no diacritics or tatweel, lower-case."""
    folded = word.translate(_FOLD).lower()
    return _DROP.sub("", folded) if any("\u0610" <= ch <= "\u06ed" for ch in folded) else folded


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (a final full stop kept only for dotted abbreviations and initials) and single marks."""
    new, fold = tuple.__new__, fold_token  # tuple.__new__ skips NamedTuple's Python-level constructor
    tokens = [new(Token, (m.start(), m.end(), w, fold(w)))
              for m in _WORD.finditer(text, start, len(text) if end is None else end) for w in (m.group(),)]
    return _join_dotted(text, tokens)


def _join_dotted(text: str, tokens: list[Token]) -> list[Token]:
    """'إن.بي.سي', 'م.ع': letters of an acronym joined by full stops are one word."""
    if not any(t.text == "." for t in tokens):
        return tokens
    out: list[Token] = []
    for tok in tokens:
        if len(out) >= 2 and out[-1].text == "." and out[-2].end == out[-1].start == tok.start - 1 \
                and tok.is_word and len(out[-2].text.split(".")[-1]) <= 2 and len(tok.text) <= 3:
            out.pop()  # the full stop
            left = out.pop()
            word = text[left.start:tok.end]
            out.append(Token(left.start, tok.end, word, fold_token(word)))
        else:
            out.append(tok)
    return out
