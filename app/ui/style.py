"""The application's style: the platform's own, with header sort arrows that point the way the list is sorted.

Qt's Fusion style draws a downward arrow for an ascending sort (A→Z, oldest first); readers expect ▲ for
ascending and ▼ for descending, as in every file manager. One proxy style, installed once, turns it round.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader


class NrmStyle(QProxyStyle):
    """The base style with header sort arrows pointing up for ascending and down for descending."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 — Qt's name
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
            flipped.sortIndicator = down if option.sortIndicator == up else up if option.sortIndicator == down else (
                option.sortIndicator)
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def install(app: QApplication | None = None) -> None:
    """Use NrmStyle for the whole application (once)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    if not isinstance(app.style(), NrmStyle):
        app.setStyle(NrmStyle(app.style().name()))



