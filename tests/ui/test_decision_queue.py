"""The supervisor's decision-review queue and the decision's marks in the case view, driven through the widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services import decisions, vault
from app.services import screening_flow as sf
from app.services.screening_flow import sample
from app.ui.widgets import select_row

from .conftest import PASSWORD, idle, open_dialog, sign_in

TODAY = dt.date(2026, 11, 28)
ADULT = {**sample.PERSON, "given_name": "Rashid", "family_name": "Khan", "sex": "male", "estimated_age": 34}


def screen_out(post_dir, username: str, code: str = "no_protection_concern") -> str:
    """An adult decided `code` without a referral (one pending review); the case id."""
    with vault.unlock(post_dir, username, PASSWORD) as session:
        flow = sf.start(session, today=TODAY)
        override = {"person": ADULT, "prescreen": {"answers": {"P01": False, "P02": True}},
                    "classification": {"code": code, "reason": "Travelling for seasonal work; no concern found."},
                    "consent": {"declined": True}, "needs": {"needs": []}, "referrals": {"referrals": []}}
        page = sf.page_of(flow)
        while page.step.kind != "review":
            page = sf.advance(session, flow, override.get(page.step.kind) or sample.answer_for(page))
        return sf.finish(session, flow)[0]


def row_of(page, case_id: str) -> int:
    return next(i for i, r in enumerate(page.model.records) if r["case_id"] == case_id)


def test_a_supervisor_returns_and_confirms_decisions_in_the_queue(qtbot, make_window, post_dir):
    first = screen_out(post_dir, "officer")
    second = screen_out(post_dir, "officer", "vulnerable_migrant")
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    workspace = window.workspace
    workspace.show_tab("decisions")
    page = workspace.decisions
    qtbot.waitUntil(lambda: {first, second} <= {r["case_id"] for r in page.model.records})
    assert page.mode.currentData() == "queue"
    select_row(page.table, row_of(page, first))
    idle(qtbot, window)
    details = page.details.toPlainText()
    assert "The officer’s reason" in details and "Travelling for seasonal work" in details
    assert "The engine’s reasons" in details
    review = page.selected()
    assert ("OVERRIDE" in details) is review["override"]
    assert page.approve.isEnabled() and page.return_.isEnabled()
    page.return_.click()
    dialog = open_dialog(qtbot, page)
    assert not dialog.ok.isEnabled()  # a return needs a note
    qtbot.keyClicks(dialog.edit, "Ask whether he paid a recruiter.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: first not in {r["case_id"] for r in page.model.records})  # left the queue
    select_row(page.table, row_of(page, second))
    page.approve.click()
    qtbot.waitUntil(lambda: second not in {r["case_id"] for r in page.model.records})
    with vault.unlock(post_dir, "supervisor", PASSWORD) as session:
        assert decisions.for_case(session, first)["status"] == "returned"
        assert decisions.for_case(session, first)["review_note"] == "Ask whether he paid a recruiter."
        assert decisions.for_case(session, second)["status"] == "approved"
    page.mode.setCurrentIndex(page.mode.findData("returned"))
    qtbot.waitUntil(lambda: first in {r["case_id"] for r in page.model.records})
    select_row(page.table, row_of(page, first))
    assert not page.approve.isEnabled()  # already reviewed
    page.open_case.click()
    view = workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.case["id"] == first)
    assert "Decision returned: \u2068Ask whether he paid a recruiter.\u2069" in view.title.text()


def test_no_self_review_and_officers_see_the_state_in_the_case(qtbot, make_window, post_dir):
    own = screen_out(post_dir, "supervisor")
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    page = window.workspace.decisions
    window.workspace.show_tab("decisions")
    idle(qtbot, window)
    assert own not in {r["case_id"] for r in page.model.records}  # never one's own in the queue
    page.mode.setCurrentIndex(page.mode.findData("pending"))
    qtbot.waitUntil(lambda: own in {r["case_id"] for r in page.model.records})
    select_row(page.table, row_of(page, own))
    assert not page.approve.isEnabled() and not page.return_.isEnabled()
    window.lock()
    sign_in(qtbot, window, "officer")
    assert "decisions" not in window.workspace.pages  # officers cannot review
    window.workspace.open_case(own)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.case["id"] == own)
    assert "Decision awaiting review" in view.title.text()
    view.tabs.setCurrentIndex(2)
    top = view.screenings.topLevelItem(0)
    rows = [top.child(i).text(0) for i in range(top.childCount())]
    assert "Engine's suggestion" in rows


def test_the_queue_in_urdu_is_right_to_left_and_translated(qtbot, make_window, post_dir):
    case_id = screen_out(post_dir, "officer")
    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "supervisor")
    window.workspace.show_tab("decisions")
    page = window.workspace.decisions
    qtbot.waitUntil(lambda: case_id in {r["case_id"] for r in page.model.records})
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert all(h and not h.isascii() for h in headers), headers
    select_row(page.table, row_of(page, case_id))
    assert not page.approve.text().isascii() and "No protection" not in page.details.toPlainText()
