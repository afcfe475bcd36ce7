"""English political news not seen before: campaign coverage written for these tests (surrogates on TV, polls,
tweets, spokespeople, leaks, rebuttals), and the constructions its errors came from."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "owner", "content"), [
    ("Story.\n\nThe senator repeated Sanders' claim that the primary was rigged.", "Sanders",
     "that the primary was rigged"),
    ("Story.\n\nAides pushed back on Reuters' account that the candidate would skip the debate.", "Reuters",
     "that the candidate would skip the debate"),
    ("Story.\n\nDemocrats seized on Paul Ames' admission that the bill would raise premiums.", "Paul Ames",
     "that the bill would raise premiums"),
    ("Story.\n\nThe governor mocked Dolores Hughes' warning that the state would go bankrupt.", "Dolores Hughes",
     "that the state would go bankrupt"),
    ("Story.\n\nVoters have heard Mark Jones' promise that taxes would fall before.", "Mark Jones",
     "that taxes would fall before"),
    ("Story.\n\nThe chairman brushed aside Harris' suggestion that the vote be delayed.", "Harris",
     "that the vote be delayed"),
])
def test_a_bare_apostrophe_after_a_name_in_s_is_a_possessor(text: str, owner: str, content: str) -> None:
    assert (owner, content) in [(c.source, c.content) for c in claims(text, "en")]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe senator repeated Sanders' claim that the primary was rigged.",
    "Story.\n\nCritics dismissed Reuters' allegation that the plant had leaked for weeks.",
])
def test_the_verb_before_a_bare_apostrophe_possessor_reports_the_whole_object(text: str) -> None:
    outer = [c for c in claims(text, "en") if c.content.endswith("' claim that the primary was rigged")
             or c.content.endswith("' allegation that the plant had leaked for weeks")]
    assert len(outer) == 1


def test_a_closing_single_quote_is_no_possessive() -> None:
    text = "Story.\n\nThe senator cited the 'Main Streets' claim that rents had doubled, the paper said."
    assert "Main Streets" not in [c.source for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe team won, many fans saying the referee had been fair.", "many fans",
     "the referee had been fair"),
    ("Story.\n\nThe bill passed easily, several senators saying it was long overdue.", "several senators",
     "it was long overdue"),
    ("Story.\n\nThe rally ended early, some supporters complaining that the heat was unbearable.",
     "some supporters", "that the heat was unbearable"),
    ("Story.\n\nTurnout fell sharply, two county clerks saying the new rules had confused voters.",
     "two county clerks", "the new rules had confused voters"),
    ("Story.\n\nThe debate drew record ratings, many viewers arguing that it had settled nothing.",
     "many viewers", "that it had settled nothing"),
    ("Story.\n\nThe plan was shelved, most delegates insisting it would cost too much.", "most delegates",
     "it would cost too much"),
])
def test_a_quantified_subject_after_a_comma_is_the_participles_own(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe minister left early, saying the talks had stalled.", "The minister"),
    ("Story.\n\nSome scientists disagreed, arguing the data were thin.", "Some scientists"),
    ("Story.\n\nTwo experts testified, each saying the bridge was unsafe.", "each"),
])
def test_a_participle_without_its_own_subject_keeps_the_main_one(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nCampaign spokeswoman Hope Hicks said the claim was false.", "Campaign spokeswoman Hope Hicks"),
    ("Story.\n\nCampaign aide Hope Ferreira told reporters the rally would go ahead.", "Campaign aide Hope Ferreira"),
    ("Story.\n\nDeputy press secretary Hope Obi said the president was briefed.",
     "Deputy press secretary Hope Obi"),
    ("Story.\n\nState Rep. Hope Lindqvist argued that the map was drawn unfairly.", "State Rep. Hope Lindqvist"),
])
def test_a_cue_that_is_a_first_name_before_a_surname_is_part_of_the_name(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nHope Hicks, a campaign spokeswoman, said the report was wrong.", "Hope Hicks"),
    ("Story.\n\nThe adviser, Hope Martinez, told reporters the governor would sign the bill.",
     "The adviser, Hope Martinez"),
    ("Story.\n\nOrganizer Hope Adeyemi said turnout had doubled since spring.", "Organizer Hope Adeyemi"),
])
def test_a_first_name_that_is_a_cue_keeps_its_place_in_other_sources(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nAdvisers hope the debate will reset the race.", "Advisers"),
    ("Story.\n\nDemocrats Hope to Flip the Senate\n\nDemocrats said they would spend heavily in Ohio.", "Democrats"),
])
def test_hope_as_a_verb_still_reports(text: str, source: str) -> None:
    assert source in [c.source for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Story.\n\nAppearing on CNN\'s "State of the Union," campaign manager Kellyanne Conway told host Jake Tapper '
     'that the campaign was comfortable.', "campaign manager Kellyanne Conway", "that the campaign was comfortable"),
    ('Story.\n\nSpeaking on NBC\'s "Meet the Press," the senator said the bill was dead.', "the senator",
     "the bill was dead"),
    ('Story.\n\nAsked on Fox News\' "Fox News Sunday," the governor said she would not run.', "the governor",
     "she would not run"),
    ('Story.\n\nOn ABC\'s "This Week," the chairman insisted the party was united.', "the chairman",
     "the party was united"),
    ('Story.\n\nInterviewed on CBS\' "Face the Nation," the mayor argued that the plan was unaffordable.',
     "the mayor", "that the plan was unaffordable"),
])
def test_a_title_case_show_after_a_possessive_outlet_is_no_quotation(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


def test_a_possessive_before_a_quoted_sentence_still_quotes() -> None:
    text = 'Story.\n\nThe senator\'s reply was blunt. "We Will Not Back Down," Sen. Ann Lowe said.'
    assert [(c.kind, c.source) for c in claims(text, "en")] == [("direct", "Sen. Ann Lowe")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nTrump's allies fanned out on Sunday, insisting he had turned the page.", "Trump's allies"),
    ("Story.\n\nClinton's allies left early, insisting she had won the debate.", "Clinton's allies"),
    ("Story.\n\nThe senator's surrogates toured the state, arguing that he had delivered.",
     "The senator's surrogates"),
    ("Story.\n\nThe governor's backers stayed home, saying they felt ignored.", "The governor's backers"),
    ("Story.\n\nThe mayor's loyalists walked out, calling the vote a sham.", "The mayor's loyalists"),
])
def test_allies_and_surrogates_head_an_unnamed_source(text: str, source: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.source_text == source and a.anonymous


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nHe spoke to blue-collar voters who polls show are drifting toward Trump.", "polls",
     "are drifting toward Trump"),
    ("Story.\n\nShe is courting suburban women who surveys show are still undecided.", "surveys",
     "are still undecided"),
    ("Story.\n\nOfficers arrested a man who police said was armed.", "police", "was armed"),
    ("Story.\n\nThey met a donor who aides say gave $2 million last year.", "aides", "gave $2 million last year"),
])
def test_the_subject_inside_a_gapped_relative_speaks(text: str, source: str, content: str) -> None:
    assert (source, content) in [(c.source, c.content) for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nPeople who attended the meeting said the plan was dead.", "People who attended the meeting"),
    ("Story.\n\nVoters who supported Sanders said they felt cheated.", "Voters who supported Sanders"),
    ("Story.\n\nThose who knew him said he was kind.", "Those who knew him"),
])
def test_a_relative_clause_with_its_own_verb_stays_in_the_subject(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")] == [source]


@pytest.mark.parametrize(("text", "group"), [
    ("Story.\n\nOfficials familiar with the planning said the vote would slip. She believes the delay will help.",
     "Officials familiar with the planning"),
    ("Story.\n\nAides close to the senator said the trip was off. He thinks the race is lost.",
     "Aides close to the senator"),
    ("Story.\n\nSources inside the campaign said money was tight. She believes donors will return.",
     "Sources inside the campaign"),
    ("Story.\n\nPeople briefed on the talks said a deal was near. He expects a vote next week.",
     "People briefed on the talks"),
    ("Story.\n\nAdvisers to the governor said the bill was dead. She believes it can be revived.",
     "Advisers to the governor"),
])
def test_he_or_she_never_refers_to_a_plural_group_with_a_phrase_after_its_head(text: str, group: str) -> None:
    records = claims(text, "en")
    assert records[0].canonical == group
    assert all(c.canonical != group for c in records[1:])


@pytest.mark.parametrize("text", [
    "Story.\n\nA person close to the senator said the trip was off. She added that the senator was ill.",
    "Story.\n\nAn aide to the senator said the trip was off. He added that the senator was ill.",
])
def test_he_or_she_may_still_refer_to_one_unnamed_person_with_a_phrase(text: str) -> None:
    first, second = claims(text, "en")
    assert second.canonical == first.canonical == first.source


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nA historian who studies the party said the split was old.", "A historian who studies the party"),
    ("Story.\n\nA voter who backs the senator said she was worried.", "A voter who backs the senator"),
])
def test_a_relative_opened_by_its_verb_stays_in_the_subject(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")][:1] == [source]
