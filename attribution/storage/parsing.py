"""Parsing for ingest: a stream of read items in, the same items with their parse results out, in order.

With one worker and no `background`, everything runs in this process. Otherwise articles go to a pool of
worker processes in chunks (`parse` is pure, so any process can parse any article); at most `ahead`
articles (by default ``2 × workers`` chunks) are in flight, so memory stays flat however long the stream.
Only ``(text, lang)`` goes to a worker and only the claims (flat) and diagnostics come back: the parent
rebuilds each `ParseResult` around the text it already holds. `background` runs even a single worker in
its own process, so that the caller (the writer of `attribution.storage.store.ingest_items`) works while
the next articles are parsed; a stream of a single chunk is then still parsed in this process.

`run_chunks` is the pool itself, for any per-chunk task (ingest into PostgreSQL has each worker parse and
write its own chunks). Workers are forked where the platform allows it (the parser and registry already
loaded in the parent are shared for free), else spawned; the parent's objects are frozen out of the
garbage collector's reach while it forks (`gc.freeze`), so the workers do not copy the pages they share
just by collecting. Workers, and parsing in the command line, collect garbage less often (see
`PARSING_GC_THRESHOLDS`). A worker ends with the process that started it, even one killed with SIGKILL (on
Linux by ``PR_SET_PDEATHSIG``, elsewhere by watching its parent id), instead of waiting for work forever.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, TypeVar

from attribution.errors import AttributionError, InputError
from attribution.ingest import Item
from attribution.model import Article, Attribution, Diagnostic, ParseResult
from attribution.textnorm import normalize_key

DEFAULT_CHUNK = 16
# `parse` itself pauses the collector while it runs (see its docstring); these thresholds are for the work
# around each parse: reading, decoding, cleaning HTML and packing claims, which allocate many short-lived
# objects and few reference cycles. At Python's default thresholds (700, 10, 10) the collector runs a young
# collection every 700 net allocations and a full one, over every object of the process, every 70,000; at
# these, a full collection comes every 4 million, and garbage in cycles waits a little longer.
PARSING_GC_THRESHOLDS = (10_000, 20, 20)

Packed = tuple[str, int, int, int, int, int, int, str, str, bool, tuple[str, ...], str]  # one claim, flat
Outcome = tuple[tuple[Packed, ...], tuple[Diagnostic, ...], str] | str  # what a worker sends back per article
T = TypeVar("T")
NO_SPAN = -1

_worker_registry: Any = None


@dataclass(frozen=True, slots=True)
class KeyedResult(ParseResult):
    """A parse result that also carries each claim's search key (`textnorm.normalize_key` of its content),
    computed by the worker that parsed it rather than by the process that writes it."""

    content_keys: tuple[str, ...] = ()


Parsed = ParseResult | str  # a result, or the reason the article could not be parsed


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Garbage collection at `PARSING_GC_THRESHOLDS` for a while (the thresholds before are put back)."""
    before = gc.get_threshold()
    gc.set_threshold(*PARSING_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def default_registry() -> Any:
    from attribution.registry import Registry

    return Registry.default()


def _parse_text(text: str, lang: str | None, registry: Any) -> Parsed:
    from attribution.parse import parse

    try:
        return parse(text, lang, registry=registry)
    except (AttributionError, ValueError) as exc:
        return f"cannot parse: {exc}"


def parse_article(article: Article, registry: Any) -> Parsed:
    """The parse result of one article, or the reason it could not be parsed (never raises for bad text)."""
    return _parse_text(article.text, article.lang, registry)


# ---------------------------------------------------------------- worker side

# A worker sends each claim back as a flat tuple of offsets and its search key (no span texts, no
# objects): two thirds of the bytes, a twentieth of the pickling and half the unpickling of the
# dataclasses; the parent holds the text and cuts the spans again.


def _pack(a: Attribution, keyed: bool = True) -> Packed:
    cue, source = a.cue, a.source
    return (
        a.kind,
        a.content.start,
        a.content.end,
        cue.start if cue else NO_SPAN,
        cue.end if cue else NO_SPAN,
        source.start if source else NO_SPAN,
        source.end if source else NO_SPAN,
        a.source_canonical,
        a.source_type,
        a.anonymous,
        a.conduits,
        normalize_key(a.content.text) if keyed else "",
    )


def _unpack(text: str, packed: Sequence[Packed]) -> tuple[Attribution, ...]:
    """The claims again, their spans cut from `text` by the parser's own constructors (`_span`,
    `_attribution_of`: the slots' descriptors, no dataclass `__init__` frame; compiled with the parser, a
    quarter of the cost). Imported here, not with this module: the dashboard imports storage, never parses."""
    from attribution.parse import _attribution_of, _span

    return tuple(
        _attribution_of(
            kind,
            _span(text, cs, ce),
            _span(text, qs, qe) if qs != NO_SPAN else None,
            _span(text, ss, se) if ss != NO_SPAN else None,
            canonical,
            source_type,
            anonymous,
            conduits,
        )
        for kind, cs, ce, qs, qe, ss, se, canonical, source_type, anonymous, conduits, _ in packed
    )


PR_SET_PDEATHSIG = 1  # prctl(2)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _exit_with_parent(parent: int) -> None:
    """End this worker as soon as `parent` does (by SIGKILL from the kernel on Linux)."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
        return
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the call
        os._exit(1)


def _start_worker(parent: int, initializer: Callable[..., None], *initargs: Any) -> None:
    _exit_with_parent(parent)
    gc.set_threshold(*PARSING_GC_THRESHOLDS)  # a worker's work is parsing (and writing what it parsed)
    initializer(*initargs)


def _init_worker(registry: Any) -> None:
    global _worker_registry
    _worker_registry = registry


def _parse_chunk(pairs: Sequence[tuple[str, str | None]], keyed: bool = True) -> list[Outcome]:
    """Each article's claims packed, with their search keys when `keyed` (else "" in their place)."""
    out: list[Outcome] = []
    for text, lang in pairs:
        result = _parse_text(text, lang, _worker_registry)
        if isinstance(result, str):
            out.append(result)
        else:
            packed = tuple(_pack(a, keyed) for a in result.attributions)
            out.append((packed, result.diagnostics, result.lang))
    return out


def _parse_chunk_unkeyed(pairs: Sequence[tuple[str, str | None]]) -> list[Outcome]:
    return _parse_chunk(pairs, keyed=False)


def _rebuild(article: Article, outcome: Outcome, keyed: bool = True) -> Parsed:
    if isinstance(outcome, str):
        return outcome
    packed, diagnostics, lang = outcome
    text = article.text
    attributions = _unpack(text, packed)
    if not keyed:
        return ParseResult(text, lang, attributions, diagnostics)
    return KeyedResult(text, lang, attributions, diagnostics, tuple(p[-1] for p in packed))


# ---------------------------------------------------------------- parent side


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_chunks(
    parts: Iterable[list[Item]],
    task: Callable[[Any], T],
    payload: Callable[[list[Item]], Any],
    *,
    workers: int,
    ahead: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    here: Callable[[list[Item]], T] | None = None,
) -> Iterator[tuple[list[Item], T]]:
    """Each chunk of `parts` with what `task` returned for its `payload` (what of the chunk is sent to a
    worker), in order; `task` runs in `workers` processes, at most `ahead` chunks in flight. A worker that
    dies is an `AttributionError`; an exception `task` raises is raised here.

    With `here` (the same work done in this process), whenever the oldest chunk in flight is not done yet
    when its result is wanted, this process takes the next chunk of `parts` and does it itself instead of
    waiting (up to `ahead` such chunks held at a time): the workers and this process share the work at
    whatever pace each has to spare."""
    window: deque[tuple[list[Item], Future[T] | T]] = deque()
    iterator, submitted, frozen = iter(parts), 0, False
    ahead = max(1, ahead)
    try:
        start = (os.getpid(), initializer, *initargs)
        with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=start) as pool:
            try:
                while True:
                    while submitted < ahead and (part := next(iterator, None)) is not None:
                        if not frozen:
                            gc.freeze()  # the workers fork on the first submissions
                            frozen = True
                        window.append((part, pool.submit(task, payload(part))))
                        submitted += 1
                    if not window:
                        return
                    done, pending = window[0]
                    if (
                        here is not None
                        and isinstance(pending, Future)
                        and not pending.done()
                        and len(window) - submitted < ahead
                        and (extra := next(iterator, None)) is not None
                    ):
                        window.append((extra, here(extra)))
                        continue
                    window.popleft()
                    if isinstance(pending, Future):
                        submitted -= 1
                        yield done, pending.result()
                    else:
                        yield done, pending
            except BrokenProcessPool as exc:
                raise AttributionError(f"a worker process died: {exc}") from exc
            finally:
                for _, pending in window:
                    if isinstance(pending, Future):
                        pending.cancel()
    finally:
        if frozen:
            gc.unfreeze()


