"""Readers: every input kind, every way an input can be bad, and a batch that goes on past bad inputs."""

from __future__ import annotations

import http.server
import io
import json
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import pytest

from attribution.errors import InputError
from attribution.ingest import ReadOptions, decode_bytes, read_articles
from attribution.model import Article

AR = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة."
EN = 'The minister said on Tuesday that "the talks will go on" next week.'
EN_OPTIONS = ReadOptions(lang="en")


def read(*targets: str | Path, options: ReadOptions = EN_OPTIONS) -> list[Article | InputError]:
    return list(read_articles([str(t) for t in targets], options))


def one_article(*targets: str | Path, options: ReadOptions = EN_OPTIONS) -> Article:
    [item] = read(*targets, options=options)
    assert isinstance(item, Article), item
    return item


def one_error(*targets: str | Path, options: ReadOptions = EN_OPTIONS) -> InputError:
    [item] = read(*targets, options=options)
    assert isinstance(item, InputError), item
    return item


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    "encoded",
    [
        AR.encode("utf-8"),
        b"\xef\xbb\xbf" + AR.encode("utf-8"),
        AR.encode("utf-16"),  # with BOM
        AR.encode("utf-16-be").join([b"\xfe\xff", b""]),
        AR.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1256"],
)
def test_arabic_text_decodes_from_every_supported_encoding(encoded: bytes) -> None:
    assert decode_bytes(encoded, "x.txt") == AR


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x00\x00binary\x00stuff", "binary file"),
        (b"caf\xe9 cr\xe8me br\xfbl\xe9e " * 3, "not valid UTF-8, UTF-16 or Windows-1256"),
    ],
)
def test_undecodable_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "bad.txt")
    assert (caught.value.origin, caught.value.reason) == ("bad.txt", reason)


def test_text_is_kept_exactly_as_read_even_when_not_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 owner said: \u0627\u0653 yes."
    article = one_article(write(tmp_path / "a.txt", decomposed))
    assert article.text == decomposed  # offsets made on the original text stay valid


def test_composed_and_decomposed_copies_are_one_article() -> None:
    from attribution.storage.store import content_hash

    decomposed = "Cafe\u0301 \u0627\u0653"
    assert content_hash(decomposed) == content_hash(unicodedata.normalize("NFC", decomposed))


def test_bom_does_not_reach_the_text(tmp_path: Path) -> None:
    assert one_article(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + EN.encode())).text == EN


# ---------------------------------------------------------------- formats


def test_plain_text_file_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    article = one_article(write(tmp_path / "story-1.txt", EN))
    assert (article.id, article.text, article.lang, article.origin) == (
        "story-1",
        EN,
        "en",
        str(tmp_path / "story-1.txt"),
    )


