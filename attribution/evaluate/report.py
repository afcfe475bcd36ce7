"""Every miss and false alarm of a prediction, with the sentence around it, grouped by cause."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from attribution.evaluate.names import resolved_name
from attribution.evaluate.scoring import (
    ArticleJudgement,
    Cover,
    Record,
    content_ranges,
    covered,
    jaccard,
    judge_all,
    source_ranges,
)
from attribution.model import Span

Cause = Literal["boundary", "missed_cue", "wrong_source", "wrong_kind", "spurious", "nested_inner"]
CAUSES: tuple[Cause, ...] = ("boundary", "missed_cue", "wrong_source", "wrong_kind", "spurious", "nested_inner")

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CONTEXT_REACH = 200  # at most this many characters of context either side of the spans
_SHOWN_CHARS = 120  # longer spans are shortened in the middle when printed
_SHOWN_CONTEXT_CHARS = 300


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One attribution record as the report shows it, every span with its offsets."""

    kind: str
    content: tuple[Span, ...]
    source: Span | None
    source_name: str

    @classmethod
    def of(cls, text: str, record: Record) -> ClaimView:
        source = source_ranges(record)
        return cls(
            kind=str(record.get("kind") or ""),
            content=tuple(Span.of(text, start, end) for start, end in content_ranges(record)),
            source=Span.of(text, *source[0]) if source else None,
            source_name=resolved_name(record),
        )


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """One miss or false alarm: the gold and/or predicted attribution and the sentence around them."""

    cause: Cause
    article_id: str
    context: Span
    gold: ClaimView | None
    pred: ClaimView | None
    overlap: float | None  # content Jaccard when both sides are there

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sentence_start(text: str, start: int) -> int:
    """After the last sentence end before `start`, else after a space at most `_CONTEXT_REACH` back."""
    floor = max(0, start - _CONTEXT_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, start)]
    if ends or floor == 0:
        return ends[-1] if ends else 0
    space = text.find(" ", floor, start)
    return space + 1 if space >= 0 else floor


def _sentence_stop(text: str, start: int, end: int) -> int:
    """After the first sentence end from `end` on, else at a space at most `_CONTEXT_REACH` further."""
    ceiling = min(len(text), end + _CONTEXT_REACH)
    found = _SENTENCE_END.search(text, max(start, end - 1), ceiling)
    if found or ceiling == len(text):
        return found.end() if found else ceiling
    space = text.rfind(" ", end, ceiling)
    return space if space >= 0 else ceiling


def context_around(text: str, start: int, end: int) -> Span:
    """The sentence(s) holding ``text[start:end]``, cut at a word at most `_CONTEXT_REACH` characters beyond."""
    begin, stop = _sentence_start(text, start), _sentence_stop(text, start, end)
    while begin < min(start, stop) and text[begin].isspace():
        begin += 1
    while stop > max(end, begin) and text[stop - 1].isspace():
        stop -= 1
    return Span.of(text, begin, stop)


def _best_partner(cover: Cover, others: Sequence[Cover]) -> int | None:
    """The index of the overlapping item with the highest Jaccard (the first on ties), None if none."""
    overlapping = [(jaccard(cover, other), -k) for k, other in enumerate(others) if cover & other]
    return -max(overlapping)[1] if overlapping else None


def _case(cause: Cause, judgement: ArticleJudgement, gold_index: int | None, pred_index: int | None) -> ErrorCase:
    text = judgement.text
    gold = judgement.gold[gold_index] if gold_index is not None else None
    pred = judgement.pred[pred_index] if pred_index is not None else None
    ranges = [r for record in (gold, pred) if record is not None for r in content_ranges(record)]
    start, end = (min(s for s, _ in ranges), max(e for _, e in ranges)) if ranges else (0, 0)
    overlap = None
    if gold_index is not None and pred_index is not None:
        overlap = round(jaccard(judgement.gold_cover[gold_index], judgement.pred_cover[pred_index]), 4)
    return ErrorCase(
        cause=cause,
        article_id=judgement.article_id,
        context=context_around(text, start, end),
        gold=ClaimView.of(text, gold) if gold is not None else None,
        pred=ClaimView.of(text, pred) if pred is not None else None,
        overlap=overlap,
    )


def _matched_errors(judgement: ArticleJudgement) -> list[ErrorCase]:
    cases = []
    for v in judgement.pairs:
        problems: list[tuple[Cause, bool]] = [
            ("boundary", v.exact),
            ("wrong_source", v.attribution_ok),
            ("wrong_kind", v.kind_ok),
        ]
        cases += [_case(cause, judgement, v.gold_index, v.pred_index) for cause, ok in problems if not ok]
    return cases


