"""One exception hierarchy for the project. The CLI turns these into a message and an exit code."""

from __future__ import annotations


class AttributionError(Exception):
    """Base of every error this project raises on purpose."""

    exit_code = 1


class LexiconError(AttributionError):
    """A lexicon or registry data file is malformed; the message names the file and the line."""

    exit_code = 3


class InputError(AttributionError):
    """An input (file, record, URL) cannot be read as an article; the message names it and says why."""

    exit_code = 2

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StorageError(AttributionError):
    """The database cannot be reached or written; the message names the database (without a password)."""

    exit_code = 4
