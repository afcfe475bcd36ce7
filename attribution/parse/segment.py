"""Paragraphs, page furniture and sentences, as character ranges of the original text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attribution.lexicons import Lexicon
from attribution.parse.quotes import QuoteSpan
from attribution.tokens import Token, fold_token, search_left, search_right, token_starts

Range = tuple[int, int]
_ENDERS: Final = ".!?؟…"
_BOUNDARY_MARKS: Final = frozenset(_ENDERS + "\"”»’'“„«")  # the only tokens that can end a sentence
_TAG_SEPARATORS: Final = ("|", "•", "·")


_WRAPPED_SHARE: Final = 0.6  # a line broken mid-sentence by wrapping is at least this share of the widest lines
WRAP_WIDTH: Final = 100  # wire copy is wrapped at 60-80 characters; longer lines are paragraphs


def _lines(text: str) -> list[Range]:
    """The text's lines, as `text.split("\\n")` cuts them (found by `find`: the lines are not copied)."""
    out: list[Range] = []
    pos = 0
    while True:
        end = text.find("\n", pos)
        if end < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, end))
        pos = end + 1


def is_hard_wrapped(text: str, lines: list[Range]) -> bool:
    """Wire copy broken at a fixed width: most lines stop mid-sentence near that width. A short line that stops
    so (a headline, a byline, a time stamp, a caption or a 'Read more' link over short paragraphs) is a page's
    furniture, no wrapped line."""
    full = [(s, e) for s, e in lines if _trim(text, s, e)[0] < e]  # (not blank: read in place, not copied)
    if len(full) < 5:
        return False
    widths = sorted(e - s for s, e in full)
    if widths[int(len(widths) * 0.9)] > WRAP_WIDTH:  # one paragraph per line, however the lines end
        return False
    wide = _WRAPPED_SHARE * widths[int(len(widths) * 0.9)]  # (a line broken at the width is nearly as wide as it)
    open_ended = sum(1 for s, e in full if e - s >= wide and text[s:e].rstrip()[-1] not in _ENDERS + "\"”»:")
    indented = sum(1 for s, _ in full if text[s].isspace())
    return open_ended > 0.5 * len(full) or 2 <= indented < len(full) - 1


def _trim(text: str, s: int, e: int) -> Range:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraphs(text: str) -> list[Range]:
    """Non-blank paragraphs, trimmed. One per line, except in hard-wrapped text, where a paragraph ends only
    at a blank line or before an indented line."""
    lines = _lines(text)
    wrapped = is_hard_wrapped(text, lines)
    out: list[Range] = []
    start: int | None = None
    for k, (s, e) in enumerate(lines):
        blank = not text[s:e].strip()
        if start is not None and (blank or not wrapped or text[s:s + 1].isspace()):
            out.append(_trim(text, start, lines[k - 1][1]))
            start = None
        if not blank and start is None:
            start = s
        if not blank and not wrapped:
            out.append(_trim(text, s, e))
            start = None
    if start is not None:
        out.append(_trim(text, start, lines[-1][1]))
    return [p for p in out if p[1] > p[0]]


def paragraph_breaks(text: str, paras: list[Range]) -> frozenset[int]:
    """Positions of the newlines that end a paragraph (the others are line wrapping)."""
    return frozenset(text.find("\n", e) for _, e in paras if text.find("\n", e) >= 0)


def _starts_with(words: list[str], phrase: tuple[str, ...]) -> bool:
    return tuple(words[: len(phrase)]) == phrase


_FURNITURE_HEAD: Final = 80  # characters that hold the first seven words of almost any line
# A page's date line: a short label, a colon and a date or a time within its first words ('نشر في: 12 مارس 2024 -
# 14:35', 'آخر تحديث: 05/02/2024', 'Published: 3 June 2024'): a year of four digits or an hour:minute.
_DATE_LINE: Final = re.compile(r"[^\n:：]{1,30}[:：][ \t]*(?:[^\s:：]+[ \t]+){0,3}?[^\s:：]*?"
                               r"(?:(?<![\d٠-٩])(?:19|20|١٩|٢٠)[\d٠-٩]{2}(?![\d٠-٩])|[\d٠-٩]{1,2}:[\d٠-٩]{2})")
_DATE_LINE_WORDS: Final = 14  # the most words of such a line
_LINKED_HEADLINE_WORDS: Final = 20  # the most words of a linked story's headline under such a header
_RELATED_HEADER_WORDS: Final = 3  # a furniture line this short is a header ('اقرأ أيضا', 'Related stories')


def is_furniture(line: str, lex: Lexicon) -> bool:
    """Read-more links, comment prompts, tag lines, share buttons: lines no one is quoted in."""
    if ("|" in line or "•" in line or "·" in line) \
            and line.count("|") + line.count("•") + line.count("·") >= 2:  # _TAG_SEPARATORS (`in`: a memchr)
        return True
    line = line.lstrip("([{•*-–— ")
    if len(line) <= _HEADER_CHARS and is_furniture_header(line, lex):
        return True
    if (":" in line[:40] or "：" in line[:40]) and _date_line(line):
        return True
    if _credited_caption(line, lex):
        return True
    if len(line) <= _CREDIT_LINE_CHARS and _credit_line(line, lex):
        return True
    head = line[:_FURNITURE_HEAD]  # the first six words (a paragraph can be long: split no further than its head;
    # Most lines are decided by their first word alone (none of the furniture phrases opens with it): that word
    # split off the head (two strings, not one per word of it; compiled, `split(None, 1)` is a generic call, still
    # ~a quarter of splitting the head), unless the head holds no space after it (a first word the head cuts)
    opening = head.split(None, 1)
    if len(opening) == 2 or (opening and len(head) == len(line)):
        first = fold_token(opening[0].strip(":："))
        if first in lex.furniture or fold_token(opening[0]) in lex.furniture:
            return not _body_sentence(line)
        if not lex.phrases_starting("furniture", first):
            return False
    raw = head.split()  # compiled, `split(None, 6)` is a generic call, `split()` a primitive one)
    if len(raw) <= 6 and len(head) < len(line):
        raw = line.split(None, 6)  # (six long words or fewer in the head: the sixth may be cut, split the line)
    raw = raw[:6]
    if not raw:
        return True
    first = fold_token(raw[0].strip(":："))
    if first in lex.furniture or fold_token(raw[0]) in lex.furniture:
        return not _body_sentence(line)
    phrases = lex.phrases_starting("furniture", first)
    if not phrases:  # (most paragraphs: the other words need no folding)
        return False
    words = [first] + [fold_token(w.strip(":：,،")) for w in raw[1:]]  # ('Image caption, …', 'التعليق على الصورة، …')
    return any(_starts_with(words, p) for p in phrases)


