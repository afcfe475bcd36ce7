"""Word tokens with offsets into the original text, and the folded keys they are matched on.

Folding happens on copies (one token at a time), never on the text: a token's `start`/`end` always index
the original string. Keys fold Arabic letter variants (hamza and alef forms, ى/ي, ة/ه), drop diacritics
and tatweel, and lower-case Latin, so lexicon entries match however the article spells them.
"""

from __future__ import annotations

import bisect
import re
from types import FunctionType
from typing import Final, NamedTuple

_MARKS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_LETTER: Final = rf"[\w{_MARKS}]"
# A token is one non-space character, then: an initial ("J."); or, after a letter, the rest of a word, which
# may be joined by . ' ’ - & ("U.S.", "al-Sudani", "don't"); or nothing (any other mark). Starting with a
# character class lets the regex engine skip spaces without trying a match at each; the word's parts are
# possessive (nothing after them could make a shorter word match) and looked for only after a joining mark.
_WORD: Final = re.compile(
    rf"\S(?:(?<=[A-Z])\.(?!\w)"  # an initial
    rf"|(?<={_LETTER}){_LETTER}*+(?:(?=[.'’\-&])(?:(?:\.(?=[A-Za-z0-9])|['’\-&]){_LETTER}++)*+"  # a word
    rf"(?:(?<=\.[A-Za-z0-9])\.|)|)"  # a final full stop only for dotted abbreviations
    r"|)",  # a mark
    re.UNICODE,
)
_WORD_SPLIT: Final = re.compile(f"({_WORD.pattern})", re.UNICODE)  # one group: `split` keeps the tokens
_DROP: Final = re.compile(f"[{_MARKS}]")
_FOLD: Final = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "’": "'", "‘": "'", "ک": "ك", "ی": "ي",
})


class Token:
    """A token: its offsets into the text, the text itself, its folded key, and whether it is a word (the text
    starts with a letter or a digit). A plain class, compiled to a C struct: compiled code builds one with a
    direct call and reads its fields without a tuple lookup or an int object; tokens compare by their fields."""

    __slots__ = ("end", "is_word", "key", "start", "text")

    def __init__(self, start: int, end: int, text: str, key: str, is_word: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.is_word = is_word

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self.start == other.start and self.end == other.end \
            and self.text == other.text and self.key == other.key and self.is_word == other.is_word

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text, self.key, self.is_word))

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, key={self.key!r}, " \
            f"is_word={self.is_word!r})"


def _token(start: int, end: int, text: str) -> Token:
    key = fold_token(text)  # (the text itself when folding changes nothing: one string, found by identity)
    return Token(start, end, text, text if key == text else key, text[0].isalnum())


FOLD_MEMO_SIZE = 1 << 16  # words whose key `fold_token` remembers (emptied when it grows past)
_fold_memo: Final[dict[str, str]] = {}


def fold_token(word: str) -> str:
    """The matching key of one word: folded letters, no diacritics or tatweel, lower-case (remembered in a plain
    dict: compiled, a call to an `lru_cache` goes through the interpreter's call protocol and the cache's key)."""
    found = _fold_memo.get(word)
    if found is None:
        if len(_fold_memo) >= FOLD_MEMO_SIZE:
            _fold_memo.clear()
        found = _fold_memo[word] = _fold(word)
    return found


def _fold(word: str) -> str:
    folded = word.translate(_FOLD).lower()
    return _DROP.sub("", folded) if _DROP.search(folded) else folded


RUNS_MEMO_SIZE = 1 << 15  # distinct runs whose tokens `_runs_memo` remembers (emptied when it grows past)
_runs_memo: dict[str, tuple[Token, ...]] = {}


