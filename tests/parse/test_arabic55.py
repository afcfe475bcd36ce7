"""Arabic, round 55: a monarch's title, a president who is no prime minister, the ministry last named, a named
holder of a job at an outlet, and a foreign name between a title's country and its verb."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'العاهل' is the title of a head of state, not an unnamed source -------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد العاهل المغربي في خطاب أن الرباط متمسكة بالحوار.",
    "وشدد العاهل الأردني على أن المملكة لن تقبل التهجير.",
    "وقال وزير الخارجية المغربي ناصر بوريطة إن الرباط ترحب بالقرار. وشدد العاهل المغربي على أهمية الحوار.",
])
def test_a_monarch_named_by_his_title_and_country_is_an_official_not_anonymous(text: str) -> None:
    last = arabic_records(text)[-1]
    assert (last.source_type, last.anonymous) == ("official", False)
    assert last.source_text.startswith("العاهل")



# --- 'الرئيس' (and 'الرئيس' with a country's adjective) is not the holder of 'رئيس' + what he heads ----------------

@pytest.mark.parametrize("text", [
    "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في الإصلاح. وأكد الرئيس العراقي أن الدستور واضح.",
    "وقال رئيس البرلمان التونسي إبراهيم بودربالة إن الجلسة ستعقد غدا. وأكد الرئيس التونسي أن الانتخابات في موعدها.",
    "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في الإصلاح. وأكد الرئيس أن الدستور يحمي الجميع.",
])
def test_the_president_is_not_the_head_of_a_government_or_parliament_named_before(text: str) -> None:
    first, second = arabic_records(text)
    assert second.source_canonical != first.source_canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال رئيس العراق عبد اللطيف رشيد إن الدستور واضح. وأكد الرئيس أن الانتخابات ستجرى في موعدها.",
     "عبد اللطيف رشيد"),
    ("وقال رئيس السنغال باسيرو ديوماي فاي إن داكار تريد الحوار. وأضاف الرئيس أن الاقتصاد يتعافى.",
     "باسيرو ديوماي فاي"),
])
def test_the_president_named_before_is_still_the_president(text: str, canonical: str) -> None:
    assert arabic_records(text)[-1].source_canonical == canonical


# --- 'وطالبت الوزارة': the ministry last written as a clause's subject, not the one cited most -------------------

@pytest.mark.parametrize(("text", "canonical"), [
    ("وقالت وزارة الصحة الليبية إن المستشفيات مكتظة. وأضافت وزارة الصحة أن الأدوية نفدت. وأرسلت وزارة الداخلية "
     "الليبية فرقا إلى المدينة. وطالبت الوزارة السكان بالبقاء في منازلهم.", "وزارة الداخلية الليبية"),
    ("قالت وزارة التربية الأردنية إن الامتحانات ستعقد في موعدها. وفي وقت لاحق، نشرت وزارة الصحة إرشادات للطلاب. "
     "ودعت الوزارة الأهالي إلى الالتزام بها.", "وزارة الصحة"),
    ("قالت وزارة التربية الأردنية إن الامتحانات ستعقد في موعدها. وزارة الصحة نشرت إرشادات للطلاب. ودعت الوزارة "
     "الأهالي إلى الالتزام بها.", "وزارة الصحة"),
    ("وأعلنت هيئة الطيران المدني أن المطار سيغلق. واستقبلت هيئة الموانئ السفن القادمة. وأوضحت الهيئة أن الإغلاق "
     "مؤقت.", "هيئة الموانئ"),
])
def test_a_bare_ministry_is_the_one_last_written_as_a_subject(text: str, canonical: str) -> None:
    last = arabic_records(text)[-1]
    assert (last.source_canonical, last.source_type) == (canonical, "government")



# --- a job at an outlet, then the holder's name: the source is the named person ---------------------------------

@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("وقال المحرر في صحيفة الأهرام عماد حسين إن الحكومة أخطأت.", "المحرر في صحيفة الأهرام عماد حسين", "عماد حسين"),
    ("وقال المحرر الاقتصادي في صحيفة الشرق الأوسط فهد العتيبي إن الأسعار سترتفع.",
     "المحرر الاقتصادي في صحيفة الشرق الأوسط فهد العتيبي", "فهد العتيبي"),
    ("وقالت المذيعة في قناة الجزيرة ليلى الشيخلي إن الحوار ضروري.", "المذيعة في قناة الجزيرة ليلى الشيخلي",
     "ليلى الشيخلي"),
    ("وقال المصور في وكالة الأناضول مراد قاسم إن القصف استمر طوال الليل.", "المصور في وكالة الأناضول مراد قاسم",
     "مراد قاسم"),
])
def test_a_press_job_at_an_outlet_and_a_name_is_that_named_person(text: str, source: str, canonical: str) -> None:
    (claim,) = arabic_records(text)
    assert (claim.source_text, claim.source_canonical, claim.source_type, claim.anonymous) == (
        source, canonical, "person", False)


def test_a_first_name_the_titles_list_only_with_its_article_is_no_rank() -> None:
    (claim,) = arabic_records("وقال الصحفي في صحيفة الأهرام عماد حسين إن الحكومة أخطأت.")
    assert (claim.source_canonical, claim.source_type) == ("عماد حسين", "person")


# --- a title, its country and a name no list holds, then the verb: the subject ends before the verb -------------

@pytest.mark.parametrize(("text", "source"), [
    ("مندوب فرنسا نيكولا دي ريفيير رفض المشروع، مؤكدا أن باريس لن تصوت لصالحه.", "مندوب فرنسا نيكولا دي ريفيير"),
    ("سفير السويد أندرس يوهانسون انتقد التقرير، مشيرا إلى أن الأرقام غير دقيقة.", "سفير السويد أندرس يوهانسون"),
    ("مندوب الصين فو كونغ ندد بالهجوم، وقال إن بكين قلقة.", "مندوب الصين فو كونغ"),
    ("لكن مندوب روسيا فاسيلي نيبينزيا انتقد المسودة، معتبرا أنها منحازة.", "مندوب روسيا فاسيلي نيبينزيا"),
    ("وكان مندوب فرنسا نيكولا دي ريفيير رفض المشروع، وقال إن باريس لن تصوت لصالحه.", "مندوب فرنسا نيكولا دي ريفيير"),
    ("وكان مندوب إثيوبيا رفض الاتهامات، وقال إن بلاده لم تنتهك الاتفاق.", "مندوب إثيوبيا"),
    ("مندوب بلجيكا فيليب كريدلكا رفض الصيغة النهائية، مؤكدا أن النص لا يحمي المدنيين.", "مندوب بلجيكا فيليب كريدلكا"),
    ("سفير المكسيك هيكتور فاسكونسيلوس انتقد القرار، مشيرا إلى أنه غير متوازن.", "سفير المكسيك هيكتور فاسكونسيلوس"),
    ("مندوب ليبيا طاهر السني انتقد التقرير، مؤكدا أنه منحاز.", "مندوب ليبيا طاهر السني"),
])
def test_a_foreign_name_after_a_title_and_its_country_ends_before_the_verb(text: str, source: str) -> None:
    found = [a for a in arabic_records(text) if a.cue is not None and a.cue.text in ("مؤكدا", "مشيرا", "وقال",
                                                                                     "معتبرا")]
    assert [a.source_text for a in found] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("سفير مصر في واشنطن رفض الاتهامات، وقال إن القاهرة ملتزمة.", "سفير مصر في واشنطن"),
    ("وكان سفير مصر في واشنطن قد رفض الاتهامات، وقال إن القاهرة ملتزمة.", "سفير مصر في واشنطن"),
    ("مندوب ليبيا لدى الأمم المتحدة انتقد التقرير، مؤكدا أنه منحاز.", "مندوب ليبيا لدى الأمم المتحدة"),
    ("مندوب ليبيا لدى الأمم المتحدة طاهر السني انتقد التقرير، مؤكدا أنه منحاز.",
     "مندوب ليبيا لدى الأمم المتحدة طاهر السني"),
    ("سفير الأردن في باريس مكرم القيسي انتقد التقرير، مؤكدا أنه منحاز.", "سفير الأردن في باريس مكرم القيسي"),
])
def test_where_an_envoy_serves_stays_in_his_title_and_his_verb_stays_out(text: str, source: str) -> None:
    found = [a for a in arabic_records(text) if a.cue is not None and a.cue.text in ("مؤكدا", "وقال")]
    assert [a.source_text for a in found] == [source]
