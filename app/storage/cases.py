"""Cases and what hangs off them: person, encounters, screenings, consents, needs, notes; the name index."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.domain.matching import search_units
from app.domain.model import CaseInput, CaseSummary, jsonable_default
from app.storage import referrals
from app.storage.db import translate_errors
from app.storage.ids import new_id, now

# One encoder, not one per value; it gives the text json.dumps(to_jsonable(value), ...) gives.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=jsonable_default)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


# One statement per table, in an order the foreign keys accept (a case before what hangs off it).
_INSERTS = {
    "cases": "INSERT INTO cases (num, id, reference, status, classification, is_child, display_name, name_native,"
             " nationality, encounter_date, person, notes, created_by, created_at, updated_at)"
             " VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "case_search": "INSERT INTO case_search (rowid, terms) VALUES (?, ?)",
    "encounters": "INSERT INTO encounters (id, case_id, date, place, circumstance, notes, officer_id, created_at,"
                  " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "screenings": "INSERT INTO screenings (id, case_id, instrument_id, instrument_version, answers, result,"
                  " classification, reason, screened_by, created_at, updated_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "consents": "INSERT INTO consents (id, case_id, purpose, recipient_id, method, data_categories, interpreter,"
                " witness, guardian, given_on, withdrawn_on, withdrawal_reason, recorded_by, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "needs": "INSERT INTO needs (id, case_id, code, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
    "referrals": referrals.INSERT_REFERRAL,
    "referral_events": referrals.INSERT_EVENT,
}


class CaseRows:
    """The rows of new cases, written with one multi-row statement per table (an import stores thousands).

    A case's row number (the name index's rowid) is given here, counting on from the store's highest, which is
    the number SQLite itself would give; so the store must not change between `after_last` and `write` (both
    inside one transaction). Rows are the same as inserting the cases one at a time."""

    def __init__(self, first_num: int) -> None:
        self._next_num = first_num
        self._rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _INSERTS}

    @classmethod
    def after_last(cls, conn: sqlcipher3.Connection) -> CaseRows:
        return cls(int(conn.execute("SELECT coalesce(max(num), 0) + 1 FROM cases").fetchone()[0]))

    def add(self, case: CaseInput, *, reference: str, is_child: bool, by: str,
            with_referrals: bool = True) -> tuple[str, list[str]]:
        """Queue one case with its encounter, screenings, consents, needs (and referral drafts): (id, referral ids).

        The case's classification is that of its last screening, as recording each screening in turn sets it."""
        case_id, stamp, person, rows = new_id(), now(), case.person, self._rows
        num, self._next_num = self._next_num, self._next_num + 1
        screenings = [_screening_row(case_id, s, by=by) for s in case.screenings]
        classification = case.screenings[-1].classification if case.screenings else case.classification
        updated = screenings[-1][-1] if screenings else stamp
        rows["cases"].append(
            (num, case_id, reference, classification, int(is_child), person.display_name(), person.name_native,
             person.nationality, case.encounter.date.isoformat(), _dumps(person), case.notes, by, stamp, updated))
        rows["case_search"].append((num, " ".join(person.search_terms())))
        rows["encounters"].append(_encounter_row(new_id(), case_id, case.encounter, by=by, stamp=stamp))
        rows["screenings"] += screenings
        rows["consents"] += [_consent_row(case_id, consent, by=by) for consent in case.consents]
        rows["needs"] += [_need_row(case_id, need) for need in case.needs]
        referral_ids = []
        for draft in case.referrals if with_referrals else ():
            referral, event = referrals.draft_rows(case_id, draft, by=by)
            rows["referrals"].append(referral)
            rows["referral_events"].append(event)
            referral_ids.append(referral[0])
        return case_id, referral_ids

    def write(self, conn: sqlcipher3.Connection) -> None:
        for table, sql in _INSERTS.items():
            if self._rows[table]:
                conn.executemany(sql, self._rows[table])
                self._rows[table].clear()


def insert_case(
    conn: sqlcipher3.Connection, case: CaseInput, *, reference: str, is_child: bool, by: str
) -> str:
    """Store a new case with its encounter and any screenings, consents, needs (not referrals)."""
    rows = CaseRows.after_last(conn)
    case_id, _ = rows.add(case, reference=reference, is_child=is_child, by=by, with_referrals=False)
    rows.write(conn)
    return case_id


def _encounter_row(eid: str, case_id: str, enc: Any, *, by: str, stamp: str) -> tuple[Any, ...]:
    return (eid, case_id, enc.date.isoformat(), enc.place, enc.circumstance, enc.notes, by, stamp, stamp)


def _screening_row(case_id: str, screening: Any, *, by: str) -> tuple[Any, ...]:
    stamp = now()
    return (new_id(), case_id, screening.instrument_id, screening.instrument_version, _dumps(screening.answers),
            _dumps(screening.result), screening.classification, screening.reason, by, stamp, stamp)


