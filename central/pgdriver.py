"""The ingest's hot statements on PostgreSQL, run through libpq on the connection SQLAlchemy's transaction holds.

Per bundle, SQLAlchemy's execution layer (cache lookup, execution context, result metadata) and then psycopg's
cursor machinery (query conversion, per-parameter adaptation, result sets) cost more CPU than the statements
themselves. The few statements every bundle runs are still written in SQLAlchemy Core (the SQL lives with the
tables), compiled once, and run here as server-side prepared statements through psycopg's documented libpq
wrapper (`psycopg.pq`) on the very connection — and so in the very transaction — that the caller's SQLAlchemy
`Connection` holds: `BEGIN` is sent here when the connection is idle and `commit` sends the `COMMIT` (SQLAlchemy's
own commit then finds the connection idle: psycopg reads the transaction state from libpq). Anything else in the
transaction keeps using the `Connection` as before. libpq releases the GIL while it waits for the server.

A lost connection (the server restarted, or ended the backend) invalidates the connection so the pool replaces it
and raises `LostConnection`; the committer retries a transaction that failed so before its commit. Statements are
prepared once per connection, so a new connection prepares them anew.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import psycopg
from psycopg import pq
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ClauseElement

Params = Mapping[str, Any]
_PARAM = re.compile(r"%\((\w+)\)s|%%")


class LostConnection(RuntimeError):
    """The database connection broke during a statement; nothing of the transaction was committed."""


class Statement:
    """SQL with `$n` placeholders, the parameter name of each, and the constants the statement binds itself."""

    __slots__ = ("sql", "names", "constants", "columns")

    def __init__(self, pyformat_sql: str, constants: Params | None = None) -> None:
        names: list[str] = []

        def number(match: re.Match[str]) -> str:
            if match.group(0) == "%%":
                return "%"
            if match.group(1) not in names:
                names.append(match.group(1))
            return f"${names.index(match.group(1)) + 1}"

        self.sql = _PARAM.sub(number, pyformat_sql).encode("utf-8")
        self.names = tuple(names)
        self.constants = dict(constants or {})
        self.columns: tuple[int, ...] | None = None  # its result's column types, known after its first run


# Keyed by the statement object's id; the object itself is kept with its compiled form, so its id cannot be reused
# by another statement while the entry lives (callers pass module-level statements).
_COMPILED: dict[tuple[int, str], tuple[ClauseElement, Statement]] = {}


def compiled(statement: ClauseElement, conn: Connection, *, given: Sequence[str]) -> Statement:
    """A Core statement compiled for `conn`'s dialect, once per statement object (its literals bound as constants)."""
    key = (id(statement), conn.dialect.name)
    entry = _COMPILED.get(key)
    if entry is not None and entry[0] is statement:
        return entry[1]
    done = statement.compile(dialect=conn.dialect)
    constants = {k: v for k, v in done.params.items() if k not in given}
    if None in constants.values() or set(given) - set(done.params):
        raise RuntimeError("a statement's parameters are not the ones it is given")  # never run half-bound
    found = Statement(done.string, constants)
    _COMPILED[key] = (statement, found)
    return found


def from_sql(pyformat_sql: str) -> Statement:
    """A statement from SQL text with %(name)s parameters, every one of them given at each run."""
    return Statement(pyformat_sql)


class _Session:
    """What this module keeps per database connection: its libpq handle and the statements it has prepared."""

    __slots__ = ("raw", "pgconn", "prepared")

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw, self.pgconn = raw, raw.pgconn
        self.prepared: dict[bytes, bytes] = {}


def _session(conn: Connection) -> _Session:
    record = conn.connection  # the pool's proxy: its info lives as long as the pooled connection
    raw = record.driver_connection
    if not isinstance(raw, psycopg.Connection):
        raise RuntimeError("the ingest's PostgreSQL statements need psycopg 3")
    kept = record.info.get("nrm_pq")
    if kept is None or kept.raw is not raw:
        if raw.info.encoding != "utf-8":
            raise RuntimeError("the ingest needs a UTF-8 client encoding")
        kept = record.info["nrm_pq"] = _Session(raw)
    return kept