def _run_tokens(run: str) -> tuple[Token, ...]:
    """The tokens of one run of non-space characters, offsets from the run's start (what `tokenize_columns`
    remembers per run: the key and the word flag are computed once per distinct run)."""
    parts = _WORD_SPLIT.split(run)
    starts, ends = _offsets(parts, 0)
    words = parts[1::2]
    if len(words) == 1:
        return (_token(0, len(run), run),)
    tokens = [_token(s, e, w) for s, e, w in zip(starts, ends, words, strict=True)]
    return tuple(_join_dotted(run, tokens, words))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (a final full stop kept only for dotted abbreviations and initials) and single marks."""
    if start < 0 or (end is not None and end < 0) or text[start - 1:start] == ".":
        # (the one look-behind, a final "." after ".x", may see the "." before a window: read as finditer does)
        stop = len(text) if end is None else end
        tokens = [_token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, stop)]
        return _join_dotted(text, tokens)
    return tokenize_columns(text, start, end)[0]


class Columns(NamedTuple):
    """An article's tokens and, beside them, each of their fields in a list of its own (for the passes that
    read one field of every token: bisecting starts, finding marks and cue words)."""

    tokens: list[Token]
    starts: list[int]
    texts: list[str]
    keys: list[str]


def tokenize_columns(text: str, start: int = 0, end: int | None = None) -> Columns:
    """`tokenize(text, start, end)` with the tokens' starts, texts and keys as lists, which the tokenizer has
    in hand."""
    if start < 0 or (end is not None and end < 0) or text[start - 1:start] == ".":
        return _columns(tokenize(text, start, end))
    # The tokenizer reads each run of non-space characters alone (no pattern looks across a space, no full stop
    # joins across one), so a run's tokens are remembered per distinct run, and the text is split at spaces
    # (`str.split`, ~7x cheaper than the token pattern's split): per run a lookup, a `find` for its offset
    # and a tuple per token. A window reads as the same text cut there (the pattern looks past a match's end
    # only as far as the window's end). The memo is read in this loop (compiled, a dict lookup per run, ~a third
    # of `memo_map`'s `map` over the bound `__getitem__` and the list of what it found).
    piece = text if not start and end is None else text[start:end]
    runs = piece.split()
    memo = _runs_memo
    if len(memo) > RUNS_MEMO_SIZE:
        memo.clear()
    tokens: list[Token] = []
    pos = 0
    for run in runs:
        known = memo.get(run)
        if known is None:
            known = memo[run] = _run_tokens(run)
        # The run starts at the first non-space at or after `pos` (the end of the run before, a space, or 0): at
        # `pos` or right after one space in most texts, which two characters tell (compiled, `ord(s[i])` reads
        # the character in place); `find` (~340 instructions a run) only after more spaces.
        first = ord(run[0])
        if ord(piece[pos]) == first:
            at = pos
        elif ord(piece[pos + 1]) == first:
            at = pos + 1
        else:
            at = piece.find(run, pos)
        pos = at + len(run)
        at += start
        if len(known) == 1:  # (most runs are one word: its token read at once, no loop over the run's tuple)
            tok = known[0]
            tokens.append(Token(at + tok.start, at + tok.end, tok.text, tok.key, tok.is_word))  # (compiled: a direct
            continue  # call)
        for tok in known:
            tokens.append(Token(at + tok.start, at + tok.end, tok.text, tok.key, tok.is_word))
    # The starts, texts and keys read off the tokens once they are all made (compiled: a list of the known length
    # filled in place, ~half the instructions of an `append` per token; a start's int object is made either way)
    return Columns(tokens, [t.start for t in tokens], [t.text for t in tokens], [t.key for t in tokens])


def _interpreted_columns(text: str, start: int = 0, end: int | None = None) -> Columns:
    """`tokenize_columns` as the interpreter runs it (an editable install, CI: it takes its place below). The same
    loop, but each token is made with `object.__new__` and its five slots set in place: calling the class runs
    `__init__` in a new interpreter frame (~700 more instructions a token, 100,000 tokens a pass over the sets);
    compiled, the class call is a direct C call and `tokenize_columns` stays."""
    if start < 0 or (end is not None and end < 0) or text[start - 1:start] == ".":
        return _columns(tokenize(text, start, end))
    piece = text if not start and end is None else text[start:end]
    runs = piece.split()
    memo = _runs_memo
    if len(memo) > RUNS_MEMO_SIZE:
        memo.clear()
    tokens: list[Token] = []
    pos = 0
    for run in runs:
        known = memo.get(run)
        if known is None:
            known = memo[run] = _run_tokens(run)
        first = ord(run[0])
        if ord(piece[pos]) == first:
            at = pos
        elif ord(piece[pos + 1]) == first:
            at = pos + 1
        else:
            at = piece.find(run, pos)
        pos = at + len(run)
        at += start
        for tok in known:
            made = _new_object(Token)
            made.start = at + tok.start
            made.end = at + tok.end
            made.text = tok.text
            made.key = tok.key
            made.is_word = tok.is_word
            tokens.append(made)
    return Columns(tokens, [t.start for t in tokens], [t.text for t in tokens], [t.key for t in tokens])


_new_object: Final = object.__new__
COLUMN_LOOPS: Final = (tokenize_columns, _interpreted_columns)  # both, whichever the module's name runs (for the tests)
if isinstance(tokenize_columns, FunctionType):  # interpreted
    globals().update(tokenize_columns=_interpreted_columns)


def _offsets(parts: list[str], start: int) -> tuple[list[int], list[int]]:
    """The starts and ends of the tokens of a text split into [space, token, space, …, space], the first part
    at `start`: running sums of the parts' lengths. (A loop: compiled, it adds machine integers and makes an int
    object only for each offset kept, where `accumulate(map(len, parts))` made one per part and called `len` and
    the addition through the interpreter's protocols, ~4× the instructions; interpreted, it costs more.)"""
    starts: list[int] = []
    ends: list[int] = []
    pos = start
    for k in range(1, len(parts), 2):
        pos += len(parts[k - 1])
        starts.append(pos)
        pos += len(parts[k])
        ends.append(pos)
    return starts, ends


