"""Evaluation: agreement with the reference scorer to the last digit, and the error report by cause.

Tests that read /work/shared (the gold sets and score.py) use the `shared_eval` fixture, which fails with
a clear message when the directory is missing: CI keeps it beside the repository.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from attribution.errors import InputError
from attribution.evaluate import (
    CAUSES,
    EvaluationError,
    context_around,
    count_causes,
    error_report,
    evaluate,
    format_error_report,
    load_jsonl,
    names_match,
    predict,
)
from attribution.model import Attribution, ParseResult, Span

SHARED = (Path(__file__).parents[1] / ".." / "shared").resolve()
GOLD_SETS = ("seed-gold", "ar-dev", "en-dev", "polnear-dev")
Article = dict[str, Any]


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    folder = SHARED / "eval"
    if not (folder / "score.py").is_file():
        pytest.fail(f"shared evaluation data missing: expected {folder}/score.py and the gold sets beside the repo")
    return folder


@pytest.fixture(scope="session")
def reference(shared_eval: Path) -> ModuleType:
    """score.py loaded as a module, for property tests that would be slow through a subprocess."""
    spec = importlib.util.spec_from_file_location("reference_score", shared_eval / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_figures(gold: Path, pred: Path, *, by_lang: bool = True) -> dict[str, Any]:
    args = [sys.executable, str(gold.parent / "score.py"), str(gold), str(pred), "--json"]
    run = subprocess.run([*args, "--by-lang"] if by_lang else args, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


# --- perturbations of gold into predictions --------------------------------------------------------


def _each(articles: list[Article], change: Callable[[Article, dict[str, Any], int], None]) -> list[Article]:
    out = copy.deepcopy(articles)
    for article in out:
        for k, record in enumerate(article["attributions"]):
            change(article, record, k)
    return out


def _shifted(span: list[int] | None, by: int, size: int) -> list[int] | None:
    if not span:
        return span
    start = min(max(span[0] + by, 0), size)
    return [start, min(max(span[1] + by, start), size)]


def shift(by: int) -> Callable[[list[Article]], list[Article]]:
    def change(article: Article, record: dict[str, Any], k: int) -> None:
        size = len(article["text"])
        record["content"] = _shifted(record["content"], by, size)
        record["source_span"] = _shifted(record["source_span"], -by, size)
        if record.get("content_fragments"):
            record["content_fragments"] = [_shifted(f, by, size) for f in record["content_fragments"]]

    return lambda articles: _each(articles, change)


def shrink(keep: Callable[[int], int]) -> Callable[[list[Article]], list[Article]]:
    """Cut each content (and drop fragments) to `keep(length)` characters: Jaccard near the 0.5 line."""

    def change(article: Article, record: dict[str, Any], k: int) -> None:
        start, end = record["content"]
        record["content"] = [start, start + keep(end - start)]
        record.pop("content_fragments", None)

    return lambda articles: _each(articles, change)


def drop_every_third(articles: list[Article]) -> list[Article]:
    out = copy.deepcopy(articles)
    for article in out:
        article["attributions"] = [a for k, a in enumerate(article["attributions"]) if k % 3 != 2]
    return out


def drop_articles(articles: list[Article]) -> list[Article]:
    return copy.deepcopy([a for k, a in enumerate(articles) if k % 4 != 1])


def blank_sources(articles: list[Article]) -> list[Article]:
    def change(article: Article, record: dict[str, Any], k: int) -> None:
        if k % 2 == 0:
            record.update(source_span=None, source_text="", source_canonical="")
        else:
            record.update(source_canonical="")

    return _each(articles, change)


def flip_kinds(articles: list[Article]) -> list[Article]:
    turn = {"direct": "indirect", "indirect": "mixed", "mixed": "direct"}

    def change(article: Article, record: dict[str, Any], k: int) -> None:
        if k % 2 == 0:
            record["kind"] = turn.get(record["kind"], "direct")
        record["anonymous"] = not record.get("anonymous") if k % 3 == 0 else record.get("anonymous")

    return _each(articles, change)


def swap_canonicals(articles: list[Article]) -> list[Article]:
    """Rotate resolved names (and hide the spans) so that most point at another entity of the article."""
    out = copy.deepcopy(articles)
    for article in out:
        records = article["attributions"]
        names = [(r.get("source_canonical"), r.get("source_text")) for r in records]
        for k, record in enumerate(records):
            record["source_canonical"], record["source_text"] = names[(k + 1) % len(names)]
            if k % 2:
                record["source_span"] = None
    return out


def add_spurious(articles: list[Article]) -> list[Article]:
    out = copy.deepcopy(articles)
    for article in out:
        size = len(article["text"])
        extra = [[0, min(25, size)], [max(0, size - 40), size], [size // 2, min(size, size // 2 + 60)]]
        copies = [dict(r, content=_shifted(r["content"], 7, size)) for r in article["attributions"][::4]]
        for record in copies:
            record.pop("content_fragments", None)
        spurious = [{"kind": "direct", "content": s, "source_span": None, "source_text": "x"} for s in extra]
        article["attributions"] = spurious + article["attributions"] + copies
    return out


def merge_neighbours(articles: list[Article]) -> list[Article]:
    """One prediction spanning two consecutive gold contents: only one of them can match."""
    out = copy.deepcopy(articles)
    for article in out:
        records = article["attributions"]
        for first, second in zip(records[::2], records[1::2], strict=False):
            first["content"] = [
                min(first["content"][0], second["content"][0]),
                max(first["content"][1], second["content"][1]),
            ]
            first.pop("content_fragments", None)
        article["attributions"] = records[::2]
    return out


ARABIC_VARIANTS = (
    lambda t: "و" + t,
    lambda t: "ال" + t,
    lambda t: "بال" + t.removeprefix("ال"),
    lambda t: t.replace("ا", "أ", 1),
    lambda t: t + "\u064e",
    lambda t: t.upper(),
)


def clitic_variants(articles: list[Article]) -> list[Article]:
    """Resolved names written with Arabic proclitics, hamza and diacritics, and no source span at all."""

    def change(article: Article, record: dict[str, Any], k: int) -> None:
        name = record.get("source_text") if k % 3 == 0 else record.get("source_canonical")
        words = (name or "").split()
        variant = ARABIC_VARIANTS[k % len(ARABIC_VARIANTS)]
        words = [variant(w) if n == k % max(len(words), 1) else w for n, w in enumerate(words)]
        record.update(source_span=None, source_text="", source_canonical=" ".join(words[: 1 + k % 3]))

    return _each(articles, change)


def mixed(seed: int) -> Callable[[list[Article]], list[Article]]:
    """Every perturbation above, each applied to a random part of the articles."""
    steps = (
        shift(2),
        shift(-5),
        shrink(lambda n: n // 2),
        blank_sources,
        flip_kinds,
        swap_canonicals,
        add_spurious,
        clitic_variants,
        merge_neighbours,
        drop_every_third,
    )

    def run(articles: list[Article]) -> list[Article]:
        rng = random.Random(seed)
        out = []
        for article in articles:
            for step in rng.sample(steps, 3):
                [article] = step([article])
            out.append(article)
        return out

    return run


PERTURBATIONS: dict[str, Callable[[list[Article]], list[Article]]] = {
    "identical": copy.deepcopy,
    "drop_every_third": drop_every_third,
    "drop_articles": drop_articles,
    "shift_right_3": shift(3),
    "shift_left_4": shift(-4),
    "half_rounded_up": shrink(lambda n: (n + 1) // 2),
    "half_rounded_down": shrink(lambda n: n // 2),
    "blank_sources": blank_sources,
    "flip_kinds_and_anonymity": flip_kinds,
    "swap_canonicals": swap_canonicals,
    "add_spurious": add_spurious,
    "merge_neighbours": merge_neighbours,
    "arabic_clitic_variants": clitic_variants,
    "mixed_seed_1": mixed(1),
    "mixed_seed_2": mixed(2),
}


@pytest.mark.parametrize("name", PERTURBATIONS)
@pytest.mark.parametrize("gold_set", GOLD_SETS)
def test_figures_equal_the_reference_scorer_on_perturbed_gold(
    shared_eval: Path, tmp_path: Path, gold_set: str, name: str
) -> None:
    gold_path = shared_eval / f"{gold_set}.jsonl"
    gold = load_jsonl(gold_path)
    pred = PERTURBATIONS[name](gold)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", pred)
    assert evaluate(gold, pred) == reference_figures(gold_path, pred_path)


@pytest.mark.parametrize("gold_set", GOLD_SETS)
def test_figures_equal_the_reference_on_the_parsers_predictions(
    shared_eval: Path, tmp_path: Path, gold_set: str
) -> None:
    from attribution.parse import parse

    gold_path = shared_eval / f"{gold_set}.jsonl"
    gold = load_jsonl(gold_path)
    pred = predict(gold, parse)
    assert evaluate(gold, pred) == reference_figures(gold_path, write_jsonl(tmp_path / "pred.jsonl", pred))


@pytest.mark.parametrize("gold_set", ["seed-gold", "ar-dev"])
def test_figures_without_language_groups_equal_the_reference(shared_eval: Path, tmp_path: Path, gold_set: str) -> None:
    gold_path = shared_eval / f"{gold_set}.jsonl"
    gold = load_jsonl(gold_path)
    pred = mixed(3)(gold)
    expected = reference_figures(gold_path, write_jsonl(tmp_path / "pred.jsonl", pred), by_lang=False)
    assert evaluate(gold, pred, by_lang=False) == expected
    assert list(expected) == ["all"]


def test_a_perturbation_really_lowers_the_figures(shared_eval: Path) -> None:
    gold = load_jsonl(shared_eval / "ar-dev.jsonl")
    assert evaluate(gold, clitic_variants(gold))["all"]["source_acc"] == 0.0
    assert evaluate(gold, drop_every_third(gold))["all"]["content_r"] < 0.7
    resolved = evaluate(gold, clitic_variants(gold))["all"]["resolve_acc"]
    assert resolved is not None and 0.0 < resolved < 1.0


# --- the same figures on random predictions, in process ----------------------------------------------


def reference_in_process(ref: ModuleType, gold: list[Article], pred: list[Article]) -> dict[str, Any]:
    """score.py's main() on lists: "all" plus one group per language."""
    by_id = {p["id"]: p for p in pred}
    groups: dict[str, dict[str, int]] = {}
    for article in gold:
        for key in ("all", article.get("lang", "?")):
            acc = groups.setdefault(key, ref.new_acc())
            acc["articles"] += 1
            ref.score_article(article, by_id.get(article["id"]), acc)
    return {key: ref.summarize(acc) for key, acc in groups.items()}


