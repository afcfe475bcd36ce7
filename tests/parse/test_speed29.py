"""speed29: cheap first looks before the full ones — a sentence's first word before its head is split for a
reader's prompt (`is_promo`), a '(' in the text before a token before its sentence is walked (`_inside_parenthesis`).
Each is checked against the full reading it stands in front of."""

from __future__ import annotations

from hypothesis import given, strategies as st

from attribution.lexicons import lexicon_for
from attribution.parse.frames import Sentence, _inside_parenthesis
from attribution.parse.segment import _PROMO_LEAD, _PROMO_REACH, _PROMO_TRIM, _starts_with, is_promo
from attribution.tokens import fold_token, tokenize

_EN = lexicon_for("en")


def _promo_read_whole(text: str, sentence: tuple[int, int]) -> bool:
    """`is_promo` as it read before: the whole head split first, then its first word looked at."""
    s, e = sentence
    raw = text[s:min(e, s + 160)].split()
    if not raw or raw[0][0] in "\"“”‘'«":
        return False
    if fold_token(raw[0].strip(_PROMO_TRIM)) == "for":
        lead = next((k for k in range(1, min(len(raw), _PROMO_LEAD)) if raw[k].endswith(",")), None)
        raw = raw[lead + 1:] if lead is not None else raw
    if not raw:
        return False
    first = fold_token(raw[0].strip(_PROMO_TRIM))
    if first not in _EN.promo_prompts and not _EN.phrases_starting("promo_prompts", first):
        return False
    words = [fold_token(w.strip(_PROMO_TRIM)) for w in raw[:_PROMO_REACH + 2]]
    if any(_starts_with(words, p) for p in _EN.phrases_starting("promo_prompts", first)):
        return True
    return first in _EN.promo_prompts and any(
        raw[k].startswith("@") or (words[k] == "on" and k + 1 < len(words)
                                   and (words[k + 1] in _EN.social_networks or raw[k + 1].startswith("@")))
        for k in range(1, len(words)))


_PROMOS = [
    "Follow Tomas Reyes on Instagram, where he posts what the harbour board decides.",
    "For the latest, follow @harbourdesk, where the editors say the ferries run late.",
    "For weekly updates, sign up for our newsletter, where we explain the budget.",
    "Subscribe to our podcast, where the hosts argue the tram will never open.",
    "For more, follow the climate team on Threads.",
]
_NOT_PROMOS = [
    "Follow the paper trail, the inspector told the jury.",
    "For years, the council said the bridge was safe.",
    "“Follow us on Instagram,” the festival urged its fans.",
    "Formerly a dock worker, Reyes said the cranes were old.",
    "For, as the mayor put it, the vote was close.",
    "   ",
]


def test_a_sentence_opening_with_a_prompt_is_still_page_furniture_and_others_are_not() -> None:
    for line in _PROMOS:
        assert is_promo(line, (0, len(line)), _EN), line
    for line in _NOT_PROMOS:
        assert not is_promo(line, (0, len(line)), _EN), line


_WORDS = ["Follow", "follow", "For", "for", "more,", "updates,", "Sign", "up", "on", "Twitter", "X", "@desk", "the",
          "\"Follow", "“Sign", "Subscribe", "to", "our", "newsletter,", "Get", "email", "she", "said", ",", "money"]


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n"]))
def test_the_first_word_alone_answers_as_the_whole_head_would(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert is_promo(text, (0, len(text)), _EN) == _promo_read_whole(text, (0, len(text)))


def _inside_by_walk(s: Sentence, start: int) -> bool:
    depth = 0
    for k in range(s.a, start):
        text = s.tokens[k].text
        if text in "()" and len(text) == 1 and not s.inside_quote(k):
            depth = depth + 1 if text == "(" else max(0, depth - 1)
    return depth > 0


def test_a_token_after_an_open_parenthesis_is_still_inside_it() -> None:
    text = "The warden (who said in May that the gates were shut) resigned (quietly on Friday"
    tokens = tokenize(text)
    s = Sentence(text, tokens, 0, len(tokens), [], [], _EN, frozenset())
    inside = [t.text for k, t in enumerate(tokens) if _inside_parenthesis(s, k)]
    assert inside[:3] == ["who", "said", "in"] and "resigned" not in inside and inside[-1] == "Friday"


@given(st.lists(st.sampled_from(["a", "b", "(", ")", "\"", "“", "”", "(a", "b)"]), max_size=16), st.data())
def test_the_text_before_a_token_with_no_open_parenthesis_walks_no_token(words: list[str],
                                                                        data: st.DataObject) -> None:
    text = " ".join(words)
    tokens = tokenize(text)
    quotes = sorted({(m, m + 3) for m in range(0, len(text), 5) if text[m:m + 1] in "\"“"})
    a = data.draw(st.integers(0, len(tokens)))
    b = data.draw(st.integers(a, len(tokens)))
    s = Sentence(text, tokens, a, b, quotes, [q[0] for q in quotes], _EN, frozenset())
    for k in range(a, b + 1 if b < len(tokens) else b):
        assert _inside_parenthesis(s, k) == _inside_by_walk(s, k)
