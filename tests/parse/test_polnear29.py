"""PolNeAR content boundaries (polnear29): a relative clause with its own noun-phrase subject after 'which'
(', which the council rejected') that runs to the end of a reported content is the writer's remark on what was
said, not part of it — with texts of the project's own and the relative clauses that stay."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


def _pairs(sentence: str) -> list[tuple[str, str]]:
    return [(c.content, c.source) for c in claims(f"Story.\n\n{sentence}", "en")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Residents demanded that the county publish the inspection report, which the county has refused to do.",
     [("that the county publish the inspection report", "Residents")]),
    ("The union said it would appeal the ruling, which Judge Carla Benitez issued on Friday.",
     [("it would appeal the ruling", "The union")]),
    ("Critics argued that the museum sold the painting, which the Tate had hoped to buy.",
     [("that the museum sold the painting", "Critics")]),
    ("He insisted that the mayor knew about the audit, which his own staff had ordered in June.",
     [("that the mayor knew about the audit", "He")]),
])
def test_an_object_relative_closing_the_content_is_left_out(
        sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(sentence) == expected


def test_only_an_object_relative_that_closes_the_content_is_left_out() -> None:
    """One article: the object relative at the end goes; a subject relative, one set off mid-content, one with a
    pronoun subject and one inside quotation marks stay."""
    text = ("Story.\n\n"
            "Growers said the board raised the water levy, which the growers' union opposed.\n\n"
            "The minister said the bridge will reopen in May, which would ease traffic in the old town.\n\n"
            "Officials said the plan, which the council approved in March, will cost $4 million.\n\n"
            "She said the fire started in the kitchen, which he was cleaning at the time.\n\n"
            "The senator said the vote was “a reform, which the voters asked for.”")
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("the board raised the water levy", "Growers"),
        ("the bridge will reopen in May, which would ease traffic in the old town", "The minister"),
        ("the plan, which the council approved in March, will cost $4 million", "Officials"),
        ("the fire started in the kitchen, which he was cleaning at the time", "She"),
        ("the vote was “a reform, which the voters asked for.”", "The senator"),
    ]
