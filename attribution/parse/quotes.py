"""Quotation spans: pairs of marks from the lexicon, glued or spaced, running over paragraphs when the
next paragraph reopens the quote (the English convention for long quotes). An unbalanced mark is a
diagnostic, never an exception."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from attribution.model import Diagnostic

QuoteSpan = tuple[int, int]  # [open mark, close mark + 1)

_APOSTROPHES: Final = "'’"


def _plausible_open(text: str, i: int) -> bool:
    """A single quote opens only after a space or bracket and before a letter (not "don't", "Hillary's"), nor
    where it stands for a decade's or a year's dropped century ("in the early '90s", "the '08 race")."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-") and after.isalnum() and not _elided_century(text, i)


def _elided_century(text: str, i: int) -> bool:
    """The apostrophe at i and two digits after it, then an 's' or no further letter or digit: "'70s", "'16"."""
    digits = text[i + 1:i + 3]
    if len(digits) < 2 or not digits.isdigit():
        return False
    rest = text[i + 3:i + 5]
    if rest[:1] == "s":
        rest = rest[1:]
    return not rest[:1].isalnum()


def _plausible_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _turned_close(text: str, i: int) -> bool:
    """An opening curly mark written where a closing one belongs ('… is 51 percent.“' at a paragraph's end):
    glued to the word or stop before it and followed by a space, a stop or the end, it closes the open quote."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "([{—–-" and (after.isspace() or after in ".,;:!?)")


_NESTING: Final = "“«"  # opening marks unlike their closing ones: a quotation in the same marks may nest inside


def _nested_open(text: str, i: int) -> bool:
    """An opening mark inside an open quotation of the same marks, after a space or a bracket and glued to the
    word it opens ('“… what they call “a temporary fix” in any form,”'): a quotation inside the quotation."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-") and not after.isspace() and after not in "\"«»“”„"


_NESTED_MARKS: Final = 8  # marks after the first inner one within which a quotation holding others must close


def _unnested(text: str, marks: list[int], k: int, first_inner: int, depth: int, open_mark: str,
              closers: dict[str, set[str]], breaks: frozenset[int] | None) -> bool:
    """Did a quotation that took a closing mark for an inner quotation's turn out unclosed: at the text's end,
    more than `_NESTED_MARKS` marks on, or at a paragraph's end with an inner quotation still open or the quote
    not carried into the next paragraph? (Then the marks did not nest: the quote closes at the first closing
    mark inside it, and the marks after it are read again: a bounded number, so the scan stays linear.)"""
    if k == len(marks) or k - first_inner > _NESTED_MARKS:
        return True
    i = marks[k]
    if text[i] != "\n" or (breaks is not None and i not in breaks):
        return False
    return depth > 0 or not (_reopens(text, i, open_mark)
                             or _closed_at_next_end(text, i, closers.get(open_mark, set()) | {open_mark}, breaks))


