"""Bulk writes as driver SQL: each statement compiled once per dialect, its rows sent as plain tuples.

SQLAlchemy turns every parameter set of an ``executemany`` into the driver's form one at a time
(``construct_params``: a dictionary per row, the type processors), and every ``execute`` of a Core
statement goes through its compiled-statement cache: about half the ingest writer's CPU time, at tens of
thousands of claims. `prepare` compiles a Core statement once, in the dialect's positional parameter
style, and `Prepared.execute` hands tuples straight to the driver through `Connection.exec_driver_sql`,
so transactions, events and the wrapping of driver errors (`DBAPIError`, with its SQLSTATE) are
SQLAlchemy's as before. `insert_rows` picks the cheapest form of a many-row insert per database (into
PostgreSQL a ``COPY``, or one statement over arrays), all inside the caller's transaction.

Stored values are the same as through the Core statement: the columns' bind processors are applied
(SQLite's dates as text, say), except `Boolean`'s, whose work the drivers do alike for a Python bool
(SQLite binds it as the integer 0 or 1, as the processor would; psycopg as a boolean): rows must carry
`bool` values for boolean columns, not other truthy things.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, CursorResult, String, Table, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

Row = tuple[Any, ...]
Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class Prepared:
    """A statement as the driver's SQL text; its parameters are given as tuples in the order of `keys`."""

    sql: str
    keys: tuple[str, ...]
    order: tuple[int, ...] | None  # the driver's parameter i is `keys[order[i]]`; None: the same order
    processors: tuple[tuple[int, Processor], ...]  # (position in `keys`, processor)
    columnar: bool = False  # one parameter per column, an array of all the rows' values (PostgreSQL)
    copy: bool = False  # `sql` is a ``COPY … FROM STDIN`` the rows are streamed to (PostgreSQL)

    def driver_rows(self, rows: Sequence[Row]) -> Sequence[Row]:
        if self.processors:
            rows = [self._processed(row) for row in rows]
        if self.order is not None:
            order = self.order
            rows = [tuple(row[i] for i in order) for row in rows]
        return rows

    def _processed(self, row: Row) -> Row:
        values = list(row)
        for i, process in self.processors:
            values[i] = process(values[i])
        return tuple(values)

    def execute(self, conn: Connection, rows: Sequence[Row]) -> CursorResult[*tuple[Any, ...]]:
        """Run the statement for `rows` (not empty): once per row (one ``executemany``; a single row is one
        ``execute``), or once for all of them when `columnar`."""
        params = self.driver_rows(rows)
        if self.copy:
            return _copy(conn, self.sql, params)
        if self.columnar:
            params = [tuple(list(values) for values in zip(*params, strict=True))]
        return conn.exec_driver_sql(self.sql, params)  # type: ignore[arg-type]


def _compiler(dialect_class: type[Dialect]) -> Dialect:
    """An instance of the dialect's class in a positional parameter style: its own when it has one
    (SQLite's ``?``), else ``format`` (``%s``, which psycopg takes as well as ``%(name)s``)."""
    make: Any = dialect_class
    dialect: Dialect = make()
    return dialect if dialect.positional else make(paramstyle="format")  # type: ignore[no-any-return]


def prepare(
    dialect_class: type[Dialect],
    table: Table,
    statement: Any,
    keys: Sequence[str],
    columns: Sequence[str] | None = None,
    columnar: bool = False,
) -> Prepared:
    """`statement` (an INSERT into `table`, perhaps with ON CONFLICT and RETURNING) compiled for the
    dialect, its parameters named `keys`; `columns[i]` is the column of parameter `keys[i]` (by default
    the parameter's name). Callers keep the result: compiling costs what a few hundred rows do."""
    dialect = _compiler(dialect_class)
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    names = list(compiled.positiontup or ())
    keys, columns = list(keys), list(columns or keys)
    if sorted(names) != sorted(keys):
        raise ValueError(f"statement parameters {names} are not {keys}")
    order = tuple(keys.index(name) for name in names)
    processors = tuple(
        (i, process)
        for i, column in enumerate(columns)
        if not isinstance(table.c[column].type, Boolean)
        and (process := table.c[column].type.bind_processor(dialect)) is not None
    )
    same = order == tuple(range(len(order)))
    return Prepared(compiled.string, tuple(keys), None if same else order, processors, columnar)


