"""Storing many cases at once (import, demo) writes exactly what storing them one at a time writes: the same rows,
the same name index, the same audit entries in the same order, on real SQLCipher stores."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import shutil

import pytest

from app.domain import picklists
from app.domain.interchange import dump_cases
from app.domain.model import CaseInput, ScreeningRecord, to_jsonable
from app.domain.synthetic import generate_cases
from app.services import cases as case_service
from app.storage import audit, cases, directory
from app.storage.cases import CaseFilter
from tests.conftest import Post

N_CASES = 240


def sample(session) -> list[CaseInput]:
    """Synthetic cases (consents, needs, referral drafts), some with one or two screenings (which set the class)."""
    generated = list(generate_cases(N_CASES, seed=11, directory=directory.all_organisations(session.db)))
    rng = random.Random(4)  # noqa: S311 — synthetic data
    out = []
    for i, case in enumerate(generated):
        screenings = tuple(
            ScreeningRecord("adult-labour", "1.0", {"q1": "yes", "when": dt.date(2026, 1, 1 + k).isoformat()},
                            {"grade": rng.choice(["strong", "weak"]), "n": k, "labels": ["a", "ب"]},
                            rng.choice(picklists.CLASSIFICATIONS), f"reason {k}")
            for k in range(i % 3))
        out.append(dataclasses.replace(case, screenings=screenings))
    assert any(c.screenings for c in out) and any(c.referrals for c in out) and any(c.consents for c in out)
    return out


def snapshot(conn) -> dict[str, object]:
    """Everything stored, with generated ids and stamps replaced by the case reference they belong to."""
    ref = dict(conn.execute("SELECT id, reference FROM cases").fetchall())
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, case_search, instance)")
    referral_ref = {rid: (ref[cid], n) for n, (rid, cid) in enumerate(
        conn.execute("SELECT id, case_id FROM referrals ORDER BY case_id, created_at").fetchall())}
    out: dict[str, object] = {
        "cases": sorted(conn.execute(
            "SELECT reference, status, classification, is_child, display_name, name_native, nationality,"
            " encounter_date, person, notes, created_by, updated_at >= created_at FROM cases").fetchall()),
        "counter": conn.execute("SELECT year, last FROM case_counters").fetchall(),
        # the name index's words per case: its rowids must be the cases' row numbers
        "names": sorted(conn.execute(
            "SELECT c.reference, w.term, w.offset FROM temp.words w JOIN cases c ON c.num = w.doc").fetchall()),
    }
    for table, columns in (("encounters", "date, place, circumstance, notes, officer_id"),
                           ("screenings", "instrument_id, instrument_version, answers, result, classification,"
                                          " reason, screened_by"),
                           ("consents", "purpose, recipient_id, method, data_categories, interpreter, witness,"
                                        " guardian, given_on, withdrawn_on, withdrawal_reason, recorded_by"),
                           ("needs", "code, note"),
                           ("referrals", "provider_id, services, urgency, reason, status, drafted_by")):
        rows = conn.execute(f"SELECT case_id, {columns} FROM {table}").fetchall()  # noqa: S608 — constant names
        out[table] = sorted((ref[r[0]], *r[1:]) for r in rows)
    out["referral_events"] = sorted((referral_ref[r[0]][0], *r[1:]) for r in conn.execute(
        "SELECT referral_id, status, by, note, source FROM referral_events").fetchall())
    out["audit"] = [(actor, action, ref.get(oid) or referral_ref[oid][0]) for actor, action, oid in conn.execute(
        "SELECT actor, action, object_id FROM audit_log WHERE action IN ('case.create', 'referral.draft')"
        " ORDER BY seq").fetchall()]
    return out


@pytest.fixture
def two_posts(post_template, tmp_path):
    posts = []
    for name in ("one", "many"):
        shutil.copytree(post_template, tmp_path / name)
        posts.append(Post(tmp_path / name).unlock("officer"))
    yield posts
    for session in posts:
        session.close()


def test_many_at_once_stores_what_one_at_a_time_stores(two_posts):
    one, many = two_posts
    batch = sample(one)
    with one.transaction() as conn:
        for case in batch:
            case_id, _ = case_service.store_case(one, conn, case, code="ISB")
            one.audit(conn, "case.create", case_id)
    with many.transaction() as conn:  # two calls, so the second continues the numbers and the chain of the first
        created = case_service.store_cases(many, conn, batch[:100], code="ISB")
        created += case_service.store_cases(many, conn, batch[100:], code="ISB")
    assert len(created) == N_CASES and len({c for c, _ in created}) == N_CASES
    expected, got = snapshot(one.db), snapshot(many.db)
    assert set(expected) == set(got)
    for key in expected:
        assert got[key] == expected[key], key
    assert len(got["cases"]) == N_CASES and got["counter"][0][1] == N_CASES  # type: ignore[index, arg-type]
    assert any(row[2] == picklists.CLASSIFICATION_SMUGGLED for row in got["cases"])  # type: ignore[union-attr]
    assert audit.verify(many.db).ok


def test_a_case_stored_in_a_batch_is_found_by_its_names_and_reads_back_whole(two_posts):
    _, session = two_posts
    batch = sample(session)[:50]
    with session.transaction() as conn:
        created = case_service.store_cases(session, conn, batch, code="ISB")
    for (case_id, reference), case in zip(created, batch, strict=True):
        for term in case.person.search_terms()[:2]:
            found = cases.list_cases(session.db, CaseFilter(search=term), limit=500)
            assert reference in {s.reference for s in found}
        stored = cases.get_case(session.db, case_id)
        assert stored is not None and stored["reference"] == reference
        assert stored["person"] == to_jsonable(case.person)
        assert [s["classification"] for s in stored["screenings"]] == [s.classification for s in case.screenings]
        assert stored["classification"] == (case.screenings[-1].classification if case.screenings
                                            else case.classification)
        assert len(stored["referrals"]) == len(case.referrals) and len(stored["consents"]) == len(case.consents)


def test_import_in_chunks_is_one_transaction_all_or_nothing(two_posts, monkeypatch):
    _, session = two_posts
    batch = sample(session)[:30]
    monkeypatch.setattr(case_service, "STORE_CHUNK", 7)  # several chunks inside the import's one transaction
    refs = case_service.import_cases(session, dump_cases(batch))
    assert refs == [f"ISB-{dt.date.today().year}-{n:06d}" for n in range(1, 31)]
    assert case_service.count_cases(session) == 30 and audit.verify(session.db).ok

    calls = {"n": 0}
    real = cases.CaseRows.write

    def fail_third(self, conn):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk gone")
        real(self, conn)

    monkeypatch.setattr(cases.CaseRows, "write", fail_third)
    size = audit.head(session.db)[0]
    with pytest.raises(RuntimeError):
        case_service.import_cases(session, dump_cases(batch))
    assert case_service.count_cases(session) == 30 and audit.head(session.db)[0] == size  # nothing half-applied


def test_stored_json_is_the_text_of_the_plain_conversion(two_posts):
    session = two_posts[0]
    for case in sample(session)[:80]:
        for value in (case.person, case.encounter, *case.screenings, *(c.data_categories for c in case.consents)):
            assert cases._dumps(value) == json.dumps(to_jsonable(value), ensure_ascii=False, sort_keys=True)
    with pytest.raises(TypeError):
        cases._dumps({"k": object()})
