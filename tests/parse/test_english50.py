"""English on unseen news (english50): a figure's comma inside a content, title-case and bare wire datelines, an
outlet named after its noun as the addressee, a singular unnamed source in '-ss' ('a witness') as the next 'she',
a finding judged after a comma, the bare infinitive after 'help', a gerund subject right after a verb of saying."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nCourt filings show the agency received more than 4,000 public comments on the rule.",
     "the agency received more than 4,000 public comments on the rule"),
    ("Story.\n\nThe mayor said the city got about 2,500 angry letters about the plan.",
     "the city got about 2,500 angry letters about the plan"),
    ("Story.\n\nRecords show 12,000 public complaints were filed last year.",
     "12,000 public complaints were filed last year"),
    ("Story.\n\nThe union said more than 1,200 nurse reports on staffing went unanswered.",
     "more than 1,200 nurse reports on staffing went unanswered"),
])
def test_a_figures_comma_does_not_end_the_content(text: str, content: str) -> None:
    assert next(c.content for c in claims(text, "en")) == content


def test_a_clause_comma_after_a_figure_still_ends_the_content_before_a_closing_report() -> None:
    found = claims("Story.\n\nOfficials counted 2,500 ballots, the clerk said.", "en")
    assert [(c.content, c.source) for c in found] == [("Officials counted 2,500 ballots", "the clerk")]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Story.\n\nWashington (CNN) — The Pentagon is weighing more troops, according to three US officials.",
     "The Pentagon is weighing more troops", "three US officials"),
    ("Story.\n\nParis, France (AFP) - Fuel prices rose again in March, the statistics office said.",
     "Fuel prices rose again in March", "the statistics office"),
    ("Story.\n\nRio de Janeiro (Reuters) - The strike spread to two more ports, union leaders said.",
     "The strike spread to two more ports", "union leaders"),
    ("Story.\n\n(Bloomberg) -- Apple is weighing a bid for the rights, according to people with knowledge of it.",
     "Apple is weighing a bid for the rights", "people with knowledge of it"),
    ("Story.\n\n(Reuters) - Oil prices fell on Monday, traders said.", "Oil prices fell on Monday", "traders"),
])
def test_a_wire_dateline_stays_out_of_a_content_before_its_cue(text: str, content: str, source: str) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == [(content, source)]


def test_an_upper_case_dateline_is_still_skipped() -> None:
    found = claims("Story.\n\nWASHINGTON (CNN) — The Pentagon is weighing more troops, officials said.", "en")
    assert [c.content for c in found] == ["The Pentagon is weighing more troops"]


def test_a_bracketed_acronym_in_a_name_without_a_dash_is_no_dateline() -> None:
    found = claims("Story.\n\nThe American Association of Retired Persons (AARP) said the rule was unfair.", "en")
    assert [(c.content, c.source) for c in found] == [
        ("the rule was unfair", "The American Association of Retired Persons (AARP)")]


@pytest.mark.parametrize(("text", "content", "conduit"), [
    ("Story.\n\nMinister Jon Berg told the national broadcaster NRK the country was ready.",
     "the country was ready", "NRK"),
    ("Story.\n\nJon Berg told the newspaper Aftenposten the plan would pass.", "the plan would pass", "Aftenposten"),
    ("Story.\n\nThe minister told the state broadcaster CCTV it would take years.", "it would take years", "CCTV"),
])
def test_an_outlet_named_after_its_noun_is_whom_the_speaker_told(text: str, content: str, conduit: str) -> None:
    result = parse(text, "en")
    assert [(a.content.text, a.conduits) for a in result.attributions] == [(content, (conduit,))]
    assert offsets_hold(result)


def test_an_outlet_noun_alone_after_told_is_no_named_addressee() -> None:
    found = claims("Story.\n\nJon Berg told the channel the country was ready.", "en")
    assert [c.content for c in found] == ["the country was ready"]


@pytest.mark.parametrize("subject", ["A witness", "One witness", "Another witness"])
def test_a_singular_unnamed_source_in_ss_is_the_next_she(subject: str) -> None:
    text = (f"Story.\n\nOfficer Ana Boyd said the victims were found outside.\n\n{subject} said she heard six shots. "
            "\"Everybody just ran,\" she said.")
    assert claims(text, "en")[-1].canonical == subject


def test_unnamed_people_in_the_plural_are_still_never_she() -> None:
    text = ("Story.\n\nOfficer Ana Boyd said the victims were found outside.\n\nWitnesses said they heard six shots. "
            "\"Everybody just ran,\" she said.")
    assert claims(text, "en")[-1].canonical == "Ana Boyd"  # (names30: a role word before the name goes)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Story.\n\nThe telescope found water near a young star, a discovery scientists say could change the field.",
     "scientists", "could change the field"),
    ("Story.\n\nThe trial cut deaths by a third, a finding doctors say will alter treatment.",
     "doctors", "will alter treatment"),
    ("Story.\n\nThe lab grew a kidney, a breakthrough experts said would take years to use.",
     "experts", "would take years to use"),
])
def test_the_judges_of_a_finding_after_a_comma_are_the_source(text: str, source: str, content: str) -> None:
    assert [(c.source, c.content) for c in claims(text, "en")] == [(source, content)]


@pytest.mark.parametrize(("text", "found"), [
    ("Story.\n\nThe results could help explain how planets form, the researchers said.",
     [("The results could help explain how planets form", "the researchers")]),
    ("Story.\n\nThe data helped show that the drug works, the authors said.",
     [("The data helped show that the drug works", "the authors")]),
    ("Story.\n\nThe new maps will help show where the river floods, an aide said.",
     [("The new maps will help show where the river floods", "an aide")]),
])
def test_a_bare_infinitive_after_help_is_no_report(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.content, c.source) for c in claims(text, "en")] == found


@pytest.mark.parametrize("text", [
    "Story.\n\nVolunteers who came to help said the roads were flooded.",
    "Story.\n\nThose who offered help told reporters the roads were flooded.",
])
def test_a_past_verb_of_saying_after_help_still_reports(text: str) -> None:
    assert [c.content for c in claims(text, "en")] == ["the roads were flooded"]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nMike Turner says finding child care on Fridays is hard.", "finding child care on Fridays is hard"),
    ("Story.\n\nShe said that reporting abuse took courage.", "that reporting abuse took courage"),
    ("Story.\n\nThe nurse says warning families early saves lives.", "warning families early saves lives"),
])
def test_a_gerund_right_after_a_verb_of_saying_is_the_reported_subject(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


@pytest.mark.parametrize(("text", "cues"), [
    ("Story.\n\nHe spoke to reporters, saying the roads were closed.", ["saying"]),
    ("Story.\n\nNews reports alleging that he lied spread quickly.", ["alleging"]),
])
def test_a_participle_of_report_after_a_comma_or_a_noun_still_reports(text: str, cues: list[str]) -> None:
    assert [a.cue.text for a in parse(text, "en").attributions if a.cue] == cues


@pytest.mark.parametrize(("text", "anonymous"), [
    ("Story.\n\nA dealer in Tromso said most of his customers had switched.", True),
    ("Story.\n\nMarket vendors said prices had doubled since spring.", True),
    ("Story.\n\nOne merchant said the new tax would close his shop.", True),
    ("Story.\n\nCar dealer Tom Hale said most of his customers had switched.", False),
])
def test_a_seller_quoted_without_a_name_is_unnamed(text: str, anonymous: bool) -> None:
    assert [a.anonymous for a in parse(text, "en").attributions] == [anonymous]


@pytest.mark.parametrize("text", [
    "Story.\n\nFormer champion Andy Roddick, commenting on his podcast, suggested the star was not fit.",
    "Story.\n\nThe coach, commenting on his blog, suggested the star was not fit.",
    "Story.\n\nThe striker, commenting on the radio, suggested the star was not fit.",
])
def test_commenting_on_a_medium_is_no_report(text: str) -> None:
    assert [a.cue.text for a in parse(text, "en").attributions if a.cue] == ["suggested"]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe mayor has also commented on the ruling.", "the ruling"),
    ("Story.\n\nThe mayor commented on the broadcast of the trial.", "the broadcast of the trial"),
])
def test_commenting_on_a_topic_still_reports(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nThe airline said it would cut 40 routes, the latest carrier to shrink its network.",
     "it would cut 40 routes"),
    ("Story.\n\nThe firm said it would recall 9,000 cars, the largest recall in its history.",
     "it would recall 9,000 cars"),
    ("Story.\n\nPolice said a second man had been charged, the latest arrest in the case.",
     "a second man had been charged"),
])
def test_a_closing_superlative_appositive_is_the_writers(text: str, content: str) -> None:
    assert [c.content for c in claims(text, "en")] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Story.\n\nOfficials said the strike, the latest in a series, would last two days.",
     "the strike, the latest in a series, would last two days"),
    ("Story.\n\nThe minister said the latest figures showed a rise.", "the latest figures showed a rise"),
])
def test_a_superlative_inside_the_content_stays_in_it(text: str, content: str) -> None:
    assert next(c.content for c in claims(text, "en")) == content


@pytest.mark.parametrize(("speakers", "verb"), [
    ("Goldman Sachs analysts", "wrote in a note to clients"),
    ("Economists at the bank", "said in a report"),
    ("Two union leaders", "told reporters"),
])
def test_they_in_a_that_clause_are_the_speakers_themselves(speakers: str, verb: str) -> None:
    text = (f"Story.\n\n\"The market was not ready,\" said Helima Croft, an analyst at RBC.\n\n"
            f"{speakers} {verb} that they expected prices to average $68.")
    found = claims(text, "en")
    assert [(c.content, c.canonical) for c in found if c.source == "they"] == [
        ("prices to average $68", speakers)]


@pytest.mark.parametrize(("text", "inner"), [
    ("Story.\n\nOfficials fear the outbreak could spread to two more counties, health department spokesman Tim Ross "
     "said.", "the outbreak could spread to two more counties"),
    ("Story.\n\nResidents believe the plant leaks, county health director Ana Diaz said on Monday.",
     "the plant leaks"),
    ("Story.\n\nParents worry the school will close, district spokeswoman Lena Ortiz told reporters.",
     "the school will close"),
])
def test_a_closing_report_by_a_lower_case_title_and_name_ends_the_inner_content(text: str, inner: str) -> None:
    assert [c.content for c in claims(text, "en")][1] == inner
