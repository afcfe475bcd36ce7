"""English names and types (round 31): a clergy style before a name is no part of the proper name ('Father …',
'Cardinal …', 'The Rev. …', 'Sheikh …'); a possessive written with the apostrophe alone ("Reuters' …") sets off
the outlet as "CNN's" does; 'one mother', 'a father of three': a family word after a singular indefinite is one
unnamed person; more endings of a company's name ('… Ferries', '… Telecoms'); the registry knows more of the
region's agencies and broadcasters, in both languages, and more countries written before an agency's name."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from attribution.registry.match import Registry
from tests.parse.conftest import offsets_hold


def _first(text: str, lang: str = "en") -> tuple[str, str, str, bool]:
    """(source as written, canonical name, type, anonymous) of the first record, offsets checked."""
    result = parse(text, lang)
    assert offsets_hold(result)
    first = result.attributions[0]
    return first.source_text, first.source_canonical, first.source_type, first.anonymous


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("Father Tomas Keller said the parish would open a winter shelter.", "Father Tomas Keller", "Tomas Keller"),
    ("Sister Agnes Moore said the clinic had run short of nurses.", "Sister Agnes Moore", "Agnes Moore"),
    ("Bishop Helena Strand said the diocese would publish the report.", "Bishop Helena Strand", "Helena Strand"),
    ("Cardinal Piero Valli said the synod would meet again in spring.", "Cardinal Piero Valli", "Piero Valli"),
    ("Sheikh Hamad Rashed said the tribe would not take sides.", "Sheikh Hamad Rashed", "Hamad Rashed"),
    ("The Rev. Amos Ledbetter said the march would stay peaceful.", "The Rev. Amos Ledbetter", "Amos Ledbetter"),
    ("Monsignor Luca Ferri said the archive would be opened.", "Monsignor Luca Ferri", "Luca Ferri"),
    ("Grand Ayatollah Reza Nouri said the talks had been pointless.", "Grand Ayatollah Reza Nouri", "Reza Nouri"),
])
def test_a_clergy_style_before_a_full_name_leaves_the_proper_name(text: str, source: str, canonical: str) -> None:
    assert _first(text)[:2] == (source, canonical)


def test_the_surname_alone_after_a_clergy_style_is_the_same_person() -> None:
    result = parse("Father Tomas Keller said the parish would open a shelter. Keller said donations had tripled.",
                   "en")
    assert [(a.source_text, a.source_canonical) for a in result.attributions] == [
        ("Father Tomas Keller", "Tomas Keller"), ("Keller", "Tomas Keller")]


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("Reuters' Omar Fadel reported that the border crossing had closed.", "Reuters' Omar Fadel", "Omar Fadel"),
    ("Fox News' Dana Holt said the senator had been warned twice.", "Fox News' Dana Holt", "Dana Holt"),
    ("The Times' Ann Lee wrote that the merger had collapsed.", "The Times' Ann Lee", "Ann Lee"),
])
def test_a_possessive_with_the_apostrophe_alone_sets_off_the_outlet_from_the_name(
        text: str, source: str, canonical: str) -> None:
    assert _first(text)[:2] == (source, canonical)


@pytest.mark.parametrize("text", [
    "One mother said the school had ignored her complaints for months.",
    "A father of three said he could no longer pay the rent.",
    "One parent told reporters the buses never came.",
    "Another parent said the fees had doubled since spring.",
    "A widow from Leeds said the payments had stopped in March.",
    "A mother-of-two said the waiting list had grown.",
])
def test_a_family_word_after_a_singular_indefinite_is_an_unnamed_person(text: str) -> None:
    _, _, kind, anonymous = _first(text)
    assert (kind, anonymous) == ("anonymous", True)


@pytest.mark.parametrize("text", [
    "Brightwater Ferries said the crossing would resume on Friday.",
    "Corran Telecoms said the outage had been fixed overnight.",
    "Ashby Breweries said the recall covered two batches.",
    "Kelso Railways said the line would reopen next week.",
    "Norland Gas said household prices would rise in winter.",
    "Westbury Retail said sales had fallen for a third quarter.",
    "Dunmore Trust said the grant would be renewed.",
])
def test_a_company_named_by_its_line_of_business_is_an_organization(text: str) -> None:
    assert _first(text)[2] == "organization"


@pytest.mark.parametrize(("mention", "canonical"), [
    ("وكالة إيرنا", "IRNA"),
    ("وكالة الإعلام الروسية", "RIA Novosti"),
    ("وكالة الأنباء الصينية", "Xinhua"),
    ("سبوتنيك عربي", "Sputnik"),
    ("يورونيوز", "Euronews"),
    ("قناة الجزيرة مباشر", "Al Jazeera Mubasher"),
    ("قناة القاهرة الإخبارية", "Al Qahera News"),
    ("إذاعة صوت أمريكا", "Voice of America"),
    ("Voice of America", "Voice of America"),
    ("VOA", "Voice of America"),
    ("قناة الإخبارية السورية", "Al-Ikhbariya Syria"),
    ("تلفزيون سوريا", "Syria TV"),
    ("Kuwait's KUNA news agency", "KUNA"),
    ("Jordan's Petra news agency", "Petra"),
    ("Syria's state news agency SANA", "SANA"),
])
def test_the_registry_knows_the_regions_agencies_and_broadcasters(mention: str, canonical: str) -> None:
    entry = Registry.default().match(mention)
    assert entry is not None and entry.canonical == canonical


@pytest.mark.parametrize(("text", "source", "canonical"), [
    ("وذكرت وكالة الإعلام الروسية أن المحادثات ستستأنف الأسبوع المقبل.", "وكالة الإعلام الروسية", "RIA Novosti"),
    ("وقالت قناة القاهرة الإخبارية إن المعبر فتح أمام الشاحنات.", "قناة القاهرة الإخبارية", "Al Qahera News"),
    ("وقالت إذاعة صوت أمريكا إن السفارة أغلقت أبوابها.", "إذاعة صوت أمريكا", "Voice of America"),
])
def test_an_arabic_mention_of_an_agency_or_broadcaster_links_to_its_entry(
        text: str, source: str, canonical: str) -> None:
    assert _first(text, "ar")[:2] == (source, canonical)


def test_a_broadcaster_relaying_a_source_is_named_by_its_entry() -> None:
    result = parse("ونقلت قناة الجزيرة مباشر عن شهود عيان أن القصف استمر طوال الليل.", "ar")
    assert [a.conduits for a in result.attributions] == [("Al Jazeera Mubasher",)]
