"""Arabic source mentions that swallow what follows them: unnamed members counted ('عضوان في البرلمان',
'خمسة أعضاء في اللجنة') are anonymous and go on with where they sit, like 'مسؤولان في الوزارة'."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _records(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source.text if a.source else "", a.content.text, a.anonymous) for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("وذكر عضوان في البرلمان أن التصويت تأجل أسبوعا.", "عضوان في البرلمان"),
    ("وأكدت خمسة أعضاء في اللجنة أن التقرير لم يعرض عليهم.", "خمسة أعضاء في اللجنة"),
    ("وقال 4 أعضاء في النقابة إن الإضراب مستمر.", "4 أعضاء في النقابة"),
    ("وقال ثلاثة نواب في البرلمان إن الجلسة رفعت.", "ثلاثة نواب في البرلمان"),
])
def test_counted_unnamed_members_are_anonymous_with_where_they_sit(text: str, source: str) -> None:
    records = _records(text)
    assert [(s, anon) for s, _, anon in records] == [(source, True)]
