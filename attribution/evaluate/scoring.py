"""The figures of the reference scorer (``shared/eval/score.py``), to the last digit.

Per article, predicted contents are paired one-to-one with gold contents by character Jaccard, best pairs
first (ties: higher indices first, as the reference sorts), and a pair at or above 0.5 matches;
discontinuous contents (``content_fragments``) count by their fragments. Each matched pair is then judged
on its exact span, source, resolved name, kind and anonymity (`PairVerdict`); counts are summed in a
`Tally` and turned into rounded figures by `summarize`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, TypedDict

from attribution.errors import AttributionError
from attribution.evaluate.names import entity_names, names_match, resolved_name

Record = Mapping[str, Any]
Range = tuple[int, int]
Cover = frozenset[int]

MATCH_THRESHOLD = 0.5
# trimmed off content edges before the exact-span comparison
EDGE_CHARS = frozenset(" \t\n\r.,;:!?،؛؟\"'«»“”‘’„‟‹›()[]-–—")


class Figures(TypedDict):
    """One group's figures, as score.py prints them; an accuracy is None when nothing was there to judge."""

    articles: int
    gold: int
    pred: int
    content_p: float
    content_r: float
    content_f1: float
    content_exact_f1: float
    source_acc: float | None
    resolve_acc: float | None
    kind_acc: float | None
    anon_acc: float | None
    attribution_f1: float


class EvaluationError(AttributionError, ValueError):
    """Gold or predictions cannot be scored (a different text, offsets outside it); names the article."""

    exit_code = 2


def content_ranges(record: Record) -> tuple[Range, ...]:
    """The content's character ranges: its fragments when discontinuous, else the one range (or none)."""
    fragments = record.get("content_fragments")
    if fragments:
        return tuple((start, end) for start, end in fragments)
    whole = record.get("content")
    return ((whole[0], whole[1]),) if whole else ()


def source_ranges(record: Record) -> tuple[Range, ...]:
    span = record.get("source_span")
    return ((span[0], span[1]),) if span else ()


def covered(ranges: Iterable[Range]) -> Cover:
    return frozenset(chain.from_iterable(range(start, end) for start, end in ranges))


def jaccard(a: Cover, b: Cover) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def halfway_covered(a: Cover, b: Cover) -> bool:
    """The two share at least half of the shorter one's characters."""
    return len(a & b) >= 0.5 * min(len(a), len(b))


def trimmed(text: str, ranges: Iterable[Range]) -> tuple[Range, ...]:
    """Ranges with edge whitespace, punctuation and quote marks cut off; ranges left empty are dropped."""
    out = []
    for start, end in ranges:
        while start < end and text[start] in EDGE_CHARS:
            start += 1
        while end > start and text[end - 1] in EDGE_CHARS:
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)


def _check_ranges(ranges: Iterable[Any], size: int, where: str) -> None:
    for item in ranges:
        ok = isinstance(item, list | tuple) and len(item) == 2 and all(type(x) is int for x in item)
        if not ok or not 0 <= item[0] <= item[1] <= size:
            raise EvaluationError(f"{where}: span {item!r} is not [start, end] within a text of {size} chars")


def _check_record(record: Record, size: int, where: str) -> None:
    if not isinstance(record, Mapping):
        raise EvaluationError(f"{where}: an attribution must be an object, not {type(record).__name__}")
    _check_ranges(record.get("content_fragments") or [], size, where)
    _check_ranges([record["content"]] if record.get("content") else [], size, where)
    _check_ranges([record["source_span"]] if record.get("source_span") else [], size, where)


def _attributions(article: Record, where: str) -> tuple[Record, ...]:
    records = article.get("attributions", [])
    if not isinstance(records, list):
        raise EvaluationError(f"{where}: 'attributions' must be a list")
    size = len(article["text"]) if isinstance(article.get("text"), str) else 0
    for k, record in enumerate(records):
        _check_record(record, size, f"{where}, attribution {k}")
    return tuple(records)


# --- judging one article ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairVerdict:
    """How one matched gold/predicted pair fares on each figure (`*_judged`: the pair counts for it)."""

    gold_index: int
    pred_index: int
    exact: bool
    source_judged: bool
    source_ok: bool
    resolve_judged: bool
    resolve_ok: bool
    kind_ok: bool
    anon_judged: bool
    anon_ok: bool
    attribution_ok: bool


@dataclass(frozen=True, slots=True)
class ArticleJudgement:
    article_id: str
    lang: str
    text: str
    gold: tuple[Record, ...]
    pred: tuple[Record, ...]
    gold_cover: tuple[Cover, ...]  # the characters of each gold content
    pred_cover: tuple[Cover, ...]
    pairs: tuple[PairVerdict, ...]  # the matched pairs


