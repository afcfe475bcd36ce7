"""The parser's value types: spans into the original text, attributions, results and input articles.

Everything here is immutable and free of I/O. A `Span` always satisfies ``text[start:end] == span.text``
for the article text it was cut from; `Span.of` is the only constructor the parser uses, so the
invariant holds by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")

SourceType = Literal[
    "person", "official", "government", "news_agency", "media", "organization", "anonymous", "document", "other"
]
SOURCE_TYPES: tuple[str, ...] = (
    "person", "official", "government", "news_agency", "media", "organization", "anonymous", "document", "other",
)

Lang = Literal["ar", "en"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of an article text, with the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut ``text[start:end]``; raises ValueError for a range outside the text or reversed."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def as_list(self) -> list[int]:
        return [self.start, self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Attribution:
    """One claim: what was said (`content`), by whom (`source_*`), how (`cue`) and through whom (`conduits`).

    `source` is the mention as written in the text, None for an implicit subject ("وأضاف", "he added");
    `source_canonical` is the entity it resolves to (the registry's canonical name when known, else the
    fullest mention of it in the article).
    """

    kind: Kind
    content: Span
    cue: Span | None
    source: Span | None
    source_canonical: str
    source_type: str
    anonymous: bool
    conduits: tuple[str, ...] = ()

    @property
    def source_text(self) -> str:
        return self.source.text if self.source else ""

    def to_gold(self) -> dict[str, Any]:
        """The record in the shared gold JSONL format (``shared/eval/FORMAT.md``)."""
        return {
            "kind": self.kind,
            "content": self.content.as_list(),
            "content_text": self.content.text,
            "source_text": self.source_text,
            "source_span": self.source.as_list() if self.source else None,
            "source_canonical": self.source_canonical,
            "source_type": self.source_type,
            "anonymous": self.anonymous,
            "conduits": list(self.conduits),
            "cue_text": self.cue.text if self.cue else "",
            "cue_span": self.cue.as_list() if self.cue else None,
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something odd about the input that did not stop the parse (an unbalanced quote, say)."""

    code: str
    message: str
    offset: int | None = None


@dataclass(frozen=True, slots=True)
class ParseResult:
    text: str
    lang: str
    attributions: tuple[Attribution, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from a file, a record or a URL, before parsing."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    lang: str | None = None
    origin: str = ""  # where it came from: a path, "path:line", "<stdin>" or a URL
    meta: dict[str, Any] = field(default_factory=dict)
