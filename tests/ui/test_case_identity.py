"""The case view's identity tab and the correction dialog (issue 14), in English and Urdu, through the real window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.domain import localtime
from app.services import case_edit, vault

from .conftest import PASSWORD, idle, open_dialog, sign_in, type_text


def _open_identity(qtbot, window, case_id):
    window.workspace.open_case(case_id)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    view.tabs.setCurrentWidget(view.identity)
    return view


def test_officer_corrects_the_age_sees_the_child_warning_and_the_history(qtbot, make_window, post_dir, known):
    case_id = known["consented"]["case_id"]  # recorded by the officer: 16, a child
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open_identity(qtbot, window, case_id)
    assert "CHILD" in view.title.text()
    view.identity.correct.click()
    dialog = open_dialog(qtbot, view.identity)
    dialog.tabs.setCurrentIndex(3)
    qtbot.keyClicks(dialog.exploitation_country.lineEdit(), "Afgh")
    assert dialog.exploitation_country.matches.stringList() == ["Afghanistan"]
    dialog.exploitation_country.on_completer_activated("Afghanistan")
    dialog.tabs.setCurrentIndex(0)
    dialog.age.setValue(19)  # the medical age assessment
    dialog.tabs.setCurrentIndex(1)
    dialog.relation.setCurrentIndex(dialog.relation.findData("daughter_of"))
    qtbot.keyClicks(dialog.relation_name, "Gul Khan")
    dialog.on_save_clicked()  # no reason yet: refused in the dialog, nothing sent
    assert dialog.isVisible() and "reason" in dialog.message.text.text()
    qtbot.keyClicks(dialog.reason, "Medical age assessment")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: view.case is not None and len(view.case.get("changes", [])) == 4, timeout=15_000)
    warning = open_dialog(qtbot, view.identity)
    assert isinstance(warning, QMessageBox) and "no longer recorded as a child" in warning.text()
    next(b for b in warning.buttons() if b.text() == "Later").click()
    assert "CHILD" not in view.title.text()
    rows = {view.identity.history.topLevelItem(i).text(2): view.identity.history.topLevelItem(i)
            for i in range(view.identity.history.topLevelItemCount())}
    assert (rows["Estimated age"].text(3), rows["Estimated age"].text(4)) == ("16", "19")
    assert rows["Country of exploitation"].text(4) == "Afghanistan"  # a name, never the code
    assert rows["Relation"].text(4) == "daughter of (d/o)"
    stamp = view.case["changes"][0]["at"]
    assert rows["Estimated age"].text(0) == localtime.format_local(stamp, "Asia/Karachi")
    assert view.identity.fields["identity.relation_name"].text() == "daughter of (d/o) Gul Khan"
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        history = case_edit.history(supervisor, case_id)
    assert {h["reason"] for h in history} == {"Medical age assessment"}


def test_in_urdu_the_pickers_find_by_urdu_name_and_the_tab_shows_no_code(qtbot, make_window, post_dir, known):
    case_id = known["no_consent"]["case_id"]
    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "officer")
    view = _open_identity(qtbot, window, case_id)
    view.identity.correct.click()
    dialog = open_dialog(qtbot, view.identity)
    dialog.tabs.setCurrentIndex(1)
    dialog.province.setCurrentIndex(dialog.province.findData("KP"))
    type_text(dialog.district.lineEdit(), "خیب")
    assert dialog.district.matches.stringList() == ["خیبر"]
    dialog.district.on_completer_activated("خیبر")
    dialog.tabs.setCurrentIndex(3)
    type_text(dialog.exploitation_country.lineEdit(), "Afgh")  # Latin letters on an Urdu screen still find it
    assert dialog.exploitation_country.matches.stringList() == ["افغانستان"]
    dialog.detained.setChecked(True)
    dialog.detention_law.setCurrentIndex(dialog.detention_law.findData("foreigners_act_1946"))
    dialog.sections["ptpa-3"].setChecked(True)
    type_text(dialog.reason, "تذکرہ دیکھا گیا")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: view.case is not None and bool(view.case.get("changes")), timeout=15_000)
    shown = {name: widget.text() for name, widget in view.identity.fields.items()}
    assert shown["identity.origin_province"] == "خیبر پختونخوا" and shown["identity.origin_district"] == "خیبر"
    assert shown["investigation.detention_law"] == "فارنرز ایکٹ 1946"
    assert "دفعہ 3" in shown["investigation.law_sections"] and "ptpa" not in shown["investigation.law_sections"]
    assert shown["investigation.detained"] == "ہاں"
    idle(qtbot, window)


def test_supervisor_writes_the_non_punishment_letter_from_the_tab(qtbot, make_window, post_dir, known, tmp_path):
    case_id = known["consented"]["case_id"]  # a presumed victim
    with vault.unlock(post_dir, "supervisor", PASSWORD) as supervisor:
        case_edit.edit_case(supervisor, case_id, {"investigation.detained": True, "investigation.non_punishment": True,
                                                  "investigation.non_punishment_reason": "Compelled to carry the bags."},
                            reason="FIR registered")
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    view = _open_identity(qtbot, window, case_id)
    panel = view.identity
    assert panel.letter.isVisible() and panel.letter.isEnabled()
    target = tmp_path / "letter.pdf"
    panel.choose_path = lambda _suggested: str(target)  # the save dialog, answered
    panel.letter.click()
    dialog = open_dialog(qtbot, panel)
    qtbot.keyClicks(dialog.edit, "Inspector A, FIA AHTC Islamabad")
    with qtbot.waitSignal(panel.letter_saved, timeout=15_000):
        dialog.ok.click()
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_mode & 0o777 == 0o600
    idle(qtbot, window)


def test_officer_sees_no_letter_button(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open_identity(qtbot, window, known["consented"]["case_id"])
    assert not view.identity.letter.isVisible() and view.identity.correct.isVisible()
    idle(qtbot, window)


def test_the_admin_sets_the_post_time_zone_and_times_follow_it(qtbot, make_window, post_dir):
    from app.services import settings
    from app.ui import clock

    window = make_window(post_dir)
    sign_in(qtbot, window, "admin")
    window.workspace.show_tab("settings")
    row = window.workspace.settings.zone
    qtbot.waitUntil(lambda: row.zone.currentData() == "Asia/Karachi")
    assert clock.when("2026-12-04T20:30:00Z") == "2026-12-05 01:30"
    row.zone.setCurrentIndex(row.zone.findData("UTC"))
    row.save.click()
    qtbot.waitUntil(lambda: clock.zone_name() == "UTC")
    assert clock.when("2026-12-04T20:30:00Z") == "2026-12-04 20:30"
    idle(qtbot, window)
    window.shutdown()
    clock.set_zone("Asia/Karachi")
    with vault.unlock(post_dir, "officer", PASSWORD) as officer:
        assert settings.get_time_zone(officer) == "UTC"
