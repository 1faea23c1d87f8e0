"""Office figures equal a direct count over the posts' demo data (`nrm-central demo`: two real posts, USB sync)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from app.services import vault
from tests.e2e.postkit import central

PASSWORD = "demo-post-pass-5521"


def _direct_count(folder: Path) -> tuple[dict[str, int], Counter]:
    """Straight SQL over the post's own store: no code of the statistics involved."""
    with vault.unlock(folder, "admin", PASSWORD, sleep=lambda _s: None) as s:
        q = lambda sql: s.db.execute(sql).fetchall()  # noqa: E731
        persons = q("SELECT count(*) FROM cases")[0][0]
        screenings = q("SELECT count(*) FROM screenings")[0][0] + q(
            "SELECT count(*) FROM cases c WHERE c.classification IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.case_id = c.id)")[0][0]
        referrals = q("SELECT count(DISTINCT referral_id) FROM referral_events WHERE status = 'approved'")[0][0]
        nationalities = Counter({n or "unknown": c for n, c in q("SELECT nationality, count(*) FROM cases GROUP BY 1")})
    return {"screenings": screenings, "persons": persons, "referrals": referrals}, nationalities


def test_office_figures_equal_a_direct_count_over_the_demo_posts(tmp_path, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", PASSWORD)
    monkeypatch.setenv("NRM_CENTRAL_PASSPHRASE", "demo-office-pass-5521")
    office = tmp_path / "office"
    rc, out = central("demo", "--data-dir", str(office), "--json")
    assert rc == 0, out
    summary = json.loads(out)
    rc, out = central("stats", "--data-dir", str(office), "--as", "coordinator", "--k", "1", "--json")
    assert rc == 0, out
    figures = json.loads(out)
    totals, nationalities = Counter(), Counter()
    for code, folder in zip(summary["posts"], summary["post_folders"], strict=True):
        post_totals, post_nationalities = _direct_count(Path(folder))
        assert post_totals["persons"] > 0 and figures["persons_by"]["post"][code] == post_totals["persons"]
        totals.update(post_totals)
        nationalities.update(post_nationalities)
    assert figures["totals"] == dict(totals)
    assert {k: v for k, v in figures["persons_by"]["nationality"].items() if v} == dict(nationalities)
