"""Arabic gaps left by earlier rounds: an according-phrase whose source a relative clause describes, blame laid
on someone, the writer's verdict on a reported speech. Texts are written for these tests; none is copied from a
corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str]]:
    """(source as written, resolved source, content) per record."""
    return [(a.source.text if a.source else "", a.source_canonical, a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ووفقا للوزارة التي تشرف على القطاع، فإن الإنتاج ارتفع بنسبة عشرة بالمئة.", "لوزارة",
     "فإن الإنتاج ارتفع بنسبة عشرة بالمئة"),
    ("وبحسب الهيئة التي أصدرت التقرير، فإن الأسعار ستواصل الصعود.", "الهيئة", "فإن الأسعار ستواصل الصعود"),
    ("ووفقا للشركة التي تدير الميناء، تراجعت الحركة خلال الشهر الماضي.", "لشركة",
     "تراجعت الحركة خلال الشهر الماضي"),
    ("وفقا للمنظمة التي ترصد الانتهاكات في البلاد، قتل عشرة مدنيين.", "لمنظمة", "قتل عشرة مدنيين"),
    ("وحسب النقابة التي تمثل الممرضين فإن الإضراب سيستمر أسبوعا.", "النقابة", "فإن الإضراب سيستمر أسبوعا"),
    ("وبحسب المرصد الذي يتخذ من لندن مقرا له، فإن الاشتباكات تجددت فجرا.", "المرصد",
     "فإن الاشتباكات تجددت فجرا"),
])
def test_a_relative_clause_on_an_opening_according_source_describes_it(text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _records(text)] == [(source, content)]


def test_a_relative_clause_on_an_according_source_with_no_close_reports_nothing_new() -> None:
    text = "وبحسب الوثائق التي نشرتها الجامعة تربطه بالشركة علاقات قديمة."
    assert _records(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المرصد الذي يتخذ من لندن مقرا له إن عشرة قتلوا.", [("المرصد", "إن عشرة قتلوا")]),
    ("وبحسب المرصد الذي يتخذ من لندن مقرا له، فإن الاشتباكات تجددت فجرا.",
     [("المرصد", "فإن الاشتباكات تجددت فجرا")]),
    ("وتتخذ الجماعة من الجبال مقرا لها منذ سنوات، وفق ما قال مسؤول أمني.",
     [("مسؤول أمني", "وتتخذ الجماعة من الجبال مقرا لها منذ سنوات")]),
    ("وقالت المنظمة التي اتخذت من جنيف مقرا إنها ستوسع عملها.", [("المنظمة", "إنها ستوسع عملها")]),
    ("واتخذ الفريق من الفندق مقرا خلال البطولة.", []),
])
def test_headquarters_taken_by_a_body_is_no_participle_of_admitting(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, c) for s, _, c in _records(text)] == expected


def test_a_participle_of_admitting_after_from_and_no_verb_of_taking_still_reports() -> None:
    text = "وخرج الوزير من الاجتماع مقرا بأن الخلافات ما زالت قائمة."
    assert [(s, c) for s, _, c in _records(text)] == [("الوزير", "بأن الخلافات ما زالت قائمة")]


@pytest.mark.parametrize(("text", "content"), [
    ("ويعد حديث رئيس البرلمان عن أن الجلسة ستعقد تحولا لافتا في موقفه.", "أن الجلسة ستعقد"),
    ("وأثار حديث المدير عن أن المصنع سيغلق جدلا واسعا بين العمال.", "أن المصنع سيغلق"),
    ("ويمثل حديث الرئيس عن أن الانتخابات ستجري في موعدها تحديا للمعارضة.", "أن الانتخابات ستجري في موعدها"),
    ("ويعد حديث الوزير عن أن \"الأزمة انتهت\" تطورا مهما، ويأتي قبل القمة بأيام.", "أن \"الأزمة انتهت\""),
    ("ويعد حديث الوزير عن أن المصرف يواجه خطرا في السيولة إنذارا مبكرا، ويأتي بعد أسبوع صعب.",
     "أن المصرف يواجه خطرا في السيولة"),
])
def test_the_writers_verdict_on_a_speech_is_no_part_of_what_was_said(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("ويعد حديث الوزير عن أن الحكومة تخطط لبناء مئة مدرسة جديدة في الريف.",
     "أن الحكومة تخطط لبناء مئة مدرسة جديدة في الريف"),
    ("وجاء حديث الوزير عن أن الاقتصاد سينمو نموا كبيرا بعد لقائه المستثمرين.",
     "أن الاقتصاد سينمو نموا كبيرا بعد لقائه المستثمرين"),
])
def test_a_speech_with_no_verdict_after_it_keeps_its_content(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وحمل الوزير مسؤولية الفشل للشركة المنفذة.", "الوزير", "مسؤولية الفشل للشركة المنفذة"),
    ("وحملت المعارضة الحكومة مسؤولية انهيار العملة.", "المعارضة", "الحكومة مسؤولية انهيار العملة"),
    ("وحمّل رئيس البلدية المقاول مسؤولية تأخر الأشغال.", "رئيس البلدية", "المقاول مسؤولية تأخر الأشغال"),
    ("وحمل البيان الاحتلال المسؤولية الكاملة عن التصعيد.", "البيان", "الاحتلال المسؤولية الكاملة عن التصعيد"),
    ("قال المحتجون إن الأسعار مرتفعة، وحملوا الحكومة مسؤولية الغلاء.", "المحتجون", "الحكومة مسؤولية الغلاء"),
])
def test_blame_laid_on_someone_is_reported_with_whom_it_blames(text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _records(text) if c.startswith(content.split()[0])] == [(source, content)]


@pytest.mark.parametrize("text", ["وحمل الجنود الجرحى إلى المستشفى.", "وحمل الوزير حقيبة المالية لثلاث سنوات.",
                                  "وحملت الشاحنات المساعدات إلى المدينة المحاصرة.",
                                  "وحمل الرجل مسؤولية أسرته منذ صغره."])
def test_carrying_something_is_no_blame(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وعبر الوزير عن قلقه من التصعيد.", "الوزير", "عن قلقه من التصعيد"),
    ("وعبرت النقابة عن رفضها للقرار.", "النقابة", "عن رفضها للقرار"),
    ("وعبر الوزير مساء الأحد عن قلقه.", "الوزير", "عن قلقه"),
])
def test_expressed_in_the_past_opening_a_clause_reports(text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _records(text)] == [(source, content)]


def test_expressed_in_the_past_inside_a_reported_clause_is_a_nested_report() -> None:
    text = "وقالت الرئاسة إن الرئيس عبر عن دعمه للحكومة."
    assert [(s, c) for s, _, c in _records(text)] == [("الرئاسة", "إن الرئيس عبر عن دعمه للحكومة"),
                                                      ("الرئيس", "عن دعمه للحكومة")]


@pytest.mark.parametrize("text", [
    "وقال الوزير عبر حسابه على تويتر إن الاجتماع انتهى.",
    "وأعلن الرئيس عبر التلفزيون عن خطة جديدة للإصلاح.",
    "ونقلت المساعدات عبر الحدود عن طريق تركيا.",
    "وعبرت الشاحنات عن طريق المعبر الشمالي.",
    "وقال الوزير إن القافلة عبرت الحدود صباحا.",
])
def test_via_and_crossing_are_no_expressing(text: str) -> None:
    assert all(a.cue is None or a.cue.text.lstrip("و") not in ("عبر", "عبرت") for a in parse(text, "ar").attributions)


def test_a_two_word_preposition_is_no_introducer() -> None:
    text = "وحذر الوزير من خلال مؤتمر صحفي من تدهور الأوضاع."
    assert [(s, c) for s, _, c in _records(text)] == [("الوزير", "من تدهور الأوضاع")]


@pytest.mark.parametrize(("text", "source", "resolved"), [
    ("ووفقا للنقابة، فإن الإضراب مستمر.", "لنقابة", "النقابة"),
    ("ووفقا للجنة، فإن التصويت تأجل.", "لجنة", "اللجنة"),
    ("ووفقا للتقرير، فإن البطالة ارتفعت.", "لتقرير", "التقرير"),
    ("ووفقا للوزارة التي تشرف على القطاع، فإن الإنتاج ارتفع.", "لوزارة", "الوزارة"),
    ("ووفقا للتفاصيل، فإن المتهم فر.", "لتفاصيل", "لتفاصيل"),
    ("ووفقا للمتحدث، فإن الخسائر محدودة.", "لمتحدث", "المتحدث"),
])
def test_a_body_glued_to_the_cues_lam_is_named_with_its_article(text: str, source: str, resolved: str) -> None:
    assert [(s, r) for s, r, _ in _records(text)] == [(source, resolved)]


def test_the_body_named_again_with_its_article_is_the_one_glued_before() -> None:
    text = "ووفقا للنقابة، فإن الإضراب مستمر. وقالت النقابة إن العمال متمسكون بمطالبهم."
    assert [r for _, r, _ in _records(text)] == ["النقابة", "النقابة"]


@pytest.mark.parametrize(("opening", "cue", "speaker"), [
    ("استقبل رئيس الوزراء وفدا من النقابات.", "وقال", "رئيس الوزراء"),
    ("وصل الرئيس إلى باريس مساء أمس.", "وقال", "الرئيس"),
    ("التقى الوزير بالسفير في مكتبه.", "وأكد", "الوزير"),
    ("استقبلت الوزيرة وفدا تجاريا.", "وقالت", "الوزيرة"),
    ("التقى رئيس الوزراء العراقي بالسفير الأمريكي.", "وقال", "رئيس الوزراء العراقي"),
    ("استقبل الرئيس الفرنسي الضيوف الأجانب.", "وقال", "الرئيس الفرنسي"),
    ("التقى الوزير بالسفيرة.", "وقالت", ""),
    ("استقبل الرئيس الوزير في القصر.", "وقال", ""),
])
def test_a_subjectless_cue_carries_the_title_opening_the_sentence_before(opening: str, cue: str, speaker: str) -> None:
    first = parse(f"{opening} {cue} إن العمل سيستمر حتى الصيف.", "ar").attributions[0]
    assert (first.source_text, first.source_canonical) == ("", speaker)


def test_a_title_opening_a_sentence_after_a_report_takes_over_from_the_last_speaker() -> None:
    text = "قال وزير المالية إن العجز تراجع. وصل الرئيس إلى باريس. وأضاف أن الديون مستقرة."
    assert [r for _, r, _ in _records(text)] == ["وزير المالية", "الرئيس"]


def test_a_title_named_before_is_the_one_carried() -> None:
    text = "قال وزير الخارجية إن المحادثات بناءة.\nواستقبل الوزير نظيره الأردني. وأكد أن التنسيق مستمر."
    assert [r for _, r, _ in _records(text)] == ["وزير الخارجية", "وزير الخارجية"]
