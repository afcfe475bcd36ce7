"""Arabic leftovers (arabic46): a noun of a charge or a claim after the subject of a denial, a body alone before a
comma and its participle, an agreement on a course of action, a relative clause on the subject followed by
where a statement was issued. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text, a.source_canonical)
            for a in parse(text, "ar").attributions]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(source, content) for source, _, content, _ in _records(text)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى المتهم التهم الموجهة إليه.", "المتهم", "التهم الموجهة إليه"),
    ("وأنكر المتهم التهم المنسوبة إليه.", "المتهم", "التهم المنسوبة إليه"),
    ("وأنكر المدير المزاعم.", "المدير", "المزاعم"),
    ("ونفى الوزير المزاعم حول الصفقة.", "الوزير", "المزاعم حول الصفقة"),
    ("ونفى المتحدث باسم وزارة الدفاع التقارير.", "المتحدث باسم وزارة الدفاع", "التقارير"),
])
def test_a_noun_of_a_charge_or_a_claim_after_the_subject_opens_what_was_denied(
        text: str, source: str, content: str) -> None:
    assert _pairs(text) == [(source, content)]


def test_a_claim_noun_that_is_the_genitive_of_an_indefinite_head_stays_in_the_subject() -> None:
    assert [_pairs(text) for text in (
        "ونفت وكالة الأنباء الرسمية التقارير.",
        "ونفى رئيس تحرير وكالة الأنباء الاتهامات.",
        "ونفت الشركة الادعاءات.",
        "ونفى المحامي التهم عن موكله.",
    )] == [[("وكالة الأنباء الرسمية", "التقارير")], [("رئيس تحرير وكالة الأنباء", "الاتهامات")],
           [("الشركة", "الادعاءات")], [("المحامي", "التهم عن موكله")]]


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("ونفت الوزارة، مشيرة إلى أن التقارير مفبركة.", "الوزارة", "مشيرة", "أن التقارير مفبركة"),
    ("ونفى الجيش، مؤكدا أن القوات لم تنسحب.", "الجيش", "مؤكدا", "أن القوات لم تنسحب"),
    ("ونفت الحركة، قائلة إن مقاتليها لم يشاركوا في الهجوم.", "الحركة", "قائلة",
     "إن مقاتليها لم يشاركوا في الهجوم"),
    ("ونفت اللجنة، موضحة أن التقرير لم يصدر بعد.", "اللجنة", "موضحة", "أن التقرير لم يصدر بعد"),
])
def test_a_body_alone_before_a_comma_speaks_through_the_participle(text: str, source: str, cue: str,
                                                                    content: str) -> None:
    [(got_source, got_cue, got_content, canonical)] = _records(text)
    assert (got_source, got_cue, got_content, canonical) == (source, cue, content, source)


def test_a_body_before_a_comma_speaks_through_the_participle_with_or_without_an_object() -> None:
    alone = _records("ونفى الجيش، مؤكدا أن القوات لم تنسحب.")
    with_object = _records("ونفت الوزارة الخبر، مؤكدة أن الأرباح مستقرة.")
    assert [(cue, content, canonical) for _, cue, content, canonical in alone + with_object] == [
        ("مؤكدا", "أن القوات لم تنسحب", "الجيش"),
        ("ونفت", "الخبر", "الوزارة"), ("مؤكدة", "أن الأرباح مستقرة", "الوزارة")]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن البلدين اتفقا على تعزيز التعاون في مجال الطاقة.",
    "وأعلن الرئيس أن الطرفين اتفقا على وقف إطلاق النار.",
    "وقال المسؤول إن الوفدين اتفقا على مواصلة المحادثات الأسبوع المقبل.",
    "وذكر المصدر أن الجانبين اتفقتا على ضرورة الحوار.",
])
def test_an_agreement_on_a_course_of_action_inside_a_report_is_no_second_record(text: str) -> None:
    assert [cue for _, cue, _, _ in _records(text)] == [text.split()[0]]


def test_an_agreement_on_a_course_of_action_alone_is_no_claim() -> None:
    assert _records("واتفق المشاركون في المؤتمر على تشكيل لجنة متابعة.") == []


def test_only_an_agreement_on_a_proposition_or_a_quotation_is_a_claim() -> None:
    agreed = {text: [(source, content) for source, cue, content, _ in _records(text) if cue.startswith(("ات", "وات"))]
              for text in ("وأكد البيان أن الجانبين اتفقا على أن الحوار هو السبيل الوحيد.",
                           'وقال المتحدث إن الزعيمين اتفقا "على ضرورة وقف التصعيد".',
                           "واتفق الخبراء على أن الاقتصاد يتعافى.",
                           "وأكد البيان أن الجانبين اتفقا على استئناف الحوار.")}
    assert list(agreed.values()) == [[("الجانبين", "أن الحوار هو السبيل الوحيد")],
                                     [("الزعيمين", '"على ضرورة وقف التصعيد"')],
                                     [("الخبراء", "أن الاقتصاد يتعافى")], []]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى الاتحاد الذي يضم 20 نقابة، في بيان صدر الأحد، الاتهامات الموجهة إليه.", "الاتحاد",
     "الاتهامات الموجهة إليه"),
    ("ونفى الاتحاد الذي يضم 20 نقابة في بيان صدر الأحد الاتهامات.", "الاتحاد", "الاتهامات"),
    ("وحذرت الهيئة التي أنشئت العام الماضي، في بيان صدر الخميس، من ارتفاع الأسعار.", "الهيئة",
     "من ارتفاع الأسعار"),
    ("وطالب الاتحاد الذي يضم 20 نقابة، في بيان صدر الأحد، بزيادة الأجور.", "الاتحاد", "بزيادة الأجور"),
    ("وأكدت الجمعية التي تأسست عام 1990، في بيان صدر الثلاثاء، التزامها بالقانون.", "الجمعية",
     "التزامها بالقانون"),
    ("ونفت الوزارة في بيان صدر عنها اليوم الاتهامات.", "الوزارة", "الاتهامات"),
    ("ونفى الحزب في بيان نشره على موقعه الاتهامات بالتزوير.", "الحزب", "الاتهامات بالتزوير"),
])
def test_a_statement_issued_or_published_after_the_subject_is_no_part_of_the_object(
        text: str, source: str, content: str) -> None:
    assert _pairs(text) == [(source, content)]


def test_a_statement_phrase_goes_out_before_an_object_as_before_a_complementizer() -> None:
    assert [_pairs(text) for text in (
        "وقال الاتحاد الذي يضم 20 نقابة، في بيان صدر الأحد، إن الإضراب سيستمر.",
        "وقال المكتب الذي يديره الوزير، في بيان صدر عنه مساء الاثنين، إن الاجتماع تأجل.",
        "وقال صدر الدين إن الاجتماع تأجل.",
        "ونفى المكتب الذي يديره الوزير، في بيان صدر عنه مساء الاثنين، التقارير.",
    )] == [[("الاتحاد", "إن الإضراب سيستمر")], [("المكتب", "إن الاجتماع تأجل")], [("صدر الدين", "إن الاجتماع تأجل")],
           [("المكتب", "التقارير")]]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("أنكر المتهم الرئيسي في قضية الفساد الكبرى التهم الموجهة إليه.", "المتهم الرئيسي في قضية الفساد الكبرى",
     "التهم الموجهة إليه"),
    ("ونفى المتهم في قضية الاغتيال التهم.", "المتهم في قضية الاغتيال", "التهم"),
    ("ونفى الشاهد في قضية التزوير الكبرى المزاعم حول تلقيه رشوة.", "الشاهد في قضية التزوير الكبرى",
     "المزاعم حول تلقيه رشوة"),
])
def test_the_case_a_defendant_stands_in_is_part_of_him_before_the_charges_he_denied(
        text: str, source: str, content: str) -> None:
    assert _pairs(text) == [(source, content)]


def test_where_the_denial_was_made_is_still_no_part_of_the_speaker() -> None:
    assert [_pairs(text) for text in ("ونفى الوزير في مؤتمر صحفي الاتهامات.", "ونفى الوزير في بيان الاتهامات.",
                                      "ونفى المتهم في قضية الاغتيال التهم.")] == [
        [("الوزير", "الاتهامات")], [("الوزير", "الاتهامات")], [("المتهم في قضية الاغتيال", "التهم")]]


@pytest.mark.parametrize(("text", "content"), [
    ('"الوضع الأمني مستقر"، بحسب ما قال المتحدث باسم الشرطة.', '"الوضع الأمني مستقر"'),
    ("«لن نتراجع عن قرارنا»، حسب ما قال الوزير.", "«لن نتراجع عن قرارنا»"),
    ('"الأسعار سترتفع"، وفقا لما قاله الخبير.', '"الأسعار سترتفع"'),
    ('وصل الوفد إلى العاصمة.\n"سنواصل العمل"، بحسب ما أعلن المدير.', '"سنواصل العمل"'),
])
def test_a_quotation_before_an_according_phrase_keeps_its_opening_mark(text: str, content: str) -> None:
    [(_, _, got, _)] = _records(text)
    assert got == content


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى المدير في الأسبوع الماضي المزاعم.", "المدير", "المزاعم"),
    ("ونفى الوزير في الأسبوع الماضي وجود أي خلافات.", "الوزير", "وجود أي خلافات"),
    ("وأكد الرئيس في الأسبوع الجاري التزام بلاده بالاتفاق.", "الرئيس", "التزام بلاده بالاتفاق"),
    ("وأعلن في الأسبوع الماضي استقالته من منصبه.", "", "استقالته من منصبه"),
])
def test_when_the_words_were_said_after_in_is_no_part_of_the_object(text: str, source: str, content: str) -> None:
    assert _pairs(text) == [(source, content)]


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("ونفى المتحدث باسم وزارة الصحة، مؤكدا أن المستشفيات تعمل.", "المتحدث باسم وزارة الصحة", "مؤكدا",
     "أن المستشفيات تعمل"),
    ("ونفى المتحدث باسم وزارة الخارجية الأمريكية، مؤكدا أن واشنطن لم تتلق أي طلب.",
     "المتحدث باسم وزارة الخارجية الأمريكية", "مؤكدا", "أن واشنطن لم تتلق أي طلب"),
    ("ونفت المتحدثة باسم المفوضية الأوروبية، مشيرة إلى أن القرار لم يتخذ بعد.",
     "المتحدثة باسم المفوضية الأوروبية", "مشيرة", "أن القرار لم يتخذ بعد"),
])
def test_the_body_a_spokesman_speaks_for_is_never_what_he_denied_before_his_participle(
        text: str, source: str, cue: str, content: str) -> None:
    [(got_source, got_cue, got_content, canonical)] = _records(text)
    assert (got_source, got_cue, got_content, canonical) == (source, cue, content, source)


def test_a_claim_after_a_spokesmans_body_is_still_what_he_denied_before_his_participle() -> None:
    records = [_records(text) for text in ("ونفى المتحدث باسم وزارة الصحة، مؤكدا أن المستشفيات تعمل.",
                                           "ونفى المتحدث باسم الحكومة الاتهامات، مؤكدا أن الانتخابات نزيهة.")]
    assert [[(cue, content) for _, cue, content, _ in found] for found in records] == [
        [("مؤكدا", "أن المستشفيات تعمل")], [("ونفى", "الاتهامات"), ("مؤكدا", "أن الانتخابات نزيهة")]]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى المتحدث باسم وزارة الخارجية، في تصريح صحفي، وجود أي وساطة.", "المتحدث باسم وزارة الخارجية",
     "وجود أي وساطة"),
    ("ونفى الوزير، في تصريح صحفي، الاتهامات.", "الوزير", "الاتهامات"),
    ("وأكد الرئيس، خلال لقائه الوفد، أهمية الحوار.", "الرئيس", "أهمية الحوار"),
    ("ونفت الشركة، في بيان لها، ذلك.", "الشركة", "ذلك"),
])
def test_an_aside_between_commas_after_the_subject_leaves_the_object_after_it(text: str, source: str,
                                                                              content: str) -> None:
    assert _pairs(text) == [(source, content)]


def test_a_denial_with_only_an_aside_after_its_subject_gives_no_record() -> None:
    assert [_pairs(text) for text in ("ونفى الوزير، في تصريح صحفي.",
                                      "ونفى الوزير، في تصريح صحفي، الاتهامات.")] == [[], [("الوزير", "الاتهامات")]]
