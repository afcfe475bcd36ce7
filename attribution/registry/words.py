"""The words of a text the registry scans for names, with the keys their first letters give and their spans.

The registry's words are runs of letters and digits (`WORD_RE`: a dotted initialism is one word) in the folded
text. They come either from one `split` of the whole folded text (`SplitWords`) or, for an article the parser
has tokenized, off its tokens (`TokenWords`): each word lies inside one token, unless `words_in_tokens` says
the text has what may make them differ.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from attribution.textnorm import (
    ARABIC_MARKS,
    COMBINING,
    DROPPED_CHARS,
    INITIALISM_HINT_RE,
    INVISIBLES,
    PLAIN_WORD_RE,
    WORD_RE,
    MatchView,
    build_view,
    strip_clitic,
)
from attribution.tokens import Columns

GLUED_PREFIXES: Final = "وفبلك"
WORD_SPLIT_RE: Final = re.compile(f"({WORD_RE.pattern})")  # one group: `split` keeps the words
# Without ".x." anywhere (`INITIALISM_HINT_RE`) WORD_RE finds plain runs of letters and digits: the simpler,
# faster pattern does.
PLAIN_WORD_SPLIT_RE: Final = re.compile(f"({PLAIN_WORD_RE.pattern})")


@lru_cache(maxsize=1 << 16)
def word_forms(word: str) -> tuple[tuple[str, int], ...]:
    """The keys a word may have when it starts a name: as normalized, and without one glued prefix."""
    stem, cut = strip_clitic(word)
    forms = [(stem, cut)]
    if len(word) >= 3 and word[0] in GLUED_PREFIXES:
        rest, rest_cut = strip_clitic(word[1:])
        if word[0] == "ك" and len(rest) < 4:
            return tuple(forms)  # ('كابل' is Kabul, not 'ك' + 'ابل', Apple)
        if (rest, 1 + rest_cut) not in forms:
            forms.append((rest, 1 + rest_cut))
    return tuple(forms)


def dotless(word: str) -> str:
    """A word as `word_tokens` yields it: an initialism without its dots."""
    return word.replace(".", "") if "." in word else word


FIRST_KEY_MEMO_SIZE = 1 << 12  # words whose key `first_key` remembers (emptied when it grows past)
_first_key_memo: Final[dict[str, str]] = {}


def first_key(raw: str) -> str:
    """The normalized key of a word as `WORD_RE` finds it (what `word_forms` lists first; remembered in a plain
    dict, as `split_token` is)."""
    found = _first_key_memo.get(raw)
    if found is None:
        if len(_first_key_memo) >= FIRST_KEY_MEMO_SIZE:
            _first_key_memo.clear()
        found = _first_key_memo[raw] = word_forms(dotless(raw))[0][0]
    return found


# Where the tokenizer's tokens and the registry's words (WORD_RE in the folded text) may not nest (see
# `words_in_tokens`): a character folding drops that no token takes in (an invisible format character, a Latin
# combining mark: they may join letters of two tokens into one word); a character that `str.lower` reads by
# its context ('Σ', 'Å'); a full stop before an Arabic mark or before a letter or digit other than ASCII ones,
# or after an Arabic mark, where the tokenizer leaves the full stop out of the letters around it and a dotted
# initialism may go on ('ع.ب.', 'a.aـ.').
_TOKENS_MAY_DIFFER_RE: Final = re.compile(
    rf"[.{ARABIC_MARKS}{INVISIBLES}{COMBINING}\u03a3\u212b]"
    rf"(?:(?<![.{ARABIC_MARKS}])|(?<=\.)(?:[{ARABIC_MARKS}]|[^\W_A-Za-z0-9])|(?<=[{ARABIC_MARKS}])\.)"
)
_MARK_CHARS: Final = frozenset(ch for ch in DROPPED_CHARS if re.match(f"[{ARABIC_MARKS}]", ch))
_LETTER_RE: Final = re.compile(r"[^\W\d_]")  # what may open a dotted initialism (WORD_RE)
_WORD_CHAR_RE: Final = re.compile(r"[^\W_]")
_NEXT_INITIAL_RE: Final = re.compile(rf"[{ARABIC_MARKS}]*[^\W\d_][{ARABIC_MARKS}]*\.")


# What `_TOKENS_MAY_DIFFER_RE` may find, in two parts: a character other than the full stop (`_ODD_CHAR_RE`,
# looked for per distinct token: every non-space character is in a token), or a full stop before a mark or a
# letter or digit other than an ASCII one (`_DOT_BEFORE_ODD_RE`: a literal full stop, a fast scan).
_ODD_CHAR_RE: Final = re.compile(rf"[{ARABIC_MARKS}{INVISIBLES}{COMBINING}\u03a3\u212b]")
_DOT_BEFORE_ODD_RE: Final = re.compile(rf"\.(?:[{ARABIC_MARKS}]|[^\W\x00-\x7f])")
ODD_TOKENS_MEMO_SIZE = 1 << 14  # distinct tokens `_has_odd_token` remembers (emptied when it grows past)
_odd_tokens_memo: Final[dict[str, bool]] = {}


# `str.isascii` itself (compiled, `token.isascii()` is a generic method call: the method looked up on the type at each
# call, then called; the descriptor held here is called at once)
_isascii: Final = str.isascii


def _has_odd_token(texts: list[str]) -> bool:
    """Has one of the tokens `texts` a character of `_ODD_CHAR_RE`? (ASCII tokens have none; the others are
    remembered in a plain dict, a lookup per non-ASCII token.)"""
    memo = _odd_tokens_memo
    if len(memo) >= ODD_TOKENS_MEMO_SIZE:
        memo.clear()
    for token in texts:
        if _isascii(token):
            continue
        odd = memo.get(token)
        if odd is None:
            odd = memo[token] = _ODD_CHAR_RE.search(token) is not None
        if odd:
            return True
    return False


def words_in_tokens(text: str, texts: list[str] | None = None) -> bool:
    """Does each of the registry's words in `text` lie inside one of the tokenizer's tokens, so that the words
    can be read off the tokens (`split_token`)? Every non-space character is in a token and a word (letters
    and digits) ends where its token does, but for a dotted initialism that goes on past a full stop the
    tokenizer leaves alone ('ع.ب.', 'U.S.' before an Arabic letter), or characters folding joins or reads by
    context (`_TOKENS_MAY_DIFFER_RE`). `texts`: the texts of the text's tokens (`tokenize_columns(text)`), when
    the caller has them: where no full stop stands before a non-ASCII letter or mark, the characters that may
    make words and tokens differ are looked for per distinct token rather than by a pattern over the whole text
    (~40 instructions a character: the text has curly quotes or dashes, most English articles)."""
    if text.isascii():
        return True  # (of what the pattern looks for only the full stop is ASCII, and only beside non-ASCII)
    if texts is not None and _DOT_BEFORE_ODD_RE.search(text) is None and not _has_odd_token(texts):
        return True  # (the pattern finds nothing: it needs one of these characters)
    for found in _TOKENS_MAY_DIFFER_RE.finditer(text):
        first = found.group()[0]
        if first == "." or first in _MARK_CHARS:
            dot = found.start() if first == "." else found.end() - 1
            if _initialism_at(text, dot):
                return False
        else:
            return False
    return True


def _initialism_at(text: str, dot: int) -> bool:
    """Might the full stop at `dot` be part of a dotted initialism in the folded text: after a letter that
    follows no other letter or digit (marks aside), with another letter and full stop after it or a full stop
    before it?"""
    letter = _before_marks(text, dot)
    if letter < 0 or not _LETTER_RE.match(text, letter):
        return False
    before = _before_marks(text, letter)
    if before >= 0 and _WORD_CHAR_RE.match(text, before):
        return False  # the last letter of a longer word
    return (before >= 0 and text[before] == ".") or _NEXT_INITIAL_RE.match(text, dot + 1) is not None


def _before_marks(text: str, at: int) -> int:
    """The index of the character before `at` that is no Arabic mark (folding drops those), or -1."""
    k = at - 1
    while k >= 0 and text[k] in _MARK_CHARS:
        k -= 1
    return k


class TokenSplit(NamedTuple):
    """The registry's words in one of the tokenizer's tokens (as WORD_RE finds them in its folded form: one for
    most tokens, none for a mark, several for 'al-Sudani' or "don't"), with their spans in the folded token."""

    words: tuple[str, ...]
    view: MatchView
    spans: tuple[tuple[int, int], ...]


SPLIT_MEMO_SIZE = 1 << 14  # tokens whose split `split_token` remembers (emptied when it grows past)
_split_memo: Final[dict[str, TokenSplit]] = {}


def split_token(token: str) -> TokenSplit:
    """The registry's words in a token, with its folded view (remembered for up to 16,384 tokens, in a plain dict:
    compiled, a call to an `lru_cache` goes through the interpreter's call protocol)."""
    found = _split_memo.get(token)
    if found is None:
        if len(_split_memo) >= SPLIT_MEMO_SIZE:
            _split_memo.clear()
        found = _split_memo[token] = _split(token)
    return found


