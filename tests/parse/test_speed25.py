"""speed25: the narrowed body-marker search and the remembered genders read as the full readings did."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse import parse
from attribution.parse.resolve import Resolver, _body_markers, _marker_before_at

_BODY_TEXTS = [
    "Investors sold shares of Harlow Mutual on Monday, and the board at the Dunmore Trust met.",
    "SHARES OF THE Harlow Mutual fell; the Chief Executive Of Dunmore resigned.",
    "Analysts at Fairway said the stock of Fairway Provisions rose, the board of  Harlow met.",
    "The union spoke for workers at\u00a0the Harlow plant and members of the Dunmore board.",
    "A spokesman for Harlow, the shares of. Harlow and the board at thé Harlow office stayed quiet.",
]


@pytest.mark.parametrize("text", _BODY_TEXTS)
def test_body_marker_before_a_name_is_found_where_the_full_search_finds_it(text: str) -> None:
    markers = _body_markers(lexicon_for("en"))
    assert markers is not None
    _, before, reach = markers
    for end in range(len(text) + 1):
        expected = before.search(text, max(0, end - reach), end) is not None
        assert _marker_before_at(before, reach, text, end) is expected, (text, end)


def test_body_marker_found_before_a_capitalised_name_in_any_case() -> None:
    markers = _body_markers(lexicon_for("en"))
    assert markers is not None
    _, before, reach = markers
    text = "Traders bought SHARES OF Harlow Mutual."
    assert _marker_before_at(before, reach, text, text.index("Harlow"))
    assert not _marker_before_at(before, reach, text, text.index("Mutual"))


_GENDER_MENTIONS = ["he", "she", "Laura Chen", "Mark Davis", "Her neighbour Colin Tait", "Mark Addison, then her aide",
                    "Rosa King", "the company", "Mr King", "Ann Bishop", "they"]


def test_remembered_gender_is_the_mention_s_own_reading_asked_twice() -> None:
    lex = lexicon_for("en")
    resolver = Resolver("Laura Chen said it. Mark Davis said so too.", lex, None)
    for mention in _GENDER_MENTIONS * 2:
        assert resolver._gender(mention) == resolver._mention_gender(mention)
    assert resolver._gender("Laura Chen") == "f" and resolver._gender("Mark Davis") == "m"


def test_pronoun_after_a_named_woman_still_resolves_to_her_when_asked_again() -> None:
    text = ("Laura Chen runs the clinic in Dunmore. She said the wait times had doubled.\n\n"
            "Chen added that she would ask the council for more staff. She said the money was there.")
    result = parse(text, "en")
    assert [a.source_canonical for a in result.attributions] == ["Laura Chen"] * len(result.attributions)
    assert len(result.attributions) >= 2
