"""Attributions marked by layout rather than by a verb: a quotation followed by a dash and a name
('"…" ― Sonya Herridge'), transcript lines opening with a speaker label ('PENCE: Well, look …'), and bulleted
items after a paragraph that introduces a document with a colon ('a memo …, which include:')."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from attribution.parse.frames import Draft, Range
from attribution.parse.quotes import QuoteSpan

_DASH_NAME: Final = re.compile(r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*((?:[A-Z\u00c0-\u024f][\w.'’\-]*[ \u00a0]?){1,5})")
_LABEL: Final = re.compile(r"[\"“”«]?[ \t]*([A-Z][A-Z.'\- ]{1,30}[A-Z.]):[ \t]+")
_WORD: Final = r"(?:[A-Z][\w.'’\-]*|of|the|for|to|and|de|al|bin)"
_ANSWER: Final = re.compile(r"(?:A:|ج[ \t]*[:/])[ \t]+")  # an interview's 'Q: … A: …': the answer paragraphs
_QUESTION_LABEL: Final = re.compile(r"Q:[ \t]+")  # an English interview's or explainer's question
_ASKED_PERSON: Final = re.compile(r"\b(?:you|your|yours|yourself|we|us|our|I|me|my)\b", re.IGNORECASE)  # ('Are we …?')
_NAME_LABEL: Final = re.compile(rf"([A-Z][\w.'’\-]*(?:[ \t]+{_WORD}){{0,14}}[ \t]+[A-Z][\w'’\-]*):[ \t]+(?=[\"“«])")
_AR_LABEL: Final = re.compile(r"([\u0621-\u064a]{2,}(?:[ \t]+[\u0621-\u064a]{2,}){0,2})[ \t]*:[ \t]+")  # 'العمري: …'
_QUESTION: Final = re.compile(r"[؟?][\"”»\s]*$")
_HEADLINE_WORD: Final = re.compile(r"[^\s]+")
_HEADLINE_SUBJECT: Final = 6  # the most words of a headline's subject before its verb ('Former White House Doctor')
_TOPIC_HEADLINE_LABEL: Final = re.compile(
    r"([A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})[ \t]+on[ \t]+[A-Z][^:\n]{0,60}:[ \t]+(?=\S)")
_QUOTED_HEADLINE_LABEL: Final = re.compile(r"([A-Z][^:\n]{0,80}?):[ \t]+(?=[\"“‘'])")
_HEADLINE_LABEL: Final = re.compile(r"([A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2}):[ \t]+(?=\S)")


def dash_bylines(text: str, quotes: list[QuoteSpan], paras: Sequence[Range] = ()) -> list[Draft]:
    """A quotation signed with a dash and a name ('"…" ― Sonya Herridge'). A paragraph that opens with a quotation
    mark and ends with a closing mark, the dash and the name is one quotation even when the marks inside it do not
    pair ('“… what he calls “hell” than …” ― Ana Ruiz': the nested mark is the same as the outer one)."""
    whole = [q for q in (_signed_paragraph(text, s, e) for s, e in paras) if q is not None]
    ends = {q[1] for q in whole}
    out = []
    for q in sorted({*[q for q in quotes if q[1] not in ends], *whole}):
        m = _DASH_NAME.match(text, q[1])
        if m and len(text[q[0]:q[1]].split()) >= 3:
            name_end = m.end(1)
            while name_end > m.start(1) and not text[name_end - 1].isalnum():
                name_end -= 1
            out.append(Draft(q, None, (m.start(1), name_end), None, "byline", ""))
    return out


def _signed_paragraph(text: str, s: int, e: int) -> QuoteSpan | None:
    """The paragraph's text from its opening mark to the closing mark before a dash and a name ending it."""
    if text[s] not in _OPENING:
        return None
    for close in range(e - 1, s + 1, -1):
        if text[close] in _CLOSING:
            m = _DASH_NAME.match(text, close + 1, e)
            return (s, close + 1) if m and not text[m.end():e].strip(" .\u00a0") else None
    return None


def _explainer_question(text: str, para: Range) -> bool:
    """English 'Q: What has the government said?': a question paragraph that asks no one ('you', 'we') opens
    an explainer's answer, which the writer gives (reports inside it are read as any others) — when no question
    of the article asks anyone and the answer has no 'I' or 'we' of its own."""
    s, e = para
    return _QUESTION_LABEL.match(text, s, e) is not None and _ASKED_PERSON.search(text, s, e) is None


