"""Arabic speakers named once in full and then by surname, title or implicit subject, in article-length texts;
names that look like an article and a word. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str, str]]:
    """(source as written, resolved source, type, content) per record."""
    return [(a.source_text, a.source_canonical, a.source_type, a.content.text) for a in parse(text, "ar").attributions]


_ALBARES = "وزير الخارجية الإسباني خوسيه مانويل ألباريس"


@pytest.mark.parametrize("later", [
    "وأكد ألباريس أن مدريد ستواصل العمل مع شركائها.",
    "وقال ألباريس للصحفيين إن مدريد ستواصل العمل مع شركائها.",
    "وأضاف ألباريس: \"سنواصل العمل مع شركائنا\".",
    "وشدد ألباريس على أن مدريد ستواصل العمل مع شركائها.",
    "وبحسب ألباريس، فإن مدريد ستواصل العمل مع شركائها.",
])
def test_a_surname_spelled_with_a_hamza_on_its_alef_is_no_article_and_a_capital(later: str) -> None:
    text = f"قال {_ALBARES} إن بلاده تدعم حل الدولتين.\n{later}"
    first, second = _records(text)
    assert first[1:3] == (_ALBARES, "official")
    assert second[0] == "ألباريس" and second[1:3] == (_ALBARES, "official")


@pytest.mark.parametrize(("mention", "kind"), [
    ("ألباريس", "person"), ("إلياس", "person"), ("ألبرتو", "person"), ("الباريسي", "person"),
])
def test_a_name_opening_with_hamza_alef_alone_is_a_person(mention: str, kind: str) -> None:
    [(source, _, type_, _)] = _records(f"وقال {mention} إن الاتفاق قريب.")
    assert (source, type_) == (mention, kind)


def test_a_capital_with_the_article_glued_is_still_its_government() -> None:
    [(_, _, type_, _)] = _records("وقالت باريس إن الاتفاق قريب.")
    assert type_ == "government"


@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("نفى المتحدث باسم الحكومة الإسرائيلية ديفيد منسر وجود أي اتفاق حتى الآن.",
     "المتحدث باسم الحكومة الإسرائيلية ديفيد منسر", "وجود أي اتفاق حتى الآن"),
    ("نفى المتحدث باسم الحكومة ديفيد منسر وجود أي اتفاق.", "المتحدث باسم الحكومة ديفيد منسر", "وجود أي اتفاق"),
    ("وأكد المدير العام للشركة جون سميث وقوع أضرار في المصنع.", "المدير العام للشركة جون سميث",
     "وقوع أضرار في المصنع"),
    ("ونفى رئيس النادي ماركو سيلفا حدوث خلاف مع اللاعبين.", "رئيس النادي ماركو سيلفا", "حدوث خلاف مع اللاعبين"),
    ("وأكدت رئيسة البعثة الأممية هانا تيتيه حدوث اشتباكات في طرابلس.", "رئيسة البعثة الأممية هانا تيتيه",
     "حدوث اشتباكات في طرابلس"),
    ("ونفى قائد الشرطة المحلية بيتر كول وجود إصابات بين العناصر.", "قائد الشرطة المحلية بيتر كول",
     "وجود إصابات بين العناصر"),
])
def test_an_event_noun_after_a_title_and_an_unlisted_name_opens_the_object(sentence: str, source: str,
                                                                         content: str) -> None:
    [(written, _, _, reported)] = _records(sentence)
    assert (written, reported) == (source, content)


def test_an_event_noun_after_a_title_without_a_name_still_opens_the_object() -> None:
    [(written, _, _, reported)] = _records("ونفى وزير الإعلام الليبي وجود اتصالات سرية.")
    assert (written, reported) == ("وزير الإعلام الليبي", "وجود اتصالات سرية")


@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("حذر رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي من أن التصعيد يهدد البلاد.",
     "رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي", "أن التصعيد يهدد البلاد"),
    ("حذر مدير إدارة شؤون اللاجئين من أن الوضع خطير.", "مدير إدارة شؤون اللاجئين", "أن الوضع خطير"),
    ("وحذر رئيس هيئة أركان الجيش من أن الوضع خطير.", "رئيس هيئة أركان الجيش", "أن الوضع خطير"),
    ("وحذرت رئيسة مجلس إدارة الشركة من أن الخسائر كبيرة.", "رئيسة مجلس إدارة الشركة", "أن الخسائر كبيرة"),
    ("ووصف رئيس حكومة تصريف الأعمال الاتفاق بأنه تاريخي.", "رئيس حكومة تصريف الأعمال", "الاتفاق بأنه تاريخي"),
    ("واتهمت رئيسة هيئة مكافحة الفساد الوزارة بالتقصير.", "رئيسة هيئة مكافحة الفساد", "الوزارة بالتقصير"),
])
def test_a_title_heading_a_chain_of_genitives_keeps_the_whole_chain(sentence: str, source: str,
                                                                    content: str) -> None:
    [(written, _, _, reported)] = _records(sentence)
    assert (written, reported) == (source, content)


@pytest.mark.parametrize(("opening", "name"), [
    ("وقال وزير التموين علي المصيلحي في تصريحات تلفزيونية", "وزير التموين علي المصيلحي"),
    ("وقال رئيس الهيئة علي الكعبي في بيان", "رئيس الهيئة علي الكعبي"),
    ("وأكد مدير المستشفى علي الشمري في مؤتمر صحفي", "مدير المستشفى علي الشمري"),
    ("وقال محافظ البنك المركزي علي العلاق في مقابلة", "محافظ البنك المركزي علي العلاق"),
    ("وأوضح عميد الكلية علي النعيمي في كلمة", "عميد الكلية علي النعيمي"),
])
def test_the_name_ali_then_a_surname_before_the_occasion_is_the_speaker(opening: str, name: str) -> None:
    surname = name.split()[-1]
    text = f"{opening} إن المشروع اكتمل.\nوأضاف {surname} أن التكلفة لم تتجاوز الميزانية."
    first, second = _records(text)
    canonical = " ".join(name.split()[-2:])  # (the title goes: 'Ali' and the surname)
    assert (first[0], first[1]) == (name, canonical)
    assert (second[0], second[1]) == (surname, canonical)


def test_on_the_remarks_in_an_interview_is_still_a_preposition() -> None:
    records = _records("وعلق الخبير على التصريحات في مقابلة تلفزيونية.")
    assert all(source != "الخبير على التصريحات" for source, _, _, _ in records)


@pytest.mark.parametrize("verb", ["نفت", "أكدت", "رفضت", "أعلنت", "ذكرت"])
def test_a_body_written_before_a_relative_clause_is_named_without_the_relative(verb: str) -> None:
    text = (f"وأوضح المركز الإعلامي في بيان أنه تواصل مع وزارة التموين التي {verb} الخبر.\n"
            "وأكدت الوزارة أن سعر الخبز لم يتغير.")
    assert _records(text)[-1][:2] == ("الوزارة", "وزارة التموين")


@pytest.mark.parametrize("official", [
    "وأوضح المتحدث الأمني لوزارة الداخلية العقيد طلال الشلهوب",
    "وأوضح المتحدث باسم الوزارة",
    "وقال مدير الإعلام بوزارة الداخلية",
    "وأشار وكيل الوزارة",
])
def test_the_ministry_alone_after_one_of_its_officials_is_the_ministry(official: str) -> None:
    text = ("أعلنت وزارة الداخلية السعودية في بيان القبض على شبكة لتهريب المخدرات.\n"
            f"{official} أن الشبكة تضم 12 شخصا.\n"
            "وذكرت الوزارة أن المقبوض عليهم أحيلوا إلى النيابة.")
    assert _records(text)[-1][:3] == ("الوزارة", "وزارة الداخلية السعودية", "government")


@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("وانتقد النائب محمد الغانم الخطوة، قائلا إن الحكومة فشلت.", "النائب محمد الغانم", "إن الحكومة فشلت"),
    ("وانتقدت الوزيرة فاطمة الزهراء القرار، مؤكدة أنه ظالم.", "الوزيرة فاطمة الزهراء", "أنه ظالم"),
    ("ورفض الوزير خالد الفالح الاتهامات، مشددا على أن الشركة ملتزمة.", "الوزير خالد الفالح",
     "أن الشركة ملتزمة"),
    ("واستقبل الوزير أحمد الحسن الوفد، مشيرا إلى أن التعاون مهم.", "الوزير أحمد الحسن", "أن التعاون مهم"),
    ("وزارت الوزيرة سارة الخطيب الأسواق، معتبرة أن المبنى آمن.", "الوزيرة سارة الخطيب", "أن المبنى آمن"),
])
def test_a_participle_speaks_for_a_title_and_full_name_not_the_object_after_it(sentence: str, source: str,
                                                                               content: str) -> None:
    [(written, _, _, reported)] = _records(sentence)
    assert (written, reported) == (source, content)


def test_a_surname_with_an_adjective_of_relation_after_it_stays_whole() -> None:
    [(written, _, _, _)] = _records("وانتقد النائب محمد الحسن البصري القرار، قائلا إنه ظالم.")
    assert written == "النائب محمد الحسن البصري"


@pytest.mark.parametrize(("first", "later", "name"), [
    ("اتهم المرشح الجمهوري دونالد ترامب منافسته الديمقراطية كامالا هاريس بالفشل.",
     "وقالت هاريس إن منافسها بلا خطة.",
     "كامالا هاريس"),
    ("استقبل وزير الخارجية المصري نظيره الفرنسي جان نويل بارو في القاهرة.", "وقال بارو إن باريس تدعم التهدئة.",
     "جان نويل بارو"),
    ("التقى الاتحاد مدربه الإيطالي روبرتو مانشيني في الرياض.", "وأكد مانشيني أن المنتخب جاهز.",
     "روبرتو مانشيني"),
    ("كرمت الجامعة صديقتها القديمة أحلام مستغانمي بالجائزة.", "وقالت مستغانمي إن الجائزة للقراء.",
     "أحلام مستغانمي"),
])
def test_a_surname_refers_to_the_name_written_after_a_description_without_title(first: str, later: str,
                                                                               name: str) -> None:
    *_, (written, canonical, _, _) = _records(f"{first}\n{later}")
    assert (written, canonical) == (later.split()[1], name)


def test_a_trade_read_back_from_a_surname_ends_the_fuller_name() -> None:
    text = "التقى رئيس الوزراء المدرب الإيطالي روبرتو مانشيني في الرياض.\nوأكد مانشيني أن المنتخب جاهز."
    assert _records(text)[-1][1] == "روبرتو مانشيني"  # (not the prime minister who met him)


def test_a_verb_before_a_first_name_is_no_part_of_it() -> None:
    *_, (_, canonical, _, _) = _records("وصل سامي نادر إلى القاهرة أمس.\nوقال نادر إن الاتفاق قريب.")
    assert canonical != "وصل سامي نادر"


@pytest.mark.parametrize("clause", [
    "أن نقص الأدوية يهدد حياة آلاف المرضى المصابين بأمراض مزمنة",
    "أن الجفاف يهدد محاصيل القمح المزروعة بالقرب من النهر",
    "أن التصعيد يهدد سكان القرى الحدودية بالنزوح",
    "إن ارتفاع الأسعار يهدد الأسر الفقيرة بالجوع",
    "أن الإضراب يهدد حركة الموانئ المرتبطة بالتجارة الخارجية",
])
def test_a_threat_verb_after_its_subject_in_a_reported_clause_reports_nothing(clause: str) -> None:
    records = _records(f"وقال المتحدث {clause}.")
    assert [(source, content) for source, _, _, content in records] == [("المتحدث", clause)]


def test_a_threat_verb_with_its_introducer_after_it_still_reports_in_a_clause() -> None:
    records = _records("وذكرت الصحيفة أن الوزير هدد بالاستقالة.")
    assert [(source, content) for source, _, _, content in records] == [
        ("الصحيفة", "أن الوزير هدد بالاستقالة"), ("الوزير", "بالاستقالة")]


@pytest.mark.parametrize(("sentence", "conduit"), [
    ("ونقلت إذاعة موزاييك عن مصادر نقابية أن الهيئة ستجتمع.", "موزاييك"),
    ("ونقلت قناة روتانا عن مصادر أن الحفل ألغي.", "روتانا"),
    ("ونقل موقع والا عن مصادر أمنية أن الهجوم أحبط.", "والا"),
    ("وقال مسؤول لإذاعة موزاييك إن الهيئة ستجتمع.", "موزاييك"),
    ("ونقلت صحيفة هآرتس عن ضابط كبير أن العملية انتهت.", "Haaretz"),
])
def test_an_outlet_noun_and_one_plain_word_before_a_relayed_source_name_the_conduit(sentence: str,
                                                                                    conduit: str) -> None:
    [attribution] = parse(sentence, "ar").attributions
    assert attribution.conduits == (conduit,)


@pytest.mark.parametrize("outlet", ["صحيفة محلية", "صحيفة أخرى", "صحيفة أمس", "قناة تلفزيونية"])
def test_an_outlet_noun_and_an_adjective_or_a_stop_names_no_conduit(outlet: str) -> None:
    [attribution] = parse(f"ونقلت {outlet} عن مصادر نقابية أن الهيئة ستجتمع.", "ar").attributions
    assert all(c not in outlet.split()[1:] for c in attribution.conduits)


@pytest.mark.parametrize(("first", "later"), [
    ("قال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن القوات تقدمت.",
     "وتابع المتحدث العسكري أن الدعم السريع تكبد خسائر."),
    ("قال المتحدث باسم الوزارة أحمد الصحاف إن الحادث عرضي.", "وأضاف المتحدث الرسمي أن التحقيق مستمر."),
    ("قالت المتحدثة باسم الشرطة سلمى الزين إن الطريق أغلق.", "وأوضحت المتحدثة الأمنية أن التحقيق بدأ."),
    ("قال المتحدث باسم الحكومة محمد الحمامي إن الانتخابات في موعدها.",
     "وأضاف المتحدث الحكومي أن الاستعدادات اكتملت."),
    ("قال مدير مستشفى الشفاء محمد أبو سلمية إن الوقود نفد.", "وأوضح المدير الطبي أن العمليات توقفت."),
])
def test_a_title_with_an_adjective_that_names_no_country_is_the_holder_who_just_spoke(first: str,
                                                                                       later: str) -> None:
    (_, speaker, _, _), (_, later_speaker, _, _) = _records(f"{first}\n{later}")
    assert later_speaker == speaker


@pytest.mark.parametrize(("first", "later"), [
    ("قال الرئيس الأميركي جو بايدن إن الاتفاق قريب.", "وقال الرئيس الفرنسي إن باريس تدعم الاتفاق."),
    ("قال وزير الخارجية السعودي فيصل بن فرحان إن المحادثات بناءة.", "وقال الوزير العراقي إن المحادثات فشلت."),
    ("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات بناءة.", "وقال الوزير الإيراني إن المحادثات فشلت."),
    ("قال وزير الدفاع المصري محمد زكي إن التدريبات انتهت.", "وقال الوزير الأردني إن التعاون مستمر."),
])
def test_a_title_with_a_nationality_is_someone_else(first: str, later: str) -> None:
    (_, speaker, _, _), (written, later_speaker, _, _) = _records(f"{first}\n{later}")
    assert later_speaker != speaker and later_speaker == written


@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("وأكد المدير العام للشركة وقوع أضرار في المصنع.", "المدير العام للشركة", "وقوع أضرار في المصنع"),
    ("وأكد الأمين العام للمنظمة وجود نقص في التمويل.", "الأمين العام للمنظمة", "وجود نقص في التمويل"),
    ("ونفى الناطق الرسمي للحكومة حدوث أي اتصال مع الخاطفين.", "الناطق الرسمي للحكومة",
     "حدوث أي اتصال مع الخاطفين"),
    ("وأكدت المديرة التنفيذية للصندوق وجود فجوة تمويلية.", "المديرة التنفيذية للصندوق", "وجود فجوة تمويلية"),
    ("ونفى مدير الإعلام بالوزارة وجود إصابات.", "مدير الإعلام بالوزارة", "وجود إصابات"),
])
def test_an_event_noun_after_a_body_glued_to_a_preposition_opens_the_content(sentence: str, source: str,
                                                                            content: str) -> None:
    [(written, _, _, reported)] = _records(sentence)
    assert (written, reported) == (source, content)


@pytest.mark.parametrize("first,surname,full", [
    ("قال وزير الخارجية المصري سامح شكري", "المصري", "وزير الخارجية المصري سامح شكري"),
    ("قال مدرب المنتخب وليد الركراكي", "الركراكي", "مدرب المنتخب وليد الركراكي"),
    ("قال المحلل الاقتصادي أحمد المغربي", "المغربي", "المحلل الاقتصادي أحمد المغربي"),
    ("قال رئيس الاتحاد عادل الليبي", "الليبي", "رئيس الاتحاد عادل الليبي"),
    ("قال النائب خالد اللبناني", "اللبناني", "النائب خالد اللبناني"),
])
def test_a_word_of_origin_that_a_speaker_bears_as_his_name_is_that_speaker_not_the_last_one(
        first: str, surname: str, full: str) -> None:
    text = (f"{first} إن المفاوضات ستستأنف الأسبوع المقبل.\n"
            "وقال رئيس الوفد الأميركي السيناتور جو ويلسون إن بلاده حريصة على الشراكة.\n"
            f"وكان {surname} قد أعلن الشهر الماضي أن اللجان الفنية ستبدأ عملها قريبا.")
    records = _records(text)
    assert records[-1][0] == surname
    assert records[-1][1] != "رئيس الوفد الأميركي السيناتور جو ويلسون"
    assert records[-1][1] in (full, records[0][1])
