"""Cue finding: speech verbs, participles and "according to" phrases from the lexicon, as token ranges."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Final

from attribution.lexicons import CueForm, Lexicon
from attribution.tokens import Token, fold_token, search_left


@dataclass(slots=True, unsafe_hash=True)  # (not frozen, never changed: built for every cue candidate, and a
class CueHit:  # frozen dataclass sets each field through object.__setattr__, ~4× slower)
    first: int  # index of its first token
    last: int  # index of its last token (inclusive)
    start: int  # character span of the cue as written (a glued proclitic "ل" included)
    end: int
    frame: str
    introducer: str

    def __init__(self, first: int, last: int, start: int, end: int, frame: str, introducer: str) -> None:
        # (written out, as frames.Draft's: compiled, the generated __init__ would run as Python)
        self.first, self.last, self.start, self.end, self.frame, self.introducer = \
            first, last, start, end, frame, introducer


def strip_proclitic(key: str, lex: Lexicon) -> str | None:
    if len(key) > 3 and ord(key[0]) in lex.proclitic_codes:  # (`key[0] in lex.proclitics`: one letter)
        return key[1:]
    return None


def _match_form(tokens: list[Token], i: int, form: CueForm, first_key: str) -> CueHit | None:
    keys = form.keys
    n = len(keys)
    if i + n > len(tokens) or keys[0] != first_key:
        return None
    for k in range(1, n):
        if tokens[i + k].key != keys[k]:
            return None
    last = i + n - 1
    end = tokens[last].end
    if form.glued_tail:
        if last + 1 >= len(tokens):
            return None
        nxt = tokens[last + 1]
        if not (nxt.key.startswith(form.glued_tail) and len(nxt.key) > 2):
            return None
        end = nxt.start + len(form.glued_tail)
    introducer = form.introducer
    if "|" in introducer:
        introducer = _first_introducer(tokens, last, introducer.split("|"))
    return CueHit(i, last, tokens[i].start, end, form.frame, introducer)


def _first_introducer(tokens: list[Token], last: int, options: list[str]) -> str:
    """Of a verb's prepositions ("نوه إلى أن …" points out, "نوه بالجهود" commends), the one written first within
    a dozen words after the cue, before the sentence ends: the word itself, or a one-letter one glued to an
    article or a complementizer ('بالجهود', 'بأن'); the first option when none is."""
    for k in range(last + 1, min(len(tokens), last + 13)):
        key = tokens[k].key
        if tokens[k].text in ".!?؟":
            break
        for option in options:
            if key == option or (len(option) == 1 and key.startswith(option)
                                 and key[1:].startswith(("ال", "ان"))):
                return option
    return options[0]


def _after_date(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """English 'called Friday for …', 'called on Monday for …', 'called last week for …', 'called again for …', 'spoke
    emotionally of …', 'expressed deep concern': the index after a day, 'again', an '-ly' adverb or an adjective of
    degree (degree_adjectives) right after the verb at token i (i + 2 <
    len(tokens)), which a cue form of two words, the verb and its preposition, takes in; i + 1 when there is none."""
    j = i + 1
    if tokens[j].key in ("on", "last", "this", "next") and tokens[j + 1].key in lex.time_words:
        j += 2
    elif tokens[j].key in lex.time_words or tokens[j].key == "again" or _manner_ly(tokens[j], lex) \
            or tokens[j].key in lex.degree_adjectives:
        j += 1  # ('expressed deep concern about …': an adjective of degree before the noun of feeling)
    return j


def _particle_then_date(tokens: list[Token], i: int, forms: tuple[CueForm, ...], lex: Lexicon) -> CueHit | None:
    """English 'spoke out Tuesday about …', 'weighed in on Friday with …': a cue form of three words, a verb, its
    particle and a preposition, with a day, 'again' or an '-ly' adverb between the particle and the preposition
    (`_after_date` read after the particle); None when the word after the verb is no form's particle."""
    if i + 3 >= len(tokens):
        return None
    j = 0  # (not read yet)
    for form in forms:
        keys = form.keys
        if len(keys) != 3 or form.glued_tail or tokens[i + 1].key != keys[1]:
            continue
        if not j:
            j = _after_date(tokens, i + 1, lex)
        if j == i + 2:
            return None  # nothing between the particle and the preposition: the plain forms match
        if j < len(tokens) and tokens[j].key == keys[2]:
            return CueHit(i, j, tokens[i].start, tokens[j].end, form.frame, form.introducer)
    return None


# Prepositions before the one spoken to ('talked with aides about …', 'complained to police about …')
_HEARER_PREPOSITIONS: Final = frozenset({"to", "with"})


def _hearer_then_topic(tokens: list[Token], i: int, forms: tuple[CueForm, ...], lex: Lexicon) -> CueHit | None:
    """English 'talks to DuVernay about …', 'spoke with police leaders about …', 'complained to the council last week
    about …': a cue form of two words ending in 'about' with 'to' or 'with' and the one spoken to between its words —
    a listed addressee ('reporters', 'him'), one to three capitalised words, or 'the' and one or two lower-case
    words — and a day or an '-ly' adverb at most after them."""
    if not any(len(f.keys) == 2 and f.keys[1] == "about" and not f.glued_tail for f in forms):
        return None
    k = i + 2
    n = len(tokens)
    if k >= n or not tokens[k].is_word:
        return None
    if tokens[k].key in lex.addressees:
        k += 1
    elif tokens[k].text[:1].isupper():
        while k < n and k - i < 5 and tokens[k].is_word and tokens[k].text[:1].isupper():
            k += 1
    elif tokens[k].key in lex.determiners and not (k + 1 < n and tokens[k + 1].key in lex.time_words):
        k += 1  # (not 'spoke to this week about': a time, no one spoken to)
        while k < n and k - i < 6 and tokens[k].is_word and tokens[k].text.islower() and tokens[k].key != "about" \
                and tokens[k].key not in lex.prepositions:
            k += 1
    else:
        return None
    if k + 1 < n and tokens[k].key != "about":
        k = _after_date(tokens, k - 1, lex)
    if k >= n or tokens[k].key != "about":
        return None
    form = next(f for f in forms if len(f.keys) == 2 and f.keys[1] == "about" and not f.glued_tail)
    return CueHit(i, k, tokens[i].start, tokens[k].end, form.frame, form.introducer)


def _manner_ly(token: Token, lex: Lexicon) -> bool:
    """A lower-case '-ly' adverb ('emotionally', 'openly'), not an '-ly' noun or adjective ('family', 'early')."""
    return token.is_word and len(token.key) > 4 and token.key.endswith("ly") and token.text.islower() \
        and token.key not in lex.ly_nouns and token.key not in ("early", "only", "likely", "daily", "weekly")


def _first_form(tokens: list[Token], i: int, key: str, lex: Lexicon) -> CueHit | None:
    """The first of the cue forms starting with `key` that matches at token i (forms are longest first): in English,
    first a form of two words with a day between them (`_after_date`, read once for all the forms)."""
    forms = lex.cues.get(key, ())
    if not forms:
        return None  # (a proclitic glued to the cue, 'وقال', a report noun or a stance adjective: no form of its own)
    if lex.lang == "en" and i + 2 < len(tokens):
        j = 0  # (not read yet)
        for form in forms:
            n = len(form.keys)
            if n >= 2 and not form.glued_tail and tokens[i].key == form.keys[0]:
                if not j:
                    j = _after_date(tokens, i, lex)
                if j == i + 1:
                    break  # no day after the verb: no form matches with one
                if j + n - 1 <= len(tokens) and _spells(tokens, j, form.keys[1:]):
                    last = j + n - 2  # ('expressed deep concern about …': the rest of a longer form after it)
                    return CueHit(i, last, tokens[i].start, tokens[last].end, form.frame, form.introducer)
        hit = _particle_then_date(tokens, i, forms, lex)
        if hit is not None:
            return hit
        if tokens[i + 1].key in _HEARER_PREPOSITIONS:
            hit = _hearer_then_topic(tokens, i, forms, lex)
            if hit is not None:
                return hit
    for form in forms:
        keys = form.keys
        if len(keys) > 1 and (i + 1 >= len(tokens) or tokens[i + 1].key != keys[1]):
            continue  # (most forms of several words: the next token is not their second word, no call to match)
        hit = _match_form(tokens, i, form, key)
        if hit:
            return hit
    return None


def is_section_label(label: str, lex: Lexicon) -> bool:
    """'CLAIM', 'THE FACTS', "EDITOR'S NOTE": a heading of a fact check or a correction (section_labels)."""
    keys = tuple(fold_token(w) for w in label.split())
    return (len(keys) == 1 and keys[0] in lex.section_labels) or keys in lex.phrases["section_labels"]


