"""Group commit: bundles queued during a commit go in the next one; errors reach exactly their requests."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.exc import DBAPIError

from central.committer import Committer
from central.errors import StoreUnavailable
from central.pgdriver import LostConnection
from central.store import Store
from central.tables import settings
from protocol.errors import ReplayedSequence


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite+pysqlite:///{tmp_path}/c.db")
    yield s
    s.close()


def count(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(settings)).scalar_one())


def wait_until(predicate) -> None:
    for _ in range(100000):
        if predicate():
            return
        threading.Event().wait(0.001)
    raise AssertionError("condition never became true")


def test_jobs_queued_during_a_commit_share_the_next_commit(store):
    gate, batches, in_first = threading.Event(), [], threading.Event()

    def apply(conn, job):
        if job == "first":
            in_first.set()
            gate.wait()
        conn.execute(insert(settings).values(name=job, value=b"x"))
        batches.append(job)
        return job

    committer = Committer(store, apply, group=True)
    with ThreadPoolExecutor(max_workers=9) as pool:
        first = pool.submit(committer.submit, "first")
        in_first.wait()
        rest = [pool.submit(committer.submit, f"job-{i}") for i in range(8)]
        wait_until(lambda: len(committer._pending) == 8)
        assert not any(f.done() for f in rest)
        gate.set()
        assert first.result() == "first" and sorted(f.result() for f in rest) == sorted(f"job-{i}" for i in range(8))
    assert count(store) == 9


def test_a_refused_job_fails_alone_and_a_failed_commit_fails_the_batch(store):
    def apply(conn, job):
        if job == "replay":
            raise ReplayedSequence("seen")
        if job == "boom":
            conn.execute(insert(settings).values(name="dup", value=b"x"))
            conn.execute(insert(settings).values(name="dup", value=b"x"))  # integrity error: the commit fails
        conn.execute(insert(settings).values(name=job, value=b"x"))
        return job

    for group in (True, False):
        check_refusals(store, apply, group=group)


def check_refusals(store, apply, *, group):
    committer = Committer(store, apply, group=group)
    assert committer.submit(f"ok-{group}") == f"ok-{group}"
    with pytest.raises(ReplayedSequence):
        committer.submit("replay")
    with pytest.raises(StoreUnavailable):
        committer.submit("boom")
    assert count(store) == (1 if group else 3)
    assert committer.submit(f"after-{group}") == f"after-{group}"  # leadership was handed back


def lost(statement: str = "SELECT 1") -> DBAPIError:
    """What SQLAlchemy raises when a statement finds the connection broken (the server restarted)."""
    return DBAPIError(statement, None, Exception("server closed the connection unexpectedly"),
                      connection_invalidated=True)


def test_a_transaction_that_lost_its_connection_before_the_commit_runs_once_more(store):
    """Nothing of it was committed, so the upload is accepted instead of answered 503."""
    runs: list[str] = []

    def apply(conn, job):
        runs.append(job)
        if len(runs) == 1:
            raise LostConnection("the database connection was lost")  # as pgdriver raises it
        conn.execute(insert(settings).values(name=job, value=b"x"))
        return job

    assert Committer(store, apply, group=False).submit("once") == "once"
    assert runs == ["once", "once"] and count(store) == 1


def test_a_connection_lost_twice_or_at_the_commit_is_answered_503_and_never_run_again(store):
    """A second loss is not retried; nor is a loss during the commit, which may have committed (the post's
    retry then finds the bundle stored and gets its receipt)."""
    runs: list[str] = []

    def always_lost(conn, job):
        runs.append(job)
        raise lost()

    with pytest.raises(StoreUnavailable):
        Committer(store, always_lost, group=False).submit("twice")
    assert runs == ["twice", "twice"]

    def apply(conn, job):
        runs.append(job)
        conn.execute(insert(settings).values(name=job, value=b"x"))
        return job

    def commit_lost(_conn):
        raise lost("COMMIT")

    engine = store._ingest_engine
    event.listen(engine, "commit", commit_lost)
    try:
        with pytest.raises(StoreUnavailable):
            Committer(store, apply, group=False).submit("at-commit")
    finally:
        event.remove(engine, "commit", commit_lost)
    assert runs[2:] == ["at-commit"] and count(store) == 0