_OK = (pq.ExecStatus.TUPLES_OK, pq.ExecStatus.COMMAND_OK)


def _check(conn: Connection, session: _Session, result: pq.abc.PGresult) -> pq.abc.PGresult:
    """The result, or the error it carries (LostConnection, after invalidating, when the connection broke)."""
    if result.status in _OK:
        return result
    if session.pgconn.status != pq.ConnStatus.OK or session.raw.broken or session.raw.closed:
        conn.invalidate()
        raise LostConnection("the database connection was lost")
    raise psycopg.errors.error_from_result(result)


def _encoded(values: list[Any]) -> tuple[list[bytes | None], list[int] | None]:
    """Parameters for libpq: bytes as they are in binary format (bytea), anything else as its text in UTF-8
    (the statements carry text, integers and NULL; the server parses each as its parameter's type)."""
    if not any(type(v) is bytes for v in values):
        return [None if v is None else str(v).encode("utf-8") for v in values], None
    return ([None if v is None else v if type(v) is bytes else str(v).encode("utf-8") for v in values],
            [1 if type(v) is bytes else 0 for v in values])


def _decoded(result: pq.abc.PGresult, row: int, columns: tuple[int, ...]) -> tuple[Any, ...]:
    """One row from libpq's text format, by column type (bool, bytea, integers, else text)."""
    out: list[Any] = []
    for col, oid in enumerate(columns):
        raw = result.get_value(row, col)
        if raw is None:
            out.append(None)
        elif oid == 16:
            out.append(raw == b"t")
        elif oid == 17:
            out.append(bytes.fromhex(bytes(raw)[2:].decode("ascii")))
        elif oid in (20, 21, 23):
            out.append(int(raw))
        else:
            out.append(bytes(raw).decode("utf-8"))
    return tuple(out)


def first_row(conn: Connection, statement: Statement, params: Params) -> tuple[Any, ...] | None:
    """Run one statement (prepared on this connection at its first use, in the transaction); its first row."""
    session = _session(conn)
    pgconn = session.pgconn
    if pgconn.transaction_status == pq.TransactionStatus.IDLE:
        _check(conn, session, pgconn.exec_(b"BEGIN"))
    name = session.prepared.get(statement.sql)
    if name is None:
        name = f"nrm_{len(session.prepared)}".encode("ascii")
        _check(conn, session, pgconn.prepare(name, statement.sql))
        session.prepared[statement.sql] = name
    given = {**statement.constants, **params} if statement.constants else params
    values, formats = _encoded([given[n] for n in statement.names])
    result = _check(conn, session, pgconn.exec_prepared(name, values, formats))  # type: ignore[arg-type]  # NULLs
    if not result.ntuples:
        return None
    if statement.columns is None:  # the same for every run of a prepared statement
        statement.columns = tuple(result.ftype(col) for col in range(result.nfields))
    return _decoded(result, 0, statement.columns)


def commit(conn: Connection) -> None:
    """COMMIT the transaction on `conn` now (SQLAlchemy's own commit then finds nothing left to do).

    A COMMIT the server answers otherwise than "COMMIT" (it rolled back an aborted transaction) raises."""
    session = _session(conn)
    if session.pgconn.transaction_status == pq.TransactionStatus.IDLE:
        return
    result = _check(conn, session, session.pgconn.exec_(b"COMMIT"))
    if result.command_status != b"COMMIT":
        raise psycopg.DatabaseError("the transaction was rolled back instead of committed")


def then_first_row(conn: Connection, before: tuple[Statement, Params], statement: Statement,
                   params: Params) -> tuple[Any, ...] | None:
    """Run `before` (its rows are not read), then `statement`; the second's first row.

    Two round trips on purpose: the second statement's snapshot must be taken after the first (a row lock) was
    granted, and sending both at once (psycopg's pipeline mode) was measured to cost more CPU than it saves."""
    first_row(conn, *before)
    return first_row(conn, statement, params)
