"""A saved post of the schema before 008 (tests/vectors/stores/post-v5.db) upgrades in place and keeps its data."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.services import attachments, closure, followup, vault
from app.storage import audit, db
from tests.conftest import PASSWORD

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "stores"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_a_saved_v5_post_upgrades_in_place_and_the_case_life_works_on_it(tmp_path):
    folder = tmp_path / "post"
    folder.mkdir()
    shutil.copy(SAVED / "post-v5.db", folder / "post.db")
    shutil.copy(SAVED / "post-v5.keystore.json", folder / "keystore.json")
    with vault.unlock(folder, "officer", PASSWORD, sleep=lambda _s: None) as officer:
        assert db.schema_version(officer.db) == db.migrations()[-1][0]
        assert officer.db.execute("SELECT reference, status FROM cases").fetchall() == [("OLD-2026-000001", "open")]
        assert audit.verify(officer.db).ok
        scan = tmp_path / "consent.png"
        scan.write_bytes(PNG)
        (attachment_id,) = attachments.add_files(officer, "OLD-2026-000001", [scan], kind="consent_form")
        assert followup.set_case_follow_up(officer, "OLD-2026-000001", "2026-12-01") == "2026-12-01"
        closure.request_closure(officer, "OLD-2026-000001", outcome="lost_contact")
    with vault.unlock(folder, "supervisor", PASSWORD, sleep=lambda _s: None) as sup:
        closure.approve_closure(sup, "OLD-2026-000001")
        assert sup.db.execute("SELECT status, follow_up_on FROM cases").fetchone() == ("closed", None)
        assert [a["id"] for a in attachments.list_attachments(sup, "OLD-2026-000001")] == [attachment_id]
    # the untouched schema-5 store was copied aside, still encrypted
    backup = folder / "post.db.before-v6"
    assert backup.exists() and not backup.read_bytes().startswith(b"SQLite format 3")
