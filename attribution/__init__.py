"""attribution: who said what, directly or reportedly, through whom — in Arabic and English news."""

from attribution.errors import AttributionError, InputError, LexiconError, StorageError
from attribution.model import Article, Attribution, Diagnostic, ParseResult, Span

__all__ = [
    "Article",
    "Attribution",
    "AttributionError",
    "Diagnostic",
    "InputError",
    "LexiconError",
    "ParseResult",
    "Span",
    "StorageError",
]
