"""Page furniture from web pages and pasted text (furniture26): pull quotes repeating a quotation of the body,
headers of linked stories and of summaries ('More on this story', 'Key points:', 'الأكثر قراءة') with the lines
and bulleted items under them. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.segment import is_furniture, is_pull_quote


def _contents(text: str, lang: str) -> list[str]:
    return [a.to_gold()["content_text"] for a in parse(text, lang).attributions]


def _sources(text: str, lang: str) -> list[str]:
    return [str(a.to_gold()["source_text"]) for a in parse(text, lang).attributions]


@pytest.mark.parametrize(("text", "lang"), [
    ('"Our crews will be on every road by dawn," the highway chief said on Sunday.\n'
     "Snow is expected to fall until Tuesday, forecasters said.\n"
     '"Our crews will be on every road by dawn."', "en"),
    ("The club sits fourth in the table.\n"
     'The coach told reporters: "We have not lost our belief in this team."\n'
     "The next match is on Saturday.\n"
     "“We have not lost our belief in this team”", "en"),
    ('"Our crews will be on every road by dawn," the highway chief said on Sunday.\n'
     "Snow is expected to fall until Tuesday, forecasters said.\n"
     '"Our crews will be on every road by dawn." — Highway chief Lou Grant', "en"),
    ('وقال رئيس البلدية: "فرقنا ستكون على كل الطرق قبل الفجر".\n'
     "ويتوقع أن يستمر تساقط الثلوج حتى الثلاثاء.\n"
     "«فرقنا ستكون على كل الطرق قبل الفجر»", "ar"),
])
def test_a_pull_quote_repeating_a_quotation_of_the_body_gives_no_second_record(text: str, lang: str) -> None:
    contents = _contents(text, lang)
    repeated = [c for c in contents if "crews" in c or "belief" in c or "فرقنا" in c]
    assert len(repeated) == 1


def test_a_pull_quote_set_off_before_the_body_leaves_the_bodys_record() -> None:
    text = ('"Nobody should wait six hours in an emergency room."\n'
            "Hospital waiting times rose again in the spring.\n"
            '"Nobody should wait six hours in an emergency room," the health minister said.')
    records = parse(text, "en").attributions
    assert [(a.to_gold()["source_text"], a.to_gold()["content_text"]) for a in records] == [
        ("the health minister", '"Nobody should wait six hours in an emergency room,"')]


@pytest.mark.parametrize(("text", "lang", "quote"), [
    ('"We will fight this decision in every court," the union leader said.\n'
     '"It is not over yet, and our members know it."', "en", "It is not over yet"),
    ('وقال رئيس النقابة: "سنقاوم هذا القرار أمام كل المحاكم".\n'
     '"المعركة لم تنته بعد وأعضاؤنا يعرفون ذلك".', "ar", "المعركة لم تنته"),
    ('The minister called the plan "a disaster".\n"A disaster" is what she called it.', "en", "disaster"),
])
def test_a_quotation_paragraph_that_repeats_nothing_is_read_as_before(text: str, lang: str, quote: str) -> None:
    assert sum(quote.lower() in c.lower() for c in _contents(text, lang)) >= 1


@pytest.mark.parametrize(("para", "expected"), [
    ('"Our crews will be on every road."', True),
    ('"Our crews will be on every road." — Lou Grant', True),
    ('"Our crews will be on every road," he said again on Monday.', False),  # a cue of its own
    ('"Every road."', False),  # too short to be a pull quote: a phrase may be quoted twice
    ('"Our buses will be on every road."', False),  # words not found elsewhere
])
def test_a_pull_quote_is_a_whole_quoted_paragraph_found_elsewhere(para: str, expected: bool) -> None:
    text = 'The chief said on Sunday: "Our crews will be on every road, and every road in the city."\n' + para
    start = text.index("\n") + 1
    assert is_pull_quote(text, (start, len(text))) is expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("More on this story", "en", True),
    ("Key points:", "en", True),
    ("Most read", "en", True),
    ("You may also like", "en", True),
    ("Top stories", "en", True),
    ("Top stories this week were about the budget, the minister said.", "en", False),
    ("Highlights of the ruling were read out by the judge.", "en", False),
    ("الأكثر قراءة", "ar", True),
    ("أبرز النقاط:", "ar", True),
    ("قد يهمك أيضاً", "ar", True),
    ("باختصار، قال وزير النقل إن الحكومة لن تتدخل.", "ar", False),
    ("أبرز النقاط التي أعلنها الوزير تتعلق بالضرائب.", "ar", False),
])
def test_a_line_that_is_wholly_a_header_of_links_or_of_a_summary_is_furniture(line: str, lang: str,
                                                                             expected: bool) -> None:
    assert is_furniture(line, lexicon_for(lang)) is expected


@pytest.mark.parametrize(("text", "lang", "kept", "dropped"), [
    ("The council approved the budget on Tuesday, officials said.\n"
     "More on this story\n"
     "Mayor unveils plan for free bus weekends\n"
     "Governor says state will appeal ruling on wages",
     "en", "the council approved", "bus weekends"),
    ("قالت الحكومة إن الموازنة أقرت الثلاثاء.\n"
     "الأكثر قراءة\n"
     "الوزير يؤكد استقرار الأسعار\n"
     "الحكومة تعلن زيادة الرواتب",
     "ar", "الموازنة", "الرواتب"),
])
def test_the_headlines_under_a_longer_header_of_links_are_furniture(text: str, lang: str, kept: str,
                                                                   dropped: str) -> None:
    contents = " ".join(_contents(text, lang)).lower()
    assert kept in contents and dropped not in contents


@pytest.mark.parametrize(("text", "lang", "kept", "dropped"), [
    ("Key points:\n"
     "- The council voted 7-2 to approve the budget.\n"
     "- The mayor said the plan would cut commute times.\n"
     "SPRINGFIELD — The council approved the budget on Tuesday, and the mayor said buses would run every ten "
     "minutes.", "en", "buses would run", "commute times"),
    ("أبرز النقاط:\n"
     "- المحكمة أوقفت الإضراب.\n"
     "- النقابة قالت إنها ستطعن في الحكم.\n"
     "وأكدت جمعية أصحاب العمل أن الحكم يمنح الطرفين وقتا للعودة إلى المفاوضات.",
     "ar", "يمنح الطرفين", "ستطعن"),
    ("Related:\n"
     "• Drivers threaten strike, union says.\n"
     "• Fares will rise in June, the transit authority said.\n"
     "The transit authority said on Monday that no fares would rise this year.",
     "en", "no fares would rise", "june"),
])
def test_the_bulleted_items_under_a_summary_or_links_header_are_furniture(text: str, lang: str, kept: str,
                                                                         dropped: str) -> None:
    contents = " ".join(_contents(text, lang)).lower()
    assert kept in contents and dropped not in contents


def test_a_speaker_is_carried_over_a_link_to_the_next_quotation() -> None:
    text = ('"We will fight this decision in every court," general secretary Mick Hale said.\n'
            "Related: Rail strike talks collapse\n"
            '"It is not over yet, and our members know it."')
    assert _sources(text, "en") == ["general secretary Mick Hale", "general secretary Mick Hale"]


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("Also read: Mayor says the budget will pass", "en", True),
    ("ALSO READ: Mayor says the budget will pass", "en", True),
    ("Read next: Senator says talks will resume", "en", True),
    ("Don't miss: Coach says the title race is open", "en", True),
    ("MORE: Governor says the state will appeal", "en", True),
    ("Recommended: Police say the road will reopen", "en", True),
    ("WATCH | Mayor says the budget will pass", "en", True),
    ("RELATED | Union says drivers will strike", "en", True),
    ("More than 40 people were hurt, police said.", "en", False),
    ("Recommended doses were cut, officials said.", "en", False),
    ("Watch the video closely, police urged.", "en", False),
    ("Also, read the statement, the minister said.", "en", False),
    ("تابع أيضا: الوزير يؤكد استقرار الأسعار", "ar", True),
    ("تابع الوزير حديثه قائلا إن الأسعار ستستقر.", "ar", False),
])
def test_a_link_to_another_story_under_a_label_is_furniture(line: str, lang: str, expected: bool) -> None:
    assert is_furniture(line, lexicon_for(lang)) is expected


_BODY_EN = "The council approved the plan on Tuesday.\nOfficials said the vote was close.\n"
_BODY_AR = "وأقر المجلس الخطة يوم الثلاثاء.\nوقال مسؤولون إن التصويت كان متقاربا.\n"


@pytest.mark.parametrize(("note", "lang"), [
    ("John Roe is a senior fellow at the Atlantic Institute, where he writes about trade.", "en"),
    ("Maria Vega is a freelance journalist based in Lisbon who argues that rents are too high.", "en"),
    ("The author is a former ambassador to Chile who writes about regional security.", "en"),
    ("* كاتب وأكاديمي مصري يرى أن الأسعار ستستقر", "ar"),
    ("* باحث في الشؤون الاقتصادية يؤكد أن التضخم ظاهرة سياسية", "ar"),
    ("* الكاتب صحفي لبناني يرى أن الحرب لن تنتهي قريبا", "ar"),
])
def test_an_authors_note_closing_the_page_is_furniture(note: str, lang: str) -> None:
    body = _BODY_EN if lang == "en" else _BODY_AR
    records = parse(body + note, lang).attributions
    assert [a for a in records if a.content.start >= len(body)] == []
    assert len(records) == 1  # the body's report is kept


@pytest.mark.parametrize(("note", "lang"), [
    ("Lina Haddad is a political analyst who says the vote was rigged.", "en"),  # no writer's trade
    ("Mark Jones is a reporter who was detained in Iran last year, his family said.", "en"),  # no workplace
    ("Jones is a reporter for the Times who was detained in Iran, his family said.", "en"),  # closing on a cue
    ("* وزير الخارجية يؤكد أن الحرب لن تنتهي قريبا", "ar"),  # a title of office, no trade
])
def test_a_closing_paragraph_that_is_no_authors_note_is_read(note: str, lang: str) -> None:
    body = _BODY_EN if lang == "en" else _BODY_AR
    assert any(a.content.start >= len(body) for a in parse(body + note, lang).attributions)


def test_an_authors_note_before_the_last_paragraphs_is_read() -> None:
    text = ("Maria Vega is a freelance journalist based in Lisbon who says rents are too high.\n"
            + "The council approved the plan on Tuesday.\n" * 3)
    assert any("rents" in c for c in _contents(text, "en"))
