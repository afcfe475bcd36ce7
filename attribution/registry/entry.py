"""A registry entry and how each of its aliases may be matched.

An alias is matched in one of three ways, decided from its text alone so that a registry rebuilt from
storage behaves like the shipped one:

- ordinary aliases match as a whole mention, inside a longer mention at word boundaries, and by spelling
  variant (fuzzy);
- *exact-only* aliases are names that are also common words ("العربية" Al Arabiya / Arabic, "الجزيرة" Al
  Jazeera / the island, "Times"): they match only a whole mention. The words are listed in
  ``data/ambiguous.txt``;
- *acronyms* (Latin capitals, at most six, like WHO, AP, UN) match only where the text writes them in
  capitals, so "who" and "us" stay words; they are never matched fuzzily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from attribution.model import SOURCE_TYPES

REGISTRY_TYPES: tuple[str, ...] = tuple(t for t in SOURCE_TYPES if t != "anonymous")
ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


@dataclass(frozen=True)
class SourceEntry:
    """A canonical source: its English name, its type and the names it goes by (Arabic and English)."""

    canonical: str
    type: str
    anonymous: bool = False
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.canonical, *self.aliases)


@dataclass(frozen=True, slots=True)
class Alias:
    """One indexed name of an entry: its matching key split in tokens, and how it may match."""

    text: str
    key: str
    tokens: tuple[str, ...]
    owner: str  # the normalized key of the entry's canonical name
    exact_only: bool
    acronym: bool
    lead: int = 0  # letters of a clitic-like prefix the key dropped from the first word ("وزارة" → 1)

    @property
    def fuzzy_ok(self) -> bool:
        return not (self.exact_only or self.acronym) and len(self.key) >= FUZZY_MIN_CHARS


FUZZY_MIN_CHARS = 7  # shorter keys are one letter away from ordinary words (عراقي / عراقجي)
FUZZY_CHARS_PER_EDIT = 20  # a misspelling is a letter off per this many, not another word in the name


def is_acronym(alias: str) -> bool:
    """Latin capitals (dots allowed: U.N.), 2 to 6 of them: matched only when written in capitals."""
    return ACRONYM_RE.fullmatch(alias.strip().replace(".", "")) is not None


def written_in_capitals(text: str) -> bool:
    """No lower-case letter: how an acronym must appear in the text to count."""
    return not any(ch.islower() for ch in text)