HTML = """<!doctype html><html><head><title>Talks go on | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-03-02">
<script>var leaked = "SCRIPT-SECRET";</script></head><body><nav>Home | World | Sport</nav>
<article><h1>Talks go on</h1><p>The minister said on Tuesday that the talks would go on next week in the capital,
according to officials who attended the meeting.</p><script>document.write("INLINE-SECRET")</script>
<p>"We are ready to continue," the foreign minister told reporters after the session ended late on Monday.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_is_extracted_with_metadata_and_without_scripts(tmp_path: Path) -> None:
    article = one_article(write(tmp_path / "page.html", HTML))
    assert "the talks would go on next week" in article.text
    assert "SECRET" not in article.text
    assert article.outlet == "Example News"
    assert article.published == "2024-03-02"
    assert article.title and "Talks go on" in article.title


def test_jsonl_records_keep_their_ids_and_fields_and_bad_lines_name_file_and_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": AR, "lang": "ar", "title": "t", "outlet": "O", "published": "2024-01-01"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "r4", "title": "no text"}),
        "{broken json",
        json.dumps({"text": EN}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [(a.id, a.lang, a.origin) for a in good] == [("r1", "ar", f"{path}:1"), ("batch-6", "en", f"{path}:6")]
    assert (good[0].title, good[0].outlet, good[0].published) == ("t", "O", "2024-01-01")
    assert [e.origin for e in bad] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "JSON object" in bad[0].reason and "text" in bad[1].reason and "invalid JSON" in bad[2].reason


def test_json_holds_one_record_or_a_list(tmp_path: Path) -> None:
    single = write(tmp_path / "one.json", json.dumps({"id": "s", "text": EN}))
    many = write(
        tmp_path / "many.json", json.dumps([{"id": "a", "text": EN}, {"id": "b", "text": AR, "lang": "ar"}, 5])
    )
    items = read(single, many)
    assert [getattr(i, "id", None) for i in items] == ["s", "a", "b", None]
    assert isinstance(items[3], InputError) and items[3].origin == f"{many}[2]"


def test_record_lang_beats_the_option(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", json.dumps({"id": "a", "text": AR, "lang": "ar"}))
    assert one_article(path, options=ReadOptions(lang="en")).lang == "ar"


def test_language_is_detected_from_the_script_when_not_given(tmp_path: Path) -> None:
    ar = one_article(write(tmp_path / "ar.txt", AR), options=ReadOptions())
    en = one_article(write(tmp_path / "en.txt", EN), options=ReadOptions())
    assert (ar.lang, en.lang) == ("ar", "en")


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b" / "2.txt", EN + " two")
    write(tmp_path / "b" / "1.txt", EN + " one")
    write(tmp_path / "a.txt", EN + " zero")
    write(tmp_path / "notes.docx", b"ignored")
    assert [a.id for a in read(tmp_path)] == ["a", "1", "2"]  # type: ignore[union-attr]


def test_stdin_dash_reads_text_or_json_lines() -> None:
    [text_item] = list(read_articles(["-"], EN_OPTIONS, stdin=io.BytesIO(EN.encode())))
    records = (json.dumps({"id": "x", "text": EN}) + "\n").encode()
    [record_item] = list(read_articles(["-"], EN_OPTIONS, stdin=io.BytesIO(records)))
    assert isinstance(text_item, Article) and text_item.origin == "<stdin>"
    assert isinstance(record_item, Article) and record_item.id == "x"


# ---------------------------------------------------------------- bad inputs


@pytest.mark.parametrize("content", ["", "   \n\t  \n"])
def test_empty_or_blank_file_is_an_error(tmp_path: Path, content: str) -> None:
    error = one_error(write(tmp_path / "empty.txt", content))
    assert error.reason == "empty"


def test_missing_path_is_an_error() -> None:
    assert one_error("/no/such/file.txt").reason == "no such file or directory"


def test_size_cap_names_the_size(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "a" * 2_001)
    error = one_error(path, options=ReadOptions(lang="en", max_bytes=2_000))
    assert error.origin == str(path)
    assert "2,001 bytes" in error.reason and "2,000" in error.reason


def test_size_cap_applies_to_each_record(tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", json.dumps({"id": "big", "text": "b" * 500}) + "\n" + json.dumps({"text": "ok"}))
    items = read(path, options=ReadOptions(lang="en", max_bytes=100))
    assert isinstance(items[0], InputError) and items[0].origin == f"{path}:1" and "too large" in items[0].reason
    assert isinstance(items[1], Article)


def test_a_batch_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    write(tmp_path / "1-good.txt", EN)
    write(tmp_path / "2-empty.txt", "")
    write(tmp_path / "3-binary.txt", b"\x00\x01\x02")
    write(tmp_path / "4-good.txt", AR)
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]


# ---------------------------------------------------------------- URLs (a local server, never the internet)


ROUTES = MappingProxyType({"/story.html": ("text/html; charset=utf-8", HTML), "/plain.txt": ("text/plain", EN)})


class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path not in ROUTES:
            self.send_error(404)
            return
        content_type, body = ROUTES[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_extracted(server: str) -> None:
    article = one_article(f"{server}/story.html")
    assert "the talks would go on next week" in article.text and "SECRET" not in article.text
    assert (article.id, article.url, article.origin) == (f"{server}/story.html",) * 3


def test_plain_text_url_is_kept_as_text(server: str) -> None:
    assert one_article(f"{server}/plain.txt").text == EN


def test_missing_page_is_an_error_naming_the_url(server: str) -> None:
    error = one_error(f"{server}/gone.html")
    assert error.origin == f"{server}/gone.html" and "cannot fetch" in error.reason


def test_oversized_page_is_refused(server: str) -> None:
    error = one_error(f"{server}/story.html", options=ReadOptions(lang="en", max_bytes=100))
    assert "too large" in error.reason


def test_plain_text_takes_its_first_line_as_title_when_it_reads_as_a_headline(tmp_path: Path) -> None:
    from attribution.ingest import ReadOptions, read_articles

    (tmp_path / "a.txt").write_text("الحكومة تعلن خطة جديدة\nقال الوزير إن الخطة جاهزة.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The minister said the plan was ready.\nMore text.\n", encoding="utf-8")
    articles = {a.id: a for a in read_articles([str(tmp_path)], ReadOptions()) if not isinstance(a, Exception)}
    assert articles["a"].title == "الحكومة تعلن خطة جديدة"
    assert articles["b"].title is None


def test_a_plain_text_of_one_line_or_a_list_has_no_title(tmp_path: Path) -> None:
    from attribution.ingest import ReadOptions, read_articles

    (tmp_path / "a.txt").write_text("The harbour master said the ferry would sail on Friday\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("- قال المدير إن العبّارة ستبحر\n- قالت النقابة إنها ستضرب\n", encoding="utf-8")
    articles = {a.id: a for a in read_articles([str(tmp_path)], ReadOptions()) if not isinstance(a, Exception)}
    assert articles["a"].title is None
    assert articles["b"].title is None


def test_jsonl_lines_end_at_line_feeds_only(tmp_path: Path) -> None:
    """A raw U+2028 inside a JSON string is part of the record; CRLF line ends are fine."""
    record = '{"id": "a", "text": "He said:\u2028\\"We stay.\\""}'
    path = write(tmp_path / "sep.jsonl", record + "\r\n" + json.dumps({"id": "b", "text": EN}) + "\n")
    assert [(a.id, a.origin) for a in read(path)] == [("a", f"{path}:1"), ("b", f"{path}:2")]  # type: ignore[union-attr]


def test_an_overlong_jsonl_line_is_refused_alone_and_the_next_lines_are_read(tmp_path: Path) -> None:
    options = ReadOptions(lang="en", max_bytes=10)  # lines over 6 × 10 + 64 KiB are not even held in memory
    huge = json.dumps({"id": "huge", "text": "x" * 200_000})
    path = write(tmp_path / "long.jsonl", "\n".join([huge, json.dumps({"id": "ok", "text": "short"})]) + "\n")
    first, second = read(path, options=options)
    assert isinstance(first, InputError) and first.origin == f"{path}:1" and "too large" in first.reason
    assert isinstance(second, Article) and (second.id, second.origin) == ("ok", f"{path}:2")


def test_jsonl_lines_in_windows_1256_and_undecodable_lines_are_per_line(tmp_path: Path) -> None:
    arabic = json.dumps({"id": "ar", "text": AR}, ensure_ascii=False).encode("cp1256")
    path = write(tmp_path / "mixed.jsonl", b"\n".join([arabic, b'{"text": "caf\xe9 cr\xe8me"}', b'{"text": "ok"}']))
    items = read(path)
    assert isinstance(items[0], Article) and items[0].text == AR
    assert isinstance(items[1], InputError) and items[1].origin == f"{path}:2" and "not valid UTF-8" in items[1].reason
    assert isinstance(items[2], Article)


def test_jsonl_on_stdin_is_read_line_by_line(tmp_path: Path) -> None:
    data = "\n".join(json.dumps({"id": f"s{n}", "text": EN}) for n in range(3)).encode()
    items = list(read_articles(["-"], EN_OPTIONS, stdin=io.BufferedReader(io.BytesIO(data))))  # type: ignore[arg-type]
    assert [(i.id, i.origin) for i in items] == [(f"s{n}", f"<stdin>:{n + 1}") for n in range(3)]  # type: ignore[union-attr]


def test_reading_a_large_jsonl_file_holds_one_line_at_a_time(tmp_path: Path) -> None:
    import tracemalloc

    line = json.dumps({"text": EN * 40}) + "\n"  # ~2.8 kB
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for _ in range(8_000):  # ~22 MB
            out.write(line)
    tracemalloc.start()
    try:
        read_count = sum(1 for _ in read_articles([str(path)], EN_OPTIONS))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read_count == 8_000
    assert peak < 2_000_000, f"peak {peak:,} bytes while reading a {path.stat().st_size:,}-byte file"
