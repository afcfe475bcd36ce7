"""The command line: ``attribution ingest | db | claims | sources | extract | eval | demo | dashboard``.

Every expected failure is an `AttributionError`; `ErrorReportingGroup.invoke` is the one place that turns
it into a one-line message on stderr and the error's exit code (no traceback). Exit codes: 0 success,
1 some inputs failed (ingest, extract) or a generic error, 2 bad input, 3 bad lexicon/registry data,
4 database unreachable or unwritable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy import Engine
from sqlmodel import Session
from typer.core import TyperGroup

from attribution.errors import AttributionError, InputError
from attribution.export import claims_to_csv, claims_to_json
from attribution.ingest import ReadOptions, read_articles
from attribution.model import KINDS, SOURCE_TYPES
from attribution.storage import queries
from attribution.storage.engine import ENV_URL, database_url, init_db, make_engine, safe_url
from attribution.storage.parsing import fewer_collections
from attribution.storage.store import DEFAULT_BATCH, IngestSummary, ingest_paths

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


class ErrorReportingGroup(TyperGroup):
    """Turns every AttributionError raised by a command into one line on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer's (vendored click) Context
        try:
            return super().invoke(ctx)
        except AttributionError as exc:
            stderr.print(Text(f"error: {exc}", style="red"))
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=ErrorReportingGroup,
    help="Track who said what in Arabic and English news: ingest articles, query claims and sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=f"Database URL or SQLite file path (default: ${ENV_URL}, else the user data folder)."),
]
LangOption = Annotated[
    str | None, typer.Option("--lang", help="Language of inputs without one: ar or en (default: detected).")
]


def open_database(db: str | None) -> Engine:
    """The engine for `--db` (or the default), with the schema created and the registry seeded."""
    engine = make_engine(database_url(db))
    init_db(engine)
    return engine


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in ("ar", "en"):
        raise InputError("--lang", f"unknown language {lang!r}; use ar or en")
    return lang


# ---------------------------------------------------------------- ingest


def _print_summary(summary: IngestSummary) -> None:
    stdout.print(f"articles: {summary.articles}")
    stdout.print(f"attributions: {summary.attributions}")
    stdout.print(f"duplicates skipped: {summary.duplicates}")
    stdout.print(f"errors: {len(summary.errors)}")
    for origin, reason in summary.errors:
        stderr.print(Text(f"  {origin}: {reason}"))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), URLs, or - for stdin.")],
    db: DbOption = None,
    lang: LangOption = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Largest article accepted, in MB.")] = 10.0,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Worker processes that parse in parallel (into PostgreSQL, each also writes its own batches).",
        ),
    ] = 1,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Articles written per transaction.")] = DEFAULT_BATCH,
) -> None:
    """Read, parse and store articles. Exit code 0 when every input landed, 1 when any input failed
    (the good ones are stored all the same; each failure is listed with its file and reason), 4 when
    the database cannot be reached (what was written before stays; a rerun skips it)."""
    engine = open_database(db)
    options = ReadOptions(lang=_check_lang(lang), max_bytes=int(max_mb * 1024 * 1024))
    columns = (SpinnerColumn(), TextColumn("{task.completed} inputs"), TextColumn("{task.description}"))
    with Progress(*columns, TimeElapsedColumn(), console=stderr, transient=True) as bar:
        task = bar.add_task("", total=None)
        summary = ingest_paths(
            engine,
            paths,
            options=options,
            workers=workers,
            batch_size=batch,
            progress=lambda origin: bar.update(task, advance=1, description=origin),
        )
    _print_summary(summary)
    if summary.errors:
        raise typer.Exit(1)


# ---------------------------------------------------------------- db

db_app = typer.Typer(help="The database schema: upgrade it in place, show its revision.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(
    db: DbOption = None,
    revision: Annotated[str, typer.Option("--revision", help="Target revision (default: the newest).")] = "head",
) -> None:
    """Migrate the database's schema in place to the newest revision (an empty database is created)."""
    from attribution.storage.migrate import upgrade

    url = database_url(db)
    done = upgrade(make_engine(url), revision)
    state = f"upgraded from {done.before or 'nothing'} to {done.after}" if done.changed else f"at {done.after}"
    stdout.print(f"{safe_url(url)}: {state}")


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Print the database's schema revision and the newest one this version knows."""
    from attribution.storage.engine import storage_errors
    from attribution.storage.migrate import current_revision, head_revision

    url = database_url(db)
    engine = make_engine(url)
    with storage_errors(engine), engine.connect() as conn:
        current = current_revision(conn)
    stdout.print(f"{safe_url(url)}: revision {current or 'none'} (newest {head_revision()})")


