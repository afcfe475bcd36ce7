"""Arabic speakers carried across sentences, sources resolved within the article and to the registry, unnamed
sources. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from attribution.registry import Registry


def _records(text: str) -> list[tuple[str, str, str, bool, tuple[str, ...]]]:
    """(source as written, resolved source, content, anonymous, conduits) per record."""
    return [(a.source.text if a.source else "", a.source_canonical, a.content.text, a.anonymous, tuple(a.conduits))
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize("reply", ["في رد", "في رد على سؤال", "في رد مكتوب"])
def test_a_reply_named_after_in_is_the_occasion_of_the_verb_before_it(reply: str) -> None:
    text = f"وقالت وزارة الزراعة {reply} إن المحصول لم يتأثر بالصقيع."
    assert [(s, c) for s, _, c, _, _ in _records(text)] == [("وزارة الزراعة", "إن المحصول لم يتأثر بالصقيع")]


def test_a_reply_that_is_the_verb_still_reports() -> None:
    text = "ورد المدير بأن المصنع سيعمل كالمعتاد."
    assert [(s, c) for s, _, c, _, _ in _records(text)] == [("المدير", "بأن المصنع سيعمل كالمعتاد")]


@pytest.mark.parametrize("mention", ["متحدث عسكري", "وزير إيراني", "نائب كردي"])
def test_an_indefinite_title_with_adjectives_of_relation_is_an_unnamed_source(mention: str) -> None:
    text = f"وقال {mention} إن الطريق سيفتح غدا."
    [(source, _, _, anonymous, _)] = _records(text)
    assert (source, anonymous) == (mention, True)


@pytest.mark.parametrize("mention", ["وزير الخارجية", "نائب رئيس الوزراء", "المتحدث العسكري"])
def test_a_title_in_construct_or_with_the_article_is_no_unnamed_source(mention: str) -> None:
    text = f"وقال {mention} إن الطريق سيفتح غدا."
    [(source, _, _, anonymous, _)] = _records(text)
    assert (source, anonymous) == (mention, False)


def test_according_to_the_source_glued_to_its_preposition_is_the_unnamed_source_before() -> None:
    text = "قال مصدر في الدفاع المدني إن الحريق أخمد فجرا.\nووفقا للمصدر، فإن الخسائر مادية فقط."
    records = _records(text)
    assert [r[1] for r in records] == ["مصدر في الدفاع المدني"] * 2
    assert all(r[3] for r in records)


@pytest.mark.parametrize("sentence", ["أن المصرف أبلغ بالقرار", "أن السفارة أبلغت بأن الرحلة ألغيت"])
def test_a_verb_of_telling_with_no_one_told_is_a_passive_and_reports_nothing(sentence: str) -> None:
    text = f"وقال المتحدث {sentence}."
    assert [(s, c) for s, _, c, _, _ in _records(text)] == [("المتحدث", sentence)]


def test_a_verb_of_telling_with_its_addressee_still_reports() -> None:
    text = "أبلغت الشركة النقابة بأن المكاتب ستغلق."
    assert [(s, c) for s, _, c, _, _ in _records(text)] == [("الشركة", "بأن المكاتب ستغلق")]


def test_an_agency_going_on_is_no_conduit_of_itself() -> None:
    text = ("أفادت وكالة الأنباء الكويتية (كونا) بأن الأمير استقبل وفدا تجاريا.\n"
            "وأضافت الوكالة أن اللقاء تناول الاستثمار.")
    records = _records(text)
    assert [(r[1], r[4]) for r in records] == [("KUNA", ()), ("KUNA", ())]


def test_a_source_relayed_by_an_agency_keeps_the_agency_as_conduit() -> None:
    text = "قال مصدر حكومي لوكالة رويترز إن الميناء سيغلق."
    [(_, _, _, anonymous, conduits)] = _records(text)
    assert (anonymous, conduits) == (True, ("Reuters",))


@pytest.mark.parametrize(("mention", "expected"), [
    ("المتحدث باسم الكرملين دميتري بيسكوف", "Dmitry Peskov"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("المتحدث باسم الرئيس الروسي فلاديمير بوتين", None),
    ("إدارة الرئيس الأميركي دونالد ترامب", None),
])
def test_a_spokesman_of_a_body_then_his_name_is_him_not_of_a_person(mention: str, expected: str | None) -> None:
    entry = Registry.default().match(mention)
    assert (entry.canonical if entry else None) == expected


@pytest.mark.parametrize(("body", "verb"), [("الشرطة", "وأضافت"), ("وزارة النقل", "وأكدت"), ("الهيئة", "وأوضحت")])
def test_a_feminine_cue_with_no_subject_goes_back_past_a_man_to_the_body(body: str, verb: str) -> None:
    text = (f"قالت {body} إنها فتحت تحقيقا في الحادث.\nوقال المدير العام خالد الزيدي إن الأضرار محدودة.\n"
            f"{verb} أن النتائج ستعلن الأسبوع المقبل.")
    assert [r[1] for r in _records(text)][-1] == body


def test_a_feminine_cue_goes_back_to_the_woman_quoted_before_a_man() -> None:
    text = ("قالت الوزيرة سلمى حداد إن الخطة جاهزة.\nوقال المدير خالد علي إن التمويل متوفر.\n"
            "وأضافت أن التنفيذ سيبدأ غدا.")
    assert [r[1] for r in _records(text)] == ["سلمى حداد", "المدير خالد علي", "سلمى حداد"]


@pytest.mark.parametrize("verb", ["وأضاف", "ولفت إلى"])
def test_a_masculine_cue_with_no_subject_stays_with_the_man(verb: str) -> None:
    text = (f"قالت الشرطة إنها فتحت تحقيقا.\nوقال المدير العام خالد الزيدي إن الأضرار محدودة.\n"
            f"{verb} أن النتائج ستعلن قريبا.")
    assert [r[1] for r in _records(text)][-1] == "خالد الزيدي"


@pytest.mark.parametrize(("group", "verb"), [("سكان في القرية", "وأضافوا"), ("مسؤولون في البلدية", "وأكدوا"),
                                             ("عائلات الصيادين", "وتابعوا")])
def test_a_plural_cue_with_no_subject_goes_back_past_one_man_to_the_group(group: str, verb: str) -> None:
    text = (f"قال {group} إن المياه غمرت الطرق.\nوقال المهندس سامي الكبيسي إن السد صمد.\n"
            f"{verb} أن المساعدات لم تصل بعد.")
    assert [r[1] for r in _records(text)][-1] == group


def test_a_plural_cue_with_no_group_before_stays_with_the_speaker() -> None:
    text = "قال المهندس سامي الكبيسي إن السد صمد.\nوأضافوا أن المساعدات لم تصل بعد."
    assert [r[1] for r in _records(text)] == ["سامي الكبيسي"] * 2  # (names30: no honorific)


@pytest.mark.parametrize("speaker", ["شركة جون ديفيز", "المشرفة على المبنى"])
def test_a_feminine_cue_stays_with_a_company_or_a_woman_whose_mention_holds_a_mans_name(speaker: str) -> None:
    text = f"قالت الوزارة إن الفحص انتهى.\nوقالت {speaker} إن الخطأ وقع ليلا.\nوأضافت أن التحقيق جار."
    assert [r[1] for r in _records(text)][-1] == speaker


@pytest.mark.parametrize("later", ["القاضي العبيدي", "المحامي العبيدي"])
def test_a_trade_and_a_surname_refer_back_to_the_full_name_under_another_title(later: str) -> None:
    text = (f"قال رئيس محكمة الاستئناف سالم العبيدي إن الحكم نهائي.\nوقال {later} إن الاستئناف رفض.")
    assert [r[1] for r in _records(text)] == ["سالم العبيدي"] * 2


def test_a_trade_and_an_adjective_of_relation_is_no_surname() -> None:
    text = "قال رئيس محكمة الاستئناف سالم العبيدي إن الحكم نهائي.\nوقال القاضي المصري إن الاستئناف رفض."
    assert [r[1] for r in _records(text)] == ["سالم العبيدي", "القاضي المصري"]


@pytest.mark.parametrize("credit", ["(وكالات)", "(أ ف ب)", "(رويترز)"])
def test_a_first_line_ending_in_a_credit_after_its_stop_is_no_headline(credit: str) -> None:
    text = f"أعلنت البلدية أن الطرق فتحت صباحا. {credit}\nوقالت البلدية إن الثلوج أزيلت."
    assert [c for _, _, c, _, _ in _records(text)] == ["أن الطرق فتحت صباحا", "إن الثلوج أزيلت"]


def test_a_first_line_with_a_bracketed_label_and_no_stop_is_still_a_headline() -> None:
    text = "الوزير: الطرق ستفتح غدا (فيديو)\nوقال الوزير إن الثلوج أزيلت."
    assert [c for _, _, c, _, _ in _records(text)] == ["إن الثلوج أزيلت"]


def test_a_surname_after_a_verb_that_reports_nothing_is_the_man_named_before() -> None:
    text = "قال النائب المستقل سجاد سالم إن الرقابة ضعيفة.\nوانتقد سالم أداء الوزارة.\nوأضاف أن الصيف سيكون قاسيا."
    assert [r[1] for r in _records(text)] == ["سجاد سالم"] * 2


@pytest.mark.parametrize("noun", ["الصحيفة", "الوكالة"])
def test_a_bare_outlet_relaying_a_source_is_that_source_s_conduit(noun: str) -> None:
    text = ("ذكرت وكالة رويترز أن المحادثات تعثرت.\n"
            f"وأضافت {noun} نقلا عن دبلوماسي غربي أن الجولة المقبلة ستعقد في جنيف.")
    records = _records(text)
    assert [(r[0], r[4]) for r in records[-1:]] == [("دبلوماسي غربي", ("Reuters",))]


def test_a_named_agency_relaying_a_source_is_still_its_conduit() -> None:
    text = "وذكرت وكالة رويترز نقلا عن مسؤول أن الاتفاق وقع."
    assert [(r[0], r[4]) for r in _records(text)][-1] == ("مسؤول", ("Reuters",))