def _consent_row(case_id: str, consent: Any, *, by: str) -> tuple[Any, ...]:
    stamp = now()
    return (new_id(), case_id, consent.purpose, consent.recipient_id, consent.method,
            _dumps(consent.data_categories), consent.interpreter, consent.witness, consent.guardian,
            consent.given_on.isoformat(), consent.withdrawn_on.isoformat() if consent.withdrawn_on else None,
            consent.withdrawal_reason, by, stamp, stamp)


def _need_row(case_id: str, need: Any) -> tuple[Any, ...]:
    stamp = now()
    return (new_id(), case_id, need.code, need.note, stamp, stamp)


def insert_screening(conn: sqlcipher3.Connection, case_id: str, screening: Any, *, by: str) -> str:
    row = _screening_row(case_id, screening, by=by)
    conn.execute(_INSERTS["screenings"], row)
    conn.execute("UPDATE cases SET classification = ?, updated_at = ? WHERE id = ?",
                 (screening.classification, row[-1], case_id))
    return str(row[0])


def insert_consent(conn: sqlcipher3.Connection, case_id: str, consent: Any, *, by: str) -> str:
    row = _consent_row(case_id, consent, by=by)
    conn.execute(_INSERTS["consents"], row)
    return str(row[0])


def withdraw_consent(conn: sqlcipher3.Connection, consent_id: str, *, on: str, reason: str) -> None:
    conn.execute("UPDATE consents SET withdrawn_on = ?, withdrawal_reason = ?, updated_at = ? WHERE id = ?",
                 (on, reason, now(), consent_id))


