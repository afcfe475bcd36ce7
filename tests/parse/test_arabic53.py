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


# --- an outlet relaying unnamed people is not unnamed itself ------------------------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    ("كشفت صحيفة واشنطن بوست، نقلا عن ثلاثة مسؤولين طلبوا عدم الكشف عن هوياتهم، أن البيت الأبيض يدرس العقوبات.",
     "صحيفة واشنطن بوست"),
    ("ذكرت صحيفة لوموند نقلا عن دبلوماسيين طلبوا عدم نشر أسمائهم أن باريس ستستدعي سفيرها.", "صحيفة لوموند"),
    ("أفادت قناة الجزيرة، نقلا عن مصدر أمني رفض الكشف عن اسمه، أن الحدود أغلقت.", "قناة الجزيرة"),
])
def test_an_outlet_relaying_people_who_asked_not_to_be_named_is_itself_named(text: str, outlet: str) -> None:
    records = {a.source_text: a.anonymous for a in arabic_records(text)}
    assert records[outlet] is False
    assert [anonymous for source, anonymous in records.items() if source != outlet] == [True]


def test_the_outlet_named_again_later_stays_named() -> None:
    text = ("كشفت صحيفة الغارديان، نقلا عن مصادر طلبت عدم الكشف عن هويتها، أن الوزير سيستقيل. "
            "وأضافت الصحيفة أن الاستقالة ستعلن الأسبوع المقبل.")
    assert [a.anonymous for a in arabic_records(text) if a.cue.text == "وأضافت"] == [False]


# --- a title and its country open a sentence before their verb ----------------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("لكن مندوب إثيوبيا رفض الاتهامات، وقال إن بلاده تتعرض لحملة تضليل.", "مندوب إثيوبيا"),
    ("لكن سفير مصر انتقد القرار، وأكد أن القاهرة لن تقبل به.", "سفير مصر"),
    ("غير أن وزير خارجية قطر انتقد البيان، وقال إن الصياغة غير متوازنة.", "وزير خارجية قطر"),
    ("لكن رئيس وزراء باكستان تجاهل الانتقادات، وأوضح أن الاتفاق يخدم الاقتصاد.", "رئيس وزراء باكستان"),
])
def test_a_title_and_its_country_before_the_verb_are_the_subject_of_the_verb_after_the_comma(
        text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]


# --- '، كما' / '، فيما' and a past in the feminine after a future: the writer's next event ------------------

@pytest.mark.parametrize(("text", "content"), [
    ("وأعلنت الحكومة أنها ستخفض دعم الخبز، كما رفعت أسعار الوقود بنسبة عشرة في المئة.", "أنها ستخفض دعم الخبز"),
    ("وقال الوزير إن الشرطة ستنتشر في الشوارع، فيما طوقت قوات الأمن محيط البرلمان.", "إن الشرطة ستنتشر في الشوارع"),
    ("وأكدت البلدية أنها لن تغلق السوق القديم، كما شهدت المدينة احتجاجات للتجار.", "أنها لن تغلق السوق القديم"),
    ("وأعلن النادي أنه سيتعاقد مع مدرب جديد، فيما أقالت الإدارة المدرب السابق أمس.", "أنه سيتعاقد مع مدرب جديد"),
])
def test_a_past_event_after_a_reported_future_is_the_writers_clause(text: str, content: str) -> None:
    assert one_arabic_record(text).content.text == content
    # (what may still be reported goes on: a present after 'فيما', a passive with 'تمت', a past after a past)
    for going_on in ("وقال المتحدث إن خمسة قتلى سقطوا، فيما لا يزال مصير اثنين مجهولا.",
                     "وأكد البيان أنه سيتم توقيف المشتبه به، كما تمت مصادرة الأسلحة.",
                     "وأوضح التقرير أن الأسعار ارتفعت، كما تراجعت القدرة الشرائية للأسر."):
        assert one_arabic_record(going_on).content.text.endswith(going_on[-12:-1])