def headline_label(text: str, para: Range, heading: Callable[[str], bool] = lambda label: False,
                   section: Callable[[str], bool] = lambda label: False,
                   verb: Callable[[str], bool] = lambda word: False) -> list[Draft]:
    """An English headline opening with a name of up to three capitalised words and a colon ('Mayor Roe: Budget
    Will Pass', 'Poll: Senator Leads in the Suburbs', 'Roe on Taxes: …') gives what follows as that speaker's or
    that poll's words; not a section's `heading` ('The Latest: …', 'Analysis: …'). Before a quotation, the words
    before the colon may be a longer phrase naming the speaker ('A Lesson From Judge Roe: "Read the File"'), not a
    `section`. A speech `verb` after the label's subject is the cue, the subject the speaker ('Mayor Warns Council:
    "…"' is the mayor's)."""
    s, e = para
    m = _HEADLINE_LABEL.match(text, s, e) or _TOPIC_HEADLINE_LABEL.match(text, s, e)  # ('Roe on Tax: …')
    if m is not None and m.group(1).isupper():
        return []  # 'PUNE: …' is a dateline, 'PENCE: …' a transcript's turn (speaker_labels reads both)
    if m is None or heading(m.group(1)):
        m = _QUOTED_HEADLINE_LABEL.match(text, s, e)  # 'Senator Hits Out at Regulator: "Do Your Job"'
        if m is None or section(m.group(1)):
            return []
    end = _headline_end(text, m.end(), e)
    if end <= m.end():
        return []
    return [Draft((m.end(), end), *_label_cue(text, (m.start(1), m.end(1)), verb), None, "headline", "")]


def _label_cue(text: str, label: Range, verb: Callable[[str], bool]) -> tuple[Range | None, Range]:
    """A headline label's cue and speaker: a speech verb after its capitalised subject ('Mayor Warns Council: "…"')
    is the cue and the words before it the speaker; else the label is the speaker and there is no cue."""
    words = [(w.start(), w.end()) for w in _HEADLINE_WORD.finditer(text, *label)]
    for n, (a, b) in enumerate(words[1:_HEADLINE_SUBJECT + 1], start=1):
        if not text[a].isupper():
            break
        if verb(text[a:b]):
            return (a, b), (label[0], words[n - 1][1])
    return None, label


def headline_verb(text: str, para: Range, verb: Callable[[str], bool],
                  clause: Callable[[str], bool] = lambda word: False,
                  relative: Callable[[str], bool] = lambda word: False,
                  facing: Callable[[str], bool] = lambda word: False) -> list[Draft]:
    """An English headline in Title Case whose capitalised subject of up to six words is followed by a speech verb
    in the present (`verb`: 'Mayor Roe Says Budget Will Pass', 'New Poll Shows Senator Ahead') gives the rest of
    the line as that subject's words, the verb its cue; so does one closing on a comma, such a subject and the
    verb ('Budget Will Pass, Mayor Roe Says.'), for the words before the comma. Not when a word opening a
    subordinate `clause` comes before the verb ('Shares Fall As Bank Signals …'), nor a `relative` pronoun ('Q&A:
    The Engineer Who Wants to …': the verb is a description's), nor after a verb of `facing` whose object the
    cue form is ('Candidate Faces Questions Over Donations'). A kind of piece before a colon ('Interview: Mayor
    Says …', 'Exclusive: Plan Is Dead, Officials Say') is no part of the subject nor of the words. A plural
    subject closing the headline takes the plural verb ('…, Documents Show')."""
    s, e = para
    words = [(w.start(), w.end()) for w in _HEADLINE_WORD.finditer(text, s, e)]
    if len(words) > 2 and _closing_verb(text, words, verb):
        comma = next((n for n in range(len(words) - 2, max(0, len(words) - 2 - _HEADLINE_SUBJECT), -1)
                      if text[words[n][1] - 1] == ","), None)  # 'Budget Will Pass, Mayor Roe Says.'
        if comma is not None and 0 < comma < len(words) - 2 \
                and all(text[a].isupper() and not clause(text[a:b]) for a, b in words[comma + 1:-1]):
            # (a subject between the comma and the verb: 'Budget Will Pass, Says' names no one)
            last = words[-1]
            label = next((n for n in range(min(3, comma)) if text[words[n][1] - 1] == ":"), None)  # ('Exclusive:
            first = words[label + 1][0] if label is not None else s  # Plan Is Dead, Officials Say')
            return [Draft((first, words[comma][1] - 1), (last[0], _headline_end(text, last[0], last[1])),
                          (words[comma + 1][0], words[-2][1]), None, "headline", "")]
    for n, (a, b) in enumerate(words[1:_HEADLINE_SUBJECT + 1], start=1):
        if not text[a].isupper() or clause(text[a:b]) or relative(text[a:b]) or facing(text[a:b]):
            return []  # ('Stocks Fall As Bank Signals …': the verb is a subordinate clause's; 'Candidate Faces
            # Questions Over …': the cue form is the object of a verb of `facing`)
        if verb(text[a:b]) and n + 1 < len(words):
            end = _headline_end(text, words[n + 1][0], e)
            cut = next((k for k in range(n - 1, -1, -1) if text[words[k][1] - 1] in ",:"), None)  # ('Railing
            first = words[cut + 1][0] if cut is not None else s  # Against Tax, Mayor Roe Vows …', 'Interview: Mayor
            # Roe Says …')
            if first >= a:
                return []  # (a comma right before the verb: 'Railing Against Tax, Vows …' names no one)
            return [Draft((words[n + 1][0], end), (a, b), (first, words[n - 1][1]), None, "headline", "")]
    return []


