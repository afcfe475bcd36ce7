"""English in unseen wire, court, health and interview pieces: 'it' never a person by default, 'they' after a
fronted report, a trade word before a company's noun, outlets named after their noun at a sentence's end.
Texts are written for these tests."""

from __future__ import annotations

import pytest

from attribution.model import Attribution
from attribution.parse import parse


def _records(text: str) -> list[Attribution]:
    return list(parse("News.\n\n" + text, "en").attributions)


def _by_source(records: list[Attribution], source: str) -> Attribution:
    return next(a for a in records if a.source_text == source)


def test_it_with_only_a_named_official_before_is_not_that_official() -> None:
    records = _records("The mayor, Odile Brant, defended the levy on Monday. \"It was always going to be close,\" "
                       "Brant said. Because it charges owners of empty homes, it says the levy will raise $4 million.")
    it = [a for a in records if a.source_text == "it"]
    assert it and all(a.source_canonical != "Odile Brant" and a.source_type not in ("person", "official")
                      for a in it)


def test_it_after_a_named_person_of_full_name_is_not_that_person() -> None:
    records = _records("Tomas Wren, who runs the shelter, said the roof had leaked for years. "
                       "Because it houses 40 people, it says the repairs cannot wait.")
    it = [a for a in records if a.source_text == "it"]
    assert it and all(a.source_canonical != "Tomas Wren" for a in it)


def test_it_still_refers_to_a_company_quoted_before() -> None:
    records = _records("Brisca Foods said sales fell in March. It said prices would rise in the summer.")
    assert _by_source(records, "It").source_canonical == "Brisca Foods"


def test_they_after_a_fronted_report_is_the_group_cited_not_the_group_reported_on() -> None:
    records = _records("Cyclists should wear lights after dusk, the road safety researchers advised on Tuesday. "
                       "They also called on councils to repaint the crossings.")
    assert _by_source(records, "They").source_canonical == "the road safety researchers"


def test_they_after_a_plural_subject_with_no_one_cited_still_refers_to_it() -> None:
    records = _records("Inspectors visited the plant twice in May. They said the valves had been replaced.")
    assert _by_source(records, "They").source_canonical == "Inspectors"


@pytest.mark.parametrize(("mention", "name"), [
    ("Danish shipping group Kolvik", "Kolvik"),
    ("Canadian mining company Terrane", "Terrane"),
    ("British banking group Harwell", "Harwell"),
])
def test_a_trade_word_before_a_company_noun_does_not_make_the_company_a_person(mention: str, name: str) -> None:
    records = _records(f"{mention} said it was moving some of its work to Antwerp.")
    assert [(a.source_canonical, a.source_type) for a in records] == [(name, "organization")]


@pytest.mark.parametrize(("told", "outlet"), [
    ("told broadcaster NRV.", "NRV"),
    ("told public broadcaster RTV on Monday.", "RTV"),
    ("told the newspaper Le Matin.", "Le Matin"),
    ("told Spanish radio station Onda Sur.", "Onda Sur"),
    ("told Japan's public broadcaster JBN.", "JBN"),
])
def test_an_outlet_named_after_its_noun_at_the_end_of_the_sentence_is_a_conduit(told: str, outlet: str) -> None:
    records = _records(f"\"We will not sign this offer,\" the union's negotiator {told}")
    assert [(a.source_text, a.conduits) for a in records] == [("the union's negotiator", (outlet,))]


def test_an_outlet_named_after_a_nationality_and_its_noun_before_a_clause_is_a_conduit() -> None:
    records = _records("The envoy told German newspaper Die Zeitung the talks had stalled.")
    assert [(a.content.text, a.conduits) for a in records] == [("the talks had stalled", ("Die Zeitung",))]


def test_an_ing_trade_word_before_a_department_does_not_make_it_a_person() -> None:
    records = _records("The state's licensing department said it would review every permit issued last year.")
    assert [(a.source_text, a.source_type) for a in records][:1] == [("The state's licensing department", "government")]


def test_the_company_after_documents_cited_is_the_company_named_before_them() -> None:
    records = _records("Pellwood Foods Inc on Tuesday reported higher quarterly sales.\n\n"
                       "Analysts had expected less, according to market data.\n\n"
                       "The company said it would open two bakeries, according to a filing.")
    assert _by_source(records, "The company").source_canonical == "Pellwood Foods Inc"


@pytest.mark.parametrize("text", [
    "\"The plant stays open,\" Ilse Marr said in an interview with CNBC.",
    "\"The plant stays open,\" Ilse Marr said in a telephone interview with CNBC on Friday.",
    "\"The plant stays open,\" said Ilse Marr in an interview with CNBC.",
    "Ilse Marr said in an interview with CNBC: \"The plant stays open.\"",
])
def test_the_outlet_of_an_interview_after_a_quotation_is_a_conduit(text: str) -> None:
    records = _records(text)
    assert [(a.source_text, a.conduits) for a in records] == [("Ilse Marr", ("CNBC",))]


def test_a_place_after_said_is_no_conduit() -> None:
    records = _records("\"The plant stays open,\" Ilse Marr said in a speech in Geneva.")
    assert [(a.source_text, a.conduits) for a in records] == [("Ilse Marr", ())]


@pytest.mark.parametrize("text", [
    "\"The ferry is late again,\" said Lio Brandt, \"and nobody has told us why.\"",
    "\"The ferry is late again,\" said Lio Brandt, a commuter, \"and nobody has told us why.\"",
])
def test_a_quotation_resumed_after_an_inverted_speaker_is_his_too(text: str) -> None:
    records = _records(text)
    assert [(a.content.text, a.source_canonical) for a in records] == [
        ("\"The ferry is late again,\"", "Lio Brandt"), ("\"and nobody has told us why.\"", "Lio Brandt")]


def test_the_company_after_its_chief_and_analysts_were_quoted_is_the_company_quoted_before_them() -> None:
    records = _records("Corvell Motors Inc said on Thursday that profit doubled. It said sales rose 20%.\n\n"
                       "\"We sold every truck we built,\" Chief Executive Ida Vahl told analysts.\n\n"
                       "\"The margins surprised us,\" said Leon Marsh, an analyst at Brixton Capital. "
                       "Nora Pyle of Kettle Research said demand looked strong.\n\n"
                       "\"We will build a second plant,\" Vahl said.\n\n"
                       "The company also said it would buy back $1 billion of shares.")
    assert _by_source(records, "The company").source_canonical == "Corvell Motors Inc"
