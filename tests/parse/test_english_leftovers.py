"""English: a capitalized time word inside a name written after its cue, and the other leftovers of sources
and their resolution. Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The council had spent $4 million on the study, reported the Sydney Morning Herald.",
     "the Sydney Morning Herald", "The council had spent $4 million on the study"),
    ("The minister will resign next week, said the Sydney Morning Herald.",
     "the Sydney Morning Herald", "The minister will resign next week"),
    ("The strike was called off late on Sunday, reported The Sydney Morning Herald.",
     "The Sydney Morning Herald", "The strike was called off late on Sunday"),
    ("Two factories in the north will close, reported the Morning Star.",
     "the Morning Star", "Two factories in the north will close"),
    ("The club sold its stadium to a bank, said the Evening Standard.",
     "the Evening Standard", "The club sold its stadium to a bank"),
])
def test_a_capitalized_time_word_inside_a_name_after_the_cue_belongs_to_it(
        text: str, source: str, content: str) -> None:
    assert _found(text)[0] == (source, text.split(",")[-1].split()[0], content)


@pytest.mark.parametrize(("text", "source"), [
    ("The vote was delayed, said Smith Monday.", "Smith"),
    ("The bridge will reopen soon, said the mayor Monday Night.", "the mayor"),
    ("The rally went ahead, said Jane Roe Friday.", "Jane Roe"),
])
def test_a_time_word_after_an_inverted_source_still_ends_it(text: str, source: str) -> None:
    assert _found(text)[0][0] == source


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source_text, a.source_canonical) for a in parse(text, "en").attributions]


@pytest.mark.parametrize(("text", "mention", "canonical"), [
    ('Cybersecurity firm Norlock said the attack was still under way. "We are watching it," the company said.',
     "the company", "Norlock"),
    ("Pharmaceutical company Velmar said the drug was safe. The firm said trials would go on.",
     "The firm", "Velmar"),
    ("Investment group Talbot said it would bid for the port. The company said the offer was final.",
     "The company", "Talbot"),
    ('Security outfit Brask said the breach was contained. "No data left the building," the company said.',
     "the company", "Brask"),
    ("Software firm Brightwell said sales rose. The outfit said it would hire 200 people.",
     "The outfit", "Brightwell"),
    ("Startup Wendra said the chip was ready. The company said shipments would begin in May.",
     "The company", "Startup Wendra"),
])
def test_a_company_head_refers_back_to_a_body_described_by_another(text: str, mention: str, canonical: str) -> None:
    assert _sources(text)[-1] == (mention, canonical)


def test_a_company_head_does_not_take_a_union_as_its_body() -> None:
    text = 'The pilots union Avra said the strike would go on. "We will not fly," the company said.'
    assert _sources(text)[-1][1] not in ("The pilots union Avra", "Avra")


@pytest.mark.parametrize(("text", "mention"), [
    ("Others, like Rep. Dana Holt, said the bill would hurt small farms.", "Others"),
    ("Others, including Sen. Paul Greer, said the tariff came too late.", "Others"),
    ("Others, such as Gov. Tim Ward, argued the tax was fair.", "Others"),
    ("Many others said the new rules would cost jobs.", "Many others"),
    ("Some, like the mayor of Eastfield, said the plan was rushed.", "Some"),
    ('"It is a mess," said others.', "others"),
])
def test_others_or_some_as_the_subject_are_unnamed_speakers(text: str, mention: str) -> None:
    first = parse(text, "en").attributions[0]
    assert (first.source_text, first.source_type, first.anonymous) == (mention, "anonymous", True)



@pytest.mark.parametrize("text", [
    "Other officials said the bill would hurt small farms.",
    "Some Republicans said the bill would hurt small farms.",
    "Rep. Dana Holt said the bill would hurt small farms.",
])
def test_others_and_some_change_no_other_mention(text: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.anonymous == (not text.startswith("Rep."))


@pytest.mark.parametrize(("text", "canonical"), [
    ('"It was chaos," said Ana Ruiz. Her husband, a nurse, agreed. "We had no beds," he said.', "Her husband"),
    ('Tom Hale lost his job in May. His daughter nodded. "We had nothing to eat," she said.', "His daughter"),
    ('Lena Cho runs the farm. Her brother, who lives in town, shook his head. "It is too late," he said.',
     "Her brother"),
    ('"The water came at night," said Omar Said. His wife, a teacher, agreed. "We lost everything," she said.',
     "His wife"),
    ('Pia Lund has run the bakery since 1990. Her son, a chef in Oslo, laughed. "She never rests," he said.',
     "Her son"),
])
def test_a_pronoun_after_an_unnamed_relative_described_before_is_that_relative(text: str, canonical: str) -> None:
    assert _sources(text)[-1][1] == canonical


@pytest.mark.parametrize("text", [
    '"It was chaos," said Ana Ruiz. Her husband, a nurse, agreed. "We had no beds," she said.',
    'Tom Hale lost his job in May. His daughter nodded. "We had nothing to eat," he said.',
])
def test_a_pronoun_of_the_other_gender_is_not_the_relative(text: str) -> None:
    assert _sources(text)[-1][1] not in ("Her husband", "His daughter")


@pytest.mark.parametrize(("text", "canonical"), [
    ('Union representatives Sam Cole and Rita Vance said they had not been warned. "Nobody told us," Vance said.',
     "Rita Vance"),
    ('Union leaders Sam Cole and Rita Vance said the mill would close. "It is over," Cole said.', "Sam Cole"),
    ('Lawyers Dan Ortiz and Maria Lopez said the ruling was wrong. "We will appeal," Lopez said.', "Maria Lopez"),
    ("Farmers Ed Pike and Jo Hart said the rain came late. Hart said the crop was lost.", "Jo Hart"),
    ('Nurses union officials Kim Bay and Ali Noor said pay talks had failed. "We will strike," Noor said.',
     "Ali Noor"),
])
def test_a_surname_after_two_people_named_together_is_the_one_it_ends(text: str, canonical: str) -> None:
    assert _sources(text)[-1][1] == canonical


@pytest.mark.parametrize(("text", "source"), [
    ("Consulting firm Ardent said costs had doubled.", "Consulting firm Ardent"),
    ("Mining company Kestrel said output fell in March.", "Mining company Kestrel"),
    ("Shipping group Vell said freight rates rose again.", "Shipping group Vell"),
    ("Leading firm Ardent Capital Partners said fees were too high.", "Leading firm Ardent Capital Partners"),
    ("Standing outside the court the lawyer said he would appeal.", "the lawyer"),
])
def test_an_ing_word_before_a_body_noun_and_a_name_is_part_of_the_subject(text: str, source: str) -> None:
    first = parse(text, "en").attributions[0]
    assert first.source_text == source
    assert first.source_type == ("person" if source == "the lawyer" else "organization")


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Steel firms, including Northgate and Kestrel, said output fell.", "Steel firms", "output fell"),
    ("Mining firms, such as Vell and Oda, said prices rose.", "Mining firms", "prices rose"),
    ("Local banks, among them Orion and Tace, said demand grew.", "Local banks", "demand grew"),
    ("Two carriers, including Avra and Brisk, said fares went up.", "Two carriers", "fares went up"),
    ("Prices rose, said Ana Ruiz.", "Ana Ruiz", "Prices rose"),
])
def test_named_members_between_commas_keep_the_subject_before_them(text: str, source: str, content: str) -> None:
    assert _found(text)[0][0::2] == (source, content)


@pytest.mark.parametrize("man", ["Sen. Jon Tester", "Rep. Jon Ossoff", "Mayor Jon Reyes"])
def test_she_passes_over_a_man_named_jon_for_the_woman_who_spoke_before(man: str) -> None:
    text = (f"Senator Maria Cantwell said the bill would help fishermen. {man} said the committee would vote "
            'next week. "We cannot wait any longer," she said.')
    records = parse(text, "en").attributions
    assert (records[-1].source_text, records[-1].source_canonical) == ("she", "Maria Cantwell")
