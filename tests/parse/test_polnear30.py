"""PolNeAR sources and kinds (polnear30), with texts of the project's own: an apostrophe standing for a dropped
century ("the '90s", "the '08 race") opens no single-quoted span that would hide the double quotation marks after
it; a name after a verb and its object ('invoked the story Ana Ruiz told') is the speaker; a repeated name in
quotation marks that a caller gave his object ('called the minister "Madam Veto"') is the caller's words for the
kind, while a title stays no one's words."""

from __future__ import annotations

from typing import Final

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


_NICKNAME_STORY: Final = (
    "Story.\n\nVance has used the nickname “Madam Veto” at rallies all year.\n\n"
    "Ruiz cited reports that Vance called the former finance minister “Madam Veto” and “Lady No” as examples of "
    "his contempt for women.\n\n"
    "Ruiz cited Vance’s references to the minister as “Madam Veto” as proof of that contempt.\n\n"
    "Ruiz said the film “Night Harbor” was a hit. Ruiz also said “Night Harbor” would win prizes.")


def test_a_repeated_name_a_caller_gave_his_object_makes_the_content_mixed() -> None:
    kinds = {c.content: c.kind for c in claims(_NICKNAME_STORY, "en")}
    assert kinds["reports that Vance called the former finance minister “Madam Veto” and “Lady No” as examples of "
                 "his contempt for women"] == "mixed"
    assert kinds["Vance’s references to the minister as “Madam Veto” as proof of that contempt"] == "mixed"
    assert kinds["the film “Night Harbor” was a hit"] == "indirect"  # (a title, no one's words)
