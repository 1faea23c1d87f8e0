"""The trainer's workshop report: each trainee's and the group's results by skill, in English, Urdu or both.

    pdf_bytes = render_report(results, titles, lang="en+ur", prepared_on=date(2026, 12, 5))

`results` is `app.services.training.workshop_results()`; `titles` maps scenario ids to {"en", "ur"} titles.
Drawn with reportlab like the referral letters (the same fonts and right-to-left line layout), with the TRAINING
watermark on every page: the report comes from a practice post and holds synthetic cases only.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.letters import fonts
from app.letters.rtl import Style, draw_line, draw_paragraph
from app.letters.texts import format_date
from app.letters.watermark import draw_watermark
from app.training.feedback import SKILLS
from app.training.texts import SKILLS as SKILL_NAMES
from app.training.texts import text

PAGE_W, PAGE_H = A4
MARGIN, TOP, BOTTOM = 48.0, PAGE_H - 48.0, 64.0
WIDTH = PAGE_W - 2 * MARGIN
GREEN, GREY, PALE = HexColor("#0b5d3b"), HexColor("#5a5a5a"), HexColor("#dfe9e4")
LANGS = ("en", "ur", "en+ur")
BAR = 150.0


def styles(lang: str) -> dict[str, Style]:
    if lang == "ur":
        return {"body": Style(11.0, rtl=True, leading=24.0), "bold": Style(11.0, rtl=True, bold=True, leading=24.0),
                "head": Style(15.0, rtl=True, bold=True, leading=32.0), "small": Style(8.5, rtl=True, leading=19.0)}
    return {"body": Style(10.0, leading=15.0), "bold": Style(10.0, bold=True, leading=15.0),
            "head": Style(14.0, bold=True, leading=20.0), "small": Style(8.0, leading=11.0)}


class ReportCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Keeps pages until the end so each carries 'page n of m' and the watermark."""

    def __init__(self, buffer: io.BytesIO) -> None:
        super().__init__(buffer, pagesize=A4, invariant=1, pageCompression=1)
        self.pages: list[tuple[dict[str, object], str]] = []
        self.lang = "en"

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self.pages.append((dict(self.__dict__), self.lang))
        self._startPage()

    def save(self) -> None:
        total = len(self.pages)
        for number, (state, lang) in enumerate(self.pages, start=1):
            self.__dict__.update(state)
            style = styles(lang)["small"]
            self.setFillColor(GREY)
            draw_line(self, text("page", lang, page=number, total=total), x=MARGIN, y=BOTTOM - 30, width=WIDTH,
                      style=style, align="centre")
            draw_watermark(self)
            super().showPage()
        super().save()


class Sheet:
    """One language version being drawn: the position on the page and page breaks."""

    def __init__(self, canvas: ReportCanvas, lang: str) -> None:
        self.canvas, self.lang, self.style = canvas, lang, styles(lang)
        canvas.lang = lang
        self.y = TOP

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.canvas.showPage()
            self.canvas.lang = self.lang
            self.y = TOP

    def line(self, words: str, kind: str = "body", *, colour: Any = None) -> None:
        style = self.style[kind]
        self.room(style.line_height)
        self.canvas.setFillColor(colour or HexColor("#000000"))
        draw_line(self.canvas, words, x=MARGIN, y=self.y, width=WIDTH, style=style)
        self.y -= style.line_height

    def paragraph(self, words: str, kind: str = "small") -> None:
        style = self.style[kind]
        self.room(style.line_height * 3)
        self.canvas.setFillColor(GREY)
        self.y = draw_paragraph(self.canvas, words, x=MARGIN, y=self.y, width=WIDTH, style=style)

    def score_row(self, label: str, score: int | None) -> None:
        """Label at the start, a bar and the figure at the end (mirrored in Urdu)."""
        style = self.style["body"]
        self.room(style.line_height)
        rtl = style.rtl
        label_x = MARGIN if not rtl else MARGIN + BAR + 60
        self.canvas.setFillColor(HexColor("#000000"))
        draw_line(self.canvas, label, x=label_x, y=self.y, width=WIDTH - BAR - 60, style=style)
        bar_x = PAGE_W - MARGIN - BAR if not rtl else MARGIN
        self.canvas.setFillColor(PALE)
        self.canvas.rect(bar_x, self.y - 2, BAR, 9, stroke=0, fill=1)
        figure = text("not_practised", self.lang) if score is None else text("percent", self.lang, n=score)
        if score is not None:
            self.canvas.setFillColor(GREEN)
            filled = BAR * score / 100
            self.canvas.rect(bar_x if not rtl else bar_x + BAR - filled, self.y - 2, filled, 9, stroke=0, fill=1)
        self.canvas.setFillColor(GREY)
        small = self.style["small"]
        figure_x = bar_x - 58 if not rtl else bar_x + BAR + 4
        draw_line(self.canvas, figure, x=figure_x, y=self.y, width=54, style=small,
                  align="right" if not rtl else "left")
        self.y -= style.line_height


def render_report(results: Mapping[str, Any], titles: Mapping[str, Mapping[str, str]], *, lang: str,
                  prepared_on: date) -> bytes:
    """The report's PDF bytes (kept in memory; the caller decides where they go)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    fonts.register()
    buffer = io.BytesIO()
    canvas = ReportCanvas(buffer)
    canvas.setTitle("NRM Desk training report")
    canvas.setAuthor("NRM Desk")
    canvas.setCreator("NRM Desk")
    for part in ("en", "ur") if lang == "en+ur" else (lang,):
        _version(Sheet(canvas, part), results, titles, prepared_on)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _version(sheet: Sheet, results: Mapping[str, Any], titles: Mapping[str, Mapping[str, str]],
             prepared_on: date) -> None:
    lang = sheet.lang
    sheet.line(text("title", lang), "head", colour=GREEN)
    sheet.line(f"{text('post', lang)}: {results['code']}")
    sheet.line(f"{text('prepared', lang)}: {format_date(prepared_on, lang)}")
    sheet.paragraph(text("note", lang))
    sheet.y -= 6
    group = results["group"]
    sheet.line(text("group", lang), "head", colour=GREEN)
    if not group["attempts"]:
        sheet.line(text("none", lang))
        return
    sheet.line(f"{text('runs', lang)}: {group['attempts']}  ·  {text('mean', lang)}: {text('percent', lang, n=group['mean'])}")
    for skill in SKILLS:
        sheet.score_row(SKILL_NAMES[skill][lang], group["skills"][skill])
    for trainee in results["trainees"]:
        sheet.y -= 8
        sheet.room(sheet.style["head"].line_height * 4)
        sheet.line(f"{text('trainee', lang)}: {trainee['trainee']}", "head", colour=GREEN)
        runs, mean = len(trainee["attempts"]), text("percent", lang, n=trainee["mean"])
        sheet.line(f"{text('runs', lang)}: {runs}  ·  {text('mean', lang)}: {mean}")
        for skill in SKILLS:
            sheet.score_row(SKILL_NAMES[skill][lang], trainee["skills"][skill])
        for run in trainee["attempts"]:
            title = titles.get(run["scenario"], {}).get(lang, run["scenario"])
            sheet.score_row(f"{text('scenario', lang)}: {title}", run["score"])
