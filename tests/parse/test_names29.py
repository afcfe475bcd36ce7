"""A person first written with a title, an office or a role glued before the name (no comma) is recorded under
the proper name alone (`source_canonical`); the source span keeps the description as written, later mentions
resolve to the same person, and bodies, honorifics and unclear chains keep the name as written."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.resolve import proper_name


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("Harbor City coach Dana Whitcombe said the team would rest its starters.",
     "Harbor City coach Dana Whitcombe", "Dana Whitcombe"),
    ("House Minority Leader Leon Castell said the bill would not reach the floor.",
     "House Minority Leader Leon Castell", "Leon Castell"),
    ("The dockworkers' union president Greta Holm told members the vote was binding.",
     "The dockworkers' union president Greta Holm", "Greta Holm"),
    ("Reuters reporter Ivan Petrenko said the convoy had turned back.", "Reuters reporter Ivan Petrenko",
     "Ivan Petrenko"),
    ("Senator Carla Mendes said the tariff would hurt growers.", "Senator Carla Mendes", "Carla Mendes"),
    ("Chief Operating Officer Nadia Farouk said the plant would reopen in May.",
     "Chief Operating Officer Nadia Farouk", "Nadia Farouk"),
])
def test_an_english_title_glued_before_a_name_leaves_the_proper_name(text: str, source: str, canonical: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.source is not None
    assert (first.source.text, first.source_canonical) == (source, canonical)


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("وقالت وزيرة البيئة هدى المنصوري إن الحملة ستستمر.", "وزيرة البيئة هدى المنصوري", "هدى المنصوري"),
    ("وأكد رئيس الاتحاد العام للعمال كمال بن يوسف أن الإضراب قائم.", "رئيس الاتحاد العام للعمال كمال بن يوسف",
     "كمال بن يوسف"),
    ("وقال المتحدث باسم الشرطة المحلية عمر الدوري إن الطريق أغلق.", "المتحدث باسم الشرطة المحلية عمر الدوري",
     "عمر الدوري"),
    ("وقالت الخبيرة المالية ريم السقا إن الأسواق قلقة.", "الخبيرة المالية ريم السقا", "ريم السقا"),
    ("وأعلن المدير التنفيذي للمستشفى فراس النجار أن الأجنحة امتلأت.", "المدير التنفيذي للمستشفى فراس النجار",
     "فراس النجار"),
])
def test_an_arabic_title_chain_before_a_name_leaves_the_proper_name(text: str, source: str, canonical: str) -> None:
    first = parse(text, "ar").attributions[0]
    assert first.source is not None
    assert (first.source.text, first.source_canonical) == (source, canonical)


@pytest.mark.parametrize(("text", "lang", "canonical"), [
    ("Harbor City coach Dana Whitcombe said the team was tired. Whitcombe said the schedule was too tight. "
     "The coach added that two players were injured.", "en", "Dana Whitcombe"),
    ("Senate Majority Leader Ruth Abernathy said the vote would be held on Friday. Abernathy said she had the "
     "numbers.", "en", "Ruth Abernathy"),
    ("وقالت وزيرة البيئة هدى المنصوري إن الحملة ستستمر. وأضافت المنصوري أن الغرامات سترتفع.", "ar", "هدى المنصوري"),
    ("وقال رئيس الوزراء الجديد سامي الخطيب إن الحكومة ستعمل بسرعة. وأكد الخطيب أن الأولوية للأسعار.", "ar",
     "سامي الخطيب"),
])
def test_later_mentions_resolve_to_the_same_proper_name(text: str, lang: str, canonical: str) -> None:
    assert {a.source_canonical for a in parse(text, lang).attributions} == {canonical}


ENGLISH_NAMES: list[tuple[str, str]] = [
    ("Green Valley coach Omar Haddad", "Omar Haddad"),
    ("Transport Secretary Priya Raman", "Priya Raman"),
    ("Chief Executive Officer Martin Osei", "Martin Osei"),  # a title word not listed ('Officer') before a first name
    ("Health Minister Dr. Lina Berg", "Lina Berg"),  # (names30: an honorific goes too, as in Arabic)
    ("Dr. Lina Berg", "Lina Berg"),
    ("NBC's Lester Holt", "Lester Holt"),  # (names30: a capitalised possessive, the body spoken for, goes too)
    ("fellow Republican Mitt Romney", "Mitt Romney"),  # (names30: a noun of party before the name goes)
    ("President Bush", "President Bush"),  # one word of name
    ("Secretary of the Air Force James Roche", "James Roche"),  # (names30: a known first name opens the last two)
    ("Port Authority spokesman Officer Tae Brill", "Tae Brill"),  # (names30: 'Officer', a word for a person)
]

ARABIC_NAMES: list[tuple[str, str]] = [
    ("وزير المالية خالد الرميثي", "خالد الرميثي"),
    ("النائبة سعاد الجبوري", "سعاد الجبوري"),
    ("رئيس التحالف المنتهية ولايته جون ماكلين", "جون ماكلين"),  # a known first name after a pronoun ending
    ("وزيرة الاقتصاد والتجارة نادية فتاح", "نادية فتاح"),  # a glued conjunction and article ends the chain
    ("المتحدث باسمها نبيل أبو شقرا", "نبيل أبو شقرا"),
    ("نائب مقاطعة وران", "نائب مقاطعة وران"),  # an indefinite title's genitive: a place, no name
    ("وزير الصناعة والتجارة الأردني", "وزير الصناعة والتجارة الأردني"),  # no name at all
    ("الناطق باسم الحكومة المعترف بها دوليا", "الناطق باسم الحكومة المعترف بها دوليا"),
    ("رئيس الغرفة التجارية لولاية سطيف", "رئيس الغرفة التجارية لولاية سطيف"),  # a region
    ("الرئيس المصري ونظيره الفرنسي", "الرئيس المصري ونظيره الفرنسي"),  # two people
    ("الدكتور سامر العلي", "سامر العلي"),  # (names30: an honorific goes, as in English)
    ("وزيرة التعليم في جنوب أفريقيا", "وزيرة التعليم في جنوب أفريقيا"),
]


def test_english_names_after_titles_and_near_misses() -> None:
    lex = lexicon_for("en")
    assert [(c, proper_name(c, lex)) for c, _ in ENGLISH_NAMES] == ENGLISH_NAMES


def test_arabic_names_after_title_chains_and_near_misses() -> None:
    lex = lexicon_for("ar")
    assert [(c, proper_name(c, lex)) for c, _ in ARABIC_NAMES] == ARABIC_NAMES


def test_bodies_and_titles_with_no_name_keep_their_mention_while_a_holder_loses_the_title() -> None:
    found = [(text, parse(text, lang).attributions[0].source_canonical) for text, lang in (
        ("The Pentagon said the drills would continue.", "en"),  # the registry's name
        ("The acting director said the clinic would reopen.", "en"),
        ("Acting Director Lucy Fenwick said the clinic would reopen.", "en"),
        ("وقالت وزارة الصحة العامة إن الإصابات تراجعت.", "ar"),
        ("وقال الرئيس التنفيذي لشركة النور القابضة إن الأرباح ارتفعت.", "ar"),
    )]
    assert [canonical for _, canonical in found] == [
        "Pentagon", "The acting director", "Lucy Fenwick", "وزارة الصحة العامة", "الرئيس التنفيذي لشركة النور القابضة"]
