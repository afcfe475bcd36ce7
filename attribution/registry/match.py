"""The source registry: known sources and their names, and matching a mention or a phrase against them.

`Registry.match(mention)` tries, in order:

1. the mention's normalized key as a whole (one dict lookup);
2. a known name inside the mention at word boundaries, when every other word of the mention only
   describes it ("وكالة رويترز للأنباء", "the U.S. State Department", "وكالة الأناضول التركية الرسمية";
   not "المتحدث باسم الكرملين" or "a Pentagon spokesman", who are people), the longest one winning;
3. a spelling variant of the whole mention (rapidfuzz `fuzz.ratio` on keys, against the aliases that
   share a word's first two letters with it), for names long enough to compare safely. Parts of a
   mention are not compared fuzzily: "وزير الخارجية السعودي" is one letter away from "الخارجية السعودية".

`Registry.find_in(text)` finds every known name in a phrase with offsets into the phrase as given. A word
may carry a glued Arabic clitic (و ف ب ل ك, then ال): "وسي إن إن" is found as "سي إن إن". Given the text's
tokens (`find_in(text, columns)`, as the parser does), it reads the words off them instead of splitting the
text again (`registry/words.py`).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Final, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from attribution.registry.entry import (
    FUZZY_CHARS_PER_EDIT,
    FUZZY_MIN_CHARS,
    REGISTRY_TYPES,
    Alias,
    SourceEntry,
    is_acronym,
    written_in_capitals,
)
from attribution.registry.load import (
    AMBIGUOUS_FILE,
    DESCRIPTORS_FILE,
    ENTOURAGE_FILE,
    load_entries,
    load_word_list,
    source_files,
)
from attribution.registry.words import (
    TokenWords,
    Words,
    dotless,
    split_token,
    split_words,
    word_forms,
    words_in_tokens,
)
from attribution.textnorm import (
    build_view,
    fold,
    key_tokens,
    memo_map,
    normalize_key,
    strip_clitic,
    word_tokens,
    words_of,
)
from attribution.tokens import Columns, search_left

ARTICLE_CLITICS: Final = ("وال", "بال", "لل", "ال", "و")
MATCH_CACHE_SIZE = 65536
TOKEN_LEADS_MEMO_SIZE = 1 << 14  # distinct tokens remembered by `_token_hits` (most start no name)
LEADS_CACHE_SIZE = 1 << 14  # distinct words remembered by `_scan_hits` (most map to no alias)
PERSON_TYPES: Final = frozenset({"person", "official"})
NAME_PARTICLES: Final = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "بن", "ابن", "بنت", "ابو", "عبد"}
)


OUTLET_TYPES: Final = frozenset({"media", "news_agency"})
PAPER_WORDS: Final = frozenset({"daily", "weekly"})  # descriptors ('the daily Al-Ahram') that name a paper capitalised
_OUTLET_PREFIX: Final = re.compile(r"\b(?:[Tt]he|THE)\s+((?:[A-Z][\w'’.&-]*\s+){1,3})$")


Found = tuple[int, int, Alias]  # a name found by `find_in`: start, end and alias


class Hit(NamedTuple):
    start: int
    end: int
    alias: Alias
    first: int  # index of its first word
    stop: int  # index after its last word



# Aliases with their keys after the first; what may start at a word: for each of its forms, (glued prefix
# length, aliases of two words or more by their second key, one-word aliases).
Tail = tuple[tuple[Alias, tuple[str, ...]], ...]
Lead = tuple[tuple[int, dict[str, Tail], Tail], ...]


class Word(NamedTuple):
    start: int
    end: int
    key: str  # the word with its clitics stripped, as in normalize_key
    forms: tuple[tuple[str, int], ...]  # (key, prefix length) when it starts a name


def lead_cut(name: str) -> int:
    """How many letters normalization strips from the first word of `name` (the ال of "البنتاغون")."""
    first = next(word_tokens(fold(unicodedata.normalize("NFKC", name))), None)
    return strip_clitic(first[2])[1] if first else 0


def scan_words(folded: str) -> list[Word]:
    return [Word(s, e, forms[0][0], forms) for s, e, w in word_tokens(folded) for forms in (word_forms(w),)]


class Registry:
    """Canonical sources and their aliases; `default()` is the shipped data, shared and read-only."""

    def __init__(self, ambiguous: frozenset[str] | None = None) -> None:
        self._ambiguous = default_word_list(AMBIGUOUS_FILE) if ambiguous is None else ambiguous
        self._descriptors = default_word_list(DESCRIPTORS_FILE)
        self._entourage = default_word_list(ENTOURAGE_FILE)
        self._entries: dict[str, SourceEntry] = {}
        self._aliases: dict[str, Alias] = {}
        self._by_first: dict[str, list[Alias]] = {}
        self._fuzzy: dict[str, dict[str, str]] = {}  # two first letters → {spelling key: alias key}
        self._cache: dict[tuple[str, float], SourceEntry | None] = {}
        self._leads: dict[str, Lead] = {}  # memo for `_scan_hits`
        self._token_leads: dict[str, tuple[tuple[int, Lead], ...]] = {}  # memo for `_token_hits`
        self._starts: dict[str, tuple[dict[str, Tail], Tail]] = {}  # memo for `_starting`
        self._read_only = False

    # ---------------------------------------------------------------- building

    @classmethod
    def default(cls) -> Registry:
        """The shipped registry, loaded once; `copy()` it to grow it."""
        return default_registry()

    @classmethod
    def from_entries(cls, entries: Iterable[SourceEntry]) -> Registry:
        registry = cls()
        for entry in entries:
            registry.add(entry)
        return registry

    def copy(self) -> Registry:
        """A growable copy (of the default registry, say)."""
        return Registry.from_entries(self.entries())

    def entries(self) -> list[SourceEntry]:
        return list(self._entries.values())

    def add(self, entry: SourceEntry) -> None:
        """Add a source; one whose canonical name is known already gets the new aliases merged in.

        A name already indexed for another source stays with that source (first come, first served).
        """
        self._check_writable()
        if entry.type not in REGISTRY_TYPES and not entry.anonymous:
            raise ValueError(f"unknown source type {entry.type!r} for {entry.canonical!r}")
        owner = normalize_key(entry.canonical)
        if not owner:
            raise ValueError(f"source name {entry.canonical!r} has no letters")
        known = self._entries.get(owner)
        if known is not None:
            fresh = tuple(a for a in entry.aliases if a not in known.names())
            entry = dataclasses.replace(known, aliases=known.aliases + fresh)
        self._entries[owner] = entry
        for name in entry.names():
            self._index(name, owner)

    def add_alias(self, canonical: str, alias: str) -> None:
        """Give a known source one more name; KeyError when the source is unknown."""
        owner = normalize_key(canonical)
        if owner not in self._entries:
            raise KeyError(f"no source {canonical!r} in the registry")
        self.add(dataclasses.replace(self._entries[owner], aliases=(alias,)))

    def _check_writable(self) -> None:
        if self._read_only:
            raise TypeError("Registry.default() is shared and read-only; grow a Registry.default().copy()")

    def _index(self, name: str, owner: str) -> None:
        tokens = tuple(key_tokens(name))
        key = " ".join(tokens)
        if not key or key in self._aliases:
            return
        alias = Alias(name, key, tokens, owner, key in self._ambiguous, is_acronym(name), lead_cut(name))
        self._aliases[key] = alias
        if not alias.exact_only:
            group = self._by_first.setdefault(tokens[0], [])
            group.append(alias)
            group.sort(key=lambda a: -len(a.tokens))
        if alias.fuzzy_ok:
            spelling = spelling_key(name)
            for bucket in {t[:2] for t in spelling.split()}:
                self._fuzzy.setdefault(bucket, {}).setdefault(spelling, key)
        self._cache.clear()
        self._leads.clear()
        self._token_leads.clear()
        self._starts.clear()

    # ---------------------------------------------------------------- matching

    def match(self, mention: str, *, threshold: float = 90) -> SourceEntry | None:
        """The source a mention names: exact key, then a name inside it, then a close spelling; else None."""
        asked = (mention, threshold)
        if asked in self._cache:
            return self._cache[asked]
        if len(self._cache) >= MATCH_CACHE_SIZE:
            self._cache.clear()
        found = self._cache[asked] = self._match(mention, threshold)
        return found

    def _match(self, mention: str, threshold: float) -> SourceEntry | None:
        alias = self._aliases.get(normalize_key(mention))
        if alias is not None and (not alias.acronym or written_in_capitals(mention)):
            return self._entries[alias.owner]
        words, hits = self._scan(mention)
        named = [h for h in hits if self._only_describes(h, words, hits, _genitive(mention, h))
                 and not self._renamed_outlet(mention, h.start, self._entries[h.alias.owner])]
        if named:
            best = max(named, key=lambda h: (h.end - h.start, -h.start))
            return self._entries[best.alias.owner]
        return self._fuzzy_match(spelling_key(mention), threshold)

    def find_in(self, text: str, columns: Columns | None = None) -> list[tuple[int, int, SourceEntry]]:
        """Every known name in `text` at word boundaries: (start, end, entry), offsets into `text`. `columns`:
        the text's tokens (`tokenize_columns(text)`), when the caller has them: the words are read off them
        rather than split from the text again.

        Overlaps are resolved longest name first; the result is in text order.
        """
        if columns is not None and words_in_tokens(text, columns.texts):
            hits = self._token_hits(text, columns)
        else:
            hits = self._scan_hits(text)
        chosen: list[Found] = []  # in text order; disjoint, so their ends are in order too
        starts: list[int] = []
        for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
            start, end, _ = hit
            k = search_left(starts, end)  # chosen[:k] start before the hit ends; the last ends last
            if k == 0 or chosen[k - 1][1] <= start:
                chosen.insert(k, hit)
                starts.insert(k, start)
        return [(start, end, self._entries[alias.owner]) for start, end, alias in chosen
                if not self._renamed_outlet(text, start, self._entries[alias.owner])]

    def _renamed_outlet(self, text: str, start: int, entry: SourceEntry) -> bool:
        """English 'the Coastal Observer', 'the Long Beach Guardian', 'the Riverside Daily News': an outlet's name
        found at offset `start` of `text` after 'the' and one to three capitalised words, one of them at least
        no descriptor ('Saudi', 'U.S.') or a paper's 'Daily' or 'Weekly': the words before it name another
        outlet, whose first word the registry's entry lacks."""
        if entry.type not in OUTLET_TYPES or start < 5:
            return False
        found = _OUTLET_PREFIX.search(text, max(0, start - 60), start)
        return found is not None and any(
            normalize_key(w) not in self._descriptors or normalize_key(w) in PAPER_WORDS
            for w in found.group(1).split())

    def _only_describes(self, hit: Hit, words: list[Word], hits: list[Hit], glued: bool = False) -> bool:
        """Are all words outside this source's names descriptors ("شبكة", "news agency", "الرسمية")?

        A person's full name (two words or more) closing the mention may follow any title:
        "وزير الخارجية الروسي سيرغي لافروف", "Russian Foreign Minister Sergei Lavrov"; not one `glued` to a
        clitic, a genitive ('الممثلة الخاصة للأمين العام للأمم المتحدة': the envoy of the Secretary-General).
        """
        owner = hit.alias.owner
        covered = {i for h in hits if h.alias.owner == owner for i in range(h.first, h.stop)}
        body_before = any(self._entries[h.alias.owner].type not in PERSON_TYPES and (h.stop == hit.first or (
            h.stop == hit.first - 1 and words[h.stop].key in self._entourage)) for h in hits)
        # ("المتحدث باسم الكرملين دميتري بيسكوف", 'Kremlin spokesman Dmitry Peskov': the spokesman of the body just
        # named, then his own name)
        if self._entries[owner].type in PERSON_TYPES and len(hit.alias.tokens) > 1 and not glued and \
                (body_before or not any(w.key in self._entourage for w in words[:hit.first])):
            covered.update(range(hit.first))  # (not "إدارة الرئيس … ترامب")
        return all(w.key in self._descriptors for i, w in enumerate(words) if i not in covered)

    def _scan(self, text: str) -> tuple[list[Word], list[Hit]]:
        """The words of `text` and every alias found at each word, longest first per start."""
        view = build_view(text)
        words = scan_words(view.folded)
        hits = []
        for i in range(len(words)):
            for alias, cut in self._names_at(words, i):
                first, last = words[i], words[i + len(alias.tokens) - 1]
                start, end = view.span_to_original(first.start + max(cut - alias.lead, 0), last.end)
                if not alias.acronym or written_in_capitals(text[start:end]):
                    hits.append(Hit(start, end, alias, i, i + len(alias.tokens)))
                    break
        return words, hits

    def _scan_hits(self, text: str) -> list[Found]:
        """The names of `_scan` without building a `Word` per word: the words come from one `split` of the
        folded text (offsets summed in C, up to each candidate only), and only words that may start a name,
        found through a memo of word → the aliases it may start, are looked at."""
        words = split_words(text)
        found = self._leads_of(words.raw)
        hits = []
        for i in range(len(found)):  # (a loop, not `compress(range(…), found)`: compiled, no int object per word)
            if not found[i]:
                continue
            words.current = i
            hit = self._found_at(text, found[i], words)
            if hit is not None:
                hits.append(hit)
        return hits

    def _token_hits(self, text: str, columns: Columns) -> list[Found]:
        """The names of `_scan_hits` read off the tokenizer's tokens (`tokenize_columns(text)`), whose words
        are the registry's when `words_in_tokens(text, columns.texts)`: no second split of the text, and a
        lookup per token in a memo of token → the aliases its words may start (nothing, for most), read in the
        loop (compiled, a dict lookup per token: a third of `memo_map`'s `map` over the bound `__getitem__`; the
        texts are the tokenizer's remembered strings, their hashes already computed)."""
        memo, texts = self._token_leads, columns.texts
        if len(memo) > TOKEN_LEADS_MEMO_SIZE:
            memo.clear()
        words = TokenWords(columns)
        hits = []
        for k in range(len(texts)):  # (a loop, not `compress(range(…), found)`: compiled, no int object per token)
            found = memo.get(texts[k])
            if found is None:
                found = memo[texts[k]] = self._token_lead(texts[k])
            if not found:
                continue
            words.token = k
            for j, lead in found:
                words.word = j
                hit = self._found_at(text, lead, words)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _token_lead(self, token: str) -> tuple[tuple[int, Lead], ...]:
        """The words of a token that may start a name: (index in the token, `_lead`); () for most tokens."""
        leads = self._leads_of(list(split_token(token).words))
        return tuple((j, lead) for j, lead in enumerate(leads) if lead)

    def _found_at(self, text: str, lead: Lead, words: Words) -> Found | None:
        """The name starting at the current word of `words`, whose `_lead` is `lead`: for each of the word's
        forms, the first alias (longest first, as indexed) whose other words follow; None if none does."""
        for cut, by_second, singles in lead:
            # the aliases whose second word is the next word (then the one-word ones): in index order, the
            # only ones that can match here
            second = words.key(1) if by_second else None
            group = by_second.get(second, ()) if second is not None else ()
            for alias, rest in (*group, *singles) if group else singles:
                n = len(rest) + 1
                if n > 2 and any(words.key(k) != rest[k - 1] for k in range(2, n)):
                    continue
                start, end = words.span(max(cut - alias.lead, 0), n)
                if not alias.acronym or written_in_capitals(text[start:end]):
                    return start, end, alias
        return None

    def _leads_of(self, raw: list[str]) -> list[Lead]:
        """`_lead` of each word, through the memo (a plain lookup per word while every word is known)."""
        return memo_map(self._leads, self._lead, raw, LEADS_CACHE_SIZE)

    def _lead(self, raw: str) -> Lead:
        """For a word as `WORD_RE` finds it: for each of its forms that starts a name, in `word_forms` order,
        the glued prefix length and the form's `_starting` aliases; () for most words."""
        by_first = self._by_first
        forms = word_forms(dotless(raw))
        if not any(form in by_first for form, _ in forms):
            return ()
        return tuple((cut, *self._starting(form)) for form, cut in forms if form in by_first)

    def _starting(self, form: str) -> tuple[dict[str, Tail], Tail]:
        """The aliases whose first key is `form`, longest first as indexed, each with its other keys: those of
        two words or more grouped by their second key, then the one-word ones (which come last in the index).
        Memoized per form (as many as the registry has first words), cleared when names are added."""
        known = self._starts.get(form)
        if known is not None:
            return known
        by_second: dict[str, list[tuple[Alias, tuple[str, ...]]]] = {}
        singles = []
        for alias in self._by_first[form]:
            rest = alias.tokens[1:]
            if rest:
                by_second.setdefault(rest[0], []).append((alias, rest))
            else:
                singles.append((alias, rest))
        grouped = self._starts[form] = ({second: tuple(group) for second, group in by_second.items()}, tuple(singles))
        return grouped

    def _names_at(self, words: list[Word], i: int) -> Iterator[tuple[Alias, int]]:
        """The aliases whose words start at word `i`, longest first, with the glued prefix length."""
        for form, cut in words[i].forms:
            for alias in self._by_first.get(form, ()):
                rest = alias.tokens[1:]
                following = words[i + 1 : i + len(alias.tokens)]
                if [w.key for w in following] == list(rest):
                    yield alias, cut

    def _fuzzy_match(self, spelling: str, threshold: float) -> SourceEntry | None:
        """The alias closest in spelling to the whole mention (one letter off: فرانس بريس, اسوشيتدبرس)."""
        if len(spelling) < FUZZY_MIN_CHARS:
            return None
        candidates: dict[str, str] = {}
        for token in spelling.split():
            candidates.update(self._fuzzy.get(token[:2], {}))
        found = process.extractOne(spelling, list(candidates), scorer=fuzz.ratio, score_cutoff=threshold)
        if found and any(len(self._named_part(s)) < FUZZY_MIN_CHARS for s in (spelling, found[0])):
            return None  # "صحيفة الشرق" is not "صحيفة الشروق": the letter off is in a short name, not in "صحيفة"
        if not found or Levenshtein.distance(spelling, found[0]) > 1 + len(spelling) // FUZZY_CHARS_PER_EDIT:
            return None  # a close ratio over a long name can still be another word ("الروسية" for "الفرنسية")
        if _latin_plural(spelling, found[0]):
            return None  # "Observers", "guardians": a plural common noun, not a misspelled paper's name
        if _another_word(spelling, found[0]):
            return None  # "Ghana's health ministry" is not "Gaza's Health Ministry": two letters off in one word
        return self._entries[self._aliases[candidates[found[0]]].owner]

    def _named_part(self, spelling: str) -> str:
        """A spelling key without its describing words ("صحيفه شروق" → "شروق"): what a misspelling must be
        long enough in to be compared fuzzily."""
        return " ".join(w for w in spelling.split() if normalize_key(w) not in self._descriptors)