_PROMO_HEAD: Final = 160  # characters of a sentence's head that hold a prompt and the network it names
_PROMO_REACH: Final = 8  # words after 'follow' that may name the network ('Follow Jane Roe on Twitter')
_PROMO_LEAD: Final = 4  # words of a lead-in before its comma ('For more, follow …', 'For updates, sign up …')
_PROMO_TRIM: Final = ".,;:!?\"“”‘’'()[]"
_PROMO_QUOTES: Final = "\"“”‘'«"


def is_promo(text: str, sentence: Range, lex: Lexicon) -> bool:
    """English 'Sign up for our newsletter, where the editors explain …', 'Follow her on Twitter, where she says …'
    (after a lead-in such as 'For more,' at most): a sentence opening with a prompt to the reader (promo_prompts) is
    page furniture. A one-word prompt ('follow') counts only with 'on' and a social network (social_networks) or an
    @handle within its next eight words ('Follow the money, the senator said.' is read)."""
    s, e = sentence
    head = text[s:min(e, s + _PROMO_HEAD)]
    opening = head.split(None, 1)  # (the first word alone: most sentences open with no prompt and no 'For')
    if not opening or opening[0][0] in _PROMO_QUOTES:
        return False  # ('"Sign up now," the coach urged …': someone's words)
    first = fold_token(opening[0].strip(_PROMO_TRIM))
    if first != "for" and first not in lex.promo_prompts and not lex.phrases_starting("promo_prompts", first):
        return False  # (most sentences: the rest of the head needs no splitting)
    raw = head.split()
    if first == "for":
        lead = next((k for k in range(1, min(len(raw), _PROMO_LEAD)) if raw[k].endswith(",")), None)
        raw = raw[lead + 1:] if lead is not None else raw
    if not raw:
        return False
    first = fold_token(raw[0].strip(_PROMO_TRIM))
    if first not in lex.promo_prompts and not lex.phrases_starting("promo_prompts", first):
        return False  # (most sentences: the other words need no folding)
    words = [fold_token(w.strip(_PROMO_TRIM)) for w in raw[:_PROMO_REACH + 2]]
    if any(_starts_with(words, p) for p in lex.phrases_starting("promo_prompts", first)):
        return True
    return first in lex.promo_prompts and any(
        raw[k].startswith("@") or (words[k] == "on" and k + 1 < len(words)
                                   and (words[k + 1] in lex.social_networks or raw[k + 1].startswith("@")))
        for k in range(1, len(words)))


_SHARE_LINE_WORDS: Final = 8  # the most words of a line of buttons or prompts ('شارك على فيسبوك تويتر واتساب')
_SENTENCE_CLOSERS: Final = frozenset('.!?؟…"”»')


def _body_sentence(line: str) -> bool:
    """A line whose first word is a furniture word ('شارك', 'المزيد', 'Comments') but which is a sentence of the
    story: more words than a row of buttons, no label's colon, and a sentence's closing mark ('شارك في الاجتماع
    وزير الاقتصاد … وقال إن ….')."""
    text = line.rstrip()
    return bool(text) and text[-1] in _SENTENCE_CLOSERS and ":" not in text and "：" not in text \
        and len(text.split(None, _SHARE_LINE_WORDS)) > _SHARE_LINE_WORDS


_CREDIT_LINE_CHARS: Final = 240  # the longest line crediting reporters ('Al Roe in Lima and Ann Lee in Quito …')
_CREDIT_LINE_QUOTES: Final = frozenset('"“”«»')


def _credit_line(line: str, lex: Lexicon) -> bool:
    """A short line with no quotation marks that holds a credit to reporters anywhere (credit_lines: 'Jane Roe
    contributed reporting from Lima.', 'ساهم في التغطية سامي ناصر'): furniture, whoever it names."""
    firsts = lex.phrase_index["credit_lines"]
    raw = line.split()
    if not any(w in firsts for w in raw):  # (the opening words, as written: most lines hold none of them)
        return False
    words = [fold_token(w.strip(".,،:()")) for w in raw]
    for i, word in enumerate(words):
        for phrase in lex.phrases_starting("credit_lines", word):
            if _starts_with(words[i:], phrase):
                return not any(c in _CREDIT_LINE_QUOTES for c in line)
    return False


_HEADER_CHARS: Final = 40  # the longest header of links or of a summary ('You may be interested in:')


def is_furniture_header(line: str, lex: Lexicon) -> bool:
    """A line that is wholly a header of links or of a summary ('More on this story', 'Key points:', 'الأكثر
    قراءة'; furniture_headers), a closing colon aside: what is listed under it is furniture too."""
    keys = tuple(fold_token(w) for w in line.rstrip(" \t:：").split())
    if len(keys) == 1:
        return keys[0] in lex.furniture_headers
    return bool(keys) and keys in lex.phrases_starting("furniture_headers", keys[0])


