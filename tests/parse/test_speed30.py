"""speed30: the same reading with less interpreted work — a sentence's token keys as a list (`Sentence.keys`, the
article's `Columns.keys`), and the interpreted tokenizer loop, which makes each token without an `__init__` frame.
Each is checked against what it stands in for."""

from __future__ import annotations

from hypothesis import given, strategies as st

from attribution.lexicons import lexicon_for
from attribution.parse.frames import Sentence
from attribution.tokens import COLUMN_LOOPS, tokenize_columns
from tests.parse.conftest import only_interpreted

_EN = lexicon_for("en")

_TEXTS = [
    "The harbour board said on Monday that the U.S. ferry, the 'Gull', would sail at 6 a.m. — not at noon.",
    "وقال المتحدث باسم البلدية إن الجسر سيفتح «قريبا جدا»، مضيفا أن الأعمال تأخرت.",
    "  Two  spaces,then   three...and a dotted م.ع name; J. R. Okafor's reply: \"No.\"  ",
    "",
    "x",
]


@only_interpreted
def test_the_interpreted_tokenizer_loop_makes_the_compiled_loops_tokens() -> None:
    compiled_loop, interpreted_loop = COLUMN_LOOPS
    for text in _TEXTS:
        for start, end in [(0, None), (3, None), (0, 20), (5, len(text))]:
            expected = compiled_loop(text, start, end)
            got = interpreted_loop(text, start, end)
            assert got.tokens == expected.tokens
            assert (got.starts, got.texts, got.keys) == (expected.starts, expected.texts, expected.keys)
            assert all(type(t) is type(expected.tokens[0]) for t in got.tokens)


@only_interpreted
@given(st.lists(st.sampled_from(["a", "U.S.", "قال", "و", ".", ",", "«", "»", "J.", "don't", " ", "  ", "\n"]),
                max_size=20), st.integers(0, 6))
def test_either_tokenizer_loop_reads_any_text_and_window_alike(parts: list[str], start: int) -> None:
    text = " ".join(parts)
    compiled_loop, interpreted_loop = COLUMN_LOOPS
    for window in [(0, None), (min(start, len(text)), None)]:
        expected, got = compiled_loop(text, *window), interpreted_loop(text, *window)
        assert got.tokens == expected.tokens and got.keys == expected.keys


def test_a_sentence_reads_its_keys_from_the_list_it_is_given_or_from_its_tokens() -> None:
    text = "The mayor insisted that the Dam Road bridge stays shut."
    columns = tokenize_columns(text)
    given_keys = Sentence(text, columns.tokens, 0, len(columns.tokens), [], [], _EN, frozenset(), keys=columns.keys)
    assert given_keys.keys is columns.keys
    read = Sentence(text, columns.tokens, 2, 5, [], [], _EN, frozenset())
    assert read.keys == [t.key for t in columns.tokens]
    assert [read.keys[i] for i in range(len(columns.tokens))] == [read.key(i) for i in range(len(columns.tokens))]