EN = (
    'The minister, Sara Cole, said on Monday that "talks will resume next week." '
    "She added that the delegation would arrive on Tuesday. "
    "Officials told Reuters the deal was close. The weather was fine."
)
AR = (
    'قال وزير الخارجية محمد العلي إن "المفاوضات ستستأنف الأسبوع المقبل". '
    "وأضاف أن الوفد سيصل غدا. "
    "وذكرت مصادر مطلعة لرويترز أن الاتفاق بات قريبا. وكان الطقس جميلا."
)
NAMES = ["Sara Cole", "Cole", "officials", "Reuters", "محمد العلي", "والعلي", "بالعلي", "مصادر مطلعة", "رويترز", ""]


@st.composite
def records(draw: st.DrawFn, size: int) -> dict[str, Any]:
    def span() -> list[int]:
        start = draw(st.integers(0, size))
        return [start, draw(st.integers(start, min(size, start + 80)))]

    record: dict[str, Any] = {"kind": draw(st.sampled_from(["direct", "indirect", "mixed"])), "content": span()}
    if draw(st.booleans()):
        record["content_fragments"] = sorted([span(), span()])
    record["source_span"] = draw(st.one_of(st.none(), st.builds(span)))
    record["source_text"] = draw(st.sampled_from(NAMES))
    record["source_canonical"] = draw(st.sampled_from(NAMES))
    anonymous = draw(st.sampled_from([True, False, None, "missing"]))
    if anonymous != "missing":
        record["anonymous"] = anonymous
    return record


