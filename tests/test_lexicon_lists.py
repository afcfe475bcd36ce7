"""Every word list is an attribute of the lexicon (`lex.titles`), and so is every union the rules read as one set:
the very sets `lex.words` and `lex.union` give."""

from __future__ import annotations

import pytest

from attribution.lexicons import WORD_LISTS, languages, lexicon_for
from attribution.lexicons.lists import UNIONS, WordLists
from tests.parse.conftest import only_interpreted


@only_interpreted
def test_every_word_list_and_union_is_declared_on_the_lexicon() -> None:
    declared = list(WordLists.__annotations__)
    assert declared[:len(WORD_LISTS)] == list(WORD_LISTS)
    assert declared[len(WORD_LISTS):] == ["_or_".join(names) for names in UNIONS]


def test_unions_are_of_listed_names_sorted_and_distinct() -> None:
    for names in UNIONS:
        assert len(names) > 1 and list(names) == sorted(set(names)) and set(names) <= set(WORD_LISTS)


@pytest.mark.parametrize("lang", languages())
def test_a_list_attribute_is_the_set_the_lexicon_holds_under_its_name(lang: str) -> None:
    lex = lexicon_for(lang)
    for name in WORD_LISTS:
        assert getattr(lex, name) is lex.words[name]
        assert lex.has(name, next(iter(lex.words[name]), "")) == bool(lex.words[name])


@pytest.mark.parametrize("lang", languages())
def test_a_union_attribute_holds_the_keys_of_all_its_lists(lang: str) -> None:
    lex = lexicon_for(lang)
    for names in UNIONS:
        assert getattr(lex, "_or_".join(names)) == lex.union(*reversed(names)) \
            == frozenset().union(*(lex.words[name] for name in names))
