"""The shipped registry data loads, and bad data files fail with the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.errors import LexiconError
from attribution.registry import Registry
from attribution.registry.load import load_entries, load_word_list, source_files

GOOD = "Reuters\tnews_agency\tرويترز | وكالة رويترز\n"


def write(tmp_path: Path, text: str, name: str = "sources.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_data_holds_the_common_sources_with_known_types() -> None:
    entries = Registry.default().entries()
    assert len(entries) >= 200
    assert {e.type for e in entries} <= {"news_agency", "media", "government", "official", "organization", "other"}
    assert not any(e.anonymous for e in entries)
    names = {e.canonical for e in entries}
    assert {"Reuters", "Associated Press", "AFP", "Al Jazeera", "Pentagon", "United Nations", "NATO"} <= names


def test_a_valid_file_loads_with_its_aliases(tmp_path: Path) -> None:
    path = write(tmp_path, "# comment\n\n" + GOOD)
    [entry] = load_entries([path])
    assert (entry.canonical, entry.type, entry.aliases) == ("Reuters", "news_agency", ("رويترز", "وكالة رويترز"))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Reuters\tnews_agency", "expected 3 tab-separated fields"),
        ("Reuters\twire\tرويترز", "unknown type 'wire'"),
        ("Officials\tanonymous\tofficials", "unknown type 'anonymous'"),
        ("\tmedia\tx", "empty canonical name"),
        ("Reuters\tnews_agency\tرويترز || وكالة رويترز", "empty alias"),
        ("Reuters\tnews_agency\t« »", "empty alias"),
    ],
)
def test_a_bad_line_names_the_file_and_the_line(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path, "# header\n" + GOOD + line + "\n")
    with pytest.raises(LexiconError) as err:
        load_entries([path])
    assert f"{path}:3:" in str(err.value)
    assert reason in str(err.value)


def test_a_name_shared_by_two_sources_is_rejected_with_both_places(tmp_path: Path) -> None:
    first = write(tmp_path, GOOD, "a.tsv")
    second = write(tmp_path, "Reuters Foundation\torganization\tوكالة رويترز\n", "b.tsv")
    with pytest.raises(LexiconError) as err:
        load_entries([first, second])
    assert f"{second}:1:" in str(err.value) and f"{first}:1" in str(err.value)


def test_a_duplicate_canonical_name_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "REUTERS\tmedia\t\n")
    with pytest.raises(LexiconError, match=r"sources\.tsv:2: duplicate canonical"):
        load_entries([path])


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes("Élysée\tgovernment\t\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"latin1\.tsv: not UTF-8"):
        load_entries([path])


def test_a_word_list_line_without_letters_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "العربية\n...\n", "ambiguous.txt")
    with pytest.raises(LexiconError, match=r"ambiguous\.txt:2:"):
        load_word_list(path)


def test_every_shipped_file_is_valid() -> None:
    assert len(load_entries(source_files())) == len(Registry.default().entries())
