"""The post dashboard and `nrm-desk stats` on a real SQLCipher post: figures counted by hand from what the test made."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.domain.errors import PermissionDenied
from app.domain.model import CaseInput, Consent, Encounter, Person, ReferralDraft
from app.services import cases, dashboard, referrals, stats_records
from app.storage import referrals as referral_store
from app.storage import stats
from protocol.canonical import parse_time
from tests.conftest import run_cli


def _case(day: dt.date, *, age: int | None, classification: str | None = None, refer: bool = True) -> CaseInput:
    person = Person(given_name="Test", family_name="Person", sex="female", estimated_age=age, nationality="AF")
    consent = Consent(purpose="referral", recipient_id="org-shelter", method="written", given_on=day,
                      data_categories=("identity",))
    return CaseInput(person=person, encounter=Encounter(day, "Torkham", "interception"), consents=(consent,),
                     referrals=(ReferralDraft("org-shelter", ("shelter",), "urgent", "Needs a safe place."),)
                     if refer else (), classification=classification)


@pytest.fixture
def made(post):
    today = dt.datetime.now(dt.UTC).date()
    with post.unlock("officer") as officer:
        for i, age in enumerate((30, 41, 9)):  # the two adults' referrals are approved (a child's needs a guardian)
            cases.create_case(officer, _case(dt.date(2026, 10, 1) + dt.timedelta(days=i), age=age))
        cases.create_case(officer, _case(today, age=None, classification="vulnerable_migrant", refer=False))
        drafts = sorted(referral_store.list_referrals(officer.db, status="draft"), key=lambda r: r["created_at"])
        for ref in drafts:
            referrals.submit(officer, ref["id"])
    with post.unlock("supervisor") as supervisor:
        for ref in drafts[:2]:
            referrals.approve(supervisor, ref["id"])
        approved_at = [e["at"] for r in drafts[:2] for e in referral_store.history(supervisor.db, r["id"])
                       if e["status"] == "approved"]
    return today, approved_at


def test_figures_count_what_was_recorded(post, made):
    today, approved_at = made
    soon = parse_time(max(approved_at)) + dt.timedelta(hours=1)
    with post.unlock("supervisor") as s:
        found = dashboard.figures(s, now=soon)
        late = dashboard.figures(s, now=soon + dt.timedelta(days=2))  # urgent: 24 h to be acknowledged
    assert found["open_cases"] == 4
    assert found["screenings_this_month"] == (1 if soon.date().month == today.month else 0)
    assert found["referrals_by_stage"] == {"approved": 2, "submitted": 1}
    assert found["referrals_overdue"] == 0 and late["referrals_overdue"] == 2
    days = sorted((dt.date.fromisoformat(a[:10]) - (dt.date(2026, 10, 1) + dt.timedelta(days=i))).days
                  for i, a in enumerate(sorted(approved_at)))
    assert found["days_encounter_to_approved"] == {"count": 2, "median": days[0], "p90": days[1]}
    assert found["days_approved_to_acknowledged"] == {"count": 0, "median": None, "p90": None}
    assert found["decisions_awaiting_review"] == 0
    assert found["totals"] == {"screenings": 1, "persons": 4, "referrals": 2}


def test_records_carry_bands_and_post_stages_only(post, made):
    with post.unlock("supervisor") as s, s.transaction() as conn:
        recs = sorted(stats_records.by_case(conn).values(), key=lambda r: r["age_band"])
        rows = stats.case_rows(conn)
    assert [r["age_band"] for r in recs] == ["0-11", "26-40", "41+", "unknown"]
    stages = [set(x["stages"]) for r in recs for x in r["referrals"]]
    assert sorted(map(sorted, stages)) == [["approved", "drafted", "submitted"]] * 2 + [["drafted", "submitted"]]
    assert stats_records.totals(recs) == dashboard.totals(rows)  # what the office will count equals the post's


def test_an_officer_may_not_and_the_command_line_agrees(post, made):
    with post.unlock("officer") as officer, pytest.raises(PermissionDenied):
        dashboard.figures(officer)
    done = run_cli("stats", "--user", "admin", "--json", data_dir=post.dir)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["totals"] == {"screenings": 1, "persons": 4, "referrals": 2}
    refused = run_cli("stats", "--user", "officer", "--json", data_dir=post.dir)
    assert refused.returncode == 1 and "stats.view" in refused.stderr