def _closing_verb(text: str, words: Sequence[Range], verb: Callable[[str], bool]) -> bool:
    """A headline's last word is a speech verb in the present: singular ('…, Mayor Roe Says'), or plural after a
    plural subject ('…, Documents Show', '…, Officials Say': the verb with an 's' is one)."""
    last = text[words[-1][0]:_headline_end(text, words[-1][0], words[-1][1])]
    if verb(last):
        return True
    subject = text[words[-2][0]:words[-2][1]]
    return subject[:1].isupper() and subject.endswith("s") and not subject.endswith("ss") \
        and not last.endswith("s") and verb(last + "s")


def _headline_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t.":
        end -= 1
    return end


def speaker_labels(text: str, paras: list[Range], heading: Callable[[str], bool] = lambda label: False,
                   person: Callable[[str, int], bool] | None = None,
                   place: Callable[[str], bool] = lambda label: False,
                   role: Callable[[str], bool] = lambda label: False, interview: bool = False) -> list[Draft]:
    """A paragraph that opens with an upper-case name and a colon reports what that speaker said; so does one
    opening with a capitalised name or title and a colon right before a quotation (an e-mail exchange). Not one
    opening with a section's `heading` ('CLAIM:', 'VERDICT:' in a fact check). An interview's answer ('A: …')
    is an `answer`: its speaker is the one interviewed, and so is Arabic 'ج: …'. An Arabic paragraph opening with
    a name and a colon ('العمري: …') is that speaker's turn when `person` knows the name as someone's named
    before it; a question ('…؟') is the interviewer's, no one's record. An upper-case label that may be a `place`
    opening the story's first paragraph after its headline, with no other label in it, is a dateline. An Arabic
    label naming a `role` ('الوزيرة: …') that opens two turns or more is a transcript's speaker from its first
    turn (not a live blog's 'تحديث: …' nor 'فيديو: …'). An English answer to a question asking no one is the
    writer's (an explainer), unless the article is an `interview` (its introduction says so)."""
    out = []
    speaker: Range | None = None  # the label of a block-quoted transcript's latest turn ('"PENCE: …')
    turns = frozenset(filter(role, _repeated_ar_labels(text, paras))) if person is not None else frozenset()
    explainer = not interview and not any(
        text[s:s + 1] == "Q" and _QUESTION_LABEL.match(text, s, e) and _ASKED_PERSON.search(text, s, e)
        for s, e in paras)  # (the patterns tried only where their first letter is written)
    # (an interview asks someone somewhere: 'Do you agree?'; its other questions, 'What about rates?', too)
    for n, (s, e) in enumerate(paras):
        answer = _ANSWER.match(text, s, e) if text[s:s + 1] in "Aج" else None
        if answer is not None and n > 0 and explainer and _explainer_question(text, paras[n - 1]) \
                and _ASKED_PERSON.search(text, answer.end(), e) is None:
            continue  # 'Q: What has the government said? / A: The ministry says …': the writer answers
        if answer is not None and answer.end() < e:  # 'A: Not quite. I think …': the interviewee answers
            out.append(Draft((answer.end(), e), None, (s, s + 1), None, "answer", ""))
            continue
        colon = text.find(":", s, e) >= 0  # (every label ends with one: without it no label pattern is tried)
        m = (_LABEL.match(text, s, e) or _NAME_LABEL.match(text, s, e)) if colon else None  # 'PENCE: …',
        # 'Senator Ann Roe: "…"'
        if m is None and person is not None and colon:
            m = _AR_LABEL.match(text, s, e)  # (a name known before it, or a transcript's speaker, from the first turn)
            if m is not None and (_QUESTION.search(text, m.end(), e)
                                  or not (m.group(1) in turns or (n > 0 and person(m.group(1), s)))):
                m = None
        if m is None and speaker is not None and _turn_goes_on(text, paras, n):
            out.append(Draft((s + 1, e), None, speaker, None, "label", ""))
            continue
        speaker = (m.start(1), m.end(1)) if m and text[s] in _OPENING and m.start(1) > s else None
        if not m or m.end() >= e or heading(m.group(1)) \
                or (n == 0 and place(m.group(1)) and _lone_dateline(text, paras, m)):
            continue
        end = e
        while end > m.end() and text[end - 1] in "\"”» \t" and text[m.end()] not in "\"“«" \
                and not _closes_inner(text, m.end(), end):
            end -= 1  # (a quotation after the label keeps its closing mark, and so does one opened inside
            # the turn: 'TRUMP: Clinton "wants to end the program."')
        while end - 1 > m.end() and text[end - 1] in ". \t" and text[m.end()] in "\"“«" \
                and text[end - 2] in "\"”» \t.":
            end -= 1  # ('NAME: "…".': the full stop after the closing mark is not the quotation's)
        if end > m.end():
            out.append(Draft((m.end(), end), None, (m.start(1), m.end(1)), None, "label", ""))
    return out


