"""English political news not seen before: documents and polls as sources, titles before names, beliefs and
stances, and speakers carried over across sentences."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nAccording to court documents filed Monday, the state ignored repeated warnings.",
     "court documents filed Monday", "the state ignored repeated warnings"),
    ("Story.\n\nAccording to police reports, the driver was not wearing a seat belt.",
     "police reports", "the driver was not wearing a seat belt"),
    ("Story.\n\nThe company lost $2 million last year, according to campaign finance reports.",
     "campaign finance reports", "The company lost $2 million last year"),
    ("Story.\n\nAccording to federal court filings, the firm owed creditors $40 million.",
     "federal court filings", "the firm owed creditors $40 million"),
    ("Story.\n\nAccording to state election records, turnout doubled in the county.",
     "state election records", "turnout doubled in the county"),
])
def test_plural_after_according_to_is_the_phrases_noun_not_a_verb(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content, c.kind) for c in claims(text, "en")] == [(source, content, "indirect")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nState Attorney General Roy Cooper said he would not appeal the decision.",
     "State Attorney General Roy Cooper"),
    ("Story.\n\nState Sen. Maria Lopez said the bill would pass next week.", "State Sen. Maria Lopez"),
    ("Story.\n\nState Department officials said the embassy would reopen on Monday.", "State Department officials"),
    ("Story.\n\nFormer Governor Jim Hale said the deal was a mistake.", "Former Governor Jim Hale"),
])
def test_a_title_modifier_opening_a_name_is_no_cue(text: str, source: str) -> None:
    [c] = claims(text, "en")
    assert c.source == source and c.content[:1].islower()


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Story.\n\nU.S. District Judge Amy Rowe wrote in her opinion that the law targeted poor voters '
     '"with surgical precision."', "U.S. District Judge Amy Rowe",
     'that the law targeted poor voters "with surgical precision."'),
    ("Story.\n\nThe justice wrote in his dissent that the court had overstepped its role.", "The justice",
     "that the court had overstepped its role"),
    ("Story.\n\nThe senator said in his opinion piece that the tariffs would hurt farmers.", "The senator",
     "that the tariffs would hurt farmers"),
    ("Story.\n\nThe governor wrote in her memoir that she nearly quit politics in 2009.", "The governor",
     "that she nearly quit politics in 2009"),
    ("Story.\n\nThe mayor argued in his letter that the budget left the city exposed.", "The mayor",
     "that the budget left the city exposed"),
])
def test_in_a_possessed_document_after_a_verb_the_verb_reports(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


def test_a_possessed_claim_still_reports_on_its_own() -> None:
    text = "Story.\n\nReporters seized on Trump's claim that crime had doubled."
    assert ("that crime had doubled", "Trump") in [(c.content, c.source) for c in claims(text, "en")]
    assert all(a.content.text for a in parse(text, "en").attributions)
