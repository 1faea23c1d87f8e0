"""An Urdu screen shows no code and no English: every visible word in Latin script is a proper name or a value a
user typed (names, places, organisations, references, user names), never a label, a code or an id."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.services import cases as case_service
from app.services import users as user_service
from app.services import vault

from .conftest import PASSWORD, idle, sign_in

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]*")  # one letter too: "2S", "A01", "D"
# Words that are names in every language: the post's brand and acronyms an Urdu reader uses as they are.
PROPER = {"NRM", "Desk", "QR", "PDF", "USB", "UTC", "CNIC", "NGO"}
# Controls that show words in other languages on purpose: the language picker names each language in its own script.
OWN_NAMES = {"settings_language item"}


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every label, button, group, tab, header and list entry the user can see under root."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            continue  # typed by a user
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            text = widget.text()
            if widget.textFormat() == Qt.TextFormat.RichText or (
                    widget.textFormat() == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z/][^>]*>", text)):
                text = QTextDocumentFragment.fromHtml(text).toPlainText()  # what the reader sees, not the markup
            found.append((name, text))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabWidget):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _view_texts(widget, name)
    return found


def _view_texts(view: QAbstractItemView, name: str) -> list[tuple[str, str]]:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QListView

    model, texts = view.model(), []
    is_list = isinstance(view, QListView)  # a list widget's model hides columnCount: one column, no header

    def columns(parent) -> int:
        return 1 if is_list else model.columnCount(parent)

    for column in range(0 if is_list else columns(QModelIndex())):
        texts.append((f"{name} header", str(model.headerData(column, _horizontal()) or "")))

    def walk(parent, depth: int) -> None:  # every row of a table, every branch of a tree (first 20 of each)
        for row in range(min(model.rowCount(parent), 20)):
            for column in range(columns(parent)):
                texts.append((f"{name} cell", str(model.index(row, column, parent).data() or "")))
            if depth < 6:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return texts


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def typed_values(post_dir, passwords: dict[str, str] | None = None) -> set[str]:
    """Every word a user typed into this post: people, places, organisations, notes, references, user names."""
    words: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            words.update(LATIN_WORD.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("status", "classification", "circumstance", "purpose", "method", "urgency", "code",
                               "services", "sex", "data_categories", "nationality", "languages", "type", "action",
                               "instrument_id", "kind", "role", "result", "answers", "audit", "history"):
                    add(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(item)

    passwords = passwords or {"admin": PASSWORD, "supervisor": PASSWORD}
    with vault.unlock(post_dir, "admin", passwords["admin"]) as admin:
        for user in user_service.list_users(admin):
            add([user.username, user.full_name])
        for org in case_service.directory_list(admin):
            add([org.name, org.area, org.contact])
    with vault.unlock(post_dir, "supervisor", passwords["supervisor"]) as supervisor:
        for row in case_service.list_cases(supervisor, limit=100000):
            case = case_service.show_case(supervisor, row.id)
            add(case)
            add(case["reference"])
    return words


def latin_words(texts: list[tuple[str, str]], allowed: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        if where.rpartition("/")[2] in OWN_NAMES:
            continue
        for word in LATIN_WORD.findall(text):
            if word not in allowed and word not in PROPER:
                bad.append(f"{where}: {word!r} in {text!r}")
    return sorted(set(bad))


def test_every_workspace_screen_in_urdu_shows_no_code_or_english(qtbot, make_window, post_dir, known):
    allowed = typed_values(post_dir)
    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "admin")
    workspace = window.workspace
    texts = []
    for key in list(workspace.pages):
        workspace.show_tab(key)
        idle(qtbot, window)
        texts += visible_texts(window)
    window.workspace.show_tab("cases")
    window.lock()
    sign_in(qtbot, window, "supervisor")
    workspace = window.workspace
    workspace.open_case(known["consented"]["case_id"])
    view = workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        idle(qtbot, window)
        texts += visible_texts(window)
    bad = latin_words(texts, allowed)
    assert bad == [], "\n".join(bad)


def test_the_consent_dialog_in_urdu_names_every_data_category_in_urdu(qtbot, make_window, post_dir):
    from app.ui.consent_dialog import ConsentDialog

    allowed = typed_values(post_dir)
    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "officer")
    with vault.unlock(post_dir, "officer", PASSWORD) as officer:
        orgs = case_service.directory_list(officer)
    dialog = ConsentDialog(orgs, child=True, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    assert {text for where, text in texts if where.startswith("consent_category_")} >= {"خاندان", "حالات", "ضروریات"}
    bad = latin_words(texts, allowed)
    assert bad == [], "\n".join(bad)
    dialog.close()


def test_every_page_of_the_screening_wizard_in_urdu_shows_no_code_or_english(qtbot, make_window, post_dir):
    """A whole interview in Urdu: no instrument or item id, no grade pattern ("2S"), no rule formula with Latin
    letters, no English engine reason and no English question text on any page."""
    from app.ui.screening.selftest import drive_for_selftest

    from .test_screening_wizard import open_wizard

    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "officer")
    wizard = open_wizard(qtbot, window)
    texts: list[tuple[str, str]] = []
    kinds: list[str] = []

    def seen(page_kind: str) -> None:
        kinds.append(page_kind)
        texts.extend((f"{page_kind}/{where}", text) for where, text in visible_texts(wizard))

    drive_for_selftest(wizard, on_page=seen)
    assert {"prescreen", "indicators", "vulnerability", "act", "classification", "review"} <= set(kinds)
    allowed = typed_values(post_dir)
    bad = latin_words(texts, allowed)
    assert bad == [], "\n".join(bad)


def test_the_decision_review_in_urdu_shows_the_engines_reasons_in_urdu(qtbot, make_window, post_dir):
    """Issue 11: the supervisor's decision reviews and the case's screening, in Urdu, name no list id, no indicator
    id and no English engine reason."""
    from app.ui.widgets import select_row

    from .test_decision_queue import row_of, screen_out

    case_id = screen_out(post_dir, "officer", "vulnerable_migrant")
    allowed = typed_values(post_dir)
    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "supervisor")
    workspace = window.workspace
    workspace.show_tab("decisions")
    page = workspace.decisions
    qtbot.waitUntil(lambda: case_id in {r["case_id"] for r in page.model.records})
    select_row(page.table, row_of(page, case_id))
    idle(qtbot, window)
    review = page.selected()
    assert review["engine_reasons"]
    details = page.details.toPlainText()
    for typed in (review["reason"], review["review_note"] or ""):
        details = details.replace(typed, " ")  # the officer's own words may be in any language
    texts = [*visible_texts(window), ("decision_details", details)]
    page.open_case.click()
    view = workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.case["id"] == case_id)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        idle(qtbot, window)
        texts += visible_texts(window)
    bad = latin_words(texts, allowed)
    assert bad == [], "\n".join(bad)


def test_every_screen_and_dialog_of_the_self_test_in_urdu_shows_no_code_or_english(qapp):
    """The self-test's whole day in Urdu (first run, users, directory, settings, cases, referral, approval and
    override dialogs, decision review, lock screen): every screen it photographs is read for Latin words."""
    from app.ui import selftest

    class Reader(selftest.Driver):
        seen: list[tuple[str, str]]

        def shoot(self, name: str, widget: QWidget | None = None) -> None:
            self.settle()
            self.seen += [(f"{name}/{where}", text) for where, text in visible_texts(widget or self.window)]

    driver = Reader("ur", None, lambda _line: None)
    driver.seen = []
    try:
        for _name, step in selftest._steps(driver):
            step()
        allowed = typed_values(driver.data_dir, selftest.PASSWORDS)
        # typed in the run but not in a case field: the post's name and code, the supervisor's override reason
        allowed |= set(LATIN_WORD.findall("AHT Circle Islamabad (self-test) ISB. Self-test: immediate safety risk."))
        from app.ui import training_selftest

        allowed.add(training_selftest.TRAINEE)  # the practice post's trainee, typed as a user name
    finally:
        driver.close()
    assert len({where.split("/")[0] for where, _text in driver.seen}) >= 15
    bad = latin_words(driver.seen, allowed)
    assert bad == [], "\n".join(bad)
