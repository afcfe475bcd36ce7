"""The parser: ``parse(text, lang) -> ParseResult``, a pipeline of small pure functions with no I/O.

    tokens, quotes -> paragraphs (furniture and headline dropped) -> sentences -> cues
    -> frames (content, source mention, conduit region per cue) -> orphan quotes -> resolution -> kinds
"""

from __future__ import annotations

import bisect
import gc
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter
from typing import Any, Final

from attribution.lexicons import Lexicon, lexicon_for
from attribution.model import Attribution, Diagnostic, ParseResult, Span
from attribution.parse.bylines import dash_bylines, document_lists, headline_label, headline_verb, speaker_labels
from attribution.parse.claims import FRAMES
from attribution.parse.cues import CueHit, cue_positions, find_cues, is_section_label
from attribution.parse.frames import Draft, Range, Sentence, coordinated_by_agreement, coordinated_in_host, inside_quote
from attribution.parse.quotes import (
    QuoteSpan,
    body_name_quotes,
    called_quotes,
    find_quotes,
    nickname_quotes,
    split_at_speech_asides,
    title_quotes,
)
from attribution.parse.resolve import CONDUIT_TYPES, RegistryLike, Resolver
from attribution.parse.segment import (
    content_paragraphs,
    headline_at,
    is_caption,
    is_promo,
    is_pull_quote,
    paragraph_breaks,
    paragraphs,
    sentences,
)
from attribution.textnorm import PlainCopy, display_name, literal_matches, normalize_key, plain_copy, runs_before
from attribution.tokens import Token, fold_token, search_left, search_right, tokenize, tokenize_columns

__all__ = ["detect_lang", "parse"]

_START: Final = itemgetter(0)  # Token.start, QuoteSpan's start


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones in the first 4,000 characters, else 'en'."""
    sample = text[:4000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
                 or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefc")  # (presentation forms)
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return "ar" if arabic > latin else "en"


def _default_registry() -> RegistryLike | None:
    try:
        from attribution.registry import Registry
    except ImportError:  # the registry package is optional for the bare parser
        return None
    return Registry.default()


def parse(text: str, lang: str | None = None, *, registry: RegistryLike | None = None,
          lexicon: Lexicon | None = None) -> ParseResult:
    """Every attribution in an article, with spans into `text` exactly as given.

    The cyclic garbage collector is paused for the parse (and switched back on after it, if it was on): a
    parse allocates a tuple per token and makes almost no reference cycles (what it drops is freed by
    reference counting), but every 700 allocations Python's collector walks the young objects, and every
    70,000 all of the process's, the parser's memos included (~7 % of a compiled parse). The collector is
    the process's: another thread's allocations are not collected during a parse either; cyclic garbage
    waits for the first collection after it."""
    if "&" in text and _QUOTE_ENTITY_CORE.search(text) is not None:
        same_length = PlainCopy(text, fold_quote_entities(text), [], [])
        return _on_original(same_length, parse(same_length.text, lang, registry=registry, lexicon=lexicon))
    if not gc.isenabled():
        return _parse(text, lang, registry, lexicon)
    gc.disable()
    try:
        return _parse(text, lang, registry, lexicon)
    finally:
        gc.enable()


# A quotation mark written as an HTML entity in plain text ('&quot;', '&#8220;', '&rdquo;'): left by a feed that
# escaped its markup twice.
_QUOTE_ENTITY: Final = re.compile(r"([.!?,]?)&(?:(quot|#34|#x22)|(ldquo|#8220|#x201[cC])|(rdquo|#8221|#x201[dD]));")
# The same entity without the stop before it: whether a text holds one (a pattern opening with a literal '&' is
# searched by a scan for that character; `_QUOTE_ENTITY`, opening with an optional group, is tried at every
# position, ~2 M instructions over an article)
_QUOTE_ENTITY_CORE: Final = re.compile(r"&(?:quot|#34|#x22|ldquo|#8220|#x201[cC]|rdquo|#8221|#x201[dD]);")


def fold_quote_entities(text: str) -> str:
    """A copy of `text` of the same length, each quotation mark written as an HTML entity replaced by the mark
    and spaces: the mark first when it opens a quotation (after a space, a bracket or the start, before a
    word), last when it closes one, right after the stop or comma written before the entity — so that a
    quotation's span, cut from the original text, holds the whole entity ('&quot;We will stay.&quot;') and a
    full stop still closes the sentence there. Offsets are unchanged; only matching reads this copy."""
    def mark(m: re.Match[str]) -> str:
        stop = m.group(1)
        ch = '"' if m.group(2) else "“" if m.group(3) else "”"
        before = stop or (text[m.start() - 1] if m.start() else " ")
        after = text[m.end()] if m.end() < len(text) else " "
        pad = " " * (m.end() - m.start() - 1 - len(stop))
        opens = (before.isspace() or before in "([{—–-:") and not after.isspace()
        return stop + ch + pad if opens else pad + stop + ch
    return _QUOTE_ENTITY.sub(mark, text)


def _parse(text: str, lang: str | None, registry: RegistryLike | None, lexicon: Lexicon | None) -> ParseResult:
    """The parse of `text`, read through its plain copy (`PlainCopy`) when it holds invisible format characters (a
    right-to-left mark after a word, a zero-width non-joiner inside one, a soft hyphen, a BOM), Arabic diacritics,
    tatweel, presentation forms or Persian letter forms, or odd spaces: the pipeline sees words as the reader
    does, and every span is mapped back to `text` as given."""
    copy = plain_copy(text)
    if copy is None:
        return _parse_plain(text, lang, registry, lexicon)
    return _on_original(copy, _parse_plain(copy.text, lang, registry, lexicon))


def _on_original(copy: PlainCopy, result: ParseResult) -> ParseResult:
    """`result`, parsed from `copy.text`, with its spans and offsets in `copy.original`."""
    text = copy.original
    attributions = tuple(_attribution_of(a.kind, _on_original_span(copy, a.content), _on_original_or_none(copy, a.cue),
                                         _on_original_or_none(copy, a.source), a.source_canonical, a.source_type,
                                         a.anonymous, a.conduits)
                         for a in result.attributions)  # (not `replace`: it reads the fields)
    diagnostics = tuple(d if d.offset is None else Diagnostic(d.code, d.message, copy.to_original(d.offset))
                        for d in result.diagnostics)
    return ParseResult(text, result.lang, attributions, diagnostics)


def _on_original_span(copy: PlainCopy, s: Span) -> Span:
    """The span of `copy.original` that `s`, a span of `copy.text`, stands for. (Module functions, not a nested one,
    and no `*` call: compiled, both are generic calls.)"""
    start, end = copy.span_to_original(s.start, s.end)
    return _span(copy.original, start, end)


def _on_original_or_none(copy: PlainCopy, s: Span | None) -> Span | None:
    return None if s is None else _on_original_span(copy, s)


def _parse_plain(text: str, lang: str | None, registry: RegistryLike | None, lexicon: Lexicon | None,
                 ) -> ParseResult:
    lang = lang or detect_lang(text)
    lex = lexicon or lexicon_for(lang)
    reg = registry if registry is not None else _default_registry()
    columns = tokenize_columns(text)
    tokens, starts, texts, keys = columns
    paras = paragraphs(text)
    breaks = paragraph_breaks(text, paras)
    quotes, problems = find_quotes(text, lex.quote_pairs, breaks)
    if lex.lang == "en":
        quotes = split_at_speech_asides(text, quotes, fold_token, lex.inverting_verbs,
                                        lex.determiners_or_pronouns)
    kept = content_paragraphs(text, paras, lex)
    sents = sentences(text, kept, tokens, quotes, lex, starts, texts)
    if lex.lang == "en":
        sents = [r for r in sents if not is_promo(text, r, lex)]  # ('Follow her on X, where she says …')
    names = _with_quoted_outlets(text, quotes, reg.find_in(text, columns), reg) if reg is not None else []
    titles = title_quotes(text, quotes, lex.title_nouns, fold_token, lex.name_nouns,
                          _predicate_openers(lex.complementizers)) \
        | _quoted_names(quotes, names) \
        | body_name_quotes(text, quotes, lex.title_nouns, lex.complementizers, fold_token) \
        | (nickname_quotes(text, quotes) if lex.lang == "en" else frozenset())
    called = called_quotes(text, quotes, titles) if lex.lang == "en" and titles else []
    quotes = [q for q in quotes if q not in titles]
    kind_quotes = sorted(quotes + called) if called else quotes  # (the caller's words count for the kind)
    positions = _outside_titles(cue_positions(tokens, lex, keys), starts, titles)
    drafts = _drafts(text, tokens, starts, quotes, sents, lex, *_protected(text, starts, names), positions,
                     keys)
    lists = document_lists(text, kept, lex.documents, lex.determiners, fold_token)
    labels = speaker_labels(text, kept, lambda label: is_section_label(label, lex) or _cue_label(label, lex)
                            or _label_closing_on_cue(label, lex),
                            (lambda label, at: _named_person(text, label, at, lex)) if lex.lang == "ar" else None,
                            lambda label: _may_be_place(label, lex), lambda label: _names_a_role(label, lex),
                            _introduces_interview(text, paras, lex))
    top = headline_at(text, paras, lex) if lex.lang == "en" and len(paras) > 1 else 0  # (under a kicker)
    if lex.lang == "en" and len(paras) > 1 \
            and len(text[paras[top][0]:paras[top][1]].split()) < _HEADLINE_WORDS \
            and not any(d.content[0] < paras[top][1] for d in labels) \
            and not is_caption(text[paras[top][0]:paras[top][1]], lex):  # (not a transcript's first turn, nor a
        # photo's caption opening the page: 'Photo: Mayor Ruiz speaks … (AP Photo/Tim Ross)')
        labels += _without_cue_in_label(headline_label(text, paras[top],
                                                       lambda label: _heading_label(label, lex, reg, text),
                                                       lambda label: is_section_label(label, lex),
                                                       lambda word: _headline_cue(word, lex)), drafts) \
            or headline_verb(text, paras[top], lambda word: _headline_cue(word, lex),
                             lambda word: fold_token(word) in lex.subordinators,
                             lambda word: fold_token(word) in lex.pronouns_or_relatives,
                             lambda word: fold_token(word) in lex.facing_verbs)
    drafts = _merge_layout(drafts, dash_bylines(text, _outside_pull_quotes(text, paras, kept, quotes), kept)
                           + labels + lists)
    cut_at, quoted = sorted(breaks), frozenset(quotes)
    pieces = [piece for d in drafts for piece in _by_paragraph(text, d, cut_at, quoted)]
    drafts = _nearest_cue(pieces, {d.content for d in pieces} - {d.content for d in drafts})
    drafts = [d for d in drafts if not _earlier_version(text, d, lex)]
    if lex.lang == "en":
        drafts = [_without_outlet_told(text, d, names, lex) for d in drafts
                  if not _lone_adverb(text, d) and not _lone_duration(text, d, lex) and not _wished_for(text, d, lex)]
        drafts = _without_reported_speakers(drafts)
        if ", which" in text:
            opening = [q[0] for q in quotes]
            drafts = [_without_object_relative(text, d, quotes, opening, lex) for d in drafts]
    if "#" in text:
        drafts = [_without_trailing_hashtags(text, d) for d in drafts]
    resolver = Resolver(text, lex, reg, names, columns)
    quote_starts = [q[0] for q in quotes]
    attributions = tuple(_attribution(text, d, resolver, quotes, quote_starts, kind_quotes) for d in drafts)
    if lex.lang == "en" and labels:
        turns = [d.content for d in labels if d.frame == "label"]
        attributions = tuple(a for a in attributions if not _unresolved_it_in_turn(a, turns))
    return ParseResult(text, lang, attributions, tuple(problems))


def _unresolved_it_in_turn(a: Attribution, turns: list[Range]) -> bool:
    """English 'HAYES: Because it asks people to …': 'it' in a transcript's turn, naming no body or document
    quoted before it, is what the speaker talks about (a plan, a law), no source of its own."""
    source = a.source
    if source is None or a.source_type != "other" or source.text.lower() != "it":
        return False
    return any(s <= source.start and source.end <= e for s, e in turns)


def _earlier_version(text: str, d: Draft, lex: Lexicon) -> bool:
    """'Correction: An earlier version of this story said …', 'ورد في نسخة سابقة من هذا الخبر أن …': the article's
    own earlier text is no source (earlier_versions), and what it said is no one's claim."""
    if d.source is None:
        return False
    words = text[d.source[0]:min(d.source[1], d.source[0] + _VERSION_HEAD)].split()
    if not words:
        return False
    first = fold_token(words[0])
    phrases = lex.phrases_starting("earlier_versions", first)
    if not phrases:  # (most sources: the other words need no folding)
        return False
    keys = [first] + [fold_token(w) for w in words[1:]]
    return any(tuple(keys[:len(p)]) == p for p in phrases)


