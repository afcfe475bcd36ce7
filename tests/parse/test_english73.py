"""English: poll-style subjects and coordinated report clauses — a subject of two nouns joined by 'both … and', a
second share of a poll after 'and' ending the first content, a party's adjective opening a sentence that is no
mention of the party for 'it', and a present 'describe X as' after any subject. Texts are written for these
tests."""

from __future__ import annotations

from attribution.parse import parse

from .conftest import offsets_hold


def _triples(text: str) -> list[tuple[str, str, str]]:
    result = parse(text, "en")
    assert offsets_hold(result)
    return [(a.source_text, a.content.text, a.source_canonical or "") for a in result.attributions]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, c, _ in _triples(text)]


def test_a_both_and_pair_after_of_is_one_subject() -> None:
    assert _pairs("Most of both Tories and independents said they feared the new levy.") == [
        ("Most of both Tories and independents", "they feared the new levy")]


def test_a_both_and_pair_opening_the_sentence_is_one_subject() -> None:
    assert _pairs("Both the harbour master and his deputy said the pier was unsafe.") == [
        ("Both the harbour master and his deputy", "the pier was unsafe")]


def test_a_second_share_after_and_ends_the_first_content() -> None:
    assert _pairs("Fifty-two percent said they trusted the council and 30 percent backed the mayor.") == [
        ("Fifty-two percent", "they trusted the council")]


def test_a_second_share_with_a_cue_is_its_own_report() -> None:
    assert _pairs("Sixty percent of tenants said rents had risen and 25 percent of owners said taxes were fair.") == [
        ("Sixty percent of tenants", "rents had risen"), ("25 percent of owners", "taxes were fair")]


def test_a_share_with_a_modal_after_and_stays_in_the_content() -> None:
    assert _pairs("The mayor said 70 percent would go to roads and 30 percent would go to parks.") == [
        ("The mayor", "70 percent would go to roads and 30 percent would go to parks")]


def test_it_after_a_party_adjective_opening_the_sentence_is_not_the_party() -> None:
    triples = _triples("The Labour Party said the vote was unfair. The county board said the count was over. Labour "
                       "complaints about the count went on for a week before it announced that the tally stood.")
    assert triples[-1][:2] == ("it", "that the tally stood")
    assert triples[-1][2] != triples[0][2]


def test_describe_as_after_a_relative_clause_subject_reports() -> None:
    assert _pairs("Those who have trained with him describe him as patient but strict.") == [
        ("Those who have trained with him", "him as patient but strict")]


def test_describe_as_after_a_plural_subject_reports() -> None:
    assert _pairs("Neighbours describe the new landlord as careless.") == [
        ("Neighbours", "the new landlord as careless")]


def test_describe_then_as_well_as_reports_nothing() -> None:
    assert _pairs("Photos describe the flood as well as any report.") == []