def _texts(chunk: list[Item]) -> list[tuple[str, str | None]]:
    return [(item.text, item.lang) for item in chunk if isinstance(item, Article)]


def _paired(
    chunk: list[Item], outcomes: list[Outcome] | ParsedHere, keyed: bool
) -> Iterator[tuple[Item, Parsed | None]]:
    if isinstance(outcomes, ParsedHere):
        yield from zip(chunk, outcomes.results, strict=True)
        return
    results = iter(outcomes)
    for item in chunk:
        yield (item, None) if isinstance(item, InputError) else (item, _rebuild(item, next(results), keyed))


def _parse_here(items: Iterable[Item], registry: Any) -> Iterator[tuple[Item, Parsed | None]]:
    for item in items:
        yield (item, None) if isinstance(item, InputError) else (item, parse_article(item, registry))


def _with_keys(parsed: Parsed | None) -> Parsed | None:
    if not isinstance(parsed, ParseResult):
        return parsed
    keys = tuple(normalize_key(a.content.text) for a in parsed.attributions)
    return KeyedResult(parsed.text, parsed.lang, parsed.attributions, parsed.diagnostics, keys)


@dataclass(frozen=True, slots=True)
class ParsedHere:
    """A chunk parsed in the consuming process while its worker was busy: the results as they are."""

    results: list[Parsed | None]