_VERSION_HEAD: Final = 40  # characters holding the first words of a source ('An earlier version of this story')


def _without_reported_speakers(drafts: list[Draft]) -> list[Draft]:
    """English 'Residents who said the water was unsafe demanded tests': a source that is the very span another
    record reports (the clause a relative's 'said' took, read again as the subject of the verb after it) is what was
    said, not who says it; that record goes. Only a content after its cue counts ('The coach, aides said, told
    …': the coach, what the aides said, still tells)."""
    contents = {d.content for d in drafts if d.cue is not None and d.cue[1] <= d.content[0]}
    if not contents:
        return drafts
    return [d for d in drafts if d.source is None or d.source not in contents]


def _lone_adverb(text: str, d: Draft) -> bool:
    """English 'According to MSNBC, basically.': a content that is one lower-case adverb in '-ly' reports
    nothing."""
    word = text[d.content[0]:d.content[1]].strip(" ,.;:!?")
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower()


_DURATION_PREPOSITIONS: Final = frozenset({"for", "since", "over", "throughout", "all"})


def _lone_duration(text: str, d: Draft, lex: Lexicon) -> bool:
    """English 'The fishermen have complained for years.', 'She has argued since last spring.': a content that is
    only a preposition of duration and a span of time (`durations`, a month or a day; articles, numbers and
    quantifiers between) says how long it was said, not what: no record."""
    words = text[d.content[0]:d.content[1]].strip(" ,.;:!?").split()
    if not 2 <= len(words) <= 6 or words[0] not in _DURATION_PREPOSITIONS:
        return False
    last = fold_token(words[-1])
    if last not in lex.durations and last not in lex.months_or_time_words:
        return False
    for word in words[1:-1]:
        key = fold_token(word)
        if not (key.isdigit() or key in lex.durations or key in lex.determiners or key in lex.quantifiers
                or key in lex.months_or_time_words):
            return False
    return True


def _wished_for(text: str, d: Draft, lex: Lexicon) -> bool:
    """English 'Parents had hoped for a quick deal.', 'The crew wished for calmer seas.': after a verb of hoping
    (`wishing_verbs`), a content that is only 'for' and a noun phrase (no 'to' of a clause: 'hoped for the board to
    act' still reports) names what was wanted, no claim."""
    if d.cue is None or fold_token(text[d.cue[0]:d.cue[1]]) not in lex.wishing_verbs:
        return False
    words = text[d.content[0]:d.content[1]].split()
    return len(words) > 1 and words[0] == "for" and "to" not in words and "that" not in words


_TRAILING_HASHTAGS: Final = re.compile(r"(?:[ \t]+#\w+)+[ \t]*$")  # ' #traffic #citynews' closing a post


def _without_trailing_hashtags(text: str, d: Draft) -> Draft:
    """A post's hashtags after what it reports, ending its line with no full stop ('… will reopen Monday #traffic'),
    tag it; they are not said. One that a sentence's full stop closes is a word of it ('… أبو بكر #البغدادي.')."""
    s, e = d.content
    if text.find("#", s, e) < 0:  # (the pattern is tried at each space: first, whether the content holds a '#')
        return d
    m = _TRAILING_HASHTAGS.search(text, s, e)
    if m is None or m.start() <= s:
        return d
    line_end = text.find("\n", e)
    return d if text[e:len(text) if line_end < 0 else line_end].strip() else replace(d, content=(s, m.start()))


_OBJECT_RELATIVE: Final = re.compile(r",[ \t]+which[ \t]+([A-Za-z][\w.'’-]*)[ \t]+[A-Za-z]")
# (', which the council rejected', ', which Lena Ortiz called a stunt')
_RELATIVE_RESUMES: Final = (",", ";", "—", "–", "--", "(")  # a relative clause set off in the middle: not the end


def _without_object_relative(text: str, d: Draft, quotes: list[QuoteSpan], quote_starts: list[int],
                             lex: Lexicon) -> Draft:
    """English 'said the city should release the audit, which the mayor has refused to do': a relative clause
    whose own subject, a noun phrase (a determiner or a capitalised name), follows 'which' and which runs to the
    content's end is the writer's remark on what was said, or another party's view of it; the content ends
    before its comma. A subject relative (', which would cost $4 million') is kept, and so is one closed by a
    comma mid-content ('that the plan, which the council passed, will …'); one with a pronoun subject is left to
    the cue in it (', which she called a relief' ends the content already) or kept (', which he was cleaning').
    Only a content after its cue, outside quotation marks."""
    s, e = d.content
    if d.cue is None or d.cue[1] > s:
        return d
    m = _OBJECT_RELATIVE.search(text, s, e)
    if m is None or m.start() <= s or m.end() > e or inside_quote(quotes, quote_starts, m.start()):
        return d
    rest = text[m.end():e]
    if any(mark in rest for mark in _RELATIVE_RESUMES):
        return d
    word = m.group(1)
    key = fold_token(word)
    if key in lex.determiners or (word[0].isupper() and key not in lex.pronouns):
        end = m.start()
        while end > s and text[end - 1].isspace():
            end -= 1
        return replace(d, content=(s, end))
    return d