def _unmatched_pairs(judgement: ArticleJudgement) -> list[tuple[int | None, int | None]]:
    """Each unmatched gold with its best overlapping prediction (or None), then each unmatched
    prediction with its best overlapping gold, skipping a pair already listed from the gold side."""
    matched = {(v.gold_index, v.pred_index) for v in judgement.pairs}
    lone_gold = sorted(set(range(len(judgement.gold))) - {i for i, _ in matched})
    lone_pred = sorted(set(range(len(judgement.pred))) - {j for _, j in matched})
    pairs: list[tuple[int | None, int | None]] = [
        (i, _best_partner(judgement.gold_cover[i], judgement.pred_cover)) for i in lone_gold
    ]
    for j in lone_pred:
        pair = (_best_partner(judgement.pred_cover[j], judgement.gold_cover), j)
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def _inner_layer_of(judgement: ArticleJudgement, gold_index: int, pred_index: int) -> bool:
    """The prediction lies inside a gold content that another prediction matched, its source too: the
    inner record of a nested attribution ('…, sources said' around 'X called for …') the gold leaves out."""
    if any(v.gold_index == gold_index for v in judgement.pairs):
        outer = judgement.gold_cover[gold_index]
        source = covered(source_ranges(judgement.pred[pred_index]))
        return bool(source) and source <= outer and judgement.pred_cover[pred_index] <= outer
    return False


def _unmatched_cause(judgement: ArticleJudgement, gold_index: int | None, pred_index: int | None) -> Cause:
    if pred_index is None:
        return "missed_cue"
    if gold_index is None:
        return "spurious"
    return "nested_inner" if _inner_layer_of(judgement, gold_index, pred_index) else "boundary"


def article_errors(judgement: ArticleJudgement) -> list[ErrorCase]:
    """Every error in one article. A matched pair shows under each cause that applies to it."""
    cases = _matched_errors(judgement)
    for i, j in _unmatched_pairs(judgement):
        cases.append(_case(_unmatched_cause(judgement, i, j), judgement, i, j))
    return cases


def error_report(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[ErrorCase]:
    """Every miss and false alarm, grouped by cause (in `CAUSES` order), then by article and offset.

    boundary: contents overlap but Jaccard < 0.5, or matched but not identical once trimmed;
    missed_cue: gold with no overlapping prediction; spurious: prediction with no overlapping gold;
    wrong_source: matched, but the source is neither the gold mention nor resolved to its entity;
    wrong_kind: matched, direct / indirect / mixed differ;
    nested_inner: a prediction inside a gold content another prediction matched, with its source inside it
    too — the inner layer of a nested attribution, which the shared format writes and PolNeAR's gold omits.
    """
    cases = [case for judgement in judge_all(gold, pred) for case in article_errors(judgement)]
    return sorted(cases, key=lambda case: CAUSES.index(case.cause))


def count_causes(cases: Iterable[ErrorCase]) -> dict[Cause, int]:
    counts = dict.fromkeys(CAUSES, 0)
    for case in cases:
        counts[case.cause] += 1
    return counts


def _shown(text: str, limit: int = _SHOWN_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        half = limit // 2
        flat = f"{flat[:half]} … {flat[-half:]}"
    return f"“{flat}”"


def _format_span(span: Span | None, limit: int = _SHOWN_CHARS) -> str:
    return f"{span.start}-{span.end} {_shown(span.text, limit)}" if span else "(none)"


def _format_claim(label: str, claim: ClaimView | None) -> list[str]:
    if claim is None:
        return [f"   {label}  (none)"]
    content = " + ".join(_format_span(span) for span in claim.content) or "(no content)"
    return [
        f"   {label}  {claim.kind or '?'} {content}",
        f"         source {_format_span(claim.source)} → {claim.source_name or '(unresolved)'}",
    ]


def _format_case(case: ErrorCase) -> list[str]:
    overlap = "" if case.overlap is None else f"  (jaccard {case.overlap})"
    return [
        f"-- {case.article_id}{overlap}",
        *_format_claim("gold", case.gold),
        *_format_claim("pred", case.pred),
        f"   in    {_format_span(case.context, _SHOWN_CONTEXT_CHARS)}",
    ]


def format_error_report(cases: Sequence[ErrorCase]) -> str:
    """Counts per cause first, then each cause's cases."""
    counts = count_causes(cases)
    lines = [f"{len(cases)} errors: " + ", ".join(f"{cause} {n}" for cause, n in counts.items())]
    for cause in CAUSES:
        group = [case for case in cases if case.cause == cause]
        if group:
            lines += ["", f"== {cause} ({len(group)})"]
            lines += [line for case in group for line in _format_case(case)]
    return "\n".join(lines)
