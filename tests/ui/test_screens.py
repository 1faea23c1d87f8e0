"""Each screen renders and works: unlock errors and countdown, case list, case view, directory, users, settings."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.services import settings, users, vault

from .conftest import PASSWORD, idle, open_dialog, sign_in, type_text


def test_unlock_wrong_password_then_countdown(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    page = window.unlock_page
    assert window.windowTitle() == "NRM Desk"
    for attempt in range(3):
        page.user.setText("officer")
        qtbot.keyClicks(page.password, "not-the-password")
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
        if attempt == 2:  # two slips are free; the third waits a second, and the wait is shown
            qtbot.waitUntil(lambda: page.countdown.isVisible() and "wait" in page.countdown.text())
        qtbot.waitUntil(lambda: page.message.isVisible() and page.button.isEnabled(), timeout=10_000)
        assert "Wrong user name or password" in page.message.text.text()
        assert page.password.text() == ""
    sign_in(qtbot, window, "officer")
    assert window.ctx.role == "officer"


def test_case_list_search_filter_sort_and_lazy_paging(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    page = window.workspace.case_list
    model = page.model
    qtbot.waitUntil(lambda: model.total == 32 and len(model.rows) == 32)
    model.PAGE = 10
    model.reload()
    qtbot.waitUntil(lambda: len(model.rows) >= 10)
    pages = []
    model.page_loaded.connect(pages.append)
    qtbot.waitUntil(lambda: (model.fetchMore() or True) and len(model.rows) == 32)  # scrolling asks for more
    assert pages[-1] == 32 and all(n % 10 == 0 for n in pages[:-1])
    assert not model.canFetchMore()
    type_text(page.search, "زرمی")  # the Urdu-script name, typed
    qtbot.waitUntil(lambda: model.total == 1 and len(model.rows) == 1)
    assert model.rows[0].reference == known["consented"]["reference"]
    page.search.clear()
    qtbot.keyClicks(page.search, "QZ777")  # a document number prefix
    qtbot.waitUntil(lambda: model.filter.search == "QZ777" and {r.display_name for r in model.rows}
                    == {"Zarmina Testcase", "Gulalai Testcase"})
    page.search.clear()
    qtbot.keyClicks(page.search, "Gulo")  # an alias
    qtbot.waitUntil(lambda: [r.display_name for r in model.rows] == ["Gulalai Testcase"])
    page.search.clear()
    page.child.setCurrentIndex(page.child.findData(True))
    qtbot.waitUntil(lambda: model.filter.child is True and len(model.rows) == model.total)
    assert all(r.is_child for r in model.rows)
    page.status.setCurrentIndex(page.status.findData("referred"))
    qtbot.waitUntil(lambda: model.filter.status == "referred")
    idle(qtbot, window)
    assert all(r.status == "referred" for r in model.rows)
    page.status.setCurrentIndex(0)
    page.child.setCurrentIndex(0)
    page.date_from.setDate(QDate(2026, 11, 20))  # the two known cases were met on 2026-11-20
    page.date_to.setDate(QDate(2026, 11, 20))
    qtbot.waitUntil(lambda: model.filter.date_to == "2026-11-20" and model.total == 2 and len(model.rows) == 2)
    page.date_from.setDate(page.date_from.minimumDate())  # "Any" again
    page.date_to.setDate(page.date_to.minimumDate())
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.sort_key == "reference" and not model.descending and len(model.rows) >= 10)
    refs = [r.reference for r in model.rows]
    assert refs == sorted(refs)


def test_case_view_shows_every_section_and_adds_a_note(qtbot, make_window, post_dir, known):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    window.workspace.open_case(known["consented"]["case_id"])
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    assert known["consented"]["reference"] in view.title.text()
    assert view.person_fields["name_native"].text() == "زرمینہ"
    assert view.encounters.topLevelItemCount() == 1
    screening = view.screenings.topLevelItem(0)
    texts = [screening.child(i).text(0) for i in range(screening.childCount())]
    assert "Officer's reason" in texts
    engine = screening.child(1)
    dims = {engine.child(i).text(0): engine.child(i).text(1) for i in range(engine.childCount())}
    assert dims["A. Deceptive recruitment"].startswith("positive")
    assert dims["B. Coercive recruitment"] == "not positive"
    assert view.consents.topLevelItem(0).text(6) == "Aunt (guardian)"
    ref_item = view.referrals.topLevelItem(0)
    assert [ref_item.child(i).text(0) for i in range(ref_item.childCount())] == ["Draft", "Submitted"]
    view.tabs.setCurrentIndex(6)
    qtbot.keyClicks(view.note_edit, "Interpreter booked for tomorrow.")
    qtbot.mouseClick(view.add_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case is not None and view.notes.topLevelItemCount() == 1)
    actions = [view.trail.topLevelItem(i).text(2) for i in range(view.trail.topLevelItemCount())]
    assert "Note added" in actions and "Case file viewed" in actions
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.workspace.case_stack.currentWidget() is window.workspace.case_list


def test_directory_admin_adds_an_organisation(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "admin")
    window.workspace.show_tab("directory")
    page = window.workspace.directory
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Dar ul Aman Peshawar")
    qtbot.keyClicks(dialog.area, "Peshawar")
    dialog.services["shelter"].setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 13)
    page.filter.setText("Dar ul")
    assert page.proxy.rowCount() == 1


def test_users_admin_adds_resets_changes_role_and_deactivates(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "admin")
    window.workspace.show_tab("users")
    page = window.workspace.users
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.add.click()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.username, "nadia")
    qtbot.keyClicks(dialog.full_name, "SI Nadia Khan")
    qtbot.keyClicks(dialog.password, "Quiet-Lamp-2026")
    assert not dialog.ok.isEnabled()  # passwords do not match yet
    qtbot.keyClicks(dialog.repeat, "Quiet-Lamp-2026")
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    row = next(i for i, u in enumerate(page.model.records) if u.username == "nadia")
    page.table.selectRow(row)
    page.reset.click()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.password, "Another-Pass-77")
    qtbot.keyClicks(dialog.repeat, "Another-Pass-77")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "reset" in page.message.text.text())
    page.table.selectRow(next(i for i, u in enumerate(page.model.records) if u.username == "nadia"))
    page.change_role.click()
    dialog = open_dialog(qtbot, page)
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    dialog.accept()
    qtbot.waitUntil(lambda: "role" in page.message.text.text())
    page.table.selectRow(next(i for i, u in enumerate(page.model.records) if u.username == "nadia"))
    page.toggle.click()
    qtbot.waitUntil(lambda: "deactivated" in page.message.text.text())
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "admin", PASSWORD) as admin:
        nadia = next(u for u in users.list_users(admin) if u.username == "nadia")
    assert nadia.role == "supervisor" and not nadia.active


def test_settings_idle_minutes_and_language(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "admin")
    window.workspace.show_tab("settings")
    page = window.workspace.settings
    qtbot.waitUntil(lambda: page.idle.value() == 5)
    assert page.data_dir.isReadOnly() and page.data_dir.text() == str(post_dir)
    page.idle.setValue(2)
    page.save_idle.click()
    qtbot.waitUntil(lambda: window.idle.timer.interval() == 120_000)
    page.language.setCurrentIndex(page.language.findData("ur"))
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.settings is not page)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.workspace.tabs.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.prefs.language == "ur"
    from PySide6.QtWidgets import QLabel

    assert [w.objectName() for w in window.statusBar().findChildren(QLabel)].count("user_label") == 1
    assert window.workspace.tabs.tabText(window.workspace.tabs.currentIndex()) != "Se&ttings"
    idle(qtbot, window)
    window.shutdown()
    with vault.unlock(post_dir, "officer", PASSWORD) as officer:
        assert settings.get_idle_minutes(officer) == 2


def test_search_waits_for_a_pause_in_typing(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    page, model = window.workspace.case_list, window.workspace.case_list.model
    qtbot.waitUntil(lambda: model.total == 32)
    idle(qtbot, window)
    resets = []
    model.modelReset.connect(lambda: resets.append(model.filter.search))
    qtbot.keyClicks(page.search, "Zarmina")  # seven keystrokes, one query
    qtbot.waitUntil(lambda: model.filter.search == "Zarmina" and model.total == 1)
    assert resets == ["Zarmina"]