def _section_heading(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'CLAIM: A viral post says …': a cue form written in capitals before a colon is a section's heading; Arabic
    'رأي: …' too."""
    if lex.lang == "ar":  # 'رأي: …', an opinion column's rubric (the verb 'رأى' is written with a final ى)
        return i + 1 < len(tokens) and tokens[i + 1].text == ":" and tokens[i].key in lex.section_labels \
            and not tokens[i].text.endswith("ى")
    return i + 1 < len(tokens) and tokens[i + 1].text == ":" and lex.lang == "en" and tokens[i].text.isupper() \
        and tokens[i].key in lex.section_labels


def _about_itself(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic 'الأرقام تتحدث عن نفسها' (the figures speak for themselves): a verb of speaking with only 'عن' and
    a reflexive after it reports nothing."""
    n = hit.last + 1
    return lex.lang == "ar" and n + 1 < len(tokens) and tokens[n].key == "عن" \
        and tokens[n + 1].key.startswith("نفس") and (n + 2 >= len(tokens) or not tokens[n + 2].is_word)


def _counted_participle(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic 'إحالة 15 متهما إلى المحكمة', 'بين 20 مطالبا': a participle right after a number written in digits
    is the counted noun (a defendant, a claimant), no one reporting — unless what follows opens reported words
    ('منذ 2011 مشيرا إلى أن …', '… عام 2020 مؤكدا أن …')."""
    if lex.lang != "ar" or i == 0 or not tokens[i - 1].text.isdigit():
        return False
    after = [t for t in tokens[i + 1:i + 3]]
    opens = any(t.key in lex.complementizers or t.text in ':："«“' or t.key.startswith("بان") for t in after)
    return not opens


def _noun_participle(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic 'لا تملك ذاكرة': a participle cue that is also a common noun (that_participles: 'ذاكرة', memory)
    reports only what a complementizer, a colon or a quotation right after it opens; else it is the noun, and
    neither a cue nor the end of a content."""
    if hit.frame != "participle" or tokens[hit.last].key not in lex.that_participles:
        return False
    n = hit.last + 1
    if lex.lang == "en":  # ('…, ruling Radical Party deputy Raul Baglini said': an adjective before a name)
        prev = tokens[hit.first - 1] if hit.first > 0 else None
        return (n < len(tokens) and tokens[n].is_word and tokens[n].text[:1].isupper() and tokens[n].key != "i") \
            or (prev is not None and (prev.text.isdigit() or prev.key in lex.government)) \
            or (prev is not None and prev.text not in ",;" and not (
                n < len(tokens) and (tokens[n].key in lex.complementizers or tokens[n].text in ':"“')))
        # ('a 2009 ruling that …', 'the appeals court ruling that …': a noun and its relative clause)
    if n >= len(tokens):
        return True
    key = tokens[n].key
    return not (key in lex.complementizers or tokens[n].text in ':："«“'
                or (key[:1] == "ب" and key[1:] in lex.complementizers))


def _going_not_holding(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic 'ذهب الوزير إلى العاصمة': a verb of going (holding_verbs) holds a view only when the first 'إلى'
    after it in its sentence opens a complementizer ('وذهب الخبير إلى أن …'), or 'القول' and one ('ذهب إلى القول
    إن …': he went as far as saying); else it reports nothing."""
    key = tokens[hit.first].key
    if lex.lang != "ar" or (key not in lex.holding_verbs
                            and strip_proclitic(key, lex) not in lex.holding_verbs):
        return False
    for n in range(hit.last + 1, min(len(tokens), hit.last + 16)):
        if tokens[n].text in ".!?؟:؛\n":
            return True
        if tokens[n].key == "الي":
            said = n + 2 < len(tokens) and tokens[n + 1].key == "القول"  # 'وذهب المدرب إلى القول إن …'
            return n + 1 + said >= len(tokens) or tokens[n + 1 + said].key not in lex.complementizers
    return True


_SAYING_FORMS: Final = frozenset({"say", "says", "said", "saying"})


_THINKING_FORMS: Final[frozenset[str]] = frozenset({"think", "thinks", "thought", "thinking"})


def _phrasal_verb(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'has ruled out calling an election', 'called off the strike', 'stopped showing up': a one-word cue
    with 'out', 'off' or 'up' right after it (no longer cue form took them: 'pointed out') is another verb, which
    reports nothing; so is a form of 'think' with 'of' or 'about' after it."""
    n = hit.last + 1
    if lex.lang == "en" and hit.first == hit.last and n + 1 < len(tokens) and tokens[n].key in ("no", "yes") \
            and tokens[n + 1].key == "to" and tokens[hit.first].key in _SAYING_FORMS:
        return True  # 'the city said no to new housing', 'voters say yes to the levy': refusing, agreeing
    if lex.lang == "en" and hit.first == hit.last and n < len(tokens) and tokens[n].key in ("of", "about") \
            and tokens[hit.first].key in _THINKING_FORMS:
        return True  # 'watched the museum rise and thought of the days when …', 'thinking about a run': remembering,
        # considering; no clause is reported, and a content before it goes on ('said he had … and thought of …')
    return lex.lang == "en" and hit.first == hit.last and n < len(tokens) and tokens[n].key in ("out", "off", "up") \
        and hit.frame in ("verb", "verb_that", "participle") \
        and not (tokens[n].key == "up" and n + 1 < len(tokens) and tokens[n + 1].key == "to")  # ('estimated up to')


def _adverb_led_participle(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'a swiftly called meeting', 'the widely reported deal': an '-ed' form after an article and a manner
    adverb in '-ly' (not a noun in '-ly': 'the family said') describes the noun after it; it reports nothing."""
    if i < 2 or not tokens[i].key.endswith("ed"):
        return False
    adverb = tokens[i - 1]
    return adverb.text.islower() and adverb.key.endswith("ly") and len(adverb.key) > 4 \
        and adverb.key not in lex.ly_nouns and tokens[i - 2].key in lex.determiners \
        and tokens[i - 2].key not in lex.complementizers  # ('a comment that wrongly described …': a verb)


_REPORT_NOUNS: Final[frozenset[str]] = frozenset({"report", "reports"})
_BY_OUTLET: Final[frozenset[str]] = frozenset({"by", "in", "on", "from"})


def _capitalised_word(tok: Token) -> bool:
    return tok.is_word and tok.text[:1].isupper()


def named_report(tokens: list[Token], i: int, lo: int, hi: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """English 'denied a report in The Washington Post that …', 'a report by Reuters that …', 'an Associated Press
    report that …': the noun 'report' (token i) after an article, with a capitalised name between them or after
    'by', 'in', 'on' or 'from' (a time word or two may follow the name), then 'that' and a subject: the named
    outlet's or body's own report of what follows 'that', nested in whatever the sentence's speaker does with it.
    The name's first and last token and the 'that', else None (not 'a report that …' with no name, nor a relative
    'a report by Reuters that was …')."""
    if lex.lang != "en" or tokens[i].key not in _REPORT_NOUNS or not tokens[i].text.islower() or i - 1 <= lo:
        return None
    k = i - 1
    while k > lo and i - k <= 5 and (_capitalised_word(tokens[k])
                                     or (tokens[k].key in lex.name_connectors and k < i - 1)):
        k -= 1
    if k < i - 1 and tokens[k].key in ("a", "an") and tokens[k].text.islower():
        first, last, that = k + 1, i - 1, _past_time_phrase(tokens, i + 1, hi, lex)  # 'an Associated Press
        # report that …', 'a Boston Globe report from last month that …'
    elif (tokens[i - 1].key in ("a", "an", "the")
          or (tokens[i].key == "reports" and tokens[i - 1].text.islower() and tokens[i - 1].key.endswith("ed"))) \
            and i + 2 < hi and tokens[i + 1].key in _BY_OUTLET:  # ('denied reports in the Guardian that …')
        m = i + 2
        if tokens[m].text == "the" and m + 1 < hi and _capitalised_word(tokens[m + 1]):
            m += 1  # ('in the Guardian': the article is no part of the name; 'The Washington Post' keeps it)
        e = m
        while e < hi and e - m < 5 and (_capitalised_word(tokens[e]) or (tokens[e].key in lex.name_connectors
                                                                         and e > m)):
            e += 1
        if e == m or e - 1 < m:
            return None
        first, last, that = m, e - 1, e  # 'a report in The Washington Post that …'
        while that < hi and that - e < 3 and (tokens[that].key in lex.time_words
                                              or tokens[that].key in ("last", "this", "earlier", "on")):
            that += 1  # ('a report by Reuters last week that …', '… on Monday that …')
    else:
        return None
    if that + 1 >= hi or tokens[that].key != "that" or not _capitalised_word(tokens[last]) \
            or not tokens[that + 1].is_word:
        return None
    nxt = tokens[that + 1]
    if nxt.key in lex.finite_auxiliaries or nxt.key in lex.be_forms or (nxt.text.islower() and nxt.key.endswith("ed")):
        return None  # ('a report by Reuters that was published …': a relative clause)
    return first, last, that


_TIME_LINKS: Final = frozenset({"from", "over", "the", "last", "this", "earlier", "on", "in"})


def _past_time_phrase(tokens: list[Token], k: int, hi: int, lex: Lexicon) -> int:
    """English 'a Globe report from last month that …', '… from over the weekend that …', '… from 2019 that …':
    from token k, a time phrase of at most five words (time words, a year, and 'from', 'over', 'the', 'last' …)
    that closes on a time word or a year right before 'that': the index of that 'that', else k."""
    j = k
    while j < hi and j - k < 5 and (tokens[j].key in _TIME_LINKS or tokens[j].key in lex.time_words
                                    or (len(tokens[j].text) == 4 and tokens[j].text.isdigit())):
        j += 1
    closes = j > k and (tokens[j - 1].key in lex.time_words or tokens[j - 1].text.isdigit())
    return j if closes and j < hi and tokens[j].key == "that" else k


def _is_noun_use(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'the report', 'his claims', "Trump's claim": a verb form right after a determiner or a possessive is a
    noun; so is one right after a preposition that may not open a content ('toward states that he lost',
    'of claims')."""
    key = tokens[i].key
    en = lex.lang == "en"
    # (the English tests of plural, '-ed' and bare present forms are asked only of such forms: no call for others)
    plural = en and key.endswith("s") and not key.endswith("ss")
    past = en and key.endswith("ed")
    present = en and key in lex.bare_presents
    return (i > 0 and ((tokens[i - 1].key in lex.determiners and not _relative_that(tokens, i, lex)
                       and not (lex.lang == "ar" and tokens[i].text[:1] in ("و", "ف")))  # ('نفى ذلك وقال')
                      or (tokens[i - 1].key in lex.content_blockers and not _stranded_before_saying(tokens, i))
                      or _inside_name(tokens, i)
                      or (lex.lang == "en" and _modifier_before_name(tokens, i, lex))
                      or (lex.lang == "ar" and _after_arabic_preposition(tokens, i, lex))
                      or (lex.lang == "en" and _possessive(tokens[i - 1], lex))  # "Trump's claim", not "he's"
                      or (lex.lang == "en" and _plural_possessive(tokens, i))
                      or (lex.lang == "en" and i > 1 and tokens[i - 1].key in lex.adverbs
                          and (tokens[i - 2].key in lex.determiners or _possessive(tokens[i - 2], lex)))
                      or (lex.lang == "en" and i > 1 and _possessive(tokens[i - 2], lex)
                          and tokens[i - 1].text.islower() and tokens[i - 1].key.endswith(("ly", "est")))
                      or (past and _adverb_led_participle(tokens, i, lex))
                      or (plural and _compound_modifier(tokens, i, lex))
                      or (plural and _counted_plural(tokens, i, lex))
                      or (plural and _plural_after_according_to(tokens, i))
                      or (plural and _plural_after_preposition(tokens, i, lex))
                      or (present and _after_indefinite_article(tokens, i, lex))
                      or (present and _modified_object_of_preposition(tokens, i, lex))
                      or (lex.lang == "en" and _after_superlative(tokens, i, lex))
                      or (plural and _object_of_a_participle(tokens, i, lex))
                      or (past and _modifier_after_voicing(tokens, i, lex))
                      or (plural and _plural_after_to_or_supported_verb(tokens, i, lex)))) \
        or (plural and _document_plural_subject(tokens, i, lex))  # (the sentence's first word too)
    # ('its earlier promise that …'; "NBC's weekly show", "the firm's latest report": an '-ly' or '-est' word
    # between a possessive and the form)


_REDUCED_AGENT: Final = frozenset({"by"})  # 'documents obtained by the Post': a reduced passive's agent
_SUBJECT_TAILS: Final = frozenset({"from", "of"})  # 'notes from the meeting', 'minutes of …': a noun's complement
_TAIL_REACH: Final = 6  # words after 'from'/'of' within which the plural subject's verb is looked for


def _document_plural_subject(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'Documents show that …', 'Court documents filed Monday show …', 'Handwritten notes obtained by the
    committee show …', 'Notes from the meeting show …': the plural of a written source's head ('documents',
    'notes') is the subject, a noun, when a plural verb of showing follows it (a bare present cue: 'show',
    'suggest'), or a lower-case participle with its agent or time ('obtained by', 'filed Monday'), or 'from'/'of'
    and such a verb within a few words; the verb ('The report documents abuses', 'She notes that …') is followed
    by its object or a clause."""
    key = tokens[i].key
    if not key.endswith("s") or key.endswith("ss") or i + 2 >= len(tokens) \
            or not (key in lex.documents or key[:-1] in lex.documents):
        return False
    nxt = tokens[i + 1]
    if not (nxt.is_word and nxt.text.islower()):
        return False
    if nxt.key in lex.bare_presents:
        return True  # 'documents show', 'notes suggest'
    if nxt.key.endswith(("ed", "en")) or nxt.key in lex.irregular_pasts:
        after = tokens[i + 2].key
        return after in _REDUCED_AGENT or after in lex.time_words  # 'obtained by', 'filed Monday'
    if nxt.key in _SUBJECT_TAILS:
        for k in range(i + 2, min(len(tokens), i + 2 + _TAIL_REACH)):
            if not tokens[k].is_word:
                return False
            if tokens[k].key in lex.bare_presents and tokens[k].text.islower():
                return True  # 'notes from the meeting show'
    return False


_NEVER_NOUNS: Final = frozenset({"said", "says", "told", "tells"})


_SUPPORT: Final = frozenset({"did", "does", "do", "will", "would", "can", "could", "should", "may", "might", "must"})


def _plural_after_to_or_supported_verb(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'pleaded not guilty to charges that …', 'did not immediately return calls seeking comment': an '-s'
    form right after 'to' (an infinitive takes no '-s'), or right after a base verb that 'did', 'will' or another
    modal (with 'not' and adverbs between) governs, is a plural noun, the object, not a verb."""
    key = tokens[i].key
    if i < 2 or not key.endswith("s") or key.endswith("ss") or not tokens[i].text.islower() or key in _NEVER_NOUNS:
        return False
    prev = tokens[i - 1]
    if prev.key == "to":
        return True
    if not prev.is_word or prev.key in lex.cues or prev.key.endswith(("s", "ed", "ing")) or not prev.text.islower():
        return False
    k = i - 2
    while k > 0 and (tokens[k].key in ("not", "n't", "never") or tokens[k].key in lex.adverbs
                     or (tokens[k].key.endswith("ly") and tokens[k].text.islower())):
        k -= 1
    return tokens[k].key in _SUPPORT or tokens[k].key.endswith("n't")



def _stranded_before_saying(tokens: list[Token], i: int) -> bool:
    """English 'A woman who was waiting outside said …', 'the official she spoke to told …': a preposition or
    adverb ending a relative clause before a form of saying that is never a noun (unlike 'of claims')."""
    return tokens[i].key in _NEVER_NOUNS and tokens[i].text.islower() and tokens[i - 1].text.islower()


def _plural_after_preposition(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'resorting to attacks he once promised to avoid', 'for claims': a lower-case '-s' cue form right
    after a preposition is a plural noun, as no finite verb follows one ('than' aside: 'more than say …')."""
    prev, key = tokens[i - 1].key, tokens[i].key
    return prev in lex.prepositions and prev != "than" and key.endswith("s") and not key.endswith("ss") \
        and tokens[i].text.islower()


def _plural_after_according_to(tokens: list[Token], i: int) -> bool:
    """English 'according to court documents filed Monday', 'according to police reports': an '-s' cue form
    within two lower-case words after 'according to' heads the phrase's object, a plural noun, not a verb."""
    key = tokens[i].key
    if not (key.endswith("s") and not key.endswith("ss") and tokens[i].text.islower()):
        return False
    k = i - 1
    while k > 0 and i - k <= 3 and tokens[k].key != "to":
        if not (tokens[k].is_word and tokens[k].text.islower()):
            return False
        k -= 1
    return k > 0 and i - k <= 3 and tokens[k].key == "to" and tokens[k - 1].key == "according"


def _counted_plural(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'too many calls still roll over', 'several reports': an '-s' cue form right after a quantifier
    of more than one is a plural noun ('many say' stays a verb; so do 'one says', 'Another tells me …')."""
    prev, key = tokens[i - 1].key, tokens[i].key
    counted = prev in lex.quantifiers and prev not in ("a", "an", "one", "another")
    counted = counted or (prev.replace(",", "").isdigit() and prev != "1")  # ('had received 14 reports of …': a
    # figure before a plural form; a plural subject would take the form without '-s')
    return counted and key.endswith("s") and not key.endswith("ss") and tokens[i].text.islower()


def _after_superlative(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'one of the largest attacks in weeks', 'its latest reports': a cue form right after a superlative
    that follows a determiner or a possessive is a noun."""
    if i < 2:
        return False
    adjective, before = tokens[i - 1], tokens[i - 2]
    return adjective.is_word and len(adjective.key) > 4 and adjective.key.endswith("est") \
        and adjective.text.islower() and adjective.key not in lex.cues \
        and (before.key in lex.determiners or _possessive(before, lex))


def _modified_object_of_preposition(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'said in its monthly report that …', 'in the annual report', 'in their latest quarterly
    statement': a cue's bare present form after a preposition, a determiner and one or two lower-case modifiers
    heads the preposition's object, a noun; not when a modifier may be a subject of its own ('in the past people
    report …', 'in the morning staff say …', 'Critics of the plan point out …': no adjective's shape, a listed
    group, a time word or a cue)."""
    key = tokens[i].key
    if key not in lex.bare_presents or not tokens[i].text.islower() or i < 3:
        return False
    for k in (i - 2, i - 3):
        if k > 0 and tokens[k].key in lex.determiners and tokens[k].key not in ("that", "no") \
                and tokens[k - 1].key in lex.prepositions and tokens[k - 1].text.islower():
            return all(t.is_word and t.text.isalpha() and t.text.islower() and _adjective_shaped(t.key, lex)
                       and t.key not in lex.anonymous and t.key not in lex.cues
                       and t.key not in lex.adverbs_or_time_words and t.key not in lex.addressees
                       for t in tokens[k + 1:i])
    return False


_PLAIN_ADJECTIVES: Final = frozenset({"new", "own", "full", "first", "last", "draft", "recent", "brief", "annual",
                                      "final", "initial", "interim", "preliminary", "daily", "quarterly", "official"})


def _adjective_shaped(key: str, lex: Lexicon) -> bool:
    """An English lower-case word that reads as an adjective before a noun of reports: a superlative ('latest'),
    an '-ly' word that is no noun ('monthly', 'early'; not 'family', 'rally') or a plain adjective of reports
    ('new', 'annual', 'final'); not a noun that may end a subject ('Critics of the plan point out …', 'notes from
    the trial show …')."""
    return key in _PLAIN_ADJECTIVES or (len(key) > 4 and key.endswith("est")) \
        or (key.endswith("ly") and (key not in lex.ly_nouns or key[:-2] in lex.time_words))


def _after_indefinite_article(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'a solid Republican state that …', 'an early report': a cue's bare present form one or two words
    after 'a' or 'an' is a noun, as a singular subject would take '-s' ('a few analysts say' is plural)."""
    key = tokens[i].key
    if key not in lex.bare_presents or key in ("put", "read", "set") or not tokens[i].text.islower():
        return False  # a bare present form ('state', 'report'), not a past one ('said', 'found', 'put')
    if i > 0 and tokens[i - 1].key in lex.anonymous and tokens[i - 1].key.endswith("s"):
        return False  # ('a project supporters say will …': the people saying it, a plural subject)
    for k in (i - 2, i - 3):
        if k >= 0 and tokens[k].key in ("a", "an"):
            between = tokens[k + 1:i]
            return all(t.is_word and t.key not in lex.prepositions and t.key not in lex.cues
                       and t.key not in ("few", "lot", "number", "couple", "handful") for t in between)
    return False


def _object_of_a_participle(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'fueling worries that …', 'dismissed claims that …': an '-s' cue form right after a lower-case
    '-ing' or '-ed' verb is its object, a plural noun ('citing reports that …' reports through 'citing'); not
    after an '-ing' noun, a document or one with an article ('The filing says that …', 'the briefing says')."""
    prev, key = tokens[i - 1], tokens[i].key
    if not (key.endswith("s") and not key.endswith("ss") and prev.is_word and prev.text.islower()
            and tokens[i].text.islower()):
        return False
    if prev.key.endswith("ed") and len(prev.key) > 4:
        return True  # 'dismissed claims that …', 'denied reports that …', 'renewed calls for …'
    if i > 1 and tokens[i - 2].is_word and tokens[i - 2].text.islower() \
            and ((tokens[i - 2].key.endswith("ed") and len(tokens[i - 2].key) > 4)
                 or tokens[i - 2].key in lex.irregular_pasts or tokens[i - 2].key in lex.voicing_verbs) \
            and (not prev.key.endswith(("s", "ly", "ed", "ing")) or prev.key.endswith(("less", "ous"))) \
            and prev.key not in lex.adverbs_or_time_words \
            and prev.key not in lex.determiners_or_quantifiers and prev.key not in lex.cues:
        return True  # 'repeated false claims that …', 'made baseless claims that …': an adjective before the
        # object (not 'The report released yesterday claims that …', 'published earlier warns')
    return prev.key.endswith("ing") and len(prev.key) > 5 and prev.key not in lex.prepositional_ing \
        and prev.key not in lex.cues and prev.key not in lex.documents \
        and not (i > 1 and tokens[i - 2].key in lex.determiners)  # ('The filing says that …': a noun)


def _modifier_after_voicing(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'made repeated claims that …', 'issued repeated warnings': an '-ed' cue form right after a
    lower-case verb of voicing and before a lower-case noun modifies that noun, the verb's object."""
    return tokens[i].key.endswith("ed") and tokens[i].text.islower() and i + 1 < len(tokens) \
        and tokens[i - 1].key in lex.voicing_verbs and tokens[i - 1].text.islower() \
        and tokens[i + 1].is_word and tokens[i + 1].text.islower() and tokens[i + 1].key != "that" \
        and tokens[i + 1].key not in lex.determiners_or_quantifiers


PERIODS: Final = ("night", "morning", "afternoon", "evening", "day", "hour", "minute", "term")


def _compound_modifier(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'his early-morning tweets', 'late-night calls came in', 'fact-checked claims': a plural-looking
    cue form after a hyphenated modifier of a time or a participle is a noun ('the 63-year-old says' is not
    one: a number opens it)."""
    prev, key = tokens[i - 1], tokens[i].key
    if not key.endswith("s") or key.endswith("ss") or "-" not in prev.key:
        return False  # (before the split: no list made for a word with no hyphen)
    parts = prev.key.split("-")
    return all(p.isalpha() for p in parts) and prev.text.islower() \
        and (parts[-1].endswith("ed") or parts[-1] in PERIODS or parts[-1] in lex.time_words)


def _relative_that(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'a statement that said the talks had failed': a past-tense cue after 'that' and a noun, with a
    clause after it, is a relative clause's verb, not a noun after the determiner 'that' ('That said, …')."""
    if lex.lang != "en" or tokens[i - 1].key != "that" or i < 2 or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    cue, noun = tokens[i].key, tokens[i - 2]
    if not (cue.endswith("ed") or cue in lex.inverting_verbs) or not noun.is_word \
            or (noun.text.islower() and noun.key.endswith("ed")) \
            or any(f.frame != "noun_colon" for f in lex.cues.get(noun.key, ())) \
            or noun.key in lex.be_forms_or_pronouns \
            or (i > 2 and tokens[i - 3].key in lex.addressee_verbs):
        return False  # ('he warned that said …', 'told Reuters that said …')
    for n in range(i + 2, min(len(tokens), i + 8)):  # a clause follows: its finite verb within a few words
        if not tokens[n].is_word:
            return False  # ('dresses that showed more cleavage': an object, no report)
        if tokens[n].key in lex.be_forms_or_finite_auxiliaries:
            return True
    return False


def _possessive(token: Token, lex: Lexicon) -> bool:
    key = token.key
    return (key.endswith("'s") or key.endswith("’s")) and len(key) > 3 and key not in lex.be_forms


def _negative_imperative(tokens: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """English '"Don't expect them to rush back," he warned', 'Do not believe the rumours': a verb after a
    capitalised "Don't" or "Do not" opening the sentence (or a quotation) is an imperative with no speaker."""
    if lex.lang != "en" or i < 1:
        return False
    k = i - 1 if tokens[i - 1].key == "don't" else i - 2 if i >= 2 and tokens[i - 1].key == "not" \
        and tokens[i - 2].key == "do" else None
    if k is None or k < lo or not tokens[k].text[:1].isupper():
        return False
    return k == lo or not tokens[k - 1].is_word


def _after_arabic_preposition(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic 'وأضاف الشاهد في إفادته أن …': a verb form with an object pronoun ('أفادته': it told it) right
    after a preposition written apart is a noun with a possessive (no finite verb follows 'في', 'على',
    'خلال'); not after 'من', which is also 'whoever' ('من قال إن …'), nor after a one-letter preposition
    written apart ('لـ'). A form without the pronoun there is a verbal noun ('إلى نفي أن …'), read elsewhere —
    unless it names the occasion of another verb's words ('وقالت الوزارة في رد إن …', 'في رد على سؤال')."""
    prev = tokens[i - 1].key
    return prev in lex.prepositions and len(prev) > 1 and prev != "من" \
        and (tokens[i].key.endswith(("ته", "تها")) or (prev == "في" and tokens[i].key in lex.occasions))


def _plural_possessive(tokens: list[Token], i: int) -> bool:
    """English "beating analysts' estimates": a lower-case cue form after a plural in a bare apostrophe is a
    noun — unless the apostrophe closes a quotation opened by one ("'We won the races' says …")."""
    mark = tokens[i - 1]
    if i < 2 or mark.text not in ("'", "’") or not tokens[i].text.islower():
        return False
    word = tokens[i - 2]
    if not word.is_word or word.end != mark.start or not word.key.endswith("s") or tokens[i].start == mark.end:
        return False
    for k in range(i - 3, max(i - 60, 0) - 1, -1):  # an opening mark: after a space or at the start, a word after it
        t = tokens[k]
        if t.text in ("'", "’", "‘") and tokens[k + 1].start == t.end and (k == 0 or tokens[k - 1].end < t.start):
            return False
        if t.text in (".", "!", "?"):
            break
    return True


def _modifier_before_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'State Attorney General Roy Cooper said …', 'State Department officials …': a capitalised cue
    form that is also a title modifier, right before a capitalised word, opens a name or a title."""
    word = tokens[i].text
    if i + 1 >= len(tokens) or not word[:1].isupper() or word.isupper() or tokens[i].key not in lex.title_modifiers:
        return False
    nxt = tokens[i + 1]
    return nxt.is_word and nxt.text[:1].isupper() and not nxt.text.isupper()


def _inside_name(tokens: list[Token], i: int) -> bool:
    """'the United States that …': a capitalised cue form right after a capitalised word (not in an upper-case
    line) is part of a name."""
    word, prev = tokens[i].text, tokens[i - 1].text
    return word[:1].isupper() and not word.isupper() and prev[:1].isupper() and not prev.isupper() \
        and tokens[i - 1].is_word


def _blocked(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'مما يشير', 'الذي لم يكشف': a verb in a relative clause reports nothing — unless a resumptive
    pronoun follows it ('المرة الأولى التي تؤكد فيها الحكومة أن …': the clause has its own subject)."""
    if i + 1 < len(tokens) and tokens[i + 1].key in lex.resumptives:
        return False
    if lex.lang == "en" and tokens[i].key.endswith("ing") and i > 0 and tokens[i - 1].key in lex.be_forms:
        return False  # 'his doctor is calling the candidate "fit"': a progressive, not a passive
    if lex.lang == "en" and i > 0 and tokens[i - 1].key == "to" and tokens[i].key in ("said", "told"):
        return False  # 'The official she spoke to said …': a stranded 'to', no infinitive of a past form
    if lex.lang == "en" and i > 0 and tokens[i - 1].key in lex.causative_verbs and tokens[i - 1].text.islower() \
            and not tokens[i].key.endswith(("ed", "s", "ing")) and (tokens[i].key + "s" in lex.cues
                                                                      or tokens[i].key + "es" in lex.cues):
        return True  # 'could help explain how …', 'helped show that …': the bare infinitive of helping (a form
        # whose '-s' form is a cue too), no report (not 'those who came to help said …': the next clause's verb)
    for back in (1, 2):
        if i - back < 0:
            return False
        key = tokens[i - back].key
        blocker = key in lex.cue_blockers  # (looked up once)
        if blocker and lex.lang == "en" and back == 1 and i > 1 \
                and _inside_name(tokens, i - 1):
            return False  # 'Bloomberg News reported', 'Sky News understands': the end of an outlet's name
        if blocker and lex.lang == "en" and back == 1 and _outlet_speaks(tokens, i, lex):
            return False  # 'state media said', 'local news reported': the outlet speaks ('media reports' is a noun)
        if blocker and back == 1 and _auxiliary_then_that(tokens, i - 1, lex):
            return False  # "وسبق أن أكد الوزير أن …": he had stressed (a past verb after 'سبق أن', no subjunctive)
        if blocker:
            return not (_resumes_a_clause(tokens, i - back, lex) or _relative_with_content(tokens, i - back, lex))
        if key not in lex.auxiliaries:
            return False
    return False


def _gerund_after_report(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'Turner says finding child care is hard', 'She said that reporting abuse took courage': the '-ing'
    form at token i opens what a verb of saying right before it (inverting_verbs, with 'that' between at most)
    reports, as its subject; a form in '-s' only after its own subject, a pronoun or a name of two capitalised
    words ('News reports alleging …' is a noun's participle)."""
    verb = i - 1 if tokens[i - 1].key != "that" else i - 2
    prev = tokens[verb]
    if verb < 1 or not prev.text.islower() or prev.key not in lex.inverting_verbs:
        return False
    subject = tokens[verb - 1]
    return not prev.key.endswith("s") or (subject.is_word and (subject.key in lex.pronouns or (
        verb > 1 and subject.text[:1].isupper() and tokens[verb - 2].is_word and tokens[verb - 2].text[:1].isupper())))


def _auxiliary_then_that(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Arabic: token k is the 'أن' of an auxiliary phrase ('سبق أن', 'وسبق أن'), listed whole in auxiliaries."""
    if lex.lang != "ar" or k < 1 or tokens[k].key != "ان":
        return False
    before = tokens[k - 1].key
    bare = strip_proclitic(before, lex) or before
    index = lex.phrase_index["auxiliaries"]
    return any(phrase == (word, "ان") for word in (before, bare) for phrase in index.get(word, ()))


def _outlet_speaks(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'state media said', 'local news reported': a cue form with no '-s' right after an outlet's noun is
    its verb ('news reports', 'media claims' are nouns)."""
    prev = tokens[i - 1].key
    return (prev in lex.outlet_nouns or prev == "media") and not tokens[i].key.endswith("s") \
        and tokens[i].text.islower() and not (tokens[i].key == "show" and prev != "media")  # 'news show': a programme


def _gesture_or_time_clause(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: 'وأشار الضابط بيده إلى …' (a gesture with the hand within three words after the verb), or 'قبل أن
    يعلن قائد الطائرة …' (a verb in a time clause): no report."""
    if lex.lang != "ar":
        return False
    i = hit.first
    if i > 1 and tokens[i - 1].key == "ان" and tokens[i - 2].key in lex.masdar_governors:
        return not _reported_in_time_clause(tokens, hit, lex)
    for k in range(hit.last + 1, min(len(tokens), hit.last + 4)):
        key = tokens[k].key
        if key in lex.gestures:
            return True
        if key in lex.cues or (strip_proclitic(key, lex) or "") in lex.cues or not tokens[k].is_word:
            return False  # ('وأضافت وهي تشير بيدها': the gesture is the next verb's)
    return False


def _reported_in_time_clause(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic 'قبل أن يؤكد أن …', 'بعد أن أعلن الوزير أن …': a verb of report in a time clause ('قبل أن', 'بعد
    أن', not 'رغم أن') reports when its complementizer, introducer or a colon follows it, after at most a subject
    of a few words (not 'قبل أن يعلن قائد الطائرة هبوطا اضطراريا': an announced deed, no report)."""
    i = hit.first
    if i < 2 or tokens[i - 1].key != "ان" or tokens[i - 2].key not in lex.masdar_governors \
            or tokens[i - 2].key in lex.concessive_openers:
        return False
    if hit.last + 1 < len(tokens) and tokens[hit.last + 1].text == ":":
        return True  # ('قبل أن يضيف: «…»')
    for k in range(hit.last + 1, min(len(tokens), hit.last + _TIME_CLAUSE_REACH)):
        tok = tokens[k]
        if not tok.is_word:
            return False
        if tok.key in lex.complementizers or (hit.introducer and tok.key == hit.introducer):
            return True
    return False


_TIME_CLAUSE_REACH: Final = 8  # the verb, a subject of up to six words, then its complementizer


def _preposition_use(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic 'في تصريح صحافي عقب الجلسة أن …': a cue form that is also a preposition ('after'), inside a clause
    (after a word that opens none): the preposition."""
    if i == 0 or tokens[i].key not in lex.preposition_cues:
        return False
    prev = tokens[i - 1]
    if any(prev.text == close for _, close in lex.quote_pairs):
        return True  # ('في تصريحات لـ"اليوم السابع" عقب الجلسة': after a quoted name, still inside the clause)
    if prev.text in ",،" and _aside_before_complementizer(tokens, i, lex):
        return True  # ('وقال الرئيس، عقب لقائه الوفد، إن …': an aside between commas, in another verb's frame)
    return prev.is_word and prev.key not in lex.leading_conjunctions_or_subject_stops_or_verb_particles


def _introducer_next(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: the cue's introducer right after it, or after one addressee glued to 'لـ' and its definite
    adjectives, a time word or two, an opening quotation mark ('إن الرئيس عبر عن …', 'عبر لنظيره الألماني مساء
    الأحد "عن …"'): a preposition ('عبر التلفزيون', 'عقب الجلسة') takes a noun, never those words."""
    if not hit.introducer:
        return False
    n = len(tokens)
    k = hit.last + 1
    if k + 1 < n and tokens[k].key.startswith("ل") and not tokens[k].key.startswith("ال") \
            and len(tokens[k].key) > 3:
        k += 1
        while k < min(n, hit.last + 4) and tokens[k].key.startswith("ال") and tokens[k].key not in lex.adverbs:
            k += 1  # ('لنظيره الألماني')
    stop = min(n, k + 3)
    while k < stop and tokens[k].key in lex.adverbs:
        k += 1  # ('مساء الأحد')
    if k + 1 < n and tokens[k].text in _OPENING_QUOTES and k > hit.last + 1:
        k += 1
    return k < n and tokens[k].key == hit.introducer


def _aside_before_complementizer(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic: the words from token i up to the next comma (at most eight) are followed by a complementizer."""
    for k in range(i + 1, min(len(tokens) - 1, i + 9)):
        if not tokens[k].is_word:
            return tokens[k].text in ",،" and tokens[k + 1].key in lex.complementizers
    return False


def _resumes_a_clause(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'…، وهو ما يتوقعه المراقبون', '…، الأمر الذي حذر منه الوزير': a relative that takes up the clause
    before it (a clause-break phrase after a comma) leaves the verb after it a report of that clause."""
    if k < 2 or tokens[k - 2].text not in ",،":
        return False
    return (tokens[k - 1].key, tokens[k].key) in lex.phrases_starting("clause_breaks", tokens[k - 1].key)


_OPENING_QUOTES: Final[frozenset[str]] = frozenset({'"', "“", "«"})


def _relative_after_according(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Arabic 'حسب الشرطة المحلية التي رجحت مسؤولية …': a relative pronoun at token k at most six words after a
    one-word according cue ('حسب', 'بحسب', 'وفق'): its antecedent is the source that phrase names, and the
    relative's verb is that source's own report, with or without a complementizer."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if not tokens[j].is_word:
            return False
        if any(f.frame.startswith("according") and len(f.keys) == 1 for f in lex.cues.get(tokens[j].key, ())):
            return j < k - 1
    return False


def _relative_with_content(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'حاكم الزاملي الذي أعلن في بيان أن …': a relative pronoun whose verb has a complementizer close after it
    (before any comma) is a report by the noun phrase before the pronoun."""
    if tokens[k].key not in lex.relatives or _in_anonymity_phrase(tokens, k + 1, lex):
        return False  # "المسؤول الذي رفض نشر اسمه": an unnamed source's aside
    if lex.lang == "en" and _said_clause_after_relative(tokens, k, lex):
        return True
    if lex.lang == "ar" and _relative_after_according(tokens, k, lex):
        return True
    if lex.lang == "en" and k + 3 < len(tokens) and tokens[k + 1].text.islower() and tokens[k + 1].key.endswith("ed") \
            and not tokens[k + 2].is_word and tokens[k + 2].text in _OPENING_QUOTES and tokens[k + 3].is_word:
        return True  # 'the police, which reported "312 break-ins"': the quoted words are what the relative's noun said
    for n in range(k + 2, min(len(tokens), k + 12)):
        t = tokens[n]
        if lex.lang == "en" and t.key in lex.clause_subjects and t.key != "there" and n + 1 < len(tokens) \
                and tokens[n + 1].is_word and tokens[n + 1].text.islower() and all(
                    tokens[m].key in lex.adverbial_starts_or_adverbs_or_time_words for m in range(k + 2, n)):
            return True  # 'the agency, which said last week it would review …': a clause without 'that'
        if t.key in lex.complementizers:
            return tokens[n - 1].key not in lex.masdar_governors \
                and not (tokens[k + 1].key in lex.impersonal_verbs and _subjunctive_after(tokens, n, lex))
            # not "… قبل أن تتراجع", not "الإعصار الذي يتوقع أن يضرب"
        if t.text in ",،.:؛;-–—()":
            return False
    return False


def _subjunctive_after(tokens: list[Token], n: int, lex: Lexicon) -> bool:
    """Arabic: 'أن' at token n right before a verb in the imperfect ('الإعصار الذي يتوقع أن يضرب السواحل'): 'is
    expected to', an infinitive, not a clause that someone reports (not 'أن الأزمة', not a first name)."""
    if lex.lang != "ar" or tokens[n].key != "ان" or n + 1 >= len(tokens):
        return False
    nxt = tokens[n + 1].key
    return len(nxt) > 3 and nxt[0] in "يت" and not nxt.startswith("ال") \
        and nxt not in lex.female_names_or_male_names


def _said_clause_after_relative(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """English '…, according to the secretary of state's office, which said more than 2.6 million ballots had
    been cast': after a comma, 'which'/'who' and a verb of saying, a clause without 'that' (a finite verb within a
    few words, before any punctuation) is what the noun phrase before the comma said."""
    if k < 1 or k + 2 >= len(tokens) or tokens[k - 1].text not in "," or tokens[k + 1].key not in lex.inverting_verbs \
            or not tokens[k + 2].is_word:
        return False
    for n in range(k + 3, min(len(tokens), k + 11)):
        if not tokens[n].is_word:
            return False
        if tokens[n].key in lex.be_forms_or_finite_auxiliaries:
            return True
    return False


_HARAKAT: Final = "".join(map(chr, range(0x064B, 0x0660)))  # Arabic short vowels and tanween


def _passive_spelling(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic: 'شاهد عيان يدعى أحمد' (named), 'ينفى' (is exiled): a present-tense cue form spelled with a final
    ى is passive, unless a complementizer follows it at once (a writer who spells 'يدعي أن' so)."""
    token = tokens[i]
    bare = token.key if token.key in lex.passive_spellings else strip_proclitic(token.key, lex)
    if bare not in lex.passive_spellings or not token.text.rstrip(_HARAKAT).endswith("ى"):
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].key in lex.complementizers)


def _occasion_noun(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """'واعتبر المحلل، في حديث للجزيرة نت، أن …': a verbal noun inside a phrase naming where words were said
    (a content_stops phrase such as 'في حديث') is the occasion of another verb's report, not a cue."""
    if hit.frame != "masdar" or hit.first == 0:
        return False
    n = hit.last - hit.first + 2
    return any(len(p) == n and all(tokens[hit.first - 1 + k].key == p[k] for k in range(1, n))
               for p in lex.phrases_starting("content_stops", tokens[hit.first - 1].key))


def _adjective_masdar(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: a verbal-noun cue right after an indefinite noun and with no speaker after it ('في تقرير حديث أن
    …': a recent report) is an adjective, not a cue ('حديث الوزير عن أن …' is)."""
    if hit.frame != "masdar" or hit.first == 0 or hit.last + 1 >= len(tokens):
        return False
    prev, nxt = tokens[hit.first - 1], tokens[hit.last + 1]
    if tokens[hit.first].key not in lex.cues or tokens[hit.first].key[:1] in ("ب", "ل"):
        return False  # ('بنفي أنه': a verbal noun governed by its glued preposition)
    return prev.is_word and not prev.key.startswith("ال") and prev.key not in lex.cues \
        and prev.key not in lex.masdar_governors_or_prepositions \
        and not nxt.key.startswith("ال") and (nxt.key in lex.complementizers_or_issued_by)  # ('تقرير حديث صادر عن')


def _masdar_opening_a_clause(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: a verbal noun right after a complementizer ('قال إن تصريحات الوزير "تضليل"') is the subject the
    reported clause judges, no talk of its own: its quotation is the judgement."""
    if hit.first == 0 or tokens[hit.first - 1].key not in lex.complementizers:
        return False
    k = next((k for k in range(hit.last + 1, min(len(tokens), hit.last + _GENITIVE_REACH))
              if not tokens[k].is_word), None)
    return k is not None and k > hit.last + 1 and tokens[k].text[:1] in _QUOTE_OPENERS


_QUOTE_OPENERS: Final = frozenset('"«“')
_GENITIVE_REACH: Final = 5  # tokens after the verbal noun where its speaker's name ends before the quotation


def _adjective_of_document(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: a verbal noun right after an indefinite document's noun describes it ('في تقرير حديث إلى أن …':
    a recent report), it is no talk of its own."""
    return lex.lang == "ar" and hit.frame == "masdar" and hit.first > 0 \
        and tokens[hit.first - 1].key in lex.documents and not tokens[hit.first - 1].key.startswith("ال")


def _name_with_allah(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: a one-word cue right after a word and right before 'الله' is part of a name ('أحمد ذكر الله',
    'حسن نصر الله'), not a verb."""
    return lex.lang == "ar" and hit.first == hit.last and hit.first > 0 and tokens[hit.first - 1].is_word \
        and hit.last + 1 < len(tokens) and tokens[hit.last + 1].key == "الله"


def _adjective_after_noun(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic: 'وحقق تجاوبا لافتا': a participle right after an indefinite accusative noun (its tanween alif),
    not after an adverb ('أيضا مشيرا'), describes that noun."""
    if lex.lang != "ar" or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.is_word and prev.text.rstrip("\u064b").endswith(("ى", "اء")) and len(prev.key) > 3 \
            and not prev.key.startswith("ال") and prev.key not in lex.prepositions \
            and prev.key not in lex.cues and i + 1 < len(tokens) and tokens[i + 1].key not in ("الى", "ان", "انه"):
        return True  # 'أظهر المهاجم مستوى لافتا في الشوط الثاني', 'أداء لافتا': an accusative with no tanween alif
    return prev.is_word and prev.text.rstrip("\u064b").endswith("ا") and not prev.text.endswith("ها") \
        and len(prev.key) > 3 \
        and prev.key not in lex.adverbs and prev.key not in lex.cues


def _coordinated_adjective(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'called the work promising but preliminary', 'called the results promising.': an '-ing' cue form
    joined by 'but', 'and' or 'or' to one lower-case word that closes the clause (no cue, article or pronoun),
    or closing the sentence itself after a lower-case word, is an adjective."""
    if lex.lang != "en" or i + 1 >= len(tokens):
        return False
    if tokens[i + 1].text in (".", "!", "?") and i > 0 and tokens[i - 1].is_word and tokens[i - 1].text.islower():
        return True
    if i + 3 >= len(tokens) or tokens[i + 1].key not in ("but", "and", "or"):
        return False
    other, after = tokens[i + 2], tokens[i + 3]
    return other.is_word and other.text.islower() and other.key not in lex.cues \
        and other.key not in lex.determiners_or_pronouns \
        and not after.is_word and after.text in (".", ",", ";", "!", "?")


def _noun_after_modifier(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'issued an amber warning for rain': an '-ing' form after an article and one lower-case word,
    with a preposition after it, is a noun ('a stark warning about the river'; 'a man warning that …' and 'a
    letter calling for …', a cue that ends with its preposition, are not)."""
    i, nxt = hit.first, hit.last + 1
    if lex.lang != "en" or i < 2 or nxt >= len(tokens) or hit.first != hit.last or not tokens[i].key.endswith("ing"):
        return False
    article, modifier = tokens[i - 2], tokens[i - 1]
    return article.key in lex.determiners and article.key not in lex.addressees \
        and modifier.text.isalpha() and modifier.text.islower() and modifier.key not in lex.cues \
        and modifier.key not in lex.adverbs \
        and (tokens[nxt].key == "for" or tokens[nxt].key in lex.content_blockers)


def _reduced_relative(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'Bankers advising on the deal have told …', 'The lawyers representing the family said …': an
    '-ing' participle right after the noun a sentence opens with (alone or after an article) and before a
    preposition or an article describes that noun, the subject of the verb to come: it reports nothing."""
    if lex.lang != "en" or i < 1 or i + 1 >= len(tokens) or not tokens[i].key.endswith("ing"):
        return False
    noun, nxt = tokens[i - 1], tokens[i + 1]
    if not noun.is_word or noun.key in lex.cues or not noun.key.endswith("s") or not noun.text.isalpha() \
            or noun.key in lex.be_forms_or_pronouns \
            or nxt.key in lex.complementizers \
            or nxt.key not in lex.content_blockers_or_determiners:
        return False  # (not "He's claiming that …": a progressive)
    k = i - 2
    if k >= 0 and tokens[k].key in lex.determiners:
        k -= 1
    return k < 0 or tokens[k].text in ".!?\n" or "\n" in tokens[k].text or (
        not tokens[k].is_word and tokens[k].text not in ",،")


def _calling_nothing(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English base forms of calling (calling_verbs) are cues only after 'to' or a modal and with a quotation a few
    words on ('went so far as to call his play "ridiculous"'); 'a conference call', 'I will call you' are none."""
    i = hit.first
    if hit.last != i or tokens[i].key not in lex.calling_verbs:
        return False  # ('could call on their help': 'call on' is a cue of its own)
    after = tokens[i + 1:i + 8]
    if i > 0 and (tokens[i - 1].key == "to" or tokens[i - 1].key in lex.finite_auxiliaries
                  or _present_subject_before(tokens, i)) and _object_named_as(tokens, i + 1, lex):
        return False  # 'Democrats call the plan a giveaway to the rich', 'went as far as to call it a fraud': a
        # naming, with no quotation
    return i == 0 or not (tokens[i - 1].key == "to" or tokens[i - 1].key in lex.finite_auxiliaries
                          or _present_subject_before(tokens, i)) \
        or not any(t.text in _QUOTE_CHARS for t in after)


_NAMED_OBJECTS: Final = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
_NOT_A_NAME: Final = frozenset({"lot", "few", "bit", "couple", "day", "week", "month", "year", "time", "number",
                                "meeting", "halt", "vote", "strike", "press", "news", "ceasefire", "truce", "second",
                                "third", "fourth", "dozen", "total", "minute", "moment", "while", "cab", "taxi",
                                "doctor", "lawyer", "plumber", "ambulance", "little"})


def _object_named_as(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """English 'call the plan a giveaway', 'call it a betrayal': from token k an object (an object pronoun, or a
    determiner and up to four lower-case words) and then 'a'/'an' and a lower-case word that is no amount or
    occasion ('call them a lot', 'call the union a meeting'): the object and what it is called."""
    if k >= len(tokens):
        return False
    if tokens[k].key in _NAMED_OBJECTS:
        k += 1
    elif tokens[k].key in lex.determiners and tokens[k].key not in ("a", "an"):
        j = k + 1
        while j < len(tokens) and j - k <= 4 and tokens[j].is_word and tokens[j].text.islower() \
                and tokens[j].key not in ("a", "an") and tokens[j].key not in lex.content_blockers:
            j += 1
        if j == k + 1:
            return False
        k = j
    else:
        return False
    return k + 1 < len(tokens) and tokens[k].key in ("a", "an") and tokens[k + 1].is_word \
        and tokens[k + 1].text.islower() and tokens[k + 1].key not in _NOT_A_NAME


def _present_subject_before(tokens: list[Token], i: int) -> bool:
    """English 'Critics call the plan "a giveaway"', 'what they call "reform"', 'the mayor and the governor call
    them …': a subject pronoun, a lower-case plural or a subject joined by 'and' (within four words) right before
    a base form: a present tense, not 'a phone call'."""
    prev = tokens[i - 1]
    if not prev.is_word:
        return False
    key = prev.key
    return key in _PERSONAL or key == "you" \
        or (key.endswith("s") and not key.endswith(("ss", "'s", "us", "is")) and len(key) > 3) \
        or key in _IRREGULAR_PLURALS or (key.endswith("men") and len(key) >= 5) \
        or any(t.key == "and" for t in tokens[max(0, i - 4):i - 1])


_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "me", "us"})
_IRREGULAR_PLURALS: Final = frozenset({"people", "children", "police"})  # (and '-men': 'fishermen', 'women')


def _phoned(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'had called Lopez to congratulate her', 'called him to apologise': 'called' or 'calls' with a
    name (up to three capitalised words) or an object pronoun and then 'to' and a verb is a telephone call, no
    naming of anything ('called the plan "a disaster"', 'called the move to cut jobs reckless' still report)."""
    i = hit.first
    if lex.lang != "en" or hit.last != i or tokens[i].key not in ("called", "calls"):
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].key in _OBJECT_PRONOUNS:
        k += 1
    else:
        while k < len(tokens) and k - i <= 3 and tokens[k].is_word and tokens[k].text[:1].isupper():
            k += 1
    if i + 1 < k:
        k = _after_call_time(tokens, k, lex)
    return i + 1 < k < len(tokens) - 1 and tokens[k].key == "to" and tokens[k + 1].is_word \
        and tokens[k + 1].text.islower() and tokens[k + 1].key not in lex.determiners


_PARTS_OF_DAY: Final = frozenset({"morning", "afternoon", "evening", "night"})


def _after_call_time(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """English 'called Lopez on Friday to …', 'called her last week to …', 'called him Tuesday night to …': the
    token after a day or a time word (with its 'on', 'last' or 'this', and a part of the day) at token k; k
    itself when none is there."""
    j = k + 1 if k + 1 < len(tokens) and tokens[k].key in ("on", "last", "this") else k
    if j >= len(tokens) or tokens[j].key not in lex.months_or_time_words:
        return k
    j += 1
    return j + 1 if j < len(tokens) and tokens[j].key in _PARTS_OF_DAY else j


_QUOTE_CHARS: Final = frozenset("\"“”«»")


def _arabic_posting_nothing(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic verbs of posting (posting_verbs: 'نشرت'): a report only when a quotation or a colon follows
    within the clause, or a complementizer after where it was posted ('نشرت الرئاسة على حسابها أن …'); with
    a plain object before the complementizer ('نشرت الصحيفة صورا تظهر أن …', 'نشر الجيش قوات') or another verb
    of saying, nothing."""
    i = hit.first
    key = tokens[i].key
    if hit.last != i or (key not in lex.posting_verbs
                         and strip_proclitic(key, lex) not in lex.posting_verbs):
        return False
    if i > 0 and tokens[i - 1].key in lex.documents and not tokens[i - 1].key.startswith("ال"):
        return True  # "في بيان نشر على الإنترنت، إنها …": a statement that was posted, described; no one posts
    where = False
    for k in range(i + 1, min(len(tokens), i + 14)):
        t = tokens[k]
        if t.text in _QUOTE_CHARS or t.text in ":：":
            return False
        if t.key in lex.complementizers:
            return not where
        if t.key in lex.prepositions:
            where = True  # (before the cue forms: 'على' also opens 'على لسان')
        elif t.text in ".!?؟" or t.key in lex.cues or strip_proclitic(t.key, lex) in lex.cues:
            return True
    return True


def _on_a_medium(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'Roddick, commenting on his podcast, suggested …', 'commented on the radio.': a cue ending in 'on'
    whose object is only the medium the words went out on (a noun of platform_nouns or outlet_nouns after a
    determiner or a possessive, then a mark or the end), not a topic ('commented on the ruling', '… the broadcast
    of …')."""
    on = hit.last
    if hit.first == on or tokens[on].key != "on" or on + 2 >= len(tokens):
        return False
    k = on + 1 + (tokens[on + 1].key in lex.determiners or tokens[on + 1].key in lex.possessives)
    if k >= len(tokens) or not (tokens[k].key in lex.platform_nouns or tokens[k].key in lex.outlet_nouns):
        return False
    return k + 1 >= len(tokens) or not tokens[k + 1].is_word


def _posting_nothing(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English verbs of posting (posting_verbs) with a plain object: a report only when a noun of something said
    (posted_nouns) heads it within three words and no participle of saying follows it in the clause ('posted a
    message on Facebook'); 'posted a video on TikTok' is none, and in 'posted a statement saying …' the
    participle reports. Anything else after the verb ('posted on Twitter that …', a colon) is left to its frame."""
    i = hit.first
    if lex.lang == "ar":
        return _arabic_posting_nothing(tokens, hit, lex)
    if hit.last != i or tokens[i].key not in lex.posting_verbs or i + 1 >= len(tokens):
        return False
    first = tokens[i + 1]
    if not first.is_word or not first.text[:1].islower() or \
            first.key in lex.adverbs_or_complementizers_or_content_blockers:
        return False  # ('posted on Twitter that …', 'posted: "…"', 'posted Sunday that …')
    head = None
    for k in range(i + 1, min(len(tokens), i + 5)):
        if not tokens[k].is_word:
            break
        if tokens[k].key in lex.posted_nouns:
            head = k
            break
        if tokens[k].key in lex.complementizers:
            return False  # 'posted online that …'
    if head is None:
        return True
    for k in range(head + 1, min(len(tokens), head + 10)):
        if tokens[k].text in ".!?:" or "\n" in tokens[k].text or tokens[k].text in _QUOTE_CHARS:
            return False
        if any(form.frame == "participle" and len(form.keys) == 1 for form in lex.cues.get(tokens[k].key, ())):
            return True
    return False


def _prevented_from(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'barred staff from telling users …', 'refrained from saying …': a participle right after 'from',
    with a verb of preventing_verbs at most four words before it and only words between, is what was kept from
    being said ('aside from saying …' still reports)."""
    if i < 2 or tokens[i - 1].key != "from":
        return False
    for k in range(i - 2, max(-1, i - 7), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].key in lex.preventing_verbs:
            return True
    return False


def _no_one_blamed(tokens: list[Token], hit: CueHit) -> bool:
    """Arabic: a verb whose introducer is a noun ('حمل' with 'مسؤولية': blame laid) with that noun right after a
    one-word subject, no object between, and no party glued to 'لـ' after it before the clause ends ('وحمل الرجل
    مسؤولية أسرته': he bore it, no one blamed; 'وحمل الوزير مسؤولية الفشل للشركة' lays it on the firm); a plural
    verb holds its subject, the word after it is the one blamed ('وحملوا الحكومة مسؤولية الغلاء')."""
    nouns = hit.introducer.split("|")
    if len(nouns[0]) < 4 or hit.frame != "verb_that" or hit.last + 2 >= len(tokens) \
            or tokens[hit.last + 2].key not in nouns or tokens[hit.last].key.endswith("وا") \
            or _coordinated_after_comma(tokens, hit):
        return False
    for k in range(hit.last + 3, min(len(tokens), hit.last + _BLAMED_REACH)):
        if not tokens[k].is_word:
            return True
        if tokens[k].key.startswith("ل") and not tokens[k].key.startswith("ال") and len(tokens[k].key) > 3:
            return False
    return True


def _coordinated_after_comma(tokens: list[Token], hit: CueHit) -> bool:
    """Arabic: the verb is glued to 'و' right after a comma ('…، وحمل خصومه مسؤولية الأزمة'): a clause going on
    with the sentence's subject, the word after the verb its object."""
    return hit.first > 0 and tokens[hit.first - 1].text in _COMMAS and tokens[hit.first].key.startswith("و")


_BLAMED_REACH: Final = 12  # words after the verb where a party blamed with 'لـ' is looked for


def _taken_as(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic 'الذي يتخذ من لندن مقرا له', 'وتتخذ الجماعة من الجبال مقرا لها': a participle after a verb of taking
    (taking_verbs, glued to 'و' or not), its subject at most, 'من' and its object, with only words between: the
    verb's second object ('headquarters'), no report."""
    if lex.lang != "ar":
        return False
    at = next((k for k in range(i - 2, max(0, i - _TAKEN_AS_REACH), -1)
               if not tokens[k].is_word or tokens[k].key == "من"), None)
    if at is None or not tokens[at].is_word:
        return False
    for k in range(at - 1, max(-1, at - _TAKEN_AS_REACH), -1):
        if not tokens[k].is_word:
            return False
        verb = tokens[k].key
        if verb in lex.taking_verbs or (verb[:1] == "و" and verb[1:] in lex.taking_verbs):
            return True
    return False


_TAKEN_AS_REACH: Final = 5  # words back from the participle to 'من', and from 'من' to the verb of taking


_ADMITTING: Final = frozenset({"admit", "admits", "admitted", "admitting"})
_NOT_A_ROLE_AS: Final = frozenset({"soon", "well", "long", "much", "far", "if", "though", "many", "few"})


def _admitted_as(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'admitted the recording as evidence', 'admits them into the program': 'admit' with an object led by
    an article, a possessive or an object pronoun and then 'as' or 'into' within a few words lets something or
    someone in, no report ('admitted that …', 'admitted to …', 'admitted the plan had failed' still report)."""
    i = hit.first
    if hit.last != i or tokens[i].key not in _ADMITTING or i + 2 >= len(tokens):
        return False
    lead = tokens[i + 1].key
    if lead in lex.complementizers or not (lead in lex.determiners_or_possessives or lead in _OBJECT_PRONOUNS):
        return False
    for k in range(i + 2, min(i + 8, len(tokens) - 1)):
        if not tokens[k].is_word or tokens[k].key in lex.complementizers or tokens[k].key in lex.finite_auxiliaries:
            return False
        if tokens[k].key == "into" or (tokens[k].key == "as" and tokens[k + 1].key not in _NOT_A_ROLE_AS):
            return True
    return False


_IDENTIFYING: Final = frozenset({"identified", "identifies"})


def _identified_without_as(tokens: list[Token], hit: CueHit) -> bool:
    """English 'identified the surfer as …', 'identifies the rise in rents as the main cause' name their object
    as something (a report, as 'described … as'); 'Police have not identified the victim', 'identified a
    buyer', 'was identified by his family' (no 'as' within a few words after the object, inside the clause) say
    nothing."""
    i = hit.first
    if hit.last != i or tokens[i].key not in _IDENTIFYING:
        return False
    for k in range(i + 2, min(i + 10, len(tokens))):
        if not tokens[k].is_word:
            return True
        if tokens[k].key == "as":
            return False
    return True


def _in_writing(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'must give notice in writing', 'confirmed in writing that …': 'in writing' is how something was
    put, no cue, unless a 'that' or a quotation follows it after a verb that reports nothing of its own ('made her
    case in writing that …': the written claim is the subject's, as with 'by saying that …')."""
    i = hit.first
    if hit.last != i or tokens[i].key != "writing" or i == 0 or tokens[i - 1].key != "in":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not (nxt.key in lex.complementizers or nxt.text in _OPENING_QUOTES or nxt.text in ":"):
        return True
    return i >= 2 and tokens[i - 2].key in lex.cues


def _rate_per(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'per' of a rate, not 'per the agency': after a figure ('4.35 per cent', '$3 per gallon') or before
    'cent'."""
    i = hit.first
    if lex.lang != "en" or tokens[i].key != "per" or hit.last != i:
        return False
    return (i + 1 < len(tokens) and tokens[i + 1].key == "cent") or (i > 0 and tokens[i - 1].text[:1].isdigit())


def _participle_by(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'Officials cited by The Wall Street Journal said …', 'a plan proposed by the mayor': an '-ed' cue
    form right after a noun and before 'by' and a name or an article is a participle describing that noun (its
    agent after 'by'), not its verb ('a shopkeeper said by phone' is one)."""
    if lex.lang != "en" or i < 1 or i + 2 >= len(tokens) or not tokens[i].key.endswith("ed") \
            or tokens[i + 1].key != "by":
        return False
    noun, agent = tokens[i - 1], tokens[i + 2]
    if noun.text in ",،" and i > 1:
        noun = tokens[i - 2]  # 'According to the Ostrava Daily, cited by Bloomberg, …': an aside after the noun
    return noun.is_word and noun.key not in lex.auxiliaries_or_be_forms_or_negations \
        and noun.key not in lex.pronouns_or_relatives \
        and noun.key not in ("who", "that", "which") \
        and (agent.key in lex.determiners or (agent.text[:1].isupper() and agent.is_word))


_AFTER_ADDRESSEE: Final = ("to", "of", "about", "against", "on", "that")


def _participle_closing_aside(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A participle cue form that ends words in brackets, after at most an addressee pronoun ('(التي تتخذ من
    لوزان مقرا لها)': a headquarters, not 'acknowledging'): a report in an aside has nothing to report there,
    and the words after the bracket are another verb's."""
    j = i + 1
    if j < len(tokens) and tokens[j].key in lex.addressees and tokens[j].key[:1] == "ل":
        j += 1
    return j < len(tokens) and tokens[j].text == ")"


def _participle_before_noun(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'troops fired warning shots', 'residents heard warning sirens': an '-ing' cue form right after a
    lower-case verb or noun (no comma, no form of 'be', no verb like 'kept') and before a lower-case plural noun
    that is no addressee is an adjective of that noun; 'kept warning residents that …', 'spent the day urging
    voters to …' and 'were telling officials about …' still report."""
    if lex.lang != "en" or i < 1 or i + 1 >= len(tokens) or not tokens[i].key.endswith("ing"):
        return False
    prev, noun = tokens[i - 1], tokens[i + 1]
    words = lex.words
    if not (prev.is_word and prev.text.isalpha() and prev.text.islower()) \
            or any(prev.key in words[w] for w in ("be_forms", "aspect_verbs", "auxiliaries", "adverbs", "negations",
                                                   "continuation_verbs", "prepositions", "complementizers")):
        return False
    if not (noun.is_word and noun.text.isalpha() and noun.text.islower() and noun.key.endswith("s")
            and not noun.key.endswith("ss")) or noun.key in lex.cues \
            or any(noun.key in words[w] for w in ("addressees", "clause_subjects", "determiners", "pronouns",
                                                   "prepositions", "quantifiers", "adverbs")):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or not (after.key in _AFTER_ADDRESSEE or
                                 after.key in lex.clause_subjects_or_complementizers_or_wh_words)


def _told_no_one(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic 'أن بكين أُبلغت بالقرار' (was told of it): a verb of telling whose addressee comes right after it
    (addressee_verbs) with 'بـ' and the article or 'بأن' at once, no one told between, is the passive voice."""
    if lex.lang != "ar" or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    key = tokens[i].key
    if key not in lex.addressee_verbs and strip_proclitic(key, lex) not in lex.addressee_verbs:
        return False
    return tokens[i + 1].key.startswith(("بال", "بان", "بأن"))


def _elliptic_passive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'the killing, if confirmed, would …', 'once announced, the plan …': an '-ed' cue form right after
    a subordinator, with a comma or the end after it, is a passive with its subject left out: no report."""
    if lex.lang != "en" or i < 1 or not tokens[i].key.endswith("ed") \
            or tokens[i - 1].key not in lex.subordinators:
        return False
    return i + 1 >= len(tokens) or (not tokens[i + 1].is_word and tokens[i + 1].text in ",;.)—–―")


def _in_anonymity_phrase(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'رافضا كشف هويته': a participle that opens an unnamed source's phrase reports nothing."""
    return _opens_phrase(tokens, i, lex.phrase_index["anonymity_markers"])


def _opens_phrase(tokens: list[Token], i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Do tokens i, i + 1, … spell one of the phrases of a list's index (`Lexicon.phrase_index[name]`)? (Compiled:
    the keys compared in place, no slice, generator or tuple per phrase.)"""
    phrases = index.get(tokens[i].key)
    if phrases is None:
        return False
    for phrase in phrases:
        n = len(phrase)
        if i + n <= len(tokens) and _spells(tokens, i, phrase):
            return True
    return False


def _spells(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    return all(tokens[i + k].key == word for k, word in enumerate(phrase))  # (compiled: `all` of this is a loop)


def _predicate_after_that(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Arabic: 'إن الحكومة مطالبة بتنويع …': a participle right after the definite noun a complementizer opens
    is that clause's predicate ('is required to'), not a cue."""
    return lex.lang == "ar" and i >= 2 and tokens[i - 2].key in lex.complementizers \
        and tokens[i - 1].is_word and tokens[i - 1].key.startswith("ال")


def _within_anonymity_phrase(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'مسؤولون لم تكشف أسماؤهم': a verb inside a phrase that leaves a source unnamed reports nothing."""
    index = lex.phrase_index["anonymity_markers"]
    return (i >= 1 and _opens_phrase(tokens, i - 1, index)) or (i >= 2 and _opens_phrase(tokens, i - 2, index)) \
        or _opens_phrase(tokens, i, index) \
        or (lex.lang == "ar" and i > 0 and tokens[i - 1].text in ("،", ",")
            and any(_opens_phrase(tokens, k, index) and not _unnamed_subject_between(tokens, i + 1, k, lex)
                    for k in range(i + 2, min(len(tokens), i + 5))))
    # ('The person asked not to be named', '…، تحدث شريطة عدم …'; '…، تحدث لرويترز شريطة عدم …': whom he
    # spoke to, then the terms)


def _unnamed_subject_between(tokens: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Arabic: an unnamed source's head noun among tokens first..end-1 ('، أكد مسؤول حكومي رفض الكشف عن اسمه
    أن …'): the verb before it has that subject, whom the phrase after leaves unnamed; it reports."""
    return any(tokens[k].key in lex.anonymous for k in range(first, end))


def _infinitive_with_that(tokens: list[Token], i: int, hit: CueHit, lex: Lexicon) -> bool:
    """'tried to assure parents that …', 'to realize that …': a that-verb after 'to' still reports when a
    complementizer follows within a few words."""
    if hit.frame in ("verb_that", "verb") and lex.lang == "ar" and _reported_in_time_clause(tokens, hit, lex):
        return True  # "غادر القاعة قبل أن يؤكد أن …": the time clause's verb reports, as 'to say that' does
    if hit.frame not in ("verb_that", "verb") or i == 0 or tokens[i - 1].key != "to":
        return False
    if lex.lang == "en" and hit.first == hit.last and tokens[i].key.endswith("s") and not tokens[i].key.endswith("ss"):
        if i >= 2 and any(form.keys == (tokens[i - 2].key, "to") for form in lex.cues.get(tokens[i - 2].key, ())):
            return False  # ('pointed to reports that …': the 'to' closes a cue of its own, whose object the noun
            # opens)
        return tokens[i + 1].key in lex.complementizers if i + 1 < len(tokens) else False
        # ('resorting to attacks he once promised to avoid': an '-s' form is no infinitive; 'turned to reports
        # that …' still reports)
    if lex.lang == "en" and taking_verb(tokens, i - 1) is not None:
        return True  # 'took to Twitter to accuse the council of …', 'seemed to think that …': said, not intended
    if lex.lang == "en" and _going_on_to(tokens, i - 1):
        return True  # 'went on to call the plan "a disgrace"', 'going so far as to say …': said, not intended
    nxt = hit.last + 1
    if lex.lang == "en" and i >= 2 and tokens[i - 2].key in lex.refusing_verbs and nxt + 1 < len(tokens) \
            and tokens[nxt].key in lex.wh_words and tokens[nxt + 1].is_word:
        return True  # 'declined to say whether …', 'refused to say how much …': a denied saying, as 'would not
        # say whether …' is (not 'declined to comment', 'refused to say anything')
    if lex.lang == "en" and hit.frame == "verb" and nxt + 1 < len(tokens) and tokens[nxt].key in _PERSONAL \
            and tokens[nxt + 1].is_word and tokens[nxt + 1].text.islower():
        return True  # 'likes to say he is "boring"': a clause without 'that' (not 'to say it again')
    if lex.lang == "en" and i >= 2 and tokens[i - 2].key in lex.chance_nouns \
            and tokens[hit.last].key in lex.addressee_verbs and _hearer_then_clause(tokens, nxt, lex):
        return True  # 'never missed a chance to remind the crowd he had won three titles'
    reach = 8 if lex.lang == "en" and nxt + 2 < len(tokens) and tokens[nxt].key == "to" \
        and tokens[nxt + 2].key == "of" else 4  # ('attempted to make the case to members of both parties that …':
    # 'to' and an addressee with its 'of' phrase before 'that'; not 'to explain to voters the plan that …')
    return any(t.key in lex.complementizers for t in tokens[hit.last + 1:hit.last + reach])


def _hearer_then_clause(tokens: list[Token], nxt: int, lex: Lexicon) -> bool:
    """English 'the crowd he had won …', 'voters they were …': from token nxt, a hearer of one to three words
    (no mark among them) then a subject pronoun and a finite verb or an '-ed' verb: the clause reported without
    'that' after a verb of telling."""
    for p in range(nxt + 1, min(len(tokens) - 1, nxt + 4)):
        if not tokens[p - 1].is_word:
            return False
        if tokens[p].key in _PERSONAL:
            after = tokens[p + 1]
            return after.text.islower() and (after.key in lex.be_forms_or_finite_auxiliaries
                                             or after.key.endswith("ed"))
    return False


def _going_on_to(tokens: list[Token], to: int) -> bool:
    """English 'went on to', 'go so far as to', 'went as far as to': the verb after this 'to' was done."""
    keys = [t.key for t in tokens[max(0, to - 4):to]]
    return (len(keys) >= 2 and keys[-1] == "on" and keys[-2] in _GO) \
        or (len(keys) >= 4 and keys[-3:] in (["so", "far", "as"], ["as", "far", "as"]) and keys[-4] in _GO)


_GO: Final = frozenset({"go", "goes", "going", "went", "gone"})
_PERSONAL: Final = frozenset({"he", "she", "they", "we", "i"})  # subject pronouns that open a clause, never an object
_TAKE: Final = frozenset({"take", "takes", "took", "taken", "taking"})
_SEEM: Final = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
_USE: Final = frozenset({"use", "uses", "used"})
_USED_OPENERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "each",
                                  "every", "one"})


_RELATIVE_WHO: Final = frozenset({"who", "which", "that"})
_BARE_OBJECTS: Final = frozenset({"it", "them", "him", "her", "this", "that", "those", "these"})
_SUBJECT_HEADS: Final = ("pronouns", "titles", "organizations", "anonymous", "government", "outlet_nouns",
                          "referring_heads", "documents")


def _intention_without_subject(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'The agency plans to publish …', 'he refuses to name …': a verb of intention reports only with
    'to' right after it and a subject's last word right before it — a capitalised word, a comma closing an
    apposition, or a head such as 'campaign'; after another lower-case word it is a plural noun ('unveiled plans
    to', 'no immediate plans to', 'retirement plans to')."""
    i = hit.first
    if tokens[i].key not in lex.intention_verbs:
        return False
    if i > 0 and tokens[i - 1].key in _RELATIVE_WHO:
        return True  # ('Ruiz, who voted against the budget, said …': the writer's background on the speaker)
    if hit.last != i:  # (a longer form is a cue of its own: 'voted against the bill'; not 'voted against it')
        return hit.last + 1 < len(tokens) and tokens[hit.last + 1].key in _BARE_OBJECTS
    j = hit.last + 1
    if j < len(tokens) and tokens[j].key in lex.time_words:
        j += 1  # ('The council voted Tuesday to …')
    if j >= len(tokens) or tokens[j].key != "to" or i == 0:
        return True
    k = i - 1
    while k > 0 and tokens[k].text.islower() and (tokens[k].key.endswith("ly") or tokens[k].key == "still"):
        if tokens[k].key in lex.cues:
            return True  # ('The firm reportedly plans to …': the adverb reports the whole clause)
        k -= 1  # ('he steadfastly refuses to', 'the city still plans to')
    prev = tokens[k]
    if prev.text == "," or (prev.is_word and prev.text[:1].isupper()):
        return False
    return not any(prev.key in lex.words[name] for name in _SUBJECT_HEADS)


def _question_as_noun(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'answered questions on the plan', 'questions about his firm': a verb of doubting that is also a
    noun reports only with 'the' or a wh-word right after it ('questions the fairness of …', 'questioning
    whether …'; not 'and questioning his claims', mere disagreement)."""
    if tokens[hit.first].key not in lex.questioning_verbs:
        return False
    nxt = hit.last + 1
    return nxt >= len(tokens) or not (tokens[nxt].key == "the" or tokens[nxt].key in lex.wh_words)


_SHARES: Final = frozenset({"percent", "%", "pct"})
_MODALS: Final = frozenset({"would", "will", "could", "might", "still", "now"})


def share_subject(tokens: list[Token], i: int) -> int | None:
    """English '46 percent would back the mayor', '12% of likely voters prefer …': the index of the number
    opening the share of those polled that is the subject of the verb at i (a modal or 'still' between them),
    or None: a 'verb_share' form reports only after one; a share 'of' something ends in a plural or has
    'those' ('of those polled'), as people do."""
    k = i - 1
    if k >= 0 and tokens[k].key in _MODALS:
        k -= 1
    head = tokens[k] if k >= 0 else None
    stop = max(-1, k - 7)
    while k > stop and tokens[k].is_word and tokens[k].key not in _SHARES:
        k -= 1  # ('percent of registered voters in Ohio')
    if k <= 0 or tokens[k].key not in _SHARES or head is None:
        return None
    if head is not tokens[k] and not (head.key.endswith("s") or any(t.key == "those" for t in tokens[k:i])):
        return None  # ('30 percent of the budget will back …': a share of a thing, not of people)
    number = k - 1
    return number if tokens[number].key[:1].isdigit() else None


def _poll_after(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English: the phrase from token i, at most ten words before any punctuation, has a poll noun in it, after
    another word or in the plural ('the latest Gallup poll', 'one of the first polls to emerge', 'polls'); a
    complementizer ends the phrase ('The wisdom in Washington holds that debates rarely move polls': a clause)."""
    if i >= 2 and (tokens[i - 2].text[:1].isdigit() or tokens[i - 2].key in ("percent", "points")):
        return False  # 'from 58 percent in the last poll to 55 percent now': a figure's time, no finding
    for k in range(i, min(len(tokens), i + 10)):
        t = tokens[k]
        if (not t.is_word and t.text not in "/-’'") or t.key in lex.complementizers:
            return False
        if t.key in lex.poll_nouns:
            return k > i or t.key.endswith("s")
    return False


def _noun_before_gapped_relative(tokens: list[Token], hit: CueHit, lex: Lexicon, hi: int) -> bool:
    """English 'The audit report she cited said …': a one-word cue form followed by a pronoun, auxiliaries, a
    lower-case cue verb and at once another cue verb is a noun heading a relative clause with its 'that' left out
    (the first verb's object is the noun, the second is the main clause's)."""
    if lex.lang != "en" or hit.first != hit.last or hit.frame not in ("verb", "verb_that") \
            or tokens[hit.first].key in _NEVER_NOUNS:
        return False  # ('They said he had answered questions': 'said' is never a noun)
    k = hit.last + 1
    if k >= hi or tokens[k].key not in lex.clause_subjects:
        return False
    k += 1
    while k < hi and tokens[k].key in lex.auxiliaries:
        k += 1
    return k + 1 < hi and tokens[k].text.islower() and tokens[k + 1].text.islower() \
        and any(f.frame in ("verb", "verb_that") and len(f.keys) == 1 for f in lex.cues.get(tokens[k].key, ())) \
        and any(f.frame in ("verb", "verb_that") and len(f.keys) == 1 for f in lex.cues.get(tokens[k + 1].key, ()))


def _estimate_after(tokens: list[Token], i: int, lex: Lexicon, hi: int) -> int | None:
    """English '…, by one estimate.', 'By some counts, …', 'by the union's tally': from token i, three words at
    most, the last an estimate noun with a comma or the sentence's end right after it, the first a quantifier,
    a determiner or a possessive: the noun's index ('paid by the hour', 'by some measure of luck' are not)."""
    for k in range(i, min(hi, i + 4)):
        t = tokens[k]
        if not t.is_word and t.text not in "'’":
            return None
        if t.key in lex.estimate_nouns and k > i:
            first = tokens[i].key
            opens = first in ("one", "some", "most", "many", "several", "other", "all") \
                or first in lex.determiners_or_possessives
            ends = k + 1 >= hi or tokens[k + 1].text in (",", ".", ";", "،")
            return k if opens and ends else None
    return None


def _view_after(tokens: list[Token], i: int, lex: Lexicon, hi: int) -> int | None:
    """English 'In his view, …', 'In the company's opinion, …': from token i, a possessor (a possessive pronoun,
    or at most six words the last of which ends in 's or s') and an opinion noun with a comma right after it: the
    noun's index ('In view of the storm, …' has no possessor)."""
    for k in range(i + 1, min(hi - 1, i + 8)):
        t = tokens[k]
        if t.key in lex.view_nouns:
            if tokens[k + 1].text not in (",", "،"):
                return None
            owner = tokens[k - 1]
            if k == i + 1 and owner.key in lex.possessives:
                return k
            if owner.key.endswith("'s") or (owner.text == "'" and tokens[k - 2].key.endswith("s") and k - 2 >= i):
                return k
            return None
        if not t.is_word and t.text not in "'’":
            return None
    return None


def took_to_a_medium(tokens: list[Token], to: int) -> bool:
    """English 'took to Twitter to …', 'took to the airwaves to …': 'to' at token `to` closes a phrase of taking
    to a medium (at most four words, no punctuation), so the verb after it is done, not intended."""
    for k in range(to - 2, max(0, to - 6) - 1, -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].key in _TAKE:
            return tokens[k + 1].key == "to" and k + 2 < to
    return False


def taking_verb(tokens: list[Token], to: int) -> int | None:
    """The verb whose subject speaks in the cue after 'to' at token `to`: 'took' in 'took to Twitter to …', or
    'seemed' in 'seemed to think that …', 'appeared to blame …' (what is said is done, not intended), else None."""
    if to > 0 and tokens[to - 1].key in _SEEM:
        return to - 1
    if to > 3 and (tokens[to - 3].key, tokens[to - 2].key, tokens[to - 1].key) == ("so", "far", "as"):
        return to - 4  # 'went so far as to call his play "ridiculous"': done, the furthest he went
    used = _used_for(tokens, to)
    if used is not None:
        return used
    if not took_to_a_medium(tokens, to):
        return None
    return next(k for k in range(to - 2, -1, -1) if tokens[k].key in _TAKE)


def _used_for(tokens: list[Token], to: int) -> int | None:
    """English 'used the hearing to accuse …', 'uses his column to urge …': a lower-case verb of using, then a
    phrase opened by an article or a possessive (at most four words, no punctuation) and 'to' at token `to`: the
    verb's index (who used the occasion says what follows), else None."""
    for k in range(to - 2, max(0, to - 6) - 1, -1):
        if not tokens[k].is_word:
            return None
        if tokens[k].key in _USE:
            return k if tokens[k].text.islower() and tokens[k + 1].key in _USED_OPENERS else None
    return None


def _passive_report(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'she was warned that …', 'he had been told by aides that …', 'it was reported that …': a verb of
    telling, or any '-ed' cue after a dummy 'it', as a passive participle (a form of 'be' before it, an adverb
    allowed between) with a complementizer after it, before any punctuation (an agent 'by …' allowed)."""
    i = hit.first
    if lex.lang != "en" or hit.last != i or i < 2:
        return False
    key = tokens[i].key
    be = i - 1
    while be > i - 4 and be > 0 and tokens[be].key not in lex.be_forms \
            and tokens[be].key in lex.adverbs_or_auxiliaries_or_negations:
        be -= 1  # 'was not immediately told'
    if be < 1 or tokens[be].key not in lex.be_forms:
        return False
    subject = be - 1
    while subject > 0 and (tokens[subject].key in lex.auxiliaries_or_negations):
        subject -= 1  # 'she had not been told'
    if key not in lex.addressee_verbs and not ((key.endswith("ed") or key in ("said", "thought", "understood"))
                                                    and tokens[subject].key == "it"):  # ('it is said that …')
        return False
    by = i + 1 < len(tokens) and tokens[i + 1].key == "by" and key in lex.addressee_verbs
    for k, t in enumerate(tokens[i + 1:i + 9], i + 1):
        if t.key in lex.complementizers:
            return True
        if by and k > i + 2 and t.key == "to" and k + 1 < len(tokens) and tokens[k + 1].text.islower():
            return True  # 'was advised by the policy unit to postpone …': the agent's advice
        if not t.is_word:
            return False
    return False


_CHARGE_PREPOSITIONS: Final = ("of", "for", "as")


def _passive_charge(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'The firm was accused of hiding losses', 'peacekeepers have been blamed for …', 'he has been
    harshly criticized for …', 'the plan is being criticized as …': a verb of charging (charging_verbs) as a
    passive participle (a form of 'be' before it, auxiliaries, negations and adverbs allowed between) with
    'of', 'for' or 'as' right after it (a verb of describing or rating, describing_verbs, only with 'as': 'the
    claims were rated as mostly false'): its subject is the target of a charge made by someone not named."""
    i = hit.first
    if lex.lang != "en" or hit.last != i or i < 2 or i + 2 >= len(tokens) or not (
            (tokens[i].key in lex.charging_verbs and tokens[i + 1].key in _CHARGE_PREPOSITIONS)
            or (tokens[i].key in lex.describing_verbs and tokens[i + 1].key == "as")):
        return False
    be = i - 1
    while be > i - 4 and be > 0 and tokens[be].key not in lex.be_forms and tokens[be].is_word and (
            tokens[be].key in lex.adverbs or tokens[be].key in lex.negations or tokens[be].key.endswith("ly")
            or tokens[be].key == "being"):
        be -= 1  # 'has been harshly criticized', 'have sometimes been accused', 'is being criticized'
    after = i + 2
    if after + 1 < len(tokens) and (tokens[after].key in lex.quantifiers or tokens[after].text.isdigit()):
        after += 1  # ('for two hours')
    if tokens[i + 1].key == "for" and tokens[after].key.rstrip("s") in _DURATIONS:
        return False  # ('The bridge was slammed for hours by heavy waves': how long, no charge)
    return tokens[be].key in lex.be_forms and (tokens[be - 1].is_word or tokens[be - 1].text in (")", "]"))
    # ('A majority of the statements (54%) were rated as …')


def _agent_passive(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'His death was confirmed by police', 'the story was first reported by The Washington Post': a
    participle of agent_passives right after a form of 'be' (auxiliaries, 'being' and adverbs allowed between)
    with 'by' right after it."""
    i = hit.first
    if lex.lang != "en" or hit.last != i or i < 2 or i + 2 >= len(tokens) or tokens[i].key not in lex.agent_passives \
            or tokens[i + 1].key != "by":
        return False
    be = i - 1
    while be > i - 4 and be > 0 and tokens[be].key not in lex.be_forms and tokens[be].is_word and (
            tokens[be].key in lex.adverbs or tokens[be].key.endswith("ly") or tokens[be].key in ("being", "first")):
        be -= 1  # ('was first reported by', 'was being told by')
    return tokens[be].key in lex.be_forms and tokens[be - 1].is_word


_DURATIONS: Final = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade"})


def _negated_raising(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'alcohol was not believed to be a factor', 'the ship is not expected to dock': a form of 'be',
    a negation, an '-ed' cue form and 'to' is a passive whose believer is not named; the subject before it
    did not speak (without 'not' the passive is read as no report at all, 'is expected to')."""
    i = hit.first
    if lex.lang != "en" or hit.last != i or i < 2 or i + 2 >= len(tokens) or tokens[i + 1].key != "to":
        return False
    key = tokens[i].key
    return (key.endswith("ed") or key in ("thought", "understood")) and tokens[i - 1].key in lex.negations \
        and tokens[i - 2].key in lex.be_forms and tokens[i + 2].is_word and tokens[i + 2].text.islower()


def possessor(tokens: list[Token], noun: int, lo: int, lex: Lexicon) -> tuple[int, int] | None:
    """English 'Trump's claim', 'his insistence', 'Tulsa police's earlier claim': the possessor before a noun (one
    lower-case adjective allowed between), as a character range without its "'s": a possessive pronoun, or a
    word in "'s" with the capitalised words (or the article) before it."""
    j = noun - 1
    if j > lo and tokens[j].is_word and tokens[j].text.islower() and tokens[j].key not in lex.determiners \
            and not tokens[j].key.endswith(("'s", "’s")):
        j -= 1  # 'earlier'
    bare = j >= lo and _bare_apostrophe(tokens, j, lo)
    if bare:  # "Reuters' report that …", "Sanders' claim that …": a name in -s and a bare apostrophe
        j -= 1
    if j < lo or not tokens[j].is_word:
        return None
    key = tokens[j].key + ("'s" if bare else "")
    if key in ("his", "her", "their", "its"):
        return tokens[j].start, tokens[j].end
    if not key.endswith(("'s", "’s")) or len(key) < 4:
        return None
    k = j
    while k - 1 >= lo and tokens[k - 1].is_word and (tokens[k - 1].text[:1].isupper()
                                                      or tokens[k - 1].key in lex.name_connectors):
        k -= 1
    if k == j and tokens[j].text.islower():  # 'the police chief's', 'a senior official's': lower-case nouns after
        # an article (not the words before a one-word name: 'The firm denied Greenpeace's claim that …')
        m = j
        while m - 1 > lo and j - m < 3 and tokens[m - 1].is_word and tokens[m - 1].text.islower() \
                and tokens[m - 1].key not in lex.determiners_or_prepositions_or_subject_stops \
                and tokens[m - 1].key not in lex.be_forms:
            m -= 1
        if m < j and tokens[m - 1].key in ("the", "a", "an"):
            k = m
    if k - 1 >= lo and tokens[k - 1].key in ("the", "a", "an"):
        k -= 1  # "the company's"
    while k < j and ((tokens[k].key in lex.name_connectors and tokens[k].key not in ("the", "a"))
                     or tokens[k].key in lex.leading_conjunctions):
        k += 1  # ('But Mr Lee's view …')
    if k == j and not tokens[j].text[:1].isupper():
        return None  # ("everyone's", "today's")
    return tokens[k].start, tokens[j].end - (0 if bare else 2)


def _bare_apostrophe(tokens: list[Token], j: int, lo: int) -> bool:
    """English "Reuters' report", "the Times' story": token j is an apostrophe glued to a capitalised word in -s
    before it, and no single quotation mark opens earlier in the sentence (where it would close a title: "the
    'Red States' report")."""
    if tokens[j].key != "'" or j - 1 < lo or tokens[j - 1].end != tokens[j].start or not tokens[j - 1].is_word \
            or not tokens[j - 1].text[:1].isupper() or not tokens[j - 1].key.endswith("s"):
        return False
    return not any(t.text in ("'", "‘") for t in tokens[lo:j - 1])


_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "remains", "remained"})  # 'his view is that …'
AGENT_PREPOSITIONS: Final[frozenset[str]] = frozenset({"from", "by"})  # 'warnings from his lawyer that …'
_AGENT_WORDS: Final = 5  # the longest agent noun phrase read between 'from'/'by' and 'that'


def agent_phrase(tokens: list[Token], noun: int, lex: Lexicon) -> tuple[int, int] | None:
    """English 'repeated warnings from his lawyer that …', 'the allegation by two former aides that …': after the
    report noun at token `noun`, 'from' or 'by' and a noun phrase of one to five words (no punctuation, no verb,
    no preposition but 'of') right before 'that': the indices of that phrase's first and last token, else None."""
    if noun + 3 >= len(tokens) or tokens[noun + 1].key not in AGENT_PREPOSITIONS:
        return None
    for k in range(noun + 2, min(len(tokens) - 1, noun + 3 + _AGENT_WORDS)):
        tok = tokens[k]
        if tok.key == "that":
            return (noun + 2, k - 1) if k > noun + 2 else None
        if tok.text == "," and k > noun + 2:
            named = _appositive_name_end(tokens, k + 1)  # 'an assurance by the chairman, Colm Reddy, that …'
            return (noun + 2, named) if named is not None else None
        if not tok.is_word or tok.key in lex.be_forms_or_finite_auxiliaries_or_irregular_pasts \
                or (tok.key in lex.prepositions and tok.key != "of") or tok.key in lex.complementizers \
                or tok.key in lex.time_words or tok.key in lex.months or tok.key.isdigit() \
                or (tok.text.islower() and (tok.key.endswith("ed") or tok.key in lex.cues)):
            return None  # (also 'a report from last month that …': a time; 'a report by the firm concluded that
            # …': the verb's)
    return None


_APPOSITIVE_NAME_WORDS: Final = 4  # the longest name set off by commas after an agent ('the chairman, Colm Reddy,')


def _appositive_name_end(tokens: list[Token], k: int) -> int | None:
    """English 'an assurance by the chairman, Colm Reddy, that …': from token k (after the agent's comma), one to
    four capitalised words, a comma and 'that': the index of the name's last word, else None."""
    j = k
    while j < len(tokens) and j - k < _APPOSITIVE_NAME_WORDS and tokens[j].is_word and tokens[j].text[:1].isupper():
        j += 1
    if j == k or j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].key != "that":
        return None
    return j - 1


def agent_that(tokens: list[Token], last: int) -> int:
    """The 'that' after an agent ending at token `last`: right after it, or after the comma closing an
    appositive name ('by the chairman, Colm Reddy, that')."""
    return last + 2 if last + 1 < len(tokens) and tokens[last + 1].text == "," else last + 1


def passive_after_clause(tokens: list[Token], first: int, lex: Lexicon) -> int | None:
    """English "The mayor's claim that crime had fallen was disputed by police": from token `first` (after 'that'),
    a clause with a verb of its own (a finite auxiliary, a form of 'be', a verb in -ed or an irregular past), then a
    form of 'be', a past participle and 'by' (the sentence's main verb, in the passive, ends the clause): the index
    of that form of 'be', else None. Read only within the sentence's words (up to 25 tokens)."""
    verb = False
    for k in range(first, min(len(tokens) - 2, first + 25)):
        tok = tokens[k]
        if not tok.is_word:
            return None
        if verb and k > first + 1 and tok.key in lex.be_forms and tokens[k + 1].text.islower() \
                and (tokens[k + 1].key.endswith("ed") or tokens[k + 1].key in lex.irregular_pasts) \
                and tokens[k + 2].key == "by":
            return k
        verb = verb or (k > first and (tok.key in lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
                                       or tok.key in lex.movement_verbs
                                       or (tok.text.islower() and tok.key.endswith("ed"))))
    return None


def _possessed_report(tokens: list[Token], i: int, lo: int, lex: Lexicon) -> CueHit | None:
    """English 'seized on Trump's claim that …', 'acquiesced with Mr Joseph's insistence that …': a report noun
    with a possessor and a 'that' clause after it (not a relative: 'that was …'), the possessor not opening the
    sentence (where its clause's end would be the main verb's), and the noun no occasion after 'in' ('said in its
    statement that …': the clause is the verb's). With a copula between noun and 'that' ("Mr Lee's view is that
    …") the copula is part of the cue and the possessor may open the sentence."""
    if lex.lang != "en" or i + 2 >= len(tokens):
        return None
    if tokens[i].key in lex.hearsay_nouns:
        return _hearsay_report(tokens, i, lex) if i - lo > 1 else None  # (not the sentence's subject: 'Rumors
        # that the mayor would quit proved false', where the clause ends at the main verb)
    copula = tokens[i + 1].key in _COPULAS and i + 3 < len(tokens) and tokens[i + 2].key == "that"
    agent = agent_phrase(tokens, i, lex)
    if agent is not None:
        return _agented_report(tokens, i, agent[1], lo, lex)
    gap = 0 if copula else time_gap(tokens, i + 1, lex)  # ('made a pledge on Wednesday that …')
    if tokens[i + 1 + gap].key != "that" and not copula:
        return None
    nxt = tokens[i + 3 if copula else i + 2 + gap]
    if not nxt.is_word or nxt.key in lex.auxiliaries_or_finite_auxiliaries \
            or (nxt.text.islower() and nxt.key.endswith("ed")) or nxt.key == "of":
        return None  # 'his claim that was rejected', 'her view is that of an outsider'
    if not copula and _object_relative(tokens, i + 2 + gap, lex):
        return None  # ('the promises that he made', "the mayor's pledges that she broke last year")
    owner = possessor(tokens, i, lo, lex)
    if owner is None and not copula and tokens[i].key in lex.unowned_report_nouns \
            and (_subject_opens(nxt, lex) or _bare_plural_subject(tokens, i + 2 + gap, lex)) \
            and _noun_phrase_head(tokens, i, lo, lex):
        return CueHit(i, i, tokens[i].start, tokens[i].end, "possessed", "")  # 'amid growing concerns that …'
    if owner is None or (owner[0] <= tokens[lo].start and not copula
                         and passive_after_clause(tokens, i + 2 + gap, lex) is None):
        return None  # ('His view is that …': the copula is the main verb, the possessor may open the sentence;
        # so may it before a passive main verb that ends the clause: "The mayor's claim that … was disputed by …")
    if copula:
        opening = all(t.key in lex.leading_conjunctions or not t.text.islower()
                      for t in tokens[lo:i] if t.end <= owner[0]) and (lo == 0 or not tokens[lo - 1].is_word)
        # (only a sentence's own subject, 'But Mr. Lee's view is that …'; not one read inside another content:
        # 'suggests that the firm's best argument is that …' is the verb's)
        return CueHit(i, i + 1, tokens[i].start, tokens[i + 1].end, "possessed", "") if opening else None
    k = i - 1
    while k > lo and tokens[k].start > owner[0]:
        k -= 1
    if tokens[i].key in lex.occasions and k - 1 >= lo and tokens[k - 1].key in ("in", "on"):
        return None  # 'The bank said in its latest statement that …': the occasion of the verb's words
    return CueHit(i, i, tokens[i].start, tokens[i].end, "possessed", "")


_HEARSAY_GAP: Final = 6  # words at most in the description between a noun of hearsay and its 'that'


def _hearsay_report(tokens: list[Token], i: int, lex: Lexicon) -> CueHit | None:
    """English 'rumors that the dam had cracked', 'a rumour circulating online that …', 'a rumor, spread on a
    forum, that …': a noun of hearsay (hearsay_nouns) and 'that' opening a clause (a subject after it, not a
    relative: 'the rumors that he spread'), a description between at most — a lower-case participle ('-ing', '-ed'
    or an irregular past) and a few words, set off by commas or not. The hit runs from the noun to the word before
    'that'; its character span is the noun's."""
    j = i + 1
    comma = tokens[j].text == ","
    if comma:
        j += 1
    if tokens[j].key != "that":
        part = tokens[j]
        if not (part.is_word and part.text.islower()
                and (part.key.endswith(("ing", "ed")) or part.key in lex.irregular_pasts or part.key == "spread")):
            return None
        k = j + 1
        while k < len(tokens) and k - j <= _HEARSAY_GAP and tokens[k].key != "that" and tokens[k].text != ",":
            if not tokens[k].is_word:
                return None
            k += 1
        if comma:
            if k >= len(tokens) or tokens[k].text != ",":
                return None
            k += 1  # ('a rumor, spread on a forum, that …': the closing comma)
        j = k
    if j + 1 >= len(tokens) or tokens[j].key != "that":
        return None
    nxt = tokens[j + 1]
    if not (_subject_opens(nxt, lex) or _bare_plural_subject(tokens, j + 1, lex)) \
            or _object_relative(tokens, j + 1, lex):
        return None
    return CueHit(i, j - 1, tokens[i].start, tokens[i].end, "possessed", "")


def _agented_report(tokens: list[Token], i: int, last: int, lo: int, lex: Lexicon) -> CueHit | None:
    """English 'despite repeated warnings from his lawyer that the case was lost': the report noun at i, its
    agent ('from'/'by' and a noun phrase) ending at token `last`, then a 'that' clause (not a relative: 'the
    charges from the court that were dropped', 'a statement by the firm that he signed'). Opening the sentence,
    the clause must end at a passive main verb ('The claim by the union that … was rejected by …'). The hit runs
    from the noun to the agent's last word; the agent is the source."""
    that = agent_that(tokens, last)
    if that + 1 >= len(tokens):
        return None
    nxt = tokens[that + 1]
    if not nxt.is_word or nxt.key in lex.auxiliaries_or_finite_auxiliaries \
            or (nxt.text.islower() and nxt.key.endswith("ed")) or _object_relative(tokens, that + 1, lex):
        return None
    opening = all(t.key in lex.determiners or t.key in lex.leading_conjunctions or t.text.islower()
                  for t in tokens[lo:i]) and i - lo <= 2
    if opening and passive_after_clause(tokens, that + 1, lex) is None:
        return None
    return CueHit(i, last, tokens[i].start, tokens[i].end, "possessed", "")


_DEGREE_WORDS: Final[frozenset[str]] = frozenset({
    "so", "very", "too", "quite", "more", "most", "less", "all", "even", "still", "now", "also", "ever"})
_THAT_NOT_CLAUSE: Final[frozenset[str]] = frozenset({
    "day", "night", "morning", "evening", "week", "month", "year", "time", "one", "much", "far", "way"})


CURRENCY_SIGNS: Final[frozenset[str]] = frozenset({"$", "€", "£", "¥"})
_NOT_SUBJECT_WORDS: Final[frozenset[str]] = frozenset({"who", "which", "that", "to", "whose", "whom", "and", "or"})
_NO_CLAUSE_DETERMINERS: Final[frozenset[str]] = frozenset({"that", "no", "any", "such", "little", "every"})


def bare_clause_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """English 'Officials are optimistic the talks will resume', 'She was sure Trump would win', 'We are hopeful
    it works': a clause with its 'that' left out opens at token k: a subject pronoun and a lower-case word (no
    preposition, relative or 'to'), or a short noun phrase (an article or a determiner and a word at least, or a
    run of capitalised words) and then a finite auxiliary or a past tense (irregular or in '-ed'), with no
    comma, preposition, relative or 'to' before it; within six words."""
    if lex.lang != "en" or k + 1 >= len(tokens) or not tokens[k].is_word \
            or not (tokens[k + 1].is_word or tokens[k + 1].text in CURRENCY_SIGNS):
        return False
    first = tokens[k]
    if first.key in lex.clause_subjects:
        nxt = tokens[k + 1]
        return nxt.text.islower() and nxt.key not in _NOT_SUBJECT_WORDS \
            and nxt.key not in lex.complementizers_or_prepositions
    named = first.text[:1].isupper() and first.key not in lex.determiners
    if not named and (first.key not in lex.determiners or first.key in _NO_CLAUSE_DETERMINERS):
        return False
    end = k + 6
    for j in range(k + 1, len(tokens)):
        if j >= end:
            return False
        tok = tokens[j]
        if tok.text in CURRENCY_SIGNS and j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit():
            end += 1  # ('optimistic the $40 million bond will pass': a sum in the noun phrase, its sign no word)
            continue
        if not tok.is_word or tok.key in _NOT_SUBJECT_WORDS or tok.key in lex.complementizers_or_prepositions:
            return False
        lower = tok.text.islower()
        if tok.key in lex.finite_auxiliaries or tok.key in lex.irregular_pasts \
                or (lower and len(tok.key) > 3 and tok.key.endswith("ed") and not tok.key.endswith("eed")):
            if named or j > k + 1:
                return True
        elif named and lower:
            return False  # ('sure Trump supporters …': a name then a noun, no verb yet; read no further)
    return False


_ABOUT_QUESTIONS: Final[frozenset[str]] = frozenset({"how", "whether", "why", "what"})  # ('worried about what …';
# not 'about when', 'about where': a time's or a place's)


def _about_question(tokens: list[Token], i: int) -> bool:
    """English 'worried about how the loans …', 'concerned about whether the water …': after the adjective at
    token i, 'about', a question's word and a lower-case word: the question is what the feeling is about."""
    return i + 3 < len(tokens) and tokens[i + 1].key == "about" and tokens[i + 2].key in _ABOUT_QUESTIONS \
        and tokens[i + 3].is_word and tokens[i + 3].text.islower()


def _stance_adjective(tokens: list[Token], i: int, lo: int, resume: int, lex: Lexicon) -> CueHit | None:
    """English 'The senator came away convinced that …', "She's so frustrated that …", 'Growers remain confident
    that …': an adjective of belief or feeling (stance_adjectives) with 'that' right after it (not 'that day',
    'that one'), 'about' and a question's word ('Parents are worried about how …': the cue takes 'about') or a
    clause with its 'that' left out (`bare_clause_at`: 'Officials are optimistic the talks will
    resume') and, before it, degree adverbs, negations or '-ly' adverbs at most, then a form of 'be' or a
    linking verb (linking_verbs; 'came' and 'walked' with 'away'); after 'be', 'been' or 'being' no '-ed' form
    ('only if he can be convinced that …': a passive). The cue runs from that verb to the adjective; after a
    contracted 'be' ("She's", "they're") from the word after it, the pronoun being the subject."""
    if i + 2 >= len(tokens) or not tokens[i].text.islower():
        return None
    about = _about_question(tokens, i)
    if tokens[i + 1].key != "that" and not about and not bare_clause_at(tokens, i + 1, lex):
        return None
    if tokens[i + 1].key == "that" and (not tokens[i + 2].is_word or tokens[i + 2].key in _THAT_NOT_CLAUSE):
        return None
    j = i - 1
    while j > lo and (tokens[j].key in _DEGREE_WORDS or tokens[j].key in lex.negations
                      or _manner_ly(tokens[j], lex)):
        j -= 1
    if j < lo or not tokens[j].is_word:
        return None
    key = tokens[j].key.replace("\u2019", "'")
    if key == "away" and j - 1 >= lo and tokens[j - 1].key in ("came", "walked"):
        first = j - 1
    elif key in lex.be_forms and not (key in ("be", "been", "being") and tokens[i].key.endswith("ed")):
        first = j + 1 if "'" in key else j  # (not 'can be convinced that …', a passive: someone convinces him)
    elif key in lex.linking_verbs and key not in ("came", "walked"):
        first = j
    else:
        return None
    if first < resume or first > i:
        return None
    last = i + 1 if about else i  # ('Parents are worried about how the loans …': 'about' is the cue's; the
    # question after it is what they fear)
    return CueHit(first, last, tokens[first].start, tokens[last].end, "verb_that", "")


def _colon_after(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text in ":："


def _other_single_form(tokens: list[Token], i: int, key: str, lex: Lexicon, frame: str) -> CueHit | None:
    """A word listed both as a noun of something said (`noun_colon`) and as a verb ('question', 'answer'): the
    hit of its one-word form in another frame than `frame`, if it has one."""
    form = next((f for f in lex.cues.get(key, ()) if len(f.keys) == 1 and not f.glued_tail and f.frame != frame),
                None)
    return None if form is None else CueHit(i, i, tokens[i].start, tokens[i].end, form.frame, form.introducer)


_NOUN_GOVERNORS: Final = frozenset({"amid", "by", "in", "of", "over", "about", "despite", "with", "from", "on",
                                     "among", "after", "to", "against", "and"})


def _noun_phrase_head(tokens: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """English 'amid growing concerns', 'by charges', 'a tacit acknowledgment': token i heads a noun phrase — a
    determiner, a quantifier or a preposition right before it, or one lower-case adjective between (not a
    superlative: 'the greatest fear that I have seen' is a relative clause), or a verb of voicing before it
    ('made baseless claims that …'); not a verb after its subject
    ('environmentalists worry that …')."""
    j = i - 1
    if j >= lo and tokens[j].is_word and tokens[j].text.islower() and tokens[j].key not in _NOUN_GOVERNORS \
            and tokens[j].key not in lex.determiners_or_quantifiers:
        if tokens[j].key in lex.voicing_verbs or (
                j - 1 >= lo and tokens[j - 1].key in lex.voicing_verbs and tokens[j - 1].text.islower()
                and not tokens[j].key.endswith("ly")
                and (tokens[j].key not in lex.cues or tokens[j].key.endswith("ed"))):
            return True  # ('made claims that …', 'made baseless claims that …': the object of a verb of voicing)
        if tokens[j].key.endswith("est") or tokens[j].key in ("only", "same", "first", "last") \
                or (tokens[j].key.endswith("s") and not tokens[j].key.endswith(("ss", "us"))):
            return False  # (a plural noun before it is the verb's subject: 'Some investors worry that …')
        if any(f.frame in ("verb", "verb_that", "participle") for f in lex.cues.get(tokens[i].key, ())):
            return False  # ('with the opposition warning that …': a participle after its subject)
        j -= 1  # ('growing concerns', 'a tacit acknowledgment')
    return j >= lo and (tokens[j].key in _NOUN_GOVERNORS or tokens[j].key in lex.determiners_or_quantifiers)


def _bare_plural_subject(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """English 'warnings that strikes would follow': a lower-case plural right after 'that' with a finite
    auxiliary or a modal right after it is the clause's subject ('concerns that prices will rise'), so the 'that'
    is a complementizer ('warnings that proved true': no auxiliary, a relative pronoun)."""
    tok = tokens[k]
    if tok.key in _PLURAL_DETERMINERS and k + 2 < len(tokens) and tok.text.islower():
        k, tok = k + 1, tokens[k + 1]  # ('assurances that all passengers would be paid')
    return k + 1 < len(tokens) and tok.is_word and tok.text.islower() and tok.key.endswith("s") \
        and not tok.key.endswith(("ss", "us")) and tokens[k + 1].key in lex.finite_auxiliaries


_PLURAL_DETERMINERS: Final[frozenset[str]] = frozenset({"all", "both", "no", "few"})


def time_gap(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """English 'a pledge on Wednesday that …', 'threats last week that …': the number of tokens (2) of a day or a
    period after 'on', 'last' or 'this' at token k with 'that' right after them, else 0."""
    if k + 2 >= len(tokens) or tokens[k + 2].key != "that" or tokens[k + 1].key not in lex.time_words:
        return 0
    key = tokens[k].key
    return 2 if (key == "on" and tokens[k + 1].text[:1].isupper()) or key in ("last", "this") else 0


_RELATIVE_GAP_AFTER: Final[frozenset[str]] = frozenset({
    "in", "on", "at", "to", "during", "last", "this", "earlier", "before", "after", "since", "and", "but", "with",
    "for", "years", "months", "weeks", "days", "ago"})


def _object_relative(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """English 'the promises that he made in 2019', 'the threats that the rebels issued last week', 'the vows that
    the couple exchanged were short': after 'that' a subject (a pronoun, or up to four words opening with an
    article or a capital) and a verb with no object — a verb of voicing (voicing_verbs) before the sentence's end,
    a preposition or a time word, or any past before the main clause's verb — make 'that' a relative pronoun,
    the noun the verb's object: nothing is reported ('fears that prices fell in May' is a clause: 'fell' no
    verb of voicing)."""
    n = len(tokens)
    if k >= n:
        return False
    if _handled_relative(tokens, k, lex):
        return True  # 'a statement from the bank that her husband had signed'
    if tokens[k].key in lex.pronouns and tokens[k].text.islower():
        j = k + 1
    else:
        j = k + 1
        while j < min(n, k + 4) and tokens[j].is_word and not (
                tokens[j].text.islower() and (tokens[j].key in lex.voicing_verbs or tokens[j].key.endswith("ed")
                                              or tokens[j].key in lex.irregular_pasts
                                              or tokens[j].key in lex.finite_auxiliaries)):
            j += 1
    if j >= n or not tokens[j].text.islower():
        return False
    key = tokens[j].key
    after = tokens[j + 1] if j + 1 < n else None
    if key in lex.voicing_verbs:
        return after is None or not after.is_word or after.key in _RELATIVE_GAP_AFTER or after.key in lex.be_forms
    return (key.endswith("ed") or key in lex.irregular_pasts) and after is not None \
        and after.text.islower() and (after.key in lex.be_forms or after.key in lex.finite_auxiliaries)


_PERFECT_AUXILIARIES: Final[frozenset[str]] = frozenset({"had", "has", "have"})


def _handled_relative(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """English 'a statement from the bank that her husband had signed', 'a letter that the council sent': from
    token k (after 'that'), a subject of up to four words, then a past of handling a paper (handling_verbs), alone
    or after 'had', 'has' or 'have' (not 'was': 'that the deal was signed' is a clause), closing the clause (the
    sentence's end, a mark, or a preposition or a time word): the verb has no object, the 'that' is a relative."""
    n = len(tokens)
    if k + 1 >= n or not _subject_opens(tokens[k], lex):
        return False
    for j in range(k + 1, min(n, k + 5)):
        tok = tokens[j]
        if not tok.is_word:
            return False
        if not tok.text.islower():
            continue
        verb = j if tok.key in lex.handling_verbs else None
        if verb is None and tok.key in _PERFECT_AUXILIARIES and j + 1 < n and tokens[j + 1].key in lex.handling_verbs:
            verb = j + 1
        if verb is None and (tok.key in lex.auxiliaries_or_finite_auxiliaries or tok.key in lex.irregular_pasts
                             or tok.key.endswith("ed")):
            return False  # ('that prices had fallen', 'that the deal was signed': a clause of its own)
        if verb is not None:
            after = tokens[verb + 1] if verb + 1 < n else None
            return after is None or not after.is_word or after.key in _RELATIVE_GAP_AFTER
    return False


def _subject_opens(tok: Token, lex: Lexicon) -> bool:
    """English: a word that opens a clause's subject right after 'that' (an article or a determiner, a subject
    pronoun, a capitalised word, a number), so the 'that' is a complementizer, not a relative pronoun before
    its verb ('concerns that give …')."""
    return tok.is_word and (tok.key in lex.clause_subjects_or_determiners_or_quantifiers or tok.text[:1].isupper()
                            or tok.text[:1].isdigit())


def _absorb_verb(tokens: list[Token], hit: CueHit, lex: Lexicon, hi: int) -> CueHit:
    """'حسبما قال', 'as reported by': a speech verb right after an according-phrase belongs to it."""
    nxt = hit.last + 1
    if nxt >= hi or tokens[nxt].start < hit.end:
        return hit
    if lex.lang == "en" and _plural_after_according_to(tokens, nxt):
        return hit  # ('according to documents obtained by …', 'according to reports': the object, a plural noun)
    key = tokens[nxt].key
    resumed = lex.lang == "ar" and tokens[hit.last].key.endswith("ما") and len(key) >= 4 and nxt + 1 < hi \
        and tokens[nxt + 1].is_word and tokens[nxt + 1].key not in lex.prepositions  # (a subject after it: not
    # 'بحسب ما نشره على حسابه', what the speaker himself posted)
    unsuffixed = (key[:-2] if key.endswith("ها") else key[:-1] if key.endswith("ه") else None) if resumed else None
    # ('بحسب ما أعلنه المركز', 'وفق ما ذكره الموقع': the verb with the pronoun of 'ما' as its object)
    for candidate in (key, strip_proclitic(key, lex), unsuffixed):
        for form in lex.cues.get(candidate or "", ()):
            if (form.frame in ("verb", "verb_pl", "relay") or (form.frame == "verb_that" and lex.lang == "ar")) \
                    and len(form.keys) == 1 and not form.glued_tail:  # ('وفق ما أظهرت'; not 'according to figures')
                return CueHit(hit.first, nxt, hit.start, tokens[nxt].end, hit.frame, hit.introducer)
    return hit


def cue_positions(tokens: list[Token], lex: Lexicon, keys: list[str] | None = None) -> list[int]:
    """Indices of the tokens that may start a cue (one pass over an article; `find_cues` visits only these).
    `keys`: the tokens' keys, when the caller has them."""
    cues = lex.cues
    if "" in cues:  # (never in a loaded lexicon) every key without a proclitic would start one
        return [i for i, t in enumerate(tokens) if t.key in cues or (strip_proclitic(t.key, lex) or "") in cues]
    starts = _cue_starts(lex)
    # (a loop, not `compress(count(), map(starts.__contains__, keys))`: compiled, it makes no int object and no
    # call per token, about a quarter of the instructions; interpreted, a little more than the iterators)
    return [i for i, key in enumerate([t.key for t in tokens] if keys is None else keys) if key in starts]


_CUE_STARTS: Final[dict[int, tuple[Lexicon, frozenset[str]]]] = {}  # memo: id of a lexicon → (it, its cue starts)


def _cue_starts(lex: Lexicon) -> frozenset[str]:
    """Every key `cue_positions` accepts: a cue's first word, bare or behind a one-letter proclitic (the keys
    for which `strip_proclitic` gives a cue's first word). A pure memo; the lexicon is kept, so its id stays its."""
    memo = _CUE_STARTS.get(id(lex))
    if memo is not None and memo[0] is lex:
        return memo[1]
    glued = {p + key for p in lex.proclitics if len(p) == 1 for key in lex.cues if len(key) >= 3}
    purposive = {"ل" + key for key in lex.cues if any(f.frame == "verb_that" for f in lex.cues[key])} \
        if lex.returning_verbs else set()  # ('وعاد الوزير ليؤكد أن …': see `after_returning`)
    starts = frozenset(lex.cues) | frozenset(glued) | frozenset(purposive) | lex.report_nouns | lex.stance_adjectives
    if len(_CUE_STARTS) >= 16:
        _CUE_STARTS.clear()
    _CUE_STARTS[id(lex)] = (lex, starts)
    return starts


_RETURNING_REACH: Final = 8  # words before a cue glued to the purposive 'لـ' where a verb of coming back is looked for


def after_returning(tokens: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """Arabic: a present-tense cue glued to the purposive 'لـ' at token i ('ليؤكد', 'لتنفي') with a verb of coming
    back (returning_verbs) at most a few words before it, only words between ('وعاد المصري ليؤكد أن …', 'ثم عادت
    الوزارة لتنفي …'): the subject came back to say it, the verb glued to 'لـ' is the speaker's cue. After any
    other verb the purpose is not a report of its subject ('دعا الحكومة لتؤكد …': the government is asked)."""
    if not any(f.frame == "verb_that" for f in lex.cues.get(tokens[i].key[1:], ())):
        return False
    return returning_before(tokens, i, lo, lex)


def returning_before(tokens: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """Arabic: a verb of coming back (returning_verbs) at most a few words before token i, only words between."""
    for k in range(i - 1, max(lo, i - _RETURNING_REACH) - 1, -1):
        t = tokens[k]
        if not t.is_word:
            return False
        if t.key in lex.returning_verbs or (strip_proclitic(t.key, lex) or "") in lex.returning_verbs:
            return True
    return False


def _arabic_non_cue(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """The tests of `find_cues` that only an Arabic lexicon can pass (each is False for any other: called only
    for Arabic, no call per English hit)."""
    return _gesture_or_time_clause(tokens, hit, lex) or _told_no_one(tokens, hit.first, lex) \
        or _going_not_holding(tokens, hit, lex) or _name_with_allah(tokens, hit, lex) \
        or _adjective_of_document(tokens, hit, lex) or _about_itself(tokens, hit, lex) \
        or _adopting_no_attack(tokens, hit, lex) or _elative_after_noun(tokens, hit, lex) \
        or _text_noun(tokens, hit, lex) or _suspended_predicate(tokens, hit, lex)


_AR_SPEECH_MARKS: Final = frozenset({":", "：", "\"", "«", "“", "،", ","})  # after the verb: a colon, a quotation


def _suspended_predicate(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: a form of 'علق' (suspending_verbs.txt) right after a complementizer and a definite noun is that
    clause's predicate ('إن الإضراب علق مؤقتا': was suspended; 'أن الحكومة علقت المفاوضات'), not 'commented',
    unless speech follows it: 'على', a participle cue, a colon, a quotation, a comma or a complementizer ('أن الوزير
    علق قائلا', 'إن المدرب علق على الهزيمة', 'أن المتحدث علق بأن …')."""
    i = hit.first
    if hit.last != i or i < 2 or tokens[i].key not in lex.suspending_verbs \
            or tokens[i - 2].key not in lex.complementizers or not tokens[i - 1].key.startswith("ال"):
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    return nxt.key != _AR_PROVIDES_ON and nxt.text not in _AR_SPEECH_MARKS and nxt.key not in lex.complementizers \
        and not any(form.frame == "participle" for form in lex.cues.get(nxt.key, ()))


_AR_TEXT: Final = "نص"  # the past 'provided' and the noun 'text', written alike
_AR_CLAUSE_LEADS: Final = frozenset({"كما", "حيث", "قد", "وقد", "فقد", "لقد", "اذ", "وإذ", "واذ"})
_AR_PROVIDES_ON: Final = "علي"  # the preposition «على» as folded
_AR_CLAUSE_PUNCT: Final = frozenset({".", "،", ",", "؛", ";", ":", "!", "?", "؟", "\n", "(", ")"})
_AR_TEXT_SUBJECT_REACH: Final = 6  # tokens of the subject between 'نص' and its 'على'


def _text_noun(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic bare 'نص' reports ('provided') only opening a clause — first in it, after a relative pronoun or a
    leading 'كما', 'حيث' — with 'على' after a few words of its subject ('ونص الاتفاق على أن …', 'الذي نص على
    …'); elsewhere it is the noun 'text' ('نشرت الصحيفة نص الرسالة', 'جاء في نص القرار')."""
    i = hit.first
    key = tokens[i].key
    if hit.last != i or (key != _AR_TEXT and not (key[:1] in ("و", "ف") and key[1:] == _AR_TEXT)):
        return False
    if i > 0 and tokens[i - 1].text not in _AR_CLAUSE_PUNCT and tokens[i - 1].key not in lex.relatives \
            and tokens[i - 1].key not in _AR_CLAUSE_LEADS:
        return True  # (not after a name's closing quotation mark: 'ونشرت صحيفة "…" نص الرسائل')
    for k in range(i + 1, min(len(tokens), i + 1 + _AR_TEXT_SUBJECT_REACH)):
        if tokens[k].key == _AR_PROVIDES_ON:
            return k > i + 1 and not tokens[k - 1].key.startswith("ال") and tokens[k - 1].text not in ")）"
            # (its subject ends in a definite noun or a numbered article: 'المادة (5)'; not 'نص الرسالة منشور على')
        if tokens[k].text in _AR_CLAUSE_PUNCT or tokens[k].text in "\"«»“”":
            return True
    return True


_AR_MANNER_NOUNS: Final = frozenset({"بشكل", "بصوره", "بطريقه"})  # 'in a … way': «بشكل أوضح»
_AR_INDEFINITE_ENDINGS: Final = ("ات", "ه")  # keys of a feminine plural or a tā' marbūṭa: «إشارات», «صورة»


def _elative_after_noun(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic «أوضح» (comparative_cues) as an elative, 'clearer': written bare, right after an indefinite word
    ending in «ات» or «ة» (no article: a verb there would agree with it, «أوضحت») or after «بشكل», «بصورة», and
    with no complementizer, colon or quotation mark after it («تنتظر الأسواق إشارات أوضح بشأن الصرف», «رؤية أوضح
    للوضع», «بشكل أوضح من قبل»): it compares, no one reports."""
    i = hit.first
    if i == 0 or hit.last != i or tokens[i].key not in lex.comparative_cues:
        return False
    prev = tokens[i - 1]
    if not prev.is_word or not (prev.key in _AR_MANNER_NOUNS or (
            prev.key.endswith(_AR_INDEFINITE_ENDINGS) and not prev.key.startswith("ال") and len(prev.key) > 3)):
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    return nxt.key not in lex.complementizers and nxt.text not in ':："«“\'' and not nxt.key.startswith("بان") \
        and nxt.key != "في"  # ('أسامة أوضح في بيان': a name in «ة» and its verb before the occasion)


_CLAIM_REACH: Final = 10  # the words of a claim's subject and object read for its attack
_COMMAS: Final = frozenset(",،")


def _masdar_governor(key: str, lex: Lexicon) -> bool:
    """Arabic: a preposition that makes the verb form after it a verbal noun (masdar_governors: 'بعد', 'رغم'), alone
    or with a glued 'و' or 'ف' ('وبعد تبني التنظيم الهجوم', 'وعقب تأكيد الوزير أن …')."""
    return key in lex.masdar_governors or (key[:1] in ("و", "ف") and key[1:] in lex.masdar_governors)


def _adopting_no_attack(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic 'تبنى', 'تبنت' report a claim of responsibility only with a noun of an attack or of responsibility
    (attack_nouns) among the next words, before a comma or a purpose glued to لـ ('وتبنى تنظيم الدولة الهجوم على
    …'); else the subject adopts a decision or a plan ('وتبنى مجلس الوزراء قرارا بخفض …'): no report."""
    key = tokens[hit.first].key
    if not (strip_proclitic(key, lex) or key).startswith("تبن"):
        return False
    governed = hit.frame == "masdar"
    prev = tokens[hit.first - 1].key if hit.first > 0 else ""
    governor = _masdar_governor(prev, lex)
    if (prev in lex.prepositions or governor) and not (governed and governor):
        return True  # ('فشل المجلس في تبني مشروع قرار …': the verbal noun, no one's claim; 'وبعد تبني التنظيم
        # الهجوم' is a claim: the masdar frame reads it)
    if governed and not governor:
        return True  # ('تبني' with no time preposition before it: a plan adopted, a word in a title)
    k = hit.last + 1
    while k < min(len(tokens), hit.last + 1 + _CLAIM_REACH):
        tok = tokens[k]
        if governed and tok.text in _COMMAS and k + 2 < len(tokens) and tokens[k + 1].key in lex.adverbs \
                and tokens[k + 2].text in _COMMAS:
            k += 3  # ('بعد تبني التنظيم، الأحد، الهجوم': a day set off by commas)
            continue
        if not tok.is_word or (tok.key[:1] == "ل" and not tok.key.startswith("ال")):
            return True
        if tok.key in lex.attack_nouns or _opens_phrase(tokens, k, lex.phrase_index["attack_nouns"]):
            return False  # (the whole phrase: 'إطلاق الصواريخ', not the 'إطلاق النار' of a ceasefire)
        k += 1
    return True


def _english_non_cue(tokens: list[Token], hit: CueHit, lex: Lexicon, lo: int, hi: int) -> bool:
    """The tests of `find_cues` that only an English lexicon can pass (as `_arabic_non_cue`)."""
    i = hit.first
    key = tokens[i].key
    one = hit.last == i
    past = key.endswith("ed")
    # (each test is asked only where its own first check passes — one word, an '-ed' form, a word it lists — so a
    # cue makes a call only to the tests that may hold for it; most make none)
    return (one and _phrasal_verb(tokens, hit, lex)) or (past and _participle_by(tokens, i, lex)) \
        or (past and _elliptic_passive(tokens, i, lex)) \
        or (one and hit.frame in ("verb", "verb_that") and _noun_before_gapped_relative(tokens, hit, lex, hi)) \
        or (key == "per" and _rate_per(tokens, hit, lex)) \
        or (i > lo and tokens[i - 1].key in ("don't", "not") and _negative_imperative(tokens, i, lo, lex)) \
        or (one and key in ("called", "calls") and _phoned(tokens, hit, lex)) \
        or (one and key in _ADMITTING and _admitted_as(tokens, hit, lex)) \
        or (key == "writing" and _in_writing(tokens, hit, lex)) \
        or (one and key in _IDENTIFYING and _identified_without_as(tokens, hit)) \
        or (one and i + 2 < len(tokens) and tokens[i + 1].key == "that"
            and _plural_before_relative(tokens, hit, lex, lo)) \
        or (key in lex.female_names_or_male_names and _first_name(tokens, hit, lex)) \
        or (one and _indefinite_before_gapped_relative(tokens, hit, lex, lo, hi)) \
        or (one and key in _BILLING_FORMS and _sum_billed(tokens, hit, lex, hi)) \
        or _opens_phrase(tokens, i, lex.phrase_index["noun_compounds"]) \
        or (one and key in lex.likening_verbs and _likening_without_phrase(tokens, hit, lex, hi)) \
        or (hit.last == i + 1 and key in lex.topic_participles and not _closing_topic_aside(tokens, hit, hi))
    # ('the think tank said …': a noun)


_REPORTED_REACH: Final = 40  # the tokens read after a verb of `object_taking_reports` for a complementizer
_REPORTED_OPENERS: Final = frozenset({"the", "his", "her", "their", "our", "my", "your"})


def _reports_its_object(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English verbs of `object_taking_reports` ('reported', a `verb_that` cue) report a noun phrase too when it
    opens with 'the', a personal possessive or a quotation ('reported her arrival', 'reported the story',
    'reported "2,521 shootings"') and no complementizer follows in the sentence; a figure, a bare or indefinite
    phrase or 'its' ('reported record profits', 'reported a loss', 'reported its earnings') stays no report."""
    k = hit.last + 1
    if hit.first != hit.last or k >= len(tokens) or tokens[hit.first].key not in lex.object_taking_reports \
            or not (tokens[k].key in _REPORTED_OPENERS or tokens[k].text in _QUOTE_CHARS):
        return False
    for tok in tokens[k:k + _REPORTED_REACH]:
        if tok.key == "that":
            return False
        if tok.text in ".!?":
            break
    return True


_TOPIC_REACH: Final = 30  # the tokens read after 'speaking of' for the sentence's end
_ASIDE_BREAKS: Final = frozenset(",،;:—–-\"“”«»()")


def _closing_topic_aside(tokens: list[Token], hit: CueHit, hi: int) -> bool:
    """English 'speaking of', 'speaking about' (`topic_participles`): an aside after a comma whose topic runs to
    the sentence's end with no comma, dash or quotation in it ('…, said the mayor, speaking of the flooded
    district.'); not before the main verb ('The chief, speaking about the merger, promised …')."""
    if hit.first == 0 or tokens[hit.first - 1].text not in _COMMAS:
        return False
    for j in range(hit.last + 1, min(hi, hit.last + 1 + _TOPIC_REACH)):
        text = tokens[j].text
        if text in ".!?":
            return j > hit.last + 1
        if text in _ASIDE_BREAKS:
            return False
    return False


_LIKENED_PRONOUNS: Final = frozenset({"him", "her", "them", "it", "us", "me", "those", "that", "this", "these"})


def _likening_without_phrase(tokens: list[Token], hit: CueHit, lex: Lexicon, hi: int) -> bool:
    """English verbs of likening ('compared', 'linked': `likening_verbs`) report only with an object of a few
    words (no verb, no punctuation, not opening with a preposition), then 'to' and a phrase opened by a
    determiner, a possessive, a pronoun, a number, a quotation or a capitalised word ('compared the tax plan to
    a leaky bucket'); not with no object ('rose 4 percent, compared to 2019'), an infinitive after 'to'
    ('compared notes to see whether …'), another preposition ('linked arms with her') or after 'by', a method
    ('tracked prices by comparing receipts to …')."""
    i = hit.first
    if i != hit.last or tokens[i].key not in lex.likening_verbs:
        return False
    if i > 0 and tokens[i - 1].key == "by":
        return True
    start = i + 1
    if start >= hi or tokens[start].key in lex.content_blockers or tokens[start].key == "to":
        return True
    for j in range(start, min(hi - 1, start + 8)):
        tok = tokens[j]
        if tok.key == "to":
            nxt = tokens[j + 1]
            return not (nxt.key in lex.determiners or nxt.key in lex.possessives or nxt.key in _LIKENED_PRONOUNS
                        or nxt.text[:1].isdigit() or nxt.text in _QUOTE_CHARS
                        or (nxt.is_word and nxt.text[:1].isupper()))
        if not tok.is_word or tok.key in lex.be_forms_or_finite_auxiliaries or tok.key in lex.cues:
            return True
    return True


_OPENING_CONJUNCTIONS: Final = frozenset({"and", "but", "yet", "so"})
_SETTING_PREPOSITIONS: Final = frozenset({"at", "on", "in", "during", "last", "this"})


def _finite_after_setting(tokens: list[Token], k: int, lex: Lexicon, hi: int) -> bool:
    """A finite verb at token k, or after a short phrase of where or when opened there ('said at Monday's
    hearing was new', 'said last week was false': five words at most, no mark between)."""
    if k < hi and tokens[k].key in _SETTING_PREPOSITIONS:
        for j in range(k + 1, min(hi, k + 6)):
            if not tokens[j].is_word:
                return False
            if tokens[j].key in lex.be_forms_or_finite_auxiliaries:
                return j > k + 1
        return False
    return k < hi and tokens[k].key in lex.be_forms_or_finite_auxiliaries


def _indefinite_before_gapped_relative(tokens: list[Token], hit: CueHit, lex: Lexicon, lo: int, hi: int) -> bool:
    """English 'Nothing the coach said was new', 'Everything the mayor promised was delivered, the council
    said': an indefinite pronoun (`indefinite_pronouns`) opening the sentence (or after a conjunction or a mark),
    then a subject of a few words and a one-word cue with a finite verb at once after it: the pronoun is the
    cue's object in a relative clause with its 'that' left out, and the finite verb is the main clause's (also
    right after a cue or its 'that'; not
    'Nothing, the coach said, was decided', 'The coach said nothing was new', 'the tax which he says is
    needed'). A short phrase of where or when may come between the cue and the finite verb ('Nothing the
    director said at the hearing was new')."""
    if hit.first != hit.last or not _finite_after_setting(tokens, hit.last + 1, lex, hi):
        return False
    for k in range(hit.first - 1, max(lo, hit.first - 6) - 1, -1):
        token = tokens[k]
        if not token.is_word or token.key in lex.relatives or token.key == "that" \
                or token.key in lex.be_forms_or_finite_auxiliaries:
            return False
        if token.key in lex.indefinite_pronouns:
            return k < hit.first - 1 and (k == lo or not tokens[k - 1].is_word
                                          or tokens[k - 1].key in _OPENING_CONJUNCTIONS
                                          or tokens[k - 1].key == "that" or tokens[k - 1].key in lex.cues)
            # ('She said everything the mayor promised was delivered': the pronoun opens the reported clause)
    return False


_BILLING_FORMS: Final = frozenset({"charge", "charges", "charged", "charging"})


def _sum_billed(tokens: list[Token], hit: CueHit, lex: Lexicon, hi: int) -> bool:
    """English 'customers were mistakenly charged fees', 'the bank charged customers fees', 'charges tenants $40':
    'charge' with a fee noun (`fee_nouns`) or a dollar sign right after it or after a one- or two-word object
    bills a sum, no accusation ('charged that the bank hid losses', 'charged him with fraud' report)."""
    if hit.first != hit.last or tokens[hit.first].key not in _BILLING_FORMS:
        return False
    for k in range(hit.last + 1, min(hi, hit.last + 4)):
        token = tokens[k]
        if token.key in lex.fee_nouns or token.text[:1] == "$":
            return True
        if not token.is_word or token.key in lex.complementizers or token.key in lex.prepositions:
            return False
    return False


def _first_name(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English 'spokeswoman Hope Hicks said', 'Hope Hicks said': a one-word cue that is also a first name,
    capitalised, right before another capitalised word, is part of a name, no report ('Trump Says Clinton …', a
    headline's verb, is no first name)."""
    i = hit.first
    return hit.last == i and i + 1 < len(tokens) and tokens[i].text[:1].isupper() \
        and tokens[i].key in lex.female_names_or_male_names and tokens[i + 1].is_word \
        and tokens[i + 1].text[:1].isupper()


_RELATIVE_VERBS: Final = frozenset({"have", "had", "were", "are", "would", "could", "will", "can", "may", "might",
                                    "should", "continue", "helped"})


def _plural_before_relative(tokens: list[Token], hit: CueHit, lex: Lexicon, lo: int) -> bool:
    """English 'the personal attacks that have defined his bid', 'repeated claims that were debunked': a plural
    form of a cue after a lower-case word that is no pronoun, then 'that' and a plural or past verb (not 'was',
    'is': 'Trump claims that was a lie'), is a noun with its relative clause, not a report."""
    i = hit.first
    if i != hit.last or i <= lo or i + 2 >= len(tokens) or tokens[i + 1].key != "that" \
            or not tokens[i].key.endswith("s") or tokens[i].key.endswith("ss"):
        return False
    prev, verb = tokens[i - 1], tokens[i + 2]
    return prev.is_word and prev.text.islower() and prev.key not in lex.pronouns and prev.key not in _PERSONAL \
        and verb.text.islower() and (verb.key in _RELATIVE_VERBS or (verb.key.endswith("ed") and len(verb.key) > 4))


_CALLING_FORMS: Final = frozenset({"call", "calls", "called"})


def _what_it_called(tokens: list[Token], hit: CueHit, hits: list[CueHit], lo: int) -> bool:
    """English 'condemned what he called a "brazen breach"', 'says she admired … what she calls a "war of words"':
    a form of 'call' after 'what' and a subject pronoun, with a cue earlier in the sentence whose content holds
    it: the speaker's own naming is part of that report, no report of its own."""
    i = hit.first
    if hit.last != i or tokens[i].key not in _CALLING_FORMS or not hits \
            or any(t.text in ".;!?" for t in tokens[hits[-1].last + 1:i]):
        return False
    if all(h.frame == "verb_that" for h in hits if h.first >= lo):
        return False  # ('discussed what …': reports only with a complementizer)
    if not (i - 2 >= lo and tokens[i - 2].key == "what" and tokens[i - 1].key in _NAMING_PRONOUNS):
        return False  # ('condemned what the foreign minister called "…"': another's naming, a report of its own)
    k = hits[-1].first - 1  # the earlier cue's subject, when a pronoun right before it (an '-ly' adverb between)
    while k > lo and tokens[k].text.islower() and tokens[k].key.endswith("ly"):
        k -= 1
    earlier = tokens[k].key if k >= lo else ""
    return earlier not in _NAMING_PRONOUNS or _NAMING_PERSON[earlier] == _NAMING_PERSON[tokens[i - 1].key]
    # ('She cited what he called "a sham"': another pronoun, another speaker, whose naming is a report of its own)


_NAMING_PRONOUNS: Final = frozenset({"he", "she", "it", "they", "we", "i"})
_NAMING_PERSON: Final[dict[str, str]] = {"he": "he", "she": "she", "it": "it", "they": "it", "we": "we", "i": "i"}
# (a body, 'it', may be written 'they')


def _bare_cue_placed(tokens: list[Token], i: int, lo: int, hits: list[CueHit], lex: Lexicon) -> bool:
    """English: a base form of bare_cues at token i reports after a modal or auxiliary ('will demand', 'would
    encourage') unless a verb cue of the same sentence came before it (the modal clause is what was said, not a
    second report), 'to' after a verb of taking or using ('used the hearing to demand …'), a subject pronoun ('we
    encourage …'), with a complementizer right after it ('demand that …'), or after 'and' when a verb cue of the
    same clause came before it ('accused the agency of lying and encourage voters to …')."""
    if i <= lo:
        return i + 1 < len(tokens) and tokens[i + 1].key in lex.complementizers
    prev = tokens[i - 1].key
    if i + 1 < len(tokens) and tokens[i + 1].key in lex.complementizers and prev not in ("or", "to"):
        return True  # (not 'has until May to decide whether to approve the deal or demand that …': a choice)
    earlier = bool(hits) and hits[-1].frame in ("verb", "verb_that") \
        and not any(t.text in ".;:!?" for t in tokens[hits[-1].last + 1:i])
    if prev in lex.finite_auxiliaries:
        return not earlier  # ('Experts said the ruling could encourage other counties to …': what they expect)
    if prev == "to":
        return taking_verb(tokens, i - 1) is not None  # ('used the hearing to demand …'; not 'Asked to describe …')
    return prev in ("you", "also") or prev in _PERSONAL or (prev == "and" and earlier) or _depicted_as(tokens, i, lex)


def _depicted_as(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English 'Colleagues describe him as stubborn', 'Critics describe the levy as a giveaway': a base form of
    depicting_verbs after a word with its object (at most four words, no mark) and 'as' after it: a present
    report of how someone is seen, whatever its subject."""
    if tokens[i].key not in lex.depicting_verbs or not tokens[i - 1].is_word:
        return False
    for k in range(i + 2, min(len(tokens), i + 6)):
        if not tokens[k].is_word:
            return False
        if tokens[k].key == "as":
            return k + 1 < len(tokens) and tokens[k + 1].key not in _NOT_DEPICTED
    return False


_NOT_DEPICTED: Final = frozenset({"well", "much", "soon", "long", "if", "though", "far"})  # ('as well as …')


def find_cues(tokens: list[Token], lex: Lexicon, lo: int = 0, hi: int | None = None,
              positions: list[int] | None = None) -> list[CueHit]:
    """Cue hits among tokens[lo:hi], left to right, longest form first, never overlapping."""
    hits: list[CueHit] = []
    hi = len(tokens) if hi is None else hi
    starts = positions if positions is not None else list(range(lo, hi))  # (a list: compiled, read in place)
    k = search_left(starts, lo)
    resume = lo
    while k < len(starts) and starts[k] < hi:
        i = starts[k]
        k += 1
        if i < resume:
            continue
        key = tokens[i].key
        hit = _possessed_report(tokens, i, lo, lex) if key in lex.report_nouns else None
        if hit is not None:
            hits.append(hit)
            resume = i + 1
            continue
        if key in lex.stance_adjectives:
            hit = _stance_adjective(tokens, i, lo, resume, lex)
            if hit is not None:
                hits.append(hit)
                resume = i + 1
                continue
            if key not in lex.cues:
                continue  # ('worried' is a verb too: 'Officials worried that …' reads as one)
        hit = _first_form(tokens, i, key, lex)
        if hit is None and (bare := strip_proclitic(key, lex)) is not None:
            hit = _first_form(tokens, i, bare, lex)
        if hit is None and key[:1] == "ل" and lex.returning_verbs and after_returning(tokens, i, lo, lex):
            hit = _first_form(tokens, i, key[1:], lex)
        if hit and hit.frame == "noun_colon" and not _colon_after(tokens, i):
            hit = _other_single_form(tokens, i, key, lex, "noun_colon")  # 'Critics question whether …': the verb
        if hit and hit.frame in ("verb", "verb_that") and i > 0 and _masdar_governor(tokens[i - 1].key, lex):
            hit = dataclasses.replace(hit, frame="masdar")  # "بعيد تعهد الرئيسين بـ…", "رغم تعهد بيونغ يانغ بنزع …"
        elif hit and hit.frame in ("verb", "verb_that") and lex.lang == "en" and (_passive_report(tokens, hit, lex)
                                                                              or _negated_raising(tokens, hit, lex)):
            hit = dataclasses.replace(hit, frame="passive")  # 'she was warned that …', 'it was reported that …'
        elif hit and hit.frame in ("verb", "verb_that") and lex.lang == "en" and _passive_charge(tokens, hit, lex):
            hit = dataclasses.replace(hit, frame="passive_charge")  # 'The firm was accused of hiding losses'
        elif hit and hit.frame in ("verb", "verb_that") and lex.lang == "en" and _agent_passive(tokens, hit, lex):
            hit = dataclasses.replace(hit, frame="agent_passive")  # 'His death was confirmed by police'
        elif hit and hit.frame == "participle" and lex.lang == "en" and i > 1 and tokens[i].text.islower() \
                and _gerund_after_report(tokens, i, lex):
            hit = None  # 'says finding child care is hard': the reported clause's subject, no participle of report
        elif hit and hit.frame in ("verb", "verb_pl", "verb_that", "relay") and (_is_noun_use(tokens, i, lex) or
                                                                      _blocked(tokens, i, lex)
                                                                      or _within_anonymity_phrase(tokens, i, lex)) \
                and not _infinitive_with_that(tokens, i, hit, lex) and named_report(tokens, i, lo, hi, lex) is None:
            hit = _other_single_form(tokens, i, key, lex, hit.frame) if _colon_after(tokens, i) else None
            # ('I had to change my answer: "…"': the noun of something said, read with its colon)
            hit = hit if hit is None or hit.frame == "noun_colon" else None
        if hit and hit.frame == "verb_that" and lex.lang == "en" and _reports_its_object(tokens, hit, lex):
            hit = dataclasses.replace(hit, frame="verb")  # 'reported her arrival on Facebook'
        # (a test whose first check is the frame or a listed word is asked only where that check passes)
        if hit and (_passive_spelling(tokens, i, lex)
                    or (hit.frame == "masdar" and (_occasion_noun(tokens, hit, lex)
                                                   or _adjective_masdar(tokens, hit, lex)
                                                   or _masdar_opening_a_clause(tokens, hit, lex)))
                    or (key in lex.preposition_cues and _preposition_use(tokens, i, lex)
                        and not _introducer_next(tokens, hit, lex))
                    or _section_heading(tokens, i, lex)
                    or (hit.frame == "participle" and _noun_participle(tokens, hit, lex))
                    or (tokens[hit.first].key in lex.calling_verbs and _calling_nothing(tokens, hit, lex))
                    or _posting_nothing(tokens, hit, lex)
                    or (lex.lang == "en" and _on_a_medium(tokens, hit, lex))
                    or (tokens[hit.first].key in lex.intention_verbs and _intention_without_subject(tokens, hit, lex))
                    or (tokens[hit.first].key in lex.questioning_verbs and _question_as_noun(tokens, hit, lex))
                    or (lex.lang == "ar" and _arabic_non_cue(tokens, hit, lex))
                    or (lex.lang == "ar" and _no_one_blamed(tokens, hit))
                    or (lex.lang == "en" and _english_non_cue(tokens, hit, lex, lo, hi))):
            hit = None
        if hit and hit.frame == "participle" and ((i > 0 and tokens[i - 1].key in lex.participle_blockers)
                                                  or (lex.lang == "en" and i > 0  # 'with a telling side-by-side',
                                                      # 'wrote in her ruling that …' (after 'in': not 'told her')
                                                      and tokens[i - 1].key in lex.determiners
                                                      and (tokens[i - 1].key not in lex.addressees
                                                           or (i > 1 and tokens[i - 2].key == "in")))
                                                  or (lex.lang == "en" and i > 0  # "the court's finding that …"
                                                      and (_possessive(tokens[i - 1], lex)
                                                           or _plural_possessive(tokens, i)))
                                                  or _in_anonymity_phrase(tokens, i, lex)
                                                  or _predicate_after_that(tokens, i, lex)
                                                  or _adjective_after_noun(tokens, i, lex)
                                                  or _reduced_relative(tokens, i, lex)
                                                  or _noun_after_modifier(tokens, hit, lex)
                                                  or _coordinated_adjective(tokens, i, lex)
                                                  or _prevented_from(tokens, i, lex)
                                                  or _taken_as(tokens, i, lex)
                                                  or _participle_before_noun(tokens, i, lex)
                                                  or _participle_closing_aside(tokens, i, lex)
                                                  or _counted_participle(tokens, i, lex)):
            hit = None
        if hit and lex.lang == "en" and _what_it_called(tokens, hit, hits, lo):
            hit = None  # ('condemned what he called a "brazen breach"': the naming is part of the earlier report)
        if hit and hit.frame == "verb_that" and tokens[hit.last].key in lex.stance_adjectives \
                and _about_question(tokens, hit.last):
            hit = dataclasses.replace(hit, last=hit.last + 1, end=tokens[hit.last + 1].end)  # ('are concerned about
            # whether …': a listed form of the adjective takes 'about' as _stance_adjective does)
        if hit and key in lex.bare_cues and hit.first == hit.last and not _bare_cue_placed(tokens, i, lo, hits, lex):
            hit = None  # ('the demand from China', 'low rates encourage borrowing')
        if hit and hit.frame == "verb_share" and share_subject(tokens, i) is None:
            hit = None  # ('the funds support the program', 'came back'): no share of those polled before it
        if hit and hit.frame == "according_poll" and not _poll_after(tokens, hit.last + 1, lex):
            view = _view_after(tokens, hit.last + 1, lex, hi)  # 'In his view, …': an according-phrase
            hit = None if view is None else CueHit(i, view, tokens[i].start, tokens[view].end, "according_view", "")
        if hit and hit.frame == "according_estimate" and _estimate_after(tokens, hit.last + 1, lex, hi) is None:
            hit = None  # ('paid by the hour'; '…, by one estimate.' is an according-phrase)
        if hit and hit.frame.startswith("according"):
            hit = _absorb_verb(tokens, hit, lex, hi)
        if hit and hit.last < hi:
            hits.append(hit)
            resume = hit.last + 1
    return hits
