"""Arabic source spans that stopped early and kin words in the records' name: 'و' and the article joining two
definite nouns inside a body's name goes on with the name ('اتحاد الكتاب والأدباء'), a continent after 'في'
closes it right before the content (continents.txt); a group a body sends (observer_groups.txt: 'مفتشون') and
'من' reach that body, the source; a family word opening a mention (kin_nouns.txt: 'ابنه', 'والدة الضحية') goes
out of the name the records give, as 'Her daughter Ruth Fenwick' -> 'Ruth Fenwick' does in English."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source.text if a.source else "", a.source_canonical) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("وقال مراقبون من اتحاد الكتاب والأدباء العرب إن الجائزة ستمنح في الربيع.",
     "مراقبون من اتحاد الكتاب والأدباء العرب", "اتحاد الكتاب والأدباء العرب"),
    ("وأكد مفتشون من هيئة الرقابة والتفتيش أن العقود مخالفة للقانون.",
     "مفتشون من هيئة الرقابة والتفتيش", "هيئة الرقابة والتفتيش"),
])
def test_and_between_two_definite_nouns_inside_a_body_name_goes_on(text: str, source: str, canonical: str) -> None:
    assert _sources(text) == [(source, canonical)]


def test_a_title_after_and_opens_no_part_of_the_body_name() -> None:
    assert _sources("وقال مفتشون من الوزارة والمراقبون إن الوضع مستقر.") == [("مفتشون من الوزارة", "الوزارة")]


@pytest.mark.parametrize(("text", "source"), [
    ("وأكدت منظمة التنمية والإغاثة في آسيا أن المساعدات وصلت.", "منظمة التنمية والإغاثة في آسيا"),
    ("وقال مراقبون من منظمة الديمقراطية والحقوق في أفريقيا إن الفرز تأخر.",
     "مراقبون من منظمة الديمقراطية والحقوق في أفريقيا"),
    ("وقال مسؤول في منظمة الإغاثة والتنمية في آسيا إن المخزون نفد.", "مسؤول في منظمة الإغاثة والتنمية في آسيا"),
])
def test_a_continent_closing_a_body_name_before_the_content_is_part_of_it(text: str, source: str) -> None:
    assert [s for s, _ in _sources(text)] == [source]


def test_inspectors_from_a_body_speak_for_it() -> None:
    assert _sources("وقال مفتشون من المنظمة الدولية للهجرة إن المخيم مكتظ.") \
        == [("مفتشون من المنظمة الدولية للهجرة", "International Organization for Migration")]  # (a registered body)
    assert _sources("وقال مفتشون من الهيئة الوطنية للسلامة الغذائية إن المطعم أغلق.") \
        == [("مفتشون من الهيئة الوطنية للسلامة الغذائية", "الهيئة الوطنية للسلامة الغذائية")]


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال ابنه سامر العطار إن والده لم يغادر البيت.", "سامر العطار"),
    ("وقالت شقيقتها هدى إن الطائرة تأخرت.", "هدى"),
    ("وقالت والدة المفقود سعاد إن الشرطة لم تتصل بها.", "سعاد"),
    ("وقالت ابنته الصغرى سلمى إن والدها لم يعد.", "سلمى"),
])
def test_a_word_of_kin_before_the_name_goes_out_of_the_records_name(text: str, canonical: str) -> None:
    assert [c for _, c in _sources(text)] == [canonical]


@pytest.mark.parametrize("text", [
    "وقال شقيقها إن الشرطة تأخرت.",
    "وقال ابن عم الضحية إن العائلة ستقاضي الشركة.",
    "وقالت زوجة اللاعب إن الشائعات كاذبة.",
])
def test_a_relative_left_unnamed_keeps_the_kin_word(text: str) -> None:
    assert [s for s, _ in _sources(text)] == [c for _, c in _sources(text)]
