"""Arabic bare titles, names and documents: a bare title ('وقال الوزير') after a person first named with a trade
('الإعلامي …', 'المحامي …') is not that person, who holds another role (a person named with no role may still be
the one the title means); a title and a first name glued to 'بـ' ('المطران بهنام الحداد') is one name, carried
whole to the next verb, when the opening cue takes nothing with 'بـ'; a document and the body that prepared it
('دراسة أعدتها غرفة …') are one source; a verb of posting, where it was posted and a participle ('وغرد … على حسابه
… قائلا') make one record whose cue is the verb."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.source_canonical) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "person"), [
    ("وقال الإعلامي سامي نصار إن البرنامج سيعود في الربيع. وقال الوزير إن القناة ستحصل على دعم.", "سامي نصار"),
    ("وأوضح المحامي كريم الحداد أن الجلسة أجلت. وأكد السفير أن التحقيق سيستمر.", "كريم الحداد"),
])
def test_a_bare_title_is_not_someone_first_named_with_a_trade(text: str, person: str) -> None:
    [_, (source, canonical)] = _sources(text)
    assert canonical != person
    assert source == canonical


def test_a_bare_title_after_a_person_named_without_a_role_is_still_that_person() -> None:
    [_, (_, canonical)] = _sources("وقال خالد المنصوري إن الموازنة متوازنة. وأضاف الوزير أن الدين تراجع.")
    assert canonical == "خالد المنصوري"


@pytest.mark.parametrize(("text", "name"), [
    ("وشدد المطران بهنام الحداد على أهمية الحوار، ودعا الشباب إلى البقاء في قراهم.", "المطران بهنام الحداد"),
    ("وأكد الشيخ بركات العلي أن المسجد سيفتح قريبا، وأضاف أن أعمال الترميم انتهت.", "الشيخ بركات العلي"),
])
def test_a_title_then_a_name_glued_to_bi_carries_the_whole_name_to_the_next_verb(text: str, name: str) -> None:
    assert [src for src, _ in _sources(text)] == [name, name]


def test_a_verb_that_takes_bi_still_reads_the_glued_word_as_its_object() -> None:
    assert [src for src, _ in _sources("ونوه الوزير بمبادرة البلدية، وقال إنها تأخرت.")] == ["الوزير", "الوزير"]


@pytest.mark.parametrize(("text", "source"), [
    ("وأظهرت دراسة أعدتها غرفة صناعة عمان أن المبيعات تراجعت.", "دراسة أعدتها غرفة صناعة عمان"),
    ("وكشف تقرير أعده مركز البحوث الزراعية أن المحصول تضاعف.", "تقرير أعده مركز البحوث الزراعية"),
])
def test_a_document_and_the_body_that_prepared_it_are_the_source(text: str, source: str) -> None:
    result = parse(text, "ar")
    assert [(a.source_text, a.source_type) for a in result.attributions] == [(source, "document")]


@pytest.mark.parametrize(("text", "cue"), [
    ("وغرد رئيس البلدية على حسابه في منصة إكس قائلا إن المياه ستعود مساء.", "وغرد"),
    ("وغردت النائبة عبر حسابها قائلة إن التصويت تأجل.", "وغردت"),
])
def test_a_verb_of_posting_then_where_and_a_participle_is_the_cue(text: str, cue: str) -> None:
    assert [(a.cue.text if a.cue else "") for a in parse(text, "ar").attributions] == [cue]


def test_a_verb_of_commenting_on_a_topic_leaves_the_participle_the_cue() -> None:
    text = "وعلق المدرب على الهزيمة قائلا إن اللاعبين تعبوا."
    assert [(a.cue.text if a.cue else "") for a in parse(text, "ar").attributions] == ["قائلا"]