def _straight_nested_open(text: str, i: int) -> bool:
    """A straight mark inside an open straight quotation that can only open one: after a space or a bracket and
    glued to a letter or a digit."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{") and after.isalnum()


_BULLETS: Final = "•·▪◦‣*"


def _paragraph_start(text: str, newline: int) -> int:
    """Where the words of the paragraph after `newline` start: past blank space and a list bullet ('• "…')."""
    j = newline
    while j < len(text) and (text[j].isspace() or text[j] in _BULLETS):
        j += 1
    return j


def _reopens(text: str, newline: int, mark: str) -> bool:
    """Does the paragraph after `newline` start with `mark` (a quote carried over paragraphs), a list bullet
    before it allowed?"""
    j = _paragraph_start(text, newline)
    return j < len(text) and text.startswith(mark, j)


_CARRIED_PARAGRAPHS: Final = 3  # how many paragraphs without a mark an open quote may run over before it closes


_ANY_MARK: Final = "\"«»“”„"
_AFTER_CLOSE: Final = ".،,؛;!?؟:)"


def _closes_inside(tail: str, marks: set[str]) -> bool:
    """Is the one quotation mark of a paragraph a closing one glued to the word before it and followed by a
    comma or stop, with words after it ('لا نية للتأجيل»، مضيفا أن …': the quote ends mid-paragraph and a
    participle or a cue goes on)?"""
    at = [k for k, c in enumerate(tail) if c in marks or c in _ANY_MARK]
    if len(at) != 1 or tail[at[0]] not in marks:
        return False
    k = at[0]
    return k > 1 and not tail[k - 1].isspace() and k + 1 < len(tail) and tail[k + 1] in _AFTER_CLOSE


def _closed_at_next_end(text: str, newline: int, marks: set[str], breaks: frozenset[int] | None) -> bool:
    """Does a paragraph after `newline` hold no quotation mark but one closing the open quote at its very end
    (before its final punctuation), or before a comma and the words that go on, with at most a few paragraphs
    without any mark before it? Some writers open a long quote once and close it paragraphs later
    ('• "Republicans …' / '• If …' / '• Democrats … deficits."')."""
    start = newline
    for _ in range(_CARRIED_PARAGRAPHS):
        start = _paragraph_start(text, start)
        end = start
        while end < len(text) and not (text[end] == "\n" and (breaks is None or end in breaks)):
            end += 1
        tail = text[start:end].rstrip().rstrip(".،,؛;!?؟:")
        if len(tail) < 2:
            return False
        if tail[-1] in marks and not any(c in marks or c in _ANY_MARK for c in tail[:-1]):
            return True
        if any(c in marks or c in _ANY_MARK for c in tail):
            return _closes_inside(tail, marks)
        if end >= len(text):
            return False
        start = end
    return False


@lru_cache(maxsize=16)
def _mark_chars(pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Only quotation marks and line breaks matter to the scanner; it jumps from one to the next."""
    return tuple(sorted({c for pair in pairs for mark in pair for c in mark} | {"\n"}))


def _mark_positions(text: str, chars: tuple[str, ...]) -> list[int]:
    """Where each of `chars` is in `text`, in text order: a `str.find` per occurrence of each (a dozen quick
    scans of the text; a regular expression's character class tested at every character, then a match object
    per mark, cost ~5x the instructions)."""
    out: list[int] = []
    for c in chars:
        k = text.find(c)
        while k >= 0:
            out.append(k)
            k = text.find(c, k + 1)
    out.sort()
    return out


def find_quotes(text: str, pairs: tuple[tuple[str, str], ...], breaks: frozenset[int] | None = None,
                ) -> tuple[list[QuoteSpan], list[Diagnostic]]:
    """Quotation spans. `breaks` are the newlines that end paragraphs (all of them when not given)."""
    closers: dict[str, set[str]] = {}
    for open_mark, close_mark in pairs:
        closers.setdefault(open_mark, set()).add(close_mark)
    spans: list[QuoteSpan] = []
    problems: list[Diagnostic] = []
    open_at: int | None = None
    open_mark = ""
    depth = 0  # quotations of the same mark opened inside the open one and not closed yet
    first_inner = -1  # the index in `marks` of the first closing mark met inside the open quotation
    marks = _mark_positions(text, _mark_chars(pairs))
    k = 0
    while k < len(marks) or (open_at is not None and first_inner >= 0):
        if first_inner >= 0 and open_at is not None and _unnested(text, marks, k, first_inner, depth, open_mark,
                                                               closers, breaks):
            spans.append((open_at, marks[first_inner] + 1))  # the marks did not nest after all: the quote closes
            open_at, depth, k, first_inner = None, 0, first_inner + 1, -1  # at the first closing mark inside it
            continue
        i = marks[k]
        ch = text[i]
        step = 1
        if ch == "'" and text.startswith("''", i):  # ''…'' (two apostrophes, as in some wire and NYT copy)
            if open_at is None:
                open_at, open_mark = i, "''"
            elif open_mark == "''":
                spans.append((open_at, i + 2))
                open_at = None
            step = 2
        elif open_at is None:
            if ch in closers and (ch not in _APOSTROPHES or _plausible_open(text, i)):
                open_at, open_mark, first_inner = i, ch, -1
        elif ch == open_mark == '"' and _straight_nested_open(text, i):
            depth += 1  # ('"… what they call "a quick fix" in any form,"': after a space, glued to a letter)
            if first_inner < 0:
                first_inner = k  # (read without nesting, this mark closed the quote)
        elif (ch in closers.get(open_mark, ()) and (ch not in _APOSTROPHES or _plausible_close(text, i))) \
                or (ch == open_mark == "“" and _turned_close(text, i)):
            if depth:
                depth -= 1  # ('«… بأنه «الحل المؤقت» بأي شكل»': the inner quotation closes, the outer goes on)
                if first_inner < 0:
                    first_inner = k
            else:
                spans.append((open_at, i + 1))
                open_at = None
        elif ch == open_mark and ch in _NESTING and _nested_open(text, i):
            depth += 1
        elif ch == "\n" and (breaks is None or i in breaks):
            depth = 0  # (an inner quotation opened and never closed: read as if its mark were not there)
            if _reopens(text, i, open_mark):
                i = text.index(open_mark, i) + len(open_mark) - 1  # skip the reopening mark: the quote goes on
            elif _closed_at_next_end(text, i, closers.get(open_mark, set()) | {open_mark}, breaks):
                pass  # 'قال: "… فورا.\n\nلن نقبل … الحسابات".': closed only at the end of the next paragraph
            else:
                if open_mark not in _APOSTROPHES:
                    problems.append(Diagnostic("unbalanced_quote", f"quotation mark {open_mark!r} is never closed",
                                               open_at))
                open_at = None
        while k < len(marks) and marks[k] < i + step:
            k += 1  # the next mark from i + step (i may have moved on: a loop, most often one step)
    if open_at is not None and open_mark not in _APOSTROPHES:
        problems.append(Diagnostic("unbalanced_quote", f"quotation mark {open_mark!r} is never closed", open_at))
    return spans, problems


