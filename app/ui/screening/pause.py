"""Pausing the interview for the person's sake: why, an optional note, and whether to ask for a psychologist."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.picklists import PAUSE_REASONS
from app.ui.screening.texts import label


class PauseDialog(QDialog):
    """The interview is saved and closed; the pause and its reason are recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause_dialog")
        self.setWindowTitle(self.tr("Pause the interview"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("The person's wellbeing comes first. The interview is saved as it is and can be "
                               "continued later, by you or after the person has seen a psychologist."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Why the interview is paused"))
        for code in PAUSE_REASONS:
            self.reason.addItem(label(code), code)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note on the pause (optional)"))
        self.refer = QCheckBox(self.tr("&Refer the person to a psychologist (psychosocial support is added to "
                                       "the needs)"))
        self.refer.setChecked(True)
        form.addRow(self.tr("&Why"), self.reason)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.refer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Pause and save"))
        form.addRow(buttons)
