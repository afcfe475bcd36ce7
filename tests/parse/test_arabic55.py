"""Arabic, round 55: a monarch's title, a president who is no prime minister, the ministry last named, a named
holder of a job at an outlet, and a foreign name between a title's country and its verb."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'العاهل' is the title of a head of state, not an unnamed source -------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد العاهل المغربي في خطاب أن الرباط متمسكة بالحوار.",
    "وشدد العاهل الأردني على أن المملكة لن تقبل التهجير.",
    "وقال وزير الخارجية المغربي ناصر بوريطة إن الرباط ترحب بالقرار. وشدد العاهل المغربي على أهمية الحوار.",
])
def test_a_monarch_named_by_his_title_and_country_is_an_official_not_anonymous(text: str) -> None:
    last = arabic_records(text)[-1]
    assert (last.source_type, last.anonymous) == ("official", False)
    assert last.source_text.startswith("العاهل")