_TO_OUTLET: Final = re.compile(r"[ \t]+to[ \t]+((?:the[ \t]+)?(?:[A-Z][\w.'’&-]*[ \t]*){1,5}?)"
                               r"(?:[ \t]+(?:on|late|early|this|last|in)[ \t]+[\w ]{1,25})?[.,]?$")
# (' to Polygon', ' to the Daily Ledger on Wednesday' closing an object content)


def _without_outlet_told(text: str, d: Draft, names: Sequence[tuple[int, int, Any]], lex: Lexicon) -> Draft:
    """English 'confirmed the layoffs to Polygon on Thursday': a noun-phrase object of a verb of disclosing (no
    complementizer, quotation or verb in it) ending with 'to', an outlet and a time at most names whom the
    speaker told; it ends before 'to', and the outlet is the conduit. An outlet is one the registry knows or a
    capitalised name ending with an outlet noun ('the Daily Ledger', 'the Herald') or a masthead word ('the
    Harlow Echo')."""
    s, e = d.content
    if d.cue is None or d.cue[1] > s or d.cue_key not in lex.disclosing_verbs or text[s] in "\"“'‘":
        return d
    m = _TO_OUTLET.search(text, s, e)
    if m is None or m.start() == s:
        return d
    verbs = lex.be_forms_or_complementizers_or_finite_auxiliaries
    if any(fold_token(w) in verbs or (w.islower() and w.endswith("ed")) for w in text[s:m.start()].split()):
        return d  # ('says an internal review shows no one released the files to the Times': a clause)
    a, b = m.start(1), m.start(1) + len(m.group(1).rstrip())
    known = any(x <= a + 4 and y >= b - 1 and entry.type in CONDUIT_TYPES for x, y, entry in names)
    last = text[a:b].split()[-1]
    if not known and fold_token(last) not in lex.outlet_nouns and not (
            fold_token(last) in lex.masthead_words and text[a:b].startswith("the ") and last[:1].isupper()):
        return d
    region = (a, b) if d.conduit_region is None else (min(a, d.conduit_region[0]), max(b, d.conduit_region[1]))
    return replace(d, content=(s, m.start()), conduit_region=region)


def _without_cue_in_label(heads: list[Draft], drafts: Sequence[Draft]) -> list[Draft]:
    """English 'The coach told reporters: "…"' opening a short text: the words before the colon hold a cue whose
    record already gives the quotation its speaker, so they are a sentence, not a headline's label naming one."""
    return [h for h in heads if h.source is None or not any(
        d.cue is not None and h.source[0] <= d.cue[0] < h.source[1]
        and d.content[0] < h.content[1] and h.content[0] < d.content[1] for d in drafts)]


def _cue_label(label: str, lex: Lexicon) -> bool:
    """English 'Said Ellis: "…"': a label opening with a speech verb is the verb's sentence, not a speaker label."""
    words = label.split()
    return lex.lang == "en" and len(words) > 1 and fold_token(words[0]) in lex.inverting_verbs


_HEADLINE_WORDS: Final = 25  # an article's first line shorter than this, with a body after it, may be its headline


_MARKER_WORD: Final = re.compile(r"[\w&'’]+")  # ('Q&A')


def _introduces_interview(text: str, paras: Sequence[Range], lex: Lexicon) -> bool:
    """An English article with questions ('Q: …') whose headline or paragraphs before the first question call it an
    interview ('Q&A: …', 'We sat down with the mayor …', 'We asked her about …': interview_markers)."""
    if lex.lang != "en" or not any(text.startswith("Q:", s) for s, _ in paras):
        return False
    for s, e in paras:
        if text.startswith("Q:", s):
            return False
        keys = [fold_token(w) for w in _MARKER_WORD.findall(text, s, e)]
        if any(k in lex.interview_markers or any(tuple(keys[n:n + len(p)]) == p
                                                 for p in lex.phrases_starting("interview_markers", k))
               for n, k in enumerate(keys)):
            return True
    return False


def _headline_cue(word: str, lex: Lexicon) -> bool:
    """A capitalised speech verb in the present, as a headline writes it ('Says', 'Warns', 'Shows'); not one of
    attacking, praising or setting out ('Senator Slams Bank CEO', 'Mayor Blasts Council', 'Governor Unveils
    Budget': charging_verbs in the past, object_reports), whose object is a target, not words said."""
    key = fold_token(word)
    if not (word[:1].isupper() and key.endswith("s")) or key in lex.object_reports \
            or any(past in lex.charging_verbs for past in (key[:-1] + "ed", key[:-1] + key[-2:-1] + "ed",
                                                           key[:-1] + "d")):
        return False
    return any(form.keys == (key,) and form.frame in ("verb", "verb_that") for form in lex.cues.get(key, ()))


