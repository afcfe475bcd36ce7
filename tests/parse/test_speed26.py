"""speed26: a noun read once, not twice, on the same sentence; a cue's left subject remembered on its sentence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

import attribution.parse as parse_module
from attribution.parse import frames
from attribution.parse.cues import CueHit
from attribution.parse.frames import Range, Sentence
from tests.parse.conftest import claims, only_interpreted

# One 'verb_that' form read as a noun ('state', 'means', …) beside the sentence's real cue.
_ONE_NOUN = [
    ("The governor said state law forbids the sale.", "state law forbids the sale"),
    ("Farmers will respond to the new tariffs, the union chief said.", "Farmers will respond to the new tariffs"),
    ("The minister said she decided to resign after the vote.", "she decided to resign after the vote"),
    ("Coach Ellis said he will see the doctor on Monday.", "he will see the doctor on Monday"),
    ("Dr. Amal Nasser said the clinic states its prices on the door.", "the clinic states its prices on the door"),
    ("The mayor said the budget means higher bills for families.", "the budget means higher bills for families"),
]


def _sentence_key(s: Sentence, hit: CueHit) -> tuple[object, ...]:
    """What a frame reads: the sentence's tokens and cue sets (equal keys, equal readings), and the cue."""
    return (s.text, s.a, s.b, s.cue_tokens, s.according_starts, s.participles, hit)


@pytest.mark.parametrize(("text", "content"), _ONE_NOUN)
def test_noun_dropped_from_a_sentence_is_not_read_again_on_the_same_sentence(
        text: str, content: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: Counter[tuple[object, ...]] = Counter()

    def counting(frame: Callable[[Sentence, CueHit], Any]) -> Callable[[Sentence, CueHit], Any]:
        def read(s: Sentence, hit: CueHit) -> Any:
            reads[_sentence_key(s, hit)] += 1
            return frame(s, hit)
        return read

    for name, frame in list(parse_module.FRAMES.items()):
        monkeypatch.setitem(parse_module.FRAMES, name, counting(frame))
    found = claims(text, "en")
    assert [c.content for c in found] == [content]
    assert reads and max(reads.values()) == 1, [k[-1] for k, n in reads.items() if n > 1]


_SUBJECTS = [
    "The coach took to the radio to insist that the team was ready.",
    "Two nurses who spoke on condition of anonymity because they feared reprisals said the ward was full.",
    "The firm, which makes pumps, said sales fell and warned that jobs would go.",
    "Mayor Inés Calloway told the council that the pool would reopen, and she promised new lifeguards.",
    "The Harbour Board's chairman, Peter Oduya, said the port was busy but denied that fees would rise.",
    "Sen. Rhoda Vance (D-Ore.) said the bill was dead, and aides confirmed it.",
    "Police said the driver fled, adding that a witness saw the car.",
]


@only_interpreted
@pytest.mark.parametrize("text", _SUBJECTS)
def test_left_subject_is_worked_out_once_per_cue_and_sentence_and_as_before(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    worked: Counter[tuple[int, int]] = Counter()
    sentences: list[Sentence] = []  # (kept alive: their ids stay theirs)
    work = frames._left_subject

    def counting(s: Sentence, cue_first: int) -> Range | None:
        sentences.append(s)
        worked[id(s), cue_first] += 1
        return work(s, cue_first)

    monkeypatch.setattr(frames, "_left_subject", counting)
    assert claims(text, "en")
    assert worked and max(worked.values()) == 1
    for s in {id(s): s for s in sentences}.values():
        for cue_first, remembered in s.subjects.items():
            assert remembered == work(Sentence(s.text, s.tokens, s.a, s.b, s.quotes, s.quote_starts, s.lex,
                                               s.cue_tokens, s.according_starts, s.protected, s.participles,
                                               s.name_heads), cue_first)