def window_tokens(text: str, columns: Columns, start: int, end: int | None = None) -> list[Token]:
    """`tokenize(text, start, end)` read off the text's tokens (`columns`, `tokenize_columns(text)`). The
    tokenizer reads each run of non-space characters alone (no pattern looks across a space, no full stop
    joins across one), so only the runs the window's ends cut are tokenized again."""
    tokens, starts = columns.tokens, columns.starts
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        return tokenize(text, start, end)
    i = search_left(starts, start)  # the first token starting in the window
    if i and tokens[i - 1].end >= start and (tokens[i - 1].end > start or (i < len(tokens) and starts[i] == start)):
        while i < len(tokens) and starts[i] == tokens[i - 1].end:
            i += 1  # the rest of the run the window starts inside
        inner = tokens[i - 1].end
    else:
        inner = start
    j = search_left(starts, stop)  # after the last token starting in the window
    if j and tokens[j - 1].end >= stop and (tokens[j - 1].end > stop or (j < len(tokens) and starts[j] == stop)):
        j -= 1
        while j and tokens[j - 1].end == starts[j]:
            j -= 1  # the start of the run the window ends inside
        outer = starts[j] if j < len(tokens) else stop
    else:
        outer = stop
    if inner >= outer:
        return tokenize(text, start, end)
    head = tokenize(text, start, inner) if inner > start else []
    tail = tokenize(text, outer, stop) if outer < stop else []
    return head + tokens[i:j] + tail if head or tail else tokens[i:j]


def _columns(tokens: list[Token]) -> Columns:
    return Columns(tokens, token_starts(tokens), [t.text for t in tokens], [t.key for t in tokens])


def token_starts(tokens: list[Token]) -> list[int]:
    """The start offset of every token, in order (for bisecting)."""
    return [t.start for t in tokens]


def search_left(a: list[int], x: int) -> int:
    """`bisect.bisect_left(a, x)`: the first index whose item is not below x (`a` sorted). Compiled, a loop on machine
    integers, a third of the instructions of calling `bisect` from compiled code (a module attribute looked up,
    the arguments parsed, an int object for x, generic comparisons); interpreted, `bisect` itself (below)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_right(a: list[int], x: int) -> int:
    """`bisect.bisect_right(a, x)`: the first index whose item is above x (`a` sorted); see `search_left`."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def tokens_left(tokens: list[Token], x: int, lo: int, hi: int) -> int:
    """`bisect_left` of x among the starts of tokens[lo:hi] (an index into `tokens`), read off the tokens: no list
    of their starts, and compiled, no int object for each (what a bisection of a sentence's tokens needs)."""
    while lo < hi:
        mid = (lo + hi) >> 1
        if tokens[mid].start < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def tokens_right(tokens: list[Token], x: int, lo: int, hi: int) -> int:
    """`bisect_right` of x among the starts of tokens[lo:hi] (an index into `tokens`); see `tokens_left`."""
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < tokens[mid].start:
            hi = mid
        else:
            lo = mid + 1
    return lo


LOOPS: Final = (search_left, search_right)  # the loops themselves, whichever the module's names run (for the tests)
if isinstance(search_left, FunctionType):  # interpreted (an editable install, CI): a Python loop is ~10x slower
    globals().update(search_left=bisect.bisect_left, search_right=bisect.bisect_right)  # than C's bisection


def _join_dotted(text: str, tokens: list[Token], texts: list[str] | None = None) -> list[Token]:
    """'إن.بي.سي', 'م.ع': letters of an acronym joined by full stops are one word. `texts`: the tokens' texts,
    when the caller has them."""
    stops = _full_stops([t.text for t in tokens] if texts is None else texts)
    if not any(_joins(tokens, k) for k in stops):
        return tokens  # the first join needs an original triple word, ".", word; with none, nothing joins
    out: list[Token] = []
    for tok in tokens:
        if len(out) >= 2 and out[-1].text == "." and out[-2].end == out[-1].start == tok.start - 1 \
                and tok.is_word and len(out[-2].text.split(".")[-1]) <= 2 and len(tok.text) <= 3:
            out.pop()  # the full stop
            left = out.pop()
            out.append(_token(left.start, tok.end, text[left.start:tok.end]))
        else:
            out.append(tok)
    return out


def _full_stops(texts: list[str]) -> list[int]:
    """Indices of the "." tokens that have a token on both sides (list.index: no Python loop per token)."""
    out: list[int] = []
    k = 0
    while True:
        try:
            k = texts.index(".", k + 1, len(texts) - 1)
        except ValueError:
            return out
        out.append(k)


def _joins(tokens: list[Token], k: int) -> bool:
    """Would `_join_dotted` join tokens k - 1 and k + 1 across the full stop k (read on the original tokens)?"""
    left, dot, tok = tokens[k - 1], tokens[k], tokens[k + 1]
    return left.end == dot.start == tok.start - 1 and tok.is_word and len(left.text.split(".")[-1]) <= 2 \
        and len(tok.text) <= 3