def _split(token: str) -> TokenSplit:
    view = build_view(token)
    found = list(WORD_RE.finditer(view.folded))
    return TokenSplit(tuple(m.group() for m in found), view, tuple((m.start(), m.end()) for m in found))


class Words:
    """The words of a scanned text, from the current one (set by the scan) on."""

    def key(self, k: int) -> str | None:
        """`first_key` of the k-th word after the current one; None past the last word."""
        raise NotImplementedError

    def span(self, shift: int, n: int) -> tuple[int, int]:
        """The original span of n words from the current one, its start moved `shift` folded characters on."""
        raise NotImplementedError


def split_words(text: str) -> SplitWords:
    """The words of `text` from one `split` of its folded form."""
    view = build_view(text)
    words_re = WORD_SPLIT_RE if INITIALISM_HINT_RE.search(view.folded) else PLAIN_WORD_SPLIT_RE
    return SplitWords(view, words_re.split(view.folded))


class SplitWords(Words):
    """Words split from the whole folded text (`parts`: gap, word, gap, …, gap). Their offsets are summed up to
    each word asked for, once (the scan asks in text order)."""

    def __init__(self, view: MatchView, parts: list[str]) -> None:
        self.view = view
        self.parts = parts
        self.raw = parts[1::2]
        self.current = 0
        self.part = 0  # parts[:part] are summed in `position`
        self.position = 0

    def key(self, k: int) -> str | None:
        i = self.current + k
        return first_key(self.raw[i]) if i < len(self.raw) else None

    def span(self, shift: int, n: int) -> tuple[int, int]:
        parts, first = self.parts, self.current
        if self.part < 2 * first + 1:
            self.position += sum(map(len, parts[self.part:2 * first + 1]))
            self.part = 2 * first + 1
        end = self.position + sum(map(len, parts[2 * first + 1:2 * (first + n)]))
        return self.view.span_to_original(self.position + shift, end)


class TokenWords(Words):
    """Words read off the tokenizer's tokens (`split_token` of each): the current one is word `word` of token
    `token`; a span is mapped from its tokens' folded views."""

    def __init__(self, columns: Columns) -> None:
        self.starts = columns.starts
        self.texts = columns.texts
        self.token = 0
        self.word = 0

    def _after(self, k: int) -> tuple[int, int]:
        """(token, word in it) of the k-th word after the current one; token == len(texts) past the last word."""
        texts, token, word = self.texts, self.token, self.word + k
        while token < len(texts):
            count = len(split_token(texts[token]).words)
            if word < count:
                break
            word -= count
            token += 1
        return token, word

    def key(self, k: int) -> str | None:
        token, word = self._after(k)
        return first_key(split_token(self.texts[token]).words[word]) if token < len(self.texts) else None

    def span(self, shift: int, n: int) -> tuple[int, int]:
        first = split_token(self.texts[self.token])
        start, end = first.spans[self.word]
        begin = self.starts[self.token] + first.view.span_to_original(start + shift, end)[0]
        token, word = self._after(n - 1)
        last = split_token(self.texts[token])
        start, end = last.spans[word]
        return begin, self.starts[token] + last.view.span_to_original(start, end)[1]
