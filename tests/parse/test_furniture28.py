"""A role noun in the body never takes its name from a Title Case headline's words; lines crediting reporters
with the story are page furniture."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize("text", [
    "Health Minister Says Flu Wave Has Peaked\n\nHospitals reported fewer admissions this week.\n\n"
    "The health minister said the worst was over.\n",
    "Finance Minister Warns Budget Gap Will Widen\n\nTax receipts fell in March.\n\n"
    "The finance minister said spending cuts were likely.\n",
    "Defence Minister Rules Out New Troop Deployment\n\nThe border has been quiet for weeks.\n\n"
    "The defence minister said the army had enough soldiers.\n",
    "Education Minister Promises Smaller School Classes\n\nParents have protested for months.\n\n"
    "The education minister told parliament the plan would cost little.\n",
    "Interior Minister Blames Smugglers For Border Deaths\n\nRescuers found the boat on Sunday.\n\n"
    "The interior minister said gangs were charging more.\n",
])
def test_body_role_noun_takes_no_name_from_headline_words(text: str) -> None:
    found = claims(text, "en")
    body = [c for c in found if c.source.startswith("The ")]
    assert len(body) == 1, found
    assert body[0].canonical == body[0].source, found


def test_body_role_noun_still_takes_the_named_minister_of_the_body() -> None:
    text = ("Health Minister Says Flu Wave Has Peaked\n\n"
            "Health Minister Maria Lopez told reporters on Monday that cases fell.\n\n"
            "The health minister said the worst was over.\n")
    body = [c for c in claims(text, "en") if c.source == "The health minister"]
    assert [c.canonical for c in body] == ["Maria Lopez"]
