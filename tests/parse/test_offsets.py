"""Invariants on any input: spans index the original text exactly, parsing never crashes, output is
deterministic. Hypothesis draws arbitrary Unicode, Arabic-heavy and mixed news-like text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from attribution.lexicons import Lexicon, lexicon_for
from attribution.parse import parse
from attribution.parse.resolve import _per_mention
from tests.parse.conftest import offsets_hold

ARABIC_WORDS = ["قال", "وقالت", "إن", "أن", "الوزير", "مسؤولون", "وفقا", "لمسؤولين", "رويترز", "وأضاف",
                "مضيفا", "الحكومة", "بحسب", "نقلا", "عن", "قوله", "،", ".", ":", "\"", "«", "»", "\n", "سي", "إن",
                "مؤكدة", "على", "بـ", "وهو", "ما", "نفته", "ذاته", "في", "النائب"]
ENGLISH_WORDS = ["said", "says", "told", "according", "to", "officials", "he", "she", "the", "minister",
                 "that", ",", ".", ":", "\"", "“", "”", "'", "\n\n", "Reuters", "Mr.", "added", "adding"]
news_like = st.lists(st.sampled_from(ARABIC_WORDS + ENGLISH_WORDS) | st.text(max_size=6), max_size=80).map(" ".join)
anything = st.text(max_size=400)


@settings(max_examples=200, deadline=None)
@given(st.one_of(anything, news_like))
def test_spans_are_exact_slices_of_the_text(text: str) -> None:
    result = parse(text)
    assert result.text is text
    assert offsets_hold(result)


@settings(max_examples=100, deadline=None)
@given(news_like, st.sampled_from(["ar", "en", None]))
def test_parsing_is_deterministic(text: str, lang: str | None) -> None:
    first, second = parse(text, lang), parse(text, lang)
    assert [a.to_gold() for a in first.attributions] == [a.to_gold() for a in second.attributions]
    assert first.diagnostics == second.diagnostics


@settings(max_examples=50, deadline=None)
@given(news_like, news_like, st.sampled_from(["ar", "en"]))
def test_an_article_parses_the_same_after_another_one(text: str, other: str, lang: str) -> None:
    alone = [a.to_gold() for a in parse(text, lang).attributions]
    parse(other, lang)  # memoized readings of its mentions must not leak into the next article
    assert [a.to_gold() for a in parse(text, lang).attributions] == alone


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=300))
def test_arabic_block_text_with_diacritics_keeps_offsets(text: str) -> None:
    assert offsets_hold(parse(text, "ar"))


def test_empty_and_whitespace_texts_have_no_attributions() -> None:
    for text in ("", "   ", "\n\n\t"):
        assert parse(text).attributions == ()


@pytest.mark.parametrize(("text", "lang"), [
    ("قال \n\n بحسب ،", "ar"),
    ("according to officials,", "en"),
    ("وفقا لمصادر،", "ar"),
])
def test_a_cue_with_nothing_after_its_comma_reports_nothing(text: str, lang: str) -> None:
    assert parse(text, lang).attributions == ()


def test_a_text_ending_in_a_participles_preposition_parses() -> None:
    """Found by fuzzing: the participle's preposition is the last token of the text."""
    assert offsets_hold(parse("وقال حين سائق بـ بأهم \n\n سوريا اتفقتا معظمها الانتخاب مؤكدة المائة دوما على", "ar"))


def test_a_memoized_reading_of_a_mention_is_per_lexicon_when_the_lexicons_alternate() -> None:
    calls: list[tuple[str, str]] = []

    @_per_mention
    def read(mention: str, lex: Lexicon) -> str:
        calls.append((mention, lex.lang))
        return f"{mention}/{lex.lang}"

    ar, en = lexicon_for("ar"), lexicon_for("en")
    assert [read("x", ar), read("x", en), read("x", ar), read("y", en), read("x", en)] == \
        ["x/ar", "x/en", "x/ar", "y/en", "x/en"]
    assert calls == [("x", "ar"), ("x", "en"), ("y", "en")]  # each reading once per lexicon


@pytest.mark.parametrize("text", [
    "Arsenal manager Tom Reyes spoke.\nthe\nArsenal\nmanager\ncriticized the referee.",
    "Arsenal manager Tom Reyes spoke. the\tArsenal\tmanager said the team was tired.",
    "County sheriff Dana Cole arrived.\nthe\tcounty\nsheriff\nsaid the road was shut.",
])
def test_a_title_phrase_with_line_breaks_or_tabs_between_its_words_parses_with_exact_spans(text: str) -> None:
    # (found by scripts/fuzz_parse.py: 'the' + words set apart by line breaks reached a split on spaces)
    for a in parse(text, "en").attributions:
        for span in (a.content, a.cue, a.source):
            assert span is None or text[span.start:span.end] == span.text
