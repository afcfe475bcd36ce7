"""unseen4: behaviours found by parsing new short articles of genres the dev sets cover little (sport, health,
courts, economy)."""

from __future__ import annotations

import pytest

from attribution.parse import parse


@pytest.mark.parametrize(("sentence", "name"), [
    ("وقال محامي المتهم، الأستاذ فؤاد العامري، إن موكله بريء.", "فؤاد العامري"),
    ("وأكد الناطق باسم وزارة الصحة، الدكتور هشام الزعبي، أن الوضع تحت السيطرة.", "هشام الزعبي"),
    ("وأوضح مدير المستشفى الجامعي، الدكتور نبيل الشامي، أن الأسرة ممتلئة.", "نبيل الشامي"),
    ("وقال المتحدث باسم الشرطة، المقدم ماجد الرواشدة، إن التحقيق مستمر.", "ماجد الرواشدة"),
    ("وذكرت رئيسة المحكمة، القاضية هدى السعدي، أن الجلسة علنية.", "هدى السعدي"),
])
def test_a_title_after_the_comma_of_an_apposition_leaves_the_canonical_name(sentence: str, name: str) -> None:
    [claim] = parse(sentence, "ar").attributions
    assert claim.source_canonical == name


@pytest.mark.parametrize(("sentence", "name"), [
    ("وقال رئيس الاتحاد علي الزعبي إن البطولة ستقام في موعدها.", "علي الزعبي"),
    ("وأكد مدرب المنتخب، علي حمدان، أن الفريق جاهز.", "علي حمدان"),
    ("وقال الدكتور علي النجار إن اللقاح آمن.", "علي النجار"),
    ("وأعلن محافظ البنك المركزي علي الشمري أن الاحتياطي ارتفع.", "علي الشمري"),
    ("وأوضح النائب العام، المستشار علي منصور، أن التحقيق انتهى.", "علي منصور"),
])
def test_the_first_name_ali_after_a_title_is_the_canonical_name(sentence: str, name: str) -> None:
    [claim] = parse(sentence, "ar").attributions
    assert claim.source_canonical == name


@pytest.mark.parametrize("sentence", [
    "وتنتظر الشركات إشارات أوضح بشأن الضرائب الجديدة.",
    "وتأمل الأندية في قرارات أوضح من الاتحاد.",
    "وطالب النواب بمعلومات أوضح عن كلفة المشروع.",
    "ويطالب الأهالي البلدية بخطة أوضح من سابقتها.",
    "وتحتاج الأسر إلى توجيهات أوضح حول مواعيد التطعيم.",
])
def test_the_elative_clearer_after_an_indefinite_noun_reports_nothing(sentence: str) -> None:
    assert all(a.cue is None or "أوضح" not in a.cue.text for a in parse(sentence, "ar").attributions)


@pytest.mark.parametrize("sentence", [
    "الوزير أوضح أن الأسعار ستنخفض.",
    "وأوضح المدرب أن اللاعب سيغيب أسبوعين.",
    "حمزة أوضح أن الفريق جاهز.",
    "وقال المتحدث إن الخطة أوضح من سابقتها.",
    "أسامة أوضح في بيان أن المصنع سيغلق.",
])
def test_the_verb_explained_still_reports(sentence: str) -> None:
    assert parse(sentence, "ar").attributions


@pytest.mark.parametrize(("text", "name"), [
    ("Rovers manager Alan Pike said the team was tired. The coach added that two players were injured.", "Alan Pike"),
    ("Coach Maria Sousa said the squad was ready. The manager said she would rotate the defence.", "Maria Sousa"),
    ("Club captain Joe Reilly said the fans deserved better. The skipper added that the players would respond.",
     "Joe Reilly"),
    ("Physician Anna Kowal said the ward was full. The doctor said more nurses were needed.", "Anna Kowal"),
    ("Police spokesperson Dana Mills said two men were arrested. The spokeswoman said no one was hurt.", "Dana Mills"),
])
def test_a_synonym_of_the_title_written_with_a_name_refers_back_to_that_person(text: str, name: str) -> None:
    first, second = parse(text, "en").attributions
    assert (first.source_canonical, second.source_canonical) == (name, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("وقال أحد السكان، ويدعى سالم العمري، إن المياه انقطعت منذ يومين.", "سالم العمري"),
    ("وقالت إحدى الأمهات، وتدعى فاطمة، إن المدرسة أغلقت أبوابها.", "فاطمة"),
    ("وقال شاهد عيان يدعى أحمد ناصر إن الانفجار هز الحي.", "أحمد ناصر"),
    ("وقال أحد المزارعين، واسمه خليل الطيب، إن المحصول تلف بالكامل.", "خليل الطيب"),
    ("وقالت امرأة تدعى سعاد إن ابنها لم يعد إلى البيت.", "سعاد"),
])
def test_the_name_given_after_a_naming_verb_is_the_canonical_name(sentence: str, name: str) -> None:
    [claim] = parse(sentence, "ar").attributions
    assert (claim.source_canonical, claim.anonymous) == (name, False)


@pytest.mark.parametrize("text", [
    "A tenant said the lift had been broken for weeks.",
    "Another tenant said the landlord never answered the phone.",
    "One tenant told the council that the damp had made her children ill.",
])
def test_a_tenant_left_unnamed_is_anonymous(text: str) -> None:
    [claim] = parse(text, "en").attributions
    assert claim.anonymous


@pytest.mark.parametrize("sentence", [
    "وقالت الغرفة التجارية في بيان إن الأسواق ستفتح غدا.",
    "وأكدت غرفة صناعة الأردن أن الصادرات ارتفعت.",
    "وطالبت الغرفة الحكومة بخفض الرسوم الجمركية.",
])
def test_a_chamber_of_commerce_is_an_organization(sentence: str) -> None:
    [claim] = parse(sentence, "ar").attributions
    assert (claim.source_type, claim.anonymous) == ("organization", False)
