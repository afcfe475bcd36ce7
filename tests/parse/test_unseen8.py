"""Unseen articles, round 8 (police, election night, diplomacy, climate): a titled name after a qualifier set
off by commas ('The head of the panel, Dutch judge Anna Berg, said'), 'warning system' as a noun, an Arabic
trade and whose it is before its verb ('لكن محامي الشركة نفى'), and a name with an article family name set
off by commas before the verb ('المحامي، وليد السقا، قال')."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import arabic_records

# --- ', Dutch judge Anna Berg,': one qualifying word before the role, then the name ----------------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("The chair of the inquiry, Dutch judge Anna Berg, said the evidence was thin.", "Anna Berg"),
    ("Tom Reyes spoke first. The head of the panel, Kenyan lawyer Grace Otieno, said the vote was fair.",
     "Grace Otieno"),
    ("Her rival, Green councillor Peter Amos, said the budget was wrong.", "Peter Amos"),
])
def test_a_qualified_role_before_a_name_between_commas_names_the_speaker(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in parse(text, "en").attributions] == [canonical]


# --- 'an early warning system': the '-ing' form is part of a noun, no report -------------------------------------


@pytest.mark.parametrize("text", [
    "The agency is installing an early warning system for storms.",
    "Engineers said they would build a new early warning network.",
    "The city tested its flood warning system for the river on Monday.",
])
def test_a_warning_system_reports_nothing(text: str) -> None:
    assert [a.cue.text for a in parse(text, "en").attributions if a.cue is not None] \
        == (["said"] if " said " in text else [])


# --- 'لكن محامي الشركة نفى …': a trade and whose it is, fronted, is the subject ---------------------------------


@pytest.mark.parametrize(("text", "source", "content"), [
    ("لكن محامي الشركة نفى وجود أي مخالفة في العقود.", "محامي الشركة", "وجود أي مخالفة في العقود"),
    ("غير أن محامي اللاعب نفى الشائعات.", "محامي اللاعب", "الشائعات"),
])
def test_a_fronted_trade_with_its_genitive_is_the_subject(text: str, source: str, content: str) -> None:
    found = arabic_records(text)
    assert [(a.source_text, a.content.text) for a in found] == [(source, content)]


# --- 'المحامي، وليد السقا، قال': the name between commas is whole, though its family name has the article ------


@pytest.mark.parametrize(("text", "canonical"), [
    ("لكن المحامي، رامي الخطيب، قال إن موكله كان خارج البلاد.", "رامي الخطيب"),
    ("وزير الزراعة، سامي العلي، قال إن المحصول تضاعف.", "سامي العلي"),
    ("لكن محامي المتهم، الأستاذ فؤاد السعيد، نفى أن يكون موكله على علم بالصفقة.", "فؤاد السعيد"),
])
def test_a_name_with_an_article_family_name_between_commas_is_whole(text: str, canonical: str) -> None:
    assert [a.source_canonical for a in arabic_records(text)] == [canonical]


def test_a_relative_clause_between_commas_stays_out_of_the_subject() -> None:
    """Guard (the base does the same): 'الوزير، الذي …، اعترف' — the relative clause is no name."""
    found = arabic_records("المدير، الذي تسلم منصبه العام الماضي، اعترف بالتأخير.")
    assert [a.source_text for a in found] == ["المدير"]


@pytest.mark.parametrize(("text", "source"), [
    ("لكن محامي المتهم، الأستاذ فؤاد السعيد، نفى التهم، وقال إن موكله كان مسافرا.",
     "محامي المتهم، الأستاذ فؤاد السعيد"),
    ("لكن محامي المشتبه به، الأستاذ فؤاد السعيد، نفى التهم، وقال إن موكله كان مسافرا.",
     "محامي المشتبه به، الأستاذ فؤاد السعيد"),
])
def test_the_next_verb_keeps_the_whole_name_set_off_by_commas(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source] * 2


# --- 'وفقا للنتائج الأولية بعد فرز …': when the figures stood ends the source --------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("تقدم المرشح المستقل بفارق كبير، وفقا للنتائج الرسمية بعد فرز ثلثي الصناديق.", "لنتائج الرسمية"),
    ("تراجعت البطالة إلى سبعة في المئة، بحسب أرقام الهيئة الوطنية قبل تعديلها.", "أرقام الهيئة الوطنية"),
])
def test_a_time_phrase_after_an_according_source_is_no_part_of_it(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]
