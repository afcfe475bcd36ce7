"""What every benchmark prints first: the machine, the date and the commit; and a throw-away PostgreSQL database.

Imported by the bench scripts (run as ``.venv/bin/python bench/<script>.py``, which puts this folder on
the import path).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("ATTRIBUTION_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def machine() -> dict[str, Any]:
    """CPU model, cores, Python and OS, the date, and the commit measured."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        models = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
        ]
        cpu = models[0] if models else cpu
    run = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": run.stdout.strip() or "unknown",
    }


def parser_build() -> str:
    """Which parser this interpreter imports: compiled by mypyc (a wheel built by setup.py) or pure Python,
    and from where (an editable checkout, or a site-packages built from some earlier state of it)."""
    import attribution.parse

    path = Path(attribution.parse.__file__ or "")
    kind = "compiled (mypyc)" if path.name.endswith(tuple(EXTENSION_SUFFIXES)) else "pure Python"
    return f"{kind}, {path.parent.parent}"


def machine_line() -> str:
    m = machine()
    return f"{m['date']}  commit {m['commit']}  {m['cpu']}, {m['cores']} cores, Python {m['python']}"


@contextmanager
def fresh_pg_database(prefix: str = "attribution_bench") -> Iterator[str]:
    """A new, uniquely named PostgreSQL database (created from the admin URL's), dropped on exit."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


INNER = "--inner"  # the argument that makes a callgrind script run as the measured process
CALLGRIND = ("valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce", "--callgrind-out-file=/dev/null")


def under_callgrind(script: str, argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run `script` again as the measured process under callgrind, counting what runs inside
    `functools.reduce` (one pass), with a fixed hash seed; its stderr holds the count."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    command = [*CALLGRIND, sys.executable, script, INNER, *argv]
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})


def measured_or_measuring(parser: argparse.ArgumentParser, argv: Sequence[str],
                          inner: Callable[[argparse.Namespace], None],
                          outer: Callable[[argparse.Namespace, Sequence[str]], None]) -> None:
    """Run `inner` in the process callgrind measures (called with INNER), else `outer`, which starts it."""
    rest = [a for a in argv if a != INNER]
    args = parser.parse_args(rest)
    if INNER in argv:
        inner(args)
    else:
        outer(args, rest)
