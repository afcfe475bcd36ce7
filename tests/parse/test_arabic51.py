"""Arabic news written for arabic51: an outlet named in a correspondent's own phrase when he relays someone
('ونقل مراسل الجزيرة عن مسؤول …': the outlet's name is also a common word), and a verb of coming back with its
destination before the cue ('وعاد المصري إلى القاهرة ليؤكد أن …': the destination is no part of the subject)."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records as _all, one_arabic_record as _one

# --- 1. 'نقل مراسل X عن …': the outlet in the correspondent's phrase is the conduit --------------------------


@pytest.mark.parametrize(
    ("text", "source", "conduits"),
    [
        pytest.param("ونقل مراسل الجزيرة عن ضابط في الشرطة قوله إن الطريق أغلق.", "ضابط في الشرطة",
                     ("Al Jazeera",), id="common-word-outlet"),
        pytest.param("ونقلت مراسلة الجزيرة في الخرطوم عن سكان قولهم إن الكهرباء انقطعت.", "سكان",
                     ("Al Jazeera",), id="feminine-with-place"),
        pytest.param("ونقل مراسل العربية عن مصدر عسكري قوله إن الهجوم صد.", "مصدر عسكري",
                     ("Al Arabiya",), id="another-common-word-outlet"),
    ],
)
def test_a_correspondent_relaying_someone_names_his_outlet_as_conduit(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    found = _one(text)
    assert (found.source_text, found.conduits) == (source, conduits)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ونقل مراسل محلي عن مسؤول قوله إن الجسر انهار.", id="described-not-named"),
        pytest.param("ونقل مراسل في الجزيرة العربية عن مسؤول قوله إن الجسر انهار.", id="place-after-preposition"),
    ],
)
def test_a_correspondent_without_a_named_outlet_gives_no_conduit(text: str) -> None:
    assert _one(text).conduits == ()  # (near misses)


def test_a_correspondent_who_speaks_himself_stays_the_source() -> None:
    found = _one("وقال مراسل الجزيرة في الموصل إن الاشتباكات تجددت.")
    assert (found.source_text, found.conduits) == ("مراسل الجزيرة في الموصل", ())


# --- 2. 'وعاد X إلى Y ليؤكد': the destination is not the speaker -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("وعاد المصري إلى الإسكندرية ليؤكد أن المفاوضات مستمرة.", "المصري", id="came-back-to-a-city"),
        pytest.param("وعادت الوزيرة إلى المنصة لتنفي أن الحكومة سترفع الضرائب.", "الوزيرة", id="feminine-denial"),
        pytest.param("ثم عاد النائب إلى المجلس ليقول إن القانون معيب.", "النائب", id="then-to-say"),
    ],
)
def test_where_the_speaker_came_back_to_is_no_part_of_the_source(text: str, source: str) -> None:
    assert _one(text).source_text == source


def test_a_verb_of_coming_back_without_a_destination_keeps_the_whole_subject() -> None:
    assert _one("وعاد رئيس الوزراء ليؤكد أن الانتخابات ستجري في موعدها.").source_text == "رئيس الوزراء"


def test_coming_back_to_find_something_is_no_report() -> None:
    assert not _all("وعاد المسافرون إلى المطار ليجدوا أن الرحلات ألغيت.")  # (near miss: no cue)
