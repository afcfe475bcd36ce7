"""English leftovers: denied sayings after 'declined to', participle contents, calling's setting, restrictive
'who said' clauses, possessed reports, abbreviated titles and an office describing the speaker who goes on.
Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str, str, bool]]:
    return [(a.source_text, a.source_canonical, a.cue.text if a.cue else "", a.content.text, a.anonymous)
            for a in parse(text, "en").attributions]


def _contents(text: str) -> list[str]:
    return [a.content.text for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Police declined to say when the suspect would be charged.", "Police", "when the suspect would be charged"),
    ("The company refused to say how much it had paid.", "The company", "how much it had paid"),
    ("The spokeswoman declined to say whether the minister would resign.", "The spokeswoman",
     "whether the minister would resign"),
    ("The club refused to say why the coach had left.", "The club", "why the coach had left"),
])
def test_declining_to_say_a_question_is_a_denied_saying_like_would_not_say(
        text: str, source: str, content: str) -> None:
    assert [(f[0], f[3]) for f in _found(text)] == [(source, content)]


@pytest.mark.parametrize("text", [
    "Police declined to comment.",
    "The company refused to say anything.",
])
def test_declining_reports_a_question_only(text: str) -> None:
    assert _found(text) == [] and _contents(f"{text} It refused to say when it would decide.") == [
        "when it would decide"]


@pytest.mark.parametrize(("text", "content"), [
    ("He spoke for an hour, telling supporters that the election was rigged and brushing aside questions "
     "about his taxes.", "that the election was rigged"),
    ("She addressed the crowd, telling voters that jobs would return, and brushing off criticism from her rivals.",
     "that jobs would return"),
    ("The coach left early, reminding reporters that the team had won twice and thanking the fans.",
     "that the team had won twice"),
    ("He walked out, telling staff that the deal was dead and leaving the room.", "that the deal was dead"),
])
def test_a_participles_content_after_its_hearer_ends_before_a_second_participle(text: str, content: str) -> None:
    assert _contents(text)[0] == content


@pytest.mark.parametrize(("text", "content"), [
    ("She hit back, telling reporters that her rival was lying and cheating voters.",
     "that her rival was lying and cheating voters"),
    ("The minister spoke, telling parliament that prices were rising and wages falling.",
     "that prices were rising and wages falling"),
])
def test_a_coordinated_progressive_inside_the_content_goes_on(text: str, content: str) -> None:
    assert _contents(text)[0] == content
    assert _contents(f"{text} He left, telling staff that the deal was dead and leaving the room.")[-1] == \
        "that the deal was dead"


@pytest.mark.parametrize(("text", "content"), [
    ('He attacked the reporters, calling them "phony" at a rally in Ohio.', 'them "phony"'),
    ('She criticized the plan, calling it "reckless" during a debate on Tuesday.', 'it "reckless"'),
    ('The mayor attacked the council, calling it "a circus" amid the row over taxes.', 'it "a circus"'),
])
def test_what_was_called_ends_with_its_quotation_before_the_setting(text: str, content: str) -> None:
    assert _contents(text)[-1] == content


@pytest.mark.parametrize(("text", "content"), [
    ('Critics call the plan "a giveaway" for the rich.', 'the plan "a giveaway" for the rich'),
    ('Critics called the mayor "weak" on crime.', 'the mayor "weak" on crime'),
])
def test_a_phrase_completing_what_was_called_stays_in_it(text: str, content: str) -> None:
    assert _contents(text)[-1] == content
    assert _contents(f'{text} He hit back, calling them "liars" at a rally.')[-1] == 'them "liars"'


@pytest.mark.parametrize(("text", "content", "canonical"), [
    ("Officials who said the plan was sound were overruled by the board.", "the plan was sound", "Officials"),
    ("Residents who said the water smelled strange have been told to boil it.", "the water smelled strange",
     "Residents"),
    ("Workers who said they had been fired without notice will get their jobs back.",
     "they had been fired without notice", "Workers"),
    ("Doctors who said the virus was spreading quickly were told to stay quiet.",
     "the virus was spreading quickly", "Doctors"),
])
def test_a_restrictive_who_said_content_ends_before_the_main_verb(text: str, content: str, canonical: str) -> None:
    assert [(f[1], f[3]) for f in _found(text)] == [(canonical, content)]


def test_a_who_said_content_with_a_second_clause_is_left_whole() -> None:
    text = "Analysts who said sales were weak and profits had fallen were proved right."
    assert _contents(text) == ["sales were weak and profits had fallen were proved right"]
    assert _contents(f"{text} Traders who said prices were high were right.")[-1] == "prices were high"
    inner = "Residents who said the water was what they were worried about met the mayor."
    assert _contents(inner) == ["the water was what they were worried about met the mayor"]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Those who said the bridge was unsafe were ignored.", "Those"),
    ("Anyone who says the war is over is wrong.", "Anyone"),
])
def test_a_pronoun_for_people_in_general_before_who_is_an_unnamed_source(text: str, canonical: str) -> None:
    found = _found(text)
    assert [(f[1], f[4]) for f in found] == [(canonical, True)]


def test_according_to_people_who_said_gives_both_records_split_at_the_comma() -> None:
    text = ("According to several restaurant owners who said business had fallen by half, the tax hurt small "
            "firms.")
    assert sorted((f[1], f[2], f[3]) for f in _found(text)) == [
        ("several restaurant owners", "According to", "the tax hurt small firms"),
        ("several restaurant owners", "said", "business had fallen by half"),
    ]


@pytest.mark.parametrize(("text", "source"), [
    ("The rise was blamed on the tax, according to several restaurant owners who said sales had dropped.",
     "several restaurant owners"),
    ("The strike was illegal, according to union members who said it had not been approved.", "union members"),
])
def test_according_to_people_who_said_keeps_who_out_of_the_source(text: str, source: str) -> None:
    assert [f[0] for f in _found(text) if f[2] == "according to"] == [source]


def test_according_to_people_who_did_something_keeps_the_relative_in_the_source() -> None:
    text = "The road was closed, according to drivers who were stuck for hours."
    assert [f[0] for f in _found(text)] == ["drivers who were stuck for hours"]
    said = "The road was closed, according to drivers who said they were stuck for hours."
    assert [f[0] for f in _found(said) if f[2] == "according to"] == ["drivers"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The company denied Reuters' report that the factory had closed.", "Reuters", "that the factory had closed"),
    ("Investors shrugged off the bank's report that growth had slowed.", "the bank", "that growth had slowed"),
    ("Reuters' report that the factory had closed was confirmed by the company.", "Reuters",
     "that the factory had closed"),
    ("The minister welcomed the Herald's report that crime had fallen.", "the Herald", "that crime had fallen"),
])
def test_a_possessed_report_with_that_reports_for_its_possessor(text: str, source: str, content: str) -> None:
    assert (source, "report", content) in [(f[0], f[2], f[3]) for f in _found(text)]


def test_a_report_with_a_relative_that_reports_nothing_for_it() -> None:
    assert [f[2] for f in _found("He read the report that the committee had published.")] == ["read"]
    assert "report" in [f[2] for f in _found("He welcomed the paper's report that the committee had failed.")]


@pytest.mark.parametrize(("text", "canonical"), [
    ("Rep. Jane Doe said the program would be cut. Representative Doe added that she opposed the cut.",
     "Jane Doe"),
    ("Rep. Jane Doe said the program would be cut. The representative added that she opposed the cut.",
     "Jane Doe"),
    ("Lt. Sam Ford said the fire was set. The lieutenant said two men were seen running away.", "Sam Ford"),
])
def test_an_abbreviated_title_is_the_same_title_written_out(text: str, canonical: str) -> None:
    assert _found(text)[1][1] == canonical


def test_a_reporter_is_not_the_representative() -> None:
    text = "Rep. Jane Doe said the program would be cut. A reporter said the vote was close."
    assert _found(text)[1][1] == "A reporter"
    assert _found(f"{text} Representative Doe added that she would vote no.")[2][1] == "Jane Doe"


@pytest.mark.parametrize(("text", "canonical"), [
    ("Donald Trump said on Tuesday that the border wall would be finished. The Republican nominee added that "
     "Mexico would pay for it.", "Donald Trump"),
    ("Angela Merkel said Europe must stand together. The German chancellor added that talks would continue.",
     "Angela Merkel"),
    ('"We will win," Donald Trump said. The Republican nominee added that polls were wrong.', "Donald Trump"),
])
def test_an_office_adding_right_after_a_named_speaker_is_that_speaker(text: str, canonical: str) -> None:
    assert _found(text)[-1][1] == canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ("Donald Trump said the election was rigged. The Democratic nominee said that was false.",
     "The Democratic nominee"),
    ("Mayor Ann Lee said the budget was balanced. The governor added that the state would help.", "The governor"),
    ("Donald Trump said the wall would be built. The Trump spokesman added that costs were unknown.",
     "The Trump spokesman"),
])
def test_an_office_that_says_or_is_another_is_not_the_speaker_before(text: str, canonical: str) -> None:
    assert _found(text)[-1][1] == canonical
    assert _found("Joe Biden said taxes would rise. The Democratic nominee added that cuts would come.")[-1][1] \
        == "Joe Biden"


@pytest.mark.parametrize(("text", "cue"), [
    ("He repeated false claims that the vote was rigged.", "repeated"),
    ("She repeated baseless claims that the count was fixed.", "repeated"),
])
def test_an_adjective_between_a_past_verb_and_a_plural_report_noun_makes_it_the_object(text: str, cue: str) -> None:
    assert [f[2] for f in _found(text)] == [cue]
    assert [f[2] for f in _found("The study published today warns that sea levels will rise.")] == ["warns"]
