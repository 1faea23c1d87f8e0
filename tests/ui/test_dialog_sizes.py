"""Every dialog fits a 1366×768 laptop screen (task bar and title bar included) with all its buttons on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton

from app.domain.model import Organisation
from app.services import vault
from app.storage import directory
from app.ui.consent_dialog import ConsentDialog
from app.ui.directory_page import OrganisationDialog
from app.ui.letter_dialog import LetterDialog
from app.ui.referral_actions import ReferralDraftDialog
from app.ui.users_page import RoleDialog, UserDialog
from app.ui.widgets import TextPromptDialog

from .conftest import PASSWORD, sign_in
from .test_screening_wizard import open_wizard

TASK_BAR, TITLE_BAR = 40, 32
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768 - TASK_BAR - TITLE_BAR


def organisations(post_dir) -> list[Organisation]:
    with vault.unlock(post_dir, "supervisor", PASSWORD) as session:
        return directory.all_organisations(session.db)


def _scrolled(widget, dialog) -> bool:
    """Inside a scrolling page (reached by scrolling, not expected on screen at once)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def check_fits(qtbot, dialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.objectName() or type(dialog).__name__
    assert dialog.width() <= LAPTOP_WIDTH and dialog.height() <= LAPTOP_HEIGHT, (name, dialog.size())
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= LAPTOP_WIDTH and minimum.height() <= LAPTOP_HEIGHT, (name, minimum)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry()), (name, dialog.frameGeometry(), area)
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog) and not _scrolled(b, dialog)]
    assert buttons, f"{name} has no buttons"
    for button in buttons:
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and dialog.rect().contains(corner), (name, button.text(), corner, dialog.size())
    dialog.close()


@pytest.fixture
def supervisor_window(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    return window


def test_every_dialog_fits_a_laptop_screen(qtbot, supervisor_window, post_dir, known):
    orgs = organisations(post_dir)
    dialogs = [
        ConsentDialog(orgs, child=True, parent=supervisor_window),
        OrganisationDialog(orgs[0], parent=supervisor_window),
        ReferralDraftDialog(orgs, parent=supervisor_window),
        UserDialog(supervisor_window),
        RoleDialog("officer", "officer", supervisor_window),
        TextPromptDialog("Return", "Say what the officer should change", "Return", supervisor_window),
        LetterDialog(supervisor_window.ctx, known["consented"]["referral_id"], supervisor_window),
    ]
    for dialog in dialogs:
        check_fits(qtbot, dialog)


def test_the_screening_wizard_fits_a_laptop_screen(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    wizard = open_wizard(qtbot, window)
    check_fits(qtbot, wizard)
