"""Paragraphs, page furniture, headlines and sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.segment import (
    _DOTTED_OPENER,
    _lines,
    _pronoun_clause_follows,
    is_furniture,
    is_headline,
    paragraphs,
)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("اقرأ المزيد: الولايات المتحدة تشن جولة جديدة", "ar"),
        ("تعليقات", "ar"),
        ("اترك تعليقك إذا كان لديك أي استفسار", "ar"),
        ("العراق | الانسحاب | التحالف", "ar"),
        ("كتب: هالة منصور", "ar"),
        ("Read more: Officials said the talks failed", "en"),
        ("(Additional reporting by Jane Doe; Editing by John Roe)", "en"),
    ],
)
def test_furniture_lines_are_recognised(line: str, lang: str) -> None:
    assert is_furniture(line, lexicon_for(lang))


@pytest.mark.parametrize(
    ("line", "furniture"),
    [("Sport · Tennis · Results", True), ("Home • World", False), ("A | B", False), ("Tags: x|y • z", True),
     ("The mayor said crime fell · police agreed.", False), ("The mayor said crime fell | police • agreed.", True)],
)
def test_a_line_is_a_tag_line_when_it_has_two_separators_of_any_kind(line: str, furniture: bool) -> None:
    assert is_furniture(line, lexicon_for("en")) is furniture


@pytest.mark.parametrize("line", ["قال الوزير إن الاجتماع انتهى.", "The minister said the meeting ended.",
                                  "كتب الوزير في تدوينة أن الاجتماع انتهى."])
def test_ordinary_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line, lexicon_for("en" if line.isascii() else "ar"))


def test_first_line_without_a_full_stop_is_a_headline_and_is_not_attributed() -> None:
    text = "Minister says talks will resume\nThe minister said talks would resume in May."
    paras = paragraphs(text)
    assert is_headline(text, paras, 0)
    assert [a.content.text for a in parse(text, "en").attributions] == ["talks would resume in May"]


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        ("The harbour master said the ferry would sail again on Friday", "en", "the ferry would sail again on Friday"),
        ("قال مدير الميناء إن العبّارة ستبحر مجددا يوم الجمعة", "ar", "إن العبّارة ستبحر مجددا يوم الجمعة"),
        ("According to the port authority, three ships were turned back on Sunday", "en",
         "three ships were turned back on Sunday"),
    ],
)
def test_a_text_of_one_line_without_a_full_stop_is_not_a_headline(text: str, lang: str, content: str) -> None:
    assert is_headline(text, paragraphs(text), 0) is False
    assert [a.content.text for a in parse(text, lang).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("- The harbour master said the ferry would sail on Friday\n- The union said its crews would strike", "en"),
        ("1/ The harbour master said the ferry would sail on Friday\n2/ The union said its crews would strike", "en"),
        ("• قال مدير الميناء إن العبّارة ستبحر يوم الجمعة\n• قالت النقابة إن طواقمها ستضرب", "ar"),
    ],
)
def test_a_bulleted_or_numbered_first_line_is_not_a_headline(text: str, lang: str) -> None:
    assert is_headline(text, paragraphs(text), 0) is False
    assert len(parse(text, lang).attributions) == 2


def test_stop_less_lines_of_a_thread_keep_their_first_line() -> None:
    text = ("The harbour master said the ferry would sail again on Friday\n"
            "The union said its crews would not work the weekend shift\n"
            "Nobody from the ferry company answered our calls")
    assert is_headline(text, paragraphs(text), 0) is False
    assert parse(text, "en").attributions[0].content.text == "the ferry would sail again on Friday"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ferry strike looms\nThe union said its crews would strike\nThe company said talks would go on", "en"),
        ("إضراب العبّارات يقترب\nقالت النقابة إن طواقمها ستضرب يوم السبت\nوقالت الشركة إن المحادثات مستمرة", "ar"),
    ],
)
def test_a_short_stop_less_first_line_over_longer_lines_is_a_headline(text: str, lang: str) -> None:
    assert is_headline(text, paragraphs(text), 0) is True


def test_a_sentence_of_several_quoted_sentences_stays_whole() -> None:
    text = "\"We tried. We failed. We will try again,\" she said."
    [claim] = parse(text, "en").attributions
    assert claim.content.text == "\"We tried. We failed. We will try again,\""


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Sen. Mary Jones said the U.S. economy was strong."
    [claim] = parse(text, "en").attributions
    assert claim.content.text == "the U.S. economy was strong"


def test_long_lines_that_start_with_a_space_are_paragraphs_not_wrapped_copy() -> None:
    long_line = " وأعلنت الوزارة في بيان مطول صدر صباح اليوم أنها ستعيد فتح المعابر الحدودية أمام حركة البضائع"
    text = "صحيفة الأخبار – القاهرة\n" + "\n".join(f"{long_line} رقم {n}." for n in range(6))
    paras = paragraphs(text)
    assert len(paras) == 7
    assert text[paras[0][0]:paras[0][1]] == "صحيفة الأخبار – القاهرة"


def test_a_quotation_right_after_a_full_stop_opens_the_next_sentence() -> None:
    text = '"We will keep at it," said the chairman Tom Reed."It is one of our themes for the fall."'
    quotes = [a.content.text for a in parse(text, "en").attributions]
    assert quotes == ['"We will keep at it,"', '"It is one of our themes for the fall."']


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        ("Pledges at the hustings:\n• The harbour master said the ferry would sail on Friday.\n"
         "• Councillor Ada Brook said the pier needed repairs.", "en", ["The harbour master", "Councillor Ada Brook"]),
        ("1/ The harbour master said the ferry would sail on Friday\n2/ Councillor Ada Brook said the pier was unsafe",
         "en", ["The harbour master", "Councillor Ada Brook"]),
        ("• قال مدير الميناء إن العبّارة ستبحر يوم الجمعة\n• قالت عضو المجلس سلمى حداد إن الرصيف يحتاج إلى إصلاح", "ar",
         ["مدير الميناء", "عضو المجلس سلمى حداد"]),
    ],
)
def test_a_bullet_or_a_number_is_no_part_of_the_speaker(text: str, lang: str, sources: list[str]) -> None:
    assert [a.source.text for a in parse(text, lang).attributions] == sources


def test_a_first_line_ending_with_a_colon_introduces_what_follows() -> None:
    text = "The harbour master told the board:\n\n\"The ferry will sail again on Friday.\""
    assert is_headline(text, paragraphs(text), 0) is False
    [claim] = parse(text, "en").attributions
    assert (claim.source.text, claim.content.text) == ("The harbour master", "\"The ferry will sail again on Friday.\"")


@given(st.lists(st.sampled_from(["word", " ", "\n", "\n\n", "\t"]), max_size=12).map("".join))
def test_lines_are_the_pieces_between_line_breaks(text: str) -> None:
    assert [text[s:e] for s, e in _lines(text)] == text.split("\n")


@pytest.mark.parametrize("filler", ["", "x" * 190, "- " * 150])
def test_a_read_more_line_is_furniture_however_long_its_opening_marks(filler: str) -> None:
    assert is_furniture(filler.replace("x", "-") + "Read more: the story goes on here and on", lexicon_for("en"))


def _sentences_of(text: str, lang: str) -> list[tuple[int, int]]:
    from attribution.parse.quotes import find_quotes
    from attribution.parse.segment import content_paragraphs, paragraph_breaks, sentences
    from attribution.tokens import tokenize

    lex = lexicon_for(lang)
    paras = paragraphs(text)
    quotes, _ = find_quotes(text, lex.quote_pairs, paragraph_breaks(text, paras))
    return sentences(text, content_paragraphs(text, paras, lex), tokenize(text), quotes, lex)


def test_a_text_without_full_stops_is_read_in_bounded_sentences_cut_after_commas() -> None:
    from attribution.parse.segment import MAX_SENTENCE

    text = "، ".join(["وقال رئيس البلدية إن الطرق ستفتح", "وأكد المهندس أن الجسر آمن"] * 200)
    sents = _sentences_of(text, "ar")
    assert len(sents) > 1 and all(e - s <= MAX_SENTENCE for s, e in sents)
    assert all(text[e - 1] == "،" for _, e in sents[:-1])
    claims = parse(text, "ar").attributions
    assert len(claims) == 400  # every clause's report, the ones after a cut too


def test_a_long_quotation_is_not_cut_at_a_comma_inside_it() -> None:
    quoted = "«" + "، ".join(["سنبني المدارس"] * 150) + "»"
    text = "قال الوزير " + quoted + "، " + "، ".join(["وأضاف أن المستشفى جاهز"] * 150)
    sents = _sentences_of(text, "ar")
    assert sents[0][0] == 0 and sents[0][1] >= text.index("»") + 1


@pytest.mark.parametrize("ellipsis", ["...", "…", " ..."])
def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence(ellipsis: str) -> None:
    text = f"The mayor said the bridge was{ellipsis} quite safe, and added that it would reopen soon."
    first, second = parse(text, "en").attributions
    assert first.content.text == f"the bridge was{ellipsis} quite safe"
    assert second.source_canonical == "The mayor"


def test_an_ellipsis_before_a_capital_ends_the_sentence_at_its_last_dot() -> None:
    text = "The mayor said the bridge was safe... He added that it would reopen soon."
    first, second = parse(text, "en").attributions
    assert first.content.text == "the bridge was safe"
    assert second.source is not None and second.source.text == "He"


@pytest.mark.parametrize("ellipsis", ["...", "…", " …"])
def test_an_arabic_ellipsis_in_mid_sentence_does_not_end_it(ellipsis: str) -> None:
    text = f"وأوضحت المديرة أن الجسر{ellipsis} سيفتح أمام السيارات يوم الخميس."
    (only,) = parse(text, "ar").attributions
    assert only.content.text == f"أن الجسر{ellipsis} سيفتح أمام السيارات يوم الخميس"


@pytest.mark.parametrize("opener", ["وأضافت", "فيما"])
def test_an_arabic_ellipsis_before_a_conjunction_still_ends_the_sentence(opener: str) -> None:
    text = f"وأوضحت المديرة أن الجسر آمن… {opener} أن العمل سينتهي قريبا."
    first = parse(text, "ar").attributions[0]
    assert first.content.text == "أن الجسر آمن"


@pytest.mark.parametrize(("mark", "lang"), [("(...)", "ar"), ("[…]", "ar"), ("[...]", "en")])
def test_an_ellipsis_in_brackets_leaves_words_out_and_does_not_end_the_sentence(mark: str, lang: str) -> None:
    text = (f"وقال النائب إن رفع الضرائب {mark} سيضر بالأسر الفقيرة." if lang == "ar"
            else f"The senator said the new tax {mark} would hurt poor families. Then she left.")
    first = parse(text, lang).attributions[0]
    assert mark in first.content.text and first.content.text.rstrip(".").endswith(("الفقيرة", "families"))


def test_a_headline_with_no_subject_between_its_comma_and_its_verb_names_no_one() -> None:
    text = "Budget Will Pass, Says\n\nThe mayor said the budget would pass on Friday."
    result = parse(text, "en")
    assert [a.source.text for a in result.attributions if a.source] == ["The mayor"]


def test_a_headline_whose_verb_follows_a_comma_and_precedes_its_words_names_no_one() -> None:
    text = "Railing Against Tax, Vows Repeal\n\nThe mayor said the levy would go."
    result = parse(text, "en")
    assert [(a.source.text if a.source else None, a.content.text) for a in result.attributions] == [
        ("The mayor", "the levy would go")]


def _furniture_by_every_word(line: str, lang: str) -> bool:
    """`is_furniture` read the long way: the line's first six words all split and folded, then looked up."""
    from attribution.tokens import fold_token

    lex = lexicon_for(lang)  # (no tag separators nor dates in the lines it reads)
    words = line.lstrip("([{•*-–— ").split(None, 6)[:6]
    if not words:
        return True
    first = fold_token(words[0].strip(":："))
    if first in lex.furniture or fold_token(words[0]) in lex.furniture:
        return True
    folded = [first] + [fold_token(w.strip(":：")) for w in words[1:]]
    return any(tuple(folded[:len(p)]) == p for p in lex.phrases_starting("furniture", first))


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter to get the morning briefing",
    "Sign " + "x" * 90 + " up for nothing",
    "x" * 95,
    "Follow\tus on every network we are on",
    "Follow" + " " * 85 + "us",
    "Reporting by Anna Berg in Oslo; editing by Tom Vale",
    "A" * 79 + " Read more",
    "Read more:",
    "Share this story with a friend who likes ferries",
    "Filed under harbour news, local weather and tides",
    "The harbour master said the ferry would sail on Friday.",
])
def test_a_line_is_furniture_by_its_first_words_however_long_they_are(line: str) -> None:
    assert is_furniture(line, lexicon_for("en")) is _furniture_by_every_word(line, "en")


