"""The service directory: organisations, services, area, contact; the post admin may add and edit entries."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Organisation
from app.domain.picklists import ORGANISATION_KINDS, SERVICES
from app.services import cases
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.ops import message_of
from app.ui.record_model import Column, RecordModel
from app.ui.widgets import MessageBar, named


class OrganisationDialog(QDialog):
    def __init__(self, org: Organisation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_dialog")
        self.setWindowTitle(self.tr("Edit organisation") if org else self.tr("Add organisation"))
        self.org_id = org.id if org else f"org-{uuid.uuid4().hex[:12]}"
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = named(QLineEdit(org.name if org else ""), self.tr("Name in English"), "org_name")
        self.name_ur = named(QLineEdit(org.name_ur if org else ""), self.tr("Name in Urdu"), "org_name_ur")
        self.name_ur.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.area = named(QLineEdit(org.area if org else ""), self.tr("Area"), "org_area")
        self.contact = named(QLineEdit(org.contact if org else ""), self.tr("Contact"), "org_contact")
        self.kind = named(QComboBox(), self.tr("Kind of organisation"), "org_kind")
        for code in ORGANISATION_KINDS:
            self.kind.addItem(label(code), code)
        if org:
            self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind)))
        grid = QGridLayout()
        self.services: dict[str, QCheckBox] = {}
        for n, code in enumerate(SERVICES):
            box = named(QCheckBox(label(code)), label(code), f"org_service_{code}")
            box.setChecked(bool(org and code in org.services))
            self.services[code] = box
            grid.addWidget(box, n // 2, n % 2)
        boxes = QWidget()
        boxes.setLayout(grid)
        form.addRow(self.tr("&Name (English):"), self.name)
        form.addRow(self.tr("Name (&Urdu):"), self.name_ur)
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Services:"), boxes)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = named(buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole), self.tr("Save"),
                        "org_save")
        named(buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Cancel"),
              "org_cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def organisation(self) -> Organisation:
        return Organisation(id=self.org_id, name=self.name.text().strip(), name_ur=self.name_ur.text().strip(),
                            services=tuple(c for c, b in self.services.items() if b.isChecked()),
                            area=self.area.text().strip(), contact=self.contact.text().strip(),
                            kind=self.kind.currentData())


class DirectoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("directory_page")
        self.dialog: OrganisationDialog | None = None
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("DirectoryPage", "Organisation"), lambda o: o.name),
            Column(lambda: QCoreApplication.translate("DirectoryPage", "Name in Urdu"), lambda o: o.name_ur),
            Column(lambda: QCoreApplication.translate("DirectoryPage", "Services"), lambda o: ", ".join(label(s) for s in o.services)),
            Column(lambda: QCoreApplication.translate("DirectoryPage", "Area"), lambda o: o.area),
            Column(lambda: QCoreApplication.translate("DirectoryPage", "Contact"), lambda o: o.contact),
            Column(lambda: QCoreApplication.translate("DirectoryPage", "Kind"), lambda o: label(o.kind)),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.filter = named(QLineEdit(), self.tr("Filter organisations"), "directory_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, service or area"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        caption = QLabel(self.tr("&Filter:"))
        caption.setBuddy(self.filter)
        row.addWidget(caption)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.table = named(QTableView(), self.tr("Service directory"), "directory_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.on_table_activated)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = named(QPushButton(self.tr("&Add organisation…")), self.tr("Add an organisation"), "org_add")
        self.edit = named(QPushButton(self.tr("&Edit…")), self.tr("Edit the selected organisation"), "org_edit")
        self.add.clicked.connect(self.on_add_clicked)
        self.edit.clicked.connect(self.on_edit_clicked)
        buttons.addWidget(self.add)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        editable = ctx.allows("directory.edit")
        self.add.setVisible(editable)
        self.edit.setVisible(editable)
        self.setFocusProxy(self.filter)

    def load(self) -> None:
        self.ctx.ops.run(cases.directory_list, on_done=self.model.set_records, label=self.tr("Loading the directory"))

    def clear(self) -> None:
        self.model.clear()
        self.filter.clear()

    def on_add_clicked(self) -> None:
        self._open(None)

    def on_edit_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(self.proxy.data(index, Qt.ItemDataRole.UserRole))

    def on_table_activated(self, _index: QModelIndex) -> None:
        if self.ctx.allows("directory.edit"):
            self.on_edit_clicked()

    def _open(self, org: Organisation | None) -> None:
        self.dialog = OrganisationDialog(org, self)
        self.dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog.open()

    def on_dialog_accepted(self) -> None:
        assert self.dialog is not None
        org = self.dialog.organisation()
        self.ctx.ops.run(lambda s: cases.directory_save(s, org), on_done=lambda _r: self.on_saved(),
                         on_failed=lambda exc: self.message.show_error(message_of(exc)),
                         label=self.tr("Saving the organisation"))

    def on_saved(self) -> None:
        self.message.show_info(self.tr("The directory was saved."))
        self.load()