# --- a long adverbial aside between commas after the subject, before the object ------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("أكد مجلس الوزراء، في جلسته التي عقدها برئاسة ولي العهد، دعم المملكة للجهود الدولية.",
     "دعم المملكة للجهود الدولية"),
    ("ونفت الوزارة، خلال مؤتمر صحفي عقده المتحدث باسمها في العاصمة، وجود أي إصابات.", "وجود أي إصابات"),
    ("وأكد البرلمان، في الجلسة الطارئة التي دعا إليها رئيسه مساء أمس، رفضه للاتفاقية.", "رفضه للاتفاقية"),
])
def test_a_long_aside_between_commas_before_the_object_is_no_part_of_it(text: str, content: str) -> None:
    assert one_arabic_record(text).content.text == content


# --- when it was said, between commas after the subject, before whom it called on ---------------------------

_CALLS_AFTER_A_TIME_ASIDE = [
    ("دعت وزارة الخارجية، الجمعة، الأطراف المتنازعة إلى وقف فوري لإطلاق النار.",
     "الأطراف المتنازعة إلى وقف فوري لإطلاق النار"),
    ("ودعت الرئاسة، الأحد، الأحزاب في البرلمان إلى الحوار.", "الأحزاب في البرلمان إلى الحوار"),
    # (as with verbs the frame already read so: 'حث', 'ناشد')
    ("وحثت الحكومة، مساء أمس، المواطنين على البقاء في منازلهم.", "المواطنين على البقاء في منازلهم"),
    ("وناشد الدفاع المدني، صباح اليوم، سكان المناطق الساحلية إلى الابتعاد عن الشواطئ.",
     "سكان المناطق الساحلية إلى الابتعاد عن الشواطئ"),
]


def test_a_time_aside_after_the_subject_keeps_whom_it_called_on_in_the_call() -> None:
    assert [one_arabic_record(text).content.text for text, _ in _CALLS_AFTER_A_TIME_ASIDE] \
        == [content for _, content in _CALLS_AFTER_A_TIME_ASIDE]


# --- the outlet that relays unnamed sources, after a dateline --------------------------------------------------

@pytest.mark.parametrize(("text", "conduit"), [
    ("واشنطن - كشفت صحيفة واشنطن بوست، نقلا عن ثلاثة مسؤولين أمريكيين، أن الإدارة تدرس فرض عقوبات.",
     "The Washington Post"),
    ("موسكو - ذكرت وكالة تاس، نقلا عن مصدر دبلوماسي، أن الاجتماع تأجل إلى الأسبوع المقبل.", "TASS"),
    ("القاهرة - أفادت صحيفة الأهرام، نقلا عن مصادر حكومية، أن أسعار الخبز سترتفع الشهر المقبل.", "Al-Ahram"),
    ("طهران - ذكرت وكالة فارس، نقلا عن مسؤول عسكري، أن المناورات البحرية ستبدأ غدا.", "Fars News Agency"),
])
def test_after_a_dateline_the_outlet_before_the_relay_is_its_conduit(text: str, conduit: str) -> None:
    relayed = [a for a in arabic_records(text) if a.cue.text == "نقلا عن"]
    assert [a.conduits for a in relayed] == [(conduit,)]


# --- whom a visitor told: his host ----------------------------------------------------------------------------

def test_a_guest_expressing_something_to_his_host_before_a_quoted_an_reports_it() -> None:
    text = "وأفادت الوزارة في بيان أن الوزير النرويجي عبر لمضيفه مساء الأحد \"عن تقدير بلاده للدور الأردني\"."
    found = [(a.kind, a.source_text, a.content.text) for a in arabic_records(text)]
    assert ("direct", "الوزير النرويجي", "\"عن تقدير بلاده للدور الأردني\"") in found
    quoted = one_arabic_record("وقال الرئيس لزواره \"المرحلة المقبلة تحتاج إلى الجميع\".")
    assert quoted.content.text == "\"المرحلة المقبلة تحتاج إلى الجميع\""


# --- an unnamed spokesman for a body, with where the body sits ------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال متحدث باسم السفارة الصينية في واشنطن إن بكين ستتخذ الإجراءات اللازمة.",
    "وقال متحدث باسم الشرطة في القاهرة إن التحقيق مستمر.",
    "وأكد متحدث باسم الجيش في بيروت أن الدورية لم تتعرض لإطلاق نار.",
])
def test_a_spokesman_for_a_body_in_a_city_stays_unnamed(text: str) -> None:
    assert one_arabic_record(text).anonymous is True