@given(st.lists(st.sampled_from(["Sign", "up", "Follow", "us", "Read", "more:", "share", "this", "the", "ferry",
                                 "x" * 40, " ", "  ", "\t", ":"]), max_size=14).map(" ".join))
def test_a_line_read_by_its_first_word_is_furniture_exactly_when_its_first_six_words_say_so(line: str) -> None:
    if "|" not in line and "•" not in line and "·" not in line and not line.lstrip("([{•*-–— ").startswith(":"):
        assert is_furniture(line, lexicon_for("en")) is _furniture_by_every_word(line, "en")


@pytest.mark.parametrize("after, expected", [
    (" He was flown to a clinic.", True),
    ("  They said nothing more.", True),  # (two spaces: the words are split as before)
    (" It rained all week.", True),
    (" Hewitt was flown out.", False),  # (a name opening with a pronoun's letter)
    (" He Jiankui spoke.", False),
    (" Officials said nothing.", False),  # (no pronoun's first letter: decided without splitting)
    ("\nHe was flown out.", False),  # (not a space right after the stop)
    (" ", False),
    ("", False),
])
def test_a_pronoun_and_a_small_word_after_a_stop_open_a_sentence(after: str, expected: bool) -> None:
    text = "He lives in Morro Bay, Calif." + after
    assert _pronoun_clause_follows(text, text.index("Calif.") + len("Calif.")) is expected


