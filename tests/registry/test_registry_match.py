"""Registry.match and Registry.find_in on the shipped data, Arabic and English, with negatives."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from attribution.registry import Registry, SourceEntry, same_person
from attribution.registry.words import words_in_tokens
from attribution.tokens import tokenize_columns

REGISTRY = Registry.default()


def canonical(mention: str) -> str | None:
    entry = REGISTRY.match(mention)
    return entry.canonical if entry else None


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("رويترز", "Reuters"),
        ("وكالة رويترز للأنباء", "Reuters"),
        ("شبكة سي إن إن", "CNN"),
        ("سي إن إن", "CNN"),
        ("أسوشيتد برس", "Associated Press"),
        ("اسوشيتدبرس", "Associated Press"),
        ("الأسوشيتد برس", "Associated Press"),
        ("فرانس برس", "AFP"),
        ("فرانس بريس", "AFP"),
        ("وكالة الصحافة الفرنسية", "AFP"),
        ("الفرنسية", "AFP"),
        ("البنتاغون", "Pentagon"),
        ("البنتاجون", "Pentagon"),
        ("بالبنتاجون", "Pentagon"),
        ("وزارة الدفاع الأمريكية (البنتاغون)", "Pentagon"),
        ("الخارجية الأميركية", "US State Department"),
        ("الخارجيه الامريكيه", "US State Department"),
        ("وكالة الاناضول التركية الرسمية", "Anadolu Agency"),
        ("وكالة الأنباء الرسمية السورية (سانا)", "SANA"),
        ("شبكة إن.بي.سي نيوز الاخبارية الامريكية", "NBC News"),
        ("الجزيرة", "Al Jazeera"),
        ("قناة العربية", "Al Arabiya"),
        ("سكاي نيوز عربيه", "Sky News Arabia"),
        ("الكرملين", "Kremlin"),
        ("حلف شمال الأطلسي", "NATO"),
        ("الأمم المتحدة", "United Nations"),
        ("هيومان رايتس وتش", "Human Rights Watch"),
        ("الجيش السوري الحر", "Free Syrian Army"),
        ("وزير الخارجية الروسي سيرغي لافروف", "Sergei Lavrov"),
    ],
)
def test_arabic_mentions_resolve_to_their_source(mention: str, expected: str) -> None:
    assert canonical(mention) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Reuters", "Reuters"),
        ("Reuters news agency", "Reuters"),
        ("the U.S. State Department", "US State Department"),
        ("State Department", "US State Department"),
        ("The White House", "White House"),
        ("the Pentagon", "Pentagon"),
        ("AP", "Associated Press"),
        ("Agence France-Presse", "AFP"),
        ("WHO", "World Health Organization"),
        ("the WHO", "World Health Organization"),
        ("Britain's Guardian newspaper", "The Guardian"),
        ("The New York Times", "The New York Times"),
        ("NYT", "The New York Times"),
        ("Washingon Post", "The Washington Post"),
        ("Élysée", "Elysee Palace"),
        ("Times of Israel", "The Times of Israel"),
        ("Times", "The Times"),
        ("Sky Sports", "Sky Sports"),
        ("Sky Sports News", "Sky Sports"),
        ("the Boston Globe", "The Boston Globe"),
        ("Huffington Post", "HuffPost"),
        ("CBC News", "CBC"),
        ("Fortune", "Fortune"),
    ],
)
def test_english_mentions_resolve_to_their_source(mention: str, expected: str) -> None:
    assert canonical(mention) == expected


@pytest.mark.parametrize(
    "mention",
    [
        "officials", "he", "who", "us", "US", "the government", "police", "the agency", "a senior official",
        "Reutres", "a Pentagon spokesman", "State Department spokesman Jeff Rathke", "the Church",
        "المسؤولين", "الحكومة", "الوزارة", "الخارجية", "مصادر مطلعة", "مسؤولون أمريكيون", "الرئيس", "الشرطة",
        "وكالة", "صحيفة", "البيان", "رئيس الوزراء العراقي", "الجيش السوداني", "القاعدة الجوية",
        "المتحدث باسم الكرملين", "إدارة ترامب", "وزير الخارجية السعودي عادل الجبير",
        "إدارة الرئيس الأميركي دونالد ترامب", "منتقدو الرئيس التركي رجب طيب أردوغان",
        "a spokesman for President Donald Trump", "الممثلة الخاصة للأمين العام للأمم المتحدة",
        "اللغة العربية", "شبه الجزيرة العربية", "منطقة الشرق الأوسط", "",
        "a stroke of good fortune", "the Irish Republic", "at dawn on Monday",
    ],
)
def test_generic_and_descriptive_mentions_do_not_match(mention: str) -> None:
    assert canonical(mention) is None


def test_find_in_finds_conduits_with_a_glued_conjunction() -> None:
    text = "نقلتهم رويترز وسي إن إن"
    found = [(text[s:e], entry.canonical) for s, e, entry in REGISTRY.find_in(text)]
    assert found == [("رويترز", "Reuters"), ("سي إن إن", "CNN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت وزارة الخارجية الأمريكية والبنتاغون", [("وزارة الخارجية الأمريكية", "US State Department"),
                                                      ("البنتاغون", "Pentagon")]),
        ("بحسب وكالة فرانس برس (أ ف ب)", [("وكالة فرانس برس", "AFP"), ("أ ف ب", "AFP")]),
        ("قالَتْ وِزَارَةُ الدِّفَاعِ الرُّوسِيَّةِ", [("وِزَارَةُ الدِّفَاعِ الرُّوسِيَّةِ", "Russian Defense Ministry")]),
        ("officials cited by Reuters and CNN", [("Reuters", "Reuters"), ("CNN", "CNN")]),
        ("told the U.S. State Department", [("U.S. State Department", "US State Department")]),
        ("Sky News Arabia and Sky News", [("Sky News Arabia", "Sky News Arabia"), ("Sky News", "Sky News")]),
        ("وتابعت لـCNN", [("CNN", "CNN")]),
    ],
)
def test_find_in_returns_original_slices_longest_first_in_text_order(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text[s:e], entry.canonical) for s, e, entry in REGISTRY.find_in(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["who said it", "قالت الحكومة إن اللغة العربية", "في شبه الجزيرة العربية", "المسؤولين في القاعدة الجوية"],
)
def test_find_in_skips_ordinary_words(text: str) -> None:
    assert REGISTRY.find_in(text) == []


@given(st.text(max_size=80))
def test_find_in_offsets_are_in_bounds_and_do_not_overlap(text: str) -> None:
    previous_end = 0
    for start, end, _ in REGISTRY.find_in(text):
        assert previous_end <= start < end <= len(text)
        previous_end = end


NAMES_AND_GLUE = st.lists(
    st.sampled_from(["وكالة رويترز", "رويترز", "وسي إن إن", "سي إن إن", "البنتاغون", "U.S. State Department",
                     "U.S.", "the", "Sky News Arabia", "Sky News", "WHO", "who", "أ ف ب", "إن.بي.سي", "ِ", "ـ",
                     " ", ",", ".", "و", "ال", "a.b.c", "\n"]) | st.text(max_size=4),
    max_size=12,
).map(" ".join)


@given(NAMES_AND_GLUE)
def test_find_in_sees_the_names_a_word_by_word_scan_sees(text: str) -> None:
    assert REGISTRY._scan_hits(text) == [(h.start, h.end, h.alias) for h in REGISTRY._scan(text)[1]]


@given(NAMES_AND_GLUE)
def test_find_in_reads_the_same_names_off_the_tokens(text: str) -> None:
    columns = tokenize_columns(text)
    assert REGISTRY.find_in(text, columns) == REGISTRY.find_in(text)
    if words_in_tokens(text):
        assert REGISTRY._token_hits(text, columns) == REGISTRY._scan_hits(text)


def test_default_registry_is_shared_and_read_only() -> None:
    assert Registry.default() is REGISTRY
    with pytest.raises(TypeError):
        REGISTRY.add(SourceEntry("Local Gazette", "media"))


def test_a_copy_grows_without_touching_the_default() -> None:
    grown = REGISTRY.copy()
    grown.add(SourceEntry("Local Gazette", "media", aliases=("الجريدة المحلية",)))
    assert canonical("Local Gazette") is None
    entry = grown.match("الجريدة المحلية")
    assert entry is not None and entry.canonical == "Local Gazette"


def test_find_in_sees_a_name_added_after_an_earlier_scan() -> None:
    grown = Registry.from_entries([SourceEntry("Reuters", "news_agency", aliases=("رويترز",))])
    text = "said the Local Gazette and Reuters"
    assert [entry.canonical for _, _, entry in grown.find_in(text)] == ["Reuters"]
    grown.add(SourceEntry("Local Gazette", "media"))
    assert [entry.canonical for _, _, entry in grown.find_in(text)] == ["Local Gazette", "Reuters"]


def test_add_alias_teaches_a_new_name_for_a_known_source() -> None:
    grown = Registry.from_entries([SourceEntry("Reuters", "news_agency", aliases=("رويترز",))])
    assert grown.match("Thomson Reuters Foundation") is None
    grown.add_alias("Reuters", "Thomson Reuters Foundation")
    entry = grown.match("Thomson Reuters Foundation")
    assert entry is not None and "Thomson Reuters Foundation" in entry.aliases


def test_adding_a_known_canonical_merges_aliases() -> None:
    grown = Registry.from_entries([SourceEntry("Reuters", "news_agency", aliases=("رويترز",))])
    grown.add(SourceEntry("reuters", "news_agency", aliases=("روتيرز",)))
    assert [e.aliases for e in grown.entries()] == [("رويترز", "روتيرز")]


def test_add_alias_for_an_unknown_source_is_an_error() -> None:
    with pytest.raises(KeyError, match="Nobody"):
        REGISTRY.copy().add_alias("Nobody", "anyone")


def test_add_rejects_an_unknown_type() -> None:
    with pytest.raises(ValueError, match="blog"):
        Registry().add(SourceEntry("Some Blog", "blog"))


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("السوداني", "رئيس الوزراء محمد شياع السوداني"),
        ("Rathke", "Jeff Rathke"),
        ("Hua", "Hua Chunying"),
        ("al-Sudani", "Mohammed Shia al-Sudani"),
        ("والسوداني", "محمد شياع السوداني"),
    ],
)
def test_same_person_accepts_a_part_of_the_full_name(short: str, full: str) -> None:
    assert same_person(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [("Smith", "Jeff Rathke"), ("bin", "Mohammed bin Salman"), ("", "Hua Chunying"), ("Jeff Smith", "Jeff Rathke")],
)
def test_same_person_rejects_other_names_and_bare_particles(short: str, full: str) -> None:
    assert not same_person(short, full)


@pytest.mark.parametrize(
    "mention",
    ["وكالة الصحافة الروسية", "وكالة الأنباء الروسية", "وكالة الأنباء الرسمية"],
)
def test_an_agency_of_another_country_is_not_a_misspelling_of_a_known_one(mention: str) -> None:
    """'الروسية' is not 'الفرنسية' one letter off: a close ratio over a long name is no misspelling."""
    assert canonical(mention) is None


def test_kabul_is_no_glued_prefix_before_a_short_name() -> None:
    assert REGISTRY.find_in("وهو ما تنفيه كابل باستمرار") == []


@pytest.mark.parametrize(("mention", "canonical"), [
    ("صحيفة الشروق", "Al-Shorouk"),  # the bare name of papers in two countries names neither country's
    ("جريدة الشروق الجزائرية", "Echorouk El Youmi"),
    ("صحيفة الشروق المصرية", "Shorouk News"),
])
def test_a_paper_name_shared_by_two_countries_links_to_one_country_only_when_told(
        mention: str, canonical: str) -> None:
    entry = Registry.default().match(mention)
    assert entry is not None and entry.canonical == canonical


@pytest.mark.parametrize("mention", ["Observers", "observers", "Guardians"])
def test_a_plural_common_noun_is_not_a_misspelling_of_a_papers_name(mention: str) -> None:
    """'Observers said …' are people watching, not The Observer with one letter added."""
    assert canonical(mention) is None


def test_the_singular_of_a_plural_alias_still_matches() -> None:
    assert canonical("The Observer") == "The Observer"
    assert canonical("Republican") == canonical("Republicans")