# ---------------------------------------------------------------- claims


def _claims_table(rows: Sequence[queries.ClaimRow]) -> Table:
    table = Table("id", "kind", "speaker", "type", "claim", "via", "article", "status", show_lines=False)
    for r in rows:
        claim = r.content_text if len(r.content_text) <= 120 else r.content_text[:117] + "…"
        article = r.article_title or r.article_external_id or str(r.article_id)
        table.add_row(
            str(r.id),
            r.kind,
            Text(r.speaker or "—"),
            r.speaker_type + (" (anon.)" if r.anonymous else ""),
            Text(claim),
            Text(", ".join(r.conduits)),
            Text(article[:40]),
            r.review_status,
        )
    return table


def print_claims(rows: Sequence[queries.ClaimRow], output_format: str) -> None:
    if output_format == "csv":
        sys.stdout.write(claims_to_csv(rows))
    elif output_format == "json":
        sys.stdout.write(claims_to_json(rows) + "\n")
    else:
        stdout.print(_claims_table(rows))


def _choices(values: Sequence[str], allowed: Sequence[str], option: str) -> tuple[str, ...]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise InputError(option, f"unknown value {unknown[0]!r}; choose from {', '.join(allowed)}")
    return tuple(values)


@app.command()
def claims(
    db: DbOption = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", help="Speaker or conduit name or alias (Arabic or English)."),
    ] = None,
    source_type: Annotated[list[str] | None, typer.Option("--type", help="Speaker type, e.g. official.")] = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="direct, indirect or mixed.")] = None,
    anonymous: Annotated[
        bool | None, typer.Option("--anonymous/--named", help="Only unnamed or only named sources.")
    ] = None,
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Article language: ar or en.")] = None,
    article: Annotated[int | None, typer.Option("--article", help="Only claims of this article id.")] = None,
    text: Annotated[str, typer.Option("--text", help="Free text the claim must contain.")] = "",
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many claims to show.")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="How many matching claims to skip.")] = 0,
    output_format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """List stored claims, filtered by source, type, kind, anonymity, language or article."""
    _choices([output_format], ("table", "csv", "json"), "--format")
    claim_filter = queries.ClaimFilter(
        source_names=tuple(source or ()),
        source_types=_choices(source_type or [], SOURCE_TYPES, "--type"),
        kinds=_choices(kind or [], KINDS, "--kind"),
        anonymous=anonymous,
        langs=_choices(lang or [], ("ar", "en"), "--lang"),
        article_id=article,
        text=text,
    )
    with Session(open_database(db)) as session:
        rows = queries.list_claims(session, claim_filter, limit=limit, offset=offset)
        total = queries.count_claims(session, claim_filter)
    print_claims(rows, output_format)
    if output_format == "table":
        stderr.print(f"{len(rows)} of {total} claims")


# ---------------------------------------------------------------- sources


@app.command()
def sources(
    db: DbOption = None,
    show_all: Annotated[bool, typer.Option("--all", help="Include registry sources with no claims yet.")] = False,
    search: Annotated[str, typer.Option("--search", help="Only sources whose name or alias contains this.")] = "",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="How many sources to show.")] = None,
) -> None:
    """List sources with their aliases and how often each is a speaker or a conduit."""
    with Session(open_database(db)) as session:
        found = queries.list_sources(session, search=search, limit=limit, used_only=not show_all)
    table = Table("id", "source", "type", "speaker", "conduit", "aliases")
    for s in found:
        aliases = ", ".join(a for a in s.aliases if a != s.canonical)
        kind = s.type + (" (anon.)" if s.anonymous else "")
        table.add_row(str(s.id), Text(s.canonical), kind, str(s.n_speaker), str(s.n_conduit), Text(aliases))
    stdout.print(table)


# ---------------------------------------------------------------- extract and eval


def _parser() -> Any:
    from attribution.parse import parse
    from attribution.registry import Registry

    registry = Registry.default()
    return lambda text, lang: parse(text, lang, registry=registry)