def articles(text: str, lang: str) -> st.SearchStrategy[Article]:
    return st.builds(
        lambda attributions: {"id": lang, "lang": lang, "text": text, "attributions": attributions},
        st.lists(records(len(text)), max_size=6),
    )


@settings(max_examples=300, deadline=None)
@given(
    gold=st.tuples(articles(EN, "en"), articles(AR, "ar")),
    pred=st.tuples(articles(EN, "en"), articles(AR, "ar")),
)
def test_figures_equal_the_reference_on_random_predictions(
    reference: ModuleType, gold: tuple[Article, ...], pred: tuple[Article, ...]
) -> None:
    assert evaluate(list(gold), list(pred)) == reference_in_process(reference, list(gold), list(pred))


# --- hand-made cases ---------------------------------------------------------------------------------


def at(text: str, piece: str) -> list[int]:
    start = text.index(piece)
    return [start, start + len(piece)]


def claim(text: str, content: str, source: str | None = None, **fields: Any) -> dict[str, Any]:
    record = {
        "kind": "indirect",
        "content": at(text, content),
        "source_text": source or "",
        "source_span": at(text, source) if source else None,
        "source_canonical": source or "",
        "anonymous": False,
    }
    return record | fields


def article(text: str, *attributions: dict[str, Any], lang: str = "en", id: str = "a1") -> Article:
    return {"id": id, "lang": lang, "text": text, "attributions": list(attributions)}