def parse_items(
    items: Iterable[Item],
    *,
    registry: Any = None,
    workers: int = 1,
    chunk: int = DEFAULT_CHUNK,
    background: bool = False,
    ahead: int = 0,
    keyed: bool = True,
) -> Iterator[tuple[Item, Parsed | None]]:
    """Each item with its parse result (or the reason it failed); `None` for items that are read errors.

    Order is kept. `workers` > 1 parses in that many processes, `chunk` articles per task; `background`
    uses a worker process even for one worker (when the stream is longer than a chunk), and this process
    parses the next chunk itself whenever the worker's oldest chunk is not ready when it is wanted (the
    consumer, the writer of an ingest, would otherwise wait: one worker and the writer then keep two
    cores busy, the worker parsing and the writer writing and parsing). `ahead` is how many articles may
    be parsed ahead of the consumer (default: two chunks per worker). Results parsed in a worker are
    `KeyedResult`s, their search keys computed there, unless `keyed` is False (then the consumer computes
    them: with a single worker, the one that bounds the pace, the consumer has time to spare), and so are
    the chunks this process parses beside its worker; a stream parsed here alone has no keys.
    """
    registry = registry if registry is not None else default_registry()
    chunk = max(1, chunk)
    if workers <= 1 and not background:
        yield from _parse_here(items, registry)
        return
    iterator = iter(items)
    first = list(islice(iterator, chunk + 1))
    if workers <= 1 and len(first) <= chunk:
        yield from _parse_here(first, registry)
        return

    def here(part: list[Item]) -> list[Outcome] | ParsedHere:
        return ParsedHere([_with_keys(parsed) if keyed else parsed for _, parsed in _parse_here(part, registry)])

    window = max(2 * max(1, workers), -(-ahead // chunk))
    parts = chunks(chain(first, iterator), chunk)
    task = _parse_chunk if keyed else _parse_chunk_unkeyed
    results = run_chunks(
        parts,
        task,
        _texts,
        workers=max(1, workers),
        ahead=window,
        initializer=_init_worker,
        initargs=(registry,),
        here=here if workers <= 1 else None,
    )
    for part, outcomes in results:
        yield from _paired(part, outcomes, keyed)
