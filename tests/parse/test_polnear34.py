"""PolNeAR topic and object reports (polnear34), with texts of the project's own: 'reported' with a noun-phrase
object reports that object, and a social network closing an object ('on Facebook') is where it was put, not part
of it; 'speaking of' / 'speaking about' report their topic only as an aside closing the sentence after a comma,
for the speaker written before the comma ('"…," said the mayor, speaking of the flood.'), and an aside before the
main verb ('The chief, speaking about the merger, promised …') is no record of its own."""

from __future__ import annotations

import pytest

from tests.parse.conftest import claims


@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("A fan spotted the singer at the airport and reported her arrival on Instagram.", "A fan", "her arrival"),
    ("The county sheriff reported the break-ins near the marina.", "The county sheriff",
     "the break-ins near the marina"),
    ("The weekly paper reported the closure of the old cannery.", "The weekly paper",
     "the closure of the old cannery"),
])
def test_reported_with_an_object_reports_the_object(sentence: str, source: str, content: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    assert [(c.source, c.content) for c in found] == [(source, content)]


@pytest.mark.parametrize("sentence", [
    "The bakery reported record sales in May, and the mayor said the season was saved.",
    "The mill reported a loss for the year, and the mayor said the season was saved.",
    "Forty layoffs reported in the county hit the mill, and the mayor said the season was saved.",
    "The mill reported its earnings, and the mayor said the season was saved.",
])
def test_reported_figures_are_no_claim(sentence: str) -> None:
    found = claims(f"Story.\n\n{sentence} The weekly paper reported the closure of the mill.", "en")
    assert [c.content for c in found] == ["the season was saved", "the closure of the mill"]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The senator attacked the new toll plan on Twitter.", "the new toll plan"),
    ("The coach explained the new training schedule on Facebook.", "the new training schedule"),
])
def test_a_social_network_closing_an_object_is_cut(sentence: str, content: str) -> None:
    assert [c.content for c in claims(f"Story.\n\n{sentence}", "en")] == [content]


def test_only_a_social_network_closing_an_object_is_cut() -> None:
    text = ("Story.\n\nThe mayor said the rules on Twitter were too loose. "
            "Her deputy later defended the rules on Facebook.")
    assert [c.content for c in claims(text, "en")] == ["the rules on Twitter were too loose", "the rules"]


@pytest.mark.parametrize(("sentence", "topic"), [
    ("\"We will build it back,\" said Mayor Ines Calder, speaking of the flooded harbor district.",
     "the flooded harbor district"),
    ("\"Nobody saw this coming,\" said the ferry captain, speaking about the storm.", "the storm"),
])
def test_a_closing_speaking_aside_reports_its_topic_for_the_speaker(sentence: str, topic: str) -> None:
    found = claims(f"Story.\n\n{sentence}", "en")
    speaker = found[0].source
    assert [(c.source, c.content) for c in found[1:]] == [(speaker, topic)]


@pytest.mark.parametrize(("opening", "before"), [
    ("The bakery's owner, speaking about the new lease, promised lower bread prices by spring.",
     ["lower bread prices by spring"]),
    ("Speaking of the budget, the treasurer said cuts were coming.", ["cuts were coming"]),
    ("She was speaking about the weather when the lights went out.", []),
])
def test_only_a_closing_speaking_aside_is_a_record(opening: str, before: list[str]) -> None:
    text = f"Story.\n\n{opening} \"It was a hard winter,\" said the baker, speaking of the closures."
    found = claims(text, "en")
    assert [c.content for c in found] == [*before, "\"It was a hard winter,\"", "the closures"]
    assert found[-1].source == "the baker"
