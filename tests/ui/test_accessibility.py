"""Keyboard and accessibility: every control on every screen has an accessible name; the main actions have shortcuts;
the pseudo-locale stretches every string so clipped layouts show up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from .conftest import idle, sign_in

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit)
OTHERS = ("sync", "screening")  # pages other engineers own are checked by their tests


def _inside(widget, kinds) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def unnamed(root) -> list[str]:
    found = []
    for widget in (w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS)):
        if isinstance(widget, QHeaderView) or _inside(widget, (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView, QLineEdit)):
            continue  # Qt's own sub-controls: headers, popups, spin box editors, clear buttons, tab scrollers
        if any(part in type(widget).__module__ for part in OTHERS):
            continue
        if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_has_an_accessible_name(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    assert not unnamed(window.unlock_page)
    for user in ("officer", "admin"):
        sign_in(qtbot, window, user)
        for key in window.workspace.pages:
            window.workspace.show_tab(key)
        idle(qtbot, window)
        pages = [p for k, p in window.workspace.pages.items() if k not in OTHERS]
        missing = [f"{user}/{type(p).__name__}: {name}" for p in pages for name in unnamed(p)]
        assert not missing, "\n".join(missing)
        window.lock()
        idle(qtbot, window)


def test_main_actions_have_shortcuts(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+Q", "Ctrl+1", "Ctrl+5"} <= shortcuts
    sign_in(qtbot, window, "officer")
    window.tab_actions[1].trigger()  # Ctrl+2
    assert window.workspace.key_of(window.workspace.tabs.currentIndex()) == "referrals"
    window.find.trigger()  # Ctrl+F jumps to the case search
    assert window.workspace.key_of(window.workspace.tabs.currentIndex()) == "cases"


def test_pseudo_locale_stretches_strings(qtbot, make_window, post_dir, monkeypatch):
    monkeypatch.setenv("NRM_DESK_PSEUDO", "1")
    window = make_window(post_dir)
    assert window.unlock_page.button.text().startswith("[Unlock")
    assert len(window.unlock_page.button.text()) > len("Unlock") * 1.3
