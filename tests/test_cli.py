"""The command line, end to end on files written here (Arabic and English), with typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from sqlmodel import Session
from typer.testing import CliRunner

from attribution.cli import app, streamlit_command
from attribution.storage.engine import database_url, make_engine
from attribution.storage.queries import get_article, list_articles

AR = 'قال وزير الخارجية فؤاد حسين إن "المحادثات مستمرة". وأعلن مسؤولون أمريكيون أن القوات ستبقى في البلاد، بحسب رويترز.'
EN = "Fuad Hussein said that the talks would continue next week. US officials told Reuters that the troops would stay."
AR_CP1256 = "وقالت المتحدثة باسم الحكومة إن الاجتماع المقبل سيعقد في بغداد."
UNBALANCED = 'The spokesman said "the border will stay open and that was all he would say.'
HTML = """<html><head><title>Border talks</title><script>var x = "SCRIPT-SECRET";</script></head><body>
<article><h1>Border talks</h1><p>The interior minister said on Sunday that the border crossings would reopen
next month after a long closure, officials told reporters in the capital.</p>
<script>document.write("INLINE-SECRET")</script></article></body></html>"""


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.delenv("ATTRIBUTION_DATABASE_URL", raising=False)
    monkeypatch.setenv("ATTRIBUTION_HOME", str(tmp_path / "home"))
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "claims.db")


def run(runner: CliRunner, *args: str, **kw: Any) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False, **kw)


def claims_json(runner: CliRunner, db: str, *args: str) -> list[dict[str, Any]]:
    result = run(runner, "claims", "--db", db, "--format", "json", "--limit", "500", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def write_good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ar.txt").write_text(AR, encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")


# ---------------------------------------------------------------- help


def test_every_command_and_option_has_help() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert len(commands) == 8
    missing = []
    for name, command in commands.items():
        if not (command.help or "").strip():
            missing.append(name)
        missing += [f"{name} {p.name}" for p in command.params if not (getattr(p, "help", "") or "").strip()]
        for sub_name, sub in getattr(command, "commands", {}).items():
            if not (sub.help or "").strip():
                missing.append(f"{name} {sub_name}")
            missing += [f"{name} {sub_name} {p.name}" for p in sub.params if not (getattr(p, "help", "") or "").strip()]
    assert missing == []


@pytest.mark.parametrize("command", ["ingest", "db", "claims", "sources", "extract", "eval", "demo", "dashboard"])
def test_help_runs_for_each_command(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")
    assert result.exit_code == 0 and "Usage" in result.output


# ---------------------------------------------------------------- ingest


def test_ingest_stores_arabic_and_english_and_reports_counts(runner: CliRunner, db: str, tmp_path: Path) -> None:
    write_good(tmp_path / "in")
    result = run(runner, "ingest", str(tmp_path / "in"), "--db", db)
    assert result.exit_code == 0, result.output
    assert "articles: 2" in result.stdout and "errors: 0" in result.stdout
    rows = claims_json(runner, db)
    assert {r["article_lang"] for r in rows} == {"ar", "en"}
    for r in rows:
        text = AR if r["article_lang"] == "ar" else EN
        assert text[r["content_start"] : r["content_end"]] == r["content_text"]


def test_reingest_skips_duplicates(runner: CliRunner, db: str, tmp_path: Path) -> None:
    write_good(tmp_path / "in")
    run(runner, "ingest", str(tmp_path / "in"), "--db", db)
    before = claims_json(runner, db)
    again = run(runner, "ingest", str(tmp_path / "in"), "--db", db)
    assert again.exit_code == 0
    assert "articles: 0" in again.stdout and "duplicates skipped: 2" in again.stdout
    assert claims_json(runner, db) == before


def test_bad_batch_lands_the_good_files_and_names_each_bad_one(runner: CliRunner, db: str, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    write_good(batch)
    (batch / "empty.txt").write_text("", encoding="utf-8")
    (batch / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (batch / "latin1.txt").write_bytes("Le ministre a déclaré que la réunion aura lieu.".encode("latin-1"))
    (batch / "windows-1256.txt").write_bytes(AR_CP1256.encode("cp1256"))
    (batch / "unbalanced.txt").write_text(UNBALANCED, encoding="utf-8")
    (batch / "page.html").write_text(HTML, encoding="utf-8")
    (batch / "huge.txt").write_bytes(b"a" * (20 * 1024 * 1024))
    big = "The river runs past the old market and the bridge.\n" * 40_000 + EN
    (batch / "big-but-allowed.txt").write_text(big, encoding="utf-8")

    result = run(runner, "ingest", str(batch), "--db", db)

    assert result.exit_code == 1
    assert "articles: 6" in result.stdout and "errors: 4" in result.stdout
    errors = result.stderr
    assert f"{batch / 'empty.txt'}: empty" in errors
    assert f"{batch / 'binary.txt'}: binary file" in errors
    assert f"{batch / 'latin1.txt'}: not valid UTF-8, UTF-16 or Windows-1256" in errors
    assert f"{batch / 'huge.txt'}: too large: 20,971,520 bytes, over the limit of 10,485,760 bytes" in errors
    with Session(make_engine(database_url(db))) as session:
        articles = {a.external_id: a.id for a in list_articles(session, limit=100)}
        page = get_article(session, articles["page"])
    assert set(articles) == {"ar", "en", "windows-1256", "unbalanced", "page", "big-but-allowed"}
    assert page is not None and "border crossings would reopen" in page.text and "SECRET" not in page.text
    assert {"ar", "en", "big-but-allowed"} <= {r["article_external_id"] for r in claims_json(runner, db)}
    arabic_1256 = claims_json(runner, db, "--text", "الاجتماع المقبل")
    assert [r["article_external_id"] for r in arabic_1256] == ["windows-1256"]


def test_ingest_reads_stdin(runner: CliRunner, db: str) -> None:
    result = run(runner, "ingest", "-", "--db", db, input=EN)
    assert result.exit_code == 0 and "articles: 1" in result.stdout


def test_ingest_of_a_missing_path_exits_1_naming_it(runner: CliRunner, db: str, tmp_path: Path) -> None:
    result = run(runner, "ingest", str(tmp_path / "nope.txt"), "--db", db)
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.stderr


# ---------------------------------------------------------------- claims and sources


@pytest.fixture
def loaded(runner: CliRunner, db: str, tmp_path: Path) -> str:
    write_good(tmp_path / "in")
    assert run(runner, "ingest", str(tmp_path / "in"), "--db", db).exit_code == 0
    return db


def test_claims_by_arabic_or_english_name_of_a_source(runner: CliRunner, loaded: str) -> None:
    by_english = claims_json(runner, loaded, "--source", "Reuters")
    by_arabic = claims_json(runner, loaded, "--source", "رويترز")
    assert by_english == by_arabic != []
    assert {r["article_lang"] for r in by_english} == {"ar", "en"}


def test_claims_filters_combine(runner: CliRunner, loaded: str) -> None:
    every = claims_json(runner, loaded)
    anonymous_en = claims_json(runner, loaded, "--anonymous", "--lang", "en")
    named = claims_json(runner, loaded, "--named")
    assert all(r["anonymous"] and r["article_lang"] == "en" for r in anonymous_en)
    assert all(not r["anonymous"] for r in named)
    assert len(named) + len(claims_json(runner, loaded, "--anonymous")) == len(every)
    for kind in ("direct", "indirect", "mixed"):
        assert all(r["kind"] == kind for r in claims_json(runner, loaded, "--kind", kind))
    first_article = every[0]["article_id"]
    assert {r["article_id"] for r in claims_json(runner, loaded, "--article", str(first_article))} == {first_article}
    assert len(claims_json(runner, loaded, "--limit", "1")) == 1


def test_claims_csv_has_a_header_and_a_line_per_claim(runner: CliRunner, loaded: str) -> None:
    result = run(runner, "claims", "--db", loaded, "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,article_id,seq,kind,content_text")
    assert len(lines) == 1 + len(claims_json(runner, loaded))


def test_claims_table_is_the_default(runner: CliRunner, loaded: str) -> None:
    result = run(runner, "claims", "--db", loaded)
    assert result.exit_code == 0 and "kind" in result.stdout and "claims" in result.stderr


def test_sources_lists_used_sources_and_all_with_all(runner: CliRunner, loaded: str) -> None:
    used = run(runner, "sources", "--db", loaded)
    everything = run(runner, "sources", "--db", loaded, "--all")
    assert used.exit_code == everything.exit_code == 0
    assert "Reuters" in used.stdout
    assert len(everything.stdout.splitlines()) > len(used.stdout.splitlines())


def test_ingest_with_parallel_workers_stores_the_same_claims(runner: CliRunner, tmp_path: Path) -> None:
    write_good(tmp_path / "in")
    (tmp_path / "in" / "more.txt").write_text(EN.replace("next week", "in May"), encoding="utf-8")
    one, many = str(tmp_path / "one.db"), str(tmp_path / "many.db")
    assert run(runner, "ingest", str(tmp_path / "in"), "--db", one).exit_code == 0
    result = run(runner, "ingest", str(tmp_path / "in"), "--db", many, "--workers", "2", "--batch", "2")
    assert result.exit_code == 0, result.output
    assert "articles: 3" in result.stdout

    def claims(db: str) -> list[tuple[str, str, str]]:
        return sorted((r["article_external_id"], r["content_text"], r["speaker"]) for r in claims_json(runner, db))

    assert claims(many) == claims(one) != []


# ---------------------------------------------------------------- errors in one place


def test_unreachable_database_is_one_line_with_exit_code_4(runner: CliRunner) -> None:
    result = run(runner, "claims", "--db", "postgresql://alice:s3cret@127.0.0.1:1/claims")
    assert result.exit_code == 4
    assert result.stderr.startswith("error: database postgresql+psycopg://alice:***@127.0.0.1:1/claims")
    assert "s3cret" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claims", "--kind", "rumour"], "--kind: unknown value 'rumour'"),
        (["claims", "--format", "xml"], "--format: unknown value 'xml'"),
        (["ingest", "-", "--lang", "fr"], "--lang: unknown language 'fr'"),
    ],
)
def test_bad_options_exit_2_with_a_message(runner: CliRunner, db: str, args: list[str], message: str) -> None:
    result = run(runner, *args, "--db", db)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


# ---------------------------------------------------------------- extract and eval


def gold_file(tmp_path: Path) -> Path:
    content = "أن القوات ستبقى في البلاد"
    start = AR.index(content)
    source = AR.index("مسؤولون أمريكيون")
    record = {
        "id": "g1",
        "lang": "ar",
        "title": "t",
        "text": AR,
        "attributions": [
            {
                "kind": "indirect",
                "content": [start, start + len(content)],
                "content_text": content,
                "source_text": "مسؤولون أمريكيون",
                "source_span": [source, source + len("مسؤولون أمريكيون")],
                "source_canonical": "US officials",
                "source_type": "anonymous",
                "anonymous": True,
                "conduits": ["Reuters"],
                "cue_text": "وأعلن",
                "cue_span": None,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_extract_writes_gold_format_with_the_input_ids_and_texts(runner: CliRunner, tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "x-ar", "text": AR, "lang": "ar"}), json.dumps({"id": "x-en", "text": EN}), "[1]"]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = run(runner, "extract", str(records), "--output", str(out))
    assert result.exit_code == 1  # line 3 is not an article
    assert f"{records}:3: expected a JSON object" in result.stderr
    predictions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(p["id"], p["lang"], p["text"]) for p in predictions] == [("x-ar", "ar", AR), ("x-en", "en", EN)]
    for p in predictions:
        for a in p["attributions"]:
            assert p["text"][a["content"][0] : a["content"][1]] == a["content_text"]


def test_extract_reads_stdin_and_writes_stdout(runner: CliRunner) -> None:
    result = run(runner, "extract", "-", input=EN)
    assert result.exit_code == 0
    [prediction] = [json.loads(line) for line in result.stdout.splitlines()]
    assert prediction["text"] == EN and prediction["attributions"]


def test_eval_prints_figures_per_language(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "eval", str(gold_file(tmp_path)), "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert set(figures) == {"all", "ar"}
    assert 0.0 <= figures["all"]["content_f1"] <= 1.0


def test_eval_table_and_error_report(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "eval", str(gold_file(tmp_path)), "--no-by-lang", "--errors")
    assert result.exit_code == 0, result.output
    assert "content_f1" in result.stdout


def test_eval_of_a_broken_gold_file_names_the_line(runner: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "x"}\n{nope\n', encoding="utf-8")
    result = run(runner, "eval", str(broken))
    assert result.exit_code == 2 and f"{broken}:2" in result.stderr


# ---------------------------------------------------------------- demo and dashboard


def test_demo_loads_the_seeds_into_the_default_database_once(runner: CliRunner, tmp_path: Path) -> None:
    first = run(runner, "demo", "--table")
    assert first.exit_code == 0, first.output
    assert "articles: 1" in first.stdout
    assert (tmp_path / "home" / "attribution.db").exists()
    second = run(runner, "demo", "--table")
    assert second.exit_code == 0 and "articles:" not in second.stdout


def test_dashboard_runs_streamlit_on_the_app() -> None:
    command = streamlit_command(Path("dashboard/app.py"), 8600)
    assert command[1:] == ["-m", "streamlit", "run", "dashboard/app.py", "--server.port", "8600"]