_GLUED: Final = frozenset("وفبلك")  # Arabic one-letter proclitics that may be glued to a title noun


def title_quotes(text: str, quotes: list[QuoteSpan], starts_after: frozenset[str], fold: Callable[[str], str],
                 apposed_after: frozenset[str] = frozenset(),
                 predicate_openers: frozenset[str] = frozenset()) -> frozenset[QuoteSpan]:
    """Quotations that name something ('أغنية "الرجل الصاروخ"', the song "Rocket Man") rather than report
    words: short ones written right after a title noun or after a noun of naming and a comma ('his nickname,
    "the Comeback Kids"'), or repeated in the article (in a cased script, only when capitalised: a repeated
    lower-case word, 'called it "disgusting"', is somebody's word again; nor right after a complementizer
    carrying its subject, `predicate_openers`: 'وصف المدرب اللاعب بأنه "الجوهرة"' after the album "الجوهرة" is
    the coach's word for him, what the sentence says he is)."""
    seen: dict[str, int] = {}
    inners = [text[s + 1:e - 1].strip() for s, e in quotes]
    spoken = [_spoken_uncased(text, s, inner) for (s, _), inner in zip(quotes, inners, strict=True)]
    for inner, said in zip(inners, spoken, strict=True):
        if not said:
            seen[inner] = seen.get(inner, 0) + 1
    out = set()
    for (s, e), inner, said in zip(quotes, inners, spoken, strict=True):
        before = text[max(0, s - 30):s].split()
        previous = fold(before[-1].rstrip("ـ")) if before else ""
        called = previous == "ب" and len(before) > 1 and fold(before[-2]) in starts_after  # 'المعروف بـ«…»'
        if len(inner.split(None, 9)) > (8 if called else 4):  # (ten words at most: a long quotation is split no
            continue  # further)
        if previous.endswith("ed") and previous in starts_after and inner[:1].islower() \
                and not (len(before) > 1 and fold(before[-2]) in starts_after):
            continue  # 'what the minister called "a reckless provocation"': his words; 'a film called "…"' names
        glued = len(previous) > 3 and previous[0] in _GLUED and previous[1:] in starts_after  # 'لبنود «جنيف1»'
        glued = glued or called or (previous.endswith(",") and fold(previous[:-1]) in apposed_after)
        glued = glued or (previous.startswith("ال") and len(before) > 1 and fold(before[-2]) in starts_after
                          and len(inner.split()) <= 2)
        # ('شركة الاتصالات "دو"': the noun and its definite genitive, then a short name; not 'أستاذ الاقتصاد في
        # جامعة الكويت "لا أحد يملك الحل"', his words)
        if (not said and seen[inner] > 1 and not inner[:1].islower() and previous not in predicate_openers) \
                or glued \
                or (previous in starts_after and not inner[:1].islower()) \
                or (bool(before) and _possessive_name(before[-1]) and _title_case(inner)):
            out.add((s, e))  # ('called the plan "a disaster"': a lower-case quotation names nothing)
    return frozenset(out)


