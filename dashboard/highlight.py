"""Article text as safe HTML with its quotes, claims, sources and cues highlighted.

Article text is untrusted. The HTML is built here from `html.escape()`d slices of the text cut at the
stored offsets; nothing from the text is ever interpreted as Markdown or HTML. Spans whose stored
offsets do not match the text are left out and reported, never guessed.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from attribution.storage.queries import ClaimRow

LAYERS: tuple[str, ...] = ("quote", "claim", "cue", "source")  # later layers are drawn on top
COLOURS: dict[str, str] = {
    "quote": "#fff3b0",  # direct speech: yellow
    "claim": "#d7ecff",  # reported speech: blue
    "cue": "#ffd6e7",  # reporting verb: pink
    "source": "#c9f2d0",  # who said it: green
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str
    claim_id: int
    expected: str = ""  # the text stored for this span; when given, the text must match it


@dataclass(frozen=True)
class Highlighted:
    html: str
    skipped: tuple[Mark, ...]  # marks whose offsets fall outside the text or do not match it


def marks_for_claim(row: ClaimRow) -> list[Mark]:
    """The marks of one claim: its content (a quote when direct), its cue and its source mention."""
    layer = "quote" if row.kind == "direct" else "claim"
    marks = [Mark(row.content_start, row.content_end, layer, row.id, row.content_text)]
    for layer, start, end, expected in (
        ("cue", row.cue_start, row.cue_end, row.cue_text),
        ("source", row.source_start, row.source_end, row.source_text),
    ):
        if start is not None and end is not None:
            marks.append(Mark(start, end, layer, row.id, expected))
    return marks


def _valid(mark: Mark, text: str) -> bool:
    in_bounds = mark.layer in COLOURS and 0 <= mark.start < mark.end <= len(text)
    return in_bounds and (not mark.expected or text[mark.start : mark.end] == mark.expected)


def _boundaries(marks: Sequence[Mark], length: int) -> list[int]:
    points = {0, length}
    for mark in marks:
        points.update((mark.start, mark.end))
    return sorted(points)


def _style(layers: set[str], focused: bool) -> str:
    top = max(layers, key=LAYERS.index)
    style = f"background:{COLOURS[top]}"
    return style + (";outline:2px solid #d9480f" if focused else "")


def _segment(text: str, start: int, end: int, active: list[Mark], focus: int | None) -> str:
    piece = html.escape(text[start:end])
    if not active:
        return piece
    layers = {m.layer for m in active}
    classes = " ".join(sorted(f"hl-{layer}" for layer in layers))
    claims = ",".join(str(i) for i in sorted({m.claim_id for m in active}))
    focused = focus is not None and any(m.claim_id == focus for m in active)
    return f'<span class="{classes}" data-claims="{claims}" style="{_style(layers, focused)}">{piece}</span>'


def _anchors(marks: Iterable[Mark], at: int) -> str:
    ids = sorted({m.claim_id for m in marks if m.start == at and m.layer in ("quote", "claim")})
    return "".join(f'<span id="claim-{i}"></span>' for i in ids)


def highlight_html(text: str, marks: Sequence[Mark], *, lang: str, focus: int | None = None) -> Highlighted:
    """The whole text in a `<div>` (``dir="rtl"``, right-aligned for Arabic) with the marks as spans.

    Each claim's content starts with an anchor ``id="claim-<id>"`` so a link can land on it.
    """
    good = [m for m in marks if _valid(m, text)]
    skipped = tuple(m for m in marks if not _valid(m, text))
    points = _boundaries(good, len(text))
    parts = []
    for start, end in pairwise(points):
        parts.append(_anchors(good, start))
        active = [m for m in good if m.start <= start and end <= m.end]
        parts.append(_segment(text, start, end, active, focus))
    rtl = lang == "ar"
    direction = 'dir="rtl" style="text-align:right;' if rtl else 'dir="ltr" style="text-align:left;'
    body = "".join(parts)
    div = f'<div class="article-text" {direction}white-space:pre-wrap;line-height:1.9">{body}</div>'
    return Highlighted(div, skipped)


def legend_html() -> str:
    """A small colour key for the highlight layers."""
    items = (
        f'<span style="background:{COLOURS[layer]};padding:0 .4em;margin-right:.5em">{layer}</span>' for layer in LAYERS
    )
    return "<div>" + "".join(items) + "</div>"


SENTENCE_ENDS = ".!?؟\n"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences of `text` that covers ``[start, end)``."""
    start, end = max(0, start), min(len(text), end)
    left = max((text.rfind(c, 0, start) for c in SENTENCE_ENDS), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in SENTENCE_ENDS) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, max(right, end)


def excerpt_html(text: str, marks: Sequence[Mark], start: int, end: int, *, lang: str) -> Highlighted:
    """`highlight_html` of ``text[start:end]`` only, with the marks that lie inside it."""
    inside = [
        Mark(m.start - start, m.end - start, m.layer, m.claim_id, m.expected)
        for m in marks
        if start <= m.start and m.end <= end
    ]
    return highlight_html(text[start:end], inside, lang=lang)
