"""Arabic asides between a source and its report: words in brackets after the source (an acronym is part of the
name, a relative clause is not), and the words a speaker denied or condemned before a participle reports on."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(a.source_text, a.cue.text if a.cue else "", a.content.text) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وأكدت الرابطة (التي تضم أندية الدرجة الأولى) أن الموسم سينطلق في أيلول.", "الرابطة",
                     id="relative-clause"),
        pytest.param("كشفت الأرقام الرسمية (التي نشرها المعهد) أن الصادرات تراجعت.", "الأرقام الرسمية",
                     id="short-relative-clause"),
        pytest.param("وقالت الجمعية (ومقرها عمان) إن التبرعات تضاعفت.", "الجمعية", id="and-its-seat"),
        pytest.param("وذكرت الإذاعة (وهي حكومية) أن الجسر أغلق.", "الإذاعة", id="and-it-is"),
    ],
)
def test_an_aside_in_brackets_after_the_source_is_no_part_of_its_name(text: str, source: str) -> None:
    [(found, _, content)] = _records(text)
    assert found == source
    assert content.startswith(("أن", "إن"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وأفادت وكالة أنباء الإمارات (وام) بأن الوفد وصل.", "وكالة أنباء الإمارات (وام)", id="wam"),
        pytest.param("وحذرت منظمة الأغذية والزراعة (فاو) من أن المحصول سيتراجع.", "منظمة الأغذية والزراعة (فاو)",
                     id="fao"),
    ],
)
def test_an_acronym_in_brackets_stays_part_of_the_name(text: str, source: str) -> None:
    [(found, _, _)] = _records(text)
    assert found == source


def test_a_participle_that_closes_an_aside_in_brackets_reports_nothing() -> None:
    text = "وأعلن الاتحاد الدولي (الذي يتخذ من زيورخ مقرا له) أن البطولة ستقام في موعدها."
    assert _records(text) == [("الاتحاد الدولي", "وأعلن", "أن البطولة ستقام في موعدها")]


def test_a_participle_before_an_addressee_and_a_complementizer_still_reports() -> None:
    text = "وقال المدرب إن الفريق جاهز، مؤكدا لهم أن الإصابات لن تؤثر."
    assert [cue for _, cue, _ in _records(text)] == ["وقال", "مؤكدا"]


@pytest.mark.parametrize(
    ("text", "source", "denied"),
    [
        pytest.param("ونفت الهيئة الشائعة مؤكدة أن الامتحانات ستجرى في موعدها.", "الهيئة", "الشائعة", id="noun"),
        pytest.param("ونفى الناطق باسم الشركة ذلك قائلا إن المصنع يعمل بشكل طبيعي.", "الناطق باسم الشركة", "ذلك",
                     id="demonstrative"),
    ],
)
def test_what_a_speaker_denied_before_a_participle_is_no_part_of_the_participles_source(
        text: str, source: str, denied: str) -> None:
    records = _records(text)
    assert [found for found, _, _ in records] == [source, source]
    assert records[0][2] == denied


@pytest.mark.parametrize("title", ["مدير المستشفى", "رئيس البلدية الجديد"])
def test_a_verb_of_saying_takes_no_object_before_a_participle(title: str) -> None:
    text = f"وقال {title} مؤكدا أن الأجهزة وصلت."
    assert _records(text) == [(title, "مؤكدا", "أن الأجهزة وصلت")]


@pytest.mark.parametrize(
    "body",
    ["الوكالة الدولية للطاقة الذرية", "اللجنة الوطنية للانتخابات", "المفوضية الأوروبية للشؤون الخارجية"],
)
def test_a_bodys_genitive_glued_to_la_goes_on_to_the_participle(body: str) -> None:
    text = f"وصرحت {body} قائلة إن التقرير سينشر غدا."
    assert _records(text) == [(body, "قائلة", "إن التقرير سينشر غدا")]


@pytest.mark.parametrize("told", ["للصحفيين", "للتلفزيون الرسمي", "لرويترز"])
def test_whom_a_speaker_told_before_a_participle_is_no_part_of_the_source(told: str) -> None:
    [(source, cue, _)] = _records(f"وصرح الحارس {told} قائلا إن المباراة ستقام.")
    assert (source, cue) == ("الحارس", "قائلا")


@pytest.mark.parametrize(
    ("told", "conduit"),
    [("لرويترز", "Reuters"), ("لقناة الجزيرة", "Al Jazeera")],
)
def test_a_denial_told_to_an_outlet_before_a_comma_and_a_participle_keeps_both_records(
        told: str, conduit: str) -> None:
    text = f"ونفت الشركة الخبر {told}، مؤكدة أن المصنع لم يغلق."
    first, second = parse(text, "ar").attributions
    assert (first.source_text, first.content.text, first.conduits) == ("الشركة", "الخبر", (conduit,))
    assert second.source_canonical == "الشركة" and second.content.text == "أن المصنع لم يغلق"


def test_whom_the_speaker_told_before_a_comma_and_a_participle_is_no_part_of_the_source() -> None:
    [only] = parse("وصرح الحارس للصحفيين، قائلا إن المباراة ستقام.", "ar").attributions
    assert (only.source_text, only.cue.text if only.cue else "") == ("الحارس", "قائلا")


def test_a_topic_before_a_comma_and_a_participle_still_leaves_the_participle_its_own_subject() -> None:
    records = _records("وأعلن المحافظ الحداد في المدينة، متوعدا الجناة بالعقاب.")
    assert records[-1][0] == ""


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("ونقلت الإذاعة عن وزير الزراعة تأكيده أن المحصول وفير.", "وزير الزراعة", id="his-assurance"),
        pytest.param("ونقلت الصحيفة عن رئيسة الجامعة إشارتها إلى أن الدراسة ستستأنف.", "رئيسة الجامعة",
                     id="her-remark"),
        pytest.param("ونقل الموقع عن خبراء تحذيرهم من أن الأسعار سترتفع.", "خبراء", id="their-warning"),
    ],
)
def test_a_verbal_noun_of_speaking_after_a_relayed_source_is_no_part_of_it(text: str, source: str) -> None:
    [(found, _, content)] = _records(text)
    assert found == source and content.startswith("أن")


@pytest.mark.parametrize("joined", ["وإنها", "وأنها"])
def test_a_second_complementizer_clause_joined_with_wa_is_the_same_speakers_not_a_new_source(joined: str) -> None:
    text = f"وقالت المديرة إن المدرسة آمنة، {joined} تدعو الأهالي إلى الهدوء."
    records = parse(text, "ar").attributions
    assert all(a.source_text != joined and a.source_canonical == "المديرة" for a in records)
    assert records[0].content.text.endswith("إلى الهدوء")


@pytest.mark.parametrize(
    "text",
    ["وقال المحافظ، عقب زيارته المستشفى، إن الخدمات ستتحسن.", "وأكدت الوزيرة، عقب الاجتماع، أن الخطة جاهزة."],
)
def test_aqib_between_commas_before_a_complementizer_is_a_preposition_not_a_cue(text: str) -> None:
    [(source, cue, content)] = _records(text)
    assert cue in ("وقال", "وأكدت") and source in ("المحافظ", "الوزيرة") and content.startswith(("إن", "أن"))


def test_aqib_opening_a_clause_with_its_subject_still_reports() -> None:
    assert _records("وعقب المدرب، في تصريح للصحفيين، بأن الخسارة مؤلمة.")[0][:2] == ("المدرب", "وعقب")


def test_a_participle_after_a_verb_opening_a_clause_mid_sentence_takes_that_verbs_subject() -> None:
    [only] = parse("وانتهت الجلسة دون قرار، وعلق النائب على ذلك قائلا إن النقاش سيستمر.", "ar").attributions
    assert only.source_text == "النائب"


@pytest.mark.parametrize(
    ("joined", "source"),
    [("وأكد", ""), ("لكنه أكد", "لكنه"), ("لكنه اعترف", "لكنه")],
)
def test_a_coordinated_verb_mid_sentence_before_an_indefinite_noun_phrase_shares_the_earlier_subject(
        joined: str, source: str) -> None:
    text = f"وقال المدير إن المصنع يعمل، {joined} ضرورة صيانة الآلات."
    records = parse(text, "ar").attributions
    assert [(a.source_text, a.source_canonical) for a in records] == [("المدير", "المدير"), (source, "المدير")]
    assert records[1].content.text == "ضرورة صيانة الآلات"


@pytest.mark.parametrize("speaker", ["مصدر نقابي", "نتنياهو", "وزارة الصحة", "نقابة الأطباء", "عائلة المريض"])
def test_a_coordinated_verb_mid_sentence_with_its_own_named_or_unnamed_subject_keeps_it(speaker: str) -> None:
    records = parse(f"وقال المدير إن المصنع يعمل، وأكد {speaker} ذلك.", "ar").attributions
    assert records[-1].source_text == speaker


@pytest.mark.parametrize("speaker", ["وزير الري", "وزارة النقل"])
def test_a_title_or_body_and_its_genitive_before_a_comma_and_a_participle_is_one_speaker(speaker: str) -> None:
    text = f"وأكد {speaker}، مشيرا إلى أن السدود ممتلئة."
    assert _records(text) == [(speaker, "مشيرا", "أن السدود ممتلئة")]


def test_a_capital_and_what_it_denied_before_a_comma_and_a_participle_are_still_two() -> None:
    records = _records("ونفت عمان الخبر، مؤكدة أن السفير باق.")
    assert records[0][0] == "عمان" and records[0][2] == "الخبر"
