"""Arabic leftovers: a platform named between the verb and its 'على أن', a place or relative clause before a
denied object, a denial whose speaker is followed by a participle. Texts are written for these tests; none is
copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وشدد النائب عبر حسابه على منصة إكس على أن الحكومة فشلت في إدارة الأزمة.", "النائب",
     "أن الحكومة فشلت في إدارة الأزمة"),
    ("وشددت الوزيرة عبر صفحتها على منصة فيسبوك على أن الخطة ستنفذ كاملة.", "الوزيرة",
     "أن الخطة ستنفذ كاملة"),
    ("وأكد رئيس البلدية عبر حسابه على منصة تويتر على أن المياه ستعود غدا.", "رئيس البلدية",
     "أن المياه ستعود غدا"),
    ("وأكد الوزير في تغريدة على منصة إكس أن المفاوضات مستمرة.", "الوزير", "أن المفاوضات مستمرة"),
    ("وكتب المحامي في منشور على صفحته أن موكله بريء.", "المحامي", "أن موكله بريء"),
    ("وشدد اللاعب في تدوينة على حسابه على أن الفريق سيعود أقوى.", "اللاعب", "أن الفريق سيعود أقوى"),
])
def test_a_platform_between_the_verb_and_its_complementizer_stays_out_of_the_content(
        text: str, source: str, content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى المتهم أمام هيئة المحكمة الاتهامات الموجهة إليه.", "المتهم", "الاتهامات الموجهة إليه"),
    ("وأنكر المتهم أمام هيئة المحكمة التهم المنسوبة إليه.", "المتهم", "التهم المنسوبة إليه"),
    ("ونفت الوزيرة أمام البرلمان الاتهامات بالفساد.", "الوزيرة", "الاتهامات بالفساد"),
    ("ونفى الوزير أمام النواب وجود أي تجاوزات في الصفقة.", "الوزير", "وجود أي تجاوزات في الصفقة"),
    ("ونفى الضابط أمام المحكمة العسكرية مسؤوليته عن إطلاق النار.", "الضابط", "مسؤوليته عن إطلاق النار"),
    ("ونفى المدير أمام أعضاء اللجنة علمه بالمخالفات.", "المدير", "علمه بالمخالفات"),
])
def test_before_whom_a_denial_was_made_is_not_part_of_the_denied_object(text: str, source: str,
                                                                        content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("text", [
    "ونفى المتهم أمام هيئة المحكمة أن يكون قد شارك في الهجوم.",
])
def test_a_complementizer_after_the_audience_still_opens_the_content(text: str) -> None:
    [(source, _, content)] = _pairs(text)
    assert (source, content) == ("المتهم", "أن يكون قد شارك في الهجوم")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفت الشركة التي يملكها المتهم في بيان الاتهامات.", "الشركة", "الاتهامات"),
    ("ونفى الحزب الذي يقوده الوزير السابق في بيان صحة الأنباء.", "الحزب", "صحة الأنباء"),
    ("ونفت الجمعية التي تأسست قبل عامين في بيان لها وجود أي مخالفات مالية.", "الجمعية",
     "وجود أي مخالفات مالية"),
    ("ونفى النادي الذي يتصدر الدوري في بيان رسمي الشائعات حول بيع ملعبه.", "النادي",
     "الشائعات حول بيع ملعبه"),
    ("ونفى المتهم الذي يحاكم منذ عام أمام المحكمة التهم الموجهة إليه.", "المتهم", "التهم الموجهة إليه"),
])
def test_a_relative_clause_on_the_subject_ends_where_the_words_were_said(text: str, source: str,
                                                                          content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("ونفى الناطق باسم الحكومة، مؤكدا أن الاتفاق ما زال قائما.", "الناطق باسم الحكومة", "مؤكدا",
     "أن الاتفاق ما زال قائما"),
    ("ونفت المتحدثة باسم الشرطة، موضحة أن التحقيق مستمر.", "المتحدثة باسم الشرطة", "موضحة",
     "أن التحقيق مستمر"),
    ("وأعلن المتحدث باسم الجيش، مضيفا أن العملية مستمرة.", "المتحدث باسم الجيش", "مضيفا", "أن العملية مستمرة"),
    ("وقال الناطق باسم الحركة، مشددا على أن الحوار هو الحل.", "الناطق باسم الحركة", "مشددا",
     "أن الحوار هو الحل"),
    ("ونفى الوزير، مؤكدا أن الميزانية لم تتأثر.", "الوزير", "مؤكدا", "أن الميزانية لم تتأثر"),
])
def test_a_title_and_whom_it_speaks_for_before_a_comma_is_the_participle_speaker(
        text: str, source: str, cue: str, content: str) -> None:
    assert (source, cue, content) in _pairs(text)


def _canonicals(text: str) -> list[str]:
    return [a.source_canonical for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "canonicals"), [
    ("أقال نادي الوحدة مدربه الفرنسي جان بيير دوبوا بعد سلسلة من الهزائم.\nوقال دوبوا إن الإدارة لم تمنحه الوقت."
     "\nوأضاف المدرب الفرنسي أن اللاعبين قدموا كل ما لديهم.\n",
     ["جان بيير دوبوا", "جان بيير دوبوا"]),
    ("تعاقد النادي مع الفرنسي جان بيير دوبوا لتدريب الفريق الأول.\nوقال دوبوا إن المهمة صعبة.\n"
     "وأكد المدرب الفرنسي أن الفريق جاهز.\n", ["جان بيير دوبوا", "جان بيير دوبوا"]),
    ("استقبلت المستشفى الطبيب الألماني كلاوس فيبر لإجراء العملية.\nوقال فيبر إن المريض بخير.\n"
     "وأوضح الطبيب الألماني أن التعافي سيستغرق شهرا.\n", ["كلاوس فيبر", "كلاوس فيبر"]),
])
def test_a_trade_and_a_nationality_name_the_person_named_after_that_nationality(
        text: str, canonicals: list[str]) -> None:
    assert _canonicals(text) == canonicals


def test_a_trade_with_another_nationality_names_someone_else() -> None:
    text = ("واجه الفريق نظيره بقيادة مدربه الإسباني خوان مارتينيز.\nوقال مارتينيز إن المباراة صعبة.\n"
            "وقال المدرب الفرنسي إن فريقه لعب جيدا.\n")
    assert _canonicals(text) == ["خوان مارتينيز", "المدرب الفرنسي"]
