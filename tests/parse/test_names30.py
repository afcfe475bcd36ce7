"""A person's canonical name (`source_canonical`) drops what is written before the name and is no part of it: a
trade or a role that is no title of office ('Farmer …', 'radio host …', «المزارع …», a nisba «الاقتصادي …»), and
an honorific before a name of two words or more, in both languages ('Dr. …', «الدكتور …»); the source span keeps
the mention as written. The same first name and surname written again with another office, an initial or an
honorific is the same person."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.resolve import proper_name


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("Farmer Odile Brandt said the frost had come three weeks early.", "Farmer Odile Brandt", "Odile Brandt"),
    ("Chief Financial Officer Rhea Castellano said margins would narrow in the spring.",
     "Chief Financial Officer Rhea Castellano", "Rhea Castellano"),
    ("Veteran pollster Marcus Whitby said the race had tightened since August.", "Veteran pollster Marcus Whitby",
     "Marcus Whitby"),
    ("Radio host Gemma Lark told listeners that the bridge would stay shut.", "Radio host Gemma Lark",
     "Gemma Lark"),
    ("County Park Ranger Supervisor Ines Maturana said the trail would reopen on Monday.",
     "County Park Ranger Supervisor Ines Maturana", "Ines Maturana"),
    ("Retiree Walter Dunmore said his pension no longer covered the rent.", "Retiree Walter Dunmore",
     "Walter Dunmore"),
    ("Democrat Lucia Ferrand said the bill would hurt renters.", "Democrat Lucia Ferrand", "Lucia Ferrand"),
])
def test_a_trade_or_role_word_before_an_english_name_leaves_the_proper_name(text: str, source: str,
                                                                            canonical: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.source is not None
    assert (first.source.text, first.source_canonical) == (source, canonical)


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("Dr. Imogen Velasquez said the new ward would open in June.", "Dr. Imogen Velasquez", "Imogen Velasquez"),
    ("Transport Minister Dr. Kofi Mensah said fares would be frozen.", "Transport Minister Dr. Kofi Mensah",
     "Kofi Mensah"),
    ("Prof. Anneliese Vogt said the sample was too small.", "Prof. Anneliese Vogt", "Anneliese Vogt"),
    ("Mrs Orla Keane said the school bus had been late all week.", "Mrs Orla Keane", "Orla Keane"),
])
def test_an_english_honorific_before_a_full_name_leaves_the_canonical_name(text: str, source: str,
                                                                          canonical: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.source is not None
    assert (first.source.text, first.source_canonical) == (source, canonical)


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("وقال المزارع عادل الشمري إن الجفاف أتلف المحصول.", "المزارع عادل الشمري", "عادل الشمري"),
    ("وقالت الحقوقية هالة الدباغ إن المعتقلين لم يحاكموا.", "الحقوقية هالة الدباغ", "هالة الدباغ"),
    ("وقال الاقتصادي فارس العتيبي إن التضخم سيتراجع.", "الاقتصادي فارس العتيبي", "فارس العتيبي"),
    ("وقال الاقتصادي الكويتي فارس العتيبي إن التضخم سيتراجع.", "الاقتصادي الكويتي فارس العتيبي", "فارس العتيبي"),
    ("وقالت الفنانة ريم حداد إن المهرجان تأجل.", "الفنانة ريم حداد", "ريم حداد"),
    ("وقال الدكتور منذر الخطيب إن اللقاح آمن.", "الدكتور منذر الخطيب", "منذر الخطيب"),
])
def test_an_arabic_trade_nisba_or_honorific_before_a_name_leaves_the_proper_name(text: str, source: str,
                                                                                canonical: str) -> None:
    first = parse(text, "ar").attributions[0]
    assert first.source is not None
    assert (first.source.text, first.source_canonical) == (source, canonical)


ENGLISH_KEPT: list[str] = [
    "Mr. Haverford",  # an honorific and a surname alone
    "Mr. and Mrs. Tolland",
    "Trump's Pence",  # a surname alone after the possessive
    "His colleague Ann Rolfe",  # 'colleague': no trade
    "Officer Ortiz",  # one word of name
    "Scot Peterson",  # a known first name, not the noun of origin
    "Dr. Ana Lund and Tom Reed",  # two people after the honorific
]

ARABIC_KEPT: list[str] = [
    "الاقتصادي العتيبي",  # a surname alone after the nisba
    "الأهلي المصري",  # no name
    "الحكومية لجنة الإنقاذ",  # a body's word after the nisba
    "السيدة فيروز",
]


def test_english_mentions_with_no_role_or_honorific_to_drop_keep_their_name() -> None:  # (guards)
    lex = lexicon_for("en")
    assert [proper_name(c, lex) for c in ENGLISH_KEPT] == ENGLISH_KEPT


def test_arabic_mentions_with_no_role_or_honorific_to_drop_keep_their_name() -> None:
    lex = lexicon_for("ar")
    assert [proper_name(c, lex) for c in ARABIC_KEPT] == ARABIC_KEPT


@pytest.mark.parametrize("text", [
    "Rep. Damon T. Whitcomb said the levee bill was dead. Senator Mary Holt said she disagreed. "
    "Congressman Damon Whitcomb later told reporters he would try again.",
    "Council Member Kevin J. Ortiz said the budget was balanced. Senator Mary Holt said it was not. "
    "Mayor Kevin Ortiz said the numbers were wrong.",
])
def test_the_same_full_name_with_another_office_initial_or_honorific_is_one_person(text: str) -> None:
    names = {a.source_canonical for a in parse(text, "en").attributions if "Holt" not in a.source_canonical}
    assert len(names) == 1


def test_different_first_names_or_unnamed_offices_stay_apart() -> None:  # (a guard: holds before names30 too)
    text = ("Rep. Damon Whitcomb said the levee bill was dead. Sen. Clara Whitcomb said the bill would pass. "
            "The White House spokesman said no decision was made. The White House chief of staff said the "
            "president would sign it.")
    assert [a.source_canonical for a in parse(text, "en").attributions] == [
        "Damon Whitcomb", "Clara Whitcomb", "The White House spokesman", "The White House chief of staff"]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Secretary of Agriculture Laura B. Finch said the loans would be doubled.", "Laura B. Finch"),
    ("Former Minister of Energy Peter Olsen said the grid could not cope.", "Peter Olsen"),
    ("Director of the National Weather Service Karen Mills said the storm would weaken.", "Karen Mills"),
])
def test_an_office_written_out_with_its_body_before_a_first_name_leaves_the_proper_name(text: str,
                                                                                       canonical: str) -> None:
    assert parse(text, "en").attributions[0].source_canonical == canonical


def test_an_office_with_its_body_and_no_clear_first_name_keeps_the_mention() -> None:  # (guards)
    lex = lexicon_for("en")
    kept = ["Director of the Sarah Lawrence College", "Minister of State for Trade Mary Ann Vance",
            "Secretary of State Kerry"]
    assert [proper_name(c, lex) for c in kept] == kept


@pytest.mark.parametrize(("text", "canonical"), [
    ("وقال الدكتور منذر الخطيب، أستاذ علوم التربة، إن الأشجار ستتعافى.", "منذر الخطيب"),
    ("وقالت المهندسة لمى الصباغ، مديرة المشروع، إن العمل سينتهي في الربيع.", "لمى الصباغ"),
])
def test_an_arabic_honorific_before_a_name_set_off_by_a_comma_goes_with_the_office(text: str,
                                                                                   canonical: str) -> None:
    assert parse(text, "ar").attributions[0].source_canonical == canonical


def test_growers_are_an_unnamed_group_like_farmers() -> None:
    first = parse("Prices at the farm gate fell again, growers said on Monday.", "en").attributions[0]
    assert (first.source_canonical, first.source_type, first.anonymous) == ("growers", "anonymous", True)


@pytest.mark.parametrize(("text", "canonical"), [
    ("Channel Nine's Rowan Pike said the count would finish overnight.", "Rowan Pike"),
    ("Harbor Radio’s Nadia Quint told listeners the ferry was cancelled.", "Nadia Quint"),
])
def test_a_capitalised_possessive_before_a_name_is_the_body_the_person_speaks_for(text: str, canonical: str) -> None:
    assert parse(text, "en").attributions[0].source_canonical == canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ("Dr. Imran Shafi of the Coastal Water Trust said the river was safe to swim in.", "Imran Shafi"),
    ("Professor Ruth Okafor of Lakeside University said the sample was too small.", "Ruth Okafor"),
    ("Mr. Lindqvist of the Harbor Rowing Club said the race would go ahead.", "Mr. Lindqvist"),
])
def test_a_name_before_of_and_the_body_the_person_belongs_to_is_the_canonical_name(text: str,
                                                                                   canonical: str) -> None:
    assert parse(text, "en").attributions[0].source_canonical == canonical
