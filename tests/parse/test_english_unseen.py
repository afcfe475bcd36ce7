"""English shapes met in unseen news copy: asides that cite evidence between a verb of telling and its 'that',
quotations interrupted inside one pair of marks, and the types of bodies named as sources."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims


@pytest.mark.parametrize(("text", "content", "conduits"), [
    ("Story.\n\nThe mayor told the Evening Gazette, citing a city audit, that the gap was larger than feared.",
     "that the gap was larger than feared", ("Evening Gazette",)),
    ("Story.\n\nAn aide told Reuters, citing internal polling, that the senator was trailing in two states.",
     "that the senator was trailing in two states", ("Reuters",)),
    ("Story.\n\nThe coach said, citing the medical staff's advice, that the striker would rest on Sunday.",
     "that the striker would rest on Sunday", ()),
])
def test_a_citing_aside_after_whom_it_was_told_leaves_the_that_clause_to_the_teller(
        text: str, content: str, conduits: tuple[str, ...]) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content and a.conduits == conduits


def test_citing_sources_after_whom_it_was_told_gives_them_the_same_clause() -> None:
    text = "Story.\n\nThe mayor told reporters, citing two officials, that the deal was off."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("that the deal was off", "The mayor"), ("that the deal was off", "two officials")]


def test_citing_a_reason_at_the_end_of_a_sentence_still_reports_the_reason() -> None:
    text = "Story.\n\nThe board turned the bid down, citing a risk to the pension fund."
    assert ("a risk to the pension fund", "The board") in [(c.content, c.source) for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "parts"), [
    ('Story.\n\n"The shop was busy all week, the owner said, until the road closed."',
     ['"The shop was busy all week', 'until the road closed."']),
    ('Story.\n\n"We will keep the school open, Dr. Lane said, whatever the board decides."',
     ['"We will keep the school open', 'whatever the board decides."']),
    ('Story.\n\n"Prices will rise, she added, before the end of the year."',
     ['"Prices will rise', 'before the end of the year."']),
])
def test_a_speech_aside_inside_one_pair_of_marks_splits_the_quotation_in_two(text: str, parts: list[str]) -> None:
    result = parse(text, "en")
    assert [(a.kind, a.content.text) for a in result.attributions] == [("direct", p) for p in parts]
    assert len({a.source_text for a in result.attributions}) == 1


@pytest.mark.parametrize("text", [
    'Story.\n\n"We bought apples, pears, and plums for the whole street."',
    'Story.\n\nThe chair said: "Sales rose, costs fell, and the staff grew."',
    'Story.\n\n"Back then, he said, \'the rules are the rules,\' and that was it," she recalled.',
])
def test_a_quotation_without_a_speech_aside_in_it_stays_whole(text: str) -> None:
    contents = [a.content.text for a in parse(text, "en").attributions]
    assert all(not c.startswith('"') or c.endswith(('"', '",', '."')) for c in contents)


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("Story.\n\nReuters, citing police, said three people had died in the fire.", "police", ("Reuters",)),
    ("Story.\n\nPortuguese media, citing a fire official, said the blaze was under control.", "a fire official", ()),
    ("Story.\n\nState television, citing the health ministry, said schools would reopen.", "the health ministry", ()),
])
def test_an_outlet_citing_a_source_in_an_aside_gives_the_source_the_claim(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.conduits) == (source, conduits)


def test_a_reason_cited_in_an_aside_by_a_body_that_is_no_outlet_is_still_reported() -> None:
    text = "Story.\n\nThe council, citing rising costs, rejected the bus plan."
    assert ("rising costs", "The council") in [(c.content, c.source) for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Story.\n\nLocal media reported that the bridge had collapsed.", "media"),
    ("Story.\n\nThe firm's chief executive said sales had doubled.", "official"),
])
def test_media_named_by_a_plain_noun_is_typed_as_media(text: str, kind: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.source_type == kind


def test_a_placard_carried_by_a_person_has_no_conduit() -> None:
    text = 'Story.\n\nA banner carried by one marcher read: "Clean air now."'
    [a] = parse(text, "en").attributions
    assert (a.content.text, a.source_type, a.conduits) == ('"Clean air now."', "document", ())


def test_a_statement_carried_by_a_news_agency_keeps_the_agency_as_conduit() -> None:
    text = "Story.\n\nA statement carried by the state news agency said the vote would be delayed."
    [a] = parse(text, "en").attributions
    assert a.conduits == ("the state news agency",)


def test_every_before_a_cue_form_makes_it_a_noun() -> None:
    text = "Story.\n\nThe agency said it had answered every report it received within a day."
    assert [(c.content, c.source) for c in claims(text, "en")] == [
        ("it had answered every report it received within a day", "The agency")]


@pytest.mark.parametrize(("text", "content"), [
    ('Story.\n\nStrikers chanted "Shame!" outside the depot as managers arrived.', '"Shame!"'),
    ('Story.\n\nA voice in the crowd shouted "Why?" during the minute of silence.', '"Why?"'),
])
def test_a_one_word_exclamation_after_a_speech_verb_is_the_words_said(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.kind, a.content.text) == ("direct", content)


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("Story.\n\nA lawyer told Reuters her client denied the charges.", "her client", ("Reuters",)),
    ("Story.\n\nA lawyer told RTL TV the company denied the charges.", "the company", ("RTL TV",)),
])
def test_the_subject_of_a_told_clause_starts_after_whom_it_was_told(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    told, denied = parse(text, "en").attributions
    assert (told.conduits, denied.source_text, denied.content.text) == (conduits, source, "the charges")


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe mayor praised the volunteers for their work at a ceremony on Saturday.",
     "the volunteers for their work"),
    ("Story.\n\nThe court rejected the appeal in a short ruling published on Monday.", "the appeal"),
    ("Story.\n\nThe senator attacked the bill at a rally in Denver.", "the bill"),
])
def test_an_object_ends_before_the_gathering_or_ruling_where_it_was_said(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


def test_an_object_goes_on_past_a_gathering_when_an_infinitive_follows() -> None:
    text = "Story.\n\nThe candidate urged voters at a rally on Friday to demand a recount."
    assert [c.content for c in claims(text, "en")] == ["voters at a rally on Friday to demand a recount"]


@pytest.mark.parametrize("text", [
    "Story.\n\nThe chairman made plain in a letter to staff that the plant would close.",
    "Story.\n\nThe chairman made it plain that the plant would close.",
])
def test_made_plain_reports_like_made_clear(text: str) -> None:
    assert [c.content for c in claims(text, "en")] == ["that the plant would close"]


@pytest.mark.parametrize(("text", "conduits"), [
    ("Story.\n\nThe blaze was started on purpose, a fire officer told the Times.", ("Times",)),
    ("Story.\n\nA fire officer told the Post the blaze was started on purpose.", ("Post",)),
    ("Story.\n\nA fire officer told the paper the blaze was started on purpose.", ()),
])
def test_the_and_a_capitalised_outlet_noun_told_is_the_papers_name(text: str, conduits: tuple[str, ...]) -> None:
    [a] = parse(text, "en").attributions
    assert a.conduits == conduits


@pytest.mark.parametrize(("text", "source", "conduits"), [
    ("Story.\n\nAccording to the agency, which cited figures from local clinics, 80 people fell ill.",
     "the agency", ()),
    ("Story.\n\nAccording to the Daily Ledger, which cited a leaked memo, the plant will close.",
     "a leaked memo", ("Daily Ledger",)),
    ("Story.\n\nAccording to the Daily Ledger, which cited two union officials, the plant will close.",
     "two union officials", ("Daily Ledger",)),
])
def test_a_body_citing_figures_still_speaks_for_itself_an_outlet_relays_what_it_cites(
        text: str, source: str, conduits: tuple[str, ...]) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.conduits) == (source, conduits)


@pytest.mark.parametrize(("text", "cited"), [
    ("Story.\n\nThe paper said, quoting a senior aide, that the minister would step down.", "a senior aide"),
    ("Story.\n\nThe agency reported, citing the interior ministry, that nine people were held.",
     "the interior ministry"),
])
def test_a_source_quoted_or_cited_between_the_cue_and_its_that_gets_the_same_clause(text: str, cited: str) -> None:
    reporter, source = parse(text, "en").attributions
    assert reporter.content == source.content and source.source_text == cited


@pytest.mark.parametrize(("text", "kind"), [
    ("Story.\n\nBrenton Motor Co said it would recall 5,000 vans.", "organization"),
    ("Story.\n\nTalvera Corp. said profits rose.", "organization"),
    ("Story.\n\nJane Capital said profits rose.", "person"),
])
def test_capitalised_words_closed_by_a_company_ending_name_a_company(text: str, kind: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.source_type == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("Story.\n\nThe board, citing delays, said the stadium would open late.",
     [("the stadium would open late", "The board")]),
    ("Story.\n\nThe agency, citing safety fears, reported that two wells were shut.",
     [("that two wells were shut", "The agency")]),
])
def test_a_reason_cited_between_a_subject_and_its_saying_verb_is_no_claim(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.content.text, a.source_text) for a in parse(text, "en").attributions] == expected


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nIt was a gamble traders said could pay off.", "traders"),
    ("Story.\n\nIt was a costly step the auditors said was overdue.", "the auditors"),
    ("Story.\n\nIt was a step she said was overdue.", "she"),
    ("Story.\n\nWorkers closed the road the engineers had called unsafe.", "the engineers"),
    ("Story.\n\nThe club sold the ground the fans had called sacred.", "the fans"),
])
def test_the_subject_of_a_relative_clause_without_that_is_the_speaker(text: str, source: str) -> None:
    assert [a.source_text for a in parse(text, "en").attributions] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Story.\n\nThe woman who was a neighbor said the dog barked.", "The woman who was a neighbor"),
    ("Story.\n\nThe head of the union said the strike would go on.", "The head of the union"),
    ("Story.\n\nThe city council members said the road would reopen.", "The city council members"),
])
def test_a_subject_without_a_relative_clause_before_the_cue_is_kept_whole(text: str, source: str) -> None:
    assert [a.source_text for a in parse(text, "en").attributions] == [source]


@pytest.mark.parametrize(("text", "anonymous"), [
    ("Story.\n\nSeveral farmers spoke at the hearing, each saying the river was low.", True),
    ("Story.\n\nTwo engineers testified, each saying the dam was sound.", True),
    ("Story.\n\nAnna Berg and Tom Weiss testified, each saying the dam was sound.", False),
])
def test_each_after_unnamed_people_is_unnamed_too(text: str, anonymous: bool) -> None:
    [a] = parse(text, "en").attributions
    assert (a.source_text, a.anonymous) == ("each", anonymous)


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe senator defended the vote in parliament on Monday.", "the vote"),
    ("Story.\n\nThe premier rejected the offer at a meeting in Oslo on Friday.", "the offer"),
    ("Story.\n\nThe union criticized the court on Monday.", "the court"),
    ("Story.\n\nThe minister praised the summit in Lima.", "the summit in Lima"),
])
def test_a_gathering_where_words_were_said_ends_an_object_content(text: str, content: str) -> None:
    assert [a.content.text for a in parse(text, "en").attributions] == [content]


@pytest.mark.parametrize(("text", "owner"), [
    ("Story.\n\nThe fire chief's warning that the dam would fail was ignored by the council.", "The fire chief"),
    ("Story.\n\nParents doubted the school board's promise that the roof was safe.", "the school board"),
    ("Story.\n\nThe city council's statement that the pool would close was questioned by parents.",
     "The city council"),
])
def test_a_possessor_of_lower_case_nouns_after_an_article_owns_the_report(text: str, owner: str) -> None:
    assert owner in [a.source_text for a in parse(text, "en").attributions]


def test_a_possessive_without_an_article_is_no_owner() -> None:
    assert parse("Story.\n\nToday's claim that the bridge was safe was false.", "en").attributions == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Story.\n\nDeputies searched for something a hiker told a ranger looked like a bear.",
     [("looked like a bear", "a hiker")]),
    ("Story.\n\nIt was something a cousin told the court she had lost.", [("she had lost", "a cousin")]),
])
def test_a_teller_after_something_speaks_and_the_hearer_is_no_content(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.content.text, a.source_text) for a in parse(text, "en").attributions
            if a.cue is not None and a.cue.text == "told"] == expected


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nA hiker told a ranger the trail was closed.", "the trail was closed"),
    ("Story.\n\nThe coach warned the home crowd about the heat.", "the home crowd about the heat"),
])
def test_a_hearer_before_a_clause_with_its_own_subject_is_kept_apart(text: str, content: str) -> None:
    assert [a.content.text for a in parse(text, "en").attributions] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe organizer explained why it matters to build a campaign that unites tenants and demands fair "
     "rents.", "why it matters to build a campaign that unites tenants and demands fair rents"),
    ("Story.\n\nThe senator said the new law protects drivers and warns insurers against raising prices.",
     "the new law protects drivers and warns insurers against raising prices"),
    ("Story.\n\nCritics argued that the scheme rewards landlords and insists on nothing in return.",
     "that the scheme rewards landlords and insists on nothing in return"),
    ("Story.\n\nGomez noted that the charity supports veterans and openly promotes their hiring.",
     "that the charity supports veterans and openly promotes their hiring"),
])
def test_a_present_cue_after_and_under_a_past_cue_goes_on_in_the_reported_clause(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.content.text == content


@pytest.mark.parametrize(("text", "contents"), [
    ("Story.\n\nThe mayor said the plan was dead and warned that talks with the union would stop.",
     ["the plan was dead", "that talks with the union would stop"]),
    ("Story.\n\nThe mayor says the plan is dead and said talks with the union would stop.",
     ["the plan is dead", "talks with the union would stop"]),
    ("Story.\n\nThe coach said his team played well and added that the referee was fair.",
     ["his team played well", "that the referee was fair"]),
])
def test_a_cue_after_and_in_the_speakers_tense_is_a_second_report(text: str, contents: list[str]) -> None:
    attributions = parse(text, "en").attributions
    assert [a.content.text for a in attributions] == contents
    assert {a.source_text for a in attributions} == {"The mayor" if "mayor" in text else "The coach"}


@pytest.mark.parametrize(("text", "content"), [
    ('Story.\n\nGomez dismissed the island as a "lost cause" on Monday.', 'the island as a "lost cause"'),
    ('Story.\n\nThe fact-checkers rated the claim as "mostly false".', 'the claim as "mostly false"'),
    ('Story.\n\nThe mayor dismissed the old stadium plan as being "pie in the sky".',
     'the old stadium plan as being "pie in the sky"'),
    ('Story.\n\nThe mayor remembered him as "a gentle giant".', 'him as "a gentle giant"'),
])
def test_an_object_as_an_article_and_a_quotation_is_the_quoted_verdict(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.kind, a.content.text) == ("mixed", content)


@pytest.mark.parametrize("text", [
    'Story.\n\nShe dismissed the report as he watched "the game" on television.',
    "Story.\n\nMortgage rates rose again this week.",
    "Story.\n\nThe agency rated the bonds highly.",
])
def test_as_opening_a_clause_and_the_noun_rates_report_nothing(text: str) -> None:
    assert not parse(text, "en").attributions


@pytest.mark.parametrize(("text", "content"), [
    ('Story.\n\nThe senator called the bill "a disgrace" — a word he rarely uses.', 'the bill "a disgrace"'),
    ('Story.\n\nGomez dismissed the island as a "lost cause" — a view few share.', 'the island as a "lost cause"'),
    ('Story.\n\nThe senator said the bill was "a disgrace" — and he meant it.',
     'the bill was "a disgrace" — and he meant it'),
])
def test_a_dash_and_an_article_after_a_closing_quotation_open_the_writers_remark(text: str, content: str) -> None:
    assert parse(text, "en").attributions[0].content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ('Story.\n\nThe senator went after his rival as a "career politician".', 'his rival as a "career politician"'),
    ('Story.\n\nCritics often go after the plan as a "giveaway to banks".', 'the plan as a "giveaway to banks"'),
    ('Story.\n\nThe governor has gone after the mayor as "a greedy man".', 'the mayor as "a greedy man"'),
])
def test_going_after_someone_as_a_quotation_reports_the_verdict(text: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert (a.kind, a.content.text) == ("mixed", content)


@pytest.mark.parametrize("text", [
    "Story.\n\nPolice went after the suspect as he fled.",
    "Story.\n\nThe dogs went after the ball as soon as it landed.",
])
def test_going_after_someone_without_a_quoted_verdict_reports_nothing(text: str) -> None:
    assert not parse(text, "en").attributions


@pytest.mark.parametrize(("text", "cue", "content"), [
    ('Story.\n\nThe senator openly admires the general as a "model of discipline".', "admires",
     'the general as a "model of discipline"'),
    ('Story.\n\nThe leader has been pounding the governor as a "con artist" for weeks.', "pounding",
     'the governor as a "con artist"'),
    ('Story.\n\nUnion leaders ripped the deal as a "giveaway to owners".', "ripped",
     'the deal as a "giveaway to owners"'),
])
def test_admiring_pounding_or_ripping_someone_as_a_quotation_reports_the_verdict(text: str, cue: str,
                                                                                 content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.cue is not None and a.cue.text == cue
    assert (a.kind, a.content.text.startswith(content)) == ("mixed", True)


@pytest.mark.parametrize("text", [
    "Story.\n\nShe admires the view from the hill.",
    "Story.\n\nThe storm kept pounding the coast as residents fled.",
    "Story.\n\nThe crew ripped the carpet out as the owners watched.",
])
def test_admiring_pounding_or_ripping_without_a_quoted_verdict_reports_nothing(text: str) -> None:
    assert not parse(text, "en").attributions


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Story.\n\nThe documentary documents how farmers in the valley lost their water rights.", "documents",
     "how farmers in the valley lost their water rights"),
    ("Story.\n\nHer second book chronicles the floods that followed the storm.", "chronicles",
     "the floods that followed the storm"),
    ("Story.\n\nThe series chronicled how the mill town slowly emptied.", "chronicled",
     "how the mill town slowly emptied"),
])
def test_a_work_that_documents_or_chronicles_reports_its_object(text: str, cue: str, content: str) -> None:
    [a] = parse(text, "en").attributions
    assert a.cue is not None and (a.cue.text, a.content.text) == (cue, content)


@pytest.mark.parametrize("text", [
    "Story.\n\nInvestigators seized documents from the office on Tuesday.",
    "Story.\n\nThe Chronicles of the town were kept in the library.",
])
def test_documents_or_chronicles_as_a_noun_reports_nothing(text: str) -> None:
    assert not parse(text, "en").attributions
