"""Arabic reports from courts, clubs, banks and agencies: sources, boundaries and conduits. Texts are written
for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text, a.content.text) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize("occasion", ["في شهادته", "في إفادته", "في مذكراته", "في مقاله"])
def test_a_possessed_occasion_after_the_speaker_is_not_part_of_him(occasion: str) -> None:
    text = f"وأضاف الحارس {occasion} أن السيارة توقفت أمام البوابة ليلا."
    assert _pairs(text) == [("الحارس", "وأضاف", "أن السيارة توقفت أمام البوابة ليلا")]


def test_a_verb_form_with_an_object_pronoun_after_a_preposition_is_a_noun() -> None:
    text = "وقال المحاسب في إفادته أمام القاضي إن الدفاتر أتلفت."
    [(source, cue, content)] = _pairs(text)
    assert (source, cue, content) == ("المحاسب", "وقال", "إن الدفاتر أتلفت")


@pytest.mark.parametrize("refusal", ["لكنه رفض الإفصاح عن اسم المشتري", "ولكنه رفض الخوض في التفاصيل"])
def test_a_refusal_told_by_the_writer_ends_the_content(refusal: str) -> None:
    text = f"قال مدير المصنع إن الإنتاج سيرتفع الشهر المقبل، {refusal}."
    assert _pairs(text) == [("مدير المصنع", "قال", "إن الإنتاج سيرتفع الشهر المقبل")]


def test_the_thing_described_after_a_leading_quotation_is_not_the_speaker() -> None:
    text = "«الموسم لم ينته بعد»، هكذا وصف مدرب الفريق الوضع في مؤتمر صحفي."
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.source.text, claim.content.text) == ("direct", "مدرب الفريق", "«الموسم لم ينته بعد»")


@pytest.mark.parametrize("second", ["فيما قال مصدر أمني", "بينما قال مصدر أمني", "وقال مصدر أمني"])
def test_a_relayed_report_keeps_its_own_content_when_another_report_follows(second: str) -> None:
    text = f"ونقلت الإذاعة عن شهود أن الطريق أغلق صباحا، {second} إن الإغلاق مؤقت."
    assert _pairs(text) == [("شهود", "ونقلت", "أن الطريق أغلق صباحا"),
                            ("مصدر أمني", second.split()[-3], "إن الإغلاق مؤقت")]


def test_a_relay_with_the_verbal_noun_of_saying_still_reads_past_it() -> None:
    text = "ونقلت الإذاعة عن شهود قولهم إن الطريق أغلق صباحا، فيما قال مصدر أمني إن الإغلاق مؤقت."
    assert _pairs(text)[0] == ("شهود", "ونقلت", "إن الطريق أغلق صباحا")


@pytest.mark.parametrize("phrase", ["وفق ما ذكرت وكالة رويترز", "بحسب ما نقلت عنهم وكالة رويترز"])
def test_an_according_phrase_closing_the_sentence_is_the_reports_conduit(phrase: str) -> None:
    text = f"وأكد مسؤولون في البنك المركزي أن سعر الصرف سيبقى ثابتا، {phrase}."
    reports = [a for a in parse(text, "ar").attributions if a.cue.text == "وأكد"]
    assert [(a.source.text, a.conduits) for a in reports] == [("مسؤولون في البنك المركزي", ("Reuters",))]


def test_a_post_with_a_complementizer_after_where_it_was_posted_reports() -> None:
    text = "ونشرت البلدية على صفحتها في فيسبوك أن المياه ستقطع يوم السبت."
    assert _pairs(text) == [("البلدية", "ونشرت", "أن المياه ستقطع يوم السبت")]


def test_a_post_with_a_colon_and_a_quotation_reports_it_directly() -> None:
    [claim] = parse("ونشر اللاعب على إنستغرام: «شكرا لكل من ساندني».", "ar").attributions
    assert (claim.kind, claim.source.text, claim.content.text) == ("direct", "اللاعب", "«شكرا لكل من ساندني»")


@pytest.mark.parametrize("text", ["ونشرت الشرطة دوريات إضافية في الأحياء الشمالية.",
                                  "ونشر الجيش وحدات على الحدود بعد الهجوم."])
def test_deploying_is_not_posting(text: str) -> None:
    assert not parse(text, "ar").attributions


def test_a_recent_study_keeps_its_adjective() -> None:
    [claim] = parse("وأظهرت دراسة حديثة أن الأطفال يقضون ساعات طويلة أمام الشاشات.", "ar").attributions
    assert claim.source.text == "دراسة حديثة"


@pytest.mark.parametrize("where", ["في نشرتها الأسبوعية", "في تحقيق أجرته مجلة محلية"])
def test_a_bulletin_or_an_investigation_is_where_the_words_were_said(where: str) -> None:
    text = f"وقالت الهيئة {where} إن مستوى المياه في السد انخفض."
    assert _pairs(text) == [("الهيئة", "وقالت", "إن مستوى المياه في السد انخفض")]


def test_an_investigation_that_found_something_is_a_document() -> None:
    [claim] = parse("وكشف تحقيق أجرته مجلة محلية أن العقود وقعت دون مناقصة.", "ar").attributions
    assert (claim.source.text, claim.source_type) == ("تحقيق", "document")


def test_a_courts_object_before_the_comma_is_not_part_of_the_court() -> None:
    text = "ورفضت محكمة الاستئناف الطلب المقدم من الدفاع، وقالت إن الأدلة كافية."
    assert _pairs(text) == [("محكمة الاستئناف", "وقالت", "إن الأدلة كافية")]


@pytest.mark.parametrize("verb", ["والتقى", "التقى"])
def test_a_verb_spelled_like_a_definite_noun_is_not_the_speaker(verb: str) -> None:
    text = f"{verb} رئيس البرلمان نظيره الأردني في عمّان، وقال إن الحوار مستمر."
    assert _pairs(text) == [("رئيس البرلمان", "وقال", "إن الحوار مستمر")]


@pytest.mark.parametrize("pointer", ["بهذه الكلمات ختم", "بهذه العبارة علق"])
def test_a_quotation_in_its_own_sentence_belongs_to_the_verb_pointing_back_at_it(pointer: str) -> None:
    text = f"«سنعود أقوى في الموسم المقبل». {pointer} قائد الفريق على الخسارة."
    [claim] = parse(text, "ar").attributions
    assert (claim.kind, claim.source.text, claim.content.text) == ("direct", "قائد الفريق",
                                                                  "«سنعود أقوى في الموسم المقبل»")


def test_a_quotation_followed_by_another_sentence_still_ends_there() -> None:
    text = "«سنعود أقوى في الموسم المقبل». وقال قائد الفريق إن الجماهير تستحق الأفضل."
    got = [(a.kind, a.content.text) for a in parse(text, "ar").attributions]
    assert ("indirect", "إن الجماهير تستحق الأفضل") in got


@pytest.mark.parametrize(("text", "source"), [
    ("وأعرب خالد أبو السعود عن ارتياحه لنتيجة التصويت.", "خالد أبو السعود"),
    ("ودعا رئيس الاتحاد الأفريقي خالد أبو السعود إلى ضبط النفس.", "رئيس الاتحاد الأفريقي خالد أبو السعود"),
])
def test_the_definite_name_after_a_kunya_is_part_of_the_speaker(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.source.text == source


def test_a_capital_after_a_body_is_where_it_sits_not_the_start_of_its_object() -> None:
    assert _pairs("وأعلنت النيابة في بغداد توقيف موظفين في البلدية.") == [
        ("النيابة في بغداد", "وأعلنت", "توقيف موظفين في البلدية")]


@pytest.mark.parametrize(("text", "source"), [
    ("وصرحت المنظمة الدولية للهجرة قائلة إن أعداد العائدين تضاعفت.", "المنظمة الدولية للهجرة"),
    ("وعلق مدير الشركة العامة للكهرباء قائلا إن الانقطاعات ستتراجع في الصيف.", "مدير الشركة العامة للكهرباء"),
])
def test_a_bodys_genitive_before_a_participle_is_no_object_of_the_verb(text: str, source: str) -> None:
    [(speaker, cue, _content)] = _pairs(text)
    assert (speaker, cue) == (source, "قائلة" if "قائلة" in text else "قائلا")


@pytest.mark.parametrize(("text", "source"), [
    ("ونفت الشرطة في حمص الأنباء عن إغلاق الطريق الدولي.", "الشرطة في حمص"),
    ("ونفى المكتب الإعلامي التقارير عن تأجيل الانتخابات.", "المكتب الإعلامي"),
])
def test_the_news_denied_before_its_preposition_is_not_part_of_the_denier(text: str, source: str) -> None:
    [(speaker, _cue, content)] = _pairs(text)
    assert speaker == source
    assert content.startswith(("الأنباء", "التقارير"))


@pytest.mark.parametrize("met", ["والتقى المحافظ سامي الراشد أعضاء الغرفة التجارية في مكتبه",
                                 "واستقبل المحافظ سامي الراشد الوفد الزائر"])
def test_whom_a_named_official_met_is_not_part_of_him_when_he_then_speaks(met: str) -> None:
    text = f"{met}، وقال إن المشروع سينطلق قريبا."
    assert _pairs(text) == [("المحافظ سامي الراشد", "وقال", "إن المشروع سينطلق قريبا")]


@pytest.mark.parametrize("refused", ["الحكم", "التوقيع على المحضر"])
def test_a_participle_describing_the_speaker_stays_in_his_mention(refused: str) -> None:
    text = f"ورفض اللاعب الخاسر {refused}، معتبرا أن الحكم ظلمه."
    assert _pairs(text) == [("اللاعب الخاسر", "معتبرا", "أن الحكم ظلمه")]


@pytest.mark.parametrize(("text", "content"), [
    ("ووصف المدير المقترح بـ«المغامرة غير المحسوبة».", "المقترح بـ«المغامرة غير المحسوبة»"),
    ("ووصفت النقابة الإضرابات بـ«الحق المشروع».", "الإضرابات بـ«الحق المشروع»"),
])
def test_the_described_thing_before_a_quoted_label_is_content_not_speaker(text: str, content: str) -> None:
    [(speaker, _cue, described)] = _pairs(text)
    assert (speaker, described) == (text.split()[1], content)


def test_a_bodys_longer_genitive_before_a_participle_leaves_the_verb_without_an_object() -> None:
    text = "وعلقت الهيئة العليا لشؤون البيئة قائلة إن التلوث تراجع."
    assert [cue for _source, cue, _content in _pairs(text)] == ["قائلة"]


def test_a_one_word_quoted_label_after_a_verb_of_describing_is_reported() -> None:
    text = "ووصف الحارس الهزيمة بـ«المؤلمة» أمام الجماهير."
    [(speaker, cue, content)] = _pairs(text)
    assert (speaker, cue) == ("الحارس", "ووصف")
    assert content.startswith("الهزيمة بـ«المؤلمة»")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وكان رئيس البلدية قد وعد بترميم المدرسة قبل الصيف.", "رئيس البلدية", "بترميم المدرسة قبل الصيف"),
    ("وكانت النقابة قد تعهدت بحماية حقوق العمال.", "النقابة", "بحماية حقوق العمال"),
    ("وكان الجيش قد أعلن بدء مناورات في الجنوب.", "الجيش", "بدء مناورات في الجنوب"),
])
def test_the_subject_before_qad_is_the_speaker_not_the_object_after_the_verb(
        text: str, source: str, content: str) -> None:
    [(found, _cue, reported)] = _pairs(text)
    assert (found, reported) == (source, content)


def test_a_verb_after_qad_with_no_subject_before_it_keeps_the_subject_after_it() -> None:
    text = "وقد وعد المحافظ بإصلاح الجسر."
    assert _pairs(text) == [("المحافظ", "وعد", "بإصلاح الجسر")]


@pytest.mark.parametrize("mention", ["مراسل وكالة الأنباء الفرنسية", "مراسلة التلفزيون الرسمي", "مراسلنا",
                                     "المراسل"])
def test_a_correspondent_is_typed_media(mention: str) -> None:
    [claim] = parse(f"وقال {mention} إن الطريق أغلق بالكامل.", "ar").attributions
    assert (claim.source.text, claim.source_type) == (mention, "media")


def test_an_official_with_a_title_is_still_typed_official() -> None:
    [claim] = parse("وقال وزير النقل إن الطريق أغلق بالكامل.", "ar").attributions
    assert claim.source_type == "official"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفى رئيس الوزراء الهولندي مارك روته الاتهامات الموجهة إلى حكومته.", "رئيس الوزراء الهولندي مارك روته",
     "الاتهامات الموجهة إلى حكومته"),
    ("ونفت المتحدثة باسم الخارجية الأمريكية التصريحات المنسوبة إليها.", "المتحدثة باسم الخارجية الأمريكية",
     "التصريحات المنسوبة إليها"),
    ("ونفى المتحدث العسكري الروسي المعلومات المتداولة.", "المتحدث العسكري الروسي", "المعلومات المتداولة"),
])
def test_a_definite_plural_after_a_name_or_an_adjective_is_the_object(text: str, source: str, content: str) -> None:
    [(found, _cue, reported)] = _pairs(text)
    assert (found, reported) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("وقال رئيس اتحاد الصناعات إن الأسعار سترتفع.", "رئيس اتحاد الصناعات"),
    ("وقالت رئيسة لجنة الانتخابات المركزية إن النتائج ستعلن غدا.", "رئيسة لجنة الانتخابات المركزية"),
    ("وقال المتحدث باسم المتظاهرين إن الاعتصام مستمر.", "المتحدث باسم المتظاهرين"),
    ("وأكدت الهيئة الوطنية لإدارة الكوارث ضرورة إخلاء المباني.", "الهيئة الوطنية لإدارة الكوارث"),
])
def test_a_plural_genitive_inside_a_mention_stays_in_it(text: str, source: str) -> None:
    [(found, _cue, _content)] = _pairs(text)
    assert found == source


@pytest.mark.parametrize(("group", "cue"), [("مسؤولون أتراك", "وقال"), ("مصادر دبلوماسية", "وقالت"),
                                            ("دبلوماسيون غربيون", "وقال")])
def test_one_of_them_resolves_to_the_latest_unnamed_group(group: str, cue: str) -> None:
    text = f"{cue} {group} إن المحادثات متعثرة. وأضاف أحدهم أن الجولة المقبلة أرجئت."
    first, second = parse(text, "ar").attributions
    assert (second.source.text, second.source_canonical, second.anonymous) == ("أحدهم", first.source_canonical, True)


@pytest.mark.parametrize("speaker", ["مصدر أمني", "الوزير"])
def test_one_of_them_after_a_single_speaker_stays_unresolved(speaker: str) -> None:
    text = f"وقال {speaker} إن المعبر أغلق. وقال أحدهم إن الوضع متوتر."
    second = parse(text, "ar").attributions[-1]
    assert (second.source.text, second.source_canonical) == ("أحدهم", "أحدهم")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأعلنت لجنة متابعة شؤون المزارعين تأجيل موسم الحصاد.", "لجنة متابعة شؤون المزارعين", "تأجيل موسم الحصاد"),
    ("وأعلنت هيئة مكافحة الفساد فتح تحقيق في الصفقة.", "هيئة مكافحة الفساد", "فتح تحقيق في الصفقة"),
])
def test_an_indefinite_body_noun_keeps_its_construct_name(text: str, source: str, content: str) -> None:
    [(found, _cue, reported)] = _pairs(text)
    assert (found, reported) == (source, content)


def test_an_indefinite_body_noun_before_a_possessed_noun_is_alone() -> None:
    assert _pairs("ونفت لجنة رفضها للمقترح.") == [("لجنة", "ونفت", "رفضها للمقترح")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ويعمل المهندس في شركة كبرى منذ عشرين عاما، وبحسب زملائه كان يخطط للاستقالة.", "زملائه",
     "كان يخطط للاستقالة"),
    ("وأغلق المصنع أبوابه الشهر الماضي، وبحسب العمال لم يتلقوا رواتبهم منذ أشهر.", "العمال",
     "لم يتلقوا رواتبهم منذ أشهر"),
    ("وفاز الفريق بالبطولة، ووفق المدرب قد يشارك في كأس القارات.", "المدرب", "قد يشارك في كأس القارات"),
    ("وتراجعت صادرات القمح هذا الموسم، وحسب المزارعين لن تتحسن قبل الربيع.", "المزارعين",
     "لن تتحسن قبل الربيع"),
    ("وانتقلت العائلة إلى العاصمة، وبحسب الجيران كانت تعيش في ضائقة.", "الجيران", "كانت تعيش في ضائقة"),
])
def test_an_according_phrase_joined_by_wa_after_a_comma_reports_the_clause_after_its_source(
        text: str, source: str, content: str) -> None:
    [(found, _, said)] = _pairs(text)
    assert (found, said) == (source, content)


@pytest.mark.parametrize("text", [
    "ويعمل المهندس في شركة كبرى منذ عشرين عاما، وبحسب التقارير التي نشرتها الصحف المحلية يخطط للاستقالة.",
    "وولد الكاتب في قرية صغيرة، وبحسب الرسائل التي تركها والده عاش طفولة صعبة.",
    "وافتتح المتحف عام 1990، وبحسب الوثائق التي نشرتها البلدية تبرع به رجل أعمال.",
])
def test_the_clause_before_a_joined_according_phrase_is_not_what_it_reports(text: str) -> None:
    before = text.split("،")[0]
    assert all(before not in said for _, _, said in _pairs(text))
