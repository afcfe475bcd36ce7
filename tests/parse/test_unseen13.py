"""Shapes met in an audit on five unseen Arabic news texts (a Lebanese deadlock with many parties' statements, a
Gulf economy round-up, an interview turned into an article, a rights report, a social-media row): a clip named
by two nouns ('مقطع فيديو قال فيه') is no part of the poster's name; a titled man a clip shows ('يظهر فيه الوزير
وهو يقول') speaks, not the pronoun; blame laid by a verb going on after a comma ('…، وحمّل خصومه مسؤولية …')
reports with the sentence's subject and ends the content before it; a verbal noun right after a complementizer
('إن تصريحات الوزير "…"') is the subject the quotation judges, no report of its own; 'الخاص' is an adjective,
and a participle's complement ('المعني بحرية التعبير') stays in the name before an object and the verb's own
preposition ('وطالب … الحكومة بالسماح'); a listed first name with the article before 'بن' ('الأمير الوليد بن طلال')
stays in the canonical name."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("ونشر الناشط سامر العلي مقطع فيديو قال فيه إن الشرطة أغلقت الساحة.", "الناشط سامر العلي"),
    ("وبثت النقابة شريط فيديو قالت فيه إن العمال لن يعودوا إلى المصنع.", "النقابة"),
    ("ونشرت المغنية ليلى حداد مقطعا قالت فيه إن الحفل تأجل.", "المغنية ليلى حداد"),
])
def test_a_clip_named_by_two_nouns_is_no_part_of_the_poster(text: str, source: str) -> None:
    assert [src for src, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("وعرض التلفزيون مقطعا يظهر فيه الوزير وهو يقول: \"لن نرفع الأسعار\".", "الوزير"),
    ("وتداول ناشطون تسجيلا يظهر فيه المتحدث العسكري وهو يقول إن القوات انسحبت.", "المتحدث العسكري"),
])
def test_a_titled_man_a_clip_shows_speaks_not_the_pronoun(text: str, source: str) -> None:
    assert [src for src, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "content", "blamed"), [
    ("ورأى الزعيم أن الانتخابات \"مؤجلة\"، وحمّل خصومه مسؤولية الفراغ.", "أن الانتخابات \"مؤجلة\"",
     "خصومه مسؤولية الفراغ"),
    ("واعتبرت النقابة أن الإضراب مستمر، وحملت الإدارة مسؤولية الخسائر.", "أن الإضراب مستمر",
     "الإدارة مسؤولية الخسائر"),
])
def test_blame_after_a_comma_goes_on_with_the_subject(text: str, content: str, blamed: str) -> None:
    records = _records(text)
    assert [c for _, _, c in records] == [content, blamed]
    assert records[1][0] == records[0][0]


def test_bearing_a_burden_with_a_subject_is_still_no_blame() -> None:
    assert _records("وحمل الرجل مسؤولية أسرته منذ صغره.") == []


@pytest.mark.parametrize(("text", "content"), [
    ("وقال المتحدث إن تصريحات الوزير \"بعيدة عن الواقع\".", "إن تصريحات الوزير \"بعيدة عن الواقع\""),
    ("واعتبرت المعارضة أن تصريحات رئيس الحكومة \"لا أساس لها\".", "أن تصريحات رئيس الحكومة \"لا أساس لها\""),
])
def test_statements_a_reported_clause_judges_report_nothing_of_their_own(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وطالبت المقررة الخاصة المعنية بحقوق المهاجرين السلطات بوقف الترحيل.",
     "المقررة الخاصة المعنية بحقوق المهاجرين", "السلطات بوقف الترحيل"),
    ("وطالب المبعوث الخاص المكلف بملف الأسرى الطرفين بتبادل القوائم.",
     "المبعوث الخاص المكلف بملف الأسرى", "الطرفين بتبادل القوائم"),
])
def test_a_special_envoys_remit_stays_in_his_name_before_the_object(text: str, source: str, content: str) -> None:
    assert [(src, c) for src, _, c in _records(text)] == [(source, content)]


def test_a_first_name_written_with_the_article_stays_in_the_canonical_name() -> None:
    found = [(a.source.text if a.source else "", a.source_canonical)
             for a in parse("وأكد الأمير الوليد بن خالد أن المشروع سيكتمل العام المقبل.", "ar").attributions]
    assert found == [("الأمير الوليد بن خالد", "الوليد بن خالد")]
