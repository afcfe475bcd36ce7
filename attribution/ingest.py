"""Readers: files, folders, stdin and URLs in, `Article` values (or `InputError` values) out.

Errors are values so that one bad file never stops a batch: `read_articles` yields an `InputError` for
it and goes on. Bytes are decoded as UTF-8 (with or without BOM), UTF-16 (with BOM) or, for Arabic text
that is not UTF-8, Windows-1256. The text is kept exactly as read; every offset stored later points into
it. JSON lines files (and JSON lines on stdin) are read a line at a time, so a huge file never sits in
memory; a line's errors name `file:line`. HTML goes through trafilatura (never parsed by hand);
`<script>` never reaches the text.
"""

from __future__ import annotations

import json
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from attribution.errors import InputError
from attribution.model import Article
from attribution.parse.segment import is_headline, paragraphs

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
URL_TIMEOUT_SECONDS = 20.0
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
KNOWN_SUFFIXES = HTML_SUFFIXES | RECORD_SUFFIXES | {".txt"}
RECORD_FIELDS = ("title", "url", "outlet", "published", "lang")
STDIN = "-"

Item = Article | InputError


@dataclass(frozen=True)
class ReadOptions:
    lang: str | None = None  # used when a record has no `lang`; else the script decides
    max_bytes: int = DEFAULT_MAX_BYTES


