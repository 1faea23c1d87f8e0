"""Settings: interface language, the post's idle-lock period (admin), and the data folder shown read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.policy import IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES
from app.services import settings
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.ops import message_of
from app.ui.widgets import MessageBar, named


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_page")
        layout = QVBoxLayout(self)
        self.message = MessageBar()
        layout.addWidget(self.message)
        form = QFormLayout()
        self.language = named(QComboBox(), self.tr("Interface language"), "settings_language")
        self.language.addItem("English", "en")
        self.language.addItem("اردو", "ur")  # each language by its own name
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.setMaximumWidth(320)
        self.language.currentIndexChanged.connect(self.on_language_currentIndexChanged)
        form.addRow(self.tr("&Language:"), self.language)
        idle_row = QHBoxLayout()
        self.idle = named(QSpinBox(), self.tr("Minutes without activity before the app locks"), "settings_idle")
        self.idle.setRange(IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_MAX_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.save_idle = named(QPushButton(self.tr("Save")), self.tr("Save the idle-lock period"), "settings_idle_save")
        self.save_idle.clicked.connect(self.on_save_idle_clicked)
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.save_idle)
        idle_row.addStretch(1)
        editable = ctx.allows("user.manage")
        self.idle.setEnabled(editable)
        self.save_idle.setVisible(editable)
        idle_caption = self.tr("&Lock after:") if editable else self.tr("Lock after (set by the post admin):")
        form.addRow(idle_caption, idle_row)
        from app.ui.settings_zone import ZoneRow  # the post's time zone (issue 14)

        self.zone = ZoneRow(ctx, self.message, self)
        form.addRow(self.zone.caption, self.zone)
        self.data_dir = named(QLineEdit(str(ctx.data_dir)), self.tr("Data folder"), "settings_data_dir")
        self.data_dir.setReadOnly(True)
        form.addRow(self.tr("&Data folder:"), self.data_dir)
        who = f"{ctx.full_name or ctx.username or ''} · {label(ctx.role)}"
        form.addRow(self.tr("Signed in as:"), named(QLabel(who), self.tr("Signed-in user"), "settings_user"))
        layout.addLayout(form)
        note = QLabel(self.tr("The language and the window size are remembered on this computer. The idle-lock "
                              "period is a setting of the post, stored in its encrypted store."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setFocusProxy(self.language)

    def load(self) -> None:
        self.ctx.ops.run(settings.get_idle_minutes, on_done=self.idle.setValue)
        self.zone.load()

    def clear(self) -> None:
        self.message.clear()

    def on_language_currentIndexChanged(self, _index: int) -> None:
        code = self.language.currentData()
        if code != self.ctx.language:
            self.ctx.signals.language_changed.emit(code)

    def on_save_idle_clicked(self) -> None:
        minutes = self.idle.value()
        self.ctx.ops.run(lambda s: settings.set_idle_minutes(s, minutes), on_done=self.on_idle_saved,
                         on_failed=lambda exc: self.message.show_error(message_of(exc)))

    def on_idle_saved(self, minutes: int) -> None:
        self.message.show_info(self.tr("Saved: the app locks after %n min without activity.", "", minutes))
        self.ctx.signals.idle_minutes_changed.emit(minutes)