_PULL_QUOTE_WORDS: Final = 4  # the fewest words of a quotation whose repetition is a pull quote
_PULL_OPENERS: Final = "\"“«„"
_PULL_CLOSERS: Final = "\"”»“"
_PULL_TRIM: Final = " \t.,،؛;…"


def is_pull_quote(text: str, para: Range) -> bool:
    """A paragraph that is only a quotation (maybe signed after a dash) repeating words quoted elsewhere in the
    text: a pull quote set off in the page, which gives no second record. Its words are found in the text, its
    closing stop or comma aside ('"… hard," Park said.' in the body, '"… hard."' set off)."""
    s, e = para
    if text[s] not in _PULL_OPENERS:
        return False
    close = max(text.rfind(c, s + 1, e) for c in _PULL_CLOSERS)
    if close <= s:
        return False
    after = text[close + 1:e].strip(_PULL_TRIM)
    if after and (after[0] not in "―—–-" or len(after.split()) > _DASH_SIGNATURE_WORDS):
        return False
    core = text[s + 1:close].strip(_PULL_TRIM)
    if len(core.split()) < _PULL_QUOTE_WORDS:
        return False
    return _occurs(text, core, 0, s) or _occurs(text, core, e, len(text))


_PROBE_CHARS: Final = 8  # a quotation's first characters, searched for before the whole of it


def _occurs(text: str, needle: str, lo: int, hi: int) -> bool:
    """`text.find(needle, lo, hi) >= 0`, cheaper for a long needle: its first few characters are searched for
    (few distinct characters let the search skip ahead, a whole sentence's do not) and the rest compared where
    they are found."""
    probe = needle[:_PROBE_CHARS]
    last = hi - len(needle)
    at = text.find(probe, lo, hi)
    while 0 <= at <= last:
        if text.startswith(needle, at):
            return True
        at = text.find(probe, at + 1, hi)
    return False


_DASH_SIGNATURE_WORDS: Final = 6  # a dash and a name signing a pull quote ('— Mayor Lina Ortiz')
_BIO_TAIL: Final = 3  # an author's note is among the last paragraphs of a page
_BIO_NAME_WORDS: Final = 4  # the most words of the author's name before 'is'
_BIO_ROLE_AT: Final = 6  # the trade is within this many words after 'is a' ('is a senior fellow', 'is a freelance …')
_BIO_AFTER: Final = frozenset({"for", "at", "with", "in", "on", "based", "covering", "and"})  # ('a reporter for …')
_BIO_AUTHORS: Final = frozenset({"author", "writer"})  # 'The author is …'


def is_author_bio(line: str, lex: Lexicon) -> bool:
    """An author's note closing a page: English 'Jane Doe is a reporter for the Gazette …', 'John Roe is a senior
    fellow at …', 'The author is …' (a capitalised name, 'is a', the writer's trade in bio_roles and 'for', 'at',
    'based' … after it); Arabic '* كاتب وصحفي سعودي' (an asterisk, then the trade). 'Roe is a reporter who was
    detained …' (no workplace after the trade) is read as any other line, as is one closing on a cue ('Roe is a
    reporter for the Times who was detained, his family said.')."""
    if lex.lang == "ar":
        if line[:1] != "*":
            return False
        first = line[1:].split(None, 1)[:1]
        return bool(first) and fold_token(first[0].strip("،,")) in lex.bio_roles
    if not line[:1].isupper() or " is " not in line[:80] \
            or fold_token(line.rstrip(" .").rsplit(None, 1)[-1]) in lex.cues:  # ('…, his family said.')
        return False
    words = line[:120].split()
    for k in range(1, min(_BIO_NAME_WORDS + 1, len(words))):
        if words[k] != "is":
            continue
        if words[0] == "The" and k == 2 and words[1] in _BIO_AUTHORS:
            return True
        rest = words[k + 1:k + 2 + _BIO_ROLE_AT]
        if not all(w[:1].isupper() for w in words[:k]) or not rest or rest[0] not in ("a", "an", "the"):
            return False
        for j in range(1, len(rest)):
            if fold_token(rest[j].rstrip(",.")) in lex.bio_roles and (
                    rest[j][-1:] == "." or (j + 1 < len(rest) and rest[j + 1] in _BIO_AFTER)):
                return True
        return False
    return False


# 'REUTERS/Kevin Lamb' closing a caption
_WIRE_PHOTO_CREDIT: Final = re.compile(r"[A-Z]{3,}/[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2}[ \t.]*$")
_CREDIT_TAIL: Final = 60  # characters that hold a caption's closing credit ('(Photo: Ian Ross/Coastal Daily)')
_CREDIT_WORDS: Final = 6  # the most words of a credit after its label ('Photo: Ian Ross/Coastal Daily')


def is_caption(line: str, lex: Lexicon) -> bool:
    """A photo's caption closing with its credit (`_credited_caption`), however the line opens."""
    return _credited_caption(line.lstrip("([{•*-–— "), lex)


def _credited_caption(line: str, lex: Lexicon) -> bool:
    """A photo's caption: a line closing with its credit in brackets ('… on Monday. (Photo: AFP)', '(تصوير: محمد
    علي)'), after a label and a colon ('… Photo: Ian Ross'), after a dash ('… - صورة أرشيفية', caption_credits), or
    as a wire photo's ('… REUTERS/Kevin Lamb')."""
    tail = line[-_CREDIT_TAIL:].rstrip(" \t.")
    if tail.endswith(")") and "(" in tail:
        inside = tail[tail.rfind("(") + 1:-1].replace(":", " ").split()
        return bool(inside) and (fold_token(inside[0]) in lex.caption_credits
                                 or (_ends_with_credit(inside, lex) and len(inside) <= 2)
                                 or _agency_photo_credit(tail[tail.rfind("(") + 1:-1], lex))
    colon = max(tail.rfind(":"), tail.rfind("："))
    if colon > 0:
        label = tail[:colon].split()[-1:]
        after = tail[colon + 1:].split()
        if label and fold_token(label[0]) in lex.caption_credits and 0 < len(after) <= _CREDIT_WORDS \
                and not any(c in tail[colon:] for c in _ENDERS + _CLOSERS + "\"“«"):  # (not 'this picture: "…"')
            return True
    if "-" in tail or "–" in tail or "—" in tail or "|" in tail:  # (a dash before the credit: most lines have none)
        words = tail.split()
        for n in (3, 2, 1):
            if len(words) > n and words[-n - 1] in "-–—|" and _ends_with_credit(words[-n:], lex):
                return True
    return "/" in tail and _WIRE_PHOTO_CREDIT.search(tail) is not None


