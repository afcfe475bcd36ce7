"""Reading the registry data files, validated line by line; every error names the file and the line.

Source files (``data/*.tsv``): one entry a line, three tab-separated fields::

    canonical<TAB>type<TAB>alias | alias | ...

Blank lines and lines starting with ``#`` are ignored. The canonical name is matched too, so it need not
be repeated among the aliases. Within the whole data set no two entries may share a canonical name or an
alias key (after `normalize_key`), so no name is ambiguous between two shipped sources.

``data/ambiguous.txt``: one word or phrase a line; an alias whose key equals one of them is exact-only
(see `attribution.registry.entry`). ``data/descriptors.txt``: words that may surround a known name in a
mention ("شبكة", "news agency", "الأمريكية") without making it name something else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from attribution.errors import LexiconError
from attribution.registry.entry import REGISTRY_TYPES, SourceEntry
from attribution.textnorm import normalize_key

DATA_DIR = Path(__file__).parent / "data"
AMBIGUOUS_FILE = DATA_DIR / "ambiguous.txt"
DESCRIPTORS_FILE = DATA_DIR / "descriptors.txt"
ENTOURAGE_FILE = DATA_DIR / "entourage.txt"
ALIAS_SEPARATOR = "|"


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) for each meaningful line: not blank, not a # comment."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise LexiconError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from err
    except OSError as err:
        raise LexiconError(f"{path}: cannot be read ({err.strerror})") from err
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line.rstrip("\r\n")


def parse_entry_line(line: str, where: str) -> SourceEntry:
    """One data line as an entry; raises LexiconError prefixed with `where` ("file:line")."""
    fields = line.split("\t")
    if len(fields) != 3:
        raise LexiconError(
            f"{where}: expected 3 tab-separated fields (canonical, type, aliases), found {len(fields)}"
        )
    canonical, type_, alias_field = (f.strip() for f in fields)
    if not normalize_key(canonical):
        raise LexiconError(f"{where}: empty canonical name")
    if type_ not in REGISTRY_TYPES:
        raise LexiconError(f"{where}: unknown type {type_!r} (expected one of {', '.join(REGISTRY_TYPES)})")
    aliases = tuple(a.strip() for a in alias_field.split(ALIAS_SEPARATOR)) if alias_field else ()
    for alias in aliases:
        if not normalize_key(alias):
            raise LexiconError(f"{where}: empty alias {alias!r} (separators in a row, or only punctuation)")
    return SourceEntry(canonical=canonical, type=type_, aliases=aliases)


def check_unique_names(entry: SourceEntry, where: str, seen: dict[str, tuple[str, str]]) -> None:
    """Record the entry's names in `seen` (key → (canonical, where)); raise if another entry has one."""
    for name in entry.names():
        key = normalize_key(name)
        other = seen.get(key)
        if other is not None and other[0] != entry.canonical:
            raise LexiconError(f"{where}: name {name!r} is also a name of {other[0]!r} ({other[1]})")
        seen[key] = (entry.canonical, where)


def load_entries(paths: Iterable[Path]) -> list[SourceEntry]:
    """All entries of the given source files, in order, validated across files."""
    entries: list[SourceEntry] = []
    seen: dict[str, tuple[str, str]] = {}
    canonicals: dict[str, str] = {}
    for path in paths:
        for number, line in read_lines(path):
            where = f"{path}:{number}"
            entry = parse_entry_line(line, where)
            key = normalize_key(entry.canonical)
            if key in canonicals:
                raise LexiconError(f"{where}: duplicate canonical {entry.canonical!r} ({canonicals[key]})")
            canonicals[key] = where
            check_unique_names(entry, where, seen)
            entries.append(entry)
    return entries


def load_word_list(path: Path) -> frozenset[str]:
    """The keys of a word list (ambiguous.txt, descriptors.txt): one word or phrase a line."""
    keys: set[str] = set()
    for number, line in read_lines(path):
        if "\t" in line:
            raise LexiconError(f"{path}:{number}: one word or phrase a line, no tabs")
        key = normalize_key(line)
        if not key:
            raise LexiconError(f"{path}:{number}: {line.strip()!r} has no letters")
        keys.add(key)
    return frozenset(keys)


def source_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The shipped source files, in name order."""
    return sorted(data_dir.glob("*.tsv"))
