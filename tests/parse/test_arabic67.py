"""Arabic sources followed by the verb's object: a common noun of people, a body or a group with the article
(object_nouns.txt: 'الحكومة', 'الوزارة', 'السفراء', 'المواطنين') after a title and a lone first name, a known
name or a complete title and its genitive is no family name and no adjective of the mention: the source ends
before it and it opens the object; a real family name ('الحسيني', 'الناصر') stays with the first name."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a.source.text if a.source else "", a.content.text) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ودعت الناشطة ليلى الحكومة إلى الإفراج عن المعتقلين.", "الناشطة ليلى",
     "الحكومة إلى الإفراج عن المعتقلين"),
    ("وطالب النائب محمود الوزارة بنشر تقرير المراجعة.", "النائب محمود", "الوزارة بنشر تقرير المراجعة"),
    ("وحث الوزير سامي المواطنين على ترشيد استهلاك المياه.", "الوزير سامي", "المواطنين على ترشيد استهلاك المياه"),
    ("وحذرت الطبيبة سلمى الأهالي من ترك الأطفال في السيارات.", "الطبيبة سلمى",
     "الأهالي من ترك الأطفال في السيارات"),
    ("وطالبت المحامية هدى النيابة بالإفراج عن موكلها.", "المحامية هدى", "النيابة بالإفراج عن موكلها"),
])
def test_a_listed_object_after_a_title_and_a_lone_first_name_opens_the_object(
        text: str, source: str, content: str) -> None:
    assert _pairs(text) == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("وانتقدت النائبة هدى الحكومة الجديدة وقالت إن الموازنة لا تكفي.", "النائبة هدى"),
    ("واستقبلت الملكة نوال السفراء الأجانب وقالت إن الحوار طريق السلام.", "الملكة نوال"),
    ("واستقبل الوزير خالد السفراء العرب وقال إن التعاون يتسع.", "الوزير خالد"),
])
def test_an_object_of_several_words_before_a_coordinated_cue_stays_out_of_the_source(text: str, source: str) -> None:
    assert [s for s, _ in _pairs(text)] == [source]


def test_a_complete_title_and_its_genitive_end_before_a_listed_object() -> None:
    assert _pairs("وانتقد زعيم المعارضة الحكومة الجديدة وأضاف أن برنامجها غامض.") \
        == [("زعيم المعارضة", "أن برنامجها غامض")]
    assert _pairs("ودعا وزير الخارجية السفراء العرب إلى اجتماع طارئ.") \
        == [("وزير الخارجية", "السفراء العرب إلى اجتماع طارئ")]


def test_an_object_of_an_accusing_verb_before_its_preposition_after_a_first_name() -> None:
    assert _pairs("واتهم الوزير سامي الحكومة السابقة بإهدار المال العام.") \
        == [("الوزير سامي", "الحكومة السابقة بإهدار المال العام")]


@pytest.mark.parametrize(("family", "lone", "source"), [
    ("ودعا النائب أحمد الحسيني الحكومة إلى الاستقالة.", "ودعا النائب أحمد الحكومة إلى الاستقالة.", "النائب أحمد"),
    ("ودعا الناشط خالد العتيبي السكان إلى الحذر.", "ودعا الناشط خالد السكان إلى الحذر.", "الناشط خالد"),
    ("ودعا الوزير أمين الناصر الحكومة إلى التهدئة.", "ودعا الوزير أمين الحكومة إلى التهدئة.", "الوزير أمين"),
])
def test_a_family_name_stays_with_the_first_name_where_a_listed_object_does_not(
        family: str, lone: str, source: str) -> None:
    words = family.split()
    assert [s for s, _ in _pairs(family)] == [f"{source} {words[3]}"]
    assert [s for s, _ in _pairs(lone)] == [source]



@pytest.mark.parametrize(("text", "source"), [
    ("وتسلم الوزير خالد التقرير النهائي وقال إن التوصيات ستنفذ.", "الوزير خالد"),
    ("وانتقد رئيس الوزراء القرار الأمريكي وقال إن بلاده سترد.", "رئيس الوزراء"),
    ("وترأس رئيس الحكومة الاجتماع الطارئ، وقال إن الوضع تحت السيطرة.", "رئيس الحكومة"),
    ("وقدم الوزير سامي الحلول المقترحة وقال إن الحوار مستمر.", "الوزير سامي"),
])
def test_an_object_and_its_adjectives_before_a_coordinated_cue_stay_out_of_the_source(text: str, source: str) -> None:
    assert [s for s, _ in _pairs(text)] == [source]
