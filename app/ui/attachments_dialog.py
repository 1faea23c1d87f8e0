"""A case's attachments: list, add from a file or a scanner/camera folder, view (a temporary copy removed on lock)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.picklists import ATTACHMENT_KINDS
from app.ui.context import AppContext
from app.ui.widgets import MessageBar, named


class AttachmentsDialog(QDialog):
    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.setObjectName("attachments_dialog")
        self.setWindowTitle(self.tr("Attachments"))
        self.records: list[dict[str, Any]] = []
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Scans and photos are kept inside the encrypted store. JPEG, PNG, TIFF or PDF, "
                                     "at most 20 MB each.")))
        self.message = MessageBar()
        box.addWidget(self.message)
        self.list = named(QTreeWidget(), self.tr("Attachments of the case"), "attachment_list")
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Type"), self.tr("Size (KB)"), self.tr("Added (UTC)")])
        self.list.itemActivated.connect(lambda *_: self.on_view_clicked())
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.kind = named(QComboBox(), self.tr("Kind of attachment"), "attachment_kind")
        for code in ATTACHMENT_KINDS:
            self.kind.addItem(self.kind_text(code), code)
        self.add = named(QPushButton(self.tr("&Add a file…")), self.tr("Add a file"), "attachment_add")
        self.scanner = named(QPushButton(self.tr("Take from the &scanner folder…")),
                             self.tr("Take every file waiting in the scanner folder"), "attachment_scanner")
        self.view = named(QPushButton(self.tr("&View")), self.tr("View the selected attachment"), "attachment_view")
        close = named(QPushButton(self.tr("Close")), self.tr("Close"), "attachment_close")
        for widget in (QLabel(self.tr("Kind:")), self.kind, self.add, self.scanner, self.view):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        box.addLayout(row)
        self.add.clicked.connect(self.on_add_clicked)
        self.scanner.clicked.connect(self.on_scanner_clicked)
        self.view.clicked.connect(self.on_view_clicked)
        close.clicked.connect(self.accept)
        can_add = ctx.allows("attachment.add")
        for widget in (self.kind, self.add, self.scanner):
            widget.setVisible(can_add)
        self.resize(640, 380)
        self.load()

    def kind_text(self, code: str) -> str:
        return {"consent_form": self.tr("Signed consent form"), "document": self.tr("Document"),
                "medical": self.tr("Medical note")}.get(code, self.tr("Other"))

    def load(self) -> None:
        from app.services import attachments

        case_id = self.case_id
        self.ctx.ops.run(lambda s: attachments.list_attachments(s, case_id), on_done=self.show_records,
                         on_failed=self.on_failed)

    def show_records(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.list.clear()
        for r in records:
            item = QTreeWidgetItem([self.kind_text(r["kind"]), r["media_type"].split("/")[-1].upper(),
                                    str(max(1, r["size"] // 1024)), r["created_at"][:16].replace("T", " ")])
            self.list.addTopLevelItem(item)
        if records:
            self.list.setCurrentItem(self.list.topLevelItem(len(records) - 1))
        self.view.setEnabled(bool(records))

    def on_failed(self, exc: object) -> None:
        from app.ui.ops import message_of

        self.message.show_error(message_of(exc))  # type: ignore[arg-type]

    def _added(self, ids: list[str]) -> None:
        self.message.show_info(self.tr("Files attached: %n", "", len(ids)) if ids else
                               self.tr("The scanner folder is empty."))
        self.load()

    def on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add a file"), "",
                                                self.tr("Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"))
        if not paths:
            return
        from pathlib import Path

        from app.services import attachments

        case_id, kind = self.case_id, self.kind.currentData()
        self.ctx.ops.run(lambda s: attachments.add_files(s, case_id, [Path(p) for p in paths], kind=kind),
                         on_done=self._added, on_failed=self.on_failed)

    def on_scanner_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Scanner folder"))
        if not folder:
            return
        from pathlib import Path

        from app.services import attachments

        case_id, kind = self.case_id, self.kind.currentData()
        self.ctx.ops.run(lambda s: attachments.import_folder(s, case_id, Path(folder), kind=kind),
                         on_done=self._added, on_failed=self.on_failed)

    def on_view_clicked(self) -> None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        if index < 0:
            return
        from app.services import attachments

        attachment_id = self.records[index]["id"]
        self.ctx.ops.run(lambda s: attachments.open_for_viewing(s, attachment_id), on_done=self.on_view_ready,
                         on_failed=self.on_failed)

    def on_view_ready(self, path: Any) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
