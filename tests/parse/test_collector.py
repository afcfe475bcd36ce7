"""The parser pauses Python's cyclic garbage collector while it parses, and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from attribution.parse import parse

ARTICLE = ("The mayor said the bridge would reopen in May. \"We are nearly done,\" she told reporters on Monday.\n\n"
           "Engineers said the repairs had cost more than planned, according to a city report.")


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations the collector collects while the test runs, at a threshold that collects at almost
    every allocation (the thresholds and callbacks before are put back)."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    before = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)
        gc.set_threshold(*before)


def test_no_collection_runs_during_a_parse(collections: list[int]) -> None:
    before = len(collections)
    result = parse(ARTICLE, "en")
    during = len(collections)
    assert result.attributions
    assert during == before  # at threshold 1, a parse with the collector on would collect thousands of times
    allocated = [[] for _ in range(10)]  # allocations after the parse: the collector runs again
    assert allocated
    assert len(collections) > during


def test_a_parse_leaves_no_garbage_in_reference_cycles() -> None:
    # (what a parse drops is freed by reference counting, so pausing the collector holds nothing back; compiled,
    # nested functions sharing an environment would make a cycle: scripts/test-compiled.sh runs this compiled)
    parse(ARTICLE, "en")  # (lexicons and registry loaded)
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            parse(ARTICLE, "en")
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_collector_is_switched_back_on_after_a_parse() -> None:
    assert gc.isenabled()
    parse(ARTICLE, "en")
    assert gc.isenabled()


def test_a_collector_switched_off_stays_off() -> None:
    gc.disable()
    try:
        parse(ARTICLE, "en")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_switched_back_on_when_a_parse_fails() -> None:
    with pytest.raises(TypeError):
        parse(None, "en")  # type: ignore[arg-type]
    assert gc.isenabled()
