"""Shapes met in an audit on six unseen Arabic news texts (a trial, a central bank, a health briefing, a sports
federation, a joint press conference, a chain of agency reports): 'طلبوا عدم الكشف عن هويتهم' (their identity,
singular) leaves unnamed sources unnamed as the plural 'هوياتهم' does; an aside of talking to an outlet on
condition of anonymity ('، تحدث لبي بي سي شريطة عدم ذكر اسمه،') between a fronted subject and its verb is no
reason to drop the subject; a body's construct name runs to the city that closes it ('دائرة صحة كركوك', 'هيئة
موانئ البصرة') and a body's noun in 'ية' ('مديرية') heads a construct like any other."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source.text if a.source else "", a.content.text, a.anonymous)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("ونقلت الصحيفة عن دبلوماسيين غربيين طلبوا عدم الكشف عن هويتهم أن المحادثات تعثرت.", "دبلوماسيين غربيين"),
    ("ونقلت الوكالة عن مصرفيين طلبوا عدم الكشف عن هويتهم أن البنك سيرفع الفائدة.", "مصرفيين"),
    ("وأكد ضباط تحدثوا شريطة عدم الكشف عن هويتهم أن القافلة تعرضت لكمين.", "ضباط"),
])
def test_their_identity_in_the_singular_keeps_plural_sources_unnamed(text: str, source: str) -> None:
    assert [(src, anon) for src, _, anon in _records(text)] == [(source, True)]


@pytest.mark.parametrize(("text", "source"), [
    ("وقال الوزير إن الأمور هادئة. لكن مهندسا في المحطة، تحدث لبي بي سي شريطة عدم ذكر اسمه، قال إن التوربينات "
     "متوقفة.", "مهندسا في المحطة"),
    ("وقال المحافظ إن الطريق آمن. غير أن سائقا في المعبر، تحدث لوكالة فرانس برس بشرط عدم الكشف عن هويته، أكد أن "
     "الشاحنات عالقة.", "سائقا في المعبر"),
    ("وقالت الشركة إن الإنتاج مستقر. إلا أن عمالا في المصنع، تحدثوا إلى رويترز شريطة عدم الكشف عن هويتهم، قالوا "
     "إن خطا كاملا توقف.", "عمالا في المصنع"),
])
def test_an_aside_of_talking_to_an_outlet_unnamed_keeps_the_fronted_subject(text: str, source: str) -> None:
    assert _records(text)[1][0] == source
    assert _records(text)[1][2] is True


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفت دائرة صحة كركوك وجود إصابات جديدة.", "دائرة صحة كركوك", "وجود إصابات جديدة"),
    ("ونفت مديرية تربية أربيل تأجيل الامتحانات.", "مديرية تربية أربيل", "تأجيل الامتحانات"),
    ("ونفت هيئة موانئ البصرة وجود تأخير في تفريغ السفن.", "هيئة موانئ البصرة", "وجود تأخير في تفريغ السفن"),
])
def test_a_bodys_construct_name_runs_to_its_city(text: str, source: str, content: str) -> None:
    assert [(src, c) for src, c, _ in _records(text)] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ('ووصف المحامي سامر خليل القرار بأنه "ظالم"، وقال للصحفيين: "سنستأنف".', "المحامي سامر خليل"),
    ("وحذر رئيس الاتحاد طارق سليم الأندية من التأخر، وقال إن المهلة تنتهي الأحد.", "رئيس الاتحاد طارق سليم"),
])
def test_the_object_of_a_describing_verb_is_no_part_of_the_next_verbs_subject(text: str, source: str) -> None:
    assert [src for src, _, _ in _records(text)] == [source, source]


@pytest.mark.parametrize("text", [
    'وقال المدير إن أربع حالات سجلت خلال الليل، "كلها لأطفال دون الخامسة".',
    'وأكدت الطبيبة أن الإصابات سجلت في القرى، "بعيدا عن المدن الكبرى".',
])
def test_a_quotation_going_on_a_report_is_not_reported_by_a_verb_inside_it(text: str) -> None:
    assert len(_records(text)) == 1


def test_a_describing_verb_leaves_its_object_out_after_a_compound_name() -> None:
    text = 'في المقابل، وصف محامي المتهم يوسف عبد الكريم الاتهام بأنه "ملفق"، وقال للصحفيين: "سنثبت براءته".'
    assert [src for src, _, _ in _records(text)] == ["محامي المتهم يوسف عبد الكريم"] * 2


@pytest.mark.parametrize(("text", "source"), [
    ("ونفت دائرة صحة ذي قار في بيان وجود أي نقص في الأدوية.", "دائرة صحة ذي قار"),
    ("ونفت مديرية زراعة ديالى تسجيل إصابات بين المواشي.", "مديرية زراعة ديالى"),
])
def test_a_bodys_construct_name_runs_to_a_city_of_two_words_or_a_governorate(text: str, source: str) -> None:
    assert [src for src, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("ونفت دائرة صحة كركوك وجود أي نقص في اللقاحات، وقالت إن المخزون يكفي لشهرين.", "دائرة صحة كركوك"),
    ("ونفت دائرة زراعة ذي قار في بيان نفوق أي مواش، وقالت إن القطعان سليمة.", "دائرة زراعة ذي قار"),
])
def test_the_next_verb_shares_the_bodys_whole_construct_name(text: str, source: str) -> None:
    assert [src for src, _, _ in _records(text)] == [source, source]


def test_the_outlet_in_an_unnamed_aside_before_the_verb_is_the_conduit() -> None:
    text = ("وقال الوزير إن الأمور هادئة. لكن مهندسا في المحطة، تحدث لبي بي سي شريطة عدم ذكر اسمه، قال إن التوربينات "
            "متوقفة.")
    assert parse(text, "ar").attributions[1].to_gold()["conduits"] == ["BBC"]