def _repeated_ar_labels(text: str, paras: Sequence[Range]) -> frozenset[str]:
    """Arabic labels ('الوزير: …') opening two paragraphs or more: a transcript's speakers, who take turn after turn
    (a section's heading opens one)."""
    labels = [m.group(1) for s, e in paras if (m := _AR_LABEL.match(text, s, e)) is not None]
    return frozenset(label for label in labels if labels.count(label) > 1)


def _lone_dateline(text: str, paras: list[Range], m: re.Match[str]) -> bool:
    """English 'MUMBAI: Heavy rains lashed …' opening the first paragraph, after a headline or none: an upper-case label
    of at most three words, with prose after it and no other paragraph opening with a label, is the story's
    dateline, no speaker (a transcript gives its speakers turn after turn)."""
    if len(m.group(1).split()) > 3 or text[m.end()] in _OPENING:
        return False  # (also with no headline above it: 'KOCHI: …' may open the text)
    return not any(_LABEL.match(text, s, e) or _ANSWER.match(text, s, e) for s, e in paras[1:])


_OPENING: Final = "\"“"
_CLOSING: Final = "\"”"


def _closes_inner(text: str, start: int, end: int) -> bool:
    """The quotation mark at end - 1 closes a quotation opened between `start` and it."""
    mark, inside = text[end - 1], text[start:end - 1]
    if mark == "\"":
        return inside.count("\"") % 2 == 1
    opener = {"”": "“", "»": "«"}.get(mark)
    return opener is not None and inside.rfind(opener) > inside.rfind(mark)


def _turn_goes_on(text: str, paras: list[Range], n: int) -> bool:
    """A transcript quoted as a block, each paragraph opening with a quotation mark ('"PENCE: Well, …' and then
    '"But the truth is …'): a paragraph with no label goes on with the latest speaker's turn, when the block
    goes on after it (the paragraph after it opens with the mark too) and it is no stage note ('"(CROSSTALK.)')."""
    s, e = paras[n]
    if text[s] not in _OPENING or s + 1 >= e or not text[s + 1].isalnum() or n + 1 >= len(paras):
        return False
    return text[paras[n + 1][0]] == text[s]


_BULLETS: Final = "•*·-–—"
_WORDS: Final = re.compile(r"[^\W\d_][\w'’\-]*")


def document_lists(text: str, paras: list[Range], documents: frozenset[str], determiners: frozenset[str],
                   fold: Callable[[str], str]) -> list[Draft]:
    """Bulleted paragraphs after one that ends with a colon and names a document ('… a memo laying out the
    key messages, which include:') are that document's words, one record per item."""
    out: list[Draft] = []
    for n, (s, e) in enumerate(paras):
        if text[s:e].rstrip()[-1:] not in ":：":
            continue
        items = []
        for ps, pe in paras[n + 1:]:
            if text[ps] not in _BULLETS:
                break
            start = ps + 1
            while start < pe and text[start].isspace():
                start += 1
            if start < pe:
                items.append((start, pe))
        words = list(_WORDS.finditer(text, s, e))
        heads = [k for k, w in enumerate(words) if fold(w.group()) in documents]
        if len(items) < 2 or not heads:
            continue
        head = heads[-1]
        first = head - 1 if head > 0 and fold(words[head - 1].group()) in determiners else head
        source = (words[first].start(), words[head].end())
        out.extend(Draft(item, None, source, None, "list", "") for item in items)
    return out
