"""Issue 16: each default period with the clock moved past it (and not quite), --dry-run lists exactly what --apply
removes, a legal hold and a referral the office has not receipted keep their case, through a real office."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.services import retention, sync, sync_transfer
from app.storage import cases as case_store
from app.sync.backoff import Backoff
from protocol.retention import DEFAULT_DAYS
from tests.e2e.postkit import PASSWORD, fresh_post, new_office
from tests.retention.retention_kit import plant


def _pass(session):
    return sync.run_pass(session.db, actor="system", backoff=Backoff(base=0.0, cap=0.0), sleep=lambda _s: None)


@pytest.fixture
def office(tmp_path_factory):
    office = new_office(tmp_path_factory.mktemp("retention")).start()
    yield office
    office.stop()


@pytest.fixture
def synced(tmp_path, office):
    """Three cases: the office receipted two referrals and closed the first; the third was never approved."""
    kit = fresh_post(tmp_path, referrals=3)
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_online(admin, server=office.url, code=office.code())
    with kit.unlock("supervisor") as s:
        kit.approve(2, session=s)
        assert _pass(s).acknowledged == 2
    office.set_status(kit.approved[0], "closed", note="services completed")
    with kit.unlock("supervisor") as s:
        _pass(s)
        ids = [s.db.execute("SELECT case_id FROM referrals WHERE id = ?", (rid,)).fetchone()[0]
               for rid in kit.approved + kit.submitted]
    return kit, ids


def _due(session, days: float) -> set[tuple[str, str]]:
    found = retention.plan(session, now=datetime.now(UTC) + timedelta(days=days))
    return {(d.id, d.rule) for d in found.due if d.kind == "case"}


def test_closed_case_goes_after_its_period_and_not_before(synced):
    kit, (closed, sent, never) = synced
    period = DEFAULT_DAYS["post.closed_case"]
    with kit.unlock("supervisor") as s:
        assert _due(s, period - 1) == set()
        assert _due(s, period + 1) == {(closed, "post.closed_case")}
        result = retention.apply(s, now=datetime.now(UTC) + timedelta(days=period + 1))
        assert case_store.get_case(s.db, closed) is None and case_store.get_case(s.db, sent) is not None
        cleared = s.db.execute("SELECT length(envelope), cleared_at IS NOT NULL, state FROM outbox o"
                               " WHERE referral_id = ?", (kit.approved[0],)).fetchone()
        assert cleared == (0, 1, "acknowledged")
        assert result.removed["outbox_copy"] == 1
    # audit verify still anchors on the office's receipt: the cleared copy is checked by the hash it signed
    from tests.conftest import run_cli

    verified = run_cli("audit", "verify", "--user", "supervisor", "--json", data_dir=kit.dir, password=PASSWORD)
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["anchored"] > 0


def test_a_case_with_no_referral_sent_goes_after_twelve_months(synced):
    kit, (_closed, sent, never) = synced
    period = DEFAULT_DAYS["post.inactive_case"]
    with kit.unlock("supervisor") as s:
        assert (never, "post.inactive_case") not in _due(s, period - 1)
        assert (never, "post.inactive_case") in _due(s, period + 1)
        assert sent not in {cid for cid, _ in _due(s, period + 1)}  # receipted and open at the office: kept


def test_an_unfinished_interview_goes_after_thirty_days(post):
    with post.unlock("officer") as officer:
        plant(officer)
    period = DEFAULT_DAYS["post.unfinished_interview"]
    with post.unlock("supervisor") as s:
        def drafts(days):
            return [d for d in retention.plan(s, now=datetime.now(UTC) + timedelta(days=days)).due if d.kind == "draft"]
        assert drafts(period - 1) == []
        assert [d.rule for d in drafts(period + 1)] == ["post.unfinished_interview"]


def test_a_referral_not_receipted_keeps_its_case(tmp_path):
    kit = fresh_post(tmp_path, referrals=1)  # never enrolled: the approved referral's envelope waits in the outbox
    kit.approve(1)
    with kit.unlock("supervisor") as s:
        found = retention.plan(s, now=datetime.now(UTC) + timedelta(days=DEFAULT_DAYS["post.inactive_case"] + 5))
        assert found.due == []
        assert [(k.rule, k.why) for k in found.kept] == [("post.inactive_case", "not_receipted")]
        result = retention.apply(s, now=datetime.now(UTC) + timedelta(days=DEFAULT_DAYS["post.inactive_case"] + 5))
        assert result.removed == {} and s.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_a_legal_hold_keeps_the_case_until_lifted(synced):
    kit, (closed, _sent, _never) = synced
    later = datetime.now(UTC) + timedelta(days=DEFAULT_DAYS["post.closed_case"] + 1)
    with kit.unlock("officer") as officer:
        with pytest.raises(Exception, match="does not allow"):
            retention.set_hold(officer, closed, reason="court order")
    with kit.unlock("supervisor") as s:
        with pytest.raises(Exception, match="reason"):
            retention.set_hold(s, closed, reason="  ")
        retention.set_hold(s, closed, reason="FIA case 12/2026, court order")
        found = retention.plan(s, now=later)
        assert closed not in {d.id for d in found.due}
        assert ("legal_hold", closed) in {(k.why, k.case_id) for k in found.kept}
        retention.apply(s, now=later)
        assert case_store.get_case(s.db, closed) is not None
        retention.release_hold(s, closed)
        retention.apply(s, now=later)
        assert case_store.get_case(s.db, closed) is None


def test_dry_run_lists_exactly_what_apply_removes(synced):
    kit, _ = synced
    with kit.unlock("officer") as officer:
        plant(officer)
    later = datetime.now(UTC) + timedelta(days=DEFAULT_DAYS["post.inactive_case"] + 1)
    with kit.unlock("supervisor") as s:
        dry = retention.plan(s, now=later)
        before = {r[0] for r in s.db.execute("SELECT id FROM cases")} | {r[0] for r in s.db.execute("SELECT id FROM drafts")}
        applied = retention.apply(s, now=later)
        after = {r[0] for r in s.db.execute("SELECT id FROM cases")} | {r[0] for r in s.db.execute("SELECT id FROM drafts")}
    assert dry.as_dict()["due"] == applied.as_dict()["due"]
    assert {d.id for d in dry.due} == before - after
    assert len(dry.due) >= 3
