"""Real-world orthography: the same report written with the marks real articles carry (diacritics, tatweel,
Persian letter forms, presentation forms, invisible bidi and joining marks, odd digits, spaces and quotation
marks, CRLF line ends) gives the same records as when written plainly, with every span a slice of the text as
given."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings, strategies as st

from attribution.model import ParseResult
from attribution.parse import detect_lang, parse
from attribution.textnorm import plain_copy
from tests.parse.conftest import offsets_hold
from tests.parse.test_offsets import news_like

ARABIC = ("قال وزير الزراعة سليم داود إن موسم القمح سيبدأ مبكرا هذا العام. وأضاف أن المخازن جاهزة.\n"
          "وقالت المتحدثة باسم البلدية: «سنفتح ثلاث حدائق جديدة في الربيع».")
ENGLISH = ("Farm Minister Selim Dawood said the wheat season would start early this year. He added that the "
           "stores were ready.\n\"We will open three new parks in the spring,\" a city spokeswoman said.")

_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_MARKS = re.compile("[\u064b-\u065f\u0640]")
_QUOTES = str.maketrans({c: '"' for c in "«»“”„"})


def _plain(s: str | None) -> str | None:
    """What a record's text says, read past the marks the variants add."""
    if s is None:
        return None
    s = _MARKS.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFKC", s))).translate(_QUOTES)
    return " ".join(s.replace("ی", "ي").replace("ک", "ك").split())


def _records(result: ParseResult) -> list[tuple[str, str | None, str | None, str | None]]:
    assert offsets_hold(result)
    return [(a.kind, _plain(a.content.text), _plain(a.cue.text if a.cue else None),
             _plain(a.source.text if a.source else None)) for a in result.attributions]


def _isolated_forms(text: str) -> str:
    """Each Arabic letter written as its isolated presentation form (as text copied out of a PDF may be)."""
    forms: dict[str, str] = {}
    for code in range(0xFE70, 0xFEFD):
        ch = chr(code)
        if "ISOLATED" in unicodedata.name(ch, ""):
            forms.setdefault(unicodedata.normalize("NFKC", ch), ch)
    return "".join(forms.get(c, c) for c in text)


ARABIC_VARIANTS: dict[str, Callable[[str], str]] = {
    "diacritics on the cue words": lambda t: t.replace("قال ", "قالَ ").replace("وأضاف", "وأضافَ")
    .replace("إن ", "إنّ ").replace("وقالت", "وقالتْ"),
    "tatweel inside the cue words": lambda t: t.replace("قال ", "قـال ").replace("وأضاف", "وأضـاف")
    .replace("وقالت", "وقـالت"),
    "Persian ی and ک": lambda t: t.replace("ي", "ی").replace("ك", "ک"),
    "isolated presentation forms": _isolated_forms,
    "a right-to-left mark after every word": lambda t: re.sub(r"(\w) ", "\\1\u200f ", t),
    "a left-to-right mark before every word": lambda t: re.sub(r" (\w)", " \u200e\\1", t),
    "a zero-width non-joiner inside words": lambda t: re.sub(r"(\w\w)(\w\w+)", "\\1\u200c\\2", t),
    "an Arabic letter mark before the quotation": lambda t: t.replace("«", "\u061c«"),
    "a byte-order mark first": lambda t: "\ufeff" + t,
    "soft hyphens inside long words": lambda t: re.sub(r"(\w\w\w)(\w\w\w)", "\\1\u00ad\\2", t),
    "non-breaking spaces": lambda t: t.replace(" ", "\u00a0"),
    "curly quotation marks": lambda t: t.replace("«", "“").replace("»", "”"),
    "quotation marks turned by right-to-left typing": lambda t: t.translate(str.maketrans("«»", "”“")),
    "guillemets turned by right-to-left typing": lambda t: t.translate(str.maketrans("«»", "»«")),
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
}
ENGLISH_VARIANTS: dict[str, Callable[[str], str]] = {
    "a left-to-right mark before every word": lambda t: re.sub(r" (\w)", " \u200e\\1", t),
    "a zero-width space after every word": lambda t: re.sub(r"(\w) ", "\\1\u200b ", t),
    "soft hyphens inside long words": lambda t: re.sub(r"(\w\w\w)(\w\w\w)", "\\1\u00ad\\2", t),
    "a byte-order mark first": lambda t: "\ufeff" + t,
    "thin spaces": lambda t: t.replace(" ", "\u2009"),
    "curly quotation marks": lambda t: t.replace("\"We", "“We").replace(",\"", ",”"),
    "low-9 quotation marks": lambda t: t.replace("\"We", "„We").replace(",\"", ",“"),
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("variant", sorted(ARABIC_VARIANTS))
def test_arabic_written_with_real_world_marks_gives_the_same_records(variant: str) -> None:
    text = ARABIC_VARIANTS[variant](ARABIC)
    assert text != ARABIC
    plain = _records(parse(ARABIC, "ar"))
    assert len(plain) == 3
    assert _records(parse(text, "ar")) == plain
    assert _records(parse(text)) == plain  # (and the language is still told)


@pytest.mark.parametrize("variant", sorted(ENGLISH_VARIANTS))
def test_english_written_with_real_world_marks_gives_the_same_records(variant: str) -> None:
    text = ENGLISH_VARIANTS[variant](ENGLISH)
    assert text != ENGLISH
    plain = _records(parse(ENGLISH, "en"))
    assert len(plain) == 3
    assert _records(parse(text, "en")) == plain


def test_invisible_marks_beside_a_span_stay_out_of_it_and_inside_one_stay_in() -> None:
    text = "\u200fقال الوزير\u200f إن الموسم سي\u200cبدأ مبكرا\u200f."
    [a] = parse(text, "ar").attributions
    assert a.source is not None and a.source.text == "الوزير"
    assert a.content.text == "إن الموسم سي\u200cبدأ مبكرا"
    assert a.cue is not None and text[a.cue.start:a.cue.end] == "قال"


def test_a_presentation_form_ligature_maps_back_to_the_one_character_it_was() -> None:
    text = "قال الوزير إن ﻻ تأجيل للموسم."
    [a] = parse(text, "ar").attributions
    assert a.content.text == "إن ﻻ تأجيل للموسم"


def test_text_copied_from_presentation_forms_is_told_to_be_arabic() -> None:
    assert detect_lang(_isolated_forms("قال الوزير إن الموسم سيبدأ مبكرا")) == "ar"


def test_plain_text_needs_no_copy() -> None:
    assert plain_copy(ENGLISH) is None
    assert plain_copy(ARABIC) is None
    assert plain_copy("“Curly” marks — and dashes, ٣٠ digits") is None


def test_the_plain_copy_drops_invisible_marks_and_spells_out_ligatures() -> None:
    copy = plain_copy("a\u200fb ﻻ\ufe76")
    assert copy is not None
    assert copy.text == "ab لا\u064e"
    assert copy.span_to_original(0, 2) == (0, 3)
    assert copy.span_to_original(3, 4) == (4, 5)  # (half of the ligature is all of it)
    assert copy.span_to_original(6, 6) == (6, 6)  # (the end of the copy is the end of the text)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        pytest.param("وقال مسؤولٌ محليٌّ إن الطريق مغلق.", "مسؤول محلي", id="diacritics"),
        pytest.param("وقال مسـؤول محـلي إن الطريق مغلق.", "مسؤول محلي", id="tatweel"),
        pytest.param("وقال مسؤول\u00a0محلی إن الطريق مغلق.", "مسؤول محلي", id="nbsp-and-persian-ye"),
    ],
)
def test_a_source_s_name_is_given_as_plain_arabic_however_it_was_typed(written: str, name: str) -> None:
    [a] = parse(written, "ar").attributions
    assert a.source_canonical == name
    assert a.source is not None and a.source.text != name  # (the span is the text as written)


