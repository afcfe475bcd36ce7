"""Page furniture over and in a headline: a kicker set over the headline ('EXCLUSIVE', 'عاجل'), a Title Case
headline whose cue form is a verb's object ('Faces Questions'), a plural source closing a headline ('…, Officials
Say'), and a speech verb inside a headline's label before a quotation ('Mayor Warns Council: "…"')."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import arabic_records, claims

_AR_BODY = "\n\nقال وزير الري هشام نور إن منسوب النهر ارتفع هذا الأسبوع.\n\nوأضاف أن السدود قادرة على استيعاب المياه."


@pytest.mark.parametrize("kicker", ["عاجل", "فيديو", "حصري", "خاص", "بالصور", "تقرير"])
@pytest.mark.parametrize("headline", ["وزير الري يحذر من ارتفاع منسوب النهر",
                                      "وزير الري يؤكد أن السدود آمنة"])
def test_an_arabic_kicker_over_the_headline_is_dropped_with_the_headline(kicker: str, headline: str) -> None:
    found = arabic_records(f"{kicker}\n\n{headline}{_AR_BODY}")
    assert [a.content.text for a in found] == ["إن منسوب النهر ارتفع هذا الأسبوع", "أن السدود قادرة على استيعاب المياه"]


def test_an_arabic_kicker_over_a_body_paragraph_leaves_the_paragraph_read() -> None:
    text = "عاجل\n\nأعلنت وزارة الصحة أن المستشفيات تعمل بكامل طاقتها.\n\nوقال المتحدث باسم الوزارة إن الأدوية متوفرة."
    assert [a.content.text for a in arabic_records(text)] == [
        "أن المستشفيات تعمل بكامل طاقتها", "إن الأدوية متوفرة"]


@pytest.mark.parametrize("kicker", ["BREAKING", "EXCLUSIVE", "LIVE UPDATES", "Watch", "Breaking News:"])
def test_an_english_kicker_over_the_headline_leaves_the_headline_read(kicker: str) -> None:
    text = (f"{kicker}\n\nPort Chief Says Dock Strike Will End Soon\n\n"
            "The port authority's chief, Ivo Marsh, said talks with the dockers were going well.")
    found = claims(text, "en")
    assert len(found) == 2
    assert (found[0].source, found[0].content) == ("Port Chief", "Dock Strike Will End Soon")


@pytest.mark.parametrize("headline", [
    "Senate Candidate Faces Questions Over Donations",
    "School Board Draws Charges of Favouritism in Hiring",
    "Transit Chief Fields Questions on Late Trains",
    "Rezoning Plan Sparks Claims of Backroom Deals",
    "Governor Dodges Questions About Pardon",
    "Tribunal Hears Claims of Bullying at Fire Station",
    "Inquiry Hears Warnings About Dam Were Ignored",
])
def test_a_cue_form_after_a_verb_of_facing_in_a_headline_is_its_object_and_no_report(headline: str) -> None:
    text = f"{headline}\n\nThe matter came up at a meeting on Tuesday night in the county hall."
    assert claims(text, "en") == []


@pytest.mark.parametrize(("headline", "source", "cue", "content"), [
    ("Ferry Fares Will Rise in Spring, Officials Say", "Officials", "Say", "Ferry Fares Will Rise in Spring"),
    ("Minister Kept Loan Secret, Documents Show", "Documents", "Show", "Minister Kept Loan Secret"),
    ("Exclusive: Stadium Deal Is Off, Club Sources Say", "Club Sources", "Say", "Stadium Deal Is Off"),
    ("Analysis: Rates Will Stay High, Economists Warn", "Economists", "Warn", "Rates Will Stay High"),
])
def test_a_headline_closing_on_a_plural_source_and_its_verb_reports_the_words_before_the_comma(
        headline: str, source: str, cue: str, content: str) -> None:
    text = f"{headline}\n\nThe news came as a surprise to many in the city on Monday morning."
    found = parse(text, "en").attributions
    assert [(a.source_text, a.cue.text if a.cue else "", a.content.text) for a in found] == [(source, cue, content)]


@pytest.mark.parametrize(("headline", "source", "cue"), [
    ('Mayor Warns Council: "We Cannot Wait Another Year"', "Mayor", "Warns"),
    ('Coach Tells Fans: "Stay With Us"', "Coach", "Tells"),
    ('Union Leader Vows: "We Will Not Back Down"', "Union Leader", "Vows"),
])
def test_a_speech_verb_in_a_headlines_label_makes_its_subject_the_quotations_speaker(
        headline: str, source: str, cue: str) -> None:
    text = f"{headline}\n\nThe remarks came at a packed meeting in the town hall on Tuesday evening."
    found = parse(text, "en").attributions
    assert [(a.source_text, a.cue.text if a.cue else "") for a in found] == [(source, cue)]
    assert found[0].content.text.startswith('"')


def test_a_headline_label_without_a_speech_verb_stays_the_quotations_speaker() -> None:
    text = 'Advice From Judge Ana Wells: "Read the Whole File"\n\nThe judge retired on Friday after 25 years.'
    assert [(c.source, c.content) for c in claims(text, "en")] == [
        ("Advice From Judge Ana Wells", '"Read the Whole File"')]


_EN_PAGE = ("Harbour Plan Goes to a Vote\n\nThe harbour board met on Monday to discuss the plan.\n\n{line}\n\n"
            "A vote is due next week.")


@pytest.mark.parametrize("line", [
    "Caption: The minister says the ferry link will reopen, at a briefing in Oslo.",
    "Pictured: Board chair Ines Kolar, who said the plan would pay for itself",
    "File photo: The governor said in March that the harbour would be dredged",
    "File image: Dock workers say the cranes are unsafe",
])
def test_a_labelled_photo_caption_is_furniture_and_reports_nothing(line: str) -> None:
    assert claims(_EN_PAGE.format(line=line), "en") == []


def test_file_photos_as_a_sentences_subject_are_no_caption() -> None:
    line = "File photos of the wreck were shown to the board, the harbour master said."
    assert [c.content for c in claims(_EN_PAGE.format(line=line), "en")] == [
        "File photos of the wreck were shown to the board"]


_AR_PAGE = ("عنوان الخبر\n\nاجتمع مجلس المدينة يوم الأحد لمناقشة خطة النقل.\n\n{line}\n\n"
            "وسيجرى التصويت على الخطة الشهر المقبل.")


@pytest.mark.parametrize("line", [
    "صورة أرشيفية لوزير النقل الذي قال إن الخطة ستنجح",
    "صورة من الأرشيف: رئيس البلدية يؤكد أن الطرق ستفتح قريبا",
    "تعليق الصورة: المتحدث باسم البلدية يقول إن العمل مستمر",
])
def test_an_arabic_labelled_photo_caption_is_furniture_and_reports_nothing(line: str) -> None:
    assert not arabic_records(_AR_PAGE.format(line=line))


@pytest.mark.parametrize("line", [
    "RELATED STORY: Firefighters say the blaze was started on purpose",
    "Trending: Senator Kay Moss says she will not seek a fourth term",
    "Opinion | Why the port deal is a mistake, shippers say",
    "Analysis | The tax plan will hurt renters, economists warn",
    "Story continues below advertisement",
    "Tell us what you think in the comments",
])
def test_a_label_over_a_linked_story_or_a_page_prompt_is_furniture(line: str) -> None:
    assert claims(_EN_PAGE.format(line=line), "en") == []


@pytest.mark.parametrize("line", [
    "طالع المزيد: وزير الصحة يؤكد أن اللقاحات متوفرة",
    "شاهد بالفيديو: المحافظ يقول إن الجسر سيفتتح الشهر المقبل",
    "مواضيع مقترحة: رئيس الوزراء يؤكد أن الانتخابات في موعدها",
    "يهمك أيضا: الشرطة تعلن أن الطريق أغلق",
    "فيديو | رئيس البلدية يؤكد أن الأشغال ستنتهي قريبا",
])
def test_an_arabic_label_over_a_linked_story_is_furniture(line: str) -> None:
    assert not arabic_records(_AR_PAGE.format(line=line))
