"""Per-language lexicons, loaded from the data files beside this module and validated on load.

Every language has a folder (``ar/``, ``en/``) with the same file names; adding a language means adding a
folder. A malformed line raises `LexiconError` naming the file and the line. Words are matched on folded
keys (`fold_token`), so the files may be written with or without hamza forms and diacritics.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from attribution.errors import LexiconError
from attribution.lexicons.lists import UNIONS, WordLists
from attribution.tokens import fold_token

ROOT = Path(__file__).resolve().parent
FRAMES = frozenset({"verb", "verb_pl", "verb_that", "participle", "according", "relay", "noun", "according_weak",
                    "masdar", "noun_source", "according_relay", "verb_after_quote", "according_poll",
                    "noun_colon", "adverb_report", "according_estimate", "verb_share", "backed_by"})
WORD_LISTS = (
    "complementizers", "conduit_markers", "anonymous", "titles", "pronouns", "furniture", "clause_breaks",
    "source_stops", "subject_stops", "determiners", "documents", "shown_media", "government", "auxiliaries",
    "abbreviations",
    "proclitics", "anonymity_markers", "quantifiers", "cue_blockers", "adverbial_starts", "according_fillers",
    "concessive_openers", "concessive_answers", "content_stops", "adverbs", "title_nouns", "content_blockers",
    "clause_subjects", "leading_conjunctions", "participle_blockers", "cue_prepositions",
    "resumptives", "negations", "masdar_governors", "male_words", "female_words", "male_names", "female_names",
    "movement_verbs", "irregular_pasts", "relay_markers", "distributives", "body_names",
    "object_cues",
    "relatives", "topic_markers", "norms", "prayers", "object_required", "prepositions", "concessive_particles",
    "subordinate_openers", "issued_by", "organizations", "passive_subjects", "announcing_passives", "adjectives",
    "verb_particles", "time_words", "passive_spellings", "occasions", "professions", "speech_masdars", "stance_nouns",
    "indicating_verbs", "representatives", "same_markers", "outlet_nouns", "honorifics", "capitals", "cities",
    "region_nouns",
    # English grammar words the frames read (the Arabic files hold only a comment)
    "addressee_verbs", "inverting_verbs", "exclaiming_verbs", "clause_verbs", "subordinators", "adjuncts", "wh_words",
    "continuation_verbs", "be_forms", "quoting_verbs", "prepositional_ing", "addressees", "finite_auxiliaries",
    "ly_nouns", "name_connectors", "opening_words", "finding_verbs", "claim_nouns", "source_modifiers", "months",
    "report_nouns", "promising_verbs", "other_markers", "title_modifiers", "preposition_cues", "impersonal_verbs",
    "latter_words", "group_nouns", "referring_heads", "section_labels", "blessings", "gestures", "inscription_verbs",
    "naming_verbs", "manner_adverbs", "standalone_titles", "aspect_verbs", "poll_nouns", "that_participles",
    "inability_modals", "name_nouns", "private_titles", "regarding_verbs", "past_cues",
    "adding_verbs", "hoping_verbs", "holding_verbs", "view_nouns", "possessives", "estimate_nouns", "calling_verbs",
    "posting_verbs", "posted_nouns", "expecting_verbs", "company_words", "wanting_verbs", "meeting_verbs",
    "company_heads", "epithets", "remark_nouns", "feeling_verbs", "publishing_verbs", "asking_verbs", "object_reports",
    "disclosing_verbs", "issuing_verbs", "failing_verbs", "convening_verbs", "preventing_verbs", "replying_verbs",
    "comparatives", "article_verbs", "connective_asides", "preverbal_adverbs", "countries", "inscription_nouns",
    "member_openers", "intention_verbs", "questioning_verbs", "objectless_verbs", "event_nouns",
    "correspondents", "one_of_them", "counterparts", "charging_verbs", "describing_verbs", "agent_passives",
    "causative_verbs",
    "knowing_verbs", "stance_adjectives", "linking_verbs", "chance_nouns", "unowned_report_nouns",
    "voicing_verbs", "bare_connectives", "body_markers", "claim_objects", "document_cues", "remark_openers",
    "background_verbs", "civic_places", "landmark_nouns", "approximators", "bare_cues", "refusing_verbs",
    "taking_verbs", "verdict_verbs", "compound_prepositions", "measure_nouns", "broken_un_nouns", "noun_compounds",
    "interview_markers", "earlier_versions", "caption_credits", "platform_nouns", "likening_verbs",
    "agreeing_verbs", "issued_verbs", "generic_heads", "title_abbreviations", "indefinite_pronouns", "fee_nouns",
    "missions", "furniture_headers", "bio_roles", "topic_openers", "written_by", "first_person_openers",
    "returning_verbs", "coach_titles", "writer_titles", "increasing_verbs", "facing_verbs", "writing_verbs",
    "repetition_adverbs", "masthead_words", "title_synonyms", "credit_lines", "arrangement_verbs",
    "promo_prompts", "social_networks", "purpose_phrases", "attack_nouns", "name_roles",
    "kin_nouns", "comparative_cues", "handling_verbs", "state_markers", "media_plurals",
    "hearsay_nouns", "proving_verbs", "depicting_verbs", "durations", "wishing_verbs", "reason_phrases",
    "degree_adjectives", "object_nouns", "death_words", "observer_groups", "body_followers", "person_nouns",
    "quoted_object_verbs", "topic_participles", "object_taking_reports", "rank_words", "continents", "trade_nouns",
    "role_titles", "suspending_verbs", "party_adjectives", "tweeting_verbs",
)


@dataclass(frozen=True, slots=True)
class CueForm:
    """One cue as listed: its word keys, how it frames a claim, and the word that opens its content."""

    keys: tuple[str, ...]
    frame: str
    introducer: str
    glued_tail: str  # a final bare proclitic ("وفقا ل") that is glued to the next word


PhraseIndex = dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # list name -> first word key -> entries


@dataclass(frozen=True)
class Lexicon(WordLists):
    """A language's cues, quote pairs and word lists. Each list is also an attribute (`lex.titles`, declared in
    `lists.py` with the unions the rules read as one set, `lex.government_or_organizations`): the same frozenset
    as `lex.words["titles"]` and `lex.union("government", "organizations")`, read without a dict lookup."""

    lang: str
    cues: dict[str, tuple[CueForm, ...]]  # first word key -> forms starting with it, longest first
    quote_pairs: tuple[tuple[str, str], ...]
    words: dict[str, frozenset[str]]  # list name -> folded single-word keys
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # list name -> multiword entries as key tuples
    # The phrases of each list by their first word key, built once with the lexicon (a plain field, not a
    # cached_property: compiled with mypyc, a class has no __dict__ to cache it in).
    phrase_index: PhraseIndex = field(init=False, repr=False, compare=False)
    # Unions of lists the rules read as one set (`union`), built at the first use and kept with the lexicon.
    unions: dict[tuple[str, ...], frozenset[str]] = field(init=False, repr=False, compare=False)
    # Each list's single-word keys and its phrases by first word, side by side: one lookup for a rule that reads
    # both (`frames._phrase_at`, asked ~500 times an article).
    entries: dict[str, tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]] = field(
        init=False, repr=False, compare=False)
    # The keys k for which k + 's' or k + 'es' is a cue's first word ('state', 'report': a bare present form,
    # which `cues._after_indefinite_article` reads as a noun after 'a'): one set test, no string built per test.
    bare_presents: frozenset[str] = field(init=False, repr=False, compare=False)
    # The code points of the one-letter proclitics ('و', 'ف'): `cues.strip_proclitic` tests a key's first letter
    # against them (compiled, `ord(key[0])` is read in place: no one-letter string made and hashed per test).
    proclitic_codes: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = index_phrases(self.phrases)
        object.__setattr__(self, "phrase_index", index)
        object.__setattr__(self, "unions", {})
        object.__setattr__(self, "entries", {name: (keys, index.get(name, {})) for name, keys in self.words.items()})
        for name, keys in self.words.items():  # (a name in a variable: compiled, a literal one must be a field here)
            object.__setattr__(self, name, keys)
        for names in UNIONS:
            object.__setattr__(self, "_or_".join(names), self.union(*names))
        object.__setattr__(self, "proclitic_codes",
                           frozenset(ord(p) for p in self.words.get("proclitics", frozenset()) if len(p) == 1))
        object.__setattr__(self, "bare_presents", frozenset({key[:-1] for key in self.cues if key.endswith("s")}
                                                            | {key[:-2] for key in self.cues if key.endswith("es")}))

    def has(self, name: str, key: str) -> bool:
        return key in self.words[name]

    def union(self, *names: str) -> frozenset[str]:
        """The single-word keys of several lists as one set ('government' and 'organizations': every body noun),
        built once per lexicon (a union built at each call copies every key of the lists)."""
        found = self.unions.get(names)
        if found is None:
            found = self.unions[names] = frozenset().union(*(self.words[name] for name in names))
        return found

    def phrases_starting(self, name: str, first: str) -> tuple[tuple[str, ...], ...]:
        """The multiword entries of a list that start with the word `first`, longest first."""
        return self.phrase_index[name].get(first, ())


def index_phrases(phrases: dict[str, tuple[tuple[str, ...], ...]]) -> PhraseIndex:
    """Each list's multiword entries grouped by their first word key, in their order (longest first)."""
    index: PhraseIndex = {}
    for name, entries in phrases.items():
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in entries:
            by_first.setdefault(phrase[0], []).append(phrase)
        index[name] = {k: tuple(v) for k, v in by_first.items()}
    return index


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc})") from exc
    for number, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, line.rstrip("\n")