def test_a_source_s_name_is_given_with_one_space_between_its_words() -> None:
    [a] = parse("The talks had stalled, said Deputy Finance\u00a0 Minister Ana Ruiz.", "en").attributions
    assert a.source is not None and "\u00a0 " in a.source.text
    assert a.source_canonical == "Ana Ruiz"


def test_the_plain_copy_reads_diacritics_tatweel_persian_letters_and_odd_spaces_plainly() -> None:
    copy = plain_copy("قـالَ\u00a0علی")
    assert copy is not None
    assert copy.text == "قال علي"
    assert copy.span_to_original(0, 3) == (0, 5)  # (the diacritic on the last letter is part of the word)


def test_a_span_ending_on_a_letter_with_diacritics_keeps_them() -> None:
    text = "قالَ الوزيرُ إنّ الموسمَ سيبدأُ مبكرًا."
    [a] = parse(text, "ar").attributions
    assert a.source is not None and a.source.text == "الوزيرُ"
    assert a.content.text == "إنّ الموسمَ سيبدأُ مبكرًا"


_DROPPED = ["\u200f", "\u200e", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u061c", "\u0640", "\u064e", "\u0651"]


@settings(max_examples=60, deadline=None)
@given(news_like, st.lists(st.tuples(st.integers(0, 400), st.sampled_from(_DROPPED)), max_size=12),
       st.sampled_from(["ar", "en"]))
def test_marks_the_reader_does_not_see_change_no_record(text: str, inserts: list[tuple[int, str]], lang: str) -> None:
    marked = text
    for at, mark in sorted(inserts, reverse=True):
        marked = marked[:min(at, len(marked))] + mark + marked[min(at, len(marked)):]
    plain = parse(text.replace("\u0640", "").replace("\u064e", "").replace("\u0651", ""), lang)
    assert _records(parse(marked, lang)) == _records(plain)


@pytest.mark.parametrize("count", ["ثلاثة", "3", "٣", "۳"])
def test_a_count_of_unnamed_officials_is_anonymous_in_words_or_in_any_digits(count: str) -> None:
    [a] = parse(f"وقال {count} مسؤولين في البلدية إن الجسر سيغلق.", "ar").attributions
    assert a.anonymous and a.source_type == "anonymous"


@pytest.mark.parametrize(
    ("variant", "breaks"),
    [("lone carriage returns", ("\r", "\r\r")), ("CRLF", ("\r\n", "\r\n\r\n")),
     ("Unicode line and paragraph separators", ("\u2028", "\u2029")), ("NEL", ("\x85", "\x85\x85"))],
)
def test_a_headline_stays_apart_from_the_body_however_lines_end(variant: str, breaks: tuple[str, str]) -> None:
    body = "Mayor warns of bridge closure{p}The mayor said the bridge would close in May.{l}Engineers said repairs" \
        " would take a year."
    plain = _records(parse(body.format(p="\n\n", l="\n"), "en"))
    assert [r[3] for r in plain] == ["The mayor", "Engineers"]
    assert _records(parse(body.format(p=breaks[1], l=breaks[0]), "en")) == plain