_AGENCY_CREDIT_WORDS: Final = 3  # the most words of an agency's credit before its photographer ('AP Photo')


def _agency_photo_credit(inside: str, lex: Lexicon) -> bool:
    """A wire photo's credit in brackets: an agency and a caption credit word, the photographer after a slash at
    most ('AP Photo/Tim Ross', 'AP Photo', 'Reuters Photo/Ana Ruiz')."""
    words = inside.split("/", 1)[0].split()
    return 1 < len(words) <= _AGENCY_CREDIT_WORDS and words[0][:1].isupper() \
        and fold_token(words[-1]) in lex.caption_credits


def _ends_with_credit(words: list[str], lex: Lexicon) -> bool:
    """The words are one credit phrase ('صورة أرشيفية', 'Getty Images')."""
    keys = tuple(fold_token(w) for w in words)
    return (len(keys) == 1 and keys[0] in lex.caption_credits) or keys in lex.phrases["caption_credits"]


def _date_line(line: str) -> bool:
    """A page's date line ('نشر في: 12 مارس 2024 - 14:35 بتوقيت أبوظبي', 'آخر تحديث: 05/02/2024'): a short line,
    not ending like a sentence, whose label and colon a date or a time follows within four words."""
    return _DATE_LINE.match(line) is not None and line.rstrip()[-1:] not in _ENDERS + _CLOSERS \
        and len(line.split()) <= _DATE_LINE_WORDS


_LIST_ITEM: Final = re.compile(r"[ \t]*(?:[•*·▪◦‣–—-]|\d{1,3}[.)/])[ \t]")  # '- ', '• ', '1. ', '2) ', '3/ '
_CLOSERS: Final = "\"”»'"
_LIST_MARKS: Final = "•*·▪◦‣–—-"  # the bullets `_LIST_ITEM` reads


def past_list_mark(text: str, s: int, e: int) -> int:
    """Where a paragraph's words begin after its bullet or number ('• ', '- ', '3/ '): the mark is layout, no part
    of the first sentence (nor of its speaker's name)."""
    k = s
    while k < e and text[k] in " \t":
        k += 1
    if k >= e or not (text[k] in _LIST_MARKS or text[k].isdigit()):  # (most paragraphs: no call of the pattern,
        return s  # ~2,000 instructions compiled; `isdigit` holds every digit `\d` matches)
    m = _LIST_ITEM.match(text, s, e)
    return s if m is None or m.end() >= e else _skip_space(text, m.end(), e)


_TIMESTAMP: Final = re.compile(  # a live page's time stamp: '09:05 ', '14:30 GMT – ', '9:15 a.m. | '
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*(?:[aApP]\.?[mM]\.?|GMT|UTC|BST|CET|EST|EDT|ET))?[ \t]*(?:[–—|-][ \t]*)?"
    r"(?=[^\W\d_]|[\"“‘'«])")  # (a word or an opening quotation mark follows: '11:30 "The sea came …," said …')


def past_timestamp(text: str, s: int, e: int) -> int:
    """Where a paragraph's words begin after a live page's time stamp ('10:40 All ferries …', '09:05 — Police
    say …'): the time is layout, no part of the first sentence's claim nor of its speaker's name."""
    if s >= e or not text[s].isdigit():
        return s
    m = _TIMESTAMP.match(text, s, e)
    return s if m is None or m.end() >= e or m.end() == s else m.end()


def _ends_like_a_sentence(text: str, para: Range) -> bool:
    """The paragraph ends with a stop or a closing quotation mark — or with a short credit in brackets after
    one ('… الجرحى. (وكالات)', '… said. (Reuters)'): the sentence before the credit ends there."""
    end = para[1]
    if text[end - 1] == ")":
        opening = text.rfind("(", para[0], end)
        if opening > para[0] and len(text[opening:end].split()) <= 4:
            end = len(text[para[0]:opening].rstrip()) + para[0]
    return end > para[0] and text[end - 1] in _ENDERS + _CLOSERS


def _body_after_headline(text: str, paras: Sequence[Range], words: int) -> bool:
    """The paragraphs after a first line with no final stop are a body it heads: some of them end like sentences,
    or the line is shorter than every one of them (a text of stop-less lines — a thread, a transcript — keeps
    its first line)."""
    rest = paras[1:]
    if any(_ends_like_a_sentence(text, p) for p in rest):
        return True
    counts = [len(text[s:e].split()) for s, e in rest]
    return words < min(counts) and words <= 0.6 * max(counts)


def is_headline(text: str, paras: Sequence[Range], index: int) -> bool:
    """The first line of an article, when a body follows it and it looks like a headline: it does not end like a
    sentence (and the body does, or it is shorter than the body's lines), or it is in Title Case. A text of one
    line (a pasted sentence, a post) has no headline, a bulleted or numbered item is never one, nor a line
    ending with a colon, which introduces what follows ('The mayor told the council:' over a list)."""
    if index != 0 or len(paras) < 2:
        return False
    s, e = paras[0]
    if _LIST_ITEM.match(text, s, e) or text[e - 1] in ":：":
        return False
    words = text[s:e].split()
    if not _ends_like_a_sentence(text, (s, e)) and len(words) < 30:
        return _body_after_headline(text, paras, len(words))
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) < 20 and capitals >= 0.6 * len(words) and len(words) > 3


