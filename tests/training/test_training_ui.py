"""The practice post's window: TRAINING before and after unlock, the Practice tab, the feedback page, Urdu, and
'Practise first' on the first-run screen."""

from __future__ import annotations

from app.crypto.keystore import Keystore
from app.services import training
from app.ui.training_chrome import practice_dir
from tests.conftest import PASSWORD
from tests.ui.conftest import _isolated_qsettings, idle, make_window  # noqa: F401 — fixtures


def sign_in(qtbot, window, user: str) -> None:
    """As tests/ui's sign_in, with room for Argon2id on a busy machine."""
    from PySide6.QtCore import Qt

    page = window.unlock_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=30_000)
    page.user.clear()
    qtbot.keyClicks(page.user, user)
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None and window.stack.currentWidget() is window.workspace,
                    timeout=90_000)
    idle(qtbot, window)

IRAN = "man-deported-from-iran"


def test_practice_window_says_training_and_has_the_practice_tab(qtbot, make_window, practice):  # noqa: F811
    window = make_window(practice.dir)
    assert "TRAINING" in window.windowTitle()  # already on the unlock screen
    sign_in(qtbot, window, "amina")
    assert "TRAINING" in window.windowTitle()
    assert window.training_mark_label is not None and window.training_mark_label.isVisible()
    page = window.workspace.pages["training"]
    assert window.workspace.tabs.widget(0) is page and window.workspace.tabs.currentWidget() is page
    assert page.scenarios.count() == len(training.library())
    first = next(iter(training.library().values()))
    assert first.doc["narrative"]["says"]["en"][:40] in page.narrative.toPlainText()


def test_feedback_page_shows_found_missed_wrong_and_the_experts_words(qtbot, make_window, practice):  # noqa: F811
    from app.training.feedback import Attempt

    window = make_window(practice.dir)
    sign_in(qtbot, window, "amina")
    attempt = Attempt(indicators={"ilo2009-adult-labour": ["A02", "E03"]}, classification="smuggled_migrant_vulnerable",
                      child_procedures=False, consent="adult_consents", services=["legal_aid"])
    with practice.unlock("bilal") as s:
        fb = training.record_attempt(s, IRAN, attempt, lang="en")
    page = window.workspace.pages["training"]
    page.show_feedback(IRAN, fb.to_dict())
    view = page.feedback
    assert f"{fb.score}%" in view.score.text()
    found = view.findChild(type(view.score), "feedback_found").text()
    missed = view.findChild(type(view.score), "feedback_missed").text()
    wrong = view.findChild(type(view.score), "feedback_wrong").text()
    assert "A02" in found and "E14" in missed and "Three months of wages" in missed
    assert "E03" in wrong and "could change jobs" in wrong
    assert "Not right" in view.findChild(type(view.score), "feedback_classification").text()
    assert page.scenarios.currentItem().data(0x0100) == IRAN  # the list follows the feedback shown


def test_urdu_practice_window(qtbot, make_window, practice):  # noqa: F811
    window = make_window(practice.dir, language="ur")
    sign_in(qtbot, window, "amina")
    assert "تربیت" in window.windowTitle() and "TRAINING" not in window.windowTitle()
    assert "تربیت" in window.training_mark_label.text()
    page = window.workspace.pages["training"]
    assert "فرد کیا بتاتا ہے" in page.narrative.toHtml()
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in page.scenarios.item(i).text())
               for i in range(page.scenarios.count()))
    assert _dialog_title(qtbot, window, "خط").startswith("تربیت — خط")


def _dialog_title(qtbot, window, title: str) -> str:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.setWindowTitle(title)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.windowTitle()
    dialog.setWindowTitle(title + " (again)")  # a title set while open is marked too
    again = dialog.windowTitle()
    dialog.close()
    return shown + " | " + again


def test_every_dialog_of_a_practice_post_says_training(qtbot, make_window, practice):  # noqa: F811
    window = make_window(practice.dir)
    sign_in(qtbot, window, "amina")
    assert _dialog_title(qtbot, window, "Letter") == "TRAINING — Letter | TRAINING — Letter (again)"


def test_a_real_post_has_no_training_marks(qtbot, make_window, post):  # noqa: F811
    window = make_window(post.dir)
    assert window.windowTitle() == "NRM Desk"
    sign_in(qtbot, window, "officer")
    assert window.training_mark_label is None and "training" not in window.workspace.pages
    assert _dialog_title(qtbot, window, "Letter") == "Letter | Letter (again)"


def test_practise_first_makes_a_practice_post_beside_the_folder(qtbot, make_window, tmp_path):  # noqa: F811
    data = tmp_path / "post"
    window = make_window(data)
    page = window.first_run
    qtbot.keyClicks(page.admin, "sana")
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.repeat, PASSWORD)
    assert page.practise.isEnabled()
    page.practise.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=60_000)
    assert window.ctx.data_dir == practice_dir(data) and not data.exists()
    assert Keystore.load(practice_dir(data) / "keystore.json").training
    assert "TRAINING" in window.windowTitle() and window.unlock_page.user.text() == "sana"
    sign_in(qtbot, window, "sana")
    assert "training" in window.workspace.pages