def en_gold() -> Article:
    return article(
        EN,
        claim(EN, 'that "talks will resume next week."', "Sara Cole", kind="direct"),
        claim(EN, "that the delegation would arrive on Tuesday", source_canonical="Sara Cole"),
        claim(EN, "the deal was close", "Officials", source_canonical="officials (unnamed)", anonymous=True),
    )


def ar_gold() -> Article:
    return article(
        AR,
        claim(AR, 'إن "المفاوضات ستستأنف الأسبوع المقبل"', "محمد العلي", kind="mixed"),
        claim(AR, "أن الوفد سيصل غدا", source_canonical="محمد العلي"),
        lang="ar",
        id="a2",
    )


def test_gold_scored_against_itself_is_perfect() -> None:
    figures = evaluate([en_gold(), ar_gold()], [en_gold(), ar_gold()])
    assert list(figures) == ["all", "en", "ar"]
    counts = {"articles": 2, "gold": 5, "pred": 5}
    assert dict(figures["all"]) == counts | dict.fromkeys(set(figures["all"]) - set(counts), 1.0)


def test_implicit_subject_resolved_to_the_entity_counts_as_right_source() -> None:
    pred = en_gold()
    pred["attributions"][1]["source_canonical"] = "Cole"
    pred["attributions"][0].update(source_span=None, source_canonical="Sara  COLE")
    all_ = evaluate([en_gold()], [pred])["all"]
    assert (all_["attribution_f1"], all_["resolve_acc"], all_["source_acc"]) == (1.0, 1.0, 0.5)


@pytest.mark.parametrize(
    ("said", "names", "expected"),
    [
        ("والعلي", {"محمد العلي"}, True),
        ("بالعلي", {"محمد العلي"}, True),
        ("مُحمّد العلي", {"محمد العلي"}, True),
        ("أحمد", {"احمد الصالح"}, True),
        ("محمد الأحمد", {"محمد العلي"}, False),
        ("Sara Cole", {"Cole"}, True),
        ("Sam Cole", {"Sara Cole"}, False),
        ("", {"Sara Cole"}, False),
        ("!!", {"Sara Cole"}, False),
    ],
)
def test_names_match_by_normalized_word_subsets(said: str, names: set[str], expected: bool) -> None:
    assert names_match(said, names) is expected