# ---------------------------------------------------------------- decoding


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return bool(letters) and arabic / len(letters) >= 0.5


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode `data`; raises InputError naming `origin` for binary or undecodable content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(origin, "not valid UTF-16 despite its byte-order mark") from exc
    if b"\x00" in data:
        raise InputError(origin, "binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _mostly_arabic(text):
        return text
    raise InputError(origin, "not valid UTF-8, UTF-16 or Windows-1256")


def clean_text(text: str, origin: str) -> str:
    """Reject empty text. The text itself is kept exactly as read: offsets, and annotations made on it
    elsewhere, index it character for character (duplicates are found on a normalized copy)."""
    if not text.strip():
        raise InputError(origin, "empty")
    return text


def _check_size(size: int, origin: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(origin, f"too large: {size:,} bytes, over the limit of {max_bytes:,} bytes")


def detect_language(text: str) -> str:
    from attribution.parse import detect_lang

    return detect_lang(text)


def _with_lang(article: Article, options: ReadOptions) -> Article:
    return replace(article, lang=article.lang or options.lang or detect_language(article.text))


# ---------------------------------------------------------------- formats


def article_from_html(html: str, origin: str, *, url: str | None = None, article_id: str = "") -> Article:
    """Extract the main text and metadata (title, url, date, site name → outlet) with trafilatura."""
    import trafilatura  # imported on first use: ~25 MB that plain-text and JSON ingests (and workers) never need

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) or ""
    return Article(
        text=clean_text(text, origin),
        id=article_id,
        title=getattr(doc, "title", None),
        url=getattr(doc, "url", None) or url,
        outlet=getattr(doc, "sitename", None),
        published=getattr(doc, "date", None),
        origin=origin,
    )


def headline_of(text: str) -> str | None:
    """A plain-text article's first line, when it reads as a headline (short, no closing full stop) and the parser
    takes it for one: a text of one line, a list's first item, has none."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and first[-1] not in ".!?؟:" and len(first.split()) < 30 \
            and is_headline(text, paragraphs(text), 0):
        return first
    return None


def _optional_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def article_from_record(record: Any, origin: str, default_id: str, max_bytes: int) -> Article:
    """A JSON object with `text` (required) and optional `id`, title, url, outlet, published, lang."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "record has no `text` string")
    _check_size(len(text.encode("utf-8")), origin, max_bytes)
    extra = {k: _optional_str(record.get(k)) for k in RECORD_FIELDS}
    meta = {k: v for k, v in record.items() if k not in {"id", "text", *RECORD_FIELDS}}
    return Article(
        text=clean_text(text, origin),
        id=_optional_str(record.get("id")) or default_id,
        origin=origin,
        meta=meta,
        **extra,
    )


def _jsonl_record(line: str, origin: str, default_id: str, max_bytes: int) -> Item:
    try:
        return article_from_record(json.loads(line), origin, default_id, max_bytes)
    except json.JSONDecodeError as exc:
        return InputError(origin, f"invalid JSON: {exc.msg}")
    except InputError as exc:
        return exc


def _jsonl_items(text: str, name: str, stem: str, max_bytes: int) -> Iterator[Item]:
    """JSON lines already decoded (UTF-16 files); split on line feeds only, as `_jsonl_stream` reads them."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _jsonl_record(line, f"{name}:{number}", f"{stem}-{number}", max_bytes)


def _line_cap(max_bytes: int) -> int:
    """The longest JSON line read: a record's text at the cap, every character escaped (``\\uXXXX`` is six
    bytes for a two-byte Arabic letter), plus room for the other fields."""
    return 6 * max_bytes + 64 * 1024


def _decode_line(raw: bytes, origin: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _mostly_arabic(text):
        return text
    raise InputError(origin, "not valid UTF-8 or Windows-1256")


def _lines(stream: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) a line at a time, split on line feeds; None for a line longer than `cap`,
    which is skipped without being held in memory."""
    number = 0
    while raw := stream.readline(cap + 1):
        number += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            while (rest := stream.readline(cap + 1)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, raw


def _jsonl_stream(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    """JSON lines read from `stream` one line at a time: memory stays flat however long the file is."""
    stem, cap = Path(name).stem or name, _line_cap(max_bytes)
    for number, raw in _lines(stream, cap):
        origin = f"{name}:{number}"
        if raw is None:
            yield InputError(origin, f"too large: a line over {cap:,} bytes")
            continue
        try:
            line = _decode_line(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw, origin)
        except InputError as exc:
            yield exc
            continue
        if line.strip():
            yield _jsonl_record(line, origin, f"{stem}-{number}", max_bytes)


def _streams_as_lines(stream: BinaryIO) -> bool:
    """JSON lines can be read line by line unless the file is UTF-16 (a byte-order mark) or binary."""
    head = stream.peek(64 * 1024)[: 64 * 1024]  # type: ignore[attr-defined]
    return not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in head


def _json_items(text: str, name: str, stem: str, max_bytes: int) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"{name}:{exc.lineno}", f"invalid JSON: {exc.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        origin = f"{name}[{index}]" if isinstance(data, list) else name
        try:
            yield article_from_record(record, origin, f"{stem}-{index + 1}", max_bytes)
        except InputError as exc:
            yield exc


def items_from_bytes(data: bytes, name: str, suffix: str, max_bytes: int, url: str | None = None) -> Iterator[Item]:
    """Decode and read one input's bytes according to its kind (`suffix`)."""
    stem = Path(name).stem or name
    try:
        text = decode_bytes(data, name)
        if suffix == ".jsonl":
            yield from _jsonl_items(text, name, stem, max_bytes)
        elif suffix == ".json":
            yield from _json_items(text, name, stem, max_bytes)
        elif suffix in HTML_SUFFIXES:
            _check_size(len(data), name, max_bytes)
            yield article_from_html(text, name, url=url, article_id=stem)
        else:
            _check_size(len(data), name, max_bytes)
            body = clean_text(text, name)
            yield Article(text=body, id=stem, title=headline_of(body), origin=name)
    except InputError as exc:
        yield exc


# ---------------------------------------------------------------- sources of bytes


def _read_capped(stream: BinaryIO, origin: str, cap: int) -> bytes:
    data = stream.read(cap + 1)
    _check_size(len(data), origin, cap)
    return data


def _file_cap(suffix: str, max_bytes: int) -> int:
    """Record files hold many articles: the per-article cap applies to each record, the file gets 100×
    (JSON lines files are read a line at a time and have no cap of their own, only per line)."""
    return max_bytes * 100 if suffix in RECORD_SUFFIXES else max_bytes


def read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    name, suffix = str(path), path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with path.open("rb") as stream:
                if _streams_as_lines(stream):
                    yield from _jsonl_stream(stream, name, max_bytes)
                    return
        _check_size(path.stat().st_size, name, _file_cap(suffix, max_bytes))
        data = path.read_bytes()
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    yield from items_from_bytes(data, name, suffix, max_bytes)


def read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    """stdin: JSON lines if it starts like a JSON object (read line by line), HTML if it starts like
    markup, else plain text."""
    peek = getattr(stream, "peek", None)
    if peek is not None and peek(64 * 1024).lstrip()[:1] == b"{" and _streams_as_lines(stream):
        yield from _jsonl_stream(stream, "<stdin>", max_bytes)
        return
    try:
        data = _read_capped(stream, "<stdin>", _file_cap(".jsonl", max_bytes))
    except InputError as exc:
        yield exc
        return
    head = data.lstrip()[:1]
    suffix = {b"{": ".jsonl", b"[": ".json", b"<": ".html"}.get(head, ".txt")
    yield from items_from_bytes(data, "<stdin>", suffix, max_bytes)


def read_url(url: str, max_bytes: int, timeout: float = URL_TIMEOUT_SECONDS) -> Iterator[Item]:
    """Fetch `url` (with a timeout and a size cap) and extract it: HTML via trafilatura, else as text."""
    request = urllib.request.Request(url, headers={"User-Agent": "attribution/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            data = _read_capped(response, url, max_bytes)
    except InputError as exc:
        yield exc
        return
    except (OSError, ValueError) as exc:
        yield InputError(url, f"cannot fetch: {getattr(exc, 'reason', None) or exc}")
        return
    suffix = ".txt" if content_type == "text/plain" else ".html"
    for item in items_from_bytes(data, url, suffix, max_bytes, url=url):
        yield replace(item, id=url) if isinstance(item, Article) else item


def expand_directory(folder: Path) -> list[Path]:
    """Files of known kinds under `folder`, recursively, in a deterministic (sorted) order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)


def _items_for(target: str, options: ReadOptions, stdin: BinaryIO | None) -> Iterator[Item]:
    if target == STDIN:
        yield from read_stdin(stdin or sys.stdin.buffer, options.max_bytes)
    elif target.startswith(("http://", "https://")):
        yield from read_url(target, options.max_bytes)
    elif Path(target).is_dir():
        for path in expand_directory(Path(target)):
            yield from read_file(path, options.max_bytes)
    elif Path(target).exists():
        yield from read_file(Path(target), options.max_bytes)
    else:
        yield InputError(target, "no such file or directory")


def read_articles(
    targets: Iterable[str], options: ReadOptions = ReadOptions(), *, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Every article (or error) from `targets`: files, folders (recursively), ``-`` for stdin, URLs."""
    for target in targets:
        for item in _items_for(str(target), options, stdin):
            yield _with_lang(item, options) if isinstance(item, Article) else item
