"""Faults, with real processes and the real databases: an ingest killed half-way, two ingests racing on
PostgreSQL, a database that is unreachable or drops its connections. After each, a rerun leaves every
article stored exactly once and none half-written: per article, the claims and source links of a clean
ingest. (Two reviewers changing one claim at once: tests/storage/test_review.py.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlmodel import Session

from attribution.ingest import ReadOptions, read_articles
from attribution.storage.engine import init_db, make_engine
from attribution.storage.store import ingest_items
from attribution.storage.tables import ArticleRow, AttributionRow, AttributionSourceRow

EN = [
    "The interior minister said on {day} that the border crossing {n} would reopen next week.",
    '"We are ready for round {n}," the governor told reporters. Officials said the roads were clear.',
    "Police said {n} people were hurt on {day}. The mayor added that the bridge would stay shut, according to Reuters.",
]
AR = [
    "قال وزير الداخلية يوم {day} إن المعبر رقم {n} سيفتح الأسبوع المقبل.",
    'وأكد المتحدث باسم الحكومة أن "الجولة {n} ستبدأ قريبا"، بحسب رويترز.',
]
DAYS = ["Monday", "Tuesday", "Sunday"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأحد"]


def article_text(n: int) -> str:
    """A distinct article: two or three sentences in one language, numbered."""
    if n % 2:
        return " ".join(t.format(n=n, day=AR_DAYS[n % 3]) for t in AR)
    return " ".join(t.format(n=n, day=DAYS[n % 3]) for t in EN[: 2 + n % 2])


def write_articles(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"{n:05d}.txt").write_text(article_text(n), encoding="utf-8")
    return folder


def ingest_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "attribution.cli", "ingest", *args]


def run_ingest(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ATTRIBUTION_DATABASE_URL": ""}
    return subprocess.run(ingest_command(*args), capture_output=True, text=True, timeout=timeout, env=env)


def per_article(engine: Engine) -> dict[str, tuple[int, int]]:
    """text hash → (claims, source links): equal to a clean ingest's when nothing is half-written."""
    with Session(engine) as s:
        claims = dict(
            s.execute(
                select(ArticleRow.content_hash, func.count(AttributionRow.id))
                .outerjoin(AttributionRow, AttributionRow.article_id == ArticleRow.id)
                .group_by(ArticleRow.content_hash)
            ).all()
        )
        links = dict(
            s.execute(
                select(ArticleRow.content_hash, func.count())
                .join(AttributionRow, AttributionRow.article_id == ArticleRow.id)
                .join(AttributionSourceRow, AttributionSourceRow.attribution_id == AttributionRow.id)
                .group_by(ArticleRow.content_hash)
            ).all()
        )
    return {h: (int(n), int(links.get(h, 0))) for h, n in claims.items()}


def clean_ingest(tmp_path: Path, *folders: Path) -> dict[str, tuple[int, int]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'clean.db'}")
    init_db(engine)
    ingest_items(engine, read_articles([str(f) for f in folders], ReadOptions()))
    found = per_article(engine)
    engine.dispose()
    return found


def article_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM article")).scalar_one())
    except Exception:  # the schema may not exist yet while the ingest starts
        return 0
    finally:
        engine.dispose()


# Enough that the kill lands half-way even when the test process is starved for a second on a loaded machine
# (the ingest stores a few hundred of them per second).
KILLED_INGEST_ARTICLES = 1200


def wait_for_articles(url: str, at_least: int, process: subprocess.Popen[str], timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = article_count(url)
        if found >= at_least:
            return found
        assert process.poll() is None, "the ingest finished before it could be interrupted"
        time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} articles after {timeout} s")


