"""Arabic names in unseen copy: a queen, princess or sheikha is a title before her name ('الملكة', 'الأميرة',
'الشيخة'); more common first names of the region; 'علي' written with its ي after a title and a first name is the
father's name, not the preposition 'على'; a body's head noun ending in ي or ى ('نادي', 'منتدى') is no nisba
adjective, so the club's name stays with the title; a coordinated cue right after the subject ('… العرض وقال')
closes the verb's object like a comma; an agent or manager of someone's business ('وكيل أعمال') is a person."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _sources(text: str) -> list[str]:
    return [a.source.text if a.source else "" for a in parse(text, "ar").attributions]


def _types(text: str) -> list[str]:
    return [a.source_type for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("وزارت الأميرة لمياء المعرض الفني وقالت إن الفنانين الشباب يستحقون الدعم.", "الأميرة لمياء"),
    ("واستقبلت الملكة نوال الوفد الطبي وقالت إن بلادها منفتحة على الجميع.", "الملكة نوال"),
    ("وافتتحت الشيخة جيهان المكتبة العامة وقالت إن القراءة حق للجميع.", "الشيخة جيهان"),
])
def test_a_royal_or_sheikha_title_keeps_her_first_name_before_the_object(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل المحافظ رفعت الوفد الزائر وقال إن الاستثمار يتزايد.", "المحافظ رفعت"),
    ("واستقبلت الوزيرة رزان الوفد الزائر وقالت إن الاستثمار يتزايد.", "الوزيرة رزان"),
    ("واستقبل السفير شربل الوفد الزائر وقال إن الاستثمار يتزايد.", "السفير شربل"),
])
def test_more_first_names_of_the_region_are_read_as_names(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_ali_after_a_title_and_a_first_name_is_the_fathers_name_not_the_preposition() -> None:
    assert _sources("واستقبل المحافظ سامي علي الوفد التجاري وقال إن الاستثمار يتزايد.") == ["المحافظ سامي علي"]


def test_a_club_head_noun_in_final_ya_keeps_its_definite_name_with_the_title() -> None:
    assert _sources("رفض رئيس نادي الرمثا فواز حداد العرض وقال إن المدافع باق.") == ["رئيس نادي الرمثا فواز حداد"]


def test_a_coordinated_cue_after_the_subject_closes_the_object_like_a_comma() -> None:
    assert _sources("انتقد مدير الهيئة سامر جابر التقرير وقال إنه ناقص.") == ["مدير الهيئة سامر جابر"]


def test_an_agent_of_someones_business_is_a_person_not_an_official() -> None:
    assert _types("وقال وكيل أعمال المهاجم إن العرض لم يصل.") == ["person"]
