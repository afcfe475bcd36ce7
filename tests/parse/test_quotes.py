"""Quotation spans in every style the parser reads, and diagnostics (never exceptions) when they break."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, strategies as st

from attribution.lexicons import lexicon_for
from attribution.parse import kind_of, parse
from attribution.parse.frames import Sentence, inside_quote
from attribution.parse.quotes import _INNER_ASIDE, _mark_chars, _mark_positions, find_quotes
from attribution.tokens import tokenize

PAIRS = lexicon_for("en").quote_pairs


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param('He said "yes" twice.', ['"yes"'], id="straight"),
        pytest.param("He said “yes” twice.", ["“yes”"], id="curly"),
        pytest.param("قال «نعم» مرتين.", ["«نعم»"], id="guillemets"),
        pytest.param("Er sagte „ja“ zweimal.", ["„ja“"], id="low-high"),
        pytest.param("He said 'yes, indeed' twice.", ["'yes, indeed'"], id="single"),
        pytest.param("تلقى\"رسالة مهمة\" من المبعوث", ['"رسالة مهمة"'], id="glued-to-word"),
        pytest.param("It's the boys' turn, isn't it?", [], id="apostrophes-are-not-quotes"),
    ],
)
def test_quote_styles(text: str, quoted: list[str]) -> None:
    spans, problems = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == quoted
    assert problems == []


def test_quote_running_over_paragraphs_is_one_span() -> None:
    text = "\"First paragraph of the statement.\n\n\"Second paragraph, which ends it.\"\n\nAfter."
    spans, problems = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == [text[: text.index("it.\"") + 4]]
    assert problems == []


def test_unbalanced_quote_is_a_diagnostic_not_a_crash() -> None:
    text = "The minister said \"we will win the vote.\nThe vote was on Tuesday."
    result = parse(text, "en")
    assert [d.code for d in result.diagnostics] == ["unbalanced_quote"]
    assert result.diagnostics[0].offset == text.index("\"")


def test_quote_closed_by_another_style_still_pairs() -> None:
    text = "\"Oz has a huge pulpit,” said David Gorski."
    [claim] = parse(text, "en").attributions
    assert claim.kind == "direct" and claim.source_text == "David Gorski"


def _titles(text: str, lang: str) -> list[str]:
    from attribution.parse.quotes import title_quotes
    from attribution.tokens import fold_token

    spans, _ = find_quotes(text, lexicon_for(lang).quote_pairs)
    return [text[s:e] for s, e in sorted(title_quotes(text, spans, lexicon_for(lang).words["title_nouns"], fold_token))]


def test_a_repeated_capitalised_quotation_is_a_name() -> None:
    text = 'The band played "Rocket Man" first. Later "Rocket Man" closed the show.'
    assert _titles(text, "en") == ['"Rocket Man"', '"Rocket Man"']


def test_a_repeated_lower_case_quotation_is_somebody_s_words() -> None:
    text = 'She called it "disgusting" on Monday. He said it was not "disgusting" at all.'
    assert _titles(text, "en") == []
    said = [a for a in parse(text, "en").attributions if "not" in a.content.text]
    assert [a.kind for a in said] == ["mixed"]


def test_a_repeated_arabic_quotation_is_a_name() -> None:
    text = "أطلق الجيش عملية «عاصفة الحزم» فجرا. وقال المتحدث إن «عاصفة الحزم» حققت أهدافها."
    assert _titles(text, "ar") == ["«عاصفة الحزم»", "«عاصفة الحزم»"]


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(2, 9)), max_size=10), st.integers(0, 70), st.integers(0, 70))
def test_a_content_is_direct_mixed_or_indirect_by_the_quotes_it_overlaps(
        gaps: list[tuple[int, int]], s: int, e: int) -> None:
    quotes, at = [], 0
    for gap, length in gaps:  # in text order, none inside another (as find_quotes finds them)
        quotes.append((at + gap, at + gap + length))
        at += gap + length
    s, e = min(s, e), max(s, e)
    inside = [q for q in quotes if q[0] < e and q[1] > s]  # every quotation, read one by one
    expected = "direct" if any(q[0] <= s + 1 and q[1] >= e - 1 for q in inside) else \
        "mixed" if any(min(q[1], e) - max(q[0], s) > 2 for q in inside) else "indirect"
    assert kind_of((s, e), quotes) == expected


@pytest.mark.parametrize("marks", [('"', '"'), ("«", "»")])
def test_a_quote_opened_once_and_closed_at_the_end_of_the_next_paragraph_spans_both(marks: tuple[str, str]) -> None:
    o, c = marks
    text = (f"وقال الوزير: {o}نحن على تواصل مع الدول الصديقة.\n\nلن نقبل بأن يكون لبنان ساحة{c}.\n\n"
            "وقالت الوزارة إن القصف مستمر.")
    result = parse(text, "ar")
    assert result.diagnostics == ()
    direct = [a for a in result.attributions if a.kind == "direct"]
    assert [a.content.text for a in direct] == [
        f"{o}نحن على تواصل مع الدول الصديقة.", f"لن نقبل بأن يكون لبنان ساحة{c}"]
    assert {a.source_text for a in direct} == {"الوزير"}


def test_an_unclosed_quote_is_not_carried_into_a_paragraph_with_quotes_of_its_own() -> None:
    text = 'He said: "We will stay.\n\nShe said "no" to that and left.'
    spans, problems = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == ['"no"']
    assert [p.code for p in problems] == ["unbalanced_quote"]


def test_a_quotation_whose_closing_mark_is_missing_is_still_direct() -> None:
    result = parse('وقال الوزير: "نحن على تواصل مع الدول الصديقة.\n\nوقالت الوزارة إن القصف مستمر.', "ar")
    assert [a.kind for a in result.attributions] == ["direct", "indirect"]
    assert [d.code for d in result.diagnostics] == ["unbalanced_quote"]


def test_a_bulleted_quote_runs_over_its_items_until_the_item_that_closes_it() -> None:
    text = ('Council members got talking points on Monday, an aide said.\n\nA source gave reporters a memo laying '
            'out the key messages, which include:\n\n• "Taxes will not rise this year.\n\n• "Schools will get '
            'more money.\n\n• If the plan had failed, towns would have lost millions.\n\n• The budget is balanced."'
            '\n\nThe mayor said nothing else.')
    spans, problems = find_quotes(text, PAIRS)
    assert problems == []
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].endswith('balanced."')
    items = [a for a in parse(text, "en").attributions if a.content.start > text.index("include:")][:4]
    assert [(a.kind, a.source_text) for a in items] == [("direct", "a memo")] * 4  # not the aide's words


def test_an_unclosed_quote_is_not_carried_over_paragraphs_that_never_close_it() -> None:
    text = ('He said: "We will stay.\n\nThe town voted on Monday.\n\nThe mayor left early.\n\n'
            'The council meets again in May.\n\nIt ends "there".')
    spans, problems = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == ['"there"']
    assert [p.code for p in problems] == ["unbalanced_quote"]


@given(st.text(alphabet='ab "“”.', max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=6), st.data())
def test_a_sentence_reads_which_tokens_are_quoted_as_the_quotations_say(
    text: str, spans: list[tuple[int, int]], data: st.DataObject
) -> None:
    """`Sentence.inside_quote` (read for every token at once) against `inside_quote` (one bisection): inside the
    last quotation opened at or before the token, overlapping and nested quotations included."""
    tokens = tokenize(text)
    quotes = sorted((start, start + length) for start, length in spans)
    a = data.draw(st.integers(0, len(tokens)))
    b = data.draw(st.integers(a, len(tokens)))
    sentence = Sentence(text, tokens, a, b, quotes, [q[0] for q in quotes], lexicon_for("en"), frozenset())
    for i in range(len(tokens)):
        assert sentence.inside_quote(i) == inside_quote(quotes, [q[0] for q in quotes], tokens[i].start)


@given(st.text(alphabet=st.sampled_from('ab \n"“”«»„‘’\'.'), max_size=60))
def test_the_scanner_finds_every_mark_and_line_break_in_order(text: str) -> None:
    chars = _mark_chars(PAIRS)
    every = re.compile("[" + re.escape("".join(chars)) + "]")
    assert "\n" in chars and "«" in chars and "a" not in chars
    assert _mark_positions(text, chars) == [m.start() for m in every.finditer(text)]


@pytest.mark.parametrize("marks", [('"', '"'), ("«", "»")])
def test_a_quote_carried_over_a_line_break_may_close_before_a_comma_and_a_participle(marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"وقال مدير المهرجان: {o}العروض مستمرة.\nلا نية عندنا لإلغاء أي حفل{c}، مضيفا أن التذاكر نفدت.\n"
    result = parse(text, "ar")
    assert result.diagnostics == ()
    assert [(a.kind, a.content.text) for a in result.attributions] == [
        ("direct", f"{o}العروض مستمرة."), ("direct", f"لا نية عندنا لإلغاء أي حفل{c}"),
        ("indirect", "أن التذاكر نفدت")]
    assert [a.source_text for a in result.attributions][-1] == ""  # the director again, not 'لإلغاء أي حفل'


def test_a_lone_mark_opening_a_new_quote_in_the_next_paragraph_does_not_close_the_old_one() -> None:
    text = 'He said: "We will stay.\n\nShe called it "odd, and left.'
    spans, _ = find_quotes(text, PAIRS)
    assert spans == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param("قال الوزير: «لن نقبل ما سموه «الحل المؤقت» بأي شكل».",
                     ["«لن نقبل ما سموه «الحل المؤقت» بأي شكل»"], id="guillemets-in-guillemets"),
        pytest.param("“We reject what they call “a quick fix” outright,” he said.",
                     ["“We reject what they call “a quick fix” outright,”"], id="curly-in-curly"),
        pytest.param("«أ «ب «ج» د» هـ» و.", ["«أ «ب «ج» د» هـ»"], id="three-deep"),
        pytest.param('"We reject what they call "a quick fix" outright," he said.',
                     ['"We reject what they call "a quick fix" outright,"'], id="straight-in-straight"),
        pytest.param('قال: "لن نقبل ما سموه "الحل المؤقت" أبدا".', ['"لن نقبل ما سموه "الحل المؤقت" أبدا"'],
                     id="straight-in-straight-arabic"),
    ],
)
def test_a_quotation_inside_a_quotation_in_the_same_marks_nests(text: str, quoted: list[str]) -> None:
    spans, problems = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == quoted
    assert problems == []


def test_marks_that_do_not_nest_after_all_close_at_the_first_closing_mark() -> None:
    text = "“We reject what they call “a quick fix,” he said.\n\nThe vote is on Friday, “or later.”"
    spans, _ = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == ["“We reject what they call “a quick fix,”", "“or later.”"]


def test_a_nested_quotation_still_runs_over_paragraphs_when_the_next_one_reopens_it() -> None:
    text = "“First, what they call “a fix” failed.\n\n“Second, it ends here.”\n\nAfter."
    spans, _ = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == [text[: text.index("here.”") + 6]]


@given(st.text(alphabet=st.sampled_from('ab \n"“”«»„‘’\'.'), max_size=60))
def test_quotation_spans_are_in_order_and_never_overlap(text: str) -> None:
    spans, _ = find_quotes(text, PAIRS)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))


def test_a_closing_mark_typed_against_the_next_word_still_closes_the_quote() -> None:
    text = 'قال الوزير: "الطريق مفتوح "وأضاف أن الجسر آمن.\n\nوقال المهندس: "سننتهي غدا".'
    spans, _ = find_quotes(text, PAIRS)
    assert [text[s:e] for s, e in spans] == ['"الطريق مفتوح "', '"سننتهي غدا"']


@given(st.lists(st.sampled_from([",", ", ", ",\t", " ", "the chairman said", "she", "x", "Ms. Ortiz", '"', "!",
                                 "\n", "a" * 25, ";"]), max_size=20).map("".join))
def test_an_inner_aside_is_found_where_the_lazy_pattern_finds_it(text: str) -> None:
    # (the possessive run of aside characters ends where the lazy one does: none of them is a comma)
    lazy = re.compile(r",[ \t]+([^,\"“”!?;:\n]{2,60}?)(?=,[ \t]+)")
    assert [(m.span(), m.group(1)) for m in _INNER_ASIDE.finditer(text)] \
        == [(m.span(), m.group(1)) for m in lazy.finditer(text)]