def _outside_pull_quotes(text: str, paras: list[Range], kept: list[Range], quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations outside the pull quotes the page set off (a dropped paragraph repeating a quotation of the
    body, maybe signed: '"…" — Mayor Lina Ortiz'): signed or not, such a quotation gives no second record."""
    if len(kept) == len(paras):  # (most texts: no paragraph dropped)
        return quotes
    kept_set = set(kept)
    pulled = [p for p in paras if p not in kept_set and is_pull_quote(text, p)]
    return [q for q in quotes if not any(s <= q[0] < e for s, e in pulled)] if pulled else quotes


def _heading_label(label: str, lex: Lexicon, reg: RegistryLike | None = None, text: str = "") -> bool:
    """A headline's label that names no speaker: a section ('Analysis'), a cue, a phrase opening with a
    determiner ('The Latest'), or a topic ('Brexit: …', 'Hong Kong: …')."""
    return is_section_label(label, lex) or _cue_label(label, lex) or _label_closing_on_cue(label, lex) \
        or fold_token(label.split()[0]) in lex.determiners or _topic_label(label, lex, reg, text)


def _label_closing_on_cue(label: str, lex: Lexicon) -> bool:
    """English 'WHAT THEY SAID', 'CRITICS SAY': a label closing on a speech verb after a pronoun, a wh-word or a
    plural is a section's heading, not a speaker's name ('EDWARD SAID' stays one)."""
    words = label.split()
    if lex.lang != "en" or len(words) < 2:
        return False
    key, before = fold_token(words[-1]), fold_token(words[-2])
    return any(form.keys == (key,) and form.frame in ("verb", "verb_that") for form in lex.cues.get(key, ())) \
        and (before in lex.pronouns or before in lex.wh_words or (before.endswith("s") and not before.endswith("ss")))


def _topic_label(label: str, lex: Lexicon, reg: RegistryLike | None, text: str) -> bool:
    """A headline's label naming a topic or a place, not a speaker ('Brexit: …', 'Hong Kong: …'): no word of it is
    a title, a first name or a noun of people, bodies, polls or documents ('Poll', 'Senator', 'Jane Roe'), the
    registry does not know it ('Trump'), and the text never writes its last word as a surname after a first name,
    a title or a capitalised word mid-sentence ('… Chidi Okafor …'), nor it as the subject of a cue ('Okafor said',
    'Politifact then pointed out')."""
    words = label.split()
    known = lex.union("titles", "standalone_titles", "male_names", "female_names", "poll_nouns", "documents",
                      "anonymous", "government", "organizations")
    if any(fold_token(w) in known for w in words) or (reg is not None and reg.match(label) is not None):
        return False
    before = lex.female_names_or_male_names_or_titles
    last = re.escape(words[-1])
    if len(words) == 1:  # (a label of more words is not read as a surname: no search)
        for m in re.finditer(rf"(?<!\w)([A-Z]\w*)\.?[ \t]+{last}(?!\w)", text):
            if fold_token(m.group(1)) in before:
                return False  # ('Sen. Okafor', 'Chidi Okafor')
            k = m.start() - 1  # the last character before the capitalised word that is no space
            while k >= 0 and text[k].isspace():
                k -= 1
            if k >= 0 and text[k] not in ".!?:\"“”":
                return False  # ('striker Chidi Okafor'; not 'After Brexit' opening a sentence)
    subject = re.compile(rf"(?<!\w){last}[ \t]+(?:(?:then|also|later|has|had)[ \t]+)?([a-z]+)")
    for m in literal_matches(subject, text, words[-1]):  # (tried only where the word is written: the pattern
        # opens with a look-behind, which `finditer` tries at every character of the article)
        if any(f.frame in ("verb", "verb_that") for f in lex.cues.get(fold_token(m.group(1)), ())):
            return False  # ('… Politifact then pointed out …', 'Okafor said', 'Limbaugh said'): the body gives
            # it words
    return True


def _may_be_place(label: str, lex: Lexicon) -> bool:
    """English 'MUMBAI', 'NEW DELHI': an upper-case label with no title nor first name in it may be a dateline's
    city ('MAYOR REED', 'SENATOR', 'JOHN' are speakers)."""
    words = lex.female_names_or_male_names_or_titles
    return lex.lang == "en" and not any(fold_token(w) in words for w in label.split())


def _names_a_role(label: str, lex: Lexicon) -> bool:
    """Arabic 'الوزيرة', 'المحامي', 'رئيس البلدية': a label with a title, a profession or a first name in it."""
    roles = lex.union("titles", "professions", "standalone_titles", "male_names", "female_names")
    return any(fold_token(w) in roles for w in label.split())


def _named_person(text: str, label: str, at: int, lex: Lexicon) -> bool:
    """Arabic 'العمري: …' opening a paragraph of an interview: the label's last word was written before `at`
    as the surname after a first name ('وزير الطاقة خالد العمري'), or the label opens with a first name."""
    words = label.split()
    if cue_positions(tokenize(label), lex):
        return False  # 'وقال منصور: "…"': a cue's sentence, not a label
    firsts = lex.female_names_or_male_names
    if len(words) > 1 and fold_token(words[0]) in firsts:
        return re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", text[:at]) is not None
    return any(fold_token(run) in firsts for run in runs_before(text, words[-1], at, True))


def _with_quoted_outlets(text: str, quotes: list[QuoteSpan], names: Sequence[tuple[int, int, Any]],
                         reg: RegistryLike) -> Sequence[tuple[int, int, Any]]:
    """«الشرق الأوسط», «العربية»: a short quotation around exactly an outlet's name, even one the registry matches
    only as a whole mention (an ordinary word too: the Middle East), names that outlet; added to `names`."""
    found = []
    spans = sorted((a, b) for a, b, _ in names) if quotes else []
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of the names starting so far
    for qs, qe in quotes:
        inner = text[qs + 1:qe - 1]
        # (no copy of the words past the fifth: `split(None, 4)` has five pieces exactly when there are five words
        # or more; `isspace`, no stripped copy)
        if not inner or inner.isspace() or len(inner.split(None, 4)) > 4:
            continue
        opened = bisect.bisect_left(starts, qe - 1)  # the names starting before the quotation's inside ends
        if opened and reach[opened - 1] > qs + 1:  # one of them ends after it begins: a name inside or across
            continue
        entry = reg.match(inner)
        if entry is None or entry.type not in CONDUIT_TYPES or normalize_key(inner) not in {
                normalize_key(n) for n in (entry.canonical, *getattr(entry, "aliases", ()))}:
            continue
        found.append((qs + 1, qe - 1, entry))
    return sorted([*names, *found], key=_START) if found else names


def _outside_titles(positions: list[int], starts: list[int], titles: frozenset[QuoteSpan]) -> list[int]:
    """The cue positions outside quotation marks that name something ('مسرحية «قال الراوي»': no one says)."""
    if not titles:
        return positions
    inside: set[int] = set()
    for s, e in titles:
        inside.update(range(search_left(starts, s), search_left(starts, e)))
    return [p for p in positions if p not in inside]


_SUBJECT_SUFFIXES: Final = ("ه", "ها", "هم", "هن", "نا", "ني", "ي")
_predicate_openers_memo: dict[frozenset[str], frozenset[str]] = {}


def _predicate_openers(complementizers: frozenset[str]) -> frozenset[str]:
    """Arabic complementizers that carry their clause's subject as a suffix ('بأنه', 'إنها', 'أنهم'): what comes
    right after them is the predicate (remembered per lexicon)."""
    found = _predicate_openers_memo.get(complementizers)
    if found is None:
        found = _predicate_openers_memo[complementizers] = frozenset(
            c for c in complementizers if len(c) > 2 and c.endswith(_SUBJECT_SUFFIXES) and not c.endswith("ان"))
    return found


def _quoted_names(quotes: list[QuoteSpan], names: Sequence[tuple[int, int, Any]]) -> frozenset[QuoteSpan]:
    """Quotation marks around exactly a known name ('بيد «داعش»'): a name, not somebody's words."""
    spans = {(s, e) for s, e, _ in names}
    return frozenset(q for q in quotes if (q[0] + 1, q[1] - 1) in spans)


def _protected(text: str, starts: list[int], names: Sequence[tuple[int, int, Any]],
               ) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Tokens inside a known name ("سي إن إن") are never a cue or a complementizer. `starts`: the tokens'.
    Also returns the first token of each name, where one name ends and the next begins. A name glued to a
    clitic ('لوكالة الأونروا') takes in the token it starts inside, unless it is an outlet ('لوكالة رويترز':
    whom the speaker told). Third, the tokens where a person's name glued to the dative 'لـ' starts ('لترامب')."""
    out: set[int] = set()
    heads: set[int] = set()
    datives: set[int] = set()
    for s, e, entry in names:
        first = search_left(starts, s)
        if first > 0 and (first == len(starts) or starts[first] != s) and text[starts[first - 1]] == "ل" \
                and entry.type not in CONDUIT_TYPES:
            first -= 1
            if entry.type in ("person", "official"):
                datives.add(first)
        if first < len(starts) and starts[first] == s and text.startswith("لل", s) and entry.type in CONDUIT_TYPES:
            first += 1  # ('محللون للأناضول', 'خبراء للجزيرة نت': the outlet told, the clitic in the matched word)
        out.update(range(first, search_left(starts, e)))
        heads.add(first)
    return frozenset(out), frozenset(heads), frozenset(datives)


def _drafts(text: str, tokens: list[Token], starts: list[int], quotes: list[QuoteSpan], sents: list[Range],
            lex: Lexicon, protected: frozenset[int], name_heads: frozenset[int], datives: frozenset[int],
            positions: list[int], keys: list[str]) -> list[Draft]:
    """`positions`: the tokens that may start a cue (`cue_positions`); `keys`: the tokens' keys."""
    quote_starts = [q[0] for q in quotes]
    out: list[Draft] = []
    last_speaker_sentence = -10
    asked: Draft | None = None  # the speaker a question names ('What did Suh say?'), for a quotation after it
    asked_at = -10
    capitals: bool | None = None  # (read at the first cue written in capitals)
    for n, (s, e) in enumerate(sents):
        a, b = search_left(starts, s), search_left(starts, e)
        hits = [h for h in find_cues(tokens, lex, a, b, positions)
                if (not inside_quote(quotes, quote_starts, tokens[h.first].start) or _nested_report(tokens, h, lex)
                    or _scare_quoted(text, tokens, quotes, quote_starts, h, lex))
                and h.first not in protected]
        hits = _without_passives(_without_subject_nouns(hits, tokens, lex), tokens, a, lex)
        if lex.lang == "en":
            hits = [h for h in hits if not _inside_capitalised_name(tokens, h, a, b)
                    and not _outlet_modifier(tokens, h, b, lex)]
        if lex.lang == "en" and any(_capital_cue(tokens, h) for h in hits):
            if capitals is None:
                capitals = _written_in_capitals(text)
            if not capitals:
                hits = [h for h in hits if not _in_capitals_run(tokens, h, a, b)]
        question = asked if n == asked_at + 1 else None
        asked, asked_at = (_asked_speaker(tokens, a, b), n) if lex.lang == "en" and b - a >= 4 \
            and tokens[b - 1].text == "?" else (None, -10)
        if not hits and not (n - last_speaker_sentence <= 2 and out) and question is None:
            continue  # nothing to report and no speaker to carry on: the sentence is not built
        context = (text, tokens, a, b, quotes, quote_starts, lex, keys)
        hits, sent, read = _reporting(context, hits, protected, name_heads, datives)
        found = _sentence_drafts(sent, hits, read)
        if not found and question is not None:
            found = _orphan_quotes(sent, question)  # ('What did Suh say after the play?' '"…"')
        if not found and n - last_speaker_sentence <= 2 and out:
            found = _orphan_quotes(sent, _outer_draft(out, text, lex))
        if found:
            last_speaker_sentence = n
        out.extend(found)
    return _dedupe(out)


def _outlet_modifier(tokens: list[Token], hit: CueHit, b: int, lex: Lexicon) -> bool:
    """English 'State TV said …', 'Syrian state media reported …': a one-word cue that is a state marker right
    before an outlet noun describes the outlet; it reports nothing."""
    nxt = hit.last + 1
    return hit.first == hit.last and tokens[hit.first].key in lex.state_markers and nxt < b \
        and (tokens[nxt].key in lex.outlet_nouns or tokens[nxt].key in lex.media_plurals)


def _written_in_capitals(text: str) -> bool:
    """An article set in capitals (old wire copy): capital letters outnumber small ones."""
    letters = list(filter(_isalpha, text[:4000]))  # (`filter` and `map` call the methods in C; compiled, `c.isalpha()`
    return sum(map(_isupper, letters)) > len(letters) // 2  # is a generic method call per character)


_isalpha: Final = str.isalpha
_isupper: Final = str.isupper


def _capital_cue(tokens: list[Token], hit: CueHit) -> bool:
    word = tokens[hit.first].text
    return len(word) > 1 and word.isupper()


def _inside_capitalised_name(tokens: list[Token], hit: CueHit, a: int, b: int) -> bool:
    """English 'voted for the Clean Water Reporting Act': a one-word cue in '-ing' written with a capital, between
    two capitalised words, in a sentence of mostly small letters, is part of a name (a law, a body), not a report."""
    i = hit.first
    word = tokens[i].text
    if i != hit.last or i - 1 <= a or i + 1 >= b or not word.endswith("ing") or not word[:1].isupper() \
            or word.isupper() or not tokens[i - 1].is_word or not tokens[i + 1].is_word \
            or not tokens[i - 1].text[:1].isupper() or not tokens[i + 1].text[:1].isupper():
        return False
    words = [t.text for t in tokens[a:b] if t.is_word]
    return sum(w[:1].islower() for w in words) > len(words) // 2


def _in_capitals_run(tokens: list[Token], hit: CueHit, a: int, b: int) -> bool:
    """English: a cue written in capitals among other words in capitals, in an article set in small letters, is
    a subhead's ('EVEN HIS BOSS THINKS HE’S WRONG — The head of …'), and subheads report nothing."""
    if not _capital_cue(tokens, hit):
        return False
    near = [t.text for t in tokens[max(a, hit.first - 3):min(b, hit.last + 4)] if t.is_word]
    return sum(w.isupper() and len(w) > 1 for w in near) >= 4 or _capitals_label(tokens, hit, a, b)


_LABEL_ENDS: Final = frozenset({":", "—", "–", "-", "--"})


def _capitals_label(tokens: list[Token], hit: CueHit, a: int, b: int) -> bool:
    """English 'QUESTIONABLE MEDICAL CLAIMS — For years …', 'WHAT THEY SAID: …': words in capitals from the
    sentence's start through the cue, two at least, closed by a colon or a dash and a word: a section's label."""
    end = hit.last + 1
    while end < b and tokens[end].is_word and tokens[end].text.isupper():
        end += 1
    if end + 1 >= b or tokens[end].text not in _LABEL_ENDS or end - a < 2 or not tokens[end + 1].is_word:
        return False  # (not 'OBAMA SAYS: "…"': the quotation is his)
    return all(t.is_word and t.text.isupper() for t in tokens[a:hit.first])


def _without_subject_nouns(hits: list[CueHit], tokens: list[Token], lex: Lexicon) -> list[CueHit]:
    """Arabic: a verb form written right after a speech verb, with no conjunction of its own, is that verb's
    subject, a noun ('وقال طالب في الجامعة إن …': a student, not 'demanded')."""
    if lex.lang != "ar" or len(hits) < 2:
        return hits
    ends = {h.last for h in hits if h.frame in ("verb", "verb_that", "verb_pl")}
    return [h for h in hits if not (h.first - 1 in ends and h.frame in ("verb", "verb_that", "verb_pl")
                                    and tokens[h.first].key[:1] not in lex.proclitics)]


def _without_passives(hits: list[CueHit], tokens: list[Token], a: int, lex: Lexicon) -> list[CueHit]:
    """Arabic, unvocalised passives that report no one: an impersonal present tense right after a plural noun
    it does not agree with ('مسلحون يعتقد أنهم': gunmen believed to be) or right after a comma, before its
    complementizer ('، يعتقد أن …'), and 'ما نسب إلى' (what was attributed to someone, not his words)."""
    if lex.lang != "ar":
        return hits
    out = []
    for h in hits:
        prev = tokens[h.first - 1].key if h.first > a and tokens[h.first - 1].is_word else ""
        if prev.endswith(("ون", "ين", "ات")) and len(prev) > 4 and tokens[h.first].key in lex.impersonal_verbs:
            continue
        bare = tokens[h.first].key[1:] if tokens[h.first].key[:1] == "و" else tokens[h.first].key
        if h.first > a and tokens[h.first - 1].text in "،," and bare in lex.impersonal_verbs \
                and h.last + 1 < len(tokens) and tokens[h.last + 1].key in lex.complementizers \
                and (bare == tokens[h.first].key or not any(o.first < h.first for o in hits)):
            continue  # "قتل 12 شخصا، يعتقد أنهم مدنيون", "يصيب الخرف …، ويتوقع أن …": it is believed (with 'و',
            # only when no one spoke before in the sentence: 'قال الوزير …، ويعتقد أن' is still his belief)
        if prev == "ما" and h.frame == "relay" and h.introducer == "الي":
            continue
        out.append(h)
    return out


def _nested_report(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """Arabic: inside a quotation, 'وروسيا تعتبر أن …', 'بيد أن الخبراء لا يعتقدون أن …' — a verb right after
    its named subject, with a complementizer after it — is a report of its own, nested in the quoted words."""
    if lex.lang == "en":
        return _english_nested_report(tokens, hit, lex)
    if lex.lang != "ar" or hit.frame not in ("verb", "verb_that") or hit.first < 1:
        return False
    before = tokens[hit.first - 1]
    if before.key in lex.negations and hit.first > 1:
        before = tokens[hit.first - 2]
    if not before.is_word or before.key in lex.union(
            "pronouns", "complementizers", "source_stops", "subject_stops", "auxiliaries", "cue_blockers"):
        return False
    return hit.last + 1 < len(tokens) and tokens[hit.last + 1].key in lex.complementizers


def _english_nested_report(tokens: list[Token], hit: CueHit, lex: Lexicon) -> bool:
    """English: inside a quotation, '"The government thinks that …"', '"the ministry claims that …"': an '-s'
    verb right after a body's or an office's noun with its article, 'that' right after it, is a report of its
    own, nested in the quoted words (not 'I think that', 'he says that': the speaker's own words)."""
    i = hit.first
    if hit.frame not in ("verb", "verb_that") or hit.last != i or i < 2 or not tokens[i].key.endswith("s") \
            or i + 1 >= len(tokens) or tokens[i + 1].key != "that":
        return False
    head, article = tokens[i - 1], tokens[i - 2]
    return article.key == "the" and (head.key in lex.government or head.key in lex.organizations)


def _scare_quoted(text: str, tokens: list[Token], quotes: list[QuoteSpan], quote_starts: list[int], hit: CueHit,
                  lex: Lexicon) -> bool:
    """Arabic: 'إلا أن البعثة «نفت بشدة» المزاعم': a short quotation that opens with the cue marks the verb
    itself, not somebody's words."""
    if lex.lang != "ar" or hit.first == 0:
        return False
    j = search_right(quote_starts, tokens[hit.first].start) - 1
    return j >= 0 and quotes[j][0] == tokens[hit.first - 1].start and len(text[quotes[j][0]:quotes[j][1]].split()) <= 3


# A sentence's tokens and article context, as the first fields of its `Sentence`: the sentence is built only
# once its cues are known.
Context = tuple[str, list[Token], int, int, list[QuoteSpan], list[int], Lexicon, list[str]]


# frames whose words are cues only when they report
_OPEN_OR_NOUN: Final = frozenset({"verb_that", "noun_source", "possessed", "according_poll", "according_view",
                                   "noun_colon", "according_estimate"})


def _reporting(context: Context, hits: list[CueHit], protected: frozenset[int], name_heads: frozenset[int],
               datives: frozenset[int]) -> tuple[list[CueHit], Sentence, dict[int, list[Draft]]]:
    """A 'verb_that' form that opens no clause ('a distress signal', 'the state', 'a city report found') is a
    noun, not a cue: it neither reports nor bounds the clauses of the cues around it; nor is a 'noun_source'
    with no content after it ("وذكرت تقارير إعلامية أن …": the reports are the verb's subject). Returns the
    cues, their sentence, and the frames read on that very sentence (by index among the cues), not to be read
    twice."""
    every = _sentence(context, hits, protected, name_heads, datives)
    if not any(h.frame in _OPEN_OR_NOUN for h in hits):
        return hits, every, {}
    read = {k: FRAMES[h.frame](every, h) for k, h in enumerate(hits) if h.frame in _OPEN_OR_NOUN}
    kept = [h for k, h in enumerate(hits) if h.frame not in _OPEN_OR_NOUN or read[k]]
    if len(kept) + 1 == len(hits):
        out = kept  # (one noun: its second look would read it again on the very sentence it was just read on)
    else:
        out = [h for h in hits if h in kept  # a second look once the nouns are gone: 'a city report found'
               or FRAMES[h.frame](_sentence(context, sorted([*kept, h], key=lambda x: x.first), protected,
                                            name_heads, datives), h)]
    if len(out) == len(hits):
        return hits, every, read  # every cue kept: the sentence they make is the one already read
    return out, _sentence(context, out, protected, name_heads, datives), {}


_NO_TOKENS: Final[frozenset[int]] = frozenset()


def _sentence(context: Context, hits: list[CueHit], protected: frozenset[int], name_heads: frozenset[int],
              datives: frozenset[int]) -> Sentence:
    # (most sentences have no according-phrase nor participle: one empty set for them, not a new one each)
    cue_tokens = frozenset(i for h in hits for i in range(h.first, h.last + 1)) if hits else _NO_TOKENS
    according = frozenset(i for h in hits if h.frame.startswith("according") for i in range(h.first, h.last + 1)) \
        if any(h.frame.startswith("according") for h in hits) else _NO_TOKENS
    participles = frozenset(h.first for h in hits if h.frame == "participle") \
        if any(h.frame == "participle" for h in hits) else _NO_TOKENS
    text, tokens, a, b, quotes, quote_starts, lex, keys = context  # (compiled, a call with `*context` is a generic one)
    return Sentence(text, tokens, a, b, quotes, quote_starts, lex, cue_tokens, according, protected, participles,
                    name_heads, datives, keys)


def _sentence_drafts(sent: Sentence, hits: list[CueHit], read: dict[int, list[Draft]]) -> list[Draft]:
    """The drafts of a sentence's cues; `read`: frames already read on this sentence, by index among `hits`."""
    drafts: list[Draft] = []
    for k, hit in enumerate(hits):
        drafts.extend(read[k] if k in read else FRAMES[hit.frame](sent, hit))
    if len(drafts) < 2:
        return drafts  # (what follows weighs drafts against each other)
    covers = [(d, d.source) for d in drafts if d.source]
    covers += [(d, (d.cue[1], d.conduit_region[1])) for d in drafts
               if d.frame.startswith("according") and d.cue and d.conduit_region]  # "وفقا لمصادر نقلتها رويترز"
    covers += [(d, d.conduit_region) for d in drafts  # "وقال X في تصريحات نقلتها وكالة عمون إن": an outlet named
               if d.conduit_region and not d.frame.startswith("according")]  # inside a frame relays nothing
    drafts = [d for d in drafts if not (d.cue and any(o is not d and r[0] <= d.cue[0] < r[1] and (
        o.source == r or d.frame == "relay" or o.frame.startswith("according")) for o, r in covers))]
    if not sent.verb_first:
        drafts = [d for d in drafts if not _sign_inside_a_report(d, drafts, sent)
                  and not _denied_inside_a_report(d, drafts, sent)]
    hosted = {d.content for d in drafts if d.frame in ("relay", "verb")}  # "أكد الوزير بقوله إن": one report
    drafts = [d for d in drafts if not (d.frame == "noun" and d.content in hosted)]
    drafts = _citing_unnamed([_inserted_according(d, drafts) for d in drafts], sent)
    drafts = [_source_before_object(_trailing_according(d, drafts, sent), drafts) for d in drafts]
    if sent.verb_first:
        return [coordinated_by_agreement(sent, d, drafts) for d in drafts]
    drafts = [coordinated_in_host(sent, d, drafts) for d in drafts]
    return [_before_dashed_report(d, drafts, sent) for d in drafts]


_SHOW_FORMS: Final = frozenset({"show", "shows", "showed", "shown"})
_THAT_REACH: Final = 5  # characters of 'that ' between an outer content's start and the clause's subject


def _sign_inside_a_report(d: Draft, drafts: list[Draft], sent: Sentence) -> bool:
    """English 'They said Hale's decision to quit shows he has given up', 'Aides said her plan to run showed …': a
    form of 'show' whose subject opens another draft's content (after its 'that' at most), that content running
    over the whole of it, and whose subject holds an infinitive and no document's or poll's noun: a deed read as
    a sign, in the words of the outer report; no report of its own ('Analysts said the survey shows …' keeps it)."""
    if d.cue is None or d.source is None or sent.text[d.cue[0]:d.cue[1]].lower() not in _SHOW_FORMS:
        return False
    if not any(o is not d and o.content[0] <= d.source[0] <= o.content[0] + _THAT_REACH
               and d.content[1] <= o.content[1] for o in drafts):
        return False
    words = sent.text[d.source[0]:d.source[1]].split()
    keys = [w.lower().strip(".,'’") for w in words]
    if any(k in sent.lex.documents_or_poll_nouns_or_pronouns for k in keys):
        return False
    return any(keys[i] == "to" and words[i + 1].islower() for i in range(len(keys) - 1))


_NEGATION_REACH: Final = 12  # characters before a cue in which the word that denies it ends


def _denied_inside_a_report(d: Draft, drafts: list[Draft], sent: Sentence) -> bool:
    """English 'She said the trial did not prove that the drug works', 'He said the audit never found that …': a
    verb of proving (proving_verbs) denied right before it, its subject inside another draft's content that runs
    over the whole of it: the outer speaker denies the finding, which is no report of its own."""
    if sent.lex.lang != "en" or d.cue is None or d.source is None \
            or sent.text[d.cue[0]:d.cue[1]].lower() not in sent.lex.proving_verbs:
        return False
    before = sent.text[max(0, d.cue[0] - _NEGATION_REACH):d.cue[0]].split()
    if not before or not (before[-1].lower() in sent.lex.negations or before[-1].lower().endswith(("n't", "n’t"))):
        return False
    return any(o is not d and o.content[0] <= d.source[0] and d.content[1] <= o.content[1] for o in drafts)


def _source_before_object(d: Draft, drafts: list[Draft]) -> Draft:
    """'ونفت الوزارة الخبر مؤكدة أن …': a participle's subject read from the opening verb may run over that verb's
    object, which another draft holds as its content; the words someone denied are no part of who speaks: the
    participle's source is that draft's."""
    if d.frame != "participle" or not d.source:
        return d
    for o in drafts:
        if o is not d and o.source and o.source[0] == d.source[0] and o.source[1] < o.content[0] \
                and o.content[1] <= d.source[1]:
            return Draft(d.content, d.cue, o.source, d.conduit_region, d.frame, d.cue_key)
    return d


_DASHES: Final = frozenset("-–—―")


def _clause_subject_opening(sent: Sentence, i: int) -> bool:
    """Token i can open a clause's subject: a name, a pronoun or a determiner ('Hale', 'he', 'the council'), not
    a noun with a gapped relative after it ('— something a caller also told a dispatcher': an apposition)."""
    if i >= sent.b:
        return False
    word, key = sent.tokens[i].text, sent.keys[i]
    return word[:1].isupper() or key in sent.lex.determiners_or_pronouns


def _before_dashed_report(d: Draft, drafts: list[Draft], sent: Sentence) -> Draft:
    """English 'Ruiz noted that Hale paid no tax ― as was true for years ― Hale boasted, "…"': a dash before
    another cue's subject starts a new clause; a content that took in that subject, its cue and what it reports
    (up to the end) ends before the dash (before the opening dash of an aside closed there)."""
    s, e = d.content
    for o in drafts:
        if o is d or not o.source or not o.cue or not s < o.source[0] < e or o.cue[0] < o.source[1] \
                or o.content[0] < o.cue[1] or o.content[1] < e:
            continue
        k = next((i for i in range(sent.b - 1, sent.a - 1, -1) if sent.tokens[i].start < o.source[0]), None)
        if k is None or sent.tokens[k].text not in _DASHES or sent.tokens[k].start <= s \
                or not _clause_subject_opening(sent, k + 1):
            continue
        while k > sent.a and sent.tokens[k - 1].text in _DASHES:
            k -= 1  # '--'
        opening = next((i for i in range(k - 1, sent.a - 1, -1)
                        if sent.tokens[i].start > s and sent.tokens[i].text in _DASHES), None)
        cut = opening if opening is not None else k
        while cut > sent.a and sent.tokens[cut - 1].text in _DASHES:
            cut -= 1
        end = sent.tokens[cut - 1].end if cut > sent.a else s
        if end > s:
            return Draft((s, end), d.cue, d.source, d.conduit_region, d.frame, d.cue_key)
    return d


def _citing_unnamed(drafts: list[Draft], sent: Sentence) -> list[Draft]:
    """English 'Bloomberg News reported that …, citing people familiar with the matter': the unnamed sources
    cited said what the report says, and the reporter is the outlet it came through (one record, not two)."""
    if sent.verb_first:
        return drafts
    for d in drafts:
        if d.cue_key != "citing" or not d.frame.startswith("according") or not d.source \
                or not any(t.key in sent.lex.anonymous for t in sent.tokens[sent.a:sent.b]
                           if d.source[0] <= t.start < d.source[1]):
            continue
        host = next((h for h in drafts if h is not d and not h.frame.startswith("according") and h.cue and h.source
                     and d.content[0] <= h.source[0] and h.cue[1] <= h.content[0] and h.content[1] == d.content[1]),
                    None)
        if host is not None:
            cited = Draft(host.content, d.cue, d.source, host.source, d.frame, d.cue_key)
            return [cited if x is d else x for x in drafts if x is not host]
    return drafts


def _trailing_according(d: Draft, drafts: list[Draft], sent: Sentence) -> Draft:
    """Arabic 'أكد مسؤولون أن …، وفق ما ذكرت صحيفة X': a report ending before an according-phrase that takes in
    its whole clause came through the according-phrase's source: that mention is its conduit region (when it
    has none of its own beyond its source mention)."""
    r = d.conduit_region
    if sent.lex.lang != "ar" or not d.cue or d.frame.startswith("according") \
            or (r and not (d.source and d.source[0] <= r[0] and r[1] <= d.source[1])):
        return d
    for a in drafts:
        if a is not d and a.frame.startswith("according") and a.source and a.cue \
                and a.content[0] <= min(d.cue[0], d.content[0]) and d.content[1] <= a.content[1] <= a.cue[0]:
            return Draft(d.content, d.cue, d.source, a.source, d.frame, d.cue_key)
    return d


def _inserted_according(d: Draft, drafts: list[Draft]) -> Draft:
    """'ذكرت صحيفة، نقلا عن مسؤول، أن …': an according-phrase inside a verb's frame shares its content."""
    if not d.frame.startswith("according") or not d.cue:
        return d
    for host in drafts:
        r = host.conduit_region
        if host is not d and r and (r[0] <= d.cue[0] < min(r[1], host.content[0])
                                    or (d.cue_key == "citing" and r[1] <= d.cue[0] < host.content[0])) \
                and not host.frame.startswith("according"):  # ('told the Herald, citing two officials, that')
            region = d.conduit_region or (host.source if d.frame == "according_relay" or d.cue_key == "citing"
                                          else None)  # ('The Times reported, citing two officials, that …')
            return Draft(host.content, d.cue, d.source, region, d.frame, d.cue_key)  # (the host's outlet relays it)
    return d


_ASKING_AUXILIARIES: Final = frozenset({"did", "does", "do", "will", "would"})
_ASKED_VERBS: Final = frozenset({"say", "think"})


def _asked_speaker(tokens: list[Token], a: int, b: int) -> Draft | None:
    """English 'What did Suh say after the play?', 'What does the mayor think?': a question (tokens a to b) that
    asks what someone named says or thinks, whose answer, a quotation in the sentence after it, is theirs. The
    draft holds the speaker and the verb, its content empty at the question's end; None for any other sentence."""
    if tokens[a].key not in ("what", "how") or tokens[a + 1].key not in _ASKING_AUXILIARIES:
        return None
    k = a + 2
    if tokens[k].key in ("the", "his", "her", "their", "its"):
        k += 1
        while k < b - 1 and k - a <= 5 and tokens[k].is_word and tokens[k].text.islower() \
                and tokens[k].key not in _ASKED_VERBS:
            k += 1
    else:
        while k < b - 1 and k - a <= 6 and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
            k += 1
    if k == a + 2 or k >= b - 1 or tokens[k].key not in _ASKED_VERBS or tokens[k - 1].text == ".":
        return None
    end = tokens[b - 1].end
    return Draft((end, end), (tokens[k].start, tokens[k].end), (tokens[a + 2].start, tokens[k - 1].end), None,
                 "orphan", tokens[k].key)


_NESTING_REACH: Final = 4  # drafts before the latest one among which its reporter is looked for


def _outer_draft(out: list[Draft], text: str, lex: Lexicon) -> Draft:
    """The latest draft whose cue is in no other recent draft's content: 'Lee said the union claimed that wages
    fell. ¶ "That is not true."' goes on with Lee, not with the union his words report; nor a belief or a feeling
    (a cue ending in an adjective of stance_adjectives) with someone speaking before it in its sentence: '"It is
    over," she said of the vote, in which she was sure Ruiz would win. "At least for me."' goes on with her
    words; so does a topic after them ('"…," said the mayor, speaking of the flood. "…"' goes on with 'said')."""
    recent = out[-_NESTING_REACH - 1:]
    for d in reversed(recent):
        if len(recent) > 1 and d.cue is not None and (_stance_cue(text, d.cue, lex) or _topic_cue(text, d.cue, lex)) \
                and any(_spoken_before(text, e, d.cue, lex) for e in recent if e is not d):
            continue
        if d.cue is None or not any(e is not d and e.content[0] <= d.cue[0] < e.content[1] for e in recent):
            return d
    return out[-1]


def _spoken_before(text: str, e: Draft, cue: tuple[int, int], lex: Lexicon) -> bool:
    """Draft e has a cue of speaking (no stance adjective) earlier in the sentence of `cue` (no full stop or line
    break between the two)."""
    if e.cue is None or e.cue[1] > cue[0] or _stance_cue(text, e.cue, lex):
        return False
    between = text[e.cue[1]:cue[0]]
    return "\n" not in between and ". " not in between


def _stance_cue(text: str, cue: tuple[int, int], lex: Lexicon) -> bool:
    """The cue's last word is an adjective of belief or feeling ('was sure', 'are convinced')."""
    words = text[cue[0]:cue[1]].split()
    return bool(words) and fold_token(words[-1]) in lex.stance_adjectives


def _topic_cue(text: str, cue: tuple[int, int], lex: Lexicon) -> bool:
    """The cue opens with a participle that reports only a topic ('speaking of': `topic_participles`)."""
    words = text[cue[0]:cue[1]].split()
    return bool(words) and fold_token(words[0]) in lex.topic_participles


def _orphan_quotes(sent: Sentence, previous: Draft) -> list[Draft]:
    """A sentence that is all quotation, right after an attributed one, continues the same speaker."""
    first = sent.a
    while first < sent.b and sent.tokens[first].text in "•*·-–—":  # a bulleted quotation
        first += 1
    if first >= sent.b or not sent.quote_at(first):
        return []
    q = sent.quote_at(first)
    assert q is not None
    chars = sent.tokens[sent.b - 1].end - sent.tokens[sent.a].start
    if (q[1] - q[0]) < 0.6 * chars or (len(sent.text[q[0]:q[1]].split()) < 3 and not _short_reply(sent, q, previous)) \
            or _title_cased(sent.text[q[0]:q[1]]):
        return []
    return [Draft(q, previous.cue, previous.source, None, "orphan", previous.cue_key)]


def _short_reply(sent: Sentence, q: QuoteSpan, previous: Draft) -> bool:
    """'"Was it worth it?" Hansen asked. "Absolutely."', '… he said. "We won."': a quotation of one or two words
    closing on its own full stop, question or exclamation mark, in the paragraph of the attributed sentence
    before it, is one more sentence of the speaker (not a title or a word in quotation marks)."""
    inner = sent.text[q[0] + 1:q[1] - 1].rstrip()
    return inner.endswith((".", "!", "?")) and previous.content[1] <= q[0] \
        and "\n" not in sent.text[previous.content[1]:q[0]]


def _title_cased(quoted: str) -> bool:
    """"'All Bets Are Off.'", "'Legend in the Coal Fields.'": a short quotation with every longer word
    capitalised is a subhead or a title, not more words of the previous speaker."""
    words: list[str] = []
    for w in quoted.split():
        if any(ch.isalpha() for ch in w):
            if len(words) == 10:
                return False  # (more than ten words: no need to read on through a long quotation)
            words.append(w.strip("'\"‘’“”"))
    if not words or any(w.endswith((".", "!", "?")) for w in words[:-1]):
        return False  # ('“The Donald. Big Daddy.”': two sentences of speech)
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= 3 and all(w[:1].isupper() for w in words if len(w.strip(".,!?")) > 3)


def _by_paragraph(text: str, d: Draft, breaks: list[int], quotes: frozenset[QuoteSpan]) -> list[Draft]:
    """A quotation carried over paragraphs (each reopening the quote) is one record per paragraph, as a
    quotation interrupted by 'he said' is two. `breaks`: the paragraph breaks in order."""
    if d.content not in quotes:
        return [d]
    s, e = d.content
    cuts = breaks[search_right(breaks, s):search_left(breaks, e)]
    if not cuts:
        return [d]
    out = []
    for b in [*cuts, e]:
        end = b
        while end > s and text[end - 1].isspace():
            end -= 1
        if end > s:
            out.append(Draft((s, end), d.cue, d.source, d.conduit_region, d.frame, d.cue_key))
        s = b
        while s < e and text[s].isspace():
            s += 1
    return out


def _nearest_cue(drafts: list[Draft], split: set[Range]) -> list[Draft]:
    """A paragraph of a long quotation claimed by both the cue that opens it ('X said:') and the one that
    closes it ('…," he said') belongs to the nearer."""
    def gap(d: Draft) -> int:
        if d.cue is None:
            return 0
        return max(d.cue[0] - d.content[1], d.content[0] - d.cue[1], 0)
    best: dict[Range, Draft] = {}
    for d in drafts:
        if d.content in split and (d.content not in best or gap(d) < gap(best[d.content])):
            best[d.content] = d
    return [d for d in drafts if d.content not in split or best[d.content] is d]


_LABELS: Final = ("label", "answer", "headline")  # layout frames that hold whole paragraphs of someone's words


def _merge_layout(drafts: list[Draft], layout: list[Draft]) -> list[Draft]:
    """Layout attributions fill in only where no cue already claimed the same text. The items of a document's
    list take the place of quotations only carried on from the sentence before. A speaker label is the
    exception: a cue's content that swallowed the label ('"PENCE: …' read as a distant cue's quotation) gives
    way to it, and reports inside the labelled words stay beside it (nested)."""
    labels = sorted(d.source for d in layout if d.frame in _LABELS and d.source)  # disjoint, in text order
    label_starts = [a for a, _ in labels]
    drafts = [d for d in drafts if not labels or not _swallows_label(labels, label_starts, d.content)]
    items = [d.content for d in layout if d.frame == "list"]
    drafts = [d for d in drafts if not (d.frame == "orphan" and any(  # a document's bulleted list is its own
        s < d.content[1] and d.content[0] < e for s, e in items))]  # words, not the previous speaker's
    taken = sorted(d.content for d in drafts)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end among the first k
    extra = [replace(d, source=None) if d.frame == "answer" else d for d in layout
             if not _clashes(starts, reach, d)]
    # (an answer's 'A' marks where it starts, for the cues around; no one is named there)
    return sorted(drafts + extra, key=lambda d: d.content[0])


# (`_merge_layout`'s helpers are module functions, not nested ones: compiled, nested functions and the
# environment they share refer to each other, a reference cycle per article left to the garbage collector.)
def _swallows_label(labels: list[Range], label_starts: list[int], content: Range) -> bool:
    k = search_left(label_starts, content[0])  # the first label starting inside has the first end
    return k < len(labels) and labels[k][1] <= content[1]


def _furthest_before(starts: list[int], reach: list[int], pos: int) -> int:
    """The furthest end of the contents starting before `pos` (`reach`: running maxima of their ends)."""
    k = search_left(starts, pos)
    return reach[k - 1] if k else -1


def _clashes(starts: list[int], reach: list[int], d: Draft) -> bool:
    """Overlaps a cue's content (a label may hold whole contents: nested)."""
    s, e = d.content
    if d.frame in _LABELS:
        return _furthest_before(starts, reach, s) > s or _furthest_before(starts, reach, e) > e
    return _furthest_before(starts, reach, e) > s


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One draft per content and source; a later one with the same content and a source overlapping an earlier
    one's is that speaker again ('وأشار دبلوماسي في الرياض، تحدث إلى «…» …، إلى أن': the aside's verb)."""
    seen: dict[Range, list[Range | None]] = {}
    out = []
    for d in drafts:
        sources = seen.setdefault(d.content, [])
        if d.source in sources or any(
                x is not None and d.source is not None and x[0] < d.source[1] and d.source[0] < x[1] for x in sources):
            continue
        sources.append(d.source)
        out.append(d)
    return out


def kind_of(content: Range, quotes: list[QuoteSpan]) -> str:
    """`quotes` in text order, none inside another (as `find_quotes` finds them): those overlapping the
    content are a run of them, found by bisection (loops: compiled, no call of a key function at each step)."""
    s, e = content
    lo, hi = 0, len(quotes)
    while lo < hi:  # `bisect_right(quotes, s, key=itemgetter(1))`: the first quotation ending after s
        mid = (lo + hi) >> 1
        if s < quotes[mid][1]:
            hi = mid
        else:
            lo = mid + 1
    first, hi = lo, len(quotes)
    while lo < hi:  # `bisect_left(quotes, e, key=_START)`: the first starting at e or later (from `first` on: the
        mid = (lo + hi) >> 1  # starts are in order and each quotation starts before it ends)
        if quotes[mid][0] < e:
            lo = mid + 1
        else:
            hi = mid
    inside = quotes[first:lo]
    if any(q[0] <= s + 1 and q[1] >= e - 1 for q in inside):
        return "direct"
    return "mixed" if any(min(q[1], e) - max(q[0], s) > 2 for q in inside) else "indirect"


_OPENING_MARKS: Final = frozenset('"«“„')


def _unclosed_quotation(text: str, content: Range) -> bool:
    """A content that opens with a quotation mark, holds no other, and runs to the end of its paragraph: a
    quotation whose closing mark was left out (the parser reports the mark as unbalanced)."""
    s, e = content
    if e - s < 3 or text[s] not in _OPENING_MARKS or text[s + 1].isspace() \
            or any(c in _OPENING_MARKS or c in "»”" for c in text[s + 1:e]):
        return False  # (a mark followed by a space closes something, it opens nothing)
    rest = text[e:e + 4].lstrip(" .،,!?؟")
    return rest == "" or rest.startswith("\n")


def _attribution(text: str, d: Draft, resolver: Resolver, quotes: list[QuoteSpan], quote_starts: list[int],
                 kind_quotes: list[QuoteSpan]) -> Attribution:
    r = resolver.resolve(d)
    kind = "direct" if d.frame == "byline" else kind_of(d.content, kind_quotes)  # (a signed quotation, nested marks
    # that do not pair inside it: '“… what he calls “hell” than …” ― Ana Ruiz')
    if kind == "indirect" and _unclosed_quotation(text, d.content):
        kind = "direct"  # 'قال: "نحن على تواصل …' to the paragraph's end, the closing mark forgotten
    if kind == "direct" and d.cue and inside_quote(quotes, quote_starts, d.cue[0]) \
            and d.content not in quotes:
        kind = "indirect"  # 'قال: «… وروسيا تعتبر أن …»': reported inside the quotation, not quoted itself
    content, cue, source = d.content, d.cue, d.source  # (compiled, `_span(text, *d.cue)` is a generic call)
    return _attribution_of(kind, _span(text, content[0], content[1]), _span(text, cue[0], cue[1]) if cue else None,
                           _span(text, source[0], source[1]) if source else None,
                           display_name(r.canonical, resolver.lex.lang == "ar"), r.type, r.anonymous,
                           r.conduits)




# `attribution.model` stays interpreted (setup.py), and a frozen dataclass's generated `__init__` sets each field
# through `object.__setattr__` in a Python frame of its own: `Span.of` costs ~6,800 instructions when this module
# is compiled. `_span` makes the same span after the same check, with no Python frame, setting each slot with
# `object.__setattr__` written in place: compiled, that is one C call of the generic attribute setter, which finds
# the slot's descriptor and sets it (the frozen class's own `__setattr__`, which refuses, is not asked), where a call
# of the slot descriptor's bound `__set__` went through the interpreter's call protocol with a tuple of its
# arguments (~900 instructions a field).
_new_object: Final = object.__new__  # (compiled, `object.__new__` written in place looks the method up at each call)


def _span(text: str, start: int, end: int) -> Span:
    """`Span.of(text, start, end)`."""
    if not 0 <= start <= end <= len(text):
        return Span.of(text, start, end)  # (raises its ValueError)
    span = _new_object(Span)
    object.__setattr__(span, "start", start)
    object.__setattr__(span, "end", end)
    object.__setattr__(span, "text", text[start:end])
    return span


def _attribution_of(kind: str, content: Span, cue: Span | None, source: Span | None, canonical: str,
                    source_type: str, anonymous: bool, conduits: tuple[str, ...]) -> Attribution:
    """`Attribution(kind, content, cue, source, canonical, source_type, anonymous, conduits)` (no validation
    there either: a frozen dataclass's `__init__` only sets its fields; eight fields, ~15,000 instructions through
    its generated `__init__`, compiled)."""
    made = _new_object(Attribution)
    object.__setattr__(made, "kind", kind)
    object.__setattr__(made, "content", content)
    object.__setattr__(made, "cue", cue)
    object.__setattr__(made, "source", source)
    object.__setattr__(made, "source_canonical", canonical)
    object.__setattr__(made, "source_type", source_type)
    object.__setattr__(made, "anonymous", anonymous)
    object.__setattr__(made, "conduits", conduits)
    return made
