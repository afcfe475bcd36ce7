"""Source names as the reference scorer compares them: Arabic-normalized words, one proclitic dropped."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_FOLD = str.maketrans("أإآٱىةؤئ", "اااايهءء")
_NON_WORD = re.compile(r"[^\w\s]")
_CLITICS = ("وال", "بال", "لل", "ال", "و")  # tried in this order; the first that leaves a stem wins
_MIN_STEM = 3


def normalize_name(name: str) -> str:
    """Case-, diacritic- and hamza-folded words of a name, punctuation dropped (for matching only)."""
    folded = _DIACRITICS.sub("", unicodedata.normalize("NFKC", name).lower()).translate(_LETTER_FOLD)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def strip_clitic(token: str) -> str:
    """Drop one Arabic proclitic (و، ال، بال، لل، وال) when at least three letters remain."""
    for prefix in _CLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM:
            return token[len(prefix) :]
    return token


def name_tokens(name: str) -> frozenset[str]:
    return frozenset(strip_clitic(token) for token in normalize_name(name).split())


def names_match(name: str, entity_names: Iterable[str]) -> bool:
    """True when the words of `name` are a subset or a superset of the words of one of `entity_names`."""
    said = name_tokens(name)
    if not said:
        return False
    return any(known and (said <= known or known <= said) for known in map(name_tokens, entity_names))


def resolved_name(record: Mapping[str, Any]) -> str:
    """The name a prediction resolves its source to: the canonical name, else the mention as written."""
    return str(record.get("source_canonical") or record.get("source_text") or "")


def entity_names(gold_attributions: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Each gold entity's names in one article: its canonical name and every mention of it."""
    names: dict[str, set[str]] = {}
    for record in gold_attributions:
        canonical = record.get("source_canonical")
        if canonical:
            names.setdefault(canonical, {canonical}).add(record.get("source_text") or canonical)
    return names
