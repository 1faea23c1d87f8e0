"""Header sort arrows point up for an ascending sort and down for a descending one (in the app's own style)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import QTableView


def arrow_widths(header, section_right: int) -> list[int]:
    """Dark pixels per row near the right end of the first section, where the sort arrow is drawn."""
    image = header.grab().toImage()
    widths = []
    for y in range(image.height()):
        count = sum(1 for x in range(section_right - 50, section_right)
                    if QColor(image.pixel(x, y)).lightness() < 140)
        if count:
            widths.append(count)
    return widths


def test_sort_arrows_point_the_way_the_list_is_sorted(qtbot, make_window, post_dir):
    make_window(post_dir)  # the main window installs the application's style
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Name", "Date"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.show()
    header = view.horizontalHeader()
    header.resizeSection(0, 200)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    up = arrow_widths(header, 200)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    down = arrow_widths(header, 200)
    assert len(up) >= 2 and up[0] < up[-1], f"ascending must draw ▲ (narrow on top): {up}"
    assert len(down) >= 2 and down[0] > down[-1], f"descending must draw ▼ (wide on top): {down}"
