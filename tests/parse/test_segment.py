"""Paragraphs, page furniture, headlines and sentences."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.segment import is_furniture, is_headline, paragraphs


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("اقرأ المزيد: الولايات المتحدة تشن جولة جديدة", "ar"),
        ("تعليقات", "ar"),
        ("اترك تعليقك إذا كان لديك أي استفسار", "ar"),
        ("العراق | الانسحاب | التحالف", "ar"),
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


@pytest.mark.parametrize("line", ["قال الوزير إن الاجتماع انتهى.", "The minister said the meeting ended."])
def test_ordinary_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line, lexicon_for("en" if line.isascii() else "ar"))


def test_first_line_without_a_full_stop_is_a_headline_and_is_not_attributed() -> None:
    text = "Minister says talks will resume\nThe minister said talks would resume in May."
    paras = paragraphs(text)
    assert is_headline(text, paras[0], 0)
    assert [a.content.text for a in parse(text, "en").attributions] == ["talks would resume in May"]


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
