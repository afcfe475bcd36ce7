"""The source registry: canonical sources (agencies, outlets, governments, organizations, people), the
names they go by in Arabic and English, and matching mentions and phrases against them.

The shipped data lives in ``data/`` (see ``data/README.md``); `Registry.default()` loads it once.
"""

from attribution.registry.entry import SourceEntry
from attribution.registry.match import Registry, same_person

__all__ = ["Registry", "SourceEntry", "same_person"]