_KICKER_WORDS: Final = 3  # the most words of a label set over a headline ('BREAKING', 'LIVE UPDATES', 'عاجل')
_KICKER_TRIM: Final = " \t:：|"


def headline_at(text: str, paras: Sequence[Range], lex: Lexicon) -> int:
    """The index of the paragraph that may be the headline: the first, or the second when the first is only a
    label of the page's kind of piece set over it (a kicker: 'EXCLUSIVE', 'BREAKING NEWS', 'عاجل', 'فيديو';
    section_labels) and a body follows the second."""
    if len(paras) < 3:
        return 0
    s, e = paras[0]
    if e - s > _HEADER_CHARS:
        return 0
    keys = tuple(fold_token(w) for w in text[s:e].strip(_KICKER_TRIM).split())
    if not keys or len(keys) > _KICKER_WORDS:
        return 0
    label = (len(keys) == 1 and keys[0] in lex.section_labels) or keys in lex.phrases["section_labels"]
    return 1 if label else 0


def content_paragraphs(text: str, paras: list[Range], lex: Lexicon) -> list[Range]:
    """The paragraphs that are neither the headline nor page furniture. A furniture line that stops mid-sentence
    goes on in the lines right after it that open in lower case ('Editor's note: Hale regularly\ninsults …')."""
    out: list[Range] = []
    carried = False  # the line before was furniture and its sentence has not ended
    related = False  # a header of links ('اقرأ أيضا', 'Related') came before, and only headlines since
    top = headline_at(text, paras, lex)  # (a kicker over the headline is dropped with it)
    for i, (s, e) in enumerate(paras):
        if carried and text[s:s + 1].islower() and text[paras[i - 1][1]:s].count("\n") == 1:
            carried = text[e - 1] not in _ENDERS
            continue
        if related and (past_list_mark(text, s, e) > s or (not _ends_like_a_sentence(text, (s, e))
                                                            and len(text[s:e].split()) <= _LINKED_HEADLINE_WORDS)):
            continue  # the linked stories' headlines under the header ('الجيش يعلن مقتل جنديين'), the bulleted
            # items of a summary ('Key points:' over '- The council voted …'): no body
        furniture = is_furniture(text[s:e], lex) or is_pull_quote(text, (s, e)) \
            or (i >= len(paras) - _BIO_TAIL and is_author_bio(text[s:e], lex))
        carried = furniture and text[e - 1] not in _ENDERS
        related = furniture and (len(text[s:e].split()) <= _RELATED_HEADER_WORDS
                                 or (e - s <= _HEADER_CHARS and is_furniture_header(text[s:e], lex)))
        if not furniture and i >= top and not is_headline(text, paras[top:], i - top) \
                and not (i == top + 1 and is_headline(text, paras[top:], 0) and is_headline(text, paras[i:], 0)):
            out.append((s, e))  # (a second headline line right under the first, the deck: 'Critics say …')
    return out


def _inside(quotes: Sequence[QuoteSpan], starts: list[int], pos: int) -> bool:
    i = search_right(starts, pos) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1] - 1


def sentences(text: str, paras: list[Range], tokens: list[Token], quotes: Sequence[QuoteSpan],
              lex: Lexicon, token_starts_: list[int] | None = None, token_texts: list[str] | None = None,
              ) -> list[Range]:
    """Sentence ranges within the kept paragraphs. A full stop inside a quotation does not end a sentence,
    so a quote of several sentences stays whole; a quote running over paragraphs joins them.
    `token_starts_`, `token_texts`: the tokens' starts and texts, when the caller has them."""
    starts = [q[0] for q in quotes]
    abbreviations = lex.abbreviations
    speech = lex.exclaiming_verbs_or_inverting_verbs if lex.lang == "en" else frozenset()
    times = lex.time_words if lex.lang == "en" else frozenset()
    # the indices of the marks (only one-character tokens are in _BOUNDARY_MARKS)
    texts = [t.text for t in tokens] if token_texts is None else token_texts
    marks = [j for j, word in enumerate(texts)  # (a loop: see cues.cue_positions; compiled, the length is read in
             if len(word) == 1 and word in _BOUNDARY_MARKS]  # place, cheaper than a set lookup of each word)
    starts_of_tokens = token_starts(tokens) if token_starts_ is None else token_starts_
    if lex.lang == "en" and ". " in text:
        marks = _with_dotted_ends(text, marks, starts_of_tokens, texts)
    out: list[Range] = []
    for ps, pe in _join_quoted(paras, quotes, starts):
        first = search_left(starts_of_tokens, ps)
        s = past_timestamp(text, past_list_mark(text, ps, pe), pe)
        for m in range(search_left(marks, first), len(marks)):  # (no copy of the rest of the list)
            j = marks[m]
            tok = tokens[j]
            if tok.end > pe:
                break
            prev = tokens[j - 1] if j > first else None
            if _ends_sentence(text, tok, prev, quotes, starts, abbreviations, speech, times) and tok.end > s:
                e = _after_closing_marks(text, tok.end, pe, starts)
                out.append((s, e))
                s = _skip_space(text, e, pe)
        if pe > s:
            out.append((s, pe))
    telling = lex.addressee_verbs_or_inverting_verbs if lex.lang == "en" else frozenset()
    joined = _join_colon_quotes(text, out, starts, lex.lang == "en", telling)
    return joined if all(e - s <= MAX_SENTENCE for s, e in joined) else _bounded(text, joined, quotes, starts)


