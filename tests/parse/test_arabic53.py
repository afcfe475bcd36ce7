"""Arabic, round 53: what the speaker was told, and by whom, kept out of the source and the content."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import arabic_records, one_arabic_record

# --- whom the speaker told, and when, between the verb and what was said ----------------------------------

@pytest.mark.parametrize(("text", "source", "content"), [
    ("وقال الوزير لنظيره الفرنسي \"لن نتراجع عن قرار رفع الرسوم\".", "الوزير", "\"لن نتراجع عن قرار رفع الرسوم\""),
    ("وقال رئيس البرلمان لضيفه الأوروبي صباح اليوم \"نريد شراكة متكافئة\".", "رئيس البرلمان",
     "\"نريد شراكة متكافئة\""),
])
def test_whom_and_when_he_told_before_a_quotation_are_no_part_of_it(text: str, source: str, content: str) -> None:
    claim = one_arabic_record(text)
    assert (claim.kind, claim.source_text, claim.content.text) == ("direct", source, content)


@pytest.mark.parametrize(("text", "content"), [
    ("وذكرت الوكالة أن الوزير شدد لنظيره القطري على ضرورة فتح المعابر.", "على ضرورة فتح المعابر"),
    ("وأوضح البيان أن الرئيس أعرب لضيوفه عن ارتياحه لنتائج القمة.", "عن ارتياحه لنتائج القمة"),
    ("وأفاد المكتب الإعلامي أن الأمير عبر لنظرائه الخليجيين مساء الثلاثاء عن دعمه للمبادرة.",
     "عن دعمه للمبادرة"),
])
def test_a_subject_written_before_its_verb_told_someone_and_the_introducer_opens_what_he_said(
        text: str, content: str) -> None:
    inner = [a for a in arabic_records(text) if a.cue is not None and not a.cue.text.startswith("و")]
    assert [a.content.text for a in inner] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("وقالت الرئاسة إن الرئيس عبر لضيفه \"عن تقديره للدور الأردني\".", "الرئيس", "\"عن تقديره للدور الأردني\""),
    ("وأفاد القصر أن الملك عبر مساء الجمعة «عن حزنه العميق لضحايا الفيضانات».", "الملك",
     "«عن حزنه العميق لضحايا الفيضانات»"),
    ("وعبر ماكرون لترامب مساء الأحد \"عن رفضه لأي تصعيد في الخليج\".", "ماكرون", "\"عن رفضه لأي تصعيد في الخليج\""),
])
def test_abbara_with_whom_and_when_before_a_quoted_an_still_reports(text: str, source: str, content: str) -> None:
    found = [(a.kind, a.source_text, a.content.text) for a in arabic_records(text)]
    assert ("direct", source, content) in found
    # ('عبر' as the preposition 'via' still reports nothing)
    assert not parse("ووصلت المساعدات عبر المعبر مساء الأحد عن طريق الهلال الأحمر.", "ar").attributions


# --- a known name glued to the dative 'لـ' after the subject is whom he told -------------------------------

@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("وقال ماكرون لترامب إن فرنسا لن تشارك في الضربة.", "ماكرون", "Emmanuel Macron"),
    ("وأكد السيسي لبلينكن أن مصر ترفض أي تهجير للفلسطينيين.", "السيسي", "Abdel Fattah el-Sisi"),
    ("وقال أردوغان لبوتين مساء الأربعاء إن تركيا مستعدة للوساطة.", "أردوغان", "Recep Tayyip Erdogan"),
    ("وأكد شولتس لزيلينسكي أن ألمانيا ستواصل دعمها العسكري.", "شولتس", "Olaf Scholz"),
])
def test_a_known_name_glued_to_the_dative_after_the_subject_is_whom_he_told(text: str, source: str,
                                                                             canonical: str) -> None:
    claim = one_arabic_record(text)
    assert (claim.source_text, claim.source_canonical) == (source, canonical)
    # (before another name, the glued name is whose adviser: it stays in the title)
    adviser = one_arabic_record("وقال مستشار الأمن القومي لترامب جون بولتون إن واشنطن سترد.")
    assert adviser.source_text == "مستشار الأمن القومي لترامب جون بولتون"