def add_note(conn: sqlcipher3.Connection, case_id: str, text: str, *, by: str) -> str:
    nid, stamp = new_id(), now()
    conn.execute("INSERT INTO notes (id, case_id, text, written_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                 (nid, case_id, text, by, stamp, stamp))
    return nid


@dataclass(frozen=True)
class CaseFilter:
    search: str = ""
    status: str | None = None
    classification: str | None = None
    child: bool | None = None
    date_from: str | None = None
    date_to: str | None = None


_COLUMNS = ("SELECT c.id, c.reference, c.display_name, c.name_native, c.status, c.classification, c.is_child,"
            " c.encounter_date, c.nationality FROM cases c")
SORTS = {"reference": "c.reference", "date": "c.encounter_date", "name": "c.display_name", "status": "c.status"}
# The index in the list's default order (migration 005), and when to walk it: a search whose matches are at least
# this share of all cases finds a page within about page/share index entries (20,000 for 200 rows at 1 %),
# cheaper than fetching and sorting every match; rarer ones are fetched and sorted (at most 1 % of the cases).
DATE_INDEX = "cases_by_date_ref"
WALK_SHARE = 0.01


def fts_query(text: str) -> str:
    """Each word becomes a quoted prefix term, so user input never reaches FTS syntax."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words)


def other_spellings_query(text: str) -> str:
    """The search again with each word's other spellings and its other script (issue 13), or "" when no word has
    any: every typed word must still match, as itself (a prefix) or as one of its known forms."""
    groups, widened = [], False
    for typed, forms in search_units(text):
        widened = widened or bool(forms)
        terms = [f"({fts_query(' '.join(typed)).replace(' ', ' AND ')})", *(_phrase(f) for f in forms)]
        groups.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(groups) if widened else ""


def _phrase(form: str) -> str:
    return '"' + form.replace('"', '""') + '"'


_IN_INDEX = "c.num IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"


def _where(flt: CaseFilter, *, mode: str = "exact") -> tuple[str, list[Any]]:
    """The filter as SQL. A search matches `exact`ly (the typed words), `others` (only through other spellings) or
    `all` (either: the widened query contains each typed word too)."""
    clauses: list[str] = []
    params: list[Any] = []
    query = fts_query(flt.search)
    widened = other_spellings_query(flt.search) if query and mode != "exact" else ""
    if query and mode == "others":
        clauses += [f"NOT {_IN_INDEX}", _IN_INDEX]
        params += [query, widened]
    elif query:
        clauses.append(_IN_INDEX)
        params.append(widened or query)
    for column, value in (("c.status", flt.status), ("c.classification", flt.classification)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if flt.child is not None:
        clauses.append("c.is_child = ?")
        params.append(int(flt.child))
    if flt.date_from:
        clauses.append("c.encounter_date >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("c.encounter_date <= ?")
        params.append(flt.date_to)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_cases(
    conn: sqlcipher3.Connection, flt: CaseFilter, *, sort: str = "date", descending: bool = True,
    limit: int = 200, offset: int = 0,
) -> list[CaseSummary]:
    """One page of cases in the chosen order (ties by reference), the same rows whichever plan finds them.

    A search lists the cases it matches exactly first, then those found only through another spelling or the
    other script (`other_spellings_query`); the second query runs only when the first leaves the page short."""
    direction = "DESC" if descending else "ASC"
    order = f"{SORTS[sort]} {direction}, c.reference {direction}"
    with translate_errors():
        where, params = _where(flt)
        hint = f" INDEXED BY {DATE_INDEX}" if sort == "date" and _walk_date_index(conn, flt) else ""
        sql = f"{_COLUMNS}{hint}{where} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = conn.execute(sql, [*params, limit, offset]).fetchall()
        if len(rows) < limit and other_spellings_query(flt.search):
            exact = offset + len(rows) if rows or not offset else _count(conn, flt)
            where, params = _where(flt, mode="others")
            sql = f"{_COLUMNS}{where} ORDER BY {order} LIMIT ? OFFSET ?"
            rows += conn.execute(sql, [*params, limit - len(rows), max(0, offset - exact)]).fetchall()
    return [CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8]) for r in rows]


def _walk_date_index(conn: sqlcipher3.Connection, flt: CaseFilter) -> bool:
    """Whether a search matches so many cases that walking the date index finds a page sooner than sorting.

    Only a search alone (or with dates, which the index itself bounds): a status or classification filter on top
    may be rare, and the walk would then read most of the index to fill a page."""
    query = fts_query(flt.search)
    if not query or flt.status or flt.classification or flt.child is not None:
        return False
    total = conn.execute("SELECT max(num) FROM cases").fetchone()[0] or 0
    enough = max(1, math.ceil(WALK_SHARE * total))
    # Count only up to `enough`: the FTS index stops there instead of reading every match of a common prefix.
    matches = conn.execute("SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?)",
                           (query, enough)).fetchone()[0]
    return bool(total) and matches >= enough


def count_cases(conn: sqlcipher3.Connection, flt: CaseFilter) -> int:
    """How many cases the list shows: exact matches and those found through another spelling (one query)."""
    with translate_errors():
        return _count(conn, flt, mode="all")


def _count(conn: sqlcipher3.Connection, flt: CaseFilter, *, mode: str = "exact") -> int:
    where, params = _where(flt, mode=mode)
    return int(conn.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])  # noqa: S608


def find_id(conn: sqlcipher3.Connection, ref_or_id: str) -> str | None:
    row = conn.execute("SELECT id FROM cases WHERE reference = ? OR id = ?", (ref_or_id, ref_or_id)).fetchone()
    return row[0] if row else None


def _dicts(conn: sqlcipher3.Connection, sql: str, params: Any) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


_JSON_COLUMNS = ("person", "answers", "result", "services", "data_categories", "identity", "investigation")


def _decode(record: dict[str, Any]) -> dict[str, Any]:
    return {k: json.loads(v) if k in _JSON_COLUMNS and isinstance(v, str) else v for k, v in record.items()}


def get_case(conn: sqlcipher3.Connection, case_id: str) -> dict[str, Any] | None:
    """The whole case file as plain data, or None."""
    with translate_errors():
        found = _dicts(conn, "SELECT * FROM cases WHERE id = ?", (case_id,))
        if not found:
            return None
        case = _decode(found[0])
        for key, table, order in (("encounters", "encounters", "date"), ("screenings", "screenings", "created_at"),
                                  ("consents", "consents", "created_at"), ("needs", "needs", "created_at"),
                                  ("notes", "notes", "created_at"), ("referrals", "referrals", "created_at")):
            sql = f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order}"  # noqa: S608 — constant names
            case[key] = [_decode(r) for r in _dicts(conn, sql, (case_id,))]
    return case


def case_notes(conn: sqlcipher3.Connection, case_id: str) -> str:
    """The case's own notes text (get_case's "notes" key holds the notes table's rows)."""
    row = conn.execute("SELECT notes FROM cases WHERE id = ?", (case_id,)).fetchone()
    return str(row[0]) if row else ""


def set_status(conn: sqlcipher3.Connection, case_id: str, status: str) -> None:
    conn.execute("UPDATE cases SET status = ?, updated_at = ? WHERE id = ?", (status, now(), case_id))


def insert_encounter(conn: sqlcipher3.Connection, case_id: str, encounter: Any, *, by: str) -> str:
    """A further encounter with the person of an existing case (a linked interview)."""
    eid = new_id()
    conn.execute(_INSERTS["encounters"], _encounter_row(eid, case_id, encounter, by=by, stamp=now()))
    return eid


def insert_need(conn: sqlcipher3.Connection, case_id: str, need: Any) -> str:
    row = _need_row(case_id, need)
    conn.execute(_INSERTS["needs"], row)
    return str(row[0])