MAX_SENTENCE: Final = 2500  # characters: news sentences run to ~1,500; longer is a text without full stops
_CLAUSE_MARKS: Final = re.compile(r"[،,؛;\n]\s")  # ('…، وأكد …', '…, the minister added …': a clause ends)
_SPACE: Final = re.compile(r"\s")


def _bounded(text: str, sents: list[Range], quotes: Sequence[QuoteSpan], quote_starts: list[int]) -> list[Range]:
    """Sentences no longer than `MAX_SENTENCE`: a longer one (a transcript or a post written without full stops)
    is cut after the last clause mark outside quotations in the second half of each stretch, else at the last
    space (reading one sentence is quadratic in its cues; a sentence that long has many)."""
    out: list[Range] = []
    for s, e in sents:
        while e - s > MAX_SENTENCE:
            cut = _cut_point(text, s, s + MAX_SENTENCE, quotes, quote_starts)
            if cut is None:
                break
            out.append((s, cut))
            s = _skip_space(text, cut, e)
        out.append((s, e))
    return out


def _cut_point(text: str, s: int, limit: int, quotes: Sequence[QuoteSpan], quote_starts: list[int]) -> int | None:
    """Where a sentence from `s` past `limit` ends: after the last clause mark (outside quotations) in
    `[s + (limit - s) // 2, limit)`, else before the last space there; None when the stretch has no space."""
    lower = s + (limit - s) // 2
    last_space: int | None = None
    for m in _SPACE.finditer(text, lower, limit):
        last_space = m.start()
    for m in reversed(list(_CLAUSE_MARKS.finditer(text, lower, limit))):
        k = search_right(quote_starts, m.start()) - 1
        if k < 0 or quotes[k][1] <= m.start():
            return m.start() + 1
    return last_space


def _join_colon_quotes(text: str, sents: list[Range], quote_starts: list[int], blocks: bool = False,
                       telling: frozenset[str] = frozenset()) -> list[Range]:
    """'The New York Times reports:' followed by a quoted paragraph is one sentence: cue, then content. With
    `blocks` (English), so is a paragraph ending with a colon and the whole unquoted paragraph after it ('The
    governor added:' / 'It's typical of her. She knows nothing …': a block quotation set off by layout)."""
    out: list[Range] = []
    block = False  # inside a paragraph joined to the colon before it
    items = False  # inside a bulleted list joined to the colon before it
    for s, e in sents:
        if (block and "\n" not in text[out[-1][1]:s]) or (items and _LIST_ITEM.match(text, _line_start(text, s))):
            out[-1] = (out[-1][0], e)
            continue
        block = items = False
        if out and text[out[-1][1] - 1] in ":：" and search_left(quote_starts, s) < len(quote_starts) \
                and quote_starts[search_left(quote_starts, s)] == s:
            out[-1] = (out[-1][0], e)
        elif blocks and out and _block_after_colon(text, out[-1], s):
            out[-1] = (out[-1][0], e)
            block = True
        elif blocks and out and _list_after_colon(text, out[-1], s, telling):
            out[-1] = (out[-1][0], e)
            items = True
        else:
            out.append((s, e))
    return out


def _block_after_colon(text: str, before: Range, s: int) -> bool:
    """A paragraph (not a bulleted item) right after a short one that ends with a colon; a paragraph opening with
    a speaker label ('PENCE: …') keeps its own speaker (layout labels win over the cue's content)."""
    gap = text[before[1]:s]
    return text[before[1] - 1] in ":：" and "\n" in gap and _LIST_ITEM.match(text, text.rfind("\n", 0, s) + 1) is None \
        and len(text[before[0]:before[1]].split()) <= 25


def _line_start(text: str, s: int) -> int:
    return text.rfind("\n", 0, s) + 1


def _list_after_colon(text: str, before: Range, s: int, telling: frozenset[str]) -> bool:
    """A bulleted item on the line right after a short paragraph that ends with a verb of saying or telling and
    at most three words more, then a colon ('The mayor told the council:' / '- the budget will …'): the list is
    what the colon introduces (one record per item); not a list under a heading ('Pledges at the hustings:')."""
    gap = text[before[1]:s]
    if text[before[1] - 1] not in ":：" or "\n" not in gap or _LIST_ITEM.match(text, _line_start(text, s)) is None:
        return False
    words = text[before[0]:before[1] - 1].lower().split()
    return len(words) <= 25 and any(w in telling for w in words[-4:])


def _web_suffix(text: str, at: int, abbreviations: frozenset[str]) -> bool:
    """The letters glued after a full stop at `at`, up to the next non-letter, are a site's suffix listed with the
    full stop before it ('.نت' in 'العربية.نت')."""
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return end > at and "." + text[at:end].lower() in abbreviations


def _with_dotted_ends(text: str, marks: list[int], token_starts_: list[int], texts: list[str]) -> list[int]:
    """English: `marks` and the indices of the dotted abbreviations that are one token with their last full stop
    ('R.I.', 'D.C.', 'U.S.') and have a clause opener after them ('Sen. Jack Reed of R.I. It was …', '… in
    Washington, D.C. The vote …'): they may end a sentence (`_ends_sentence` reads the words after them)."""
    dotted: list[int] = []
    for m in _DOTTED_OPENER.finditer(text):
        j = search_right(token_starts_, m.start()) - 1
        if j >= 0 and token_starts_[j] + len(texts[j]) == m.start() + 1 and len(texts[j]) > 2:
            dotted.append(j)
    return sorted(marks + dotted) if dotted else marks