def descendants(pid: int) -> list[int]:
    """The processes `pid` started (its workers), and theirs."""
    found, todo = [], [pid]
    while todo:
        for task in Path(f"/proc/{todo.pop()}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found += children
            todo += children
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def kill_and_check_workers_end(process: subprocess.Popen[str]) -> None:
    """SIGKILL the ingest; its worker processes must end too (not wait for work forever)."""
    workers = descendants(process.pid)
    assert workers, "the ingest should parse in a worker process"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(map(running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(running, workers)), "a worker outlived the killed ingest"


def test_an_ingest_killed_half_way_and_rerun_stores_every_article_once(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", range(KILLED_INGEST_ARTICLES))
    db = tmp_path / "killed.db"
    url = f"sqlite:///{db}"
    process = subprocess.Popen(ingest_command(str(folder), "--db", str(db), "--batch", "8"), text=True)
    stored_before_kill = wait_for_articles(url, 40, process)
    kill_and_check_workers_end(process)
    assert 40 <= stored_before_kill < KILLED_INGEST_ARTICLES

    rerun = run_ingest(str(folder), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert "articles: " in rerun.stdout and "duplicates skipped: " in rerun.stdout
    engine = make_engine(url)
    assert per_article(engine) == clean_ingest(tmp_path, folder)
    engine.dispose()


@pytest.mark.postgres
def test_an_ingest_whose_workers_write_killed_half_way_and_rerun_stores_every_article_once(
    tmp_path: Path, pg_engine: Engine, pg_database_url: str
) -> None:
    """Into PostgreSQL with two workers, each worker writes its own batches: killing the ingest ends them,
    and whatever they had not committed is rolled back whole."""
    folder = write_articles(tmp_path / "in", range(KILLED_INGEST_ARTICLES))
    env = {**os.environ, "ATTRIBUTION_DATABASE_URL": pg_database_url}
    process = subprocess.Popen(ingest_command(str(folder), "--batch", "8", "--workers", "2"), env=env, text=True)
    stored_before_kill = wait_for_articles(pg_database_url, 40, process)
    kill_and_check_workers_end(process)
    assert 40 <= stored_before_kill < KILLED_INGEST_ARTICLES

    rerun = run_ingest(str(folder), "--db", pg_database_url, "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert per_article(pg_engine) == clean_ingest(tmp_path, folder)


@pytest.mark.postgres
@pytest.mark.parametrize("workers", ["1", "2"])
def test_two_ingests_of_overlapping_folders_at_once_neither_duplicate_nor_lose(
    tmp_path: Path, pg_engine: Engine, pg_database_url: str, workers: str
) -> None:
    """Two processes (with two workers each: four writers at once) on overlapping inputs."""
    first = write_articles(tmp_path / "first", range(0, 150))
    second = write_articles(tmp_path / "second", range(75, 225))
    env = {**os.environ, "ATTRIBUTION_DATABASE_URL": pg_database_url}
    runs = [
        subprocess.Popen(
            ingest_command(str(folder), "--batch", "10", "--workers", workers),
            env=env,
            text=True,
            stdout=subprocess.PIPE,
        )
        for folder in (first, second)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    stored = sum(
        int(line.split(": ")[1]) for out in outputs for line in out.splitlines() if line.startswith("articles:")
    )
    skipped = sum(int(line.rsplit(": ", 1)[1]) for out in outputs for line in out.splitlines() if "duplicates" in line)
    assert (stored, skipped) == (225, 75)
    assert per_article(pg_engine) == clean_ingest(tmp_path, first, second)


@pytest.mark.postgres
@pytest.mark.parametrize("workers", ["1", "2"])
def test_unreachable_postgres_is_a_clear_error_and_a_rerun_completes(
    tmp_path: Path, pg_engine: Engine, pg_database_url: str, workers: str
) -> None:
    folder = write_articles(tmp_path / "in", range(30))
    down = run_ingest(str(folder), "--db", "postgresql://postgres:s3cret@127.0.0.1:1/newsroom", "--workers", workers)
    assert down.returncode == 4
    assert down.stderr.startswith("error: database postgresql+psycopg://postgres:***@127.0.0.1:1/newsroom")
    assert "s3cret" not in down.stderr + down.stdout and "Traceback" not in down.stderr
    assert per_article(pg_engine) == {}

    again = run_ingest(str(folder), "--db", pg_database_url)
    assert again.returncode == 0, again.stderr
    assert per_article(pg_engine) == clean_ingest(tmp_path, folder)


@pytest.mark.postgres
@pytest.mark.parametrize("workers", ["1", "2"])
def test_connections_dropped_mid_ingest_leave_no_partial_article(
    tmp_path: Path, pg_engine: Engine, pg_database_url: str, workers: str
) -> None:
    """The server ends the ingest's connections half-way (as a restart does): the ingest either carries on
    over a new connection or stops with a clear error; either way a rerun completes and nothing is half-written.
    With two workers, each worker's own connection is ended."""
    folder = write_articles(tmp_path / "in", range(300))
    env = {**os.environ, "ATTRIBUTION_DATABASE_URL": pg_database_url}
    process = subprocess.Popen(
        ingest_command(str(folder), "--batch", "8", "--workers", workers),
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_for_articles(pg_database_url, 30, process)
    database = pg_engine.url.database
    with pg_engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db AND pid <> pg_backend_pid()"
            ),
            {"db": database},
        )
    _, err = process.communicate(timeout=120)
    assert process.returncode in (0, 4), err
    if process.returncode == 4:
        assert err.startswith("error: database ") and "Traceback" not in err
    pg_engine.dispose()
    rerun = run_ingest(str(folder), "--db", pg_database_url)
    assert rerun.returncode == 0, rerun.stderr
    assert per_article(pg_engine) == clean_ingest(tmp_path, folder)
