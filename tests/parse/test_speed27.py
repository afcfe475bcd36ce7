"""speed27: a time phrase's clause, a judged claim's noun and a dateline's end worked out once per sentence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from attribution.parse import frames
from attribution.parse.frames import Sentence
from tests.parse.conftest import claims, only_interpreted

# 'said late Monday the levee would hold': a time phrase, then the reported clause.
_TIMED = [
    "The port authority said late Friday the cranes would stay idle until the storm passed.",
    "Governor Abeni Lott said on Thursday her office had found no trace of the missing files.",
    "The airline said Tuesday two of its pilots were grounded after the landing.",
    "Inspectors told the committee in June the dam was sound, and engineers agreed.",
    "A spokeswoman for the zoo said early Sunday the tiger had been sedated.",
    "The league said last week the final would move to Lisbon.",
]

# '…, a claim the firm denies': the subject of a cue after a claim noun.
_JUDGED = [
    "The mill dumped waste into the river for years, a charge the owners deny.",
    "Tuition will double by 2030, a forecast the university calls alarmist.",
    "The mayor hid the audit from voters -- an accusation her aides rejected.",
    "Prices at the pump were fixed by three chains, claims the regulator dismissed on Monday.",
    "The referee was paid to favour the home side, an allegation the federation called absurd.",
]

# 'SEOUL (Reuters) -', 'LAGOS, May 4 -': wire copy's dateline, then the sentence.
_DATELINES = [
    "NAIROBI (Reuters) - Kenya's central bank said on Tuesday it would hold rates, a move traders had expected.",
    "LAGOS, May 4 - The electricity regulator said tariffs would rise, officials said, and unions vowed to strike.",
    "QUITO (AP) — Ecuador's president said the curfew would end, according to a statement, and the army agreed.",
    "OTTAWA: The finance minister said the deficit had narrowed, a claim the opposition disputes.",
    "Montevideo (AFP) - Uruguay said it had signed the accord, the foreign ministry said on Friday.",
]


def _fresh(s: Sentence) -> Sentence:
    """The same sentence with nothing remembered on it."""
    return Sentence(s.text, s.tokens, s.a, s.b, s.quotes, s.quote_starts, s.lex, s.cue_tokens, s.according_starts,
                    s.protected, s.participles, s.name_heads, s.datives)


def _worked_once(text: str, inner: str, remembered: Callable[[tuple[int, ...], Sentence], bool],
                 monkeypatch: pytest.MonkeyPatch) -> list[Sentence]:
    """Parse `text` counting the calls of the memo's worker `inner` by sentence and arguments: each question it
    remembers is worked out once. The sentences it was asked about (kept alive: their ids stay theirs)."""
    worked: Counter[tuple[int, tuple[int, ...]]] = Counter()
    sentences: list[Sentence] = []
    work = getattr(frames, inner)

    def counting(s: Sentence, *args: int) -> object:
        sentences.append(s)
        if remembered(args, s):
            worked[id(s), args] += 1
        return work(s, *args)

    monkeypatch.setattr(frames, inner, counting)
    assert claims(text, "en")
    assert worked and max(worked.values()) == 1, [k for k, n in worked.items() if n > 1]
    return list({id(s): s for s in sentences}.values())


@only_interpreted
@pytest.mark.parametrize("text", _TIMED)
def test_clause_after_time_phrase_is_worked_out_once_per_token_and_sentence_and_as_before(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _worked_once(text, "_clause_after_time_phrase", lambda args, s: True, monkeypatch)
    assert any(s.timed for s in sentences)
    for s in sentences:
        for i, found in s.timed.items():
            assert found == frames.clause_after_time_phrase(_fresh(s), i)


@only_interpreted
@pytest.mark.parametrize("text", _TIMED + _JUDGED)
def test_judged_claim_is_worked_out_once_per_subject_and_sentence_and_as_before(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _worked_once(text, "_judged_claim", lambda args, s: True, monkeypatch)
    assert any(s.judged for s in sentences)
    for s in sentences:
        for subject, found in s.judged.items():
            assert found == frames.judged_claim(_fresh(s), subject)


@only_interpreted
@pytest.mark.parametrize("text", _DATELINES + _TIMED)
def test_dateline_end_is_worked_out_once_per_end_and_sentence_and_as_before(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _worked_once(text, "_dateline_end", lambda args, s: args[0] == s.a, monkeypatch)
    assert any(s.datelines for s in sentences)
    for s in sentences:
        for before, found in s.datelines.items():
            assert found == frames._after_dateline(_fresh(s), s.a, before)
            assert found == frames._dateline_end(s, s.a, before)


@only_interpreted
def test_dateline_end_from_another_token_is_not_taken_from_the_sentence_start() -> None:
    s = _sentences_of("LIMA, June 2 - Peru's mining chamber said output fell.")[0]
    start = frames._after_dateline(s, s.a, s.b)
    assert start > s.a and s.datelines == {s.b: start}
    assert frames._after_dateline(s, s.a + 1, s.b) == frames._dateline_end(s, s.a + 1, s.b)
    assert s.datelines == {s.b: start}


def _sentences_of(text: str) -> list[Sentence]:
    """The sentences the frames read in `text`, as the parser made them."""
    made: list[Sentence] = []
    work = frames._dateline_end

    def keeping(s: Sentence, i: int, before: int) -> int:
        made.append(s)
        return work(s, i, before)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(frames, "_dateline_end", keeping)
        claims(text, "en")
    return [_fresh(s) for s in {id(s): s for s in made}.values()]
