"""Arabic reports whose object, addressee or counted noun sits between the cue and its content: where the
source ends and what was said starts. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلنت هيئة شؤون الأسرى والمحررين الإفراج عن الأسير صباح اليوم.", "هيئة شؤون الأسرى والمحررين",
     "الإفراج عن الأسير صباح اليوم"),
    ("وأعلن اتحاد نقابات العمال الإضراب العام يوم الأحد المقبل.", "اتحاد نقابات العمال",
     "الإضراب العام يوم الأحد المقبل"),
    ("وأعلنت نقابة المعلمين الإضراب المفتوح في المدارس الحكومية.", "نقابة المعلمين",
     "الإضراب المفتوح في المدارس الحكومية"),
    ("وأكدت مديرية الأمن العام الاعتقال الفوري للمشتبه بهم.", "مديرية الأمن العام",
     "الاعتقال الفوري للمشتبه بهم"),
    ("وأعلن التحالف الانسحاب من المدينة خلال يومين.", "التحالف", "الانسحاب من المدينة خلال يومين"),
    ("وأعلنت الشركة الإضراب عن العمل.", "الشركة", "الإضراب عن العمل"),
    ("وأعلنت هيئة الدفاع الاستئناف على الحكم.", "هيئة الدفاع", "الاستئناف على الحكم"),
])
def test_a_definite_derived_masdar_after_the_body_opens_what_it_announced(text: str, source: str,
                                                                           content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [("وأعلن الاتحاد الأوروبي أن العقوبات ستمدد.", "الاتحاد الأوروبي"),
                                             ("وقال الائتلاف الحاكم إن الحكومة باقية.", "الائتلاف الحاكم"),
                                             ("وأعلن حزب الاستقلال أن مرشحه سيخوض الانتخابات.", "حزب الاستقلال")])
def test_a_bodys_own_name_in_the_derived_form_is_still_the_source(text: str, source: str) -> None:
    assert _pairs(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("وقال رئيس رابطة العلماء المسلمين إن الفتوى لا تجيز ذلك.", "رئيس رابطة العلماء المسلمين"),
    ("وأكد رئيس رابطة العلماء المسلمين أن الفتوى لا تجيز ذلك.", "رئيس رابطة العلماء المسلمين"),
    ("وأوضحت جمعية الأطباء المقيمين أن الإضراب مستمر.", "جمعية الأطباء المقيمين"),
    ("وذكر اتحاد الخبراء المحاسبين أن القانون الجديد غامض.", "اتحاد الخبراء المحاسبين"),
    ("وقال رئيس اتحاد الكتاب العاملين إن المعرض سيقام في موعده.", "رئيس اتحاد الكتاب العاملين"),
])
def test_a_plural_adjective_of_a_bodys_people_stays_in_the_name_before_the_complementizer(text: str,
                                                                                        source: str) -> None:
    [(got, _, _)] = _pairs(text)
    assert got == source


@pytest.mark.parametrize("text", ["وطمأن محافظ البنك المركزي المودعين بأن أموالهم آمنة.",
                                  "وطمأن رئيس الوزراء المستثمرين بأن أموالهم آمنة."])
def test_the_people_reassured_after_a_title_are_still_no_part_of_the_speaker(text: str) -> None:
    [(source, _, content)] = _pairs(text)
    assert (source.split()[-1], content) in (("المركزي", "بأن أموالهم آمنة"), ("الوزراء", "بأن أموالهم آمنة"))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهمت حملة المرشح منافسيه بتزوير الأصوات في عدة دوائر.", "حملة المرشح",
     "منافسيه بتزوير الأصوات في عدة دوائر"),
    ("واتهم الحزب الحاكم معارضيه بالتحريض على العنف.", "الحزب الحاكم", "معارضيه بالتحريض على العنف"),
    ("ودعت الحكومة مواطنيها إلى تجنب السفر.", "الحكومة", "مواطنيها إلى تجنب السفر"),
    ("وحث الرئيس مؤيديه على الهدوء.", "الرئيس", "مؤيديه على الهدوء"),
    ("ووصف الوزير منتقديه بأنهم يعيشون في الماضي.", "الوزير", "منتقديه بأنهم يعيشون في الماضي"),
    ("ووصف المدرب لاعبيه بأنهم أبطال حقيقيون.", "المدرب", "لاعبيه بأنهم أبطال حقيقيون"),
    ("ووصف الوزير خصومه بأنهم فاشلون.", "الوزير", "خصومه بأنهم فاشلون"),
])
def test_a_possessed_plural_after_the_subject_is_the_object_not_part_of_the_speaker(text: str, source: str,
                                                                                   content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)



@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأبلغت الحكومة الأمم المتحدة بأن القوات ستنسحب خلال أسبوع.", "الحكومة", "بأن القوات ستنسحب خلال أسبوع"),
    ("وأبلغت مصادر دبلوماسية الجزيرة أن المفاوضات توقفت.", "مصادر دبلوماسية", "أن المفاوضات توقفت"),
    ("وأبلغت الخارجية الأمريكية الاتحاد الأوروبي بأن العقوبات ستستمر.", "الخارجية الأمريكية",
     "بأن العقوبات ستستمر"),
    ("وأبلغ الاتحاد الأوروبي الأمم المتحدة أن المساعدات وصلت.", "الاتحاد الأوروبي", "أن المساعدات وصلت"),
    ("وأبلغ الجيش الإسرائيلي الأمم المتحدة بأن قواته ستبقى في المنطقة.", "الجيش الإسرائيلي",
     "بأن قواته ستبقى في المنطقة"),
    ("وأبلغ مسؤولون عسكريون الكونغرس أن الضربة كانت محدودة.", "مسؤولون عسكريون", "أن الضربة كانت محدودة"),
])
def test_whom_a_verb_of_telling_told_after_the_subject_is_not_the_speaker(text: str, source: str,
                                                                         content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


def test_an_outlet_told_after_an_adjective_is_the_conduit() -> None:
    [claim] = parse("وأبلغ مسؤول أمريكي رويترز أن المفاوضات توقفت.", "ar").attributions
    assert (claim.source.text, claim.conduits) == ("مسؤول أمريكي", ("Reuters",))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهمت جماعة مسلحة مصر بدعم الفصائل المعارضة لها.", "جماعة مسلحة", "مصر بدعم الفصائل المعارضة لها"),
    ("واتهمت جماعة مسلحة الحكومة بقصف القرى.", "جماعة مسلحة", "الحكومة بقصف القرى"),
    ("واتهمت جهة مجهولة الوزير بتسريب الوثائق.", "جهة مجهولة", "الوزير بتسريب الوثائق"),
    ("واتهمت منظمة حقوقية مصر بتعذيب المعتقلين.", "منظمة حقوقية", "مصر بتعذيب المعتقلين"),
    ("ووصفت جماعة متشددة الانتخابات بأنها مسرحية.", "جماعة متشددة", "الانتخابات بأنها مسرحية"),
])
def test_a_feminine_participle_after_an_indefinite_body_describes_it_and_the_object_follows(
        text: str, source: str, content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("واتهمت هيئة مكافحة الفساد الوزير بالتلاعب في العقود.", "هيئة مكافحة الفساد"),
    ("وقالت لجنة متابعة شؤون الأسرى إن الأسير نقل إلى المستشفى.", "لجنة متابعة شؤون الأسرى"),
    ("وأعلنت شركة مملوكة للدولة أنها ستخفض الأسعار.", "شركة مملوكة للدولة"),
])
def test_a_verbal_noun_in_mufaala_after_a_body_takes_its_genitive(text: str, source: str) -> None:
    [(got, _, _)] = _pairs(text)
    assert got == source


@pytest.mark.parametrize(("text", "conduit"), [
    ("وأضاف موقع واينت نقلا عن مصادر أمنية أن المشتبه به اعتقل فجرا.", "واينت"),
    ("وقال موقع واينت، نقلا عن مصادر أمنية، إن المشتبه به اعتقل.", "واينت"),
    ("ونقل موقع واينت عن مصادر أمنية أن المشتبه به اعتقل.", "واينت"),
    ("وذكرت قناة كان نقلا عن مسؤولين أن الحكومة ستجتمع مساء.", "كان"),
])
def test_a_one_word_outlet_name_before_a_relay_is_its_conduit(text: str, conduit: str) -> None:
    relayed = [a for a in parse(text, "ar").attributions if a.source and a.source.text.startswith(("مصادر", "مسؤولين"))]
    assert [a.conduits for a in relayed] == [(conduit,)]


@pytest.mark.parametrize("outlet", ["صحيفة محلية", "موقع إلكتروني"])
def test_an_outlet_noun_with_an_adjective_names_no_outlet(outlet: str) -> None:
    text = f"وقال {outlet} نقلا عن مصادر أمنية إن المشتبه به اعتقل."
    relayed = [a for a in parse(text, "ar").attributions if a.cue and a.cue.text == "نقلا عن"]
    assert [a.conduits for a in relayed] == [()]


@pytest.mark.parametrize("text", [
    "وأعلن النائب العام إحالة 15 متهما إلى المحكمة الجزائية.",
    "وقضت المحكمة بسجن 7 متهمين وتبرئة 3 متهما من التهم.",
    "وأمرت النيابة بحبس 12 متهما أربعة أيام على ذمة التحقيق.",
    "وقررت اللجنة قبول 40 مطالبا بالتعويض.",
])
def test_a_participle_counted_by_a_number_is_a_noun_not_a_report(text: str) -> None:
    assert not [a for a in parse(text, "ar").attributions if a.cue and a.cue.text in ("متهما", "مطالبا")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلن النائب العام السعودي سعود المعجب إحالة 15 متهما إلى المحكمة الجزائية المتخصصة.",
     "النائب العام السعودي سعود المعجب", "إحالة 15 متهما إلى المحكمة الجزائية المتخصصة"),
    ("وأكد الرئيس التونسي قيس سعيد مواصلة الحرب على الفساد.", "الرئيس التونسي قيس سعيد",
     "مواصلة الحرب على الفساد"),
    ("وأعلنت الوزيرة هالة السعيد زيادة الاستثمارات العامة.", "الوزيرة هالة السعيد", "زيادة الاستثمارات العامة"),
    ("وأكد المدرب وليد الركراكي جاهزية اللاعبين للمباراة.", "المدرب وليد الركراكي", "جاهزية اللاعبين للمباراة"),
])
def test_a_feminine_noun_after_a_first_name_and_surname_opens_the_object(text: str, source: str,
                                                                         content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("وقال الفنان علي حسن حمزة إن الحفل ألغي.", "الفنان علي حسن حمزة"),
    ("وقالت الطبيبة مريم سعيد إن المريض تعافى.", "الطبيبة مريم سعيد"),
])
def test_a_third_name_that_is_a_first_name_stays_in_the_mention(text: str, source: str) -> None:
    [(got, _, _)] = _pairs(text)
    assert got == source


@pytest.mark.parametrize(("second", "content"), [
    ("ونفى وجود أي خلافات بين اللاعبين والمدرب.", "وجود أي خلافات بين اللاعبين والمدرب"),
    ("وأكد وقوع إصابات بين المحتجين.", "وقوع إصابات بين المحتجين"),
    ("ونفى صحة الأنباء المتداولة عن استقالته.", "صحة الأنباء المتداولة عن استقالته"),
    ("ونفى صحة ما تداولته المواقع.", "صحة ما تداولته المواقع"),
    ("وأكد مقتل ثلاثة من عناصر الأمن.", "مقتل ثلاثة من عناصر الأمن"),
])
def test_a_verb_opening_the_sentence_before_an_events_noun_carries_the_speaker_over(second: str,
                                                                                   content: str) -> None:
    text = f"قال المتحدث باسم الشرطة العميد سامر الخطيب إن التحقيق مستمر. {second}"
    first, claim = parse(text, "ar").attributions
    assert (claim.source, claim.content.text, claim.source_canonical) == (None, content, first.source_canonical)


@pytest.mark.parametrize(("text", "source"), [
    ("بحسب ما أعلنه المركز الوطني للأرصاد، فإن موجة حارة ستضرب المنطقة الشرقية.", "المركز الوطني للأرصاد"),
    ("وارتفع عدد الضحايا إلى 12، وفق ما ذكره موقع الوزارة.", "موقع الوزارة"),
    ("وقال الوزير إن الاتفاق وقع، حسب ما أورده التلفزيون الرسمي.", "التلفزيون الرسمي"),
    ("وقال الوزير إن الاتفاق وقع، بحسب ما نقله عنه التلفزيون الرسمي.", "التلفزيون الرسمي"),
    ("وانتهت المباراة بالتعادل، حسبما قاله المدرب.", "المدرب"),
    ("وتراجع الدينار أمام الدولار، وفقا لما أظهرته بيانات البنك المركزي.", "بيانات البنك المركزي"),
])
def test_a_verb_with_the_pronoun_of_ma_after_an_according_phrase_belongs_to_it(text: str, source: str) -> None:
    according = [a for a in parse(text, "ar").attributions if a.cue and "ما" in a.cue.text]
    assert [(a.source.text if a.source else "", len(a.cue.text.split()) > 1) for a in according] == [(source, True)]


def test_what_the_speaker_posted_himself_after_an_according_phrase_is_no_new_source() -> None:
    text = "وقال اللاعب إن الإصابة ليست خطيرة، بحسب ما كتبه على حسابه في إنستغرام."
    assert [a.source_text for a in parse(text, "ar").attributions] == ["اللاعب"]


@pytest.mark.parametrize(("text", "canonical"), [
    ("وذكر بيان لوزارة الصحة أن عدد الإصابات ارتفع. وقالت الوزارة إن الوضع تحت السيطرة.", "وزارة الصحة"),
    ("وبحسب بيان لوزارة الداخلية، فإن المتهم اعتقل. وأضافت الوزارة أن التحقيق مستمر.", "وزارة الداخلية"),
    ("وأشار تقرير لمنظمة العفو الدولية إلى أن السلطات اعتقلت المحتجين. واتهمت المنظمة قوات الأمن بالعنف.",
     "Amnesty International"),
    ("وذكرت دراسة لجامعة الملك سعود أن التدخين ينتشر بين الشباب. وأوضحت الجامعة أن العينة شملت ألف طالب.",
     "جامعة الملك سعود"),
    ("وقال الوزير إن بيانا لوزارة الصحة سيصدر قريبا. وأكدت الوزارة أن الوضع مستقر.", "وزارة الصحة"),
])
def test_a_body_noun_alone_refers_to_the_body_whose_document_was_cited(text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[-1].source_canonical == canonical


@pytest.mark.parametrize(("first", "surname"), [("أمين", "الناصر"), ("سامح", "الخطيب"), ("تميم", "العبيدي"),
                                               ("إيهاب", "المصري"), ("مدحت", "الشريف")])
def test_a_surname_written_after_a_first_name_earlier_is_a_named_person(first: str, surname: str) -> None:
    text = (f"أعلنت الشركة، على لسان رئيسها التنفيذي {first} {surname}، أن الأرباح ارتفعت. "
            f"واعتبر {surname} أن النتائج فاقت التوقعات.")
    claim = parse(text, "ar").attributions[-1]
    assert (claim.source_text, claim.anonymous) == (surname, False)


def test_the_title_amin_aam_before_a_body_is_no_first_name() -> None:
    [(source, _, content)] = _pairs("وأكد أمين عام مجلس التعاون الخليجي جاسم البديوي أهمية الحوار.")
    assert (source, content) == ("أمين عام مجلس التعاون الخليجي جاسم البديوي", "أهمية الحوار")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونوه رئيس هيئة الأركان بجاهزية القوات المسلحة.", "رئيس هيئة الأركان", "بجاهزية القوات المسلحة"),
    ("وقال رئيس هيئة البيئة إن التلوث تراجع.", "رئيس هيئة البيئة", "إن التلوث تراجع"),
    ("وأشاد رئيس هيئة الأركان العامة الفريق أول ركن فياض الرويلي بجاهزية القوات.",
     "رئيس هيئة الأركان العامة الفريق أول ركن فياض الرويلي", "بجاهزية القوات"),
    ("وحث وزير الدفاع الفريق أول ركن خالد الحمد الجنود على اليقظة.", "وزير الدفاع الفريق أول ركن خالد الحمد",
     "الجنود على اليقظة"),
    ("ودعا قائد الجيش الفريق أول عبد الفتاح البرهان المواطنين إلى الانضمام للقوات.",
     "قائد الجيش الفريق أول عبد الفتاح البرهان", "المواطنين إلى الانضمام للقوات"),
    ("ودعا الوزير عبد الرحمن الشمري المستثمرين إلى المشاركة.", "الوزير عبد الرحمن الشمري",
     "المستثمرين إلى المشاركة"),
])
def test_ranks_bodies_in_hamza_ta_and_two_word_first_names_stay_in_the_speaker(text: str, source: str,
                                                                                content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("second", ["وجاء في الحكم أن الأدلة كانت كافية للإدانة.",
                                    "وأوضح الحكم أن الأدلة كانت كافية للإدانة.",
                                    "وبحسب الحكم، فإن الأدلة كانت كافية للإدانة."])
def test_a_ruling_is_the_courts_document_not_an_unnamed_person(second: str) -> None:
    text = f"وقالت المحكمة الجنائية إن المتهم استغل منصبه. {second}"
    claim = parse(text, "ar").attributions[-1]
    assert (claim.source_text, claim.anonymous, claim.source_canonical) == ("الحكم", False, "المحكمة الجنائية")


@pytest.mark.parametrize(("first", "second"), [
    ("أكد مدرب ريال مدريد كارلو أنشيلوتي أن فريقه قادر على العودة.", "وقال الإيطالي: \"لم نخسر شيئا بعد\"."),
    ("قال المهاجم كريستيانو رونالدو إنه سعيد في النصر.", "وتابع البرتغالي: \"أريد الفوز بالدوري\"."),
    ("قال لاعب الهلال ياسر الشهراني إن الفريق جاهز.", "وأضاف الدولي السعودي أن الجماهير ستدعم الفريق."),
    ("قال مدرب المنتخب هيرفي رونار إن المباراة صعبة.", "وأوضح الفرنسي أن اللاعبين جاهزون."),
])
def test_an_adjective_of_origin_alone_names_the_person_who_spoke_last(first: str, second: str) -> None:
    a, b = parse(f"{first} {second}", "ar").attributions
    assert (b.source_canonical, b.anonymous) == (a.source_canonical, False)


def test_an_adjective_of_origin_after_a_body_names_no_person() -> None:
    text = "قالت وزارة الخارجية إن السفير استدعي. وقال المسؤول الإيطالي إن الأزمة ستحل."
    assert parse(text, "ar").attributions[-1].source_canonical != "وزارة الخارجية"


@pytest.mark.parametrize(("text", "source"), [
    ("ارتفع معدل البطالة إلى 7.7 في المئة، وفق ما أعلنته الهيئة العامة للإحصاء اليوم الأحد.",
     "الهيئة العامة للإحصاء"),
    ("وتراجعت أسعار الذهب، بحسب ما ذكرته وزارة التجارة أمس.", "وزارة التجارة"),
    ("وقتل ثلاثة أشخاص في الانفجار، حسبما أفاد الدفاع المدني مساء الخميس.", "الدفاع المدني"),
    ("وأغلقت المدارس أبوابها، وفقا لما أعلنته وزارة التربية صباح اليوم.", "وزارة التربية"),
])
def test_a_time_closing_an_according_phrase_is_no_part_of_its_source(text: str, source: str) -> None:
    assert [a.source_text for a in parse(text, "ar").attributions] == [source]


def test_a_survey_is_a_document_and_named_again_by_its_noun() -> None:
    text = "وأظهر مسح أجراه البنك المركزي أن ثقة المستهلكين تراجعت. وأشار المسح إلى أن التضخم يقلق الأسر."
    first, second = parse(text, "ar").attributions
    assert (first.source_type, second.source_canonical) == ("document", first.source_canonical)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأبلغ وزير الخارجية نظيره الأمريكي أن بلاده ترفض التدخل.", "وزير الخارجية", "أن بلاده ترفض التدخل"),
    ("وأبلغت السلطات السودانية البعثة الأممية بضرورة المغادرة.", "السلطات السودانية", "بضرورة المغادرة"),
    ("وأخبرت الشرطة عائلة الضحية بأن الجاني اعتقل.", "الشرطة", "بأن الجاني اعتقل"),
    ("وأبلغت الحكومة وزير الدفاع بأن الميزانية أقرت.", "الحكومة", "بأن الميزانية أقرت"),
    ("وأبلغت إسرائيل الولايات المتحدة بأنها ستوسع العملية.", "إسرائيل", "بأنها ستوسع العملية"),
    ("وأبلغت مصر الأمم المتحدة أن المعبر مفتوح.", "مصر", "أن المعبر مفتوح"),
    ("وأبلغ المدير الموظفين بقرار الإغلاق.", "المدير", "بقرار الإغلاق"),
    ("وأخبر المدرب اللاعبين بقراره.", "المدرب", "بقراره"),
])
def test_the_addressee_of_a_verb_of_telling_is_neither_speaker_nor_content(text: str, source: str,
                                                                          content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وحث الوزير المواطنين على التطعيم.", "الوزير", "المواطنين على التطعيم"),
    ("ودعا الأمين العام أحمد أبو الغيط الدول العربية إلى التضامن.", "الأمين العام أحمد أبو الغيط",
     "الدول العربية إلى التضامن"),
])
def test_whom_an_urging_verb_urges_stays_in_its_content(text: str, source: str, content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


def test_whom_a_known_person_told_after_his_name_is_not_part_of_him() -> None:
    [(source, _, content)] = _pairs("وأبلغ الرئيس محمود عباس المبعوث الأمريكي أن السلطة ترفض الخطة.")
    assert (source, content) == ("الرئيس محمود عباس", "أن السلطة ترفض الخطة")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهمت جماعة حقوقية مصلحة السجون بإهمال الأسرى.", "جماعة حقوقية", "مصلحة السجون بإهمال الأسرى"),
    ("ودعت منظمة دولية وزارة الصحة إلى التحرك.", "منظمة دولية", "وزارة الصحة إلى التحرك"),
    ("وطالبت منظمات حقوقية دولية حكومة الاحتلال بالإفراج عن المعتقلين.", "منظمات حقوقية دولية",
     "حكومة الاحتلال بالإفراج عن المعتقلين"),
])
def test_a_noun_in_construct_after_an_indefinite_subjects_adjectives_is_the_object(text: str, source: str,
                                                                                  content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("outlet", ["موقع واينت", "صحيفة الشرق الأوسط", "قناة العربية"])
def test_an_outlet_told_by_a_speaker_carried_on_is_the_conduit_not_the_speaker(outlet: str) -> None:
    text = f"ونفى الوزير الخبر، وأبلغ {outlet} أن الاتفاق قائم."
    denied, told = parse(text, "ar").attributions
    assert (told.source_canonical, told.content.text) == (denied.source_canonical, "أن الاتفاق قائم")
    assert told.conduits


@pytest.mark.parametrize("text", ["ورد وزير المالية بأن الأرقام تتحدث عن نفسها.",
                                  "وقال المدرب إن النتائج تتحدث عن نفسها، وإن الفريق يستحق الفوز.",
                                  "وأكد المدير أن الإنجازات تتكلم عن نفسها."])
def test_things_that_speak_for_themselves_report_nothing(text: str) -> None:
    assert len(parse(text, "ar").attributions) == 1


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلن النائب العام إحالة 15 متهما إلى المحكمة الجزائية.", "النائب العام",
     "إحالة 15 متهما إلى المحكمة الجزائية"),
    ("وأعلنت الحكومة إغلاق المدارس حتى إشعار آخر.", "الحكومة", "إغلاق المدارس حتى إشعار آخر"),
    ("وأعلن الاتحاد الأوروبي استئناف المساعدات.", "الاتحاد الأوروبي", "استئناف المساعدات"),
    ("وأعلنت الشرطة اعتقال ثلاثة مشتبه بهم.", "الشرطة", "اعتقال ثلاثة مشتبه بهم"),
])
def test_a_bare_derived_masdar_after_a_definite_subject_opens_the_object(text: str, source: str,
                                                                         content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("text", ["وقال الوزير إن الأزمة مستمرة منذ 2011 مشيرا إلى أن الحل سياسي.",
                                  "وقالت الشركة إن أرباحها تضاعفت في 2023 مؤكدة أنها ستوزع أرباحا."])
def test_a_participle_after_a_year_still_reports_what_a_complementizer_opens(text: str) -> None:
    assert len(parse(text, "ar").attributions) == 2


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلن المتحدث باسم الأمم المتحدة ستيفان دوجاريك ارتفاع عدد النازحين إلى مليوني شخص.",
     "المتحدث باسم الأمم المتحدة ستيفان دوجاريك", "ارتفاع عدد النازحين إلى مليوني شخص"),
    ("وأكد المتحدث باسم الخارجية الأمريكية ماثيو ميلر وصول المساعدات.",
     "المتحدث باسم الخارجية الأمريكية ماثيو ميلر", "وصول المساعدات"),
    ("ونفى الناطق باسم الجيش الإسرائيلي دانيال هاغاري وقوع إصابات.", "الناطق باسم الجيش الإسرائيلي دانيال هاغاري",
     "وقوع إصابات"),
])
def test_an_unlisted_holders_name_before_an_events_noun_stays_with_the_title(text: str, source: str,
                                                                              content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("mention", ["مصادرها", "مصادره الخاصة", "مصادرهم"])
def test_ones_own_sources_are_unnamed(mention: str) -> None:
    [claim] = parse(f"ونقلت قناة العربية عن {mention} أن الاجتماع تأجل.", "ar").attributions
    assert (claim.source_text, claim.anonymous) == (mention, True)


def test_a_body_noun_refers_to_a_known_body_named_in_a_documents_owner() -> None:
    text = ("وأفاد التقرير الشهري لمنظمة أوبك بأن الطلب على النفط سيرتفع. "
            "وتوقعت المنظمة أن يبلغ الطلب 104 ملايين برميل يوميا.")
    assert parse(text, "ar").attributions[-1].source_canonical == "OPEC"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلن خالد الفالح وزير الاستثمار توقيع اتفاقيات جديدة.", "خالد الفالح وزير الاستثمار",
     "توقيع اتفاقيات جديدة"),
    ("وأكد سامي الجابر مدرب الفريق جاهزية اللاعبين.", "سامي الجابر مدرب الفريق", "جاهزية اللاعبين"),
    ("ونفى طارق العلي رئيس النادي وجود أزمة مالية.", "طارق العلي رئيس النادي", "وجود أزمة مالية"),
])
def test_a_name_then_its_title_in_apposition_then_the_object(text: str, source: str, content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("وقالت فاطمة الزهراء عضوة البرلمان إن القانون سيمر.", "فاطمة الزهراء عضوة البرلمان"),
    ("وأكدت هالة السعيد وزيرة التخطيط أن النمو تحسن.", "هالة السعيد وزيرة التخطيط"),
])
def test_a_name_and_its_title_before_a_complementizer_are_all_the_speaker(text: str, source: str) -> None:
    [(got, _, _)] = _pairs(text)
    assert got == source


@pytest.mark.parametrize(("text", "source", "content", "anonymous"), [
    ("ونفى أبو مرزوق وجود خلافات داخل الحركة.", "أبو مرزوق", "وجود خلافات داخل الحركة", False),
    ("ونفى محمد صلاح وجود خلافات مع المدرب.", "محمد صلاح", "وجود خلافات مع المدرب", False),
    ("وطالب رئيس مجلس النواب اللبناني نبيه بري بانتخاب رئيس للجمهورية.",
     "رئيس مجلس النواب اللبناني نبيه بري", "بانتخاب رئيس للجمهورية", False),
    ("وحذر الخبير العسكري العميد المتقاعد إلياس حنا من أن التصعيد قد يخرج عن السيطرة.",
     "الخبير العسكري العميد المتقاعد إلياس حنا", "أن التصعيد قد يخرج عن السيطرة", False),
    ("وحذر المدرب الفريق من التراخي.", "المدرب", "الفريق من التراخي", True),
])
def test_names_and_ranks_after_a_title_belong_to_the_speaker_before_the_object(
        text: str, source: str, content: str, anonymous: bool) -> None:
    [claim] = parse(text, "ar").attributions
    assert (claim.source_text, claim.content.text, claim.anonymous) == (source, content, anonymous)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ورفض وزير الزراعة الزعم بأن المحصول تراجع هذا العام.", "وزير الزراعة", "الزعم بأن المحصول تراجع هذا العام"),
    ("ونفت الشركة الادعاء بأن منتجاتها ملوثة.", "الشركة", "الادعاء بأن منتجاتها ملوثة"),
    ("ونفى المتحدث العسكري الاتهامات بأن الجيش قصف المستشفى.", "المتحدث العسكري",
     "الاتهامات بأن الجيش قصف المستشفى"),
    ("ونفى البنك المركزي المزاعم بأن الاحتياطي نفد.", "البنك المركزي", "المزاعم بأن الاحتياطي نفد"),
    ("ورفض رئيس الاتحاد المنتهية ولايته كارلوس مينديز، الزعم بأن البطولة فقدت جمهورها.",
     "رئيس الاتحاد المنتهية ولايته كارلوس مينديز", "الزعم بأن البطولة فقدت جمهورها"),
    ("وأكدت البلدية الأنباء بأن السوق القديم سيهدم.", "البلدية", "الأنباء بأن السوق القديم سيهدم"),
    ("ونفى مدرب المنتخب الشائعات بأن الحارس سيعتزل.", "مدرب المنتخب", "الشائعات بأن الحارس سيعتزل"),
])
def test_a_claim_noun_before_the_complementizer_is_what_the_verb_reports_not_part_of_its_subject(
        text: str, source: str, content: str) -> None:
    [(found, _, said)] = _pairs(text)
    assert (found, said) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("وذكرت وكالة الأنباء أن الرئيس سافر إلى الخارج.", "وكالة الأنباء"),
    ("وقالت قناة الأخبار المحلية إن الطريق أغلق.", "قناة الأخبار المحلية"),
    ("وقال ممثل الادعاء إن المتهم فر من البلاد.", "ممثل الادعاء"),
])
def test_a_claim_noun_in_a_genitive_stays_in_the_subject(text: str, source: str) -> None:
    [(found, _, said)] = _pairs(text)
    assert found == source
    assert said.startswith(("أن ", "إن "))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونقلت صحيفة الأيام تقريرا عن خطة الحكومة لخفض الضرائب.", "صحيفة الأيام",
     "تقريرا عن خطة الحكومة لخفض الضرائب"),
    ("ونقلت الإذاعة المحلية تقريرا عن الفيضانات في القرى الجبلية.", "الإذاعة المحلية",
     "تقريرا عن الفيضانات في القرى الجبلية"),
    ("ونقلت إذاعة الجيش تقريرا مطولا عن تدريبات الوحدات الخاصة.", "إذاعة الجيش",
     "تقريرا مطولا عن تدريبات الوحدات الخاصة"),
    ('ونقلت مجلة "الفجر"، وهي من أقدم المجلات في البلاد، تقريرا عن مشروع السد الجديد.',
     'مجلة "الفجر"', "تقريرا عن مشروع السد الجديد"),
    ("ونقل الموقع الإخباري تقريرا عن استقالة مدير المستشفى.", "الموقع الإخباري",
     "تقريرا عن استقالة مدير المستشفى"),
])
def test_a_relayed_report_about_a_topic_opens_with_the_report(text: str, source: str, content: str) -> None:
    [(found, _, said)] = _pairs(text)
    assert (found, said) == (source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("وأكدت الشرطة مقتل ثلاثة أشخاص في الحادث أيضا.", "مقتل ثلاثة أشخاص في الحادث"),
    ("ونفت الحكومة وجود أي اتفاق سري كذلك.", "وجود أي اتفاق سري"),
    ("ونفى رئيس البلدية ما تداولته المواقع أيضا.", "ما تداولته المواقع"),
    ("وأعلنت النقابة الإضراب العام أيضا.", "الإضراب العام"),
    ("ونفت الوزيرة الاتهامات أيضا.", "الاتهامات"),
    ("ونفى المتحدث باسم الشركة ما نشرته الصحيفة أيضا.", "ما نشرته الصحيفة"),
])
def test_a_closing_also_after_an_object_is_the_writers_not_part_of_what_was_reported(text: str,
                                                                                      content: str) -> None:
    [(_, _, said)] = _pairs(text)
    assert said == content


@pytest.mark.parametrize("text", [
    "وقال المدير إن المصنع سيغلق أيضا.",
    "وأوضحت الوزارة أن المدارس ستغلق كذلك.",
])
def test_a_closing_also_inside_a_reported_clause_stays_in_it(text: str) -> None:
    [(_, _, said)] = _pairs(text)
    assert said.endswith(("أيضا", "كذلك"))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى المدرب صحة هذه الأخبار.", "المدرب", "صحة هذه الأخبار"),
    ("ونفى الناطق باسم الوزارة صحة تلك التقارير.", "الناطق باسم الوزارة", "صحة تلك التقارير"),
    ("وأكد رئيس البلدية صحة هذه المعلومات.", "رئيس البلدية", "صحة هذه المعلومات"),
    ("ونفت النقابة صحة ذلك الخبر.", "النقابة", "صحة ذلك الخبر"),
    ("ونفى المدرب الجديد صحة هذه الأخبار.", "المدرب الجديد", "صحة هذه الأخبار"),
])
def test_an_event_noun_before_a_demonstrative_opens_the_object_not_the_subject(text: str, source: str,
                                                                                content: str) -> None:
    [(found, _, said)] = _pairs(text)
    assert (found, said) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعرب الوزير لنظيره الألماني عن ارتياحه لنتائج القمة.", "الوزير", "عن ارتياحه لنتائج القمة"),
    ("وأعربت الوزيرة لضيفها عن تقديرها للمبادرة.", "الوزيرة", "عن تقديرها للمبادرة"),
    ("وأكد الرئيس لنظيره التركي أن الحدود ستبقى مفتوحة.", "الرئيس", "أن الحدود ستبقى مفتوحة"),
    ("وقال رئيس البرلمان لنظيره الأردني إن الزيارة ناجحة.", "رئيس البرلمان", "إن الزيارة ناجحة"),
    ("وأكدت المستشارة لنظرائها الأوروبيين أن الاتفاق صامد.", "المستشارة", "أن الاتفاق صامد"),
    ("وأكد الرئيس لنظيره التركي حرص بلاده على الاستقرار.", "الرئيس", "حرص بلاده على الاستقرار"),
    ("وأكد المحافظ للصحفيين حرص الحكومة على دعم المزارعين.", "المحافظ", "حرص الحكومة على دعم المزارعين"),
])
def test_whom_the_speaker_told_after_the_subject_is_neither_the_speaker_nor_what_was_said(
        text: str, source: str, content: str) -> None:
    [(found, _, said)] = _pairs(text)
    assert (found, said) == (source, content)


def test_a_title_after_lam_inside_a_subject_stays_part_of_it() -> None:
    [(found, _, _)] = _pairs("وقال المستشار الخاص لرئيس الجمهورية إن الحوار مستمر.")
    assert found == "المستشار الخاص لرئيس الجمهورية"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وطالب الأهالي البلدية بمد شبكة المياه.", "الأهالي", "البلدية بمد شبكة المياه"),
    ("وطالب السكان الشركة الوطنية بتعويضهم.", "السكان", "الشركة الوطنية بتعويضهم"),
    ("وطالب الطلاب الجامعة بتأجيل الامتحانات.", "الطلاب", "الجامعة بتأجيل الامتحانات"),
    ("وطالب العمال النقابة بالدفاع عن حقوقهم.", "العمال", "النقابة بالدفاع عن حقوقهم"),
    ("وطالب الأطباء الوزارة بزيادة الحوافز.", "الأطباء", "الوزارة بزيادة الحوافز"),
])
def test_a_feminine_singular_noun_after_people_named_in_the_plural_is_the_object_not_their_adjective(
        text: str, source: str, content: str) -> None:
    [record] = parse(text, "ar").attributions
    assert (record.source_text, record.content.text) == (source, content)


def test_sources_in_the_plural_keep_their_feminine_singular_adjective() -> None:
    [record] = parse("وطالبت المصادر الأمنية المواطنين بالحذر.", "ar").attributions
    assert record.source_text == "المصادر الأمنية"


@pytest.mark.parametrize(("text", "source"), [
    ("وطمأن مدير المصرف العملاء بأن ودائعهم آمنة.", "مدير المصرف"),
    ("وطمأن رئيس الاتحاد الجماهير بأن المدرب باق.", "رئيس الاتحاد"),
    ("وطمأنت إدارة المطار المسافرين بأن الرحلات منتظمة.", "إدارة المطار"),
    ("وطمأن قائد الشرطة السكان بأن الوضع هادئ.", "قائد الشرطة"),
    ("وطمأنت وزيرة الصحة الأهالي بأن الوباء تحت السيطرة.", "وزيرة الصحة"),
    ("وأبلغت وزارة الداخلية السكان بأن الطريق مغلق.", "وزارة الداخلية"),
])
def test_whom_a_speaker_reassures_or_tells_after_the_subject_is_no_part_of_it(text: str, source: str) -> None:
    [record] = parse(text, "ar").attributions
    assert record.source_text == source
    assert record.content.text.startswith("بأن ")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ورجحت الشرطة مسؤولية عصابة عن الهجوم.", "الشرطة", "مسؤولية عصابة عن الهجوم"),
    ("ورجحت الشرطة مسؤولية العصابة عن الهجوم.", "الشرطة", "مسؤولية العصابة عن الهجوم"),
    ("ونفى الجيش مسؤولية قواته عن القصف.", "الجيش", "مسؤولية قواته عن القصف"),
    ("وأكدت الوزارة مسؤولية الشركة عن التلوث.", "الوزارة", "مسؤولية الشركة عن التلوث"),
    ("ورجح المحققون مسؤولية السائق عن الحادث.", "المحققون", "مسؤولية السائق عن الحادث"),
])
def test_a_responsibility_confirmed_or_denied_after_the_subject_opens_the_object(text: str, source: str,
                                                                                  content: str) -> None:
    [record] = parse(text, "ar").attributions
    assert (record.source_text, record.content.text) == (source, content)
