"""Arabic constructions found in news articles the parser had never seen (a round of invented wire, ministry,
court, disaster, sport, diplomacy, election, security, cabinet and interview stories). Texts are written for
these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str]]:
    """(source as written, resolved source, content) per record."""
    return [(a.source.text if a.source else "", a.source_canonical, a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize("text", [
    "أقر مجلس الوزراء في جلسته الأسبوعية، الاثنين، رفع الحد الأدنى للأجور بنسبة 10 بالمئة اعتبارا من العام المقبل.",
    "أقرت الحكومة زيادة أسعار الوقود بنحو 15 بالمئة.",
    "وأقرت اللجنة خطة لخفض الانبعاثات بمعدل 5 بالمائة سنويا.",
    "وأقر البرلمان الموازنة الجديدة بقيمة 40 مليار دولار.",
    "أقر مجلس النواب مشروع قانون الضريبة بأغلبية 120 صوتا.",
])
def test_a_measure_glued_to_b_is_no_introducer_of_a_body_that_approved_something(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("وأقر الوزير بوجود تأخير في صرف الرواتب.", "بوجود تأخير في صرف الرواتب"),
    ("وأقرت الشركة بأن أرباحها تراجعت بنسبة 20 بالمئة.", "بأن أرباحها تراجعت بنسبة 20 بالمئة"),
    ("وطالب النائب بزيادة الأجور بنسبة 30 بالمئة.", "بزيادة الأجور بنسبة 30 بالمئة"),
])
def test_an_admission_or_demand_with_its_introducer_still_reports_a_measure_inside_it(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("أكد الناطق باسم شرطة بغداد العميد سعد معن في بيان صحة الأنباء.",
     "الناطق باسم شرطة بغداد العميد سعد معن", "صحة الأنباء"),
    ("ونفى المتحدث باسم شرطة دبي المقدم أحمد سالم في تصريح صحفي وقوع أي إصابات.",
     "المتحدث باسم شرطة دبي المقدم أحمد سالم", "وقوع أي إصابات"),
    ("ونفى المتحدث باسم قيادة عمليات البصرة اللواء علي حسين في بيان صحة الأنباء.",
     "المتحدث باسم قيادة عمليات البصرة اللواء علي حسين", "صحة الأنباء"),
    ("أكد الناطق الرسمي باسم إدارة أمن عدن العقيد سامي الحوشبي في بيان مقتضب صحة الأنباء.",
     "الناطق الرسمي باسم إدارة أمن عدن العقيد سامي الحوشبي", "صحة الأنباء"),
])
def test_a_place_after_a_spokesmans_body_belongs_to_the_body(text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _records(text)] == [(source, content)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى الناطق الرسمي باسم وزارة الداخلية العميد يحيى رسول في بيان صحة هذه التقارير.",
     "الناطق الرسمي باسم وزارة الداخلية العميد يحيى رسول", "صحة هذه التقارير"),
    ("وأكد المتحدث الرسمي باسم هيئة الطيران المدني النقيب خالد منصور في بيان سلامة جميع الركاب.",
     "المتحدث الرسمي باسم هيئة الطيران المدني النقيب خالد منصور", "سلامة جميع الركاب"),
])
def test_a_rank_and_name_after_a_long_spokesmans_body_are_the_spokesmans(text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _records(text)] == [(source, content)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("أكد الناطق باسم الجيش العقيد عبد الرحمن النقيب في بيان صحة الأنباء.",
     "الناطق باسم الجيش العقيد عبد الرحمن النقيب", "صحة الأنباء"),
    ("ونفى وزير الداخلية عبد الله الأحمد في بيان صحة الأنباء.", "وزير الداخلية عبد الله الأحمد", "صحة الأنباء"),
    ("ونفى اللواء عبد العزيز الشمري في تصريح صحفي وجود أي خلاف.", "اللواء عبد العزيز الشمري", "وجود أي خلاف"),
])
def test_a_definite_surname_after_a_theophoric_first_name_ends_the_name(text: str, source: str, content: str) -> None:
    assert [(s, c) for s, _, c in _records(text)] == [(source, content)]


def test_an_object_after_a_theophoric_name_with_more_words_after_it_stays_the_object() -> None:
    assert [(s, c) for s, _, c in _records("وأكد وزير الصحة عبد الله الالتزام بالخطة.")] == \
        [("وزير الصحة عبد الله", "الالتزام بالخطة")]


@pytest.mark.parametrize(("text", "source"), [
    ("وقال وزير الدولة لشؤون مجلس الوزراء إن القرار صائب.", "وزير الدولة لشؤون مجلس الوزراء"),
    ("وقال وزير الدولة لشؤون مجلس النواب في بيان إن الجلسة تأجلت.", "وزير الدولة لشؤون مجلس النواب"),
    ("وأكد مستشار الرئيس لشؤون حقوق الإنسان أن التحقيق مستمر.", "مستشار الرئيس لشؤون حقوق الإنسان"),
    ("وأوضح مدير إدارة شؤون مكافحة المخدرات أن الشحنة ضبطت في الميناء.", "مدير إدارة شؤون مكافحة المخدرات"),
])
def test_affairs_in_a_title_is_no_plural_subject_that_ends_the_mention(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("غير أن النائب المستقل سجاد سالم شكك في الأرقام المعلنة، معتبرا أن النسبة أقل بكثير.", "النائب المستقل سجاد سالم"),
    ("لكن النائب سجاد سالم شكك في الأرقام، معتبرا أن النسبة أقل بكثير.", "النائب سجاد سالم"),
    ("غير أن المحامي خالد يوسف طعن في الحكم، مؤكدا أن موكله بريء.", "المحامي خالد يوسف"),
    ("لكن المدرب جمال سليمان اعترض على قرار الحكم، معتبرا أنه ظالم.", "المدرب جمال سليمان"),
])
def test_an_unlisted_verb_after_a_titled_name_and_before_a_preposition_is_no_part_of_the_name(
        text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "content"), [
    ("وكانت هيئة الرقابة قد أعلنت في بيان العام الماضي ضبط المتهمين.", "ضبط المتهمين"),
    ("وأعلنت الوزارة في بيان مساء الأحد إغلاق المدارس.", "إغلاق المدارس"),
    ("وأعلنت الشرطة في بيان اليوم الخميس توقيف ثلاثة أشخاص.", "توقيف ثلاثة أشخاص"),
    ("ونفت الوزارة في بيان أمس صحة ما تداولته مواقع التواصل.", "صحة ما تداولته مواقع التواصل"),
    ("وأكد الجيش في بيان الأسبوع الماضي مقتل خمسة مسلحين.", "مقتل خمسة مسلحين"),
    ("وأعلنت الشرطة في بيان، مساء الأحد، توقيف ثلاثة أشخاص.", "توقيف ثلاثة أشخاص"),
])
def test_a_time_after_in_a_statement_is_no_part_of_the_object(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("أكد الناطق باسم الجيش العقيد عبد الرحمن النقيب في بيان مقتضب صحة الأنباء، موضحا أن التحقيقات جارية.",
     "الناطق باسم الجيش العقيد عبد الرحمن النقيب", "صحة الأنباء"),
    ("أكد الناطق باسم الجيش العقيد سامي الحوشبي في بيان صحة الأنباء، موضحا أن التحقيقات جارية.",
     "الناطق باسم الجيش العقيد سامي الحوشبي", "صحة الأنباء"),
    ("ونفى المتحدث باسم الشرطة في تصريح صحفي صحة هذه المعلومات، مشيرا إلى أن التحقيق مستمر.",
     "المتحدث باسم الشرطة", "صحة هذه المعلومات"),
])
def test_an_object_after_in_a_statement_and_before_a_participle_is_no_part_of_the_name(
        text: str, source: str, content: str) -> None:
    assert _records(text)[0][0::2] == (source, content)


@pytest.mark.parametrize("text", [
    "وقال متحدث باسم الخارجية إن بلاده تتابع الوضع، دون أن يضيف تفاصيل.",
    "وقال متحدث باسم الخارجية إن بلاده تتابع الوضع، من دون أن يحدد موعدا.",
    "وقال المدير إن الشركة تتابع التحقيقات دون أن تتدخل فيها.",
])
def test_a_complementizer_after_without_opens_no_content(text: str) -> None:
    assert len(_records(text)) == 1


@pytest.mark.parametrize("text", [
    "الوزارة تتابع الوضع الصحي للمصابين.",
    "وتضيف الشركة خطوطا جديدة إلى شبكتها.",
])
def test_a_present_verb_of_going_on_with_a_plain_object_reports_nothing(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("ويتابع الرجل: «لم يبق لنا شيء».", "«لم يبق لنا شيء»"),
    ("وقال المزارع إن المحصول تضرر. ويضيف أن الحكومة لم تفعل شيئا.", "أن الحكومة لم تفعل شيئا"),
])
def test_a_present_verb_of_going_on_still_reports_words_after_it(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)][-1] == content


@pytest.mark.parametrize("text", [
    "وأفادت وكالة بلومبرغ نقلا عن متعاملين في السوق بأن الطلب ارتفع بعد القرار.",
    "وقال متداولون إن الأسعار تراجعت بعد الإعلان.",
    "ويرى مستثمرون أن السوق مقبلة على تصحيح.",
])
def test_market_participants_as_a_group_are_unnamed(text: str) -> None:
    assert parse(text, "ar").attributions[-1].anonymous


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت كبيرة الاقتصاديين في بنك الكويت الوطني، منى الشربيني، إن البنك قد يخفض الفائدة.",
     "كبيرة الاقتصاديين في بنك الكويت الوطني، منى الشربيني"),
    ("وقالت كبيرة المفاوضين في الوفد، ريم سالم، إن الجولة انتهت.", "كبيرة المفاوضين في الوفد، ريم سالم"),
])
def test_a_chief_woman_with_her_affiliation_and_name_is_one_source(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


def _canonicals(text: str) -> list[str]:
    return [a.source_canonical for a in parse(text, "ar").attributions]


@pytest.mark.parametrize("lead", [
    "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان، الاثنين، نظيره الإيراني عباس عراقجي في الرياض.",
    "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان وزير الخارجية الإيراني عباس عراقجي في الرياض.",
])
def test_a_title_with_a_country_refers_to_the_person_named_after_that_country(lead: str) -> None:
    text = (f"{lead}\n\nوقال الأمير فيصل بن فرحان إن المملكة حريصة على حسن الجوار.\n\n"
            "من جانبه، قال عراقجي إن المحادثات كانت صريحة.\n\nوأضاف الوزير الإيراني أن اللجان ستجتمع قريبا.")
    canonicals = _canonicals(text)
    assert canonicals[-1] == canonicals[-2] != canonicals[0]


def test_a_president_with_a_country_is_that_countrys_president_not_the_last_speaker() -> None:
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي جو بايدن في باريس.\n\n"
            "وقال ماكرون إن أوروبا موحدة.\n\nوقال بايدن إن بلاده ستدعم أوكرانيا.\n\n"
            "وأكد الرئيس الفرنسي أن باريس تدعم الحوار.")
    canonicals = _canonicals(text)
    assert canonicals[-1] == canonicals[0] != canonicals[1]


@pytest.mark.parametrize(("text", "anonymous"), [
    ("وقال متحدث باسم وزارة الخارجية الأمريكية إن واشنطن تتابع الوضع.", True),
    ("وقال متحدث باسم وزارة الصحة إن الوضع مستقر.", True),
    ("وقالت متحدثة باسم منظمة الصحة العالمية إن الوضع مستقر.", True),
    ("وقال متحدث باسم الوزارة أحمد حافظ إن الوضع مستقر.", False),
    ("وقال المتحدث باسم وزارة الصحة إن الوضع مستقر.", False),
])
def test_an_indefinite_spokesman_for_a_named_body_is_unnamed(text: str, anonymous: bool) -> None:
    assert parse(text, "ar").attributions[0].anonymous is anonymous


@pytest.mark.parametrize(("text", "source"), [
    ("وفي تصريح لـ«العربية»، أكد مسؤول حكومي رفض الكشف عن اسمه أن الحكومة ستشارك في الجولة.", "مسؤول حكومي"),
    ("في هذه الأثناء، أكد مسؤول حكومي رفض الكشف عن اسمه أن الحكومة ستشارك في الجولة.", "مسؤول حكومي"),
    ("وفي تصريح لـ«العربية»، قال مصدر أمني طلب عدم ذكر اسمه إن الهجوم فشل.", "مصدر أمني طلب عدم ذكر اسمه"),
])
def test_a_verb_after_a_comma_with_an_unnamed_subject_before_the_anonymity_phrase_reports(
        text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "content"), [
    ("أعلنت الشرطة، الأحد، توقيف ثلاثة أشخاص بتهمة الاحتيال.", "توقيف ثلاثة أشخاص بتهمة الاحتيال"),
    ("أعلنت وزارة الصحة، الأحد، تسجيل 12 إصابة جديدة بالكوليرا.", "تسجيل 12 إصابة جديدة بالكوليرا"),
    ("وأعلنت الشرطة، الأحد، توقيف ثلاثة أشخاص.", "توقيف ثلاثة أشخاص"),
    ("نفت فرنسا، أيضا، مسؤوليتها.", "مسؤوليتها"),
])
def test_a_short_object_after_a_day_between_commas_is_what_was_announced(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]


@pytest.mark.parametrize("text", [
    "وأكد الوزير، الأحد، في مؤتمر صحفي.",
    "وأكد الوزير، الأحد، خلال زيارته للمدينة.",
])
def test_an_occasion_after_a_day_between_commas_is_no_object(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("ونفى المتهم، وهو موظف سابق في البلدية، أي علاقة له بالقضية.", "أي علاقة له بالقضية"),
    ("ونفت الشركة، وهي أكبر مصدر للأسمنت في البلاد، صحة هذه الأنباء.", "صحة هذه الأنباء"),
    ("وأكد الشاهد، وهو جار الضحية، سماع صراخ في تلك الليلة.", "سماع صراخ في تلك الليلة"),
])
def test_a_who_clause_between_commas_after_the_subject_is_no_part_of_the_object(text: str, content: str) -> None:
    assert [c for _, _, c in _records(text)] == [content]
