"""English: who speaks — a subject ending before an irregular past verb, the type of a group named in the
plural or by one known word, people cited by a body that may relay them, a possessed report noun before a
passive main verb, and 'each' before a participle. Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("The aide spoke to reporters outside the building, saying the president was fine.", "The aide"),
    ("The spokeswoman came out of the hearing, saying no ruling had been made.", "The spokeswoman"),
    ("Four senators met the envoy on Monday, adding that the talks had gone well.", "Four senators"),
    ("The coach walked to the bench, saying the team had played badly.", "The coach"),
])
def test_an_irregular_past_verb_ends_the_subject_of_a_later_participle(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "kind"), [
    ("Greenpeace said the oil spill had reached the coast.", "organization"),
    ("Environmental groups said the new mine would poison the lake.", "organization"),
    ("Civil liberties groups warned that the law went too far.", "organization"),
    ("Greenpeace activist Mara Holt said the spill was growing.", "person"),
    ("Local residents said the lake smelled of oil.", "anonymous"),
])
def test_a_group_in_the_plural_or_a_known_one_word_body_is_an_organization(text: str, kind: str) -> None:
    assert parse(text, "en").attributions[0].source_type == kind


@pytest.mark.parametrize(("text", "source"), [
    ("The agency, citing two unnamed officials, reported that the talks had stalled.", "two unnamed officials"),
    ("The news service, citing a diplomat, said the envoy had left.", "a diplomat"),
    ("The ministry, citing a spokesman, reported that the border was open.", "a spokesman"),
    ("The agency, citing sources, reported the deal was close.", "sources"),
    ("The newspaper, citing police, reported the suspect had fled.", "police"),
    ("The ministry, citing three diplomats, said the truce would hold.", "The ministry"),
    ("The agency, citing rising costs, said the project was delayed.", "The agency"),
])
def test_people_cited_by_a_body_that_may_relay_them_are_the_source(text: str, source: str) -> None:
    assert next(f for f in _found(text) if f[1] != "citing")[0] == source


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor's claim that crime had fallen was disputed by police.",
     [("The mayor", "claim", "that crime had fallen")]),
    ("The senator's assertion that taxes would drop was challenged by economists.",
     [("The senator", "assertion", "that taxes would drop")]),
    ("The mayor's plan to cut crime was disputed by police.",  # (no claim of the mayor's; the police dispute
     [("police", "disputed", "The mayor's plan to cut crime")]),  # the plan, as 'police disputed the plan')
    ("The mayor's claim that crime had fallen surprised many.", []),
    ("The minister's claim that the figures were doubled by officials was false.", []),
    ("Mr Lee's view is that prices have risen and were driven by demand.",
     [("Mr Lee", "view is", "that prices have risen and were driven by demand")]),
])
def test_a_possessed_report_noun_opening_the_sentence_ends_before_a_passive_main_verb(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "source"), [
    ("Two experts testified, each saying the bridge was sound.", "each"),
    ("The rivals met in Geneva, both praising the new treaty.", "both"),
    ("Three lawmakers spoke after the vote, each praising the plan.", "each"),
    ("The two experts testified, saying the bridge was sound.", "The two experts"),
])
def test_each_before_a_participle_is_its_source_as_written(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "sources"), [
    ("The rivals met on Friday, each praising the deal and saying the other had been fair.", ["each", "each"]),
    ("The rivals met on Friday, praising the deal and saying it was fair.", ["The rivals", "The rivals"]),
])
def test_a_participle_after_and_goes_on_with_each_before_the_first(text: str, sources: list[str]) -> None:
    assert [f[0] for f in _found(text)] == sources


@pytest.mark.parametrize(("text", "source"), [
    ("Officials confirmed a Washington Post report that the talks had collapsed.", "Washington Post"),
    ("The union denied a New York Times report that the strike was over.", "New York Times"),
])
def test_an_indefinite_article_before_a_named_report_belongs_to_the_report(text: str, source: str) -> None:
    assert [f[0] for f in _found(text) if f[1] == "report"] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("A Senate aide said the bill would pass.", "A Senate aide"),
    ("A Democrat said the plan had failed.", "A Democrat"),
    ("A Democrat report said the plan had failed.", "A Democrat report"),
])
def test_an_indefinite_article_stays_on_a_source_before_a_verb(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize("text", [
    "Officers responded to something unusual near the station on Friday.",
    "Firefighters responded to the call within minutes.",
    "The spokesman responded to questions about the merger.",
    "The council replied to the letter last week.",
])
def test_what_a_reply_answers_after_to_is_not_its_content(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The spokesman responded to reporters that the merger was off.", "that the merger was off"),
    ("Asked about the delay, the mayor replied that the budget was tight.", "that the budget was tight"),
])
def test_a_reply_with_a_clause_keeps_its_content(text: str, content: str) -> None:
    assert _found(text)[0][2] == content


@pytest.mark.parametrize(("text", "source"), [
    ("This is the first time the company has said it will cut jobs.", "the company"),
    ("It is the third time this year the minister has warned that prices will rise.", "the minister"),
    ("It was the only time the coach admitted the team had been outplayed.", "the coach"),
])
def test_the_subject_after_a_copula_and_the_time_heads_the_clause(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("The issue is the timing, the senator said.", "the senator"),
    ("Time is running out, the envoy warned.", "the envoy"),
])
def test_time_without_a_copula_head_leaves_the_source(text: str, source: str) -> None:
    assert _found(text)[0][0] == source
