"""The case list: search as you type (debounced), filters, sort; Enter opens the case."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.picklists import CASE_STATUSES, CLASSIFICATIONS
from app.services.cases import CaseFilter
from app.ui.agenda_panel import CaseAgenda
from app.ui.cases_model import CaseTableModel
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.widgets import named

SEARCH_DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the minimum date shows as "Any" and means no bound


class CaseListPage(QWidget):
    case_opened = Signal(str)  # case id
    interviews_requested = Signal()  # the agenda's "continue an unfinished interview"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("case_list_page")
        self.model = CaseTableModel(ctx.ops, self)
        layout = QVBoxLayout(self)
        self.agenda = CaseAgenda(ctx)
        self.agenda.case_opened.connect(self.case_opened)
        self.agenda.interviews_requested.connect(self.interviews_requested)
        layout.addWidget(self.agenda)
        layout.addLayout(self._search_row())
        layout.addLayout(self._filter_row())
        self.table = named(QTableView(), self.tr("Cases"), "case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, width in ((0, 150), (1, 180), (2, 160), (3, 90), (4, 120), (5, 90), (7, 60)):
            title = self.model.headers()[column]  # never narrower than its (translated) title and sort arrow
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 28))
        self.table.activated.connect(self.on_table_activated)
        layout.addWidget(self.table, 1)
        self.count = named(QLabel(), self.tr("Number of matching cases"), "case_count")
        self.model.total_changed.connect(self.on_model_total_changed)
        self.model.page_loaded.connect(self.on_model_page_loaded)
        self._select_first = False
        layout.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.setFocusProxy(self.search)

    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = named(QLineEdit(), self.tr("Search cases"), "case_search")
        self.search.setPlaceholderText(self.tr("Search by name (either script), alias or document number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_textChanged)
        self.search.returnPressed.connect(self.on_search_returnPressed)
        self.open_button = named(QPushButton(self.tr("&Open case")), self.tr("Open the selected case"), "open_case")
        self.open_button.clicked.connect(self.on_open_button_clicked)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.open_button)
        self.incoming = named(QPushButton(self.tr("&Incoming transfers…")),
                              self.tr("Cases other posts transferred to this post"), "incoming_transfers_button")
        self.incoming.clicked.connect(self.on_incoming_clicked)
        row.addWidget(self.incoming)
        return row

    def on_incoming_clicked(self) -> None:
        """The queue of cases other posts sent here (issue 14; app/ui/transfer_dialog.py)."""
        from app.ui.transfer_dialog import IncomingTransfersDialog

        self.incoming_dialog = IncomingTransfersDialog(self.ctx, self)
        self.incoming_dialog.finished.connect(lambda _r: self.apply_filter())
        self.incoming_dialog.open()

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = self._combo(self.tr("Status filter"), "filter_status", CASE_STATUSES)
        self.classification = self._combo(self.tr("Classification filter"), "filter_classification", CLASSIFICATIONS)
        self.child = named(QComboBox(), self.tr("Children or adults filter"), "filter_child")
        self.child.addItem(self.tr("Children and adults"), None)
        self.child.addItem(self.tr("Children only"), True)
        self.child.addItem(self.tr("Adults only"), False)
        self.child.currentIndexChanged.connect(self.apply_filter)
        self.date_from = self._date(self.tr("Encounters from"), "filter_from")
        self.date_to = self._date(self.tr("Encounters until"), "filter_to")
        for text, widget in ((self.tr("Status:"), self.status), (self.tr("Classification:"), self.classification),
                             (self.tr("Age:"), self.child), (self.tr("From:"), self.date_from),
                             (self.tr("Until:"), self.date_to)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _combo(self, name: str, object_name: str, codes: tuple[str, ...]) -> QComboBox:
        combo = named(QComboBox(), name, object_name)
        combo.addItem(self.tr("Any"), None)
        for code in codes:
            combo.addItem(label(code), code)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _date(self, name: str, object_name: str) -> QDateEdit:
        edit = named(QDateEdit(), name, object_name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.apply_filter)
        return edit

    def current_filter(self) -> CaseFilter:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return CaseFilter(search=self.search.text().strip(), status=self.status.currentData(),
                          classification=self.classification.currentData(), child=self.child.currentData(),
                          date_from=day(self.date_from), date_to=day(self.date_to))

    def load(self) -> None:
        self.apply_filter()
        self.agenda.load()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def clear(self) -> None:
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.count.clear()
        self.agenda.clear()

    def on_search_textChanged(self, _text: str) -> None:
        self._debounce.start()

    def on_search_returnPressed(self) -> None:
        """Enter: search now and move to the results, first row selected, so a second Enter opens it."""
        self._select_first = True
        self.apply_filter()
        self.table.setFocus()

    def on_model_page_loaded(self, rows: int) -> None:
        if self._select_first and rows:
            self._select_first = False
            self.table.setCurrentIndex(self.model.index(0, 0))

    def on_model_total_changed(self, total: int) -> None:
        self.count.setText(self.tr("Matching cases: %n", "", total) if total else self.tr("No cases match."))

    def on_table_activated(self, index: QModelIndex) -> None:
        self.case_opened.emit(self.model.case_id(index.row()))

    def on_open_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.case_opened.emit(self.model.case_id(index.row()))
