"""Quotation spans: pairs of marks from the lexicon, glued or spaced, running over paragraphs when the
next paragraph reopens the quote (the English convention for long quotes). An unbalanced mark is a
diagnostic, never an exception."""

from __future__ import annotations

from attribution.model import Diagnostic

QuoteSpan = tuple[int, int]  # [open mark, close mark + 1)

_APOSTROPHES = "'’"


def _plausible_open(text: str, i: int) -> bool:
    """A single quote opens only after a space or bracket and before a letter (not "don't", "Hillary's")."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-") and after.isalnum()


def _plausible_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _reopens(text: str, newline: int, mark: str) -> bool:
    """Does the paragraph after `newline` start with `mark` (a quote carried over paragraphs)?"""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j < len(text) and text[j] == mark


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
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if open_at is None:
            if ch in closers and (ch not in _APOSTROPHES or _plausible_open(text, i)):
                open_at, open_mark = i, ch
        elif ch in closers[open_mark] and (ch not in _APOSTROPHES or _plausible_close(text, i)):
            spans.append((open_at, i + 1))
            open_at = None
        elif ch == "\n" and (breaks is None or i in breaks):
            if _reopens(text, i, open_mark):
                i = text.index(open_mark, i)  # skip the reopening mark: the quote goes on
            else:
                if open_mark not in _APOSTROPHES:
                    problems.append(Diagnostic("unbalanced_quote", f"quotation mark {open_mark!r} is never closed",
                                               open_at))
                open_at = None
        i += 1
    if open_at is not None and open_mark not in _APOSTROPHES:
        problems.append(Diagnostic("unbalanced_quote", f"quotation mark {open_mark!r} is never closed", open_at))
    return spans, problems
