"""Arabic source mentions that swallow what follows them: unnamed members counted ('عضوان في البرلمان',
'خمسة أعضاء في اللجنة') are anonymous and go on with where they sit, like 'مسؤولان في الوزارة'; an opening verb's
object (a noun in 'ية' after a man's name, a team, a council told, a charge and its participle), a second verb
joined by 'و' and the parts of a name in 'عبد' decide what a later 'وقال' takes as its speaker. (The family-name
and rank cases pass on the base too: they guard what the new rules must leave alone.)"""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source.text if a.source else "", a.content.text, a.anonymous) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("وذكر عضوان في البرلمان أن التصويت تأجل أسبوعا.", "عضوان في البرلمان"),
    ("وأكدت خمسة أعضاء في اللجنة أن التقرير لم يعرض عليهم.", "خمسة أعضاء في اللجنة"),
    ("وقال 4 أعضاء في النقابة إن الإضراب مستمر.", "4 أعضاء في النقابة"),
    ("وقال ثلاثة نواب في البرلمان إن الجلسة رفعت.", "ثلاثة نواب في البرلمان"),
])
def test_counted_unnamed_members_are_anonymous_with_where_they_sit(text: str, source: str) -> None:
    records = _records(text)
    assert [(s, anon) for s, _, anon in records] == [(source, True)]


@pytest.mark.parametrize(("text", "source"), [
    ("ووقع الوزير سامي الاتفاقية التجارية وقال إن التعاون يتسع.", "الوزير سامي"),
    ("وعرض الوزير خالد الميزانية العامة وقال إن العجز تراجع.", "الوزير خالد"),
])
def test_a_feminine_noun_in_iya_after_a_mans_first_name_is_the_object(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


def test_a_family_name_in_i_after_a_first_name_stays_in_the_source() -> None:
    assert [s for s, _, _ in _records("وقال الوزير أحمد المصري إن العجز تراجع.")] == ["الوزير أحمد المصري"]


@pytest.mark.parametrize(("text", "source"), [
    ("واستقبل الرئيس خالد الفريق الفائز وقال إن الرياضة توحد الشعب.", "الرئيس خالد"),
    ("وأبلغ رئيس النادي المجلس أن المدرب باق في منصبه.", "رئيس النادي"),
    ("وأبلغ الوزير خالد المجلس أن الميزانية جاهزة.", "الوزير خالد"),
])
def test_a_team_or_a_council_after_a_complete_mention_is_the_object(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("وأكد قائد المنطقة الفريق سامي خليل أن الوضع مستقر.", "قائد المنطقة الفريق سامي خليل"),
    ("وأكد قائد القوات البرية الفريق أول ركن نزار الحمداني أن الحدود آمنة.",
     "قائد القوات البرية الفريق أول ركن نزار الحمداني"),
])
def test_a_rank_before_a_name_stays_in_the_source(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


def test_a_listed_object_before_an_adverbial_is_still_the_object() -> None:
    assert [s for s, _, _ in _records("وطالب النائب خالد الحكومة مرة أخرى بالاستقالة.")] == ["النائب خالد"]


@pytest.mark.parametrize(("text", "source"), [
    ("ورفض الوزير خالد الاتهامات الموجهة إليه وقال إنها كاذبة.", "الوزير خالد"),
    ("ورفضت النائبة ليلى الانتقادات الموجهة إليها وقالت إنها لا تخشى شيئا.", "النائبة ليلى"),
])
def test_a_charge_and_its_participle_after_a_titled_first_name_stay_out_of_the_source(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("وزار وزير الصحة المستشفى الجديد وتفقد المرضى وقال إن الخدمات تحسنت.", "وزير الصحة"),
    ("وزار الوزير خالد المدرسة وتفقد الصفوف وقال إن التعليم أولوية.", "الوزير خالد"),
    ("وزار الوزير خالد المعرض والتقى العارضين وقال إن الصناعة تنمو.", "الوزير خالد"),
])
def test_a_clause_of_two_verbs_gives_the_first_verbs_subject_to_a_later_cue(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("واتهم الوزير خالد عبد الله المعارضة بالتحريض، وقال إن الأمن مستتب.", "الوزير خالد عبد الله"),
    ("واتهمت النائبة سلمى عبد الرحيم الشركة بالتلاعب، وقالت إن الأسعار ارتفعت.", "النائبة سلمى عبد الرحيم"),
])
def test_a_compound_name_with_abd_stays_whole_for_a_later_cue(text: str, source: str) -> None:
    assert [s for s, _, _ in _records(text)] == [source, source]


def test_an_object_and_its_adjectives_before_a_preposition_stay_out_of_the_source() -> None:
    text = "وتسلم الوزير خالد التقرير النهائي من اللجنة وقال إن التوصيات ستنفذ."
    assert [s for s, _, _ in _records(text)] == ["الوزير خالد"]