def _short_capital_before_lower(text: str, tok: Token, prev: Token | None) -> bool:
    """English: a full stop glued to a capitalised word of two to five Latin letters ('Ill', 'Mass', 'Bros'), with
    a space and a lower-case Latin word after it: an abbreviation inside the sentence, not its end (as
    frames.short_abbreviation reads it within a sentence)."""
    return prev is not None and prev.end == tok.start and 2 <= len(prev.text) <= 5 and prev.text.isascii() \
        and prev.text.isalpha() and prev.text[0].isupper() and text[tok.end:tok.end + 1] == " " \
        and text[tok.end + 1:tok.end + 2].isascii() and text[tok.end + 1:tok.end + 2].islower()


def _clause_after_time(text: str, pos: int, times: frozenset[str]) -> bool:
    """English 'at 3 a.m. Police said …': after a time of day's 'a.m.' or 'p.m.', a capitalised word that is no
    day nor zone ('9 a.m. Monday in …', '9 a.m. Eastern time') and a lower-case word: a new sentence."""
    words = text[pos:pos + 40].split(maxsplit=2)
    return len(words) >= 2 and words[0][:1].isupper() and words[0][1:].islower() and words[1][:1].islower() \
        and words[0] not in _TIME_ZONES and words[0].lower() not in times


def _ends_sentence(text: str, tok: Token, prev: Token | None, quotes: Sequence[QuoteSpan], starts: list[int],
                   abbreviations: frozenset[str], speech: frozenset[str] = frozenset(),
                   times: frozenset[str] = frozenset()) -> bool:
    if len(tok.text) != 1:
        return tok.text[-1] == "." and (_pronoun_clause_follows(text, tok.end)
                                        or (tok.text.lower() in ("a.m.", "p.m.") and _clause_after_time(text, tok.end,
                                                                                                       times))) \
            and not _inside(quotes, starts, tok.end - 1)  # ('… of N.Y. The bill …': see _with_dotted_ends)
    if tok.text in _ENDERS:
        if _inside(quotes, starts, tok.start) or (tok.text == "." and text[tok.end:tok.end + 1] == ","):
            return False  # ('Sen. Marcus Bell, D-Ill., said': a full stop before a comma closes an abbreviation)
        if tok.text == "." and prev is not None and prev.end == tok.start and _web_suffix(text, tok.end, abbreviations):
            return False  # ('العربية.نت': a full stop before a site's suffix is inside its name)
        if prev and prev.end == tok.start and prev.key == "no" and not text[tok.end:tok.end + 8].lstrip()[:1].isdigit():
            return True  # 'Lindqvist said no. "I will stay …"': the word 'no', not 'No. 10'
        if _elision_mark(text, tok):
            return False  # ('in Syria (...) is unacceptable', 'في سوريا […] هو': words left out of a quotation)
        if (tok.text == "…" or (tok.text == "." and text[tok.start - 1:tok.start] == ".")
                or text[tok.end:tok.end + 1] == ".") \
                and (text[tok.end:tok.end + 1] == "." or _next_word_is_lower(text, tok.end)
                     or _arabic_word_follows(text, tok.end)):
            return False  # ('the matter was... very complicated': an ellipsis ends at its last dot, and a
            # lower-case word after it goes on with the sentence; Arabic has no case: an Arabic word after an
            # ellipsis in mid-paragraph goes on with it unless it opens with و or ف, 'إن المفاوضات… ستستأنف')
        if tok.text == "." and prev is not None and prev.end == tok.start and prev.text in "»”\"" \
                and _points_back(text, tok.end):
            return False  # ('«…». بهذه الكلمات ختم الوزير حديثه': the words just quoted are the verb's)
        if tok.text == "." and _pronoun_clause_follows(text, tok.end):
            return True  # ('… of Morro Bay, Calif. He was airlifted …': a pronoun and its verb open a sentence)
        if tok.text == "." and _short_capital_before_lower(text, tok, prev):
            return False  # ('Sen. Dick Durbin of Ill. said …', 'Halvorsen Bros. said …': an abbreviation)
        return not (prev and prev.end == tok.start and (prev.key + "." in abbreviations  # ('(R-Ga.)': a party tag)
                                                         or ("-" in prev.key  # (without one, the key itself again)
                                                             and prev.key.rpartition("-")[2] + "." in abbreviations)
                                                         or ("-" in prev.text
                                                             and _PARTY_TAG.fullmatch(prev.text) is not None)))
    i = search_right(starts, tok.start) - 1
    before = tok.start - 1
    if tok.text in "'’" and before > 0 and text[before] == tok.text:
        before -= 1  # ("… our policy.'' The network said": a closing mark written as two apostrophes)
    closes_quote = i >= 0 and quotes[i][1] == tok.end and before >= 0 and text[before] in _ENDERS
    return closes_quote and not _next_word_is_lower(text, tok.end) \
        and not (text[before] in "?!" and _speaker_follows(text, tok.end, speech, abbreviations))


# Capitalised words that open a clause and are no part of a name, before a lower-case word: subject pronouns,
# articles, demonstratives and possessives ('… Harlan Co. The company said …', '… of R.I. Her aides …')
_SENTENCE_PRONOUNS: Final = frozenset({"He", "She", "They", "We", "It", "I", "The", "A", "An", "This", "These",
                                       "Those", "His", "Her", "Its", "Their", "There"})
_PRONOUN_INITIALS: Final = frozenset(w[0] for w in _SENTENCE_PRONOUNS)
# (it opens with its literal '. ', so the engine looks only where that is written, not at every character:
# a lookbehind first made this one search a fifth of the English parse)
_DOTTED_OPENER: Final = re.compile(r"\. (?:(?<=[A-Za-z]\.[A-Za-z]\. )[A-Z][a-z]{0,4} [a-z]"  # ('R.I. It was')
                                   r"|(?<=[ap]\.m\. )[A-Z][a-z]+ [a-z])")  # ('at 3 a.m. Police said')
# Capitalised words that go on with a time of day: a zone ('9 a.m. Eastern time'; days are time_words)
_TIME_ZONES: Final = frozenset({"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Greenwich", "Local"})