@pytest.mark.parametrize(("kept", "matches"), [(10, True), (9, False)])
def test_content_matches_from_a_jaccard_of_one_half(kept: int, matches: bool) -> None:
    text = "He said that 0123456789abcdefghij was true."
    start = text.index("0")
    gold = article(text, {"kind": "indirect", "content": [start, start + 20]})
    pred = article(text, {"kind": "indirect", "content": [start, start + kept]})
    assert evaluate([gold], [pred])["all"]["content_r"] == (1.0 if matches else 0.0)


def test_pairing_takes_the_best_overlap_first() -> None:
    text = "According to A, B said 0123456789abcdefghij."
    start = text.index("0")
    outer = {"content": [start, start + 20], "kind": "direct"}
    inner = {"content": [start, start + 12], "kind": "indirect"}  # nested: overlaps the outer one
    pred = {"content": [start, start + 14], "kind": "indirect"}  # Jaccard 0.7 with outer, 0.86 with inner
    figures = evaluate([article(text, outer, inner)], [article(text, pred)])["all"]
    assert (figures["content_p"], figures["kind_acc"]) == (1.0, 1.0)


def test_figures_with_nothing_to_judge_are_none() -> None:
    text = "He said the sky was green."
    gold = article(text, {"content": at(text, "the sky was green"), "kind": "indirect"})
    figures = evaluate([gold], [article(text)])["all"]
    assert figures["kind_acc"] is figures["source_acc"] is figures["resolve_acc"] is figures["anon_acc"] is None
    assert (figures["content_r"], figures["content_f1"]) == (0.0, 0.0)


def test_a_missing_prediction_counts_as_nothing_predicted() -> None:
    figures = evaluate([en_gold(), ar_gold()], [en_gold()])
    assert figures["ar"]["content_r"] == 0.0
    assert figures["en"]["content_r"] == 1.0
    assert figures["all"]["content_r"] == 0.6


def test_prediction_made_on_another_text_is_an_error_naming_the_article() -> None:
    pred = en_gold() | {"text": EN.upper()}
    with pytest.raises(EvaluationError, match="a1: the prediction was made on a different text"):
        evaluate([en_gold()], [pred])


def test_span_outside_the_text_is_an_error_naming_the_attribution() -> None:
    pred = article(EN, {"kind": "direct", "content": [10, len(EN) + 1]})
    with pytest.raises(EvaluationError, match="prediction a1, attribution 0: span"):
        evaluate([en_gold()], [pred])


# --- the error report --------------------------------------------------------------------------------


def only(cause: str) -> dict[str, int]:
    return {c: int(c == cause) for c in CAUSES}


def with_changed(gold: Article, k: int, **fields: Any) -> Article:
    pred = copy.deepcopy(gold)
    pred["attributions"][k].update(fields)
    return pred


def test_a_prediction_overlapping_too_little_is_a_boundary_error() -> None:
    start, end = at(EN, "that the delegation would arrive on Tuesday")
    pred = with_changed(en_gold(), 1, content=[start, start + 10])
    [case] = error_report([en_gold()], [pred])
    assert (case.cause, case.overlap) == ("boundary", round(10 / (end - start), 4))
    assert case.gold and case.pred
    assert (case.gold.content[0].start, case.pred.content[0].end) == (start, start + 10)


