"""Shapes met in a fourth audit on unseen news copy (a transfer story, a court verdict, a product launch): English
"mean" reports nothing (a thing means something: an inference, not a source's words); an Arabic verbal noun of
the pattern تفعيل with its preposition ('التعليق على', 'التصريح عن') after a name whose surname has no article is
what the person refused, not part of the name; the reasons and text of a ruling ('في حيثيات الحكم', 'في قرارها',
'في حكمه') are the occasion of the words, not where the speaker works."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _sources(text: str) -> list[str]:
    return [a.source.text if a.source else "" for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ('ورفض محافظ المدينة نبيل شاكر التعليق على الحادث، وقال للصحفيين: "التحقيق لم ينته بعد".',
     "محافظ المدينة نبيل شاكر"),
    ('رفضت وزيرة الصناعة هالة يوسف التصريح عن الأرقام، وقالت في مؤتمر صحفي: "سننشرها الشهر المقبل".',
     "وزيرة الصناعة هالة يوسف"),
    ('ورفض مدير الشركة طارق نصار التوقيع على الاتفاق، وقال إن بنوده غير منصفة.',
     "مدير الشركة طارق نصار"),
])
def test_a_tafil_verbal_noun_before_its_preposition_is_no_part_of_the_name(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("وقال القاضي في حيثيات الحكم إن الشاهد لم يكن في المدينة يوم الحادث.", "القاضي"),
    ("وقال رئيس المحكمة في قراره إن العقد باطل لأنه لم يعرض على المجلس.", "رئيس المحكمة"),
    ("وقالت القاضية في حكمها إن الشركة خالفت شروط الترخيص.", "القاضية"),
])
def test_the_ruling_is_the_occasion_of_the_words_not_the_speakers_seat(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_surname_with_the_article_before_a_preposition_stays_in_the_name() -> None:
    assert _sources("وقال وزير النقل فهد سالم التميمي في بيان إن الطريق سيفتح غدا.") == ["وزير النقل فهد سالم التميمي"]


@pytest.mark.parametrize(("text", "source"), [
    ("وبحسب مصادر في الاتحاد، فإن الحارس أبلغ مدربه بقراره اعتزال اللعب.", "الحارس"),
    ("ووفقا لمصادر مطلعة، فإن السفير أبلغ الوزير بأن الزيارة تأجلت.", "السفير"),
])
def test_the_noun_after_fa_inna_is_the_subject_of_the_telling_verb_not_its_hearer(text: str, source: str) -> None:
    assert _sources(text)[1:] == [source]


@pytest.mark.parametrize("text", [
    "A bank spokeswoman said the review was routine and did not mean the branch had broken any rules.",
    "The coach said the draw means his side will need a win in Lisbon.",
    "Economists noted that the jump in orders meant that factories would hire again.",
])
def test_a_thing_that_means_something_reports_nothing(text: str) -> None:
    assert all(a.cue is None or a.cue.text not in ("mean", "means", "meant") for a in parse(text, "en").attributions)