def prediction_line(article_id: str, title: str | None, result: Any) -> str:
    record = {
        "id": article_id,
        "lang": result.lang,
        "title": title,
        "text": result.text,
        "attributions": [a.to_gold() for a in result.attributions],
    }
    return json.dumps(record, ensure_ascii=False)


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="A file, folder or URL, or - for stdin.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write JSONL (default stdout).")
    ] = None,
    lang: LangOption = None,
) -> None:
    """Parse articles without a database and write predictions in the gold JSONL format.
    Exit code 1 when any input failed (listed on stderr with file and reason)."""
    parser, failed = _parser(), 0
    lines = []
    with fewer_collections():
        for item in read_articles([source], ReadOptions(lang=_check_lang(lang))):
            if isinstance(item, InputError):
                failed += 1
                stderr.print(Text(f"{item.origin}: {item.reason}"))
                continue
            lines.append(prediction_line(item.id, item.title, parser(item.text, item.lang)))
    body = "".join(line + "\n" for line in lines)
    if output is None:
        sys.stdout.write(body)
    else:
        output.write_text(body, encoding="utf-8")
    if failed:
        raise typer.Exit(1)


def _figures_table(figures: dict[str, Any]) -> Table:
    names = list(next(iter(figures.values())).keys()) if figures else []
    table = Table("metric", *figures.keys())
    for name in names:
        cells = [figures[key].get(name) for key in figures]
        table.add_row(name, *("—" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells))
    return table


@app.command("eval")
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (shared/eval format).")],
    by_lang: Annotated[bool, typer.Option("--by-lang/--no-by-lang", help="Also give figures per language.")] = True,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and false alarm by cause.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Parse the gold articles and score the parser against their annotations."""
    from attribution.evaluate import error_report, evaluate, format_error_report, load_jsonl, predict

    gold_records = load_jsonl(gold)
    with fewer_collections():
        pred_records = predict(gold_records, _parser())
    figures = evaluate(gold_records, pred_records, by_lang=by_lang)
    if as_json:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.print(_figures_table(figures))
    if errors:
        sys.stdout.write(format_error_report(error_report(gold_records, pred_records)) + "\n")


# ---------------------------------------------------------------- demo and dashboard


def project_root() -> Path:
    """The checkout holding `seeds/` and `dashboard/`: beside the package, else the working folder."""
    beside_package = Path(__file__).resolve().parents[1]
    return beside_package if (beside_package / "seeds").is_dir() else Path.cwd()


def streamlit_command(app_path: Path, port: int | None = None) -> list[str]:
    command = [sys.executable, "-m", "streamlit", "run", str(app_path)]
    return [*command, "--server.port", str(port)] if port else command


def run_dashboard(url: str, port: int | None) -> int:
    app_path = project_root() / "dashboard" / "app.py"
    if not app_path.is_file():
        raise InputError(str(app_path), "dashboard not found")
    stderr.print(f"dashboard on {safe_url(url)}")
    env = {**os.environ, ENV_URL: url}
    return subprocess.call(streamlit_command(app_path, port), env=env)


PortOption = Annotated[int | None, typer.Option("--port", help="Port for the dashboard (streamlit's default).")]


@app.command()
def demo(
    table: Annotated[bool, typer.Option("--table", help="Print the claims table instead of the dashboard.")] = False,
    port: PortOption = None,
) -> None:
    """Load the bundled seed articles into the default database (when it is empty) and show them."""
    url = database_url(None)
    engine = open_database(None)
    with Session(engine) as session:
        empty = queries.count_articles(session) == 0
    if empty:
        _print_summary(ingest_paths(engine, [str(project_root() / "seeds")]))
    if table or not (project_root() / "dashboard" / "app.py").is_file():
        with Session(engine) as session:
            print_claims(queries.list_claims(session, queries.ClaimFilter(), limit=200), "table")
        return
    raise typer.Exit(run_dashboard(url, port))


@app.command()
def dashboard(db: DbOption = None, port: PortOption = None) -> None:
    """Start the review dashboard (streamlit) on the configured database."""
    url = database_url(db)
    init_db(make_engine(url))
    raise typer.Exit(run_dashboard(url, port))


if __name__ == "__main__":  # pragma: no cover
    app()
