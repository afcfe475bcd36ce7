"""PolNeAR quotation marks and kinds (polnear30): an apostrophe standing for a dropped century ("the '90s",
"the '08 race") opens no single-quoted span that would hide the double quotation marks after it — with texts of
the project's own."""

from __future__ import annotations

import pytest

from attribution.lexicons import lexicon_for
from attribution.parse.quotes import find_quotes
from tests.parse.conftest import claims


@pytest.mark.parametrize("sentence", [
    "Back in the '90s, the clinic was small. Dr. Amal Haddad said the board felt \"blindsided,\" and she left.",
    "In the '08 race, turnout was high. Councilman Ortiz said voters seemed \"tired of promises\" that year.",
    "During the early '70s the mill closed. Union leader Pat Greer said the owners were \"gone overnight.\"",
])
def test_an_elided_century_opens_no_quotation(sentence: str) -> None:
    text = f"Story.\n\n{sentence}"
    spans, _ = find_quotes(text, lexicon_for("en").quote_pairs)
    assert [text[s:e][0] for s, e in spans] == ['"']
    assert [c.kind for c in claims(text, "en")] == ["mixed"]



@pytest.mark.parametrize(("sentence", "source"), [
    ("But Lopez grinned and invoked the famous story John F. Kennedy told about his father who wired, "
     "\"Dear Jack, never pay for more votes than you need.\"", "John F. Kennedy"),
    ("Then she repeated the old joke Mr. Ruiz told at the dinner, \"Nobody reads the minutes.\"", "Mr. Ruiz"),
])
def test_a_name_after_a_verb_and_its_object_is_the_speaker(sentence: str, source: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert found[0].source == source