def _spoken_uncased(text: str, s: int, inner: str) -> bool:
    """A quotation in a script without case after a colon earlier in its line ('الوزير: "الخبز خط أحمر"',
    'مسؤول أممي: الوضع "الأخطر منذ عقود"', a headline's or a speaker's): words said, never a name however often
    the article repeats them."""
    first = inner[:1]
    if not first.isalpha() or first.isupper() or first.islower():
        return False
    line = text[max(0, s - 80):s]
    return ":" in line[line.rfind("\n") + 1:]


_POSSESSIVE_ENDS: Final = ("'s", "’s", "s'", "s’")
_TITLE_CASE_SMALL: Final = frozenset({"a", "an", "the", "of", "in", "on", "and", "for", "to", "at"})


def _possessive_name(word: str) -> bool:
    """English "CNN's", "Fox News'": a capitalised word with a possessive ending (an outlet's or a person's)."""
    return word[:1].isupper() and word.lower().endswith(_POSSESSIVE_ENDS)  # ("CBS'")


def _title_case(inner: str) -> bool:
    """English 'State of the Union', 'Meet the Press': a quotation's words all capitalised but small function
    words, the first one too, and no sentence mark in it (a programme's or a book's title, no one's words)."""
    words = inner.split()
    return bool(words) and not inner.rstrip(",.").endswith(("!", "?")) and words[0][:1].isupper() \
        and all(w[:1].isupper() or w.lower() in _TITLE_CASE_SMALL for w in words) \
        and not any(ch in inner.rstrip(",.") for ch in ",.;:")


_NICKNAME_AROUND: Final = re.compile(r"[A-Z][\w.]*[ \t]$")
_DOUBLE_MARKS: Final = frozenset('"“')


def nickname_quotes(text: str, quotes: list[QuoteSpan]) -> frozenset[QuoteSpan]:
    """English 'state Del. Marcia "Cia" Price', 'Gen. James "Mad Dog" Ellis': one or two capitalised words in
    double quotation marks between a capitalised word and the capitalised surname right after the closing mark, a
    nickname inside a name, not somebody's words."""
    out = set()
    for s, e in quotes:
        if text[s] not in _DOUBLE_MARKS:
            continue  # (a headline's single marks: 'Trump Was ‘Mocking’ Clinton Camp')
        inner = text[s + 1:e - 1]
        words = inner.split()
        if not 1 <= len(words) <= 2 or inner != inner.strip() or not all(w[:1].isupper() and w.isalpha()
                                                                          for w in words):
            continue
        if _NICKNAME_AROUND.search(text, max(0, s - 30), s) is None:
            continue
        after = text[e:e + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            out.add((s, e))
    return frozenset(out)


# English: a verb of calling and its object ('called the new coach', 'dubbed him'), or 'referred to …  as', right
# before a quotation: what the caller called the object, his words (a name of his making), not a title.
_CALLED_OBJECT: Final = re.compile(r"\b(?:[Cc]all(?:s|ed|ing)?|[Dd]ub(?:s|bed|bing)|[Bb]rand(?:s|ed|ing)"
                                   r"|[Ll]abel(?:s|ed|led|ing|ling)?)[ \t]+(?:[\w'’.-]+[ \t]+){1,5}$")
_REFERRED_AS: Final = re.compile(r"\b(?:[Rr]efer(?:s|red|ring)?|[Rr]eferences?)[ \t]+to[ \t]+(?:[\w'’.-]+[ \t]+){1,4}"
                                 r"as[ \t]+$")
_JOINED_QUOTES: Final = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]+$")


def called_quotes(text: str, quotes: list[QuoteSpan], titles: frozenset[QuoteSpan]) -> list[QuoteSpan]:
    """English: of the quotations read as names (`titles`), those written right after a verb of calling and its
    object ('called the senator "Little Marco"', 'references to Ruiz as "Madam Veto"', and one joined to such a
    quotation by 'and' or a comma): the caller's words for the object, which make a content quoting them mixed."""
    out: list[QuoteSpan] = []
    previous_end = -1
    for q in quotes:
        if q in titles:
            s = q[0]
            lo = max(0, s - 60)
            if _CALLED_OBJECT.search(text, lo, s) or _REFERRED_AS.search(text, lo, s) \
                    or (previous_end >= 0 and _JOINED_QUOTES.match(text, previous_end, s)):
                out.append(q)
                previous_end = q[1]
                continue
        previous_end = -1
    return out


