"""Lexicons are data: every language has the same files, and a malformed line is reported by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.errors import LexiconError
from attribution.lexicons import ROOT, WORD_LISTS, languages, load_lexicon


def test_every_language_has_the_same_files() -> None:
    names = {lang: sorted(p.name for p in (ROOT / lang).iterdir()) for lang in languages()}
    assert set(names) >= {"ar", "en"}
    assert len({tuple(v) for v in names.values()}) == 1


def test_every_word_list_is_present_for_every_language() -> None:
    for lang in languages():
        for name in WORD_LISTS:
            assert (ROOT / lang / f"{name}.txt").is_file(), f"{lang}/{name}.txt missing"


def _copy_language(tmp_path: Path) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    for f in (ROOT / "en").iterdir():
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_unknown_frame_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = _copy_language(tmp_path)
    with (folder / "cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("whisper\tmumble\n")
    lines = (folder / "cues.tsv").read_text(encoding="utf-8").splitlines()
    with pytest.raises(LexiconError, match=rf"cues.tsv:{len(lines)}: unknown frame 'mumble'"):
        load_lexicon("xx", tmp_path)


def test_bad_quote_pair_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = _copy_language(tmp_path)
    (folder / "quotes.tsv").write_text("# pairs\n<<\t>>\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"quotes.tsv:2: expected 'open<TAB>close'"):
        load_lexicon("xx", tmp_path)


def test_missing_language_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no lexicon for language 'zz'"):
        load_lexicon("zz", tmp_path)


def test_phrases_are_found_by_their_first_word_longest_first(tmp_path: Path) -> None:
    folder = _copy_language(tmp_path)
    (folder / "occasions.txt").write_text("in a statement\nin a\nin a written statement\non air\n", encoding="utf-8")
    lex = load_lexicon("xx", tmp_path)
    assert lex.phrases_starting("occasions", "in") == (
        ("in", "a", "written", "statement"), ("in", "a", "statement"), ("in", "a"))
    assert lex.phrases_starting("occasions", "on") == (("on", "air"),)
    assert lex.phrases_starting("occasions", "statement") == ()
    assert lex.phrase_index["occasions"]["on"] == (("on", "air"),)


def test_a_union_of_lists_holds_the_keys_of_each_and_is_built_once() -> None:
    lex = load_lexicon("ar")
    bodies = lex.union("government", "organizations")
    assert bodies == lex.words["government"] | lex.words["organizations"]
    assert lex.union("government", "organizations") is bodies
    assert lex.union("titles") == lex.words["titles"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_derived_sets_agree_with_the_lists_they_stand_for(lang: str) -> None:
    """`bare_presents` and `proclitic_codes` answer, with one set test, what the cue rules asked by building
    strings: k + 's' or k + 'es' a cue's first word, and a key's first letter a one-letter proclitic."""
    from attribution.parse.cues import strip_proclitic

    lex = load_lexicon(lang)
    keys = set(lex.cues) | {k[:-1] for k in lex.cues} | {k[:-2] for k in lex.cues} | {"state", "report", "rain"}
    for key in keys:
        assert (key in lex.bare_presents) == (key + "s" in lex.cues or key + "es" in lex.cues)
    words = ["وقال", "فأكد", "قال", "بالجهود", "لقد", "said", "wrote", "وزير", *lex.cues]
    for word in words:
        expected = word[1:] if len(word) > 3 and word[0] in lex.proclitics else None
        assert strip_proclitic(word, lex) == expected