def test_a_match_with_different_edges_is_a_boundary_error_but_trimmed_quotes_are_not() -> None:
    start, end = at(AR, 'إن "المفاوضات ستستأنف الأسبوع المقبل"')
    assert AR[end - 1 : end + 1] == '".'
    quotes_cut = with_changed(ar_gold(), 0, content=[start, end - 1])  # the closing quote mark left out
    full_stop_in = with_changed(ar_gold(), 0, content=[start, end + 1])  # the full stop taken in
    assert count_causes(error_report([ar_gold()], [quotes_cut])) == only("")
    assert count_causes(error_report([ar_gold()], [full_stop_in])) == only("")
    inner = with_changed(ar_gold(), 0, content=[start + 3, end])  # the complementizer إن left out
    [case] = error_report([ar_gold()], [inner])
    assert case.cause == "boundary" and case.overlap is not None and case.overlap > 0.5


def test_a_gold_attribution_nothing_overlaps_is_a_missed_cue() -> None:
    pred = en_gold()
    del pred["attributions"][2]
    [case] = error_report([en_gold()], [pred])
    assert case.cause == "missed_cue" and case.pred is None and case.overlap is None
    assert case.gold and case.gold.content[0].text == "the deal was close"
    assert case.context.text == "Officials told Reuters the deal was close."
    assert EN[case.context.start : case.context.end] == case.context.text


def test_a_matched_attribution_with_another_source_is_a_wrong_source() -> None:
    pred = with_changed(en_gold(), 2, source_span=at(EN, "Reuters"), source_text="Reuters", source_canonical="Reuters")
    [case] = error_report([en_gold()], [pred])
    assert case.cause == "wrong_source"
    assert case.pred and case.pred.source and case.pred.source.text == "Reuters"
    assert case.gold and case.gold.source and case.gold.source.as_list() == at(EN, "Officials")


def test_a_matched_attribution_with_another_kind_is_a_wrong_kind() -> None:
    [case] = error_report([ar_gold()], [with_changed(ar_gold(), 0, kind="direct")])
    assert case.cause == "wrong_kind"
    assert case.gold and case.pred and (case.gold.kind, case.pred.kind) == ("mixed", "direct")
    assert case.context.text.startswith("قال وزير الخارجية")


def test_a_prediction_no_gold_overlaps_is_spurious() -> None:
    pred = en_gold()
    pred["attributions"].append(claim(EN, "was fine", "The weather"))
    [case] = error_report([en_gold()], [pred])
    assert case.cause == "spurious" and case.gold is None
    assert case.context.text == "The weather was fine."


def test_one_matched_pair_shows_under_each_of_its_causes() -> None:
    start, end = at(EN, "the deal was close")
    pred = with_changed(
        en_gold(), 2, kind="direct", source_span=None, source_text="", source_canonical="", content=[start, end - 1]
    )
    assert count_causes(error_report([en_gold()], [pred])) == {
        "boundary": 1,
        "missed_cue": 0,
        "wrong_source": 1,
        "wrong_kind": 1,
        "spurious": 0,
        "nested_inner": 0,
    }


def test_an_overlapping_pair_neither_side_matched_is_reported_once() -> None:
    start = EN.index("the deal was close")
    pred = en_gold()
    pred["attributions"][2]["content"] = [start - 8, start + 4]  # "Reuters the " : overlaps, Jaccard < 0.5
    assert count_causes(error_report([en_gold()], [pred])) == only("boundary")


NESTED = "The coach had told reporters at the stadium on Sunday night that training would resume, a club official said."


def nested_gold() -> Article:
    outer = "The coach had told reporters at the stadium on Sunday night that training would resume"
    return article(NESTED, claim(NESTED, outer, "a club official"))


def test_the_unannotated_inner_layer_of_a_matched_nested_claim_is_its_own_cause() -> None:
    inner = claim(NESTED, "that training would resume", "The coach")
    pred = nested_gold()
    pred["attributions"].append(inner)
    [case] = error_report([nested_gold()], [pred])
    assert case.cause == "nested_inner" and case.gold and case.pred and case.pred.source
    assert (case.gold.source and case.gold.source.text, case.pred.source.text) == ("a club official", "The coach")


