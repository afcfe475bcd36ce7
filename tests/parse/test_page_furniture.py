"""Page furniture and article formats a scraped page carries around its body, in both languages: headlines of a
kind of piece, interviews whose questions ask no one by name, captions, video links, short furniture lines over
short paragraphs, and corrections naming the article's earlier version. Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims

_EN_BODY: str = ("The city council voted on Monday to close the old ferry pier, and the harbour master said the "
                 "pier would stay open to walkers until June.")
_AR_BODY: str = ("قال وزير النقل في مؤتمر صحفي عقده صباح الأحد إن الحكومة ستفتتح الطريق الساحلي الجديد قبل نهاية "
                 "العام الجاري.")


def _cues(text: str, lang: str) -> list[str]:
    return [a.cue.text if a.cue else "" for a in parse(text, lang).attributions]


@pytest.mark.parametrize("headline", [
    "Q&A: The Engineer Who Wants to Rebuild the Dam",
    "The Judge Who Warns Juries Twice",
    "Senator Who Says No to Every Tax",
    "Profile: The Nurse Who Claims Every Night Shift",
    "The Coach Who Insists on Early Training",
])
def test_a_headline_verb_after_a_relative_pronoun_reports_nothing(headline: str) -> None:
    assert _cues(f"{headline}\n\n{_EN_BODY}", "en") == ["said"]


@pytest.mark.parametrize(("headline", "source"), [
    ("Interview: Mayor Roe Says Budget Will Pass", "Mayor Roe"),
    ("Exclusive: Governor Hale Warns of Deep Cuts", "Governor Hale"),
    ("Analysis: Central Bank Signals Rate Pause", "Central Bank"),
    ("Video: Coach Dale Mercer Vows to Stay", "Coach Dale Mercer"),
])
def test_a_kind_of_piece_before_a_colon_is_no_part_of_a_headlines_speaker(headline: str, source: str) -> None:
    found = claims(f"{headline}\n\n{_EN_BODY}", "en")
    assert found[0].source == source


_DAM_INTERVIEW: str = ("Q&A: Twenty Years Inside the Dams\n\n"
                       "Dana Whitlock has spent two decades inspecting dams across the valley. We asked her about "
                       "the plan to rebuild the oldest of them.\n\n"
                       "Q: Why does the dam need rebuilding at all?\n\n"
                       "A: The concrete is older than most of the people living below it.\n\n"
                       "Q: Is the money there?\n\n"
                       "A: Half of it has been promised. The rest is still a question mark.")


@pytest.mark.parametrize("text", [
    _DAM_INTERVIEW,
    ("Five minutes with a ferry captain\n\nWe sat down with Captain Rosa Imbert, who has crossed the strait "
     "every morning since 1998.\n\nQ: What changed this winter?\n\nA: The storms came earlier and stayed longer."),
    ("Interview\n\nOrla Fenwick runs the last bakery on the high street. She was interviewed at her counter.\n\n"
     "Q: Why stay open?\n\nA: The street would be empty without the smell of bread."),
    ("The vet on the front line\n\nBrennan Obi treats farm animals across three counties. We asked him what the "
     "outbreak means for farmers.\n\nQ: How bad is it?\n\nA: It is the worst season in thirty years."),
])
def test_answers_in_an_article_that_calls_itself_an_interview_are_the_interviewees(text: str) -> None:
    answers = [a for a in parse(text, "en").attributions if a.source_text == "" and a.cue is None]
    assert answers and all(a.content.text.startswith(("The", "Half", "It")) for a in answers)


def test_an_interviewee_with_an_unlisted_first_name_is_named_from_the_opening_paragraph() -> None:
    answers = [a for a in parse(_DAM_INTERVIEW, "en").attributions if a.cue is None]
    assert len(answers) == 2 and all(a.source_canonical == "Dana Whitlock" for a in answers)


@pytest.mark.parametrize(("text", "canonical"), [
    ("حوار مع مديرة مستشفى الأطفال\n\nتدير الدكتورة سناء المصري مستشفى الأطفال في المدينة منذ عشر سنوات، "
     "وسألناها عن نقص الأدوية.\n\nس: ما حجم النقص اليوم؟\n\nج: النقص كبير، ونفتقد ثلاثين صنفا أساسيا.",
     "سناء المصري"),  # (names30: the canonical name drops the honorific)
    ("لقاء مع مهندس السد\n\nيعمل المهندس ضرغام الحلبي في صيانة السدود منذ عشرين عاما، والتقيناه في مكتبه.\n\n"
     "س: هل السد آمن؟\n\nج: السد آمن، لكنه يحتاج إلى صيانة عاجلة.", "ضرغام الحلبي"),
    ("حديث الأسبوع\n\nيرأس الشيخ مشعان الدوسري لجنة الأوقاف منذ سنوات، وتحدث إلينا عن خطط اللجنة.\n\n"
     "س: ما أولوياتكم؟\n\nج: ترميم المساجد القديمة أولا.", "مشعان الدوسري"),
])
def test_an_arabic_interviewee_after_a_title_of_address_is_the_one_answering(text: str, canonical: str) -> None:
    answers = [a for a in parse(text, "ar").attributions if a.cue is None]
    assert answers and all(a.source_canonical == canonical for a in answers)


def test_short_furniture_lines_over_short_paragraphs_are_no_wrapped_copy() -> None:
    text = ("Governor Signs Budget\n"
            "By Jane Doe and Peter Lang, Associated Press\n"
            "Updated 3:45 PM EDT, Tue May 3, 2016\n"
            "SPRINGFIELD (AP) — The governor signed the state budget on Monday, ending a long standoff.\n"
            "\"This budget keeps every school open,\" Ellison said at the signing.\n"
            "Governor Mark Ellison speaks at the Capitol on Monday. REUTERS/Kevin Lamb\n"
            "Read more: Pension fix can wait\n"
            "Democratic leaders said the budget left pensions underfunded.\n"
            "Tom Hale contributed to this report.\n")
    found = [(c.content, c.source) for c in claims(text, "en")]
    assert found == [("\"This budget keeps every school open,\"", "Ellison"),
                     ("the budget left pensions underfunded", "Democratic leaders")]


@pytest.mark.parametrize(("text", "lang", "cues"), [
    (f"Budget passes\n\nImage caption, The governor said the deal would protect schools\n\n{_EN_BODY}", "en",
     ["said"]),
    (f"Budget passes\n\nImage caption, Officials say the vote was close\n\n{_EN_BODY}", "en", ["said"]),
    (f"الحكومة تعلن الخطة\n\nالتعليق على الصورة، قال الوزير إن الخطة ستشمل كل المحافظات\n\n{_AR_BODY}", "ar",
     ["قال"]),
    (f"الحكومة تعلن الخطة\n\nالتعليق على الصورة، أكد المحتجون أنهم سيعودون غدا\n\n{_AR_BODY}", "ar", ["قال"]),
])
def test_a_caption_label_followed_by_a_comma_is_furniture(text: str, lang: str, cues: list[str]) -> None:
    assert _cues(text, lang) == cues


@pytest.mark.parametrize(("line", "lang", "body"), [
    ("Watch: Mayor says the pier will stay open", "en", _EN_BODY),
    ("Video: Residents say the flood came in minutes", "en", _EN_BODY),
    ("شاهد: الوزير يتحدث عن خطة الطرق الجديدة", "ar", _AR_BODY),
    ("فيديو: المحتجون يقولون إنهم لن يغادروا الساحة", "ar", _AR_BODY),
    ("بالفيديو: رئيس البلدية يؤكد أن الجسر سيفتح غدا", "ar", _AR_BODY),
])
def test_a_video_link_is_furniture(line: str, lang: str, body: str) -> None:
    assert _cues(f"{body}\n\n{line}\n\n{body}", lang) == _cues(f"{body}\n\n{body}", lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Correction: An earlier version of this story said the council had voted to close two libraries.", "en"),
    ("An earlier version of this article said the mayor had resigned.", "en"),
    ("A previous version of this report stated that the bridge would reopen in May.", "en"),
    ("تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد المصابين عشرة، والصحيح عشرون.", "ar"),
    ("وذكرت النسخة السابقة من التقرير أن الجسر سيفتح في مايو، والصحيح في يونيو.", "ar"),
])
def test_the_articles_earlier_version_is_no_source(text: str, lang: str) -> None:
    body = _EN_BODY if lang == "en" else _AR_BODY
    assert _cues(f"{body}\n\n{text}", lang) == _cues(body, lang)


def test_a_correction_restating_what_a_named_source_said_keeps_it() -> None:
    text = (f"{_EN_BODY}\n\nCorrection: An earlier version of this story misstated the figure. The union said 18 "
            "jobs would be lost, not 80.")
    assert ("18 jobs would be lost, not 80", "The union") in [(c.content, c.source) for c in claims(text, "en")]


@pytest.mark.parametrize(("first", "source"), [
    ("Paris, France (CNN)The French president said on Sunday that pensions would not be cut.",
     "The French president"),
    ("Geneva (AP) The World Health Organization said on Friday that cases were falling.",
     "The World Health Organization"),
    ("Rio de Janeiro (Reuters) Brazil's central bank said rates would rise.", "Brazil's central bank"),
    ("London (CNN)Britain's prime minister said on Monday the election would be held in July.",
     "Britain's prime minister"),
    ("Nairobi, Kenya (CNN)Health officials said the outbreak had been contained.", "Health officials"),
])
def test_a_dateline_outlet_in_brackets_with_no_dash_is_no_part_of_the_first_source(first: str, source: str) -> None:
    assert claims(f"Story\n\n{first}", "en")[0].source == source


@pytest.mark.parametrize(("first", "source"), [
    ("The World Health Organization (WHO) said cases were falling.", "The World Health Organization (WHO)"),
    ("Although National Union of Rail Workers (NURW) Leader Kate Moss said the offer was fair, members voted it "
     "down.", "National Union of Rail Workers (NURW) Leader Kate Moss"),
    ("Senator Jane Roe (R-Texas) said the bill would fail.", "Senator Jane Roe (R-Texas)"),
])
def test_an_acronym_or_a_party_tag_in_brackets_stays_in_the_source(first: str, source: str) -> None:
    assert claims(f"Story\n\n{first}", "en")[0].source == source


@pytest.mark.parametrize("byline", ["كتب - سامي ناصر", "كتبت – ليلى حسن", "كتب — عماد الدين يوسف"])
def test_an_arabic_byline_written_with_a_dash_is_furniture(byline: str) -> None:
    assert _cues(f"الحكومة تقر الخطة\n\n{byline}\n\n{_AR_BODY}", "ar") == ["قال"]


@pytest.mark.parametrize("before", [
    "التعليق على الصورة، المدير خلال جولة في الميناء صباح الأحد",
    "نشرنا هذا الحوار على الموقع الإلكتروني للصحيفة مساء الخميس",
    "جرى اللقاء على الرصيف الجنوبي للميناء صباح الأحد الماضي",
])
def test_a_preposition_spelled_like_a_first_name_names_no_interviewee(before: str) -> None:
    text = (f"حوار الأسبوع\n\n{before}\n\nيدير المهندس ضرغام العتوم الميناء منذ ست سنوات، والتقيناه في مكتبه.\n\n"
            "س: متى ينتهي العمل؟\n\nج: في صيف العام المقبل على الأرجح.")
    answers = [a for a in parse(text, "ar").attributions if a.cue is None]
    assert answers and all(a.source_canonical == "ضرغام العتوم" for a in answers)  # (names30: no honorific)


@pytest.mark.parametrize(("line", "lang"), [
    ("Protesters say the new law targets them, outside parliament on Monday. (Photo: AFP)", "en"),
    ("Residents said they had been given no warning, Springfield, May 3, 2024. REUTERS/Kevin Lamb", "en"),
    ("The mayor says the pier is unsafe. Photo: Ian Ross/Coastal Daily", "en"),
    ("Officials said the fire started in the kitchen. (Getty Images)", "en"),
    ("الوزير يؤكد أن الطريق سيفتتح قريبا (تصوير: محمد علي)", "ar"),
    ("قال السكان إنهم لم يتلقوا أي تحذير - صورة أرشيفية", "ar"),
    ("محتجون يقولون إن القانون يستهدفهم أمام البرلمان (الصورة: رويترز)", "ar"),
])
def test_a_line_closed_by_a_photo_credit_is_a_caption(line: str, lang: str) -> None:
    body = _EN_BODY if lang == "en" else _AR_BODY
    assert _cues(f"{body}\n\n{line}\n\n{body}", lang) == _cues(f"{body}\n\n{body}", lang)


@pytest.mark.parametrize(("line", "lang"), [
    ("Holding it up, the minister said of the photo: \"Look at what they did to this school\"", "en"),
    ("Officials said the fire had been put out, Reuters reported. (Reuters)", "en"),
    ("وقال الوزير إن الطريق سيفتتح قريبا. (رويترز)", "ar"),
])
def test_a_body_paragraph_closed_by_an_agency_or_a_quotation_is_no_caption(line: str, lang: str) -> None:
    body = _EN_BODY if lang == "en" else _AR_BODY
    assert len(_cues(f"{body}\n\n{line}\n\n{body}", lang)) > len(_cues(f"{body}\n\n{body}", lang))


@pytest.mark.parametrize(("line", "lang"), [
    ("Follow our live coverage: Officials say the storm is weakening", "en"),
    ("تابعوا تغطيتنا المباشرة: المسؤولون يؤكدون أن العاصفة تضعف", "ar"),
])
def test_a_prompt_to_follow_live_coverage_is_furniture(line: str, lang: str) -> None:
    body = _EN_BODY if lang == "en" else _AR_BODY
    assert _cues(f"{body}\n\n{line}\n\n{body}", lang) == _cues(f"{body}\n\n{body}", lang)
