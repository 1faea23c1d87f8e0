"""The case list as a lazily fetched table model: pages of 200 come from the database worker as you scroll."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain import names
from app.domain.model import CaseSummary
from app.services import cases
from app.services.cases import CaseFilter
from app.ui.labels import label, ui_language
from app.ui.ops import Ops

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("reference", "display_name", "name_native", "nationality", "encounter_date", "status",
           "classification", "is_child")
SORT_KEYS = {0: "reference", 1: "name", 4: "date", 5: "status"}  # columns the store can sort on


class CaseTableModel(QAbstractTableModel):
    """Rows are CaseSummary values; filter and sort run in the store, never over the loaded rows."""

    PAGE = 200
    total_changed = Signal(int)
    page_loaded = Signal(int)  # rows now loaded

    def __init__(self, ops: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[CaseSummary] = []
        self.filter = CaseFilter()
        self.sort_key, self.descending = "date", True
        self.total = 0
        self._more = False
        self._fetching = False
        self._query = 0

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reference"), self.tr("Name"), self.tr("Name (Urdu script)"), self.tr("Nationality"),
                self.tr("Encounter date"), self.tr("Status"), self.tr("Classification"), self.tr("Child"))

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)
        if not index.isValid() or role not in shown:  # the tooltip shows text a narrow column elides
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        value = getattr(row, column)
        if column in ("status", "classification"):
            return label(value)
        if column == "is_child":
            return self.tr("Child") if value else ""
        if column == "nationality":  # a country code: shown by its name in the interface language
            return names.nationality(value, ui_language()) if value else ""
        return value or ""

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        query, offset = self._query, len(self.rows)
        flt, key, desc, page = self.filter, self.sort_key, self.descending, self.PAGE
        self.ops.run(lambda s: cases.list_cases(s, flt, sort=key, descending=desc, limit=page, offset=offset),
                     on_done=lambda rows: self._on_page(query, rows), on_failed=lambda exc: self._on_failed(query, exc),
                     label=self.tr("Loading cases"))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- ours ---
    def set_filter(self, flt: CaseFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page with the current filter and sort; counts the matches too."""
        self._reset(more=True)
        query, flt = self._query, self.filter
        self.ops.run(lambda s: cases.count_cases(s, flt), on_done=lambda n: self._on_count(query, n),
                     label=self.tr("Counting cases"))
        self.fetchMore()

    def clear(self) -> None:
        """Drop every row (the post is locking); pages still in flight are ignored."""
        self._reset(more=False)
        self.total = 0
        self.total_changed.emit(0)

    def case_id(self, row: int) -> str:
        return self.rows[row].id

    def _reset(self, *, more: bool) -> None:
        self.beginResetModel()
        self._query += 1
        self.rows = []
        self._more, self._fetching = more, False
        self.endResetModel()

    def _on_count(self, query: int, total: int) -> None:
        if query == self._query:
            self.total = total
            self.total_changed.emit(total)

    def _on_page(self, query: int, rows: list[CaseSummary]) -> None:
        if query != self._query:
            return
        self._fetching = False
        self._more = len(rows) == self.PAGE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self.rows))

    def _on_failed(self, query: int, exc: BaseException) -> None:
        if query == self._query:
            self._fetching = False
            self._more = False
        from app.ui.ops import message_of

        self.ops.error_shown.emit(message_of(exc))