Build = Callable[[str], tuple[Table, Any, Sequence[str]]]  # dialect name → (table, statement, columns)
_prepared: dict[tuple[type[Dialect], str], Prepared] = {}


def prepared(conn: Connection, name: str, build: Build, columns: Sequence[str] | None = None) -> Prepared:
    """The statement `name` for the connection's dialect: `build` it and `prepare` it the first time."""
    key = (type(conn.dialect), name)
    found = _prepared.get(key)
    if found is None:
        table, statement, keys = build(conn.dialect.name)
        found = _prepared[key] = prepare(type(conn.dialect), table, statement, keys, columns)
    return found


Finish = Callable[[Any], Any]  # the dialect's INSERT → the statement to run (with ON CONFLICT …, say)


def _unbounded(type_: Any) -> Any:
    """The column's type for an array cast: strings without their length, which an explicit cast would
    cut to (a value too long must fail as it does in a plain INSERT, not be shortened)."""
    return String() if isinstance(type_, String) else type_


def _copy(conn: Connection, sql: str, rows: Sequence[Row]) -> Any:
    """Stream `rows` to ``COPY … FROM STDIN`` on the connection's psycopg cursor (its rows formatted in C);
    a driver error is raised as SQLAlchemy's `DBAPIError` for it, as through `exec_driver_sql`."""
    import psycopg

    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()
    return None


def insert_rows(conn: Connection, table: Table, keys: Sequence[str], finish: Finish | None = None) -> Prepared:
    """An INSERT of many rows of the columns `keys` into `table` (`finish` adds ``ON CONFLICT …`` to the
    dialect's insert), prepared once per dialect, table and columns.

    SQLite: ``INSERT … VALUES (?, …)`` run once per row by the driver's ``executemany``, a C loop.
    PostgreSQL, where psycopg's ``executemany`` spends ~50 µs of Python per row (pipelined, but a query
    and a result each), most of what the writer did: a plain insert is a ``COPY … FROM STDIN`` of the rows
    (formatted in C); an upsert one ``INSERT … SELECT … FROM unnest(%s::type[], …) ON CONFLICT …``, each
    column's values one array parameter. Rows go in the order given either way, as one by one (serial
    ids, the lock order of the upserts). (Claims and links by ``unnest`` cost more than by
    ``executemany``: psycopg dumps array items one Python call each.)
    """
    key = (type(conn.dialect), f"rows {table.name} {','.join(keys)} {finish.__qualname__ if finish else ''}")
    found = _prepared.get(key)
    if found is not None:
        return found
    if conn.dialect.name == "postgresql" and finish is None:
        quote = conn.dialect.identifier_preparer
        sql = f"COPY {quote.format_table(table)} ({', '.join(map(quote.quote, keys))}) FROM STDIN"
        processors = prepare(type(conn.dialect), table, table.insert(), keys).processors
        found = _prepared[key] = Prepared(sql, tuple(keys), None, processors, copy=True)
        return found
    columnar = conn.dialect.name == "postgresql"
    insert: Any
    if columnar:
        arrays = [bindparam(k, type_=ARRAY(_unbounded(table.c[k].type))) for k in keys]
        derived = func.unnest(*arrays).table_valued(*keys).render_derived()
        insert = postgresql.insert(table).from_select(list(keys), select(*(derived.c[k] for k in keys)))
    else:
        insert = sqlite.insert(table)
    statement = finish(insert) if finish else insert
    found = _prepared[key] = prepare(type(conn.dialect), table, statement, keys, columnar=columnar)
    return found


__all__ = ["Build", "Finish", "Prepared", "Row", "insert_rows", "prepare", "prepared"]
