"""HTCDS 2.0 and CTDC exports of the statistical records (CSV); the field mapping is documented in docs/exports.md.

The mapping values repeat resources/standards/screening-mappings.json (central reads nothing of the desktop
app; tests/central/test_exports.py checks that the two agree).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from central.hub import anonymity, audit, stats
from central.hub.errors import Forbidden, Refused
from central.hub.principal import COORDINATOR, Principal
from central.store import Store

GENDER = {"female": "Female", "male": "Male", "transgender_nonconforming": "Transgender/NonConforming",
          "unknown": "Unknown"}
TRAFFICKING_STATUS = {"presumed_victim_trafficking": "PossibleVictimOfTrafficking"}  # others: left unset
EXPLOITATION = {  # code -> (HTCDS vic_TypeOfExploitation value, CTDC is… flag)
    "forced_labour": ("ForcedLabour", "isForcedLabour"),
    "sexual_exploitation": ("SexualExploitation", "isSexualExploit"),
    "child_labour": ("ChildLabour", "isForcedLabour"),
    "forced_marriage": ("ForcedMarriage", "isForcedMarriage"),
    "servitude": ("Servitude", "isSlaveryAndPractices"),
    "forced_begging": ("ForcedBegging", "isForcedLabour"),
    "forced_criminality": ("Other", "isOtherExploit"),
    "organ_removal": ("OrganRemoval", "isOrganRemoval"),
    "forced_adoption": ("ForcedAdoption", "isOtherExploit"),
    "forced_military": ("ForcedMilitaryByNonStateActors", "isForcedMilitary"),
    "other": ("Other", "isOtherExploit"),
}
CASE_STATUS = {"open": "Active", "referred": "FollowUp", "closed": "Closed"}

# HTCDS 2.0 field names where the standard has one; nrm_ columns are this system's own (docs/exports.md).
HTCDS_COLUMNS = ("nrm_RecordId", "nrm_Post", "nrm_MonthOfEncounter", "prs_Gender", "nrm_AgeBand",
                 "prs_Nationality", "vic_TraffickingStatus", "vic_TypeOfExploitation", "cas_Status",
                 "cas_ReferredOrganisation", "nrm_Screenings", "nrm_ServicesNeeded", "nrm_ServicesReferred")
CTDC_FLAGS = tuple(sorted({flag for _, flag in EXPLOITATION.values()}))
CTDC_COLUMNS = ("yearOfRegistration", "Datasource", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
                *CTDC_FLAGS, "typeOfExploitConcatenated")
UNKNOWN = "unknown"


def htcds_rows(records: list[dict[str, Any]]) -> list[dict[str, str]]:
    """One HTCDS row per statistical record: every field the record can fill (it names nobody)."""
    return [{
        "nrm_RecordId": r["stats_id"], "nrm_Post": r["post_code"], "nrm_MonthOfEncounter": r["month"],
        "prs_Gender": GENDER.get(r["sex"] or "unknown", "Unknown"), "nrm_AgeBand": r["age_band"],
        "prs_Nationality": r["nationality"] or "",
        "vic_TraffickingStatus": TRAFFICKING_STATUS.get(r["classification"] or "", ""),
        "vic_TypeOfExploitation": ";".join(sorted({EXPLOITATION[t][0] for t in r["exploitation_types"]
                                                   if t in EXPLOITATION})),
        "cas_Status": CASE_STATUS.get(r["status"] or "", ""),
        "cas_ReferredOrganisation": ";".join(sorted({x["provider"] for x in r["referrals"]
                                                     if x["provider"] and "approved" in x["stages"]})),
        "nrm_Screenings": str(r["screenings"]), "nrm_ServicesNeeded": ";".join(r["services_needed"]),
        "nrm_ServicesReferred": ";".join(r["services_referred"]),
    } for r in records]


def ctdc_source(records: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Presumed victims only (CTDC is a victims' dataset), with the quasi-identifiers before anonymisation."""
    out = []
    for r in records:
        if r["classification"] != "presumed_victim_trafficking":
            continue
        flags = {EXPLOITATION[t][1] for t in r["exploitation_types"] if t in EXPLOITATION}
        out.append({"sex": r["sex"] or UNKNOWN, "age_band": r["age_band"], "citizenship": r["nationality"] or UNKNOWN,
                    "year": r["month"][:4], "country_of_exploitation": UNKNOWN, "post": r["post_code"],
                    "flags": sorted(flags),
                    "types": sorted(EXPLOITATION[t][0] for t in r["exploitation_types"] if t in EXPLOITATION)})
    return out


def ctdc_rows(records: list[dict[str, Any]], *, k: int) -> tuple[list[dict[str, str]], dict[str, Any]]:
    """CTDC rows, k-anonymous over sex, age band, citizenship, year, country of exploitation and post; a summary."""
    source = ctdc_source(records)
    outcome = anonymity.anonymise(source, k)
    rows = [{
        "yearOfRegistration": r["year"], "Datasource": r["post"],
        "gender": GENDER.get(r["sex"], r["sex"]), "ageBroad": r["age_band"], "citizenship": r["citizenship"],
        "CountryOfExploitation": r["country_of_exploitation"],
        **{flag: "1" if flag in r["flags"] else "0" for flag in CTDC_FLAGS},
        "typeOfExploitConcatenated": ";".join(r["types"]),
    } for r in outcome.rows]
    summary = {"k": k, "source_rows": len(source), "written": len(rows), "generalised": outcome.generalised,
               "dropped": outcome.dropped, "levels": outcome.levels}
    return rows, summary


def to_csv(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    """CSV text with a header row; values are codes, never free text (formula-like starts are quoted away)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _safe(v) for k, v in row.items()})
    return out.getvalue()


def _safe(value: str) -> str:
    """A spreadsheet must not read a value as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


# --- the services: role checks and the office audit log ------------------------------------------------------
def htcds(store: Store, principal: Principal, *, start: str | None = None, end: str | None = None) -> tuple[str, int]:
    """HTCDS CSV of the records in the period (coordinator: row-level, though non-identifying); audited."""
    if principal.role != COORDINATOR:
        raise Forbidden(f"a {principal.role} may not export row-level HTCDS data")
    rows = htcds_rows(stats.records(store, start=stats.check_month(start, name="--from"),
                                    end=stats.check_month(end, name="--to")))
    audit.record(store, actor=principal, action="stats.export_htcds", object_id=None,
                 detail={"rows": len(rows), "from": start, "to": end})
    return to_csv(HTCDS_COLUMNS, rows), len(rows)


def ctdc(store: Store, principal: Principal, *, k: int, start: str | None = None,
         end: str | None = None) -> tuple[str, dict[str, Any]]:
    """CTDC CSV, k-anonymous (coordinator, analyst), and its summary; audited."""
    stats.may_view(principal)
    if not isinstance(k, int) or not 2 <= k <= 100:
        raise Refused("k must be a whole number from 2 to 100", code="bad_k", status=422)
    rows, summary = ctdc_rows(stats.records(store, start=stats.check_month(start, name="--from"),
                                            end=stats.check_month(end, name="--to")), k=k)
    audit.record(store, actor=principal, action="stats.export_ctdc", object_id=None,
                 detail={"k": k, "rows": summary["written"], "dropped": summary["dropped"]})
    return to_csv(CTDC_COLUMNS, rows), summary
