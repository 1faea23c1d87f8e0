"""The ingest's hot statements on PostgreSQL, run on psycopg's own connection inside SQLAlchemy's transaction.

Per bundle, SQLAlchemy's execution layer (cache lookup, execution context, result metadata) cost more CPU than
the statements themselves. The few statements every bundle runs are still written in SQLAlchemy Core (so the SQL
lives with the tables), compiled once, and run here as server-side prepared statements on the very connection —
and so in the very transaction — that the caller's SQLAlchemy `Connection` holds. Anything else in the same
transaction keeps using that `Connection` as before.

A lost connection (the server restarted, or ended the backend) invalidates the connection so the pool replaces it
and raises `LostConnection`; the committer retries a transaction that failed so before its commit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import psycopg
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ClauseElement

Params = Mapping[str, Any]


class LostConnection(RuntimeError):
    """The database connection broke during a statement; nothing of the transaction was committed."""


class Compiled:
    """A Core statement compiled once for a dialect: its SQL text and the constant parameters it binds itself."""

    __slots__ = ("sql", "constants")

    def __init__(self, statement: ClauseElement, conn: Connection, *, given: Sequence[str]) -> None:
        compiled = statement.compile(dialect=conn.dialect)
        self.sql: str = compiled.string
        self.constants = {k: v for k, v in compiled.params.items() if k not in given}
        if None in self.constants.values() or set(given) - set(compiled.params):
            raise RuntimeError("a statement's parameters are not the ones it is given")  # never run half-bound


_COMPILED: dict[tuple[int, str], Compiled] = {}


def compiled(statement: ClauseElement, conn: Connection, *, given: Sequence[str]) -> Compiled:
    """The statement compiled for `conn`'s dialect (once per statement object and dialect)."""
    key = (id(statement), conn.dialect.name)
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = Compiled(statement, conn, given=given)
    return found


def _cursors(conn: Connection) -> tuple[psycopg.Connection[Any], psycopg.Cursor[Any], psycopg.Cursor[Any]]:
    """psycopg's connection under `conn`, with two cursors kept for it (reused from one transaction to the next)."""
    record = conn.connection  # the pool's proxy; its info lives as long as the pooled connection
    raw = record.driver_connection
    kept = record.info.get("nrm_cursors")
    if kept is None or kept[0] is not raw:
        kept = record.info["nrm_cursors"] = (raw, raw.cursor(), raw.cursor())
    return kept


def _lost(conn: Connection, raw: psycopg.Connection[Any], exc: psycopg.Error) -> Exception:
    """The exception to raise for a driver error: LostConnection (after invalidating) when the connection broke."""
    if raw.broken or raw.closed:
        conn.invalidate(exc)
        return LostConnection("the database connection was lost")
    return exc


Statement = Compiled | str  # compiled Core, or SQL text whose every parameter is given


def _sql(statement: Statement, params: Params) -> tuple[str, Params]:
    if isinstance(statement, str):
        return statement, params
    return statement.sql, {**statement.constants, **params} if statement.constants else params


def first_row(conn: Connection, statement: Statement, params: Params) -> tuple[Any, ...] | None:
    """Run one prepared statement; its first row."""
    raw, cursor, _ = _cursors(conn)
    try:
        cursor.execute(*_sql(statement, params), prepare=True)
        return cursor.fetchone()
    except psycopg.Error as exc:
        raise _lost(conn, raw, exc) from exc


def then_first_row(conn: Connection, before: tuple[Statement, Params], statement: Statement,
                   params: Params) -> tuple[Any, ...] | None:
    """Run `before` (its rows are not read), then `statement`; the second's first row.

    Two round trips on purpose: sending both at once (psycopg's pipeline mode) was measured to cost more CPU on
    both sides than the round trip it saves on a local server."""
    raw, cursor, other = _cursors(conn)
    try:
        other.execute(*_sql(*before), prepare=True)
        cursor.execute(*_sql(statement, params), prepare=True)
        return cursor.fetchone()
    except psycopg.Error as exc:
        raise _lost(conn, raw, exc) from exc