def pair_contents(gold_cover: Sequence[Cover], pred_cover: Sequence[Cover]) -> list[Range]:
    """(gold, pred) index pairs, one-to-one, best Jaccard first (ties: higher indices first), >= 0.5."""
    candidates = sorted(
        ((jaccard(g, p), i, j) for i, g in enumerate(gold_cover) for j, p in enumerate(pred_cover) if g & p),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if score < MATCH_THRESHOLD:
            break
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def judge_pair(text: str, gold: Record, pred: Record, names: set[str], at: Range) -> PairVerdict:
    gold_src, pred_src = source_ranges(gold), source_ranges(pred)
    gold_cov, pred_cov = covered(gold_src), covered(pred_src)
    resolved = bool(names) and names_match(resolved_name(pred), names)
    # As in the reference: for the headline a zero-length predicted source span still counts as given.
    source_right = (bool(gold_src and pred_src) and halfway_covered(gold_cov, pred_cov)) or resolved
    has_source = bool(gold_src) or bool(gold.get("source_canonical"))
    anon_judged = gold.get("anonymous") is not None
    return PairVerdict(
        gold_index=at[0],
        pred_index=at[1],
        exact=trimmed(text, content_ranges(gold)) == trimmed(text, content_ranges(pred)),
        source_judged=bool(gold_src),
        source_ok=bool(pred_cov) and halfway_covered(gold_cov, pred_cov),
        resolve_judged=bool(gold.get("source_canonical")),
        resolve_ok=resolved,
        kind_ok=gold.get("kind") == pred.get("kind"),
        anon_judged=anon_judged,
        anon_ok=anon_judged and bool(gold["anonymous"]) == bool(pred.get("anonymous")),
        attribution_ok=source_right or not has_source,
    )


def judge_article(gold: Record, pred: Record | None) -> ArticleJudgement:
    """Pair and judge one gold article's attributions against its prediction (None: nothing predicted)."""
    article_id, text = _article_key(gold, "gold"), gold.get("text")
    if not isinstance(text, str):
        raise EvaluationError(f"gold {article_id}: 'text' must be a string")
    if pred is not None and pred.get("text", text) != text:
        raise EvaluationError(f"{article_id}: the prediction was made on a different text than the gold")
    gold_records = _attributions(gold, f"gold {article_id}")
    pred_records = _attributions(pred, f"prediction {article_id}") if pred else ()
    gold_cover = tuple(covered(content_ranges(g)) for g in gold_records)
    pred_cover = tuple(covered(content_ranges(p)) for p in pred_records)
    names = entity_names(gold_records)
    verdicts = tuple(
        judge_pair(text, gold_records[i], pred_records[j], _names_of(gold_records[i], names), (i, j))
        for i, j in pair_contents(gold_cover, pred_cover)
    )
    lang = gold.get("lang", "?")
    return ArticleJudgement(article_id, lang, text, gold_records, pred_records, gold_cover, pred_cover, verdicts)


def _names_of(gold: Record, names: dict[str, set[str]]) -> set[str]:
    canonical = gold.get("source_canonical")
    return names.get(canonical, set()) if canonical else set()


def _article_key(article: Record, side: str) -> str:
    if not isinstance(article, Mapping) or "id" not in article:
        raise EvaluationError(f"a {side} article has no 'id'")
    return str(article["id"])


def judge_all(gold: Iterable[Record], pred: Iterable[Record]) -> list[ArticleJudgement]:
    """Judge every gold article; predictions are found by id (the last one wins), extra ones ignored."""
    by_id = {_article_key(p, "predicted"): p for p in pred}
    return [judge_article(g, by_id.get(_article_key(g, "gold"))) for g in gold]


# --- figures ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """Counts summed over articles, from which every figure is a ratio."""

    articles: int = 0
    gold: int = 0
    pred: int = 0
    match: int = 0
    exact: int = 0
    src_n: int = 0
    src_ok: int = 0
    res_n: int = 0
    res_ok: int = 0
    kind_ok: int = 0
    anon_n: int = 0
    anon_ok: int = 0
    attr_ok: int = 0

    def add(self, judgement: ArticleJudgement) -> None:
        v = judgement.pairs
        self.articles += 1
        self.gold += len(judgement.gold)
        self.pred += len(judgement.pred)
        self.match += len(v)
        self.exact += sum(p.exact for p in v)
        self.src_n += sum(p.source_judged for p in v)
        self.src_ok += sum(p.source_judged and p.source_ok for p in v)
        self.res_n += sum(p.resolve_judged for p in v)
        self.res_ok += sum(p.resolve_judged and p.resolve_ok for p in v)
        self.kind_ok += sum(p.kind_ok for p in v)
        self.anon_n += sum(p.anon_judged for p in v)
        self.anon_ok += sum(p.anon_ok for p in v)
        self.attr_ok += sum(p.attribution_ok for p in v)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _judged(part: int, whole: int) -> float | None:
    """A rounded accuracy, or None when nothing was there to judge."""
    return round(part / whole, 4) if whole else None


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _f1_of(part: int, predicted: int, gold: int) -> float:
    return round(f1(_ratio(part, predicted), _ratio(part, gold)), 4)


def summarize(t: Tally) -> Figures:
    return {
        "articles": t.articles,
        "gold": t.gold,
        "pred": t.pred,
        "content_p": round(_ratio(t.match, t.pred), 4),
        "content_r": round(_ratio(t.match, t.gold), 4),
        "content_f1": _f1_of(t.match, t.pred, t.gold),
        "content_exact_f1": _f1_of(t.exact, t.pred, t.gold),
        "source_acc": _judged(t.src_ok, t.src_n),
        "resolve_acc": _judged(t.res_ok, t.res_n),
        "kind_acc": _judged(t.kind_ok, t.match),
        "anon_acc": _judged(t.anon_ok, t.anon_n),
        "attribution_f1": _f1_of(t.attr_ok, t.pred, t.gold),
    }


def evaluate(gold: list[dict[str, Any]], pred: list[dict[str, Any]], *, by_lang: bool = True) -> dict[str, Figures]:
    """Figures for "all" articles and, with `by_lang`, per gold language, as ``score.py --json``."""
    tallies: dict[str, Tally] = {}
    for judgement in judge_all(gold, pred):
        for key in ("all", judgement.lang) if by_lang else ("all",):
            tallies.setdefault(key, Tally()).add(judgement)
    return {key: summarize(tally) for key, tally in tallies.items()}
