"""Arabic, round 65: subjects in unseen text — a sentence opening with an indefinite title and a name set off by
commas ('وزير الري، عماد الشريف، نفى …، وقال …') opens with its subject, not a verb, so the later verb keeps
the whole subject; a title whose office is two coordinated words ('وزير النقل والاتصالات') keeps the
name after it. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from tests.parse.conftest import arabic_records

# --- 'وزير الري، عماد الشريف، نفى …، وقال …': the opening title is no verb ----------------------------------


@pytest.mark.parametrize(("text", "source"), [
    ("وزير الزراعة، خالد العمري، نفى وجود أزمة في القمح، وقال إن المخزون يكفي ستة أشهر.",
     "وزير الزراعة، خالد العمري"),
    ("وزيرة الصحة، هند الراشد، نفت انتشار الوباء، وقالت إن الوضع مستقر.", "وزيرة الصحة، هند الراشد"),
    ("رئيس البلدية، مراد الكعبي، رفض الاتهامات، وأكد أن المشروع قانوني.", "رئيس البلدية، مراد الكعبي"),
    ("مدير الشركة، مراد الكعبي، زار المصنع، وأكد أن الإنتاج ارتفع.", "مدير الشركة، مراد الكعبي"),
])
def test_a_sentence_opening_with_a_title_keeps_the_whole_subject_for_the_later_verb(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)][-1] == source


# --- 'وزير النقل والاتصالات …': a title's office of two coordinated words, then the whole name ---------------


@pytest.mark.parametrize(("text", "source"), [
    ("وزير الصناعة والتجارة عادل محمود السعدي افتتح المعرض، وأكد أن الصادرات ارتفعت.",
     "وزير الصناعة والتجارة عادل محمود السعدي"),
    ("وزيرة الثقافة والفنون سلمى ياسر العبيدي زارت المتحف، وأكدت أن الترميم اكتمل.",
     "وزيرة الثقافة والفنون سلمى ياسر العبيدي"),
])
def test_a_coordinated_office_keeps_the_name_after_it(text: str, source: str) -> None:
    assert [a.source_text for a in arabic_records(text)] == [source]