def _latin_plural(spelling: str, alias: str) -> bool:
    """A Latin mention's spelling key is the alias's with a final 's' ('observers' for 'observer'): a plural
    common noun (the singular of a plural alias, 'Republican' for 'Republicans', still matches)."""
    return spelling == alias + "s" and alias[-1:].isascii() and alias[-1:].isalpha()


def _another_word(spelling: str, alias: str) -> bool:
    """Word by word, when both have as many words: a word more than a letter off its counterpart (per
    FUZZY_CHARS_PER_EDIT of its length) is another word, not a misspelling ('ghana' / 'gaza')."""
    words, names = spelling.split(), alias.split()
    return len(words) == len(names) and any(
        Levenshtein.distance(w, n) > 1 + len(n) // FUZZY_CHARS_PER_EDIT for w, n in zip(words, names, strict=True))


def _genitive(mention: str, hit: Hit) -> bool:
    """Arabic: the name is glued to the preposition 'ل' ('للأمين العام', 'لوكالة الأونروا'): of whom, not who."""
    first = mention[hit.start:hit.end].split(None, 1)[0] if hit.end > hit.start else ""
    return (hit.start > 0 and mention[hit.start - 1].isalpha()) \
        or (first[:1] == "ل" and not hit.alias.tokens[0].startswith("ل"))


def spelling_key(name: str) -> str:
    """The key fuzzy matching compares: folded words with only the article-bearing clitics removed.

    Lone ب and ل are kept (unlike `normalize_key`), so "بريس" stays one letter away from "برس".
    """
    folded = fold(unicodedata.normalize("NFKC", name))
    words = [strip_article(w) for w in words_of(folded)]
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def strip_article(word: str) -> str:
    for prefix in ARTICLE_CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def same_person(short: str, full: str) -> bool:
    """Within one article: is `short` a part of `full` ("السوداني" of "محمد شياع السوداني", "Hua")?"""
    short_tokens, full_tokens = set(key_tokens(short)), set(key_tokens(full))
    return bool(short_tokens - NAME_PARTICLES) and short_tokens <= full_tokens


@cache
def default_word_list(path: Path) -> frozenset[str]:
    return load_word_list(path)


@cache
def default_registry() -> Registry:
    registry = Registry.from_entries(load_entries(source_files()))
    registry._read_only = True
    return registry
