"""The case list's pages are the same rows in the same order whichever plan finds them (walking the date index
for common prefixes, fetching and sorting for rare ones), on a generated SQLCipher store."""

from __future__ import annotations

import itertools
import random

import pytest

from app.domain.synthetic import generate_cases, generate_directory
from app.services import cases as case_service
from app.storage import cases, directory
from app.storage.cases import CaseFilter

N_CASES = 2500


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A post with N_CASES synthetic cases, unlocked as the admin (module-wide: building it takes a while)."""
    import shutil

    from tests.conftest import Post, _build_template

    folder = tmp_path_factory.mktemp("search") / "post"
    _build_template(folder)
    session = Post(folder).unlock("admin")
    with session.transaction() as conn:
        for org in generate_directory(random.Random(0)):  # noqa: S311 — synthetic data
            directory.upsert(conn, org)
    orgs = directory.all_organisations(session.db)
    source = generate_cases(N_CASES, seed=7, directory=orgs)
    while chunk := list(itertools.islice(source, 500)):
        with session.transaction() as conn:
            for case in chunk:
                case_service.store_case(session, conn, case, code="ISB")
    yield session
    session.close()
    shutil.rmtree(folder, ignore_errors=True)


def full_order(conn, query: str, *, descending: bool) -> list[str]:
    """Every match, sorted in Python by (encounter date, reference): the oracle."""
    rows = conn.execute("SELECT c.reference, c.encounter_date FROM cases c WHERE c.num IN"
                        " (SELECT rowid FROM case_search WHERE case_search MATCH ?)", (query,)).fetchall()
    return [ref for ref, _ in sorted(rows, key=lambda r: (r[1], r[0]), reverse=descending)]


def prefixes(conn) -> list[str]:
    """The three leading letters of every name word in the store, most common first."""
    words = [w[:3] for (name,) in conn.execute("SELECT display_name FROM cases") for w in name.split() if len(w) >= 3]
    return [p for p, _ in __import__("collections").Counter(words).most_common()]


def test_pages_equal_the_sorted_full_result(store):
    conn = store.db
    found = prefixes(conn)
    chosen = found[:6] + found[len(found) // 2: len(found) // 2 + 3] + found[-3:]
    walked = sorted_ = 0
    for prefix in chosen:
        flt = CaseFilter(search=prefix)
        walks = cases._walk_date_index(conn, flt)
        walked, sorted_ = walked + walks, sorted_ + (not walks)
        for descending in (True, False):
            expected = full_order(conn, cases.fts_query(prefix), descending=descending)
            assert expected, prefix
            for offset in (0, 200):
                page = cases.list_cases(conn, flt, descending=descending, limit=200, offset=offset)
                assert [c.reference for c in page] == expected[offset: offset + 200], (prefix, descending, offset)
            assert cases.count_cases(conn, flt) == len(expected)
    assert walked >= 2 and sorted_ >= 2  # both plans were compared against the oracle


def test_a_common_prefix_reads_its_page_in_index_order(store):
    """The walk never sorts: its plan scans the (date, reference) index with no temporary b-tree."""
    conn = store.db
    common = prefixes(conn)[0]
    flt = CaseFilter(search=common)
    assert cases._walk_date_index(conn, flt)
    where, params = cases._where(flt)
    plan = conn.execute(f"EXPLAIN QUERY PLAN {cases._COLUMNS} INDEXED BY {cases.DATE_INDEX}{where}"
                        " ORDER BY c.encounter_date DESC, c.reference DESC LIMIT 200", params).fetchall()
    text = " | ".join(row[-1] for row in plan)
    assert cases.DATE_INDEX in text and "TEMP B-TREE" not in text


def test_other_sorts_and_filters_still_agree(store):
    conn = store.db
    common = prefixes(conn)[0]
    for flt in (CaseFilter(search=common, status="open"), CaseFilter(search=common, child=True), CaseFilter()):
        everything = cases.list_cases(conn, flt, limit=N_CASES + 10)
        assert cases.list_cases(conn, flt, limit=50, offset=20) == everything[20:70]
    by_name = cases.list_cases(conn, CaseFilter(search=common), sort="name", descending=False, limit=N_CASES)
    assert [c.display_name for c in by_name] == sorted(c.display_name for c in by_name)
