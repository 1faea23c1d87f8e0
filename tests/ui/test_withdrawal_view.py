"""Issue 16 at the post: the case's Consent tab shows where a withdrawal has reached — the office, the
organisations told, each one's confirmation — in English and Urdu (screenshots in docs/screenshots)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import cases, vault
from app.storage import withdrawal_sync

from .conftest import PASSWORD, idle, sign_in

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _texts(tree) -> list[str]:
    out = []

    def walk(item) -> None:
        out.extend(item.text(c) for c in range(tree.columnCount()) if item.text(c))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return out


@pytest.mark.parametrize("language, reached, confirmed, unlisted", [
    ("en", "Organisations told to stop and delete", "Confirmed stopped and deleted",
     "An organisation the office routed it to"),
    ("ur", "اداروں کو کارروائی روکنے اور معلومات حذف کرنے کی اطلاع دے دی گئی", "کو کارروائی روکنے اور حذف کرنے کی تصدیق ہوئی",
     "وہ ادارہ جسے دفتر نے ریفرل بھیجا"),
])
def test_the_withdrawal_state_shows_on_the_consent_tab(qtbot, make_window, post_dir, known, language, reached,
                                                       confirmed, unlisted):
    case_id = known["consented"]["case_id"]
    with vault.unlock(post_dir, "admin", PASSWORD) as admin:
        org = next(o for o in cases.directory_list(admin)).id
    with vault.unlock(post_dir, "officer", PASSWORD) as officer:
        consent = cases.show_case(officer, case_id)["consents"][0]
        cases.withdraw_consent(officer, case_id, consent["id"], reason="asked in person")  # not enrolled: nothing sealed
        with officer.transaction() as conn:
            withdrawal_sync.add(conn, withdrawal_id="w-ui-1", consent_id=consent["id"], case_id=case_id,
                                referral_ids=["r-ui-1"], source="post", sealed_seq=None, state="received")
            withdrawal_sync.report(conn, "w-ui-1", state="notified", received_at="2026-12-01T09:30:00Z", providers=[
                {"organisation_id": org, "notified_at": "2026-12-01T09:30:00Z", "confirmed_at": "2026-12-02T11:00:00Z"},
                {"organisation_id": "org-other", "notified_at": "2026-12-01T09:30:00Z", "confirmed_at": None}])
    window = make_window(post_dir, language=language)
    window.resize(1280, 800)
    sign_in(qtbot, window, "officer")
    workspace = window.workspace
    workspace.open_case(case_id)
    view = workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentIndex(next(i for i in range(view.tabs.count()) if view.tabs.widget(i).isAncestorOf(view.consents)))
    idle(qtbot, window)
    texts = _texts(view.consents)
    assert reached in texts
    assert any(confirmed in t for t in texts)
    assert unlisted in texts and "org-other" not in texts  # an organisation not in the directory: never its bare id
    assert window.grab().save(str(SHOTS / f"{language}-case-withdrawal.png"))