# The dotted-abbreviation pattern as first written, its lookbehinds tried at every character of the text
_DOTTED_OPENER_LOOKBEHIND_FIRST = re.compile(r"(?<=[A-Za-z]\.[A-Za-z])\. (?:[A-Z][a-z]{0,4}) [a-z]"
                                             r"|(?<=[ap]\.m)\. [A-Z][a-z]+ [a-z]")


@given(st.text(alphabet="Rr.IiamMpPTt oOlhe’,", max_size=60))
def test_the_dotted_opener_found_from_its_full_stop_matches_where_the_lookbehind_first_form_does(text: str) -> None:
    assert [m.start() for m in _DOTTED_OPENER.finditer(text)] == \
        [m.start() for m in _DOTTED_OPENER_LOOKBEHIND_FIRST.finditer(text)]


@pytest.mark.parametrize("text", ["Sen. Jack Reed of R.I. It was late.", "at 3 a.m. Police said so",
                                  "in Washington, D.C. The vote", "9 a.m. Eastern time"])
def test_the_dotted_opener_finds_the_same_places_as_the_lookbehind_first_form(text: str) -> None:
    assert [m.start() for m in _DOTTED_OPENER.finditer(text)] == \
        [m.start() for m in _DOTTED_OPENER_LOOKBEHIND_FIRST.finditer(text)]
