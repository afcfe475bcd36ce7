"""Arabic, round 65: subjects in unseen text — a sentence opening with an indefinite title and a name set off by
commas ('وزير الري، عماد الشريف، نفى …، وقال …') opens with its subject, not a verb, so the later verb keeps
the whole subject (after a dateline too); a title whose office is two coordinated words ('وزير النقل
والاتصالات') keeps the name after it; an object and a prepositional phrase after the name, or a definite
delegation after a first name ('الأمير فهد الوفد الزائر'), are no part of the source; 'لكنهم' after a group that
had not spoken yet refers to that group. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'وزير الري، عماد الشريف، نفى …، وقال …': the opening title is no verb ----------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وزير الزراعة، خالد العمري، نفى وجود أزمة في القمح، وقال إن المخزون يكفي ستة أشهر.",
     "وزير الزراعة، خالد العمري"),
    ("وزيرة الصحة، هند الراشد، نفت انتشار الوباء، وقالت إن الوضع مستقر.", "وزيرة الصحة، هند الراشد"),
    ("رئيس البلدية، مراد الكعبي، رفض الاتهامات، وأكد أن المشروع قانوني.", "رئيس البلدية، مراد الكعبي"),
    ("مدير الشركة، مراد الكعبي، زار المصنع، وأكد أن الإنتاج ارتفع.", "مدير الشركة، مراد الكعبي"),
])
def test_a_sentence_opening_with_a_title_keeps_the_whole_subject_for_the_later_verb(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)][-1] == source


# --- 'وزير النقل والاتصالات …': a title's office of two coordinated words, then the whole name ---------------


@pytest.mark.parametrize(("text", "source"), [
    ("وزير الصناعة والتجارة عادل محمود السعدي افتتح المعرض، وأكد أن الصادرات ارتفعت.",
     "وزير الصناعة والتجارة عادل محمود السعدي"),
    ("وزيرة الثقافة والفنون سلمى ياسر العبيدي زارت المتحف، وأكدت أن الترميم اكتمل.",
     "وزيرة الثقافة والفنون سلمى ياسر العبيدي"),
])
def test_a_coordinated_office_keeps_the_name_after_it(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'وانتقد النائب … أداء الوزارة في …، مؤكدا': the object and where it acted end the subject's reading ------


@pytest.mark.parametrize(("text", "source"), [
    ("وانتقد النائب سالم العتيبي أداء الحكومة في الملف الاقتصادي، مؤكدا أن الخدمات سيئة.", "النائب سالم العتيبي"),
    ("وانتقدت النائبة هدى المالكي خطة الوزارة في مجلس الشورى، مؤكدة أن الموازنة ناقصة.", "النائبة هدى المالكي"),
])
def test_an_object_with_a_prepositional_phrase_after_the_name_is_no_part_of_the_source(text: str,
                                                                                       source: str) -> None:
    assert [a.source_text for a in arabic_records(text)][-1] == source


# --- 'واستقبل الأمير فهد الوفد الزائر، وأكد': a definite delegation after a first name is the object ----------


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل الأمير فيصل الوفد التجاري القادم من الصين، وأكد أن التعاون مستمر.", "الأمير فيصل"),
    ("واستقبل الشيخ حمد الوفد الاقتصادي القادم من كوريا، وأكد أن العلاقات متينة.", "الشيخ حمد"),
    ("واستقبلت الوزيرة هالة الوفد الطبي الزائر، وأكدت أن التعاون مثمر.", "الوزيرة هالة"),
])
def test_a_definite_delegation_after_a_first_name_is_the_object(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- 'عمّان - وزير النقل، …، نفى': a title opening the sentence after a dateline is still its subject ----------


def test_a_title_subject_after_a_dateline_keeps_its_claim() -> None:
    text = "إربد - مدير الجامعة، كمال يوسف الزعبي، نفى وجود عجز في الموازنة."
    assert [(a.source_text, a.content.text) for a in arabic_records(text)] == [
        ("مدير الجامعة، كمال يوسف الزعبي", "وجود عجز في الموازنة")]



# --- 'واشتكى الممرضون من …، لكنهم أكدوا': a group that did not speak yet is whom 'لكنهم' refers to ------------


@pytest.mark.parametrize(("text", "group"), [
    ("واشتكى المدربون من ضغط المباريات، لكنهم أكدوا أن اللاعبين جاهزون.", "المدربون"),
    ("المزارعون احتجوا على أسعار الأسمدة. لكنهم قالوا إن الموسم سيكون جيدا.", "المزارعون"),
])
def test_they_after_a_group_that_had_not_spoken_resolves_to_the_group(text: str, group: str) -> None:
    record = arabic_records(text)[-1]
    assert (record.source_text, record.source_canonical, record.source_type) == ("لكنهم", group, "anonymous")