def _pronoun_clause_follows(text: str, pos: int) -> bool:
    """English: after `pos`, a space, a capitalised subject pronoun (or another clause opener of
    _SENTENCE_PRONOUNS) and a lower-case word ('. He was', '. They said', '. The bill'): a new sentence, even
    after an abbreviation's full stop ('Calif. He was …', 'Harlan Co. The company …'; not 'Dr. He Jiankui')."""
    if text[pos:pos + 1] != " ":
        return False
    after = text[pos + 1:pos + 2]  # (most full stops: a word after the space that no pronoun opens; no split)
    if after and not after.isspace() and after not in _PRONOUN_INITIALS:
        return False
    words = text[pos:pos + 30].split(maxsplit=2)
    return len(words) >= 2 and words[0] in _SENTENCE_PRONOUNS and words[1][:1].islower()


def _points_back(text: str, pos: int) -> bool:
    """Arabic: the sentence after `pos` opens with words pointing back at a quotation ('بهذه الكلمات', 'هكذا')."""
    words = text[pos:pos + 40].split()[:2]
    return bool(words) and (fold_token(words[0]) in _POINTING_BACK
                            or (len(words) == 2 and fold_token(words[0]) in _DEMONSTRATIVES
                                and fold_token(words[1]).startswith("ال")))


_DEMONSTRATIVES: Final = frozenset({"بهذه", "بهذا", "بتلك"})  # ('بهذه الكلمات': with these words)
_POINTING_BACK: Final = frozenset({"هكذا"})


def _abbreviated(before: str, abbreviations: frozenset[str]) -> bool:
    """The last word of `before` and a full stop make an abbreviation ('Sen.', 'Gov.')."""
    words = before.split()
    return bool(words) and words[-1].lower() + "." in abbreviations


def _speaker_follows(text: str, pos: int, speech: frozenset[str], abbreviations: frozenset[str]) -> bool:
    """English '"Is it over?" Graham asked.', '"…?" Trump said, looking out …': after a question or an
    exclamation in quotation marks, a clause with a speech verb among its first seven words ends the same
    sentence."""
    if not speech:
        return False
    end = pos
    while end < len(text) and end - pos < 80:
        nick = _NICKNAME.match(text, end) if text[end] in "\"“" else None
        if nick is not None:
            end = nick.end()  # ('Del. Marcia "Cia" Price shouted': a nickname inside the name goes on)
        elif text[end] not in ".!?\n\"“”" or (text[end] == "." and _abbreviated(text[pos:end], abbreviations)):
            end += 1  # ('Sen. Lindsey Graham asked.': the abbreviation's full stop goes on)
        else:
            break
    words = [w.strip(",").lower() for w in _NICKNAME.sub(" ", _BRACKETED.sub(" ", text[pos:end])).split()[:7]]
    # (a party tag in brackets or a nickname is no word of the clause: '"…!" Hale's niece, state Del. Mary
    # Price (D-Norfolk), shouted')
    return any(w in speech for w in words) and (end >= len(text) or text[end] not in "\"“”")


_NICKNAME: Final = re.compile(r"[\"“][A-Z][a-z]+[\"”] (?=[A-Z])")
_BRACKETED: Final = re.compile(r"\([^()]{1,20}\),?")
_PARTY_TAG: Final = re.compile(r"[DRI]-[A-Z][a-z]{1,4}")  # 'D-Mo', 'R-Ill': a party and a state's abbreviation


def _next_word_is_lower(text: str, pos: int) -> bool:
    """The sentence goes on after a closing quotation: a lower-case word or a comma follows ('yelled
    "shark attack!", and began …')."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos < len(text) and text[pos] in "أبإ":  # Arabic 'في كتابه "ماذا حدث؟" أن …': a complementizer goes on
        word = text[pos:pos + 4].split(None, 1)[0] if text[pos:pos + 4].strip() else ""
        return word in ("أن", "بأن", "إن")
    return pos < len(text) and (text[pos].islower() or text[pos] in ",;،")


def _elision_mark(text: str, tok: Token) -> bool:
    """`tok` is an ellipsis (or one of its dots) in brackets: '(...)', '[…]'."""
    s, e = tok.start, tok.end
    while s > 0 and text[s - 1] in ".…":
        s -= 1
    while e < len(text) and text[e] in ".…":
        e += 1
    bracketed = s > 0 and e < len(text) and text[s - 1] in "([" and text[e] in ")]"
    return bracketed and ("…" in text[s:e] or e - s >= 3)


def _arabic_word_follows(text: str, pos: int) -> bool:
    """An Arabic word follows `pos` on the same line, after spaces, and it does not open with a conjunction ('…
    وأضاف', '… ولم يذكر': و and ف open a new sentence after an ellipsis as after a full stop)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos < len(text) and "\u0621" <= text[pos] <= "\u064a" and text[pos] not in "وف"


def _join_quoted(paras: list[Range], quotes: Sequence[QuoteSpan], starts: list[int]) -> list[Range]:
    merged: list[Range] = []
    for p in paras:
        if merged and _inside(quotes, starts, merged[-1][1]):
            merged[-1] = (merged[-1][0], p[1])
        else:
            merged.append(p)
    return merged


def _after_closing_marks(text: str, pos: int, limit: int, quote_starts: list[int]) -> int:
    """Past the marks that close what the sentence opened — not past a quotation that opens right after the
    full stop ('… said Tim Kaine."So that is …')."""
    while pos < limit and text[pos] in "\"”»’')" and not _opens_quote(quote_starts, pos):
        pos += 1
    return pos


def _opens_quote(quote_starts: list[int], pos: int) -> bool:
    i = search_left(quote_starts, pos)
    return i < len(quote_starts) and quote_starts[i] == pos


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos
