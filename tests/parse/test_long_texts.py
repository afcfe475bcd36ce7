"""Long texts: what the parser reads back over stays linear (indexes, steps back), with the same records."""

from __future__ import annotations

from hypothesis import given, strategies as st

from attribution.parse import parse
from attribution.parse.resolve import _stripped_end

TRIP = "زار الوزير سامي دروزة مدينة نابلس أمس."
BLAME = "واتهم دروزة الحكومة بالتقصير في ملف المياه."


def test_a_surname_written_after_a_first_name_before_stands_for_its_person() -> None:
    found = parse(f"{TRIP} {BLAME}", "ar").attributions
    assert [(a.source.text, a.content.text) for a in found] == [("دروزة", "الحكومة بالتقصير في ملف المياه")]


def test_only_the_text_before_the_sentence_names_the_surname() -> None:
    found = parse(f"{BLAME} {TRIP}", "ar").attributions
    assert [a.source.text for a in found] == ["دروزة الحكومة"]  # (no first name before it yet)


def test_each_copy_of_a_repeated_article_reads_its_surname_the_same() -> None:
    found = parse("\n\n".join([f"{TRIP} {BLAME}"] * 5), "ar").attributions
    assert [a.source.text for a in found] == ["دروزة"] * 5


@given(st.text(alphabet=" \t\n.!?؟اب\u00a0x", max_size=12), st.integers(-3, 15),
       st.sampled_from([None, " \t\n.!?؟"]))
def test_stripped_end_is_the_length_of_the_stripped_head(text: str, end: int, chars: str | None) -> None:
    assert _stripped_end(text, end, chars) == len(text[:end].rstrip(chars))
