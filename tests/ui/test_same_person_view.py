"""Issue 13 at the post: the office's confirmation that a case is the same person as one at another post shows on
the case's Person tab, in English and Urdu (screenshots in docs/screenshots)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import vault
from app.storage import matching

from .conftest import PASSWORD, idle, sign_in

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.parametrize("language, expected, none", [
    ("en", "\u2066ISB-2026-000007\u2069, confirmed by the office on \u20662026-12-01\u2069", "None confirmed by the office"),
    ("ur", "\u200f\u2066ISB-2026-000007\u2069، دفتر نے \u20662026-12-01\u2069 کو تصدیق کی", "دفتر نے کسی کی تصدیق نہیں کی"),
])
def test_the_confirmed_link_shows_on_the_person_tab(qtbot, make_window, post_dir, known, language, expected, none):
    case_id = known["consented"]["case_id"]
    with vault.unlock(post_dir, "admin", PASSWORD) as admin, admin.transaction() as conn:
        matching.save_link(conn, case_id=case_id, other_post="ISB", other_reference="ISB-2026-000007",
                           status="confirmed", decided_at="2026-12-01T09:30:00Z", at="2026-12-01T10:00:00Z")
    window = make_window(post_dir, language=language)
    window.resize(1280, 800)
    sign_in(qtbot, window, "officer")
    workspace = window.workspace
    workspace.open_case(case_id)
    view = workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    idle(qtbot, window)
    assert view.person_fields["same_person"].text() == expected
    assert window.grab().save(str(SHOTS / f"{language}-case-same-person.png"))
    workspace.open_case(known["no_consent"]["case_id"])
    qtbot.waitUntil(lambda: view.case is not None and view.case["id"] != case_id)
    idle(qtbot, window)
    assert view.person_fields["same_person"].text() == none


def test_every_field_the_matcher_reports_has_a_label_in_both_languages():
    """The match step names each agreeing or differing field; a new matcher code must never show raw."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.domain.matching import PENALTIES, WEIGHTS
    from app.resources import resource_path
    from app.ui.screening.forms import FIELD_NAMES

    assert set(WEIGHTS) | set(PENALTIES) <= set(FIELD_NAMES)
    translator = QTranslator()
    assert translator.load(str(resource_path("translations") / "screening_ur.qm"))
    for code, english in FIELD_NAMES.items():
        urdu = translator.translate("MatchPage", english)
        assert urdu and urdu != english, code
    assert QCoreApplication.translate("MatchPage", FIELD_NAMES["name_partial"])  # English stays English
