"""Arabic, round 58: how sources are named: compound first names ('نور الدين', 'نصر الله'), a holder's name after
a country written with no article ('مندوب فرنسا …'), and a first name that opens with the letter of a glued
preposition ('باسل', 'بسام') after a verb that takes 'بـ'."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'صلاح الدين', 'نصر الله': the definite second half of a compound first name is part of the name ----------


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال وزير النقل صلاح الدين المرزوقي إن الطريق الجديد سيفتح الشهر المقبل.", "صلاح الدين المرزوقي"),
    ("وأكدت النائبة نور الهدى السعدي أن اللجنة ستستمع إلى الوزراء.", "نور الهدى السعدي"),
    ("وقال الشيخ عز الدين الحسني إن المساجد ستفتح أبوابها للنازحين.", "عز الدين الحسني"),
    ("وأوضح الناطق باسم الهيئة محيي الدين الشامي أن التسجيل يبدأ غدا.", "محيي الدين الشامي"),
    ("وقال رئيس النادي علاء الدين الكيلاني إن الفريق سيلعب في العاصمة.", "علاء الدين الكيلاني"),
    ("وقال القيادي في الحزب نصر الله الموسوي إن الحوار متوقف منذ أشهر.", "نصر الله الموسوي"),
    ("وقال الخبير الاقتصادي سيف الإسلام العبيدي إن الأسعار سترتفع.", "سيف الإسلام العبيدي"),
    ("وأكد نور الدين الهاشمي، وزير الزراعة، أن المحصول سيكون وفيرا.", "نور الدين الهاشمي"),
])
def test_a_compound_first_name_stays_whole_and_the_title_goes(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


def test_a_surname_after_a_compound_first_name_links_back_to_it() -> None:
    text = ("وقال محافظ المدينة بهاء الدين الزعبي إن المدارس ستغلق يومين.\n"
            "وأضاف الزعبي أن فرق الطوارئ جاهزة.")
    assert [a.source_canonical for a in arabic_records(text)] == ["بهاء الدين الزعبي", "بهاء الدين الزعبي"]


# --- 'مندوب فرنسا نيكولا …': a country or a city closes the title's chain as 'الأردن' does -------------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال مندوب فرنسا نيكولا دي ريفيير إن المجلس سيصوت على القرار غدا.", "نيكولا دي ريفيير"),
    ("وقال مندوب روسيا فاسيلي نيبينزيا إن بلاده سترفض المشروع.", "فاسيلي نيبينزيا"),
    ("وأكد سفير الأردن لدى لبنان معن الطراونة أن التعاون سيتوسع.", "معن الطراونة"),
    ("وقال سفير ألمانيا في بيروت أندرياس كيندل إن المساعدات ستصل قريبا.", "أندرياس كيندل"),
    ("وقالت عمدة باريس آن هيدالغو إن المدينة ستزرع ألف شجرة.", "آن هيدالغو"),
])
def test_a_name_after_a_country_or_city_without_article_is_the_canonical(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


def test_a_surname_after_a_country_genitive_links_back_to_the_full_name() -> None:
    text = ("وقال مندوب إيطاليا ماوريتسيو ماساري إن بلاده قلقة من التصعيد.\n"
            "وأضاف ماساري أن الحل سياسي.")
    assert [a.source_canonical for a in arabic_records(text)] == ["ماوريتسيو ماساري", "ماوريتسيو ماساري"]


@pytest.mark.parametrize("text", [
    "وقال سفير فرنسا غير المقيم إن بلاده ستفتح سفارة قريبا.",
    "وقال السفير الإيطالي غير المقيم إن بلاده ستفتح سفارة قريبا.",
])
def test_not_and_an_adjective_after_a_title_is_no_name(text: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [a.source_text for a in arabic_records(text)]


# --- 'وطالب النائب بسام …': a first name is no glued 'بـ' opening the verb's object ------------------------------


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وطالب النائب بسام الحوراني بفتح تحقيق في الحادث.", "النائب بسام الحوراني", "بفتح تحقيق في الحادث"),
    ("وأشاد سفير الأردن باسل الطراونة بالعلاقات بين البلدين.", "سفير الأردن باسل الطراونة",
     "بالعلاقات بين البلدين"),
    ("وطالبت الناشطة بشرى العبسي بالإفراج عن المعتقلين.", "الناشطة بشرى العبسي", "بالإفراج عن المعتقلين"),
    ("وطالب رئيس البلدية بلال المصري بزيادة ميزانية الصيانة.", "رئيس البلدية بلال المصري",
     "بزيادة ميزانية الصيانة"),
    ("ونوه رئيس الوزراء بشر الخصاونة بجهود الأجهزة الأمنية.", "رئيس الوزراء بشر الخصاونة",
     "بجهود الأجهزة الأمنية"),
    ("وطالبت المحامية بثينة الكردي بإعادة المحاكمة.", "المحامية بثينة الكردي", "بإعادة المحاكمة"),
])
def test_a_first_name_opening_with_ba_is_no_glued_preposition(text: str, source: str, content: str) -> None:
    assert [(a.source_text, a.content.text) for a in arabic_records(text)] == [(source, content)]


@pytest.mark.parametrize(("text", "content"), [
    ("وطالب الوزير بإلغاء الرسوم الجديدة.", "بإلغاء الرسوم الجديدة"),
    ("وأشاد المدرب بالتزام اللاعبين طوال الموسم.", "بالتزام اللاعبين طوال الموسم"),
])
def test_a_glued_preposition_after_a_title_still_opens_the_object(text: str, content: str) -> None:
    assert [a.content.text for a in arabic_records(text)] == [content]


# --- 'فيريرا' later in the article: the full name written earlier, past places where the surname stands alone ---


@pytest.mark.parametrize("text", [
    "وقع النادي عقدا مع المدرب البرتغالي نونو فيريرا في الصيف.\nوفاز الفريق مع فيريرا بأربع مباريات.\n"
    "وقال فيريرا إن اللاعبين يستحقون الثقة.",
    "وصل المدير الفني الصربي دراغان يوفانوفيتش إلى النادي في يناير.\nوتحسنت النتائج منذ قدوم يوفانوفيتش.\n"
    "وقال يوفانوفيتش إن الفريق سيقاتل على اللقب.",
])
def test_a_surname_links_to_the_full_name_past_its_bare_mentions(text: str) -> None:
    found = arabic_records(text)
    assert len(found) == 1 and found[0].source_canonical != found[0].source_text
    assert found[0].source_canonical.endswith(found[0].source_text) and len(found[0].source_canonical.split()) == 2


@pytest.mark.parametrize(("text", "canonical"), [
    ("وكان ماركوس سيلفا قد تولى قيادة الشركة العام الماضي.\nوقال سيلفا إن الأرباح ستتضاعف.", "ماركوس سيلفا"),
    ("وكانت إيزابيل دوس سانتوس قد غادرت البلاد قبل عامين.\nوقالت سانتوس إن التهم سياسية.",
     "إيزابيل دوس سانتوس"),
    ("ميشيل كوستا: لن نبيع النادي\nقال كوستا للصحفيين إن العرض مرفوض.", "ميشيل كوستا"),
])
def test_a_full_name_with_no_title_after_was_or_opening_a_line_is_the_surnames(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


@pytest.mark.parametrize(("text", "canonical"), [
    ("بدأ المتظاهرون يتجمعون في الساحة منذ الصباح.\nوقال المتظاهرون إن مطالبهم واضحة.", "المتظاهرون"),
    ("ويواجه كوستا ضغوطا كبيرة من الجماهير.\nوقال كوستا إن العرض مرفوض.", "كوستا"),
    ("قد يواجه كوستا ضغوطا كبيرة من الجماهير.\nوقال كوستا إن العرض مرفوض.", "كوستا"),
])
def test_a_verb_before_the_word_is_no_first_name(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


# --- the title after a comma opened by a nationality, or after the name with no comma ------------------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال مدرب المنتخب، الفرنسي هيرفي رونار، إن التحضيرات تسير جيدا.", "هيرفي رونار"),
    ("وأكد المدير الفني للنادي، الألماني يورغن كلوب، أن الفريق سيعود أقوى.", "يورغن كلوب"),
    ("وقال معن الطراونة سفير الأردن إن بلاده ستدعم الخطة.", "معن الطراونة"),
    ("وقال عماد الدين حسين رئيس التحرير إن الصحيفة ستواصل الصدور.", "عماد الدين حسين"),
    ("وأوضح يورغن كلوب مدرب الفريق أن الإصابات كثيرة.", "يورغن كلوب"),
])
def test_the_name_without_the_title_set_beside_it(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]
