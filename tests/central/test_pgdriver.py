"""The ingest's libpq path on PostgreSQL: values round-trip, statements share the transaction, a rolled-back
COMMIT is not taken for a commit."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import bindparam, insert, literal, select

from central import pgdriver
from central.store import Store
from central.tables import settings
from tests.support.servers import pg_schema


@pytest.fixture
def store(pg_ok: bool) -> Iterator[Store]:
    if not pg_ok:
        pytest.skip("PostgreSQL not reachable (set NRM_REQUIRE_PG=1 to make this a failure)")
    with pg_schema() as url:
        s = Store(url)
        yield s
        s.close()


def test_values_round_trip_through_a_prepared_statement(store):
    blob = bytes(range(256)) * 3  # every byte value, sent in binary format
    row_sql = pgdriver.from_sql("SELECT %(b)s::bytea, %(t)s::text, %(i)s::int, %(n)s::text, %(i)s::int > 1, '100%%'")
    with store.write(retried=True) as conn:
        for _ in range(3):  # prepared at the first run, then reused
            row = pgdriver.first_row(conn, row_sql, {"b": blob, "t": "سلام ✓", "i": 42, "n": None})
            assert row == (blob, "سلام ✓", 42, None, True, "100%")
        one_plus = select(bindparam("x", type_=settings.c.name.type) + literal("!"))  # a literal bound as constant
        assert pgdriver.first_row(conn, pgdriver.compiled(one_plus, conn, given=("x",)), {"x": "a"}) == ("a!",)


def test_its_statements_and_sqlalchemys_share_one_transaction(store):
    with pytest.raises(RuntimeError):
        with store.write(retried=True) as conn:
            conn.execute(insert(settings).values(name="via-sqlalchemy", value=b"1"))
            seen = pgdriver.first_row(conn, pgdriver.from_sql("SELECT count(*) FROM settings WHERE name = %(n)s"),
                                      {"n": "via-sqlalchemy"})
            assert seen == (1,)
            raise RuntimeError("roll back")
    assert store.setting("via-sqlalchemy") is None  # rolled back together
    with store.write(retried=True) as conn:
        pgdriver.first_row(conn, pgdriver.from_sql("INSERT INTO settings (name, value) VALUES (%(n)s, %(v)s)"),
                           {"n": "via-libpq", "v": b"2"})
    assert store.setting("via-libpq") == b"2"  # committed by the transaction's end


def test_a_commit_the_server_turns_into_a_rollback_raises(store):
    """A failed statement whose error was swallowed leaves the transaction aborted: COMMIT then rolls back, and
    that must not pass for a commit (no receipt may be sent for it)."""
    with pytest.raises(psycopg.DatabaseError, match="rolled back instead of committed"):
        with store.write(retried=True) as conn:
            pgdriver.first_row(conn, pgdriver.from_sql("INSERT INTO settings (name, value) VALUES (%(n)s, %(v)s)"),
                               {"n": "lost", "v": b"x"})
            with pytest.raises(psycopg.errors.DivisionByZero):
                pgdriver.first_row(conn, pgdriver.from_sql("SELECT 1 / %(z)s::int"), {"z": 0})
    assert store.setting("lost") is None
    with store.write(retried=True) as conn:  # the kept connection is usable again
        assert pgdriver.first_row(conn, pgdriver.from_sql("SELECT %(a)s::int"), {"a": 7}) == (7,)
