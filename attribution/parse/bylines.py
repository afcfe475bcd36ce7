"""Attributions marked by layout rather than by a verb: a quotation followed by a dash and a name
('"…" ― Sonya Herridge'), and transcript lines opening with a speaker label ('PENCE: Well, look …')."""

from __future__ import annotations

import re

from attribution.parse.frames import Draft, Range
from attribution.parse.quotes import QuoteSpan

_DASH_NAME = re.compile(r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*((?:[A-Z\u00c0-\u024f][\w.'’\-]*[ \u00a0]?){1,5})")
_LABEL = re.compile(r"[\"“”«]?[ \t]*([A-Z][A-Z.'\- ]{1,30}[A-Z.]):[ \t]+")


def dash_bylines(text: str, quotes: list[QuoteSpan]) -> list[Draft]:
    out = []
    for q in quotes:
        m = _DASH_NAME.match(text, q[1])
        if m and len(text[q[0]:q[1]].split()) >= 3:
            name_end = m.end(1)
            while name_end > m.start(1) and not text[name_end - 1].isalnum():
                name_end -= 1
            out.append(Draft(q, None, (m.start(1), name_end), None, "byline", ""))
    return out


def speaker_labels(text: str, paras: list[Range]) -> list[Draft]:
    """A paragraph that opens with an upper-case name and a colon reports what that speaker said."""
    out = []
    for s, e in paras:
        m = _LABEL.match(text, s, e)
        if not m or m.end() >= e:
            continue
        end = e
        while end > m.end() and text[end - 1] in "\"”» \t":
            end -= 1
        if end > m.end():
            out.append(Draft((m.end(), end), None, (m.start(1), m.end(1)), None, "label", ""))
    return out
