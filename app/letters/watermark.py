"""The diagonal TRAINING watermark on every page a practice post prints (letters and the trainer's report)."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.letters import fonts
from app.letters.rtl import Style, draw_line

TEXT = {"en": "TRAINING · PRACTICE ONLY · NOT A REAL REFERRAL", "ur": "تربیت · صرف مشق · یہ اصل ریفرل نہیں"}
COLOUR = HexColor("#a3162b")
OPACITY = 0.18
ANGLE = 45.0


def draw_watermark(canvas: Canvas) -> None:
    """English and Urdu lines across the page's diagonal, under everything drawn after and faint over the rest."""
    fonts.register()
    width, height = A4
    span = (width**2 + height**2) ** 0.5 * 0.8
    canvas.saveState()
    canvas.setFillColor(COLOUR)
    canvas.setFillAlpha(OPACITY)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(ANGLE)
    draw_line(canvas, TEXT["en"], x=-span / 2, y=14, width=span, style=Style(24.0, bold=True), align="centre")
    draw_line(canvas, TEXT["ur"], x=-span / 2, y=-46, width=span, style=Style(28.0, rtl=True, bold=True),
              align="centre")
    canvas.restoreState()
