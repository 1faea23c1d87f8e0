"""The post's time zone on the Settings page: times on screen and in letters follow it (the store keeps UTC)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from app.services import settings
from app.ui import clock
from app.ui.context import AppContext
from app.ui.ops import message_of
from app.ui.widgets import MessageBar, named

# The zones a post chooses from, by name (never the bare zone identifier on screen).
ZONES = {
    "Asia/Karachi": QT_TRANSLATE_NOOP("SettingsZone", "Pakistan Standard Time (UTC+5)"),
    "UTC": QT_TRANSLATE_NOOP("SettingsZone", "Coordinated Universal Time (UTC)"),
}


class ZoneRow(QWidget):
    def __init__(self, ctx: AppContext, message: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.message = ctx, message
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.zone = named(QComboBox(), self.tr("Time zone of the post"), "settings_zone")
        for name, text in ZONES.items():
            self.zone.addItem(QCoreApplication.translate("SettingsZone", text), name)
        self.save = named(QPushButton(self.tr("Save")), self.tr("Save the time zone"), "settings_zone_save")
        self.save.clicked.connect(self.on_save_clicked)
        row.addWidget(self.zone)
        row.addWidget(self.save)
        row.addStretch(1)
        editable = ctx.allows("user.manage")
        self.zone.setEnabled(editable)
        self.save.setVisible(editable)
        self.caption = self.tr("&Time zone:") if editable else self.tr("Time zone (set by the post admin):")

    def load(self) -> None:
        self.ctx.ops.run(settings.get_time_zone, on_done=self.show_zone)

    def show_zone(self, name: str) -> None:
        if self.zone.findData(name) < 0:  # a zone set elsewhere is still shown by what it is
            self.zone.addItem(name, name)
        self.zone.setCurrentIndex(self.zone.findData(name))

    def on_save_clicked(self) -> None:
        name = str(self.zone.currentData())
        self.ctx.ops.run(lambda s: settings.set_time_zone(s, name), on_done=self.on_saved,
                         on_failed=lambda exc: self.message.show_error(message_of(exc)))

    def on_saved(self, name: str) -> None:
        clock.set_zone(name)
        self.message.show_info(self.tr("Saved: times are shown in the post's time zone."))
