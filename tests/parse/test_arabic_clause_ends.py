"""Arabic: where a reported clause ends and the writer's own narration resumes (a time clause after a comma, a
demonstrative's remark, a relative clause of background), and the cues of regarding and ascribing."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.content.text) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("وقالت الشرطة إنها أوقفت سائق الشاحنة، بعد أن صدم ثلاث سيارات على الطريق الساحلي.",
                     "الشرطة", "إنها أوقفت سائق الشاحنة", id="police-after-a-crash"),
        pytest.param("وأعلن النادي أنه فسخ عقد المدرب، بعد أن خسر الفريق خمس مباريات متتالية.",
                     "النادي", "أنه فسخ عقد المدرب", id="club-after-losses"),
        pytest.param("وأكدت وزارة الصحة أن المستشفى استأنف عمله، بعدما انقطعت عنه الكهرباء يومين.",
                     "وزارة الصحة", "أن المستشفى استأنف عمله", id="ministry-badama"),
        pytest.param("وذكرت البلدية أن الجسر أغلق أمام الشاحنات، بعد أن ظهرت فيه تشققات.",
                     "البلدية", "أن الجسر أغلق أمام الشاحنات", id="municipality-after-cracks"),
        pytest.param("وأفاد مصدر أمني بأن المسلحين انسحبوا من القرية، بعد أن حاصرها الجيش ليلا.",
                     "مصدر أمني", "بأن المسلحين انسحبوا من القرية", id="security-source"),
        pytest.param("وصرح المتحدث باسم الشركة بأن الرحلات ستستأنف غدا، بعدما هدأت العاصفة.",
                     "المتحدث باسم الشركة", "بأن الرحلات ستستأنف غدا", id="spokesman-badama"),
    ],
)
def test_a_time_clause_after_a_comma_closing_the_content_is_the_writers(text: str, source: str, content: str) -> None:
    assert _records(text)[0] == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وقال المدرب إن "اللاعبين تعبوا كثيرا، بعد أن سافروا ليلة كاملة".', id="inside-the-quotation"),
        pytest.param("وقالت المعلمة إنها شعرت بالحزن بعد أن رأت الصور.", id="no-comma"),
    ],
)
def test_a_time_clause_inside_the_quotation_or_without_a_comma_stays_in_the_content(text: str) -> None:
    [(_, content)] = _records(text)
    assert content.rstrip('".').endswith(text.rstrip('".').split()[-1])


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("وأعلنت الحكومة أن الانتخابات ستؤجل ستة أشهر وهذا يعني بقاء البرلمان الحالي.",
                     "الحكومة", "أن الانتخابات ستؤجل ستة أشهر", id="this-means"),
        pytest.param("وأكد المدير أن المصنع سيغلق أبوابه وهذه ضربة قاسية لمئات العمال.",
                     "المدير", "أن المصنع سيغلق أبوابه", id="this-is-a-blow"),
        pytest.param('وقالت النقابة إن الأجور "لا تكفي لشيء" وهو ما رفضته وزارة العمل.',
                     "النقابة", 'إن الأجور "لا تكفي لشيء"', id="which-after-a-quotation"),
        pytest.param("وذكر المرصد أن القصف طال ثلاثة أحياء وهو الأمر الذي نفته السلطات.",
                     "المرصد", "أن القصف طال ثلاثة أحياء", id="the-matter-which"),
        pytest.param("وأوضح المهندس أن السد يحتاج إلى ترميم عاجل وهذا ما تؤكده صور الأقمار الصناعية.",
                     "المهندس", "أن السد يحتاج إلى ترميم عاجل", id="this-is-what"),
    ],
)
def test_a_demonstrative_opening_a_clause_after_the_content_is_the_writers_remark(
        text: str, source: str, content: str) -> None:
    assert _records(text)[0] == (source, content)


def test_a_demonstrative_remark_inside_a_quotation_ends_the_report_made_inside_it() -> None:
    text = "ورد الوزير بقوله: «البنك يرى أن الديون ستتراجع وهذه نقطة خلافنا معه»."
    records = _records(text)
    assert ("البنك", "أن الديون ستتراجع") in records
    assert any(content.startswith("«") and "نقطة خلافنا" in content for _, content in records)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال الطبيب إن المريض تعافى وهذه الحالة نادرة في المنطقة.", id="demonstrative-before-a-noun"),
        pytest.param('وقال اللاعب إن "المباراة كانت صعبة وهذا طبيعي أمام فريق قوي".', id="inside-his-quotation"),
        pytest.param("وقال الخبير إن الأسعار سترتفع وهو ما ستدفعه الأسر، بحسب تعبيره.", id="his-words-by-the-tag"),
    ],
)
def test_a_demonstrative_before_a_noun_in_his_quotation_or_with_his_tag_stays_in_the_content(text: str) -> None:
    [(_, content)] = _records(text)
    assert content.rstrip('".').endswith(("المنطقة", "قوي", "الأسر"))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("ونفت الوزارة أن تكون قد أغلقت المعبر الحدودي التي تأتي بعد أسبوع من التوتر.",
                     "الوزارة", "أن تكون قد أغلقت المعبر الحدودي", id="comes-after"),
        pytest.param("وأكد المتحدث أن الحكومة ستدعم المزارعين في الجنوب الذين تمكنوا من إنقاذ محصولهم.",
                     "المتحدث", "أن الحكومة ستدعم المزارعين في الجنوب", id="managed-to"),
        pytest.param("وقال الناطق إن الجيش سيرسل تعزيزات إلى البلدة الحدودية التي جاءت في صدارة الأخبار.",
                     "الناطق", "إن الجيش سيرسل تعزيزات إلى البلدة الحدودية", id="came-to"),
        pytest.param("وأعلن الاتحاد أن المنتخب سيلعب مع الفريق الضيف الذي نجح في الفوز بالبطولة مرتين.",
                     "الاتحاد", "أن المنتخب سيلعب مع الفريق الضيف", id="succeeded-in"),
        pytest.param("وذكرت الصحيفة أن الشركة ستعين مديرا جديدا للفرع الذي سبق أن أغلق مرتين.",
                     "الصحيفة", "أن الشركة ستعين مديرا جديدا للفرع", id="had-before"),
        pytest.param("وأوضح المحافظ أن السلطات ستعوض أصحاب المحلات المتضررة التي يأتي معظمها في السوق القديم.",
                     "المحافظ", "أن السلطات ستعوض أصحاب المحلات المتضررة", id="present-masculine"),
    ],
)
def test_a_relative_clause_of_background_on_a_late_noun_is_the_writers(text: str, source: str, content: str) -> None:
    assert _records(text)[0] == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال الوزير إن الزيارة التي تأتي بعد سنوات من القطيعة ستفتح صفحة جديدة.",
                     id="a-relative-on-the-first-noun"),
        pytest.param("وقال الرئيس إن الجيش صد الهجمات على القرى الحدودية التي وقعت في الليلة الماضية.",
                     id="which-one-is-meant"),
        pytest.param('وقال المدرب إن "اللاعبين واجهوا الفريق الذي جاء من بعيد".', id="inside-his-quotation"),
    ],
)
def test_a_relative_on_the_first_noun_which_one_is_meant_or_quoted_stays_in_the_content(text: str) -> None:
    [(_, content)] = _records(text)
    assert content.rstrip('".').endswith(("جديدة", "الماضية", "بعيد"))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("ونشرت الجمعية على موقعها صورا قالت إنها لمنازل دمرها الزلزال، تظهر ركاما يغطي الشارع.",
                     "الجمعية", "إنها لمنازل دمرها الزلزال", id="pictures-show-rubble"),
        pytest.param("وبث التلفزيون لقطات قال إنها للحظة سقوط الجسر، يظهر فيها عمال يركضون.",
                     "التلفزيون", "إنها للحظة سقوط الجسر", id="footage-shows-workers"),
        pytest.param("ونشر الناشطون مقاطع قالوا إنها من داخل السجن، تكشف زنازين مكتظة.",
                     "الناشطون", "إنها من داخل السجن", id="clips-reveal-cells"),
        pytest.param("وعرضت المعارضة خرائط قالت إنها للمواقع المقصوفة، تظهر انتشار الحرائق.",
                     "المعارضة", "إنها للمواقع المقصوفة", id="maps-show-fires"),
        pytest.param("ووزع الجيش صورا قال إنها لمخازن أسلحة، تظهر صناديق ذخيرة.",
                     "الجيش", "إنها لمخازن أسلحة", id="army-pictures"),
    ],
)
def test_a_verb_of_showing_after_the_words_on_a_published_picture_describes_the_picture(
        text: str, source: str, content: str) -> None:
    assert _records(text)[0] == (source, content)


def test_a_verb_of_showing_after_a_report_on_no_picture_stays_in_the_content() -> None:
    [(_, content)] = _records("وقال المحقق إن الشرطة عثرت على وثائق، تكشف تورط موظفين في الصفقة.")
    assert content.endswith("في الصفقة")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("وأكدت الوزارة أن الشرطة أبلغت السكان بضرورة الإخلاء.", "الشرطة", "بضرورة الإخلاء",
                     id="inside-a-content"),
        pytest.param("وأبلغت الشرطة السكان بضرورة الإخلاء.", "الشرطة", "بضرورة الإخلاء", id="verb-first-as-before"),
        pytest.param("لكن الشركة أبلغت موظفيها بقرار الإغلاق.", "الشركة", "بقرار الإغلاق", id="after-but"),
        pytest.param("وقال المحامي إن القاضي أبلغ المتهمين بموعد الجلسة.", "القاضي", "بموعد الجلسة",
                     id="told-the-accused"),
        pytest.param("وذكرت الصحيفة أن السفارة أبلغت رعاياها بتعليق الرحلات.", "السفارة", "بتعليق الرحلات",
                     id="embassy-told-its-citizens"),
    ],
)
def test_whom_a_subject_written_first_told_is_out_of_the_content_as_after_the_verb(
        text: str, source: str, content: str) -> None:
    assert (source, content) in _records(text)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("ووقع الرئيس اتفاقا يؤكد أن الحدود مفتوحة.", "اتفاقا", "أن الحدود مفتوحة", id="agreement"),
        pytest.param("ووقع الطرفان تفاهما ينص على تبادل الأسرى.", "تفاهما", "على تبادل الأسرى", id="understanding"),
        pytest.param("ووقع البلدان معاهدة تنص على نزع السلاح.", "معاهدة", "على نزع السلاح", id="treaty"),
        pytest.param("ووقعت الحكومة اتفاقية تنص على أن الميناء يبقى مفتوحا.", "اتفاقية", "أن الميناء يبقى مفتوحا",
                     id="convention"),
        pytest.param("واعتمد المؤتمر ميثاقا يؤكد أن للاجئين حق العودة.", "ميثاقا", "أن للاجئين حق العودة",
                     id="charter"),
    ],
)
def test_an_agreement_signed_by_the_clause_states_its_terms_the_signer_is_no_part_of_the_source(
        text: str, source: str, content: str) -> None:
    assert _records(text) == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وقال المتحدث إن الحريق أسفر عن مقتل خمسة أشخاص، وفق حصيلة أولية.", "المتحدث", id="first-toll"),
        pytest.param("وقال مدير المستشفى إن عدد المصابين ارتفع إلى 40، بحسب حصيلة رسمية.", "مدير المستشفى",
                     id="official-toll"),
        pytest.param("وأكد الدفاع المدني أن السيول جرفت عشرين منزلا، وفق حصيلة جديدة.", "الدفاع المدني",
                     id="new-toll"),
        pytest.param("وذكر المرصد أن المعارك أوقعت ثلاثين قتيلا، بحسب تقديرات أولية.", "المرصد", id="first-estimates"),
        pytest.param("وأعلنت البلدية أن الأمطار أتلفت مئة هكتار، وفقا لتقديرات أولية.", "البلدية",
                     id="estimates-with-la"),
    ],
)
def test_a_tally_closing_a_speakers_report_is_his_own_figure_no_source_of_his_words(text: str, source: str) -> None:
    assert [found for found, _ in _records(text)] == [source]


def test_a_tally_with_an_owner_is_still_a_source_of_the_clause() -> None:
    text = "وقال المسعفون إن الحريق أسفر عن مقتل خمسة، وفق حصيلة لوزارة الصحة."
    assert {found for found, _ in _records(text)} == {"المسعفون", "حصيلة لوزارة الصحة"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param('واعتذر الوزير عما سببه من "إحراج" للحكومة في إطار نفس التصريحات التي نقلتها الإذاعة.',
                     'عما سببه من "إحراج" للحكومة', id="same-statements"),
        pytest.param("وأكد المدرب أن الفريق جاهز للمباراة في إطار تصريحاته للقناة الرياضية.",
                     "أن الفريق جاهز للمباراة", id="his-statements"),
        pytest.param("وقالت الوزيرة إن الدعم سيستمر ضمن تصريحاتها للصحفيين أمس.", "إن الدعم سيستمر",
                     id="among-her-statements"),
        pytest.param("وأوضح السفير أن المفاوضات متواصلة في إطار مقابلة مع التلفزيون الرسمي.",
                     "أن المفاوضات متواصلة", id="an-interview"),
        pytest.param("وقال الوزير إن الزيارة تأتي في إطار تعزيز العلاقات.", "إن الزيارة تأتي في إطار تعزيز العلاقات",
                     id="a-framework-of-no-statement-stays"),
    ],
)
def test_the_statement_a_report_was_part_of_is_the_writers_occasion(text: str, content: str) -> None:
    assert _records(text)[0][1] == content
