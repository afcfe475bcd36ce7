"""unseen5: political news written for these tests (none copied from a corpus)."""

from __future__ import annotations

import pytest

from attribution.parse import parse

DOCUMENTS_THEN_SPEAKER = [
    "كشفت وثائق مسربة أن الوزارة دفعت مبالغ كبيرة. وقال رئيس اللجنة إن الأمر خطير.\n\n"
    "وبحسب الوثائق، فإن المبالغ حولت إلى حساب خارجي.",
    "أظهرت وثائق حكومية أن المشروع تأخر عامين. وقال النائب إن الحكومة أخفت ذلك.\n\n"
    "وبحسب الوثائق، فإن الكلفة تضاعفت.",
    "كشفت وثائق مسربة عن اتصالات سرية بين الحزبين. وقالت المتحدثة باسم الحزب إن ذلك غير صحيح.\n\n"
    "وبحسب الوثائق، فإن الاتصالات استمرت شهرين.",
    "أظهرت وثائق رسمية أن العقد وقع دون مناقصة. ونفى الوزير ذلك، وقال إن كل شيء قانوني.\n\n"
    "وبحسب الوثائق، فإن الشركة مملوكة لأحد أقاربه.",
    "بينت وثائق اطلعت عليها الصحيفة أن الميزانية خفضت. وقال المستشار إن التخفيض مؤقت.\n\n"
    "وبحسب الوثائق، فإن التخفيض سيستمر حتى العام المقبل.",
]


@pytest.mark.parametrize("text", DOCUMENTS_THEN_SPEAKER)
def test_arabic_documents_cited_again_are_the_documents_not_the_speaker_between(text: str) -> None:
    last = parse(text, "ar").attributions[-1].to_gold()
    assert last["source_text"] == "الوثائق"
    assert str(last["source_canonical"]).startswith("وثائق")


@pytest.mark.parametrize("text", [
    "كشفت وثائق مسربة أن الحكومة تفاوضت سرا.",
    "وأظهرت وثائق داخلية أن الحزب تلقى تبرعات أجنبية.",
    "كشفت وثائق رسمية عن خطة لإغلاق المصانع.",
])
def test_arabic_indefinite_documents_are_a_document_source(text: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.to_gold()["source_type"] == "document"


@pytest.mark.parametrize(("text", "source"), [
    ("دافع وزير المالية عن المشروع، مؤكدا أن الحكومة التزمت بالسقف.", "وزير المالية"),
    ("ودافعت الحكومة المغربية عن خطتها، معتبرة أنها ضرورية.", "الحكومة المغربية"),
    ("ودافع وزير الداخلية عن الإجراءات، مشيرا إلى أنها مؤقتة.", "وزير الداخلية"),
    ("وتحدثت الحكومة الفرنسية عن الأزمة، مؤكدة أن الحل قريب.", "الحكومة الفرنسية"),
    ("ودافع البنك المركزي عن قراره، موضحا أن التضخم مرتفع.", "البنك المركزي"),
])
def test_arabic_relative_adjective_does_not_take_the_topic_into_the_subject(text: str, source: str) -> None:
    claim = parse(text, "ar").attributions[-1].to_gold()
    assert claim["source_text"] == source


@pytest.mark.parametrize(("text", "source"), [
    ("وعلق الوزير على القرار، قائلا إنه متوقع.", "الوزير"),
    ("وعلقت النائبة على التصويت، قائلة إن النتيجة مخيبة.", "النائبة"),
    ("ورد المتحدث باسم الحزب على الانتقادات، قائلا إنها غير دقيقة.", "المتحدث باسم الحزب"),
    ("وعلق رئيس البرلمان على الخلاف، قائلا إن الحوار هو الحل.", "رئيس البرلمان"),
    ("وعلق السفير على الزيارة، مؤكدا أنها ناجحة.", "السفير"),
])
def test_arabic_topic_then_comma_then_participle_keeps_the_verb_subject(text: str, source: str) -> None:
    [claim] = parse(text, "ar").attributions
    assert claim.to_gold()["source_text"] == source


@pytest.mark.parametrize(("text", "source"), [
    ("The ministry approved the contract, according to documents obtained by The Guardian.", "documents"),
    ("According to documents seen by Reuters, the minister signed the order.", "documents"),
    ("The senator met the lobbyist twice, according to records reviewed by the newspaper.", "records"),
    ("The aide left in March, according to emails obtained by the committee.", "emails"),
    ("The plan was shelved last year, according to documents.", "documents"),
])
def test_english_plural_document_after_according_to_is_the_source_not_the_cue(text: str, source: str) -> None:
    [claim] = parse(text, "en").attributions
    gold = claim.to_gold()
    assert gold["source_text"] == source
    assert gold["cue_text"].lower() == "according to"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وأكد الوزير الأردني ونظيره العراقي ضرورة وقف التصعيد.", "الوزير الأردني ونظيره العراقي", "ضرورة وقف التصعيد"),
    ("وأكدت الوزيرة ونظيرتها الإسبانية دعم الاتفاق.", "الوزيرة ونظيرتها الإسبانية", "دعم الاتفاق"),
    ("وأكد الرئيس المصري ونظيره الفرنسي أهمية الحل السياسي.", "الرئيس المصري ونظيره الفرنسي", "أهمية الحل السياسي"),
    ("وأكد وزير الخارجية ونظيره القطري أهمية الحوار.", "وزير الخارجية ونظيره القطري", "أهمية الحوار"),
    ("وأكد الملك ونظيره الإسباني متانة العلاقات.", "الملك ونظيره الإسباني", "متانة العلاقات"),
])
def test_arabic_counterpart_joined_by_wa_is_part_of_the_subject(text: str, source: str, content: str) -> None:
    [claim] = parse(text, "ar").attributions
    gold = claim.to_gold()
    assert (gold["source_text"], gold["content_text"]) == (source, content)
