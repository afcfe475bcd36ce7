"""Arabic press reviews, interviews and statements (arabic48): the writer a published article or report is credited
to speaks what the verb pointing back to it reports, the paper his conduit; a paper a review turns to before the
verb is the writer's conduit; the interviewee of a Q&A whose surname has no article; a definite body named earlier
('المملكة العربية السعودية') as the antecedent of its noun alone; a definite document subject before the one it
calls on. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(a.source.text if a.source else "", a.content.text, a.source_canonical, a.conduits)
            for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content", "conduit"), [
    ("نشرت صحيفة لوس أنجلس تايمز مقالا للكاتب مارك بيترز يقول فيه إن الجفاف يهدد الزراعة في الولايات الغربية.",
     "كاتب مارك بيترز", "إن الجفاف يهدد الزراعة في الولايات الغربية", "Los Angeles Times"),
    ("ونشرت مجلة الإيكونوميست تقريرا لمراسلها في القاهرة توم ريد، يؤكد فيه أن الإصلاحات تسير ببطء.",
     "مراسلها في القاهرة توم ريد", "أن الإصلاحات تسير ببطء", "The Economist"),
    ("وخصصت صحيفة الأخبار افتتاحية للكاتبة سلوى حسن، ترى فيها أن الحكومة تأخرت في معالجة الأزمة.",
     "كاتبة سلوى حسن", "أن الحكومة تأخرت في معالجة الأزمة", "Al-Akhbar"),
    ("نبدأ من صحيفة فايننشال تايمز، التي نشرت مقالا تحليليا للكاتب جون بيرن، يحذر فيه من أن النمو سيتباطأ.",
     "كاتب جون بيرن", "أن النمو سيتباطأ", "Financial Times"),
    ("وننتقل إلى صحيفة الإندبندنت، وتقرير لمراسلتها في بيروت سالي نور، تقول فيه إن الأسعار تضاعفت.",
     "مراسلتها في بيروت سالي نور", "إن الأسعار تضاعفت", "The Independent"),
])
def test_the_writer_an_article_is_credited_to_says_what_the_verb_pointing_back_to_it_reports(
        text: str, source: str, content: str, conduit: str) -> None:
    assert [(src, what, conduits) for src, what, _, conduits in _records(text)] == [(source, content, (conduit,))]


def test_a_document_credited_to_no_named_writer_is_still_its_issuers() -> None:
    assert [[src for src, _, _, _ in _records(text)] for text in (
        "ونشرت صحيفة الرياض مقالا للكاتب سعد الدوسري يقول فيه إن الأسعار سترتفع.",
        "ونشرت صحيفة الرياض مقالا للكاتب يقول فيه إن الأسعار سترتفع.",  # the writer not named
        "وأصدرت الوزارة بيانا قالت فيه إن الطريق سيفتح غدا.",
        "ونشرت الصحيفة تقريرا قالت فيه إن المفاوضات متعثرة.",
        "وأصدرت الهيئة بيانا للرأي العام قالت فيه إن الانتخابات ستجرى في موعدها.",  # whom it is addressed to
    )] == [["كاتب سعد الدوسري"], ["صحيفة الرياض"], ["الوزارة"], ["الصحيفة"], ["الهيئة"]]


def test_the_writer_named_once_is_the_writer_the_review_goes_back_to() -> None:
    text = ("نشرت صحيفة الغارديان مقالا للكاتب سايمون تيسدال يقول فيه إن الهدنة هشة.\n\n"
            "ويضيف الكاتب أن الوسطاء منقسمون.\n\nويتابع أن الحل بعيد.")
    assert [(src, canonical) for src, _, canonical, _ in _records(text)] == [
        ("كاتب سايمون تيسدال", "كاتب سايمون تيسدال"), ("الكاتب", "كاتب سايمون تيسدال"),
        ("", "كاتب سايمون تيسدال")]


def test_the_paper_a_review_turns_to_before_the_verb_is_the_writers_conduit() -> None:
    assert [[found for _, _, _, found in _records(text)] for text in (
        "وفي صحيفة الغارديان، كتب المحرر السياسي بيتر ووكر أن الحزب يستعد لانتخابات مبكرة.",
        "وفي مقال بصحيفة نيويورك تايمز، يرى الكاتب توماس فريدمان أن المنطقة تتغير.",
        "وفي العاصمة عمان، قال وزير الداخلية إن الأمن مستتب.",  # a place, no paper
    )] == [[("The Guardian",)], [("The New York Times",)], [()]]


def test_the_interviewee_whose_surname_has_no_article_answers_the_questions() -> None:
    qa = "\n\nس: كيف ترون الوضع؟\n\nج: الوضع صعب جدا، والموارد قليلة."
    assert [[canonical for _, _, canonical, _ in _records(intro + qa)] for intro in (
        "حاورت الصحيفة المديرة الإقليمية للمنظمة حنان بلخي في مكتبها بالقاهرة.",
        "التقت المجلة الروائي كريم نصار في بيروت وسألته عن روايته الجديدة.",
        "أجرت الصحيفة الحوار التالي مع الدكتورة ليلى شاهين، مديرة المستشفى.",
        "التقت الصحيفة الطبيبة سارة في المستشفى.",  # a first name alone, a preposition after it
        "التقت الصحيفة محمد علي في المستشفى.",  # two first names: no surname written
    )] == [["حنان بلخي"], ["كريم نصار"], ["ليلى شاهين"], [""], [""]]


@pytest.mark.parametrize(("text", "canonical"), [
    ("أدانت المملكة العربية السعودية الهجوم على القافلة.\n\nوقالت المملكة إن استهداف المدنيين مرفوض.",
     "المملكة العربية السعودية"),
    ("رحبت المملكة المتحدة بالاتفاق.\n\nوقالت المملكة إن الاتفاق خطوة مهمة.", "المملكة المتحدة"),
])
def test_a_definite_body_named_earlier_is_the_antecedent_of_its_noun_without_the_verbs_object(
        text: str, canonical: str) -> None:
    assert [found for _, _, found, _ in _records(text)][-1] == canonical


def test_a_body_named_with_its_indefinite_noun_keeps_its_genitive() -> None:
    assert [[found for _, _, found, _ in _records(text)][-1] for text in (
        "أدانت المملكة الأردنية الهاشمية التفجير.\n\nوقالت المملكة إن الإرهاب لا دين له.",
        "وأصدرت وزارة الخارجية بيانا أمس.\n\nوقالت الوزارة إن السفير استدعي.",  # 'وزارة': its genitive is its name
    )] == ["المملكة الأردنية الهاشمية", "وزارة الخارجية"]


def test_a_definite_document_subject_ends_before_a_noun_without_the_article() -> None:
    assert [[(src, what) for src, what, _, _ in _records(text)] for text in (
        "كما دعا البيان مجلس الأمن إلى التحرك فورا.",
        "ودعا البيان الختامي الدول الأعضاء إلى الالتزام بالتعهدات.",  # its adjective, then the ones called on
        "وحث التقرير حكومات المنطقة على زيادة التمويل.",
        "وطالب البيان مجلس إدارة النادي بالاستقالة.",
    )] == [[("البيان", "مجلس الأمن إلى التحرك فورا")],
           [("البيان الختامي", "الدول الأعضاء إلى الالتزام بالتعهدات")],
           [("التقرير", "حكومات المنطقة على زيادة التمويل")],
           [("البيان", "مجلس إدارة النادي بالاستقالة")]]


def test_the_paper_a_topic_marker_sets_off_with_a_comma_relays_the_source_it_quotes() -> None:
    assert [[(src, conduits) for src, _, _, conduits in _records(text)] for text in (
        "أما صحيفة لوفيغارو، فنقلت عن مصادر دبلوماسية قولها إن القمة قد تفشل.",
        "أما صحيفة إل باييس، فنقلت عن وزير الخارجية قوله إن مدريد ستعترف بالدولة.",
        "أما صحيفة لوفيغارو فنقلت عن مصادر دبلوماسية قولها إن القمة قد تفشل.",  # no comma: read before too
    )] == [[("مصادر دبلوماسية", ("Le Figaro",))], [("وزير الخارجية", ("El País",))],
           [("مصادر دبلوماسية", ("Le Figaro",))]]


def test_a_topic_phrase_before_a_comma_is_no_subject_the_speaker_carries_over() -> None:
    lead = "وقال الوزير إن الأسعار مستقرة. "
    assert [[(src, canonical) for src, _, canonical, _ in _records(lead + text)][1:] for text in (
        "وفيما يتعلق بأسعار التذاكر، قال إنها ستبقى مستقرة.",
        "وبخصوص الأجور، أكد أنها سترتفع.",
        "وبشأن الأجور في القطاع العام والخاص، أوضح أنها سترتفع.",
        "وفيما يخص الأجور، أكد المتحدث باسم الوزارة أنها سترتفع.",  # the speaker named after the verb
    )] == [[("", "الوزير")], [("", "الوزير")], [("", "الوزير")],
           [("المتحدث باسم الوزارة", "المتحدث باسم الوزارة")]]


def test_a_statement_issued_by_a_body_relays_the_speaker_after_the_second_an() -> None:
    assert [[src for src, _, _, _ in _records(text)] for text in (
        "ونقل بيان صادر عن الرئاسة عن المتحدث باسمها نبيل أبو ردينة قوله إن القرار مرفوض.",
        "ونقل بيان صادر عن وزارة الدفاع عن مصدر عسكري قوله إن الهجوم أحبط.",
        "ونقل البيان الصادر عن مكتب الرئيس عن الرئيس قوله إنه متفائل.",
        "ونقلت الوكالة عن بيان صادر عن الوزارة قوله إن الهجوم أحبط.",  # the statement relayed, its issuer in it
    )] == [["المتحدث باسمها نبيل أبو ردينة"], ["مصدر عسكري"], ["الرئيس"], ["بيان صادر عن الوزارة"]]


def test_the_present_of_concluding_reports_what_the_writer_concludes() -> None:
    assert [[(src, what) for src, what, _, _ in _records(text)] for text in (
        "وتخلص الكاتبة إلى أن الأزمة لن تحل قريبا.",
        "ويخلص التقرير إلى أن البطالة سترتفع.",
        "وتخلص الجيش من الذخائر القديمة.",  # got rid of: no 'إلى', nothing concluded
    )] == [[("الكاتبة", "أن الأزمة لن تحل قريبا")], [("التقرير", "أن البطالة سترتفع")], []]


def test_a_document_credited_with_written_by_words_speaks_for_the_writer_named_after_them() -> None:
    assert [[(src, conduits) for src, _, _, conduits in _records(text)] for text in (
        "ونشرت صحيفة الإندبندنت مقالا كتبه روبرت فيسك يقول فيه إن الحرب لم تنته.",
        "ونشرت مجلة تايم تقريرا أعدته مراسلتها في كييف آنا ميلر، تقول فيه إن الجبهة هادئة.",
        "ونشرت صحيفة الغد مقالا بقلم الكاتب فهد الخيطان يرى فيه أن الحكومة ستصمد.",
        "وأصدرت الوزارة بيانا كتبته بلغة حادة قالت فيه إن القرار نهائي.",  # no paper: how, not who
    )] == [[("روبرت فيسك", ("The Independent",))], [("مراسلتها في كييف آنا ميلر", ("Time",))],
           [("الكاتب فهد الخيطان", ("Al-Ghad",))], [("الوزارة", ())]]
