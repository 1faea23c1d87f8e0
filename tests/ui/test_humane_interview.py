"""Pausing an interview for the person, and a supervisor's recorded reason for a child without a child-protection
referral — through the wizard's widgets, then the store checked."""

from __future__ import annotations

from app.services import screening_flow as sf
from app.services import vault
from app.services.screening_flow import sample
from app.storage import audit, cases, drafts
from app.ui.screening.resume import DraftsPage

from .conftest import PASSWORD, sign_in
from .test_screening_wizard import open_wizard

NO_REFERRAL = {"consent": {"declined": True}, "needs": {"needs": []}, "referrals": {"referrals": []}}


def draft_until(post_dir, kind: str, override: dict | None = None) -> str:
    """An unfinished interview of the officer's, left at step `kind` (through the service layer)."""
    with vault.unlock(post_dir, "officer", PASSWORD) as session:
        flow = sf.start(session)
        page = sf.page_of(flow)
        while page.step.kind != kind:
            page = sf.advance(session, flow, (override or {}).get(page.step.kind) or sample.answer_for(page))
        return flow.draft_id


def resume(qtbot, window, draft_id: str):
    wizard = open_wizard(qtbot, window)
    page = wizard.page_widget
    assert isinstance(page, DraftsPage)
    page.list.setCurrentRow(0)
    page.resume_button.click()
    qtbot.waitUntil(lambda: wizard.current_page is not None and not wizard.busy)
    assert wizard.flow.draft_id == draft_id
    return wizard


def test_pause_and_refer_saves_records_and_closes(qtbot, make_window, post_dir):
    draft_id = draft_until(post_dir, "vulnerability")
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    wizard = resume(qtbot, window, draft_id)
    assert wizard.current_page.step.kind == "vulnerability" and wizard.pause_button.isVisible()
    wizard.pause_button.click()
    qtbot.waitUntil(lambda: wizard.pause_dialog.isVisible())
    dialog = wizard.pause_dialog
    dialog.reason.setCurrentIndex(dialog.reason.findData("person_asked"))
    qtbot.keyClicks(dialog.note, "She asked to stop when the kiln came up.")
    assert dialog.refer.isChecked()
    with qtbot.waitSignal(wizard.paused, timeout=15_000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with vault.unlock(post_dir, "officer", PASSWORD) as session:
        state = drafts.load(session.db, draft_id)["state"]
        trail = [e["action"] for e in audit.entries_for_object(session.db, [draft_id])]
    assert state["step"] == "vulnerability"
    assert [(p["reason"], p["note"], p["refer"]) for p in state["pauses"]] == [
        ("person_asked", "She asked to stop when the kiln came up.", True)]
    assert "interview.pause" in trail


def test_a_child_without_a_child_protection_referral_needs_a_supervisors_reason(qtbot, make_window, post_dir):
    draft_id = draft_until(post_dir, "review", NO_REFERRAL)
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    wizard = resume(qtbot, window, draft_id)
    page = wizard.page_widget
    assert wizard.current_page.step.kind == "review" and page.waive_button is not None
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.error.isVisible() and "child protection" in wizard.error.text()
    page.waive_button.click()
    qtbot.waitUntil(lambda: page.dialog.isVisible())
    dialog = page.dialog
    qtbot.keyClicks(dialog.user, "supervisor")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.reason, "The unit already holds her file; the officer met them with her today.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.page_widget is not page)
    assert wizard.page_widget.waive_button is None  # recorded: the page now shows the reason instead
    with qtbot.waitSignal(wizard.case_saved, timeout=15_000) as saved:
        wizard.finish_button.click()
    case_id = saved.args[0]
    with vault.unlock(post_dir, "supervisor", PASSWORD) as session:
        waivers = [e for e in audit.entries_for_object(session.db, [case_id]) if e["action"] == "child_protection.waive"]
        case = cases.get_case(session.db, case_id)
        assert [e["actor"] for e in waivers] == [session.user.id]
    kept = case["screenings"][0]["result"]["interview"]["child_waiver"]
    assert kept["reason"].startswith("The unit already holds her file")


def test_the_persons_wish_for_a_woman_officer_is_recorded_and_warned(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    wizard = open_wizard(qtbot, window)
    page = wizard.page_widget
    assert wizard.current_page.step.kind == "encounter" and not page.wish.isVisibleTo(page)
    page.preference.setCurrentIndex(page.preference.findData("woman"))
    page.gender.setCurrentIndex(page.gender.findData("male"))
    assert page.wish.isVisibleTo(page)  # asked for a woman, a man is interviewing: said at once
    page.gender.setCurrentIndex(page.gender.findData("female"))
    assert not page.wish.isVisibleTo(page)
    page.place.setText("Torkham border crossing")
    flow = wizard.flow
    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.current_page.step.kind == "person")
    assert flow.data["encounter"]["interviewer_gender"] == "female"
    assert flow.data["encounter"]["officer_preference"] == "woman"
