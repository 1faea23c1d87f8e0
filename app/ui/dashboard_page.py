"""The post dashboard (supervisor, admin): counts and times over the post's cases, charts painted with QPainter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import dashboard
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.widgets import MessageBar, named

BAR = QColor(46, 107, 143)


class BarChart(QWidget):
    """Horizontal bars, one per (label, value); they grow from the reading start (right in Urdu)."""

    ROW = 26

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.rows: list[tuple[str, int]] = []

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{text}: {value}" for text, value in rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        return QSize(420, max(1, len(self.rows)) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, max(1, len(self.rows)) * self.ROW + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        text_w, number_w = width * 0.45, 48.0
        bar_space = max(width - text_w - number_w - 16, 10.0)
        top = max([v for _, v in self.rows] or [1]) or 1
        flags = Qt.AlignmentFlag.AlignVCenter
        for i, (text, value) in enumerate(self.rows):
            y = 4 + i * self.ROW
            text_rect = QRectF(width - text_w if rtl else 0, y, text_w - 6, self.ROW)
            number_rect = QRectF(width - text_w - number_w if rtl else text_w, y, number_w - 6, self.ROW)
            painter.setPen(self.palette().text().color())
            painter.drawText(text_rect, flags | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft),
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(text_w - 8)))
            painter.drawText(number_rect, flags | Qt.AlignmentFlag.AlignHCenter, str(value))
            length = bar_space * value / top
            x = (width - text_w - number_w - length) if rtl else (text_w + number_w)
            painter.fillRect(QRectF(x, y + 6, length, self.ROW - 12), BAR)
        if not self.rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("DashboardPage", "Nothing yet"))
        painter.end()


def _figure(title: str, name: str) -> tuple[QFrame, QLabel]:
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    caption = QLabel(title)
    caption.setWordWrap(True)
    value = named(QLabel("–"), title, name)
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    value.setFont(font)
    layout.addWidget(caption)
    layout.addWidget(value)
    return box, value


class DashboardPage(QWidget):
    """What the issue lists for a supervisor: this month, referrals by stage and late, reviews waiting, times."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboard_page")
        self.figures: dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        self.message = MessageBar()
        outer.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        self.title = QLabel()
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        for i, (key, title) in enumerate(self._cards()):
            box, self.values[key] = _figure(title, f"dashboard_{key}")
            grid.addWidget(box, i // 3, i % 3)
        layout.addLayout(grid)
        charts = QHBoxLayout()
        self.classifications = BarChart(self.tr("Classifications this month"))
        self.stages = BarChart(self.tr("Referrals by stage"))
        for chart, title in ((self.classifications, self.tr("Classifications this month")),
                             (self.stages, self.tr("Referrals by stage"))):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(chart)
            charts.addWidget(group)
        layout.addLayout(charts)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        layout.addStretch(1)

    def _cards(self) -> list[tuple[str, str]]:
        return [("open_cases", self.tr("Open cases")),
                ("screenings_this_month", self.tr("Screenings this month")),
                ("referrals_overdue", self.tr("Referrals overdue")),
                ("decisions_awaiting_review", self.tr("Decisions awaiting review")),
                ("days_encounter_to_approved", self.tr("Days from encounter to referral approved (median, 90%)")),
                ("days_approved_to_acknowledged",
                 self.tr("Days from approval to acknowledgement (median, 90%)"))]

    def load(self) -> None:
        self.ctx.ops.run(dashboard.figures, on_done=self.on_loaded, label=self.tr("Loading the dashboard"))

    def on_loaded(self, figures: dict[str, Any]) -> None:
        self.figures = figures
        self.title.setText(self.tr("This month: %1").replace("%1", "\u2066" + figures["month"] + "\u2069"))
        for key, value in self.values.items():
            found = figures[key]
            value.setText(self._times(found) if isinstance(found, dict) else str(found))
        self.classifications.set_rows([(label(code) if code != "unclassified" else self.tr("Not classified"), n)
                                       for code, n in figures["classifications_this_month"].items()])
        self.stages.set_rows([(label(code), n) for code, n in figures["referrals_by_stage"].items()])
        totals = figures["totals"]
        text = self.tr("Since the post began: screenings %1, persons %2, referrals approved %3.")
        for n, key in enumerate(("screenings", "persons", "referrals"), start=1):
            text = text.replace(f"%{n}", str(totals[key]))
        self.totals.setText(text)

    def _times(self, summary: dict[str, Any]) -> str:
        if not summary["count"]:
            return self.tr("none yet")
        return self.tr("%1 (90%: %2)").replace("%1", str(summary["median"])).replace("%2", str(summary["p90"]))

    def clear(self) -> None:
        self.figures = None
        for value in self.values.values():
            value.setText("–")
        self.classifications.set_rows([])
        self.stages.set_rows([])
        self.title.clear()
        self.totals.clear()


def selftest_dashboard(driver: Any) -> None:
    """Self-test step: a supervisor opens the dashboard; its figures agree with the service; a screenshot."""
    workspace = driver.window.workspace
    workspace.show_tab("dashboard")
    page = workspace.pages.get("dashboard")
    if page is None:
        raise RuntimeError("the dashboard tab is missing for a supervisor")
    driver.settle()
    if page.figures is None or page.values["open_cases"].text() != str(page.figures["open_cases"]):
        raise RuntimeError("the dashboard did not show its figures")
    driver.shoot("dashboard")
