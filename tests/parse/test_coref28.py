"""Who is speaking when a later mention refers back past the latest speaker (coref28): a bare Arabic 'المسؤولة'
or 'المسؤول' of the other gender than the latest speaker, a woman's feminine title that is also a noun
('محافظة'), an English role noun whose holder was named after a comma ('A spokeswoman for X, Name'), and an
age written with a title ('the 58-year-old minister'). Texts are written for these tests; none is copied from a
corpus."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse.resolve import guess_type, title_keys
from tests.parse.conftest import arabic_records, claims


def _canonical_of(text: str, lang: str, source: str) -> str:
    """The canonical source of the last record whose source is written `source`."""
    if lang == "ar":
        found = [(a.source_text, a.source_canonical) for a in arabic_records(text)]
    else:
        found = [(c.source, c.canonical) for c in claims(text, lang)]
    matching = [canonical for written, canonical in found if written == source]
    assert matching, found
    return matching[-1]


@pytest.mark.parametrize(("text", "source", "canonical"), [
    pytest.param(
        "قالت مديرة المستشفى سعاد الحربي إن الأجنحة الجديدة ستفتح في أيار.\n"
        "وقال الطبيب عادل منصور إن غرف العمليات تحتاج إلى أجهزة حديثة.\n"
        "وقالت المسؤولة إن الأجهزة طلبت من الخارج.",
        "المسؤولة", "سعاد الحربي", id="woman-official-past-a-doctor"),
    pytest.param(
        "أعلنت وزيرة البيئة ريم الخوري أن الحكومة ستمنع الأكياس البلاستيكية.\n"
        "وقال رئيس البلدية سمير داود إن البلدية ستوزع أكياسا من القماش.\n"
        "وأكدت المسؤولة أن القرار سيطبق في كانون الثاني.",
        "المسؤولة", "ريم الخوري", id="woman-minister-past-a-mayor"),
    pytest.param(
        "قال مدير الميناء فادي العلي إن السفن ستنتظر يومين قبل التفريغ.\n"
        "وقالت رئيسة نقابة العمال دعاء سليم إن العمال لن يعملوا ساعات إضافية.\n"
        "وأضاف المسؤول أن الإدارة ستستأجر رافعات جديدة.",
        "المسؤول", "فادي العلي", id="man-official-past-a-woman"),
    pytest.param(
        "قالت النائبة سهى الراشد إن اللجنة ستستدعي وزير الزراعة.\n"
        "وقال المزارع جميل عواد إن الأسمدة تضاعف سعرها.\n"
        "وتابعت المسؤولة أن الاستجواب سيكون الأسبوع المقبل.",
        "المسؤولة", "سهى الراشد", id="woman-deputy-past-a-farmer"),
    pytest.param(
        "قالت محافظة البنك المركزي سارة الحسيني إن الدينار مستقر.\n"
        "وقال المحلل المالي نبيل قاسم إن الأسعار سترتفع.\n"
        "وقالت المسؤولة إن البنك يملك احتياطيا كافيا.",
        "المسؤولة", "محافظة البنك المركزي سارة الحسيني", id="woman-governor-past-an-analyst"),
])
def test_arabic_bare_official_title_goes_back_to_the_official_of_its_gender(text: str, source: str,
                                                                            canonical: str) -> None:
    assert _canonical_of(text, "ar", source) == canonical


def test_arabic_bare_feminine_title_with_no_woman_official_stays_unnamed() -> None:
    text = ("قال وزير النقل عماد فرح إن القطار سيعمل في الصيف.\n"
            "وقال الخبير كريم ناصر إن الكلفة مرتفعة.\n"
            "وقالت المسؤولة إن التذاكر ستكون رخيصة.")
    assert _canonical_of(text, "ar", "المسؤولة") == "المسؤولة"


@pytest.mark.parametrize(("mention", "kind"), [
    ("محافظة البنك المركزي سارة الحسيني", "official"),
    ("محافظة العاصمة ليلى يوسف", "official"),
    ("نائبة رئيس الوزراء هدى فارس", "official"),
    ("محافظة البصرة", "government"),
    ("محافظة نينوى الشمالية", "government"),
])
def test_arabic_feminine_title_before_a_womans_name_is_her_office(mention: str, kind: str) -> None:
    lex = lexicon_for("ar")
    assert bool(title_keys(mention, lex)) == (kind == "official")  # (a governorate is no one's title)
    if kind == "official":
        assert guess_type(mention, lex) == "official"


@pytest.mark.parametrize(("text", "source", "canonical"), [
    pytest.param(
        "A spokeswoman for Harlow Rail, Jenna Moss, said trains would run on Sunday.\n"
        "Union chief Carl Pike said the strike would go on.\n"
        "\"We have drivers for every line,\" the spokeswoman said.",
        "the spokeswoman", "Jenna Moss", id="spokeswoman-for-a-company-then-name"),
    pytest.param(
        "The ministry's spokesman, Omar Haddad, said the border would reopen.\n"
        "Opposition MP Lena Fox said the closure had cost traders millions.\n"
        "The spokesman said the decision had been taken for security reasons.",
        "The spokesman", "Omar Haddad", id="possessed-spokesman-comma-name"),
    pytest.param(
        "The bank's chief economist, Priya Nair, said inflation had peaked.\n"
        "Trader Bob Lee said markets did not believe it.\n"
        "\"Prices are already falling in the shops,\" the economist said.",
        "the economist", "Priya Nair", id="chief-economist-comma-name"),
    pytest.param(
        "A spokesman at the Dorset Council, Ian Moore, said the road would close.\n"
        "Shop owner Ruth Gale said business had halved.\n"
        "The spokesman said a detour would be signposted.",
        "The spokesman", "Ian Moore", id="spokesman-at-the-body-then-name"),
    pytest.param(
        "Police said a spokeswoman, Dana Cole, would brief reporters at noon.\n"
        "Witness Paul Grey said he heard two shots.\n"
        "The spokeswoman said no one had been arrested.",
        "The spokeswoman", "Dana Cole", id="spokeswoman-comma-name"),
])
def test_english_role_noun_goes_back_to_the_name_set_off_after_it(text: str, source: str, canonical: str) -> None:
    assert _canonical_of(text, "en", source) == canonical


@pytest.mark.parametrize(("text", "source", "canonical"), [
    pytest.param(
        "Health minister Anna Berg said waiting lists would shrink.\n"
        "Surgeon Tom Kell said theatres were closing for lack of staff.\n"
        "The 58-year-old minister said new theatres would open in spring.",
        "The 58-year-old minister", "Anna Berg", id="aged-minister"),
    pytest.param(
        "Senator Joan Pratt said the bill would pass.\n"
        "Analyst Dev Rao said the votes were not there.\n"
        "The 70-year-old senator said she had counted them twice.",
        "The 70-year-old senator", "Joan Pratt", id="aged-senator"),
    pytest.param(
        "Mayor Luis Ortega said the bridge would reopen in May.\n"
        "Resident Kim Sato said drivers had waited a year.\n"
        "The 45-year-old mayor said the repairs were nearly done.",
        "The 45-year-old mayor", "Luis Ortega", id="aged-mayor"),
    pytest.param(
        "Coach Ben Ivory said his team was ready.\n"
        "The 34-year-old said the final would be close.",
        "The 34-year-old", "Ben Ivory", id="age-alone-stays-the-latest"),
])
def test_english_age_with_a_title_goes_back_to_that_titles_holder(text: str, source: str, canonical: str) -> None:
    assert _canonical_of(text, "en", source) == canonical


@pytest.mark.parametrize(("text", "canonical"), [
    pytest.param(
        "Fire chief Helen Ward said the blaze had been contained by dawn.\n"
        "Warehouse owner Sam Price said he had lost everything.\n"
        "The official said the cause was still unknown.",
        "Helen Ward", id="official-past-an-owner"),
    pytest.param(
        "Deputy Mayor Victor Lang said the market would move in June.\n"
        "Stallholder Amy Cho said nobody had asked the traders.\n"
        "\"The new hall is twice the size,\" the official said.",
        "Victor Lang", id="official-past-a-trader"),
    pytest.param(
        "Customs spokesman Ravi Menon said 40 kilos of cocaine had been seized.\n"
        "The official said the drugs were hidden in banana crates.",
        "Ravi Menon", id="official-right-after-him"),
])
def test_english_the_official_goes_back_to_the_named_official(text: str, canonical: str) -> None:
    assert _canonical_of(text, "en", "The official" if "The official" in text else "the official") == canonical


def test_english_the_official_after_an_unnamed_official_is_that_one() -> None:
    text = ("Governor Ann Lowe said the budget was balanced.\n"
            "A senior official in her office said cuts were coming.\n"
            "The official said schools would be spared.")
    assert _canonical_of(text, "en", "The official") != "Governor Ann Lowe"


def test_english_the_official_after_an_anonymous_official_and_a_named_one_stays_unnamed() -> None:
    text = ("A senior defence official, who asked not to be named, said troops would leave in May.\n"
            "Defence Secretary Mark Hale said no date had been set.\n"
            "The official said the first units would leave from the northern base.")
    assert _canonical_of(text, "en", "The official") != "Defence Secretary Mark Hale"
