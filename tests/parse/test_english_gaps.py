"""English gaps left by earlier rounds: sentences that end on a dotted abbreviation, a counted subject whose verb
is an irregular past, base forms of asking and calling."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nThe bill was sponsored by Sen. Amy Holt of N.Y. Her aides said it would pass.",
     "it would pass", "Her aides"),
    ("Story.\n\nThe plant is owned by Harlan Co. The company said it would close the site in May.",
     "it would close the site in May", "The company"),
    ("Story.\n\nThe march ended in Washington, D.C. The organizers said about 40,000 people took part.",
     "about 40,000 people took part", "The organizers"),
    ("Story.\n\nThe shipment left the U.S. It arrived in Lagos a week later, port officials said.",
     "It arrived in Lagos a week later", "port officials"),
    ("Story.\n\nThe meeting ended at 11 p.m. The mayor told reporters the talks would resume.",
     "the talks would resume", "The mayor"),
    ("Story.\n\nShe grew up in Raleigh, N.C. Her brother said she never planned to leave.",
     "she never planned to leave", "Her brother"),
])
def test_a_dotted_abbreviation_before_a_clause_opener_ends_the_sentence(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe U.S. Senate passed the bill, the senator said.",
    "Story.\n\nThe U.S. Attorney said the case was closed.",
    "Story.\n\n\"We left the U.S. It was hard,\" she said.",
    "Story.\n\nDr. He Jiankui said the work was safe.",
])
def test_a_dotted_abbreviation_inside_a_name_or_a_quotation_ends_nothing(text: str) -> None:
    assert len(claims(text, "en")) == 1


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nOfficials said 40 people took part.", "40 people took part"),
    ("Story.\n\nThe organizers said 40,000 marchers came.", "40,000 marchers came"),
    ("Story.\n\nRescuers said 20 miners spoke to them.", "20 miners spoke to them"),
    ("Story.\n\nThe exchange said 300 stocks fell.", "300 stocks fell"),
    ("Story.\n\nThe ministry said 12 inmates ran away.", "12 inmates ran away"),
])
def test_a_counted_subject_with_an_irregular_past_after_said_is_the_content(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]