def _load_cues(path: Path) -> dict[str, tuple[CueForm, ...]]:
    by_first: dict[str, list[CueForm]] = {}
    for number, line in _lines(path):
        cols = line.split("\t")
        if len(cols) < 2 or len(cols) > 3 or not cols[0].strip():
            raise LexiconError(f"{path}:{number}: expected 'form<TAB>frame[<TAB>introducer]', got {line!r}")
        form, frame = cols[0].strip(), cols[1].strip()
        if frame not in FRAMES:
            raise LexiconError(f"{path}:{number}: unknown frame {frame!r} (one of {', '.join(sorted(FRAMES))})")
        words = [fold_token(w) for w in form.split()]
        glued = ""
        if len(words) > 1 and len(words[-1]) == 1:
            glued = words.pop()
        introducer = "|".join(fold_token(w.strip()) for w in cols[2].split("|")) if len(cols) == 3 else ""
        # ("إلى|ب": one of two prepositions, whichever comes first after the cue; see parse.cues)
        by_first.setdefault(words[0], []).append(CueForm(tuple(words), frame, introducer, glued))
    return {k: tuple(sorted(v, key=lambda c: (-len(c.keys), -len(c.glued_tail)))) for k, v in by_first.items()}


def _load_quotes(path: Path) -> tuple[tuple[str, str], ...]:
    pairs = []
    for number, line in _lines(path):
        cols = line.split("\t")
        if len(cols) != 2 or len(cols[0]) != 1 or len(cols[1]) != 1:
            raise LexiconError(f"{path}:{number}: expected 'open<TAB>close' (one character each), got {line!r}")
        pairs.append((cols[0], cols[1]))
    return tuple(pairs)


