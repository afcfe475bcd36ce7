"""From a cue in a sentence to a draft claim: where its content, its source mention and its conduits are.

Works on token indices of one sentence; returns character ranges of the original text. The word order of
the language (Arabic verb-first, English subject-first) comes from the lexicon's language, the words that
bound sources and contents from its lists.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Final

from attribution.lexicons import Lexicon
from attribution.parse.cues import CueHit, strip_proclitic, taking_verb
from attribution.parse.quotes import QuoteSpan
from attribution.tokens import Token, search_left, search_right, tokens_left, tokens_right

Range = tuple[int, int]
_START: Final = attrgetter("start")  # Token.start
# Final: compiled with mypyc, a Final module constant is read from a C static, not looked up in the module's
# dictionary at every use (these are read in per-token loops across the frames and claims).
COMMAS: Final = frozenset(",،")
CLAUSE_PUNCT: Final = frozenset(",،;؛:-–—―")
ENDERS: Final = frozenset(".!?؟…")
QUOTE_MARKS: Final = frozenset("\"“”«»„‘’'")
MAX_SOURCE_TOKENS: Final = 14


@dataclass(frozen=True, slots=True)
class Draft:
    content: Range
    cue: Range | None
    source: Range | None  # the mention as written; None for an implicit subject
    conduit_region: Range | None  # text in which outlets it came through are named
    frame: str
    cue_key: str

    # Written out: compiled with mypyc, a dataclass's generated __init__ runs as Python (~15x slower than this).
    # Frozen, so each field is set as the generated one does; compiled, object.__setattr__ is a direct store.
    def __init__(self, content: Range, cue: Range | None, source: Range | None, conduit_region: Range | None,
                 frame: str, cue_key: str) -> None:
        object.__setattr__(self, "content", content)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "conduit_region", conduit_region)
        object.__setattr__(self, "frame", frame)
        object.__setattr__(self, "cue_key", cue_key)


@dataclass  # (not frozen: a frozen dataclass sets each field through object.__setattr__, several times slower)
class Sentence:
    """One sentence's tokens [a, b) with the article context the frames need; read-only by convention."""

    text: str
    tokens: list[Token]
    a: int
    b: int
    quotes: list[QuoteSpan]
    quote_starts: list[int]
    lex: Lexicon
    cue_tokens: frozenset[int]  # indices of tokens that belong to a cue in this sentence
    according_starts: frozenset[int] = frozenset()  # tokens of "according to"-type cues
    protected: frozenset[int] = frozenset()  # tokens inside known names
    participles: frozenset[int] = frozenset()  # first tokens of participle cues ("مضيفا", "adding")
    name_heads: frozenset[int] = frozenset()  # first tokens of known names (where one ends and the next begins)
    datives: frozenset[int] = frozenset()  # first tokens of known names glued to the dative 'لـ' ('لترامب')
    verb_first: bool = field(init=False, repr=False, compare=False)  # the lexicon's word order, read once
    inside: list[bool] | None = field(init=False, repr=False, compare=False)  # `inside_quote` of tokens [a, b)
    subjects: dict[int, Range | None] = field(init=False, repr=False, compare=False)  # `left_subject` by cue token
    # (answers remembered on the sentence, each for a function pure in the sentence and its token: several frames
    # and rules ask again for the same token)
    timed: dict[int, int | None] = field(init=False, repr=False, compare=False)  # `clause_after_time_phrase`
    judged: dict[int, int | None] = field(init=False, repr=False, compare=False)  # `judged_claim` by subject
    datelines: dict[int, int] = field(init=False, repr=False, compare=False)  # `_after_dateline` from a, by `before`
    # the tokens' keys (`tokens[i].key` for every i), the article's `Columns.keys`: the frames read a token's key
    # thousands of times a sentence, and `s.keys[i]` is a list lookup where a method call made an interpreted frame
    keys: list[str] = field(init=False, repr=False, compare=False)

    def __init__(self, text: str, tokens: list[Token], a: int, b: int, quotes: list[QuoteSpan],
                 quote_starts: list[int], lex: Lexicon, cue_tokens: frozenset[int],
                 according_starts: frozenset[int] = frozenset(), protected: frozenset[int] = frozenset(),
                 participles: frozenset[int] = frozenset(), name_heads: frozenset[int] = frozenset(),
                 datives: frozenset[int] = frozenset(), keys: list[str] | None = None) -> None:
        # (written out, as Draft's: compiled, the generated __init__ and __post_init__ would run as Python)
        self.text, self.tokens, self.a, self.b = text, tokens, a, b
        self.quotes, self.quote_starts, self.lex, self.cue_tokens = quotes, quote_starts, lex, cue_tokens
        self.according_starts, self.protected = according_starts, protected
        self.participles, self.name_heads, self.datives = participles, name_heads, datives
        self.verb_first = lex.lang == "ar"
        self.inside = None  # (read on the first `inside_quote`)
        self.subjects = {}  # (`left_subject` is asked again for the same cue by many frames and rules)
        self.timed, self.judged, self.datelines = {}, {}, {}
        self.keys = [t.key for t in tokens] if keys is None else keys  # (the parser passes the article's)

    def key(self, i: int) -> str:
        return self.tokens[i].key

    def quote_at(self, i: int) -> QuoteSpan | None:
        """The quotation whose opening mark is token i (a one-word scare quote does not count unless a colon
        or a comma introduces it)."""
        tok = self.tokens[i]
        if tok.is_word and not (i > self.a and self.tokens[i - 1].text in COMMAS):
            return None  # (a quotation opens at its mark, never at a word: no search; but one resumed after a
            # speech aside inside the same marks opens at the word after the aside's comma: quotes.py)
        pos = tok.start
        j = search_left(self.quote_starts, pos)
        if j >= len(self.quotes) or self.quotes[j][0] != pos:
            return None
        q = self.quotes[j]
        introduced = i > self.a and self.tokens[i - 1].text in ":：,،"
        whole = (i == self.a and self.text[q[1] - 2:q[1] - 1] in (".", "!", "?")) \
            or self.text[q[1] - 2:q[1] - 1] in ("!", "?")  # '"Absolutely."' as a sentence; 'shouted "Fire!"'
        # (an exclamation or a question is somebody's words, not a scare-quoted word)
        return q if introduced or whole or len(self.text[q[0]:q[1]].split(None, 1)) > 1 else None  # two words or more

    def quote_ending(self, i: int) -> QuoteSpan | None:
        """The quotation whose closing mark is token i."""
        end = self.tokens[i].end
        j = search_right(self.quote_starts, self.tokens[i].start) - 1
        return self.quotes[j] if j >= 0 and self.quotes[j][1] == end else None

    def inside_quote(self, i: int) -> bool:
        """Is token i inside a quotation? (Asked for most tokens of a content, often more than once: read for
        every token of the sentence at the first question, in one walk over its tokens and the quotations.)"""
        inside = self.inside
        if inside is None:
            inside = self.inside = self._inside_flags()
        if self.a <= i < self.b:
            return inside[i - self.a]
        return inside_quote(self.quotes, self.quote_starts, self.tokens[i].start)

    def _inside_flags(self) -> list[bool]:
        """`inside_quote` of tokens [a, b): a token is inside the last quotation opened at or before it when it
        comes after its opening mark and before its closing one; so each quotation holds the tokens after its
        opening mark, before its closing one and before the next quotation opens (a few bisections each)."""
        quotes, starts = self.quotes, self.quote_starts
        a, b, tokens = self.a, self.b, self.tokens
        flags = [False] * (b - a)
        if not flags or not quotes:
            return flags
        # (the tokens bisected by their starts in place: no list of the sentence's starts, an int object each)
        j = max(search_right(starts, tokens[a].start) - 1, 0)
        last = tokens[b - 1].start
        while j < len(quotes) and starts[j] < last:
            opening, closing = quotes[j]
            end = min(closing - 1, starts[j + 1]) if j + 1 < len(starts) else closing - 1
            first, stop = tokens_right(tokens, opening, a, b) - a, tokens_left(tokens, end, a, b) - a
            if first < stop:
                flags[first:stop] = [True] * (stop - first)
            j += 1
        return flags

    def is_end(self, i: int) -> bool:
        """A sentence-ending mark, not the full stop of an abbreviation ('Mr.', 'Sen.')."""
        tok = self.tokens[i]
        if tok.text not in ENDERS:
            return False
        prev = self.tokens[i - 1] if i > 0 else None
        if tok.text in "?؟!" and i + 2 < self.b and self.tokens[i + 1].text in QUOTE_MARKS \
                and self.tokens[i + 1].start == tok.end and self.tokens[i + 2].is_word and self.verb_first:
            return False  # 'في كتابه "ماذا حدث للمصريين؟" أن …': a quoted title's question mark, the sentence goes on
        return not (tok.text == "." and prev is not None and prev.end == tok.start
                    and (prev.key + "." in self.lex.abbreviations or short_abbreviation(self.tokens, i)))

    def is_stop(self, i: int) -> bool:
        key = self.keys[i]
        return (key in self.lex.source_stops and not self.written_as_name(i)) \
            or self.tokens[i].text in CLAUSE_PUNCT

    def written_as_name(self, i: int) -> bool:
        """'رئيس البرلمان علي لاريجاني': the name 'علي' folds like the preposition 'على'; written with a final
        ي and followed by a word without the article, it is the name."""
        text = self.tokens[i].text
        if len(text) < 3 or not text.endswith("ي") or text.startswith("ال") or i + 1 >= self.b:
            return False  # ("الذي", "التي": relatives, never names)
        if i > self.a and (self.strip_clitic(self.keys[i - 1]) in self.lex.titles
                           or self.keys[i - 1] in self.lex.name_connectors_or_professions):
            return True  # "الدكتور علي الإدريسي": after a title; "أبو علي": after a kunya
        nxt = self.tokens[i + 1]
        if i > self.a and i - 1 in self.cue_tokens and self.strip_clitic(self.keys[i - 1]).startswith("قال") \
                and nxt.key.startswith("ال"):
            return True  # "وقال علي الجبوري": 'said' takes no 'على'
        if nxt.key.startswith("ال") and nxt.key.endswith("ي") and i + 2 < self.b \
                and (self.tokens[i + 2].text in "،," or self.keys[i + 2] in self.lex.complementizers
                     or (self.keys[i + 2] == "في" and i + 3 < self.b  # ('… علي المصيلحي في تصريحات')
                         and (self.keys[i + 3] in self.lex.occasions
                              or self.strip_clitic(self.keys[i + 3]) in self.lex.occasions))
                     or (self.tokens[i + 2].text[:1] == "ل" and (
                         i + 2 in self.protected or i + 3 in self.protected
                         or self.keys[i + 2][1:] in self.lex.outlet_nouns))):
            return True  # "الباحث في الشؤون الأمنية علي الجبوري إن …": a name and its surname before the content
            # (or before the outlet he told: "عضو الائتلاف علي الساعدي لوكالة الأنباء العراقية")
        if i > self.a and self.keys[i - 1] in self.lex.male_names and (
                nxt.text in "،," or nxt.text[:1] == "ل"):
            return True  # "وقال الوزير حسن علي لـ«…» إن", "… محمد علي للصحفيين": a first name and his father's
        if i - 1 > self.a and self.keys[i - 1] in self.lex.male_names and nxt.key.startswith("ال") \
                and self.strip_clitic(self.keys[i - 2]) in self.lex.titles:
            return True  # "واستقبل الرئيس سامي علي الوفد": after a title and a first name, written with its ي

        return nxt.is_word and not nxt.key.startswith("ال") and nxt.key not in self.lex.source_stops

    def strip_clitic(self, key: str) -> str:
        return strip_proclitic(key, self.lex) or key


def inside_quote(quotes: list[QuoteSpan], quote_starts: list[int], pos: int) -> bool:
    """Is character `pos` inside a quotation (after its opening mark, before its closing one)?"""
    j = search_right(quote_starts, pos) - 1
    return j >= 0 and quotes[j][0] < pos < quotes[j][1] - 1


# --- small token predicates -------------------------------------------------------------------------

def _is_complementizer(s: Sentence, i: int) -> bool:
    return i < s.b and s.keys[i] in s.lex.complementizers and i not in s.protected \
        and not _demonstrative_that(s, i) and not s.tokens[i].text.startswith("آ")
    # ('آن هيدالغو', 'آن': a name or 'now' with the madda folds to 'ان' but is never 'أن')


def _demonstrative_that(s: Sentence, i: int) -> bool:
    """English 'has not endorsed that idea, but …': 'that' and one lower-case noun (no '-s' or '-ed' verb, as in
    'said that helps.') before a comma or the end of the sentence is a demonstrative, opening no clause."""
    if s.lex.lang != "en" or s.keys[i] != "that" or i + 2 >= s.b + 1 or i + 1 >= s.b:
        return False
    noun = s.tokens[i + 1]
    after = s.tokens[i + 2] if i + 2 < s.b else None
    return noun.is_word and noun.text.isalpha() and noun.text.islower() and not noun.key.endswith(("s", "ed")) \
        and noun.key not in s.lex.auxiliaries_or_be_forms_or_clause_subjects and noun.key not in s.lex.determiners \
        and (after is None or after.text in COMMAS or after.text in ENDERS)


_ASSIMILATED: Final = {"عما": "عن", "مما": "من", "ممن": "من"}  # عن + ما → عما: the preposition merged with ما/من
_ATTACHED_PRONOUNS: Final = frozenset(("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "ي", "نا", "ا", "ما"))
# (what may follow a preposition in one word: 'عليه', 'منها', 'إليهم', 'عنا'; 'فيما', 'بما')


def _short_glued_masdar(s: Sentence, i: int) -> bool:
    """Arabic: a word of three letters glued to its preposition ('بشن هجوم', 'بحث الأطراف', 'بسن قانون': a verbal
    noun of a doubled root) opens what a verb taking that preposition reports, unless it reads as a name: a
    known first name or one after a first name or a title ('نبيه بري', 'جورج بوش'), part of a known name, or a
    grammar word ('بعد', 'بين', 'بأن', 'بها')."""
    key, prev = s.keys[i], s.keys[i - 1] if i > s.a else ""
    return len(key) == 3 and i not in s.protected and s.tokens[i].is_word and not s.is_stop(i) \
        and key[1:] not in s.lex.complementizers and not _is_complementizer(s, i) \
        and key[1:] not in _ATTACHED_PRONOUNS and key[1:] not in s.lex.pronouns \
        and key not in s.lex.male_names and key not in s.lex.female_names \
        and prev not in s.lex.male_names and prev not in s.lex.female_names and prev not in s.lex.titles \
        and i + 1 < s.b and s.tokens[i + 1].is_word  # (a noun after it: the masdar's object or genitive)


def _name_not_preposition(s: Sentence, i: int) -> bool:
    """Arabic: token i is a name that only looks like a glued preposition and its word ('بسام', 'بشرى', 'بلال'
    after «وطالب النائب»; 'بوتين' the registry knows): a known first name with a word of the name after it, or a
    word inside a known name; what the verb's preposition opens comes after the name."""
    if i in s.protected:
        return True
    key = s.keys[i]
    return (key in s.lex.male_names or key in s.lex.female_names) and i + 1 < s.b and s.tokens[i + 1].is_word \
        and not s.is_stop(i + 1) and i + 1 not in s.cue_tokens


def _matches_introducer(s: Sentence, i: int, introducer: str) -> bool:
    if not introducer:
        return False
    key = s.keys[i]
    if key == introducer and _phrase_at(s, i, "compound_prepositions", singles=False):
        return False  # "وعبرت الشاحنات عن طريق المعبر": by way of, no introducer of what was expressed
    if key == introducer or _ASSIMILATED.get(key) == introducer:
        return True
    if len(introducer) == 1:  # a glued preposition: "بنزع", "بـ" (not 'في بيان': a preposition takes none)
        return key.startswith(introducer) and (len(key) > 3 or _short_glued_masdar(s, i)) \
            and not (i > s.a and s.keys[i - 1] in s.lex.prepositions) and not _name_not_preposition(s, i) \
            and s.keys[i] not in s.lex.adverbs and s.keys[i] not in s.lex.documents \
            and not (introducer == "ب" and key[1:] in s.lex.measure_nouns) \
            and not (i + 1 < s.b and s.keys[i + 1].startswith(introducer)
                     and s.keys[i + 1][1:] in s.lex.complementizers)  # ('لوران بلان بأن': a name)
    rest = key[len(introducer):]
    return key.startswith(introducer) and rest in _ATTACHED_PRONOUNS and not (
        rest == "ي" and s.tokens[i].text.endswith("ى"))  # "عما", "عليه", "مني" (not the name 'منى')
    # (not a name that begins with the preposition: 'حذر …، منصف الدريدي، من أن', 'منير', 'عنتر')


def _phrase_at(s: Sentence, i: int, name: str, singles: bool = True) -> int:
    """Length in tokens of an entry of the lexicon list `name` starting at token i (0 if none); with
    `singles` False, only its multiword entries count."""
    key = s.tokens[i].key
    keys, index = s.lex.entries[name]
    if singles and key in keys:
        return 1
    tokens = s.tokens
    for phrase in index.get(key, ()):  # each starts with `key`: compare the words after it
        n = len(phrase)
        if i + n <= s.b:
            k = 1
            while k < n and tokens[i + k].key == phrase[k]:
                k += 1
            if k == n:
                return n
    return 0


def _conduit_marker_at(s: Sentence, i: int) -> int:
    return _phrase_at(s, i, "conduit_markers")


def _span(s: Sentence, first: int, last: int) -> Range:
    return (s.tokens[first].start, s.tokens[last].end)


# --- where content opens and ends ---------------------------------------------------------------------

def find_opener(s: Sentence, i: int, introducer: str, reach: int) -> int | None:
    """The token that opens the content after a cue: a complementizer, a quotation, the word after a colon,
    or the verb's introducer ("دعا إلى"). Stops at another cue or the end of the sentence."""
    end = min(s.b, i + reach)
    j = i
    relative = False  # past a relative pronoun, a preposition belongs to the relative clause's own verb
    while j < end:
        tok = s.tokens[j]
        if j in s.according_starts:  # "ذكرت صحيفة، نقلا عن مسؤول، أن …": read past the inserted source
            j += 1
            continue
        if s.verb_first and tok.text in COMMAS and j + 1 < end and (
                s.keys[j + 1] in s.lex.relatives or _phrase_at(s, j + 1, "blessings")
                or _phrase_at(s, j + 1, "conduit_markers", singles=False) > 1):  # (', تحدث إلى «…» شرط …،')
            close = next((k for k in range(j + 2, max(end, min(s.b, j + 14))) if s.tokens[k].text in COMMAS
                          and not s.inside_quote(k)), None)
            if close is not None:  # "وينص الاتفاق، الذي رحبت به موغيريني …، على …": read past the aside
                j = close + 1
                end = min(s.b, max(end, close + 3))  # (a long title before it: the aside takes none of the reach)
                continue
        aside = _aside_before_that(s, j, min(s.b, j + 14), introducer) \
            if s.verb_first and tok.text in COMMAS and j > i else None
        if aside is not None:  # "وأكد الوزير، في معرض رده على أسئلة النواب، أن …": the aside's own preposition
            end = min(s.b, max(end, aside + 2))  # ('رده على', 'على منصة') is not the verb's; what was said opens
            j = aside  # after it (or the verb's own preposition does: '، خلال ندوة …، بمستوى التنسيق')
            continue
        if past_quoted_adverb(s, j) > j:
            j = past_quoted_adverb(s, j)  # 'نفت الوزارة "جملة وتفصيلا" ما تداولته …': an adverb in quotation marks
            continue
        unnamed = _phrase_at(s, j, "anonymity_markers", singles=False)
        if unnamed:  # "وقال المسؤول رافضا كشف هويته إن …": read past the phrase that leaves the source unnamed
            j += unnamed
            continue
        if j in s.cue_tokens and j != i and not _conduit_marker_at(s, j):
            return None  # another cue's frame; "في تصريحات نقلتها وكالة عمون، إن …" only names the outlet
        if not s.verb_first:
            return _english_opener(s, i, end)
        if _is_complementizer(s, j) and j > i and s.keys[j - 1] in s.lex.masdar_governors:
            return None  # "… قبل أن تفارق الحياة": a time clause, not what was said
        if _is_complementizer(s, j) and any(k >= i and _phrase_at(s, k, "content_stops", singles=False) > j - k
                                            for k in (j - 2, j - 1)):
            return None  # "تتابع الوضع، دون أن يضيف تفاصيل": 'without', no content opens at the complementizer
        if j > i + 1 and joined_complementizer(s, j):
            return None  # "أكد الوزير ضرورة الإصلاح وأن الحكومة …": a second content joined to an object before it
        named = _quoted_name_before_that(s, j)
        if named is not None:
            j = named  # 'أظهر استطلاع أجرته "الدولية للمعلومات" أن …': the name of who did it, then the content
            continue
        if _is_complementizer(s, j) or s.quote_at(j) or (_matches_introducer(s, j, introducer) and not relative and
                                                          (j > i or len(introducer) > 1 or s.keys[j] == introducer)
                                                          and not s.written_as_name(j)
                                                          and not (len(introducer) == 1 and j > i
                                                                   and _indefinite_attribute(s, j - 1, j))
                                                          and not _participle_complement(s, j, introducer)
                                                          and j not in s.protected
                                                          and not _informed_of(s, j)
                                                          and not _surname_before_introducer(s, j, end, introducer)
                                                          and s.keys[j - 1] not in s.lex.issued_by
                                                          and not (j + 1 < s.b and s.keys[j + 1] == "لسان")
                                                          and not (j > i and s.keys[j] == "باسم")  # ('المتحدث باسم')
                                                          and not _representative_for(s, j, end)
                                                          and not _platform_of_account(s, i, j, end)
                                                          and not (j > i and _is_occasion(s, j - 1, True)
                                                                   and any(_is_complementizer(s, k)
                                                                           for k in range(j + 1, end)))):
            # (not 'خلال رده على أسئلة النواب أن': the preposition of the occasion, a complementizer after it)
            return j  # ("أكدت اللجنة ضرورة تطبيق الإجراءات التي نصت عليها": 'عليها' is نصت's, not أكدت's)
        relative = relative or s.keys[j] in s.lex.relatives
        if tok.text in ":：" and j + 1 < s.b:
            return j + 1
        if tok.text in ENDERS and s.is_end(j) and not _inside_word(s, j):
            return None
        if tok.text in COMMAS and not s.verb_first and j + 1 < s.b and not s.quote_at(j + 1) \
                and j + 1 not in s.according_starts:
            return None
        j += 1
    return None


def _platform_of_account(s: Sentence, i: int, j: int, end: int) -> bool:
    """Arabic: 'وأكد الوزير عبر حسابه على فيسبوك أن …': a preposition right after a noun of an account or a
    medium (title_nouns: 'حسابه', 'منصة'), or right before a platform's word (platform_nouns: 'في تغريدة على
    منصة إكس أن'), with a complementizer one or two words on (or three, right after the verb's own 'على'), names
    the platform; the complementizer opens what was said."""
    return j > i and s.keys[j] in ("علي", "في") \
        and (s.keys[j - 1] in s.lex.title_nouns or (j + 1 < end and s.keys[j + 1] in s.lex.platform_nouns)) \
        and any(_is_complementizer(s, k) and (k < j + 4 or s.keys[k - 1] == "علي")
                for k in range(j + 2, min(end, j + 5)))  # ('عبر حسابه على منصة إكس على أن …': the verb's own 'على')


def _representative_for(s: Sentence, j: int, end: int) -> bool:
    """Arabic: 'وتساءل النائب عن تحالف الفتح محمد البلداوي عن أسباب …': an 'عن' right after a representative's
    title (representatives.txt), with another 'عن' further on, names whom he sits for; the later one opens."""
    return s.keys[j] == "عن" and j > s.a and s.strip_clitic(s.keys[j - 1]) in s.lex.representatives \
        and any(s.keys[k] == "عن" for k in range(j + 2, min(end + 4, s.b)))


def _surname_before_introducer(s: Sentence, j: int, end: int, introducer: str) -> bool:
    """Arabic: 'وأشاد الوزير ناصر بوريطة، خلال …، بمستوى التنسيق': a word glued to the one-letter introducer right
    after a first name, closing the mention (a comma or the introducer again right after it) with the
    introducer again further on, is the surname, not the preposition ('وطالب أحمد بتعديل القانون وأشاد
    بجهود …': a masdar with its object)."""
    if len(introducer) != 1 or j <= s.a or j + 1 >= s.b or s.keys[j - 1] not in s.lex.female_names_or_male_names \
            or s.keys[j].startswith(introducer + "ال"):
        return False
    if not (s.tokens[j + 1].text in COMMAS or _matches_introducer(s, j + 1, introducer)):
        return False
    return any(_matches_introducer(s, k, introducer) for k in range(j + 1, end))


def _aside_before_that(s: Sentence, comma: int, end: int, introducer: str) -> int | None:
    """Arabic: the comma at `comma` opens an aside closed by the next comma, right after which a complementizer
    or the verb's one-letter introducer opens the content ("، عبر حسابه على منصة إكس، أن …", "، خلال ندوة
    صحفية مع نظيره، بمستوى …"): the token after the closing comma, else None. The aside holds no
    complementizer, quotation, colon or cue of its own."""
    for k in range(comma + 1, end):
        text = s.tokens[k].text
        if text in COMMAS and not s.inside_quote(k):
            return k + 1 if k > comma + 1 and k + 1 < s.b and (
                _is_complementizer(s, k + 1) or (len(introducer) == 1 and _matches_introducer(s, k + 1, introducer))
            ) else None
        if _is_complementizer(s, k) or s.quote_at(k) or text in ":：" or text in ENDERS \
                or (k in s.cue_tokens and not _conduit_marker_at(s, k)):
            return None
    return None


def _quoted_name_before_that(s: Sentence, j: int) -> int | None:
    """Arabic: a short quotation (four words at most) opening at token j, after a word and right before a
    complementizer, is a name inside the subject: the complementizer's token; None otherwise."""
    q = s.quote_at(j) if s.verb_first and j > s.a and s.tokens[j - 1].is_word else None
    if q is None or len(s.text[q[0]:q[1]].split()) > 4:
        return None
    k = j + 1
    while k < s.b and s.tokens[k].start < q[1]:
        k += 1
    return k if k < s.b and _is_complementizer(s, k) else None


def joined_complementizer(s: Sentence, j: int) -> bool:
    """Arabic: token j is a complementizer with 'و' or 'ف' glued to it ('وأن', 'وبأن', 'فإن' after an
    according-phrase: 'وبحسب مصادر مطلعة، فإن اللاعب أبلغ مدربه …'), outside a quotation."""
    key = s.keys[j]
    return s.verb_first and key[:1] in ("و", "ف") and key[1:] in s.lex.complementizers and not s.inside_quote(j)


def _participle_complement(s: Sentence, j: int, introducer: str) -> bool:
    """Arabic: a glued preposition right after a definite participle inside the subject, when the cue's own
    preposition comes later, after a comma ('رئيس الوزراء الجديد المكلف بتشكيل حكومة …، الخميس، بسحب'):
    the participle's complement, not the cue's introducer (not the object in 'طالبت المتهم بمغادرة')."""
    if not (s.verb_first and j - 2 >= s.a and s.keys[j - 1].startswith("الم") and len(s.keys[j - 1]) > 4
            and s.keys[j - 2].startswith("ال") and len(s.keys[j]) > 3 and s.keys[j][:1] in ("ب", "ل")):
        return False
    comma = next((k for k in range(j + 1, min(s.b, j + 12)) if s.tokens[k].text in COMMAS), None)
    if comma is None:
        return _introducer_after_object(s, j, introducer)
    return any(_matches_introducer(s, k, introducer) for k in range(comma + 1, min(s.b, comma + 6)))


def _introducer_after_object(s: Sentence, j: int, introducer: str) -> bool:
    """Arabic 'وطالب المقرر الخاص المعني بحرية التعبير الحكومة بالسماح …': the cue's own preposition a few
    words on, a definite word (its object) between, no comma: the first one is the participle's complement."""
    for k in range(j + 2, min(s.b, j + _OBJECT_REACH)):
        if not s.tokens[k].is_word:
            return False
        if _matches_introducer(s, k, introducer):
            return s.keys[k - 1].startswith("ال") and not s.keys[k - 1].startswith(("الم", introducer))
    return False


_OBJECT_REACH: Final = 6  # words after a participle's complement where the cue's own preposition is looked for


def _inside_word(s: Sentence, j: int) -> bool:
    """A full stop with no space on either side: part of a name ('العربية.نت', 'إن.بي.سي'), not an end."""
    return s.a < j < s.b - 1 and s.tokens[j - 1].end == s.tokens[j].start and \
        s.tokens[j].end == s.tokens[j + 1].start and s.tokens[j + 1].is_word


def modifying_participle(s: Sentence, i: int) -> bool:
    """English 'in a message posted online', 'a video released by the group': an '-ed' cue right after a noun
    with its article, followed by a preposition, an adverb or the end of the clause (no object), is a passive
    participle describing the noun; nobody speaks."""
    k, nxt = i - 1, i + 1
    if s.verb_first or k - 1 < s.a or not s.keys[i].endswith("ed") \
            or not s.tokens[i].text.islower() or not s.tokens[k].is_word or not s.tokens[k].text.islower():
        return False
    words = s.lex.words
    if any(s.keys[k] in words[name] for name in ("pronouns", "clause_subjects", "auxiliaries", "negations",
                                                  "adverbs", "determiners", "anonymous", "titles",
                                                  "leading_conjunctions")) or s.keys[k] in ("and", "or", "but"):
        return False  # 'he posted', 'has posted', 'a spokesman posted …', 'outlined his plan and vowed …'
    article = next((j for j in (k - 1, k - 2, k - 3) if j >= s.a and s.keys[j] in s.lex.determiners), None)
    if article is None or (article < k - 1 and not all(s.tokens[m].text.islower() or s.tokens[m].text.isdigit()
                                                        for m in range(article + 1, k))):
        return False  # ('a 4 percent raise proposed last week')
    before = article - 1
    governed = before >= s.a and s.tokens[before].is_word and (s.tokens[before].text.islower() or (
        s.keys[before] in s.lex.content_blockers and before == s.a)) \
        and s.keys[before] not in s.lex.leading_conjunctions_or_subordinators \
        and not _speaker_for(s, before) \
        and not _document_source_then_end(s, before, nxt)  # not 'while our enemies continued to …'
    if governed and _judged_by(s, before, article):
        return False  # '…, a claim the company denied': the company judges the claim, no participle of 'company'
    if governed and before in s.cue_tokens:  # 'rejected a raise proposed last week': the object of a verb that
        governed = s.keys[before] not in s.lex.addressee_verbs_or_clause_verbs_or_inverting_verbs \
                        # takes no clause ('said the firm posted …')
    # ('in a message posted …', not '…, the company announced Tuesday.')
    if not governed and not (nxt < s.b and s.keys[nxt] == "by") and not _cue_closing_after(s, nxt) \
            and not (article == s.a and _main_cue_after(s, nxt)):
        return False
    return nxt >= s.b or not s.tokens[nxt].is_word or s.keys[nxt] in s.lex.adverbs_or_prepositions \
        or s.keys[nxt] in ("online", "by") \
        or (nxt + 1 < s.b and s.keys[nxt] in ("last", "this") and s.keys[nxt + 1] in s.lex.time_words)


def _judged_by(s: Sentence, noun: int, article: int) -> bool:
    """English '…, a claim the company denied', '…, charges the mayor rejected', '…, a claim that the firm denied':
    the claim noun at or before token `noun` (after a comma, with its article at most, a 'that' at most after it) has
    its judge's subject open at token `article`."""
    return any(k > s.a and claim_noun_aside(s, k) == article for k in (noun - 2, noun - 1, noun))


def _cue_closing_after(s: Sentence, nxt: int) -> bool:
    """English '"…," the notice posted at the crossing read.': a cue a few words after the participle, with only
    words between and the clause's end right after it, is the verb of the noun the participle describes."""
    for j in range(nxt, min(s.b, nxt + _PARTICIPLE_PHRASE)):
        if not s.tokens[j].is_word:
            return False
        if j in s.cue_tokens or any(f.keys == (s.keys[j],) and f.frame in ("verb", "verb_that")
                                    for f in s.lex.cues.get(s.keys[j], ())):
            return j > nxt and (j + 1 >= s.b or not s.tokens[j + 1].is_word)
    return False


def _main_cue_after(s: Sentence, nxt: int) -> bool:
    """English 'A notice posted on the door said …': in a noun phrase opening the sentence, a participle's phrase
    (a preposition after it, only words up to the cue) is followed by a cue verb in the past, the verb of the noun
    the participle describes."""
    if nxt >= s.b or s.keys[nxt] not in s.lex.prepositions:
        return False
    for j in range(nxt + 1, min(s.b, nxt + _PARTICIPLE_PHRASE)):
        if not s.tokens[j].is_word:
            return False
        if j in s.cue_tokens:
            return s.tokens[j].text.islower() and any(f.keys == (s.keys[j],) and f.frame in ("verb", "verb_that")
                                                      for f in s.lex.cues.get(s.keys[j], ())) \
                and (s.keys[j].endswith("ed") or s.keys[j] in s.lex.irregular_pasts or s.keys[j] == "said")
    return False


_PARTICIPLE_PHRASE: Final = 6  # words at most of a participle's phrase before the verb of the noun it describes


def _document_source_then_end(s: Sentence, j: int, nxt: int) -> bool:
    """English '…, data from the statistics office showed.': token j is 'from', 'of' or 'by' right after a document
    noun, and the clause ends after the '-ed' cue: the document and whose it is make the cue's subject."""
    return s.keys[j] in ("from", "of", "by") and j - 1 >= s.a and s.keys[j - 1] in s.lex.documents \
        and (nxt >= s.b or not s.tokens[nxt].is_word)


def _speaker_for(s: Sentence, j: int) -> bool:
    """English 'a representative for the actor confirmed', 'a spokesman for the team confirmed …': token j is
    'for' or 'of' right after a speaker's title, so the noun after it ends the speaker's description and the
    '-ed' cue after that noun is the speaker's verb, not a participle describing the noun."""
    return s.keys[j] in ("for", "of") and j - 1 >= s.a and (s.keys[j - 1] in s.lex.anonymous_or_titles)


_SPANS_OF_TIME: Final = frozenset({"days", "weeks", "months", "years", "decades", "hours", "ages"})


def _possessed_report_object(s: Sentence, j: int, end: int) -> bool:
    """English "denied Greenpeace's claim that …", "rejected Moscow's earlier assertion that …": from token j, a
    capitalised possessor in "'s", one lower-case word at most, a report noun and 'that': an object, not an
    addressee or an adverbial before the verb's own 'that'."""
    if j + 2 >= end or not s.tokens[j].text[:1].isupper() or not s.keys[j].endswith(("'s", "’s")):
        return False
    k = j + 1
    if s.keys[k] not in s.lex.report_nouns and s.tokens[k].text.islower() and s.tokens[k].is_word:
        k += 1  # ('earlier')
    return k + 1 < end and s.keys[k] in s.lex.report_nouns and s.keys[k + 1] == "that"


def _adverbial_aside_before_that(s: Sentence, i: int) -> int | None:
    """English 'continues to insist, most recently in an interview with WNYC, that …': a comma at token i (right
    after the cue) opens an aside of words only (no cue, quotation or complementizer) whose first or second word
    starts an adverbial ('in', 'during', 'recently'), closed by a comma within fourteen tokens that 'that' and a
    subject follow: the token of 'that', else None."""
    if i + 3 >= s.b or s.tokens[i].text not in COMMAS or s.inside_quote(i) \
            or not any(s.keys[k] in s.lex.adverbial_starts for k in (i + 1, i + 2)):
        return None
    for k in range(i + 1, min(s.b - 2, i + 15)):
        if s.tokens[k].text in COMMAS and not s.inside_quote(k):
            return k + 1 if k > i + 2 and _is_complementizer(s, k + 1) and _subject_after_that(s, k + 2) else None
        if not s.tokens[k].is_word or k in s.cue_tokens or _is_complementizer(s, k) or s.inside_quote(k):
            return None
    return None


def _english_opener(s: Sentence, i: int, end: int) -> int | None:
    """English content opens right after the cue with a quotation, a colon or 'that' — the latter possibly
    after an adverbial or an addressee ('said on Monday that', 'told reporters that')."""
    if i + 1 < end and s.tokens[i].text in COMMAS and s.keys[i + 1] in s.lex.subordinators:
        close = next((k for k in range(i + 2, min(s.b - 1, i + 14)) if s.tokens[k].text in COMMAS
                      and not s.inside_quote(k)), None)  # 'said, when asked about the report, that …'
        if close is not None and _is_complementizer(s, close + 1):
            return close + 1
    aside = _adverbial_aside_before_that(s, i)
    if aside is not None:
        return aside
    citing = _past_citing_aside(s, i, end)
    if citing is not None:
        return citing
    if i + 2 < end and s.tokens[i].text in COMMAS:
        n = _phrase_at(s, i + 1, "opening_words")
        if n and i + n + 2 < s.b and s.tokens[i + n + 1].text in COMMAS and s.keys[i + 1] not in ("and", "but") \
                and (_is_complementizer(s, i + n + 2) or _subject_after_that(s, i + n + 2)):
            return i + n + 2  # 'cautioned, however, that …', 'said, in fact, that …': a connective set off by commas
            # ('said, however, the budget was tight': the clause after it, with no 'that', as well)
    j = i
    while j < end and (s.tokens[j].text in COMMAS or s.tokens[j].text in ":："):
        j += 1
    j = past_repetition_adverb(s, j, end)
    if j < end and s.quote_at(j):
        return j
    if j > i and s.tokens[j - 1].text in ":：":
        return j if j < s.b else None
    if j < end and _is_complementizer(s, j):
        return j
    if j + 3 < end and not s.verb_first and s.keys[j] in s.lex.prepositions and s.keys[j] != "to":
        asked = _question_after_manner_phrase(s, j, end)
        if asked is not None:
            return asked  # 'explained in detail how …', 'shows at length why …'
    if j + 1 < end and s.keys[j] == "there" and s.keys[j + 1] in s.lex.auxiliaries:
        return None  # 'said there is dissent … and that …': an existential clause opens the content, not the 'that'
    if j + 1 < end and not s.verb_first and manner_adverb(s, j) and _is_complementizer(s, j + 1):
        return j + 1  # 'shows clearly that …': the adverb is the reporter's
    if j + 2 < s.b and manner_adverb(s, j) and s.tokens[j + 1].text in ":：" and s.quote_at(j + 2):
        return j + 2  # 'put it bluntly: "…"'
    if j + 3 < s.b and s.keys[j] == "to" and s.keys[j + 1] in s.lex.addressees \
            and s.tokens[j + 2].text in COMMAS and s.quote_at(j + 3):
        return j + 3  # 'as she put it to me, "…"'
    if j + 2 < end and s.keys[j] == "her" and s.tokens[j + 1].text in COMMAS and s.quote_at(j + 2) and (
            s.keys[i - 1] in s.lex.addressee_verbs or s.keys[i - 1] in ("ask", "asks", "asked", "asking")):
        return j + 2  # 'before asking her, "…"': a comma right after 'her' makes it whom she asked, no possessive
    if j < end and s.keys[j] in ("of", "about"):  # 'said of his grandfather: "…"', 'says of Clinton, "…"'
        mark = next((k for k in range(j + 1, min(end, j + 7)) if s.tokens[k].text in ":：,،"), None)
        if mark is not None and mark + 1 < end and s.tokens[mark].text in COMMAS \
                and s.keys[mark + 1] in _OF_RELATIVES and not s.quote_at(mark + 1):
            mark = _mark_after_relative(s, mark + 2, s.b)  # 'said of Acosta, who missed a penalty in the first
            # half: "…"': the relative clause describes whom he spoke of; its colon opens the quotation
            if mark is not None and s.tokens[mark].text in COMMAS and _is_complementizer(s, mark + 1):
                return mark + 1  # ('said of the plan, which the council approved in May, that …')
        if mark is not None and mark + 1 < s.b and (s.tokens[mark].text in ":：" or s.quote_at(mark + 1)):
            return mark + 1
    if j < end and s.tokens[j].text[:1].isdigit():  # 'ruled 6-3 that …', 'ruled 5 to 4 that …': a vote's tally
        k = j
        while k < end and (s.tokens[k].text[:1].isdigit() or s.tokens[k].text in "-–" or s.keys[k] == "to"):
            k += 1
        if k - j <= 3 and k < end and _is_complementizer(s, k):
            return k
    if j + 2 < end and s.keys[j] == "for" and (s.keys[j + 1] in s.lex.determiners_or_quantifiers
                                              or s.keys[j + 1] in _SPANS_OF_TIME):  # ('argued for months that')
        that = next((m for m in range(j + 2, min(end, j + 6)) if not s.tokens[m].is_word
                     or _is_complementizer(s, m)), None)  # 'wrote for the majority that …', 'said for the
        auxiliaries = s.lex.finite_auxiliaries
        if that is not None and _is_complementizer(s, that) and (_subject_after_that(s, that + 1) or (
                that + 2 < s.b and s.tokens[that + 1].is_word and s.keys[that + 1] not in auxiliaries
                and s.keys[that + 2] in auxiliaries)):  # ('that tariffs will …')
            return that  # first time that …': whom or when, then the clause (not 'asked for the files that
            # showed …': a relative clause of the object)
        if that is not None and _is_complementizer(s, that) and s.keys[j + 1] in s.lex.determiners \
                and that + 1 < s.b and s.tokens[that + 1].is_word and s.tokens[that + 1].text.islower():
            return None  # ('asked for the files that showed …': read no further for a 'that')
    telling = s.keys[i - 1] in s.lex.addressee_verbs
    promising = s.keys[i - 1] in s.lex.promising_verbs and j < end and s.tokens[j].is_word \
        and s.tokens[j].text.islower() and s.keys[j] not in s.lex.adverbial_starts and s.keys[j] != "to"
    told_to = _that_after_addressee_of_to(s, j, end)
    if told_to is not None:
        return told_to  # 'complained to police that …', 'explained to the committee that …'
    if j < end and s.keys[j] == "to" and j + 1 < s.b and s.tokens[j + 1].text.islower() \
            and s.keys[j + 1] not in s.lex.addressees_or_determiners:
        return None  # 'asked to describe the device that caused …': an infinitive, its 'that' a relative pronoun
    if _possessed_report_object(s, j, end):
        return None  # "denied Greenpeace's claim that …": the 'that' clause is the noun's, the object what is denied
    if j < end and (s.keys[j] in s.lex.adverbial_starts or s.tokens[j].text[:1].isupper()
                    or s.keys[j] in s.lex.content_blockers  # 'know from his filings that …'
                    or (s.keys[j] in s.lex.addressees and s.keys[j] != "her")
                    or telling or promising):  # 'told a crowd in Ohio that', 'assure parents that' ('stressed her …')
        for k in range(j + 1, min(s.b, j + 11)):
            if s.inside_quote(k):
                continue  # 'says Trump represents the "system that he …"': a 'that' inside a quotation opens nothing
            if s.keys[k] == "to" and k + 1 < s.b and s.tokens[k + 1].text.islower() and \
                    s.keys[k + 1] not in s.lex.addressees_or_determiners \
                    and not (s.keys[j] in s.lex.adverbial_starts and k + 2 < s.b
                             and _is_complementizer(s, k + 2)) \
                    and not (s.keys[j] in s.lex.adverbial_starts and s.keys[k - 1] in s.lex.documents):
                break  # 'warned North Korea to refrain from actions that …': the 'that' is a relative pronoun
                # ('wrote in a letter to staff on Monday that …': whom the letter went to)
                # ('said in a memo to staff that …': the memo's addressee, inside the adverbial)
            if s.keys[k] == "of" and k + 1 < s.b and s.tokens[k + 1].text.islower() and s.keys[k + 1].endswith("ing"):
                break  # 'accused Tom Becker of backing deals that cost …': a gerund's object and its relative
            if telling and s.keys[k] in ("and", "but") and any(
                    s.keys[m] in s.lex.be_forms_or_finite_auxiliaries for m in range(j + 1, k)):
                break  # 'told reporters the water was brown and that it smelled': the clause opened before 'and'
            if _is_complementizer(s, k):
                if promising and not _subject_after_that(s, k + 1):
                    break  # 'promised a tax cut that would help families': a relative clause of the promise
                if _clause_after_time_before(s, j, k):
                    return None  # 'said on Friday it would appeal a ruling that …': the clause after the day
                    # opens the content without 'that'; the later 'that' is a relative pronoun
                return k
            if telling and _clause_after_addressee(s, j, k):
                return k  # 'told the BBC he was "relieved" that …': the clause opens without 'that'
            if telling and k == j + 1 and _plural_hearer_then_clause(s, j):
                return k  # 'told investors costs would climb': a bare noun and its auxiliary open the clause
            if (s.tokens[k].text in COMMAS or s.tokens[k].text in ":：") and k + 1 < s.b and s.quote_at(k + 1):
                return k + 1  # 'told the Courier in 1999, "…"'
            if s.quote_at(k) and (time_phrase_end(s, j) == k
                                  or (telling and any(time_phrase_end(s, m) == k for m in range(j + 1, k)))):
                return k  # 'said on Friday "we are ready" and that …', 'told a meeting on Tuesday "…" and that
                # …': the quotation right after the day opens the content
            if s.tokens[k].text in COMMAS and k + 1 < s.b and s.keys[k + 1] in ("a", "an") \
                    and any(s.keys[m] in ("that", "which") for m in range(k + 3, min(s.b, k + 5))):
                break  # '…, the union's head told Reuters on Tuesday, a move that could …': the writer's remark
            if s.tokens[k].text in ENDERS or (k in s.cue_tokens and not (
                    modifying_participle(s, k) and k + 1 < s.b and s.tokens[k + 1].is_word)):
                break  # (read on past 'in a video posted on Sunday that …')
    return None


def past_repetition_adverb(s: Sentence, j: int, end: int) -> int:
    """English 'has said repeatedly in recent weeks that …', 'said several times on Monday in a speech that …':
    an adverb of how often (repetition_adverbs) at token j with an adverbial right after it: the adverbial's
    first token, where the search for 'that' goes on; else j."""
    n = _phrase_at(s, j, "repetition_adverbs", singles=False) or _phrase_at(s, j, "repetition_adverbs") \
        if j < end else 0
    return j + n if n and j + n < end and s.keys[j + n] in s.lex.adverbial_starts else j


def relative_aside_then_finite(s: Sentence, k: int) -> bool:
    """English 'said on Monday its review, which began in May, would end …', 'the driver, who was 42, had died': a
    short noun phrase opening at token `k` (at most four words), a relative clause set off by commas (',
    which …,', ', who …,': no quotation, cue or second comma in it) and a lower-case finite auxiliary or form of
    'be', or a past, right after the second comma ('…, which included a rise, remained …'): a subject and its
    verb, a reported clause opened without 'that'."""
    comma = next((m for m in range(k + 1, min(s.b, k + 5)) if not s.tokens[m].is_word), None)
    if comma is None or s.tokens[comma].text not in COMMAS or comma + 2 >= s.b \
            or s.keys[comma + 1] not in ("which", "who") or any(m in s.cue_tokens for m in range(k, comma)):
        return False
    for m in range(comma + 2, min(s.b - 1, comma + 14)):
        tok = s.tokens[m]
        if s.inside_quote(m) or m in s.cue_tokens:
            return False
        if tok.text in COMMAS:
            verb, key = s.tokens[m + 1], s.keys[m + 1]
            return verb.text.islower() and (key in s.lex.be_forms_or_finite_auxiliaries
                                            or key in s.lex.irregular_pasts or (key.endswith("ed") and len(key) > 4))
        if not tok.is_word and not tok.text[:1].isdigit():
            return False
    return False


def _subject_with_relative(s: Sentence, c: int, k: int) -> bool:
    """English 'said last week the plan that officials drafted was dead': a short noun phrase (at most four words,
    its head no report noun) right before the 'that' at `k`, a verb in the relative clause after it, then a form
    of 'be' or a finite auxiliary before a comma or the sentence's end: the noun phrase is the subject of the
    reported clause and 'that' its relative pronoun, no complementizer."""
    if k - c > 4 or k + 3 >= s.b or s.keys[k - 1] in s.lex.report_nouns or s.keys[k] != "that" \
            or any(not s.tokens[m].is_word or m in s.cue_tokens for m in range(c, k)):
        return False
    for m in range(k + 2, min(s.b, k + 10)):
        tok = s.tokens[m]
        if not (tok.is_word or tok.text[:1].isdigit()) or m in s.cue_tokens or s.inside_quote(m) \
                or _is_complementizer(s, m):
            return False
        if s.keys[m] in s.lex.be_forms_or_finite_auxiliaries and tok.text.islower():
            return True
    return False


QUESTION_OPENERS: Final = frozenset({"how", "why", "whether"})  # (not 'when', 'where': a time's or a place's
# relative clause as often: 'said at the plant where he works that …')
_MANNER_PHRASE_WORDS: Final = 3  # words of a phrase like 'in detail', 'at great length' after its preposition


def _question_after_manner_phrase(s: Sentence, j: int, end: int) -> int | None:
    """English 'explained in detail how …', 'shows at great length why …', 'said in an interview whether …': a
    preposition at j (not 'to': 'wanted to know whether …' is an infinitive's) with one to three lower-case words
    (no cue, no complementizer) right after the cue, then 'how', 'why' or 'whether' and a word: the question's
    word opens the content (None: no such phrase)."""
    for k in range(j + 2, min(end - 1, j + 2 + _MANNER_PHRASE_WORDS)):
        if s.keys[k] in QUESTION_OPENERS:
            return k if s.tokens[k + 1].is_word and not s.inside_quote(k) else None
        if not s.tokens[k - 1].is_word or not s.tokens[k - 1].text.islower() or k - 1 in s.cue_tokens \
                or _is_complementizer(s, k - 1) or s.keys[k - 1] in QUESTION_OPENERS:
            return None
    return None


_EVENT_ADJUNCTS: Final = frozenset({"after", "before", "during", "following"})


def clause_after_event(s: Sentence, i: int) -> int | None:
    """English 'said after the vote the bill had no chance', 'told reporters after the game the tactics that he
    chose had worked': after 'after', 'before', 'during' or 'following' and an event ('the', a possessive or a
    number word and one or two lower-case nouns, no preposition), a subject ('the', 'a', a possessive, a pronoun)
    whose finite auxiliary follows within eight words, no comma or cue between, opens the reported clause without
    'that', as after 'on Friday'; its first token. Not 'said after the meeting ended the council …' (a clause
    after the adjunct: its verb is no subject) nor 'said after the collapse of the talks …'."""
    if s.verb_first or i + 4 >= s.b or s.keys[i] not in _EVENT_ADJUNCTS or s.inside_quote(i) \
            or s.keys[i + 1] not in ("the", "his", "her", "its", "their", "our", "this", "that", "a"):
        return None
    k = i + 2
    while k < min(s.b, i + 4) and s.tokens[k].text.isalpha() and s.tokens[k].text.islower() \
            and s.keys[k] not in s.lex.determiners and s.keys[k] not in s.lex.clause_subjects \
            and s.keys[k] not in s.lex.subject_stops and s.keys[k] not in s.lex.finite_auxiliaries \
            and not _is_complementizer(s, k) and k not in s.cue_tokens:
        k += 1
    if k == i + 2 or k + 1 >= s.b or not (s.keys[k] in ("the", "a", "an") or s.keys[k] in s.lex.possessives
                                          or s.keys[k] in s.lex.clause_subjects or contracted_subject(s, k)):
        return None
    if s.keys[k] == "there":
        return None  # ('said after the game there …': a place)
    for m in range(k + 1, min(s.b, k + 9)):
        if not s.tokens[m].is_word or m in s.cue_tokens:
            return None
        if s.keys[m] in s.lex.finite_auxiliaries:
            return k
    return None


def contracted_subject(s: Sentence, k: int) -> bool:
    """English "she's", "they're", "we'll": a subject pronoun with its verb glued on (one token)."""
    key = s.keys[k]
    cut = key.find("'")
    return cut > 0 and key[:cut] in s.lex.clause_subjects


def _clause_after_time_before(s: Sentence, j: int, k: int) -> bool:
    """English 'said on Friday it would appeal a ruling that …', 'said in a statement Monday the plant, which …,
    would close a unit that …': between token `j` and the 'that' at `k`, a short run of words ending in a time word
    (a day, 'week', 'Monday') is followed by a subject and its verb: a clause opened there without 'that', before
    the 'that' (not 'said on Friday that …'); so is a subject with a relative clause in it ('said in June the tax
    that voters approved had …': `_subject_with_relative`)."""
    event = clause_after_event(s, j)
    if event is not None and event < k:
        return True  # ('said after the game the tactics that he chose had worked')
    c = time_phrase_end(s, j)
    if j < c < k and (s.keys[c] in ("the", "a", "an") or s.keys[c] in s.lex.possessives) \
            and _subject_with_relative(s, c, k):
        return True
    for c in range(j + 1, min(k, j + 7)):
        if s.keys[c - 1] not in s.lex.time_words or c + 1 >= k:
            continue
        if any(not s.tokens[m].is_word or m in s.cue_tokens for m in range(j, c + 1)):
            return False
        if s.keys[c] in s.lex.clause_subjects and s.keys[c] != "there":
            nxt = s.tokens[c + 1]  # 'it would', 'she rejected'
            return nxt.is_word and nxt.text.islower() and s.keys[c + 1] not in s.lex.determiners \
                and not _is_complementizer(s, c + 1)
        if s.keys[c] in ("the", "a", "an") or s.keys[c] in s.lex.possessives or is_capitalised(s.tokens[c].text) \
                or _counted_subject(s, c) or _bare_noun_subject(s, c):  # ('said on Sunday two men were …')
            return any(s.keys[m] in s.lex.be_forms_or_finite_auxiliaries for m in range(c + 1, min(k, c + 7))) \
                or _subject_with_relative(s, c, k)
        return False
    return False


def _past_citing_aside(s: Sentence, i: int, end: int) -> int | None:
    """English 'reported last week, citing two bankers involved in the talks, that …': an aside that cites the
    source (a quoting verb between commas, a time phrase before it at most) stands between the cue and its
    'that': the 'that', else None."""
    telling = i > s.a and s.keys[i - 1] in s.lex.addressee_verbs
    comma = next((k for k in range(i, min(end, i + (7 if telling else 4))) if s.tokens[k].text in COMMAS), None)
    if comma is None or comma + 1 >= end or s.keys[comma + 1] not in s.lex.quoting_verbs \
            or not s.keys[comma + 1].endswith("ing") \
            or not (all(s.keys[k] in s.lex.adverbial_starts_or_time_words
                        for k in range(i, comma)) or (telling and _addressee_words(s, i, comma))):
        return None
    close = next((k for k in range(comma + 2, min(s.b - 1, comma + 16)) if s.tokens[k].text in COMMAS
                  and not s.inside_quote(k)), None)
    return close + 1 if close is not None and _is_complementizer(s, close + 1) else None


def _addressee_words(s: Sentence, i: int, comma: int) -> bool:
    """English 'told the Daily Herald, citing …', 'told reporters on Monday, citing …': the words from i up to the
    comma, after a verb of telling, are whom it told (and when): words only, no cue, complementizer or quotation."""
    return comma > i and all(s.tokens[k].is_word and k not in s.cue_tokens and not _is_complementizer(s, k)
                             and not s.inside_quote(k) for k in range(i, comma))


def _that_after_addressee_of_to(s: Sentence, j: int, end: int) -> int | None:
    """English 'said to reporters that …', 'wrote to the board that …', 'complained to police that …': 'to' and an
    addressee (an article or a name and up to three more words, or an addressee's word) before a 'that' with a
    subject after it: the content opens at 'that'."""
    if s.verb_first or j + 2 >= end or s.keys[j] != "to":
        return None
    first = s.keys[j + 1]
    if not (first in s.lex.addressees_or_determiners
            or is_capitalised(s.tokens[j + 1].text) or _bare_plural_hearer(s, j + 1)):
        return None
    reach = 8 if s.keys[j + 2] == "of" else 6  # ('explained to leaders of the three factions that …')
    for k in range(j + 2, min(end, j + reach)):
        if not s.tokens[k].is_word or k in s.cue_tokens or s.inside_quote(k):
            return None
        if _is_complementizer(s, k):
            return k if _subject_after_that(s, k + 1) or _noun_then_auxiliary(s, k + 1) else None
    return None


def _bare_plural_hearer(s: Sentence, i: int) -> bool:
    """English 'to senators', 'to investors', 'to members of both parties': a lower-case plural noun with no
    article right after 'to' and right before 'that' or 'of' (not an infinitive: 'to discuss that', 'to focus
    that'; the 'of' phrase's 'that' is still read by the caller)."""
    key = s.keys[i]
    return s.tokens[i].text.islower() and key.isalpha() and key.endswith("s") and not key.endswith(("ss", "us")) \
        and i + 1 < s.b and (_is_complementizer(s, i + 1) or s.keys[i + 1] == "of")


def _plural_hearer_then_clause(s: Sentence, j: int) -> bool:
    """English 'told reporters prices would …', 'told investors costs will …': after a verb of telling, one bare
    lower-case plural (the hearers, no article) and then a bare lower-case noun with a finite auxiliary right
    after it: that noun opens the reported clause without 'that'."""
    key = s.keys[j]
    return s.tokens[j].text.islower() and key.isalpha() and key.endswith("s") and not key.endswith(("ss", "us")) \
        and key not in s.lex.auxiliaries_or_be_forms_or_quantifiers and j + 2 < s.b \
        and s.keys[j + 1].isalpha() and s.keys[j + 1] not in s.lex.determiners_or_prepositions_or_subject_stops \
        and _noun_then_auxiliary(s, j + 1)


def _noun_then_auxiliary(s: Sentence, i: int) -> bool:
    """'that prices would …', 'that wages have …': a bare noun, then a finite auxiliary open a clause."""
    return i + 1 < s.b and s.tokens[i].is_word and s.tokens[i].text.islower() \
        and s.keys[i] not in s.lex.finite_auxiliaries and s.keys[i + 1] in s.lex.finite_auxiliaries


def _subject_after_that(s: Sentence, i: int) -> bool:
    """'that he would …', 'that the plant …', 'that Ohio …': a subject opens the words after 'that' (not a verb,
    as in a relative clause)."""
    return i < s.b and s.tokens[i].is_word and (
        s.keys[i] in s.lex.clause_subjects_or_determiners
        or is_capitalised(s.tokens[i].text))


def _clause_after_addressee(s: Sentence, j: int, k: int) -> bool:
    """English 'told the BBC he was …', 'told the committee on Monday it would …': after a verb of telling,
    the addressee (tokens `j` to `k - 1`: names, up to three words after an article or a possessive, a day)
    and then a pronoun with its verb open the content without 'that' (not 'told the story of how it began')."""
    if k <= j or s.keys[k] not in s.lex.clause_subjects or k + 1 >= s.b or not s.tokens[k + 1].is_word \
            or not s.tokens[k + 1].text.islower():
        return False
    opened, run = -1, -1  # the last article or possessive, and the last word of the noun phrase it opens
    for m in range(j, k):
        key = s.keys[m]
        if not s.tokens[m].is_word or key in s.lex.wh_words:
            return False
        noun = run == m - 1 and m - opened <= 4 and s.tokens[m].text.islower() \
            and key not in s.lex.prepositions and m not in s.cue_tokens  # ('the paper's editorial board')
        if not (is_capitalised(s.tokens[m].text) or key in s.lex.addressees_or_determiners_or_time_words
                or key in ("on", "in", "at")
                or (m > j and s.keys[m - 1] in s.lex.determiners) or noun):
            return False
        if key in s.lex.determiners or key.endswith(("'s", "’s")):
            opened = run = m
        elif noun:
            run = m
    return True


_WORDS_TAG_PREPOSITIONS: Final = frozenset({"بحسب", "حسب", "وفق", "وفقا", "حد"})  # ('على حد تعبيره')
_WORDS_TAG_NOUNS: Final = ("تعبير", "قول", "وصف")


def _closing_words_tag(s: Sentence, nxt: int) -> bool:
    """Arabic: the sentence, after token nxt, closes with a comma and a tag saying the words are the speaker's
    own ('، بحسب تعبيره', '، على حد قولها', '، وفق قوله'), with no cue before it: a remark after a clause break
    ('…، وهو ما تجاهلته الحكومة السابقة، بحسب تعبيره') is still what he said."""
    end = s.b - 1
    while end > nxt and not s.tokens[end].is_word:
        end -= 1
    noun, prep = s.keys[end], s.keys[end - 1]
    if end - 2 <= nxt or s.tokens[end - 2 - (prep == "حد")].text not in COMMAS \
            or prep not in _WORDS_TAG_PREPOSITIONS or not noun.startswith(_WORDS_TAG_NOUNS) \
            or noun in _WORDS_TAG_NOUNS or (prep == "حد" and s.keys[end - 2] != "علي"):
        return False  # (the noun has its pronoun: 'تعبيره', not 'تعبير')
    return not any(k in s.cue_tokens for k in range(nxt, end - 2 - (prep == "حد")))


_THAT_ONE: Final = frozenset({"وذلك", "ذلك"})


def _purpose_after_that(s: Sentence, nxt: int) -> bool:
    """Arabic '…، وذلك حرصا على سلامة المرضى', '…، وذلك بهدف الحد من …': after the comma, 'وذلك' and the purpose or
    reason of the reported claim (purpose_phrases.txt) go on with what was said; '، وذلك خلال مؤتمر صحفي' does not."""
    return s.keys[nxt] in _THAT_ONE and nxt + 1 < s.b and _phrase_at(s, nxt + 1, "purpose_phrases") > 0


_AMMA_REACH: Final = 6  # the most words of the topic between 'أما' and its 'فـ'
_FA_PRESENT: Final = ("فس", "في")  # a future or a present verb glued to the 'فـ' ('فسيتم', 'فيصدر')
_FA_PARTICLES: Final = frozenset({"فلن", "فلا", "فان", "فانه", "فانها", "فهو", "فهي", "فهم", "فما"})


def _contrast_going_on(s: Sentence, start: int, nxt: int) -> bool:
    """Arabic '… أن التقرير الأولي يشير إلى وفاة طبيعية، أما التقرير النهائي فيصدر لاحقا' (or '، في حين' and a present
    verb, below): after the comma, 'أما',
    a short topic and its 'فـ' with a verb in the present or future (or a particle or pronoun of a nominal clause),
    no cue among them, go on with what was reported (the speaker's second point); a past verb after the 'فـ'
    ('، أما المعارضة فرفضت الخطة', '، أما اللاعبون فقد عادوا') is the writer's next event, where the content ends."""
    if s.inside_quote(start) or s.quote_at(start) is not None or sum(j < start for j in s.cue_tokens) > 1:
        return False  # (a report nested inside another's content ends there: the second point is the outer one's)
    if s.keys[nxt] == "في" and nxt + 2 < s.b and s.keys[nxt + 1] == "حين":
        return _present_without_cue(s, nxt + 2)  # "…، في حين تأتي فرنسا في المرتبة السابعة" (not '، في حين نفت …')
    if s.keys[nxt] != "اما":
        return False
    for k in range(nxt + 1, min(s.b, nxt + 2 + _AMMA_REACH)):
        if k in s.cue_tokens or not s.tokens[k].is_word:
            return False
        key = s.keys[k]
        if key[:1] == "ف" and k > nxt + 1 and len(key) > 2:
            return key in _FA_PARTICLES or key.startswith(_FA_PRESENT) \
                or (key[1:2] == "ت" and not key.endswith(("ت", "تا", "وا")))
    return False


def _present_without_cue(s: Sentence, k: int) -> bool:
    """Arabic: token k is a verb in the present ('تأتي', 'يبقى', or 'لا' and one: 'لا يزال'), no cue among it and
    the next words: what a contrast clause after the reported one goes on to say, still the speaker's."""
    k += s.keys[k] == "لا" and k + 1 < s.b
    key = s.keys[k]
    if len(key) <= 3 or key[:1] not in "يت" or key.endswith(("ت", "تا", "وا")) or not s.tokens[k].is_word:
        return False
    return not any(j in s.cue_tokens for j in range(k, min(s.b, k + 4)))


def participle_of_another(s: Sentence, k: int) -> bool:
    """Arabic: the participle at token k is masculine ('متعهدا') after a comma, and the nearest cue before it in
    the sentence is a feminine verb in the past ('زعمت', 'أكدت'): the participle does not agree with that
    verb's subject, so it describes someone inside the reported clause, not the reporter."""
    key = s.keys[k]
    if not key.endswith("ا") or key.endswith(("ها", "تا")) or k - 1 <= s.a or s.tokens[k - 1].text not in COMMAS:
        return False
    if k + 1 < s.b and (s.keys[k + 1] in s.lex.honorifics or s.keys[k + 1] in s.lex.pronouns or is_title(s, k + 1)):
        return False  # ("…، مؤكدا سموه أن …": its own subject written after it)
    cue = next((j for j in range(k - 2, s.a - 1, -1) if j in s.cue_tokens), None)
    verb = s.strip_clitic(s.keys[cue]) if cue is not None else ""
    return cue is not None and cue not in s.participles and verb.endswith("ت") and not verb.endswith("ات") \
        and verb[:-1] in s.lex.cues  # ('زعمت': 'زعم' is the masculine; not 'لفت', whose ت is its own)


def _after_participle_cue(s: Sentence, start: int) -> bool:
    """English: the content at token `start` follows a participle cue after a comma, right before it ('…,
    complaining about …') or with its hearer and 'that' between ('…, telling supporters that …')."""
    if start - 1 in s.participles:
        return start - 2 >= s.a and s.tokens[start - 2].text in COMMAS
    if s.keys[start] != "that":
        return False
    return any(k in s.participles and k - 1 >= s.a and s.tokens[k - 1].text in COMMAS
               and all(s.tokens[m].is_word for m in range(k + 1, start))
               for k in range(max(s.a + 1, start - 4), start - 1))


_ALSO_WHILE: Final = frozenset({"فيما", "كما"})  # Arabic 'meanwhile', 'also' opening a clause after a comma


def _feminine_past_clause(s: Sentence, k: int) -> bool:
    """Arabic: token k is a past-tense verb in the feminine ending in 'ت' ('قطعت', 'طوقت', 'شهدت'), a word after it:
    not a present tense ('يثبت'), a cue (read on its own), a negation ('ليست') nor 'تمت' ('كما تمت إحالة …')."""
    if k + 1 >= s.b or not s.tokens[k].is_word or not s.tokens[k + 1].is_word or s.inside_quote(k):
        return False
    key = s.keys[k]
    return len(key) >= 4 and key.endswith("ت") and not key.startswith(("ي", "ن")) and key not in ("ليست", "تمت") \
        and key not in s.lex.negations and k not in s.cue_tokens and not s.is_stop(k)


def _future_before(s: Sentence, start: int, end: int) -> bool:
    """Arabic: a verb in the future ('ستقطع', 'سيتم', 'لن') among tokens [start, end), outside quotations."""
    return any(not s.inside_quote(k) and ((s.keys[k][:2] in ("ست", "سي", "سن") and len(s.keys[k]) >= 4
                                           and k not in s.protected) or s.keys[k] == "لن")
               for k in range(start, end))
_SUBJECT_REACH: Final = 6  # words a reported clause's subject may hold before its verb


def _speakers_deed_after_and(s: Sentence, start: int, conj: int) -> bool:
    """English: 'and', a lower-case simple past and a possessive 'its' or 'their' whose number is not that of the
    reported clause's subject ('said that profits fell and cut its dividend', 'wrote that the warning was the third
    and lowered their target'): the speaker's next act, no more of the clause opening at token `start` with 'that'
    ('said that the firm lost money and cut its dividend' and 'that residents were angry and wrote to their MP'
    may go on)."""
    if conj + 2 >= s.b or s.keys[start] != "that" or not _is_complementizer(s, start) \
            or s.keys[conj + 2] not in ("its", "their") or not s.tokens[conj + 1].text.islower():
        return False
    verb = s.keys[conj + 1]
    if not ((verb.endswith("ed") and len(verb) > 4) or verb in s.lex.irregular_pasts or verb in ("cut", "set", "put")):
        return False
    head = None
    for k in range(start + 1, min(conj, start + 1 + _SUBJECT_REACH)):
        key = s.keys[k]
        if not s.tokens[k].is_word:
            return False
        if key in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts or key in s.lex.movement_verbs \
                or (s.tokens[k].text.islower() and key.endswith("ed") and len(key) > 4):
            head = k - 1
            break
    if head is None or head <= start:
        return False
    key = s.keys[head]
    plural = key in ("they", "we") or (len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")))
    singular = key in ("it", "he", "she") or (s.tokens[head].text.islower() and not plural and key.isalpha())
    return (s.keys[conj + 2] == "its" and plural) or (s.keys[conj + 2] == "their" and singular)


_MODALS: Final = frozenset({"will", "would", "could", "should", "can", "may", "might", "must", "shall", "won't",
                            "wouldn't", "couldn't", "shouldn't", "can't", "cannot"})
_NOT_BARE: Final = frozenset({"be", "have", "been", "not", "n't", "also", "still", "never", "soon", "likely"})
_CLAUSE_LINKS: Final = frozenset({"that", "who", "which", "whom", "whose", "where", "to"})


_SHARE_WORDS: Final = frozenset({"percent", "%", "pct"})


def _share_clause_at(s: Sentence, k: int) -> bool:
    """English '… and 38 percent chose Ruiz', '… and forty percent of renters said …': a figure at token k, a
    share word ('percent', '%'), an 'of' phrase of three words at most, then a finite verb or a cue: a new subject
    with its verb (no modal), a clause of its own after the conjunction."""
    if k + 2 >= s.b or s.inside_quote(k):
        return False
    figure = s.keys[k]
    if not (figure[:1].isdigit() or figure.split("-")[0] in _COUNT_WORDS):
        return False
    m = k + 1
    if s.keys[m] == "per" and m + 1 < s.b and s.keys[m + 1] == "cent":
        m += 1
    elif s.keys[m] not in _SHARE_WORDS:
        return False
    m += 1
    if m < s.b and s.keys[m] == "of":
        m = next((n for n in range(m + 1, min(s.b, m + 4)) if n in s.cue_tokens or _finite_verb_at(s, n)), s.b)
    return m < s.b and (m in s.cue_tokens or (_finite_verb_at(s, m) and s.keys[m] not in _MODALS))
    # ('said the tax would rise by 3 percent and 2 percent would go to schools': a modal keeps the forecast)


def _speakers_act_after_modal(s: Sentence, start: int, conj: int) -> bool:
    """English 'said the bridge would reopen in May and pointed to the new funding', 'vowed to fight the ruling and
    appealed to the court': the reported clause's last verb is a modal with a bare verb ('would reopen') or an
    infinitive opening the content, and after the 'and' at `conj` comes a lower-case simple past ('pointed',
    'sought') with a word after it: a past cannot be coordinated with the bare verb, so it is the speaker's next
    act. A passive or perfect ('would be closed and repaired', 'has cut jobs and raised prices'), a subordinate or
    relative clause between ('would back it because it cut taxes and raised …') or punctuation keep the content."""
    verb = conj + 1
    if s.verb_first or verb + 1 >= s.b or not s.tokens[verb].text.islower() or s.inside_quote(verb) \
            or not s.tokens[verb + 1].is_word or s.keys[verb + 1] == "by":
        return False
    key = s.keys[verb]
    if not ((key.endswith("ed") and len(key) > 4) or key in s.lex.irregular_pasts):
        return False
    modal: int | None = None
    for k in range(conj - 1, start - 1, -1):
        tok = s.tokens[k]
        if not tok.is_word or s.inside_quote(k) or (k in s.cue_tokens and k > start):
            return False  # ('show the senator warned that the dam could fail and urged …': a report inside)
        key = s.keys[k]
        if modal is None and ((key in _MODALS and tok.text.islower()) or (k == start and key == "to")):
            modal = k
        elif tok.text.islower() and (key in s.lex.subordinators or (key in _CLAUSE_LINKS and k > start)
                                     or (modal is None and key in s.lex.be_forms_or_finite_auxiliaries)):
            return False
    if modal is None:
        return False
    bare = modal + 1
    while bare < conj and (s.keys[bare] in s.lex.negations or s.keys[bare] in s.lex.adverbs
                           or (s.keys[bare].endswith("ly") and len(s.keys[bare]) > 4)):
        bare += 1  # ('would not reopen', 'would quickly reopen')
    return bare < conj and s.tokens[bare].text.islower() and s.keys[bare] not in _NOT_BARE \
        and s.keys[bare] not in s.lex.be_forms_or_finite_auxiliaries and not s.keys[bare].endswith("ed")


def _inside_outer_that(s: Sentence, start: int) -> bool:
    """English: a content opening at token `start` with no 'that' of its own, whose cue sits inside a clause that
    an earlier cue of the sentence opens with 'that', the cue's subject alone between ('said that it believed its
    use was legal …'; not 'told CNN that …, but he said …')."""
    if _is_complementizer(s, start) or start - 2 <= s.a:
        return False
    for k in range(start - 2, max(s.a, start - 2 - _SUBJECT_REACH), -1):
        if s.keys[k] == "that" and _is_complementizer(s, k):
            return any(c < k for c in s.cue_tokens)
        if not s.tokens[k].is_word or s.keys[k] in s.lex.leading_conjunctions:
            return False  # ('told CNN that …, but he said …': a clause of its own, after a comma and 'but')
    return False


def content_end(s: Sentence, start: int) -> int:
    """Index of the last token of a content that starts at token `start`: the sentence end, or a comma
    followed by another cue or by a word that opens the reporter's own clause."""
    last = start
    j = start
    opening = s.a + 1 if not s.verb_first and s.a + 1 < s.b and s.keys[s.a] in ("and", "but", "yet") else s.a
    concessive = _phrase_at(s, opening, "concessive_openers") > 0  # (also after 'And': 'And while X said …, Y …')
    if concessive and not s.verb_first and any(s.tokens[k].text in COMMAS for k in range(s.a, start)):
        concessive = False  # 'Although …, the poll found that …': the content is in the main clause
    # Three questions on the content's start that only a comma (or a closing quotation mark) outside a quotation
    # asks, and most contents end before one: read at the first token that asks, None until then.
    inner: bool | None = None if not concessive and not s.verb_first else False  # `_subordinate_report`: '… and
    # once he has said his piece, he is ready …': the clause closes at its comma
    closed_aside: bool | None = None if s.verb_first else False  # an Arabic aside or subordinate clause the
    # content stands in (`_closes_at_comma`): its comma closes it
    verb_first = s.verb_first
    # (read once, not at every token: a content_stops entry starts with a word of one of these)
    stop_words, stop_phrases = s.lex.content_stops, s.lex.phrase_index["content_stops"]
    leading = s.lex.leading_conjunctions
    watched = _content_watch(s.lex)
    cues, participles = s.cue_tokens, s.participles
    nested = verb_first and s.inside_quote(start)  # (a report made inside a quotation: «… وروسيا تعتبر أن …»)
    named: bool | None = None if not verb_first else False  # `_what_named`, read at a quotation mark
    enclosed = not verb_first and _inside_parenthesis(s, start)
    depth = 0  # (parentheses opened inside the content, when it starts inside one)
    while j < s.b:
        tok = s.tokens[j]
        text, key = tok.text, tok.key  # (read once: most tokens meet no test below, compiled each is a lookup)
        if tok.is_word and ((key not in watched and not (verb_first and (j in cues or j in participles)))
                            or (s.inside_quote(j) and not (nested and key in watched))):
            last = j  # a word no test below can stop at (a word's text is no mark; its key none of the words
            j += 1  # read below, and inside a quotation none reads it): a lookup or two, where the tests are a dozen
            continue
        inside = s.inside_quote(j)
        if not verb_first and not inside and text in COMMAS and _repeated_word_around(s, j):
            last = j + 1  # 'he really, really wants …', 'very, very good': the word said twice, one phrase
            j += 2
            continue
        if verb_first and j > start + 1 and (not inside or nested) and _writers_remark(s, start, j):
            break  # "… أن مصير الأسد يحدده السوريون وهذه تشكل …": the writer's (or the quoted speaker's) remark
        if verb_first and not inside and key in s.lex.background_verbs and _background_relative(s, start, j):
            last = j - 2  # "نفى أن تكون قد نفذت هذه الغارات التي تأتي بعد …": the writer's background on the
            break  # noun before the relative
        if j > start and not inside and (
                ((key in stop_words or (key in stop_phrases and _phrase_at(s, j, "content_stops")))
                 and not _object_then_as(s, start, j))
                or (verb_first and j in s.cue_tokens and key[:1] in s.lex.proclitics
                    and j not in s.according_starts and s.keys[j - 1] != "ما"  # ('منتقدا ما وصفه بـ…')
                    and (not _is_complementizer(s, start)
                         or (_named_speaker_after(s, j + 1) and _opens_soon(s, j + 1))))
                or (verb_first and j in s.participles)
                or (verb_first and j in s.cue_tokens and key == "علي" and j + 1 < s.b
                    and s.keys[j + 1] == "حد")):
            break  # "… في تصريحات أدلى بها", "… وقال المسؤول", "… على حد تعبيره": the reporter's clause begins
        if j > start and not verb_first and key in leading \
                and not inside and _cue_joined_by(s, j, leading) \
                and not any(s.keys[k] in s.lex.negations for k in range(j + 1, min(s.b, j + 3))) \
                and s.keys[j - 1] not in ("who", "which", "that") and s.keys[j - 1] not in s.lex.clause_subjects \
                and not (tok.key not in ("and", "but") and s.tokens[j - 1].is_word) \
                and not (tok.key == "so" and j + 1 < s.b and s.keys[j + 1] in ("many", "much", "far", "few")) \
                and not _passive_coordination(s, start, j) and not reported_verb_goes_on(s, start, j) \
                and not deed_goes_on(s, start + (s.keys[start] == "that"), j) and not wish_goes_on(s, start, j) \
                and not _present_subject_goes_on(s, start, j + 1) \
                and not tense_shift_after_and(s, start, j) and not _verbless_subject_before(s, start, j) \
                and not relative_goes_on(s, start, j) \
                and not _inner_report_goes_on(s, start, j):
            break  # "… the investigation and warned that …": a second report by the same speaker ('so many' is none;
            # nor is an adverb after a word, 'had also assured', 'that clients still expected', inside the content)
        if text in QUOTE_MARKS:  # (the four tests of a closing quotation mark)
            if j + 1 < s.b and (j + 1 in s.cue_tokens or (
                    not verb_first and (_pronoun_then_cue(s, j + 1) or claim_noun_aside(s, j + 1) is not None))) \
                    and s.quote_ending(j) \
                    and s.text[tok.start - 1:tok.start] in COMMAS:
                last = j  # '"very constructive," adding that …': the comma inside the quotation ends it
                break
            if concessive and not verb_first and j + 1 < s.b and s.tokens[j + 1].is_word \
                    and s.text[tok.start - 1:tok.start] in COMMAS and s.quote_ending(j):
                last = j  # 'After saying her knee was "so sore," she was …': the comma inside the quotation closes the
                break  # opening clause, as one outside it would
            if not verb_first and j + 1 < s.b and s.quote_ending(j) \
                    and s.text[tok.start - 1:tok.start] in COMMAS \
                    and _phrase_at(s, j + 1, "clause_breaks", singles=False):
                last = j  # 'had been "rigged," without offering evidence': the writer's remark after the quotation
                break
            if not verb_first and j > start and j + 2 < s.b and _quoted_as_then_predicate(s, j, start):
                last = j  # 'dismissed the mayor as "greedy" and walked out': what he called him ends with the
                break  # quotation, the speaker's next act follows
            if not verb_first and j + 1 < s.b and s.text[tok.start - 1:tok.start] in COMMAS and s.quote_ending(j) \
                    and _participle_with_anothers_words(s, j + 1):
                last = j  # 'will be "neutral," engaging in what analysts described as …': as after a comma outside
                break
            if not verb_first and j + 1 < s.b and _called_then_setting(s, j, start):
                last = j  # 'calling them "phony" at a rally in Ohio': what they were called ends with the quotation;
                break  # where and when it was said is the writer's
            if named is None:
                named = _what_named(s, start)
            if named and s.quote_ending(j) and _finite_verb_at(s, j + 1):
                last = j  # 'the fight over what the union called "a betrayal" dragged on': the naming ends with
                break  # its quotation; the verb after it is the writer's main clause
            after_dash = _after_spaced_dash(s, j)
            if not verb_first and after_dash is not None and after_dash < s.b \
                    and s.keys[after_dash] in ("a", "an") and j > start and s.quote_ending(j):
                last = j  # 'dismissed the island as a "lost cause" — a phrase he has used before', '… to "theft" - a
                break  # charge that …': the writer's appositive remark on the quoted words after a dash
            if not verb_first and j + 2 < s.b and s.keys[j + 1] in ("and", "but") \
                    and s.text[tok.start - 1:tok.start] in COMMAS and s.quote_ending(j) and (
                        _own_report_ahead(s, j + 2)
                        or ((_pronoun_past_clause(s, j + 2) or _pronoun_present_clause(s, j + 2)
                             or _pronoun_perfect_clause(s, j + 2))
                            and not _present_subject_goes_on(s, start, j + 2))):
                last = j  # 'is "true," but in their report they pointed out …', 'promising "jobs, jobs," but he has
                break  # also intensified …': as after a comma outside the quotation
        if key == "and" and not verb_first and not inside:  # (the tests of 'and', then ';', 'as', '(': one token)
            if j > start and _speakers_act_after_modal(s, start, j):
                break  # 'said the bridge would reopen in May and pointed to …': the speaker's next act
            if j > start and _share_clause_at(s, j + 1):
                break  # 'said they would back Hale and 38 percent chose Ruiz': another share of the poll, its own
                # clause (its own report when its verb is a cue)
            if j > start and _speakers_deed_after_and(s, start, j):
                break  # 'wrote that the warning was the third in two years and lowered their price target': 'their'
                # is not the reported clause's subject, the speaker acts again
            if j > start and j + 1 < s.b and s.keys[j + 1] == "that" and _inside_outer_that(s, start):
                break  # 'said that it believed its use was legal and that it would …': the second 'that' clause
                # is the outer verb's, parallel to its own 'that', not more of the inner report
            if j > start + 2 and _is_complementizer(s, start) \
                    and s.tokens[j - 1].is_word and j + 1 < s.b and s.keys[start + 1] != s.keys[j + 1] \
                    and _pronoun_past_clause(s, j + 1, ("he", "she", "they")):
                break  # '… to realize that the baby was not hers and they contacted police': the writer's next clause
                # (not 'said that he was tired and he wanted to rest': the reported clause goes on)
            if j > start and j + 2 < s.b \
                    and s.keys[start] in s.lex.finite_auxiliaries and s.keys[j + 1] in s.lex.anonymous \
                    and s.keys[j + 1].endswith("s") and s.tokens[j + 2].text.islower():
                break  # 'a project supporters say will cut traffic and critics call a waste': the content has no
                # subject of its own (a relative clause's), and the next people judging the noun start another
            if j > start and _after_participle_cue(s, start) and not s.keys[j - 1].endswith("ing") \
                    and j + 1 < s.b and s.tokens[j + 1].text.islower() and s.keys[j + 1].endswith("ing") \
                    and len(s.keys[j + 1]) > 5 and s.keys[j + 1] not in s.lex.prepositional_ing:
                break  # '…, complaining about his "high language" and questioning his claims': a second participle
        elif text == ";" and j > start and not verb_first and not inside:
            break  # '… was not intentional; they only learned …': the writer's next clause
        elif key == "as" and j > start + 1 and not verb_first and not inside and _writers_as_clause(s, j):
            break  # '…, as a deadline to fund the government loomed': the writer's time clause
        elif enclosed and text in "()" and not inside:
            if text == ")" and depth == 0:
                break  # 'Rents are high (some tenants say landlords ignore repairs), and …': the parenthesis the
                # report sits in closes it; the writer's sentence goes on outside
            depth += 1 if text == "(" else -1
        elif text == "(" and j > start and not verb_first and not inside and _aside_with_a_clause(s, j):
            break  # '… stumbling to a van (her campaign later disclosed that …)': the writer's aside
        if text in COMMAS and j + 1 < s.b and not inside and not (
                verb_first and joined_complementizer(s, j + 1) and _is_complementizer(s, start)) \
                and not (text == "," and s.tokens[j - 1].text[-1:].isdigit() and thousands_comma(s, j)):
            # ("أن الأفعال "ثابتة"، وأن الخبرة كشفت …": a second clause of the same speech goes on; a figure's
            # comma, 'more than 4,000 public comments on …', is none: no subject and cue open after it)
            nxt = j + 1
            key = s.keys[nxt]
            if not verb_first and j in cues and j - 1 in cues and nxt in cues:
                last = j  # 'cited an assurance by the chairman, Colm Reddy, that …': the comma inside a report
                j += 1  # noun's agent and its name goes on
                continue
            if not verb_first and _inner_subject_aside(s, start, j):
                last = j  # 'said the city, which has cut jobs, warned that …': the inner report's subject and
                j += 1  # its relative clause, inside the outer report
                continue
            if verb_first and nxt in participles and participle_of_another(s, nxt):
                last = j + 1  # "زعمت أنه له وهو يبايع داعش، متعهدا بالولاء …": the man in the content pledges,
                j += 2  # not the agency that reports it; the content goes on through the participle's phrase
                continue
            if verb_first and s.keys[nxt] == "وما" and _relative_report(s, start) and any(
                    k in cues and s.keys[k - 1] in s.lex.relatives for k in range(nxt + 2, min(s.b, nxt + 12))):
                break  # "المادة (12) التي نصت على أن «…»، وما ورد في المادة (14) التي نصت …": what the other
                # article says joins the outer verb's object, as the first did; the relative's report ends there
            if closed_aside is None:
                closed_aside = _closes_at_comma(s, start)
            if closed_aside:
                break  # "وينص الاتفاق، الذي رحبت به معتبرة أنه «…»، على …": the aside closes at its comma
            if verb_first and key in s.lex.indicating_verbs and _media_described(s, start):
                break  # "ونشرت … صورا قالت إنها لضحايا …، تظهر جثثا …": the pictures show, in the writer's words
            if not verb_first and _closing_connective(s, nxt):
                break  # '… for releasing the videos, as well.', '…, too, saying …': the writer's link to the story
            if verb_first and key.startswith("م") and key.endswith("ا") and len(key) >= 5 and s.tokens[nxt].is_word \
                    and key not in s.lex.adverbs and not s.inside_quote(nxt):
                break  # "أعرب عن سعادته بالفوز، مهديا الهدفين إلى الجماهير": a participle of the speaker's own act
            if verb_first and key in _ALSO_WHILE and _feminine_past_clause(s, nxt + 1) and _future_before(s, start, j):
                break  # "أعلنت أنها ستقطع تمويلها، كما قطعت مساعدات …": after what she will do, what she did is the
                # writer's next event ('، فيما لا يزال …', '، كما تم فحص …' go on with what was reported, and so
                # may a past after a past: 'أن الأسعار ارتفعت، كما تراجعت القدرة الشرائية')
            yelled = not s.verb_first and nxt in s.cue_tokens and nxt not in s.participles and \
                nxt + 1 < s.b and s.quote_at(nxt + 1) is not None  # '…, yelled "shark!", and began …'
            if (nxt in s.cue_tokens and not yelled and not contrast_aside_before(s, nxt)) \
                    or ((((key in s.lex.clause_breaks or s.strip_clitic(key) in s.lex.clause_breaks)
                          and not _aside_before_verb(s, nxt) and not _negated_contrast_goes_on(s, nxt))
                         or _phrase_at(s, nxt, "clause_breaks", singles=False))
                        and not (verb_first and (_closing_words_tag(s, nxt) or _purpose_after_that(s, nxt)
                                                 or _contrast_going_on(s, start, nxt)))):
                break  # ("…، وهو ما تجاهلته الحكومة، بحسب تعبيره": the tag makes the remark his words too)
            if not s.verb_first and key in s.lex.leading_conjunctions and nxt + 1 < s.b \
                    and s.tokens[nxt + 1].text.islower() and s.keys[nxt + 1].endswith("ed") \
                    and not s.inside_quote(nxt + 1) \
                    and not _inner_report_goes_on(s, start, nxt):
                break  # '…, and discussed the problems': the reporter goes on about the speaker
            if not s.verb_first and _verb_phrase_content(s, start) and (
                    (key in ("and", "but") and _new_clause_after(s, nxt + 1)
                     and not _present_subject_goes_on(s, start, nxt + 1))
                    or (key in ("but", "yet") and _predicate_without_subject(s, nxt + 1))
                    or (s.tokens[nxt].text.islower() and key.endswith("ing")
                        and key not in s.lex.prepositional_ing)):
                break  # 'vowed to cut taxes, and his rival is promising …', '…, focusing on …': the writer's
            if not s.verb_first and key in ("and", "but") and not _verb_phrase_content(s, start) \
                    and _writers_noun_clause(s, nxt + 1) and _past_cue_before(s, start):
                break  # 'announced that it is cutting its forecast, and the cut is weighing on …': a clause with a
                # subject of its own, in the writer's present or perfect, not the speaker's backshifted words
            if not s.verb_first and key in ("and", "but") and (_pronoun_past_clause(s, nxt + 1)
                                                              or _pronoun_present_clause(s, nxt + 1)) \
                    and not _present_subject_goes_on(s, start, nxt + 1):
                break  # '… that he would bring back the jobs, and he blasted Clinton …': the writer's next clause
                # ('…, but he refuses to discuss …': the writer's present, not the speaker's backshifted words)
            if not s.verb_first and key == "the" and _closing_superlative_appositive(s, nxt):
                break  # '… would slow deliveries, the latest quality problem to hit the planemaker.': the writer's
            if not s.verb_first and _appositive_to_quoted_word(s, j):
                break  # 'calling their plans "ambitious", a word that by now …': the writer's remark on the word
            if not s.verb_first and _participle_with_anothers_words(s, nxt):
                break  # '…, echoing what her party has said for years': the writer sets the words beside others'
            if not s.verb_first and _reason_after_noun_phrase(s, start, j):
                break  # 'Farmers echo her worries, in part because …': the writer's reason for the worries
            if not s.verb_first and (_remark_on_the_claim(s, j) or _remark_on_the_report(s, j)
                                     or _remark_with_participle(s, j) or _writers_verdict(s, nxt)):
                break  # 'thinks Congress should act, an idea that has drawn interest …': the writer's remark
            if concessive and (key in s.lex.concessive_answers or not s.verb_first):
                break  # "Although X concedes that A, B …": the main clause after the comma is the writer's
            if inner is None:
                inner = _subordinate_report(s, start)
            if inner and not (s.tokens[j - 1].text[-1:].isdigit() and s.tokens[nxt].text[:1].isdigit()) \
                    and not (_is_complementizer(s, start) and s.keys[start + 1] in s.lex.content_blockers) \
                    and (_main_clause_after(s, nxt) or (key in ("and", "but") and _main_clause_after(s, nxt + 1))
                         or (key not in ("and", "but") and _subject_then_cue(s, nxt))):
                break  # a new clause after the comma (not an aside's comma: 'when the bank said that rates, which
                # were high, would …'; nor a figure's, 'about 12,000', or a list's), or one with its own report
                # ('before officials had weighed in with an account, Republican presidential nominee X said …')
            if not s.verb_first and key in ("and", "but") and nxt + 1 < s.b \
                    and s.keys[nxt + 1] in s.lex.subordinators and s.keys[nxt + 1] != "that" \
                    and any(k in s.cue_tokens for k in range(nxt + 2, min(s.b, nxt + 24))):
                break  # '…, but when things do turn around, they worry …': a new sentence with its own report
            if not s.verb_first and key in ("and", "but") and _own_report_ahead(s, nxt + 1) \
                    and not _present_subject_goes_on(s, start, nxt + 1):
                break  # '…, and human rights groups warned that …': the writer's next clause, with its own report
            if (_pronoun_then_cue(s, nxt) and not _adverbial_opening(s, start, j)
                and not (key in ("and", "but") and (_present_subject_goes_on(s, start, nxt + 1)
                                                    or _inner_report_goes_on(s, start, nxt)))) \
                    or (not verb_first and (claim_noun_aside(s, nxt) is not None or _closing_report(s, nxt))):
                break  # '…, he said', '…, a claim the firm denies', '…, the SITE Intelligence Group reported.'
                # (not 'According to her account, after examining the leg, she insisted …': the clause goes on)
        if not verb_first and not inside and text in "—–―-" and _claim_after_dashes(s, j):
            break  # '… -- a claim the firm denies'
        if text not in ENDERS or inside:
            last = j
        j += 1
    while last > start and (s.tokens[last].text in CLAUSE_PUNCT or _closes_an_outer_quote(s, last, start)
                            or (s.tokens[last].text == "(" and not verb_first)  # ('… repairs (and the city …)')
                            or (s.tokens[last].text == ")" and not verb_first
                                and not any(s.tokens[k].text == "(" for k in range(start, last)))):
        last -= 1  # ('… disclosed that she has pneumonia)': the parenthesis closes around the report)
    return last


def _reason_after_noun_phrase(s: Sentence, start: int, comma: int) -> bool:
    """English 'Farmers echo her worries, in part because the dam leaks': a phrase of the writer's reason
    (reason_phrases) after the comma at `comma`, not before 'of' ('in part because of its cost'), ends a content
    that is a noun phrase — opened by a determiner, with no verb before the comma ('said prices rose, partly
    because …' is the speaker's clause and goes on)."""
    n = _phrase_at(s, comma + 1, "reason_phrases", singles=False)
    if not n or comma + 1 + n >= s.b or s.keys[comma + 1 + n] == "of" or s.keys[start] not in s.lex.determiners:
        return False
    return not any(_verb_like(s, k) for k in range(start + 1, comma))


def _verb_like(s: Sentence, k: int) -> bool:
    """A finite verb's shape at token k: a form of 'be', a finite auxiliary, an irregular past or a lower-case
    word in '-ed'."""
    key = s.keys[k]
    return key in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts \
        or (s.tokens[k].text.islower() and key.endswith("ed") and len(key) > 3)


def _repeated_word_around(s: Sentence, j: int) -> bool:
    """English: the same lower-case word right before and right after the comma at token j ('really, really',
    'very, very'): an intensifier said twice."""
    return s.a < j and j + 1 < s.b and s.tokens[j - 1].is_word and s.tokens[j + 1].is_word \
        and s.keys[j - 1] == s.keys[j + 1] and s.tokens[j + 1].text.islower()


def _relative_report(s: Sentence, start: int) -> bool:
    """Arabic: the content at token `start` is reported by a cue right after a relative pronoun ('المادة التي نصت
    على أن', 'البيان الذي أكد أن'): a report nested in a noun phrase of the sentence."""
    for k in range(start - 1, max(s.a, start - 4) - 1, -1):
        if k in s.cue_tokens:
            return k > s.a and s.keys[k - 1] in s.lex.relatives
    return False


def _closes_at_comma(s: Sentence, start: int) -> bool:
    """Arabic: the content that starts at token `start` stands inside an aside opened by a comma and a relative
    pronoun ('وينص الاتفاق، الذي رحبت به موغيريني معتبرة أنه …') or inside a subordinate clause opening the sentence
    with no comma before the content ("في حين كشفت … أنه X، بثت …": the main clause follows): its first comma
    closes it."""
    return _inside_relative_aside(s, start) or (_phrase_at(s, s.a, "subordinate_openers") > 0 and not any(
        s.tokens[k].text in COMMAS for k in range(s.a, start)))


def _writers_remark(s: Sentence, start: int, j: int) -> bool:
    """Arabic '… أن الاتفاق يحتاج إلى وقت وهذا يعني …', '… "…" وهو ما رفضته النقابة': a demonstrative
    (remark_openers) at token j opens a clause of its own after the content that starts at token `start`, the
    writer's remark on it; a single demonstrative only before a word that is no definite noun ('وهذه الخطوة …' is
    the reported clause's next subject); inside a quotation only when the content started in that same quotation
    (the quoted speaker's remark on the report he makes); not before a closing '، بحسب تعبيره' (his words too)."""
    n = _phrase_at(s, j, "remark_openers")
    if not n or j + n >= s.b or not s.tokens[j + n].is_word or (n == 1 and s.keys[j + n].startswith("ال")):
        return False
    if s.inside_quote(j) and any(s.tokens[k].text in QUOTE_MARKS for k in range(start, j)):
        return False  # (another quotation opened after the content's start: the remark is quoted words)
    return not _closing_words_tag(s, j)


def _media_described(s: Sentence, start: int) -> bool:
    """Arabic '… صورا قالت إنها لضحايا القصف، تظهر جثثا …': the cue right before the content at token `start`
    follows a published picture or recording (shown_media: 'صورا', 'لقطات'), so a verb of showing after a comma
    (indicating_verbs: 'تظهر', 'يكشف') goes on describing that picture, in the writer's words, not the speaker's."""
    cue = start - 1
    if cue - 1 < s.a or cue not in s.cue_tokens:
        return False
    media = s.keys[cue - 1]
    return media in s.lex.shown_media or (media.endswith("ا") and media[:-1] in s.lex.shown_media)


_BACKGROUND_AFTER: Final = 4


def _background_relative(s: Sentence, start: int, j: int) -> bool:
    """Arabic '… أن تكون قد نفذت هذه الغارات التي تأتي بعد …', '… جناحه السياسي، الحزب الذي تمكن من …': the verb at
    token j (background_verbs) follows a relative pronoun on a noun more than three words into the content that
    starts at token `start`: the relative clause is the writer's background on that noun, not what was reported
    (a relative on the content's first noun, 'أن الزيارة التي تأتي بعد قطيعة ستفتح …', goes on to its
    predicate)."""
    rel = j - 1
    return rel - start >= _BACKGROUND_AFTER and s.keys[rel] in s.lex.relatives and s.tokens[rel - 1].is_word \
        and not s.inside_quote(rel)


def _closing_connective(s: Sentence, i: int) -> bool:
    """English '… called for releasing the videos, as well.', '… would cut fares, too, saying …': after a comma at
    token i - 1, a connective (connective_asides: 'too', 'as well', 'likewise') that closes the sentence, or is
    followed only by a comma and a cue, adds this report to the story's others: the writer's, not part of what
    was reported (inside a quotation it is the speaker's, and a connective set off mid-clause, 'the plan, though,
    was costly', goes on)."""
    n = _phrase_at(s, i, "connective_asides")
    if not n or s.inside_quote(i):
        return False
    k = i + n
    return k >= s.b or s.tokens[k].text in ENDERS or (
        s.tokens[k].text in COMMAS and k + 1 < s.b and k + 1 in s.cue_tokens)


_INNER_SUBJECT_WORDS: Final = 6


def _inner_report_goes_on(s: Sentence, start: int, conj: int) -> bool:
    """English 'Papers show Mrs Thatcher warned that the exam was "unfair", and asked for a delay': the content of
    a verb of finding (finding_verbs: 'show', 'found') at token `start` (past its 'that') opens with a report of
    its own — a subject of a few words with no mark among them (a name, a determiner's or quantifier's phrase, a
    bare plural: 'voters said'), then a lower-case cue — so a verb after the conjunction at `conj` ('and asked',
    ', and resigned', 'and patients agreed') is that inner speaker's next act or the finding's next clause, and the
    outer content goes on to take it in (a nested attribution, reported whole; the inner report is a record of
    its own)."""
    if start - 1 <= s.a or s.keys[start - 1] not in s.lex.finding_verbs or start - 1 not in s.cue_tokens:
        return False  # (after a verb of finding only: 'Merrill says Machado promised …, and said …' is Merrill's)
    first = start + 1 if _is_complementizer(s, start) else start
    for k in range(first, min(conj, first + _INNER_SUBJECT_WORDS + 1)):
        tok = s.tokens[k]
        if not tok.is_word or s.inside_quote(k):
            return False
        if k in s.cue_tokens:
            return k > first and tok.text.islower() and k not in s.participles \
                and (s.tokens[first].text[:1].isupper() or s.keys[first] in s.lex.determiners_or_quantifiers
                     or (k == first + 1 and s.keys[first].endswith("s") and not s.keys[first].endswith("ss")))
    return False


def _main_clause_after(s: Sentence, i: int) -> bool:
    """English '…, he is ready', '…, and the crowd went home': a noun phrase and a finite verb after token i
    (_new_clause_after), an irregular past among them too ('went', 'fell')."""
    if _new_clause_after(s, i):
        return True
    return i < s.b and not s.inside_quote(i) and _starts_noun_phrase(s, i) and any(
        s.keys[k] in s.lex.irregular_pasts and s.tokens[k].text.islower()
        for k in range(i + 1, min(s.b, i + 4)) if all(s.tokens[m].is_word for m in range(i, k + 1)))


def _subordinate_report(s: Sentence, start: int) -> bool:
    """English '… and once he has said his piece, he is ready …', 'The rally ended because the mayor said the
    permit had expired, and the crowd went home': the cue before the content at token `start` has a short
    subject (up to four words, no punctuation) right after a subordinator in the middle of the sentence
    (concessive_openers: 'once', 'because', 'after' …; not 'as', whose 'as X said' comments on the writer's
    clause): the content is inside the subordinate clause, which its first comma closes."""
    cue = next((k for k in range(start - 1, max(s.a, start - 5) - 1, -1) if k in s.cue_tokens), None)
    if cue is None or any(not s.tokens[k].is_word for k in range(cue, start)):
        return False
    while cue - 1 > s.a and cue - 1 in s.cue_tokens:
        cue -= 1
    k = cue - 1
    while k > s.a and cue - k <= 6 and s.tokens[k].is_word and not s.inside_quote(k) \
            and (s.keys[k] in s.lex.auxiliaries or s.keys[k] in s.lex.negations):
        k -= 1  # ('once he has said': the auxiliary)
    for m in range(k, max(s.a, k - 4), -1):
        if not s.tokens[m].is_word or s.inside_quote(m) or m in s.cue_tokens:
            return False
        if m < k and s.keys[m] in s.lex.concessive_openers and s.keys[m] != "as" and s.tokens[m].text.islower():
            return True
    return False


_CONTENT_WATCH_MEMO: Final[dict[int, tuple[Lexicon, frozenset[str]]]] = {}


def _content_watch(lex: Lexicon) -> frozenset[str]:
    """The word keys `content_end` tests a word token for: a content stop or a remark opener (a single word or a
    phrase's first), a leading conjunction, 'and', 'as'. Any other word (its text opens with a letter or a digit,
    so it is no mark either) takes none of its turns, and the walk passes it with one lookup. Built once per
    lexicon (kept with the lexicon itself, so an id is never another lexicon's)."""
    found = _CONTENT_WATCH_MEMO.get(id(lex))
    if found is not None and found[0] is lex:
        return found[1]
    if len(_CONTENT_WATCH_MEMO) >= 8:
        _CONTENT_WATCH_MEMO.clear()
    watch = frozenset((*lex.content_stops, *lex.phrase_index["content_stops"], *lex.leading_conjunctions, "and", "as",
                       *lex.remark_openers, *lex.phrase_index["remark_openers"], *lex.background_verbs))
    _CONTENT_WATCH_MEMO[id(lex)] = (lex, watch)
    return watch


def _cue_joined_by(s: Sentence, conj: int, leading: frozenset[str]) -> bool:
    """English: a cue within three words after the conjunction at `conj`, with no comma or other conjunction
    between them ('… and warned that', 'and then said'; not '… in Dayton and Toledo, saying …' or '… between
    protesters and police and said …': the conjunction joins nouns inside the content, the cue comes later; nor
    'said the offer was unfair and that workers wanted more': 'that' after it opens a second reported clause of the
    same speaker, whose verb is no report of its own)."""
    if conj + 2 < s.b and s.keys[conj + 1] == "that" and conj + 1 not in s.cue_tokens \
            and s.tokens[conj + 2].is_word and conj + 2 not in s.cue_tokens:
        return False
    for k in range(conj + 1, min(s.b, conj + 4)):
        if k in s.cue_tokens:
            return not _subject_across(s, conj, k) and not _modal_verb_of_amount(s, conj + 1, k)
        if s.tokens[k].text in COMMAS or s.keys[k] in leading:
            return False
        if s.keys[k] in s.lex.causative_verbs and s.tokens[k].text.islower() \
                and any(s.keys[m] in s.lex.knowing_verbs for m in range(k + 1, min(s.b, k + 5))):
            return False  # '… and let them know that …': the reported clause goes on
    return False


_PART_WORDS: Final = frozenset({"of", "percent", "majority", "minority", "half", "third", "quarter", "all", "both",
                                "per", "cent"})


def _verbless_subject_before(s: Sentence, start: int, conj: int) -> bool:
    """English 'found that a majority of Republicans and Democrats say …', 'that most voters and independents
    believe …': between the complementizer opening the content and the conjunction only a subject (quantifiers,
    parts, figures, names, plural nouns) and no verb: the conjunction joins the nouns of that subject, whose verb
    comes after it; no second report starts there."""
    k = start + 1 if _is_complementizer(s, start) else start
    if k >= conj or not (s.keys[k] in s.lex.determiners_or_quantifiers or s.keys[k] in _PART_WORDS
                         or s.tokens[k].text[:1].isdigit()):
        return False
    for m in range(k, conj):
        tok, key = s.tokens[m], s.keys[m]
        if m in s.cue_tokens or not (tok.is_word or tok.text[:1].isdigit() or tok.text == "%"):
            return False
        if not (key in s.lex.determiners_or_quantifiers or key in _PART_WORDS or tok.text[:1].isdigit()
                or tok.text[:1].isupper() or (key.endswith("s") and not key.endswith("ss"))):
            return False
    return True


def _subject_across(s: Sentence, conj: int, cue: int) -> bool:
    """English 'said the wave of floods and fires shows that …': a noun after the conjunction, and the cue's
    subject reaches back across the conjunction: it joins the nouns of that subject, the reported clause goes on
    ('said the city was safe and police said …': the subject starts after it, a second report)."""
    if cue == conj + 1 or not all(s.tokens[k].is_word and s.tokens[k].text.islower()
                                  and s.keys[k] not in s.lex.adverbs for k in range(conj + 1, cue)):
        return False
    subject = left_subject(s, cue)
    return subject is not None and subject[0] < conj


def _writers_as_clause(s: Sentence, j: int) -> bool:
    """English '…, as a deadline loomed', '…," as talks stalled', '…, as a Homeland Security memo put it': 'as'
    after a comma (or a quotation closed by one) opening a subject (an article, a pronoun or a name) whose
    verb (a finite auxiliary or a lower-case '-ed' word, no cue) follows within eight words: the writer's
    clause."""
    prev = s.tokens[j - 1]
    if not (prev.text in COMMAS or (prev.text in QUOTE_MARKS and s.text[prev.start - 1:prev.start] in COMMAS)):
        return False
    n = j + 1
    if n >= s.b or s.keys[n] in ("well", "long", "much", "soon"):
        return False
    if not (s.keys[n] in ("a", "an", "the") or s.keys[n] in s.lex.clause_subjects or s.keys[n] in _AS_POSSESSIVES
            or is_capitalised(s.tokens[n].text)):
        return _bare_plural_subject_then_past(s, n)
    for k in range(n + 1, min(s.b, n + 9)):
        if not s.tokens[k].is_word or s.inside_quote(k) or k in s.cue_tokens:
            return False  # ('…, as you very aptly pointed out, Laura, people …': a comment on what is said)
        if s.keys[k] in s.lex.be_forms_or_finite_auxiliaries \
                or (s.tokens[k].text.islower() and (s.keys[k] in s.lex.irregular_pasts
                                                    or (s.keys[k].endswith("ed") and len(s.keys[k]) > 4))):
            return True
    return False


_AS_POSSESSIVES: Final = frozenset({"its", "their", "his", "her", "our"})


def _bare_plural_subject_then_past(s: Sentence, n: int) -> bool:
    """English '…, as crews began clearing the road', '…, as rescue workers searched the rubble': after 'as', a
    bare lower-case plural (a noun or two, the last in '-s') and right after it a past ('began', a lower-case
    '-ed' word) or a finite auxiliary: the writer's time clause (not '…, as expected', '…, as costs go', a
    present: it may be the speaker's comparison)."""
    k = n
    while k < min(s.b, n + 2) and s.tokens[k].is_word and s.tokens[k].text.islower() and not s.inside_quote(k) \
            and k not in s.cue_tokens and s.keys[k] not in s.lex.adverbs:
        key = s.keys[k]
        if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")) and k + 1 < s.b:
            verb = s.keys[k + 1]
            return s.tokens[k + 1].text.islower() and not s.inside_quote(k + 1) and k + 1 not in s.cue_tokens \
                and (verb in s.lex.irregular_pasts or verb in s.lex.be_forms_or_finite_auxiliaries
                     or (verb.endswith("ed") and len(verb) > 4))
        k += 1
    return False


def _present_subject_goes_on(s: Sentence, start: int, i: int) -> bool:
    """English 'Hale says she hopes to win, but she knows that the race will be close': after a cue in the present
    ('says', 'insists'), a content opening with a pronoun and a present verb goes on past ', but' or ', and' when
    the same pronoun and a present verb open the words there: the speaker's present, not the writer's ('said he
    would …, but he refuses …' is the writer's)."""
    if s.verb_first or start <= s.a or i + 1 >= s.b or s.keys[start] not in ("he", "she", "they") \
            or s.keys[i] != s.keys[start] or s.inside_quote(start):
        return False
    cue = start - 1
    if cue not in s.cue_tokens or _cue_tense(s, cue) == "past" or s.keys[cue].endswith("ing") \
            or not s.tokens[cue].text.islower():  # ('says', 'say'; not 'said', 'saying')
        return False

    def present(k: int) -> bool:
        key = s.keys[k]
        return s.tokens[k].text.islower() and key not in s.lex.adverbs and (
            key in ("is", "are", "has", "have", "does", "do", "can", "will")
            or (s.keys[start] != "they" and key.endswith("s") and not key.endswith("ss") and len(key) > 3)
            or (s.keys[start] == "they" and not key.endswith(("ed", "s"))))
    return present(start + 1) and present(i + 1)


def _own_report_ahead(s: Sentence, i: int) -> bool:
    """English: the words from token `i` (after ', and' or ', but') reach a cue of their own within twelve words,
    with no punctuation, quotation or complementizer before it and a word or more (its subject) after the
    conjunction ('…, but in their report they pointed out that …'; not '…, and that officials said …'), or a
    cue form closing the sentence ('…, and many voters agree.')."""
    if i >= s.b or _is_complementizer(s, i) or s.keys[i] in s.lex.subordinators:
        return False
    for k in range(i, min(s.b, i + 12)):
        if not s.tokens[k].is_word or s.inside_quote(k):
            return False
        if k in s.cue_tokens:
            return k > i and k not in s.according_starts and not _modal_verb_of_amount(s, i, k)
        if k > i and s.keys[k] in s.lex.cues and s.tokens[k].text.islower() and not s.tokens[k - 1].text[:1].isdigit() \
                and (k + 1 >= s.b or s.tokens[k + 1].text in (".", "!", "?")) \
                and any(f.frame != "verb_share" for f in s.lex.cues[s.keys[k]]):  # (not '…, and he came back.')
            return True  # '…, and many voters agree.': a verb of stance closing the sentence, its own report
    return False


def _subject_then_cue(s: Sentence, i: int) -> bool:
    """English: from token `i`, a noun phrase of words only (no quotation, punctuation or complementizer) and then a
    cue token within twelve words ('…, Republican presidential nominee Donald Trump said …'): a main clause with
    its own report (a cue form merely closing the sentence, '… an investigative report.', is none)."""
    if i >= s.b or not _starts_noun_phrase(s, i) or _is_complementizer(s, i) or s.keys[i] in s.lex.subordinators:
        return False
    for k in range(i + 1, min(s.b, i + 12)):
        if not s.tokens[k].is_word or s.inside_quote(k):
            return False
        if k in s.cue_tokens:
            return k not in s.according_starts and k not in s.participles
    return False


def _modal_verb_of_amount(s: Sentence, i: int, cue: int) -> bool:
    """English '… would depress revenue at first, but would eventually add $84 billion', '…, and will add 300
    jobs': after the conjunction, only auxiliaries and adverbs (a modal, no subject of its own) before a cue form
    whose object is an amount (a figure or a currency sign): a second predicate of the reported clause, no
    report (not 'but would not say when', whose object is no amount)."""
    nxt = cue + 1
    return nxt < s.b and any(s.keys[m] in s.lex.finite_auxiliaries for m in range(i, cue)) \
        and all(s.keys[m] in s.lex.auxiliaries for m in range(i, cue)) \
        and (s.tokens[nxt].text[:1].isdigit() or s.tokens[nxt].text[:1] in "$€£¥")


_CONTRASTS: Final = frozenset({"لكن", "ولكن"})
_CONTRAST_SUBJECT_WORDS: Final = 4


def _negated_contrast_goes_on(s: Sentence, i: int) -> bool:
    """Arabic 'قال إن الإدارة منحت المدرب كل الفرص، لكن النتائج لم تكن على مستوى الطموحات': 'لكن' at token `i`, a
    subject of up to four words and then a negation ('لم', 'لن', 'لا': what did not or will not happen) goes on
    with the speaker's own 'but'; the writer's contrast has a subject that acts ('، لكن الحكومة رفضت …') or none
    ('، لكن لم يتسن التحقق …'), and both still close the content."""
    if not s.verb_first or s.keys[i] not in _CONTRASTS or s.inside_quote(i):
        return False
    for k in range(i + 1, min(s.b, i + 2 + _CONTRAST_SUBJECT_WORDS)):
        if not s.tokens[k].is_word or k in s.cue_tokens:
            return False
        if s.keys[k] in s.lex.negations:
            return k > i + 1
    return False


def _aside_before_verb(s: Sentence, i: int) -> bool:
    """English 'the coming winter, when seasonal flu circulates, will be critical': a clause opened at token `i`
    that a comma closes right before a finite auxiliary or a form of 'be' is an aside inside the content."""
    if s.verb_first:
        return False
    for j in range(i + 1, min(s.b - 1, i + 12)):
        if s.tokens[j].text in COMMAS:
            key = s.keys[j + 1].replace("’", "'")
            return key in s.lex.be_forms_or_finite_auxiliaries
        if s.is_end(j) or j in s.cue_tokens or s.inside_quote(j):
            return False
    return False


def contrast_aside_open(s: Sentence, cue_first: int) -> int | None:
    """English 'automation, not trade, explains …': the comma before the cue closes a short aside opened by a
    comma and a negation, which sets off a contrast inside the cue's own subject: no clause ends there. The
    index of the opening comma."""
    if s.verb_first or cue_first - 2 <= s.a or s.tokens[cue_first - 1].text not in COMMAS:
        return None
    j = cue_first - 2
    while j > s.a and s.tokens[j].text not in COMMAS and cue_first - 2 - j < 5:
        j -= 1
    if j > s.a and s.tokens[j].text in COMMAS and j + 1 < cue_first - 1 \
            and s.keys[j + 1] in s.lex.negations \
            and all(s.tokens[k].is_word and k not in s.cue_tokens for k in range(j + 1, cue_first - 1)):
        return j
    return None


_OF_RELATIVES: Final = frozenset(("who", "which", "whose", "whom"))
_OF_RELATIVE_REACH: Final = 16  # words a relative clause after 'said of X,' may run before its colon or comma


def _mark_after_relative(s: Sentence, k: int, end: int) -> int | None:
    """The colon, or the comma before a quotation or 'that', that closes a relative clause opening at token k
    ('who missed a penalty in the first half: "…"'); None at a quotation, a sentence end or a cue first, or beyond
    reach."""
    for m in range(k, min(end, k + _OF_RELATIVE_REACH)):
        text = s.tokens[m].text
        if text in ":：" or (text in COMMAS and m + 1 < s.b and (s.quote_at(m + 1) or _is_complementizer(s, m + 1))):
            return m
        if s.quote_at(m) or text in ENDERS or m in s.cue_tokens:
            return None
    return None


_RELATIVE_OPENERS: Final = frozenset(("who", "which"))


def _inner_subject_aside(s: Sentence, start: int, j: int) -> bool:
    """English 'The mayor said the city, which has cut jobs, warned that …': the comma at token j opens or closes
    a relative clause ('who', 'which') after a noun of the content starting at token `start`, and a finite cue
    follows the closing comma: that noun is the subject of a report inside the content, which goes on."""
    if s.keys[j + 1] in _RELATIVE_OPENERS:
        open_: int | None = j
    elif j + 1 in s.cue_tokens:  # (cheap first: the comma may close the clause only before a cue)
        open_ = next((k for k in range(j - 1, max(start, j - 15) - 1, -1) if s.tokens[k].text in COMMAS), None)
    else:
        return False
    if open_ is None or open_ - 1 < start or s.keys[open_ + 1] not in _RELATIVE_OPENERS \
            or not s.tokens[open_ - 1].is_word or s.keys[open_ - 1] in s.lex.clause_subjects:
        return False
    close = next((k for k in range(open_ + 2, min(s.b, open_ + 16)) if s.tokens[k].text in COMMAS), None)
    cue = close + 1 if close is not None else s.b
    return (close == j or open_ == j) and cue < s.b and cue in s.cue_tokens and cue not in s.participles \
        and s.tokens[cue].text.islower() and not s.inside_quote(cue)


def contrast_aside_before(s: Sentence, cue_first: int) -> bool:
    return contrast_aside_open(s, cue_first) is not None


def _object_then_as(s: Sentence, start: int, j: int) -> bool:
    """English 'praised Marsh in a statement as "a judge of rare independence"': a phrase naming the occasion
    between a short object and its 'as' stays inside the content."""
    after = j + _phrase_at(s, j, "content_stops")
    return not s.verb_first and j - start <= 4 and after < s.b and s.keys[after] == "as"


def _closing_report(s: Sentence, i: int) -> bool:
    """English '…, the SITE Intelligence Group reported.', "…, the country's interior ministry said on Tuesday.": after
    a comma, an article, a capitalised word, a number or an unnamed source's noun opening a subject of up to seven
    words, then a cue, and then at most three words before the end of the sentence."""
    if i >= s.b or not (s.keys[i] in s.lex.determiners or s.tokens[i].text[:1].isupper()
                        or s.keys[i] in s.lex.anonymous_or_quantifiers or _lower_title_before_name(s, i)) \
            or s.inside_quote(i):
        return False  # ('…, two people familiar with the matter said.', '…, sources who reviewed them told X.')
    cue = _closing_cue(s, i)
    if cue is None or cue not in s.cue_tokens:
        return False
    comma = next((k for k in range(cue + 1, min(s.b, cue + 5)) if s.tokens[k].text in COMMAS), s.b)
    rest = [k for k in range(cue + 1, comma) if s.tokens[k].text not in ENDERS]
    return len(rest) <= 3 and all(s.tokens[k].is_word for k in rest) and not _gerund_complement(s, cue)
    # (or a comma after the cue closes the report set into the sentence: '…, one of the sources said, while …';
    # not '…, the mayor will insist on being heard': the cue's own complement follows, it closes no report)


def _closing_cue(s: Sentence, i: int) -> int | None:
    """For _closing_report: the first cue or mark within seven words after token i ('a Reuters/Ipsos poll' reads
    on), past the subject's own anonymity phrase ('…, a senior aide who spoke on condition of anonymity said.'),
    which does not count among the seven."""
    k, end = i + 1, min(s.b, i + 8)
    while k < end:
        n = _phrase_at(s, k, "anonymity_markers", singles=False)
        if n > 1:
            end = min(s.b, end + n)
            k += n
            continue
        if k in s.cue_tokens or (not s.tokens[k].is_word and not _possessive_apostrophe(s, k)
                                 and s.tokens[k].text != "/"):
            return k
        k += 1
    return None


def _closing_superlative_appositive(s: Sentence, i: int) -> bool:
    """English '… would slow deliveries, the latest quality problem to hit the planemaker.': after a comma, 'the'
    at token i and a lower-case superlative ('latest', 'biggest') open a noun phrase that runs to the end of the
    sentence with no mark, quotation or cue in it: the writer's appositive on the whole report (set off in the
    middle, 'the strike, the latest in a series, would …', it is part of the clause)."""
    if i + 2 >= s.b or s.inside_quote(i):
        return False
    word = s.tokens[i + 1]
    if not (word.is_word and word.text.islower() and len(word.key) > 4 and word.key.endswith("est")):
        return False
    return all(s.tokens[k].is_word or s.tokens[k].text in ENDERS or s.tokens[k].text in "-'’"
               for k in range(i + 2, s.b)) and not any(k in s.cue_tokens for k in range(i + 2, s.b))


def _lower_title_before_name(s: Sentence, i: int) -> bool:
    """English '…, health department spokesman Tim Ross said.': from token i, up to four lower-case words ending
    in a title (titles: 'spokesman', 'director') and then a capitalised name: a subject that opens with its
    lower-case title."""
    for k in range(i, min(s.b - 1, i + 4)):
        tok = s.tokens[k]
        if not tok.is_word or not tok.text.islower() or k in s.cue_tokens:
            return False
        if s.keys[k] in s.lex.titles:
            return s.tokens[k + 1].is_word and s.tokens[k + 1].text[:1].isupper()
    return False


def _appositive_to_quoted_word(s: Sentence, comma: int) -> bool:
    """English '… "ambitious", a word that does the heavy lifting': after a short quotation closed right before the
    comma, 'a'/'an', a lower-case noun and a relative pronoun open the writer's remark on the quoted words."""
    q = s.quote_ending(comma - 1) if comma - 1 > s.a and s.tokens[comma - 1].text in QUOTE_MARKS else None
    if q is None or len(s.text[q[0]:q[1]].split()) > 4 or comma + 3 >= s.b:
        return False
    return s.keys[comma + 1] in ("a", "an") and s.tokens[comma + 2].text.islower() and s.tokens[comma + 2].is_word \
        and s.keys[comma + 3] in ("that", "which", "whose")


def _remark_on_the_claim(s: Sentence, comma: int) -> bool:
    """English '… should reclaim its powers, an idea that has drawn interest from …': after a comma, 'a'/'an', a noun
    naming a statement or a view (claim_nouns) and 'that'/'which' followed by a finite verb (no subject of its own)
    open the writer's remark on what was said, not more of it."""
    if comma + 4 >= s.b or s.keys[comma + 1] not in ("a", "an") or s.keys[comma + 2] not in s.lex.claim_nouns \
            or s.keys[comma + 3] not in ("that", "which") or s.inside_quote(comma + 4):
        return False
    verb = comma + 4
    return s.keys[verb] in s.lex.finite_auxiliaries or (
        s.tokens[verb].text.islower() and s.keys[verb].endswith("ed") and s.keys[verb] not in s.lex.pronouns)


_VERDICT_WORDS: Final = frozenset({"case", "true", "so", "accurate", "correct", "right"})


def _writers_verdict(s: Sentence, i: int) -> bool:
    """English '… had the backing of the bank, but that wasn't the case.', '…, but that is not true.': 'but' or
    'yet', 'that', 'this' or 'it' with a form of 'be' (negated, or with 'not' or 'never' after it) and a word of
    verdict ('the case', 'true', 'so') closing the sentence: the writer judges what was said, not more of it."""
    if i + 3 >= s.b or s.keys[i] not in ("but", "yet") or s.inside_quote(i):
        return False
    k = i + 1
    if s.keys[k] in ("that's", "it's"):
        k += 1
    elif s.keys[k] in ("that", "this", "it") and (s.keys[k + 1] in s.lex.be_forms
                                                 or s.keys[k + 1] in ("wasn't", "isn't", "weren't", "aren't")):
        negated = s.keys[k + 1].endswith("n't")
        k += 2
        if not negated and s.keys[k] not in s.lex.negations:
            return False
    else:
        return False
    while k < s.b and (s.keys[k] in s.lex.negations or s.keys[k] in ("the", "entirely", "quite", "always")):
        k += 1
    return k < s.b and s.keys[k] in _VERDICT_WORDS and (k + 1 >= s.b or s.tokens[k + 1].text in ENDERS)


def _remark_with_participle(s: Sentence, comma: int) -> bool:
    """English 'asked them to stay on topic, a request not always honored', '…, a promise never kept', '…, a claim
    widely disputed': after a comma, 'a'/'an', a noun naming a statement, a request or a plan (claim_nouns), then
    adverbs or a negation at most and a lower-case past participle closing the sentence (or with its agent after
    'by'): the writer's remark on what was said, not more of it."""
    if comma + 3 >= s.b or s.keys[comma + 1] not in ("a", "an") or s.keys[comma + 2] not in s.lex.claim_nouns \
            or s.inside_quote(comma + 1):
        return False
    k = comma + 3
    while k < s.b and s.tokens[k].text.islower() and (s.keys[k] in s.lex.negations or s.keys[k] in s.lex.adverbs
                                                      or s.keys[k] in ("always", "largely", "widely")):
        k += 1
    if k >= s.b or not s.tokens[k].text.islower() or s.inside_quote(k) or k in s.cue_tokens \
            or not (s.keys[k].endswith(("ed", "en")) or s.keys[k] in s.lex.irregular_pasts) or len(s.keys[k]) < 4:
        return False
    return k + 1 >= s.b or s.tokens[k + 1].text in ENDERS or s.keys[k + 1] == "by"


def _remark_on_the_report(s: Sentence, comma: int) -> bool:
    """English '… was dead, the latest sign of strain between the allies', '…, in another blow to the talks': after
    a comma, an article or 'another' ('in' before it at most), two lower-case words at most and a noun of the
    writer's remark (remark_nouns) open an appositive on the whole report, not more of it; so does an '-ing'
    form of comparison ('…, beating analysts' estimates', '…, topping expectations')."""
    k = comma + 1
    if k < s.b and s.keys[k] == "in":
        k += 1
    compared = k < s.b and s.keys[k].endswith("ing") and s.tokens[k].text.islower() and k not in s.cue_tokens \
        and k == comma + 1  # ('…, beating analysts' estimates': the writer's comparison)
    if k >= s.b or (s.keys[k] not in ("the", "a", "an", "another") and not compared) or s.inside_quote(k):
        return False
    for m in range(k + 1, min(s.b, k + 4)):
        if compared and s.tokens[m].text in ("'", "’") and s.tokens[m - 1].end == s.tokens[m].start:
            continue  # (a plural's apostrophe: "analysts'")
        if not s.tokens[m].is_word or not s.tokens[m].text.islower():
            return False
        if s.keys[m] in s.lex.remark_nouns:
            return m + 1 >= s.b or not s.tokens[m + 1].is_word or s.keys[m + 1] in ("of", "that", "to", "in", "for")
    return False


def reported_verb_goes_on(s: Sentence, start: int, conj: int) -> bool:
    """English: a cue right after 'and' that shares the reported clause's subject, not the speaker's
    ('told police that the man had followed her and shouted, "…"': a past perfect in the content with a subject
    of its own, an '-ed' verb of no saying-verb kind after 'and' and a quotation after it; 'said that the split
    was healthy and showed the board was working': a verb of finding with no 'that' of its own after a
    that-clause). 'and warned that …', 'and added …', 'that it had allowed … and accused X of …' and a content
    in the simple past still end at 'and' (the speaker's act)."""
    cue = conj + 1
    if cue >= s.b or cue not in s.cue_tokens or not s.tokens[cue].text.islower() \
            or any(_is_complementizer(s, k) for k in range(cue + 1, min(s.b, cue + 3))) \
            or any(s.tokens[k].text in COMMAS or s.tokens[k].text in ";:" for k in range(start, conj)):
        return False
    if s.keys[cue] in s.lex.finding_verbs:
        return _is_complementizer(s, start)
    quoting = cue + 2 < s.b and s.tokens[cue + 1].text in ",:" and s.quote_at(cue + 2) is not None
    return quoting and s.keys[cue].endswith("ed") and s.keys[cue] not in s.lex.inverting_verbs \
        and s.keys[start + 1] not in s.lex.clause_subjects and s.keys[cue] not in s.lex.addressee_verbs and any(
            s.keys[k] == "had" and s.keys[k + 1].endswith(("ed", "en")) and s.tokens[k + 1].text.islower()
            for k in range(start, conj - 1))


def _cue_tense(s: Sentence, k: int) -> str:
    """English tense of the cue word at token k: "past" ('said', 'warned'), "present" for a third person
    singular ('says', 'demands'), "" when the form tells neither ('say', 'saying', 'about')."""
    key = s.keys[k]
    if key.endswith("ed") or key in s.lex.past_cues:
        return "past"
    if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")):
        return "present"
    return ""


def tense_shift_after_and(s: Sentence, start: int, conj: int) -> bool:
    """English 'explained how vital it is to build a movement that unites people and demands respect': a cue right
    after the 'and' at `conj` (one adverb on) in the present ('demands') when the sentence's first cue, whose
    content starts at token `start`, is in the past is a verb of the reported clause, not the speaker's second
    report ('said … and warned that …' keeps one tense; 'says A and said B' is still read as the speaker's)."""
    if s.verb_first:
        return False
    outer = start - 1
    while outer > s.a and outer not in s.cue_tokens:
        outer -= 1
    joined = next((k for k in range(conj + 1, min(s.b, conj + 3)) if k in s.cue_tokens), None)
    if outer not in s.cue_tokens or joined is None or not s.tokens[joined].text.islower() \
            or (joined > conj + 1 and s.keys[conj + 1] not in s.lex.adverbs and not manner_adverb(s, conj + 1)):
        return False
    first = outer
    while first - 1 >= s.a and first - 1 in s.cue_tokens:
        first -= 1  # (the words of one cue: 'talked about')
    if any(k in s.cue_tokens for k in range(s.a, first)):
        return False  # ('said she thinks it should be released but said …': the cue before is itself reported)
    return _cue_tense(s, outer) == "past" and _cue_tense(s, joined) == "present"


_RELATIVE_REACH: Final = 15  # words back from 'and' to the relative pronoun whose clause it may go on with


def _present_singular(s: Sentence, k: int) -> bool:
    """Token k is a lower-case present-tense verb of a singular subject: 'has', 'is', 'does' or a form in '-s'
    ('lacks', 'opposes'; not 'press', 'bonus', 'this')."""
    key = s.keys[k]
    return s.tokens[k].is_word and s.tokens[k].text.islower() and not s.inside_quote(k) and (
        key in ("has", "is", "does") or (len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is"))
                                         and key not in s.lex.adverbs))


def relative_goes_on(s: Sentence, start: int, conj: int) -> bool:
    """English 'cited her record in contrast to the rival who lacks experience and has attacked the union': the
    'and' at `conj` is followed by a singular present ('has', 'is', 'attacks') and, back within the content that
    opens at token `start` with no punctuation between, a 'who', 'which' or 'that' sits before a singular present
    too: the relative clause goes on (its subject acts again), no second act of the speaker."""
    if s.verb_first or conj + 1 >= s.b or s.keys[conj] != "and" or not _present_singular(s, conj + 1):
        return False
    for k in range(conj - 1, max(start, conj - _RELATIVE_REACH) - 1, -1):
        if not s.tokens[k].is_word:
            return False
        if s.keys[k] in ("who", "which", "that") and k > start and k + 1 < conj and _present_singular(s, k + 1):
            return True
    return False


def deed_goes_on(s: Sentence, start: int, conj: int) -> bool:
    """English 'They said he graded the papers quickly and talked about the weather': a content opening with
    'he' or 'she' and a simple past of no saying verb, said by a plural speaker ('they', 'we' or a plural noun),
    and a cue in the simple past right after the 'and' at `conj` with no complementizer, colon or quotation after
    it: one more deed of the singular subject, the reported clause goes on ('said he fled and warned that …' and
    a singular speaker, 'The mayor said he was safe and shouted …', stay the speaker's next act)."""
    if s.verb_first or start + 2 >= conj or s.keys[start] not in ("he", "she"):
        return False
    verb, cue = s.keys[start + 1], conj + 1
    if not s.tokens[start + 1].text.islower() or not (verb.endswith("ed") or verb in s.lex.irregular_pasts) \
            or verb in s.lex.be_forms or start + 1 in s.cue_tokens:
        return False
    if cue >= s.b or cue not in s.cue_tokens or not s.tokens[cue].text.islower() \
            or not (s.keys[cue].endswith("ed") or s.keys[cue] in s.lex.past_cues) \
            or s.keys[cue] in ("said", "added") or s.keys[cue] in s.lex.addressee_verbs \
            or any(_is_complementizer(s, k) or s.tokens[k].text in ":：" or s.quote_at(k)
                   for k in range(cue + 1, min(s.b, cue + 4))) \
            or any(not s.tokens[k].is_word for k in range(start, conj)):
        return False
    outer = start - 1
    if outer > s.a and s.keys[outer] == "that":
        outer -= 1
    if outer <= s.a or outer not in s.cue_tokens:
        return False
    speaker = left_subject(s, outer)
    if speaker is None:
        return False
    head = s.keys[speaker[1]]
    plural = len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return head in ("they", "we", "police") or (plural and (s.tokens[speaker[1]].text.islower()
                                                           or head in s.lex.anonymous))


def wish_goes_on(s: Sentence, start: int, conj: int) -> bool:
    """English 'The senator said he supported the plan but wanted a longer transition': a content opening (after
    'that' at most) with a subject pronoun right after the cue, and right after the 'and' or 'but' at `conj` a
    verb of wanting or hoping (wanting_verbs) with no punctuation between: a state of the clause's subject, the
    reported clause goes on, no second report of the speaker ('said he was safe and warned that …' still is)."""
    if s.verb_first or conj + 1 >= s.b or s.keys[conj] not in ("and", "but") \
            or s.keys[conj + 1] not in s.lex.wanting_verbs or not s.tokens[conj + 1].text.islower():
        return False
    k = start + (s.keys[start] == "that")
    if k + 2 >= conj or s.keys[k] not in _SUBJECT_PRONOUNS or start - 1 <= s.a or start - 1 not in s.cue_tokens:
        return False
    return all(s.tokens[m].is_word and not s.inside_quote(m) for m in range(k, conj))


_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})


def _passive_coordination(s: Sentence, start: int, conj: int) -> bool:
    """English '… two men were arrested at the scene and charged with assault': after a passive in the content,
    an '-ed' cue right after 'and' (or one adverb on) is a second participle of that passive, not a new report,
    unless a complementizer, a colon or a quotation follows it ('and added that …')."""
    cue = next((k for k in range(conj + 1, min(s.b, conj + 3)) if k in s.cue_tokens), None)
    if cue is None or not s.keys[cue].endswith("ed") or not s.tokens[cue].text.islower() \
            or (cue > conj + 1 and s.keys[conj + 1] not in s.lex.adverbs and not manner_adverb(s, conj + 1)):
        return False
    if any(_is_complementizer(s, k) or s.tokens[k].text in ":：" or s.quote_at(k)
           for k in range(cue + 1, min(s.b, cue + 3))):
        return False
    if s.keys[cue] in s.lex.promising_verbs and cue + 2 < s.b and s.keys[cue + 1] == "to" \
            and s.tokens[cue + 2].text.islower():
        return False  # ('said the vote had been rigged and vowed to fight on': the speaker's own promise)
    return any(s.keys[k].replace("’", "'") in s.lex.be_forms and k + 1 < conj
               and any(s.keys[m].endswith(("ed", "en")) and s.tokens[m].text.islower() for m in (k + 1, k + 2))
               for k in range(start, conj))


def _inside_parenthesis(s: Sentence, start: int) -> bool:
    """English: token `start` sits inside a parenthesis opened earlier in the sentence and not closed before it
    ('… (or you're worried about how …), the agency offers …', 'The mayor (who said last week that …) resigned'):
    outside quotations, a '(' before it with no ')' after that '(' (read once per content)."""
    if start <= s.a or "(" not in s.text[s.tokens[s.a].start:s.tokens[start - 1].end]:
        return False  # (most sentences: no '(' before the token, one `in` over the text, no walk over the tokens)
    depth = 0
    for k in range(s.a, start):
        text = s.tokens[k].text
        if text in "()" and len(text) == 1 and not s.inside_quote(k):
            depth = depth + 1 if text == "(" else max(0, depth - 1)
    return depth > 0


def _aside_with_a_clause(s: Sentence, open_: int) -> bool:
    """English: a parenthesis at the end of the sentence, opening with a pronoun, a relative or an article and
    holding a finite verb or a cue ('… (her campaign later disclosed …).', '(they want …).', '(which lets …)'),
    not a tag ('(R-Utah)') nor an aside the sentence goes on after ('the rule (which passed in 2015) was fair')."""
    if open_ + 1 >= s.b or (s.keys[open_ + 1] not in s.lex.clause_subjects_or_determiners
                            and s.keys[open_ + 1] not in ("which", "who")):
        return False
    close = next((k for k in range(open_ + 1, s.b) if s.tokens[k].text == ")"), None)
    if close is not None and any(s.tokens[k].is_word for k in range(close + 1, s.b)):
        return False
    if s.keys[open_ + 1] in ("which", "who") and open_ + 2 < s.b and s.tokens[open_ + 2].text.islower() \
            and s.keys[open_ + 2].endswith("s") and not s.keys[open_ + 2].endswith(("ss", "us", "is")):
        return True  # ('… (which lets the rest of them off the hook).': a relative and its present verb)
    return any(k in s.cue_tokens or s.keys[k] in s.lex.finite_auxiliaries
               or (s.tokens[k].text.islower() and s.keys[k].endswith("ed") and len(s.keys[k]) > 4)
               for k in range(open_ + 2, close if close is not None else s.b))


def _predicate_without_subject(s: Sentence, i: int) -> bool:
    """English '… to stay in hospital, but was sent home', '…, yet has refused …': after 'but' or 'yet' (and an
    adverb), a form of 'be' or 'have', 'did', or a lower-case past in -ed: a second predicate of the sentence's
    subject, the writer's account of what the speaker did, not more of the infinitive that was reported."""
    while i < s.b and s.keys[i] in ("also", "still", "then", "never", "not", "later"):
        i += 1
    if i >= s.b or s.inside_quote(i) or not s.tokens[i].text.islower():
        return False
    key = s.keys[i]
    return key in ("was", "were", "had", "did", "has", "have", "is", "are") or (key.endswith("ed") and len(key) > 4)


_WRITERS_FINITES: Final = frozenset({"is", "are", "has", "have"})


def _writers_noun_clause(s: Sentence, i: int) -> bool:
    """English '…, and the cut is weighing on …', '…, but many large growers have found …': from token `i` (after
    ', and' or ', but'), a noun phrase that is no pronoun and whose first finite verb, within twelve words, is
    'is', 'are', 'has' or 'have': the writer's own present after a cue in the past (_past_cue_before). A modal or
    a past ('would', 'was') may still be the speaker's backshifted words, and a pronoun's clause is left to the
    rules on pronouns."""
    if i >= s.b or s.inside_quote(i) or s.keys[i] in s.lex.clause_subjects or not _starts_noun_phrase(s, i) \
            or _is_complementizer(s, i) or s.keys[i] in s.lex.subordinators:
        return False
    for j in range(i + 1, min(s.b, i + 13)):
        if not s.tokens[j].is_word or s.inside_quote(j):
            return False
        key = s.keys[j]
        if key in s.lex.finite_auxiliaries:
            return key in _WRITERS_FINITES and s.tokens[j].text.islower()
    return False


def _past_cue_before(s: Sentence, start: int) -> bool:
    """English: the cue whose content starts at token `start` stands within six words before it, with only words
    between ('announced Tuesday that …'), and is in the past ('said', 'announced'; not 'says', 'complain'): the
    speaker's words are backshifted, so a clause in the present after them is the writer's."""
    for k in range(start - 1, max(s.a, start - 7) - 1, -1):
        if k in s.cue_tokens:
            return _cue_tense(s, k) == "past"
        if not s.tokens[k].is_word:
            return False
    return False


def _verb_phrase_content(s: Sentence, start: int) -> bool:
    """A content that is an infinitive or a gerund ('vowed to cut taxes', 'called for cutting the rate'), not a
    clause with a subject of its own."""
    key = s.keys[start]
    return key == "to" or (s.tokens[start].text.islower() and key.endswith("ing") and len(key) > 5)


def _pronoun_past_clause(s: Sentence, i: int, pronouns: tuple[str, ...] = ("he", "she")) -> bool:
    """'he blasted', 'she praised': 'he' or 'she' and a verb in the past tense right after it,
    outside any quotation."""
    return i + 1 < s.b and not s.inside_quote(i) and s.keys[i] in pronouns \
        and s.tokens[i + 1].text.islower() and s.keys[i + 1].endswith("ed") and len(s.keys[i + 1]) > 4


def _pronoun_perfect_clause(s: Sentence, i: int) -> bool:
    """'he has also intensified', 'she has been': 'he' or 'she', adverbs, 'has' and a lower-case '-ed' verb or
    'been', outside any quotation: the writer's present."""
    if i + 2 >= s.b or s.inside_quote(i) or s.keys[i] not in ("he", "she"):
        return False
    k = i + 1
    while k + 1 < s.b and (s.keys[k] in s.lex.adverbs or s.keys[k] in s.lex.preverbal_adverbs):
        k += 1
    if s.keys[k] != "has" or k + 1 >= s.b:
        return False
    while k + 2 < s.b and (s.keys[k + 1] in s.lex.adverbs or s.keys[k + 1] in s.lex.preverbal_adverbs):
        k += 1
    nxt = s.keys[k + 1]
    return s.tokens[k + 1].text.islower() and (nxt == "been" or (nxt.endswith("ed") and len(nxt) > 4))


def _pronoun_present_clause(s: Sentence, i: int) -> bool:
    """'he refuses', 'she insists': 'he' or 'she' and a lower-case verb in the present tense ('-s', no form of
    'be' or 'have') right after it, outside any quotation."""
    if i + 1 >= s.b or s.inside_quote(i) or s.keys[i] not in ("he", "she") or not s.tokens[i + 1].text.islower():
        return False
    key = s.keys[i + 1]
    return key.endswith("s") and not key.endswith("ss") and len(key) > 4 and \
        key not in s.lex.adverbs_or_be_forms_or_finite_auxiliaries


def _new_clause_after(s: Sentence, i: int) -> bool:
    """'… , and Hillary Clinton is promising …', '…, but he has also …': a noun phrase and then a finite verb (an
    auxiliary, a modal or a past tense) within a few words."""
    if i >= s.b or s.inside_quote(i) or not _starts_noun_phrase(s, i):
        return False
    if s.keys[i] in s.lex.clause_subjects and i + 1 < s.b and s.tokens[i + 1].is_word:
        return True  # 'when he ran …'
    for j in range(i + 1, min(s.b, i + 9)):
        key = s.keys[j]
        if key in s.lex.finite_auxiliaries or (s.tokens[j].text.islower() and key.endswith("ed")
                                                        and len(key) > 4) or _verb_before_article(s, i, j):
            return True
        if not s.tokens[j].is_word and not _abbreviation_stop(s, j) and s.tokens[j].text not in "'’":
            return False
    return False


def _verb_before_article(s: Sentence, i: int, j: int) -> bool:
    """English 'as the court threw out the conviction': after an article and one noun, a lower-case word that
    is no preposition, with an article right after it or after one particle, is a verb (an irregular past)."""
    words = s.lex.words
    if j != i + 2 or s.keys[i] not in s.lex.determiners or not s.tokens[j].text.islower() \
            or not s.tokens[i + 1].text.islower():
        return False
    if any(s.keys[j] in words[name] for name in ("content_blockers", "source_stops", "name_connectors", "adjuncts")):
        return False
    k = j + 1 if j + 1 < s.b and s.keys[j + 1] in ("out", "up", "down", "off", "back") else j
    return k + 1 < s.b and s.keys[k + 1] in s.lex.determiners


def _closes_an_outer_quote(s: Sentence, i: int, start: int) -> bool:
    """'«… وروسيا تعتبر أن مصيره يحدده السوريون»': the closing mark of a quotation opened before the content."""
    if s.tokens[i].text not in QUOTE_MARKS:
        return False
    q = s.quote_ending(i)
    return q is not None and q[0] < s.tokens[start].start


def _inside_relative_aside(s: Sentence, start: int) -> bool:
    """Arabic: the content starts inside an aside opened by a comma and a relative pronoun and not yet closed
    ('وينص الاتفاق، الذي رحبت به موغيريني معتبرة أنه …')."""
    return relative_aside(s, start) is not None


def relative_aside(s: Sentence, i: int) -> int | None:
    """The relative pronoun that opens the aside (after a comma, not closed yet) in which token i stands."""
    for k in range(i - 1, s.a, -1):
        if s.tokens[k].text in COMMAS and not s.inside_quote(k):
            return k + 1 if k + 1 < i and (s.keys[k + 1] in s.lex.relatives or (
                s.keys[k + 1][:1] == "و" and s.keys[k + 1][1:] in s.lex.relatives)) else None  # ("، والذي")
    return None


def _named_speaker_after(s: Sentence, i: int) -> bool:
    """'… وقال المسؤول إن …' names a new speaker; in a content opened by 'أن', '… وقال لها إنهم …' goes on
    with the reported one."""
    return i < s.b and s.tokens[i].is_word and not s.is_stop(i) and not _is_complementizer(s, i)


def _opens_soon(s: Sentence, i: int) -> bool:
    """A complementizer, a colon or a quotation within a few words: a cue with content of its own."""
    return any(_is_complementizer(s, j) or s.tokens[j].text in ":：" or s.quote_at(j)
               for j in range(i, min(s.b, i + 12)))


def _adverbial_opening(s: Sentence, start: int, comma: int) -> bool:
    """English: the content so far is a phrase opened by a time or reason word ('after examining the leg', 'on
    Monday') with no subject nor finite verb in it, so the clause after its comma is the one reported."""
    if s.verb_first or comma - start < 1 or s.keys[start] not in s.lex.adjuncts_or_adverbial_starts:
        return False
    return not any(s.keys[k] in s.lex.clause_subjects_or_finite_auxiliaries
                   or k in s.cue_tokens or s.quote_at(k) is not None for k in range(start + 1, comma))


def _pronoun_then_cue(s: Sentence, i: int) -> bool:
    """', he said' / ', officials said': a short subject and a cue right after a comma."""
    if s.keys[i] in ("who", "which", "whom", "الذي", "التي", "الذين"):
        # ', which it claims …': a relative clause with a speaker of its own; ', who said …' describes one
        return not s.verb_first and i + 2 < s.b and s.keys[i + 1] in s.lex.pronouns and i + 2 in s.cue_tokens
    if s.verb_first and s.keys[i] in s.lex.pronouns:  # "، لكنه لم يحدد", not "، لكنها تلقت تقارير عن"
        j = i + 1
        while j < s.b and (s.keys[j] in s.lex.auxiliaries_or_negations):
            j += 1
        return j in s.cue_tokens
    if not s.verb_first and s.keys[i] in s.lex.finite_auxiliaries:
        return False  # '… the director, Luca Ferri, had assured him': the verb of the subject before the aside
    for j in range(i, min(s.b, i + 4)):
        if j in s.cue_tokens:
            return j > i and not (s.keys[i] in ("and", "but", "yet") and _modal_verb_of_amount(s, i + 1, j)) \
                and not (not s.verb_first and _gerund_complement(s, j))
        if s.tokens[j].text in CLAUSE_PUNCT:
            return False
    named = i  # English ', Butte County Sheriff Mark Ellison said': a longer capitalised name and the cue
    while not s.verb_first and named < min(s.b, i + 7) and s.tokens[named].is_word \
            and s.tokens[named].text[:1].isupper() and named not in s.cue_tokens:
        named += 1
    return named >= i + 4 and named in s.cue_tokens and s.keys[named] in s.lex.inverting_verbs


def quote_content(s: Sentence, opener: int) -> Range | None:
    q = s.quote_at(opener)
    return (q[0], q[1]) if q else None


def past_quoted_adverb(s: Sentence, j: int) -> int:
    """Arabic: the token after an adverb in quotation marks at token j ('"جملة وتفصيلا"'), or j."""
    if not s.verb_first or j + 2 >= s.b or s.tokens[j].text not in QUOTE_MARKS or s.quote_at(j) is None:
        return j
    n = _phrase_at(s, j + 1, "adverbs")
    return j + n + 2 if n and j + n + 1 < s.b and s.tokens[j + n + 1].text in QUOTE_MARKS else j


def skip_adverbs(s: Sentence, i: int) -> int:
    """Past adverbs at a content's start ('مرارا', 'في وقت سابق')."""
    while i < s.b:
        n = _phrase_at(s, i, "adverbs")
        if not n:
            return i
        i += n
    return i


def past_repetition(s: Sentence, i: int) -> int:
    """English 'said twice that …', 'has said repeatedly on Monday that …': an adverb of how often it was said
    (repetition_adverbs) at token i, a time phrase after it at most, then a complementizer: that complementizer's
    token, where the content starts; else i ('said twice as many …')."""
    n = _phrase_at(s, i, "repetition_adverbs", singles=False) or _phrase_at(s, i, "repetition_adverbs")
    if not n:
        return i
    k = time_phrase_end(s, i + n)
    return k if k + 1 < s.b and _is_complementizer(s, k) else i


def _content_from(s: Sentence, opener: int, introducer: str = "") -> Range | None:
    if opener >= s.b:
        return None  # ("… بحسب ،" ending the text: nothing after the comma)
    if not s.verb_first and s.tokens[opener].text in ("and", "but") and opener + 1 < s.b \
            and s.tokens[opener + 1].is_word and s.tokens[opener + 1].text.islower() \
            and not _is_complementizer(s, opener + 1):
        return None  # 'agreed and seemed to think …': the speaker's next predicate, nothing reported
    if opener + 1 < s.b and _is_complementizer(s, opener + 1) and not _is_complementizer(s, opener) \
            and not s.quote_at(opener) and (s.verb_first or s.keys[opener] in s.lex.adverbial_starts_or_adverbs) \
            and (s.keys[opener] not in s.lex.first_person_openers or opener in s.cue_tokens):
        opener += 1  # "أشار إلى أن …", "حذر من أنه …": the content starts at the complementizer
        # (English 'attacked loopholes that benefit others': a noun and its relative clause are the content; not
        # "وقال النقيب أبلغناهم أن …": his own words start at the first-person verb, unless it is a cue of its own
        # as 'أخبرتهم', also 'she told them', whose record starts at the complementizer)
    elif not s.verb_first and (past := past_repetition(s, opener)) != opener:
        opener = past  # 'said twice that …': how often, not what
    elif introducer in s.lex.cue_prepositions and s.keys[opener] == introducer and opener + 1 < s.b \
            and s.tokens[opener + 1].is_word:
        opener += 1  # "أشار إلى تراجع …": this preposition is read as part of the cue, not of the content
    if s.verb_first and s.keys[opener] == "القول" and opener + 1 < s.b and _is_complementizer(s, opener + 1):
        opener += 1  # "ذهب إلى القول إن …": what he went as far as saying starts at the complementizer
    q = quote_content(s, opener)
    if q and not _clause_goes_on(s, q):  # a content that opens with a quotation is that quotation
        return q
    if s.verb_first and s.keys[opener] in ("ب", "ك") and opener + 1 < s.b:
        pos = s.tokens[opener + 1].start  # 'ما وصفته بـ"الشائعات" بشأن …': the words it used, no more
        k = search_left(s.quote_starts, pos)
        if k < len(s.quotes) and s.quotes[k][0] == pos:
            return s.quotes[k][0], s.quotes[k][1]  # (the preposition read with the cue, as in 'يقضي بـ«…»')
    last = content_end(s, opener)
    if s.verb_first:
        last = _before_trailing_adverb(s, opener, _before_trailing_time(s, opener, last))
    elif bare_connective(s, opener, last):
        opener += 1  # 'said however the talks had stalled'
    elif opener + 2 <= last and s.keys[opener] in s.lex.bare_connectives and s.tokens[opener + 1].text in COMMAS:
        opener += 2  # 'said however, the talks had stalled'
    if last < opener:
        return None
    return _span(s, opener, last)


def bare_connective(s: Sentence, i: int, last: int) -> bool:
    """English 'However the budget was tight, the mayor said', 'Meanwhile the bridge will stay closed, the office
    said', 'said however the talks had stalled': a connective (bare_connectives) opening a content with no comma
    after it is the writer's link to the story, as 'However,' is, no part of what is reported; not 'However'
    heading a clause of degree ('However hard they try', 'However laudable the goal', 'However much it costs': an
    adjective or adverb, then its subject), nor 'However the vote went, the budget …' (a comma later in the
    content closes the clause it opens, unless 'and' or 'but' follows it)."""
    if s.verb_first or i + 2 > last or s.keys[i] not in s.lex.bare_connectives or not s.tokens[i + 1].is_word \
            or s.inside_quote(i):
        return False
    if s.keys[i] != "however":
        return True
    nxt = s.keys[i + 1]
    if nxt in _DEGREE_WORDS or nxt.endswith("ly") or (
            nxt not in s.lex.determiners and s.keys[i + 2] in s.lex.clause_subjects_or_determiners_or_quantifiers):
        return False
    return not any(s.tokens[k].text in COMMAS and not s.inside_quote(k) and k + 1 <= last
                   and s.keys[k + 1] not in ("and", "but") for k in range(i + 2, last))


_DEGREE_WORDS: Final = frozenset({"much", "many", "few", "little", "long", "far", "often", "hard", "well"})


def _before_trailing_adverb(s: Sentence, first: int, last: int) -> int:
    """Arabic: 'نفت الوزارة هذه المزاعم جملة وتفصيلا', '… بشكل قاطع': an adverb of manner closing the content is
    how it was said (denied outright), not what; the content ends before it."""
    for k in range(max(first + 1, last - 3), last + 1):
        if _phrase_at(s, k, "manner_adverbs") == last - k + 1:
            return k - 1
    return last


def _before_trailing_time(s: Sentence, first: int, last: int) -> int:
    """Arabic: a content that ends with a comma and a day or time word ('… بمقر البرلمان، الثلاثاء'): that is
    when it was said or done, not what; the content ends before the comma."""
    k = last
    while k > first and s.tokens[k].is_word and s.keys[k] in s.lex.adverbs and last - k < 2:
        k -= 1
    return k - 1 if k < last and k > first and s.tokens[k].text in COMMAS else last


def _clause_goes_on(s: Sentence, q: QuoteSpan) -> bool:
    """'said "budget reforms" and unpaid taxes would pay for it': English words after the quotation that
    carry on its clause (not an adverbial, not another speaker's cue) belong to the content too."""
    if s.verb_first:
        return False
    n = _token_index_at(s, q[1])
    if n is None or not s.tokens[n].is_word or s.quote_at(n):
        return False
    key = s.keys[n]
    k = _token_index_at(s, q[0])
    if key == "as" and k is not None and k > s.a and s.keys[k - 1] in s.lex.quoted_object_verbs_or_quoting_verbs:
        return n + 1 < s.b and s.keys[n + 1] not in s.lex.clause_subjects and not _new_clause_after(s, n + 1)
        # 'cited "her contribution to peace" as the reasons for …', 'highlighted "weak oversight" as the cause of
        # …': what it is cited as (not 'as it ruled')
    if k is not None and _object_fragment_goes_on(s, q, k, n):
        return not any(j in s.cue_tokens for j in range(n, min(s.b, n + 4)))
    if key in s.lex.adverbial_starts_or_content_blockers_or_source_stops or _next_predicate(s, n):
        return False
    return not any(j in s.cue_tokens for j in range(n, min(s.b, n + 4)))


_NOT_OBJECT_PREPOSITIONS: Final = frozenset({"during", "after", "before", "since", "until", "by", "via", "than", "like",
                                             "to"})


def _object_fragment_goes_on(s: Sentence, q: QuoteSpan, k: int, n: int) -> bool:
    """English 'reported "2,521 shooting incidents" in the city', 'referenced "security concerns" in a letter that
    …', 'found "a clear rise" among children': a quoted fragment (no stop or comma inside its closing mark) right
    after a cue verb that takes a noun phrase (quoted_object_verbs) is a piece of that object; a prepositional
    phrase (not of time: 'on Monday', 'in 2016', 'during …'; not an agent's 'by …' nor a hearer's 'to …': 'reported
    "…" to police') or a relative clause after it goes on with the content (not 'said "…" in an interview', a verb
    of saying)."""
    if k <= s.a or k - 1 not in s.cue_tokens or s.keys[k - 1] not in s.lex.quoted_object_verbs \
            or s.text[q[1] - 2] in ".,!?;:…" or n + 1 >= s.b:
        return False
    key, nxt = s.keys[n], s.keys[n + 1]
    if key in ("that", "which", "who"):
        return s.tokens[n + 1].is_word
    return key in s.lex.prepositions and key not in _NOT_OBJECT_PREPOSITIONS and s.tokens[n + 1].is_word \
        and nxt not in s.lex.months_or_time_words and not nxt[:1].isdigit()


_NAMING_FORMS: Final = frozenset({"call", "calls", "called", "term", "terms", "termed", "dub", "dubs", "dubbed"})


def _what_named(s: Sentence, start: int) -> bool:
    """English '… over what several senators called "theft" …', 'The plan, which critics called "a giveaway,"
    passed …': the content starting at token `start` follows a verb of naming (or of describing, with 'as') whose
    short subject comes right after 'what' or 'which': the content is only the name given, inside a noun phrase
    of the writer's."""
    cue = start - 1 - (s.keys[start - 1] == "as")
    if cue - 2 < s.a or cue not in s.cue_tokens or not (
            s.keys[cue] in _NAMING_FORMS or (s.keys[cue] in s.lex.describing_verbs and cue < start - 1)):
        return False
    for k in range(cue - 1, max(s.a, cue - 6) - 1, -1):
        if s.keys[k] in ("what", "which"):
            return k < cue - 1
        if not s.tokens[k].is_word or k in s.cue_tokens:
            return False
    return False


def _finite_verb_at(s: Sentence, k: int) -> bool:
    """A lower-case finite verb at token k, outside quotations: a form of 'be' or an auxiliary, an irregular past,
    or a past in '-ed' not followed by 'by' (no passive participle of a reduced relative)."""
    if k >= s.b or not s.tokens[k].is_word or not s.tokens[k].text.islower() or s.inside_quote(k):
        return False
    key = s.keys[k]
    return key in s.lex.be_forms_or_finite_auxiliaries or key in s.lex.irregular_pasts or (
        len(key) > 4 and key.endswith("ed") and (k + 1 >= s.b or s.keys[k + 1] != "by"))


def _participle_with_anothers_words(s: Sentence, nxt: int) -> bool:
    """English '…, engaging in what analysts described as …', '…, contradicting what port officials told …': after
    a comma at token nxt - 1, a lower-case '-ing' participle, three words at most, and 'what' with a subject and a
    cue of its own: the writer's comparison with someone else's words, not more of what was said."""
    key = s.keys[nxt]
    if not (s.tokens[nxt].text.islower() and key.endswith("ing") and len(key) > 5) \
            or key in s.lex.prepositional_ing or nxt in s.cue_tokens or s.inside_quote(nxt):
        return False
    for k in range(nxt + 1, min(s.b, nxt + 5)):
        if s.keys[k] == "what":
            return any(m in s.cue_tokens for m in range(k + 2, min(s.b, k + 6)))
        if not s.tokens[k].is_word:
            return False
    return False


def _after_spaced_dash(s: Sentence, j: int) -> int | None:
    """The token after a dash right after token j: a long dash, or a hyphen or two ('-', '--' in plain-text copy)
    with a space on each side (no word's hyphen); None when no dash follows."""
    k = j + 1
    if k >= s.b:
        return None
    if s.tokens[k].text in "—–―":
        return k + 1
    if s.tokens[k].text != "-" or s.tokens[k].start == s.tokens[j].end:
        return None
    while k + 1 < s.b and s.tokens[k + 1].text == "-" and s.tokens[k + 1].start == s.tokens[k].end:
        k += 1
    return k + 1 if k + 1 < s.b and s.tokens[k + 1].start > s.tokens[k].end else None


def _quoted_as_then_predicate(s: Sentence, j: int, start: int | None = None) -> bool:
    """English '… the mayor as "greedy" and walked out', '… the plan as "a fraud" and left': the quotation closing
    at token j follows 'as' (an article at most between them), or a short object with no verb from the content's
    start at token `start`, and 'and' or 'but' and the speaker's next verb follow it."""
    q = s.quote_ending(j)
    if q is None:
        return False
    k = _token_index_at(s, q[0])
    if k is None or k - 1 <= s.a:
        return False
    before = k - 1 - (s.keys[k - 1] in ("a", "an"))
    named = start is not None and start < k and k - start <= 5 and s.keys[start] not in s.lex.clause_subjects and all(
        s.tokens[m].is_word and m not in s.cue_tokens and s.keys[m] not in s.lex.be_forms_or_finite_auxiliaries
        and not (s.tokens[m].text.islower() and s.keys[m].endswith("ed")) for m in range(start, k))
    # ('called Santos "a giant of the law" and ordered …': a short object, no verb, then what it was called)
    return (s.keys[before] == "as" or named) and (_next_predicate(s, j + 1) or (
        s.keys[j + 1] in ("and", "but") and s.tokens[j + 2].text.islower() and s.keys[j + 2] in s.lex.irregular_pasts))


def _called_then_setting(s: Sentence, j: int, start: int) -> bool:
    """English '…, calling them "phony" at a rally', 'called the plan "reckless" during a debate': the content
    at token `start` right after a cue of calling is a short object (no verb) and the quotation closing at token
    j, and a phrase of the setting follows it: 'at', 'during', 'amid', or 'in' or 'on' and a determiner or a
    capitalized word ('in an interview', 'on Twitter'; not 'a giveaway" for the rich', 'soft" on crime')."""
    if start - 1 < s.a or start - 1 not in s.cue_tokens or not s.keys[start - 1].startswith("call"):
        return False
    prep = s.keys[j + 1]
    if prep not in ("at", "during", "amid") and not (
            prep in ("in", "on") and j + 2 < s.b and s.tokens[j + 2].is_word
            and (s.keys[j + 2] in s.lex.determiners or s.tokens[j + 2].text[:1].isupper())):
        return False
    q = s.quote_ending(j)
    k = _token_index_at(s, q[0]) if q is not None else None
    return k is not None and start < k <= start + 4 and all(
        s.tokens[m].is_word and m not in s.cue_tokens and s.keys[m] not in s.lex.be_forms_or_finite_auxiliaries
        for m in range(start, k))


def _next_predicate(s: Sentence, n: int) -> bool:
    """English 'chanted "No more wars" and marched on', '… and kept going': 'and' or 'but' and then a finite
    verb of the same subject after a quotation: what was said ends with the quotation."""
    if s.keys[n] not in ("and", "but"):
        return False
    k = n + 1
    while k < s.b and s.keys[k] in ("then", "also", "later", "quickly", "soon"):
        k += 1
    if k >= s.b or not s.tokens[k].text.islower():
        return False
    key = s.keys[k]
    return key in s.lex.aspect_verbs_or_finite_auxiliaries or k in s.cue_tokens \
        or (key.endswith("ed") and len(key) > 4)


def widen_quote(s: Sentence, q: QuoteSpan) -> Range:
    """'Both parties "saw Burma as a country under pressure," said X': in English, a quotation that its own
    sentence's words lead into is reported with them, from the clause start. A cue among those words ('The coach
    called the call "a scandal," a club official said') nests in the content, as it does in a clause without
    quotation marks, when nothing but words leads from the sentence start to the quotation and no pronoun or claim
    noun follows it ('…,” she said', '…," a charge X denies'); else the content starts after that cue."""
    k = _token_index_at(s, q[0])
    if s.verb_first or k is None or k <= s.a or not s.tokens[k - 1].is_word:
        return (q[0], q[1])
    opening = _after_dateline(s, s.a, k)
    start = next((c + 1 for c in range(k - 1, s.a - 1, -1) if s.tokens[c].text in ":：" or s.is_end(c)
                  or s.tokens[c].text in QUOTE_MARKS), opening)
    if start != opening or not _nests_cues_before(s, q):
        if (k - 1) in s.cue_tokens:
            return (q[0], q[1])
        start = next((c + 1 for c in range(k - 1, start - 1, -1) if c in s.cue_tokens), start)
    while start < k and (not s.tokens[start].is_word or s.keys[start] in s.lex.leading_conjunctions):
        start += 1
    return (s.tokens[start].start, q[1]) if start < k else (q[0], q[1])


def _nests_cues_before(s: Sentence, q: QuoteSpan) -> bool:
    """A comma closing the quotation (inside its marks or after them), then a subject that is no lone pronoun
    and no claim noun's article: the cue after it reports the whole clause, a cue leading into the quotation
    included."""
    end = _token_index_at(s, q[1])
    if end is None:
        return False
    comma = s.text[q[1] - 2:q[1] - 1] in COMMAS
    while end < s.b and s.tokens[end].text in COMMAS:
        end += 1
        comma = True
    if not comma or end >= s.b or not s.tokens[end].is_word:
        return False
    alone = end + 1 < s.b and (end + 1) in s.cue_tokens  # ('she said', not 'her spokesman said')
    return not (alone and s.keys[end] in s.lex.pronouns) and claim_noun_aside(s, end) is None


def _token_index_at(s: Sentence, pos: int) -> int | None:
    """The first token of the sentence that starts at or after `pos` (tokens are in text order)."""
    j = bisect.bisect_left(s.tokens, pos, s.a, s.b, key=_START)
    return j if j < s.b else None


def coordinated_in_host(s: Sentence, d: Draft, drafts: list[Draft]) -> Draft:
    """English 'Moss added that Ortega stood up, shouted "I am fine!" and …': a cue right after a comma inside
    another cue's content, given that cue's speaker, is the next verb of the reported clause; its speaker is that
    clause's subject (after its 'that'), when a past or finite verb follows the subject."""
    if s.verb_first or d.cue is None or d.source is None:
        return d
    c = _token_index_at(s, d.cue[0])
    if c is None or c - 1 <= s.a or s.tokens[c - 1].text not in COMMAS or not s.tokens[c].text.islower():
        return d
    host = next((h for h in drafts if h is not d and h.source == d.source and h.content[0] < d.cue[0] < h.content[1]),
                None)
    i = _token_index_at(s, host.content[0]) if host is not None else None
    if i is None:
        return d
    if _is_complementizer(s, i):
        i += 1
    subject = subject_phrase(s, i, c - 1)
    verb = subject[1] + 1 if subject is not None else c
    if subject is None or verb >= c - 1 or not s.tokens[verb].is_word or not s.tokens[verb].text.islower() \
            or not (s.keys[verb].endswith("ed") or s.keys[verb] in s.lex.irregular_pasts
                    or s.keys[verb] in s.lex.finite_auxiliaries):
        return d
    return Draft(d.content, d.cue, _span(s, subject[0], subject[1]), d.conduit_region, d.frame, d.cue_key)


def coordinated_by_agreement(s: Sentence, d: Draft, drafts: list[Draft]) -> Draft:
    """Arabic 'ذكرت الوكالة أن رئيس الوزراء استقبل السفير، ودعا إلى …': a cue verb coordinated after a comma, given
    the speaker of the report before it, does not agree in gender with that report's verb ('ذكرت' / 'دعا') but
    does with the subject and the verb of the reported clause ('رئيس الوزراء استقبل'): that subject is its speaker."""
    if not s.verb_first or d.cue is None or d.source is None:
        return d
    c = _token_index_at(s, d.cue[0])
    if c is None or c - 1 <= s.a or s.tokens[c - 1].text not in COMMAS or s.tokens[c].end != d.cue[1] \
            or s.keys[c][:1] != "و":
        return d
    own = _cue_gender(s, c)
    host = next((h for h in drafts if h is not d and h.source == d.source and h.cue is not None
                 and h.cue[1] <= h.content[0] < d.cue[0] and h.content[1] <= d.cue[0]), None)
    i = _token_index_at(s, host.content[0]) if host is not None and own else None
    if host is None or i is None or not _is_complementizer(s, i) or host.cue is None:
        return d
    h = _token_index_at(s, host.cue[0])
    if h is None or s.tokens[h].end != host.cue[1] or _cue_gender(s, h) in ("", own):
        return d
    subject = _agreeing_clause_subject(s, i + 1, c - 1, own)
    return d if subject is None else Draft(d.content, d.cue, _span(s, *subject), d.conduit_region, d.frame,
                                            d.cue_key)


_CLAUSE_SUBJECT_REACH: Final = 6  # words read as the subject of a reported clause before its verb


def _cue_gender(s: Sentence, k: int) -> str:
    """Arabic: 'f' for a one-word cue verb in the feminine ('أكدت', 'دعت', 'تؤكد'), 'm' for one in the masculine
    ('وأكد', 'دعا', 'يؤكد') when the other gender's form is a cue too; '' when the word tells nothing."""
    key = s.keys[k]
    cues = s.lex.cues
    if key[:1] in s.lex.proclitics and key not in cues:
        key = key[1:]
    if key.endswith("ت") and (key[:-1] in cues or key[:-1] + "ا" in cues or key[:-1] + "ي" in cues):
        return "f"
    if key[:1] == "ت" and "ي" + key[1:] in cues:
        return "f"
    if key + "ت" in cues or (key[-1:] in ("ا", "ي") and key[:-1] + "ت" in cues) \
            or (key[:1] == "ي" and "ت" + key[1:] in cues):
        return "m"
    return ""


def _agreeing_clause_subject(s: Sentence, first: int, before: int, gender: str) -> tuple[int, int] | None:
    """Arabic: the subject opening a reported clause at token `first` ('رئيس الوزراء', 'الوزيرة') and the verb right
    after it, both singular of `gender`: the subject's first word ends in 'ة' for the feminine, and the verb, a past
    one, in 'ت' ('الوزيرة افتتحت', 'رئيس الوزراء استقبل'); None when the two do not agree or either is unclear."""
    if first >= before or not s.tokens[first].is_word or s.is_stop(first) or first in s.cue_tokens:
        return None
    last = first
    while last + 1 < before and last - first < _CLAUSE_SUBJECT_REACH and s.tokens[last + 1].is_word \
            and (s.keys[last + 1].startswith("ال") or last + 1 in s.protected) and last + 1 not in s.cue_tokens:
        last += 1
    if gender == "f" and last + 2 < before and s.keys[last + 1] in s.lex.female_names:
        last = next((k - 1 for k in range(last + 2, min(before, last + 4)) if s.tokens[k].text.endswith("ت")),
                    last)  # ('الوزيرة سعاد جابر زارت': her name, up to the verb in 'ت')
    verb = last + 1
    if verb >= before or not s.tokens[verb].is_word or s.is_stop(verb) or verb in s.protected \
            or s.keys[verb].startswith("ال") or len(s.keys[verb]) < 3:
        return None
    head, word = s.tokens[first].text, s.tokens[verb].text
    noun = "f" if head.endswith("ة") else "m"
    if noun == "m" and (head.endswith(("ون", "ين", "ات")) or (head.startswith("ال") and first in s.protected)):
        return None  # (a plural, or a name whose gender its ending does not show)
    said = "f" if word.endswith("ت") else "m" if not word.endswith(("وا", "ن", "ا")) and word[:1] != "ت" else ""
    return (first, last) if noun == said == gender else None


# --- subjects ---------------------------------------------------------------------------------------

def _before_unnamed_aside(s: Sentence, j: int) -> int:
    """'إلا أن مسؤولا محليا، طلب عدم ذكر اسمه، قال': the subject ends before an aside that keeps it unnamed."""
    if j - 1 <= s.a or s.tokens[j].text not in COMMAS:
        return j
    for k in range(j - 1, max(s.a, j - 13), -1):
        if s.tokens[k].text in COMMAS:
            n = _phrase_at(s, k + 1, "anonymity_markers", singles=False)
            named = k + 2 < j and s.tokens[k + 1].text.endswith("يدعى") and s.tokens[k - 1].is_word
            told = _told_outlet_unnamed(s, k + 1, j)
            return k - 1 if (n and k + 1 + n == j) or named or told else j  # ('…، ويدعى محمد الطوارقي، أكد')
    return j


def _told_outlet_unnamed(s: Sentence, first: int, close: int) -> bool:
    """'طبيبا، تحدث لبي بي سي شريطة عدم ذكر اسمه، قال': tokens first..close-1 are a verb of talking to an outlet
    (conduit_markers: 'تحدث'), the outlet's words, then a phrase that keeps the speaker unnamed ending at close."""
    if not _phrase_at(s, first, "conduit_markers"):
        return False
    for m in range(first + 2, min(close - 1, first + 6)):
        if not s.tokens[m - 1].is_word:
            return False
        if m + _phrase_at(s, m, "anonymity_markers", singles=False) == close:
            return True
    return False




def _before_age(s: Sentence, j: int) -> int:
    """English 'Marsh, 70, said': the subject ends before the age set off by commas."""
    if s.verb_first or j - 3 < s.a or s.tokens[j].text not in COMMAS or s.tokens[j - 2].text not in COMMAS:
        return j
    age = s.tokens[j - 1].text
    return j - 3 if age.isdigit() and len(age) <= 3 and s.tokens[j - 3].is_word else j


def _before_adverbial_aside(s: Sentence, j: int) -> int:
    """Arabic: when token j closes an adverbial set off by commas ('، من جانبه،', '، بدوره،'), the token before
    its opening comma; j otherwise."""
    if s.tokens[j].text not in COMMAS:  # "والحكومات من جهتها تصر على أن": the same aside without commas
        k = next((k for k in range(max(s.a + 1, j - 2), j + 1) if _phrase_at(s, k, "adverbs") == j - k + 1), None)
        return k - 1 if k is not None and s.tokens[k - 1].is_word else j
    if j - 2 <= s.a:
        return j
    for k in range(j - 2, max(s.a, j - 5), -1):
        if s.tokens[k].text in COMMAS:
            n = _phrase_at(s, k + 1, "adverbs")
            return k - 1 if n and k + 1 + n == j and k - 1 >= s.a and s.tokens[k - 1].is_word else j
    return j


def _comma_aside_before_verb(s: Sentence, cue_first: int) -> tuple[int, int, bool] | None:
    """Arabic: a relative clause or a name set off by commas right before a verb ('الوزير، الذي تولى منصبه قبل
    أشهر، اعترف', 'الخبيرة في شؤون المياه، الدكتورة سارة أوتينو، تقول'): its two commas, and whether it is a
    name (which belongs to the subject) rather than a relative clause (which does not)."""
    close = cue_first - 1
    if not s.verb_first or close - 3 <= s.a or s.tokens[close].text not in COMMAS:
        return None
    open_ = next((k for k in range(close - 2, max(s.a, close - 14), -1) if s.tokens[k].text in CLAUSE_PUNCT), None)
    if open_ is None or s.tokens[open_].text not in COMMAS or not s.tokens[open_ - 1].is_word \
            or any(k in s.cue_tokens or _is_complementizer(s, k) or s.inside_quote(k) for k in range(open_, close)):
        return None
    if s.keys[open_ + 1] in s.lex.relatives:
        return open_, close, False
    if _phrase_at(s, open_ + 1, "anonymity_markers", singles=False):
        return None  # ('مسؤولا محليا، طلب عدم ذكر اسمه، قال': read as before)
    words = [k for k in range(open_ + 1, close) if s.tokens[k].is_word]
    named = 2 <= len(words) <= 5 and len(words) == close - open_ - 1 and all(
        not s.is_stop(k) for k in words) and (sum(not s.keys[k].startswith("ال") for k in words) >= 2 or any(
            s.keys[k] in s.lex.female_names_or_male_names or k in s.name_heads for k in words))
    # ('المحامي، وليد السقا، قال': a first name and a family name with the article)
    return (open_, close, True) if named else None


def anonymity_reason(s: Sentence, first: int, last: int) -> int | None:
    """English 'officials who spoke on condition of anonymity because they were not authorized to discuss it':
    the 'because' (or 'to') opening the reason after an anonymity phrase within tokens first..last, else None."""
    if s.verb_first:
        return None
    openers = s.lex.entries["anonymity_markers"][1]  # (a phrase opens only at its first word: no call elsewhere)
    for k in range(first + 1, last + 1):
        if s.keys[k] not in ("because", "to") or not s.tokens[k - 1].is_word:
            continue
        for m in range(max(first, k - 8), k):
            if s.tokens[m].key in openers and m + _phrase_at(s, m, "anonymity_markers", singles=False) == k:
                return k
    return None


def _reason_to_the_end(s: Sentence, k: int) -> bool:
    """English '… because they were not authorized to speak.', '… to discuss internal deliberations.': a reason
    for anonymity opening at token k runs to the end of the sentence or to a comma."""
    if s.verb_first or k >= s.b or s.keys[k] not in ("because", "to"):
        return False
    end = next((m for m in range(k, s.b) if not s.tokens[m].is_word), s.b)
    return end >= s.b or s.is_end(end) or s.tokens[end].text in COMMAS


def _causative_before(s: Sentence, cue_first: int) -> int | None:
    """English 'let employees know that …', 'helped them understand that …', 'let editorials tell them …': a
    lower-case verb of letting or helping (causative_verbs), then its object (one to three words, no punctuation,
    no cue) right before the cue: the index of that verb. Before a cue of knowing (knowing_verbs) its subject is
    the speaker; before another cue the object speaks."""
    if s.verb_first:
        return None
    for c in range(cue_first - 2, max(s.a, cue_first - 4) - 1, -1):
        if s.keys[c] in s.lex.causative_verbs and s.tokens[c].text.islower():
            return c if all(s.tokens[k].is_word and k not in s.cue_tokens for k in range(c + 1, cue_first)) \
                else None
    return None


def _nickname_before(s: Sentence, j: int) -> int | None:
    """English 'Marcia "Cia" Price', 'James "Mad Dog" Ellis': token j closes one or two capitalised words in
    quotation marks (no quotation of the sentence's) with a capitalised word right before the opening mark and
    right after j; the opening mark's index."""
    if j + 1 >= s.b or s.quote_at(j) is not None or not is_capitalised(s.tokens[j + 1].text):
        return None
    for n in (1, 2):
        k = j - n - 1
        if k - 1 < s.a or s.tokens[k].text not in ('"', "“"):
            continue
        if all(s.tokens[m].is_word and is_capitalised(s.tokens[m].text) for m in range(k + 1, j)) \
                and s.tokens[k - 1].is_word and is_capitalised(s.tokens[k - 1].text) \
                and not any(s.inside_quote(m) for m in range(k, j + 1)):
            return k
    return None


_TAKING_A_CHANCE: Final = frozenset({"has", "have", "had", "take", "takes", "use", "uses", "seize", "seizes",
                                     "miss", "misses", "get", "gets", "got", "welcome", "welcomes"})


def chance_taken_before(s: Sentence, cue_first: int) -> int | None:
    """English 'took the opportunity to remind …', 'never missed a chance to tell …': 'to' right before the cue
    after a noun of chance_nouns, a determiner opening its phrase at most three words before it and a lower-case
    verb of having or taking before the determiner (a past, 'has', 'takes', 'uses'); the verb's index."""
    to = cue_first - 1
    if s.verb_first or to - 3 < s.a or s.keys[to] != "to" or s.keys[to - 1] not in s.lex.chance_nouns:
        return None
    for k in range(to - 2, max(s.a, to - 5), -1):
        if not s.tokens[k].is_word:
            return None
        if s.keys[k] in s.lex.determiners_or_quantifiers:
            verb = k - 1
            key = s.keys[verb] if verb > s.a else ""
            return verb if s.tokens[verb].is_word and s.tokens[verb].text.islower() and (
                key.endswith("ed") or key in s.lex.irregular_pasts or key in _TAKING_A_CHANCE) else None
    return None  # ('The law gives workers a chance to say …': the workers, not the law, would say it)


def document_speaks(s: Sentence, cue_first: int) -> bool:
    """Arabic: a present-tense cue ('ينص', 'تؤكد') right after an indefinite document ('قانونا', 'وثيقة',
    'تقريرا': documents.txt) that the clause's verb did not issue ('وأقر البرلمان قانونا ينص على أن …', 'وقدم
    السفير وثيقة تؤكد أن …'): the document is the cue's subject. After a verb of issuing ('وأصدر النادي بيانا
    يؤكد أن …': issuing_verbs.txt) the issuer speaks through it, and a picture shows what its publisher says."""
    k = cue_first - 1
    if k <= s.a or k in s.protected or not s.tokens[k].is_word or s.keys[cue_first][:1] not in ("ي", "ت") \
            or (cue_first + 1 < s.b and s.keys[cue_first + 1] in s.lex.resumptives):
        return False  # ('وقدمت الوزارة تقريرا تؤكد فيه أن …': she asserts it in the report)
    key, documents = s.keys[k], s.lex.documents
    if key.startswith("ال") or not (key in documents or (key.endswith("ا") and key[:-1] in documents)):
        return False
    first = k - 1
    while first > s.a and s.tokens[first - 1].is_word:
        first -= 1  # (the clause's first word, its verb)
    return first < k and s.strip_clitic(s.keys[first]) not in s.lex.issuing_verbs \
        and s.keys[first] not in s.lex.issuing_verbs and not s.keys[first].startswith(("ال", "وال"))


def _possessed_document_before_relative(s: Sentence, cue_first: int) -> bool:
    """Arabic 'وأصدرت اللجنة قرارها الذي نص على …', 'ونشرت الهيئة تقريرها الذي يؤكد أن …': a relative pronoun
    right before the cue, after a document with a possessive pronoun (documents.txt: 'قرارها', 'تقريره') that is
    not the clause's first word: the document is the relative's antecedent and the cue's subject."""
    doc = cue_first - 2
    if doc <= s.a or s.keys[cue_first - 1] not in s.lex.relatives or doc in s.protected \
            or not s.tokens[doc].is_word or s.keys[doc].startswith(("ال", "وال")) \
            or (cue_first + 1 < s.b and s.keys[cue_first + 1] in s.lex.resumptives):
        return False
    key, documents = s.keys[doc], s.lex.documents
    return any(key.endswith(end) and key[:-len(end)] in documents for end in POSSESSIVE_ENDINGS)


def object_speaks(s: Sentence, cue_first: int) -> bool:
    """Arabic: a present-tense cue right after the indefinite object of a verb-first clause ('واعتمدت الحكومة خطة
    تؤكد أن …', 'وتبنى المجلس مشروعا يدعو إلى …'): the cue describes the object, which is its subject. The
    cue agrees with it (a noun in 'ة' or 'ات' before 'ت…', an accusative in 'ا' before 'ي…'), the subject before
    it ends on a definite word, and the clause opens with a conjunction and a verb (not a title, an auxiliary
    or a verb of going on: 'وكانت الوزيرة فاطمة تؤكد'; not a verb of issuing, whose subject speaks)."""
    k = cue_first - 1
    if k - 2 < s.a or k in s.protected or not s.tokens[k].is_word or not s.tokens[k - 1].is_word \
            or (cue_first + 1 < s.b and s.keys[cue_first + 1] in s.lex.resumptives):
        return False
    text, cue = s.tokens[k].text.rstrip("\u064b"), s.keys[cue_first]
    if not ((cue[:1] == "ت" and text.endswith(("ة", "ات"))) or (cue[:1] == "ي" and text.endswith("ا"))) \
            or s.keys[k].startswith(("ال", "وال")) or s.keys[k] in s.lex.female_names \
            or not s.keys[k - 1].startswith(("ال", "وال")):
        return False
    first = k - 1
    while first > s.a and s.tokens[first - 1].is_word:
        first -= 1
    verb = s.keys[first]
    bare = s.strip_clitic(verb)
    return first < k - 1 and verb[:1] in ("و", "ف") and bare != verb and not bare.startswith("ال") \
        and all(bare not in words and verb not in words for words in (
            s.lex.titles, s.lex.auxiliaries, s.lex.aspect_verbs, s.lex.issuing_verbs)) \
        and not any(j in s.cue_tokens for j in range(first, k))


POSSESSIVE_ENDINGS: Final = ("ه", "ها", "هم", "هما", "هن")  # an Arabic noun's possessive pronoun, as written


def described_noun_before(s: Sentence, cue_first: int) -> bool:
    """Arabic: the word right before a cue is an indefinite noun governed by the preposition before it ('في
    خطوة', 'في إجراء'): the cue opens a clause describing it ('في خطوة قالت إنها …'), not a subject."""
    k = cue_first - 1
    if not s.verb_first or k - 1 < s.a or not s.tokens[k].is_word or not s.tokens[k - 1].is_word:
        return False
    key = s.keys[k]
    return s.keys[k - 1] in s.lex.prepositions and not key.startswith("ال") and k not in s.protected \
        and key not in s.lex.prepositions and not key[:1].isdigit() and k - 1 > s.a \
        and not s.tokens[k].text.endswith(POSSESSIVE_ENDINGS)  # ('من جهتها تصر': her side; she insists)


def _dateline_outlet(s: Sentence, close: int) -> bool:
    """An outlet's one capitalised word between brackets closing at token `close` ('(CNN)', '(Reuters)'), its
    opening bracket at most seven tokens into the sentence, after capitalised words of a place ('Paris, France
    (CNN)', 'Rio de Janeiro (Reuters)')."""
    if not (close - 2 >= s.a and s.tokens[close - 2].text == "(" and s.tokens[close - 1].text[:1].isupper()
            and len(s.tokens[close - 1].text) > 1 and close - 2 - s.a <= _DATELINE_PLACE_TOKENS):
        return False
    place = range(s.a, close - 2)
    initials = "".join(s.tokens[k].text[0] for k in place if s.tokens[k].text[:1].isupper())
    return not initials.endswith(s.tokens[close - 1].text) and all(  # (not the acronym of the words before it:
        s.tokens[k].text == "," or s.tokens[k].text[:1].isupper() or s.keys[k] in s.lex.name_connectors
        for k in place)  # '… Retired Persons (AARP)')


_DATELINE_PLACE_TOKENS: Final = 6  # 'Paris, France', 'Rio de Janeiro' at most: a dateline's place before its outlet

_OBJECT_RELATIVES: Final = frozenset({"who", "whom"})
_GAPPED_HEADS: Final = ("anonymous", "poll_nouns", "titles", "organizations", "government")


def _subject_of_gapped_relative(s: Sentence, rel: int, last: int) -> bool:
    """English 'voters who polls show are drifting', 'a man whom witnesses described as calm': the words from
    after the relative pronoun at `rel` to `last` (the cue's subject) are one to three, a noun phrase headed by
    an unnamed source, a poll noun, a title, a body or a name, with no verb in them (not 'people who attended the
    meeting said', 'a scholar who studies the court said', where the relative is the subject)."""
    if last - rel > 3 or not s.tokens[rel].text.islower():
        return False
    opening = s.tokens[rel + 1]
    if last > rel + 1 and opening.key not in s.lex.determiners_or_quantifiers and not opening.text[:1].isupper():
        return False  # ('a scholar who studies the court said': a verb opens the relative, no subject of its own)
    for k in range(rel + 1, last + 1):
        tok = s.tokens[k]
        if not tok.is_word or k in s.cue_tokens or tok.key in s.lex.auxiliaries \
                or (tok.text.islower() and tok.key.endswith("ed")):
            return False
    head = s.keys[last]
    return any(head in s.lex.words[n] for n in _GAPPED_HEADS) or head[:-1] in s.lex.poll_nouns \
        or s.tokens[last].text[:1].isupper()


def _circumstantial_pronoun(s: Sentence, j: int) -> bool:
    """Arabic: token j is a pronoun glued to a circumstantial 'و' ('وهو', 'وهي') right after a definite word
    ('يظهر فيه الوزير وهو يقول'): it takes up the noun before it, no comma between."""
    return s.keys[j][:1] == "و" and s.keys[j][1:] in s.lex.pronouns and j - 1 > s.a \
        and s.tokens[j - 1].is_word and s.keys[j - 1].startswith("ال") and not s.is_stop(j - 1) \
        and _titled_person(s, _definite_run_before(s, j))


def _titled_person(s: Sentence, k: int) -> bool:
    """Token k is a title or a profession ('الوزير', 'المتحدث'), not glued to a preposition before it ('لقطات
    للرئيس السابق وهو', 'في المقطع وهو')."""
    return (is_title(s, k) or s.keys[k] in s.lex.professions) and not s.keys[k - 1].startswith(_GLUED_DEFINITES)


_GLUED_DEFINITES: Final = ("لل", "بال", "وال", "فال", "كال")  # 'لقطات للرئيس السابق وهو': the run goes on before

def _definite_run_before(s: Sentence, j: int) -> int:
    """The first of the definite words running right before token j ('الوزير السابق وهو': 'الوزير')."""
    k = j - 1
    while k - 1 > s.a and s.tokens[k - 1].is_word and s.keys[k - 1].startswith("ال") and not s.is_stop(k - 1) \
            and k - 1 not in s.cue_tokens:
        k -= 1
    return k

def _construct_plural(s: Sentence, k: int) -> bool:
    """Arabic: token k is the construct form of a listed plural of people ('محللي السوق', 'اقتصاديي البنك': 'محللين'
    without its 'ن')."""
    key = s.keys[k]
    return key[-1:] == "ي" and key + "ن" in s.lex.anonymous


def _returning_verb(s: Sentence, j: int) -> bool:
    """Arabic: token j is a verb of coming back (returning_verbs, glued to 'و' or 'ف' or not)."""
    return bool(s.lex.returning_verbs) and (s.keys[j] in s.lex.returning_verbs
                                            or s.strip_clitic(s.keys[j]) in s.lex.returning_verbs)


def _before_destination(s: Sentence, first: int, last: int) -> int:
    """Arabic: the subject of a verb of coming back, tokens `first`..`last`, ends before where it came back to
    ('وعاد المصري إلى القاهرة ليؤكد أن …': the cue's preposition 'إلى' opens the destination, no part of him);
    `last` when no such preposition follows a word of the subject."""
    for k in range(first + 1, last + 1):
        if s.keys[k] in s.lex.cue_prepositions:
            return k - 1
    return last


def left_subject(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    """The subject written before a cue: tokens after the last clause boundary, without auxiliaries. (Remembered
    on the sentence: a third of the questions are asked again, by another frame or rule, for the same cue.)"""
    subjects = s.subjects
    if cue_first in subjects:
        return subjects[cue_first]
    found = subjects[cue_first] = _left_subject(s, cue_first)
    return found


def _left_subject(s: Sentence, cue_first: int) -> tuple[int, int] | None:
    if s.verb_first and cue_first > s.a and _slashed_dateline(s, s.a, cue_first) == cue_first:
        return None  # "أبوظبي في 29 نوفمبر / وام / أكد …": the agency's dateline, the subject follows the verb
    reason = anonymity_reason(s, max(s.a, cue_first - 30), cue_first - 1)
    if reason is not None and all(s.tokens[k].is_word for k in range(reason, cue_first)):
        return left_subject(s, reason)  # 'Two officials who spoke on condition of anonymity because they were
        # not authorized to discuss it said …': the officials, without the reason
    if reason is not None and cue_first - 1 > reason and s.tokens[cue_first - 1].text in COMMAS \
            and all(s.tokens[k].is_word for k in range(reason, cue_first - 1)):
        opened = next((k for k in range(reason - 1, max(s.a, reason - 12), -1) if s.tokens[k].text in COMMAS), None)
        if opened is not None and opened > s.a and s.tokens[opened + 1].text.islower():
            return left_subject(s, opened) or left_subject(s, reason)
        # ('A source close to the club, speaking on condition of anonymity because he was not authorised to
        # speak, said …': the aside and its reason set off by commas; the subject is before them)
    taken = chance_taken_before(s, cue_first)
    if taken is None and not s.verb_first and cue_first - 1 > s.a and s.keys[cue_first - 1] == "to":
        taken = taking_verb(s.tokens, cue_first - 1)  # 'took to Twitter to accuse …', 'used the hearing to urge …'
        taken = taken if taken is not None and taken > s.a else None
    if taken is not None:
        return left_subject(s, taken)  # 'The coach took the opportunity to remind …': the coach, not the chance
    if s.verb_first and document_speaks(s, cue_first):
        return cue_first - 1, cue_first - 1  # "وأقر البرلمان قانونا ينص على أن …": the law states it
    if s.verb_first and object_speaks(s, cue_first):
        return cue_first - 1, cue_first - 1  # "واعتمدت الحكومة خطة تؤكد أن …": the plan asserts it
    if s.verb_first and _possessed_document_before_relative(s, cue_first):
        return cue_first - 2, cue_first - 2  # "وأصدرت اللجنة قرارها الذي نص على …": the decision provides it
    causative = _causative_before(s, cue_first)
    if causative is not None and s.keys[cue_first] in s.lex.knowing_verbs:
        return left_subject(s, causative)  # 'The company let employees know that …': the company, not its hearers
    if causative is not None:
        return causative + 1, cue_first - 1  # 'Readers may not let editorials tell them …': the editorials tell
    aside = _comma_aside_before_verb(s, cue_first)
    if aside is not None:
        head = left_subject(s, aside[0])
        if head is not None:
            return (head[0], aside[1] - 1) if aside[2] else head
    j = _before_age(s, _before_unnamed_aside(s, cue_first - 1))
    contrast = contrast_aside_open(s, cue_first)
    if contrast is not None:
        j = contrast - 1  # 'that automation, not trade, explains': the subject is before the aside
    if s.verb_first:
        j = _before_adverbial_aside(s, j)  # "وزير الخارجية، من جانبه، قال": the subject before the aside
    if s.verb_first and j > s.a and s.quote_at(j) and s.inside_quote(cue_first):
        j -= 1  # 'البعثة «نفت بشدة»': the quotation marks the verb, the subject stands before it
    if not s.verb_first and j == cue_first - 1 and j > s.a and s.keys[j] in s.lex.aspect_verbs \
            and s.keys[cue_first].endswith("ing") and s.tokens[j].text.islower():
        j -= 1  # 'Ministers keep calling …', 'reporters kept asking …': the verb of going on is no part of the subject
    while j >= s.a and (((s.keys[j] in s.lex.auxiliaries  # (not 'Theresa May said': a name)
                          or (s.verb_first and (s.keys[j] in s.lex.verb_particles
                                                or s.strip_clitic(s.keys[j]) in s.lex.auxiliaries)))
                         and (s.verb_first or not is_capitalised(s.tokens[j].text)))
                        or s.keys[j] in s.lex.negations
                        or (not s.verb_first and j > s.a and (manner_adverb(s, j) or (
                            s.keys[j] in s.lex.preverbal_adverbs and s.tokens[j].text.islower())))):
        j -= 1  # ('which together vowed', 'and almost immediately disclosed': the adverbs are no subject)
    last = j
    if j - 2 >= s.a and not s.verb_first and s.keys[j] in ("whom", "which") and s.keys[j - 1] == "of" \
            and (s.keys[j - 2] in s.lex.quantifiers or s.tokens[j - 2].text.isdigit()) \
            and s.tokens[j - 2].text.islower() == (not s.tokens[j - 2].text.isdigit()):
        return j - 2, j  # 'the families, many of whom say …': the part of them is the subject
    if j >= s.a and not s.verb_first and s.keys[j] in ("who", "which", "who's") and s.tokens[j].text != "WHO":
        return j, j  # 'the government, which has strongly denied …': the relative pronoun is the subject
        # (not 'The WHO said': the World Health Organization)
    if j >= s.a and s.verb_first and s.keys[j] in s.lex.pronouns:
        if _circumstantial_pronoun(s, j):
            return _definite_run_before(s, j), j - 1  # "يظهر فيه الوزير وهو يقول": the man described speaks
        return j, j  # "غير أنها أكدت", "فإنه نفى": the pronoun is the whole subject
    if j >= s.a and s.verb_first and (s.keys[j] in s.lex.cue_prepositions
                                      or s.strip_clitic(s.keys[j]) in s.lex.subject_stops
                                      or (s.keys[j][:1] in ("و", "ف") and s.keys[j][1:] in s.lex.subject_stops
                                          and len(s.keys[j]) == 3)):
        return None  # "وسارعت الوزارة إلى نفي أن", "والذي يأمل": no subject ends right before the cue ("وما ورد في
        # البيان": what it holds, a stop word glued to its conjunction)
    if j >= s.a and s.verb_first and _returning_verb(s, j):
        return None  # "ثم عاد ليؤكد أن …": the verb of coming back has no subject written between it and the cue
    plain = s.lex.leading_conjunctions_or_subject_stops_or_wh_words  # (English: any other word, no cue, goes on)
    while j >= s.a:
        tok = s.tokens[j]
        if not s.verb_first and j < last and tok.key in _OBJECT_RELATIVES and _subject_of_gapped_relative(s, j, last):
            break  # 'voters who polls show are drifting': the relative's own subject speaks, not the noun before it
        if tok.is_word and not s.verb_first and tok.key not in plain and j not in s.cue_tokens:
            j -= 1  # no mark (a word's text opens with a letter or a digit), no stop, no wh-word, no conjunction:
            continue  # none of the tests below ends the subject at it
        if tok.text == ")" and not s.verb_first and j < last and s.tokens[j + 1].text[:1].isupper() \
                and _dateline_outlet(s, j):
            break  # 'Paris, France (CNN)The French president said': the dateline ends at its outlet's bracket
        opening = _party_tag_open(s, j) if tok.text == ")" and not s.verb_first else None
        if opening is not None:
            j = opening - 1  # 'Sen. Jo Kent (R-Utah) said': the party and state tag belongs to the name
            continue
        if tok.text in QUOTE_MARKS and s.verb_first and _title_quote_mark(s, j):
            j -= 1  # 'وكانت صحيفة "واشنطن بوست" قد ذكرت': a medium's name in quotation marks is part of it
            continue
        if not s.verb_first and _possessive_apostrophe(s, j):
            j -= 1  # "The National Farmers' Union said": the apostrophe marks a plural possessive
            continue
        nickname = _nickname_before(s, j) if tok.text in QUOTE_MARKS and not s.verb_first else None
        if nickname is not None:
            j = nickname - 1  # 'Gen. James "Mad Dog" Ellis said': a nickname is part of the name
            continue
        if (tok.text in CLAUSE_PUNCT and not _comma_in_place_list(s, j, last) and not _in_conduit_list(s, j)
                and not _list_in_body_name(s, j, last)
                and not (not s.verb_first and thousands_comma(s, j))) \
                or tok.text in QUOTE_MARKS \
                or s.is_end(j) or tok.text in "()":
            break
        if (s.keys[j] in s.lex.subject_stops and not _and_inside_name(s, j) and not _naming_phrase_to(s, j)
                and not _and_in_conduit_list(s, j) and not _and_joining_groups(s, j, last)
                and not _and_inside_of_phrase(s, j, last) and not _and_inside_compound(s, j, last)
                and not _and_joining_places(s, j, last) and not _and_joining_names(s, j, last)
                and not _and_others(s, j, last) and not _and_name_then_group(s, j, last)
                and not _and_joining_titles(s, j, last) and not _list_in_body_name(s, j, last)
                and not _and_joining_modifiers(s, j, last) and not _and_after_both(s, j, last)) \
                or (j in s.cue_tokens and not (j < last and not s.verb_first and modifying_participle(s, j))):
            break  # (not 'the notice posted at the crossing read': the participle describes the subject)
        if not s.verb_first and j < last and s.keys[j] in s.lex.wh_words and s.tokens[j].text.islower():
            break  # '… explain how he believes …': the clause after the wh-word has its own subject
        if not s.verb_first and j == s.a and j < last and s.keys[j] in s.lex.leading_conjunctions:
            break  # 'Yet veteran aides worry that …': the sentence's opening conjunction is no part of its subject
        if s.verb_first and (s.strip_clitic(s.keys[j]) in s.lex.subject_stops or joined_complementizer(s, j)
                             or (_is_complementizer(s, j) and not s.inside_quote(j))) and j < last:
            break  # ("، وأن الخبرة المحاسبية كشفت", "أفاد بأن شهود عيان قالوا": the subject after the complementizer)
        if s.verb_first and j < last and _returning_verb(s, j):
            last = _before_destination(s, j + 1, last)
            break  # "وعاد المصري ليؤكد أن …": the subject of the verb of coming back, not the verb
        if s.verb_first and j < last and s.keys[j] in s.lex.verb_particles and j - 1 >= s.a \
                and s.tokens[j - 1].is_word:
            last = j - 1  # "كان الإليزيه والبيت الأبيض قد نشرا بيانين يتحدثان فيهما": the subject is before "قد"
        j -= 1
    first = j + 1
    governed = False
    while first <= last and s.verb_first and (s.is_stop(first) or s.keys[first] in s.lex.auxiliaries):
        governed = s.keys[first] in s.lex.prepositions
        first += 1  # "وكان مصدر أمني قد أكد": the auxiliary is not part of the source
    if governed and first == last and not s.keys[first].startswith("ال") and first not in s.protected:
        return None  # "…، في خطوة قال إنها …": a noun after a preposition is not the speaker
    while first < last and s.verb_first and s.keys[first] in s.lex.topic_markers:
        first += 1  # "أما المعارضة فقد رأت …": the topic marker is not part of the subject
    while first < last and not s.verb_first and s.keys[first] in s.lex.auxiliaries:
        first += 1  # 'Now they say', 'Still, officials said': an adverb opening the clause is not the subject
    if first < last and not s.verb_first and s.keys[first] in ("who", "whom", "which") and first > s.a \
            and s.tokens[first - 1].text in COMMAS and not s.tokens[first].text.isupper():  # ('WHO': the body)
        first += 1  # 'The suspect, who police said was 24, …': the police speak
    if not s.verb_first and first < last:
        first = _after_restrictive_relative(s, first, last)  # 'A man who prosecutors say robbed …': prosecutors
    if not s.verb_first:
        last = _before_time_words(s, first, last)  # 'Donald Trump on Monday attacked …': the day is no part of it
        while first + 1 < last and _date_at(s, first):
            first += 2 + (s.tokens[first + 2].text in COMMAS)  # 'However on March 6 Mr Joseph wrote': not the date
        if first - 1 >= s.a and first - 1 in s.cue_tokens and first < last:
            timed = time_phrase_end(s, first)  # 'said on Monday she is certain …': the time is the report's, the
            first = timed if timed <= last else first  # nested clause's subject after it
        judged = claim_noun_aside(s, first)
        if judged is not None and judged <= last:
            first = judged  # '…, a claim the firm denies': the firm denies it
        first = _reduced_relative_subject(s, first, last)
        first = _after_opening_participle(s, first, last)
        first = _after_opening_prepositional(s, first, last)
        first = _after_addressee(s, first, last)
        first = _after_time_head(s, first, last)
    if first > last or last - first >= MAX_SOURCE_TOKENS:
        return None
    if s.verb_first and _object_before_cue(s, first, last):
        return right_source(s, first + 1, last)  # "ونشرت الخوذ البيضاء على حسابها صورا قالت إنها …"
    if s.verb_first and _verb_and_object_before_cue(s, first, last):
        return None  # "، ونشرت مقاطع مصورة قالت إنها …": the clips it published; it, the clause's subject, said
    if s.verb_first and first - 1 == _after_dateline(s, s.a, first) and first - 1 in s.cue_tokens \
            and last - first >= 2 \
            and any(s.keys[k] in s.lex.prepositions for k in range(first + 1, last + 1)):
        # "كشفت شركة أوبن إيه آي عن نموذج جديد قالت إنه …": the words after another cue are its subject and
        # object; the cue after them describes the object, and its speaker is that subject
        return right_source(s, first, last)
    if not s.verb_first and first < last and first > s.a:
        first = _past_opening_participle_object(s, first, last)
    if not s.verb_first and first - 2 >= s.a and _count_after_than(s, first):
        first -= 2  # 'More than 300 residents said': the count is the subject's, no comparison
    antecedent = _relative_antecedent(s, j) if s.verb_first and first <= last else None
    if antecedent is not None and last - antecedent < MAX_SOURCE_TOKENS:
        return antecedent, last  # "إن الدراسة التي أعدتها الجامعة أظهرت أن": the study, with its relative clause
    return first, last


def _count_after_than(s: Sentence, first: int) -> bool:
    """English 'More than 300 residents', 'Fewer than ten lawmakers': 'more', 'fewer' or 'less' opening the clause,
    'than', and a number at token `first`: a count of the people after it."""
    before = first - 3
    return s.keys[first - 1] == "than" and s.keys[first - 2] in ("more", "fewer", "less") \
        and (s.tokens[first].text[:1].isdigit() or s.keys[first] in s.lex.quantifiers) \
        and (before < s.a or not s.tokens[before].is_word or s.keys[before] in s.lex.leading_conjunctions)


def _past_opening_participle_object(s: Sentence, first: int, last: int) -> int:
    """English 'Speaking to reporters in Ohio Smith said …', 'Speaking on CNN Sen. Ann Ray said …': in a sentence
    that opens with a capitalised '-ing' participle and sets no comma before the cue, the words read as the
    subject begin with the object of the participle or of its last preposition. The subject starts at the first
    title, honorific or article after that object's first word ('Governor Ann Ray', 'the historian'); with none,
    when all the words are capitalised, after the object: a known place ('New York'), or one word ('Ohio'); else
    at the capitalised words closing them after a lower-case noun ('the Capitol rotunda Vick')."""
    opening = s.tokens[s.a]
    if not (opening.text[:1].isupper() and opening.key.endswith("ing") and len(opening.key) > 5) \
            or any(s.tokens[k].text in COMMAS or k in s.cue_tokens for k in range(s.a + 1, first)):
        return first
    for k in range(first, last):
        if s.keys[k] in s.lex.prepositions and s.tokens[k].text.islower():
            first = k + 1  # ('the committee in Washington the general': the last preposition's object)
    if first >= last or not (first - 1 == s.a or s.keys[first] in s.lex.determiners
                             or (s.keys[first - 1] in s.lex.prepositions and s.tokens[first - 1].text.islower())):
        return first  # ('outside the courthouse Hart': an article opens the object of a word read as no preposition)
    for k in range(first + 1, last + 1):
        if s.keys[k] in ("the", "a", "an") and s.tokens[k].text.islower():
            return k
        if is_capitalised(s.tokens[k].text) and (is_title(s, k) or s.keys[k] in s.lex.honorifics):
            return k  # ('Congress Dr. Lena Fisk', 'Ohio Mr. Hale')
    if not all(is_capitalised(s.tokens[k].text) for k in range(first, last + 1)):
        k = last
        while k > first and is_capitalised(s.tokens[k - 1].text):
            k -= 1  # ('in the Capitol rotunda Vick said': the name after the object's lower-case head)
        if k > first and s.keys[k - 1] in s.lex.determiners_or_prepositions:
            return _name_after_landmark(s, k, last) or first  # ('at the Lincoln Center Mark Ruiz')
        return k if is_capitalised(s.tokens[last].text) and k > first and s.tokens[k - 1].is_word else first
    named = _name_after_landmark(s, first, last)
    if named:
        return named
    place = max(_phrase_at(s, first, name) for name in ("countries", "capitals", "cities"))
    return first + max(place, 1) if first + max(place, 1) <= last else first


def _name_after_landmark(s: Sentence, first: int, last: int) -> int:
    """English 'Speaking in City Hall Vinter said', 'Speaking at Grace Church Tom Hale said': in a run of
    capitalised words (tokens `first` to `last`) that holds a place's name and then the speaker's, the speaker
    starts at a known first name after the run's first word, or else right after the last word that closes a
    place's name (landmark_nouns: 'Hall', 'Square', 'Center'); 0 when neither is there."""
    for k in range(first + 1, last + 1):
        if s.keys[k] in s.lex.female_names_or_male_names and k < last:
            return k
    return next((k + 1 for k in range(last - 1, first - 1, -1) if s.keys[k] in s.lex.landmark_nouns), 0)


_OBJECT_RELATIVE_DETERMINERS: Final = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my"))
_INDEFINITE_PRONOUNS: Final = frozenset(("something", "anything", "everything", "nothing"))


def _plain_lower(s: Sentence, k: int) -> bool:
    """English: token k is a lowercase word that is no function word (a noun or adjective of a noun phrase)."""
    key = s.keys[k]
    return s.tokens[k].is_word and s.tokens[k].text.islower() and \
        key not in s.lex.determiners_or_prepositions_or_subject_stops and \
        key not in s.lex.auxiliaries_or_be_forms_or_quantifiers and key not in s.lex.clause_subjects


def _reduced_relative_subject(s: Sentence, first: int, last: int) -> int:
    """English object relatives without 'that' before a cue: 'It was a move analysts said could fail', 'Crews
    repaired the bridge the inspectors had called unsafe'. The words before the cue run over a clause and the
    noun it ends with; the cue's subject is the noun phrase right before the cue: after a copula and its noun
    ('a move'), or from a second article that follows the first noun phrase directly ('the bridge the …')."""
    if any(s.keys[k] in ("who", "which", "that", "whom") for k in range(first, last + 1)):
        return first  # ('The man who was a witness said': a relative clause inside the subject)
    if _pronoun_after_object(s, first, last):
        return last  # 'The firm built a plant it says will hire 200': the pronoun alone is the subject
    copula = next((k for k in range(last - 2, first, -1) if s.keys[k] in s.lex.be_forms and s.tokens[k].text.islower()
                   and s.keys[k + 1] in _OBJECT_RELATIVE_DETERMINERS and s.tokens[k + 1].text.islower()), None)
    if copula is not None:  # 'It was a (risky) move analysts said': the speakers after the copula's noun
        speaker = next((k for k in range(copula + 3, last + 1) if is_capitalised(s.tokens[k].text)
                        or s.keys[k] in s.lex.clause_subjects
                        or (k == last and s.keys[k].endswith("s") and _plain_lower(s, k))), None)
        if speaker is not None and all(_plain_lower(s, k) for k in range(copula + 2, speaker)):
            return speaker
    for k in range(last, first + 1, -1):  # 'the bridge the inspectors': the second article opens the subject
        if s.keys[k] not in _OBJECT_RELATIVE_DETERMINERS or not s.tokens[k].text.islower() \
                or not _plain_lower(s, k - 1):
            continue
        if s.keys[k - 1] in _INDEFINITE_PRONOUNS and k < last:
            return k  # 'something a caller told …': the pronoun is the whole first noun phrase
        d = k - 1
        while d > first and _plain_lower(s, d):
            d -= 1
        if s.keys[d] in _OBJECT_RELATIVE_DETERMINERS and s.tokens[d].text.islower() and k < last:
            return k
    return _name_after_object(s, first, last)


_RELATIVE_SUBJECT_PRONOUNS: Final = frozenset(("it", "he", "she", "they", "we"))


def _pronoun_after_object(s: Sentence, first: int, last: int) -> bool:
    """English 'The firm built a plant it says will hire 200': a lower-case subject pronoun right before the cue,
    after an object noun phrase (a determiner and lower-case words, after a verb) and with a finite auxiliary
    straight after the one-word cue: the pronoun opens a subject relative on that noun ('a plant [that] it says
    [_] will hire …'), so the pronoun alone is the cue's subject."""
    if last - first < 3 or s.keys[last] not in _RELATIVE_SUBJECT_PRONOUNS or not s.tokens[last].text.islower() \
            or last + 2 >= s.b or s.keys[last + 2] not in s.lex.finite_auxiliaries or not _plain_lower(s, last - 1):
        return False
    d = last - 1
    while d > first and _plain_lower(s, d):
        d -= 1
    return d > first and s.keys[d] in _OBJECT_RELATIVE_DETERMINERS and s.tokens[d].text.islower() \
        and _plain_lower(s, d - 1)


def _initial(word: str) -> bool:
    """'F.', 'F' or a lone full stop: an initial inside a name."""
    return word == "." or (len(word) <= 2 and word[:1].isupper() and word[1:] in ("", "."))


def _name_after_object(s: Sentence, first: int, last: int) -> int:
    """English 'She retold the story Ana Ruiz told …', 'He cited the figure Dr. Lee gave …': a verb, its object (a
    determiner and lower-case words, no title) and then a capitalised name right before the cue: the name opens
    the object relative's subject, the speaker (not the verb and its object before it)."""
    name = last
    while name > first and (is_capitalised(s.tokens[name - 1].text) or _initial(s.tokens[name - 1].text)):
        name -= 1  # ('John F. Kennedy': the initial is in upper case)
    if not is_capitalised(s.tokens[name].text) or not is_capitalised(s.tokens[last].text) \
            or name - 2 <= first or not _plain_lower(s, name - 1) or is_title(s, name - 1):
        return first
    d = name - 1
    while d > first and _plain_lower(s, d):
        d -= 1
    if d > first and s.keys[d] in _OBJECT_RELATIVE_DETERMINERS and s.tokens[d].text.islower() \
            and _plain_lower(s, d - 1):
        return name
    return first


def _after_time_head(s: Sentence, first: int, last: int) -> int:
    """English 'This is the first time the company has said …', 'It was the last time Ms Ode spoke …': a copula
    and 'the … time' head a clause whose subject follows 'time'; the speaker starts there."""
    for k in range(first, last - 2):
        if s.keys[k] in s.lex.be_forms and s.tokens[k].text.islower() and s.keys[k + 1] == "the":
            for m in range(k + 2, min(last, k + 5)):
                if s.keys[m] == "time" and s.tokens[m].text.islower():
                    n = m + 1
                    if n + 1 < last and s.keys[n] in ("this", "last") and s.keys[n + 1] in s.lex.time_words:
                        n += 2  # 'the third time this year the minister has warned'
                    return n
            return first
    return first


def _after_addressee(s: Sentence, first: int, last: int) -> int:
    """English 'told Reuters his client denied …', 'told the Herald the mayor said …': right after a verb of
    telling, a capitalised addressee and then a determiner open the told clause; its subject starts at the
    determiner, not at whom it was told."""
    if first - 1 < s.a or first - 1 not in s.cue_tokens or s.keys[first - 1] not in s.lex.addressee_verbs:
        return first
    return next((k for k in range(first + 1, last + 1) if s.keys[k] in s.lex.determiners
                 and s.tokens[k].text.islower() and s.tokens[k - 1].text[:1].isupper()), first)


def _after_opening_participle(s: Sentence, first: int, last: int) -> int:
    """English 'Standing outside the court the lawyer said', 'Speaking to reporters in Ohio the senator said': a
    sentence opening with an '-ing' or '-ed' participle and no comma after its phrase; the subject is the last
    noun phrase before the cue (a pronoun, the words from the last determiner, or a capitalised name)."""
    opening = first - 1 if first - 1 >= s.a and first - 1 in s.cue_tokens else first
    word = s.tokens[opening].text
    if opening not in (s.a, _after_dateline(s, s.a, opening)) or first >= last or not is_capitalised(word) \
            or not s.keys[opening].endswith(("ing", "ed")) or len(word) < 5 or not s.tokens[opening + 1].text.islower():
        return first  # (not 'United Nations spokesman Stephane Dujarric')
    words = s.lex.words
    after = s.keys[opening + 1]
    if s.keys[opening].endswith("ed") and after.endswith("s") and not any(
            after in words[name] for name in ("determiners", "content_blockers", "source_stops", "adverbs")):
        return first  # 'Fossilized footprints found in New Mexico show': an adjective and its plural noun
    if s.keys[last] in s.lex.clause_subjects:
        return last  # 'Speaking in Ohio, he said' without its comma
    if opening + 2 <= last and (after in s.lex.organizations or after in s.lex.company_heads) \
            and s.tokens[opening + 2].text[:1].isupper() and s.tokens[last].text[:1].isupper() \
            and all(s.tokens[k].is_word and (s.tokens[k].text[:1].isupper() or s.keys[k] in s.lex.name_connectors)
                    for k in range(opening + 2, last + 1)):
        return first  # 'Consulting firm Ardent said', 'Mining company Kestrel said': a trade's noun before the name
        # (and its 'and' or 'of': 'Accounting firm Barrow and Lane said')
    for k in range(last - 1, first, -1):
        if s.keys[k] in s.lex.determiners:
            return k  # 'the lawyer'
        if not s.tokens[k].is_word or s.keys[k] in s.lex.prepositions:
            break
    k = last
    while k > first and (s.tokens[k - 1].text[:1].isupper() or s.tokens[k - 1].text == ".") \
            and s.keys[k - 1] not in s.lex.time_words:
        k -= 1  # 'Mr. Trump', not 'on Friday Mr. Trump'
    return k if s.tokens[last].text[:1].isupper() and k > first else first


def _after_opening_prepositional(s: Sentence, first: int, last: int) -> int:
    """English 'In his speech the mayor promised …', 'In a statement Mayor Ruiz said …': a sentence opening with a
    prepositional phrase and no comma after it; the subject is the last phrase opened by a determiner after a noun
    of the phrase, or the run of capitalised words closing it after a lower-case noun."""
    words = s.lex.words
    if first not in (s.a, _after_dateline(s, s.a, first)) or last - first < 2 \
            or s.keys[first] not in s.lex.prepositions or not is_capitalised(s.tokens[first].text):
        return first
    if not all(s.tokens[k].is_word for k in range(first, last + 1)):
        return first
    for k in range(last, first + 1, -1):
        prev = s.tokens[k - 1]
        if s.keys[k] in ("the", "a", "an") and not any(
                prev.key in words[name] for name in ("prepositions", "determiners", "possessives", "quantifiers")):
            return k  # 'In his speech the mayor', 'In Ohio the senator', 'In a report by the agency the ministry'
    k = last
    while k > first + 2 and is_capitalised(s.tokens[k - 1].text):
        k -= 1
    if is_capitalised(s.tokens[last].text) and k > first + 2 and s.tokens[k - 1].text.islower() \
            and s.keys[k - 1] not in s.lex.determiners_or_prepositions:
        return k  # 'In a statement Mayor Ruiz'
    return first


_DOTTED_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,}")  # 'U.S.', 'U.K.'


def _naming_phrase_to(s: Sentence, j: int) -> bool:
    """English 'a woman who gave her name as Maria', 'a man identified only as Karim': token j ('as') closes a
    phrase of `naming_verbs` that gives the name of someone described before it; the name is part of the mention."""
    return not s.verb_first and j + 1 < s.b and is_capitalised(s.tokens[j + 1].text) and any(
        _phrase_at(s, m, "naming_verbs", singles=False) == j - m + 1 for m in range(max(s.a, j - 5), j))


def _and_inside_name(s: Sentence, j: int) -> bool:
    """English 'the Centers for Disease Control and Prevention', 'Procter and Gamble': 'and' between two
    capitalised words of a name that goes on before them ('for', 'of' or a third capitalised word), or that a
    lower-case company head opens ('Accounting firm Barrow and Lane', 'the carmaker Hale and Sons')."""
    if s.verb_first or s.keys[j] != "and" or j - 2 < s.a or j + 1 >= s.b:
        return False
    before, after, earlier = s.tokens[j - 1].text, s.tokens[j + 1].text, s.tokens[j - 2]
    return is_capitalised(before) and is_capitalised(after) and (
        is_capitalised(earlier.text) or earlier.key in s.lex.name_connectors
        or _DOTTED_INITIALS.fullmatch(earlier.text) is not None  # ('the U.S. Food and Drug Administration')
        or (earlier.key in s.lex.company_heads and earlier.text.islower()))


def _list_end(s: Sentence, j: int, limit: int) -> int:
    """English: the last capitalised word of the list of names that the comma at j opens ('…, Bakers and Grain
    Traders'), before `limit`; j when no capitalised word follows."""
    end, k = j, j + 1
    while k < limit and k - j < 10 and (_place_word(s, k) or s.tokens[k].text == "," or s.keys[k] == "and"):
        if _place_word(s, k):
            end = k
        k += 1
    return end


def _list_in_body_name(s: Sentence, j: int, last: int) -> bool:
    """English 'The Kenya Nurses, Midwives and Carers Union said', 'the Federation of Millers, Bakers and Grain
    Traders said': a comma or the 'and' of a list of capitalised words inside a body's name that closes the subject
    at `last`: the list either ends with a body noun ('Union') or follows 'of' after one ('Federation of'); the
    name opens the clause (or 'the' or 'that' before it); no preposition or time word among its capitalised words
    ('In Lagos, Nurses and Carers Union said': the place opens the sentence, the union speaks)."""
    if s.verb_first or not (s.tokens[j].text == "," or s.keys[j] == "and") or not j < last <= j + 8 \
            or not _place_word(s, last):
        return False
    lex = s.lex
    p = j
    while p - 1 >= s.a and j - p < 10 and (_place_word(s, p - 1) or s.tokens[p - 1].text == ","
                                            or s.keys[p - 1] in ("and", "of")):
        p -= 1
    if p - 1 >= s.a and s.keys[p - 1] not in ("the", "that") and p - 1 not in s.cue_tokens:
        return False
    if s.keys[p] == "the":
        p += 1
    commas = [k for k in range(p, last + 1) if s.tokens[k].text == ","]
    ands = [k for k in range(p, last + 1) if s.keys[k] == "and"]
    if not commas or len(ands) != 1 or ands[0] < commas[-1] or not p < commas[0]:
        return False
    if not all(_place_word(s, k - 1) and _place_word(s, k + 1) for k in commas + ands):
        return False  # (each comma and the 'and' between two capitalised words)
    if any(_place_word(s, k) and (s.keys[k] in lex.prepositions or s.keys[k] in lex.months_or_pronouns_or_time_words)
           for k in range(p, last + 1)):
        return False
    of = next((k for k in range(commas[0] - 1, p, -1) if s.keys[k] == "of"), None)
    if of is not None:
        return s.keys[of - 1] in lex.government_or_organizations and _place_word(s, of - 1)
    return s.keys[last] in lex.government_or_organizations and (commas[0] - p >= 2 or p - 1 >= s.a)


def _group_noun(s: Sentence, k: int) -> bool:
    """English: token k heads a mention of speakers ('officials', 'firefighters', 'police', 'the ministry')."""
    key = s.keys[k]
    singular = key[:-1] if key[-1:] == "s" else key
    return any(w in s.lex.anonymous_or_government for w in (key, singular)) \
        or (singular != key and singular in s.lex.titles)  # 'leaders', 'lawmakers': a plural role


def _and_others(s: Sentence, j: int, last: int) -> bool:
    """English 'Rep. Tom Hale and others said …', 'The mayor and several others said …': 'and' after a name or a
    title, then 'others' right before the cue (a quantifier at most between): one subject, the whole
    coordination."""
    return not s.verb_first and s.keys[j] == "and" and j - 1 >= s.a and s.keys[last] == "others" \
        and j < last <= j + 2 and all(s.keys[k] in s.lex.quantifiers for k in range(j + 1, last)) \
        and (is_capitalised(s.tokens[j - 1].text) or s.keys[j - 1] in s.lex.titles)


def _and_name_then_group(s: Sentence, j: int, last: int) -> bool:
    """English 'Lane and two other council members called for …', 'Mayor Ruiz and several aides said …': 'and'
    between a name (capitalised words only, at most four, opening the clause) and a counted or possessed plural
    phrase right before the cue (a number, a quantifier or a possessive, then lower-case words ending in a plural
    head): one subject, the whole coordination."""
    if s.verb_first or s.keys[j] != "and" or j - 1 < s.a or not j + 1 < last <= j + 5 \
            or not (s.tokens[j + 1].text[:1].isdigit() or s.keys[j + 1] in s.lex.quantifiers
                    or s.keys[j + 1] in s.lex.possessives) \
            or s.keys[j + 1] in ("a", "an", "one") \
            or not all(s.tokens[k].is_word and s.tokens[k].text.islower() and k not in s.cue_tokens
                       for k in range(j + 2, last + 1)) \
            or not (s.keys[last].endswith("s") or s.keys[last] in s.lex.anonymous):
        return False
    k = j - 1
    while k > s.a and ((s.tokens[k].is_word and s.tokens[k].text[:1].isupper()) or _abbreviation_stop(s, k)) \
            and k not in s.cue_tokens:
        k -= 1
    if k == s.a and s.tokens[k].is_word and s.tokens[k].text[:1].isupper() and k not in s.cue_tokens:
        k -= 1
    return k < j - 1 and j - 1 - k <= 5 and (k < s.a or s.tokens[k].text in COMMAS or _is_complementizer(s, k))


def _and_joining_groups(s: Sentence, j: int, last: int) -> bool:
    """English 'Police and firefighters said …', 'Officials and local doctors say …', 'The Ruiz campaign and the
    party did not respond …': 'and' between two mentions of speakers (heads in `anonymous`, `government` or
    `organizations`), the second right before the cue (at most three
    words), the first opening the clause (only capitalised words, determiners or quantifiers before its head): one
    subject ('The plan angered farmers and officials said' is two clauses)."""
    if s.verb_first or s.keys[j] != "and" or j - 1 < s.a \
            or not (_group_or_body(s, j - 1) or _named_head(s, j - 1)):
        return False
    last = _before_places(s, j, last)
    if _group_or_body(s, j - 1) and _person_then_cue(s, j, last):
        return _body_opening_clause(s, j)  # 'The audit board and Mr. Okafor said', 'The ministry and the
        # mayor said': a body and a person named together
    if not j < last <= j + 3 or not (_group_or_body(s, last) or (_named_head(s, last) and all(
            s.keys[k] == "the" or s.tokens[k].text[:1].isupper() for k in range(j + 1, last + 1)))) \
            or not (_group_or_body(s, j - 1) or _group_or_body(s, last)) \
            or not all(s.tokens[k].is_word and k not in s.cue_tokens for k in range(j + 1, last + 1)):
        return False  # ('Police and the FBI said', 'The FBI and police said': a group and a body's name)
    return _clause_opening_mention(s, j)


def _clause_opening_mention(s: Sentence, j: int) -> bool:
    """English: the words before 'and' at token j, up to the clause's opening, are one mention headed by the word
    right before 'and' (only capitalised words, determiners or quantifiers before it, at most four words)."""
    k = j - 2
    while k >= s.a and s.tokens[k].is_word and s.keys[k] not in s.lex.subject_stops:
        if not (is_capitalised(s.tokens[k].text) or s.keys[k] in s.lex.determiners_or_quantifiers) or j - k > 4:
            return False
        k -= 1
    return True


def _body_opening_clause(s: Sentence, j: int) -> bool:
    """English 'The audit board and …', 'The Lund city council and …': the words before 'and' at token j open the
    clause (its first token, or after a comma) with a determiner or a capitalised word, then at most four words,
    none a verb in '-ed', an auxiliary, a stop or a cue ('The plan angered the board and …' does not open so)."""
    k = j - 1
    while k >= s.a and s.tokens[k].is_word and j - k <= 5:
        k -= 1
    first = k + 1
    if first >= j or (k >= s.a and s.tokens[k].text not in COMMAS) or j - first > 5:
        return False
    if not (s.keys[first] in s.lex.determiners or is_capitalised(s.tokens[first].text)):
        return False
    return all(k not in s.cue_tokens and not s.keys[k].endswith("ed")
               and s.keys[k] not in s.lex.auxiliaries_or_subject_stops for k in range(first, j))


def _person_then_cue(s: Sentence, j: int, last: int) -> bool:
    """English: the words after 'and' at token j up to `last` (right before the cue) name one person: an
    honorific's name ('Mr. Okafor', 'Dr. Lena Fox': capitalised words and the honorific's full stop, at most five
    tokens) or a determiner and a lower-case title ('the mayor')."""
    if last == j + 2 and s.keys[j + 1] in s.lex.determiners and s.keys[last] in s.lex.titles \
            and s.tokens[last].text.islower() and last not in s.cue_tokens:
        return True
    return j + 2 < last <= j + 5 and s.keys[j + 1].rstrip(".") + "." in s.lex.abbreviations \
        and s.tokens[j + 1].text[:1].isupper() and _abbreviation_stop(s, j + 2) and all(
            k not in s.cue_tokens and (_abbreviation_stop(s, k) or _named_head(s, k)) for k in range(j + 1, last + 1))


def _group_or_body(s: Sentence, k: int) -> bool:
    """English: token k heads a mention of speakers ('officials', 'police') or of a body ('the campaign', 'the
    union', 'unions')."""
    key = s.keys[k]
    return _group_noun(s, k) or key in s.lex.organizations or (key[-1:] == "s" and key[:-1] in s.lex.organizations)


def _and_joining_titles(s: Sentence, j: int, last: int) -> bool:
    """English 'The mayor and the governor said …', 'The coach and his captain say …': 'and' between two titles
    each right after a determiner, the second right before the cue, the first opening the clause: one subject of
    two speakers ('The plan angered the mayor and the governor said …' is two clauses)."""
    if s.verb_first or s.keys[j] != "and" or j - 2 < s.a or last != j + 2:
        return False
    first = j - 2
    return s.keys[first] in s.lex.determiners and s.keys[j + 1] in s.lex.determiners \
        and s.keys[j - 1] in s.lex.titles and s.keys[last] in s.lex.titles \
        and all(s.tokens[k].text.islower() for k in (j - 1, j + 1, last)) \
        and (first == s.a or not s.tokens[first - 1].is_word or s.keys[first - 1] in s.lex.leading_conjunctions
             or first == _after_dateline(s, s.a, first))


def _and_joining_modifiers(s: Sentence, j: int, last: int) -> bool:
    """English 'The transport and labour ministers of Ontario and Quebec said …', 'The fire and rescue services
    said …': 'the' opening the clause, a lower-case word, 'and', a lower-case word and a plural of a title or a
    head of speakers (the two words qualify one head), then the cue or a phrase of places ('of', 'in' or 'from'
    and capitalised names): one subject, not 'labour ministers …' alone ('The plan angered the transport and
    labour ministers said' is no subject: the clause does not open with 'the')."""
    if s.verb_first or s.keys[j] != "and" or j - 2 < s.a or j + 2 > last or s.keys[j - 2] != "the":
        return False
    head = j + 2
    if head != last and not (s.keys[head + 1] in ("of", "in", "from") and head + 1 < last
                             and all(_place_word(s, k) or s.tokens[k].text == "," or s.keys[k] in ("and", "the")
                                     for k in range(head + 2, last + 1))):
        return False
    if not all(s.tokens[k].is_word and s.tokens[k].text.islower() and k not in s.cue_tokens
               and not s.keys[k].endswith("ed") and s.keys[k] not in s.lex.auxiliaries_or_subject_stops
               for k in (j - 1, j + 1, head)) or not s.keys[head].endswith("s"):
        return False  # ('the energy and mining ministers': an '-ing' word may qualify a head)
    key = s.keys[head]
    if not _group_noun(s, head) and not (key.endswith("ies") and key[:-3] + "y" in s.lex.titles):
        return False  # ('secretaries', 'deputies')
    first = j - 2
    return first == s.a or not s.tokens[first - 1].is_word or s.keys[first - 1] in s.lex.leading_conjunctions \
        or first == _after_dateline(s, s.a, first)


def _and_inside_of_phrase(s: Sentence, j: int, last: int) -> bool:
    """English 'A coalition of farmers and ranchers said …': 'and' joining two plain nouns after 'of' (one or two
    lower-case words on each side, no verb form, the second right before the cue) is inside the subject."""
    if s.verb_first or s.keys[j] != "and" or not j < last <= j + 2:
        return False
    of = next((k for k in range(j - 1, max(s.a, j - 4), -1) if s.keys[k] == "of"), None)
    if of is None or of - 1 < s.a or not s.tokens[of - 1].is_word:
        return False
    return all(s.tokens[k].is_word and s.tokens[k].text.islower() and k not in s.cue_tokens
               and not s.keys[k].endswith("ed") and s.keys[k] not in s.lex.auxiliaries_or_subject_stops
               for k in range(of + 1, last + 1) if k != j)


def _and_after_both(s: Sentence, j: int, last: int) -> bool:
    """English 'Majorities of both Republicans and independents said …', 'Both the mayor and her deputy said …':
    'and' answering 'both' (at most three words before it) joins two nouns of one subject, the second right before
    the cue (at most three words, no verb form): the pair is one subject, not two clauses."""
    if s.verb_first or s.keys[j] != "and" or not j < last <= j + 3:
        return False
    both = next((k for k in range(j - 1, max(s.a - 1, j - 5), -1) if s.keys[k] == "both"), None)
    if both is None or both + 1 == j or not (both == s.a or s.keys[both - 1] == "of" or not s.tokens[both - 1].is_word):
        return False  # ('The plan angered both farmers and officials said …': 'both' inside another clause)
    return all(s.tokens[k].is_word and k not in s.cue_tokens and not s.inside_quote(k)
               and not (s.tokens[k].text.islower() and s.keys[k].endswith("ed"))
               and s.keys[k] not in s.lex.auxiliaries_or_subject_stops
               for k in range(both + 1, last + 1) if k != j)


def _and_inside_compound(s: Sentence, j: int, last: int) -> bool:
    """English '…, the search and rescue agency said', '…, the fire and rescue service said': 'and' joining two
    plain nouns that modify the head noun right before the cue, all after an article that opens the clause
    after a comma (one or two lower-case words between them): one body, not two clauses."""
    if s.verb_first or s.keys[j] != "and" or not j + 1 < last <= j + 2:
        return False
    det = next((k for k in range(j - 1, max(s.a - 1, j - 4), -1) if s.keys[k] in ("the", "a", "an")), None)
    if det is None or det <= s.a or s.tokens[det - 1].text not in COMMAS:
        return False
    return all(s.tokens[k].is_word and s.tokens[k].text.islower() and k not in s.cue_tokens
               and not s.keys[k].endswith(("ed", "ing")) and
               s.keys[k] not in s.lex.auxiliaries_or_determiners_or_subject_stops
               for k in range(det + 1, last + 1) if k != j)


def _named_head(s: Sentence, k: int) -> bool:
    """English: token k closes a name or an acronym ('the FBI', 'Interpol'), not a pronoun or a month."""
    return s.tokens[k].is_word and s.tokens[k].text[:1].isupper() and \
        s.keys[k] not in s.lex.months_or_pronouns_or_time_words


def _before_places(s: Sentence, j: int, last: int) -> int:
    """English 'police and prosecutors in Dorset', 'leaders from Chile, Peru and Bolivia': the last word before a
    phrase of places ('in', 'from' or 'across' and capitalised names, commas and 'and') that closes the subject at
    `last`; `last` itself when no such phrase closes it."""
    k = last
    while k > j + 1 and (_place_word(s, k) or s.tokens[k].text == "," or s.keys[k] == "and"):
        k -= 1
    if k < last and k > j + 1 and s.keys[k] in ("in", "from", "across") and _place_word(s, last):
        return k - 1
    return last


def thousands_comma(s: Sentence, k: int) -> bool:
    """Token k is a comma glued between two runs of digits ('5,000')."""
    return s.a < k < s.b - 1 and s.tokens[k].text == "," and s.tokens[k - 1].text.isdigit() \
        and s.tokens[k + 1].text.isdigit() and s.tokens[k - 1].end == s.tokens[k].start \
        and s.tokens[k].end == s.tokens[k + 1].start


def _comma_in_place_list(s: Sentence, j: int, last: int) -> bool:
    """English 'Leaders from Chile, Peru and Bolivia said …': a comma between two places of a list that closes the
    subject at `last` ('and' before its last place), after 'in', 'from' or 'across' and a mention of speakers."""
    if s.verb_first or s.tokens[j].text != "," or not j < last <= j + 6 \
            or not any(s.keys[k] == "and" for k in range(j + 1, last)) \
            or not all(_place_word(s, k) or s.keys[k] == "and" or s.tokens[k].text == ","
                       for k in range(j + 1, last + 1)):
        return False
    return _speakers_before_places(s, j, documents=False)


def _speakers_before_places(s: Sentence, j: int, documents: bool) -> bool:
    """English: the places (names and commas, up to six tokens) right before token j follow 'in', 'from' or
    'across' after a mention of speakers ('Leaders from Chile, …', 'Officials in Ohio …'), or of a document
    when `documents` ('Recent polls in Ohio …')."""
    k = j - 1
    while k > s.a and j - k <= 6 and (_place_word(s, k) or s.tokens[k].text == ","):
        k -= 1
    return k < j - 1 and s.keys[k] in ("in", "from", "across") and k - 1 >= s.a \
        and (_group_noun(s, k - 1) or (documents and s.keys[k - 1] in s.lex.documents))


def _place_word(s: Sentence, k: int) -> bool:
    """A word of a place's or a body's name in a list after 'in'/'from': capitalised or an acronym ('GM')."""
    return s.tokens[k].is_word and s.tokens[k].text[:1].isupper()


def _and_joining_places(s: Sentence, j: int, last: int) -> bool:
    """English 'Officials in Ohio and Iowa said …', 'Recent polls in Ohio and Iowa have shown …': 'and' between two
    names after 'in', 'from' or 'across', after a mention of speakers or a document, right before the cue: the
    places of one subject ('He campaigned in Ohio and Trump said' is two clauses: no speakers before 'in')."""
    if s.verb_first or s.keys[j] != "and" or j - 3 < s.a or not j < last <= j + 3 \
            or not all(_place_word(s, k) for k in range(j + 1, last + 1)):
        return False
    return _speakers_before_places(s, j, documents=True)


def _and_joining_names(s: Sentence, j: int, last: int) -> bool:
    """English 'Reuters and CNN said …', 'Cole and Governor Tim Shaw said …': 'and' between two names (capitalised
    words only, at most four each), the first opening the clause, the second right before the cue: one subject
    ('Clinton met Trump and Obama said …' is two clauses: the first name does not open it; the full stop of an
    honorific is part of a name: 'Ms. Ode and Mr. Hume say …')."""
    if s.verb_first or s.keys[j] != "and" or j - 1 < s.a or not j < last <= j + 4 \
            or not all((s.tokens[k].is_word and s.tokens[k].text[:1].isupper() and k not in s.cue_tokens)
                       or (k > j + 1 and _abbreviation_stop(s, k)) for k in range(j + 1, last + 1)):
        return False  # ('CNN': an acronym is a name too)
    k = j - 1
    while k >= s.a and ((s.tokens[k].is_word and s.tokens[k].text[:1].isupper() and k not in s.cue_tokens)
                        or (k > s.a and _abbreviation_stop(s, k))):
        k -= 1
    return k < j - 1 and j - 1 - k <= 4 and (k < s.a or s.tokens[k].text in COMMAS or _is_complementizer(s, k))


def _and_in_conduit_list(s: Sentence, j: int) -> bool:
    """English 'Officials cited by The Wall Street Journal and CNN said': 'and' between two outlets named after a
    conduit marker ('cited by', 'quoted by') joins the outlets, not two subjects."""
    return s.keys[j] == "and" and _in_conduit_list(s, j)


def _in_conduit_list(s: Sentence, j: int) -> bool:
    """English 'cited by Reuters and CNN', 'cited by Reuters, CNN and the Daily Ledger': 'and' or a comma
    between outlets named after a conduit marker ('cited by', 'quoted by'); a comma only when 'and' ends the list."""
    comma = s.tokens[j].text == ","
    if s.verb_first or not (comma or s.keys[j] == "and") or j + 1 >= s.b \
            or not (s.tokens[j + 1].text[:1].isupper() or s.keys[j + 1] == "the"):
        return False
    if comma:
        k = j + 1
        while k < s.b and k - j < 8 and s.tokens[k].is_word and (s.tokens[k].text[:1].isupper()
                                                                  or s.keys[k] == "the"):
            k += 1
        if k >= s.b or (s.keys[k] != "and" and not (s.tokens[k].text == "," and _in_conduit_list(s, k))):
            return False
    k = j - 1
    while k > s.a and j - k < 12 and (s.tokens[k].is_word or s.tokens[k].text == ",") \
            and (s.tokens[k].text[:1].isupper() or s.keys[k] == "the" or s.tokens[k].text == ","):
        k -= 1
    return k < j - 1 and any(_conduit_marker_at(s, m) == k + 1 - m for m in (k - 1, k) if m >= s.a)


def digit_group_comma(s: Sentence, j: int) -> bool:
    """Token j is a comma glued between digits ('4,000', '1,200,000'): part of a number, no clause's comma."""
    return s.a < j < s.b - 1 and s.tokens[j].text == "," and s.tokens[j - 1].text.isdigit() \
        and s.tokens[j + 1].text.isdigit() and s.tokens[j - 1].end == s.tokens[j].start \
        and s.tokens[j].end == s.tokens[j + 1].start


def is_capitalised(word: str) -> bool:
    """A word written with a capital first letter, not in an upper-case line ('May', not 'MAY' or 'may')."""
    return word[:1].isupper() and not word.isupper()


def _possessive_apostrophe(s: Sentence, j: int) -> bool:
    """English "Farmers' Union", "the Smiths' lawyer": an apostrophe glued to a word in -s, a space and a word
    after it, and no quotation closing there."""
    tok = s.tokens[j]
    return tok.text in "'’" and s.a < j < s.b - 1 and s.tokens[j - 1].end == tok.start \
        and s.tokens[j - 1].text[-1:] in "sS" and s.tokens[j + 1].start > tok.end and s.tokens[j + 1].is_word \
        and s.quote_ending(j) is None


def claim_noun_aside(s: Sentence, i: int) -> int | None:
    """English '…, a claim the firm denies', '…, a charge that his campaign called false': after a comma, an
    article and a noun naming a statement, then the subject of a cue a few words on. Returns where that subject
    starts."""
    after_comma = i > s.a and (s.tokens[i - 1].text in COMMAS or (
        s.tokens[i - 1].text in QUOTE_MARKS and s.text[s.tokens[i - 1].start - 1:s.tokens[i - 1].start] in COMMAS)
        or (s.tokens[i - 1].text in "—–―-" and i - 2 > s.a
            and (s.tokens[i - 2].is_word or s.tokens[i - 2].text == s.tokens[i - 1].text)))  # ('… -- a claim X denies')
    if s.verb_first or not after_comma or i + 2 >= s.b:
        return None
    bare = s.keys[i].endswith("s") and s.keys[i] in s.lex.claim_nouns  # '…, claims the hospital rejects'
    if not bare and (s.keys[i] not in s.lex.determiners or s.keys[i + 1] not in s.lex.claim_nouns):
        return None
    first = i + 2 - bare
    first += s.keys[first] in ("that", "which")
    if first >= s.b or not s.tokens[first].is_word or s.keys[first] in s.lex.prepositions:
        return None
    for j in range(first + 1, min(s.b, first + 5)):
        if j in s.cue_tokens:
            return first
        if not s.tokens[j].is_word:
            return None
    return None


def _claim_after_dashes(s: Sentence, j: int) -> bool:
    """English '… -- a claim the firm denies', '… — a charge that engineers dispute': a dash (or two) at token j
    and, after it, a claim noun with the subject of a cue."""
    k = j
    while k + 1 < s.b and s.tokens[k + 1].text == s.tokens[j].text:
        k += 1
    return k + 1 < s.b and claim_noun_aside(s, k + 1) is not None


def judged_claim(s: Sentence, subject: int) -> int | None:
    """Where the article of '…, a claim the firm denies' stands, when the subject at token `subject` is the firm.
    (Remembered on the sentence: nearly half the questions are asked again for the same subject.)"""
    judged = s.judged
    if subject in judged:
        return judged[subject]
    found = judged[subject] = _judged_claim(s, subject)
    return found


def _judged_claim(s: Sentence, subject: int) -> int | None:
    return next((k for k in (subject - 1, subject - 2, subject - 3) if k > s.a and claim_noun_aside(s, k) == subject),
                None)


def _object_before_cue(s: Sentence, first: int, last: int) -> bool:
    """Arabic: the words before a cue are a whole clause — its verb, subject, a prepositional phrase and an
    indefinite object in the accusative ('صورا', 'بيانا') — and the cue describes that object ('… صورا قالت
    إنها …': pictures it said were …), so its speaker is the clause's subject, after the verb."""
    if last - first < 2 or last in s.protected or not s.tokens[last].is_word:
        return False
    key = s.keys[last]
    documents = s.lex.documents_or_shown_media
    document = key in documents or (key[:1] == "ب" and key[1:] in documents)
    if key.startswith("ال") or len(key) < 4 or not (key.endswith("ا") or document):
        return False  # (an accusative ending, or a recording that shows none: 'بثت الوكالة … فيديو زعمت أنه')
    if last - first == 2:  # 'ونشرت الصحيفة صورا تظهر أن', 'وأصدرت الوزارة بيانا يؤكد': verb, subject, document
        verb, subject = s.keys[first], s.keys[first + 1]
        return (document or key[:-1] in documents) and first not in s.protected \
            and not verb.startswith(("ال", "وال", "فال")) and verb not in s.lex.cue_prepositions \
            and (subject.startswith("ال") or first + 1 in s.protected)
    if document:
        return True  # ('وردت حركة حماس على ذلك ببيان اعتبرت فيه أن': the statement it replied with)
    return any(s.keys[k] in s.lex.prepositions or s.keys[k].startswith("لل")
               for k in range(first + 2, last))


def _verb_and_object_before_cue(s: Sentence, first: int, last: int) -> bool:
    """Arabic: the words before a cue are a coordinated verb with no subject written ('ونشرت') and an indefinite
    object ('مقاطع مصورة') that the cue describes; not a subject opened by 'و' ('ومصادر مطلعة قالت')."""
    key = s.keys[first]
    if first >= last or last - first > 3 or key[:1] != "و" or key.startswith(("وال", "وو")) or len(key) < 4 \
            or first in s.protected or first - 1 < s.a or s.tokens[first - 1].text not in COMMAS:
        return False
    bare = key[1:]
    heads = s.lex.union("anonymous", "organizations", "government", "documents", "titles", "professions")
    if bare in heads or "ال" + bare in heads or key in heads:
        return False
    return all(s.tokens[k].is_word and not s.keys[k].startswith("ال") and k not in s.protected
               and not s.is_stop(k) for k in range(first + 1, last + 1))


def _relative_antecedent(s: Sentence, relative: int) -> int | None:
    """Arabic: the first token of the definite noun phrase before the relative pronoun at `relative`, when a
    relative clause stands between it and a cue (None when token `relative` is no relative pronoun)."""
    if relative - 1 < s.a or s.keys[relative] not in s.lex.relatives:
        return None
    first = relative - 1
    if not s.tokens[first].is_word or not s.keys[first].startswith("ال") or s.is_stop(first) or first in s.cue_tokens:
        return None
    while first - 1 >= s.a and relative - first < 4 and s.keys[first - 1].startswith("ال") \
            and not s.is_stop(first - 1) and first - 1 not in s.cue_tokens:
        first -= 1
    return first


def _title_quote_mark(s: Sentence, j: int) -> bool:
    """A quotation mark at token j that belongs to no quotation (the parser read the marks as a title's:
    'صحيفة "واشنطن بوست"') and stands inside a short name, not at a quotation's edge."""
    if s.quote_at(j) or s.quote_ending(j) or s.inside_quote(j):
        return False
    return any(s.tokens[k].text in QUOTE_MARKS for k in range(max(s.a, j - 5), j)) or \
        any(s.tokens[k].text in QUOTE_MARKS for k in range(j + 1, min(s.b, j + 6)))


PARTS_OF_DAY: Final = ("morning", "afternoon", "evening", "night")


def _before_time_words(s: Sentence, first: int, last: int) -> int:
    """English: the last token of a subject before a time phrase that ends it ('on Monday', 'today',
    'just this month', 'last week')."""
    key, times = s.keys[last], s.lex.time_words
    if key in PARTS_OF_DAY and s.tokens[last].text.islower() and last > first and (
            (s.keys[last - 1] in times and is_capitalised(s.tokens[last - 1].text)) or s.keys[last - 1] == "last"):
        # 'Hutchins on Tuesday night said', 'Hutchins last night said': the part of the day goes with the day
        return _before_time_words(s, first, last - 1) if s.keys[last - 1] != "last" else max(first, last - 2)
    if key not in times:
        return last
    if any(s.tokens[k].text.islower() and (s.keys[k].endswith("ed") or s.keys[k] in s.lex.irregular_pasts)
           for k in range(first, last)):
        return last  # ('a report released last year found', 'A letter sent to members on Friday said': the time
        # belongs to the participle)
    if key in ("today", "tonight", "tomorrow") and is_capitalised(s.tokens[last].text) and last > first \
            and s.tokens[last - 1].text[:1].isupper():
        return last  # ('newspaper Kelvaria Today', 'USA Today': a word written in lower case, capitalised in a name)
    if last - first >= 2 and s.keys[last - 1] == "on":
        return last - 2  # 'on Monday'
    cut = last - 1 if last > first else last  # 'today', 'Monday'
    if last - first >= 2 and s.keys[last - 1] in ("this", "last"):
        cut = last - 3 if s.keys[last - 2] == "just" and last - 3 >= first else last - 2
    if cut < last and cut > first and s.keys[cut] in _DATING_PREPOSITIONS:
        return last  # 'A report from last month found', 'the memo of Friday said': the time dates the noun
    return cut


_DATING_PREPOSITIONS: Final = frozenset({"from", "of", "since"})


def _date_at(s: Sentence, j: int) -> bool:
    """English: a capitalised month name and a day number at token j ('March 6')."""
    return j + 1 < s.b and s.keys[j] in s.lex.months and s.tokens[j].text[:1].isupper() \
        and s.tokens[j + 1].text.isdigit()


def manner_adverb(s: Sentence, j: int) -> bool:
    """English 'has sharply criticized', 'which strongly denied': a lower-case '-ly' adverb between a subject
    and its cue is not part of the subject."""
    key, tok = s.keys[j], s.tokens[j]
    return len(key) > 4 and key.endswith("ly") and tok.text[:1].islower() and key not in s.lex.ly_nouns \
        and (s.keys[j - 1] not in s.lex.determiners or s.keys[j - 1] == "that")  # ('that egregiously said')


def _party_tag_open(s: Sentence, close: int) -> int | None:
    """The '(' of a short capitalised tag closed at token `close` and written right after a capitalised name:
    '(R-Utah)', '(D)', '(Vt.)'."""
    for k in range(close - 1, max(s.a, close - 5) - 1, -1):
        if s.tokens[k].text == "(":
            inner = [t for t in s.tokens[k + 1:close] if t.is_word]
            named = k - 1 >= s.a and s.tokens[k - 1].text[:1].isupper()
            return k if named and inner and all(t.text[:1].isupper() for t in inner) else None
        if s.tokens[k].text in CLAUSE_PUNCT or s.tokens[k].text == ")":
            return None
    return None


def party_tag_after(s: Sentence, end: int) -> int | None:
    """English: the ')' of a short capitalised tag in brackets written right after a name ending at token `end`
    ('Rep. Gwen Moore (D-Wis.)', 'Gov. Pat Lowe (R)'), else None. (A tag set off by commas, 'Mitch McConnell,
    R-Ky., said', stays out of the mention, as `_name_before_party_tag` reads it.)"""
    if s.verb_first or end + 2 >= s.b or not s.tokens[end].text[:1].isupper() or s.tokens[end + 1].text != "(":
        return None
    close = next((k for k in range(end + 2, min(s.b, end + 7)) if s.tokens[k].text == ")"), None)
    return close if close is not None and _party_tag_open(s, close) == end + 1 else None


def named_part(s: Sentence, src: tuple[int, int]) -> tuple[int, int]:
    """English: words before a subject's first capitalised word that cannot open a noun phrase are not part
    of it ('blasted recent Republican claims' -> 'Republican'; not 'advisers to Mr. Obama', 'all the experts')."""
    first, last = src
    if not s.verb_first and first < last and s.keys[first] in ("in", "at", "during") \
            and s.tokens[last].text[:1].isupper():
        k = last  # 'In a hand-written note Mrs Thatcher said': the name after the adverbial phrase
        while k - 1 > first and (s.tokens[k - 1].text[:1].isupper() or _abbreviation_stop(s, k - 1)):
            k -= 1
        return k, last
    if not s.verb_first and first < last:
        named = _name_after_verb_of_stance(s, first, last)
        if named is not None:
            return named, last
    if s.verb_first or first >= last or _starts_noun_phrase(s, first) or _modifier_opens_clause_subject(s, first):
        return src
    for k in range(first + 1, last + 1):
        key = s.keys[k]
        if key in s.lex.determiners_or_source_stops_or_titles \
                or key in s.lex.content_blockers or not s.tokens[k].is_word:
            return src  # ('council president Laura Chen' keeps its title)
        if s.tokens[k].text[:1].isupper() and k == last and (key in s.lex.outlet_nouns
                                                            or key in s.lex.government_or_organizations):
            return src  # ('He said state TV showed …': a capitalised outlet noun names none alone, 'state' is its)
        if s.tokens[k].text[:1].isupper():
            while k + 2 <= last and _date_at(s, k):
                k += 2 + (k + 2 < last and s.tokens[k + 2].text in COMMAS)  # 'on March 6 Mr Joseph': not the date
            return k, last
    return src


def _name_after_verb_of_stance(s: Sentence, first: int, last: int) -> int | None:
    """English 'The mayor dismissed new Republican claims that …': words read as the subject of a cue that end in
    a lower-case '-ed' cue form, up to two lower-case modifiers (no article) and capitalised words: the speaker
    is the capitalised words; the words before them are another clause's subject and verb."""
    if not s.tokens[last].text[:1].isupper():
        return None
    m = last
    while m > first and s.tokens[m - 1].is_word and s.tokens[m - 1].text[:1].isupper():
        m -= 1
    k = m - 1
    while k > first and last - k <= 6 and s.tokens[k].is_word and s.tokens[k].text.islower() \
            and not (s.keys[k].endswith("ed") and s.keys[k] in s.lex.cues) \
            and s.keys[k] not in s.lex.determiners_or_possessives and s.keys[k] not in s.lex.prepositions:
        k -= 1
    return m if first < k < m - 1 and s.tokens[k].text.islower() and s.keys[k].endswith("ed") \
        and s.keys[k] in s.lex.cues else None


def _modifier_opens_clause_subject(s: Sentence, i: int) -> bool:
    """English 'In an op-ed, former Treasury official Nora Feld argues …': a word qualifying a title
    (title_modifiers) right after the comma of an opening phrase starts the subject (not a verb's object)."""
    return s.keys[i] in s.lex.title_modifiers and s.tokens[i].text.islower() and i > s.a \
        and s.tokens[i - 1].text in COMMAS


def _starts_noun_phrase(s: Sentence, i: int) -> bool:
    """An English subject opens with a capital, a number, an article or quantifier, a pronoun, an
    unnamed-source noun ('officials') or a title ('former' and 'blasted' do not)."""
    key = s.keys[i]
    return not s.tokens[i].text[:1].islower() or key in s.lex.determiners_or_pronouns_or_quantifiers \
        or key in s.lex.anonymous_or_titles


def _head_of_mission(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a title, then a mission or a delegation sent somewhere (missions.txt) and whose it is, right before
    'إلى' at j ('رئيس بعثة الصندوق إلى المغرب', 'رئيسة وفد الاتحاد الأوروبي إلى ليبيا'): 'إلى' names where."""
    return s.keys[j] == "الي" and j - i >= 2 and is_title(s, i) and s.keys[i + 1] in s.lex.missions


def _dative_name(s: Sentence, j: int, limit: int) -> bool:
    """Arabic 'وقال ماكرون لترامب إن …', 'وأكد أردوغان لبايدن مساء الأحد أن …': a person's known name glued to the
    dative 'لـ' with what was said (or when) right after it is whom he told (not 'مستشار الأمن القومي لترامب جون
    بولتون': a name after it, whose adviser)."""
    if j not in s.datives:
        return False
    k = j + 1
    while k < limit and k in s.protected and k not in s.name_heads:
        k += 1
    return k >= limit or not s.tokens[k].is_word or _is_complementizer(s, k) or _phrase_at(s, k, "adverbs") > 0


def right_source(s: Sentence, i: int, limit: int) -> tuple[int, int] | None:
    """A source mention written after a cue (Arabic verb-first, English 'said X'): tokens up to a stop
    word, a comma, a conduit marker or the opener."""
    if s.verb_first and i < min(limit, s.b) and ((s.keys[i].startswith("لل") and (
            i not in s.protected or (i + 1 < s.b and i + 1 in s.protected and i + 1 not in s.name_heads)))
                                                 or (len(s.keys[i]) == 1 and s.keys[i] in s.lex.prepositions)
                                                 or _outlet_told(s, i)
                                                 or (s.keys[i][:1] == "و" and s.keys[i] in s.lex.pronouns)):
        # ('وأضافت وهي تشير بيدها: …': a circumstantial clause, not the subject)
        return None  # "حيث أكد للمسؤولين اللبنانيين أن …": whom he told, never a subject (a subject takes no لـ;
        # 'ما وصفته بـ"…"': a preposition written apart)
    too = _pronoun_too(s, i)
    if too is not None and too < limit:
        return i, too  # "وأكد هو الآخر أهمية …": he too
    if s.verb_first and i + 2 < min(limit, s.b) and s.keys[i] in s.lex.documents \
            and s.keys[i + 1] in s.lex.written_by and s.tokens[i + 2].is_word and not s.is_stop(i + 2) \
            and i + 2 not in s.cue_tokens and not _is_complementizer(s, i + 2):
        return i, _author_end(s, i + 2, limit)  # "وأظهرت دراسة أعدتها غرفة تجارة دبي أن": the study and its author
    j = i
    quoted = _quoted_known_name(s, j) if j < limit else None
    if quoted is not None and quoted < limit:
        j = quoted + 1  # 'ونقلت «رويترز» عن …': a known name in quotation marks
    while j < limit and j < s.b:
        if s.verb_first and j > i and _quantified_object(s, j):
            break  # "ودعت الأمم المتحدة جميع الأطراف إلى …": the object, counted, after the subject
        if s.verb_first and j > i and s.is_stop(j) and s.tokens[j].is_word \
                and ((_participle_before(s, j) if j > i + 1 else _participle_head(s, i))
                     or _first_in_charge(s, i, j)) and _complement_opens(s, j):
            k = j + 1  # "الحكومة المعترف بها دوليا", "الورقة البحثية المنشورة في مجلة نيتشر": its complement
            while k < min(limit, s.b) and k - j <= 3 and s.tokens[k].is_word and not s.is_stop(k) \
                    and k not in s.cue_tokens and not _is_complementizer(s, k):
                k += 1
            if k > j + 1:
                j = k
                continue
        if s.verb_first and j == i + 1 and s.keys[j] == "من" and _counted_word(s, i):
            j = _past_count_of(s, j, limit)  # "كل من وزير الخارجية ووزير الدفاع", "عدد من المسؤولين": a quantity
            continue  # of whom; "14 من أصل 17 اقتصاديا": a count out of a group
        if s.verb_first and j > i and s.tokens[j].text in QUOTE_MARKS and not s.inside_quote(j):
            close = _quoted_title_close(s, j, limit)
            if close is not None:  # 'صحيفة "الغارديان" البريطانية', 'وكالة "أعماق" التابعة للتنظيم': the name
                j = close + 1
                continue
        if s.verb_first and j == i + 1 and s.keys[j].startswith("لل") and s.keys[j] in s.lex.company_words \
                and not is_title(s, i):
            j += 1  # ("وقالت الخليج للتأمين إن": a word and a company word are one company's name, not a dative)
            continue
        if not s.verb_first and j > i and s.tokens[j].text == ",":
            end = _list_end(s, j, min(limit, s.b))
            if end > j and _list_in_body_name(s, j, end):
                j = end + 1  # '…, said the Federation of Millers, Bakers and Grain Traders.': the whole name
                continue
        if ((s.is_stop(j) or _conduit_marker_at(s, j)) and not _glued_name(s, j) and not outlet_authors(s, j)) \
                or s.quote_at(j) \
                or j in s.cue_tokens or s.is_end(j) or s.tokens[j].text in QUOTE_MARKS or _is_complementizer(s, j) or \
                (_phrase_at(s, j, "adverbs") and not _capitalized_inside_name(s, i, j, limit)) or \
                (s.verb_first and j == i + 1 and _plural_object_after(s, i, j)) or \
                (s.verb_first and j > i + 1 and plural_object_after_mention(s, i, j)) or \
                (s.verb_first and j > i and listed_object_after_mention(s, i, j)) or \
                (s.verb_first and j > i and (s.keys[j] in s.lex.verb_particles or _is_occasion(s, j, True)
                                              or _possessed_noun(s, j) or _addressee_before(s, j, limit)
                                              or _after_plural_subject(s, j))):
            break  # ("أبلغ الوزير الصحفيين أن": the addressee; "وكان رئيس الحكومة قد استهل": a verb follows)
        if s.verb_first and j > i and _pronoun_too(s, j) is not None:
            break  # "وقال وزير المالية هو الآخر إن …": 'he too' closes the subject
        if s.verb_first and j > i and ((len(s.keys[j]) > 4 and s.keys[j] in s.lex.addressees and j not in s.protected)
                                       or _dative_name(s, j, limit)):
            break  # "وقال الوزير لنظيره الألماني إن …", "وقال ماكرون لترامب إن …": whom he told closes the subject
        if s.verb_first and j > i and event_noun(s, j):
            break  # "وأفادت مصادر طبية بمقتل …", "وأكد وزير الدفاع وقوع اشتباكات": what is reported opens
        if s.verb_first and s.tokens[j].text == "(":
            close = acronym_close(s, j, limit)
            if close is None:
                break  # "وقال الوزير (في إشارة إلى …) إن": an aside in brackets is not part of the name
            j = close  # "مكتب تنسيق الشؤون الإنسانية (أوتشا)": the acronym in brackets is
        tag = party_tag_after(s, j - 1) if not s.verb_first and j > i and s.tokens[j].text == "(" else None
        if tag is not None and tag < limit:
            j = tag + 1  # '"…," said Ann Cole (D-Ore.).': the party tag in brackets is the name's
            continue
        if not s.verb_first and j > i and s.tokens[j].text == "(" and j + 1 < s.b and s.tokens[j + 1].text.islower():
            break  # '…, said Ann Cole (a view shared by others).': an aside in brackets after the name, not part of it
        j += 1
    if not s.verb_first and j < min(limit, s.b) and j - 1 > i and s.is_stop(j) and s.tokens[j].text.islower() \
            and s.tokens[j - 1].text.islower() and (s.keys[j - 1] in s.lex.source_modifiers
                                                    or s.keys[j - 1].endswith("ed")):
        end = j + 1  # 'said a person close to the talks', 'said a person briefed on the plans': one mention
        while end < min(limit, s.b) and s.tokens[end].is_word and end not in s.cue_tokens \
                and not _is_complementizer(s, end) and end - i <= MAX_SOURCE_TOKENS:
            end += 1
        if end > j + 1 and (end >= s.b or s.is_end(end) or s.tokens[end].text in COMMAS):
            j = end
    unnamed = _phrase_at(s, j, "anonymity_markers", singles=False) if not s.verb_first and j < s.b else 0
    if unnamed and (j + unnamed >= s.b or s.is_end(j + unnamed) or s.tokens[j + unnamed].text in COMMAS
                    or _reason_to_the_end(s, j + unnamed)):
        j += unnamed  # 'said a spokesman who declined to be named.': the phrase that leaves him unnamed is his
        # (the reason after it, 'because he was not authorized to speak', is no part of the mention)
    j = _name_after_description(s, i, j, min(limit, s.b))
    if j == i or j - i > MAX_SOURCE_TOKENS:
        return None
    cut = _unnamed_phrase_cut(s, i, j) if s.verb_first else None
    if cut is not None:  # (a negated verb's phrase is the mention's: 'مسؤول لم يكشف عن هويته', as 'مسؤول لم
        # يذكر اسمه'; a participle's or another verb's is not: 'المسؤول رافضا كشف هويته', 'شاهد فضل عدم الكشف …')
        end = cut + _phrase_at(s, cut, "anonymity_markers", singles=False) - 1 if s.keys[cut] == "لم" else cut - 1
        return (i, end) if cut > i and end < min(limit, s.b) else None
    if s.verb_first and j < limit and ((s.keys[j] in ("في", "لدي") and (
            is_title(s, i) or s.strip_clitic(s.keys[i]) in s.lex.professions
            or (s.keys[i] in ("كبير", "كبيره") and i + 1 < j and (s.keys[i + 1].startswith("ال")
                                                                  or _construct_plural(s, i + 1)))))
            # ('كبير الاقتصاديين في …', 'كبيرة الاقتصاديين في …', 'كبير محللي السوق في …')
            or (s.keys[j] in ("عن", "الي") and (s.strip_clitic(s.keys[i]) in s.lex.representatives
                                                or _head_of_mission(s, i, j)))):
        last = _named_affiliation(s, j, limit, s.strip_clitic(s.keys[i]) in s.lex.representatives
                                  or _head_of_mission(s, i, j)) if not _paper_written_in(s, i, j) else j - 1
        if last >= j:
            return i, last
    if s.verb_first and _unnamed_head(s, i, j):
        told = next((k for k in range(i + 1, j) if (s.keys[k].startswith("لل") and s.keys[k][2:] in
                                                     s.lex.title_nouns)
                     or (k == j - 1 and k > i + 1 and s.keys[k][:1] == "ل" and not s.keys[k].startswith("لل")
                         and len(s.keys[k]) > 3 and k not in s.protected
                         and not s.keys[k].endswith(("ي", "يه", "يون", "يين")))), None)
        # ('مصادر مطلعة لهسبريس'; not the adjective 'مصدر أمني لبناني')
        if told is not None:
            return i, told - 1  # "وقال مصدر دبلوماسي للصحيفة إن": the paper he told it is no part of him
        return i, _affiliation_end(s, j, limit)
    if s.verb_first and j == i + 1 and j < limit and s.keys[j] in ("في", "من") and (
            bare_trade_plural(s.keys[i], s.lex) or (s.keys[j] == "من" and s.keys[i] in s.lex.observer_groups)):
        return i, _affiliation_end(s, j, limit)  # "وقال بائعون في سوق الخضار إن": a trade's plural and where it works
        # ("مفتشون من الوكالة الدولية للطاقة الذرية": the body that sent them, whom they speak for)
    if s.verb_first and j < limit and s.keys[j] == "عن" and j - 1 > i and s.keys[j - 1] in s.lex.issued_by:
        return i, _issuer_end(s, j + 1, limit)  # "وأوضح بيان صادر عن وزارة الدفاع أن": the statement and its issuer
    place = _place_before_content(s, j, limit) if s.verb_first and j < s.b and s.keys[j] == "في" and _body_word(s, i) \
        else None
    if place is not None:
        return i, place  # "وقالت بعثة الأمم المتحدة في الصومال إن …": the body and where it works
    if s.verb_first and j + 1 < limit and s.keys[j] == "في" and _body_word(s, i) \
            and (j + 1 in s.protected or place_name(s, j + 1)):
        k = j + 1  # "وأكد الدفاع المدني في غزة انتشال …": the body and where it is
        while k + 1 < limit and k + 1 in s.protected and k + 1 not in s.name_heads:
            k += 1
        return i, k
    host = _host_body_end(s, j, limit) if s.verb_first and j < limit and s.keys[j] == "في" and _body_head(s, i) \
        and j > i + 1 else None  # (a construct name: not 'الهيئة في مجلس الوزراء', where she spoke)
    if host is not None:
        return i, host  # "نقابة العاملين في وزارة التربية": a body and the body it sits in
    return i, j - 1


def _paper_written_in(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a verb of writing right before the writer's title at `i` (writing_verbs), and 'في' at `j` before an
    outlet noun ('وكتب الصحفي سامر يوسف في صحيفة "النهار" أن …'): the paper the piece ran in, no part of the
    writer's title (with no verb of writing, 'وقال المحرر في صحيفة …' names his workplace), when his name comes
    before it ('وكتب رئيس التحرير في صحيفة الأهرام': the office is the paper's)."""
    return i - 1 >= s.a and j > i + 1 and j + 1 < s.b and s.keys[j + 1] in s.lex.outlet_nouns \
        and s.strip_clitic(s.keys[i - 1]) in s.lex.writing_verbs and any(
            k in s.protected or s.keys[k] in s.lex.female_names_or_male_names
            or (s.keys[i].startswith("ال") and not s.keys[k].startswith("ال") and not s.is_stop(k))
            for k in range(i + 1, j))  # (a word without the article after 'الكاتب': his name, 'جهاد')


def _host_body_end(s: Sentence, j: int, limit: int) -> int | None:
    """Arabic: after a body's name, 'في' at token j, the indefinite head of another body ('وزارة', 'شركة', 'مجلس')
    and its definite genitive and adjectives ('نقابة العاملين في وزارة التربية بالقرار'): the body it sits in is
    part of the name; the last token, or None."""
    end = min(limit, s.b)
    head = j + 1
    if head + 1 >= end or not _body_head(s, head) or _is_occasion(s, head) or not s.keys[head + 1].startswith("ال") \
            or s.is_stop(head + 1) or head + 1 in s.cue_tokens or _phrase_at(s, head + 1, "adverbs"):
        return None
    k = head + 1
    while k + 1 < end and k - head < 4 and s.keys[k + 1].startswith("ال") and not s.is_stop(k + 1) \
            and k + 1 not in s.cue_tokens and _is_adjective_like(s, k + 1):
        k += 1  # ('في وزارة التربية الوطنية': its adjective)
    return k


def event_noun(s: Sentence, j: int) -> bool:
    """Arabic: token j is a verbal noun of an event (event_nouns.txt), bare or glued to بـ, with a word after it
    ('مقتل ثلاثة', 'بوجود تحديات', 'وقوع اشتباكات'): after the subject of a verb of saying it opens what is
    reported (no name holds one; a known name's word is never read so)."""
    if j in s.protected or j + 1 >= s.b or not s.tokens[j].is_word or not s.tokens[j + 1].is_word \
            or (s.is_stop(j + 1) and s.keys[j + 1] != "ما") or j + 1 in s.cue_tokens:
        return False  # ('صحة ما تردد': what was said, a relative 'ما' after it)
    key, events = s.keys[j], s.lex.event_nouns
    if j - 1 >= s.a and _phrase_at(s, j - 1, "anonymity_markers", singles=False):
        return False  # ('موظف طلب عدم ذكر اسمه': the words that leave him unnamed are his)
    if key[:1] == "ب" and key[1:] in events:
        return True  # ('شهود عيان بسقوط قذائف': a preposition no genitive takes)
    prev = s.keys[j - 1] if j - 1 >= s.a else ""
    construct = s.tokens[j - 1].is_word and not prev.startswith(("ال", "وال", "لل", "بال")) \
        and j - 1 not in s.protected and (not prev.endswith(("ي", "يه", "ون", "ين"))
                                          or prev in s.lex.government_or_organizations) if prev else False
    # ('المدير العام للشركة وقوع …': a word with the article after 'ل' or 'ب' is definite, no construct's head;
    # a body's noun in 'يه' is one, no adjective: 'مديرية صحة كركوك')
    if construct and prev.startswith("م") and j - 2 >= s.a and s.strip_clitic(s.keys[j - 2]) in s.lex.anonymous:
        construct = False  # ('مصدر مطلع وجود …': a participle describing an unnamed source, no construct)
    return key in events and not construct  # ('لجنة تقصي حقائق انفجار المرفأ': a genitive of the noun before)


def _quantified_object(s: Sentence, j: int) -> bool:
    """Arabic: a quantifier at token j ('جميع', 'كل', 'بعض') after a definite word or a known name: a new noun
    phrase, the verb's object ('حث الوزير جميع المواطنين على'; not 'أحد كبار المسؤولين', a construct)."""
    return s.keys[j] in s.lex.quantifiers and (s.keys[j - 1].startswith("ال") or j - 1 in s.protected) \
        and j not in s.protected


def _informed_of(s: Sentence, j: int) -> bool:
    """Arabic: 'على' at token j after a word that leaves a source unnamed ('مصدر مطلع على الملف'): what the source
    knows of, part of the mention, never a cue's introducer."""
    return s.verb_first and j > s.a and s.keys[j] == "علي" and s.keys[j - 1] in s.lex.anonymity_markers


def _pronoun_too(s: Sentence, i: int) -> int | None:
    """Arabic: a personal pronoun at token i and a word after it meaning 'he too' ('هو الآخر', 'هي الأخرى'): the
    second token's index, else None."""
    if not s.verb_first or i + 1 >= s.b or s.keys[i] not in s.lex.pronouns \
            or s.keys[i + 1] not in s.lex.other_markers:
        return None
    return i + 1


def _counted_word(s: Sentence, i: int) -> bool:
    """Token i says how many: a quantifier ('عدد', 'ثلاثة') or a number in figures ('14')."""
    return s.keys[i] in s.lex.quantifiers or s.tokens[i].text.isdigit()


def _past_count_of(s: Sentence, j: int, limit: int) -> int:
    """Arabic: after the 'من' at token j that follows a count, the token to read the mention on from: past 'أصل',
    'بين' or 'كل' and a second count ('14 من أصل 17 اقتصاديا', 'سبعة من كل عشرة ناخبين': the group counted),
    else the word after 'من' ('عدد من المسؤولين')."""
    k = j + 1
    if k + 2 < min(limit, s.b) and s.keys[k] in ("اصل", "بين", "كل") and _counted_word(s, k + 1) \
            and s.tokens[k + 2].is_word and not s.is_stop(k + 2) and not _is_complementizer(s, k + 2):
        return k + 2
    if k + 1 < min(limit, s.b) and _counted_word(s, k) and s.tokens[k + 1].is_word and not s.is_stop(k + 1) \
            and not _is_complementizer(s, k + 1):
        return k + 1  # ('ثلاثة من خمسة محللين')
    return k


def _place_before_content(s: Sentence, j: int, limit: int) -> int | None:
    """Arabic: after a body's name, 'في' at token j and one or two words of a place right before the content's
    opener, the last one definite or a known name ('بعثة الأمم المتحدة في الصومال إن', 'في جنوب السودان إن'): the
    place's last token. Not an occasion or a time ('في بيان', 'في المقابل', 'في وقت لاحق', 'في تقريرها'), nor an
    adverb."""
    end = min(limit, s.b)
    if _phrase_at(s, j, "adverbs"):
        return None
    continent = _continent_before_content(s, j, limit)
    if continent is not None:
        return continent
    for last in (j + 1, j + 2):
        if last >= end:
            return None
        k = last
        if not s.tokens[k].is_word or s.is_stop(k) or k in s.cue_tokens or _is_complementizer(s, k) \
                or _is_occasion(s, k) or _is_occasion(s, k, True) or s.keys[k] in s.lex.occasions \
                or _phrase_at(s, k, "adverbs") \
                or s.keys[k] in s.lex.determiners \
                or (k > j + 1 and s.keys[k][:1] == "ل" and k not in s.protected):
            return None  # ('في بغداد لرويترز إن': whom it told)
        if last + 1 == limit < s.b and _opens_content(s, limit) \
                and (s.keys[last].startswith("ال") or last in s.protected or place_name(s, last)):
            return last  # (not 'في تنبيه عاجل', 'في تصريح صحفي': an indefinite noun and adjective, an occasion)
    return None


def _continent_before_content(s: Sentence, j: int, limit: int) -> int | None:
    """Arabic: 'في' at token j and a continent right before the content's opener closing a body's name ('منظمة
    الأمن والتعاون في أوروبا إن', 'في الشرق الأوسط أن'): the continent's last token, else None."""
    if j + 1 >= min(limit, s.b) or s.keys[j] != "في":
        return None
    n = _phrase_at(s, j + 1, "continents")
    return j + n if n and j + 1 + n == limit < s.b and _opens_content(s, limit) else None


def _opens_content(s: Sentence, k: int) -> bool:
    """Token k opens a content: a complementizer, a quotation, a colon or a preposition introducing it."""
    return _is_complementizer(s, k) or s.quote_at(k) is not None or s.tokens[k].text in ":：" \
        or s.keys[k] in ("الي", "علي", "عن", "من")


def _name_after_description(s: Sentence, i: int, j: int, limit: int) -> int:
    """English 'said one resident, Maria Gomez, 61.': after a cue, a description in lower case opened by an article
    or a quantifier (tokens i to j - 1), a comma at j and a name of two capitalised words or more closed by a comma
    or the sentence end: the end of that name (the source is named); j otherwise."""
    if s.verb_first or j >= limit or j == i or s.tokens[j].text not in COMMAS \
            or s.keys[i] not in s.lex.determiners_or_quantifiers \
            or any(s.tokens[k].text[:1].isupper() for k in range(i + 1, j)):
        return j
    k = j + 1
    if k + 1 < limit and s.tokens[k].text.islower() and s.keys[k] in s.lex.title_modifiers \
            and is_capitalised(s.tokens[k + 1].text):
        k += 1  # ('said his rival, state Sen. Mara Quinn': a word qualifying the title opens the name)
    while k < limit and ((s.tokens[k].is_word and is_capitalised(s.tokens[k].text) and k not in s.cue_tokens)
                         or _abbreviation_period(s, k)):
        k += 1
    return k if k - j > 2 and (k >= limit or s.is_end(k) or s.tokens[k].text in COMMAS) else j


def _abbreviation_period(s: Sentence, k: int) -> bool:
    """English 'Sen. Mara Quinn': token k is the period glued to an abbreviated title ('sen', 'rep') with a
    capitalised word after it, so the name goes on past it."""
    return s.tokens[k].text == "." and k + 1 < s.b and s.tokens[k - 1].end == s.tokens[k].start \
        and s.keys[k - 1] + "." in s.lex.titles and is_capitalised(s.tokens[k + 1].text)


def place_name(s: Sentence, k: int) -> bool:
    """Arabic: token k is a capital, another city or a country ('دمشق', 'دبي', 'حلب', 'ليبيا'), a place a body may
    sit in."""
    return s.keys[k] in s.lex.capitals_or_cities or s.keys[k] in s.lex.countries


def _body_word(s: Sentence, i: int) -> bool:
    """Arabic: token i heads a body's name, with or without the article ('الدفاع', 'وزارة', 'الهيئة')."""
    bodies = s.lex.government_or_organizations
    key = s.keys[i]
    return key in bodies or (key.startswith("ال") and key[2:] in bodies) or s.strip_clitic(key) in bodies


def _outlet_told(s: Sentence, i: int) -> bool:
    """Arabic 'وقال لرووداو: …', 'وأوضحت للجزيرة نت أن': a word glued to 'ل' right before the content, no known
    name of its own (an outlet's name is never read as one, 'لافروف' is), is whom the speaker told."""
    nxt = i + 1
    while nxt < s.b and nxt in s.protected and nxt not in s.name_heads:
        nxt += 1
    word = s.tokens[i]
    return word.text[:1] == "ل" and len(s.keys[i]) > 2 and i not in s.protected and nxt < s.b \
        and (s.tokens[nxt].text in ":：" or _is_complementizer(s, nxt) or s.quote_at(nxt) is not None) \
        and re.search(r"(?<!\w)" + re.escape(word.text) + r"(?!\w)", s.text[:word.start]) is None
    # (not 'وأردف لقجع أن' after 'فوزي لقجع': a surname written before)


def _capitalized_inside_name(s: Sentence, i: int, j: int, limit: int) -> bool:
    """English: token j, a capitalized adverb or time word ('Morning', 'Evening'), stands inside a name written
    after a cue ('reported the Sydney Morning Herald', 'said the Morning Star'): the mention started before it,
    right before it is a determiner or a capitalized word, and a capitalized word that is no time word follows."""
    if s.verb_first or j <= i or j + 1 >= min(limit, s.b) or not s.tokens[j].text[:1].isupper():
        return False
    before, after = s.tokens[j - 1], s.tokens[j + 1]
    return before.is_word and (before.text[:1].isupper() or s.keys[j - 1] in s.lex.determiners) \
        and after.is_word and after.text[:1].isupper() and not s.is_stop(j + 1) \
        and s.keys[j + 1] not in s.lex.adverbs_or_time_words and j + 1 not in s.cue_tokens


def _glued_name(s: Sentence, j: int) -> bool:
    """Arabic: token j holds the start of a known name behind the clitic 'ل' ('المفوض العام لوكالة الأونروا'):
    the body a title belongs to, not an outlet the speaker told (outlets are never protected so)."""
    return s.verb_first and j in s.protected and j in s.name_heads and s.tokens[j].text[:1] == "ل"


_AUTHORED: Final = frozenset({"تقرير", "تحقيق", "مقال", "افتتاحيه", "تحليل"})  # (a report an outlet writes)


def outlet_authors(s: Sentence, j: int) -> bool:
    """Arabic: token j is an outlet's noun glued to 'ل' right after an indefinite noun of a piece an outlet writes
    ('تقرير لوكالة رويترز', 'تحقيق لصحيفة الغارديان'): the outlet wrote it; it is part of the source (like 'تقرير
    للمندوبية السامية للتخطيط'), not a conduit that relayed someone else's words."""
    return s.verb_first and j - 1 >= s.a and s.tokens[j].text[:1] == "ل" and s.keys[j - 1] in _AUTHORED


def _participle_before(s: Sentence, j: int) -> bool:
    """Arabic: token j - 1 is a definite participle ('المعترف', 'المنشورة') whose complement starts at j."""
    key = s.keys[j - 1]  # (an adjective after a definite word: not the noun 'المدير في تصريح')
    if key.endswith(("يه", "ي")) and s.tokens[j].text in ("عن", "على"):
        return False  # ('دافع وزير المالية عن المشروع': a relative adjective, then what he spoke about; not the
        # name 'علي' after it: 'محافظ البنك المركزي علي العلاق')
    return key.startswith("الم") and len(key) > 5 and j - 1 not in s.protected and (
        s.keys[j - 2].startswith("ال") or j - 2 in s.protected or (key.endswith("ه") and (
            (s.tokens[j - 2].is_word and not s.is_stop(j - 2)) or s.tokens[j - 2].text in QUOTE_MARKS)))
    # ('شركة إعمار المدرجة في سوق دبي': after a name, a feminine participle agrees with the company)


_FIRST: Final = frozenset({"الاول", "الاولي"})  # ('المسؤول الأول', 'المسؤولة الأولى')


def _first_in_charge(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a definite participle used as a noun and 'الأول' after it, then 'عن' or 'في' at j and a definite
    word ('المسؤول الأول عن الكرة الجزائرية', 'المسؤولة الأولى في الوزارة'): what the one in charge is in charge
    of is part of the mention."""
    key = s.keys[i]
    return j == i + 2 and s.keys[i + 1] in _FIRST and key.startswith("الم") and len(key) > 5 \
        and i not in s.protected and j + 1 < s.b and s.keys[j] in ("عن", "في") \
        and (s.keys[j + 1].startswith("ال") or j + 1 in s.protected or (
            j + 2 < s.b and s.tokens[j + 1].is_word and not s.is_stop(j + 1) and s.keys[j + 2].startswith("ال"))) \
        and j + 1 not in s.cue_tokens


def _participle_head(s: Sentence, i: int) -> bool:
    """Arabic: the mention opens with a definite participle used as a noun, whose complement follows it
    ('المشرفة على المبنى', 'المسؤول عن الملف'): 'على' or 'عن', then a definite word."""
    key = s.keys[i]  # (a trade's noun takes 'عن', 'المحامي عن المتهمين', not 'على': 'هكذا علق المدرب على الهزيمة')
    return key.startswith("الم") and len(key) > 5 and i not in s.protected and i + 2 < s.b \
        and not (key in s.lex.professions and s.keys[i + 1] == "علي") \
        and s.keys[i + 1] in ("علي", "عن") and s.keys[i + 2].startswith("ال") and i + 2 not in s.protected \
        and i + 2 not in s.cue_tokens  # (not 'المعهد على تويتر': where it wrote)


def _complement_opens(s: Sentence, j: int) -> bool:
    """Arabic: token j can open a participle's complement: a preposition ('المنشورة في مجلة', 'المعترف بها'),
    not a time word ('البنك المركزي الأسبوع الماضي') nor one before the occasion of the words ('المرشح المعارض
    في تجمع انتخابي': an adjective, then where he spoke)."""
    key = s.keys[j]
    if key not in s.lex.prepositions and not (key[:1] in ("ب", "ل") and key[1:] in s.lex.pronouns):
        return False
    return not (j + 1 < s.b and _is_occasion(s, j + 1))


def _quoted_known_name(s: Sentence, i: int) -> int | None:
    """Arabic: the closing mark of a known name written in quotation marks at token i ('«المرصد السوري …»')."""
    if not s.verb_first or i + 1 >= s.b or s.tokens[i].text not in QUOTE_MARKS or i + 1 not in s.protected:
        return None
    close = next((k for k in range(i + 1, min(s.b, i + 10)) if k not in s.protected), None)
    return close if close is not None and s.tokens[close].text in QUOTE_MARKS else None


def _quoted_title_close(s: Sentence, j: int, limit: int) -> int | None:
    """Arabic: the closing mark of a name of one to four words in quotation marks at token j, right after a noun
    that titles it ('صحيفة', 'وكالة', 'شركة'), or after one and its definite genitive
    ('بنك الاستثمار "النور"')."""
    nouns = s.lex.title_nouns
    titled = s.strip_clitic(s.keys[j - 1]) in nouns or s.keys[j - 1] in nouns \
        or (j - 2 >= s.a and s.keys[j - 1].startswith("ال") and s.strip_clitic(s.keys[j - 2]) in nouns)
    if not titled:  # ('شركة الاتصالات "دو"': the noun and its definite genitive before the name)
        return None
    for k in range(j + 1, min(limit, s.b, j + 6)):
        if s.tokens[k].text in QUOTE_MARKS:
            return k if k > j + 1 else None
        if not s.tokens[k].is_word or k in s.cue_tokens or _is_complementizer(s, k):
            return None
    return None


def _author_end(s: Sentence, k: int, limit: int) -> int:
    """Arabic: the last token of a document's author named from token k ('غرفة تجارة دبي'): the issuer's name, or
    up to four words, none a stop word, a cue or a complementizer, right before the limit (the content)."""
    last = _issuer_end(s, k, limit)
    end = k
    while end < min(limit, s.b, k + 4) and s.tokens[end].is_word and not s.is_stop(end) \
            and end not in s.cue_tokens and not _is_complementizer(s, end):
        end += 1
    return end - 1 if end == min(limit, s.b) or _is_complementizer(s, end) else last


def _issuer_end(s: Sentence, k: int, limit: int) -> int:
    """The last token of the name that starts at token k: a noun and its definite words, or a known name."""
    last = k - 1
    close = _quoted_title_close(s, k + 1, limit) if k + 1 < min(limit, s.b) and s.tokens[k + 1].text in QUOTE_MARKS \
        else None
    if close is not None:  # 'صادر عن مؤسسة "كاونتربوينت" للأبحاث': the institution and its quoted name
        k = close + 1
        while k < min(limit, s.b) and k - close <= 3 and s.tokens[k].is_word and not s.is_stop(k) \
                and k not in s.cue_tokens and not _is_complementizer(s, k) \
                and (s.keys[k].startswith("ال") or _genitive_link(s, k)):
            k += 1
        return k - 1
    while k < min(limit, s.b) and k - last <= 6 and s.tokens[k].is_word and not s.is_stop(k) \
            and k not in s.cue_tokens and not _is_complementizer(s, k) \
            and (k == last + 1 or s.keys[k].startswith("ال") or k in s.protected or _genitive_link(s, k)
                 or (not s.keys[k - 1].startswith("ال") and k + 1 < min(limit, s.b) and s.keys[k + 1].startswith("ال")
                     and not s.is_stop(k + 1))):
        k += 1  # ('المندوبية السامية للتخطيط': a genitive with لـ too; 'مكتب رئيس الوزراء': a construct chain)
    return k - 1 if k - 1 > last else last - 1


def acronym_close(s: Sentence, j: int, limit: int) -> int | None:
    """The ')' of one to three words in brackets at token j, right after a name ('(أوتشا)', '(سانا)'); not an
    aside, opening with a relative pronoun or with و before more words ('(التي أعلنتها اللجنة)', '(ومقرها
    جنيف)')."""
    if j >= limit or s.tokens[j].text != "(":
        return None
    for k in range(j + 1, min(limit, j + 5)):
        if s.tokens[k].text == ")":
            aside = (k > j + 2 and s.keys[j + 1][:1] == "و") or s.keys[j + 1] in s.lex.relatives
            return k if k > j + 1 and not aside else None
        if not s.tokens[k].is_word or k in s.cue_tokens or _is_complementizer(s, k):
            return None
    return None


def _unnamed_phrase_cut(s: Sentence, i: int, j: int) -> int | None:
    """Arabic: where a phrase that leaves the source unnamed starts, when a stop word inside it ended the
    mention ('مصدر مطلع فضل عدم الكشف عن هويته': not 'مصدر مطلع فضل عدم الكشف')."""
    for k in range(i + 1, j):
        n = _phrase_at(s, k, "anonymity_markers", singles=False)
        if n > 1 and k + n > j:
            return k
    return None


def _unnamed_head(s: Sentence, i: int, j: int) -> bool:
    """Arabic: the mention i..j-1 opens with an unnamed-source noun ('مسؤول', 'مصادر'), or with a count in words
    or digits and such a noun right after it as its last word ('ثلاثة أعضاء', '3 مسؤولين'), which goes on with
    where those people sit like the noun alone ('ثلاثة أعضاء في اللجنة')."""
    if s.strip_clitic(s.keys[i]) in s.lex.anonymous:
        return True
    counted = s.strip_clitic(s.keys[i]) in s.lex.quantifiers or s.tokens[i].text.isdigit()
    return counted and j == i + 2 and s.keys[i + 1] in s.lex.anonymous


def bare_trade_plural(key: str, lex: Lexicon) -> bool:
    """Arabic: an indefinite plural of people by their trade or station opening a mention ('صيادون', 'عمال',
    'ممرضات'): a broken plural of group_nouns.txt, or a sound plural ('-ون', '-ين', '-ات') of an unnamed-source
    singular or a trade ('مزارع', 'صياد', 'مهندس'): a group left unnamed, like the plurals anonymous.txt lists.
    Never a definite word ('الصيادون' is the group already named before) nor a short one ('عيون')."""
    if key.startswith("ال"):
        return False
    if key in lex.group_nouns:
        return True
    stem = key[:-2] if key.endswith(("ون", "ين", "ات")) else ""
    return len(stem) >= 3 and (stem in lex.anonymous or stem in lex.professions
                               or (key.endswith("ات") and stem + "ه" in lex.anonymous))


def _affiliation_end(s: Sentence, j: int, limit: int) -> int:
    """Arabic: an unnamed source goes on with where it sits ('مسؤول في وزارة الخارجية', 'مصدر في الرئاسة',
    'مسؤول بالمخابرات الأمريكية', 'مسؤولون في حلب'): a preposition and the definite words, a known name or a
    city after it. Returns the last token of the mention (j - 1 when no such phrase follows)."""
    if j >= min(limit, s.b) or j in s.cue_tokens:
        return j - 1
    key = "في" if _informed_of(s, j) else s.keys[j]  # ("مصدر مطلع على سير المفاوضات": what he knows of)
    if key in ("في", "من") and j + 2 < min(limit, s.b) and s.tokens[j + 2].text in QUOTE_MARKS:
        close = _quoted_title_close(s, j + 2, limit)
        if close is not None:
            return close  # "محللون في بنك \"مورغان ستانلي\"": the body and its quoted name
    named = _named_body_after(s, j, limit) if key == "في" else None
    if named is not None:  # "محللون في بنك غولدمان ساكس", "مصدر أمني في محافظة نينوى،": a body or place and its name
        return _continent_closing_body(s, j + 1, named, limit)
    if key in ("في", "من") and j + 1 < limit and (s.keys[j + 1].startswith("ال") or j + 1 in s.protected
                                                or (key == "في" and place_name(s, j + 1)) or (
            j + 2 < limit and s.tokens[j + 1].is_word and s.keys[j + 2].startswith("ال"))):
        k = j + 1  # ("في وزارة الخارجية": a noun and its definite genitive)
    elif key.startswith("بال") and len(key) > 5:
        k = j
    else:
        return j - 1
    while k + 1 < min(limit, s.b) and k + 1 not in s.cue_tokens and not s.is_stop(k + 1) and k - j < 5 \
            and (s.keys[k + 1].startswith("ال") or k + 1 in s.protected or (
                s.keys[k + 1].startswith("لل") and k + 2 < min(limit, s.b) and s.keys[k + 2].startswith("ال")
                and not s.is_stop(k + 2)) or _and_in_body_name(s, j + 1, k)) \
            and not (s.keys[k].startswith("ال") and s.keys[k + 1].startswith("ال") and s.keys[k + 1].endswith("ات")
                     and not s.keys[k].endswith("ات")):
        # ('في القيادة العامة للقوات المسلحة': a genitive, not whom he told; 'مسؤول في الوزارة الاتهامات': a
        # plural cannot describe the singular before it, so it opens the object)
        k += 1
    return _continent_closing_body(s, j + 1, k, limit) if not s.is_stop(k) or k == j else j - 1


def _continent_closing_body(s: Sentence, head: int, k: int, limit: int) -> int:
    """Arabic: the last token of the body's name that the noun at `head` opens and token k closes, with the
    continent after it right before the content if any ('مراقبون من منظمة الأمن والتعاون في أوروبا أن')."""
    if k + 1 >= min(limit, s.b) or k < head or not _body_word(s, head):
        return k
    continent = _continent_before_content(s, k + 1, limit)
    return k if continent is None else continent


def _and_in_body_name(s: Sentence, head: int, k: int) -> bool:
    """Arabic: 'و' and the article glued to token k + 1 right after the definite word k, inside the name a body's
    noun at `head` opens ('منظمة الأمن والتعاون', 'وزارة الصحة والسكان', 'هيئة الإذاعة والتلفزيون'): two definite
    nouns joined in one name, the name goes on; not a title or a group of people ('والوزير', 'والمسؤولين': a
    second subject)."""
    nxt = s.keys[k + 1]
    if not nxt.startswith("وال") or len(nxt) < 5 or not s.keys[k].startswith(("ال", "لل")) or k == head \
            or not _body_word(s, head):
        return False
    bare = nxt[1:]
    return bare not in s.lex.titles and bare not in s.lex.anonymous and bare[2:] not in s.lex.titles \
        and bare not in s.lex.group_nouns and not bare_trade_plural(bare[2:], s.lex)


def _named_body_after(s: Sentence, j: int, limit: int) -> int | None:
    """Arabic: after 'في' at token j, an indefinite noun of a body or place and one to three words of its name,
    closed by a stop word, a comma or the content ('في بنك غولدمان ساكس في مذكرة', 'في محافظة نينوى،'); the
    name's last token, or None. Not an occasion ('في بيان')."""
    head = j + 1
    if head >= min(limit, s.b) or not s.tokens[head].is_word or s.keys[head].startswith("ال") or _is_occasion(s, head):
        return None
    body = s.strip_clitic(s.keys[head])
    if not (s.keys[head] in s.lex.organizations or body in s.lex.organizations
            or s.keys[head] in s.lex.government_or_title_nouns
            or s.keys[head] in ("محافظه", "مدينه", "ولايه", "منطقه", "قطاع")):
        return None
    k = head + 1
    while k < min(limit, s.b) and k - head <= 3 and s.tokens[k].is_word and not s.is_stop(k) \
            and k not in s.cue_tokens and not _is_complementizer(s, k) and s.keys[k][:1] != "ل":
        k += 1
    closed = k >= min(limit, s.b) or s.is_stop(k) or s.tokens[k].text in COMMAS or _is_complementizer(s, k) \
        or s.keys[k][:1] == "ل"  # ('في دائرة صحة نينوى لشفق نيوز': the outlet told)
    return k - 1 if closed and k > head + 1 else None


def _is_occasion(s: Sentence, k: int, possessed: bool = False) -> bool:
    """Arabic: token k names the event where words were said ('الاجتماع', 'حديثه', 'كلمته': with the article or
    a possessive pronoun; with `possessed`, only with the pronoun — the speaker's own speech)."""
    if not s.verb_first:
        return False
    key = s.keys[k]
    bare = key[2:] if key.startswith("ال") and not possessed else key
    occasions = s.lex.occasions
    ta_marbuta = s.tokens[k].text.endswith("ة")  # ('دراسة حديثة': a recent study, not 'حديثه', his talk)
    for suffix in ("ه", "ها", "هم") if possessed else ("", "ه", "ها", "هم"):
        if suffix == "ه" and ta_marbuta:
            continue
        stem = bare[:len(bare) - len(suffix)] if bare.endswith(suffix) else ""
        if stem in occasions or (suffix and stem.endswith("ت") and stem[:-1] + "ه" in occasions):
            return True  # ('كلمته': the folded 'كلمة' with its pronoun)
    return False


def _active_participle_after_person(s: Sentence, first: int, last: int) -> bool:
    """Arabic: a definite active participle of the plain verb (the pattern 'الفاعل': 'الخاسر', 'الفائز') right
    after a title or a profession, agreeing with it in gender: it describes the person."""
    key, head = s.keys[last], s.tokens[first].text
    return len(key) == 6 and key[3] == "ا" and last not in s.protected \
        and (is_title(s, first) or s.keys[first] in s.lex.professions) \
        and head.endswith("ة") == s.tokens[last].text.endswith("ة")


def _feminine_after_person(s: Sentence, first: int, last: int) -> bool:
    """Arabic: a definite feminine word ('المعارضة') after a masculine title or profession ('الوزير', 'المدرب'):
    it cannot describe him, so it is the verb's object ('وهاجم الوزير المعارضة، مضيفا')."""
    head = s.tokens[first].text
    return (is_title(s, first) or s.keys[first] in s.lex.professions) and head.startswith("ال") \
        and not head.endswith(("ة", "ات")) and s.tokens[last].text.endswith("ة") and last not in s.protected


def _definite_object_last(s: Sentence, right: tuple[int, int]) -> bool:
    """Arabic: the last of three or more words read as the subject of an object-taking verb is its object when
    it is a definite noun that cannot be an adjective of the words before it: not a relative adjective
    ('الدولي'), an elative ('الأعلى'), a common adjective ('العام', lexicon adjectives) or part of a known
    name ('الأمم المتحدة')."""
    first, last = right
    if last - first >= 2 and last not in s.protected and _taf_il_before_preposition(s, last):
        return True  # "رفض المدرب خالد منصور التعليق على الصفقة": a verbal noun of the pattern تفعيل, its
        # preposition next, after a name that ends without 'ال', is what he refused, not his surname
    if last - first < 1 or last in s.protected or not s.keys[last - 1].startswith("ال"):
        return False
    if last - 2 >= first and s.keys[last - 2] in s.lex.name_connectors:
        return False  # ('عبد الحميد الدبيبة', 'أبو الفتوح العريان': the word after a compound name is its surname)
    key = s.keys[last]
    if last - first == 1 and key.startswith("الم") and not _feminine_after_person(s, first, last):
        return False  # two words: 'القوات المسلحة', 'الرئيس المخلوع' (a participle describes the noun)
    if last - first == 1 and _active_participle_after_person(s, first, last):
        return False  # ('المرشح الخاسر', 'اللاعب الفائز': the plain participle describes him too)
    if not key.startswith("ال") or len(key) < 5 or key.endswith(("ي", "يه", "يون", "يين")) \
            or key in s.lex.adjectives or (s.tokens[last].text.startswith("الأ") and len(key) == 6):
        return False
    return not is_title(s, first) or s.keys[first + 1].startswith("ال") \
        or any(s.is_stop(k) or s.keys[k] == "باسم" for k in range(first + 1, last)) \
        or _closed_genitive_chain(s, first, last)
    # ('الرئيس باراك أوباما' is all name; 'نائب عن المنطقة في البرلمان الصومالي الحادثة', 'متحدث باسم الهيئة
    # التعليق': after a title's affiliation, a definite noun is the object)


def _taf_il_before_preposition(s: Sentence, k: int) -> bool:
    """Arabic: token k is a definite verbal noun of the pattern تفعيل ('التعليق', 'التصريح', 'التوقيع': 'ال',
    'ت', two letters, 'ي', one letter) and a preposition follows it ('على', 'عن', 'في'): an object, never a
    surname (relative surnames end in 'ي': 'التميمي')."""
    key = s.keys[k]
    return len(key) == 7 and key.startswith("الت") and key[5] == "ي" and k + 1 < s.b \
        and s.keys[k + 1] in s.lex.prepositions


def _closed_genitive_chain(s: Sentence, first: int, last: int) -> bool:
    """Arabic: an indefinite title, its indefinite genitives and then a definite one close a construct chain
    ('رئيس لجنة تقصي الحقائق'): a definite noun after it that no participle ('المستقلة') can be is no part of it
    ('ودعا رئيس لجنة تقصي الحقائق الحكومة إلى …': the government is called on)."""
    chain = range(first + 1, last)
    return not s.keys[last].startswith("الم") and not s.tokens[last].text.startswith("وال") \
        and all(s.tokens[k].is_word and k not in s.protected and s.keys[k] not in s.lex.female_names_or_male_names
                for k in chain) \
        and any(not s.keys[k].startswith("ال") for k in chain)


def _addressee_before(s: Sentence, j: int, limit: int) -> bool:
    """Arabic: a definite sound plural in -ين right before the opener, after a definite singular word
    ('وطمأن محافظ البنك المركزي المودعين بأن …'): whom the speaker addressed, not part of him (a genitive
    after an indefinite noun, 'رئيس اتحاد المزارعين', and a plural adjective, 'المسؤولين المصريين', stay; so does
    one after a body's genitive in 'فعلاء', which it describes: 'رئيس رابطة العلماء المسلمين', not 'رئيس الوزراء
    المستثمرين'; and 'إن' is said, no one is addressed before it: 'وقال رئيس اتحاد الكتاب العاملين إن')."""
    key, prev = s.keys[j], s.keys[j - 1]
    body_people = prev.endswith("اء") and j - 2 >= s.a \
        and s.strip_clitic(s.keys[j - 2]) in s.lex.government_or_organizations
    return j + 1 == limit and limit < s.b and _is_complementizer(s, limit) \
        and key.startswith("ال") and key.endswith("ين") and len(key) > 5 \
        and prev.startswith("ال") and not prev.endswith(("ين", "ون", "ات")) and not body_people \
        and j not in s.protected and s.tokens[limit].text != "إن"


def _possessed_noun(s: Sentence, j: int) -> bool:
    """Arabic: a feminine noun with a possessive pronoun ('استقالته', 'موافقتها', 'حكومتهم') after a subject's
    first word is the verb's object, never part of a name."""
    text = s.tokens[j].text
    return len(text) > 4 and text.endswith(("ته", "تها", "تهم")) and j not in s.protected \
        and not text.startswith("ال") and not (j > s.a and s.keys[j - 1].startswith("الم")) \
        and not (s.keys[j][:1] == "و" and s.keys[j][1:] in s.lex.counterparts)  # ('ونظيرتها': coordinated with it)
    # ('رئيس التحالف المنتهية ولايته جون نيكلسون': a participle's subject, inside the name)


def _possessed_masdar(s: Sentence, j: int) -> bool:
    """Arabic: a noun with a possessive pronoun ('حرصها', 'رفضه', 'دعمهم') right after a definite word of the
    subject opens the verb's object ('وأكدت الوزارة المعنية حرصها على'); after an indefinite word it is a
    genitive inside the mention ('مدير مكتبه'), a word glued to 'ب'/'ل' ('باسمه') is no object, and one after
    'و' is coordinated with the subject ('الرئيس التركي ونظيره القطري')."""
    text = s.tokens[j].text
    plural = len(text) >= 6 and text.endswith(("يه", "يها", "يهم")) and text[-3 if text.endswith("يه") else -4] != "ي"
    # ('منافسيه', 'مواطنيها': a sound plural in construct, his rivals; not 'عليه', 'لديه', 'أخيه')
    glued = text.startswith(("ال", "ب", "ل", "و")) and not (plural and text.startswith("لا"))  # ('لاعبيه': his players)
    if j <= s.a or j in s.protected or j in s.name_heads or glued \
            or (text.endswith(("يه", "ته", "تها", "تهم")) and not plural) or not s.keys[j - 1].startswith("ال") \
            or s.is_stop(j - 1):
        return False
    stem = next((text[:-len(end)] for end in ("هما", "ها", "هم", "ه") if text.endswith(end)), "")
    return len(stem) >= 3


def _named_affiliation(s: Sentence, j: int, limit: int, sits_for: bool = False) -> int:
    """Arabic: a title's mention goes on with where its holder works and the holder's name, when the two run
    up to the content ('رئيس لجنة التحقيق البرلمانية في سقوط الموصل حاكم الزاملي إن', 'وزيرة التعليم في جنوب
    أفريقيا إن'); not past an occasion ('الرئيس في الاجتماع'). `j`: the 'في'; returns the mention's last token."""
    if j + 1 >= s.b or _is_occasion(s, j + 1):
        return j - 1
    k = j + 1
    while k < min(limit, s.b) and k - j <= 11:
        close = _quoted_title_close(s, k, limit) if k > j + 1 and s.tokens[k].text in QUOTE_MARKS else None
        if close is not None:  # 'في بنك الاستثمار "النور" منى بدير': the body's quoted name
            k = close + 1
            continue
        if not (s.tokens[k].is_word and (not s.is_stop(k) or (
                k > j + 1 and s.keys[k] in ("في", "عن" if sits_for else "في") and k + 1 < s.b
                and s.keys[k + 1].startswith("ال")))  # ('عضو في مجلس النواب عن المنطقة الشرقية': whom he sits for)
                and k not in s.cue_tokens and not _is_complementizer(s, k) and not _conduit_marker_at(s, k)
                and s.keys[k] not in s.lex.adverbs and not (k > j + 1 and s.keys[k][:1] == "ل"
                                                                     and k not in s.protected
                                                                     and not _genitive_link(s, k))):
            break
        k += 1
    ends = k >= min(limit, s.b) or s.tokens[k].text in COMMAS or _is_complementizer(s, k) \
        or _conduit_marker_at(s, k) or s.keys[k][:1] == "ل" \
        or (s.keys[k] in ("في", "خلال") and k + 1 < s.b and _is_occasion(s, k + 1))  # (then where he said it:
    # 'سفير السعودية في لبنان وليد البخاري في بيان إن')
    return k - 1 if ends and k > j + 1 and k - j <= 11 else j - 1  # (up to eleven words: 'في مركز الأهرام
    # للدراسات السياسية والاستراتيجية الدكتور محمد عز العرب')


def with_apposition(s: Sentence, src: tuple[int, int], limit: int) -> tuple[int, int]:
    """'المرشد الإيراني، علي خامنئي، أنه …': a short name set off by commas after a subject belongs to it; so
    does one after a dash and before a comma ('القوات المسلحة الأردنية - الجيش العربي، فجر اليوم')."""
    comma = src[1] + 1
    if comma >= limit or (s.tokens[comma].text not in COMMAS and not (s.verb_first and s.tokens[comma].text in "-–—")):
        return src
    k = comma + 1  # up to six words: 'سالم بن مبارك آل شافي', 'محمد بن عبد الرحمن آل ثاني'
    while k < limit and k - comma <= 7 and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens \
            and not _is_complementizer(s, k) and s.keys[k] not in s.lex.adverbs and not s.inside_quote(k):
        k += 1
    first = s.keys[comma + 1] if comma + 1 < s.b else ""
    colon = s.verb_first and k + 1 < s.b and s.tokens[k].text in ":：" and s.tokens[k + 1].text in QUOTE_MARKS \
        and s.tokens[comma].text in COMMAS and k - comma >= 3 and (
            not first.endswith("ا") or first in s.lex.female_names_or_male_names)
    # ('وقال مدير المركز، زيد الحسن: "…"': a name and surname before the quotation; not 'مضيفا بلهجة حادة:')
    if k == comma + 1 or k - comma > 7 or k >= s.b or (s.tokens[k].text not in COMMAS and not colon) \
            or _phrase_at(s, comma + 1, "blessings") == k - comma - 1 \
            or _phrase_at(s, comma + 1, "anonymity_markers", singles=False) == k - comma - 1 \
            or _phrase_at(s, comma + 1, "member_openers") or _outlet_aside(s, comma + 1):
        return src  # (not 'رئيس الدولة، حفظه الله،': a blessing; nor '…، طالبا عدم كشف هويته،': unnamed; nor
        # 'شركات الشحن، ومنها …،': members it names, not the body's own name; nor '…، لرويترز،': the outlet
        # told, a conduit)
    return src[0], k - 1


def _outlet_aside(s: Sentence, i: int) -> bool:
    """Arabic: token i opens an outlet told, glued to the dative 'لـ' ('لرويترز', 'لبي بي سي', 'لوكالة', listed
    in conduit_markers.txt): set off by commas after a subject, the outlet it spoke to, not its name."""
    return s.keys[i][:1] == "ل" and _conduit_marker_at(s, i) > 0


def noun_phrase(s: Sentence, i: int) -> tuple[int, int] | None:
    """An Arabic subject with no opener after it: a word and the definite words that follow it."""
    quoted = _quoted_known_name(s, i)
    if quoted is not None:
        return i, quoted  # 'أفاد «المرصد السوري لحقوق الإنسان» بمقتل …'
    if i >= s.b or not s.tokens[i].is_word or s.is_stop(i):
        return None
    if s.keys[i] in s.lex.pronouns and not _is_complementizer(s, i) \
            and not (i + 1 < s.b and s.keys[i + 1].startswith("الاخر")):  # (not 'هو الآخر': he too)
        return i, i  # "وأكد سموه أهمية …": a word that refers back is the whole subject, the object follows
    mark = i + 2 if i + 2 < s.b and s.keys[i + 1].startswith("ال") and not s.is_stop(i + 1) \
        and s.tokens[i + 2].text in QUOTE_MARKS else i + 1  # ('شركة الاتصالات "دو"': a genitive, then the name)
    if mark < s.b and s.tokens[mark].text in QUOTE_MARKS and not s.inside_quote(mark):
        close = _quoted_title_close(s, mark, s.b)
        if close is not None:  # 'أعلنت شركة "أبل" الأمريكية عن …': the noun, its quoted name, its adjectives
            j = close
            while j + 1 < s.b and j - close < 3 and s.keys[j + 1].startswith("ال") and not s.is_stop(j + 1) \
                    and j + 1 not in s.cue_tokens and _is_adjective_like(s, j + 1):
                j += 1
            return i, j
    j = i
    titled = _opens_title(s, i) or s.strip_clitic(s.keys[i]) in s.lex.professions
    named = i in s.protected or (not titled and _surname_alone(s, i))
    chain = _chain_end(s, i) if titled else None  # ('رئيس هيئة أركان الجيش': a definite word after it is an
    # adjective or the object: 'اتهمت رئيسة هيئة مكافحة الفساد الوزارة')
    # "نفت دمشق الأمر", "وأكد الشمري الالتزام بـ…": a known name, or a surname of origin alone, is not extended
    while j + 1 < s.b and j + 1 not in s.cue_tokens and not event_noun(s, j + 1) and (
            (j + 1 in s.protected and j - i < 8 and (j == i or j in s.protected or titled))
            or (j == i + 1 and _known_place(s, j + 1) and _body_head(s, i) and _construct_after_title(s, i))
            # a known name read whole: "مفوضية الأمم المتحدة لحقوق الإنسان", "وكالة رويترز" (not one after a
            # phrase of its own: "اتهم الجيش السوداني قوات الدعم السريع" names the accused after the subject)
            or (s.keys[j + 1].startswith("ال") and j - i < 4 and not s.is_stop(j + 1) and not named
                and not (chain is not None and j >= chain and not _is_adjective_like(s, j + 1))
                and not (j > i and _indefinite_attribute(s, j - 1, j))  # ("خبراء اقتصاديون الخطة": the object;
                # not 'وزير الداخلية سامي الحوشبي': an adjective follows its own indefinite noun, not a title's chain)
                and not (_plural_object_after(s, i, j + 1) and not (j > i and _genitive_link(s, j)))
                and not _nominative_plural(s, j))  # ("معارضون الحكومة": no construct, so the object; but
            # "اللجنة الوطنية لإدارة الحالات الطارئة": a plural after a genitive link is its genitive)
            or (_genitive_link(s, j + 1) and j - i < 6 and not named)
            or (j > i and j - i < 7 and s.keys[j].startswith("ل") and _genitive_link(s, j) and not named
                and s.keys[j + 1].startswith("ال") and not s.is_stop(j + 1) and j + 1 not in s.cue_tokens
                and (not s.keys[j].startswith("لل")
                     or (_is_adjective_like(s, j + 1) and not s.keys[j + 1].startswith("الم"))))
            # ("… المفوضية الأوروبية للشؤون الخارجية", "… السامية لشؤون اللاجئين": the link's adjective or genitive)
            or (j > i and s.keys[j] == "باسم" and _genitive_link(s, j) and j - i < 6)  # ("باسم وزارة الصحة")
            or (_indefinite_attribute(s, i, j + 1) and j - i < 2 and not named)
            or ((titled or _body_head(s, i)) and j == i and _construct_after_title(s, i))  # ("شرطة عمان السلطانية")
            or (chain is not None and j < chain)  # ("رئيس حكومة تصريف الأعمال")
            or (titled and _place_after_spokesman_body(s, i, j + 1))  # ("الناطق باسم شرطة بغداد")
            or (titled and _rank_after_spokesman_body(s, i, j))  # ("… باسم وزارة الداخلية العميد يحيى رسول")
            or (titled and _adjective_of_spokesman_body(s, i, j))  # ("… باسم هيئة الطيران المدني")
            or (j > i and s.keys[j + 1].startswith("وال") and s.keys[j].startswith(("ال", "وال", "لل")) and j - i < 5
                and not s.is_stop(j + 1) and (_body_head(s, i) or (titled and j == i + 1)))):
        j += 1  # ("وزارة الصحة والسكان": a body's name and its coordinated last word; "وزارة البيئة والمياه
        # والزراعة", "الهيئة السعودية للبيانات والذكاء الاصطناعي": more than one, or after a genitive; "وزير
        # النقل والاتصالات": a title's office of two coordinated words)
    if titled:
        k = j + 1  # "رئيس البرلمان الإيراني علي لاريجاني ما قاله": a title, then a name up to a stop word
        surname = False
        while k < s.b and k - j <= 4 and s.tokens[k].is_word and not surname and (
                not s.keys[k].startswith("ال") or s.keys[k - 1] in ("عبد", "ابو")
                or (j + 1 < k <= j + 3 and s.keys[k].endswith("ي") and not s.keys[k - 1].startswith("ال")
                    and k not in s.protected)
                or (k == j + 2 and s.keys[k - 1] in s.lex.female_names_or_male_names and k not in s.protected
                    and k + 1 < s.b and s.tokens[k + 1].is_word)
                or _surname_after_theophoric(s, k)) \
                and not s.is_stop(k) and s.keys[k] not in s.lex.subject_stops and k not in s.cue_tokens \
                and not event_noun(s, k) and not _object_after_name(s, j, k) and not _is_complementizer(s, k) \
                and s.keys[k] not in s.lex.determiners_or_quantifiers:  # ("نفى المتحدث أي مسؤولية": the object)
            surname = s.keys[k].startswith("ال") and s.keys[k - 1] not in ("عبد", "ابو")
            k += 1  # ('محمد عبد السلام': a definite word after 'عبد' is in the name; 'تركي المالكي': a surname
            # of origin closes it)
        while surname and k < s.b and k - j <= 5 and s.keys[k].startswith("ال") and s.keys[k].endswith("ي") \
                and k not in s.protected and k not in s.cue_tokens:
            k += 1  # ('محمد التليلي المنصري': two surnames)
        if surname and k < s.b and s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens:
            j = k - 1  # "العميد تركي المالكي صحة ادعاءات الجماعة": the object starts after the surname
        elif k > j + 1 and (k >= s.b or s.is_stop(k) or s.keys[k] in s.lex.subject_stops
                            or _object_after_name(s, j, k) or _definite_object_after_name(s, j, k)
                          or _is_complementizer(s, k) or s.tokens[k].text in ENDERS
                          or (s.keys[k] in s.lex.determiners and k - 1 > j + 1
                              and s.keys[k - 1].startswith("ال"))):
            j = k - 1  # ("… محمد عبد السلام هذه الاتهامات": the demonstrative opens the object)
        elif k - 2 >= j + 2 and k < s.b and (s.keys[k].startswith("ال") or s.keys[k] in s.lex.determiners):
            j = k - 2  # "الناطق باسم الرئاسة أحمد فهمي صحة هذه الأنباء": the word before "هذه" heads the object
        else:
            j = _name_before_demonstrative(s, j)
    return i, j


def _spokesman_body_words(s: Sentence, i: int, j: int) -> int | None:
    """Arabic: the index of 'باسم' inside the subject words i..j ('الناطق الرسمي باسم وزارة الداخلية'), or None."""
    return next((m for m in range(i + 1, j + 1) if s.keys[m] == "باسم"), None) if j - i < 7 else None


def _place_after_spokesman_body(s: Sentence, i: int, k: int) -> bool:
    """Arabic: token k lies on 'باسم', one to three nouns without the article and a known place after them
    ('الناطق باسم شرطة بغداد', '… باسم إدارة أمن عدن'), after the title at token i: the nouns and the place are
    the body's name, in the subject ('نفى الناطق باسم شرطة بغداد العميد سعد معن في بيان صحة الأنباء'), not the
    holder's name and the verb's object."""
    m = next((m for m in range(k, max(i, k - 4), -1) if s.keys[m] == "باسم"), None)
    if m is None or m > i + 3:
        return False
    p = m + 1
    while p < s.b and p - m <= 4 and s.tokens[p].is_word and not s.keys[p].startswith(("ال", "لل")) \
            and not s.is_stop(p) and p not in s.protected and p not in s.cue_tokens \
            and not (s.keys[p] in s.lex.cities or _known_place(s, p)):
        p += 1
    return 2 <= p - m <= 4 and p < s.b and k <= p and p not in s.cue_tokens \
        and (s.keys[p] in s.lex.cities or _known_place(s, p))


def _adjective_of_spokesman_body(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a spokesman's phrase with 'باسم' ending on a definite word at token j ('المتحدث الرسمي باسم هيئة
    الطيران'), then a definite relative adjective at j + 1 ('المدني', 'العراقي'): the body's adjective, in the
    subject however long the phrase before it (not a title, a known name or a plural object)."""
    nxt = j + 1
    key = s.keys[nxt] if nxt < s.b else ""
    return _spokesman_body_words(s, i, j) is not None and s.keys[j].startswith("ال") and key.startswith("ال") \
        and key.endswith(("ي", "يه")) and not is_title(s, nxt) and nxt not in s.protected \
        and nxt not in s.cue_tokens and not s.is_stop(nxt)


def _rank_after_spokesman_body(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a spokesman's phrase with 'باسم' ending at token j ('الناطق الرسمي باسم وزارة الداخلية'), then a
    definite title of rank at j + 1 and a word without the article ('العميد يحيى رسول'): the spokesman's own
    rank and name, in the subject, however long the body's name before it."""
    nxt = j + 1
    return _spokesman_body_words(s, i, j) is not None and j + 2 < s.b and is_title(s, nxt) \
        and s.keys[nxt].startswith("ال") and s.keys[nxt] in s.lex.titles and nxt not in s.cue_tokens \
        and s.tokens[j + 2].is_word and not s.keys[j + 2].startswith("ال") and not s.is_stop(j + 2) \
        and j + 2 not in s.cue_tokens and not _is_complementizer(s, j + 2)


def _surname_after_theophoric(s: Sentence, k: int) -> bool:
    """Arabic: a definite word at token k after a first name of two words, 'عبد'/'أبو' and a definite word ('عبد
    الرحمن النقيب', 'عبد الله الحربي'), with a stop word, a complementizer, punctuation or the end after it: the
    family name, not the verb's object ('أكد العقيد عبد الرحمن النقيب في بيان صحة الأنباء')."""
    if k < 2 or s.keys[k - 2] not in ("عبد", "ابو") or not s.keys[k - 1].startswith("ال") \
            or not s.keys[k].startswith("ال") or k in s.protected:
        return False
    nxt = k + 1
    return s.keys[k].endswith("ي") or nxt >= s.b or not s.tokens[nxt].is_word or s.is_stop(nxt) \
        or nxt in s.cue_tokens or _is_complementizer(s, nxt)


def _object_after_name(s: Sentence, j: int, k: int) -> bool:
    """Arabic: after a title's phrase ending at token j and at least one word of a name, a verbal noun of an event
    or of a stance at token k ('سامح شكري وجود خلافات', 'إيمانويل ماكرون دعم بلاده') opens the verb's
    object (a known name may end the title's phrase itself)."""
    stance = s.keys[k] in s.lex.stance_nouns and k + 1 < s.b and s.tokens[k + 1].is_word \
        and not s.is_stop(k + 1)
    return (k > j + 1 or j in s.protected) and (event_noun(s, k) or stance or _event_after_name(s, j, k))


def _event_after_name(s: Sentence, j: int, k: int) -> bool:
    """Arabic: a title's phrase ending on a definite word at token j ('المتحدث باسم الحكومة'), then a name of
    words without the article that no list knows ('ديفيد منسر'), then a verbal noun of an event at token k with
    a word after it ('وجود أي اتفاق'): the name's last word takes no genitive (the definite word before it shows
    the name is an apposition, not a construct), so the noun opens the object."""
    return s.keys[j].startswith(("ال", "لل")) and j not in s.protected and k - j <= 4 \
        and s.keys[k] in s.lex.event_nouns \
        and k not in s.protected and k + 1 < s.b and s.tokens[k + 1].is_word and not s.is_stop(k + 1) \
        and k + 1 not in s.cue_tokens \
        and all(s.tokens[m].is_word and not s.keys[m].startswith(("ال", "لل")) for m in range(j + 1, k))


def _definite_object_after_name(s: Sentence, j: int, k: int) -> bool:
    """Arabic: after a title's phrase ending at token j, a first and a last name without the article, then a
    definite word at token k that is no surname ('الرئيس التونسي قيس سعيد الاتهامات'): the definite word opens
    the object (not the theophoric end of a name: 'نصر الله', 'نور الدين'; nor an indefinite verbal noun
    before it: 'أحمد صحة الأنباء', read elsewhere)."""
    if k != j + 3 or k >= s.b or not s.tokens[k].is_word or s.is_stop(k) or k in s.cue_tokens or k in s.protected:
        return False
    key, last, first = s.keys[k], s.keys[k - 1], s.keys[k - 2]
    if first[:1] in ("ب", "ل") and k - 2 not in s.protected and first not in s.lex.female_names_or_male_names:
        return False  # ('نوه المحافظ بجهود فرق الإنقاذ': a preposition's phrase, not a name)
    return key.startswith("ال") and key not in ("الله", "الدين", "الرحمن") and not key.endswith("ي") \
        and last not in s.lex.speech_masdars_or_stance_nouns \
        and not event_noun(s, k - 1) and last not in s.lex.name_connectors \
        and s.keys[k - 2] not in s.lex.name_connectors


def _surname_alone(s: Sentence, i: int) -> bool:
    """Arabic: token i is a family name of origin written alone as a subject ('الشمري', 'العتيبي'), a definite
    word ending in 'ي' that no list knows as a body, a title or an unnamed source, with a definite noun after
    it that is no adjective of it (no 'ي', no plural ending: 'النادي الأهلي', 'الإعلامي السعودي')."""
    key, nxt = s.keys[i], i + 1
    if not (s.tokens[i].text.startswith("ال") and key.endswith("ي") and len(key) > 5) or nxt >= s.b:
        return False
    if any(key in s.lex.words[name] or key[2:] in s.lex.words[name]
           for name in ("organizations", "government", "anonymous", "outlet_nouns", "titles")):
        return False
    after = s.keys[nxt]
    return s.tokens[nxt].text.startswith("ال") and not after.endswith(("ي", "ون", "ين", "يه")) and not s.is_stop(nxt) \
        and nxt not in s.cue_tokens and nxt not in s.protected


def _name_before_demonstrative(s: Sentence, j: int) -> int:
    """Arabic: after a title's phrase ending at token j, a name of up to four words, whatever their articles,
    then a demonstrative and its definite noun ('الناطق باسم الحكومة الحسين ولد مدو هذه الاتهامات'): the name
    is the title holder's, the demonstrative opens the object. The name's last token, or j."""
    m = next((m for m in range(j + 2, min(s.b, j + 6)) if s.keys[m] in s.lex.determiners), None)
    if m is None or m + 1 >= s.b or not s.keys[m + 1].startswith("ال") or any(
            not s.tokens[k].is_word or s.is_stop(k) or k in s.cue_tokens or _is_complementizer(s, k)
            or s.keys[k] in s.lex.determiners for k in range(j + 1, m)):
        return j
    return m - 1


def _body_head(s: Sentence, i: int) -> bool:
    """Arabic: token i is the head noun of a body's name ('وزارة', 'هيئة', 'منظمة')."""
    bodies = s.lex.government_or_organizations
    key = s.keys[i]
    return not key.startswith("ال") and (key in bodies or s.strip_clitic(key) in bodies)  # ('وزارة' is no و + 'زارة')


def _known_place(s: Sentence, k: int) -> bool:
    """Arabic: token k is a known name or a listed country or capital ('فلسطين', 'مصر', 'دمشق')."""
    return k in s.protected or s.keys[k] in s.lex.capitals_or_countries


def _construct_after_title(s: Sentence, i: int) -> bool:
    """Arabic: an indefinite title ('رئيس', 'وزير') at token i whose genitive is a noun with a definite word after
    it ('رئيس مجلس النواب'): the noun belongs to the title (a definite title, 'الرئيس', takes none)."""
    k = i + 1
    return not s.keys[i].startswith("ال") and k + 1 < s.b and s.tokens[k].is_word and not s.is_stop(k) \
        and k not in s.cue_tokens and not s.keys[k].startswith("ال") and not s.is_stop(k + 1) \
        and (s.keys[k + 1].startswith("ال") or (_known_place(s, k + 1) and not s.keys[k].endswith(("ي", "يه"))
                                                 and not (s.keys[k].endswith("ه") and s.keys[i].endswith("ه"))))
    # ('رابطة علماء فلسطين': a known name as the genitive too; not 'منظمة حقوقية إسرائيل' nor 'جماعة مسلحة
    # مصر', an adjective agreeing with the noun)


def _chain_end(s: Sentence, i: int) -> int | None:
    """Arabic: an indefinite title at token i, then two or three nouns without the article and a definite word
    ('رئيس حكومة تصريف الأعمال', 'رئيس هيئة أركان الجيش', 'مدير إدارة شؤون اللاجئين'): a chain of genitives ending
    on the definite one, all the title's: that word's index. Not a name (a name stands after a definite word, or
    is known) nor an adjective ('-ي')."""
    if s.keys[i].startswith("ال"):
        return None
    m = i + 1
    while m < s.b and m - i <= 4 and s.tokens[m].is_word and not s.keys[m].startswith(("ال", "لل")) \
            and m not in s.protected and not s.is_stop(m) and m not in s.cue_tokens \
            and not s.tokens[m].text.endswith(("ي", "ية", "يه")) and s.keys[m] not in s.lex.female_names_or_male_names \
            and not event_noun(s, m):
        m += 1
    if 3 <= m - i <= 4 and m < s.b and s.keys[m].startswith("ال") and not s.is_stop(m) and m not in s.cue_tokens:
        return m
    return None


def _is_adjective_like(s: Sentence, k: int) -> bool:
    """Arabic: a definite word that reads as an adjective after a name: a relative adjective ('الأمريكية'),
    a participle ('المتحدة') or a listed adjective."""
    key = s.keys[k]
    return key.endswith(("ي", "يه", "يون", "يين")) or key.startswith("الم") or key in s.lex.adjectives


def _after_plural_subject(s: Sentence, j: int) -> bool:
    """Arabic: a word that cannot agree with the indefinite plural in -ون before it ('محللون خطوة إيجابية'): it
    is no adjective of it ('محللون اقتصاديون' is), so the mention ends before it."""
    key = s.keys[j]
    return _nominative_plural(s, j - 1) and s.tokens[j].is_word and not key.endswith("ون") \
        and not key.startswith("ال") and j not in s.protected and key not in s.lex.negations \
        and not _phrase_at(s, j, "anonymity_markers", singles=False)  # ('موظفون لم تكشف أسماؤهم' stays whole)


def _nominative_plural(s: Sentence, j: int) -> bool:
    """Arabic: an indefinite sound plural in -ون ('معارضون', 'محللون'): it heads no construct (that would be
    'معارضو'), so a definite word after it is not its genitive."""
    key = s.keys[j]
    return key.endswith("ون") and not key.startswith("ال") and len(key) > 4 and j not in s.protected \
        and key not in s.lex.broken_un_nouns and not (key[0] in "لبو" and key[1:] in s.lex.broken_un_nouns)


def _plural_object_after(s: Sentence, head: int, i: int) -> bool:
    """Arabic: a definite sound plural ('الاتهامات', 'الصحفيين') after a definite head that is not itself one
    cannot agree with it as an adjective: it is the verb's object ('نفت الوزارة الاتهامات')."""
    head_key, key = s.keys[head], s.keys[i]
    plural = key.endswith(("ات", "ين")) and len(key) > 5  # ('أبلغ الوزير الصحفيين أن': -ين, the addressee)
    return head_key.startswith("ال") and not head_key.endswith(("ات", "ين", "ون")) and plural


def plural_object_after_mention(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a definite sound plural of more than four letters past the article ('الاتهامات', 'المواطنين'; not
    a name: 'الحسين') after a subject of several words (from i) cannot belong to it when the word before it is a
    definite singular (an adjective it cannot agree with: 'وزير الداخلية الفرنسي الاتهامات') or a name ('رئيس
    الحكومة الإسباني بيدرو سانشيز الاتهامات': a known name, a first name then a surname, or, after a title,
    indefinite words after a definite relative adjective, where no genitive can stand): it is the verb's object."""
    if j in s.protected or j in s.name_heads or not s.tokens[j].is_word:
        return False
    key = s.keys[j]
    if not (key.startswith("ال") and key.endswith(("ات", "ين")) and len(key) > 6) \
            or key[2:] in s.lex.female_names_or_male_names:
        return False  # (not a name: 'الحسين ولد مدو')
    before = s.keys[j - 1]
    if before.startswith("ال"):  # a relative adjective, singular (not a broken plural it may describe:
        return before.endswith(("ي", "يه")) and _plural_object_after(s, j - 1, j)  # 'رابطة العلماء المسلمين')
    if j - 1 in s.protected or (j - 2 >= i and s.keys[j - 2] in s.lex.female_names_or_male_names):
        return True  # ('… محمد العلي الاتهامات': a first name and a surname)
    if not is_title(s, i):
        return False  # (a name stands after a title: not 'اللجنة العامة للانتخابات البلدية ضرورة تطبيق الإجراءات')
    k = j - 1
    while k > i and s.tokens[k].is_word and not s.keys[k].startswith("ال") and not s.is_stop(k) \
            and s.keys[k][:1] not in ("ل", "ب") and not is_title(s, k):
        k -= 1  # (not 'اللجنة الوطنية لإدارة الحالات': a noun glued to 'ل' carries a genitive on)
    return k < j - 1 and s.keys[k].startswith("ال") and s.keys[k].endswith(("ي", "يه")) and not s.is_stop(k)


def _rank_before_name(s: Sentence, k: int) -> bool:
    """Arabic: token k, after a listed object noun, goes on with a name: a first name, a known name or a word
    between a rank and its holder's name (rank_words.txt: 'أول', 'ركن'), as in 'الفريق أحمد', 'الفريق أول ركن
    فياض': the noun is then a rank, not an object."""
    return s.tokens[k].is_word and not s.is_stop(k) and k not in s.cue_tokens and not _is_complementizer(s, k) \
        and (s.keys[k] in s.lex.female_names_or_male_names or k in s.name_heads or s.keys[k] in s.lex.rank_words)


def listed_object_after_mention(s: Sentence, i: int, j: int) -> bool:
    """Arabic: a common noun of people, a body or a group with the article (object_nouns.txt: 'الحكومة',
    'السفراء', 'المواطنين') at token j, after a complete part of the mention opening at i: a lone first name after
    a title or a trade ('الناشطة رزان الحكومة'), a known name ('الرئيس ماكرون الحكومة'), or a definite word
    ('زعيم المعارضة الحكومة', 'الوزير السفراء'): no surname nor adjective, the verb's object."""
    key = s.keys[j]
    if not key.startswith("ال") or key[2:] not in s.lex.object_nouns or j in s.protected or j in s.name_heads \
            or not s.tokens[j].is_word or not s.tokens[j - 1].is_word or s.is_stop(j - 1):
        return False
    before = s.keys[j - 1]
    if before == "باسم":
        return False  # ('المتحدث باسم الحكومة': the body he speaks for; the name 'باسم' is spelt so too)
    if j + 1 < s.b and _rank_before_name(s, j + 1):
        return False  # ('محافظ الإسكندرية الفريق أحمد …', 'الفريق أول ركن …': a rank before its holder's name)
    if before in s.lex.female_names_or_male_names:
        return j - 2 >= i and (is_title(s, j - 2) or s.strip_clitic(s.keys[j - 2]) in s.lex.professions)
    return j - 1 in s.protected or before.startswith(("ال", "لل"))


def _indefinite_attribute(s: Sentence, head: int, i: int) -> bool:
    """Arabic: an adjective after an indefinite noun ('مسؤول أمريكي', 'ناشطون حقوقيون', 'مصادر طبية'): a
    relative adjective (-ي, -ية), a nominative plural (-ون: the subject's case, 'نواب معارضون'), or -ين after -ين."""
    if i >= s.b or not s.tokens[i].is_word or s.is_stop(i) or i in s.cue_tokens or not s.tokens[head].is_word:
        return False  # (no noun before a comma: '، بمستوى التنسيق' opens what was commended)
    noun, key = s.keys[head], s.keys[i]
    if noun.startswith(("ال", "وال")) or key.startswith(("ال", "بال", "لل", "وال")) or len(key) < 4:
        return False  # ('والمياه بالاتفاقية': a definite conjunct, then the cue's preposition)
    if s.tokens[i].text.endswith(("ئة", "ئه")):
        return False  # ('رئيس هيئة الأركان': 'هيئة', 'بيئة', 'فئة' fold to a nisba's ending and are nouns)
    if s.tokens[i].text.endswith("ى") or _body_head(s, i):
        return False  # ('رئيس نادي الشباب', 'مدير منتدى الأعمال': a body's head noun, or a final ى, is no nisba)
    return key.endswith(("ي", "يه", "ون")) or (noun.endswith(("ين", "ا")) and key.endswith("ين")) \
        or _feminine_participle(noun, key)  # ("نوابا معارضين", "جماعة مسلحة")


def _feminine_participle(noun: str, key: str) -> bool:
    """Arabic: a feminine participle in 'م…ة' after a feminine noun ('جماعة مسلحة', 'جهة مسؤولة', 'شركة
    مملوكة', 'جماعة متشددة'): its adjective; not the verbal noun of the form 'مفاعلة', which takes a genitive
    ('هيئة مكافحة الفساد', 'لجنة متابعة شؤون الأسرى'), nor a noun in 'مفعلة' that is no participle ('مدرسة')."""
    return noun.endswith("ه") and not noun.endswith("يه") and key.endswith("ه") and key.startswith("م") \
        and len(key) >= 5 and key[2] != "ا" \
        and key not in ("مدرسه", "منطقه", "محكمه", "مدينه", "مؤسسه", "منظمه", "مجموعه", "مكتبه", "مديريه",
                        "محافظه", "مصلحه", "مستشفيه")  # (right after the noun: 'حقوقية مصلحة السجون' is a
    # nisba, then a noun in construct)


def _genitive_link(s: Sentence, i: int) -> bool:
    """Arabic: a word that carries a noun phrase on ('المتحدث باسم الوزارة', 'المركز الإعلامي لمجلس الوزراء'):
    'باسم', or a noun glued to ل with a definite word after it (or its own article: 'للشؤون')."""
    if i >= s.b or not s.tokens[i].is_word or s.is_stop(i) or i in s.cue_tokens:
        return False
    key = s.keys[i]
    if key.startswith("لل"):
        return True
    if key == "باسم" and i + 2 < s.b and s.tokens[i + 1].is_word and not s.is_stop(i + 1) \
            and s.keys[i + 2].startswith("ال"):
        return True  # "المتحدث باسم وزارة الصحة": a construct (an indefinite noun and its definite genitive)
    definite_next = i + 1 < s.b and s.keys[i + 1].startswith("ال")
    return definite_next and (key == "باسم" or (key.startswith("ل") and len(key) > 3))


def _long_name_adverbial(s: Sentence, first: int) -> bool:
    """English 'in the New England Journal of Medicine', 'in an interview with the Times of India on Friday':
    prepositional phrases to the sentence's end (fourteen words at most) whose lower-case words are only
    prepositions, articles, time words and nouns of an occasion, a document or an outlet (no verb, subject,
    cue or quotation) are one long adverbial."""
    words = s.lex.words
    if s.verb_first or s.keys[first] not in s.lex.adverbial_starts or s.keys[first] not in s.lex.prepositions:
        return False
    count = 0
    for j in range(first, s.b):
        tok = s.tokens[j]
        if not tok.is_word:
            if s.is_end(j) or tok.text in ENDERS or tok.text == "&":
                continue
            return False
        count += 1
        key = tok.key
        if count > 14 or j in s.cue_tokens or s.inside_quote(j) or (tok.text.islower() and not any(
                key in words[w] for w in ("prepositions", "determiners", "time_words", "occasions", "documents",
                                          "outlet_nouns", "adverbial_starts"))):
            return False  # ('in the good sense of the people', 'at least 45 million euros': no place or occasion)
    return True

def _gerund(s: Sentence, k: int) -> bool:
    """English: token k is a lower-case '-ing' verb form ('being', 'cutting'), not a preposition of that shape
    (prepositional_ing: 'during', 'including') nor the adverbial 'in passing'."""
    key = s.keys[k]
    return s.tokens[k].text.islower() and key.endswith("ing") and len(key) > 4 \
        and key not in s.lex.prepositional_ing and key != "passing"


def _gerund_complement(s: Sentence, cue: int) -> bool:
    """English 'will insist on being heard', 'spoke about cutting taxes': a preposition and a gerund right after
    the cue at token `cue`: the verb's own complement, so it closes no report of the words before it."""
    return cue + 2 < s.b and s.keys[cue + 1] in s.lex.prepositions and _gerund(s, cue + 2)


def _rest_is_adverbial(s: Sentence, i: int) -> bool:
    """Nothing but punctuation, or a short adverbial ('in a statement', 'on Friday'), left in the sentence."""
    rest = []  # the first seven words at most: more than six is never adverbial
    for j in range(i, s.b):
        if s.tokens[j].is_word:
            rest.append(j)
            if len(rest) > 6:
                break
    if not rest:
        return True
    if len(rest) > 6 and _long_name_adverbial(s, rest[0]):
        return True  # 'said in the New England Journal of Medicine.': phrases naming where, at length
    rest = _before_closing_day(s, rest)
    if len(rest) > 6:
        return False  # (what every test below returns: the answer needs six words at most; most contents run on)
    first = rest[0]
    if any(s.quote_at(j) for j in range(i, first + 1)):
        return False
    if s.verb_first and len(rest) > 1 and any(s.tokens[j].text in COMMAS for j in range(first + 1, rest[1])) \
            and s.tokens[rest[1]].is_word and rest[1] not in s.cue_tokens and not s.is_stop(rest[1]) \
            and s.keys[rest[1]] not in s.lex.adverbial_starts:
        return False  # "أعلنت الشرطة، الأحد، توقيف ثلاثة أشخاص": the day between commas, then the object
    if len(rest) > 1 and s.keys[first] == "there" and s.keys[rest[1]] in s.lex.auxiliaries:
        return False  # 'say there are concerns': an existential clause, not the adverb 'there'
    if _clause_after_adverbial(s, rest):
        return False  # 'told lawmakers on Tuesday the bridge was unsafe'
    if len(rest) > 2 and s.keys[first] == "at" and s.keys[rest[1]] in ("least", "most") and not s.verb_first:
        return False  # 'said at least 12 people had died': a number's 'at least', no place
    if not s.verb_first and len(rest) > 2 and s.keys[rest[1]].endswith(("'s", "’s")) and any(
            s.keys[j] in s.lex.be_forms_or_finite_auxiliaries for j in rest[2:]):
        return False  # "said last year's budget was too big": a possessive opens the clause's subject
    if not s.verb_first and i - 1 >= s.a and _gerund_complement(s, i - 1):
        return False  # 'will insist on being himself', 'spoke about cutting taxes': the verb's own complement
    if s.lex.lang == "en" and i - 1 >= s.a and (s.keys[i - 1] in s.lex.promising_verbs
                                                or s.keys[i - 1] in s.lex.intention_verbs) and any(
            s.keys[j] == "to" and j + 1 < s.b and s.tokens[j + 1].text.islower() and s.tokens[j + 1].is_word
            and s.keys[j + 1] not in s.lex.determiners for j in rest[1:]):
        return False  # 'promised in a speech to resign', 'voted Tuesday to close': what was promised follows
    if _time_adjective_subject(s, rest):
        return False  # 'said late fees would rise', 'said early voting was brisk': an adjective of the subject
    if _demonstrative_opens_clause(s, first):
        return False  # 'think this plan is doomed', 'said this was a mistake': 'this' opens the subject
    return len(rest) <= 6 and (s.keys[first] in s.lex.adverbial_starts or _to_a_name(s, rest) or (
        s.tokens[first].text[0].isdigit() and not _number_then_verb(s, rest)))


_TIME_ADJECTIVES: Final = frozenset({"late", "early", "last"})


def _time_adjective_subject(s: Sentence, rest: list[int]) -> bool:
    """English 'said late fees would rise', 'said early voting was brisk', 'said last orders were at ten':
    'late', 'early' or 'last' before a lower-case noun (no time word, no preposition) and right after it a
    finite auxiliary or a form of 'be': the adjective opens the clause's subject, no adverbial of time."""
    if s.verb_first or len(rest) < 3 or s.keys[rest[0]] not in _TIME_ADJECTIVES:
        return False
    noun, verb = rest[1], rest[2]
    return noun + 1 == verb and s.tokens[noun].text.islower() and s.keys[noun].isalpha() \
        and s.keys[noun] not in s.lex.adverbial_starts_or_time_words and s.keys[noun] not in s.lex.prepositions \
        and s.keys[verb] in s.lex.be_forms_or_finite_auxiliaries


def _demonstrative_opens_clause(s: Sentence, first: int) -> bool:
    """English 'think this plan is doomed', 'said this was a mistake': after the cue, 'this' with a lower-case
    noun and a verb after it (_demonstrative_subject), or right before a form of 'be' or a finite auxiliary, is
    the subject of what was said, no adverbial of time ('said this week', 'said this morning' stay adverbials)."""
    if s.verb_first or s.keys[first] != "this" or first + 1 >= s.b:
        return False
    nxt = s.tokens[first + 1]
    return _demonstrative_subject(s, first, s.b) or (
        nxt.is_word and nxt.text.islower() and nxt.key in s.lex.be_forms_or_finite_auxiliaries)


def _to_a_name(s: Sentence, rest: list[int]) -> bool:
    """English '…, a spokesman confirmed to People.', '… said to The Daily Star on Monday.': after the cue, 'to'
    and a capitalised name (the one told, not an infinitive), the rest of the sentence a short adverbial at most."""
    if s.verb_first or len(rest) < 2 or s.keys[rest[0]] != "to":
        return False
    k = 1
    while k < len(rest) and s.tokens[rest[k]].text[:1].isupper() and s.keys[rest[k]] not in s.lex.pronouns:
        k += 1
    return k > 1 and (k == len(rest) or s.keys[rest[k]] in s.lex.adverbial_starts_or_time_words)


def _before_closing_day(s: Sentence, rest: list[int]) -> list[int]:
    """English '…, researchers reported in the journal Nature Ecology on Thursday.': more than six words left, a
    day closing the sentence ('on Thursday', 'last week') is an adverbial of its own; the words before it, if
    six or fewer, are read alone."""
    if s.verb_first or len(rest) <= 6:
        return rest
    words = []  # (nine words at most: more than eight leave no day closing seven or eight)
    for j in range(rest[0], s.b):
        if s.tokens[j].is_word:
            words.append(j)
            if len(words) > 8:
                return rest
    if 6 < len(words) <= 8 and s.keys[words[-1]] in s.lex.time_words \
            and s.keys[words[-2]] in ("on", "last", "this", "late", "early"):
        return words[:-2]
    return rest


_TIME_OPENERS: Final = frozenset({"last", "late", "early", "earlier", "later", "this", "next", "in", "on", "at",
                                  "night", "morning", "afternoon", "evening"})


_PARTS_OF_DAY: Final = frozenset({"morning", "afternoon", "evening", "night", "day", "weekend"})


def time_phrase_end(s: Sentence, i: int) -> int:
    """English 'late Monday', 'earlier this month', 'last week', 'in June', 'in 2019', 'on Tuesday night', 'in the
    afternoon', 'later in the day': the token after a time phrase of up to four words opening at token i (holding a
    day, a period, a month, a year or a part of the day after 'in the' or 'at the'), else i."""
    k, timed = i, False
    while k < s.b and k - i < 4 and s.tokens[k].is_word and (
            s.keys[k] in s.lex.months_or_time_words or s.keys[k] in _TIME_OPENERS
            or (s.tokens[k].text.isdigit() and len(s.tokens[k].text) == 4) or _day_of_month(s, k)
            or _part_of_day(s, i, k) or (k > i and _part_of_day(s, i, k - 1))):
        timed = timed or s.keys[k] in s.lex.months_or_time_words or s.tokens[k].text.isdigit() \
            or s.keys[k] in ("earlier", "later") or (k > i and _part_of_day(s, i, k - 1))
        k += 1
    return k if timed and s.keys[k - 1] not in _TIME_OPENERS - {"night", "morning", "afternoon", "evening", "earlier",
                                                                  "later"} else i


def _part_of_day(s: Sentence, i: int, k: int) -> bool:
    """The 'the' at token k of 'in the afternoon', 'at the weekend', 'later in the day' (a time phrase opening at
    token i): after 'in' or 'at', before a part of the day or the week."""
    return s.keys[k] == "the" and k > i and k + 1 < s.b and s.keys[k - 1] in ("in", "at") \
        and s.keys[k + 1] in _PARTS_OF_DAY


def _day_of_month(s: Sentence, k: int) -> bool:
    """A figure of one or two digits beside a month ('on 30 March', 'on March 30'): a date, not a count ('in
    March 30 workers …' counts: no day follows 'in' and a month)."""
    text, months = s.tokens[k].text, s.lex.months
    return text.isdigit() and len(text) <= 2 and (
        (k + 1 < s.b and s.keys[k + 1] in months)
        or (k - 1 > s.a and s.keys[k - 1] in months and s.keys[k - 2] != "in"))


def clause_after_time_phrase(s: Sentence, i: int) -> int | None:
    """English 'said late Monday the levee would hold', 'said in June the plant …': after a time phrase at token
    i, an article, a possessive, a subject pronoun or a name whose finite verb follows within six words (no 'that'
    after it) opens the reported clause; its first token. (Remembered on the sentence: a third of the questions are
    asked again, by another rule, for the same token.)"""
    if s.verb_first or s.lex.lang != "en":
        return None
    timed = s.timed
    if i in timed:
        return timed[i]
    found = timed[i] = _clause_after_time_phrase(s, i)
    return found


def _clause_after_time_phrase(s: Sentence, i: int) -> int | None:
    k = time_phrase_end(s, i)
    if k == i or k + 1 >= s.b or not (s.keys[k] in ("the", "a", "an") or is_capitalised(s.tokens[k].text)
                                      or s.keys[k] in s.lex.clause_subjects or _counted_subject(s, k)
                                      or s.keys[k] in s.lex.possessives or _bare_noun_subject(s, k)):
        return None  # ('there' too: 'said on Monday there was no danger'; 'said on Monday its profit had …';
        # 'said on Tuesday inflation was easing')
    that = next((m for m in range(k + 1, min(s.b, k + 5)) if _is_complementizer(s, m)), None)
    if (that is not None and _subject_with_relative(s, k, that)) or relative_aside_then_finite(s, k):
        return k  # ('said last week the plan that officials drafted was dead': a relative clause in the subject)
    finite = next((m for m in range(k + 1, min(s.b, k + 7))
                   if s.keys[m] in s.lex.be_forms_or_finite_auxiliaries), None)
    if finite is None or any(not s.tokens[m].is_word or _is_complementizer(s, m) for m in range(k, finite)):
        return None
    return k


def _bare_noun_subject(s: Sentence, k: int) -> bool:
    """English 'said on Tuesday inflation was easing', 'said Monday demand had slowed': a lower-case word with no
    article, no adverb, right before a finite auxiliary or a form of 'be', is a subject."""
    return _noun_then_auxiliary(s, k) and s.keys[k].isalpha() and s.keys[k] not in s.lex.adverbs_or_time_words


def _counted_subject(s: Sentence, k: int) -> bool:
    """English 'said on Monday 30 hospitals had …', 'said on Sunday two men were …': a figure or a quantifier
    before a lower-case word opens a counted subject (not '30 March', a date)."""
    tok = s.tokens[k]
    counted = tok.text[:1].isdigit() or (tok.text.islower() and s.keys[k] in s.lex.quantifiers)
    return counted and s.tokens[k + 1].is_word and s.tokens[k + 1].text.islower()


def _clause_after_adverbial(s: Sentence, rest: list[int]) -> bool:
    """English 'on Tuesday the bridge was unsafe', 'on Friday it would close': after a preposition and a
    capitalised day or date, an article or a subject pronoun and, after it, a finite auxiliary or a form of 'be'
    open a clause: the words are no mere adverbial."""
    if rest and clause_after_time_phrase(s, rest[0]) is not None:
        return True  # 'said late Monday the levee would hold'
    if s.lex.lang != "en" or len(rest) < 4 or s.keys[rest[0]] not in s.lex.prepositions \
            or not is_capitalised(s.tokens[rest[1]].text):
        return False
    subject = next((n for n in range(2, len(rest) - 1) if s.keys[rest[n]] in ("the", "a", "an")
                    or (s.keys[rest[n]] in s.lex.clause_subjects and s.keys[rest[n]] != "there")), None)
    return subject is not None and all(rest[n] == rest[n - 1] + 1 for n in range(1, subject + 1)) and any(
        s.keys[j] in s.lex.be_forms_or_finite_auxiliaries for j in rest[subject + 1:])


def _number_then_verb(s: Sentence, rest: list[int]) -> bool:
    """English 'said 22 children missed a dose', 'said 40 bodies were found', 'said 300 people took part': a
    number opening a clause whose verb (a finite auxiliary, a form of 'be' or a lower-case '-ed' word, irregular
    past or verb of moving after a noun) follows; not a date or a time ('on 22 March', '10 days ago')."""
    return s.lex.lang == "en" and any(
        s.keys[j] in s.lex.be_forms_or_finite_auxiliaries
        or (s.tokens[j].text.islower() and s.tokens[j - 1].text.isalpha()
            and (s.keys[j].endswith("ed") or s.keys[j] in s.lex.irregular_pasts_or_movement_verbs))
        for j in rest[2:])


def ends_after(s: Sentence, i: int) -> bool:
    """The sentence ends at token i, or a comma closes the phrase there ('said X, a spokesman.')."""
    return i >= s.b or s.tokens[i].text in ENDERS or s.tokens[i].text in COMMAS or _rest_is_adverbial(s, i) \
        or (i > s.a and _reason_to_the_end(s, i) and anonymity_reason(s, max(s.a, i - 8), i) == i) \
        or (s.tokens[i].text == "(" and _aside_to_the_end(s, i))
    # ('said two officials who asked not to be named because they were not authorized to speak.')


def _aside_to_the_end(s: Sentence, i: int) -> bool:
    """English '…, said Ann Cole (a view shared by others).': an aside of words in brackets, opened by a
    lower-case word, that closes the sentence or the phrase before a comma."""
    if i + 1 >= s.b or not s.tokens[i + 1].text.islower():
        return False
    close = next((k for k in range(i + 1, min(s.b, i + 30)) if s.tokens[k].text in "()"), None)
    return close is not None and s.tokens[close].text == ")" and (
        close + 1 >= s.b or s.tokens[close + 1].text in ENDERS or s.tokens[close + 1].text in COMMAS)


def parenthetical(s: Sentence, first: int, after: int) -> bool:
    """'…, Walsh said, …': a cue set off by commas in the middle of the reported sentence."""
    j = after
    if j < s.b and s.keys[j] in s.lex.adverbial_starts:  # '…, the company said in a statement, …'
        k = next((k for k in range(j, min(s.b, j + 8)) if s.tokens[k].text in COMMAS
                  or (s.tokens[k].text in "—–―-" and first - 1 >= s.a
                      and s.tokens[first - 1].text == s.tokens[k].text)),
                 None)  # ('— the mayor said on Monday —')
        clause = k is not None and not s.verb_first and any(
            s.keys[m] in s.lex.clause_subjects and s.keys[m] != "there" for m in range(j + 1, k))
        j = k if k is not None and not clause else j  # ('which said last week it would …, declined': a clause)
    before = first - 1
    while before >= s.a and s.tokens[before].text not in COMMAS and first - before < 6:
        before -= 1
    return (j < s.b and s.tokens[j].text in COMMAS and before >= s.a and s.tokens[before].text in COMMAS
            and not _dateline_dash_before(s, first)) \
        or _between_dashes(s, first, j)


def _dateline_dash_before(s: Sentence, first: int) -> bool:
    """English 'RIVERTON, June 12 - Mayor Ana Ruiz said, however, …': the dash right before token `first` closes
    the wire copy's dateline; the comma before it is the dateline's, no clause set off before the subject."""
    return not s.verb_first and first - 1 > s.a and s.tokens[first - 1].text in "—–―-" \
        and _after_dateline(s, s.a, first) == first


def _between_dashes(s: Sentence, first: int, j: int) -> bool:
    """English 'The plan -- Ruiz said -- would fail', 'The plan — Ruiz said — would fail': a cue and its subject
    set off by dashes (the same mark on both sides) in the middle of the reported sentence, words before them."""
    if s.verb_first or j >= s.b or first - 1 <= s.a or s.tokens[j].text not in "—–―-" \
            or s.tokens[first - 1].text != s.tokens[j].text:
        return False
    k = first - 1
    while k > s.a and s.tokens[k - 1].text == s.tokens[j].text:
        k -= 1
    return k > s.a and s.tokens[k - 1].is_word and j + 1 < s.b and (
        s.tokens[j + 1].is_word or s.tokens[j + 1].text == s.tokens[j].text)


def past_opening_adverbials(s: Sentence, i: int, before: int) -> int:
    """Arabic: the token after the adverbial phrases, each closed by a comma, that open a clause at token i
    ('من جهتها،', 'وفي تعليقاته لصحفيين، الثلاثاء،', 'وفيما يتعلق بالأجور،': topic_openers); i itself when there
    are none."""
    for _ in range(3):
        topic = i < before and _phrase_at(s, i, "topic_openers") > 0  # ('وفيما يتعلق بأسعار التذاكر،')
        reach = 12 if i < before and (topic or s.keys[i] in s.lex.prepositions
                                      or s.keys[i][1:] in s.lex.prepositions) \
            and not _phrase_at(s, i, "subordinate_openers") else 6  # ('وفي رده على سؤال حول …،'; not 'في حين')
        comma = next((j for j in range(i, min(before, i + reach)) if s.tokens[j].text in COMMAS), None)
        if comma is None or not (topic or s.is_stop(i) or skip_adverbs(s, i) > i or s.strip_clitic(s.keys[i]) in
                                 s.lex.adverbs or (s.keys[i][:1] in s.lex.proclitics
                                                            and s.keys[i][1:] in s.lex.source_stops)):
            break
        i = comma + 1
    return i


def place_before_subject(s: Sentence, first: int) -> bool:
    """Arabic: an indefinite title at token `first` comes right after the opening verb and a place phrase of a
    preposition and one definite noun ('وشارك في الاجتماع وزير الاقتصاد …'): the title opens the subject, and
    the verb's complement is already written (no object after the subject)."""
    return first - 3 >= s.a and s.keys[first - 2] in s.lex.prepositions and s.keys[first - 1].startswith("ال") \
        and first - 2 not in s.cue_tokens and not s.keys[first].startswith("ال") and is_title(s, first) \
        and s.tokens[first - 3].is_word \
        and first - 3 == past_opening_adverbials(s, _after_dateline(s, s.a, first), first)


def verb_first_subject(s: Sentence, before: int) -> tuple[int, int] | None:
    """Arabic: the subject of the sentence's opening verb ('وشنت تركيا …', 'إلى ذلك، تعالت بعض الأصوات …'),
    read up to token `before`."""
    i = _after_dateline(s, s.a, before)
    if i in s.according_starts:
        return None  # "ووفقا للتفاصيل، أن …": the sentence opens with a source, not a verb
    i = past_opening_adverbials(s, i, before)
    while i < before and s.keys[i] in s.lex.subject_stops and s.keys[i] not in s.lex.clause_breaks:
        i += 1  # "كما توجه إلى …", "في حين كشف الرئيس …": the connective before the verb ("أما X فـ": a topic)
    if i < before and s.strip_clitic(s.keys[i]) in s.lex.negations:
        i += 1  # "ولم يحدد المدرب التشكيل": the verb is after the negation
    i += _phrase_at(s, i, "clause_breaks", singles=False) if i < before else 0
    if i + 1 >= before or not s.tokens[i].is_word or s.is_stop(i) or s.keys[i + 1] in s.lex.verb_particles:
        return None  # ("وكانت قد قالت": an auxiliary and its particle, no subject written)
    if _asks_him(s, i):
        return None  # "وسأله أحد الصحفيين عن …، فقال": the one asked answers, not the asker
    titled = _opening_title_subject(s, i, before)
    if titled is not None:
        return titled  # "وزير الري، عماد الشريف، نفى …، وقال": the sentence opens with its subject, no verb
    if i + 2 < before and s.is_stop(i + 1) and s.keys[i + 1].endswith(("ه", "ها", "هم")) \
            and s.tokens[i + 2].is_word and not s.is_stop(i + 2):
        i += 1  # "ورد عليه زعيم المعارضة بالقول": a pronoun object before the subject
    if i + 3 < before and place_before_subject(s, i + 3):
        i += 2  # "وشارك في الاجتماع وزير الاقتصاد …": where he took part, then the subject
    right = right_source(s, i + 1, before)
    if right and s.strip_clitic(s.keys[i]) in s.lex.asking_verbs:
        return _one_asked(s, right)  # "وسأل الصحفيون الوزير عن …، فقال": the one asked answers
    if right:
        right = _before_coordinated_verb(s, with_apposition(s, right, before))
    if right and any(s.is_stop(k) for k in range(right[0] + 1, right[1])) and _definite_object_last(s, right):
        right = (right[0], right[1] - 1)  # "وأدان نائب عن المنطقة في البرلمان الصومالي الحادثة": the object
    elif right and right[1] > right[0] and s.keys[right[0]].startswith("ال") \
            and (is_title(s, right[0]) or s.keys[right[0]] in s.lex.professions):
        described = right[0] + (right[1] > right[0] + 1 and _active_participle_after_person(s, right[0], right[0] + 1))
        if described + 1 <= right[1] and _definite_object_last(s, (right[0], described + 1)):
            right = (right[0], described)  # "ورفض الوزير الخوض في التفاصيل": a definite title (and a participle
            # describing him: 'المرشح الخاسر'), then its object
    city = _body_city_end(s, right) if right else None
    if right and city is not None:
        return right[0], city  # "ونفت دائرة صحة كركوك وجود …، وقالت": the body's name, to its city
    phrase = _with_name_part(s, noun_phrase(s, i + 1), right[1]) if right else None
    if right and phrase and phrase[1] < right[1] and acronym_close(s, phrase[1] + 1, before) != right[1] and (
            (phrase[0] < phrase[1] and _indefinite_attribute(s, phrase[0], phrase[1]))
            or all(k in s.protected for k in range(phrase[0], phrase[1] + 1))
            or (_construct_object(s, phrase[1] + 1, right[1]) and (not _opens_title(s, phrase[0]) or (
                phrase[1] > phrase[0] and s.keys[phrase[1] + 1].endswith("ات"))))):
        return phrase  # "انتقد خبراء اقتصاديون القرار، معتبرين …", "وأدانت الأمم المتحدة الهجوم، مؤكدة …"
        # ("ونقل السفير الفرنسي تحيات الرئيس": after a title, a plural is no first name, as 'نبيل العربي' is)
    if right and phrase and phrase[0] + 1 < phrase[1] < right[1] and s.keys[phrase[0]].startswith("ال") \
            and is_title(s, phrase[0]) and s.keys[phrase[0] + 1] in s.lex.female_names_or_male_names \
            and s.keys[phrase[1] + 1].startswith("ال") and not _is_adjective_like(s, phrase[1] + 1) \
            and phrase[1] + 1 not in s.protected:
        return phrase  # "وانتقد النائب محمد الغانم الخطوة، قائلا …": a title, a first name and a surname, then
        # the object (no adjective of the name)
    objecting = s.keys[i] in s.lex.object_cues or s.strip_clitic(s.keys[i]) in s.lex.object_cues
    if right and phrase and phrase[1] + 1 == right[1] and objecting and s.keys[right[1]].startswith("ال") \
            and s.keys[phrase[1]] not in s.lex.name_connectors:
        return phrase  # "ووصف المحامي سامر خليل القرار بأنه …، وقال": the object of a verb whose object is part of
        # what it reports (object_cues) follows the name, as the verb's own reading has it
    if right and objecting and right[1] - 2 > right[0] and s.keys[right[1] - 2] in s.lex.name_connectors \
            and right[1] not in s.protected and _definite_noun(s, right[1]):
        return right[0], right[1] - 1  # "ووصف المحامي ياسر عبد الحميد الحكم بأنه …": a compound name, the object
    if right and objecting and phrase and phrase[0] + 1 < phrase[1] < right[1] \
            and s.keys[phrase[1] - 1] in s.lex.name_connectors and phrase[1] + 1 not in s.protected \
            and _definite_noun(s, phrase[1] + 1):
        return phrase  # "واتهم الوزير خالد عبد الله المعارضة بالتحريض، وقال": the compound name, then the object
        # and what it is accused of
    if right is None:
        return None
    return _before_meeting_object(s, i, right if _cue_without_bi(s, i) else _before_bi_object(s, right))


def _before_coordinated_verb(s: Sentence, right: tuple[int, int]) -> tuple[int, int]:
    """Arabic: the words read as the opening verb's subject end before a second verb joined by 'و' (a verb of
    visiting or inspecting, meeting_verbs.txt, or one whose object it reports, object_cues.txt: 'وتفقد',
    'والتقى', 'ووصف'): 'وزار الوزير المستشفى وتفقد الجرحى وقال' has one subject, that of the first verb."""
    first, last = right
    for k in range(first + 1, last + 1):
        key = s.keys[k]
        if key[:1] == "و" and k not in s.protected and s.tokens[k].is_word \
                and (key[1:] in s.lex.meeting_verbs or key[1:] in s.lex.object_cues):
            return first, k - 1
    return right


def _with_name_part(s: Sentence, phrase: tuple[int, int] | None, last: int) -> tuple[int, int] | None:
    """Arabic: a noun phrase read as a subject that ends on a word joining the parts of a name ('عبد', 'أبو',
    'بن': name_connectors) ends with the name's next part, up to token `last` ('الوزير خالد عبد الله المعارضة':
    'عبد الله' is one name, not 'عبد' and the object 'الله …')."""
    if phrase is None or phrase[1] >= last or phrase[1] <= phrase[0] or s.keys[phrase[1]] not in s.lex.name_connectors:
        return phrase
    nxt = phrase[1] + 1
    return (phrase[0], nxt) if s.tokens[nxt].is_word and not s.is_stop(nxt) and nxt not in s.cue_tokens else phrase


def _body_city_end(s: Sentence, subject: tuple[int, int]) -> int | None:
    """Arabic: an indefinite body noun heading the words read as a subject ('دائرة صحة كركوك وجود …') has a
    construct name that a city closes ('كركوك', 'ذي قار', 'البصرة') within four words: the city's last token,
    else None."""
    first, last = subject
    if s.keys[first] not in s.lex.government_or_organizations or s.keys[first].startswith("ال"):
        return None
    for k in range(first + 1, min(last, first + 4) + 1):
        city = _phrase_at(s, k, "cities", singles=False) or int(place_name(s, k))
        if city and s.tokens[k].is_word:
            return min(last, k + city - 1)
        if not s.tokens[k].is_word or s.is_stop(k) or s.keys[k].startswith("ال"):
            return None
    return None


def _before_meeting_object(s: Sentence, verb: int, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: after an opening verb of visiting, meeting or discussing (meeting_verbs.txt: 'زار', 'بحث'), the
    words read as its subject end before the first definite noun that follows a complete part of it (a definite
    word, a name) and that no adjective can be (not a relative adjective, a listed adjective, an elative, a
    known name), when only its own adjectives come after it: 'وزار الوزير المخيم' (he visited the camp), 'وبحث
    الرئيس الأزمة مع …', 'وتفقد وزير الصحة المستشفى الجديد'. A definite word after an indefinite title, a body
    or a 'لل' genitive is its genitive ('وزير الصحة', 'الأمين العام للأمم المتحدة') and stays."""
    first, last = subject
    if last <= first or not s.verb_first or s.strip_clitic(s.keys[verb]) not in s.lex.meeting_verbs:
        return subject
    for k in range(first + 1, last + 1):
        if k in s.protected or not _definite_noun(s, k) or _first_name_key(s, k):
            continue
        before = s.keys[k - 1]
        if not (before.startswith("ال") or k - 1 in s.protected or _first_name_key(s, k - 1)) \
                or before.startswith("لل") or s.is_stop(k - 1):
            continue  # (a genitive: 'وزير الصحة', 'للأمم المتحدة')
        if is_title(s, k) or s.keys[k] in s.lex.professions:
            continue  # ('ولي العهد الأمير …': a second title, then a name)
        j = k + 1
        while j <= last and j not in s.protected and s.keys[j].startswith("ال") \
                and (not _definite_noun(s, j) or s.keys[j].startswith("الم")):
            j += 1  # (the object's own adjectives and participles: 'المستشفى الجديد', 'المبنى المتضرر')
        if j > last or s.is_stop(j) or s.keys[j] in s.lex.prepositions:
            return first, k - 1  # (or a preposition after it: 'الملف مع …', 'الوفد في …')
        return subject  # (only the first such noun may open the object)
    return subject


def _definite_noun(s: Sentence, k: int) -> bool:
    """Arabic: token k is a definite word that no adjective can be: not a relative adjective ('الأممي'), a listed
    adjective ('الجديد', 'العام') nor an elative ('الأعلى')."""
    key, text = s.keys[k], s.tokens[k].text
    return key.startswith("ال") and len(key) >= 5 and not text.endswith(("ي", "ية", "يه", "يون", "يين")) \
        and key not in s.lex.adjectives and not (text.startswith("الأ") and len(key) == 6 and text[-1] != "ة") \
        and not s.is_stop(k) and s.tokens[k].is_word  # ('المستشفى': its alef maqsura is no relative 'ي')


def _first_name_key(s: Sentence, k: int) -> bool:
    return s.keys[k] in s.lex.female_names_or_male_names


def _cue_without_bi(s: Sentence, verb: int) -> bool:
    """Arabic: the opening verb is a cue none of whose forms takes what it reports with 'بـ' ('وشدد', 'وأكد'; not
    'وأشاد', 'وطالب', 'ونوه'), its subject a title and then a word glued to 'بـ': that word is no object of the
    verb but the first name of the title's holder ('وشدد البطريرك بشارة الراعي'), as the verb's own record read
    it."""
    if verb + 2 >= s.b or verb not in s.cue_tokens or not is_title(s, verb + 1) or s.keys[verb + 2][:1] != "ب":
        return False
    forms = s.lex.cues.get(s.strip_clitic(s.keys[verb]), ())
    return bool(forms) and all("ب" not in f.introducer.split("|") for f in forms)


def _before_bi_object(s: Sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """Arabic: a word with a glued 'بـ' after a definite word of the subject opens the verb's object ('والتقى
    الرئيس بوفد من …، وقال': the president, not 'الرئيس بوفد'); a name the registry knows ('بوتين'), a first
    name ('بشار') or a title is no object, nor a body's seat ('أستاذ الاقتصاد بجامعة …') or 'باسم' ('المتحدث
    باسمها')."""
    seats = s.lex.union("organizations", "government", "title_nouns", "capitals", "outlet_nouns")
    for k in range(subject[0] + 1, subject[1] + 1):
        key = s.keys[k]
        if key[:1] == "ب" and len(key) > 3 and not key.startswith(("بال", "باسم")) and s.keys[k - 1].startswith("ال") \
                and s.tokens[k].is_word and k not in s.protected and not is_title(s, k) \
                and key[1:] not in seats and key not in s.lex.female_names_or_male_names \
                and (k == subject[1] or s.keys[k + 1].startswith("ال") or s.is_stop(k + 1)):
            return subject[0], k - 1  # (not 'مدرب المنتخب باباكار ندياي': a name and its surname)
    return subject


def _one_asked(s: Sentence, right: tuple[int, int]) -> tuple[int, int] | None:
    """Arabic: after a verb of asking, the words read as its subject: a definite word or a known name, then the
    one asked, a title, a trade or a known name ('الصحفيون الوزير', 'مراسلنا المتحدث باسم الجيش'); None when
    no one asked is written apart from the asker."""
    first, last = right
    if first < last and s.keys[first] in s.lex.quantifiers:
        first += 1  # ('أحد الحاضرين المدرب': one of those present asked)
    k = first + 1
    while k <= last and first in s.protected and k in s.protected and k not in s.name_heads:
        k += 1  # (past the asker's known name)
    if k > last or not (s.keys[first].startswith("ال") or first in s.protected
                        or (len(s.tokens[first].text) > 4 and s.tokens[first].text.endswith(("نا", "ه")))):
        return None
    asked = is_title(s, k) or k in s.protected or s.strip_clitic(s.keys[k]) in s.lex.professions
    end = next((j - 1 for j in range(k + 1, last + 1) if s.is_stop(j) or not s.tokens[j].is_word), last)
    return (k, end) if asked else None  # (up to what he was asked about: 'عن …')


def _asks_him(s: Sentence, i: int) -> bool:
    """Arabic: token i is a verb of asking with an object pronoun glued to it ('وسأله', 'فسألوها')."""
    key = s.strip_clitic(s.keys[i])
    asking = s.lex.asking_verbs
    return any(key.endswith(p) and key[:-len(p)] in asking for p in ("ه", "ها", "هم", "هما"))


def _opening_title_subject(s: Sentence, i: int, before: int) -> tuple[int, int] | None:
    """Arabic: an indefinite title opening the sentence ('وزير الري، عماد الشريف، نفى …') is no verb: the
    sentence opens with its subject, read back from the first cue after it (None when it reads otherwise)."""
    if not is_title(s, i) or s.keys[i].startswith("ال"):
        return None
    cue = min((j for j in s.cue_tokens if i + 1 < j < before), default=None)
    if cue is None:  # "مدير المصنع، وليد الحربي، زار …، وأكد": no cue before: the title's genitive and the name
        right = right_source(s, i + 1, before)  # set off by commas after it
        named = with_apposition(s, right, before) if right is not None and right[0] == i + 1 else None
        return (i, named[1]) if named is not None and right is not None and named[1] > right[1] + 1 else None
    left = left_subject(s, cue)
    return left if left is not None and left[0] == i and left[1] < cue else None


def is_title(s: Sentence, i: int) -> bool:
    """Token i is a title ('الأمين', 'وزير'): a name may follow it ('الأمين العام … نبيل العربي')."""
    return s.strip_clitic(s.keys[i]) in s.lex.titles or s.keys[i] in s.lex.titles


def _opens_title(s: Sentence, i: int) -> bool:
    """Token i is a title or opens a title of more words ('ولي العهد'): a name may follow the title."""
    return is_title(s, i) or _phrase_at(s, i, "titles", singles=False) > 1


def _construct_object(s: Sentence, i: int, last: int) -> bool:
    """Arabic: an indefinite noun with a definite genitive after it ('مطالب المحتجين', 'وجود أي نقص' aside) at
    token i, after a subject: the verb's object, not more of the subject ('رفضت الحكومة مطالب المحتجين')."""
    if i + 1 > last or not s.tokens[i].is_word or i in s.protected or s.is_stop(i):
        return False
    key = s.keys[i]
    if key.startswith("ال") or key[:1] in ("و", "ف", "ب", "ل", "ك") or is_title(s, i):
        return False  # ("أستاذ الاقتصاد بجامعة القاهرة": a glued preposition carries the subject on)
    if i - 1 >= s.a and s.keys[i - 1] in s.lex.government_or_organizations and not s.keys[i - 1].startswith("ال"):
        return False  # ('دائرة صحة كركوك': an indefinite body noun heads a construct, its genitive no object)
    return (s.keys[i + 1].startswith("ال") or _possessed_genitive(s, i + 1)
            or (key in s.lex.stance_nouns and s.tokens[i + 1].is_word)) and not s.is_stop(i + 1)
    # ('حرص مصر': a noun of a stance before a name without the article, a country's or a city's)


def _possessed_genitive(s: Sentence, j: int) -> bool:
    """Arabic: a genitive with no article that is still definite, a noun with a possessive pronoun ('حرص
    بلاده', 'دعم حكومتها')."""
    return s.tokens[j].is_word and s.tokens[j].text.endswith(("ه", "ها", "هم")) and len(s.keys[j]) > 3


def _possessed_title_end(s: Sentence, j: int, i: int, before: int) -> int | None:
    """English: after a capitalised possessive ("Britain's", "Canada's"), the last token of a lower-case title
    of one to three words ('prime minister', 'finance minister'), or None."""
    if j <= i or not s.tokens[j].text[:1].islower() or not s.tokens[j - 1].text[:1].isupper() \
            or not s.tokens[j - 1].text.endswith(("'s", "’s")):
        return None
    for k in range(j, min(before, j + 3)):
        n = _phrase_at(s, k, "titles") or _possessed_body_head(s, k)
        if n:
            return k + n - 1
        if not s.tokens[k].is_word or k in s.cue_tokens:
            return None
    return None


def _possessed_body_head(s: Sentence, k: int) -> int:
    """English "Russia's defense ministry", "the city's water department": a lower-case body's head noun after
    a possessive ends the subject as a title does (1), else 0."""
    return 1 if s.lex.lang == "en" and (s.keys[k] in s.lex.government_or_organizations) else 0


def _after_dateline(s: Sentence, i: int, before: int) -> int:
    """'SEOUL (Reuters) -' and 'BUENOS AIRES, Feb 26 -' open wire copy; the sentence starts after them, and after
    an English upper-case city and a colon ('NEW DELHI: The party …', as Indian papers write it). (From the
    sentence's start, remembered on it by `before`: most questions are asked again, by another rule.)"""
    if i != s.a:
        return _dateline_end(s, i, before)
    datelines = s.datelines
    if before in datelines:
        return datelines[before]
    found = datelines[before] = _dateline_end(s, i, before)
    return found


def _dateline_end(s: Sentence, i: int, before: int) -> int:
    if i < before and s.tokens[i].text.isupper() and len(s.tokens[i].text) > 1:
        if not s.verb_first:
            colon = _upper_run_colon(s, i, before)
            if colon:
                return colon
        for j in range(i + 1, min(before, i + 10)):
            if s.tokens[j].text in "-–—―":
                return _past_repeated_dash(s, j, before)
    if not s.verb_first and i + 3 < before and s.tokens[i].text == "(" and s.tokens[i + 2].text == ")" \
            and s.tokens[i + 1].is_word and s.tokens[i + 1].text[:1].isupper() and s.tokens[i + 3].text in "-–—―":
        j = i + 4  # '(Bloomberg) --', '(Reuters) -': the outlet's bracket opens the story with no place before it
        while j < before and s.tokens[j].text == s.tokens[i + 3].text:
            j += 1
        return j
    if not s.verb_first and i + 3 < before and s.tokens[i].text[:1].isupper() and s.tokens[i].is_word:
        close = _title_case_dateline_outlet(s, i, before)
        if close:
            return close + 2  # 'Washington (CNN) —', 'Rio de Janeiro (Reuters) -': a title-case place and its outlet
        dated = _title_case_dated_dateline(s, i, before)
        if dated:
            return dated  # 'Riverton, June 12 -', 'Port Ellis, Ore., Jan. 5 (AP) —': a title-case place and a date
    if not s.verb_first and i + 2 < before and s.tokens[i].text.isdigit() and s.tokens[i + 1].text == ":" \
            and s.tokens[i + 2].text.isdigit():  # '6:15 p.m. ET —', '12:05 GMT:': a live blog's time stamp
        for j in range(i + 3, min(before, i + 6)):
            if s.tokens[j].text in "-–—―:":
                return j + 1
            if not (s.tokens[j].is_word and (s.tokens[j].text.isupper() or s.keys[j] in ("a.m.", "p.m."))):
                break
    if s.verb_first:  # "بغداد - غرد رئيس الوزراء …", "برلين (د ب أ) -": a city, maybe an agency, then a dash
        for j in range(i + 1, min(before, i + 8)):
            if s.tokens[j].text in "-–—―":
                return _past_bracketed_agency(s, _past_repeated_dash(s, j, before), before) \
                    if all(k not in s.cue_tokens for k in range(i, j)) else i
            if not (s.tokens[j].is_word or s.tokens[j].text in "()/" or (j == i + 1 and s.tokens[j].text in COMMAS)):
                break  # ('كييف/واشنطن (رويترز) -': two cities; 'دبي، الإمارات (CNN)--': a city and its country)
        return _slashed_dateline(s, i, before)
    return i


def _past_repeated_dash(s: Sentence, j: int, before: int) -> int:
    """The token after the dash at token j and the same dashes right after it ('GREEN BAY, Wis. --': '--' is two
    tokens)."""
    k = j + 1
    while k < before and s.tokens[k].text == s.tokens[j].text:
        k += 1
    return k


_AGENCY_WORDS: Final = 4  # words at most of an agency's name in a dateline's brackets: '(رويترز)', '(أ ف ب)'


def _past_bracketed_agency(s: Sentence, i: int, before: int) -> int:
    """Arabic 'بيروت - (رويترز) -', 'عمّان - (أ ف ب) -': after the city's dash, the agency in brackets and its own
    dash belong to the dateline too; the token after them (else `i`)."""
    if i + 3 >= before or s.tokens[i].text != "(":
        return i
    close = next((k for k in range(i + 2, min(before, i + _AGENCY_WORDS + 2)) if s.tokens[k].text == ")"), None)
    if close is None or close + 1 >= before or s.tokens[close + 1].text not in "-–—―" \
            or not all(s.tokens[k].is_word for k in range(i + 1, close)):
        return i
    return _past_repeated_dash(s, close + 1, before)


def _title_case_dateline_outlet(s: Sentence, i: int, before: int) -> int:
    """English 'Washington (CNN) —', 'Paris, France (AFP) -': from token i, a place of capitalised words (and
    commas, name connectors) up to an outlet's bracket (as _dateline_outlet reads it) followed by a dash; the
    closing bracket's index (else 0)."""
    hi = min(before - 2, i + _DATELINE_PLACE_TOKENS + 1)
    if hi <= i + 1 or s.text.find("(", s.tokens[i].end, s.tokens[hi - 1].end) < 0:
        return 0  # (no bracket among the tokens read: most sentences, found without a loop over them)
    for j in range(i + 1, hi):
        if s.tokens[j].text == "(":
            close = j + 2
            return close if s.tokens[close].text == ")" and s.tokens[close + 1].text in "-–—―" \
                and _dateline_outlet(s, close) else 0
        if not (s.tokens[j].text == "," or (s.tokens[j].is_word and (s.tokens[j].text[:1].isupper()
                                                                     or s.keys[j] in s.lex.name_connectors))):
            return 0
    return 0


def _title_case_dated_dateline(s: Sentence, i: int, before: int) -> int:
    """English 'Riverton, June 12 -', 'Lima, Peru, Nov. 2 (AP) —': from token i, a place of capitalised words (and
    commas, name connectors), a comma, a capitalised month and its day, an outlet in brackets at most, then a dash;
    the token after the dash (else 0)."""
    hi = min(before - 3, i + _DATELINE_PLACE_TOKENS + 1)
    for j in range(i + 1, hi):
        tok = s.tokens[j]
        if tok.text == "," and s.keys[j + 1] in s.lex.months and s.tokens[j + 1].text[:1].isupper():
            k = j + 2 + (s.tokens[j + 2].text == ".")
            if k >= before or not s.tokens[k].text.isdigit():
                return 0
            k += 1
            if k + 2 < before and s.tokens[k].text == "(" and s.tokens[k + 2].text == ")" \
                    and s.tokens[k + 1].text[:1].isupper():
                k += 3  # ('(AP)')
            return _past_repeated_dash(s, k, before) if k < before and s.tokens[k].text in "-–—―" else 0
        if not (tok.text == "," or (tok.is_word and (tok.text[:1].isupper() or s.keys[j] in s.lex.name_connectors))
                or (tok.text == "." and s.tokens[j - 1].is_word)):
            return 0  # ('Ore.', 'St. Louis': an abbreviation's full stop)
    return 0


def _upper_run_colon(s: Sentence, i: int, before: int) -> int:
    """English 'NEW DELHI:': upper-case words from token i, at most three, then a colon; the token after the
    colon (else 0)."""
    for j in range(i + 1, min(before, i + 4)):
        if s.tokens[j].text == ":":
            return j + 1
        if not (s.tokens[j].is_word and s.tokens[j].text.isupper()):
            return 0
    return 0


def _slashed_dateline(s: Sentence, i: int, before: int) -> int:
    """Gulf agency copy: 'أبوظبي في 29 نوفمبر / وام /', 'الدوحة في 3 مارس /قنا/' — a city, 'في', a day and a
    month, then the agency between two slashes; the sentence starts after the second slash (else `i`)."""
    if not (i + 4 < before and s.tokens[i].is_word and s.keys[i + 1] == "في" and s.tokens[i + 2].text.isdigit()
            and s.tokens[i + 3].is_word):
        return i
    j = i + 4
    if j < before and s.tokens[j].text.isdigit():  # the year: 'في 29 نوفمبر 2026 / وام /'
        j += 1
    if j + 2 >= before or s.tokens[j].text != "/":
        return i
    k = next((k for k in range(j + 1, min(before, j + 5)) if s.tokens[k].text == "/"), None)
    if k is None or k == j + 1 or not all(s.tokens[m].is_word for m in range(j + 1, k)) \
            or any(m in s.cue_tokens for m in range(i, k)):
        return i
    return k + 1


def _abbreviation_stop(s: Sentence, j: int) -> bool:
    """The full stop of 'Mr.', 'Gov.' — part of a name, not its end; so is a site's, a listed suffix glued after
    it ('للعربية.نت')."""
    prev, tok = s.tokens[j - 1], s.tokens[j]
    return tok.text == "." and prev.end == tok.start and (
        prev.key + "." in s.lex.abbreviations or short_abbreviation(s.tokens, j)
        or (j + 1 < len(s.tokens) and s.tokens[j + 1].start == tok.end
            and "." + s.tokens[j + 1].key in s.lex.abbreviations))


def short_abbreviation(tokens: list[Token], j: int) -> bool:
    """English 'Sen. Dick Durbin of Ill. said …', 'Halvorsen Bros. said …': the full stop at token j glued to a
    capitalised word of two to five Latin letters, a lower-case Latin word right after it: an abbreviation
    (the lexicon's abbreviations leave out the state names that are words too: 'Ill.', 'Mass.', 'Ore.')."""
    if j < 1 or j + 1 >= len(tokens):
        return False
    prev, nxt = tokens[j - 1], tokens[j + 1]
    return prev.end == tokens[j].start and 2 <= len(prev.text) <= 5 and prev.text.isascii() and prev.text.isalpha() \
        and prev.text[0].isupper() and nxt.is_word and nxt.text.isascii() and nxt.text[:1].islower()


_DATING_WORDS: Final = frozenset({"early", "late", "mid", "in", "on", "by", "at", "during", "last", "this", "the"})


def _pronoun_after_dating(s: Sentence, i: int, before: int) -> int | None:
    """English 'in early April she acquiesced', 'on March 6 they wrote': a subject pronoun and a lower-case word
    after a phrase of time with no comma (prepositions, 'early', 'late', months, time words, numbers): the
    pronoun's token, or None."""
    for k in range(i, min(before - 1, i + 5)):
        key = s.keys[k]
        if key in s.lex.clause_subjects and key not in ("there", "it") and s.tokens[k + 1].text.islower() \
                and s.tokens[k + 1].is_word:
            return k if k > i else None
        if not (key in _DATING_WORDS or key in s.lex.months or key in s.lex.time_words or s.tokens[k].text.isdigit()):
            return None
    return None


def only_dating(s: Sentence, a: int, b: int) -> bool:
    """English: tokens a to b - 1 are a phrase of time and nothing else ('On March 6', 'in early April', 'On
    Tuesday'): prepositions of time, 'early', 'late', months, time words, numbers."""
    return a < b and all(s.keys[k] in _DATING_WORDS or s.keys[k] in s.lex.months or s.keys[k] in s.lex.time_words
                         or s.tokens[k].text.isdigit() for k in range(a, b))


def sentence_subject(s: Sentence, before: int) -> tuple[int, int] | None:
    """English: the noun phrase a sentence opens with ('Sister Sharon Holland', 'The mayor of Surabaya',
    'the teen'), read up to token `before`, after a leading adverbial clause ('On Monday, …') or a leading
    quotation ('"…," Blige sings …')."""
    i = _after_dateline(s, s.a, before)
    leading = s.quote_at(i) if not s.verb_first and i < before else None
    if leading is not None:
        k = next((k for k in range(i + 1, before) if s.tokens[k].start >= leading[1]), before)
        while k < before and s.tokens[k].text in COMMAS:
            k += 1
        if k < before and s.tokens[k].is_word and s.tokens[k].text[:1].isupper():
            i = k  # ('"Promise mama …," Blige sings to Clinton before asking …': Blige)
    if not s.verb_first and i + 1 < before and s.keys[i] in s.lex.leading_conjunctions \
            and s.tokens[i + 1].is_word:
        i += 1  # 'But the Institute for Fiscal Studies, in an analysis …, said': the conjunction opens no subject
    if i < before and (s.keys[i] in s.lex.adverbial_starts_or_opening_words) \
            and _approximate_count(s, i, before) is None and not _demonstrative_subject(s, i, before):
        # ('At least two officials …': a count, no adverbial; 'This committee reviewed …': a subject)
        comma = next((j for j in range(i, min(before - 1, i + 10)) if s.tokens[j].text in COMMAS), None)
        i = comma + 1 if comma is not None else i + 1  # (not the comma before a participle: '…, saying')
        while comma is None and i + 1 < before and (s.keys[i] in s.lex.months or s.tokens[i].text.isdigit()
                                                    or s.keys[i] in s.lex.time_words):
            i += 1  # 'On September 27 they published …': the date is no part of the subject
        if comma is not None and not s.verb_first and i + 2 < before and s.keys[i] in s.lex.opening_words \
                and s.tokens[i + 1].text in COMMAS:
            i += 2  # 'Last month, however, it issued …': a connective between commas after the opening phrase
        pronoun = _pronoun_after_dating(s, i, before) if comma is None and not s.verb_first else None
        if pronoun is not None:
            return pronoun, pronoun  # ('However in early April she acquiesced …, agreeing …')
    while i < before and not s.tokens[i].is_word:
        i += 1
    if i < before and i > s.a and s.keys[i] in s.lex.clause_subjects and s.keys[i] != "there" and (
            not s.tokens[i - 1].is_word or s.tokens[i - 1].text.isdigit() or s.keys[i - 1] in s.lex.time_words
            or (i - 1 == s.a and s.keys[i - 1] in s.lex.leading_conjunctions)):  # ('But it is steering …')
        return i, i  # ('On Monday, they published …', 'On September 27 they published …')
    return subject_phrase(s, i, before)


_DEMONSTRATIVES: Final = frozenset({"this", "these"})


def _demonstrative_subject(s: Sentence, i: int, before: int) -> bool:
    """English 'This committee reviewed the records and concluded …', 'These auditors have found …': 'this' or
    'these' before a lower-case noun (no time word, no part of the day) and right after it a verb (a past in
    '-ed' or an irregular one, a finite auxiliary, a form of 'be', or a cue): a subject, no adverbial of time
    ('This week the council said …', 'This morning, officials said …' stay adverbials)."""
    if s.verb_first or i + 2 >= before or s.keys[i] not in _DEMONSTRATIVES:
        return False
    noun, verb = i + 1, i + 2
    if not (s.tokens[noun].is_word and s.tokens[noun].text.islower() and s.tokens[verb].is_word
            and s.tokens[verb].text.islower()) or s.keys[noun] in s.lex.time_words or s.keys[noun] in _PARTS_OF_DAY:
        return False
    key = s.keys[verb]
    return verb in s.cue_tokens or key in s.lex.be_forms_or_finite_auxiliaries \
        or key in s.lex.irregular_pasts_or_movement_verbs or (key.endswith("ed") and len(key) > 4)


def _after_restrictive_relative(s: Sentence, first: int, last: int) -> int:
    """English 'A Brooklyn man who prosecutors say helped rob …', 'a woman who witnesses said had set the fire':
    a 'who' or 'which' right after a word (no comma) inside the words before a cue, with only a short group of
    unnamed people or a body after it (an unnamed-source noun or a government body last, no verb), opens the
    speaker: the words after it, not the person it describes ('Officials who spoke on condition …' keep theirs)."""
    rel = next((k for k in range(first + 1, last) if s.keys[k] in ("who", "whom", "which")), None)
    if rel is None or not s.tokens[rel - 1].is_word or last - rel > 4 \
            or s.keys[rel - 1] in s.lex.prepositions or not (
                rel + 1 == last or s.keys[rel + 1] in s.lex.determiners_or_quantifiers):
        return first  # ('A scholar who studies the court said …': her own verb; 'in which officials …')
    head = s.keys[last]
    if not (head in s.lex.anonymous or head in s.lex.government) or not s.tokens[last].text.islower() \
            or any(not s.tokens[k].is_word or s.keys[k] in s.lex.pronouns_or_relatives
                   or s.keys[k] in s.lex.be_forms_or_finite_auxiliaries_or_irregular_pasts
                   or s.keys[k].endswith("ed") for k in range(rel + 1, last + 1)):
        return first
    return rel + 1


def main_clause_subject(s: Sentence, before: int) -> tuple[int, int] | None:
    """English: the subject of the main clause before token `before`, past a prepositional or participial phrase
    the sentence opens with ('Chastened by the analyses, Trump revised his plan, promising …')."""
    i = _after_dateline(s, s.a, before)
    j = _past_opening_phrase(s, i, before)
    if j == i:
        if i < before and s.keys[i] in ("it", "this", "that") and _after_time_head(s, i, before) > i:
            # 'It was the last time Ms Ode spoke …, saying …': the clause after 'time' has the speaker
            return subject_phrase(s, _after_time_head(s, i, before), before) or sentence_subject(s, before)
        return _without_past_verb(s, sentence_subject(s, before))  # ('The jury deliberated … before finding …')
    if j < before and s.keys[j] in s.lex.clause_subjects and s.keys[j] != "there":
        return j, j
    return _without_past_verb(s, subject_phrase(s, j, before))


def _without_past_verb(s: Sentence, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """English '…, the mayor acted alone, promising …', 'The jury deliberated for hours before finding …': of an
    article, a noun and a lower-case '-ed' word read as a subject, the last is the main clause's verb."""
    if phrase and phrase[1] - phrase[0] == 2 and s.keys[phrase[0]] in s.lex.determiners \
            and s.tokens[phrase[1]].text.islower() and s.keys[phrase[1]].endswith("ed"):
        return phrase[0], phrase[1] - 1
    return phrase


def _past_opening_phrase(s: Sentence, i: int, before: int) -> int:
    """English: the token after a prepositional or participial phrase that opens the sentence and is closed by a
    comma ('In a column before the debate, two writers …', 'Without his returns, voters …', 'Chastened by the
    analyses, as well as by complaints, Trump …'); `i` itself when there is none."""
    if i >= before or _approximate_count(s, i, before) is not None or not (s.keys[i] in s.lex.prepositions or (
            s.tokens[i].text[:1].isupper() and s.keys[i].endswith(("ed", "ing")) and len(s.keys[i]) > 4
            and i + 1 < before and s.tokens[i + 1].is_word and s.tokens[i + 1].text.islower())):
        return i
    j = i
    for _ in range(3):
        comma = next((k for k in range(j + 1, min(before - 1, j + 16)) if s.tokens[k].text in COMMAS
                      and not s.inside_quote(k)), None)
        if comma is None:
            return i
        j = comma + 1
        if not (s.tokens[j].is_word and s.tokens[j].text.islower() and
                s.keys[j] not in s.lex.clause_subjects_or_determiners_or_quantifiers):
            return j  # ('…, as well as complaints over the costs, Trump …': an aside goes on to the next comma)
    return i


def _numeric_compound(s: Sentence, j: int) -> bool:
    """English 'The 58-page report', 'a 10-year-old study': a number joined by a hyphen to a lower-case word, or a
    year ('The 2019 report'), an adjective like any other in the noun phrase."""
    text = s.tokens[j].text
    dash = text.find("-")
    return text[:1].isdigit() and ((0 < dash < len(text) - 1 and text[dash + 1].islower())
                                   or (len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")))
    # ('The 2019 report', 'a 1998 study': a year before the noun, an adjective too)


def subject_phrase(s: Sentence, i: int, before: int) -> tuple[int, int] | None:
    """English: the noun phrase that opens at token `i` as a clause's subject ('the chain', 'Consumer group
    BEUC', "Britain's prime minister"), read up to token `before`."""
    if i >= before:
        return None
    counted = _approximate_count(s, i, before)
    if counted is not None:
        return counted
    j = i
    if s.keys[j] in s.lex.determiners_or_quantifiers:
        j += 1
        while j < before and (_words_from(s, i, j) < 3 or (_words_from(s, i, j) < 4 and _head_noun(s, j))) \
                and s.tokens[j].is_word \
                and (s.tokens[j].text[:1].islower() or _numeric_compound(s, j)) \
                and s.keys[j] not in s.lex.auxiliaries and j not in s.cue_tokens \
                and s.keys[j] not in s.lex.irregular_pasts_or_movement_verbs \
                and not (j > i + 1 and j + 1 < before and s.keys[j + 1] in s.lex.determiners) \
                and not _verb_particle_then_article(s, i, j, before) \
                and not (j > i + 1 and j + 1 < before and s.keys[j].endswith("ed")
                         and (s.keys[j + 1] == "to" or s.keys[j + 1] in s.lex.subordinators)) \
                and not _verb_then_named_object(s, i, j, before):
            j += 1  # ('The senator sent a letter': a word before an article is the verb; 'The company declined to';
            # 'The pound slid', 'The minister resigned after'; 'the state news agency DNA': a third word, a body's)
            if j < before and _possessive_apostrophe(s, j):
                j += 1  # ("The regional doctors' association")
    while j < before and j - i < 12 and (s.tokens[j].text[:1].isupper() or s.keys[j] in s.lex.name_connectors
                                          or (j > i and _abbreviation_stop(s, j))
                                          or (j > i and s.tokens[j - 1].text[:1].isupper() and
                                              s.keys[j] in s.lex.union("titles", "organizations", "anonymous",
                                                                      "outlet_nouns"))
                                          or _title_word_before_name(s, j, before)
                                          or _possessed_title_end(s, j, i, before) is not None
                                          or _slash_between_names(s, j, i, before)) \
            and j not in s.cue_tokens:
        j = (_possessed_title_end(s, j, i, before) or j) + 1
        # ('Republican nominee Donald Trump': a title between capitalised words; "Britain's prime minister";
        # 'Consumer group BEUC', 'Health officials', 'Israeli media'; 'NBC News/Wall Street Journal': two names
        # joined by a slash)
    if i < j < before and s.tokens[j - 1].text[:1].isupper() and s.tokens[j].text.islower() \
            and s.keys[j] in s.lex.documents and j not in s.cue_tokens:
        j += 1  # 'The Washington Post poll, released Sunday, found': the poll, not the paper
    j = _body_after_adjective(s, i, j, before)
    while j > i and s.keys[j - 1] in s.lex.name_connectors:
        j -= 1
    j = _members_of_body(s, j, before) if j > i else j
    j = _before_time_phrase(s, i, j)
    i = _past_bracketed_outlet(s, i, j)
    return (i, j - 1) if j > i else None


def _verb_then_named_object(s: Sentence, i: int, j: int, before: int) -> bool:
    """English 'The club thanked Barr for his service and said …', 'the ministry praised Dr Lewis': after a
    determiner and a lower-case noun, a lower-case '-ed' word right before a capitalised word is the verb, the
    name its object; not after an '-ly' adverb or a possessive ('the newly elected Mayor', "the state's elected
    Governor": a modifier of the name)."""
    if j <= i + 1 or j + 1 >= before or not s.keys[j].endswith("ed") or "-" in s.keys[j]:
        return False
    prev = s.keys[j - 1]
    return s.tokens[j + 1].is_word and s.tokens[j + 1].text[:1].isupper() and not prev.endswith("ly") \
        and not prev.endswith("'s") and prev not in s.lex.adverbs


_MEMBERS_REACH: Final = 4  # words an 'of' phrase naming a body's members may hold ('of 40 retired doctors')


def _members_of_body(s: Sentence, j: int, before: int) -> int:
    """English 'A group of novelists', 'a coalition of 40 unions', 'a team of researchers': after a lower-case body
    noun (organizations) read as a subject's head, 'of' and a plural (a determiner, a number and lower-case or
    capitalised words before it, no verb) name who the body is, part of the subject: the token after them; `j`
    itself otherwise ('The committee of the House': no plural)."""
    if j + 1 >= before or s.keys[j] != "of" or s.keys[j - 1] not in s.lex.organizations \
            or not s.tokens[j - 1].text.islower():
        return j
    k = j + 1
    if s.keys[k] in s.lex.determiners_or_quantifiers:
        k += 1
    end = None
    while k < before and k - j <= _MEMBERS_REACH and s.tokens[k].is_word and k not in s.cue_tokens \
            and s.keys[k] not in s.lex.auxiliaries_or_be_forms_or_quantifiers \
            and s.keys[k] not in s.lex.irregular_pasts_or_movement_verbs \
            and s.keys[k] not in s.lex.determiners_or_prepositions_or_subject_stops \
            and not (s.tokens[k].text.islower() and s.keys[k].endswith("ed") and len(s.keys[k]) > 4):
        key = s.keys[k]
        if (key.endswith("s") and not key.endswith(("ss", "'s", "’s"))) or key in s.lex.anonymous:
            end = k + 1
        k += 1
    return end if end is not None else j


def _past_bracketed_outlet(s: Sentence, i: int, j: int) -> int:
    """English 'Paris, France (CNN)The French president said …': a dateline's outlet in brackets, in capitals, with
    a capitalised word right after it, ends the place; the subject (tokens i to j - 1) starts after the bracket."""
    for k in range(i + 2, j - 1):
        if s.tokens[k].text == ")" and s.tokens[k - 2].text == "(" and s.tokens[k - 1].text.isupper() \
                and len(s.tokens[k - 1].text) > 1 and s.tokens[k + 1].text[:1].isupper():
            return k + 1
    return i


_FRACTIONS: Final = frozenset({"half", "third", "quarter", "fifth", "two-thirds", "three-quarters", "majority",
                               "dozen", "handful"})
_COUNT_WORDS: Final = frozenset({"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                                 "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million"})


def _approximate_count(s: Sentence, i: int, before: int) -> tuple[int, int] | None:
    """English 'More than 300 residents', 'Nearly half of the staff', 'At least two officials', 'About 40 nurses':
    a count opened by an approximator (approximators) at token `i`, with the plural it counts or an 'of' phrase,
    is one subject, read up to token `before` (not past a verb: '… residents filed complaints'); None when the
    words at `i` are no such count."""
    n = _phrase_at(s, i, "approximators") if not s.verb_first and s.tokens[i].is_word else 0
    c = i + n
    if not n or c + 1 >= before:
        return None
    if s.keys[c] in ("a", "an") and s.keys[c + 1] in _FRACTIONS:
        c += 1  # ('Nearly a third of the staff')
    if not (s.tokens[c].text[:1].isdigit() or s.keys[c] in _FRACTIONS or s.keys[c] in _COUNT_WORDS
            or s.keys[c] in s.lex.quantifiers) \
            or s.keys[c] in ("a", "an", "other", "another") or c + 1 >= before:
        return None
    if s.keys[c + 1] == "of":
        rest = subject_phrase(s, c + 2, before)
        return (i, rest[1]) if rest is not None else None
    m = c + 1
    while m < before and m - c <= 4 and s.tokens[m].is_word and m not in s.cue_tokens \
            and s.keys[m] not in s.lex.auxiliaries_or_be_forms_or_quantifiers \
            and s.keys[m] not in s.lex.irregular_pasts_or_movement_verbs \
            and s.keys[m] not in s.lex.determiners_or_prepositions_or_subject_stops \
            and not (m > c + 1 and s.tokens[m].text.islower() and s.keys[m].endswith("ed")) \
            and not (m > c + 1 and m + 1 < before and s.keys[m + 1] in s.lex.determiners):
        m += 1
    return (i, m - 1) if m > c + 1 else None


def _verb_particle_then_article(s: Sentence, i: int, j: int, before: int) -> bool:
    """English 'A judge threw out a lawsuit', 'The council struck down the plan': a third word with a particle and
    an article after it is the verb of a phrasal verb, not part of the subject."""
    return j > i + 1 and j + 2 < before and s.keys[j + 1] in ("out", "down", "up", "off", "back") \
        and s.keys[j + 2] in s.lex.determiners


def _before_time_phrase(s: Sentence, i: int, j: int) -> int:
    """English 'The mayor on Monday vetoed …': a subject read up to token j ends before 'on' and a day written
    after its head, which dates the verb."""
    if s.verb_first or j - i < 3 or s.keys[j - 2] != "on" or s.keys[j - 1] not in s.lex.time_words:
        return j
    return j - 2


def _slash_between_names(s: Sentence, j: int, i: int, before: int) -> bool:
    """English 'NBC News/Wall Street Journal': a slash right between two capitalised words inside a name."""
    return i < j < before - 1 and s.tokens[j].text == "/" and s.tokens[j - 1].end == s.tokens[j].start \
        and s.tokens[j].end == s.tokens[j + 1].start and s.tokens[j - 1].text[:1].isupper() \
        and s.tokens[j + 1].text[:1].isupper()


def _words_from(s: Sentence, i: int, j: int) -> int:
    """The words from token i to token j (exclusive), a possessive apostrophe not counted."""
    return j - i - sum(1 for k in range(i, j) if _possessive_apostrophe(s, k))


def _body_after_adjective(s: Sentence, i: int, j: int, before: int) -> int:
    """English 'the Dravian state news agency DNA', 'the German health ministry': after an article and a
    capitalised word (ending at j), up to three lower-case words ending with a body's or an office's noun, and
    the capitalised name after them, are the subject too."""
    if s.verb_first or j - i < 2 or s.keys[i] not in s.lex.determiners \
            or not is_capitalised(s.tokens[j - 1].text):
        return j
    m = j
    while m < before and m - j < 3 and s.tokens[m].is_word and s.tokens[m].text.islower() and m not in s.cue_tokens \
            and s.keys[m] not in s.lex.auxiliaries_or_source_stops:
        m += 1
    if m == j or not _head_noun(s, m - 1):
        return j
    while m < before and s.tokens[m].is_word and s.tokens[m].text[:1].isupper() and m not in s.cue_tokens:
        m += 1  # (an acronym too: 'DNA')
    return m


def _head_noun(s: Sentence, j: int) -> bool:
    """English: the word heads a mention of a body or an office ('agency', 'association', 'ministry')."""
    return s.keys[j] in s.lex.union("government", "organizations", "outlet_nouns", "titles")


def _title_word_before_name(s: Sentence, j: int, before: int) -> bool:
    """'General manager Erin Walsh', 'Chief operating officer Dana Cole': a lower-case word after a capitalised
    title and before a name of two capitalised words goes on with the title."""
    if j > s.a and j + 2 < before and s.tokens[j].is_word and s.tokens[j].text.islower() \
            and s.tokens[j - 1].text[:1].isupper() and s.keys[j - 1] in s.lex.titles \
            and all(s.tokens[k].is_word and s.tokens[k].text[:1].isupper() for k in (j + 1, j + 2)):
        return True
    return _lower_title_run(s, j, before) or _role_word_before_name(s, j, before)


def _role_word_before_name(s: Sentence, j: int, before: int) -> bool:
    """'Pop singer Maya Rivers', 'Tech billionaire Ann Cole': the sentence's first word capitalised, then one
    lower-case singular noun of a role (no verb form: no cue, '-ed', '-s' or irregular past, nor a grammar word)
    and a name of two capitalised words: the role goes on with the name ('Police arrest John Smith' has a verb)."""
    if s.verb_first or j - 1 != s.a or j + 2 >= before or not s.tokens[j].is_word or not s.tokens[j].text.islower() \
            or not all(s.tokens[k].is_word and s.tokens[k].text[:1].isupper() for k in (j + 1, j + 2)):
        return False
    first, key = s.keys[j - 1], s.keys[j]
    return s.tokens[j - 1].text[:1].isupper() and not first.endswith("s") and first not in s.lex.anonymous \
        and first not in ("police", "people") and len(key) > 3 and not key.endswith(("ed", "s", "ly")) \
        and key not in s.lex.cues and key not in s.lex.irregular_pasts_or_movement_verbs \
        and key not in s.lex.union("auxiliaries", "prepositions", "determiners", "be_forms", "clause_subjects",
                                   "adverbs", "finite_auxiliaries")


def _lower_title_run(s: Sentence, j: int, before: int) -> bool:
    """'Vice presidential nominee Mike Dorsey', 'Deputy campaign manager Ann Lee': up to three lower-case words
    after a capitalised word, the last of them a title, and then a name of two capitalised words."""
    def lower(k: int) -> bool:
        return s.tokens[k].is_word and s.tokens[k].text.islower()
    if s.verb_first or not lower(j):
        return False
    r = j
    while r > s.a and lower(r - 1) and j - r < 3:
        r -= 1
    e = j
    while e + 1 < before and lower(e + 1) and e + 1 - r < 3:
        e += 1
    return r > s.a and s.tokens[r - 1].text[:1].isupper() and s.tokens[r - 1].is_word and e + 2 < before \
        and s.keys[e] in s.lex.titles and not any(k in s.cue_tokens for k in range(r, e + 1)) \
        and all(s.tokens[k].is_word and s.tokens[k].text[:1].isupper() for k in (e + 1, e + 2))


# --- content written before the cue ------------------------------------------------------------------

def sentence_before(s: Sentence, first: int, comma: bool = True) -> Range | None:
    """Everything reported before an 'according to' at the end of a sentence: nested cues included; with `comma`
    False, also when no comma sets the according-phrase off."""
    j = first - 1
    while j >= s.a and (s.tokens[j].text in COMMAS or (not s.verb_first and s.tokens[j].text in "—–―-")):
        j -= 1  # English '… — or flat out wrong — according to X'

    start = _after_dateline(s, s.a, j)
    while start < j and ((not s.tokens[start].is_word and not _opening_quote(s, start)
                          and not _scare_quote_opens(s, start, j))
                         or (s.verb_first and (s.keys[start] in s.lex.clause_breaks
                                               or s.strip_clitic(s.keys[start]) in s.lex.clause_breaks))
                         or (not s.verb_first and s.keys[start] in s.lex.leading_conjunctions)
                         or _connective_with_comma(s, start, j) or bare_connective(s, start, j)):
        start += 1
    opening = _phrase_at(s, start, "clause_breaks", singles=False) if start < j and s.verb_first else 0
    start += opening  # "في حين كشف الرئيس …، بحسب …": the connective is not reported (English 'When the dam
    # opens, the town floods, according to X' keeps its 'When': the subordinate clause is part of the claim)
    if j < start or (comma and j == first - 1 and not _closed_on_a_comma(s, j)):
        return None
    return _span(s, start, j)


def _closed_on_a_comma(s: Sentence, j: int) -> bool:
    """English '"…," according to X': token j closes a quotation with a comma inside it."""
    return not s.verb_first and s.tokens[j].text in QUOTE_MARKS and s.quote_ending(j) is not None \
        and s.text[s.tokens[j].start - 1:s.tokens[j].start] in COMMAS


_CLOSING_MARKS: Final = {"«": "»", "“": "”", "‘": "’"}  # (the mark that closes each opening one; '"' itself)


def _scare_quote_opens(s: Sentence, i: int, j: int) -> bool:
    """Arabic: token i is the opening mark of a name in scare quotes that closes a few words on, before token j
    ('"أوبك" تخفض الإنتاج، بحسب …'): the mark belongs to the reported words, as its closing one does."""
    mark = s.tokens[i].text
    if not s.verb_first or mark not in QUOTE_MARKS or i + 1 >= j or not s.tokens[i + 1].is_word:
        return False
    closing = _CLOSING_MARKS.get(mark, mark)
    return any(s.tokens[k].text == closing for k in range(i + 2, min(j + 1, i + 6)))


def _opening_quote(s: Sentence, i: int) -> bool:
    """Token i opens a quotation that closes before the sentence ends ('"…," he said, according to X'; Arabic
    '«…»، بحسب ما قال المتحدث': the opening mark belongs to what was said, as the closing one does)."""
    q = s.quote_at(i)
    return q is not None and s.tokens[i].text in QUOTE_MARKS


def content_before(s: Sentence, first: int) -> Range | None:
    """'"…," he said' and '…, said X': the quotation or the clause that ends right before token `first`."""
    first = judged_claim(s, first) or first
    j = first - 1  # '…, a claim the firm denies': the clause before the noun
    while j >= s.a and (s.tokens[j].text in COMMAS or (not s.verb_first and s.tokens[j].text in "—–―-")):
        j -= 1  # English '… — or flat out wrong — according to X': a closing dash sets the clause off too
    if j < s.a:
        return None
    q = s.quote_ending(j)
    if q:
        return widen_quote(s, q)
    if j == first - 1 or _dateline_dash_before(s, first):  # no comma between the clause and the subject, or
        return None  # only a dateline before it ('BEIRUT, May 2 - X said, however, …'): nothing reported before
    start = _after_dateline(s, s.a, j)  # a cue inside the clause stays in it: 'X said A, officials said' nests
    if not s.verb_first:
        start = next((k + 1 for k in range(j - 1, start - 1, -1) if s.tokens[k].text == ";" and not s.inside_quote(k)
                      and any(m in s.cue_tokens for m in range(start, k))), start)
        # 'Hale said A; residents, he added, need not leave': the clause before the ';' has its own report
    if s.verb_first:
        start = past_opening_adverbials(s, start, j)  # "من جهتها، اتهمت الحكومة …، وهو ما نفته": not the aside
        opener = _phrase_at(s, start, "subordinate_openers")
        if opener and start + opener <= j:
            start += opener  # "وفي حال فشلت المفاوضات، وهو ما يتوقعه المراقبون": what they expect, not 'if'
    while start <= j and (s.tokens[start].text in CLAUSE_PUNCT or s.tokens[start].text in ENDERS
                          or (start < j and s.keys[start] in s.lex.leading_conjunctions)
                          or _connective_with_comma(s, start, j) or bare_connective(s, start, j)):
        start += 1
    if start > j or _prepositional_phrase(s, start, j) or _only_opening_words(s, start, j):
        return None
    return _span(s, start, j)


def _only_opening_words(s: Sentence, first: int, last: int) -> bool:
    """English 'Still, some strategists think this …', 'In fact, officials said.': the clause before the subject
    is nothing but a sentence's opening word or phrase (opening_words) set off by its comma, the writer's link to
    the story; no one reported it."""
    if s.verb_first:
        return False
    n = _phrase_at(s, first, "opening_words", singles=False) or (1 if first == last else 0)
    return n == last - first + 1 and (n > 1 or _phrase_at(s, first, "opening_words") == 1)


def _prepositional_phrase(s: Sentence, first: int, last: int) -> bool:
    """English 'Inside Harbor Power, some engineers had raised concerns.': a few words opened by a preposition that
    opens no content (not 'After the storm passed': a subordinate clause), with no verb among them, set a scene;
    they are no clause anyone reported; nor is 'No matter the stakes, the mayor will insist …', a fronted
    phrase opened by a multiword opening ('no matter', 'regardless of')."""
    words = [k for k in range(first, last + 1) if s.tokens[k].is_word]
    return not s.verb_first and 0 < len(words) <= 4 and (
        (s.keys[first] in s.lex.content_blockers and s.keys[first] not in s.lex.subordinators)
        or _phrase_at(s, first, "opening_words", singles=False) > 0) \
        and not any(s.keys[k] in s.lex.be_forms_or_finite_auxiliaries
                    or k in s.cue_tokens or s.quote_at(k) for k in range(first, last + 1))



def _connective_with_comma(s: Sentence, i: int, j: int) -> bool:
    """English 'However, …', 'In addition, …': a sentence's opening word or phrase set off by a comma links it to
    the story and is no part of what is reported after it ('However laudable the goal, …' keeps its 'however');
    true for each of its words."""
    if s.verb_first or i + 1 >= j:
        return False
    for k in range(i, max(s.a, i - 4) - 1, -1):  # the phrase may have opened a word or three before
        if k > s.a and s.tokens[k - 1].is_word:
            continue
        n = _phrase_at(s, k, "opening_words", singles=False) or _phrase_at(s, k, "opening_words")  # ('as it
        # stands', not its 'as')
        return n > 0 and k + n < j and i < k + n and s.tokens[k + n].text in COMMAS
    return False


def cue_range(hit: CueHit) -> Range:
    return (hit.start, hit.end)
