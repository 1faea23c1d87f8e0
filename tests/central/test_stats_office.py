"""Office side of the statistical records: ingest (newest revision, owner, refusal), figures, CLI roles, exports."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from central.cli import main
from central.hub import stats
from central.hub.principal import ANALYST, COORDINATOR, PROVIDER, Principal
from protocol.stats import FORMAT
from tests.central.conftest import enrolled_device
from tests.support.refclient import UploadRefused

ROOT = Path(__file__).resolve().parents[2]
ANALYST_P = Principal("u-a", "ana", ANALYST)


def record(n: int, **changes):
    base = {"format": FORMAT, "id": f"{n:032x}", "revision": f"{n:032x}", "post": "ISB", "month": "2026-11",
            "sex": "female", "age_band": "18-25", "nationality": "AF", "classification": "presumed_victim_trafficking",
            "exploitation_types": ["forced_labour"], "screenings": 1, "status": "open", "services_needed": ["shelter"],
            "services_referred": [], "referrals": []}
    return {**base, **changes}


def test_the_newest_revision_is_kept_and_another_device_cannot_overwrite(service, client, device):
    client.upload(device.seal_stats([record(1), record(2)]), root=device.root)
    client.upload(device.seal_stats([record(1, sex="male", revision="ab" * 16)]), root=device.root)
    other = enrolled_device(service, client, post_code="TKM")
    client.upload(other.seal_stats([record(2, nationality="PK", post="TKM")]), root=other.root)
    found = {r["stats_id"]: r for r in stats.records(service.store)}
    assert found[f"{1:032x}"]["sex"] == "male"
    assert found[f"{2:032x}"]["nationality"] == "AF" and found[f"{2:032x}"]["post_code"] == "ISB"


@pytest.mark.parametrize("bad", [{"notes": "free text"}, {"sex": "Amina Bibi"}, {"month": "2026-11-03"},
                                 {"referrals": [{"provider": "org", "services": [], "stages": {"approved": "x"}}]}])
def test_a_record_with_free_text_or_a_day_refuses_the_whole_bundle(service, client, device, bad):
    with pytest.raises(UploadRefused) as caught:
        client.upload(device.seal_stats([record(1), record(2, **bad)]), root=device.root)
    assert caught.value.code == "payload_malformed"
    assert stats.records(service.store) == []


def test_office_figures_count_the_records_and_suppress_small_cells(service, client, device):
    sexes = ["male"] * 3 + ["unknown"] * 3 + ["female"] * 6
    recs = [record(i, sex=sex, nationality="PK" if i == 0 else "AF") for i, sex in enumerate(sexes)]
    client.upload(device.seal_stats(recs), root=device.root)
    found = stats.figures(service.store, ANALYST_P, k=5)
    assert found["totals"] == {"screenings": 12, "persons": 12, "referrals": 0}
    assert found["persons_by"]["sex"] == {"female": 6, "male": None, "unknown": None}  # 3 < 5
    assert found["persons_by"]["nationality"] == {"AF": None, "PK": None}  # 11 withheld with the 1
    assert stats.figures(service.store, ANALYST_P, k=1)["persons_by"]["nationality"] == {"AF": 11, "PK": 1}
    with pytest.raises(stats.Forbidden):
        stats.figures(service.store, Principal("u-p", "prov", PROVIDER, "org-1"))


def _cli(office_dir, *args):
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        code = main([*args, "--data-dir", str(office_dir)])
    return code, out.getvalue()


def _users(cli, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", "a long enough password 1")
    for name, role in (("coord", "coordinator"), ("ana", "analyst")):
        assert cli("user", "add", "--username", name, "--role", role)[0] == 0


def _documented_htcds_columns() -> list[str]:
    text = (ROOT / "docs" / "exports.md").read_text("utf-8")
    section = text.split("## HTCDS export", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([A-Za-z_]+)` \|", section, flags=re.M)


def test_exports_and_stats_from_the_command_line(service, client, device, office_dir, db_url, monkeypatch,
                                                 tmp_path):
    recs = [record(i, sex="female", age_band="18-25") for i in range(6)] + [record(9, nationality="BD")]
    client.upload(device.seal_stats(recs), root=device.root)
    extra = ("--db", db_url) if db_url else ()

    def cli(*args):
        return _cli(office_dir, *args, *extra)

    _users(cli, monkeypatch)
    out = tmp_path / "htcds.csv"
    assert cli("export", "htcds", "--as", "ana", "--out", str(out))[0] == 1  # analysts: no rows
    code, text = cli("export", "htcds", "--as", "coord", "--out", str(out), "--json")
    assert code == 0 and json.loads(text)["written"] == 7
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == _documented_htcds_columns()
    assert {r["prs_Gender"] for r in rows} == {"Female"}
    assert {r["vic_TraffickingStatus"] for r in rows} == {"PossibleVictimOfTrafficking"}
    assert sorted(r["prs_Nationality"] for r in rows) == ["AF"] * 6 + ["BD"]
    code, text = cli("export", "ctdc", "--as", "ana", "--k", "5", "--out", str(tmp_path / "c.csv"),
                      "--json")
    summary = json.loads(text)
    assert code == 0 and summary["written"] + summary["dropped"] == 7 and summary["written"] >= 5
    code, text = cli("stats", "--as", "ana", "--json", "--from", "2026-11", "--to", "2026-11")
    assert code == 0 and json.loads(text)["totals"]["persons"] == 7
    assert cli("stats", "--as", "nobody", "--json")[0] == 1
    assert cli("stats", "--as", "ana", "--from", "November")[0] == 1


def test_export_mappings_agree_with_the_standards_file():
    from central.hub import exports

    mapping = json.loads((ROOT / "resources" / "standards" / "screening-mappings.json").read_text("utf-8"))
    assert {e["code"]: (e["htcds"], e["ctdc"]) for e in mapping["exploitation_types"]} == exports.EXPLOITATION
    assert {c["code"]: c["htcds_trafficking_status"] for c in mapping["classifications"]
            if c["htcds_trafficking_status"]} == exports.TRAFFICKING_STATUS
    assert COORDINATOR  # the HTCDS export's only role


def test_organisation_times_and_decline_rate_come_from_the_hub_lifecycle(service, client, device):
    from datetime import timedelta

    from central.hub import referrals as referral_service
    from protocol.canonical import utcnow
    from tests.central.hub_support import SHELTER, publish_directory, referral_bundle

    publish_directory(service)
    coord, shelter = Principal("u-c", "coord", COORDINATOR), Principal("u-s", "shelter", PROVIDER, SHELTER)
    start = utcnow().replace(microsecond=0)
    for i in range(6):
        referral_id = f"ref-{i}"
        client.upload(referral_bundle(device, referral_id), root=device.root)
        t = start + timedelta(days=i)
        referral_service.act(service.store, coord, referral_id, "route", organisation_id=SHELTER, now=t)
        referral_service.act(service.store, shelter, referral_id, "acknowledge", now=t + timedelta(hours=i + 1))
        final = "decline" if i < 2 else "accept"
        referral_service.act(service.store, shelter, referral_id, final, note="no bed free" if i < 2 else None,
                             now=t + timedelta(hours=i + 1 + 10))
    org = stats.figures(service.store, ANALYST_P, k=5)["organisations"][SHELTER]
    assert org["referrals"] == 6
    assert org["hours_to_acknowledge"] == {"count": 6, "median": 3, "p90": 6}  # 1..6 hours, nearest rank
    assert org["hours_to_accept"] == {"count": None, "median": None, "p90": None}  # 4 accepted: fewer than k
    assert org["decline_rate_percent"] == 33  # 2 of 6 decided
    small = stats.figures(service.store, ANALYST_P, k=7)["organisations"][SHELTER]
    assert small["referrals"] is None and small["decline_rate_percent"] is None
