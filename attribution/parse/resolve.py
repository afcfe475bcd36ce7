"""Who a claim's source is: registry names, unnamed sources, and mentions carried back within an article
(implicit subjects, pronouns, short names and titles pointing to an earlier speaker)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from itertools import pairwise
from typing import Final, Protocol, TypeVar

from attribution.lexicons import Lexicon
from attribution.parse.cues import strip_proclitic
from attribution.parse.frames import POSSESSIVE_ENDINGS, Draft, bare_trade_plural
from attribution.textnorm import literal_matches, runs_before, strip_clitic
from attribution.tokens import Columns, Token, search_left, tokenize, tokenize_columns, window_tokens

CONDUIT_TYPES: Final = frozenset({"news_agency", "media"})
MENTION_MEMO_SIZE = 1 << 11  # mentions remembered per lexicon by each memoized reading below

T = TypeVar("T")


def _per_mention(read: Callable[[str, Lexicon], T]) -> Callable[[str, Lexicon], T]:
    """Memoize a pure reading of a mention per lexicon object (bounded; the lexicon is kept, so its id stays
    its). Mentions recur across an article and across articles: "he", "officials", "the ministry"."""
    memos: dict[int, tuple[Lexicon, dict[str, T]]] = {}
    last: list[tuple[Lexicon, dict[str, T]]] = []  # the entry of the lexicon of the call before (most calls')

    @wraps(read)
    def memoized(mention: str, lex: Lexicon) -> T:
        if last and last[0][0] is lex:
            memo = last[0][1]
        else:
            entry = memos.get(id(lex))
            if entry is None or entry[0] is not lex:
                if len(memos) >= 8:
                    memos.clear()
                entry = memos[id(lex)] = (lex, {})
            last.clear()
            last.append(entry)
            memo = entry[1]
        if mention in memo:
            return memo[mention]
        if len(memo) >= MENTION_MEMO_SIZE:
            memo.clear()
        value = memo[mention] = read(mention, lex)
        return value

    return memoized


_RELATIVE_OPENERS: Final = frozenset({",", "،", "—", "–", "―"})  # (a comma or a dash before an English 'who')
_POSSESSIVE_DETERMINERS: Final = frozenset({"his", "her", "their", "its", "our"})


def _verb_among(words: Sequence[Token], lex: Lexicon) -> bool:
    """A form of 'be', a finite auxiliary, an irregular past, a lower-case '-ed' word or a preposition other than
    'of' among `words`: they hold a verb or another phrase, no single noun phrase."""
    return any(w.key in lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
               or (w.text.islower() and w.key.endswith("ed") and len(w.key) > 4)
               or (w.key in lex.content_blockers and w.key != "of") for w in words)


def _plural_key(key: str) -> bool:
    """English: a noun's key that reads as a plural: it ends in 's' but not in 'ss' ('officials', not 'witness')."""
    return key.endswith("s") and not key.endswith("ss")


def _bare_plural_start(before: list[Token], lex: Lexicon) -> int | None:
    """English 'backed by farmers, who …', 'welcomed by environmental groups, who …': a lower-case plural with no
    article right before the comma, with up to two modifiers when a preposition or a determiner comes before them
    ('to wealthy Chinese investors, who …'): the index of the phrase's first word in `before`, else None."""
    if len(before) < 3:
        return None
    head = before[-2]
    if not head.is_word or not head.text.isalpha() or not head.text.islower() or not head.key.endswith("s") \
            or head.key.endswith("ss") or len(head.key) < 4 or head.key in lex.pronouns:
        return None
    k = len(before) - 2
    while k - 1 >= 0 and len(before) - 2 - k < 2 and before[k - 1].is_word and before[k - 1].text.isalpha() \
            and before[k - 1].key not in lex.content_blockers_or_determiners and not _verb_among(before[k - 1:k], lex):
        k -= 1
    if k > 0 and before[k - 1].is_word and before[k - 1].key.endswith(("'s", "’s")):
        return k - 1  # ("Hale's relatives, who …": the possessor opens the phrase)
    return k if k == len(before) - 2 or (k > 0 and (before[k - 1].key in lex.content_blockers_or_determiners
                                                      or before[k - 1].key == "to")) else len(before) - 2


_GLUED_ARTICLE: Final = ("بال", "لل", "كال")  # a preposition glued to the article: the word is no subject

_WEB_ENDINGS: Final = (".com", ".org", ".net")
_CORRESPONDENT_OUTLET_WORDS: Final = 4  # words after a correspondent's noun read for the outlet's name


class RegistryEntry(Protocol):
    @property
    def canonical(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def anonymous(self) -> bool: ...


class RegistryLike(Protocol):
    def match(self, mention: str) -> RegistryEntry | None: ...
    def find_in(self, text: str, columns: Columns | None = None) -> Sequence[tuple[int, int, RegistryEntry]]: ...


@dataclass
class Entity:
    canonical: str
    type: str
    anonymous: bool
    names: set[str] = field(default_factory=set)  # name keys (titles and clitics removed)
    titles: set[str] = field(default_factory=set)
    gender: str = ""  # "m", "f" or "" (unknown): from words of its mentions ("Mr", "Mrs", "spokeswoman")

    def __init__(self, canonical: str, type: str, anonymous: bool, names: set[str] | None = None,
                 titles: set[str] | None = None, gender: str = "") -> None:
        # (written out, as frames.Sentence's: compiled, the generated __init__ would run as Python; a new set each
        # where none is given, as the default factories make)
        self.canonical, self.type, self.anonymous = canonical, type, anonymous
        self.names = set() if names is None else names
        self.titles = set() if titles is None else titles
        self.gender = gender


def _someone(e: Entity) -> bool:
    """English: the entity is a person 'it' cannot be: an official, a person of known gender, one named in full
    ('Marta Kovac', not 'all the experts'; a document is none, whatever gender its names gave it) or a transcript's
    speaker named in capitals ('HAYES: Because it asks …', 'HOST: …')."""
    if e.type == "official" or (e.type == "person" and (e.gender != "" or _capitals_name(e.canonical))):
        return True
    words = e.canonical.split()
    return e.type == "person" and len(words) > 1 and all(w[:1].isupper() for w in words)


@dataclass(frozen=True, slots=True)
class Resolved:
    canonical: str
    type: str
    anonymous: bool
    conduits: tuple[str, ...]

    def __init__(self, canonical: str, type: str, anonymous: bool, conduits: tuple[str, ...]) -> None:
        # (written out, as frames.Draft's: compiled, the generated __init__ would run as Python)
        object.__setattr__(self, "canonical", canonical)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "anonymous", anonymous)
        object.__setattr__(self, "conduits", conduits)


_MEDIUM_WORDS: Final = 4  # words of a medium ('in a short statement') before a conduit marker in a region
_ROLE_REACH: Final = 25  # characters beside a person's first mention where a role may be given to them
WORDS_MEMO_SIZE = 1 << 14  # mentions whose words `_words` remembers (emptied when it grows past)
_words_memo: Final[dict[str, tuple[Token, ...]]] = {}


_QUOTED: Final = re.compile(r'["“]([^"“”]*)["”]')


def _speech_quoted(sentence: str) -> bool:
    """A sentence with someone's quoted words in it: a quotation mark that pairs with none, or a quotation that is
    no short title in title case ('appearing on NBC's "Meet the Press,"' names a show; 'had "met" her' quotes)."""
    marks = sum(sentence.count(q) for q in "\"“”")
    if not marks:
        return False
    found = _QUOTED.findall(sentence)
    if marks != 2 * len(found):
        return True
    return not all(_quoted_title(q) for q in found)


def _quoted_title(quoted: str) -> bool:
    """'Meet the Press', 'Face the Nation': a short quotation in title case (its first word and every longer word
    capitalised, no stop) names a show or a work; no one's words."""
    words = quoted.strip(" ,").split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and not quoted.rstrip(" ,").endswith((".", "!", "?")) \
        and all(w[:1].isupper() for w in words if len(w) > 3)


def _stripped_end(text: str, end: int, chars: str | None = None) -> int:
    """`len(text[:end].rstrip(chars))`, found by stepping back from `end` rather than copying the text before it
    (a long text's whole head, at every mention)."""
    end = slice(None, end).indices(len(text))[1]
    if chars is None:
        while end and text[end - 1].isspace():
            end -= 1
    else:
        while end and text[end - 1] in chars:
            end -= 1
    return end


def _words(mention: str) -> tuple[Token, ...]:
    """The word tokens of a mention, remembered in a plain dict (compiled, a call to an `lru_cache` goes through
    the interpreter's call protocol, ~4x the instructions of the lookup)."""
    found = _words_memo.get(mention)
    if found is None:
        if len(_words_memo) >= WORDS_MEMO_SIZE:
            _words_memo.clear()
        found = _words_memo[mention] = tuple(t for t in tokenize(mention) if t.is_word)
    return found


_FOLDING_TO_ASCII: Final = "\u0130\u0131\u017f\u212a"  # 'İ', 'ı', 'ſ', 'K': the only characters beyond ASCII that
# a case-insensitive pattern matches to an ASCII letter, or whose lower case holds one


def _word_matches(stem: str, text: str) -> Iterator[re.Match[str]]:
    """`re.finditer(rf"\\b{stem}s?\\b", text, re.IGNORECASE)` (the stem escaped). When the stem is ASCII and the
    text holds none of `_FOLDING_TO_ASCII`, the same matches in the text lower-cased (as long: of all characters
    only 'İ' lower-cases to two; a word character stays one, and none beyond ASCII becomes ASCII) with the stem
    lower-cased, tried only where the stem is written (`literal_matches`: the pattern opens with `\\b`, so
    `finditer` tries it at every character); their offsets are the same, their text lower-cased."""
    if stem and stem.isascii() and (text.isascii() or not any(c in text for c in _FOLDING_TO_ASCII)):
        low = stem.lower()
        return literal_matches(re.compile(rf"\b{re.escape(low)}s?\b"), text.lower(), low)
    return re.finditer(rf"\b{re.escape(stem)}s?\b", text, re.IGNORECASE)


def _may_hold_folded(text: str, needle: str) -> bool:
    """Might `re.search(f"(?i:{re.escape(needle)})", text)` find something? For an ASCII needle and a text without
    `_FOLDING_TO_ASCII`, exactly when the lower-cased text holds the lower-cased needle (a `str.find`, where the
    pattern is tried at every character); True otherwise. A test before a scan, never a match's offsets."""
    if not needle.isascii() or any(c in text for c in _FOLDING_TO_ASCII):
        return True
    return needle.lower() in text.lower()


def _case_blind_matches(pattern: re.Pattern[str], text: str, needle: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match opens with `needle` written in any case
    (`(?i:\\b{needle}…)`, the needle escaped; `\\b` and look-behinds read the characters before, as in
    `finditer`). For an ASCII needle and a text without `_FOLDING_TO_ASCII`, the pattern is tried only where the
    lower-cased text holds the lower-cased needle (as long as the text, so its offsets are the text's: see
    `_may_hold_folded`); otherwise `finditer`, which tries the pattern at every character of the text (a
    case-blind pattern has no literal prefix to skip to). No scan at all when the needle is nowhere."""
    if not needle.isascii():
        return pattern.finditer(text)
    lowered = _lowered(text)
    if lowered is None:
        return pattern.finditer(text)
    return literal_matches(pattern, text, needle.lower(), lowered)


_last_lowered: Final[list[str | None]] = ["", ""]  # the last text `_lowered` read, and what it gave


def _lowered(text: str) -> str | None:
    """`text.lower()`, or None when the text holds one of `_FOLDING_TO_ASCII`; the last text's remembered (an
    article's names are looked for one after another in the same text: one lower-cased copy and one scan for
    those characters per article, not per name)."""
    if _last_lowered[0] is text:
        return _last_lowered[1]
    lowered = None if any(c in text for c in _FOLDING_TO_ASCII) else text.lower()
    _last_lowered[0], _last_lowered[1] = text, lowered
    return lowered


_OPENING_NAME_WINDOW: Final = 80  # characters holding a paragraph's first three words

_PORTFOLIO_TITLES: Final = frozenset({"وزير", "وزيره"})  # (a minister and his portfolio: 'وزير الخارجية')


def _bare(key: str, lex: Lexicon) -> str:
    """A key without its Arabic article or conjunction (the registry's clitic rule); a body noun whose own first
    letter is 'و' ('وزارة', 'وكالة') keeps it, as 'الوزارة' does ('زارة' is no word)."""
    if lex.lang != "ar":
        return key
    stem, cut = strip_clitic(key)
    return key if cut == 1 and key[0] == "و" and key in lex.government_or_organizations else stem


def _bare_word(word: Token, lex: Lexicon) -> str:
    """`_bare` of a word's key, except for an Arabic word spelled with a hamza on its first alef ('ألباريس',
    'إلياس'): the article is never written so, and the word is a name, whole ('باريس' is a capital)."""
    return word.key if lex.lang == "ar" and word.text[:2] in ("أل", "إل") else _bare(word.key, lex)


def _has_phrase(keys: list[str], lex: Lexicon, name: str) -> bool:
    """Do the keys hold an entry of the lexicon list `name` (a word, or a phrase as consecutive words)?"""
    if any(k in lex.words[name] for k in keys):
        return True
    index = lex.phrase_index[name]
    candidates = [" " + " ".join(p) + " " for k in keys for p in index.get(k, ())]  # only phrases that may occur
    if not candidates:
        return False
    joined = " " + " ".join(keys) + " "
    return any(c in joined for c in candidates)


def _hearsay_keys(keys: list[str], lex: Lexicon) -> bool:
    """English 'a rumor', 'the rumours', 'rumors': a noun of hearsay (hearsay_nouns), an article at most before it."""
    return 1 <= len(keys) <= 2 and keys[-1] in lex.hearsay_nouns and (len(keys) == 1 or keys[0] in ("a", "an", "the"))


@_per_mention
def is_anonymous(mention: str, lex: Lexicon) -> bool:
    words = _words(mention)
    keys = [_bare(t.key, lex) for t in words]
    if not keys:
        return False
    if _has_phrase([t.key for t in words], lex, "anonymity_markers"):
        return True
    if _bears_inscription([t.key for t in words], lex):
        return False  # 'a sign held by a protester': a document, whoever holds it
    if any(words[i].key in lex.naming_verbs and (lex.lang == "ar" or words[i + 1].text[:1].isupper())
           for i in range(1, len(words) - 1)):
        return False  # "أحد السكان، ويدعى فهد العبيدي", 'a resident named Joe Hill': named ('named in a report': not)
    if lex.lang == "en" and any(words[i + len(p)].text[:1].isupper() and tuple(t.key for t in words[i:i + len(p)]) == p
                                for i in range(1, len(words) - 1) for p in lex.phrases_starting("naming_verbs",
                                                                                                words[i].key)
                                if i + len(p) < len(words)):
        return False  # 'a woman who gave her name as Maria': named by the name she gave
    if lex.lang == "ar" and len(keys) >= 2 and words[0].key in ("احد", "احدي") and words[1].key.startswith("ال") \
            and words[1].key.endswith(("ات", "ون", "ين")):
        return True  # "إحدى المستخدمات", "أحد المودعين": one of a group, unnamed
    if lex.lang == "ar" and len(keys) >= 2 and words[0].key in ("احد", "احدي") \
            and all(w.key.startswith("ال") for w in words[1:]):
        return True  # "أحد الوسطاء", "أحد الشهود العيان": one of a group with a broken plural, unnamed
    if lex.lang == "ar" and len(keys) >= 3 and words[0].key in ("احد", "احدي") \
            and not words[1].key.startswith("ال") and all(w.key.startswith("ال") for w in words[2:]):
        return True  # "أحد أقارب المتهم", "أحد سكان الحي": one of a group named by a construct, unnamed
    if _hearsay_keys([t.key for t in words], lex):
        return True  # 'a rumor circulating online that …': hearsay, no one named behind it
    if lex.lang == "en" and len(words) == 1 and words[0].key in lex.generic_heads:
        return True  # 'Those who said …', 'Anyone who says …': people in general, unnamed
    if lex.lang == "en" and _unnamed_who(keys, lex):
        return True  # 'Some who attended …', 'Many who watched', 'Some of those who …': people left unnamed
    if lex.lang == "en" and len(words) == 1 and keys[0] in lex.quantifiers \
            and keys[0] not in ("a", "an", "other", "senior", "top"):
        return True  # 'Many said …', 'Several told me …', 'Most agreed …': a count of people as the whole subject,
        # unnamed ('Another tells me …' after 'One former minister says …': one more of them, unnamed)
    if lex.lang == "en" and words[-1].key in ("others", "some") and len(words) <= 3 \
            and all(k in lex.quantifiers or k in ("still", "yet", "the") for k in keys[:-1]):
        return True  # 'Others, like Rep. Joe Hill, said …', 'Many others', 'Still others', 'Some': people left
        # unnamed (one named as an example is not the speaker)
    if lex.lang == "en" and len(words) == 2 and keys[0] in lex.quantifiers and keys[0] not in ("a", "an") \
            and words[1].text[:1].isupper() and words[1].text[1:].islower() and words[1].text.isalpha():
        return True  # 'Some Republicans', 'Many Americans', 'One Democrat': members of a group, left unnamed
    if lex.lang == "ar" and _count_out_of(words, lex):
        return True  # "14 من أصل 17 اقتصاديا", "ثلاثة من بين خمسة محللين": a count of people left unnamed
    if lex.lang == "ar" and len(words) >= 4 and words[1].key in ("الاول", "الاولي") and words[2].key in ("عن", "في") \
            and words[0].key.startswith("ال"):
        return False  # "المسؤول الأول عن الكرة الجزائرية": the one office at the head of what is named, identified
    anonymous = lex.anonymous  # the word as written too: "وسائل" is no "و" + "سائل"
    if lex.lang == "ar":  # ('عن مصادرها', 'مصادره': its own sources, unnamed)
        keys = [k[:-2] if k.endswith(("ها", "هم")) and k[:-2] in anonymous else k[:-1]
                if k.endswith("ه") and k[:-1] in anonymous and len(k) > 4 else k for k in keys]
    heads = [i for i, k in enumerate(keys) if (k in anonymous or "ال" + k in anonymous or words[i].key in anonymous
                                               or (not i and lex.lang == "ar" and bare_trade_plural(words[i].key, lex))
                                               or (i == 1 and keys[0] in _UNNAMED_KIN_OPENERS
                                                   and k.partition("-of-")[0] in lex.kin_nouns))
             and not (lex.lang == "en" and _not_the_head(words, i, lex))
             and not (lex.lang == "ar" and words[i].key in lex.honorifics and i + 1 < len(words))]
    # ('المهندس المجلي': an honorific before a name)
    if not heads:
        return False
    head = heads[0]
    if lex.lang == "en" and any(keys[i] in lex.documents for i in range(head)):
        return False  # 'A confidential memo circulated among donors': a document, whoever it went to
    if lex.lang == "en" and any(words[k].key == "and" and _named_before_and(words, k, lex) for k in range(1, head)):
        return False  # 'Lane and two other council members', 'Mayor Ruiz and several aides': one of them is named
    if lex.lang == "en" and _holders_of_named_places(words, head):
        return False  # 'The foreign ministers of Chile and Peru': one holder for each place named, identified
    if lex.lang == "en":
        affiliation = next((k for k in range(head + 1, len(words)) if words[k].key in _AFFILIATIONS), len(words))
        comma = mention.find(",", words[head].end)
        named_after = any(t.text[0].isupper() for t in words[head + 1:affiliation]) \
            or 0 <= mention.find(",") < words[head].start \
            or (comma >= 0 and _name_after_comma([t for t in words[head + 1:] if t.start > comma]))
        # ('Officials at the Pentagon': the body they work for is named, not they; 'Angelique Brunner, a developer
        # and spokeswoman for …' is named before; 'The spokeswoman for the agency, Maria Delgado' after a comma)
        if "@" in mention:
            return False  # 'one Twitter user @nycsouthpaw': named by a handle
        counted = keys[0] in lex.quantifiers
        titled = head + 1 < len(words) and words[head + 1].text[0].isupper() \
            and words[head + 1].key not in lex.adverbs  # 'a spokesman, Tom Lee': named ('… Monday': not)
        return (counted and not titled) or not named_after
    if head == 0 and _named_after_definite_head(words, head, lex):
        return False  # "الخبير عبد الرحمن مبتول": an unnamed-source noun used as a title before a name
    return head == 0 or all(k in lex.quantifiers or k == "من" or k.isdigit() for k in keys[:head])
    # ('عدد من المسؤولين'; a number in digits counts as one in words: '3 مسؤولين', '٣ مسؤولين' as 'ثلاثة مسؤولين')


_APPOSITIVE_CLOSE: Final = re.compile(r"[,،.;:!?\n\"“”«»()]")  # where a description set off after a name ends
_APPOSITIVE_REACH: Final = 100  # characters a description set off after a name may run
_APPOSITIVE_TITLE: Final = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:a|an|the|its|his|her|their)\s+(?:(?:[A-Za-z][\w.-]*\s+){0,2}[A-Za-z][\w.-]*['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?([a-z][\w.-]*?)(?=,|[.;](?:\s|$)|\s*$|\s+(?:of|for|to|at|in|with|on)\b)")
# ', a senior adviser to …', ', 41, the commission chair,', "…, said Dr. Mara Lind, the ministry's director
# general.": a possessive before the title, and the description closing the sentence
_TITLE_SET_BEFORE: Final = re.compile(
    r"\s*(?i:a|an|the|its|his|her|their)\s+(?:(?:[A-Za-z][\w.-]*\s+){0,2}[A-Za-z][\w.-]*['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?([a-z][\w.-]*),\s+")
# 'Its chief executive, Ana Ruiz, said', "The bank's new governor, Jon Ek, …": the office set off before the name
_TITLE_BEFORE_REACH: Final = 80
_DEMONYM_ENDINGS: Final = ("an", "ese", "ish", "i", "ch")  # ('Iranian', 'Chinese', 'British', 'Israeli', 'French')
_POSSESSIVE_ENDINGS: Final = ("'s", "’s")
_NISBA_ENDINGS: Final = ("ي", "يه")  # Arabic adjectives of relation, keys folded («الإيراني»، «أميركية»، «المحلية»)


@_per_mention
def _unnamed_outlet(mention: str, lex: Lexicon) -> bool | None:
    """A news outlet the mention names no one of: an outlet noun with a state marker ('state television', 'Iran's
    official newspaper', «التلفزيون الرسمي»), or a head of several outlets ('state media', 'Russian media',
    «وسائل إعلام أميركية», «الإعلام الإيراني»), or an English indefinite outlet ('a local newspaper'), with no
    name among its words (English: lower-case words, countries and nationality adjectives; Arabic: adjectives of
    relation). True where it is anonymous (several outlets, or one left indefinite), False where it identifies one
    outlet (the state's), None for any other mention ('the paper', 'Sky News', «قناة العربية»)."""
    words = _words(mention)
    if not words:
        return None
    if lex.lang == "en":  # ('A man who works at the radio station': a person, whatever the words after his noun)
        return _unnamed_english_outlet(words, lex) if guess_type(mention, lex) == "media" else None
    k = 0
    while k < len(words) and (words[k].key in lex.media_plurals or words[k].key in lex.outlet_nouns
                              or (words[k].key.startswith("ال") and words[k].key[2:] in lex.outlet_nouns)):
        k += 1
    if k == 0 or words[0].key.endswith("وكاله"):
        return None  # (an agency, «وكالة أنباء رسمية», is the registry's or a news agency's)
    plural = any(w.key in lex.media_plurals for w in words[:k])
    marked = False
    for w in words[k:]:
        if w.key in lex.state_markers:
            marked = True
        elif not (w.key.endswith(_NISBA_ENDINGS) and len(w.key) > 3):
            return None  # («قناة الحدث», «صحيفة الشرق الأوسط»: a name)
    if not (marked or plural):
        return None  # («شبكة حقوقية», «موقع عسكري»: outlet nouns that may name other things)
    return plural or not words[k - 1].key.startswith("ال")


def _unnamed_english_outlet(words: tuple[Token, ...], lex: Lexicon) -> bool | None:
    """English `_unnamed_outlet`."""
    head = words[-1].key
    plural = head in lex.media_plurals
    if (not plural and head not in lex.outlet_nouns) or head in lex.documents:
        return None  # ('Previously unseen papers', 'the paper': documents too)
    marked = indefinite = False
    k = 0
    while k < len(words) - 1:
        w = words[k]
        key = w.key[:-2] if w.key.endswith(_POSSESSIVE_ENDINGS) else w.key
        if key in lex.state_markers:
            marked = True
        elif k == 0 and key in lex.determiners:
            indefinite = key in ("a", "an")
        elif key in lex.outlet_nouns or key in lex.media_plurals or (w.text.islower() and w.text.isalpha()):
            pass  # ('news outlets', 'local newspapers')
        elif k + 1 < len(words) - 1 and (key, words[k + 1].key.removesuffix("'s").removesuffix("’s")) \
                in lex.phrases["countries"]:
            k += 1  # ('North Korea's official newspaper')
        elif not (key in lex.countries or (w.text[:1].isupper() and w.text[1:].islower() and key.endswith(
                _DEMONYM_ENDINGS) and key not in lex.female_names_or_male_names)):
            return None  # ('the Daily Ledger', 'Sky News': a name)
        k += 1
    if not (marked or plural or indefinite):
        return None  # ('the newspaper': the latest outlet cited, if any)
    return plural or indefinite


_HOLDER_MODIFIERS: Final = 2  # lower-case words at most between 'the' and the plural ('the foreign ministers')


def _holders_of_named_places(words: tuple[Token, ...], head: int) -> bool:
    """English 'The foreign ministers of Chile and Peru', 'the governors of Ohio, Utah and Idaho': 'the', a
    plural head (a lower-case word or two before it) and 'of' with two or more names joined by 'and' (commas
    between), nothing else: the office's holder in each place named, identified ('The ministers of the EU',
    'Officials of Chile and Peru', 'the foreign ministers of Chile' stay unnamed: no article, or one place; the
    mention's words come without its commas)."""
    joined_modifiers = any(w.key == "and" for w in words[1:head])  # ('The transport and labour ministers of …')
    if not words or words[0].key != "the" or head < 1 or head > _HOLDER_MODIFIERS + 1 + joined_modifiers \
            or head + 3 >= len(words) \
            or words[head + 1].key != "of" or not words[head].key.endswith("s") \
            or not all(w.text.islower() for w in words[1:head + 1]):
        return False
    names = 0
    joined = False
    for w in words[head + 2:]:
        if w.key == "and" and names:
            joined = True
        elif w.text[:1].isupper():
            names += 1
        elif w.key != "the":  # ('… of Canada and the United States')
            return False
    return joined and names >= 2 and words[-1].text[:1].isupper()


_UNNAMED_KIN_OPENERS: Final = frozenset({"a", "an", "one", "another"})  # ('One mother', 'a father of three', 'a
# mother-of-two': a family word after them is one unnamed person; 'her mother', 'the father' are someone's, left to
# the context)


def _unnamed_who(keys: list[str], lex: Lexicon) -> bool:
    """English 'Some who attended', 'Those who stayed', 'Many of those who watched': a quantifier or a generic head
    ('those', 'anyone'), with 'of' and a generic head after a quantifier at most, then 'who': unnamed people."""
    k = 1
    if keys[0] in lex.quantifiers and keys[0] not in ("a", "an") and len(keys) > 3 and keys[1] == "of" \
            and keys[2] in lex.generic_heads:
        k = 3  # ('Some of those who …')
    elif not (keys[0] in lex.generic_heads or (keys[0] in lex.quantifiers and keys[0] not in ("a", "an"))):
        return False
    return len(keys) > k + 1 and keys[k] == "who"


def _named_before_and(words: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """English: the word before 'and' at k closes a person's name ('Lane and two …', 'Mayor Ruiz and his …'), not
    a group's or a body's ('Police and …', 'Officials and …', 'The FBI and …', 'Democrats and …'), and a count or
    a possessive opens the words after it."""
    before, after = words[k - 1], words[k + 1]
    if not (after.text[:1].isdigit() or after.key in lex.quantifiers or after.key in lex.possessives) \
            or after.key in ("a", "an", "one"):
        return False  # ('Federal and state officials': two adjectives of one head)
    if not before.text[:1].isupper() or before.text.isupper() or any(
            before.key in names for names in (lex.anonymous, lex.government, lex.body_names_or_organizations,
                                              lex.countries)):
        return False
    return not before.key.endswith("s") or (k > 1 and words[k - 2].text[:1].isupper())


def _count_out_of(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """Arabic: a count, 'من' and a second count of a group ('14 من أصل 17 اقتصاديا', 'سبعة من كل عشرة
    ناخبين'; not 'كل من وزير الخارجية ووزير الدفاع', which names them)."""
    def count(t: Token) -> bool:
        return t.text.isdigit() or (t.key in lex.quantifiers and t.key != "كل")
    return len(words) >= 4 and count(words[0]) and words[1].key == "من" and any(count(t) for t in words[2:4])


def _counted(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'a minister', 'Another MP', 'one senior diplomat': an article or a number before a title, no
    name: someone left unnamed."""
    return bool(words) and words[0].key in lex.quantifiers


def _names_no_one(mention: str, lex: Lexicon) -> bool:
    """English 'The owner of the bar', 'One former minister', 'Another MP': a mention with no capitalised word
    but a title after its first (before the body it belongs to: 'a guard at Hale Prison'), so no name."""
    words = _words(mention)
    body = next((k for k, t in enumerate(words) if k and t.key in _AFFILIATIONS), len(words))
    return bool(words) and not any(t.text[:1].isupper() and t.key not in lex.titles for t in words[1:body])


def _name_after_comma(after: list[Token]) -> bool:
    """English 'The spokeswoman for the agency, Maria Delgado': two capitalised words right after the comma name
    the source (not 'Two officials, one of them American')."""
    return len(after) >= 2 and after[0].text[:1].isupper() and after[1].text[:1].isupper()


_BODY_COMPOUNDS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("general", "staff"), ("coast", "guard"), ("national", "guard"), ("revolutionary", "guards")})
# (English compounds whose unnamed-source noun names a body, not people)


def _not_the_head(words: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """English: an unnamed-source noun that is no head of the mention: capitalised inside a name ('the United
    Federation of Teachers'), the second word of a body's compound ('general staff', 'coast guard'), before the
    body it describes ('The teachers union'), or after 'of' that follows another head ('A survey of 500 farmers';
    not 'some of the officials')."""
    if i > 0 and words[i].text[:1].isupper() and not words[i].text.isupper():
        return True
    if i > 0 and (words[i - 1].key, words[i].key) in _BODY_COMPOUNDS:
        return True  # "Ukraine's general staff", 'the Philippine coast guard': a body
    body = lex.documents_or_government_or_organizations
    if i + 1 < len(words) and words[i + 1].key in body:
        return True
    of = next((k for k in range(1, i) if words[k].key == "of"), None)
    return of is not None and words[of - 1].key not in lex.anonymous_or_quantifiers \
        and not words[of - 1].text[:1].isdigit() \
        and not (words[of - 1].text[:1].isupper() and words[of + 1].text[:1].isupper())
    # ('A Ministry of Justice spokesperson', 'a Bank of England official': an 'of' inside the body's name)


def _named_after_definite_head(words: tuple[Token, ...], head: int, lex: Lexicon) -> bool:
    """Arabic: a definite head followed by two words of a name (not definite, not titles, stops or unnamed
    nouns): 'الخبير عبد الرحمن مبتول', not 'المصدر نفسه', 'المسؤول الأمريكي'; so does a head in construct with a
    definite genitive ('خبير الأرصاد عبد الله الدرسي')."""
    if not words[head].key.startswith("ال"):
        genitive = words[head + 1] if head + 2 < len(words) else None
        if genitive is None or not genitive.key.startswith("ال") or genitive.key in lex.titles \
                or _bare(genitive.key, lex) in lex.titles:
            return False  # ('منتقدو الرئيس التركي رجب طيب أردوغان': the name is the title's, not the critics')
        head += 1
    skip = lex.union("titles", "source_stops", "anonymous", "subject_stops", "same_markers")
    firsts = lex.female_names_or_male_names
    name = [k for k, t in enumerate(words) if k > head and not t.text.startswith("ال")  # ('إلياس': no article)
            and ((t.key not in skip and _bare(t.key, lex) not in skip)
                 or (t.key in firsts and t.text.endswith("ي")))]  # ('علي' as written: a name, not 'على')
    # two words of a name, or a first name and a surname with the article ('الخبير الاقتصادي عمر الكتاني')
    return len(name) >= 2 or (len(name) == 1 and ((name[0] + 1 < len(words) and words[name[0] + 1].key.startswith("ال"))
                                                  or words[name[0]].key in firsts))  # ('الطبيب محمد علي')


# English words before the body an unnamed source belongs to ('officials at the Pentagon', 'a source close to the
# White House')
_AFFILIATIONS: Final = frozenset({"at", "from", "of", "in", "with", "for", "on", "inside", "close"})

_SENTENCE_END: Final = re.compile(r"[.!?][\"”’']?\s+")
_SENTENCE_OR_LINE_END: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’']?\s+|(?<=\n)\n*)")  # `[.!?]["”’']?\s+|\n+`, the
# same matches, opening with one character class: the engine skips to its characters, where the alternatives
# that open with different ones made it try both at every character
_DESCRIBED_RELATIVE: Final = re.compile(r"(?:His|Her|Their) (?:[a-z]+ ){0,2}[a-z]+, ((?:[A-Z][\w'’-]*\s?)+), [a-z]")
# ('His wife, Leila, nods.': a relative described, then named between commas, then a verb)
_UNNAMED_RELATIVE: Final = re.compile(
    r"((?:His|Her|Their) (?:[a-z]+ ){0,2}[a-z]+)(?:, [a-z][^,\"“”]{0,60},)? ([a-z]+)\b")
# ('Her husband, a nurse, agreed.', 'His daughter nodded.': a relative described, never named)
_DESCRIBED_BODY: Final = re.compile(r"The ([a-z]+), ((?:[A-Z][\w&'’-]*\s?)+),")  # 'The company, Westvale Water,'

_NAME_THEN_VERB: Final = re.compile(r"((?:[A-Z][\w'’.-]*\s)*[A-Z][\w'’-]*)\s+(?:[a-z]+\s+){1,2}")
# (a capitalised name, then one or two lower-case words: 'Trump repeated ', 'Ms Lane again rejected ')
_NAME_THEN_LOWER: Final = re.compile(r"(?:[A-Z][\w.'’-]*\s)+[a-z]")  # ('Finch apologized', 'Rita Vance laid')
_DATELINE_REACH: Final = 40  # characters at a sentence's start where a dateline's dash may stand
_BODY_TYPES: Final = frozenset({"government", "organization", "news_agency", "media"})
_AR_PLURAL_PRONOUN_ENDS: Final = ("هم",)  # Arabic 'هم', 'لكنهم', 'إنهم': several people (not 'هما', two)
_AR_FEMININE_PRONOUNS: Final = frozenset({"هي", "وهي"})  # Arabic 'she' alone; 'إنها', 'لكنها' end in 'ها'
_GOING_ON: Final = frozenset({"add", "adds", "added"})  # ('The Republican nominee added …': the speaker before)
_GENDERED_PRONOUNS: Final = frozenset({"he", "she", "his", "her"})  # English: a pronoun whose gender tells
# whom of two people it refers to (not 'him': no speaker)
_QUOTE_MARKS: Final = "\"“”"
_SURNAME_TRIES: Final = 6  # English: places a surname is written before that are read for a living bearer
_DEATH_REACH: Final = 120  # characters after (English) or before (Arabic) a name where its death may be told
_CLAUSE_REACH: Final = 400  # characters after a pronoun where the main clause it refers ahead to may open
_POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "their"})  # English: 'her lawyer', someone's title
_POSSESSED_BY: Final = {"its": "it"}  # English possessive -> the pronoun it refers back like


def name_keys(mention: str, lex: Lexicon) -> set[str]:
    """The words that name someone: without titles, pronouns, quantifiers and Arabic clitics."""
    return set(_name_keys(mention, lex))  # a new set: entities grow the sets they are given


@_per_mention
def _name_keys(mention: str, lex: Lexicon) -> frozenset[str]:
    named = _name_after_title_description(mention, lex)
    if named is not None:
        return _name_keys(named, lex)  # ("The state's campaign chairman, Phil Lovas": not 'campaign', no name)
    skip = lex.determiners_or_quantifiers_or_titles
    words = _words(mention)
    of = next((k for k, t in enumerate(words) if k and t.key == "of"), len(words)) if lex.lang == "en" else len(words)
    body = _workplace_end(words, lex)
    titled = _lower_title_words(words, lex)
    keys = frozenset(_bare(t.key, lex) for k, t in enumerate(words)
                     if k >= body and k not in titled
                     and ((t.key not in skip and _bare(t.key, lex) not in skip and "ال" + _bare(t.key, lex) not in skip)
                          or _surname_title(words, k, lex))
                     and not (lex.lang == "ar" and t.key.startswith("لل"))  # "المدير العام للمنظمة": its body
                     and not (k > of and t.text.islower()))  # 'the family of a man shot by police': no name
    return frozenset() if keys == _OF_ONLY else keys  # ('The founder of an education startup': no name, not a
    # part of every later name with 'of' in it, 'Professor Ruth Kemp of the University of Northfield')


_OF_ONLY: Final = frozenset({"of"})


def _possessed_name_first(phrase: str) -> bool:
    """English "Marlow's lawyer": the phrase's first word is a capitalised possessed name."""
    first = phrase.split(" ", 1)[0]
    return first[:1].isupper() and first.endswith(("'s", "’s"))


def _name_after_title_description(mention: str, lex: Lexicon) -> str | None:
    """English "Britain's finance minister, Clara Boyd", 'the mayor, Dan Holt': a description opened by an
    article or a possessive, then the name after the comma, capitalised words only: that name."""
    if lex.lang != "en" or "," not in mention:
        return None
    head, tail = mention.rsplit(",", 1)
    first, name = _words(head), _words(tail)
    if not first or not name or not all(w.text[:1].isupper() for w in name):
        return None
    return tail.strip() if first[0].key in lex.determiners or first[0].text.endswith(("'s", "’s")) else None


_DESCRIBED_NAME: Final = re.compile(r"([^,\"“”]{1,40}), ((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*), [a-z]")


def _described_name(sentence: str, lex: Lexicon) -> str | None:
    """English 'Her Republican colleague, Senator Dan Mercer, agreed.', 'Hargrove's campaign manager, Ben Kroll,
    dismissed …': a sentence opening with a description (a possessive, an article or a possessed name first) and
    a name of two capitalised words or more between commas: the name (not a body a name has: 'Hargrove's
    campaign, Win Ohio,')."""
    m = _DESCRIBED_NAME.match(sentence.lstrip())
    if lex.lang != "en" or m is None or len(m.group(2).split()) < 2:
        return None
    words = _words(m.group(1))
    return m.group(2) if words and (words[0].key in lex.determiners or (
        _possessed_name_then_noun(words) and words[-1].key not in lex.government_or_organizations)) else None


def _possessed_name_then_noun(words: tuple[Token, ...]) -> bool:
    """English 'Hargrove's campaign manager', 'Mayor Dunn's chief of staff': capitalised words, the last of them
    possessed, then lower-case words only (what the named one has: the person between commas after it is not
    that one)."""
    owner = next((i for i, w in enumerate(words) if w.text.endswith(("'s", "’s"))), len(words))
    return owner + 1 < len(words) and all(w.text[:1].isupper() for w in words[:owner + 1]) \
        and all(w.text.islower() for w in words[owner + 1:])


def _name_as_modifier(canonical: str, names: set[str]) -> bool:
    """English 'The Breyer campaign', 'the Hale administration': the one name key is a capitalised word between
    'the' and the lower-case noun that ends the mention, which names what belongs to its bearer, not the bearer
    (not 'Newly released files': a sentence's first word is capitalised whatever it is)."""
    words = _words(canonical)
    return len(names) == 1 and len(words) > 2 and words[0].key == "the" and words[-1].text.islower() and any(
        w.key in names and w.text[:1].isupper() for w in words[1:-1])


def _common_noun_for_a_name(words: tuple[Token, ...], canonical: str) -> bool:
    """English 'the economist' matched to 'The Economist': every word after the article is written in lower case
    where the registry's name capitalises it: a common noun, not the name."""
    rest = words[1:]
    return len(words) > 1 and words[0].key == "the" and all(w.text.islower() for w in rest) \
        and any(c.isupper() for c in canonical[1:])


def _lower_title_words(words: tuple[Token, ...], lex: Lexicon) -> frozenset[int]:
    """English 'the prime minister': the lower-case words of a title of several words (positions), no name."""
    out: set[int] = set()
    for k, t in enumerate(words):
        for phrase in lex.phrases_starting("titles", t.key) if lex.lang == "en" and t.text.islower() else ():
            if tuple(w.key for w in words[k:k + len(phrase)]) == phrase:
                out.update(range(k, k + len(phrase)))
    return frozenset(out)


def _workplace_end(words: tuple[Token, ...], lex: Lexicon) -> int:
    """English 'CDC Director Dr. Karen Mills', 'Police Chief Sandra Hale': capitalised words before a title that
    a personal name follows name the holder's workplace, not the holder (a later 'police' or 'The CDC' is the
    body, not the chief), and so do lower-case ones ('airline boss Tony Fernandes': a later 'the airline' is the
    company): the index of that title, else 0."""
    if lex.lang != "en":
        return 0
    titles = lex.titles
    first = next((k for k, t in enumerate(words) if t.key in titles), None)
    if not first or not all(t.key not in lex.determiners_or_title_modifiers
                            for t in words[:first]):
        return 0  # ('Former President Bill Clinton': the office, not a workplace; 'airline boss Tony Fernandes': one)
    rest = [t for t in words[first:] if t.key not in titles]
    return first if len(rest) >= 2 and all(t.text[:1].isupper() for t in rest) else 0


def _before_seat(words: tuple[Token, ...]) -> tuple[Token, ...]:
    """Arabic: the words of a mention before a 'في' that says where its body sits, at its fourth word or later
    ('متحدث باسم السفارة الصينية في واشنطن' → 'متحدث باسم السفارة الصينية'); all of them when there is none."""
    cut = next((k for k in range(3, len(words)) if words[k].key == "في"), len(words))
    return words[:cut]


def title_keys(mention: str, lex: Lexicon) -> set[str]:
    return set(_title_keys(mention, lex))  # a new set: entities grow the sets they are given


@_per_mention
def _title_keys(mention: str, lex: Lexicon) -> frozenset[str]:
    titles = lex.titles
    out = set()
    words = _words(mention)
    for k, t in enumerate(words):
        b = _bare(t.key, lex)
        if k and (_family_name_title(words, k, lex) or _surname_title(words, k, lex)):
            continue  # "إبراهيم الأمين", "محمد الأمين", 'Mr. King', 'Larry King': a title word after a first name or
            # an honorific is the family name
        if lex.lang == "ar" and k and _first_name_not_rank(words, k, lex):
            continue  # "المحرر في صحيفة الأهرام عماد حسين": 'عماد', a first name; the rank is 'العماد'
        if lex.lang == "ar" and not k and _feminine_of_title(words, lex):
            out.add(t.key)  # "محافظة البنك المركزي منى الدباغ": a woman's title, not the governorate
        elif t.key in titles or b in titles or "ال" + b in titles:
            # one key per title, with or without its article: 'وزير' (not the clitic-stripped 'زير') = 'الوزير'
            out.add(t.key[2:] if t.key.startswith("ال") else t.key if t.key in titles else b)
    if lex.lang == "en":
        out = {_full_title(k, lex) for k in out}
    return frozenset(out)


def _feminine_of_title(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """Arabic: the first word is a masculine title with the feminine ending ('محافظة', 'نائبة' left out of titles.txt
    where the form is also a noun: a governorate) and a woman's first name (female_names) follows within the next
    four words: her title."""
    key = words[0].key
    return len(words) > 1 and key.endswith("ه") and key not in lex.titles and key[:-1] in lex.titles \
        and any(w.key in lex.female_names for w in words[1:5])


def _first_name_not_rank(words: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """Arabic: words[k], a first name (male_names, female_names) without the article that titles.txt lists only
    with it ('عماد': 'العماد', a rank), after a word that is no title ('… الأهرام عماد حسين'; not 'نائب أمين عام
    الحزب'): the holder's name, no title."""
    key, before = words[k].key, words[k - 1].key
    titles = lex.titles
    return not key.startswith("ال") and key not in titles and (key in lex.male_names or key in lex.female_names) \
        and before not in titles and _bare(before, lex) not in titles and "ال" + _bare(before, lex) not in titles


def _surname_title(words: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """English: words[k], a capitalised word that is also a title, last in the mention, right after an honorific or
    a first name (male_names, female_names): a surname, no office ('Mr. King', 'Larry King', 'Ms. Judge'; not
    'King Charles', 'Mr. Obama')."""
    return lex.lang == "en" and 0 < k == len(words) - 1 and words[k].text[:1].isupper() \
        and words[k].key in lex.titles and (words[k - 1].key in lex.honorifics
                                            or words[k - 1].key in lex.female_names_or_male_names)


def _family_name_title(words: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """Arabic: words[k], a definite word, right after a first name (male_names, female_names) that no other name
    precedes and with no adjective after it ('إبراهيم الأمين', 'وقال وزير المالية محمد الأمين'): a family name,
    no title; not 'عمرو موسى الأمين العام' (a full name, then the office)."""
    if not words[k].key.startswith("ال") or (words[k - 1].key not in lex.male_names
                                             and words[k - 1].key not in lex.female_names):
        return False
    if k >= 2 and (words[k - 2].key in lex.male_names or words[k - 2].key in lex.female_names):
        return False
    return k + 1 >= len(words) or words[k + 1].key not in lex.adjectives


@_per_mention
def _abbreviations_of(title: str, lex: Lexicon) -> tuple[str, ...]:
    """English 'governor': the abbreviations of titles.txt that stand for that title ('gov'), without their
    period (see `_full_title`)."""
    titles = lex.titles
    return tuple(sorted({t.rstrip(".") for t in titles if t != title and _full_title(t, lex) == title}))


def _synonyms_of(key: str, lex: Lexicon) -> tuple[str, ...]:
    """English 'attorney': the titles title_synonyms names the same role with ('lawyer'), either way round."""
    return tuple(pair[1] if pair[0] == key else pair[0] for pair in lex.phrases.get("title_synonyms", ())
                 if len(pair) == 2 and key in pair)


def _full_title(key: str, lex: Lexicon) -> str:
    """English 'gov.', 'sen', 'rep.', 'gen.': the one longer title the abbreviation opens ('governor'), so that
    'Gov. Chris Christie' and a later 'the governor' share a title; an abbreviation title_abbreviations pairs
    with its title stands for that one ('rep.' opens 'reporter' too, 'lt.' opens none: 'representative',
    'lieutenant')."""
    short = key.rstrip(".")
    if len(short) > 4 or " " in short:
        return key
    paired = lex.phrases_starting("title_abbreviations", key)
    if paired and len(paired[0]) == 2:
        return paired[0][1]
    titles = lex.titles
    longer = [t for t in titles if len(t) > len(short) + 1 and t.startswith(short) and " " not in t and "." not in t
              and "-" not in t]
    return longer[0] if len(longer) == 1 else key


def _bears_inscription(keys: list[str], lex: Lexicon) -> bool:
    """The mention's head, past an article, is a thing that bears written words ('a banner', 'a sign held by …')."""
    lead = keys[1] if len(keys) > 1 and keys[0] in lex.determiners else keys[0] if keys else ""
    return lead in lex.inscription_nouns


@_per_mention
def guess_type(mention: str, lex: Lexicon) -> str:
    words = _words(mention)
    keys = [t.key for t in words]
    bare = [_bare_word(t, lex) for t in words]
    first = bare[0] if bare else ""
    country = _whole_country(keys, lex)
    if country:
        return "government"  # 'Israel said …', 'the United States', 'قالت مصر': a country speaks for its government
    if _bears_inscription(keys, lex):
        return "document"  # 'a banner outside the court', 'a sign held by a protester': what bears the words
    if _hearsay_keys(keys, lex):
        return "anonymous"  # 'a rumor', 'the rumours': hearsay, no one named behind it
    if lex.lang == "ar" and len(keys) == 1 and any(keys[0].endswith(end) and keys[0][:-len(end)] in lex.documents
                                                   for end in POSSESSIVE_ENDINGS):
        return "document"  # 'قرارها', 'تقريره': a document with its issuer's pronoun
    of_part = _counted_part(words, lex)
    if of_part is not None:  # 'One of the emails', 'some of the companies': what is counted out is the head
        words = of_part
        keys = [t.key for t in words]
        bare = [_bare_word(t, lex) for t in words]
        first = bare[0] if bare else ""
        if keys[-1].endswith("s") and keys[-1][:-1] in lex.documents:
            return "document"  # 'one of the letters': a plural of a document noun
    cut = next((k for k in range(1, len(keys)) if keys[k] in ("of", "who", "whose", "which") or (
        keys[k] in ("by", "from") and keys[k - 1] in lex.documents) or _describing_participle(words, k, lex)),
        None) if lex.lang == "en" else None
    if cut is not None:  # 'Dr. Paul Mendes of Stanford University', 'the family of a man …', 'a poll by the group',
        # 'a man who lives next to the station' (a relative clause describes the head before it),
        words = words[:cut]  # 'The union representing …': the head and its words stand before 'of' (or a
        # document's 'by', or an '-ing' participle describing it)
        keys = keys[:len(words)]
    head = keys[-1] if lex.lang == "en" and keys else ""  # an English noun phrase ends with its head
    opening = keys[1] if lex.lang == "en" and len(keys) > 2 and keys[0] in lex.determiners else ""
    named = head in lex.documents and _proper_name_head(words, lex)  # 'The U.S. Geological Survey'
    if lex.lang == "ar" and keys[:1] and not keys[0].startswith(("وكال", "الوكال")) and (
            keys[0] in lex.outlet_nouns or first in lex.outlet_nouns
            or (keys[0].startswith("ال") and keys[0][2:] in lex.outlet_nouns)):
        return "media"  # "الصحيفة", "موقع …": an outlet, not a document ('وكالة' may be any agency: 'وكالة فيتش')
    if lex.lang == "en" and ((head in lex.outlet_nouns and head not in lex.documents) or any(
            w.key in lex.outlet_nouns and w.text.islower() and after.text[:1].isupper()
            for w, after in pairwise(words)) or (len(keys) > 1 and keys[-2] == "news")):
        return "media"  # 'The broadcaster', 'Spanish newspaper Marca' (not 'the paper, published in …': a document),
        # 'a regional news service'
    counted = lex.lang == "ar" and len(keys) > 1 and keys[0] in lex.quantifiers \
        and (keys[1] in lex.documents or bare[1] in lex.documents)  # ('آخر حصيلة أعلنتها الوزارة')
    if first in lex.documents or (keys[:1] and keys[0] in lex.documents) or counted \
            or (head in lex.documents and not named) or opening in lex.documents \
            or _document_then_participle(_words(mention), lex):
        return "document"  # ('a study published in …', 'A Quinnipiac University poll released in late August')
    if (lex.lang == "ar" and (first in lex.correspondents or (keys[:1] and keys[0] in lex.correspondents))) \
            or (lex.lang == "en" and head in lex.correspondents):
        return "media"  # "مراسل فرانس برس", "مراسلنا في القدس", 'a Reuters correspondent': the outlet's reporter
    if "," not in mention and _trade_described(words, lex):
        return "organization"  # 'Dutch brewer Heineken', 'French oil major TotalEnergies': a company's trade
    titled = title_keys(mention, lex)
    if titled and lex.lang == "en" and len(keys) > 2 and keys[0] == "its" and head in lex.company_heads \
            and head not in titled:
        return "organization"  # 'Its chief lender', 'its senior contractor': a title word describes the company
        # the head names (not 'its chief executive': the head is the title)
    if titled and cut is None and "," not in mention and words[-1].text[:1].isupper() \
            and (head in lex.organizations or (_company_name(words, lex) and head.rstrip(".") in lex.company_words)):
        return "organization"  # ('Port owner Halden Group': the title describes the named body it ends with;
        # 'Cardinal Health', 'General Dynamics': a title word opens a company's name closed by a company word; not
        # 'PolitiFact Executive Director Aaron Sharockman', a person named after the company)
    if not titled and lex.lang == "en" and len(head) > 3 and head.endswith("s") and head[:-1] in lex.titles \
            and head[:-1] not in lex.private_titles:
        return "official"  # 'The labour ministers of Ontario and Quebec': holders of an office, named by their places
    if titled and lex.lang == "ar" and len(keys) > 1 and keys[0] in lex.titles and keys[1] == _AR_BUSINESS:
        return "person"  # "وكيل أعمال المهاجم", "مديرة أعمال المطربة": an agent or manager of someone's business
    if titled:  # ('Arsenal manager Daniel Osei': a title, but no office: a person)
        return "person" if titled <= lex.private_titles else "official"
    if first in lex.professions or "ال" + first in lex.professions:
        return "person"  # "الباحث في معهد واشنطن …": where he works is not who he is
    if lex.lang == "en" and len(words) == 2 and all(w.text[:1].isupper() for w in words) \
            and (keys[0] in lex.female_names_or_male_names):
        return "person"  # 'Sarah House', 'John Congress': a first name and a surname, whatever the surname means
    if lex.lang == "en" and len(keys) == 2 and keys[0] == "the" and keys[1] in lex.civic_places:
        return "government"  # 'The city said …', 'the county' (or 'the city of Ashford', cut at 'of'): its government
    placed = keys[:keys.index("في")] if lex.lang == "ar" and "في" in keys[1:] else keys  # (not 'في واشنطن')
    if _has_phrase(placed, lex, "government") or \
            any(b in lex.government or "ال" + b in lex.government for b in bare[:2]) \
            or (len(keys) == 1 and keys[0] in lex.capitals):  # ('الكويت', 'دمشق' alone: its government)
        return "government"
    if (keys[:1] and (keys[0] in lex.organizations or first in lex.organizations)) \
            or head in lex.body_names_or_organizations or named \
            or _described_as_organization(words, lex) \
            or _determined_acronym(words, lex) or _company_name(words, lex):
        return "organization"  # "نقابة الصيادلة", 'the teachers union', 'The NPS', 'Ford Motor Co'
    if lex.lang == "en" and len(keys) > 1 and keys[0] == "its" and head in lex.company_heads:
        return "organization"  # 'its maker', 'its chief supplier': the company that makes or supplies a thing
        # (not 'its chief engineer', a person)
    if lex.lang == "en" and "and" in keys[2:-1] and keys[keys.index("and", 2) - 1] in lex.body_names_or_organizations:
        return "organization"  # 'The Lopez campaign and DNC', 'the ethics committee and ACLU': bodies named together
    return "person"


def _same_head_mention(canonical: str, stem: str) -> bool:
    """English: an entity named by a determiner and lower-case words ending in the head `stem` ('The union', 'the
    dockworkers' union'), so a later 'the union' is that body again."""
    words = _words(canonical)
    return len(words) >= 2 and words[0].key == "the" and all(w.text.islower() for w in words[1:]) \
        and words[-1].key.rstrip("s") == stem


_VERB_LIKE_MARKERS: Final = frozenset({"shares", "stock"})
_COMPANY_NOUNS: Final = frozenset({"company", "firm"})  # (English nouns only a company is called by: not 'the team',
# 'the group', which may refer to a coach's side or to people)


@lru_cache(maxsize=4)
def _alternation(words: frozenset[str]) -> str:
    """Words and phrases as one alternation of a regular expression, the longest first (body_markers)."""
    return "|".join(re.escape(m) for m in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _marker_before(markers: str) -> tuple[re.Pattern[str], int]:
    """A body marker, 'of' or 'at' and an optional 'the' ending where the search ends (its `endpos`: right
    before a name), any case, and how far before that end such a phrase may start (the look-behind reads the
    text before the search's start too)."""
    longest = max(len(m.replace("\\", "")) for m in markers.split("|"))
    return re.compile(rf"(?<![\w-])(?:{markers}) (?:of|at) (?:the )?\Z", re.IGNORECASE), longest + len(" at the ")


_MARKER_LINKS: Final = ("of ", "at ", "the ")  # how what `_marker_before` finds ends (its last words' letters
# match only themselves in either case: ASCII letters none of the case-blind equivalences of the regex engine has)


def _marker_before_at(before: re.Pattern[str], reach: int, text: str, end: int) -> bool:
    """Does `before` (`_marker_before`'s pattern) find a phrase ending at `end` within `reach` characters? Searched
    only where the text right before `end` ends as every such phrase does ('of ', 'at ', 'the ', any case): the
    pattern, case-blind, opens with no literal, so a search tries it at each character of the window (~30 of them),
    for each place an article names a body."""
    return text[max(0, end - 4):end].lower().endswith(_MARKER_LINKS) \
        and before.search(text, max(0, end - reach), end) is not None


_BODY_MARKERS: Final[dict[int, tuple[Lexicon, tuple[re.Pattern[str], re.Pattern[str], int] | None]]] = {}
# (memo: id of a lexicon → (it, `_body_markers` of it))


def _body_markers(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    """The lexicon's body_markers as the patterns `Resolver._named_as_body` reads, None when it has none: what may
    follow a name ("'s board", ' chief executive', any case: groups 1, the possessive, and 2, the marker), and
    `_marker_before`'s pattern and reach. A pure memo per lexicon (the lexicon is kept, so its id stays its): no
    alternation joined nor pattern looked up per name."""
    memo = _BODY_MARKERS.get(id(lex))
    if memo is not None and memo[0] is lex:
        return memo[1]
    singles, index = lex.entries["body_markers"]
    markers = _alternation(frozenset([*singles, *(" ".join(p) for phrases in index.values() for p in phrases)]))
    found = (re.compile(rf"(['’]s?)? ({markers})\b", re.IGNORECASE), *_marker_before(markers)) if markers else None
    if len(_BODY_MARKERS) >= 16:
        _BODY_MARKERS.clear()
    _BODY_MARKERS[id(lex)] = (lex, found)
    return found


_BODY_FOLLOWERS: Final[dict[int, tuple[Lexicon, re.Pattern[str] | None]]] = {}
# (memo: id of a lexicon → (it, `_body_followers` of it))


def _body_followers(lex: Lexicon) -> re.Pattern[str] | None:
    """What may follow a body's name right after it, as `Resolver._named_as_body` reads it (any case): a comma or
    none and body_followers (group 1: ', which makes ferries', ' and its lenders'), or a company word (group 2:
    'Pellow Stam Holdings', which the caller wants capitalised); None when the lexicon has neither. A pure memo per
    lexicon, as `_body_markers`."""
    memo = _BODY_FOLLOWERS.get(id(lex))
    if memo is not None and memo[0] is lex:
        return memo[1]
    singles, index = lex.entries["body_followers"]
    followers = _alternation(frozenset([*singles, *(" ".join(p) for phrases in index.values() for p in phrases)]))
    companies = _alternation(frozenset(w for w in lex.company_words if w.isalpha()))
    found = re.compile(rf",? ({followers})\b| ({companies})\b(?!(?-i: [A-Z]))", re.IGNORECASE) \
        if followers and companies else None
    if len(_BODY_FOLLOWERS) >= 16:
        _BODY_FOLLOWERS.clear()
    _BODY_FOLLOWERS[id(lex)] = (lex, found)
    return found


def _matches_after(after: re.Pattern[str], text: str, written: str) -> Iterator[re.Match[str]]:
    """The matches of `{written}{after}` (`written` escaped, the pattern case-blind) that `literal_matches` finds,
    as matches of `after` alone right after each place `written` is written as it is (there the escaped words
    match exactly themselves, one character each; no pattern compiled per name): the same groups, the same ends."""
    at = text.find(written)
    while at >= 0:
        found = after.match(text, at + len(written))
        if found is not None:
            yield found
            at = text.find(written, max(found.end(), at + 1))
        else:
            at = text.find(written, at + 1)


def _name_pattern(name: str) -> re.Pattern[str]:
    """A name written in any case, a word ending after it."""
    return re.compile(rf"{re.escape(name)}\b", re.IGNORECASE)
# (body_markers that may be a verb after a person's name: read as a company's only after its possessive)

# English: an age set off by commas after a name that closes a mention ('Omar Haddad, 35').
def _placed_adjective(word: str) -> bool:
    """English 'Chicago-based', 'London-listed', 'U.S.-born': a capitalised word joined by a hyphen to a lower-case
    one is an adjective of place, no part of a name ('Coca-Cola', 'Rolls-Royce' keep capitals on both sides)."""
    head, dash, tail = word.rpartition("-")
    return bool(dash) and bool(head) and head[:1].isupper() and tail[:1].islower()


_PARTY_TAG_BEFORE: Final = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]{1,6},\s*$")  # (', R-Ind., ' before a 'who')
_AGE_AFTER_NAME: Final = re.compile(r"(?<=[A-Za-z.]),\s*\d{1,3},?\s*$")
_NAME_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})  # ('Joseph R. Biden Jr.')
_SET_OFF_BODY: Final = r",| (?:for|at|of|with) (?:the )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3},"  # a role
# noun's name set off by a comma, after the body it serves ('A spokeswoman for Aeroline, Mia Costa')
_GENDER_REACH: Final = 4  # speakers looked back over for the official a bare 'المسؤولة', 'the official' means
_GIVEN_A_ROLE: Final = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}),? (?:(?:was|has been|had been|is) )?"
    r"(?:(?:named|appointed|elected|hired|chosen|installed|confirmed|promoted) )?as (?:(?:its|the|their|his|her) )?"
    r"(?:(?:new|next|interim|acting|first|permanent) )?$")
# ('The club named Maria Lund as its new coach', 'Tom Hale was hired as interim coach': a role given to a name,
# read before the role noun; a bare 'the coach' later on is that person)
_ROLE_GIVEN_REACH: Final = 100  # characters before a role noun where the name it is given to may start
_AGE_WORD: Final = re.compile(r"\d+-year-old")  # ('the 34-year-old': a person by age)


_PLURAL_ALONE: Final = frozenset({"others", "some", "many", "several", "most", "few", "both", "all"})
_SINGULAR_OPENERS: Final = frozenset({"a", "an", "one", "each", "another", "this", "that"})
_PLURAL_REACH: Final = 3  # sentences before a 'they' read for the group it refers to
_LEAD_PARAGRAPHS: Final = 2  # an article's opening paragraphs read for the person it is about
_LEAD_WORDS: Final = 6  # words a paragraph has beyond a headline's
_FIRST_AND_LAST: Final = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][\w'’-]+)")  # ('Donald Trump', 'Ann M. Ode')
_HONORIFIC_BEFORE: Final = re.compile(r"\b(Mrs|Ms|Miss|Mr)\.?$")  # ('Mrs Holloway', 'Mr. Quinn': the words before a
# surname)
_NAME_BREAKS: Final = re.compile(r"\s[—–-]\s|\(")  # a dash or a bracket after a name opens a description


def _plural_group(mention: str, lex: Lexicon) -> bool:
    """Arabic: an unnamed source of several people: its head, an unnamed-source noun, a sound plural
    ('مسؤولون', 'دبلوماسيين') or a broken one a feminine adjective describes ('مصادر مطلعة'); not 'مصدر أمني'."""
    keys = [w.key for w in _words(mention)]
    if not keys or keys[0] not in lex.anonymous or keys[0] in lex.one_of_them:
        return False
    return keys[0].endswith(("ون", "ين")) or (len(keys) > 1 and keys[1].endswith("ه") and not keys[0].endswith("ه"))


def _whole_country(keys: list[str], lex: Lexicon) -> bool:
    """The whole mention, past an article, is a country's name ('Israel', 'the United States', 'مصر')."""
    rest = keys[1:] if lex.lang == "en" and keys[:1] == ["the"] else keys
    if not rest:
        return False
    if len(rest) == 1:
        return rest[0] in lex.countries
    return tuple(rest) in lex.phrases["countries"]


def _counted_part(words: tuple[Token, ...], lex: Lexicon) -> tuple[Token, ...] | None:
    """English 'One of the emails', 'some of the companies': a count alone before 'of' counts out the group
    after it; the words after 'of' (past an article) hold the mention's head. None for any other mention."""
    if lex.lang != "en" or len(words) < 3 or words[1].key != "of":
        return None
    if not (words[0].key in lex.quantifiers or words[0].text.isdigit()):
        return None
    rest = words[2:]
    return rest[1:] if len(rest) > 1 and rest[0].key in lex.determiners else rest


def _describing_participle(words: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """English 'The union representing Northstar pilots', 'Bankers advising on the deal': a lower-case '-ing'
    word after a noun (not after an article or a number: 'the ruling party', 'one briefing note') describes it;
    the head stands before it; not one before a lower-case noun of a company or a body (company_heads,
    government, organizations: 'Danish shipping group Maersk', "the state's housing department": what it does)."""
    return words[k].text.islower() and words[k].key.endswith("ing") and len(words[k].key) > 4 \
        and words[k].key not in lex.documents \
        and words[k - 1].key not in lex.determiners_or_quantifiers \
        and not (k + 1 < len(words) and words[k + 1].text.islower() and "-" not in words[k].text
                 and (words[k + 1].key in lex.company_heads or words[k + 1].key in lex.government_or_organizations))


def _company_name(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'Ford Motor Co', 'Talvera Corp.', 'Norvex Holdings': capitalised words closed by a company's ending;
    Arabic «الصحراء للطاقة»: a company word (company_words) after the first word;
    'Spirit AeroSystems', 'Kestrel BioWorks': one with a word joined of two capitalised parts, the first of four
    letters or more (not 'McDonald', 'MacArthur', 'DeSantis'); 'Water UK', 'Cycling UK': a country's code
    closing it (not a numeral: 'Vann R. Newkirk II'), no first name opening it."""
    if lex.lang == "ar":  # «الصحراء للطاقة»، «مجموعة الفجر القابضة»: a company word after the first word
        return len(words) >= 2 and any(w.key in lex.company_words for w in words[1:])
    if len(words) < 2 or not all(w.text[:1].isupper() for w in words):
        return False
    last = words[-1]
    return last.key.rstrip(".") in lex.company_words or any(_joined_capitals(w.text) for w in words) \
        or (len(last.text) == 2 and last.text.isupper() and last.text.isalpha() and bool(last.text.strip("IVX"))
            and words[0].key not in lex.female_names_or_male_names and not words[0].text.isupper())


def _joined_capitals(word: str) -> bool:
    """'AeroSystems', 'BioWorks': a capitalised word with a second capital after three lower-case letters or more,
    then lower-case letters."""
    return len(word) > 6 and word[:1].isupper() and any(
        word[k].isupper() and word[1:k].isalpha() and word[1:k].islower() and word[k + 1:k + 3].isalpha()
        and word[k + 1:k + 3].islower() for k in range(4, len(word) - 2))


def _determined_acronym(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'The NPS', 'the DSB': an article before an acronym names a body, not a person."""
    return lex.lang == "en" and len(words) == 2 and words[0].key in lex.determiners \
        and len(words[1].text) >= 2 and words[1].text.isalpha() and words[1].text.isupper()


@_per_mention
def _two_people(mention: str, lex: Lexicon) -> bool:
    """English 'Mr. Obama and Hillary Clinton': people named on both sides of 'and' are no one person that a
    mention of either may refer to."""
    if lex.lang != "en":
        return False
    words = _words(mention)
    return any(w.key == "and" and 0 < k < len(words) - 1 and words[k - 1].text[:1].isupper()
               and words[k + 1].text[:1].isupper() for k, w in enumerate(words))


def _proper_name_head(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'The U.S. Geological Survey', 'the Cook Political Report': a capitalised last word after another
    capitalised word (not in an upper-case line) closes a proper name, an institution's or an outlet's."""
    if len(words) < 2:
        return False
    last, before = words[-1].text, words[-2]
    return last[:1].isupper() and not last.isupper() and before.text[:1].isupper() \
        and before.key not in lex.determiners


def _document_then_participle(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'A Quinnipiac University poll released in late August': a document noun before the '-ed'
    participle that describes it is the mention's head."""
    return lex.lang == "en" and any(words[k].key in lex.documents and words[k + 1].text.islower()
                                    and words[k + 1].key.endswith("ed") for k in range(len(words) - 1))


def _trade_described(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'Dutch brewer Heineken', 'French oil major TotalEnergies': a lower-case trade noun (trade_nouns)
    right before the capitalised words that end the mention describes the company they name; not one before a
    first name ('coal miner Jack Hale', a person)."""
    if lex.lang != "en" or len(words) < 2 or not words[-1].text[:1].isupper():
        return False
    k = len(words) - 1
    while k > 0 and words[k].text[:1].isupper():
        k -= 1
    return k < len(words) - 1 and words[k].text.islower() and words[k].key in lex.trade_nouns \
        and words[k + 1].key not in lex.female_names_or_male_names


def _described_as_organization(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English 'Industry group Airlines for Europe', 'rights group Amnesty International': a lower-case
    organization noun right before a capitalised name describes what the name is; a capitalised one after the
    first word is part of an institution's name ('the Centers for Disease Control and Prevention')."""
    if lex.lang != "en":
        return False
    return any(words[k].key in lex.organizations and words[k].text.islower()
               and words[k + 1].text[:1].isupper() for k in range(len(words) - 1)) \
        or any(words[k].key in lex.organizations and words[k].text[:1].isupper()
               and not words[k].text.isupper() for k in range(1, len(words)))  # 'the Centers for Disease Control'



def _partitive(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English: a mention that counts out part of a group ('56 percent of voters', 'most of the delegates', 'a
    majority of Democrats'): a quantity word right before 'of'."""
    return any(w.key == "of" and k > 0 and (
        words[k - 1].text.isdigit() or words[k - 1].key in lex.quantifiers
        or words[k - 1].key in ("percent", "majority", "minority", "half", "third", "quarter"))
        for k, w in enumerate(words))


def _generic_heads(words: tuple[Token, ...], lex: Lexicon) -> set[str]:
    """English 'Airlines for Europe', 'Bank of England': the capitalised words right before a connector inside a
    name are its generic head, which alone ('Airlines said …') named someone else."""
    if lex.lang != "en":
        return set()
    return {words[k].key for k in range(len(words) - 2) if words[k].text[:1].isupper()
            and words[k + 1].key in ("of", "for") and words[k + 2].text[:1].isupper()}


_FULLER_TRIES: Final = 4  # earlier places of an Arabic one-word source read for its full name ('فيريرا' after
# 'وحقق الفريق مع فيريرا', 'المدرب نونو فيريرا'; not a place: 'انقرة'); a bound, no scan of every place


_COMPANY_REACH: Final = 24  # sources looked back at for the company 'the company' refers to


class Resolver:
    """Walks an article's drafts in order and keeps the entities seen so far."""

    def __init__(self, text: str, lex: Lexicon, registry: RegistryLike | None,
                 names: Sequence[tuple[int, int, RegistryEntry]] | None = None, columns: Columns | None = None) -> None:
        self.text = text
        self.columns = columns if columns is not None else tokenize_columns(text)  # the article's tokens
        self.names = names or []  # known names found in the text, with offsets, in text order
        self.name_starts = [a for a, _, _ in self.names]
        self.lex = lex
        self.registry = registry
        self.entities: list[Entity] = []
        self.last: Entity | None = None
        self.reported: tuple[int, int] | None = None  # the content of the claim `last` made
        self.speakers: list[Entity] = []  # entities of the drafts so far, latest last
        self.recent: list[Entity] = []  # the same, nested reports included
        self.first_seen: dict[int, int] = {}  # id of an entity -> where its first mention starts in the text
        self.last_cited: dict[int, int] = {}  # id of an entity -> where its latest mention as a source starts
        self.latest_seen: dict[int, int] = {}  # id of an entity -> where its latest mention (or claim) starts
        self.carried: tuple[Entity | None, int, tuple[str, ...], tuple[int, int] | None] = (None, 0, (), None)
        # the last speaker, where that claim's content starts, the outlets it came through, and its mention
        self.window_start = -1  # the last window read (`_window`): where it starts and ends, and its tokens
        self.window_end: int | None = -1
        self.last_window: list[Token] = []
        self.genders: dict[str, str] = {}  # mention -> its `_gender` (the same mentions are asked about again)
        self.cased: dict[str, str] = {}  # a speaker label in capitals -> the name records give it (`_cased_name`)
        self.subjects: dict[str, tuple[str, int] | None] = {}  # gender -> the piece's subject (`_piece_subject`)
        self.deaths: dict[int, bool] = {}  # id of a person -> whether the text tells of that person's death (`_died`)
        self.first_names: list[tuple[int, str, str]] | None = None  # (where, gender, surname) of each first name
        # and surname in the text, read when first asked (`_other_named`)

    def _window(self, start: int, end: int | None = None) -> list[Token]:
        """The tokens of a window of the article (`tokenize(self.text, start, end)`), read off its own. The last
        window is kept: the readings of a claim's outlets ask for the same one in turn (a list every caller reads
        and none changes)."""
        if start == self.window_start and end == self.window_end:
            return self.last_window
        found = self.last_window = window_tokens(self.text, self.columns, start, end)
        self.window_start, self.window_end = start, end
        return found

    def _piece(self, piece: str, at: int) -> list[Token]:
        """`tokenize(piece)` for the article's text from `at`, with offsets into the article."""
        if at and self.text[at - 1] == ".":  # (a window there would see the full stop before it)
            return [Token(t.start + at, t.end + at, t.text, t.key, t.is_word) for t in tokenize(piece)]
        return self._window(at, at + len(piece))

    def _unnamed_clause_subject(self, at: int) -> bool:
        """English ', each saying …' at offset `at`: the sentence opens with people not named ('Several residents',
        'Two officials'): a plural noun of anonymous.txt within its first four words, no capitalised name before
        it (the opening word aside)."""
        start = max(self.text.rfind(". ", 0, at) + 1, self.text.rfind("\n", 0, at) + 1)
        for i, w in enumerate(_words(self.text[start:at])[:4]):
            if w.key in self.lex.anonymous and w.key.endswith(("s", "people")):
                return True
            if i and w.text[:1].isupper():
                return False
        return False

    def resolve(self, draft: Draft) -> Resolved:
        mention = self.text[draft.source[0]:draft.source[1]] if draft.source else ""
        if draft.frame == "headline":  # 'Poll: …', 'Mayor Roe: …' over the story: named as written, and no
            return Resolved(mention, guess_type(mention, self.lex), False, ())  # antecedent of the body's mentions
        if draft.frame == "label" and mention and not name_keys(mention, self.lex):
            # 'MINISTER: …' in a transcript: the label is its own speaker, not 'the minister' named before
            entity: Entity | None = self._remember(Entity(mention.strip(), guess_type(mention, self.lex), False, set(),
                                                          title_keys(mention, self.lex)))
        elif draft.frame == "passive" and not mention:
            return Resolved("", "other", False, ())  # 'she was warned that …': by someone not named
        elif draft.frame == "answer":
            entity = next((e for e in self.entities if e.type in ("person", "official") and not e.anonymous
                           and len(e.names) > 1), None)  # 'A: …': the first person named, the one interviewed
            if entity is None:
                entity = self._interviewee(draft.content[0])
        elif draft.frame == "possessed" and mention.lower() in self.lex.determiners:
            named = self._subject_before_possessive(draft.source[0]) \
                if draft.source and mention.lower() in ("his", "her") else None
            entity = self._entity_for(named[0], named[1]) if named is not None \
                else self._gendered_name_before(draft.source[0], mention.lower()) if draft.source \
                else None
            entity = entity or self._antecedent(mention.lower())  # 'his claim that …': the latest speaker he can be
            # ('Trump repeated his claim that …': the sentence's named subject right before)
        elif draft.source and self.lex.lang == "en" and mention.lower() in self.lex.distributives \
                and self._unnamed_clause_subject(draft.source[0]):
            entity = self._remember(Entity(mention.strip(), "anonymous", True))  # 'Several residents spoke, each
            # saying …': each of people who are not named is unnamed too
        else:
            known = len(self.entities)
            issuer = self._statement_issuer(_words(mention), draft.source[0]) \
                if draft.source and self.lex.lang == "en" and len(mention) < 30 else None
            entity = issuer or self._entity_for(mention, draft.source[0] if draft.source else 0)
            if len(self.entities) > known and entity is self.entities[-1] and draft.source \
                    and draft.cue_key in _GOING_ON and self._described_speaker_goes_on(mention, draft.source[0]):
                self.entities.pop()  # 'Donald Trump said …. The Republican nominee added that …': the one
                entity = self.last  # who just spoke goes on, described by his office
                assert entity is not None
                entity.titles |= title_keys(mention, self.lex)
            if draft.source and draft.cue_key in self.lex.replying_verbs and self._pronoun_at(draft.source):
                entity = self._one_asked(draft.source[0]) or entity  # 'X asked Hale whether …. He replied …'
            if not mention and draft.cue and self.lex.lang == "ar":  # (after the latest reported words only)
                after = self.reported[1] if entity is not None and self.reported is not None else 0
                entity = self._opening_person(draft.cue[0], self.text[draft.cue[0]:draft.cue[1]], after) \
                    or self._body_before_described(draft.cue[0]) or entity
                entity = self._agreeing_speaker(entity, self.text[draft.cue[0]:draft.cue[1]])
                if entity is not None and self._told_her_by_no_man(entity, draft):
                    return Resolved("", "other", False, ())  # ('قالت إنها راجعت المكتب وقال لها إن …': someone
                    # unnamed told her; not she)
        if entity is not None and not entity.anonymous and (not entity.names or self.lex.lang == "ar"
                                                            or _names_no_one(mention, self.lex)) \
                and draft.source and draft.cue \
                and self._unnamed_by_aside(draft.source[1], self._aside_bound(draft.source[1], draft.cue[0],
                                                                              draft.content[0])):
            entity.type, entity.anonymous = "anonymous", True  # 'One minister, speaking on condition of anonymity,'
        words = _words(mention)
        if entity is not None and entity.type == "person" and not entity.titles and not entity.gender \
                and self._own_body_pronoun(draft) and self._bare_name(words) \
                and words[0].key not in self.lex.possessives_or_pronouns and words[0].key not in self.lex.determiners:
            entity.type = "organization"  # 'Dovra Kell said its profits fell': the name of a body
        if entity is not None and entity.type == "person" and self.lex.lang == "en" and len(words) > 1 \
                and words[1].text.islower() and words[0].key not in self.lex.determiners \
                and draft.cue_key in self.lex.finding_verbs:
            entity.type = "other"  # 'Fossilized footprints found in New Mexico show that …': things, no one
        if entity is not None and not entity.gender and not (len(words) == 1 and
                                                             words[0].key in self.lex.pronouns):
            entity.gender = self._gender(mention) or self._described_gender(draft) or self._aside_gender(draft) \
                or self._own_pronoun(draft) or (self._gender(entity.canonical) if self.lex.lang == "en" else "")
            # ('Mr Addison', not the 'he' that was resolved to it; 'the council president' carried back to
            # 'Janet Oduya': her first name)
        elif entity is not None and not entity.gender and self.lex.lang == "en" and len(words) == 1 \
                and words[0].key in ("he", "she") and entity.type in ("person", "official") and not entity.anonymous:
            entity.gender = self._gender(entity.canonical)  # ('"…," she said' of Jane Okoro, whose first name
            # was not read when she was found: not the next 'he')
        if entity is not None and not entity.gender and entity is self.last and self.lex.lang == "en" \
                and len(words) == 1 and words[0].key in ("he", "she") and not entity.anonymous \
                and entity.type in ("person", "official"):
            entity.gender = self._gender(words[0].text)  # 'Jones said …. "…," she said': the speaker just quoted
            # is a woman, whom a later 'he' skips
        if entity is not None:
            self.recent.append(entity)
            seen = draft.source[0] if draft.source else draft.content[0]
            self.first_seen.setdefault(id(entity), seen)
            self.latest_seen[id(entity)] = seen
            if draft.source:
                self.last_cited[id(entity)] = draft.source[0]
        outer = self.reported
        nested = outer is not None and draft.cue is not None and outer[0] <= draft.cue[0] < outer[1]
        if not draft.frame.startswith("according") and draft.frame != "noun_source" and not nested:
            self.last = entity  # an outlet cited in passing ('وسط أنباء عن …' too), or a speaker inside reported
            # words, is not the next "he"
            self.reported = draft.content
            if entity is not None and (not self.speakers or self.speakers[-1] is not entity):
                self.speakers.append(entity)
        elif draft.frame.startswith("according") and not nested and self.lex.lang == "en" and entity is not None \
                and entity.type in ("person", "official", "anonymous") and not self._unnamed_plural(entity) \
                and self._names_a_person(mention) and (not self.speakers or self.speakers[-1] is not entity):
            self.speakers.append(entity)  # '…, according to a spokeswoman. She said …': a person cited may be the
            # next 'she' (not an outlet, a body or unnamed people, and not the next 'it' or 'they')
        conduits = self._conduits(draft)
        if not draft.frame.startswith("according") and not nested:
            conduits = self._carried_conduits(entity, draft, conduits)
        if entity is not None and entity.canonical in conduits:  # "وذكرت الوكالة" after "وكالة الأنباء السعودية
            conduits = tuple(c for c in conduits if c != entity.canonical)  # (واس)": the agency speaks, no relay
        if entity is None:
            return Resolved(mention, "other", False, conduits)
        return Resolved(self._records_name(entity), entity.type, entity.anonymous, conduits)

    def _records_name(self, entity: Entity) -> str:
        """The name the records give an entity: a person's proper name without the title or description it was
        first written with (`proper_name`); a body's, an unnamed source's and a registry entry's as they are."""
        if entity.anonymous or (entity.type not in _BODY_TYPES and entity.type not in ("person", "official")):
            return entity.canonical
        if entity.type in _BODY_TYPES:
            if self.lex.lang != "en":
                return entity.canonical
            name = body_proper_name(entity.canonical, self.lex, entity.type != "media")  # 'the state gas operator
            # Moldovagaz': Moldovagaz (the entity keeps its mention: the description tells the kind of body it is)
            if name != entity.canonical and self.registry is not None:
                entry = self.registry.match(entity.canonical)
                if entry is not None and entry.canonical == entity.canonical:
                    return entity.canonical  # ('The Economist': a registered name as the registry writes it)
            return name
        if self.lex.lang == "en" and entity.names and _capitals_name(entity.canonical):
            return self._cased_name(entity.canonical)  # a transcript's 'ROBERT HAYES: …' -> 'Robert Hayes'
        name = proper_name(entity.canonical, self.lex)
        if name != entity.canonical and self.registry is not None:
            entry = self.registry.match(entity.canonical)
            if entry is not None and entry.canonical == entity.canonical:
                return entity.canonical
        return name

    def _cased_name(self, canonical: str) -> str:
        """English: a transcript's speaker label in capitals ('ROBERT HAYES', 'HAYES') title-cased when it opens
        with a first name the lists hold or the article writes that surname so elsewhere ('Senator Robert Hayes',
        'Mr. Hayes'); as written when neither (a role: 'HOST', 'MODERATOR'). Asked once a label."""
        known = self.cased.get(canonical)
        if known is None:
            cased = _title_cased(canonical)
            words = canonical.split()
            first = words[0].lower()
            named = len(words) > 1 and (first in self.lex.male_names or first in self.lex.female_names)
            known = self.cased[canonical] = cased if named or _written_word(self.text, cased.split()[-1]) \
                else canonical
        return known

    def _described_speaker_goes_on(self, mention: str, at: int) -> bool:
        """English 'The Republican nominee added', 'The German chancellor added' right after a named person's
        reported words: 'the', then lower-case words or capitalised adjectives, and a title at the end; the
        speaker before, named, of no other office (not 'Mayor Ann Lee said …. The governor added …'), whose
        words end in the sentence before (one sentence end at most between them: '"…," Trump said. The …')."""
        last, reported = self.last, self.reported
        if self.lex.lang != "en" or last is None or reported is None or last.anonymous or not last.names \
                or last.type not in ("person", "official") or not 0 <= at - reported[1] <= 80 \
                or sum(self.text.count(c, reported[1], at) for c in ".!?\n") > 1:
            return False
        words = _words(mention)
        if len(words) < 2 or words[0].key != "the" or words[-1].key not in self.lex.titles \
                or not words[-1].text.islower() or any(w.text[:1].isupper() and (w.key in last.names
                                                                                or w.key in self.lex.titles)
                                                      for w in words[1:]):
            return False  # ('the Trump spokesman': his spokesman, not him)
        titles = title_keys(mention, self.lex)
        return not last.titles or bool(titles & last.titles)

    def _names_a_person(self, mention: str) -> bool:
        """English: a mention that names one person: a first name known as one, or a head noun (before any
        preposition) that is a title or a word for an unnamed person ('a spokeswoman for the office', 'Captain Leo
        Marsh', 'a senior diplomat'); not 'the top British medical journal', 'her account'."""
        words = _words(mention)
        if not words or words[0].key in self.lex.possessives:
            return False
        if any(w.key in self.lex.male_names or w.key in self.lex.female_names for w in words if w.text[:1].isupper()):
            return True
        cut = next((k for k, w in enumerate(words) if k > 0 and w.key in self.lex.prepositions), len(words))
        head = words[cut - 1].key
        return any(w.key in self.lex.titles for w in words[:cut]) \
            or (head in self.lex.anonymous and not _plural_key(head))

    def _one_asked(self, at: int) -> Entity | None:
        """English 'The senator asked Judge Hale whether …. He replied …': the capitalised name right after a verb
        of asking (asking_verbs) and before a question word (wh_words) in the sentence before the pronoun at `at`
        is the one who replies."""
        if self.lex.lang != "en":
            return None
        start = max(self.text.rfind(c, 0, at) for c in ".!?\n")
        if start <= 0 or self.text[start:at].strip(" .!?\n\"”’'"):
            return None  # (the pronoun opens the sentence right after the question)
        opening = max(self.text.rfind(c, 0, start) for c in "!?\n") + 1  # (not a full stop: 'asked Ms. Ross')
        words = [t for t in self._window(max(opening, start - 300), start) if t.is_word]
        for n in range(len(words) - 3, -1, -1):
            t = words[n]
            if t.key not in self.lex.asking_verbs:
                continue
            end = n + 1
            while end < len(words) and words[end].text[:1].isupper():
                end += 1
            if end > n + 1 and end < len(words) and (words[end].key in self.lex.wh_words
                                                     or words[end].key == "if"):
                return self._entity_for(self.text[words[n + 1].start:words[end - 1].end], words[n + 1].start)
        return None

    def _pronoun_at(self, span: tuple[int, int]) -> bool:
        """The mention at `span` is one personal pronoun ('he', 'هو'), not a relative ('who')."""
        words = _words(self.text[span[0]:span[1]])
        return len(words) == 1 and words[0].key in self.lex.pronouns and words[0].key not in ("who", "which")

    def _carried_conduits(self, entity: Entity | None, draft: Draft, conduits: tuple[str, ...]) -> tuple[str, ...]:
        """'قال مسؤول لرويترز إن … وأضاف أن …', 'she told Reuters …. She added …': the same speaker going on
        with no new mention, and no outlet of its own, speaks through the outlet of the claim before; not an English
        pronoun that tells anew in a later sentence ('she told the BBC …. She said …': `_told_anew`)."""
        speaker, start, outlets, source = self.carried
        if not conduits and entity is not None and entity is speaker and outlets \
                and (draft.source is None or draft.source[0] < start
                     or (self._pronoun_at(draft.source) and not self._told_anew(draft, start))
                     or draft.source == source) \
                and draft.content[0] - start < 1500:
            conduits = outlets  # ('"…," the official told AFP, adding that …': the same mention goes on)
        self.carried = (entity, draft.content[0], conduits, draft.source)
        return conduits

    def _told_anew(self, draft: Draft, start: int) -> bool:
        """English 'She said …' opening a later sentence than the claim that began at `start` (a full stop, '!',
        '?' or a line break between): the pronoun before its cue and its words after it, the cue no verb of going
        on ('She added …'), and no quotation first ('"…," she said' goes on with the interview's words)."""
        if self.lex.lang != "en" or draft.source is None or draft.cue_key in _GOING_ON \
                or draft.content[0] < draft.source[0]:
            return False
        return any(self.text.find(c, start, draft.source[0]) >= 0 for c in ".!?\n")

    def _statement_issuer(self, words: tuple[Token, ...], at: int) -> Entity | None:
        """English 'the statement said' after 'The port's two operators issued a joint statement on Monday': the
        one who issued it (`issuing_verbs`, then 'a' or 'an' and at most two words before the same document noun)
        in a sentence before, cited there as a source (its latest mention before the verb); None when none is."""
        inside = self.reported is not None and self.reported[0] <= at < self.reported[1]
        if len(words) != 2 or words[0].key != "the" or words[1].key not in self.lex.documents or inside:
            return None
        noun = " " + words[1].key
        lo = max(0, at - _ISSUE_REACH)
        found = self.text.rfind(noun, lo, at)
        while found >= 0:
            end = found + len(noun)
            if end >= len(self.text) or not self.text[end].isalpha():
                before = _words(self.text[max(lo, found - _ISSUE_PHRASE):found])[-4:]
                verb = next((k for k in range(len(before) - 2, -1, -1) if before[k].key in self.lex.issuing_verbs
                             and before[k + 1].key in ("a", "an")), None)
                if verb is not None:
                    start = max(lo, found - _ISSUE_PHRASE) + before[verb].start
                    return self._cited_in_sentence_before(start)
            found = self.text.rfind(noun, lo, found)
        return None

    def _cited_in_sentence_before(self, verb: int) -> Entity | None:
        """The named entity (no document, not unnamed) last cited as a source in the sentence of `verb`, before
        it."""
        dot = self.text.rfind(". ", 0, verb)
        opening = max(dot + 2 if dot >= 0 else 0, self.text.rfind("\n", 0, verb) + 1)
        cited = next((e for e in reversed(self.recent) if opening <= self.last_cited.get(id(e), -1) < verb
                      and e.type != "document" and not e.anonymous), None)
        if cited is not None:
            return cited
        subject = self.text[opening:verb].strip()  # ('Energy regulator Ofgrid released a statement …': the
        # sentence's subject, no source of a claim)
        words = _words(subject)
        if not 1 <= len(words) <= _ISSUER_WORDS or not subject[:1].isupper() or any(c in subject for c in ",\"“”") \
                or words[0].key in self.lex.pronouns or is_anonymous(subject, self.lex) \
                or guess_type(subject, self.lex) in ("document", "other"):
            return None
        return self._entity_for(subject, opening + self.text[opening:verb].find(subject))

    def _entity_for(self, mention: str, at: int) -> Entity | None:
        if self.lex.lang == "en" and "," in mention:  # (the pattern needs a comma: no scan of the others)
            mention = _AGE_AFTER_NAME.sub("", mention)  # 'Lina Farouk, 28': the person, not her age
        words = _words(mention)
        if not words:
            return self.last
        if len(words) == 1 and words[0].key in ("who", "which", "who's", "who’s") and self.lex.lang == "en":
            named = self._relative_antecedent(at)
            if named is not None:
                return named
        if len(words) > 1 and words[-1].key in self.lex.same_markers and self.recent:
            return self._same_again(words[:-1])  # "وحسب المصدر ذاته", "ويرى المتحدث نفسه": the one just cited
        if len(words) == 1 and words[0].key in ("سموه", "سموها") and self.lex.lang == "ar":
            highness = self._highness_before(at)
            if highness is not None:  # "… الشيخ حمدان بن راشد …، مؤكدا سموه أن": the sheikh just named
                return highness
        if len(words) == 1 and words[0].key in ("معاليه", "معاليها") and self.lex.lang == "ar":
            excellency = self._excellency_before(at)
            if excellency is not None:  # "رفع معالي وزير الزراعة المهندس فهد العتيبي …. وأوضح معاليه أن": him
                return excellency
        if len(words) == 2 and self.lex.lang == "ar" and words[0].key in self.lex.pronouns \
                and words[1].key in self.lex.other_markers:
            words = words[:1]  # "هو الآخر": he too, whom the pronoun refers to
        if len(words) == 1 and (words[0].key in self.lex.possessives_or_pronouns) \
                and not _acronym(words[0].text, self.lex.lang):  # 'In his view, …' (not 'WHO said': the body)
            key = _POSSESSED_BY.get(words[0].key, words[0].key) if self.lex.lang == "en" else words[0].key
            # ('In its view, …' refers back like 'it': the latest body, not the latest person)
            if self._writer_speaks(at, key):
                return None  # 'I think the evidence is strong' in a column: the writer, not the last speaker
            return self._named_before(at) or self._plural_subject_before(at, key) \
                or self._arabic_plural_noun_before(at, key) or self._subject_after_clause(at, key) \
                or self._previous_subject(at, key) or self._gendered_name_before(at, key) \
                or self._named_subject(at, key) or self._body_opening_before(at, key) \
                or self._body_subject_of_sentence(at, key) \
                or self._others_in_own_words(at, key) or self._subject_since_claim(at, key) \
                or self._it_inside_reported(at, key) or self._antecedent(key) \
                or self._speaker_long_before(key) or self._piece_subject(at, key)
        group = self._group_of(words)
        if group is not None:  # '"…," one of them said' after 'Two people familiar with the talks said …'
            return group
        if " ".join(w.key for w in words) in self.lex.latter_words:
            latter = self._latter(at)
            if latter is not None:
                return latter
        described = self._described_before(words, at)
        if described is not None:  # 'The spokesman said' after 'Spokesman Tom Reed …': him, not someone unnamed
            return described
        by_trade = self._by_profession(words) or self._trade_holder_of_nationality(words, at)
        if by_trade is not None:  # "ولفت الخبير", "المدرب الفرنسي" after "مدرب الاتحاد لوران بلان": him
            return by_trade
        by_origin = self._by_nationality(words)
        if by_origin is not None:  # "وقال الإيطالي" after "مدرب ريال مدريد كارلو أنشيلوتي": him
            return by_origin
        by_noun = self._person_by_noun(words)
        if by_noun is not None:  # '"…," the woman said' after 'A resident who asked not to be named said': her
            return by_noun
        sent_by = self._sent_by_body(words, mention, at)
        if sent_by is not None:  # 'International observers from the OSCE said': the body, through them
            return sent_by
        described_back = self._described_back(words)
        entry: RegistryEntry | None = self.registry.match(mention) if self.registry and not described_back else None
        # ('The Democrat added': the person just quoted, not the party)
        if entry is not None and _common_noun_for_a_name(words, entry.canonical):
            entry = None  # 'The economist said': a person, not the magazine The Economist
        if entry is not None and self.lex.lang == "en" and len(words) == 1 and words[0].text[:1].isupper() \
                and entry.type not in ("person", "official"):
            person = self._surname_of(words[0], at)
            if person is not None:
                return person  # 'Hill said' after 'Trumpeter Marcus Hill': him, not The Hill
        if entry is None and described_back:
            holder = self._aged_title_holder(words)
            if holder is not None:  # 'The 47-year-old minister said' after the minister and then an economist
                return holder
            person = self._subject_since_claim(at, "")
            if person is not None and len(person.names) > 1:  # 'Ana Ruiz won in three sets. The Spaniard said …'
                return person
            person = next((e for e in reversed(self.recent[-4:]) if not e.anonymous and e.type in ("person", "official")
                           and len(e.names) > 1), None)
            if person is not None:  # '"…," the Spaniard told reporters' after 'Pep Guardiola said': him
                return person
        if entry is None and self.registry and self.lex.lang == "ar" and mention.startswith("ل") \
                and not mention.startswith("لل"):
            entry = self.registry.match("ا" + mention)  # "ووفقا للمنظمة الدولية": the article the cue's لـ took
        if entry is None and self.registry and self.lex.lang == "ar" and len(words) > 2:
            affiliated = next((k for k in range(1, len(words) - 1) if words[k].key in self.lex.adjectives
                               and words[k + 1].key[:1] == "ل" and not words[k + 1].key.startswith("ال")), None)
            if affiliated is not None:  # "برنامج الأغذية العالمي التابع للأمم المتحدة": the body is named before
                entry = self.registry.match(mention[:words[affiliated].start].rstrip())  # what it belongs to
        if entry is None and len(words) == 1:
            earlier = self._document_antecedent(words[0].key, at)
            if earlier is not None:  # "وبحسب الصحيفة", "وأوضح البيان": the paper named, the issuer, earlier
                return earlier
        if entry is None and self.lex.lang == "en" and len(words) == 2:
            body = self._body_antecedent(words, at)
            if body is not None:  # 'the agency' after 'the WHO said', 'the airline' after 'Northstar Airlines'
                return body
        if entry is None and self.registry and any(c in mention for c in ",،"):
            entry = self._appositive_match(mention)  # "شرطة العاصمة البريطانية، لندن": each side may be known
        if entry is None and len(words) == 1 and not self._same_person(name_keys(mention, self.lex)) \
                and not (self.lex.lang == "en" and words[0].key in self.lex.anonymous):
            # ('Voters say …' after a title-case headline '… Among Working-Class Voters': no name ends there)
            titled = self.lex.lang == "ar" and bool(title_keys(words[0].text, self.lex))
            tries = _FULLER_TRIES if self.lex.lang == "ar" and not _ar_place(words[0].key, self.lex) else 1
            fullers = self._fuller_mentions(words[0].text, at, tries) if not titled else []  # "حسين" after "وزير
            # الخارجية فؤاد حسين"; not "الوزير" after "واتهم النائب حمد المطر الوزير": the title, whom he accused
            if len(fullers) == 1 and self.lex.lang == "en" and len(name_keys(fullers[0], self.lex)) > 1 \
                    and self._died_at(self.text.find(fullers[0]), len(fullers[0])):
                living = self._living_fuller(words[0].text, at)  # ('Ashby said' after 'Her son, Colin Ashby, …'
                fullers = [living] if living is not None else fullers  # and 'Nora Ashby, …, died …': her son)
            if not fullers and self.lex.lang == "en" and len(words[0].text) > 2 and words[0].text.isupper():
                fullers = self._fuller_mentions(words[0].text.title(), at, 1)  # a fact check's 'CLINTON:' label
                # after 'Hillary Clinton' in its opening paragraph
            for fuller in fullers:  # the latest first; an earlier one where it names no one (Arabic)
                found = self.registry.match(fuller) if self.registry else None
                if found is not None:  # (a name of its own, not `entry`: mypy read `entry` as None after this
                    entry = found      # loop, and the compiled parser raised TypeError on a registered fuller name)
                    break
                if not is_anonymous(fuller, self.lex) and len(name_keys(fuller, self.lex)) > 1 \
                        and self._opens_with_title(fuller):
                    return self._remember(Entity(fuller, guess_type(fuller, self.lex), False,
                                                 name_keys(fuller, self.lex), title_keys(fuller, self.lex)))
                name = self._name_after_description(fuller) or self._bare_full_name(fuller)
                if name is not None:  # "هاريس" after "اتهم ترامب منافسته الديمقراطية كامالا هاريس": her name
                    return self._remember(Entity(name, "person", False, name_keys(name, self.lex)))
            company = self._company_named(words[0].text, at) if entry is None and self.lex.lang == "en" else None
            if company is not None:  # 'Talvera said' after 'Shares of Talvera Corp fell': the company
                return self._remember(Entity(company, "organization", False,
                                             name_keys(company, self.lex) | name_keys(mention, self.lex)))
        if entry is not None and self.lex.lang == "en" and entry.type not in ("person", "official") \
                and _counted(words, self.lex) and is_anonymous(mention, self.lex):
            entry = None  # 'A Pentagon official', 'two Bank of England officials': the body's people, unnamed
        if entry is not None:
            return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                         {entry.canonical.lower()} | name_keys(mention, self.lex)))
        same = self._same_person(name_keys(mention, self.lex)) if len(words) == 1 else None
        if len(words) == 1 and (same is None or same.type == "document") \
                and self._same_head(words, name_keys(mention, self.lex)) is None:
            written = self._body_written_before(words[0], at)  # (a document's owner: 'بيان لوزارة الصحة')
            if written is not None:  # "وأكدت الدار" after "أصدرت دار الإفتاء المصرية فتوى": the body named there
                return written
        unnamed_outlet = _unnamed_outlet(mention, self.lex)
        if unnamed_outlet is not None:  # 'state television', 'Iranian state media', «وسائل إعلام رسمية»: the
            # state's outlet or several outlets, no name of their own; media, anonymous when several or indefinite
            return self._remember(Entity(mention.strip(), "media", unnamed_outlet, set()))  # (no name to share:
            # 'the North' is not 'North Korea's official newspaper')
        if is_anonymous(mention, self.lex):
            earlier = self._same_unnamed(words)
            if earlier is not None:  # "نفى مسؤول في البنتاغون … وأضاف المسؤول": the same unnamed official
                return earlier
            holder = self._official_just_cited(words) or self._named_official_meant(words)
            if holder is not None:  # "قال الناطق باسم الوزارة عمر سلامة … وعزا المسؤول": the spokesman
                return holder
            return self._remember(Entity(mention.strip(), "anonymous", True, {" ".join(sorted(
                name_keys(mention, self.lex)))}))
        names = name_keys(mention, self.lex)
        titles = title_keys(mention, self.lex)
        if titles and self.lex.lang == "ar" and words[0].key not in self.lex.honorifics and all(
                t.key.startswith("ال") or _bare(t.key, self.lex) in titles or t.key in self.lex.titles
                for t in words[1:]):  # "وزير الخارجية", "المتحدث العسكري": a title and its portfolio, no name
            held = self._holder_of_nationality(words, titles, at)
            if held is None and not self._with_nationality(words):
                held = self._by_portfolio(titles, mention, at) or self._described_title_holder(words, titles)
            if held is not None:
                return held
        if titles and self.lex.lang == "en" and _counted(words, self.lex) and _names_no_one(mention, self.lex) \
                and guess_type(mention, self.lex) != "document":
            return self._remember(Entity(mention.strip(), "anonymous", True, names, titles))  # 'Another MP', 'a
            # union representative', 'a minister': a title holder left unnamed, as 'an official' is (not 'A report
            # by the inspector general': a document, whose author's title is no unnamed speaker)
        if names and titles and self.lex.lang == "en" and words[0].key == "the" and len(words) > 2 \
                and words[-1].key in titles and words[-1].text.islower():
            name_span = self._title_phrase_before_name(mention, at)
            if name_span is not None:  # 'the Arsenal manager' after 'Arsenal manager Tom Reyes': him
                return self._entity_for(self.text[name_span[0]:name_span[1]], name_span[0]) \
                    or self._by_title(titles, at)
        if not names and titles:
            kind = guess_type(mention, self.lex)  # ("المراسل": the outlet's; 'the lawyer': a private title's holder)
            office = kind if kind == "media" or (kind == "person" and self.lex.lang == "en") else "official"
            restored = self._article_restored(words, at)  # "ووفقا للمتحدث": 'المتحدث', its article's لام taken
            if not self._definite(words[0].key) and restored is None:  # "نائب", "a minister": someone new, not a
                return self._remember(Entity(mention.strip(), office, False, set(), titles))  # back-reference
            if self.lex.lang == "en" and len(words) == 2 and _synonyms_of(words[1].key, self.lex):
                named = self._titled_before(words, at)  # 'the attorney' after 'Lawyer Dana Brooks': her, before
                if named is not None:  # anyone untitled the title might be given to
                    return named
            if self.lex.lang == "en":
                named = self._by_title(titles, at, words, give=False)
                if named is None:  # 'The senator said' after 'Senator Ann Price met Defense Secretary Tom Wells.
                    named = self._titled_before(words, at)  # The secretary said …': her, not him, whom 'the
                    if named is not None:  # secretary' named (his title kept: he is no untitled speaker to give
                        named.titles |= titles  # hers to)
                if named is not None:
                    return named
            return self._by_title(titles, at, words) or self._remember(
                Entity(restored or mention.strip(), office, False, set(), titles))
        if titles and self.lex.lang == "ar":
            holder = self._holder_of_body(words, titles, at)
            if holder is not None:  # "الأمين العام للاتحاد" after two secretaries-general: the union's
                return holder
        match = self._same_person(names, titles, _generic_heads(words, self.lex)) or self._same_head(words, names) \
            or self._body_named_inside(words) or self._honorific_surname(words, names)
        if match and self.lex.lang == "ar" and words[0].key in self.lex.standalone_titles \
                and self._with_nationality(words) and self._heads_a_body(match):
            match = None  # "الرئيس العراقي" is not "رئيس الوزراء العراقي محمد …": a shared title word and country,
            # another office (the complement 'الوزراء' is not his)
        if match and match.names < names and _two_people(mention, self.lex):
            match = None  # 'Ms. Ode and Mr. Hume say …' after 'Mr. Hume said …': the two of them, not him alone
        if match and self.lex.lang == "en" and _partitive(words, self.lex):
            match = None  # 'only 68 percent of Republicans say' after 'Many Republicans believe': a part, not them
        if match and self.lex.lang == "en" and words[0].key in ("a", "an") \
                and guess_type(mention, self.lex) == "document":
            match = None  # 'according to a Kremlin statement' after 'The statement said': another one
        if match and self.lex.lang == "ar" and len(words) == 1 and match.type in ("person", "official") \
                and guess_type(mention, self.lex) in ("government", "organization"):
            match = self._same_body(names)  # "أن اللجنة أوصت" after "النائبة …، عضو اللجنة المالية": the body,
            # not its member; "ووفق المنظمة" after "منظمة الصحة العالمية" and "ممثل المنظمة": the organisation
        if match and self.lex.lang == "ar" and len(words) == 1 and words[0].key.startswith("ال") \
                and match.type in ("government", "organization"):
            match = self._main_body(match, names)  # "ووفق المنظمة": the organisation the article cites most
            match = self._body_written_since(match, words[0], at) or match
        if match and self.lex.lang == "ar" \
                and (match.type == "document") != (guess_type(mention, self.lex) == "document"):
            match = None  # "الحكومة اليمنية" is not "تقرير مشترك للأمم المتحدة والحكومة اليمنية", a report naming it
            if guess_type(mention, self.lex) != "document":  # "وقالت الوزارة" after "وزارة الصحة" and "آخر حصيلة
                match = self._same_person(names, titles, _generic_heads(words, self.lex), False) \
                    or self._same_head(words, names, False)  # أعلنتها الوزارة": the ministry, not the toll
        if match:
            match.titles |= titles
            match.names |= names
            return match
        spoken_for = self._body_spoken_for(words, mention)
        if spoken_for is not None:  # "وقالت الوزارة" after "المتحدث باسم وزارة الصحة المصرية حسام عبد الغفار"
            return spoken_for
        modified = self._described_with_modifier(words, at)
        if modified is not None:  # 'The council head said' after 'Ahmed Karimi, the head of the local council'
            return modified
        kind = guess_type(mention, self.lex)
        if kind == "person" and not titles and self._named_as_body(words):
            kind = "organization"  # 'Wells Fargo said …' where the article writes "Wells Fargo's chief executive"
        spoken = _before_seat(words) if self.lex.lang == "ar" else words  # ('… باسم السفارة الصينية في واشنطن')
        if self.lex.lang == "ar" and 2 <= len(spoken) <= 5 and not self._definite(words[0].key) and titles \
                and words[1].key.startswith("باسم") and (all(w.key.startswith("ال") for w in spoken[2:])
                                                       or self._body_construct(spoken[2:])):
            return self._remember(Entity(mention.strip(), "anonymous", True, names, titles))  # "متحدث باسم المطار",
            # "متحدث باسم وزارة الخارجية الأمريكية", "متحدث باسم السفارة الصينية في واشنطن"
        if kind == "person" and not titles and self._described_only(words):
            group = self._one_of_latest_group(words[0].key) if len(words) == 1 else None
            if group is not None:
                return group  # "وقال أحد الوسطاء … وأكد الوسيط": that one of them
            return self._remember(Entity(mention.strip(), "anonymous", True, names, titles))
        if kind == "official" and self._unnamed_holder(words, at):
            return self._remember(Entity(mention.strip(), "anonymous", True, names, titles))
        if kind == "person" and not titles and (self._office_set_off_after(mention, at) or (
                names and self.lex.lang == "en" and (self._office_in_apposition(words, at)
                                                     or self._office_set_off_before(words, at)))):
            kind = "official"  # 'Jane Roe, a senior adviser to the governor, said': the office set off after her
        elif kind == "person" and not titles and self.lex.lang == "en" and self._company_set_off_before(words, at):
            kind = "organization"  # 'The ferry line operator, Coastway, said': the company set off before its name
        return self._remember(Entity(self._article_restored(words, at) or mention.strip(), kind, False, names, titles))

    def _office_set_off_after(self, mention: str, at: int) -> bool:
        """A name written at `at` with a description set off by commas right after it that gives an office ('Jane
        Roe, a senior adviser to the governor, said', «سارة يوسف، المستشارة في وزارة الصحة، إن»; not 'Ana Berg,
        a teacher at the school,' nor 'Tom Lee, a lawyer for the family,': a private title)."""
        end = at + len(mention)
        if not self.text.startswith(mention, at) or self.text[end:end + 2] not in (", ", "، "):
            return False
        close = _APPOSITIVE_CLOSE.search(self.text, end + 2, min(len(self.text), end + 2 + _APPOSITIVE_REACH))
        if close is None or self.text[close.start():close.start() + 1] not in ",،":
            return False  # (a description closed by a comma only: not one running on to the end of the sentence)
        described = self.text[end + 2:close.start()]
        return described[:1].isalpha() and bool(title_keys(described, self.lex)) \
            and guess_type(self.text[at:close.start()], self.lex) == "official"  # (the office in the description,
        # not in the name: 'Rosa King, 41, told …')

    def _office_set_off_before(self, words: tuple[Token, ...], at: int) -> bool:
        """English 'Its chief executive, Ana Ruiz, said', "The bank's governor, Jon Ek, told …": a noun phrase
        (an article or a possessive first) ending in a title of office (not a private one: 'Her lawyer, Tom Lee,')
        opens the clause and is set off by commas right before the mention at `at`, which a comma closes."""
        title = self._head_set_off_before(words, at)
        return title in self.lex.titles and title not in self.lex.private_titles

    def _company_set_off_before(self, words: tuple[Token, ...], at: int) -> bool:
        """English 'The ferry line operator, Coastway, said', 'Its main supplier, Delmont, told …': a noun phrase
        ending in a company noun (`company_heads`) set off by commas right before a name that opens with no first
        name ('The crane operator, Jim Hale,' is a person)."""
        return words[0].key not in self.lex.female_names_or_male_names \
            and self._head_set_off_before(words, at) in self.lex.company_heads

    def _head_set_off_before(self, words: tuple[Token, ...], at: int) -> str:
        """English: the last word (folded) of a noun phrase (an article or a possessive first) that opens the clause
        and is set off by commas right before the mention at `at`, which a comma closes; else ''."""
        end = at + words[-1].end
        if at < 2 or self.text[end - len(words[-1].text):end] != words[-1].text \
                or self.text[end:end + 1] != "," or self.text[at - 2:at] != ", ":
            return ""
        lo = max(0, at - _TITLE_BEFORE_REACH)
        start = max(self.text.rfind(c, lo, at - 2) for c in ".;:!?\n,") + 1
        if start == 0 and lo > 0:
            return ""  # (no clause start within reach)
        m = _TITLE_SET_BEFORE.fullmatch(self.text, start, at)
        return m.group(1).lower() if m is not None else ""

    def _office_in_apposition(self, words: tuple[Token, ...], at: int) -> bool:
        """English, where `_office_set_off_after` finds no closed description: 'Ana Ruiz, 41, a spokeswoman for the
        firm, said', 'Jens Vik, a spokesman for the U.N. agency.', 'Tom Hale, a former mayor of Elmvale and a friend
        who …': right after the mention at `at`, a comma (an age between) and an article or a possessive whose noun
        phrase ends in a title of office (not a private one: 'a lawyer for the family', 'a retired teacher' stay a
        person's) before a comma or a preposition."""
        end = at + words[-1].end
        if self.text[end - len(words[-1].text):end] != words[-1].text:
            return False  # (a mention cut out of the text differently: its age taken out)
        m = _APPOSITIVE_TITLE.match(self.text, end, min(len(self.text), end + 120))
        title = m.group(1).lower() if m is not None else ""
        return title in self.lex.titles and title not in self.lex.private_titles

    def _honorific_surname(self, words: tuple[Token, ...], names: set[str]) -> Entity | None:
        """English 'Mr. Price', 'Ms Liu', 'Dr. Hale': an honorific and a surname, the latest named person or
        official earlier whose name keys hold that surname (the honorific is no name of theirs: 'Mayor Daniel Price'
        is {'daniel', 'price'}), of no other gender than the honorific's ('Mrs. Price' is not 'Daniel Price')."""
        if self.lex.lang != "en" or len(words) < 2 or words[0].key not in self.lex.honorifics \
                or not words[-1].text[:1].isupper():
            return None
        surname = names - {words[0].key}
        if not surname:
            return None
        gender = self._gender(words[0].text)
        for entity in reversed(self.entities):
            if entity.anonymous or entity.type not in ("person", "official") or not surname <= entity.names \
                    or _two_people(entity.canonical, self.lex) \
                    or not self._ends_with_surname(entity.canonical, surname):
                continue
            if gender and entity.gender and entity.gender != gender:
                continue
            return entity
        return None

    def _described_back(self, words: tuple[Token, ...]) -> bool:
        """English 'the Spaniard', 'the Democrat', 'the 34-year-old', 'the 45-year-old former prosecutor': 'the' and
        a noun of origin or party (epithets.txt), or an age and lower-case words describing the person at most,
        by which writing refers back to someone just named."""
        if self.lex.lang != "en" or len(words) < 2 or words[0].key != "the":
            return False
        if len(words) == 2 and words[1].key in self.lex.epithets:
            return True
        return words[1].key[:1].isdigit() and _AGE_WORD.fullmatch(words[1].key) is not None \
            and all(w.text.islower() for w in words[2:5]) and len(words) <= 5

    def _aged_title_holder(self, words: tuple[Token, ...]) -> Entity | None:
        """English 'the 47-year-old minister', 'the 61-year-old senator': an age with a title refers back to the
        latest named person who was given that title, not to whoever spoke last (None when no one was)."""
        titles = {_full_title(k, self.lex) for w in words[2:] if (k := w.key) in self.lex.titles}
        if not titles:
            return None
        return next((e for e in reversed(self.entities) if not e.anonymous and e.type in ("person", "official")
                     and titles & e.titles and len(e.names) > 1), None)

    def _ends_with_surname(self, canonical: str, surname: set[str]) -> bool:
        """English: a person's name (up to an aside's comma or bracket) ends with one of these keys, a suffix
        ('Jr.') aside: 'Leonard E. Burman', 'Mark Addison, then her private secretary'; not 'the McKinley plan'."""
        head = re.split(r"[,(]", canonical, maxsplit=1)[0]
        if head != canonical and not any(w.text[:1].isupper() for w in _words(head)[1:]):
            head = proper_name(canonical, self.lex)  # ('The mayor, Peter Quayle': the name after the title's comma)
        words = [w for w in _words(head) if w.key not in _NAME_SUFFIXES]
        return bool(words) and words[-1].key in surname and words[-1].text[:1].isupper()

    def _article_restored(self, words: tuple[Token, ...], at: int) -> str | None:
        """Arabic: one word glued to the لـ of the cue before it, whose article's لام that لـ took ('ووفقا للنقابة':
        the mention is 'لنقابة', the article's لام and the noun), when the noun is a body's, a document's or a title
        ('نقابة', 'وزارة', 'تقرير', 'متحدث'): the body as it is named, with its article ('النقابة'); a body noun
        whose own first letter is that لام ('للجنة': 'لجنة') takes the whole article. Other nouns are left as
        written."""
        if self.lex.lang != "ar" or len(words) != 1 or at < 1 or self.text[at - 1] != "ل" \
                or not words[0].text.startswith("ل") or words[0].key.startswith(("لل", "ال")):
            return None
        key = words[0].key
        if key in self.lex.government_or_organizations:
            return "ال" + words[0].text
        if key[1:] in self.lex.government_or_organizations or key[1:] in self.lex.documents \
                or key[1:] in self.lex.titles:
            return "ا" + words[0].text
        return None

    def _holder_of_body(self, words: tuple[Token, ...], titles: set[str], at: int) -> Entity | None:
        """Arabic: a title with its body glued to 'لـ' and no name ('الأمين العام للاتحاد', 'رئيس للجمعية'): the
        latest named holder of that title whose body it is, the body written in his mention or in the text right
        before his name ('الأمين العام لاتحاد الغرف عبد الرحمن الحداد' and later 'الأمين العام عبد الرحمن الحداد'),
        when two people hold the title in one article. None when no body is written or none matches."""
        bodies = {_bare("ال" + w.key[2:], self.lex) for w in words[1:] if w.key.startswith("لل") and len(w.key) > 4}
        if not bodies:
            return None
        holders = [e for e in reversed(self.entities) if not e.anonymous and titles & e.titles
                   and e.type in ("person", "official") and e.names - self._title_words(e)]
        if len(holders) < 2:
            return None  # (one holder: the usual reading finds him)
        return next((e for e in holders if bodies <= e.names or self._named_with_body(e, bodies, at)), None)

    def _title_words(self, entity: Entity) -> set[str]:
        """The name keys of an entity's mention that only describe its title ('عام' of 'الأمين العام')."""
        return {_bare(w.key, self.lex) for w in _words(entity.canonical) if w.key in self.lex.adjectives}

    def _named_with_body(self, entity: Entity, bodies: set[str], at: int) -> bool:
        """Arabic: the entity's last name word is written before `at` with these bodies' words among the eight
        words before it ('لاتحاد الغرف التجارية عبد الرحمن الحداد')."""
        last = _words(entity.canonical)
        if not last or (last[-1].key.startswith("ال") and len(last) < 2):
            return False
        surname = last[-1].text
        found = self.text.find(surname, 0, at)
        while found >= 0:
            before = _words(self.text[max(0, found - 120):found])[-8:]
            if bodies <= {_bare(w.key, self.lex) for w in before}:
                return True
            found = self.text.find(surname, found + len(surname), at)
        return False

    def _bare_name(self, words: tuple[Token, ...]) -> bool:
        """English: one to four capitalised words with no first name (male_names, female_names) nor honorific among
        them: a name that may be a company's or a person's surname ('Marrow Pell', 'Tovik')."""
        lex = self.lex
        return lex.lang == "en" and 1 <= len(words) <= 4 and all(w.text[:1].isupper() for w in words) \
            and not any(w.key in lex.female_names_or_male_names or w.key in lex.honorifics for w in words)

    def _company_opens_next_sentence(self, end: int) -> bool:
        """English: the sentence going on from `end` (right after a name opening it, a space between: no aside)
        ends within a few words, no capitalised word, quotation nor word of a man or a woman ('he', 'her') in it,
        and the next one opens with 'The company' or 'The firm' (_COMPANY_NOUNS): the name is that company's
        ('Harnet Vosk said profits would fall. The company also cut jobs.')."""
        stop = self.text.find(". ", end, end + 200)
        if stop < 0 or self.text[end:end + 1] != " ":
            return False
        between = self.text[end:stop]
        if any(c.isupper() or c in "\"“”\n" for c in between) or any(
                w.key in self.lex.male_words or w.key in self.lex.female_words for w in _words(between)):
            return False  # (not 'Brekke said he was tired. The company …': 'he', a man)
        return self.text.startswith("The ", stop + 2) \
            and self.text[stop + 6:stop + 14].split(" ", 1)[0].rstrip(",.;:'’s") in _COMPANY_NOUNS

    def _opens_sentence(self, at: int) -> bool:
        """Is what starts at `at` the first word of its sentence (the text's start, or a full stop, '!', '?', a line
        break or an opening quotation mark before it, spaces between)?"""
        before = self.text[max(0, at - 4):at].rstrip(" ")
        return not before or before[-1] in ".!?\n\"“"

    def _own_body_pronoun(self, draft: Draft) -> bool:
        """English 'Dovra Kell said its profits fell', '… said that its plant would close': 'its' opening the
        speaker's own indirect report (after 'that'), as 'he' or 'she' does a person's (`_own_pronoun`): a body's."""
        if self.lex.lang != "en" or draft.frame != "verb":
            return False
        opening = self.text[draft.content[0]:min(draft.content[1], draft.content[0] + 24)]
        words = _words(opening)
        if words and words[0].key in self.lex.complementizers:
            words = words[1:]
        return bool(words) and words[0].key == "its"

    def _named_as_body(self, words: tuple[Token, ...]) -> bool:
        """English: a capitalised name of one to four words, no first name nor honorific in it, that the article
        writes elsewhere as a body's, with a word only a company or an institution has (body_markers: "Wells
        Fargo's chief executive", 'Wells Fargo CEO John Stumpf', 'shares of Harlow Mutual', "Dunmore's board"; the
        first word of the name alone before the word: 'Fairway chief executive' for Fairway Provisions): a
        company or a body, never 'he' or 'she', whatever guess_type made of the name alone."""
        lex = self.lex
        if not self._bare_name(words):
            return False
        name = " ".join(w.text for w in words)
        if name not in self.text:
            return False
        followers = _body_followers(lex)
        if followers is not None and any(
                (m.group(2) or "")[:1].isupper() or (m.group(1) and self._opens_sentence(m.start() - len(name)))
                for m in _matches_after(followers, self.text, name)):
            return True  # ('Marrow Pell, which makes ferries, has …', 'Pellow Stam Holdings': the name of a body;
            # not '… voted for Kerr, which is a problem': a relative on the clause the name closes)
        at = self.text.find(name)
        while at >= 0:
            if self._opens_sentence(at) and self._company_opens_next_sentence(at + len(name)):
                return True  # ('Harnet Vosk said profits would fall. The company also cut jobs.')
            at = self.text.find(name, at + len(name))
        markers = _body_markers(lex)
        if markers is None:
            return False
        after, before, reach = markers
        for written in (name, words[0].text) if len(words) > 1 else (name,):  # ('Fairway chief executive …' for
            if any(m.group(1) or m.group(2).lower() not in _VERB_LIKE_MARKERS  # Fairway Provisions)
                   for m in _matches_after(after, self.text, written)):
                return True  # (not 'Reese shares his worry': a verb, not the company's shares)
        # ('shares of Harlow Mutual', 'the board at the Dunmore Trust': `before`)
        return any(_marker_before_at(before, reach, self.text, m.start())
                   for m in _case_blind_matches(_name_pattern(name), self.text, name))

    def _person_by_noun(self, words: tuple[Token, ...]) -> Entity | None:
        """English 'the woman', 'the man' (person_nouns), no name: the latest speaker when one person was cited
        unnamed ('A resident who asked not to be named said …. "…," the woman said'), someone left unnamed when
        the latest speaker is no named person or official; None after a named one (whom the noun may describe)."""
        if self.lex.lang != "en" or len(words) != 2 or words[0].key != "the" \
                or words[1].key not in self.lex.person_nouns or not words[1].text.islower():
            return None
        last = self.speakers[-1] if self.speakers else None
        if last is not None and last.anonymous and last.type in ("anonymous", "person") \
                and _words(last.canonical)[:1] and _words(last.canonical)[0].key in ("a", "an", "one", "another"):
            return last
        sex = self._gender(words[1].text)
        if last is not None and not last.anonymous and last.type in ("person", "official") \
                and last.canonical[:1].isupper() and _words(last.canonical)[0].key not in self.lex.determiners \
                and not (sex and last.gender and sex != last.gender):
            return None  # ('Mara Olsen said …. "…," the woman said': may be her; not 'the man' after her)
        return self._remember(Entity(" ".join(w.text for w in words), "anonymous", True, {words[1].key}))

    def _sent_by_body(self, words: tuple[Token, ...], mention: str, at: int) -> Entity | None:
        """English 'International observers from the OSCE', 'a team of monitors from the Ravlin Institute': people a
        body sends to watch (observer_groups), not counted out ('two observers'), then 'from' or 'of' and a
        capitalised name: they speak for that body, the source (a body's type, not anonymous); Arabic
        'مراقبون من منظمة الأمن والتعاون في أوروبا': the noun first, then 'من' and the body. None otherwise."""
        if len(words) < 3:
            return None
        if self.lex.lang == "ar":
            if words[0].key not in self.lex.observer_groups or words[1].key != "من":
                return None
            found = self._entity_for(mention[words[2].start:], at + words[2].start)
            return found if found is not None and not found.anonymous and found.type in _BODY_TYPES else None
        head = next((k for k in range(len(words) - 2) if words[k].key in self.lex.observer_groups), None)
        counted = head is not None and head > 0 and words[head - 1].key in self.lex.quantifiers \
            and words[head - 1].key not in ("a", "an")  # ('Two observers from the OSCE': people, counted out)
        if head is None or words[head + 1].key not in ("from", "of") or counted:
            return None
        body = head + 2
        named = body + 1 if words[body].key == "the" and body + 1 < len(words) else body
        if not words[named].text[:1].isupper():
            return None
        entity = self._entity_for(mention[words[body].start:], at + words[body].start)
        return entity if entity is not None and not entity.anonymous and entity.type in _BODY_TYPES else None

    def _unnamed_holder(self, words: tuple[Token, ...], at: int) -> bool:
        """Arabic: an indefinite title with a preposition or adjectives of relation right after it and no first name
        anywhere ('نائب عن حزب المعارضة', 'نائب في البرلمان', 'متحدث عسكري'): one holder of it, unnamed, as
        'a diplomat' is ('رئيس مجلس النواب', a title in construct, is one office) — unless the next lines name
        him ('… وقال النائب عبد الله …': the same title with the article and a first name)."""
        if self.lex.lang != "ar" or len(words) < 2 or words[0].key not in self.lex.titles:
            return False
        nisba = len(words) <= 3 and not any(w.key.startswith("ال") for w in words) \
            and all(w.text.endswith(("ي", "ية")) for w in words[1:])
        # ("متحدث عسكري", "وزير إيراني": a title and adjectives of relation, no name)
        if self._definite(words[0].key) and not nisba:
            return False
        firsts = self.lex.female_names_or_male_names
        if any(w.key in firsts for w in words[1:]):
            return False
        if words[1].key not in ("عن", "في", "من") and not nisba:
            return False
        later = _words(self.text[at:at + 800])
        return not any(later[k].key == "ال" + words[0].key and later[k + 1].key in firsts
                       for k in range(len(later) - 1))

    def _described_with_modifier(self, words: tuple[Token, ...], at: int) -> Entity | None:
        """English 'The council head said' after 'Council head Ahmed Karimi …', 'Ahmed Karimi, the council head,
        …' or 'Ahmed Karimi, the head of the local council, …': 'the', a lower-case modifier and a lower-case title
        refer to the person last written with them right before or after the name, in the text before it."""
        if self.lex.lang != "en" or len(words) != 3 or words[0].key != "the" or not words[1].text.isalpha() \
                or not words[1].text.islower() or not words[2].text.islower() \
                or words[2].key not in self.lex.titles or words[1].key in self.lex.titles:
            return None
        modifier, noun = re.escape(words[1].text), re.escape(words[2].text)
        name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
        head = self.text[:at]
        found = [(m.start(1), m.group(1)) for m in _case_blind_matches(
            re.compile(rf"(?i:\b{modifier} {noun}) ({name})"), head, f"{words[1].text} {words[2].text}")]
        # (each of the other two writes part of itself as it is, which a scan for the part finds at a fraction of
        # the cost: they open with a capitalised name, tried at each capital letter of the text before)
        if f" {words[1].text} {words[2].text}" in head:
            found += [(m.start(1), m.group(1)) for m in re.finditer(
                rf"({name}), (?:a|an|the)(?: [a-z][\w-]*){{0,2}} {modifier} {noun}\b", head)]
        if f" {words[2].text} of " in head:
            found += [(m.start(1), m.group(1)) for m in re.finditer(
                rf"({name}), (?:a|an|the) {noun} of (?:the |a |an )?(?:[\w’'-]+ ){{0,2}}{modifier}\b", head)]
        found = [(start, phrase) for start, phrase in found if not self._title_case_line(start)]  # ('Health
        # Minister Says Flu Wave Has Peaked' over the story: the words after the title there are no name)
        if not found:
            return None
        start, phrase = max(found)
        names = " ".join(w.text for w in _words(phrase) if w.key not in self.lex.titles)
        if not names or is_anonymous(names, self.lex) or len(name_keys(names, self.lex)) < 2:
            return None
        entity = self._entity_for(names, start)
        return entity if entity is not None and entity.type in ("person", "official") else None

    def _titled_before(self, words: tuple[Token, ...], at: int) -> Entity | None:
        """English 'the chairman said' after 'Rep. Jason Chaffetz, the chairman of the committee, pressed …', 'The
        senator said' after 'Senator Mark Dunn opposed …': a bare title no speaker holds refers to the person the
        text before it last wrote with that title, right before or after the name (as `_described_before` reads a
        role noun)."""
        if self.lex.lang != "en" or len(words) != 2 or words[0].key != "the" or not words[1].text.islower() \
                or words[1].key in self.lex.standalone_titles:
            return None
        return self._described_before(words, at, titled=True)

    def _described_before(self, words: tuple[Token, ...], at: int, titled: bool = False) -> Entity | None:
        """English 'The spokesman said' after 'Spokesman Tom Reed declined …', 'The economist said' after 'Maria
        Lopez, an economist at Corvin Bank, said': 'the' and a lower-case role noun that alone leaves a source
        unnamed (anonymous.txt) refers to the person last written with that noun right before or after the name,
        in the text before it; None when no one was."""
        if self.lex.lang != "en" or len(words) != 2 or words[0].key != "the" or not words[1].text.islower() \
                or (words[1].key not in self.lex.anonymous_or_private_titles and words[1].key not in self.lex.name_roles
                    and not titled):  # ('the president': by title; 'the historian' after 'Historian Mary Beard')
            return None  # ('The striker said' after 'striker Luis Mendes had …': him)
        name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
        head = self.text[:at]
        found: list[tuple[int, str]] = []
        for written in (words[1].text, *_synonyms_of(words[1].key, self.lex)):  # ('the attorney': 'Lawyer Dana …')
            noun = re.escape(written)
            found += [(m.start(1), m.group(1))
                      for m in _case_blind_matches(re.compile(rf"(?i:\b{noun})(?:{_SET_OFF_BODY})? ({name})"), head,
                                                   written)]  # (also 'economist at Corvin, Al Reed')
            if written in head:  # (the second writes the noun as it is; modifiers may be names: 'the Liverpool
                found += [(m.start(1), m.group(1)) for m in re.finditer(  # manager')
                    rf"({name}), (?:a|an|the)(?: [a-z][\w-]*| [A-Z][\w'’.-]*){{0,3}} {noun}\b", head)]
                found += _given_role(head, written)  # ('The club named Maria Lund as its new coach': her)
        for short in _abbreviations_of(words[1].key, self.lex) if titled else ():  # 'Gov. Lisa Fontaine'
            found += [(m.start(1), m.group(1)) for m in _case_blind_matches(
                re.compile(rf"(?i:\b{re.escape(short)})\.? ({name})"), head, short)]
        found = [(start, phrase) for start, phrase in found if not self._title_case_line(start)]
        if not found:
            return None
        start, phrase = max(found)
        phrase = phrase.removesuffix("'s").removesuffix("’s")  # ('Gov. Lisa Fontaine's plan': her)
        if phrase.endswith(".") and not self._abbreviation_before(phrase, len(phrase) - 1):
            phrase = phrase[:-1]  # ('… met Governor Sam Holt. The governor said': the sentence's full stop)
        if is_anonymous(phrase, self.lex) or len(name_keys(phrase, self.lex)) < 2:
            return None
        entity = self._entity_for(phrase, start)
        return entity if entity is not None and entity.type in ("person", "official") else None

    def _title_case_line(self, at: int) -> bool:
        """English: offset `at` lies in a line of three words or more, three in four of them capitalised: a
        headline in Title Case ('Senator Slams Bank CEO'), whose capitalised words after a title are no name."""
        end = self.text.find("\n", at)
        line = self.text[self.text.rfind("\n", 0, at) + 1:end if end >= 0 else len(self.text)]
        words = line.split()
        return len(words) >= 3 and 4 * sum(w[:1].isupper() for w in words) >= 3 * len(words)

    def _after_first_name(self, word: Token) -> bool:
        """Arabic: the word is written somewhere in the text right after a first name ('فيصل الحسن')."""
        names = self.lex.female_names_or_male_names
        for run in runs_before(self.text, word.text, len(self.text), False):
            before = _words(run)
            if before and before[-1].key in names:
                return True
        return False

    def _described_only(self, words: tuple[Token, ...]) -> bool:
        """Arabic: a person named by common nouns alone, every word with the article or a preposition
        ('المعلم', 'الطالب', 'المشرفة على المبنى', 'المستوطنين اليهود'): someone the story leaves unnamed."""
        if self.lex.lang != "ar" or not words or not words[0].key.startswith("ال") \
                or " ".join(w.key for w in words) in self.lex.latter_words:
            return False  # ('الأخيرة' with no known name before it: someone named, not found)
        if len(words) == 1 and (words[0].key.endswith(("يه", "ي")) or self._after_first_name(words[0])):
            return False  # ('السعودية': a country's name; 'الزغلامي', 'الحسن' after 'فيصل الحسن': surnames)
        if words[0].text.startswith(("أل", "إل")):
            return False  # ('ألمانيا', 'ألبانيا': a name that opens with 'أل'; the article is written 'ال')
        if len(words) > 1 and _bare(words[0].key, self.lex) in self.lex.professions | {
                "ال" + p for p in self.lex.professions}:
            return False  # ('المهندس المجلي': a trade and a surname)
        firsts = self.lex.female_names_or_male_names
        return all(w.key.startswith("ال") or (w.key in self.lex.prepositions
                                               and not (w.key in firsts and w.text.endswith("ي"))) for w in words) \
            and not any(w.key in self.lex.pronouns for w in words)

    def _surname_of(self, word: Token, at: int) -> Entity | None:
        """English: a one-word mention that the registry knows as no person ('Hill': The Hill) is rather the surname
        of a person named in full before it ('Trumpeter Marcus Hill', 'Sen. Jo Hill'), quoted or not."""
        named = self._same_person({word.key})
        if named is not None and named.type in ("person", "official") and len(named.names) > 1 \
                and _words(named.canonical)[-1].key == word.key:
            return named  # (a name that ends with the word)
        fuller = self._fuller_mention(word.text, at)
        if fuller is None or len(_words(fuller)) < 2 or (self.registry and self.registry.match(fuller)):
            return None
        names = name_keys(fuller, self.lex)
        if len(names) < 2 or guess_type(fuller, self.lex) not in ("person", "official"):
            return None
        return self._remember(Entity(fuller, guess_type(fuller, self.lex), False, names, title_keys(fuller, self.lex)))

    def _highness_before(self, at: int) -> Entity | None:
        """Arabic: the latest 'الشيخ'/'الأمير' and the name after it, or 'سمو' and the title after it ('سمو ولي
        العهد'), in the 1,500 characters before `at`."""
        window = [t for t in self._window(max(0, at - 1500), at) if t.is_word]
        k = next((k for k in range(len(window) - 1, -1, -1) if window[k].key in ("الشيخ", "الامير")
                  or (window[k].key == "سمو" and k + 1 < len(window) and window[k + 1].key not in ("الشيخ", "الامير")
                      and not window[k + 1].key.startswith("ال"))
                  or (window[k].key == "ولي" and k + 1 < len(window) and window[k + 1].key == "العهد"
                      and not any(window[m].key in ("الشيخ", "الامير", "سمو") for m in range(max(0, k - 8), k)))),
                 None)  # ('الأمير محمد بن سلمان ولي العهد': the prince named before his title)
        if k is None:
            return None
        if window[k].key == "ولي":  # "… ألقاها نيابة عنه ولي العهد. وأعرب سموه عن …": the crown prince
            title = self.text[window[k].start:window[k + 1].end]
            return self._by_title(title_keys(title, self.lex), at) or self._remember(
                Entity(title, "official", False, name_keys(title, self.lex), title_keys(title, self.lex)))
        if window[k].key == "سمو":  # "سمو ولي العهد", "سمو نائب الحاكم": the title after 'سمو'
            end = k + 2
            while end < len(window) and end - k <= 3 and window[end].key.startswith("ال") \
                    and window[end].start - window[end - 1].end <= 1:
                end += 1
            title = self.text[window[k + 1].start:window[end - 1].end]
            entry = self.registry.match(title) if self.registry else None
            if entry is not None:
                return self._remember(Entity(entry.canonical, entry.type, entry.anonymous, {entry.canonical.lower()}))
            return self._by_title(title_keys(title, self.lex), at) or self._remember(
                Entity(title, "official", False, name_keys(title, self.lex), title_keys(title, self.lex)))
        if k + 1 >= len(window) or window[k + 1].start - window[k].end > 1:
            return None
        end = k + 2  # the first name, then 'بن راشد', 'آل نهيان', a surname of origin ('النعيمي')
        connectors = self.lex.name_connectors | {"ال", "آل"}
        while end < len(window) and end - k <= 7 and window[end].start - window[end - 1].end <= 1:
            if window[end].key in connectors and end + 1 < len(window):
                end += 2
            elif window[end].key.startswith("ال") and window[end].key.endswith("ي"):  # ('النعيمي'; not 'الوفد')
                end += 1
            else:
                break
        phrase = self.text[window[k].start:window[end - 1].end]
        entry = self.registry.match(phrase) if self.registry else None
        if entry is not None:
            return self._remember(Entity(entry.canonical, entry.type, entry.anonymous, {entry.canonical.lower()}))
        return self._same_person(name_keys(phrase, self.lex)) or self._remember(
            Entity(phrase, "official", False, name_keys(phrase, self.lex), title_keys(phrase, self.lex)))

    def _excellency_before(self, at: int) -> Entity | None:
        """Arabic: the latest 'معالي' in the 1,500 characters before `at`, the title after it ('وزير الزراعة
        والمياه'), an honorific ('المهندس') and the name after that ('فهد بن ناصر العتيبي')."""
        window = [t for t in self._window(max(0, at - 1500), at) if t.is_word]
        k = next((k for k in range(len(window) - 2, -1, -1) if window[k].key == "معالي"), None)
        if k is None or window[k + 1].key.startswith("ال"):
            return None
        end = k + 2  # the title's head, then its definite words ('الزراعة', 'والمياه')
        while end < len(window) and end - k <= 5 and window[end].key.lstrip("و").startswith("ال") \
                and window[end].key not in self.lex.honorifics:
            end += 1
        title_end = end
        if end < len(window) and window[end].key in self.lex.honorifics:
            end += 1
        if end < len(window) and not window[end].key.startswith("ال"):
            end += 1  # the first name, then 'بن ناصر', a surname of origin ('العتيبي')
            connectors = self.lex.name_connectors | {"ال", "آل"}
            while end < len(window) and end - k <= 10:
                if window[end].key in connectors and end + 1 < len(window):
                    end += 2
                elif window[end].key.startswith("ال") and (window[end].key.endswith("ي") or self._written_alone_again(
                        window[end])):
                    end += 1  # ('فهد الجلاجل … وأضاف الجلاجل': a surname the article writes alone too)
                else:
                    break
        else:
            end = title_end
        phrase = self.text[window[k + 1].start:window[end - 1].end]
        return self._same_person(name_keys(phrase, self.lex)) or self._remember(
            Entity(phrase, "official", False, name_keys(phrase, self.lex), title_keys(phrase, self.lex)))

    def _written_alone_again(self, word: Token) -> bool:
        """Arabic: the definite word is written again elsewhere in the article right after a cue verb ('وأضاف
        الجلاجل'): a surname, not a common noun."""
        for found in re.finditer(re.escape(word.text) + r"(?!\w)", self.text):
            before = [t for t in self._window(max(0, found.start() - 20), found.start()) if t.is_word]
            if found.start() != word.start and before and (before[-1].key in self.lex.cues
                                                           or _bare(before[-1].key, self.lex) in self.lex.cues):
                return True
        return False

    def _same_again(self, words: tuple[Token, ...]) -> Entity:
        """'المصدر ذاته': the source just cited, unless its head is another noun and an unnamed source with this
        head was cited before it ('كشف مصدر حزبي … وقال وزير المالية … وأضاف المصدر ذاته': the party source)."""
        latest = self.recent[-1]
        first = _words(latest.canonical)[:1]
        if len(words) == 1 and first and words[0].key.startswith("ال") and first[0].key not in (
                words[0].key, words[0].key[2:]):
            return self._same_unnamed(words) or latest
        return latest

    def _official_just_cited(self, words: tuple[Token, ...]) -> Entity | None:
        """Arabic: a definite title alone that would otherwise leave its holder unnamed ('المسؤول', 'المسؤولة'),
        with no unnamed one cited before, is the named official who spoke last, of the same gender; so is one
        with an adjective written in that official's title too ('المسؤول الأممي' after 'المبعوث الأممي …')."""
        if self.lex.lang != "ar" or len(words) not in (1, 2) or not words[0].key.startswith("ال") \
                or words[0].key not in self.lex.titles or not self.speakers:
            return None
        latest: Entity | None = self.speakers[-1]
        if len(words) == 2:  # (the latest such official, past unnamed ones of other adjectives)
            adjective = words[1].key
            stem = adjective[2:-1]  # ('المسؤول الجماعي' after 'رئيس جماعة مراكش': the noun the adjective is of)
            latest = next((e for e in reversed(self.speakers) if not e.anonymous and e.type == "official"
                           and any(w.key == adjective or _bare(w.key, self.lex).removesuffix("ه") == stem
                                   for w in _words(e.canonical))), None) \
                if adjective.startswith("ال") and adjective.endswith("ي") and len(stem) > 2 else None
        if latest is None:
            return None
        first = _words(latest.canonical)[:1]
        if latest.anonymous or not first:
            return None
        feminine = words[0].key.endswith("ه")
        if latest.type == "official" and first[0].key.endswith("ه") == feminine:
            return latest
        return self._official_of_gender(feminine) if len(words) == 1 else None

    def _named_official_meant(self, words: tuple[Token, ...]) -> Entity | None:
        """English 'The official said' with no unnamed official cited before (`_same_unnamed` found none): the
        latest named official among the last few speakers ('Safety inspector Olivia Grant'), past people of no
        office ('Mine manager Peter Voss'); None when the article cited anyone unnamed before."""
        if self.lex.lang != "en" or len(words) != 2 or words[0].key != "the" or words[1].key != "official" \
                or any(e.anonymous for e in self.entities):
            return None  # ('A senior official, who spoke on condition of anonymity, …': the one 'the official' is)
        for entity in reversed(self.speakers[-_GENDER_REACH:]):
            if entity.anonymous:
                return None
            if entity.type == "official" and len(entity.names) > 1:
                return entity
        return None

    def _official_of_gender(self, feminine: bool) -> Entity | None:
        """Arabic 'وقالت المسؤولة' after a woman official and then a man (or an expert, no official) spoke: the
        latest named official among the last few speakers whose title or first name has the title's gender (None
        when none has, or when an unnamed speaker came between: the title may be that one's)."""
        for entity in reversed(self.speakers[-_GENDER_REACH:]):
            if entity.anonymous:
                return None
            if entity.type == "official" and self._named_with_gender(entity, feminine) \
                    and not self._named_with_gender(entity, not feminine):
                return entity
        return None

    def _group_of(self, words: tuple[Token, ...]) -> Entity | None:
        """English 'one of them', 'One of those', 'neither of them': one of the latest unnamed group cited ('Two
        people familiar with the negotiations', 'three officials'), unnamed as they are."""
        if self.lex.lang == "ar" and len(words) == 1 and words[0].key in self.lex.one_of_them:
            return next((e for e in reversed(self.entities[-6:])
                         if e.anonymous and _plural_group(e.canonical, self.lex)),
                        None)  # "وقال أحدهم" after "مسؤولون إسرائيليون": one of them, unnamed as they are
        if self.lex.lang != "en" or len(words) != 3 or words[0].key not in self.lex.quantifiers \
                or words[1].key != "of" or words[2].key not in ("them", "those"):
            return None
        anonymous = self.lex.anonymous
        return next((e for e in reversed(self.entities) if e.anonymous and any(
            w.key in anonymous and (w.key.endswith("s") or w.key == "people") for w in _words(e.canonical)[:4])),
            None)

    def _same_unnamed(self, words: tuple[Token, ...]) -> Entity | None:
        """Arabic: a definite unnamed-source noun alone ('المسؤول', 'المصدر') refers to the latest unnamed
        source with that head ('مسؤول في وزارة الدفاع'); English 'the people', 'the officials': the latest
        unnamed source described with that plural noun ('three people familiar with the matter'); 'the diplomat':
        one of the latest introduced with 'a' and that noun ('a senior diplomat')."""
        if self.lex.lang == "en" and len(words) == 2 and words[0].key == "the" and words[1].text.islower() \
                and words[1].key.endswith(("s", "ple")):
            return next((e for e in reversed(self.entities) if e.anonymous and words[1].key in {
                w.key for w in _words(e.canonical)[1:4]} and _words(e.canonical)[0].key != "the"), None)
        if self.lex.lang == "en" and len(words) == 2 and words[0].key == "the" and words[1].text.islower():
            return next((e for e in reversed(self.entities[-4:]) if e.anonymous and _words(e.canonical)[0].key in (
                "a", "an") and (words[1].key in {w.key for w in _words(e.canonical)[1:4]}
                                or _words(e.canonical)[-1].key == words[1].key)), None)  # 'the diplomat'
            # after 'a senior diplomat told AFP': the same one, among the latest sources (or its head noun, past
            # more words: 'the aide' after 'A senior Senate Republican aide said')
        if self.lex.lang == "ar" and 2 <= len(words) <= 3 and all(w.key.startswith("ال") for w in words):
            return self._same_unnamed_described(words)
        if self.lex.lang != "ar" or len(words) != 1:
            return None
        key = words[0].key
        if key.startswith("ل") and not key.startswith(("لل", "ال")):
            key = "ا" + key  # "ووفقا للمصدر": the article that the cue's لـ took ('لمصدر' is 'المصدر')
        if not key.startswith("ال"):
            return None
        head = key[2:]
        for entity in reversed(self.entities):
            first = _words(entity.canonical)[:1]
            if entity.anonymous and first and first[0].key in (head, key):
                return entity
        return self._one_of_latest_group(key)

    def _same_unnamed_described(self, words: tuple[Token, ...]) -> Entity | None:
        """Arabic 'وأضاف المسؤول الأمريكي', 'المصدر الأمني': a definite unnamed-source noun with its definite
        adjectives refers to the latest unnamed source written with that noun first and those adjectives among its
        words ('مسؤول أمريكي', 'مصدر أمني رفيع'), among the latest speakers; a named person or official quoted since
        may be the one it describes, and ends the search."""
        head, rest = words[0].key, {w.key[2:] for w in words[1:]}
        for entity in reversed(self.speakers[-6:]):
            if not entity.anonymous and entity.type in ("person", "official"):
                return None
            found = _words(entity.canonical)
            if entity.anonymous and found and found[0].key in (head, head[2:]) \
                    and rest <= {w.key[2:] if w.key.startswith("ال") else w.key for w in found[1:]}:
                return entity
        return None

    def _one_of_latest_group(self, noun: str) -> Entity | None:
        """Arabic: the latest speaker when it is one of a group left unnamed ('أحد الوسطاء') whose broken plural
        holds the consonants of the definite singular `noun` ('الوسيط', 'الشاهد'; not 'الطبيب'): that one."""
        latest = self.speakers[-1] if self.speakers else None
        opening = _words(latest.canonical)[:2] if latest is not None else ()
        if latest is None or not latest.anonymous or len(opening) != 2 or opening[0].key not in ("احد", "احدي") \
                or not opening[1].key.startswith("ال") or not noun.startswith("ال"):
            return None
        consonants = set(noun[2:]) - set("اويه")
        return latest if consonants and consonants <= set(opening[1].key[2:]) else None

    def _body_named_inside(self, words: tuple[Token, ...]) -> Entity | None:
        """Arabic: one definite word that a recent body's name holds after its head, glued to 'لل' or not
        ('وتوقعت الأرصاد' after 'المديرية العامة للأرصاد الجوية'): that body."""
        if self.lex.lang != "ar" or len(words) != 1 or not words[0].key.startswith("ال"):
            return None
        key = words[0].key
        for entity in reversed(self.speakers[-6:]):
            if entity.type in ("government", "organization") and any(
                    w.key == key or (w.key.startswith("لل") and "ال" + w.key[2:] == key)
                    for w in _words(entity.canonical)[1:]):
                return entity
        return None

    def _body_spoken_for(self, words: tuple[Token, ...], mention: str) -> Entity | None:
        """Arabic: one definite body noun ('الوزارة', 'الحكومة') whose body was named only in a recent speaker's
        mention, after 'باسم' ('المتحدث باسم وزارة الصحة المصرية حسام عبد الغفار', 'المتحدثة باسم الحكومة الفرنسية
        …'): that body, read to its genitive and adjectives of origin (the spokesman's name is no part of it)."""
        if self.lex.lang != "ar" or len(words) != 1 or not words[0].key.startswith("ال") \
                or guess_type(mention, self.lex) not in ("government", "organization"):
            return None
        head = _bare(words[0].key, self.lex)
        for entity in reversed(self.speakers[-6:]):
            named = _words(entity.canonical)
            at = next((k + 1 for k in range(len(named) - 2) if named[k].key == "باسم" and (
                (named[k + 1].key == head and named[k + 2].key.startswith("ال"))
                or named[k + 1].key == words[0].key)), None)  # ('باسم الحكومة الفرنسية': the word itself)
            if at is None:
                continue
            end = at + 1 if named[at].key.startswith("ال") else at + 2  # ('وزارة الصحة': its genitive)
            while end < len(named) and named[end].key.startswith("ال") and named[end].key.endswith(("ي", "يه")):
                end += 1  # (its adjectives of origin, 'المصرية'; not 'المعترف بها دوليا', a clause about it)
            body = entity.canonical[named[at].start:named[end - 1].end]
            entry = self.registry.match(body) if self.registry else None
            if entry is not None:
                return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                             {entry.canonical.lower()} | name_keys(body, self.lex)))
            return self._remember(Entity(body, guess_type(body, self.lex), False,
                                         name_keys(body, self.lex) | name_keys(mention, self.lex)))
        return None

    def _same_head(self, words: tuple[Token, ...], names: set[str], documents: bool = True) -> Entity | None:
        """Arabic: 'الوزارة' after 'وزارة الصحة': the article read off leaves 'وزارة', which the registry's clitic
        rule reads, written without it, as 'و' + 'زارة'; compare it that way too. So too 'لوكالة' after 'وفقا ل':
        'للوكالة' whose article's لام the cue took."""
        if self.lex.lang != "ar" or len(words) != 1 or not (words[0].key.startswith("ال") or (
                words[0].key.startswith("ل") and not words[0].key.startswith("لل"))):
            return None
        read = {_bare(n, self.lex) for n in names}
        return self._same_person(read, documents=documents) if read != names else None

    def _body_written_before(self, head: Token, at: int) -> Entity | None:
        """Arabic: a definite body noun alone ('الدار', 'الهيئة') that no speaker before was named with: the body
        last written before it with that noun and definite words after it ('دار الإفتاء المصرية'), cited or not."""
        found = self._body_noun_before(head, at)
        return self._body_at(found[0], found[1], head) if found is not None else None

    def _body_noun_before(self, head: Token, at: int) -> tuple[list[Token], int] | None:
        """Arabic: for a definite body noun alone ('الوزارة'), the window of the 3,000 characters before `at` and
        the index in it of the latest word of that noun with definite words or a known name after it ('وزارة
        الداخلية', 'بيان لوزارة الصحة', 'تقرير لمنظمة أوبك'); None when there is none."""
        bodies = self.lex.government_or_organizations
        if self.lex.lang != "ar" or not head.key.startswith("ال") or head.key not in bodies \
                or head.key[2:] not in bodies:
            return None
        window = self._window(max(0, at - 3000), at)
        noun = head.key[2:]
        named = {a for a, _, _ in self.names[search_left(self.name_starts, max(0, at - 3000)):
                                              search_left(self.name_starts, at)]}
        starts = [k for k in range(len(window) - 1) if window[k].is_word and noun in (window[k].key, _bare(
            window[k].key, self.lex), window[k].key[1:] if window[k].key[:1] in ("ل", "ب") else "")
                  and (window[k + 1].key.startswith("ال") or window[k + 1].start in named
                       or any(window[k].start <= a < window[k].end for a in named))]
        # ('بيان لوزارة الصحة … وقالت الوزارة'; 'تقرير لمنظمة أوبك … وتوقعت المنظمة': a known name after the noun)
        return (window, starts[-1]) if starts else None

    def _clause_subject_at(self, window: list[Token], k: int) -> bool:
        """Arabic: the word at `window[k]` opens its clause ('… . وزارة الداخلية أرسلت') or follows the verb that
        opens it ('… . وأرسلت وزارة الداخلية فرقا', '…، أرسلت وزارة …'): the clause's subject, not an object or a
        genitive ('إلى مستشفيات وزارة الدفاع')."""
        def opens(i: int) -> bool:
            return i < 0 or not window[i].is_word
        if opens(k - 1):
            return True
        verb = window[k - 1]
        return opens(k - 2) and not verb.key.startswith("ال") and verb.key not in self.lex.prepositions \
            and verb.key not in self.lex.government_or_organizations

    def _body_at(self, window: list[Token], k: int, head: Token, subject: bool = False) -> Entity:
        """Arabic: the body `_body_noun_before` found at `window[k]` (`subject`: a verb's, its object after it)."""
        first = window[k]
        noun = head.key[2:]
        glued = first.key != noun and not first.key.startswith("ال")  # ('ووزارة': its 'و'; 'البنك': the name's own)
        definite = first.key.endswith("ال" + noun) and len(first.key) <= len(noun) + 3  # ("أدانت المملكة العربية
        # السعودية الهجوم … وقالت المملكة": the article kept, the conjunction ('والمملكة') dropped, and only
        # adjectives after it: a plain noun is the verb's object)
        return self._body_phrase(window, k, first.start + glued, head, definite=definite, subject=subject)

    def _body_written_since(self, cited: Entity, head: Token, at: int) -> Entity | None:
        """Arabic: 'وطالبت الوزارة' after 'وقالت وزارة الصحة …' and then 'وأرسلت وزارة الداخلية فرقا …': a body of
        that noun written (not as a bare 'الوزارة') after the body last cited with it, and not inside the words
        that body itself went on to say ('وقالت وزارة الصحة إن فرقها تعمل مع وزارة الداخلية. وأضافت الوزارة': the
        speaker goes on), and never cited itself: the nearest one, not the one cited."""
        found = self._body_noun_before(head, at)
        if found is None:
            return None
        window, k = found
        start = window[k].start
        if start <= self.last_cited.get(id(cited), at) or window[k].key.startswith("ال") \
                or (cited is self.last and self.reported is not None and self.reported[0] <= start < self.reported[1]) \
                or not self._clause_subject_at(window, k):
            return None
        body = self._body_at(window, k, head, subject=True)
        return body if body.type == cited.type and not body.anonymous and id(body) not in self.last_cited else None
        # (one cited itself is weighed by `_main_body`: the one cited most)

    def _body_phrase(self, window: list[Token], k: int, start: int, head: Token | None = None,
                     alone: bool = False, definite: bool = False, subject: bool = False) -> Entity:
        """Arabic: the body whose noun is `window[k]` (its text from `start`, past a clitic glued to it), with the
        definite words and the name after it ('دار الإفتاء المصرية', 'جامعة الملك سعود'; `alone`: the noun
        only): the one cited before with those names, the registry's, or a new one."""
        last = k if alone else k + 1
        definite = definite or window[k].key.startswith("ال")
        if definite and not alone and last < len(window) and window[last].key.startswith("ال") \
                and not self._describes(window[last]):
            last = k  # ('قرر البنك الإبقاء على …': a definite noun's object, no part of its name)
        while last + 1 < len(window) and last - k < 3 and window[last + 1].key.startswith("ال") \
                and window[last + 1].is_word and window[last + 1].key not in self.lex.prepositions \
                and not ((definite or (subject and last > k)) and not self._describes(window[last + 1])):
            last += 1  # (not 'إلى', 'الى' once folded; after a definite head, its adjectives only: 'البنك
            # المركزي الأردني'; after a verb's subject and its genitive too: 'واستقبلت هيئة الموانئ السفن …')
        if definite and not alone and last > k and window[last].key.startswith("ال") and last + 1 < len(window) \
                and window[last + 1].is_word and window[last + 1].key.startswith("لل") \
                and window[last + 1].start - window[last].end < 3:
            last += 1  # ('المركز الوطني للإحصاء', 'المجلس الأعلى للقضاء': after its adjective, what the body is for)
            if last + 1 < len(window) and window[last + 1].is_word and window[last + 1].key.startswith("وال") \
                    and window[last + 1].start - window[last].end < 3:
                last += 1  # ('… للإحصاء والمعلومات')
        while last + 1 < len(window) and last - k < 4 and window[last + 1].is_word \
                and (window[last].key in self.lex.honorifics or window[last].key in self.lex.titles) \
                and window[last + 1].key not in self.lex.prepositions and window[last + 1].start - window[last].end < 3:
            last += 1  # ('جامعة الملك سعود', 'مؤسسة الشيخ زايد': a title, then the name it bears)
        while last > k + 1 and window[last].key in self.lex.relatives:
            last -= 1  # ('وزارة التموين التي نفت …': the relative opens a clause on the body, no part of it)
        phrase = self.text[start:window[last].end]  # ('ووزارة': without its 'و')
        keys = name_keys(phrase, self.lex)
        heads = name_keys(head.text, self.lex) if head is not None else set()
        known = self._same_person(keys)
        if known is not None and known.type != "document":
            return known  # (not 'تقرير لمنظمة العفو الدولية', the body's report)
        entry = self.registry.match(phrase) if self.registry else None
        if entry is not None:
            return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                         {entry.canonical.lower()} | keys | heads))
        return self._remember(Entity(phrase, guess_type(phrase, self.lex), False, keys | heads))

    def _document_antecedent(self, key: str, at: int) -> Entity | None:
        """Arabic: a definite outlet noun alone ('الصحيفة', 'الوكالة') refers to the latest outlet of the
        registry named before it; a definite document noun alone ('البيان', 'التقرير') to the latest named
        speaker, who issued it."""
        bare = _bare(key, self.lex)
        inside = self.reported is not None and self.reported[0] <= at < self.reported[1]
        if self.lex.lang != "ar" or not key.startswith("ال") or inside:
            return None  # ("قال المحافظ إن التقرير أظهر أن …": a report he speaks of, not his)
        if (key not in self.lex.documents and bare not in self.lex.documents) \
                or key in self.lex.norms:
            return None  # ('القانون', 'الاتفاق': a rule, no one's statement)
        if bare in self.lex.outlet_nouns:  # (not 'الوثيقة' after 'وثيقة اطلعت عليها رويترز': the
            entry = self._latest_outlet(at)  # document, which the agency only saw)
            quoted = self._quoted_outlet_before(bare, at) if bare in self.lex.outlet_nouns else None
            if quoted is not None and quoted[0] > self._latest_outlet_start(at):  # 'ونقلت صحيفة "الخبر" عن
                phrase = quoted[1]  # خبراء … وأضافت الصحيفة': a paper the registry does not know, named before
                return self._same_person(name_keys(phrase, self.lex)) or self._remember(
                    Entity(phrase, "media", False, name_keys(phrase, self.lex)))
            if entry is None:
                return None
            return self._remember(Entity(entry.canonical, entry.type, entry.anonymous, {entry.canonical.lower()}))
        for e in reversed(self.recent):
            head = _words(e.canonical)[:1]
            if e.type == "document" and head and head[0].key in (key, key[2:]):
                return e  # "وفق بيان لمجلس القضاء الأعلى … وأشار البيان": that very statement
            if not e.anonymous and e.type != "document" \
                    and not any(_bare(w.key, self.lex) == bare for w in _words(e.canonical)[1:]):
                break  # (not past "الباحث الرئيسي في الدراسة …", someone named by that very document)
        cited = next((e for e in reversed(self.speakers) if e.type == "document"
                      and _words(e.canonical)[:1] and _words(e.canonical)[0].key in (key, key[2:])), None)
        if cited is not None:  # "كشفت وثائق مسربة أن … وقال النائب …. وبحسب الوثائق، فإن": the documents that
            return cited  # spoke before, not the speaker who came between
        issuer = next((e for e in reversed(self.speakers) if not e.anonymous and e.type != "document"), None)
        if issuer is None or issuer.type in ("person", "official"):
            body = self._issuer_near_document(bare, at)
            if body is not None:  # "وخلصت الدراسة" after "دراسة أجرتها جامعة …" and a minister's words: the
                return body  # university, not the minister who spoke last
        if issuer is not None and issuer.type in ("person", "official") and not self._written_before(bare, at):
            return None  # ("قال الرئيس … وأشار التقرير، الذي أعدته لجنة مستقلة، …": a person issued no report named
            # before; a body's forecast, 'توقع صندوق النقد … وأشار التقرير', is its report)
        return issuer

    def _issuer_near_document(self, bare: str, at: int) -> Entity | None:
        """Arabic: the body named with the latest document noun `bare` written in the 2,000 characters before
        `at`, in its sentence and at most four words from it: after it first ('دراسة أجرتها جامعة …', 'تقرير
        صادر عن البنك الدولي', 'بيان لوزارة الصحة'), then before it ('أصدر البنك الدولي تقريرا')."""
        window = self._window(max(0, at - 2000), at)
        bodies = self.lex.government_or_organizations
        named = {a: entry for a, _, entry in self.names[search_left(self.name_starts, max(0, at - 2000)):
                                                         search_left(self.name_starts, at)]}
        k = next((k for k in range(len(window) - 1, -1, -1) if window[k].is_word and any(
            key.startswith(bare) and len(key) - len(bare) <= 2 for key in (window[k].key, _bare(window[k].key,
                                                                                              self.lex)))), None)
        if k is None:
            return None
        order = [j for j in range(k + 1, min(len(window), k + 6))] + [j for j in range(k - 1, max(-1, k - 6), -1)]
        prepositions = self.lex.prepositions
        for j in order:
            between = [t for t in window[min(j, k) + 1:max(j, k)] if t.text.strip()]
            if any(not t.is_word for t in between):
                continue  # (another clause or sentence)
            if j > k and any(t.key.startswith("ال") or (t.key in prepositions and not (
                    t.key == "عن" and n and between[n - 1].key in self.lex.issued_by)) for n, t in enumerate(between)):
                continue  # ('دراسة أجرتها جامعة', 'تقرير صادر عن البنك'; not 'تقرير قدمه إلى البرلمان', its reader)
            if j < k and (any(t.key in prepositions for t in between)
                          or (j > 0 and window[j - 1].is_word and window[j - 1].key in prepositions)):
                continue  # ('أصدر البنك الدولي تقريرا'; not 'قدم الوزير أمام البرلمان تقريرا')
            t = window[j]
            if not t.is_word:
                continue
            entry = named.get(t.start)
            if entry is not None and entry.type not in ("person", "official", "document"):
                return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                             {entry.canonical.lower()} | name_keys(entry.canonical, self.lex)))
            key = t.key
            clitic = key[:1] in ("ل", "ب", "و") and key[1:] in bodies and key not in bodies
            if key not in bodies and not clitic:
                continue
            nxt = window[j + 1] if j + 1 < len(window) else None
            alone = nxt is None or not nxt.is_word or not (nxt.key.startswith("ال") or nxt.start in named) \
                or nxt.key in self.lex.prepositions or nxt.key in self.lex.relatives
            return self._body_phrase(window, j, t.start + clitic, None, alone)
        return None

    def _latest_outlet_start(self, at: int) -> int:
        """Where the latest agency or medium of the registry named before `at` starts (-1: none)."""
        return next((a for a, _, entry in reversed(self.names[:search_left(self.name_starts, at)])
                     if entry.type in CONDUIT_TYPES), -1)

    def _quoted_outlet_before(self, bare: str, at: int) -> tuple[int, str] | None:
        """Arabic: the latest outlet noun `bare` with a quoted name right after it ('صحيفة "الخبر"') in the 2,000
        characters before `at`: where the noun starts and the phrase, without a clitic glued to it ('لصحيفة')."""
        window = [t for t in self._window(max(0, at - 2000), at) if t.is_word]
        for k in range(len(window) - 2, -1, -1):
            t, name = window[k], window[k + 1]
            if _bare(t.key, self.lex) != bare or self.text[t.end:name.start].strip() not in ('"', "«", "“"):
                continue
            close = next((j for j in range(name.start, min(at, name.start + 60)) if self.text[j] in '"»”'), None)
            if close is None:
                continue
            start = t.start + max(0, len(t.text) - len(bare))
            return start, self.text[start:close + 1]
        return None

    def _written_before(self, bare: str, at: int) -> bool:
        """Arabic: the document noun (its key without the article) was written in the 2,000 characters before
        `at` ('أصدرت الوزارة بيانا … وأوضح البيان', 'في تقرير لها')."""
        for t in self._window(max(0, at - 2000), at):
            if t.is_word and any(key.startswith(bare) and len(key) - len(bare) <= 2  # ('بيانا', 'تقريرها', 'ببيان')
                                 for key in (t.key, _bare(t.key, self.lex))):
                return True
        return False

    def _name_of_with_head(self, head: Token, at: int) -> Entity | None:
        """English 'the Bank said' after 'the Bank of Elandia', 'the Ministry' after 'the Ministry of Health': an
        article and a capitalised body noun refer to the name it last opened with 'of' after it, in the text
        before."""
        if head.key not in self.lex.government_or_organizations:
            return None
        found = list(re.finditer(rf"\b{re.escape(head.text)} of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*",
                                 self.text[:at]))
        if not found:
            return None
        phrase = re.sub(r"['’]s$", "", found[-1].group(0))
        keys = name_keys(phrase, self.lex)
        known = self._same_person(keys)
        if known is not None and keys <= known.names:
            return known  # (the same name cited before: 'The Ministry of Health said …')
        entry = self.registry.match(phrase) if self.registry else None
        if entry is not None:
            return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                         {entry.canonical.lower()} | name_keys(phrase, self.lex)))
        return self._remember(Entity(phrase, guess_type(phrase, self.lex), False, name_keys(phrase, self.lex)))

    def _describes(self, word: Token) -> bool:
        """Arabic: a definite word that can be an adjective after a definite body noun: a relative adjective
        ('المركزي', 'الأردنية') or a listed one ('المتحدة', 'العليا'); not a verbal noun ('الإبقاء')."""
        key = word.key
        return word.is_word and (key.endswith(("ي", "يه", "يين", "يون")) or key in self.lex.adjectives
                                 or key in self.lex.comparatives)

    def _body_antecedent(self, words: tuple[Token, ...], at: int) -> Entity | None:
        """English 'the agency', 'the airline', 'the union': an article and a lower-case head noun of a body refer
        to a name ending with that noun where it was last written ('Northstar Airlines', 'the Obama
        administration'), else to the latest source cited who is not unnamed, if that is a body no other body
        noun describes."""
        head = words[1]
        if words[0].key == "the" and head.text[:1].isupper() and not head.text.isupper():
            return self._name_of_with_head(head, at)
        if words[0].key != "the" or not head.text.islower():
            return None
        if head.key in self.lex.outlet_nouns:  # 'The paper said' after 'According to newspaper Marca'
            return next((e for e in reversed(self.recent[-4:]) if e.type in CONDUIT_TYPES), None)
        if head.key not in self.lex.government_or_organizations:
            return None
        body = self.lex.government_or_organizations
        phrase = self._name_with_head(head.key, at)
        if phrase is None and head.key in self.lex.company_heads:
            phrase = self._clause_opening_name(at)  # 'Norvex will cut 500 jobs, the company said'
        if phrase is None:
            opened = self._name_of_with_head(Token(head.start, head.end, head.text.capitalize(), head.key, True), at)
            if opened is not None:  # 'the ministry said' after 'The Ministry of Health recalled …', 'the bank' after
                return opened  # 'the Bank of Elandia'
        if phrase is not None:
            entry = self.registry.match(phrase) if self.registry else None
            if entry is not None:
                return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                             {entry.canonical.lower()} | name_keys(phrase, self.lex)))
            kind = guess_type(phrase, self.lex)
            return self._remember(Entity(phrase, "organization" if kind == "person" else kind, False,
                                         name_keys(phrase, self.lex)))  # ('the team': a body, not a person)
        if head.key not in self.lex.referring_heads:
            return None  # ('the government', 'the police': a body of its own, not the one just quoted)
        allowed = ("government", "organization", "news_agency") if head.key in self.lex.government \
            else ("organization",)
        stem = head.key.rstrip("s")
        named_before = [e for e in reversed(self.recent[-4:]) if not e.anonymous and e.type != "document"]
        # ('according to' too; a document is no body: 'The company said' after 'according to LSEG data')
        if not named_before and head.key in self.lex.organizations:
            return self._described_body(at, head.key in self.lex.company_heads)
        same = None if head.key in self.lex.company_heads else next(
            (e for e in named_before if e.type in allowed and _same_head_mention(e.canonical, stem)), None)
        if same is not None:
            return same  # ('the union' after 'The union said …' and a company quoted since: the union again)
        entity = next((e for n, e in enumerate(named_before) if (e.type in allowed or (
            "organization" in allowed and self._one_word_name(e))) and (n == 0 or _names_one(e.canonical))),
            None)  # ('The company said' after 'Harwell
        # Aviation said the navy had confirmed the order': the latest source of this kind, not the navy nor a person
        # quoted in between; 'Ryanair, which said …': a name of one word, read as a person's, may be the company's)
        if entity is not None and entity.type not in allowed:
            entity.type = "organization"  # (a body, as the noun referring back to it says)
        if entity is None and head.key in self.lex.company_heads:
            entity = next((e for e in reversed(self.recent[-_COMPANY_REACH:-4]) if e.type == "organization"
                           and not e.anonymous and _names_one(e.canonical)), None)  # ('The company also said'
            # after its chief and two analysts were quoted: the company quoted before them)
        if entity is None or not entity.names:
            return None  # (the latest named source of the kind only: 'the utility' after 'CenterPoint Energy' is
            # not the one before it)
        named = _words(entity.canonical)
        own = [w for w in named if w.text.islower()]
        if any(w.key in body and w.key.rstrip("s") != stem
               and not (w.key in self.lex.company_heads and head.key in self.lex.company_heads) for w in own) or (
                named[0].key == "the" and len(named) == 2 and named[1].key.rstrip("s") == stem):
            return None  # ('the union representing the pilots' is no company; 'the agency' names no one; 'the
            # company' after 'Cybersecurity firm Norlock' is that firm: heads of a company are one kind)
        if named[-1].key.rstrip(".") in self.lex.company_words \
                and head.key not in self.lex.company_heads:
            return None  # ('the union' after 'Peabody Energy': another body)
        return entity

    def _one_word_name(self, entity: Entity) -> bool:
        """English: a person's entity named by one capitalised word, no title, no first name known as one: perhaps
        a company's name read as a person's ('Ryanair')."""
        words = _words(entity.canonical)
        return entity.type == "person" and not entity.titles and len(words) == 1 and words[0].text[:1].isupper() \
            and words[0].key not in self.lex.female_names_or_male_names

    def _clause_opening_name(self, at: int) -> str | None:
        """English: the capitalised name (with 'The' before it at most) opening the sentence whose clause a
        comma closes right before `at`, a lower-case verb after it ('The Blue Jays placed …, the team
        announced'), if 'The' opens it, the registry knows it as a body, or a company word ends it (or ends its
        fuller form written before); None when it is a person's (a first name, a registered person, one already
        quoted as one, a title)."""
        start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        sentence = self.text[start:at].lstrip()
        m = re.match(r"(?:The )?([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) ([a-z][\w'’]*)", sentence)
        if m is None or not sentence.rstrip().endswith(",") or sentence.count(",") != 1:
            return None
        verb = m.group(2)
        if not (verb in self.lex.finite_auxiliaries or verb.endswith("ed")):
            return None  # ('The Indonesian pilot was …': an adjective and its noun, no name and its verb)
        name = m.group(1)
        words = _words(name)
        if words[0].key in self.lex.determiners or (m.group(0).startswith("The ") and len(words) == 1
                                                             and not words[0].key.endswith("s")):
            return None  # ('The plant will …'; 'The Lakers', 'The Blue Jays': a name in the plural)
        entry = self.registry.match(name) if self.registry else None
        if words[0].key in self.lex.female_names_or_male_names \
                or (entry is not None and entry.type in ("person", "official")) \
                or self._same_person(name_keys(name, self.lex)) is not None or is_anonymous(name, self.lex) \
                or any(w.key in self.lex.titles for w in words):
            return None
        if m.group(0).startswith("The ") or (entry is not None and entry.type not in ("person", "official")) \
                or (len(words) > 1 and words[-1].key.rstrip(".") in self.lex.company_words):
            return name  # 'The Blue Jays' (without its article), a registered body, 'Norvex Holdings'
        return self._company_named(name, at) if len(words) == 1 else None  # 'Norvex' after 'Norvex Holdings'

    def _described_body(self, at: int, company: bool = False) -> Entity | None:
        """English 'The company said' when no named source was quoted before it: the latest capitalised name
        written after a lower-case noun of a company ('Photo-sharing app Snapframe has pulled …', 'rival chipmaker
        Arm'), in the last two thousand characters; with `company` (the head noun may be a company's), the latest
        name ending with a company word ('Norvex Holdings reported …') if that is later."""
        base = max(0, at - 2000)
        words = [t for t in self._window(base, at) if t.is_word]
        found: tuple[int, int] | None = None
        for k in range(len(words) - 1):
            if words[k].key in self.lex.organizations and words[k].text.islower() \
                    and words[k + 1].text[:1].isupper() and words[k + 1].start - words[k].end == 1:
                n = k + 1
                while n + 1 < len(words) and words[n + 1].text[:1].isupper() and words[n + 1].start - words[n].end == 1:
                    n += 1
                found = words[k + 1].start, words[n].end
        named = self._company_name_before(base, at) if company else None
        if named is not None and (found is None or named[0] > found[0]):
            found = named  # 'Norvex Holdings reported …. The company said …' (not 'the union')
        if found is None:
            return None
        name = self.text[found[0]:found[1]]
        entry = self.registry.match(name) if self.registry else None
        if entry is not None:
            return self._remember(Entity(entry.canonical, entry.type, entry.anonymous, {entry.canonical.lower()}))
        return self._remember(Entity(name, "organization", False, name_keys(name, self.lex)))

    def _company_name_before(self, base: int, at: int) -> tuple[int, int] | None:
        """English: the span of the latest name of two or more capitalised words ending with a company word
        ('Norvex Holdings', 'Kestrel Mining Corp') in text[base:at]."""
        words = [t for t in self._window(base, at) if t.is_word]
        for k in range(len(words) - 1, 0, -1):
            if words[k].key.rstrip(".") in self.lex.company_words and words[k].text[:1].isupper() \
                    and words[k - 1].text[:1].isupper() and words[k].start - words[k - 1].end == 1:
                n = k - 1
                while n > 0 and words[n - 1].text[:1].isupper() and words[n].start - words[n - 1].end == 1 \
                        and words[n - 1].key not in self.lex.determiners:
                    n -= 1
                return words[n].start, words[k].end
        return None

    def _company_named(self, word: str, at: int) -> str | None:
        """English: the company name opening with `word` written before `at` ('Talvera Corp' for 'Talvera')."""
        pattern = re.compile(rf"\b{re.escape(word)}((?: [A-Z][\w&-]*){{1,3}})")
        window = self.text[max(0, at - 4000):at]
        for m in literal_matches(pattern, window, word):
            words = m.group(1).split()
            if words[-1].lower().rstrip(".") in self.lex.company_words \
                    and not (window[m.end():m.end() + 1] == " " and window[m.end() + 1:m.end() + 2].isupper()):
                return m.group(0)  # (not where the capitalised words run on: 'Clinton Hid Past Health Problems', a
                # headline in title case, names no company)
        return None

    def _name_with_head(self, head: str, at: int) -> str | None:
        """The capitalised name ending with `head` (or its plural or singular) where that noun was last written
        before `at`: 'Northstar Airlines' for 'airline', 'World Health Organization' for 'organization'; None if
        there it names nothing ('Trump's presidential campaign') or it was not written in the last few
        thousand characters."""
        stem, base = head[:-1] if head.endswith("s") else head, max(0, at - 4000)
        last = None
        for m in _word_matches(stem, self.text[base:at]):
            last = base + m.end()
        return self._name_ending_at(last) if last is not None else None

    def _name_ending_at(self, end: int) -> str | None:
        """English: the capitalised words (and connectors inside them) before the word ending at `end`, with it;
        None if there are none, or only one word opening a sentence before a lower-case noun ('Rival company')."""
        window = self._window(max(0, end - 120), end)
        k = len(window) - 2
        while k >= 0 and len(window) - k < 8 and window[k].is_word and not _placed_adjective(window[k].text) and (
                (window[k].text[:1].isupper() and window[k].key not in self.lex.determiners)
                or (window[k].key in self.lex.name_connectors and k < len(window) - 2)):
            k -= 1  # (not 'Shares of the Chicago-based company': 'Chicago-based' describes the firm, names none)
        while k + 1 < len(window) - 1 and window[k + 1].key in self.lex.name_connectors:
            k += 1
        if k + 1 >= len(window) - 1:
            return None
        opening = k < 0 or (not window[k].is_word and window[k].text in ".!?\n")
        if window[-1].text.islower() and opening and k + 2 == len(window) - 1:
            return None
        return self.text[window[k + 1].start:end]

    def _appositive_match(self, mention: str) -> RegistryEntry | None:
        """The registry entry of one side of a mention with an apposition ('المرشد، علي خامنئي'), the name first."""
        assert self.registry is not None
        parts = [p.strip() for p in mention.replace("،", ",").split(",") if p.strip()]
        for part in reversed(parts):
            entry = self.registry.match(part)
            if entry is not None:
                return entry
        return None

    def _gender(self, mention: str) -> str:
        """'m', 'f' or '' for a mention (`_mention_gender`), remembered per mention for the article: the same
        speakers' names and pronouns are asked about again and again (~2 of 3 calls)."""
        found = self.genders.get(mention)
        if found is None:
            found = self.genders[mention] = self._mention_gender(mention)
        return found

    def _mention_gender(self, mention: str) -> str:
        comma = mention.find(",")  # 'Mark Addison, then her private secretary': the name speaks before the aside
        if comma >= 0:
            return self._gender(mention[:comma]) or self._gender(mention[comma + 1:])
        words = _words(mention)
        if len(words) > 1 and words[0].key in self.lex.possessives:
            words = words[1:]  # 'Her neighbour Colin Tait': the possessive is someone else's gender
        surname = ""
        if len(words) > 1 and words[-1].text[:1].isupper() and words[-2].text[:1].isupper() \
                and words[-2].key not in self.lex.titles and words[-2].key not in self.lex.honorifics:
            surname = words[-1].key  # ('Rosa King', 'Ann Bishop': a surname, no title of a man; not 'King
            # Charles', 'Mr King')
        # (each word looked up in place: compiled, a set of the keys and its intersections cost more than the lookups)
        male_words, female_words = self.lex.male_words, self.lex.female_words
        male = any(t.key in male_words and t.key != surname for t in words)
        female = any(t.key in female_words and t.key != surname for t in words)
        if not male and not female:  # 'Laura Chen', 'Analyst Mark Davis of Bernstein': a first name before a last
            first = [t.key for t, after in pairwise(words) if t.text[:1].isupper() and after.text[:1].isupper()]
            male_names, female_names = self.lex.male_names, self.lex.female_names
            male, female = any(k in male_names for k in first), any(k in female_names for k in first)
            if not first and words and not words[0].text.isascii():
                return self._arabic_first_name_gender(words)
        elif male and female:
            return self._arabic_first_name_gender(words)
        return "m" if male and not female else "f" if female and not male else ""

    def _arabic_first_name_gender(self, words: Sequence[Token]) -> str:
        """Arabic 'هالة سعيد', 'الوزيرة سلمى حامد': a mention whose first name (its first word after its trade or
        office, with a word after it) is only a woman's or only a man's: that name decides (the second word, the
        father's name, may be a man's name in a woman's); '' otherwise ('والد هالة سعيد': no first name leads;
        'سعيد' alone may be her surname)."""
        roles = self.lex.professions_or_titles
        k = 0
        while k + 1 < len(words) and (words[k].key in roles or (k > 0 and words[k].key.startswith("ال"))):
            k += 1  # ('الباحثة', 'مديرة المدرسة': her trade or office, and its genitive)
        if k + 1 >= len(words) or words[k].text.isascii():
            return ""
        key = words[k].key
        female, male = key in self.lex.female_names, key in self.lex.male_names
        return "" if female == male else "f" if female else "m"

    def _relative_antecedent(self, at: int) -> Entity | None:
        """English: 'Brazil, which last week declared …', 'Marc Morial, who said …', 'Ann Ruiz — who has called
        for …': the capitalised name right before the comma or dash that opens the relative clause."""
        tag = _PARTY_TAG_BEFORE.search(self.text, max(0, at - 24), at)
        if tag is not None:
            at = tag.start() + 1  # 'Sen. Harold Pike, R-Ind., who …': the senator before his party tag
        before = [t for t in self._window(max(0, at - 120), at)]
        if before and before[-1].is_word:
            return self._restrictive_antecedent(before)
        if len(before) < 2 or before[-1].text not in _RELATIVE_OPENERS:
            return None
        k = len(before) - 2
        while k >= 0 and before[k].is_word and before[k].text[:1].isupper():
            k -= 1
        if k == len(before) - 2:  # 'The agency, which said …', 'the mayor, who …': a short described noun phrase
            article = next((m for m in range(len(before) - 3, max(-1, len(before) - 8), -1)
                            if before[m].key in ("the", "a", "an")), None)
            if article is not None and _verb_among(before[article + 1:-1], self.lex):
                article = None  # ('The plan was backed by farmers, who …': the article opens another phrase)
            if article is None:
                article = next((m for m in range(len(before) - 3, max(-1, len(before) - 6), -1)
                                if before[m].key in _POSSESSIVE_DETERMINERS), None) \
                    or _bare_plural_start(before, self.lex)  # ('her brother, who …', 'backed by farmers, who …')
            if article is None or not all(w.is_word or w.text in "'’" for w in before[article:-1]) \
                    or any(self._finite_verb(w) for w in before[article + 2:-1]):
                return None  # ("the secretary of state's office, which said …"; 'The ruling angered farmers, who')
            k = article - 1
        first, last = before[k + 1], before[-2]
        return self._entity_for(self.text[first.start:last.end], first.start)

    def _restrictive_antecedent(self, before: list[Token]) -> Entity | None:
        """English 'economists who say …', 'several downtown business owners who said …': a lower-case noun that
        alone leaves a source unnamed (anonymous.txt) right before 'who', with up to three lower-case modifiers
        before it (a determiner or quantifier opens the phrase; a verb, a preposition, a conjunction or a pronoun
        stops it), is the one the relative clause is about."""
        head = before[-1]
        if head.key in self.lex.generic_heads and head.text[1:].islower():
            return self._entity_for(head.text, head.start)  # 'Those who said …', 'anyone who says …': unnamed
        if not head.text.isalpha() or not head.text[1:].islower() or head.key not in self.lex.anonymous \
                or (head.text[0].isupper() and len(before) > 1 and before[-2].text not in ".!?\"“”"):
            return None  # ('Critics who say …' opens a sentence)
        k = len(before) - 1
        quantifiers = self.lex.determiners_or_quantifiers
        while k > 0 and len(before) - k <= 3 and before[k].key not in quantifiers and before[k].text.islower():
            word = before[k - 1]
            if not word.is_word or not word.text.replace("-", "").isalpha() \
                    or not (word.text.islower() or word.key in quantifiers) \
                    or word.key in self.lex.prepositions or word.key in self.lex.leading_conjunctions \
                    or word.key in self.lex.pronouns or word.key in self.lex.content_blockers \
                    or _verb_among(before[k - 1:k], self.lex):
                break
            k -= 1
        return self._entity_for(self.text[before[k].start:head.end], before[k].start)

    def _finite_verb(self, word: Token) -> bool:
        """A lower-case past ('angered', 'drew') or finite auxiliary: a clause's verb, which no noun phrase holds."""
        key = word.key
        return word.text.islower() and ((key.endswith("ed") and len(key) > 4)
                                        or key in self.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts)

    def _latter(self, at: int) -> Entity | None:
        """'نفت الأخيرة ذلك', 'the latter said': the last known name before the mention, within the sentence
        before it or its own (not the speaker of that sentence, who is named first)."""
        own = max(self.text.rfind(c, 0, at) for c in ".!?؟\n")
        start = max(self.text.rfind(c, 0, own) for c in ".!?؟\n") + 1 if own > 0 else 0
        before = [n for n in self.names[:search_left(self.name_starts, at)] if n[0] >= start and n[1] <= at]
        if not before:
            return None
        a, b, entry = before[-1]
        for entity in reversed(self.entities):
            if entity.canonical == entry.canonical:
                return entity
        return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                     {entry.canonical.lower()} | name_keys(self.text[a:b], self.lex)))

    def _named_before(self, at: int) -> Entity | None:
        """Arabic: 'ورغم أن فابيوس كان من المتشددين، فإنه نفى …': a known person named earlier in the pronoun's
        own sentence is what it refers to."""
        if self.lex.lang != "ar":
            return None
        start = max(self.text.rfind(c, 0, at) for c in ".!?؟\n") + 1
        people = [e for e in reversed(self.entities) if not e.anonymous and e.type in ("person", "official")]
        stops = self.lex.pronouns_or_source_stops_or_subject_stops
        words = [t for t in self._window(start, at) if t.is_word]
        for n in range(len(words) - 1, -1, -1):
            t, key = words[n], _bare(words[n].key, self.lex)
            if t.key in stops or key in stops or (n and words[n - 1].key in self.lex.source_stops):
                continue  # "… إلى كيم، ولكنها": a name after a preposition is no subject to refer back to
            for entity in people:
                if key in entity.names:
                    return entity
            named = self._first_name_phrase(words, n, at)
            if named is not None:
                return named
            fuller = self._fuller_mention(t.text, t.start) if not t.key.startswith("ال") else None
            titled = next((w for w in _words(fuller) if title_keys(w.text, self.lex)), None) if fuller else None
            if fuller and titled:  # "يزور وزير الخارجية الفرنسي لوران فابيوس" earlier on: from the title
                phrase = fuller[titled.start:]
                entry = self.registry.match(phrase) if self.registry else None
                if entry is not None:
                    return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                                 {entry.canonical.lower()} | name_keys(phrase, self.lex)))
                if len(name_keys(phrase, self.lex)) > 1:
                    return self._remember(Entity(phrase, guess_type(phrase, self.lex), False,
                                                 name_keys(phrase, self.lex), title_keys(phrase, self.lex)))
        return None

    def _interviewee(self, at: int) -> Entity | None:
        """Arabic 'التقت الصحيفة رئيسة البلدية سلمى القاسم …' before the first 'ج: …', English 'Mayor Lena Torres
        sat down with the Tribune …' before the first 'A: …': the first first name written before the answer,
        outside a short credit line ('حاورها: كريم ناصر'), with the surname after it and a title up to four words
        before it, is the one interviewed."""
        firsts = self.lex.female_names_or_male_names
        roles = self.lex.professions_or_titles
        start = 0
        while start < at:
            end = self.text.find("\n", start, at)
            end = at if end < 0 else end
            words = [t for t in self._window(start, end) if t.is_word]
            if len(words) > 4 and ":" not in self.text[start:end].rstrip()[-1:]:
                for n, w in enumerate(words):
                    titled = n > 0 and (words[n - 1].text[:1].isupper() and words[n - 1].key in roles
                                        if self.lex.lang == "en" else words[n - 1].key in self.lex.honorifics
                                        and not w.key.startswith("ال") and w.key not in roles)
                    # ('Mayor Lena Torres'; 'الدكتورة سناء المصري': a title of address before a name)
                    if (w.key not in firsts and not titled) or n + 1 >= len(words) or (
                            not titled and w.key in self.lex.prepositions) or not (  # ('على الصورة': not 'علي')
                            (words[n + 1].key.startswith("ال") or self._surname_after(w.key, words[n + 1].key))
                            if self.lex.lang == "ar"
                            else w.text[:1].isupper() and words[n + 1].text[:1].isupper()
                            and not words[n + 1].text.isupper()):
                        continue
                    first = next((k for k in range(n - 1, max(-1, n - 5), -1) if words[k].key in roles
                                  or _bare(words[k].key, self.lex) in roles), n)
                    phrase = self.text[words[first].start:words[n + 1].end]
                    return self._remember(Entity(phrase, guess_type(phrase, self.lex), False,
                                                 name_keys(phrase, self.lex), title_keys(phrase, self.lex)))
            start = end + 1
        return self._capitalised_opening(at)

    def _surname_after(self, first: str, key: str) -> bool:
        """Arabic: a word after a known first name that can be the surname without the article ('حنان بلخي',
        'كريم نصار'): not a word of the lists of stops, prepositions, roles, and not itself a first name
        ('محمد علي' is read as one person only when a surname follows)."""
        lex = self.lex
        return first in lex.female_names_or_male_names and len(key) > 2 and key not in lex.prepositions \
            and key not in lex.pronouns_or_source_stops_or_subject_stops and key not in lex.professions_or_titles \
            and key not in lex.female_names_or_male_names and key not in lex.honorifics

    def _capitalised_opening(self, at: int) -> Entity | None:
        """English 'Dana Whitlock has spent twenty years …' before the first 'A: …', with a first name no list
        holds: two capitalised words opening a paragraph of more than four words, a lower-case word after them."""
        if self.lex.lang != "en":
            return None
        start = 0
        while start < at:
            end = self.text.find("\n", start, at)
            end = at if end < 0 else end
            words = [t for t in self._window(start, min(end, start + _OPENING_NAME_WINDOW)) if t.is_word][:3]
            if len(words) == 3 and len(self.text[start:end].split()) > 4 \
                    and all(w.text[:1].isupper() and not w.text.isupper() for w in words[:2]) \
                    and words[2].text[:1].islower() and words[0].key not in self.lex.determiners \
                    and words[1].key not in self.lex.titles and guess_type(
                        phrase := self.text[words[0].start:words[1].end], self.lex) == "person":
                return self._remember(Entity(phrase, "person", False, name_keys(phrase, self.lex), set()))
            start = end + 1
        return None

    def _opening_person(self, at: int, cue: str, after: int = 0) -> Entity | None:
        """Arabic 'التقى الوزير خالد منصور نظيره … . وأضاف أن …': a cue with no subject and no one cited before
        it carries the person whose name (a first name of the cue's gender, titles before it) follows the verb
        opening the sentence before it."""
        start = max(self.text.rfind(c, 0, at) for c in ".!?؟\n") + 1
        if self.text[start:at].strip() or start == 0:
            return None  # (the cue opens its sentence)
        end = _stripped_end(self.text, start, " \t\n.!?؟")
        begin = max(self.text.rfind(c, 0, end) for c in ".!?؟\n") + 1
        if begin < after or any(q in self.text[begin:end] for q in "\"“”«»"):
            return None
        words = [t for t in self._window(begin, end) if t.is_word]
        names = self.lex.female_names if cue.rstrip().endswith("ت") else self.lex.male_names
        roles = self.lex.professions_or_titles
        stops = self.lex.pronouns_or_source_stops_or_subject_stops
        for n in range(1, min(len(words), 5)):
            key = words[n].key
            if key in names:
                last = n + 1 if n + 1 < len(words) and words[n + 1].key not in stops | roles \
                    and not words[n + 1].text.endswith("ه") else n
                phrase = self.text[words[1].start:words[last].end]
                short = self.text[words[1].start:words[n].end]  # ("وانتقد سالم أداء الحكومة" after "النائب سجاد
                # سالم": the surname of the man named before, not a new 'سالم أداء')
                return self._same_person(name_keys(phrase, self.lex)) or (
                    self._same_person(name_keys(short, self.lex)) if last > n else None) or self._remember(Entity(
                    phrase, guess_type(phrase, self.lex), False, name_keys(phrase, self.lex),
                    title_keys(phrase, self.lex), "f" if names is self.lex.female_names else ""))
            role = key in roles or _bare(key, self.lex) in roles
            if not (role or key.startswith("ال")) or key.startswith(_GLUED_ARTICLE):
                return self._opening_title(words, n, cue)  # ('التقى نظيره …': the verb's subject is no named person)
            if role and n > 1 and words[n - 1].key.startswith("ال") and _bare(words[n - 1].key, self.lex) in roles:
                return None  # ('استقبل الرئيس الوزير سامي عيسى': the name is the object's, not the subject's; which
                # of the two goes on is left open)
        return self._opening_title(words, min(len(words), 5), cue)

    def _adjective_word(self, key: str) -> bool:
        """Arabic: a definite adjective after a title ('الفرنسي', 'العراقية', 'السابق'): a relative adjective (-ي,
        -ية) or one listed."""
        return key.startswith("ال") and (key.endswith(("ي", "يه")) or key in self.lex.adjectives)

    def _opening_title(self, words: list[Token], n: int, cue: str) -> Entity | None:
        """Arabic 'استقبل رئيس الوزراء وفدا من النقابات. وقال إن …', 'التقى الوزير بالسفير. وأكد أن …': the
        sentence before opens with a verb and a title with no name (its definite genitive or adjectives at most,
        words[1:n]), of the cue's gender: that title holder, as 'وقال رئيس الوزراء' would be."""
        roles, stops = self.lex.titles, self.lex.pronouns_or_source_stops_or_subject_stops
        if n < 2 or not (words[1].key in roles or _bare(words[1].key, self.lex) in roles) \
                or cue.rstrip().endswith("ت") != words[1].key.endswith("ه"):
            return None  # ('وقالت' after 'الوزير' is someone else)
        end = next((k for k in range(2, n) if words[k].key in stops or words[k].key.startswith(_GLUED_ARTICLE)
                    or not (self._adjective_word(words[k].key)
                            or (k == 2 and not words[1].key.startswith("ال")))), n)
        # (not 'إلى' after 'وصل الرئيس', nor 'بالسفير', nor the object of 'استقبل الرئيس الفرنسي الضيوف')
        return self._entity_for(self.text[words[1].start:words[end - 1].end], words[1].start)

    def _body_before_described(self, at: int) -> Entity | None:
        """Arabic "وأغلقت الوزارة ثلاثة مصانع، في خطوة قالت إنها …": a cue right after a preposition and an
        indefinite noun (the step it describes) carries the body written after the verb opening its sentence."""
        start = max(self.text.rfind(c, 0, at) for c in ".!?؟\n") + 1
        window = self._window(start, at)
        words = [t for t in window if t.is_word]
        if len(words) < 4 or words[-2].key not in self.lex.prepositions or words[-1].key.startswith("ال") \
                or words[-1].key in self.lex.prepositions or words[-1].text.endswith(POSSESSIVE_ENDINGS) \
                or self.text[words[-1].end:at].strip() or self.text[words[-2].end:words[-1].start].strip():
            return None  # (not '"عن كثب"، مضيفا': the preposition, the noun and the cue follow each other)
        named = {a: e for a, _, e in self.names[search_left(self.name_starts, start):
                                                 search_left(self.name_starts, at)]}
        for n in range(1, min(5, len(words) - 2)):  # (past a dateline: 'الرباط - قرر مجلس بنك المغرب …')
            if words[n - 1].key.startswith("ال") and words[n - 1].key not in self.lex.cities:
                continue  # (the verb opening the clause comes first)
            entry = named.get(words[n].start)
            if entry is not None and entry.type not in ("person", "official", "document"):
                return self._remember(Entity(entry.canonical, entry.type, entry.anonymous,
                                             {entry.canonical.lower()} | name_keys(entry.canonical, self.lex)))
            if words[n].key not in self.lex.government_or_organizations:
                continue
            first = next(k for k, t in enumerate(window) if t is words[n])
            nxt = window[first + 1] if first + 1 < len(window) else None
            alone = nxt is None or not nxt.is_word or nxt.key in self.lex.prepositions \
                or not (nxt.key.startswith("ال") or nxt.start in named
                        or nxt.key in self.lex.government_or_organizations)  # ('مجلس بنك المغرب')
            return self._body_phrase(window, first, words[n].start, None, alone)
        return None

    def _first_name_phrase(self, words: list[Token], n: int, at: int) -> Entity | None:
        """Arabic 'من جانبها، رحبت الدكتورة سارة الحربي بالنتائج، لكنها لفتت': a first name earlier in the
        pronoun's sentence, with its title before it and a surname of origin after it, is the person it refers
        to, when the pronoun's gender allows ('لكنها': a woman)."""
        key = words[n].key
        male, female = key in self.lex.male_names, key in self.lex.female_names
        if not (male or female):
            return None
        pronoun = self.text[at:at + 12].split(None, 1)[0] if self.text[at:at + 12].strip() else ""
        feminine = pronoun.endswith(("ها", "هي"))
        if (feminine and not female) or (not feminine and pronoun.endswith(("ه", "هو")) and not male):
            return None
        roles = self.lex.professions_or_titles
        first = n - 1 if n > 0 and (words[n - 1].key in roles or _bare(words[n - 1].key, self.lex) in roles) else n
        last = n + 1 if n + 1 < len(words) and words[n + 1].key.startswith("ال") else n
        phrase = self.text[words[first].start:words[last].end]
        return self._remember(Entity(phrase, guess_type(phrase, self.lex), False, name_keys(phrase, self.lex),
                                     title_keys(phrase, self.lex), "f" if feminine else ""))

    def _previous_subject(self, at: int, pronoun: str) -> Entity | None:
        """English '… Library director Omar Reyes welcomed the decision. "…," he said.': a sentence that opens
        with a quotation and 'he/she said' after one that opens with a name (two capitalised words or more, a
        lower-case title before them allowed) and a verb that reports nothing: the pronoun is that person."""
        gender = self._gender(pronoun)
        if self.lex.lang != "en" or not gender:
            return None
        para = self.text.rfind("\n", 0, at) + 1
        quote = max(self.text.rfind(q, para, at) for q in "\"“")
        if quote < 0:
            return None
        opening = self.text.rfind("\"", para, quote) if self.text[quote] == "\"" else self.text.rfind("“", para, quote)
        start = opening if opening >= 0 else quote
        if start <= para or self.text[start - 1] not in " \t":
            return None
        last = _stripped_end(self.text, start)  # (0: nothing but spaces before it, and '' is in any string)
        if self.text[last - 1:last] not in ".!?":
            return None
        sentence = self.text[para:start].rstrip()
        ends = [m.end() for m in _SENTENCE_END.finditer(sentence, 0, len(sentence) - 1)]
        words = [t for t in self._window(para + (ends[-1] if ends else 0), para + len(sentence)) if t.is_word]
        relative = _DESCRIBED_RELATIVE.match(sentence, ends[-1] if ends else 0)
        if relative is not None:
            return self._named_relative(relative, para, gender)
        unnamed = _UNNAMED_RELATIVE.match(sentence, ends[-1] if ends else 0)
        if unnamed is not None and self._gender(unnamed.group(1)) == gender and (
                unnamed.group(2) not in self.lex.cues or not sentence[unnamed.end():].strip(" .!")):
            return self._entity_for(unnamed.group(1), para + unnamed.start(1))  # 'Her husband, a nurse, agreed.
            # "…," he said.': that relative, described and never named (a pronoun of the other gender is not his;
            # a cue with nothing after it reports nothing)
        words = self._after_opening_phrase(words, para + (ends[-1] if ends else 0), para + len(sentence))
        k = 0
        while k < len(words) and (words[k].text[:1].isupper() or words[k].key in self.lex.titles):
            k += 1  # 'Library director Omar Reyes', 'coach Marco Bellini'
        capitalised = [w for w in words[:k] if w.text[:1].isupper()]
        if len(capitalised) == 1 and k == 1 and len(words) > 1 and self._known_surname(capitalised[0]) and (
                words[1].key in self.lex.adverbs or words[1].key.endswith("ed")
                or words[1].key in self.lex.auxiliaries):  # (not 'Clinton communication director …')
            capitalised.append(capitalised[0])  # 'Albright also joked …': the surname of a person named before
        lone = self._lone_name_verb(words, gender, pronoun) if len(capitalised) == 1 and k == 1 else 0
        if lone:
            capitalised.append(capitalised[0])  # 'Trump, for his part, took to Twitter.', 'Webb apologized …'
        verb = k + 1 if k + 1 < len(words) and words[k].text.isdigit() and len(words[k].text) <= 3 else lone or k
        if verb + 1 < len(words) and words[verb].key in self.lex.finite_auxiliaries:
            verb += 1  # ('Mr Hughes, 52, has run the shop …': an age after the name, an auxiliary before the verb)
        if len(capitalised) < 2 or verb >= len(words) or not words[verb].text.islower() \
                or (words[verb].key in self.lex.cues and not lone) \
                or not words[k - 1].text[:1].isupper() or words[0].key in self.lex.determiners:
            return None
        phrase = self.text[words[0].start:words[k - 1].end]
        entity = self._entity_for(phrase, words[0].start)
        if entity is None or entity.anonymous or entity.type not in ("person", "official") \
                or entity.gender not in ("", gender) or self._gender(phrase) not in ("", gender):
            return None
        entity.gender = entity.gender or self._gender(phrase)  # ('Mr Farouk': not 'she' later on)
        return entity

    def _lone_name_verb(self, words: list[Token], gender: str, pronoun: str) -> int:
        """English: the index of the verb of a sentence opened by one capitalised word that is that person's
        doing — after an aside of the pronoun's gender ('Trump, for his part, took …': 'his' in a comma-closed
        aside of four words at most; a verb that may cue is that person's as well: 'Jones, for his part, left …') or,
        with no earlier speaker of that gender, right after the name and in the past ('Webb apologized in court.');
        0 for none."""
        if len(words) < 3 or not words[1].text.islower():
            return 0
        if self.text[words[0].end:words[1].start].strip() == ",":
            close = next((i for i in range(2, min(6, len(words)))
                          if self.text[words[i - 1].end:words[i].start].strip() == ","), 0)
            mine = any(w.key in self.lex.possessives and self._gender(w.text) == gender for w in words[1:close])
            return close if mine else 0
        past = words[1].key.endswith("ed") \
            and not any(len(form.keys) == 1 for form in self.lex.cues.get(words[1].key, ()))
        # (a verb that only opens a longer cue is no cue alone: 'Webb apologized in court', not 'apologized for …')
        return 1 if past and self._antecedent(pronoun) is None else 0

    def _after_opening_phrase(self, words: list[Token], start: int, end: int) -> list[Token]:
        """English 'For 38 years, Agnes Merrow has climbed …', 'In the kitchen, Tom Reilly …': the words after the
        comma that closes a short opening phrase (a preposition, an opening word or a subordinator first), where
        the sentence's subject starts; the words unchanged when there is none."""
        if not words or (words[0].key not in self.lex.prepositions
                         and words[0].key not in self.lex.content_blockers_or_opening_words_or_subordinators):
            return words
        comma = next((t for t in list(self._window(start, end))[:12] if t.text == ","), None)
        return words if comma is None else [w for w in words if w.start > comma.start]

    def _named_relative(self, relative: re.Match[str], para: int, gender: str) -> Entity | None:
        """English 'His wife, Leila, nods. "…," she says.': the person named between commas after a relative's
        description ('His wife'), when the description's gender does not contradict the pronoun's."""
        name = relative.group(1).strip()
        described = relative.group(0)[:relative.end(1) - relative.start(0)]
        entity = self._entity_for(name, para + relative.start(1))
        if entity is None or entity.anonymous or entity.type not in ("person", "official") \
                or entity.gender not in ("", gender) or self._gender(described) not in ("", gender):
            return None
        entity.gender = entity.gender or self._gender(described)
        return entity

    def _body_opening_before(self, at: int, pronoun: str) -> Entity | None:
        """English 'The company, Westvale Water, apologized. In a statement, it said …': 'it' after a sentence of
        its paragraph that opens with 'The', a lower-case noun of a body (organizations, government) and a
        capitalised name between commas is that body."""
        if self.lex.lang != "en" or pronoun != "it":
            return None
        para = self.text.rfind("\n", 0, at) + 1
        head = self.text[para:at]
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(head)]
        if len(starts) < 2:
            return None
        m = _DESCRIBED_BODY.match(head[starts[-2]:starts[-1]])
        body = self.lex.government_or_organizations
        if m is None or m.group(1).lower() not in body:
            return None
        return self._entity_for(m.group(2), para + starts[-2] + m.start(2))

    def _sentence_before(self, at: int) -> tuple[int, list[int], str]:
        """The start of the paragraph `at` is in, the starts of its sentences up to `at` (from the paragraph's
        start; an abbreviation's full stop ends none) and the part of the last one before `at`."""
        para = self.text.rfind("\n", 0, at) + 1
        head = self.text[para:at]
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(head) if not self._abbreviation_before(head, m.start())]
        return para, starts, head[starts[-1]:]

    def _unquoted_sentence_before(self, at: int) -> tuple[int, list[int], str] | None:
        """`_sentence_before`, None when a quotation mark stands in the part of the sentence before `at` (the
        pronoun may be the quoted speaker's)."""
        para, starts, own = self._sentence_before(at)
        if any(q in own for q in "\"“”"):
            return None
        return para, starts, own

    def _gendered_name_before(self, at: int, pronoun: str) -> Entity | None:
        """English 'Gov. Chris Dalton called Senator Hillary Moss a disgrace after she said …', 'Critics seized on
        Mr. Baxter's remarks, in which he said …', 'Ms. Reyes has been candid in her admission that …': 'he',
        'she', 'his' or 'her' at `at` refers to the one person of its gender named in its own sentence before it
        (`_one_named_of_gender`). With no one named so there, and no claim since the sentence before in its
        paragraph, the one named so in that sentence ('Peter Hall met the minister, Sara Quinn. Asked about the
        deal, she said …'). A pronoun after an opening phrase ('Asked about Mr. Lowe, he said …') is not the one
        that phrase names."""
        gender = self._gender(pronoun)
        if self.lex.lang != "en" or not gender or pronoun not in _GENDERED_PRONOUNS:
            return None
        para, starts, own = self._sentence_before(at)
        if own.lstrip()[:1] in _QUOTE_MARKS:
            return None  # ('"…," she said': the quoted speaker's)
        found: tuple[str, int] | bool | None = None
        if not own.rstrip().endswith(","):
            found = self._one_named_of_gender(para + starts[-1], at, gender)
        if found is None and len(starts) > 1 and (self.reported is None
                                                  or self.reported[1] <= para + starts[-2]):
            previous = self.text[para + starts[-2]:para + starts[-1]]
            if not any(q in previous for q in _QUOTE_MARKS):
                found = self._one_named_of_gender(para + starts[-2], para + starts[-1], gender)
        if not isinstance(found, tuple):
            return None
        return self._person_of_gender(found[0], found[1], gender)

    def _person_of_gender(self, mention: str, at: int, gender: str) -> Entity | None:
        """The named person or official `mention` at `at` stands for, now known to be of `gender` ('m', 'f');
        None when it is no such entity or its gender is another."""
        entity = self._entity_for(mention, at)
        if entity is None or entity.anonymous or entity.type not in ("person", "official") \
                or entity.gender not in ("", gender):
            return None
        entity.gender = gender
        return entity

    def _one_named_of_gender(self, start: int, end: int, gender: str) -> tuple[str, int] | bool | None:
        """English: the one person of `gender` ('m', 'f') named between `start` and `end` outside quotation marks
        — a run of two capitalised words or more whose honorific, title or first name tells it ('Mr. Dan Pruitt',
        'Senator Hillary Moss') — and where the name starts; False when two are named so, or a pronoun of that
        gender stands there (the chain is the pronoun's); None when no one is."""
        words = [t for t in self._window(start, end) if t.is_word]
        found: tuple[str, int] | None = None
        quotes = 0
        n = 0
        while n < len(words):
            w = words[n]
            quotes += sum(self.text.count(q, words[n - 1].end if n else start, w.start) for q in _QUOTE_MARKS)
            if w.key in ("he", "she") and self._gender(w.key) == gender:
                return False  # (not 'Her guest, the writer Lina Torres, …': someone else's)
            k = n
            while k + 1 < len(words) and words[k + 1].text[:1].isupper() \
                    and self.text[words[k].end:words[k + 1].start].strip() in ("", "."):
                k += 1
            if not w.text[:1].isupper() or k == n:
                n += 1
                continue
            first = n
            while first < k and (words[first].key in self.lex.content_blockers_or_opening_words_or_subordinators
                                 or words[first].key in self.lex.determiners
                                 or words[first].key in self.lex.leading_conjunctions):
                first += 1
            last = self.text[words[first].start:words[k].end]
            phrase = last[:-2] if last.endswith(("'s", "’s")) else last
            if k > first and quotes % 2 == 0 and self._conjoined(words, first, k):
                return False  # ('Mr. Reyes and Jane Cole met, and he …': the two of them, the speaker before)
            if k > first and quotes % 2 == 0 and self._gender(phrase) == gender:
                if found is not None and name_keys(found[0], self.lex) != name_keys(phrase, self.lex):
                    return False
                found = (phrase, words[first].start)
            n = k + 1
        return found

    @staticmethod
    def _conjoined(words: list[Token], first: int, last: int) -> bool:
        """English: the name of `words[first:last + 1]` is joined by 'and' or 'or' to a capitalised word ('Mr. Reyes
        and Jane Cole', 'Ann Lee or Mr. Hart')."""
        return (first > 1 and words[first - 1].key in ("and", "or") and words[first - 2].text[:1].isupper()) \
            or (last + 2 < len(words) and words[last + 1].key in ("and", "or")
                and words[last + 2].text[:1].isupper())

    def _subject_after_clause(self, at: int, pronoun: str) -> Entity | None:
        """English 'Though she warned last year that …, Helen Marsh backed it': 'he' or 'she' right after the
        subordinator opening its sentence refers ahead to the name opening the main clause, after the clause's
        comma, when its gender does not contradict the pronoun's."""
        gender = self._gender(pronoun)
        if self.lex.lang != "en" or pronoun not in ("he", "she"):
            return None
        own = self._sentence_before(at)[2]
        words = _words(own)
        if not words or not words[0].text[:1].isupper() \
                or any(w.key not in self.lex.subordinators and w.key != "even" for w in words) \
                or words[-1].key not in self.lex.subordinators:
            return None
        end = next((m.start() for m in _SENTENCE_OR_LINE_END.finditer(self.text, at, at + _CLAUSE_REACH)
                    if not self._abbreviation_before(self.text, m.start())), min(at + _CLAUSE_REACH, len(self.text)))
        comma = self.text.find(",", at, end)
        while comma >= 0:
            cut = comma + 1 + len(self.text[comma + 1:end]) - len(self.text[comma + 1:end].lstrip())
            if _NAME_THEN_LOWER.match(self.text, cut):
                phrase = self._opening_name(self.text[cut:end], cut)
                entity = self._entity_for(phrase, cut) if phrase is not None else None
                if entity is None or entity.anonymous or entity.type not in ("person", "official") \
                        or entity.gender not in ("", gender) or self._gender(phrase or "") not in ("", gender):
                    return None
                return entity
            comma = self.text.find(",", comma + 1, end)
        return None

    def _body_subject_of_sentence(self, at: int, pronoun: str) -> Entity | None:
        """English 'Varro Foods has recalled a sauce it says may contain nuts': 'it' inside the sentence whose
        name it opens (no quotation before the pronoun) is that body when the name is typed as one."""
        if self.lex.lang != "en" or pronoun != "it":
            return None
        found = self._unquoted_sentence_before(at)
        if found is None:
            return None
        para, starts, own = found
        start = para + starts[-1]
        dash = own.find(" — ", 0, _DATELINE_REACH)
        if dash > 0 and own[:dash].isupper():
            own, start = own[dash + 3:], start + dash + 3  # 'PORT ELLIS — Varro Foods …': after the dateline
        phrase = self._opening_name(own, start)
        if phrase is None:
            return None
        entity = self._entity_for(phrase, start)
        return entity if entity is not None and not entity.anonymous and entity.type in _BODY_TYPES else None

    def _known_surname(self, word: Token) -> bool:
        """English: the word is the last of a person's name written in full before ('Albright' after 'Harlow
        Rovers manager Steve Albright')."""
        named = self._same_person({word.key})
        return named is not None and named.type in ("person", "official") and len(named.names) > 1 \
            and _words(named.canonical)[-1].key == word.key

    def _named_subject(self, at: int, pronoun: str) -> Entity | None:
        """English 'Hillary Clinton, for her part, opposes the pact, a deal she once called …' and 'Kaine … is an
        opponent of the death penalty. But as governor he allowed 11 executions, a record that he has said
        troubled him': 'he'/'she' with no quotation before it in its sentence refers to the person whose name
        opens that sentence or, when no capitalised word but its first comes before the pronoun, the person
        whose name opens the sentence before it in the paragraph."""
        gender = self._gender(pronoun)
        if self.lex.lang != "en" or not gender:
            return None
        found = self._unquoted_sentence_before(at)
        if found is None:
            return None
        para, starts, own = found
        phrase, start = self._opening_name(own, para + starts[-1]) or _described_name(own, self.lex), starts[-1]
        if phrase is None:
            phrase = self._subordinate_clause_subject(own, para + starts[-1])  # 'When Minister X stood up, he …'
        if phrase is None and len(starts) > 1 and not any(w.text[:1].isupper() for w in _words(own)[1:]):
            previous = self.text[para + starts[-2]:para + starts[-1]]
            phrase = None if _speech_quoted(previous) else self._opening_name(previous, para + starts[-2]) \
                or _described_name(previous, self.lex)
            start = starts[-2]
        if phrase is None:
            return None
        entity = self._entity_for(phrase, para + start)
        if entity is None or entity.anonymous or entity.type not in ("person", "official") \
                or entity.gender not in ("", gender) or self._gender(phrase) not in ("", gender):
            return None
        return entity

    def _subject_since_claim(self, at: int, pronoun: str) -> Entity | None:
        """English 'Goalie Ian Marsh made 31 saves. He said …', 'Ana Ruiz will lead the firm. Ruiz has run … ¶ In
        an interview, she said …': with no claim after the latest one before it, 'he'/'she' refers to the person
        named as the subject of the nearest sentence before it, in its paragraph or the one before (after an
        opening phrase and its comma at most); a sentence with 'he'/'she' as its subject is passed over to the one
        it refers to (three sentences at most), one with another subject ends the search."""
        gender = self._gender(pronoun)  # ('' for an epithet, 'the Spaniard': either)
        if self.lex.lang != "en" or (pronoun and not gender):
            return None
        para = self.text.rfind("\n", 0, at) + 1
        before = _stripped_end(self.text, para)
        start = self.text.rfind("\n", 0, before) + 1 if before else para
        if self.reported is not None:
            stop = _SENTENCE_END.search(self.text, self.reported[1])
            start = max(start, stop.end() if stop else len(self.text))
        if start >= at:
            return None
        region = self.text[start:at]
        bounds = [0] + [m.end() for m in _SENTENCE_OR_LINE_END.finditer(region)
                        if not self._abbreviation_before(region, m.start())]
        pieces = [(start + a, region[a:b]) for a, b in pairwise(bounds)]  # whole sentences before the pronoun's
        for offset, sentence in reversed(pieces[-3:]):
            if _speech_quoted(sentence):
                return None
            words = _words(sentence)
            if not words:
                continue
            if words[0].key in ("he", "she"):
                if not gender or self._gender(words[0].text) != gender:
                    return None
                continue
            opened = words[0].key in self.lex.content_blockers_or_opening_words_or_subordinators \
                or (words[0].key in self.lex.prepositions and words[0].text[:1].isupper())  # ('For 38 years, …')
            phrase = self._name_after_opening(sentence, offset) if opened \
                else self._opening_name(sentence, offset) or _described_name(sentence, self.lex)
            if phrase is None or "," in phrase:
                return None
            entity = self._entity_for(phrase, offset)
            if entity is None or entity.anonymous or entity.type not in ("person", "official") or (gender and (
                    entity.gender not in ("", gender) or self._gender(phrase) not in ("", gender))):
                return None  # (an epithet, 'The 44-year-old said', has no gender to disagree with hers)
            return entity
        return None

    def _plural_subject_before(self, at: int, pronoun: str) -> Entity | None:
        """English 'Prosecutors had sought 15 years. In a memo, they wrote …', 'The investigators searched the house,
        and they said …': 'they' refers to the unnamed people or the body in the plural that open its own sentence
        before it or, when 'they' is that sentence's subject, the nearest sentence before it (in its paragraph or
        the one before, `_PLURAL_REACH` sentences at most) that opens with such a group or cites one as a speaker
        ('Nurses walked out. Union leader Mark Dobson said …. They said …': past the one person; '…, according to
        show insiders. They said …'), never a single person quoted earlier."""
        if self.lex.lang != "en" or pronoun != "they":
            return None
        para = self.text.rfind("\n", 0, at) + 1
        before = _stripped_end(self.text, para)
        start = self.text.rfind("\n", 0, before) + 1 if before else para
        region = self.text[start:at]
        bounds = [0] + [m.end() for m in _SENTENCE_OR_LINE_END.finditer(region)
                        if not self._abbreviation_before(region, m.start())]
        own = self._plural_opening(region[bounds[-1]:], start + bounds[-1], at)
        last = self.last
        if own is False and last is not None and not self._one_person(last) \
                and start + bounds[-1] <= self.latest_seen.get(id(last), -1) < at:
            return last  # ('Proponents, including …, have urged Congress …, although they say …': the speaker
            # cited earlier in the same sentence, when no one person)
        if isinstance(own, Entity) and last is not None and last is not own and self._several(last) \
                and start + bounds[-1] < self.latest_seen.get(id(last), -1) <= at:
            return last  # ('Nurses said …, and doctors said they had …': the group cited last in the sentence, not
            # the one opening it)
        if own is not None or len(bounds) < 2:
            return own if isinstance(own, Entity) else None
        for a, b in reversed(list(pairwise(bounds))[-_PLURAL_REACH:]):
            found = self._plural_opening(region[a:b], start + a, at)
            cited = next((e for e in reversed(self.recent[-8:]) if self._several(e)
                          and start + a <= self.latest_seen.get(id(e), -1) < start + b), None)
            if cited is not None:
                return cited  # ('Drivers should slow down, the researchers advised. They also …': the group cited
                # in that sentence, not the one opening the words it reports)
            if isinstance(found, Entity):
                return found
        return None

    def _arabic_plural_noun_before(self, at: int, pronoun: str) -> Entity | None:
        """Arabic 'واشتكى الممرضون من …، لكنهم أكدوا …': 'لكنهم', 'إنهم' with no speaker in the plural among the
        last few refer to the latest definite sound plural of people ('ال…ون') in their own sentence or the one
        before, not yet a speaker: people named by their trade, unnamed. None when there is no such word."""
        if self.lex.lang != "ar" or not pronoun.endswith(_AR_PLURAL_PRONOUN_ENDS) \
                or any(self._plural(e) for e in self.speakers[-6:]):
            return None
        start = self.text.rfind(".", 0, max(0, self.text.rfind(".", 0, at)))
        region = self.text[start + 1:at]
        plural = next((w for w in reversed(_words(region)) if w.key.startswith("ال") and w.key.endswith("ون")
                       and len(w.key) > 5 and w.key not in self.lex.pronouns), None)
        if plural is None:
            return None
        return self._remember(Entity(plural.text, "anonymous", True, name_keys(plural.text, self.lex)))

    def _plural_opening(self, sentence: str, offset: int, at: int) -> Entity | bool | None:
        """The entity of the plural noun phrase ('Prosecutors', 'The investigators', 'Two officials') that opens
        `sentence` (after an opening phrase and its comma at most) with a lower-case verb after it; None when the
        sentence opens with 'they' before `at` (look further back), False when it opens with anything else."""
        words = [w for w in _words(sentence) if offset + w.start < at]
        if words and (words[0].key in self.lex.prepositions
                      or words[0].key in self.lex.content_blockers_or_opening_words_or_subordinators):
            comma = sentence.find(",", 0, 80)
            words = [w for w in words if w.start > comma] if comma >= 0 else []
        if not words or words[0].key == "they":
            return None
        head = next((k for k in range(min(4, len(words))) if (words[k].key.endswith("s") and (
            words[k].key in self.lex.anonymous or words[k].key in self.lex.government))
            or words[k].key in self.lex.group_nouns), None)
        trade = head is None and self._plural_trade_opening(sentence, words)
        if trade:
            head = 0  # ('Deckhands at the terminal were …', 'Pharmacists reported …')
        if head is None or any(w.key in self.lex.pronouns or w.key in self.lex.complementizers
                               or self._finite_verb(w) for w in words[:head]):
            return False  # ('It added that parents should …': a clause before the plural, no group opening it)
        last = self._affiliation_end(sentence, words, head + 1) or head
        if last + 1 >= len(words) or not words[last + 1].text.islower() \
                or any(not (w.key in self.lex.determiners_or_quantifiers or w.text.islower() or w.text.isdigit())
                       for w in words[1:head]) \
                or words[last + 1].key in self.lex.name_connectors_or_prepositions:
            return False
        phrase = sentence[words[0].start:words[last].end]  # ('Analysts at Morgan Brothers', 'Residents of the
        # eastern district': the group with where its people are from)
        if trade:  # (people named by their trade alone are unnamed, as 'Analysts' would be)
            return self._remember(Entity(phrase, "anonymous", True, name_keys(phrase, self.lex)))
        entity = self._entity_for(phrase, offset + words[0].start)
        if entity is None or words[head].key not in entity.canonical.lower():
            return False  # ('Proponents' taken for other unnamed people named before: not this group)
        return entity

    def _plural_trade_opening(self, sentence: str, words: list[Token]) -> bool:
        """English 'Deckhands at the Kessel terminal were …', 'Pharmacists reported …': a sentence that opens with a
        capitalised plural (no listed first name, nobody's name before) and an affiliation or a finite verb right
        after it: people named by their trade, as the words of anonymous.txt name them."""
        if len(words) < 2:
            return False
        first = words[0]
        if not (first.text[1:].islower() and _plural_key(first.key) and len(first.key) > 4) \
                or first.key in self.lex.female_names_or_male_names or self._same_person({first.key}) is not None:
            return False
        return self._affiliation_end(sentence, words, 1) is not None or (
            self._finite_verb(words[1]) and not sentence[first.end:words[1].start].strip())

    def _affiliation_end(self, sentence: str, words: list[Token], k: int) -> int | None:
        """English 'Analysts at Morgan Brothers were …', 'Residents of the eastern district complained …': the index
        of the last word of an affiliation (`_AFFILIATIONS`: a lower-case preposition at `k` and up to five words
        of its object, no mark between them) right before the clause's verb (a finite verb or a cue); None when
        there is no such phrase at `k`."""
        if k >= len(words) or words[k].key not in _AFFILIATIONS or not words[k].text.islower():
            return None
        for n in range(k + 1, min(len(words), k + 7)):
            if sentence[words[n - 1].end:words[n].start].strip():
                return None  # ('Residents of the town, many of whom …': a mark ends the phrase before a verb)
            word = words[n]
            if n > k + 1 and words[n - 1].key not in self.lex.determiners \
                    and (self._finite_verb(word) or (word.text.islower() and word.key in self.lex.cues)):
                return n - 1  # (not 'the state water board': a noun after an article)
            if word.key in self.lex.pronouns or word.key in self.lex.subject_stops:
                return None
        return None

    def _name_after_opening(self, sentence: str, at: int) -> str | None:
        """English 'In a speech in Dover, Ohio, Ruiz laid out …': after an opening phrase, the name right after one
        of its commas with a lower-case verb right after it."""
        for comma in re.finditer(",", sentence[:80]):
            rest = sentence[comma.end():]
            cut = comma.end() + len(rest) - len(rest.lstrip())
            if _NAME_THEN_LOWER.match(sentence, cut):
                return self._opening_name(sentence[cut:], at + cut)
        return None

    def _subordinate_clause_subject(self, own: str, at: int) -> str | None:
        """English 'When Housing Minister Gareth Pryce stood up on Monday, he promised …': the name opening a
        subordinate clause that opens the pronoun's sentence and closes with a comma right before the pronoun."""
        words = _words(own)
        if len(words) < 3 or words[0].key not in self.lex.subordinators or not words[0].text[:1].isupper() \
                or not own.rstrip().endswith(",") or own.count(",") != 1:
            return None
        rest = own[words[1].start:]
        phrase = self._opening_name(rest, at + words[1].start)
        return phrase if phrase is not None and len(_words(phrase)) >= 2 else None

    def _abbreviation_before(self, text: str, dot: int) -> bool:
        """'Mr.', 'U.S.', 'J.': the period at `dot` closes an abbreviation or an initial, not a sentence."""
        words = _words(text[max(0, dot - 12):dot + 1])
        if not words:
            return False
        last = words[-1]
        return len(last.text) == 1 or last.key in self.lex.abbreviations \
            or last.key + "." in self.lex.abbreviations

    def _opening_name(self, sentence: str, at: int) -> str | None:
        """The name a sentence (at offset `at`) opens with (two capitalised words or more, one known speaker's
        name, or a surname given in full earlier: 'Hensley did not concede.' after 'challenger Mark Hensley'),
        followed by a comma or a lower-case word other than a conjunction: 'Hillary Clinton, for her part, …',
        'Kaine, a former lawyer, is …' (not 'In Honolulu, …', 'Mr. Obama and Hillary Clinton …', 'Trump's …')."""
        words: list[Token] = []  # (its first six words: no list of the whole sentence's)
        for t in self._piece(sentence, at):
            if t.is_word:
                words.append(t)
                if len(words) == 6:
                    break
        k = 0
        while k < len(words) and ((words[k].text[:1].isupper() and not words[k].text.isupper())
                                  or self._title_inside_name(words, k)):
            k += 1  # ('Eastfield coach Gregor Novak was …': a lower-case title between capitalised words)
        stops = self.lex.words
        if k == 0 or k >= len(words) or any(words[0].key in stops[name] for name in (
                "opening_words", "determiners", "pronouns", "adverbial_starts", "source_stops", "content_blockers",
                "leading_conjunctions")) or words[k - 1].text.endswith(("'s", "’s")) \
                or words[k].key in ("and", "or", "&"):
            return None
        after = self.text[words[k - 1].end:words[k].start].strip()
        if after not in ("", ",") or not (after == "," or words[k].text.islower()):
            return None
        phrase = self.text[words[0].start:words[k - 1].end]
        if k == 1 and words[0].key in self.lex.party_adjectives and not self._verb_like(words[1]):
            return None  # 'Republican claims about the count spread …': a party's adjective, no mention of it
        if k == 1 and not any(words[0].key in e.names for e in self.entities if not e.anonymous):
            return self._given_in_full(words[0].text, at)
        return phrase

    def _verb_like(self, word: Token) -> bool:
        """English: a word that reads as a finite verb after a subject ('Labour said', 'Tory was'), not a noun the
        word before modifies ('Labour plans', 'Tory leaders')."""
        key = word.key
        return key in self.lex.be_forms_or_finite_auxiliaries or key in self.lex.irregular_pasts \
            or key.endswith("ed") or key in ("says", "said")

    def _title_inside_name(self, words: list[Token], k: int) -> bool:
        """English: the lower-case word at `k` is a title with a capitalised word before it and a personal name
        of two capitalised words after it ('Riverside captain Sam Okafor', 'Press secretary Jordan Lee')."""
        return k > 0 and k + 2 < len(words) and words[k].text.islower() and words[k].key in self.lex.titles \
            and words[k - 1].text[:1].isupper() and all(w.text[:1].isupper() and not w.text.isupper()
                                                          for w in words[k + 1:k + 3])

    def _given_in_full(self, surname: str, before: int) -> str | None:
        """A name of two capitalised words or more that ends with `surname`, written earlier in the article."""
        while before > 0:
            fuller = self._fuller_mention(surname, before)
            if fuller is not None:
                return fuller if len(name_keys(fuller, self.lex)) > 1 else None
            before = self.text.rfind(surname, 0, before)
        return None

    def _own_pronoun(self, draft: Draft) -> str:
        """English 'Kingsbridge boss Nicola Barnes said she thought …': 'he' or 'she' opening the speaker's own
        indirect report (after 'that') is most often the speaker: its gender is the speaker's."""
        opening = self.text[draft.content[0]:min(draft.content[1], draft.content[0] + 40)]
        if self.lex.lang != "en" or draft.frame != "verb" or opening[:1] in "\"“‘'«":
            return ""  # ('"He really does love us," Melanie said': in quoted words 'he' is someone else)
        words = _words(opening)
        if words and words[0].key in self.lex.complementizers:
            words = words[1:]
        return self._gender(words[0].text) if words and words[0].key in ("he", "she") else ""

    def _described_gender(self, draft: Draft) -> str:
        """English 'His daughter, Emma, says …', 'The victim's mother, Ann Lee, said …': a short description set off
        by a comma right before the mention gives the speaker's gender ('daughter', 'mother')."""
        if self.lex.lang != "en" or draft.source is None:
            return ""
        before = self.text[max(0, draft.source[0] - 80):draft.source[0]].rstrip(" ")
        if not before.endswith(","):
            return ""
        phrase = before[:-1]
        phrase = phrase[max(phrase.rfind(c) for c in ".!?\n,;") + 1:]
        words = _words(phrase)
        return self._gender(phrase) if 0 < len(words) <= 5 and all(
            w.key not in self.lex.cues for w in words) else ""

    def _aside_gender(self, draft: Draft) -> str:
        """English 'A worker, who did not want to give her name, told …': a relative clause between the mention
        and its cue that says 'his' or 'her' gives the speaker's gender."""
        if self.lex.lang != "en" or draft.source is None or draft.cue is None \
                or not draft.source[1] <= draft.cue[0] <= draft.source[1] + 120:
            return ""
        words = _words(self.text[draft.source[1]:draft.cue[0]])
        if not words or words[0].key != "who":
            return ""
        return next((self._gender(w.text) for w in words if w.key in ("his", "her")), "")

    def _aside_bound(self, end: int, cue: int, content: int) -> int:
        """Where an aside after a mention ending at `end` stops: at the cue or the content after it, the nearer, else
        at the end of its sentence (`_aside_end`, read only then)."""
        if cue >= end:
            return min(cue, content) if content >= end else cue
        return content if content >= end else self._aside_end(end)

    def _aside_end(self, end: int) -> int:
        """English '…, said one minister, speaking on condition of anonymity.': with the cue and content before the
        mention, an aside runs to the end of its sentence (-1 elsewhere)."""
        if self.lex.lang != "en":
            return -1
        stop = _SENTENCE_END.search(self.text, end)
        return stop.start() if stop else len(self.text.rstrip())

    def _unnamed_by_aside(self, end: int, cue: int) -> bool:
        """'One minister, speaking on condition of anonymity, said', 'وقال ضابط، طلب عدم الكشف عن اسمه، إن': an
        aside between the mention and its cue or content that keeps the speaker unnamed (a phrase of
        anonymity_markers, not a single word such as 'senior')."""
        if not end <= cue <= end + 120:
            return False
        keys = [t.key for t in _words(self.text[end:cue])]
        relay = next((n for n, k in enumerate(keys) if any(f.frame == "according_relay"
                                                            and tuple(keys[n:n + len(f.keys)]) == f.keys
                                                            for f in self.lex.cues.get(k, ()))), None)
        if relay is not None:  # 'كشفت صحيفة واشنطن بوست، نقلا عن مسؤولين طلبوا عدم الكشف عن هوياتهم، أن …': the
            keys = keys[:relay]  # people relayed are the unnamed ones, not the paper that names none of them
        joined = " " + " ".join(keys) + " "
        index = self.lex.phrase_index["anonymity_markers"]
        return any(len(p) > 1 and " " + " ".join(p) + " " in joined for k in keys for p in index.get(k, ()))

    def _writer_speaks(self, at: int, pronoun: str) -> bool:
        """English 'I' or 'we' outside the words of the claim just made: the writer's own voice (an opinion
        column, a letter), not the latest speaker; inside them ('MINISTER: … I have said …') it is that speaker."""
        return self.lex.lang == "en" and pronoun in ("i", "we") \
            and not (self.reported is not None and self.reported[0] <= at < self.reported[1])

    def _others_in_own_words(self, at: int, pronoun: str) -> Entity | None:
        """English 'MINISTER: They said the same thing last year': 'they' inside a speaker's own words is not that
        speaker (who would say 'we'); it is the speaker before."""
        if self.lex.lang != "en" or pronoun != "they" or self.reported is None \
                or not self.reported[0] <= at < self.reported[1]:
            return None
        if self.text.startswith(("that ", "that\n"), self.reported[0]):
            return None  # ('Goldman analysts wrote that they expected …': reported speech, no own words; 'they' may
            # be the speakers themselves)
        return next((e for e in reversed(self.recent) if e is not self.last and e.type != "document"), None)

    def _subject_before_possessive(self, at: int) -> tuple[str, int] | None:
        """English 'Trump repeated his claim that …', 'Mr Hale again denied his …': a sentence that opens with a
        capitalised name (an honorific allowed; not one word in '-s', a group: 'Critics') and one or two lower-case
        words (the verb, an adverb) right before 'his' or 'her' at `at`: the name and where it starts."""
        if self.lex.lang != "en":
            return None
        start = max(self.text.rfind(mark, 0, at) for mark in (". ", "\n", "? ", "! ", '." ', '."\n'))
        start = 0 if start < 0 else start + 1
        while start < at and not self.text[start].isalnum():
            start += 1
        match = _NAME_THEN_VERB.fullmatch(self.text[start:at])
        if match is None:
            return None
        words = match.group(1).split()
        between = self.text[match.end(1):at].split()
        if any(w in self.lex.content_blockers or (w in self.lex.subject_stops and w != "also")
               or w == "to" for w in between):
            return None  # ('Contrary to his claim …', 'Kept in his …': no verb between)
        if not words or words[0].lower() in self.lex.determiners \
                or any(w.lower() in self.lex.anonymous_or_pronouns
                       for w in words) or (len(words) == 1 and words[0].endswith("s")):
            return None  # ('Fact-checkers tested his claim', 'Critics …': a group is not 'he')
        return match.group(1), start + match.start(1)

    def _it_inside_reported(self, at: int, pronoun: str) -> Entity | None:
        """English 'it' inside the content of the claim just made ('The committee urged …, which it described as
        "…," an aide said'): the body cited before it in that content, not the speaker of the whole."""
        reported = self.reported
        if self.lex.lang != "en" or pronoun != "it" or reported is None or not reported[0] <= at < reported[1]:
            return None
        for e in reversed(self.recent[-6:]):
            cited = self.last_cited.get(id(e), -1)
            if reported[0] <= cited < at and e.type in _BODY_TYPES and not e.anonymous:
                return e
        return None

    def _antecedent(self, pronoun: str) -> Entity | None:
        """'he' / 'she': the latest speaker, among the last few, who may be a person of that gender (not a
        document, an institution or someone known to be of the other gender); English 'it': the latest speaker
        that is no person; other pronouns: the latest."""
        gender = self._gender(pronoun)
        if self.lex.lang == "en" and pronoun == "it":  # 'it' is no one unnamed or with a title, gender or full name
            return next((e for e in reversed(self.speakers[-6:]) if not (
                e.type == "official" or e.anonymous or e.gender or (e.type == "person" and (
                    len(e.names) > 1 or _capitals_name(e.canonical))))),
                None if self.last is None or _someone(self.last) else self.last)
            # (with none such, the latest speaker unless a person: 'Because it asks residents to pay more' after
            # 'Mayor Marta Kovac said' is not hers)
        if self.lex.lang == "en" and pronoun in ("they", "their"):
            return self._plural_antecedent()
        if self.lex.lang == "ar" and not gender:
            return self._arabic_antecedent(pronoun)
        if not gender:
            return self.last
        fits = [e for e in reversed(self.speakers[-6:]) if e.type in ("person", "official", "anonymous")
                and e.gender in ("", gender) and not self._unnamed_plural(e)]
        known = next((e for e in fits if e.gender == gender and not e.anonymous), None)  # (not another unnamed one)
        # ('an official said …' between 'Mrs Thatcher said …' and 'She asked …': an unnamed source of no known
        # gender is passed over for the one of that gender)
        return next((e for e in fits if not (e.anonymous and not e.gender and known is not None)), None)

    def _arabic_antecedent(self, pronoun: str) -> Entity | None:
        """Arabic 'لكنهم', 'إنهم': the latest speaker, among the last few, named in the plural (`_plural`), not the
        one person quoted after them; 'وهي', 'لكنها': the latest who may be a woman or a feminine noun
        (`_may_be_she`), never a man or a masculine document ('التقرير') quoted after her. With none such, the
        latest speaker."""
        words = _words(pronoun)
        key = words[0].key if len(words) == 1 else ""
        if key.endswith(_AR_PLURAL_PRONOUN_ENDS):
            fits = (e for e in reversed(self.speakers[-6:]) if self._plural(e) and not e.gender
                    and not self._masculine(e) and not self._feminine(e))
        elif key in _AR_FEMININE_PRONOUNS or key.endswith("ها"):
            fits = (e for e in reversed(self.speakers[-6:]) if self._may_be_she(e))
        else:
            return self.last
        return next(fits, self.last)

    def _may_be_she(self, entity: Entity) -> bool:
        """Arabic: an entity a feminine pronoun or verb may refer to: not a man (a masculine title or a man's first
        name) nor a document named by a masculine noun ('التقرير', 'بيان'; not 'بيان الوزارة', the ministry's)."""
        if entity.gender == "f" or self._feminine(entity):
            return True
        if entity.type in ("person", "official"):
            return entity.gender != "m" and not self._masculine(entity)
        return not self._masculine_document(entity)

    def _masculine_document(self, entity: Entity) -> bool:
        """Arabic: a document named by a masculine noun not followed by a feminine one it belongs to ('التقرير
        السنوي', 'تقرير صادر عن الهيئة', 'بيان'; not 'الرسالة', nor 'بيان الحكومة', which the government may go
        on)."""
        words = _words(entity.canonical)
        return entity.type == "document" and bool(words) and not any(w.key.endswith("ه") for w in words[:2]) \
            and all(w.is_word and not w.text.isascii() for w in words)

    def _speaker_long_before(self, pronoun: str) -> Entity | None:
        """English 'he' / 'she' with no speaker who may be that person among the last few (`_antecedent`): the latest
        person named and quoted earlier who is known to be of that gender (a profile's subject quoted in its opening
        paragraphs, then six other speakers, then '"…," she said')."""
        gender = self._gender(pronoun)
        if self.lex.lang != "en" or pronoun not in ("he", "she") or not gender:
            return None
        return next((e for e in reversed(self.speakers[:-6]) if e.gender == gender and not e.anonymous
                     and e.type in ("person", "official")), None)

    def _piece_subject(self, at: int, pronoun: str) -> Entity | None:
        """English obituaries and profiles: 'Margaret Holloway, who ran the village bakery, died on Sunday. … ¶
        "Bread is patience," she said in 2012.': a 'he' or 'she' that no speaker can be is the person whose name
        opens one of the article's first paragraphs (`_LEAD_PARAGRAPHS`), when that person is known to be of the
        pronoun's gender (`_subject_gender`), in a later paragraph than that name, with no one else of that gender
        named before it (`_other_named`)."""
        gender = self._gender(pronoun)
        if self.lex.lang != "en" or pronoun not in ("he", "she") or not gender:
            return None
        if gender not in self.subjects:
            self.subjects[gender] = self._subject_of_gender(gender)
        found = self.subjects[gender]
        if found is None or self.text.find("\n", found[1], at) < 0 \
                or self._other_named(gender, _words(found[0])[-1].key, at):
            return None  # (in the subject's own paragraph the sentences before it tell: `_subject_since_claim`)
        return self._person_of_gender(found[0], found[1], gender)

    def _other_named(self, gender: str, surname: str, at: int) -> bool:
        """English: someone else than the person of that surname is named before `at` with a first name of that
        gender ('… for Donald Trump, Oz's show …': 'he' may be either man)."""
        if self.first_names is None:
            female, male = self.lex.female_names, self.lex.male_names
            self.first_names = [(m.start(), "f" if m.group(1).lower() in female else "m", m.group(2).lower())
                                for m in _FIRST_AND_LAST.finditer(self.text)
                                if (m.group(1).lower() in female) != (m.group(1).lower() in male)]
        return any(where < at and named == gender and last != surname for where, named, last in self.first_names)

    def _subject_of_gender(self, gender: str) -> tuple[str, int] | None:
        """The name opening one of the first `_LEAD_PARAGRAPHS` paragraphs of more than `_LEAD_WORDS` words (no
        headline) and where it starts, when it names a person of `gender` (`_subject_gender`); None else."""
        start, read = 0, 0
        while start < len(self.text) and read < _LEAD_PARAGRAPHS:
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            paragraph = self.text[start:end]
            if len(paragraph.split()) > _LEAD_WORDS:
                read += 1
                name = self._opening_name(paragraph, start)
                cut = _NAME_BREAKS.search(name) if name is not None else None
                name = name[:cut.start()].rstrip() if name is not None and cut is not None else name
                if name is not None and guess_type(name, self.lex) in ("person", "official") \
                        and len(_words(name)) > 1 and self._subject_gender(name, start) == gender:
                    return name, start
            start = end + 1
        return None

    def _subject_gender(self, name: str, at: int) -> str:
        """The gender of a person named at `at`: their name's (a first name, a gendered word), else that of an
        honorific written before their surname later on ('Mrs Holloway', 'Mr. Quinn'), else that of the first 'he',
        'she', 'his' or 'her' after the name in its paragraph or the next, outside quotations, with no other
        capitalised name between."""
        found = self._gender(name)
        if found:
            return found
        surname = " " + _words(name)[-1].text
        where = self.text.find(surname)
        while where > 0:
            honorific = _HONORIFIC_BEFORE.search(self.text, max(0, where - 6), where)
            after = self.text[where + len(surname):where + len(surname) + 1]
            if honorific is not None and not (after.isalnum() or after in "-'’"):
                return "m" if honorific.group(1) == "Mr" else "f"
            where = self.text.find(surname, where + 1)
        end = self.text.find("\n", self.text.find("\n", at) + 1)
        window = self._window(at + len(name), len(self.text) if end < 0 else end)
        quoted = False
        for n, t in enumerate(window):
            if t.text in "\"“”":
                quoted = not quoted if t.text == "\"" else t.text == "“"
                continue
            if quoted or not t.is_word:
                continue
            if t.key in ("he", "she", "his", "her"):
                return self._gender(t.text)
            if t.text[:1].isupper() and n + 1 < len(window) and window[n + 1].text[:1].isupper() \
                    and window[n + 1].is_word and t.key not in self.lex.determiners:
                return ""  # ('Her son, Robert Holloway': another person named first)
        return ""

    def _plural_antecedent(self) -> Entity | None:
        """English 'they', 'their': the latest speaker, among the last few, who may be several (`_several`); with
        none, the latest speaker unless that is one person named (a full name, a title or a known gender: 'Minister
        Ana Ruiz said …. Analysts were less sure. They said …' is never her); None then."""
        several = next((e for e in reversed(self.speakers[-6:]) if self._several(e)), None)
        if several is not None or self.last is None:
            return several
        return None if self._one_person(self.last) else self.last

    def _one_person(self, entity: Entity) -> bool:
        """English: an entity that is one person named: a full name, a title or a known gender (not 'Proponents', a
        capitalised word that may name several)."""
        return not entity.anonymous and entity.type in ("person", "official") and bool(
            entity.gender or entity.titles or len(entity.names) > 1)

    def _several(self, entity: Entity) -> bool:
        """English: an entity a 'they' may be: unnamed people in the plural, a body (a company, a ministry, the
        police), people named together ('Mr. Obama and Hillary Clinton') or a phrase headed by a lower-case plural
        ('Two union leaders', 'Leaders of the strike') or a noun of several people (group_nouns: 'staff')."""
        if entity.type in _BODY_TYPES or self._unnamed_plural(entity) or _two_people(entity.canonical, self.lex):
            return True
        words = _words(entity.canonical)
        head = next((k - 1 for k in range(1, len(words)) if words[k].key in _AFFILIATIONS
                     and words[k].text.islower()), len(words) - 1)
        if head < 0:
            return False
        word = words[head]
        if word.key in self.lex.group_nouns:
            return True  # ('newsroom staff', 'Police')
        return word.text.islower() and _plural_key(word.key) and len(word.key) > 3

    def _unnamed_plural(self, entity: Entity) -> bool:
        """English 'Prosecutors', 'two Egyptian officials': an unnamed source in the plural is never 'he'/'she';
        nor is a share of people ('Sixty-six percent of those surveyed')."""
        words = _words(entity.canonical)
        if self.lex.lang == "en" and any(w.key in ("percent", "%") for w in words):
            return True
        if self.lex.lang != "en" or not entity.anonymous or not words:
            return False
        if len(words) == 1 and words[0].key in _PLURAL_ALONE:
            return True  # ('Others suggest …', 'Some said …': people in the plural, never 'she')
        if _plural_key(words[-1].key) and words[-1].key in self.lex.anonymous:
            return True
        for w in words[:4]:  # ('Officials familiar with the planning': the head comes first, its phrase after it)
            if w.key in _SINGULAR_OPENERS:
                return False  # ('a person close to the officials', 'one of the aides')
            if w.key in self.lex.anonymous:
                return _plural_key(w.key) or w.key == "people"
        return False

    def _fuller_mention(self, word: str, before: int) -> str | None:
        """The longest name phrase that ends with `word` earlier in the article ('وزير الخارجية فؤاد حسين',
        'Finance Minister Maria Lopez'), read back over name-like words, at the latest place it is written."""
        found = self._fuller_mentions(word, before, 1)
        return found[0] if found else None

    def _fuller_mentions(self, word: str, before: int, tries: int) -> list[str]:
        """The name phrases ending with `word` at up to `tries` places it is written before `before`, latest
        first; where it stands alone (after a preposition: 'وحقق الفريق مع فيريرا', after a noun: 'منذ قدوم
        فيريرا') an earlier place may name the person in full ('المدرب البرتغالي نونو فيريرا')."""
        found: list[str] = []
        for _ in range(tries):
            pos = self._whole_word_before(word, before)
            if pos <= 0:
                break
            fuller = self._mention_ending_at(pos, pos + len(word))
            if fuller is not None:
                found.append(fuller)
            before = pos
        return found

    def _whole_word_before(self, word: str, before: int) -> int:
        """Where `word` is last written as a whole word before `before` ('الكويت' is not the start of
        'الكويتي'); -1 (or 0) for nowhere."""
        pos = self.text.rfind(word, 0, before)
        while pos > 0 and (self.text[pos - 1].isalnum() or self.text[pos + len(word):pos + len(word) + 1].isalnum()):
            pos = self.text.rfind(word, 0, pos - 1)
        return pos

    def _living_fuller(self, word: str, before: int) -> str | None:
        """English 'Ashby said' after 'Her son, Colin Ashby, …. Nora Ashby, …, died on Sunday.': the latest name
        phrase ending with the surname `word` (`_fuller_mentions`, `_SURNAME_TRIES` places at most) of someone
        the text does not tell died (`_died_at`, at the phrase's first place); None when there is none."""
        for _ in range(_SURNAME_TRIES):
            pos = self._whole_word_before(word, before)
            if pos <= 0:
                return None
            fuller = self._mention_ending_at(pos, pos + len(word))
            if fuller is not None and len(name_keys(fuller, self.lex)) > 1 \
                    and not self._died_at(self.text.find(fuller), len(fuller)):
                return fuller
            before = pos
        return None

    def _mention_ending_at(self, pos: int, end: int) -> str | None:
        """The name phrase read back from the word at text[pos:end] over name-like words; None when the word
        stands alone."""
        window = self._window(max(0, pos - 120), end)
        stops = self.lex.complementizers_or_source_stops_or_subject_stops
        start = len(window) - 1
        while start > 0 and len(window) - start < 6:
            prev = window[start - 1]
            if not prev.is_word or prev.key in stops or prev.key in self.lex.cues or \
                    (self.lex.lang == "en" and not prev.text[0].isupper()) \
                    or "\n" in self.text[prev.end:window[start].start]:
                break  # (a headline's last word is no part of the name opening the next line)
            start -= 1
            if self.lex.lang == "ar" and (prev.key in self.lex.professions_or_titles
                                          or _bare(prev.key, self.lex) in self.lex.professions_or_titles):
                break  # ("تقدم النائب مهند الساير": the phrase opens with the title, not the verb before it)
        return self.text[window[start].start:end] if start < len(window) - 1 else None

    def _name_after_description(self, phrase: str) -> str | None:
        """Arabic: the name at the end of a phrase that describes someone without a title ('منافسته الديمقراطية
        كامالا هاريس', 'نظيره الفرنسي جان نويل بارو'): two or three words without the article after a definite
        one (an apposition, not a verb and its subject: 'وصل جو بايدن'), none of them a title or a stop word."""
        if self.lex.lang != "ar":
            return None
        words = _words(phrase)
        stops = self.lex.determiners_or_source_stops_or_titles
        k = len(words)
        while k > 0 and len(words) - k < 3 and not words[k - 1].key.startswith("ال") \
                and words[k - 1].key not in stops and words[k - 1].text.isalpha():
            k -= 1
        if len(words) - k < 2 or k == 0 or not words[k - 1].key.startswith("ال") or words[k - 1].key in stops:
            return self._first_name_and_family(words, phrase)
        return phrase[words[k].start:words[-1].end]

    def _first_name_and_family(self, words: tuple[Token, ...], phrase: str) -> str | None:
        """Arabic: a known first name and a family name with the article ('المهاجم ماجد الشمري', 'الحارس سعود
        المطيري'), or a middle name between, after a definite description: the name, which a later 'الشمري'
        alone means."""
        if len(words) < 3 or not words[-1].key.startswith("ال") or words[-1].key in self.lex.titles:
            return None
        firsts = self.lex.female_names_or_male_names
        first = next((k for k in (len(words) - 2, len(words) - 3) if k >= 1 and words[k].key in firsts), None)
        if first is None or not words[first - 1].key.startswith("ال") \
                or words[first - 1].key in self.lex.determiners_or_source_stops_or_titles:
            return None
        name = words[first:]
        return phrase[name[0].start:name[-1].end] if _ar_name_words(name, self.lex) else None

    def _definite(self, key: str) -> bool:
        if self.lex.lang == "ar":
            return key.startswith("ال") or _bare(key, self.lex) != key
        return key not in ("a", "an", "another", "one")

    def _bare_full_name(self, phrase: str) -> str | None:
        """Arabic: a name of two or three words written with no title or description before it, after an
        auxiliary ('وكان نونو فيريرا قد تولى …') or opening a line ('نونو فيريرا: …', a headline or a
        label): the full name of the surname read later; None for any other words before the surname (a verb
        and its subject: 'وصل جو بايدن')."""
        if self.lex.lang != "ar":
            return None
        words = _words(phrase)
        if words and words[0].key in self.lex.auxiliaries and words[0].key.lstrip("و").startswith("كان"):
            words = words[1:]  # ('كان', 'وكانت'; not 'قد', which a verb follows: 'قد يواجه فيريرا')
        elif len(words) != 2 or any(w.key.startswith("ال") for w in words) \
                or not (self.text.startswith(phrase) or "\n" + phrase in self.text):
            return None  # (a line's verb and a definite subject: 'بدأ الروس يتوجهون …')
        if not 2 <= len(words) <= 3 or words[0].key[:1] == "و" or not _ar_name_words(words, self.lex) \
                or any(_ar_no_name_word(w, self.lex) or w.key in self.lex.cues for w in words):
            return None
        return phrase[words[0].start:words[-1].end]

    def _opens_with_title(self, phrase: str) -> bool:
        """'مدير المرصد رامي عبد الرحمن', 'Finance Minister Maria Lopez': a title and a name, not any words
        that happened to stand before the name."""
        words = _words(phrase)
        return bool(words) and (self.lex.lang != "ar" or bool(title_keys(words[0].text, self.lex)))

    def _remember(self, entity: Entity) -> Entity:
        for known in self.entities:
            if known.canonical == entity.canonical:
                known.names |= entity.names
                return known
        self.entities.append(entity)
        return entity

    def _first_name_before(self, mention: str, names: set[str]) -> bool:
        """English: in `mention`, a word of `names` closes a side of 'and', a capitalised word other than a title
        right before it ('Sam Cole and Rita Vance'; not 'Marks and Spencer', nor 'The Tax Policy Center at …')."""
        words = _words(mention)
        return any(words[k - 1].text[:1].isupper() and words[k - 1].key not in self.lex.titles
                   and words[k].key in names and (k + 1 == len(words) or words[k + 1].key == "and")
                   for k in range(2, len(words)))

    def _same_person(self, names: set[str], titles: set[str] | None = None,
                     heads: set[str] | None = None, documents: bool = True) -> Entity | None:
        """An entity named by some of these name keys, or all of whose name keys these are (`heads`: keys that
        do not name anyone alone, as 'airlines' in 'Airlines for Europe'; without `documents`, none that is a
        document)."""
        if not names:
            return None
        later: Entity | None = None
        for entity in reversed(self.entities):
            if entity.anonymous or not entity.names or (not documents and entity.type == "document"):
                continue
            if heads and entity.names <= heads and not names <= entity.names:
                continue
            if titles and not entity.titles and entity.type not in ("person", "official", "anonymous"):
                continue  # 'Tulsa police Chief Chuck Jordan' is not 'Tulsa police'
            if titles and not entity.titles and self.lex.lang == "ar" and self._profession_first(entity):
                continue  # "رئيس النادي" is not "مدرب نادي النجم، منير الصافي": a title, not his trade

            if titles and entity.titles and not titles & entity.titles and not self._same_full_name(names, entity):
                continue  # "السفير القطري" is not "الرئيس التركي ونظيره القطري": different offices, different people
            if not titles and self.lex.lang == "ar" and names <= self._correspondents_outlet(entity):
                continue  # "وأضافت الوكالة" is not "مراسل الوكالة في بغداد": the outlet, not its reporter
            if names <= entity.names or entity.names <= names or self._same_full_name(names, entity):
                if names != entity.names and _two_people(entity.canonical, self.lex) \
                        and (entity.type in ("person", "official") or self._first_name_before(entity.canonical, names)):
                    continue  # 'Mr. Obama' is not 'Mr. Obama and Hillary Clinton'; 'Vance' is not 'Union
                    # representatives Sam Cole and Rita Vance' (a body by its type, two people by their first names)
                if entity.type not in ("person", "official") and _name_as_modifier(entity.canonical, names):
                    continue  # 'Breyer' after 'The Breyer campaign': the person the body is named after
                if self._another_one(entity, names) or (len(names) == 1 and self._died(entity)):
                    later = later or entity  # ('Okafor said' after 'Grace Okafor, 82, died …' and 'Her son,
                    continue  # Daniel Okafor, …': the one who can speak)
                return entity
        return later

    def _died(self, entity: Entity) -> bool:
        """A person whose first mention, written in full, stands right before a word of death (death_words; English,
        no cue or sentence end between: 'Grace Okafor, 82, died on Tuesday') or right after one (Arabic: «توفي
        الشاعر سامي الحداد»)."""
        if entity.type not in ("person", "official") or len(entity.names) < 2:
            return False
        known = self.deaths.get(id(entity))
        if known is None:
            known = self.deaths[id(entity)] = self._died_at(self.text.find(entity.canonical), len(entity.canonical))
        return known

    def _died_at(self, start: int, length: int) -> bool:
        """`_died` for the mention at `start`, `length` characters long (none at -1)."""
        if start < 0:
            return False
        if self.lex.lang == "ar":
            before = [t for t in self._window(max(0, start - _DEATH_REACH), start) if t.is_word][-3:]
            return any(t.key in self.lex.death_words for t in before)
        for t in self._window(start + length, min(len(self.text), start + length + _DEATH_REACH)):
            if t.text in ".!?;\n" or t.key in self.lex.cues:
                return False
            if t.key in self.lex.death_words:
                return True
        return False

    def _same_full_name(self, names: set[str], entity: Entity) -> bool:
        """English: name keys that give a named person's first name and surname again, whatever initials or
        honorific either adds or the office it is written with ('Congressman Elijah Cummings', 'Dr. Elijah
        Cummings' after 'Rep. Elijah E. Cummings'): the same person, when a known first name or a middle initial
        says it is a person's name; not a body's words ('White House')."""
        if self.lex.lang != "en" or entity.type not in ("person", "official") or len(names & entity.names) < 2:
            return False  # (two words in common at least: the cheap test first, for every entity looked over)
        mine, known = _full_name_keys(names, self.lex), _full_name_keys(entity.names, self.lex)
        short, long = (mine, known) if len(mine) <= len(known) else (known, mine)
        return len(short) >= 2 and short <= long and (
            any(k in self.lex.female_names_or_male_names for k in short)
            or any(_INITIAL.fullmatch(k) for k in names) or any(_INITIAL.fullmatch(k) for k in entity.names))

    def _correspondents_outlet(self, entity: Entity) -> frozenset[str]:
        """Arabic: the name keys of the outlet in a correspondent's mention ('مراسل الوكالة في بغداد', 'مراسلة
        وكالة الأنباء الفرنسية'): the definite words and outlet nouns right after the correspondent's noun; empty
        for any other entity."""
        words = _words(entity.canonical)
        if not words or words[0].key not in self.lex.correspondents:
            return frozenset()
        k = 1
        outlets = self.lex.outlet_nouns
        while k < len(words) and (words[k].key.startswith("ال") or words[k].key in outlets
                                  or _bare(words[k].key, self.lex) in outlets):
            k += 1
        return frozenset(name_keys(" ".join(w.text for w in words[1:k]), self.lex)) if k > 1 else frozenset()

    def _profession_first(self, entity: Entity) -> bool:
        """Arabic: the entity's name opens with a profession ('مدرب نادي …', 'المحامي …'), not a title."""
        words = _words(entity.canonical)
        return bool(words) and (words[0].key in self.lex.professions
                                or _bare(words[0].key, self.lex) in self.lex.professions)

    def _main_body(self, latest: Entity, names: set[str]) -> Entity:
        """Arabic: a definite body noun alone ('المنظمة', 'الوزارة') that more than one body named before it could
        be: the one cited as a source most often so far, when it was cited more often than the latest one; the
        latest one when none was, or when it made the claim just before ('وأكدت الوزارة' right after its claim)."""
        if latest is self.last:
            return latest  # ("وقالت وزارة الدفاع إن … وأكدت الوزارة أن …": the speaker just cited goes on)
        cited: dict[int, int] = {}
        for e in self.recent:
            cited[id(e)] = cited.get(id(e), 0) + 1
        best = latest
        for e in reversed(self.entities):
            if e is latest or e.anonymous or e.type != latest.type or not names <= e.names:
                continue
            if cited.get(id(e), 0) > cited.get(id(best), 0):
                best = e
        return best

    def _same_body(self, names: set[str]) -> Entity | None:
        """The latest named body (not a person, an official or a document) that these name keys name."""
        return next((e for e in reversed(self.entities) if not e.anonymous and names and names <= e.names
                     and e.type not in ("person", "official", "document")), None)

    def _another_one(self, entity: Entity, names: set[str]) -> bool:
        """English 'The poll also indicates …' after 'a new Monmouth poll …' and then 'a separate poll by the same
        group': a bare head refers past a mention marked as another one of its kind to the one before it."""
        if self.lex.lang != "en" or len(names) != 1:
            return False
        words = _words(entity.canonical)
        return any(w.key in self.lex.other_markers and w.key not in names for w in words[:3])

    def _by_portfolio(self, titles: set[str], mention: str, at: int) -> Entity | None:
        """Arabic: 'وزير الخارجية' after 'الشيخ محمد بن عبد الرحمن آل ثاني': the latest entity named with that very
        office ('… وزير الخارجية', not '… وزير المالية'), else the latest one named with an honorific only (a
        title of address, not of office), seen before."""
        honorific = {_bare(k, self.lex) for k in self.lex.honorifics} | set(self.lex.honorifics)
        office = " ".join(t.key for t in _words(mention))
        for entity in reversed(self.entities):
            if titles & entity.titles and (office in entity.names
                                           or office in " ".join(t.key for t in _words(entity.canonical))):
                return entity
            if entity.anonymous and self._unnamed_with_title(entity, titles) and len(_words(mention)) == 1:
                return entity  # "قال نائب في البرلمان، طلب عدم ذكر اسمه، … وأشار النائب" after a named MP: him
        for entity in reversed(self.entities):
            if not entity.anonymous and entity.titles and entity.titles <= honorific \
                    and self.first_seen.get(id(entity), at) < at and not self._by_trade(entity) \
                    and not self._honorific_of_office(entity, honorific):
                entity.titles |= titles  # (now holding that office, not any other)
                entity.names.add(office)
                return entity
        return None

    def _described_title_holder(self, words: tuple[Token, ...], titles: set[str]) -> Entity | None:
        """Arabic: a definite title and one adjective of relation that names no country ('المتحدث العسكري',
        'المتحدث الرسمي', 'الوزير المختص' is not one) right after a named holder of that title spoke ('قال المتحدث
        باسم الجيش العميد نبيل عبد الله … وتابع المتحدث العسكري'): him, among the last three speakers. A
        nationality ('الرئيس الفرنسي' after 'الرئيس الأميركي جو بايدن') describes someone else."""
        if len(words) != 2 or not words[0].key.startswith("ال") or not words[1].key.startswith("ال") \
                or not words[1].text.endswith(("ي", "ية")) or self._nationality(words[1].key[2:]):
            return None
        for entity in reversed(self.speakers[-3:]):
            if titles & entity.titles and not entity.anonymous and len(entity.names) > 1 \
                    and entity.type in ("official", "person"):
                return entity
        return None

    def _body_construct(self, words: tuple[Token, ...]) -> bool:
        """Arabic: a body's noun without the article and its definite genitive and adjectives ('وزارة الصحة',
        'وزارة الخارجية الأمريكية'), no first name among them: a body, not a person's name."""
        return 2 <= len(words) <= 3 and not words[0].key.startswith("ال") \
            and words[0].key not in self.lex.female_names_or_male_names \
            and all(w.key.startswith("ال") for w in words[1:])

    def _with_nationality(self, words: tuple[Token, ...]) -> bool:
        """Arabic: a definite title and a definite adjective of a country ('الوزير الإيراني', 'الرئيس الفرنسي')."""
        return len(words) == 2 and words[0].key.startswith("ال") and words[1].key.startswith("ال") \
            and words[1].text.endswith(("ي", "ية")) and self._nationality(words[1].key[2:])

    def _holder_of_nationality(self, words: tuple[Token, ...], titles: set[str], at: int) -> Entity | None:
        """Arabic: 'وأضاف الوزير الإيراني' after 'نظيره الإيراني عباس عراقجي' or 'وزير الخارجية الإيراني عباس
        عراقجي': the person the text before last named right after that adjective of a country (within the last
        2,000 characters), never one named with another country's ('وزير الخارجية السعودي الأمير فيصل بن فرحان'),
        whom an office or an honorific alone would pick. With `titles`, that earlier adjective follows the same
        title ('العاهل الأردني' is not 'وزير الخارجية الأردني أيمن الصفدي') or 'نظيره', his counterpart."""
        if not self._with_nationality(words):
            return None
        adjective = words[1].key
        window = self._window(max(0, at - 2000), at)
        for k in range(len(window) - 2, -1, -1):
            if window[k].key != adjective:
                continue
            if titles and not self._same_title_before(window, k, titles):
                continue  # (another office of that country: 'الملك الأردني' after 'وزير الخارجية الأردني')
            after = [w for w in window[k + 1:k + 5] if w.is_word][:3]
            keys = {_bare(w.key, self.lex) for w in after} - {_bare(t, self.lex) for t in self.lex.honorifics}
            person = next((e for e in reversed(self.entities) if not e.anonymous
                           and e.type in ("person", "official") and len(keys & e.names) >= 1
                           and self.first_seen.get(id(e), at) < at), None)
            if person is not None:
                return person
        return None

    def _same_title_before(self, window: Sequence[Token], k: int, titles: set[str]) -> bool:
        """Arabic: one of the three words before the adjective at `k` is one of `titles` ('وزير الخارجية
        الإيراني' for 'الوزير الإيراني'), or 'نظير' with its pronoun ('نظيره الإيراني': a counterpart). Only a
        minister's title takes a genitive and stays his ('رئيس الوزراء العراقي' is not 'الرئيس العراقي')."""
        before = [w for w in window[max(0, k - 6):k] if w.is_word][-3:]
        for n, w in enumerate(before):
            if w.key.startswith("نظير"):
                return True
            title = w.key if w.key in titles else _bare(w.key, self.lex)
            if title in titles and (n == len(before) - 1 or title in _PORTFOLIO_TITLES):
                return True
        return False

    def _nationality(self, key: str) -> bool:
        """Arabic: an adjective of relation's stem ('فرنسي', 'سعوديه', 'عراقي') is a country's: the country, with or
        without the article, '-ا', '-يا' or '-ية', is a listed country, capital or a government the registry knows."""
        stem = key[:-2] if key.endswith("يه") else key[:-1] if key.endswith("ي") else key
        forms = (stem, stem + "ا", "ال" + stem, stem + "يه", "ال" + stem + "يه", stem + "ه", "ال" + stem + "ه",
                 stem + "يا")  # ('ألماني', 'إيطالي', 'سوري': 'ألمانيا', 'إيطاليا', 'سوريا')
        if any(f in self.lex.countries or f in self.lex.capitals for f in forms):
            return True
        if self.registry is None:
            return False
        return any((entry := self.registry.match(f)) is not None and entry.type == "government" for f in forms)

    def _unnamed_with_title(self, entity: Entity, titles: set[str]) -> bool:
        """Arabic: an unnamed source first written as an indefinite title ('نائب في البرلمان', 'مسؤول')."""
        first = _words(entity.canonical)[:1]
        return bool(first) and not first[0].key.startswith("ال") and _bare(first[0].key, self.lex) in titles

    def _honorific_of_office(self, entity: Entity, honorific: set[str]) -> bool:
        """Arabic: 'شيخ الأزهر أحمد الطيب', 'أمير الكويت': an honorific without its article, in construct with a
        definite word, is the office itself; another office named later ('رئيس الوفد') is someone else."""
        words = [t for t in _words(entity.canonical) if t.is_word][:2]
        return len(words) == 2 and words[0].key in honorific and not words[0].key.startswith("ال") \
            and words[1].key.startswith("ال") and words[1].key not in honorific

    def _by_profession(self, words: tuple[Token, ...]) -> Entity | None:
        """Arabic: a definite trade alone, or with one relative adjective ('الخبير', 'المدرب الفرنسي'), is the
        latest named speaker written with that trade, unless an adjective after it there differs ('المدرب
        الإيطالي ستيفانو بيولي' is not 'المدرب الفرنسي')."""
        if self.lex.lang != "ar" or not 1 <= len(words) <= 2 or not words[0].key.startswith("ال"):
            return None
        trades = self.lex.professions
        trade = _bare(words[0].key, self.lex)
        if words[0].key not in trades and trade not in trades:
            return None
        adjective = words[1].key if len(words) == 2 else None
        if adjective is not None and not (adjective.startswith("ال") and adjective.endswith(("ي", "يه"))):
            return self._surnamed(adjective)  # "القاضي زيدان" after "رئيس مجلس القضاء فائق زيدان": him
        for entity in reversed(self.speakers[-8:]):
            if entity.anonymous or entity.type not in ("person", "official"):
                continue
            named = _words(entity.canonical)
            at = next((k for k, w in enumerate(named) if _bare(w.key, self.lex) == trade), None)
            if at is None or len(named) < 2:
                continue
            after = named[at + 1].key if at + 1 < len(named) else ""
            if adjective is not None and after.startswith("ال") and after.endswith(("ي", "يه")) and after != adjective:
                continue  # (another nationality or field)
            return entity
        coach = self._named_otherwise("coach_titles", self.lex.coach_titles, adjective) \
            if trade in self.lex.coach_titles else None
        if coach is not None:  # "وأوضح المدرب البرتغالي" after "المدير الفني لنادي الهلال جورجي جيسوس": him
            return coach
        writer = self._named_otherwise("writer_titles", self.lex.writer_titles, adjective) \
            if trade in self.lex.writer_titles else None
        if writer is not None:  # "ويتساءل الكاتب" after "كتب الصحفي عبد الباري عطوان": him
            return writer
        return self._surnamed(adjective) if adjective is not None else None  # "القاضي العبيدي": a nisba surname

    def _named_otherwise(self, name: str, words: frozenset[str], adjective: str | None) -> Entity | None:
        """Arabic: the latest named speaker written with a word or phrase of the list `name` (`words`, its single
        words): 'المدير الفني لنادي الهلال جورجي جيسوس' for coach_titles, 'الصحفي عبد الباري عطوان' for
        writer_titles; a name or a body after it, and no adjective of origin right after it that differs from
        `adjective`."""
        for entity in reversed(self.speakers[-8:]):
            if entity.anonymous or entity.type not in ("person", "official"):
                continue
            keys = [w.key for w in _words(entity.canonical)]
            end = next((k + len(p) for k in range(len(keys)) for p in self.lex.phrases_starting(name, keys[k])
                        if tuple(keys[k:k + len(p)]) == p), None)
            if end is None:
                end = next((k + 1 for k in range(len(keys)) if keys[k] in words or _bare(keys[k], self.lex) in words),
                           len(keys))
            if end >= len(keys):
                continue  # (no such word, or nothing after it: no name)
            after = keys[end]
            if adjective is not None and after.startswith("ال") and after.endswith(("ي", "يه")) and after != adjective:
                continue  # (one of another origin)
            return entity
        return None

    def _trade_holder_of_nationality(self, words: tuple[Token, ...], at: int) -> Entity | None:
        """Arabic: 'وأضاف المدرب الفرنسي' after 'أقال النادي مدربه الفرنسي جان دوبوا … وقال دوبوا': a definite trade
        and an adjective of a country name the person named right after that adjective earlier (as a title and
        its nationality do), when no speaker was written with the trade."""
        if self.lex.lang != "ar" or len(words) != 2 or (words[0].key not in self.lex.professions
                                                        and _bare(words[0].key, self.lex) not in self.lex.professions):
            return None
        return self._holder_of_nationality(words, set(), at)

    def _by_nationality(self, words: tuple[Token, ...]) -> Entity | None:
        """Arabic: a definite masculine adjective of origin alone ('الإيطالي', 'البرتغالي'; or two: 'الدولي
        السعودي') that no name in the text ends with, as the subject of a cue, is the person who spoke last, named
        in full (sports and profiles call a coach or a player by his nationality); None when the last speaker is
        a body or unnamed."""
        if self.lex.lang != "ar" or not 1 <= len(words) <= 2:
            return None
        for word in words:  # ('الدولي السعودي': an international and his country)
            key = word.key
            if not key.startswith("ال") or not word.text.endswith("ي") or len(key) < 6 or key in self.lex.titles \
                    or _bare(key, self.lex) in self.lex.titles or _bare(key, self.lex) in self.lex.professions \
                    or key in self.lex.professions or key in self.lex.anonymous or key in self.lex.latter_words \
                    or self._after_first_name(word):
                return None
        if len(words) == 1:
            bare = _bare(words[0].key, self.lex)
            named = next((e for e in reversed(self.speakers) if bare in e.names), None)
            if named is not None:  # ('وكان السوداني قد أعلن' after 'محمد شياع السوداني' and another spoke: the
                # name he bears, not the last speaker's origin)
                return named if not named.anonymous and named.type in ("person", "official") else None
        latest = self.speakers[-1] if self.speakers else None
        if latest is None or latest.anonymous or latest.type not in ("person", "official") or len(latest.names) < 2 \
                or latest.gender == "f":
            return None
        return latest

    def _surnamed(self, key: str) -> Entity | None:
        """Arabic: the latest person who spoke under a full name holding `key` (a name word after a trade: 'القاضي
        زيدان'); a word of relation ('العبيدي', 'المصري') only when it closed that name, as a surname does."""
        bare = key[2:] if key.startswith("ال") else key
        if key in self.lex.titles or bare in self.lex.titles:
            return None
        for e in reversed(self.speakers[-8:]):
            named = _words(e.canonical)
            if e.anonymous or e.type not in ("person", "official") or len(e.names) < 2 or len(named) < 2:
                continue
            last = named[-1].key[2:] if named[-1].key.startswith("ال") else named[-1].key
            if last == bare or (not bare.endswith("ي") and bare in e.names):
                return e
        return None

    def _agreeing_speaker(self, entity: Entity | None, cue: str) -> Entity | None:
        """Arabic 'أعلنت الوزارة … وقال وكيلها فلان … وأكدت أن …': a cue with no subject whose feminine ending
        (the form without its final ت is a cue too: 'وأكدت', not 'ولفت') cannot go on with a man: the latest
        speaker before him that is a woman or a body named by a feminine noun ('الوزارة', 'الشرطة')."""
        words = _words(cue)
        if self.lex.lang != "ar" or entity is None or not words:
            return entity
        if words[0].key.endswith("وا") and self._a_cue(words[0].key[:-2]):
            return self._plural_speaker(entity)
        if not words[0].key.endswith("ت") or not self._a_cue(words[0].key[:-1]):
            return self._agreeing_man(entity, words[0].key)
        first = _words(entity.canonical)[:1]
        if self._masculine_document(entity):
            pass  # ('قالت الوزيرة … وأشار التقرير إلى … وأضافت أن …': she goes on, not the report)
        elif self._masculine_body(entity):
            # A feminine cue with no subject after a body named by a masculine noun ('وقال المستشفى … وأضافت'):
            # the verb cannot agree with it, so it goes on with the nearest speaker before it that it agrees with
            # (a woman, or a body named by a feminine noun: 'قالت الوزيرة … وقال المستشفى … وأضافت' is the
            # minister). With none such, the body itself goes on: news Arabic often makes an institution
            # feminine, reading it as its administration ('إدارة المستشفى').
            return next((e for e in reversed(self.speakers[-6:]) if e is not entity and self._agrees_feminine(e)),
                        entity)
        elif entity.type not in ("person", "official") or not (entity.gender == "m" or self._masculine(entity)) \
                or self._feminine(entity) or (first and first[0].key.endswith("ه")):
            return entity  # ('شركة توماس كوك': a company; 'المشرفة على المبنى': a woman, whatever 'على' spells)
        for earlier in reversed(self.speakers[-6:]):
            first = _words(earlier.canonical)[:1]
            body = earlier.type in _BODY_TYPES and bool(first) and first[0].key.endswith("ه")
            if earlier is not entity and (body or self._feminine(earlier) or earlier.gender == "f"):
                return earlier
        return entity

    def _masculine_body(self, entity: Entity) -> bool:
        """Arabic: a body named in Arabic by a definite masculine noun and no feminine word ('المستشفى', 'الجيش
        الوطني'; not 'الشرطة', 'الأمم المتحدة', whose verbs are feminine, nor a name the registry spells in
        English)."""
        words = _words(entity.canonical)
        return entity.type in _BODY_TYPES and bool(words) and words[0].key.startswith("ال") \
            and all(w.is_word and not w.text.isascii() and not w.key.endswith(("ه", "ات")) for w in words)

    def _agrees_feminine(self, entity: Entity) -> bool:
        """Arabic: a speaker a feminine verb agrees with: a woman, or a body named by a feminine noun."""
        first = _words(entity.canonical)[:1]
        return entity.gender == "f" or self._feminine(entity) \
            or (entity.type in _BODY_TYPES and bool(first) and first[0].key.endswith("ه"))

    def _agreeing_man(self, entity: Entity, cue: str) -> Entity:
        """Arabic 'قالت الوزيرة فلانة … وقال رئيس الاتحاد فلان … وأضافت أن … وأضاف أن …': a masculine cue with no
        subject (its form with a final ت is a cue too: 'وأضاف', 'وتابع') cannot go on with a woman: the latest
        person or official before her named as a man (a masculine title or a man's first name). A body, or no
        such man, leaves the speaker as found."""
        if not ((entity.type in ("person", "official") and (entity.gender == "f" or self._feminine(entity)))
                or self._unnamed_woman(entity)) \
                or self._masculine(entity) or not self._a_cue(cue) or not self._a_cue(cue + "ت"):
            return entity
        for earlier in reversed(self.speakers[-6:]):
            if earlier is not entity and earlier.type in ("person", "official") and earlier.gender != "f" \
                    and not self._feminine(earlier) and (earlier.gender == "m" or self._masculine(earlier)):
                return earlier
            if earlier is not entity and self._unnamed_man(earlier):
                return earlier  # ('قال الطالب … وقالت المشرفة إنه … وقال لها …': the student, not she)
        return entity

    def _unnamed_woman(self, entity: Entity) -> bool:
        """Arabic: an unnamed speaker written with one feminine noun first ('المشرفة على المبنى', 'ممرضة'), no
        plural and no man's name."""
        words = _words(entity.canonical)
        return entity.anonymous and entity.type == "anonymous" and bool(words) and words[0].key.endswith("ه") \
            and not words[0].text.isascii() and not self._plural(entity) and not self._masculine(entity)

    def _unnamed_man(self, entity: Entity) -> bool:
        """Arabic: an unnamed speaker written with a definite masculine noun first ('الطالب', 'الحارس'), no plural,
        no feminine word first."""
        words = _words(entity.canonical)
        return entity.anonymous and entity.type == "anonymous" and bool(words) and not words[0].text.isascii() \
            and not words[0].key.endswith(("ه", "ات", "ون", "ين")) and not self._plural(entity) \
            and not self._feminine(entity) and words[0].key.startswith("ال")

    def _told_her_by_no_man(self, entity: Entity, draft: Draft) -> bool:
        """Arabic: a masculine cue with no subject and 'لها' right after it ('… وقال لها إن …') inside the latest
        reported words, resolved to a woman (no man before her to go on with, `_agreeing_man`): she is the one
        told, never who told her."""
        if draft.cue is None or self.reported is None or not self.reported[0] <= draft.cue[0] < self.reported[1]:
            return False
        cue = _words(self.text[draft.cue[0]:draft.cue[1]])
        after = _words(self.text[draft.cue[1]:draft.cue[1] + _TOLD_PRONOUN_REACH])
        if not cue or not after or after[0].key != _AR_TO_HER or cue[0].key.endswith("ت") \
                or not self._a_cue(cue[0].key + "ت"):
            return False
        return entity.type in ("person", "official", "anonymous") and not self._masculine(entity) \
            and (entity.gender == "f" or self._feminine(entity) or self._unnamed_woman(entity))

    def _a_cue(self, key: str) -> bool:
        return key in self.lex.cues or (strip_proclitic(key, self.lex) or "") in self.lex.cues

    def _plural_speaker(self, entity: Entity) -> Entity:
        """Arabic 'قال سكان … وقال رجل يدعى … وأضافوا أن …': a plural cue with no subject cannot go on with one
        person: the latest speaker before him named in the plural (a plural ending, or a broken plural of
        `group_nouns`)."""
        if self._plural(entity) or (entity.anonymous and entity.type not in _BODY_TYPES and entity.type != "document"):
            return entity  # (a body or a document is never 'they': 'قال شهود … وذكر الجيش … وأضافوا' are the
            # witnesses)
        return next((e for e in reversed(self.speakers[-6:]) if e is not entity and self._plural(e) and not e.gender
                     and not self._masculine(e) and not self._feminine(e)), entity)  # (not 'ياسين …', one man)

    def _plural(self, entity: Entity) -> bool:
        first = _words(entity.canonical)[:1]
        key = first[0].key[2:] if first and first[0].key.startswith("ال") else first[0].key if first else ""
        return key.endswith(("ون", "ين", "ات")) or key in self.lex.group_nouns

    def _feminine(self, entity: Entity) -> bool:
        """Arabic: the entity was named by a feminine title or trade ('الناطقة', 'وزيرة', 'الطبيبة') or a woman's
        first name."""
        return self._named_with_gender(entity, feminine=True)

    def _masculine(self, entity: Entity) -> bool:
        """Arabic: the entity was named by a masculine title or trade ('الطبيب', 'الوزير') or a man's first name."""
        return self._named_with_gender(entity, feminine=False)

    def _named_with_gender(self, entity: Entity, feminine: bool) -> bool:
        words = _words(entity.canonical)
        if not words:
            return False
        roles = self.lex.professions_or_titles
        first = words[0].key
        names = self.lex.words["female_names" if feminine else "male_names"]
        return (first.endswith("ه") == feminine and (first in roles or _bare(first, self.lex) in roles)) \
            or any(w.key in names for w in words[:4])

    def _by_trade(self, entity: Entity) -> bool:
        """Arabic: the entity was named by a trade before its honorific ('الخبير الدكتور دريد محاسنة'): someone
        who holds no office a later title ('رئيس الوزراء') may mean."""
        first = _words(entity.canonical)[:1]
        trades = self.lex.professions
        return bool(first) and (first[0].key in trades or _bare(first[0].key, self.lex) in trades
                                or "ال" + _bare(first[0].key, self.lex) in trades)

    def _by_title(self, titles: set[str], at: int, words: tuple[Token, ...] = (),
                  give: bool = True) -> Entity | None:
        """The latest entity that holds one of `titles`; with none, and `give`, a person of no title it may be
        given to."""
        alone = len(words) == 1 and words[0].key in self.lex.standalone_titles
        owned = self.lex.lang == "en" and bool(words) and words[0].key in _POSSESSIVE_PRONOUNS
        for entity in reversed(self.entities):
            if titles & entity.titles and not (alone and self._heads_a_body(entity)) \
                    and not (owned and self._title_of_named_owner(entity, at)):
                return entity  # ('her lawyer' after "Marlow's lawyer, Gideon Hart": whose, untold)
        if not give:
            return None
        feminine = self.lex.lang == "ar" and len(words) == 1 and words[0].key.endswith("ه")
        if feminine:  # "على حد قول المتحدثة" after "الناطقة باسم المنظمة": the woman who spoke last, not a man
            woman = next((e for e in reversed(self.speakers[-6:]) if not e.anonymous
                          and e.type in ("official", "person") and self._feminine(e)), None)
            if woman is not None:
                return woman
        reporter = self.last if self.reported is not None and self.reported[0] <= at < self.reported[1] else None
        untitled = [e for e in reversed(self.entities) if not e.anonymous and e.type in ("official", "person")
                    and not e.titles and self.first_seen.get(id(e), at) < at and not self._described(e)
                    and not self._common_noun_last(e) and not (feminine and self._masculine(e))
                    and e is not reporter and not (alone and self._heads_a_body(e)) and not self._named_with_trade(e)]
        # ('Reyes said the mayor had told him …': someone he reports, not him; 'الرئيس' is not 'رئيس الوزراء …')
        if self.lex.lang == "en" and (len({e.canonical for e in untitled}) > 1
                                      or (titles and titles <= self.lex.private_titles)
                                      or any(t in self.lex.role_titles for t in titles)):
            return None  # ('Mrs Thatcher … Mr Joseph … the prime minister': no telling which of them; 'the striker'
            # after 'Paolo Conti said …': a team has many players, not only the one quoted; 'the judge' after
            # 'Tom Reyes testified …': a witness named without a title, not the judge)
        if untitled and self.lex.lang == "en" and titles and self._described_otherwise(untitled[0], titles, at):
            return None  # 'A witness, Tom Baker, said … The judge said': he was given another role, not that title
        if untitled and self.lex.lang == "en":
            untitled[0].titles |= titles  # ('The mayor said' makes him the mayor: 'The president said' is not him)
        return untitled[0] if untitled else None  # 'محمد الجدعان … وأضاف الوزير'; not 'زعيم التيار … اعتبر النائب'

    def _title_of_named_owner(self, entity: Entity, at: int) -> bool:
        """English "Marlow's lawyer, Gideon Hart": the entity's first mention before `at` is set off after a
        description that opens with a capitalised possessed name, the one whose title it is."""
        if "," in entity.canonical and _possessed_name_first(entity.canonical):
            return True  # (the mention kept whole, description and name)
        found = self.text.find(entity.canonical, 0, at)
        if found < 2 or self.text[found - 2:found] != ", ":
            return False
        start = max(0, found - _ROLE_REACH)
        for mark in (", ", ". ", "\n"):
            k = self.text.rfind(mark, start, found - 2)
            start = start if k < 0 else k + len(mark)
        return _possessed_name_first(self.text[start:found - 2])

    def _described_otherwise(self, entity: Entity, titles: set[str], at: int) -> bool:
        """English: the person's first mention, before `at`, stands beside a lower-case noun of a role that is not
        the title ('A witness, Tom Baker', 'Tom Baker, a farmer,', 'nurse Ana Ruiz'): a bare title later names
        someone else ('The judge said'), as does a private title ('A lawyer for the family, Tom Baker'). A person
        named with no role ('Margaret Thatcher …, the then prime minister said') may still be the one the title
        means."""
        words = entity.canonical.split()
        found = self.text.find(entity.canonical, 0, at)
        if found < 0 and words:
            found = self.text.find(words[-1], 0, at)
        if found < 0:
            return False
        end = found + len(entity.canonical if self.text.startswith(entity.canonical, found) else words[-1])
        after = min(at, end + _ROLE_REACH) if self.text[end:end + 1] == "," else end
        before = max(0, found - _ROLE_REACH)
        if self.text[max(0, found - 2):found] == ", ":  # ('A lawyer for the news outlets, David Ames': the phrase
            before = max(self.text.rfind(". ", 0, found), self.text.rfind("\n", 0, found), found - 2 * _ROLE_REACH)
            # set off before the name, back to its sentence's start at most)
        roles, private = self.lex.anonymous, self.lex.private_titles
        return any(t.is_word and t.text.islower() and t.key not in titles and (t.key in roles or t.key in private)
                   for t in self._window(max(0, before), after) if not found <= t.start < end)
        # ('A lawyer for the outlets, David Schulz': a private title is a role too, not 'the secretary')

    def _title_phrase_before_name(self, mention: str, at: int) -> tuple[int, int] | None:
        """English 'the Arsenal manager': the words after its article written earlier, before `at`, right before
        a capitalised name of two to four words ('Arsenal manager Tom Reyes'): that name's span."""
        parts = mention.strip().split(" ", 1)
        if len(parts) < 2:
            return None  # (its words set apart by line breaks or tabs, not spaces: no phrase to look for)
        phrase = parts[1]
        pos = self.text.rfind(phrase + " ", 0, at)
        if pos < 0:
            return None
        start = pos + len(phrase) + 1
        name = [t for t in self._window(start, min(at, start + 60))]
        n = 0
        while n < len(name) and n < 4 and name[n].is_word and name[n].text[:1].isupper() \
                and name[n].start == (name[n - 1].end + 1 if n else start):
            n += 1
        return (start, name[n - 1].end) if n >= 2 else None

    def _common_noun_last(self, entity: Entity) -> bool:
        """English 'Secret Service protocol': a mention ending with a lower-case word names no person a title
        may later refer to."""
        words = _words(entity.canonical)
        return self.lex.lang == "en" and bool(words) and words[-1].text.islower()

    def _heads_a_body(self, entity: Entity) -> bool:
        """Arabic: the entity was first named by a title in construct with what it heads ('رئيس هيئة الأركان',
        'رئيس الوزراء'): not the one a standalone title means ('الرئيس': the president)."""
        at = self.first_seen.get(id(entity))
        if at is None or self.lex.lang != "ar":
            return False
        words = [t for t in self._window(at, min(len(self.text), at + 60)) if t.is_word][:3]
        head = next((k for k, t in enumerate(words) if "ال" + _bare(t.key, self.lex) in self.lex.standalone_titles
            and not t.key.startswith("ال")), None)
        return head is not None and head + 1 < len(words) \
            and words[head + 1].key not in self.lex.capitals_or_countries  # ('رئيس العراق' heads no body)

    def _named_with_trade(self, entity: Entity) -> bool:
        """Arabic: the entity's first mention opens with a trade ('الإعلامي عمرو أديب', 'المحامي …'): someone
        given another role, whom a later bare title ('وقال الوزير') does not mean."""
        at = self.first_seen.get(id(entity))
        if at is None or self.lex.lang != "ar":
            return False
        first = next((t for t in self._window(at, min(len(self.text), at + 30)) if t.is_word), None)
        trades = self.lex.professions
        return first is not None and first.start == at and (first.key in trades or _bare(first.key, self.lex) in trades
                                                             or "ال" + _bare(first.key, self.lex) in trades)

    def _described(self, entity: Entity) -> bool:
        """English 'The judges', 'the family of a man …': a mention opening with an article names no one a title
        may later refer to."""
        first = _words(entity.canonical)[:1]
        return self.lex.lang == "en" and bool(first) and first[0].key in self.lex.determiners

    def _conduits(self, draft: Draft) -> tuple[str, ...]:
        if not draft.conduit_region:
            return ()
        s, e = draft.conduit_region
        found: list[str] = []
        known: list[tuple[int, int]] = []
        for a, b, entry in self.names[search_left(self.name_starts, s):search_left(self.name_starts, e)]:
            if entry.type not in CONDUIT_TYPES or b > e:
                continue  # (the names starting inside the region, found by bisection: a long text has many)
            if draft.source and a < draft.source[1] and b > draft.source[0]:
                continue
            if entry.canonical not in found:
                found.append(entry.canonical)
                known.append((a, b))
        if known and self.lex.lang == "en":
            found += [name for name in self._listed_beside(s, e, known, draft.source) if name not in found]
        return tuple(found) or self._quoted_outlet(draft, s, e) or self._described_outlet(s, e) \
            or self._titled_outlet(draft, s, e) \
            or self._unnamed_outlet(self._past_source(draft, s), self._before_source(draft, s, e)) \
            or self._outlet_named_before(draft, s, e) or self._numbered_outlet(draft, s, e) \
            or self._described_arabic_outlet(draft, s, e) or self._correspondents_outlet_named(draft, s, e)

    def _listed_beside(self, s: int, e: int, known: list[tuple[int, int]],
                       source: tuple[int, int] | None) -> list[str]:
        """English 'cited by Reuters and the Daily Ledger', 'quoted by CNN, Reuters and the Pellow Herald': the
        other items of a list ('and' or commas between them) holding an outlet the registry knows are outlets
        too when each is a capitalised name (after 'the' at most); written as they stand."""
        tokens = [t for t in self._window(s, e) if not (source and t.start < source[1] and t.end > source[0])]
        items: list[list[Token]] = [[]]
        for t in tokens:
            if t.key == "and" or t.text == ",":
                items.append([])
            else:
                items[-1].append(t)
        while len(items[0]) > 1 and items[0][0].text.islower() and items[0][0].key != "the":
            items[0] = items[0][1:]  # 'cited by the Daily Ledger and Reuters': not the marker
        inside = {n for n, item in enumerate(items) if any(a <= t.start < b for t in item for a, b in known)}

        def named(item: list[Token]) -> bool:
            words = item[1:] if item and item[0].key == "the" else item
            return 0 < len(words) <= 5 and all(t.is_word and t.text[:1].isupper() for t in words)

        out = []
        for n in range(len(items)):
            if n in inside or not named(items[n]):
                continue
            step = 1 if n < min(inside) else -1  # the items between it and a known outlet name outlets too
            k = n + step
            while k not in inside and named(items[k]):
                k += step
            if k in inside:
                out.append(self.text[items[n][0].start:items[n][-1].end])
        return out

    @staticmethod
    def _past_source(draft: Draft, s: int) -> int:
        """Where the region goes on past a source it opens with ('وصرح المتحدث لموقع إلكتروني')."""
        return draft.source[1] if draft.source and draft.source[0] <= s < draft.source[1] else s

    @staticmethod
    def _before_source(draft: Draft, s: int, e: int) -> int:
        """Where the region stops at a source named after the outlet ('وصرح لموقع إخباري مصدر مطلع')."""
        return draft.source[0] if draft.source and s < draft.source[0] < e else e

    def _titled_outlet(self, draft: Draft, s: int, e: int) -> tuple[str, ...]:
        """Arabic 'ونقلت صحيفة الشرق عن مصادر', 'وقال مسؤول لموقع الحدث إن': an outlet noun without the article
        and the definite words after it (up to three) name an outlet the registry does not know; its name is
        those words ('وكالة الأنباء الرسمية', a generic agency, keeps its noun)."""
        if self.lex.lang != "ar":
            return ()
        words = [t for t in self._window(s, e) if t.is_word
                 and not (draft.source and t.start < draft.source[1] and t.end > draft.source[0])]
        nouns = self.lex.outlet_nouns
        for k, t in enumerate(words[:-1]):
            if t.key not in nouns or len(t.key) < 3 or t.key.startswith("ال"):
                continue
            name: list[Token] = []
            for j, w in enumerate(words[k + 1:k + 4], start=k + 1):
                plain = not name and j + 1 < len(words) and len(w.key) > 2 and w.key not in nouns \
                    and words[j + 1].key.startswith("ال") and words[j + 1].start - w.end < 3
                # ('إذاعة صوت العرب', 'قناة ليبيا الأحرار': a plain word and its definite genitive)
                plain = plain or (not name and len(w.key) > 2 and w.key not in nouns and w.text.isalpha()
                                  and not w.text.endswith(("ي", "ية", "ة", "ين", "ون"))
                                  and (j + 1 == len(words) or words[j + 1].key == "عن")
                                  and w.key not in self.lex.source_stops and w.key not in self.lex.anonymous)
                # ('ونقلت إذاعة موزاييك عن …': one plain word, the name, right before 'عن'; not 'صحيفة محلية')
                if not (w.key.startswith("ال") or plain) or w.text[:1] in "إأآ" \
                        or w.key in self.lex.source_stops or w.start - t.end > 60:
                    break  # ('لموقع إلكتروني': a hamza under the alif, no article)
                name.append(w)
            last = words[-1]
            if not name and k + 2 == len(words) and len(last.key) > 2 and not last.key.startswith(("ال", "لل")) \
                    and not last.key.endswith(("ي", "يه")) and last.text[:1] not in "إأآ" and last.key not in nouns \
                    and last.key not in self.lex.source_stops and last.start - t.end < 3:
                name = [last]  # ('وأضاف موقع واينت نقلا عن …': a one-word name closing the words before the relay;
                # not 'صحيفة محلية', 'موقع إلكتروني': an adjective)
            if not name:
                continue
            if name[0].key == "الانباء":
                noun = t.text[1:] if t.key[:1] == "ل" and t.key[1:] in nouns else t.text
                return (noun + " " + self.text[name[0].start:name[-1].end],)
            return (self.text[name[0].start:name[-1].end],)
        return ()

    def _outlet_named_before(self, draft: Draft, s: int, e: int) -> tuple[str, ...]:
        """Arabic: an outlet noun with the article alone ('ونقلت الوكالة عن …', 'نقلت الصحيفة عن …'), or a
        correspondent ('وينقل المراسل عن …'), is the latest outlet of the registry named before it (the dateline's
        'واس' too); a document with the article alone ('وينقل التقرير عن …') is the latest name when that is an
        outlet."""
        if self.lex.lang != "ar":
            return ()
        words = [t for t in self._window(s, e) if t.is_word]
        if len(words) != 1 or not words[0].key.startswith("ال"):
            return ()
        key = words[0].key
        if key in self.lex.documents:  # "وينقل التقرير عن …": the report of the outlet named last, when no
            # other body was named after it (not a rights group's report), relaying a source named after it
            # (not "وتضمنت التعليمات …": the document itself speaks)
            if draft.source is None or draft.source[0] < words[0].end:
                return ()
            latest = self._latest_name(s)
            return (latest.canonical,) if latest is not None and latest.type in CONDUIT_TYPES else ()
        if key[2:] not in self.lex.outlet_nouns and key not in self.lex.correspondents:
            return ()  # ("وينقل المراسل عن …": the correspondent of the outlet named last)
        entry = self._latest_outlet(s)
        return (entry.canonical,) if entry is not None else ()

    def _latest_name(self, at: int) -> RegistryEntry | None:
        """The latest name of the registry found before `at`."""
        k = search_left(self.name_starts, at)
        return self.names[k - 1][2] if k else None

    def _numbered_outlet(self, draft: Draft, s: int, e: int) -> tuple[str, ...]:
        """Arabic 'نقلت القناة 12 عن …', 'وقالت القناة 13 إن': an outlet noun with the article and a number
        after it names a channel (or a paper) the registry may not know; its name is those two words."""
        if self.lex.lang != "ar":
            return ()
        words = [t for t in self._window(s, e) if t.is_word
                 and not (draft.source and t.start < draft.source[1] and t.end > draft.source[0])]
        if len(words) != 2 or not words[0].key.startswith("ال") \
                or words[0].key[2:] not in self.lex.outlet_nouns \
                or not words[1].text.removeprefix("الـ").isdigit() or words[1].start - words[0].end > 1:
            return ()
        return (self.text[words[0].start:words[1].end],)

    def _described_arabic_outlet(self, draft: Draft, s: int, e: int) -> tuple[str, ...]:
        """Arabic 'ونقل التلفزيون الرسمي عن …', 'في تصريح للتلفزيون المصري': an outlet noun with the article
        and one or two definite adjectives after it describe an outlet the registry does not name; its name is
        those words (the dative's 'ل' put back to the article). Not when a genitive 'ل' follows ('الموقع
        الإلكتروني للوزارة': the ministry's own page)."""
        if self.lex.lang != "ar":
            return ()
        words = [t for t in self._window(s, e) if t.is_word
                 and not (draft.source and t.start < draft.source[1] and t.end > draft.source[0])]
        nouns, stops = self.lex.outlet_nouns, self.lex.source_stops
        for k, t in enumerate(words[:-1]):
            bare = t.key[2:] if t.key.startswith(("ال", "لل")) else ""
            if bare not in nouns or len(bare) < 3:
                continue
            n = k
            while n + 1 < len(words) and n - k < 2 and words[n + 1].key.startswith("ال") \
                    and words[n + 1].key[2:] not in nouns and words[n + 1].key not in stops \
                    and words[n + 1].start - words[n].end <= 1:
                n += 1
            after = words[n + 1].key if n + 1 < len(words) else ""
            if n == k or (after.startswith("ل") and not after.startswith("ال")):
                return ()
            head = t.text if t.key.startswith("ال") else "ا" + t.text[1:]
            return (head + self.text[t.end:words[n].end],)
        return ()

    def _correspondents_outlet_named(self, draft: Draft, s: int, e: int) -> tuple[str, ...]:
        """Arabic 'ونقل مراسل الجزيرة عن مسؤول …', 'ونقلت مراسلة بي بي سي في بغداد عن …': a region opening with a
        correspondent's noun names the outlet in the words after it, up to the first preposition; the registry
        reads them as a whole mention (so a name that is also a common word, 'الجزيرة', is found too)."""
        if self.lex.lang != "ar" or self.registry is None:
            return ()
        words = [t for t in self._window(s, e) if t.is_word
                 and not (draft.source and t.start < draft.source[1] and t.end > draft.source[0])]
        if len(words) < 2 or words[0].key not in self.lex.correspondents:
            return ()
        n = 1
        while n < len(words) and n <= _CORRESPONDENT_OUTLET_WORDS and words[n].key not in self.lex.prepositions:
            n += 1
        for m in range(n - 1, 0, -1):  # the longest run of words after the noun that names an outlet
            entry = self.registry.match(self.text[words[1].start:words[m].end])
            if entry is not None and entry.type in CONDUIT_TYPES:
                return (entry.canonical,)
        return ()

    def _latest_outlet(self, at: int) -> RegistryEntry | None:
        """The latest agency or medium of the registry named before `at`."""
        return next((entry for _, _, entry in reversed(self.names[:search_left(self.name_starts, at)])
                     if entry.type in CONDUIT_TYPES), None)

    def _described_outlet(self, s: int, e: int) -> tuple[str, ...]:
        """English 'told Spanish radio station Cadena SER', 'the German newspaper Bild': the capitalised name after
        a lower-case outlet noun is the outlet; so is a capitalised name ending with one ('told the Manchester
        Evening News') or, after 'the', with a masthead word ('told the Southport Echo')."""
        if self.lex.lang != "en":
            return ()
        words = [t for t in self._window(s, e) if t.is_word]
        for k, t in enumerate(words[:-1]):
            if t.key in self.lex.outlet_nouns and t.text.islower() and k + 2 < len(words) \
                    and words[k + 1].text.islower() and words[k + 1].key not in self.lex.prepositions \
                    and words[k + 2].text[:1].isupper():
                k += 1  # 'the state news agency NSA': a second noun between the outlet noun and the name
            elif not (t.key in self.lex.outlet_nouns and t.text.islower()
                      and words[k + 1].text[:1].isupper()):
                continue
            n = k + 1
            while n + 1 < len(words) and words[n + 1].text[:1].isupper() and words[n + 1].start - words[n].end <= 1:
                n += 1
            return (self.text[words[k + 1].start:words[n].end],)
        named = words[1:] if words and words[0].key == "the" else words
        if (1 < len(named) <= 5 or (len(named) == 1 and len(words) == 2 and not named[0].text.isupper())) \
                and all(w.text[:1].isupper() for w in named) and (named[-1].key in self.lex.outlet_nouns or (
                    len(named) > 1 and words[0].key == "the" and named[-1].key in self.lex.masthead_words)):
            first = words[0] if len(named) == 1 and words[0].text == "The" else named[0]
            return (self.text[first.start:named[-1].end],)  # 'told the Manchester Evening News', 'told the
            # Times' ('The Times'): a capitalised outlet noun after 'the' is the paper's name
        if 2 < len(words) <= 7 and words[0].key == "the" and words[-1].text.islower() \
                and words[-1].key in self.lex.outlet_nouns and words[1].text[:1].isupper() \
                and words[-2].text[:1].isupper() and all(
                    w.text[:1].isupper() or w.key in self.lex.name_connectors for w in words[1:-1]):
            return (self.text[words[1].start:words[-2].end],)  # 'told the Ziarul de Garda newspaper': the name
            # before the lower-case outlet noun
        if 1 < len(words) <= 4 and words[0].text == "The" and all(w.text[:1].isupper() for w in words) \
                and self.text[:words[0].start].rstrip()[-1:].isalpha():
            return (self.text[words[0].start:words[-1].end],)  # 'told The Verge': a title with 'The' mid-sentence
        if len(named) == 1 and len(named[0].key) > 6 and named[0].text[:1].isupper() \
                and (named[0].key.endswith("news") or named[0].key.endswith(_WEB_ENDINGS)):
            return (named[0].text,)  # 'Speaking to Wikinews', 'told GovExec.com': a news site's name
        if len(words) > 2 and words[0].key in ("on", "to"):
            words = words[1:]  # ('said on local radio')
        if 1 < len(words) <= 3 and all(w.text.islower() for w in words) \
                and (words[-1].key in self.lex.outlet_nouns or words[-1].key[:-1] in self.lex.outlet_nouns) \
                and words[0].key not in self.lex.possessives and words[0].key not in self.lex.determiners \
                and (words[0].key not in self.lex.quantifiers or words[0].key == "other"):
            return (self.text[words[0].start:words[-1].end],)  # 'told state television', 'told local newspapers'
            # ('other media': outlets described, none named; not 'the local paper', one the reader should know)
        return ()

    def _quoted_outlet(self, draft: Draft, s: int, e: int) -> tuple[str, ...]:
        """Arabic: 'في تصريح لـ"العربية"', 'لموقع "كل شيء عن الجزائر"': a short quotation right after 'لـ' or an
        outlet noun names the outlet (the registry's name when it knows it)."""
        if self.lex.lang != "ar":
            return ()
        words = [t for t in self._window(s, e) if t.is_word]
        for prev, t in pairwise(words):
            opening = self.text[prev.end:t.start].strip()
            if not opening or opening[-1] not in "«\"“" or prev.key not in self.lex.outlet_nouns:
                continue
            close = next((k for k in range(t.start, min(e, t.start + 60)) if self.text[k] in "»\"”"), None)
            if close is None or (draft.source and t.start < draft.source[1] and close > draft.source[0]):
                continue
            name = self.text[t.start:close].strip()
            entry = self.registry.match(name) if self.registry else None
            return (entry.canonical if entry is not None and entry.type in CONDUIT_TYPES else name,)
        return ()

    def _glued_listed_outlet(self, words: list[Token]) -> str | None:
        """Arabic: the registry's name of an outlet listed glued to the dative 'لـ' (conduit_markers.txt:
        'للجزيرة', 'للأهرام', read with the article its ل took), among the region's words."""
        registry = self.registry
        if registry is None or self.lex.lang != "ar":
            return None
        for t in words:
            if t.key[:1] == "ل" and t.key in self.lex.conduit_markers and t.key[1:] not in self.lex.outlet_nouns:
                entry = registry.match("ا" + t.text[1:] if t.text.startswith("لل") else t.text[1:])
                if entry is not None and entry.type in CONDUIT_TYPES:
                    return entry.canonical
        return None

    def _unnamed_outlet(self, s: int, e: int) -> tuple[str, ...]:
        """'قال مسؤولون لوسائل إعلام متعددة', 'told a local radio station': outlets described, not named."""
        words = [t for t in self._window(s, e) if t.is_word]
        keys = tuple(t.key for t in words)
        if not keys:
            return ()
        told = next((t for t in words if t.key.startswith("لل") and t.key[2:] in self.lex.outlet_nouns
                     and t.key in self.lex.conduit_markers), None)
        if told is not None:  # "وقال أحد المسؤولين للصحيفة إن …": the outlet named before
            entry = self._latest_outlet(told.start)
            return (entry.canonical,) if entry is not None else ()
        glued = self._glued_listed_outlet(words)
        if glued is not None:  # "في تصريح للجزيرة": a listed outlet glued to the dative after the occasion
            return (glued,)
        markers = self.lex.phrases_starting("conduit_markers", keys[0])  # in list order
        if keys[0] in self.lex.conduit_markers:
            markers += ((keys[0],),)  # single words come after every phrase
        for phrase in markers:
            if keys[:len(phrase)] != phrase:
                continue
            dative = phrase[0].startswith("ل") and len(phrase[0]) > 2  # "لوسائل إعلام": the marker names them
            rest = words[:5] if dative else words[len(phrase):len(phrase) + 5]
            stop = next((n for n, t in enumerate(rest) if n and t.key in self.lex.source_stops
                         and self.lex.lang == "en"), len(rest))
            rest = rest[:stop]  # 'obtained by the Ledger through a public records request': the Ledger
            if not rest or _has_phrase(list(keys[:len(phrase) + 5]), self.lex, "anonymity_markers"):
                return ()  # ("، تحدث شريطة عدم الكشف عن هويته،": the terms he spoke on, no outlet)
            name = self.text[rest[0].start:rest[-1].end]
            if self.lex.lang == "en" and all(t.text.islower() for t in rest) \
                    and not any(t.key in self.lex.outlet_nouns or t.key[:-1] in self.lex.outlet_nouns
                                for t in rest) and guess_type(name, self.lex) == "person":
                return ()  # 'a placard carried by one student': a person described, who passes on no news
                # ('carried by local broadcasters', 'carried by the state news agency': outlets)
            if not dative:
                return (name,)
            name = "ا" + name[1:] if name.startswith("لل") else name[1:]  # ('للأهرام': the article the ل took)
            entry = self.registry.match(name) if self.registry else None
            return (entry.canonical if entry is not None and entry.type in CONDUIT_TYPES else name,)
        if self.lex.lang == "en" and keys[0] == "in":
            return self._outlet_after_medium(words)
        return ()

    def _outlet_after_medium(self, words: list[Token]) -> tuple[str, ...]:
        """English 'in a statement carried by the state news agency': after the medium a marker (within the
        region's first few words) and a phrase with an outlet noun in it (up to a source stop) name the outlet."""
        for k in range(2, min(len(words), _MEDIUM_WORDS + 1)):
            for phrase in self.lex.phrases_starting("conduit_markers", words[k].key):
                if tuple(t.key for t in words[k:k + len(phrase)]) != phrase:
                    continue
                rest = words[k + len(phrase):k + len(phrase) + 5]
                stop = next((n for n, t in enumerate(rest) if n and t.key in self.lex.source_stops), len(rest))
                rest = rest[:stop]
                if rest and any(t.key in self.lex.outlet_nouns for t in rest):
                    return (self.text[rest[0].start:rest[-1].end],)
                return ()
        return ()


# --- a person's proper name, as the records give it -----------------------------------------------------

_PAREN_TAG: Final = re.compile(r"\s*\([^()]{1,12}\)\s*$")  # ('Rep. Jim Jordan (R-Ohio)': a party tag after the name)
_AR_COMMAS: Final = ("،", ",")
_AR_TO_HER: Final = "لها"
_AR_SHE_HE: Final = frozenset({"وهي", "وهو"})  # ('…، وهي صاحبة كشك': a clause saying who the one named is)
_TOLD_PRONOUN_REACH: Final = 6  # characters read after a cue for its 'لها'

_AR_POSSESSOR_ENDINGS: Final = ("ه", "ها", "هم", "هما")  # (as written: a final 'ة' is no pronoun)
_AR_NAME_JOINS: Final = frozenset({"عبد", "ابو", "أبو", "بن", "ابن", "آل", "ال"})  # ('عبد الرحمن', 'آل شافي')
_AR_THEOPHORIC: Final = frozenset({"الدين", "الله", "الاسلام", "الهدي", "الحق"})  # a compound name's definite second
# half, keys as folded: 'نور الدين', 'نصر الله', 'سيف الإسلام', 'نور الهدى', 'ضياء الحق'


def _capitals_name(canonical: str) -> bool:
    """English: a person's name written in capitals only, as a transcript's speaker label writes it ('ROBERT
    HAYES', 'HAYES'): one to four words of letters (an apostrophe, a hyphen or a dot between), none a lone letter."""
    words = canonical.split()
    return 0 < len(words) <= 4 and canonical.isupper() and all(_CAPITALS_WORD.fullmatch(w) for w in words)


def _written_word(text: str, word: str) -> bool:
    """`word` written in `text` as a whole word, as it is cased ('Hayes' in 'Mr. Hayes said', not in 'Hayesville')."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(word, end)
    return False


def _title_cased(name: str) -> str:
    """'ROBERT HAYES' -> 'Robert Hayes', "O'NEILL" -> "O'Neill", 'SMITH-JONES' -> 'Smith-Jones': the first letter of
    each part capitalised, the rest lower-cased (same length: offsets of the name are not at stake)."""
    return _NAME_PART.sub(_title_cased_part, name)


def _title_cased_part(m: re.Match[str]) -> str:
    return m.group(0)[:1] + m.group(0)[1:].lower()


def _given_role(head: str, noun: str) -> list[tuple[int, str]]:
    """English: each name `head` gives the role `noun` to ('named Maria Lund as its new coach', 'Tom Hale was hired
    as interim coach'; `_GIVEN_A_ROLE` read before each ' coach'), with where it starts."""
    found: list[tuple[int, str]] = []
    at = head.find(" " + noun)
    while at >= 0:
        end = at + 1 + len(noun)
        if end == len(head) or not head[end].isalnum():
            base = max(0, at + 1 - _ROLE_GIVEN_REACH)
            m = _GIVEN_A_ROLE.search(head, base, at + 1)
            if m is not None:
                found.append((m.start(1), m.group(1)))
        at = head.find(" " + noun, at + 1)
    return found


def _names_one(canonical: str) -> bool:
    """A capitalised word after the first one, or a first one that is not 'The': a name, not 'the firm'."""
    words = _words(canonical)
    return any(w.text[:1].isupper() and (k or w.key != "the") for k, w in enumerate(words))


def body_proper_name(mention: str, lex: Lexicon, article: bool = True) -> str:
    """English: a body's name without the description written before it ('the state gas operator Moldovagaz',
    'Cybersecurity firm Norlock', 'The U.S. drugmaker Pelham': the capitalised name that closes the mention) and
    without the article of a name of three words or more ('The Saskatchewan Water Commission'); the mention as
    written when no capitalised name closes it ('the health ministry'), when a preposition or a possessive stands
    in the description ('the Bank of Elandia'), when a title closes it ('Port owner Halden Group', 'Union
    leaders Sam Cole and Rita Vance': who holds or owns it, not what it is), or when the name is a bare body or
    outlet noun ('state TV'). Without `article`, a leading article stays ('The Daily Ledger': an outlet's)."""
    words = _words(mention)
    if len(words) < 2 or not words[-1].text[:1].isupper():
        return mention
    k = len(words) - 1
    while k > 0 and (words[k - 1].text[:1].isupper() or (
            words[k - 1].key in lex.name_connectors and k - 2 >= 0 and words[k - 2].text[:1].isupper())):
        k -= 1
    if k <= 1 and words[0].key == "the":  # (an article, then capitalised words only)
        return mention[words[1].start:].strip() if len(words) > 2 and article else mention
    if k == 0:
        return mention
    described = words[k - 1].key
    if described in lex.name_connectors or described in lex.prepositions or described in lex.titles \
            or (described.endswith("s") and described[:-1] in lex.titles) \
            or any(w.key in lex.prepositions or (w.key in lex.name_connectors and w.key != "the")
                   or w.text.endswith(_POSSESSIVE_ENDINGS) for w in words[:k]):
        return mention
    tail = words[k:]
    if len(tail) == 1 and (tail[0].key in lex.outlet_nouns or tail[0].key in lex.government_or_organizations
                           or tail[0].key in lex.company_heads or tail[0].key in lex.titles):
        return mention  # ('state TV', 'the national Assembly')
    return mention[tail[0].start:].strip()


@_per_mention
def proper_name(canonical: str, lex: Lexicon) -> str:
    """The proper name of a person first written with a description set off by a comma: 'The union's
    president, Sarah Mendel' -> 'Sarah Mendel', 'Mark Addison, then her private secretary' -> 'Mark Addison',
    «أنور قرقاش، وزير الدولة» -> «أنور قرقاش», «المتحدث باسم الجيش، أفيخاي أدرعي» -> «أفيخاي أدرعي»; in English a
    title or a description before the name goes too ('The minister, Senator Dan Mercer' -> 'Dan Mercer'), an
    honorific alone stays ('Mr. Clarke'). With no comma, a title, an office or a role glued before the name goes
    as well: 'Green Bay coach Mike McCarthy' -> 'Mike McCarthy' (`_name_after_title`), «وزيرة الصحة سلمى الحسيني»
    -> «سلمى الحسيني» (`_ar_name_after_title`); an honorific before a name of two words or more goes in both
    languages ('Dr. Ana Lund' -> 'Ana Lund', «الدكتور سامر العلي» -> «سامر العلي»). The canonical as it is when no
    name of two words or more is found (the mention as written stays the record's source span, and an alias of
    the source in the store)."""
    if lex.lang == "ar":
        return _arabic_proper_name(canonical, lex) or canonical
    name = _english_proper_name(canonical, lex) or canonical
    return _without_honorific(name, lex) or name


def _without_honorific(name: str, lex: Lexicon) -> str | None:
    """English: the name an honorific opens, when two to four capitalised words of name follow it ('Dr. Ana
    Lund' -> 'Ana Lund', 'Mrs. Mary Ann Vance' -> 'Mary Ann Vance'), as «الدكتور» goes in Arabic; else None
    (a surname alone keeps it: 'Mr. Clarke'; 'Mr. and Mrs. Hale')."""
    words = _words(name)
    if len(words) < 3 or not _honorific(words[0], lex):
        return None
    named = [w for w in words[1:] if w.key not in _NAME_SUFFIXES]
    if not 2 <= len(named) <= 4 or _capitalised_run(words) != 0 or any(_honorific(w, lex) for w in named):
        return None
    return name[words[1].start:]


_ISSUE_REACH: Final = 1500  # characters before 'the statement' searched for 'issued a statement'
_ISSUER_WORDS: Final = 6  # words of an issuer written as the subject of 'issued a statement'
_ISSUE_PHRASE: Final = 40  # characters before the document noun holding 'issued a joint'
_CAPITALS_WORD: Final = re.compile(r"[A-Z]{2,}(?:['’.\-][A-Z]+)*\.?")  # 'HAYES', "O'NEILL", 'JR.'
_NAME_PART: Final = re.compile(r"[A-Za-z]+")
_INITIAL: Final = re.compile(r"[a-z]\.")  # a middle initial's key ('e.' of 'Elijah E. Cummings')


def _full_name_keys(names: set[str], lex: Lexicon) -> set[str]:
    """English name keys without initials ('e.', 'j') or honorifics ('dr', 'mrs.'): a person's written names."""
    return {k for k in names
            if len(k.rstrip(".")) > 1 and k not in lex.honorifics and k.rstrip(".") not in lex.honorifics}


def _honorific(word: Token, lex: Lexicon) -> bool:
    """English: 'Dr.', 'Mrs', 'Prof.': a title of address, written with or without its dot."""
    return word.key in lex.honorifics or word.key.rstrip(".") in lex.honorifics


def _english_proper_name(canonical: str, lex: Lexicon) -> str | None:
    text = _PAREN_TAG.sub("", canonical) if canonical.endswith(")") else canonical
    if "," in text:
        parts = [p.strip() for p in text.split(",")]
        last = _words(parts[-1])
        first = _words(parts[0])
        qualified = len(last) > 2 and last[0].text.islower() and last[0].key in lex.title_modifiers
        if 2 <= len(last) <= 5 and _capitalised_run(last) == int(qualified) and first and (
                first[0].key in lex.determiners or any(w.text[:1].islower() or w.key.endswith(("'s", "’s"))
                                                       for w in first)):
            # ('his rival, state Sen. Mara Quinn': a word qualifying the title may open it)
            return _titled_name(parts[-1], lex) or parts[-1]  # 'The mayor of Surabaya, Tri Rismaharini'
        rest = parts[1]
        if len(first) >= 2 and _capitalised_run(first) == 0 and (rest[:1].islower() or rest[:1].isdigit()):
            return _titled_name(parts[0], lex) or parts[0]  # 'Mark Addison, then her private secretary'
        return None
    return _name_after_title(text, lex) or _name_closing_office(text, lex) or _name_before_affiliation(text, lex)


def _name_before_affiliation(text: str, lex: Lexicon) -> str | None:
    """English: the person's name before 'of' and the body they belong to ('Tom Bonier of the Tidewater Fund' ->
    'Tom Bonier', "Professor Ann Lee of King's College London" -> 'Ann Lee', 'Mr. Morgan of the Sierra Club' ->
    'Mr. Morgan'): capitalised words only, a name after a title or a role in them, else opened by a known first
    name or an honorific; None when no name comes before 'of' ('Deputy Director of Procurement …')."""
    head, of, _ = text.partition(" of ")
    words = _words(head)
    if not of or not 2 <= len(words) <= 6 or _capitalised_run(words) != 0:
        return None
    if any(w.key in lex.titles or _name_role(w, lex) for w in words):
        return _name_after_title(head, lex)
    return head if len(words) <= 4 and _opens_a_name(words, lex) else None


def _name_closing_office(text: str, lex: Lexicon) -> str | None:
    """English: the name of two words (three with a middle initial) opened by a known first name that closes an
    office written out with its body ('Secretary of State John F. Kerry' -> 'John F. Kerry', 'Secretary of the Air
    Force James Roche' -> 'James Roche'): the mention opens with a capitalised title, after 'Former' or 'Acting'
    if any; else None ('Director of the Sarah Lawrence College': a first name before the name's first word)."""
    words = _words(text)
    first = next((k for k, w in enumerate(words) if w.key not in lex.title_modifiers), len(words))
    if len(words) - first < 4 or words[first].key not in lex.titles or not words[first].text[:1].isupper():
        return None
    k = len(words) - (3 if _INITIAL.fullmatch(words[-2].key) else 2)
    if k <= first + 1 or words[k].key not in lex.female_names_or_male_names \
            or words[k - 1].key in lex.female_names_or_male_names \
            or any(w.key in lex.titles or not w.text[:1].isupper() for w in words[k:]):
        return None
    return text[words[k].start:words[-1].end]


def _name_after_title(text: str, lex: Lexicon) -> str | None:
    """English, no comma: the capitalised name of two words or more right after a title or a role in `titles`
    ('Green Bay coach Mike McCarthy', 'Senate Majority Leader Chuck Schumer', "The union's president Sarah
    Mendel") or a trade or a role no title (`_name_role`: 'Farmer Chad Smith', 'MSNBC host Chris Matthews', 'fellow
    Republican Mitt Romney') or a capitalised possessive ("NBC's Lester Holt"), else None (not after an adjective
    alone; an honorific stays with the name here, `_without_honorific` takes it off: 'Health Minister Dr. Ana
    Lund'). A name
    of three words or more opens with a known first name, an honorific or a middle initial after its first
    word ('Mary Ann Vance', 'Leonard P. Marsh'), or is cut where a known first name opens its last words
    ('Chief Executive Officer Martin Ruiz' -> 'Martin Ruiz', an unlisted title word before it); else None."""
    name = _titled_name(text, lex)
    if name is None:
        return None
    before = _words(text[:len(text) - len(name)])
    if not before or not (before[-1].key in lex.titles or _name_role(before[-1], lex)
                          or ((before[-1].key.endswith(("'s", "’s")) or _plural_possessive(before[-1], text))
                              and all(w.text[:1].isupper() for w in before))
                          or (len(before) == 2 and before[0].key in lex.possessives
                              and before[1].key in lex.kin_nouns)):
        return None  # (capitalised words ending in a possessive: the body or the show the person speaks for, "NBC's
        # Lester Holt"; not "Dr. Raj Patel of King's College London"; a possessive and a word of kin: 'Her daughter
        # Ruth Fenwick', a relative named after the kin)
    words = _words(name)
    if words[-1].key in lex.organizations:
        return None  # (a body, not a person: 'Port owner Halden Group' stays whole, an organization)
    if len(words) < 3 or _opens_a_name(words, lex) or (len(words[1].text) == 2 and words[1].text.endswith(".")):
        return name
    k = next((k for k in range(1, len(words) - 1) if _opens_a_name(words[k:], lex)), None)
    return None if k is None else name[words[k].start:]


def _opens_a_name(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """English: `words` open with a known first name or an honorific ('Martin', 'Dr.')."""
    return words[0].key in lex.female_names_or_male_names or _honorific(words[0], lex)


def _capitalised_run(words: tuple[Token, ...]) -> int:
    """Where the run of capitalised words (no possessive among them) that closes `words` starts."""
    k = len(words)
    while k > 0 and words[k - 1].text[:1].isupper() and not words[k - 1].key.endswith(("'s", "’s")):
        k -= 1
    return k


def _plural_possessive(word: Token, text: str) -> bool:
    """English: a word ending in 's' that the apostrophe alone and a space follow in `text` ("Reuters' Omar Fadel",
    "the Times' Ann Lee"), a possessive."""
    return word.key.endswith("s") and text[word.end:word.end + 2] in ("' ", "’ ")


def _name_role(word: Token, lex: Lexicon) -> bool:
    """English: a word no title of office after which a person's proper name starts: a trade or a role
    (`name_roles`: 'pollster', 'host'; the writer's `bio_roles`: 'columnist'), a singular word for an unnamed
    person ('Farmer', 'Officer', 'economist') or a noun of origin or party ('Democrat'); never a known first name
    ('Ally', 'Scot')."""
    key = word.key
    return (key in lex.name_roles or key in lex.bio_roles or key in lex.epithets
            or (key in lex.anonymous and not _plural_key(key))) and key not in lex.female_names_or_male_names


def _titled_name(text: str, lex: Lexicon) -> str | None:
    """English: the capitalised name of two words or more that closes `text` after a title ('Sen.', 'Chairman'),
    a lower-case description ('coach', 'spokeswoman') or a possessive ('NBC's'); None after an honorific alone,
    an article or a preposition ('Secretary of the Air Force James Roche': whose words name him is unclear)."""
    words = _words(text)
    run = _capitalised_run(words)
    if "'" in text or "’" in text:
        run = next((i + 1 for i in range(len(words) - 3, run - 1, -1) if _plural_possessive(words[i], text)), run)
        # ("Reuters' Omar Fadel": a possessive written with the apostrophe alone closes the run too)
    while run < len(words) and words[run].key in lex.titles:
        run += 1  # ('Chief Justice John Roberts': titles that open the run)
    k = next((i for i in range(len(words) - 1, run - 1, -1)
              if words[i].key in lex.titles or (i + 2 < len(words) and _name_role(words[i], lex))), None)
    if k is not None:
        run = k + 1  # ('Democratic National Committee Chairman Tim Kaine', 'Farmer Chad Smith')
    if run == 0 or len(words) - run < 2:
        return None
    before = words[run - 1]
    if _honorific(before, lex) or before.key in lex.determiners or before.key in lex.prepositions \
            or before.key in ("and", "or"):
        return None
    named = [w for w in words[run:] if w.key not in _NAME_SUFFIXES and len(w.text) > 1]
    if not 2 <= len(named) <= 4 or any(w.key in lex.titles or not w.text[:1].isupper() for w in named):
        return None
    end = words[-1].end + (1 if text[words[-1].end:words[-1].end + 1] == "." else 0)  # ('Jr.')
    return text[words[run].start:end]


def _arabic_proper_name(canonical: str, lex: Lexicon) -> str | None:
    comma = next((c for c in _AR_COMMAS if c in canonical), None)
    if comma is not None:
        left, _, right = canonical.partition(comma)
        left, right = left.strip(), right.strip()
        lw, rw = _words(left), _words(right)
        if not lw or not rw:
            return None
        if _ar_describes(lw[0], lex) and 2 <= len(rw) <= 5 and _ar_name_words(rw, lex):
            return right  # «المتحدث باسم الجيش، أفيخاي أدرعي»
        if rw[0].key in lex.naming_verbs and 1 <= len(rw) - 1 <= 4 and _ar_name_words(rw[1:], lex):
            return right[rw[1].start:]  # «أحد التجار، ويدعى عبده الحميري», «شاهد، واسمه سالم»: the name given
        if _ar_describes(lw[0], lex) and len(rw) >= 3 and (named := _ar_name_after_title(right, lex)) is not None:
            return named  # «محامي الدفاع، الأستاذ كمال الدريدي», «الناطق باسم الوزارة، الدكتور سامر الخطيب»: the
            # honorific or the rank after the comma goes as the title before it does
        if _ar_describes(lw[0], lex) and _ar_name_role(rw[0], lex) and not _ar_describes(rw[0], lex):
            return _ar_name_after_title(right, lex)  # «المدير الفني للفريق، البرتغالي نونو فيريرا»
        if not _ar_describes(lw[0], lex) and lw[0].key not in lex.government_or_organizations \
                and 2 <= len(lw) <= 5 and _ar_name_words(lw, lex) and (
                _ar_describes(rw[0], lex) or rw[0].key.startswith("ال") or rw[0].text[:1].isdigit()):
            return left  # «أنور قرقاش، وزير الدولة للشؤون الخارجية»
        if rw[0].key in _AR_SHE_HE and len(rw) >= 2 and 2 <= len(lw) <= 5 and _ar_name_words(lw, lex) \
                and not _ar_describes(lw[0], lex) and lw[0].key not in lex.government_or_organizations:
            return left  # «ليلى المصري، وهي صاحبة كشك»: the name, not the clause that says who she is
        if (_ar_describes(rw[0], lex) or rw[0].key.startswith("ال")) and lw[0].key in lex.honorifics:
            return _ar_name_after_title(left, lex)  # «الدكتور منذر الخطيب، أستاذ علوم التربة»
        if len(lw) <= 3 and (lw[-1].text.endswith(_AR_POSSESSOR_ENDINGS) or lw[0].key in lex.anonymous) and (
                (_ar_describes(rw[0], lex) and len(rw) >= 3 and (named := _ar_name_after_title(right, lex)))
                or (2 <= len(rw) <= 5 and _ar_name_words(rw, lex) and (named := right))):
            return named  # «دفاعه، المحامي فريد العلمي», «وكيلها، نادر السعدي», «صاحب المخبز، سالم العطار»: the one
            # the words before the comma describe (whose he is, or an unnamed-source noun)
        return None
    words = _words(canonical)
    k = next((k for k in range(1, len(words) - 1) if words[k].key in lex.naming_verbs), 0)
    if k and len(words) - k - 1 <= 4 and _ar_name_words(words[k + 1:], lex):
        return canonical[words[k + 1].start:]  # «شاهد عيان يدعى أحمد ناصر»: the name given
    return _ar_name_after_title(canonical, lex) or _ar_name_before_title(canonical, lex) \
        or _ar_name_after_kin(canonical, lex)


def _ar_kin(word: Token, lex: Lexicon) -> bool:
    """Arabic: a family word (kin_nouns) bare or with a possessive pronoun as written ('والدة', 'ابنه',
    'شقيقتها': the 'ت' before the pronoun is the word's 'ة')."""
    key = word.key
    if key in lex.kin_nouns:
        return True
    ending = next((e for e in _AR_POSSESSOR_ENDINGS[::-1] if word.text.endswith(e)), None)
    if ending is None:
        return False
    stem = key[:-len(ending)]
    return stem in lex.kin_nouns or (stem.endswith("ت") and stem[:-1] + "ه" in lex.kin_nouns)


def _ar_name_after_kin(canonical: str, lex: Lexicon) -> str | None:
    """Arabic, no comma: the name of a relative written after the family word that opens the mention, and after
    one definite word if any, whose relative he is or an adjective («ابنه كريم الحداد» -> «كريم الحداد», «شقيقته
    ليلى» -> «ليلى», «والدة الضحية سعاد» -> «سعاد», «ابنه الأكبر كريم» -> «كريم»), opened by a known first
    name. None otherwise («والده», «شقيق الضحية»: a relative unnamed; «ابن عم الضحية»: no name)."""
    words = _words(canonical)
    if len(words) < 2 or not _ar_kin(words[0], lex):
        return None
    first = 2 if words[1].key.startswith("ال") else 1
    name = words[first:]
    if not 1 <= len(name) <= 4 or not _ar_name_words(name, lex) or any(_ar_no_name_word(w, lex) for w in name):
        return None
    if name[0].key not in lex.female_names_or_male_names:
        return None  # ('ابن عم الضحية': a second word of kin and its genitive, no name)
    return canonical[name[0].start:name[-1].end]


def _ar_name_before_title(canonical: str, lex: Lexicon) -> str | None:
    """Arabic, no comma: the name of two to four words that opens a mention, the title after it with no comma
    («باسل العمري سفير الأردن», «عماد الدين حسين رئيس التحرير»); None when a title, a place, a body or the
    article opens it."""
    words = _words(canonical)
    k = next((k for k, w in enumerate(words) if _ar_describes(w, lex)), None)
    if k is None or not 2 <= k <= 4 or (k + 1 == len(words) and not words[k].key.startswith("ال")):
        return None  # (a bare indefinite title at the end: no office written out)
    name = words[:k]
    if not _ar_name_words(name, lex) or any(_ar_no_name_word(w, lex) for w in name) or name[0].key[:1] == "و":
        return None
    return canonical[name[0].start:name[-1].end]

_AR_NAME_WORDS: Final = (2, 5)  # a holder's name after a title's chain: 'سلمى الحسيني', 'سالم بن مبارك آل شافي'
_AR_DEFINITE: Final = ("ال", "وال", "فال", "بال", "لل", "كال")  # the article, alone or after a clitic
_AR_PRONOUN_ENDINGS: Final = ("هما", "هم", "هن", "ها", "ه")
_AR_SPOKESMAN_OF: Final = "باسم"  # ('المتحدث باسمها': 'on its behalf', no name)


def _ar_name_after_title(canonical: str, lex: Lexicon) -> str | None:
    """Arabic, no comma: the holder's name that closes a chain opened by a title or a trade («وزيرة الصحة سلمى
    الحسيني», «رئيس الوزراء محمد شياع السوداني», «النائبة عالية نصيف»): name words (`_ar_name_words`), no
    place, body, glued article or preposition with a pronoun among them, after a definite word (the chain's last
    genitive or adjective, or a definite title) or opened by a known first name after no preposition («رئيس
    التحالف المنتهية ولايته جون نيكلسون»); the longest such name. None when the chain ends otherwise («نائب
    مقاطعة وران»: an indefinite title's genitive; «وزيرة التعليم في جنوب أفريقيا»). The chain may open with an
    honorific («الدكتور محمد العلي» -> «محمد العلي», as 'Dr. Ana Lund' -> 'Ana Lund' in English) or a trade or a
    role no title (`_ar_name_role`: «المزارع نبيل العمري», «الاقتصادي سامر الحلبي»)."""
    words = _words(canonical)
    if len(words) < 3 or not (_ar_describes(words[0], lex) or _ar_name_role(words[0], lex)):
        return None
    low, high = _AR_NAME_WORDS
    for p in range(max(1, len(words) - high), len(words) - low + 1):
        name, last = words[p:], words[p - 1].key
        if not (last.startswith(_AR_DEFINITE) or _ar_place(last, lex)
                or (name[0].key in lex.female_names_or_male_names and last not in lex.prepositions)):
            continue
        if name[0].key[:1] == "و" and name[0].key not in lex.female_names_or_male_names:
            continue  # ('الرئيس التركي ونظيره القطري': 'and' opens a second person, no name)
        if name[0].key in lex.participle_blockers and name[1].key.startswith("ال"):
            continue  # ('السفير الفرنسي غير المقيم': 'not' and an adjective, no name; 'غير بيدرسن' is one)
        if _ar_name_words(name, lex) and not any(_ar_no_name_word(w, lex) for w in name):
            return canonical[words[p].start:words[-1].end]
    return None


def _ar_place(key: str, lex: Lexicon) -> bool:
    """Arabic: a country, a capital or a city, definite with no article, that closes a title's chain as 'الأردن'
    does («مندوب فرنسا نيكولا دي ريفيير», «سفير الأردن لدى لبنان باسل العمري»)."""
    return key in lex.capitals_or_countries or key in lex.cities


def _ar_no_name_word(word: Token, lex: Lexicon) -> bool:
    """Arabic: a word no personal name holds: a place or a body ('لولاية', 'وزارة'), a glued article
    ('والمالية', 'للاستثمار'), a preposition with a pronoun ('بها', 'عنه') or 'باسمها'."""
    key = word.key
    bare = _bare(key, lex)
    if key.startswith(_AR_DEFINITE[1:]) or (key.startswith(_AR_SPOKESMAN_OF) and len(key) > len(_AR_SPOKESMAN_OF)):
        return True
    if any(k in lex.capitals_or_countries or k in lex.cities or k in lex.region_nouns
           or k in lex.government_or_organizations for k in (key, bare, key[1:] if key[:1] in "لب" else key)):
        return True
    for ending in _AR_PRONOUN_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending):
            stem = key[:-len(ending)]
            return len(stem) == 1 or stem in lex.prepositions
    return False


_AR_NISBA: Final = ("ي", "يه")  # the endings of a nisba adjective as keys fold them: «الاقتصادي», «السياسية»
_AR_NISBA_MIN: Final = 6  # letters of a definite nisba read as a trade ('الاقتصادي'; not 'الحي', 'الولي')


def _ar_name_role(word: Token, lex: Lexicon) -> bool:
    """Arabic: a word opening a mention that describes the person named after it, no title or listed trade: a
    trade or a role of `name_roles` («المزارع», «الفنانة»), an honorific («الدكتور») or a definite nisba adjective
    used as a noun («الاقتصادي», «الحقوقية»); not a place, a body or a nationality of a body («الأهلي»)."""
    key = word.key
    if key in lex.name_roles or key in lex.honorifics:
        return True
    return key.startswith("ال") and key.endswith(_AR_NISBA) and len(key) >= _AR_NISBA_MIN \
        and not _ar_no_name_word(word, lex)


def _ar_describes(word: Token, lex: Lexicon) -> bool:
    """Arabic: a title or a trade ('وزيرة', 'المتحدث', 'الكاتب', 'كاتب')."""
    key = word.key
    return key in lex.titles or key in lex.professions or "ال" + key in lex.professions


_AR_BUSINESS: Final = "اعمال"  # «أعمال» as folded: a title before it runs a private business
_AR_ALI: Final = "علي"  # the name 'Ali' as written, with its dotted yā' (the preposition «على» folds to that key)


def _ar_first_name_ali(words: tuple[Token, ...], k: int) -> bool:
    """Arabic: «علي» written with a dotted yā', opening a name of two words or more («علي حسن», «محمد علي جعفري»
    after its first name): the first name 'Ali', not the preposition «على» (spelt with alif maqṣūra)."""
    return words[k].text == _AR_ALI and k + 1 < len(words)


def _ar_name_words(words: tuple[Token, ...], lex: Lexicon) -> bool:
    """Arabic: words that may be a person's name: no title, trade, preposition, digit or attached pronoun
    ('ولايته'); the article only on the last word or after 'عبد', 'آل' ('عادل الجبير', 'عبد الرحمن')."""
    for k, w in enumerate(words):
        key = w.key
        if _ar_describes(w, lex) or (key in lex.prepositions and not _ar_first_name_ali(words, k)) \
                or not key.isalpha() or key.endswith(("ته", "تها")):
            return False
        if key.startswith("ال") and k + 1 < len(words) and key not in _AR_NAME_JOINS \
                and (k == 0 or words[k - 1].key not in _AR_NAME_JOINS) and not _ar_compound_half(words, k) \
                and not _ar_definite_first_name(words, k, lex):
            return False
    return not words[0].key.startswith("ال") or _ar_definite_first_name(words, 0, lex)


def _ar_definite_first_name(words: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """Arabic: a listed first name written with the article, 'بن' after it ('الأمير الوليد بن طلال')."""
    return k == 0 and len(words) > 2 and words[0].key in lex.female_names_or_male_names \
        and words[1].key in _AR_SON_OF


_AR_SON_OF: Final = frozenset({"بن", "ابن", "بنت"})


def _ar_compound_half(words: tuple[Token, ...], k: int) -> bool:
    """Arabic: the definite second half of a compound first name after its indefinite first half ('الدين' of
    'صلاح الدين الجورشي', 'الله' of 'نصر الله الموسوي'), one name with it; not after a definite word."""
    return k > 0 and words[k].key in _AR_THEOPHORIC and not words[k - 1].key.startswith("ال")


def _acronym(text: str, lang: str) -> bool:
    """English 'WHO': a pronoun's letters written in capitals, two or more, are a body's initials."""
    return lang == "en" and len(text) > 1 and text.isupper()