def body_name_quotes(text: str, quotes: list[QuoteSpan], title_nouns: frozenset[str],
                     complementizers: frozenset[str], fold: Callable[[str], str]) -> frozenset[QuoteSpan]:
    """Arabic: a short quotation after a title noun and one definite word, with a name and a complementizer
    right after it ('المحللة في بنك الاستثمار "إتش سي" منى بدير إن …'): the body's name inside a speaker's
    mention, not somebody's words."""
    out = set()
    for s, e in quotes:
        before = text[max(0, s - 40):s].split()  # (the words before it first: most quotations follow no title noun)
        if len(before) < 2 or fold(before[-2]) not in title_nouns or not fold(before[-1]).startswith("ال"):
            continue
        inner = text[s + 1:e - 1].strip()
        if not inner or len(inner.split(None, 4)) > 3:  # (four words or more: split no further)
            continue
        after = text[e:e + 60].split()[:4]
        if any(fold(w) in complementizers for w in after[1:]) and fold(after[0]) not in complementizers:
            out.add((s, e))
    return frozenset(out)


# English: a speech aside set off by commas inside one pair of marks (', the chairman said,', ', said Ms Ortiz,'):
# two to five words, no quotation mark or sentence end among them. The aside's characters are taken possessively:
# none of them is a comma, so only the comma that ends their run can follow them (the lazy `{2,60}?` finds the
# same matches, trying the look-ahead after every character, ~3x the time).
_INNER_ASIDE: Final = re.compile(r",[ \t]+([^,\"“”!?;:\n]{2,60}+)(?=,[ \t]+)")
_SPACES: Final = re.compile(r"[ \t]*")
_TITLE_STOP: Final = re.compile(r"[A-Z][a-z]{0,3}\.")  # 'Ms.', 'Dr.': the only full stops an aside may hold


def split_at_speech_asides(text: str, quotes: list[QuoteSpan], fold: Callable[[str], str],
                           verbs: frozenset[str], openers: frozenset[str]) -> list[QuoteSpan]:
    """English '"The firm was thriving, the chairman said, until the merger."': a quotation that opens its
    sentence and is interrupted by its speaker inside one pair of marks is two quotations, as if the writer had
    closed and reopened the marks: up to the comma before the aside, and from the word after it."""
    out: list[QuoteSpan] = []
    for s, e in quotes:
        before = text[max(0, s - 3):s].rstrip(" \t")
        opens = not before or before[-1] in ".!?\n"  # (the quotation opens its sentence: no cue before it)
        parts = _aside_split(text, s, e, fold, verbs, openers) if opens else []
        out.extend(parts if parts else [(s, e)])
    return out


def _aside_split(text: str, s: int, e: int, fold: Callable[[str], str], verbs: frozenset[str],
                 openers: frozenset[str]) -> list[QuoteSpan]:
    """The two parts around the first speech aside of the quotation [s, e), else none. The aside is two to five
    words that end with a verb of saying after a pronoun, a determiner or a capitalised word ('the chairman
    said', 'she added'), or open with the verb before a capitalised name or a determiner ('said Ms. Ortiz');
    each part keeps two words at least, and the second opens with a word (not '…, he said, \'…\'': the
    words he said, quoted within)."""
    for m in _INNER_ASIDE.finditer(text, s + 1, e - 1):
        words = m.group(1).split()
        resume = _SPACES.match(text, m.end() + 1).end()  # type: ignore[union-attr]
        if not text[resume:resume + 1].isalnum() or not 2 <= len(words) <= 5 \
                or any(w.endswith(".") and not _TITLE_STOP.fullmatch(w) for w in words) \
                or len(text[s + 1:m.start()].split(None, 2)) < 2 or len(text[resume:e - 1].split(None, 2)) < 2:
            continue
        first, last = words[0], fold(words[-1])
        said_after = last in verbs and (fold(first) in openers or first[:1].isupper())
        said_before = fold(first) in verbs and (words[1][:1].isupper() or fold(words[1]) in openers)
        if said_after or said_before:
            return [(s, m.start()), (resume, e)]
    return []
