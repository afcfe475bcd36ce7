"""Page furniture a scraped Arabic (or English) article carries: date lines and the headlines of linked stories
under a 'read also' header. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse

# Body paragraphs as long as a news site's (a text of short lines only is read as hard-wrapped wire copy).
_FINANCE: str = ("قال وزير المالية في مؤتمر صحفي عقده في مقر الوزارة صباح الأحد إن العجز سينخفض العام المقبل "
                 "بفضل الإصلاحات الضريبية.")
_HEALTH: str = ("وأضاف الوزير أن الإنفاق على الصحة والتعليم سيرتفع بنسبة عشرة في المئة مقارنة بالعام الماضي "
                "رغم الضغوط على الموازنة.")


def _cues(text: str, lang: str = "ar") -> list[str]:
    return [a.cue.text if a.cue else "" for a in parse(text, lang).attributions]


@pytest.mark.parametrize("line", [
    "نشر في: 12 مارس 2024 - 14:35 بتوقيت أبوظبي",
    "نشر في: الثلاثاء 12 مارس 2024",
    "نشر بتاريخ: ٥ فبراير ٢٠٢٤",
    "آخر تحديث: 05/02/2024 - 12:40",
    "تاريخ النشر: 10:15 صباحا",
    "Published: 3 June 2024",
    "Updated: 14:05 GMT, Monday",
])
def test_a_date_line_after_a_label_is_furniture(line: str) -> None:
    text = f"الحكومة تقر الموازنة\n{line}\n{_FINANCE}\n{_HEALTH}"
    assert _cues(text) == ["قال", "وأضاف"]


@pytest.mark.parametrize("text", [
    "نشر في: تغريدة قال فيها الوزير إن الطريق سيفتح غدا.",
    "وقال: إن عام 2024 سيكون عام الإصلاح.",
    "أكد الوزير: \"المشروع سينتهي في 2026\".",
])
def test_a_line_with_a_colon_and_a_year_that_ends_like_a_sentence_is_kept(text: str) -> None:
    assert _cues(text)


@pytest.mark.parametrize("header", ["اقرأ أيضا", "اقرأ أيضاً:", "أخبار ذات صلة", "مواضيع ذات صلة", "للمزيد"])
def test_the_headlines_under_a_read_also_header_are_furniture(header: str) -> None:
    text = ("الحكومة تقر الموازنة\n"
            f"{_FINANCE}\n"
            f"{header}\n"
            "الجيش يعلن مقتل جنديين في اشتباك حدودي\n"
            "الرئيس: نعمل ليلا ونهارا لإعادة الرهائن\n"
            "وزير الخارجية يؤكد أن المفاوضات مستمرة")
    assert _cues(text) == ["قال"]


def test_a_body_paragraph_after_the_linked_headlines_is_read_again() -> None:
    text = ("الحكومة تقر الموازنة\n"
            f"{_FINANCE}\n"
            "اقرأ أيضا\n"
            "الجيش يعلن مقتل جنديين في اشتباك حدودي\n"
            f"{_HEALTH}")
    assert _cues(text) == ["قال", "وأضاف"]


def test_a_long_paragraph_after_the_header_is_body_even_without_a_stop() -> None:
    body = ("وأكد رئيس الوزراء أن الحكومة ستواصل دعم الأسر محدودة الدخل عبر برامج الحماية الاجتماعية "
            "وتوسيع مظلة التأمين الصحي لتشمل العاملين في القطاع غير الرسمي خلال العامين المقبلين")
    text = f"الحكومة تقر الموازنة\n{_FINANCE}\nاقرأ أيضا\n" + body
    assert _cues(text) == ["قال", "وأكد"]


def test_english_related_headlines_are_furniture_too() -> None:
    text = ("Council approves budget\n"
            "The mayor said at a news conference at City Hall on Monday that the deficit would shrink next year "
            "thanks to the new parking charges.\n"
            "Read more\n"
            "Police say two men arrested after city centre fight\n"
            "Minister says talks will continue")
    assert _cues(text, "en") == ["said"]
