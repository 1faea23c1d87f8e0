"""The letter's QR code: segno encodes the payload, reportlab draws it as one vector path."""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas


@lru_cache(maxsize=8)
def qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """Module count and the dark runs (row, first column, length) of a QR code, error correction M."""
    qr = segno.make_qr(data, error="m", boost_error=False)
    runs = []
    for r, row in enumerate(qr.matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(qr.matrix), tuple(runs)


def draw_qr(canvas: Canvas, data: str, *, x: float, y: float, size: float) -> None:
    """A QR code as one vector path of dark runs (sharp in print, no image), with a quiet zone."""
    count, runs = qr_runs(data)
    border = 2
    module = size / (count + 2 * border)
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(Color(0, 0, 0))
    path = canvas.beginPath()
    for r, c, length in runs:
        path.rect(x + (c + border) * module, y + size - (r + border + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
