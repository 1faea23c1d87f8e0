"""Wheel and keyboard on drop-downs, spin boxes and date fields: only a focused control changes its value."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget

from .conftest import sign_in
from .test_screening_wizard import open_wizard


def wheel(widget, *, down: bool = True) -> None:
    """One notch of a real mouse wheel over the middle of `widget`, delivered through the application."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_dropdown_scrolls_the_wizard_page_and_changes_nothing(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    wizard = open_wizard(qtbot, window)
    wizard.resize(700, 260)  # a short window: the page scrolls
    qtbot.waitUntil(lambda: wizard.scroll.verticalScrollBar().maximum() > 0)
    page = wizard.page_widget
    combo = page.circumstance
    wizard.scroll.ensureWidgetVisible(page.place)
    page.place.setFocus()
    qtbot.waitUntil(page.place.hasFocus)
    bar = wizard.scroll.verticalScrollBar()
    before_index, before_scroll = combo.currentIndex(), bar.value()
    wheel(combo)
    assert combo.currentIndex() == before_index, "an unfocused drop-down changed under the wheel"
    assert bar.value() > before_scroll, "the wheel should scroll the page instead"
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() != before_index, "a focused drop-down still takes the wheel"


def test_wheel_over_unfocused_spin_and_date_fields_changes_nothing_app_wide(qtbot, make_window, post_dir):
    window = make_window(post_dir)  # the main window installs the one guard for the whole application
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    other, date = QLineEdit(), QDateEdit(QDate(2026, 11, 20))
    layout.addWidget(other)
    layout.addWidget(date)
    form.show()
    other.setFocus()
    wheel(date)
    assert date.date() == QDate(2026, 11, 20)
    assert window is not None


def test_tab_leaves_the_date_field_and_alt_down_does_not_change_the_date(qtbot, make_window, post_dir):
    make_window(post_dir)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    before, after = QLineEdit(), QLineEdit()
    date = QDateEdit(QDate(2026, 11, 20))
    date.setDisplayFormat("yyyy-MM-dd")
    for widget in (before, date, after):
        layout.addWidget(widget)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClick(date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert date.date() == QDate(2026, 11, 20), "Alt+Down changed the date"
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert after.hasFocus(), "Tab must leave the date field"
    qtbot.keyClicks(after, "x")
    assert after.text() == "x" and date.date() == QDate(2026, 11, 20)
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClick(date, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus(), "Shift+Tab must leave the date field backwards"
