"""A person first written with a description set off by a comma is recorded under the proper name alone
(`source_canonical`), the name a fact-checker filters by; bodies, unnamed sources and honorifics stay."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.resolve import proper_name


@pytest.mark.parametrize(("text", "canonical"), [
    ("The union's president, Sarah Mendel, said the strike would go ahead.", "Sarah Mendel"),
    ("The head of the port authority, Karl Bremer, said the cranes were idle.", "Karl Bremer"),
    ("Her former adviser, Tomas Elvy, told reporters the plan had been dropped.", "Tomas Elvy"),
    ("Mark Addison, then her private secretary for home affairs, said the letter was never sent.", "Mark Addison"),
    ("Rita Okon, a nurse at the clinic, said the beds were full.", "Rita Okon"),
    ("Paul Verhoeven Jr., 61, said the farm had flooded twice.", "Paul Verhoeven Jr."),
    ("The city's treasurer, Senator Lena Ward, said the fund was empty.", "Lena Ward"),
])
def test_an_english_description_set_off_by_a_comma_leaves_the_proper_name(text: str, canonical: str) -> None:
    assert parse(text, "en").attributions[0].source_canonical == canonical


@pytest.mark.parametrize(("canonical", "name"), [
    ("The union's president, Sarah Mendel", "Sarah Mendel"),
    ("The minister of the economy, Mr. Ivo Salas", "Ivo Salas"),  # (names30: the honorific goes too)
    ("Mr. Clarke", "Mr. Clarke"),
    ("Dr. Ana Lund", "Ana Lund"),
    ("the ministry, which runs the ports", "the ministry, which runs the ports"),  # no name after the comma
    ("Harbor Council, Lisbon", "Harbor Council, Lisbon"),  # capitalised both sides: no description
    ("a senior official, who asked not to be named", "a senior official, who asked not to be named"),
    ("Ben Osei, 44", "Ben Osei"),
])
def test_english_proper_names_and_near_misses(canonical: str, name: str) -> None:
    assert proper_name(canonical, lexicon_for("en")) == name


@pytest.mark.parametrize(("text", "canonical"), [
    ("قال المتحدث باسم الشركة، كريم الساعدي، إن الإنتاج توقف.", "كريم الساعدي"),
    ("وقالت مديرة المستشفى، هالة النعيمي، إن الأسرة ممتلئة.", "هالة النعيمي"),
    ("قال فادي العطار، المحلل في بنك الخليج، إن الأسعار ستنخفض.", "فادي العطار"),
    ("وقال سمير بن داود، وزير النقل، إن الطريق سيفتح قريبا.", "سمير بن داود"),
])
def test_an_arabic_description_set_off_by_a_comma_leaves_the_proper_name(text: str, canonical: str) -> None:
    assert parse(text, "ar").attributions[0].source_canonical == canonical


@pytest.mark.parametrize(("canonical", "name"), [
    ("المتحدث باسم الشركة، كريم الساعدي", "كريم الساعدي"),
    ("وزير الطاقة في جمهورية الجنوب، عماد بن سالم", "عماد بن سالم"),
    ("فادي العطار، المحلل في بنك الخليج", "فادي العطار"),
    ("ليلى حداد، 35 عاما", "ليلى حداد"),
    ("رئيس البلدية، عبد الرحمن الشامي", "عبد الرحمن الشامي"),
    ("المتحدث باسم الوزارة، في بيان", "المتحدث باسم الوزارة، في بيان"),  # no name after the comma
    ("وزارة الصحة، السورية", "وزارة الصحة، السورية"),  # a body
    ("مصادر مطلعة، طلبت عدم الكشف عن هويتها", "مصادر مطلعة، طلبت عدم الكشف عن هويتها"),
    ("وزيرة الصحة سلمى الحسيني", "سلمى الحسيني"),  # no comma: the title chain goes too (names29)
])
def test_arabic_proper_names_and_near_misses(canonical: str, name: str) -> None:
    assert proper_name(canonical, lexicon_for("ar")) == name


def test_a_body_keeps_its_name_with_the_comma() -> None:
    text = "The ministry, which oversees the ports, said the cranes were idle."
    assert parse(text, "en").attributions[0].source_canonical != "the cranes were idle"
    assert "ministry" in parse(text, "en").attributions[0].source_canonical.lower()


@pytest.mark.parametrize(("text", "source"), [
    ("The levy is a blunt tool, said Ann Cole (a view shared by most economists).", "Ann Cole"),
    ('"It will pass," said Tom Reed (who voted against it in May).', "Tom Reed"),
    ('"It will pass," said Tom Reed (who voted no), adding that it was close.', "Tom Reed"),
    ("The levy is a blunt tool, said Dr. Ruth Mayer (an old critic of it).", "Dr. Ruth Mayer"),
])
def test_an_aside_in_brackets_after_an_inverted_source_is_not_part_of_it(text: str, source: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.source is not None
    assert (first.source.text, first.source_canonical) == (source, source.removeprefix("Dr. "))  # (names30: the
    # canonical name drops the honorific)


def test_an_acronym_in_brackets_stays_in_the_inverted_source() -> None:
    text = "The cuts went too far, said the Council of Rural Schools (CRS)."
    first = parse(text, "en").attributions[0]
    assert first.source is not None and first.source.text == "the Council of Rural Schools (CRS)"


def test_a_speaker_named_again_with_an_aside_resolves_to_the_full_name() -> None:
    text = ('"The plan is sound," said Leonard P. Marsh, director of the budget office. '
            'The levy is a blunt tool, said Mr. Marsh (a view shared by others).')
    last = parse(text, "en").attributions[-1]
    assert last.source is not None and last.source.text == "Mr. Marsh"
    assert last.source_canonical == "Leonard P. Marsh"
