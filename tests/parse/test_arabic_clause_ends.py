"""Arabic: where a reported clause ends and the writer's own narration resumes (a time clause after a comma, a
demonstrative's remark, a relative clause of background), and the cues of regarding and ascribing."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.content.text) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param("وقالت الشرطة إنها أوقفت سائق الشاحنة، بعد أن صدم ثلاث سيارات على الطريق الساحلي.",
                     "الشرطة", "إنها أوقفت سائق الشاحنة", id="police-after-a-crash"),
        pytest.param("وأعلن النادي أنه فسخ عقد المدرب، بعد أن خسر الفريق خمس مباريات متتالية.",
                     "النادي", "أنه فسخ عقد المدرب", id="club-after-losses"),
        pytest.param("وأكدت وزارة الصحة أن المستشفى استأنف عمله، بعدما انقطعت عنه الكهرباء يومين.",
                     "وزارة الصحة", "أن المستشفى استأنف عمله", id="ministry-badama"),
        pytest.param("وذكرت البلدية أن الجسر أغلق أمام الشاحنات، بعد أن ظهرت فيه تشققات.",
                     "البلدية", "أن الجسر أغلق أمام الشاحنات", id="municipality-after-cracks"),
        pytest.param("وأفاد مصدر أمني بأن المسلحين انسحبوا من القرية، بعد أن حاصرها الجيش ليلا.",
                     "مصدر أمني", "بأن المسلحين انسحبوا من القرية", id="security-source"),
        pytest.param("وصرح المتحدث باسم الشركة بأن الرحلات ستستأنف غدا، بعدما هدأت العاصفة.",
                     "المتحدث باسم الشركة", "بأن الرحلات ستستأنف غدا", id="spokesman-badama"),
    ],
)
def test_a_time_clause_after_a_comma_closing_the_content_is_the_writers(text: str, source: str, content: str) -> None:
    assert _records(text)[0] == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وقال المدرب إن "اللاعبين تعبوا كثيرا، بعد أن سافروا ليلة كاملة".', id="inside-the-quotation"),
        pytest.param("وقالت المعلمة إنها شعرت بالحزن بعد أن رأت الصور.", id="no-comma"),
    ],
)
def test_a_time_clause_inside_the_quotation_or_without_a_comma_stays_in_the_content(text: str) -> None:
    [(_, content)] = _records(text)
    assert content.rstrip('".').endswith(text.rstrip('".').split()[-1])
