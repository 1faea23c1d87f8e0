"""Charts drawn on the server as SVG geometry (no script, no CDN): bars for a table of counts, columns for months.

The templates turn these numbers into <svg> elements; right-to-left pages mirror the bars so they grow from the
reading start.
"""

from __future__ import annotations

from typing import Any

BAR_WIDTH, BAR_HEIGHT = 220, 14
COLUMN_AREA = (600, 160)


def bars(cells: dict[str, int | None], *, rtl: bool) -> list[dict[str, Any]]:
    """One bar per cell: its code, value (None when withheld) and the rectangle's x and width."""
    top = max([v for v in cells.values() if v] or [1])
    out = []
    for code, value in cells.items():
        width = round(BAR_WIDTH * (value or 0) / top, 1)
        out.append({"code": code, "value": value, "width": width, "x": BAR_WIDTH - width if rtl else 0})
    return out


def columns(cells: dict[str, int | None], *, rtl: bool) -> list[dict[str, Any]]:
    """One column per month in time order (mirrored in Urdu): x, y, width, height and the month's label."""
    months = sorted(cells)
    if rtl:
        months.reverse()
    width, height = COLUMN_AREA
    top = max([v for v in cells.values() if v] or [1])
    step = width / max(len(months), 1)
    out = []
    for i, month in enumerate(months):
        value = cells[month]
        h = round((height - 20) * (value or 0) / top, 1)
        out.append({"month": month, "value": value, "x": round(i * step + step * 0.15, 1), "w": round(step * 0.7, 1),
                    "y": round(height - 20 - h, 1), "h": h, "label_x": round(i * step + step / 2, 1)})
    return out
