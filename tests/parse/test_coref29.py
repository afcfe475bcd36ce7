"""English speakers carried over by pronouns and coordinated verbs (coref29): a 'they' goes to the nearest group of
people or body, never to one person named; 'X did A and said B' keeps X's whole noun phrase as the source (never a
determiner alone); two people joined by 'and' are both of them, not the one named last; a title word after an
honorific or a first name is a surname ('Mr. King'). Texts are written for these tests; none is copied from a
corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse
from tests.parse.conftest import claims, offsets_hold


def _by_content(text: str) -> dict[str, tuple[str, str]]:
    """content -> (source as written, canonical source) of every claim in an English text."""
    result = parse(text, "en")
    assert offsets_hold(result)
    return {a.content.text: (a.source_text, a.source_canonical) for a in result.attributions}


@pytest.mark.parametrize(("text", "source"), [
    pytest.param("The hospital thanked the staff and said the new wing would open next month.", "The hospital",
                 id="the-hospital"),
    pytest.param("A clinic thanked the volunteers and said it would stay open on Sundays.", "A clinic",
                 id="a-clinic"),
    pytest.param("The museum thanked the donors and announced that the gallery would reopen.", "The museum",
                 id="the-museum-announced"),
    pytest.param("The city's library thanked the readers and said overdue fines would be waived.", "The city's library",
                 id="a-genitive-before-the-head"),
    pytest.param("A school thanked the parents and said classes would resume on Monday.", "A school",
                 id="an-article-before-the-head"),
])
def test_subject_of_a_coordinated_verb_is_the_whole_noun_phrase_not_its_determiner(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")][-1] == source


@pytest.mark.parametrize(("text", "source"), [
    pytest.param("Her lawyer thanked the judge and said the appeal would be dropped.", "Her lawyer",
                 id="a-possessive-before-the-head"),
    pytest.param("The charity thanked the rescuers, and said more boats were needed.", "The charity",
                 id="a-comma-before-and"),
    pytest.param("Two doctors examined him and determined that he had a broken rib.", "Two doctors",
                 id="a-verb-after-a-count"),
    pytest.param("Many parents work two jobs and say they cannot afford childcare.", "Many parents",
                 id="a-present-verb-after-a-quantifier"),
    pytest.param("The nurses work long shifts and say the ward is understaffed.", "The nurses",
                 id="a-present-verb-after-the-head"),
])
def test_coordinated_verb_subjects_read_right_before_stay_as_they_were(text: str, source: str) -> None:
    assert [c.source for c in claims(text, "en")][-1] == source
