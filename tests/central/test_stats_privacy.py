"""k-suppression of the office tables and k-anonymity of the CTDC export, on random data (hypothesis)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from central.hub import anonymity, exports
from central.hub.stats import compute, suppress
from protocol.stats import AGE_BANDS

counts = st.dictionaries(st.text("abcdefgh", min_size=1, max_size=3), st.integers(0, 40), max_size=12)


@settings(max_examples=300, deadline=None)
@given(counts, st.integers(2, 10))
def test_no_small_cell_is_shown_nor_can_be_worked_out(table, k):
    shown = suppress(table, k)
    assert set(shown) == set(table)
    for key, value in shown.items():
        assert value is None or value == table[key]  # shown cells are true
        assert value is None or value == 0 or value >= k  # never a small cell
        if 0 < table[key] < k:
            assert value is None
    hidden = [key for key, value in shown.items() if value is None]
    nonzero = [key for key, n in table.items() if n > 0]
    if hidden and len(nonzero) > 1:
        assert len(hidden) >= 2  # one withheld cell alone could be worked out by subtraction


record = st.fixed_dictionaries({
    "sex": st.sampled_from(["female", "male", "transgender_nonconforming", "unknown"]),
    "age_band": st.sampled_from(AGE_BANDS),
    "nationality": st.sampled_from(["AF", "PK", "BD", "IR", None]),
    "month": st.sampled_from(["2024-03", "2025-11", "2026-01", "2026-11"]),
    "post_code": st.sampled_from(["TKM", "ISB", "KHI"]),
    "classification": st.sampled_from(["presumed_victim_trafficking", "vulnerable_migrant", None]),
    "exploitation_types": st.lists(st.sampled_from(sorted(exports.EXPLOITATION)), max_size=2, unique=True),
})


@settings(max_examples=150, deadline=None)
@given(st.lists(record, max_size=80), st.integers(2, 8))
def test_ctdc_rows_are_k_anonymous_and_every_row_is_accounted_for(records, k):
    rows, summary = exports.ctdc_rows(records, k=k)
    victims = [r for r in records if r["classification"] == "presumed_victim_trafficking"]
    assert summary["source_rows"] == len(victims)
    assert summary["written"] + summary["dropped"] == len(victims) == len(rows) + summary["dropped"]
    quasi = Counter((r["gender"], r["ageBroad"], r["citizenship"], r["yearOfRegistration"],
                     r["CountryOfExploitation"], r["Datasource"]) for r in rows)
    assert all(n >= k for n in quasi.values())
    assert summary["generalised"] <= summary["written"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.fixed_dictionaries({q: st.sampled_from(["a", "b", "c", "2026", "12-17"])
                                       for q in anonymity.QUASI}), max_size=60), st.integers(1, 6))
def test_anonymise_keeps_rows_unchanged_where_it_can(rows, k):
    outcome = anonymity.anonymise(rows, k)
    if all(n >= k for n in Counter(tuple(r[q] for q in anonymity.QUASI) for r in rows).values()):
        assert outcome.rows == rows and outcome.generalised == 0 and outcome.dropped == 0
    assert len(outcome.rows) + outcome.dropped == len(rows)


@settings(max_examples=100, deadline=None)
@given(st.lists(record, max_size=60), st.integers(2, 8))
def test_office_tables_are_suppressed_and_totals_are_whole(records, k):
    recs = [{**r, "screenings": 1, "referrals": [], "stats_id": str(i)} for i, r in enumerate(records)]
    found = compute(recs, organisations={}, k=k)
    assert found["totals"]["persons"] == len(recs)
    for table in found["persons_by"].values():
        assert all(v is None or v == 0 or v >= k for v in table.values())
        assert sum(v or 0 for v in table.values()) <= len(recs)
