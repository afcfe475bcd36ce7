"""Parsing for ingest: a stream of read items in, the same items with their parse results out, in order.

With one worker everything runs in this process. With more, articles go to a pool of worker processes in
chunks (`parse` is pure, so any process can parse any article); at most ``2 × workers`` chunks are in
flight, so memory stays flat however long the stream. Only ``(text, lang)`` goes to a worker and only
the attributions and diagnostics come back: the parent rebuilds each `ParseResult` around the text it
already holds. Workers are forked where the platform allows it (the parser and registry already loaded
in the parent are shared for free), else spawned.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from attribution.errors import AttributionError, InputError
from attribution.ingest import Item
from attribution.model import Article, Attribution, Diagnostic, ParseResult

DEFAULT_CHUNK = 16

Parsed = ParseResult | str  # a result, or the reason the article could not be parsed
Outcome = tuple[tuple[Attribution, ...], tuple[Diagnostic, ...], str] | str  # what a worker sends back

_worker_registry: Any = None


def default_registry() -> Any:
    from attribution.registry import Registry

    return Registry.default()


def _parse_text(text: str, lang: str | None, registry: Any) -> Outcome:
    from attribution.parse import parse

    try:
        result = parse(text, lang, registry=registry)
    except (AttributionError, ValueError) as exc:
        return f"cannot parse: {exc}"
    return result.attributions, result.diagnostics, result.lang


def _rebuild(article: Article, outcome: Outcome) -> Parsed:
    if isinstance(outcome, str):
        return outcome
    attributions, diagnostics, lang = outcome
    return ParseResult(article.text, lang, attributions, diagnostics)


def parse_article(article: Article, registry: Any) -> Parsed:
    """The parse result of one article, or the reason it could not be parsed (never raises for bad text)."""
    return _rebuild(article, _parse_text(article.text, article.lang, registry))


# ---------------------------------------------------------------- worker side


def _init_worker(registry: Any) -> None:
    global _worker_registry
    _worker_registry = registry


def _parse_chunk(pairs: Sequence[tuple[str, str | None]]) -> list[Outcome]:
    return [_parse_text(text, lang, _worker_registry) for text, lang in pairs]


# ---------------------------------------------------------------- parent side


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _submit(pool: ProcessPoolExecutor, chunk: list[Item]) -> Future[list[Outcome]]:
    pairs = [(item.text, item.lang) for item in chunk if isinstance(item, Article)]
    return pool.submit(_parse_chunk, pairs)


def _paired(chunk: list[Item], outcomes: list[Outcome]) -> Iterator[tuple[Item, Parsed | None]]:
    results = iter(outcomes)
    for item in chunk:
        yield (item, None) if isinstance(item, InputError) else (item, _rebuild(item, next(results)))


def _parse_in_pool(
    items: Iterable[Item], registry: Any, workers: int, chunk: int
) -> Iterator[tuple[Item, Parsed | None]]:
    window: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker, initargs=(registry,)) as pool:
        try:
            for part in _chunks(items, chunk):
                window.append((part, _submit(pool, part)))
                if len(window) >= 2 * workers:
                    done, future = window.popleft()
                    yield from _paired(done, future.result())
            while window:
                done, future = window.popleft()
                yield from _paired(done, future.result())
        except BrokenProcessPool as exc:
            raise AttributionError(f"a parser worker process died: {exc}") from exc
        finally:
            for _, future in window:
                future.cancel()


def parse_items(
    items: Iterable[Item], *, registry: Any = None, workers: int = 1, chunk: int = DEFAULT_CHUNK
) -> Iterator[tuple[Item, Parsed | None]]:
    """Each item with its parse result (or the reason it failed); `None` for items that are read errors.

    Order is kept. `workers` > 1 parses in that many processes, `chunk` articles per task.
    """
    registry = registry if registry is not None else default_registry()
    if workers <= 1:
        for item in items:
            yield (item, None) if isinstance(item, InputError) else (item, parse_article(item, registry))
        return
    yield from _parse_in_pool(items, registry, workers, max(1, chunk))