def _load_words(path: Path) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    singles: set[str] = set()
    multi: list[tuple[str, ...]] = []
    if not path.exists():
        return frozenset(), ()
    for number, line in _lines(path):
        if "\t" in line:
            raise LexiconError(f"{path}:{number}: one entry per line, no tabs, got {line!r}")
        keys = tuple(fold_token(w) for w in line.split())
        if not keys:
            raise LexiconError(f"{path}:{number}: entry has no word in it: {line!r}")
        if len(keys) == 1:
            singles.add(keys[0])
        else:
            multi.append(keys)
    return frozenset(singles), tuple(sorted(multi, key=len, reverse=True))


def load_lexicon(lang: str, root: Path = ROOT) -> Lexicon:
    folder = root / lang
    if not folder.is_dir():
        raise LexiconError(f"{folder}: no lexicon for language {lang!r}")
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name in WORD_LISTS:
        words[name], phrases[name] = _load_words(folder / f"{name}.txt")
    # (the language interned: the rules' `lex.lang == "en"` then finds the compiled literal itself, no comparison)
    return Lexicon(sys.intern(lang), _load_cues(folder / "cues.tsv"), _load_quotes(folder / "quotes.tsv"), words,
                   phrases)


@lru_cache(maxsize=8)
def lexicon_for(lang: str) -> Lexicon:
    """The shipped lexicon of a language, loaded once."""
    return load_lexicon(lang)


def languages() -> list[str]:
    return sorted(p.name for p in ROOT.iterdir() if p.is_dir() and (p / "cues.tsv").exists())