def test_an_inner_record_whose_outer_claim_was_missed_is_still_a_boundary_error() -> None:
    pred = article(NESTED, claim(NESTED, "that training would resume", "The coach"))
    assert count_causes(error_report([nested_gold()], [pred])) == only("boundary")


def test_a_second_piece_inside_a_matched_claim_with_its_source_outside_is_a_boundary_error() -> None:
    pred = nested_gold()
    pred["attributions"].append(claim(NESTED, "at the stadium", "a club official"))
    assert count_causes(error_report([nested_gold()], [pred])) == only("boundary")


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("First one. He said it was fine. Last one.", "it was fine", "He said it was fine."),
        ("قال إنه بخير؟ ثم غادر.", "إنه بخير", "قال إنه بخير؟"),
        ("Line one\nshe said no\nline three", "no", "she said no"),
        ("no stop at all", "stop", "no stop at all"),
    ],
)
def test_context_is_the_sentence_around_cut_at_words(text: str, piece: str, expected: str) -> None:
    start, end = at(text, piece)
    context = context_around(text, start, end)
    assert context.text == expected == text[context.start : context.end]


def test_context_without_sentence_ends_is_cut_at_whole_words_near_the_span() -> None:
    text = "word " * 80 + "he said yes " + "word " * 80
    start, end = at(text, "he said yes")
    context = context_around(text, start, end)
    assert context.start < start and context.end > end and context.end - context.start <= end - start + 400
    assert context.text.startswith("word ") and context.text.endswith(" word")
    assert text[context.start - 1] == " " and text[context.end] == " "


def test_the_formatted_report_gives_counts_first_then_cases_by_cause() -> None:
    pred = with_changed(en_gold(), 0, kind="indirect")
    del pred["attributions"][2]
    report = format_error_report(error_report([en_gold()], [pred]))
    lines = report.splitlines()
    assert lines[0] == "2 errors: boundary 0, missed_cue 1, wrong_source 0, wrong_kind 1, spurious 0, nested_inner 0"
    assert lines.index("== missed_cue (1)") < lines.index("== wrong_kind (1)")
    start, end = at(EN, "the deal was close")
    assert f"{start}-{end} “the deal was close”" in report


def test_error_cases_serialize_to_json() -> None:
    [case] = error_report([ar_gold()], [with_changed(ar_gold(), 1, kind="direct")])
    data = json.loads(json.dumps(case.as_dict(), ensure_ascii=False))
    assert data["cause"] == "wrong_kind" and data["gold"]["content"][0]["text"] == "أن الوفد سيصل غدا"


# --- files and predictions ---------------------------------------------------------------------------


def test_a_bad_jsonl_line_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(en_gold()) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:3: not JSON"):
        load_jsonl(path)


def test_texts_with_unicode_line_separators_read_back_whole(tmp_path: Path) -> None:
    text = "He said\u2028that it rained\x85 all day.\u2029"
    path = write_jsonl(tmp_path / "gold.jsonl", [article(text), article(text, id="a2")])
    assert [a["text"] for a in load_jsonl(path)] == [text, text]


def test_parse_results_become_predictions_the_scorer_reads() -> None:
    def parser(text: str, lang: str | None) -> ParseResult:
        said = Attribution(
            kind="direct",
            content=Span.of(text, *at(text, 'that "talks will resume next week."')),
            cue=Span.of(text, *at(text, "said")),
            source=Span.of(text, *at(text, "Sara Cole")),
            source_canonical="Sara Cole",
            source_type="person",
            anonymous=False,
        )
        return ParseResult(text=text, lang=lang or "en", attributions=(said,))

    [record] = predict([en_gold()], parser)
    assert record["id"] == "a1" and record["attributions"][0]["source_span"] == at(EN, "Sara Cole")
    figures = evaluate([en_gold()], [record])["all"]
    assert (figures["content_p"], figures["content_r"], figures["attribution_f1"]) == (1.0, 0.3333, 0.5)
