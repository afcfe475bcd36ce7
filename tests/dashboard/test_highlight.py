"""Article highlighting as a pure function: escaping, overlapping layers, anchors, bad offsets."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from attribution.storage.queries import ClaimFilter
from dashboard.filters import filter_from_params, filter_to_params
from dashboard.highlight import Mark, highlight_html, sentence_bounds

TEXT = 'He said "<b>x</b> & y". Then more.'


def test_every_slice_is_escaped_and_layers_nest() -> None:
    start = TEXT.index("<b>")
    marks = [Mark(start, start + 12, "quote", 1, "<b>x</b> & y"), Mark(3, 7, "cue", 1, "said")]
    out = highlight_html(TEXT, marks, lang="en").html
    assert "<b>" not in out
    assert (
        '<span class="hl-quote" data-claims="1" style="background:#fff3b0">&lt;b&gt;x&lt;/b&gt; &amp; y</span>' in out
    )
    assert '<span id="claim-1"></span>' in out and 'class="hl-cue"' in out


def test_overlapping_spans_split_into_segments_that_carry_both_layers() -> None:
    text = "abcdefgh"
    out = highlight_html(text, [Mark(0, 6, "claim", 1), Mark(4, 8, "source", 2)], lang="en").html
    assert 'class="hl-claim hl-source" data-claims="1,2"' in out
    assert ">ef</span>" in out


def test_marks_that_do_not_match_the_text_are_skipped_not_guessed() -> None:
    marks = [Mark(0, 2, "claim", 1, "zz"), Mark(5, 99, "cue", 1), Mark(0, 2, "claim", 2, "He")]
    shown = highlight_html(TEXT, marks, lang="ar")
    assert [m.claim_id for m in shown.skipped] == [1, 1]
    assert shown.html.startswith('<div class="article-text" dir="rtl" style="text-align:right;')


def test_the_sentence_around_a_span_is_whole_sentences() -> None:
    text = "First one. He said it is fine. Last one."
    start = text.index("it is")
    assert text[slice(*sentence_bounds(text, start, start + 5))] == "He said it is fine."


@given(
    kinds=st.lists(st.sampled_from(["direct", "indirect", "mixed"]), unique=True),
    langs=st.lists(st.sampled_from(["ar", "en"]), unique=True),
    sources=st.lists(st.integers(1, 10_000), unique=True, max_size=3),
    anonymous=st.sampled_from([None, True, False]),
    day=st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1)),
    text=st.text(min_size=0, max_size=20).map(str.strip),
)
def test_filters_survive_the_round_trip_through_the_url(
    kinds: list[str], langs: list[str], sources: list[int], anonymous: bool | None, day: date | None, text: str
) -> None:
    f = ClaimFilter(
        kinds=tuple(kinds), langs=tuple(langs), sources=tuple(sources), anonymous=anonymous,
        date_from=day, text=text,
    )  # fmt: skip
    assert filter_from_params(filter_to_params(f)) == f


def test_malformed_url_values_are_ignored() -> None:
    f = filter_from_params({"kind": ["direct", "bogus"], "src": ["12", "x"], "from": ["yesterday"], "anon": ["?"]})
    assert f == ClaimFilter(kinds=("direct",), sources=(12,))
