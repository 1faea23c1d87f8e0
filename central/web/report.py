"""The monthly report as a PDF (reportlab, A4): each table headed and labelled in English and in Urdu, with bars.

The figures come k-suppressed from central.hub.stats; a withheld cell prints as "withheld" (it may hold fewer than
k persons, or be withheld so that a small one cannot be worked out). Urdu lines here are
short labels, so each is set right to left word by word, every Arabic-script word shaped by harfbuzz in logical
order (reportlab's own right-to-left layout needs rlbidi, which is not available).
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from central.web.labels import label

FONTS = Path(__file__).resolve().parent / "static" / "fonts"
LATIN, LATIN_BOLD, URDU, URDU_BOLD = "Hub-NotoSans", "Hub-NotoSans-Bold", "Hub-Nastaliq", "Hub-Nastaliq-Bold"
MARGIN, ROW = 42.0, 22.0
WITHHELD = "withheld"
BAR = (0.18, 0.42, 0.56)

SECTIONS: tuple[tuple[str, str, str, str | None], ...] = (  # figures key, English title, Urdu title, label kind
    ("post", "Persons screened by post", "چوکی کے لحاظ سے جانچے گئے افراد", None),
    ("sex", "Persons by sex", "جنس کے لحاظ سے افراد", "sex"),
    ("age_band", "Persons by age band", "عمر کے گروہ کے لحاظ سے افراد", None),
    ("nationality", "Persons by nationality", "قومیت کے لحاظ سے افراد", "country"),
    ("classification", "Persons by classification", "درجہ بندی کے لحاظ سے افراد", "classification"),
)
TOTALS = (("screenings", "Screenings", "جانچ"), ("persons", "Persons", "افراد"),
          ("referrals", "Referrals approved", "منظور شدہ ریفرلز"))
AGE = {"0-11": ("0 to 11 years", "0 سے 11 سال"), "12-17": ("12 to 17 years", "12 سے 17 سال"),
       "18-25": ("18 to 25 years", "18 سے 25 سال"), "26-40": ("26 to 40 years", "26 سے 40 سال"),
       "41+": ("41 years or more", "41 سال یا زیادہ"), "unknown": ("Age not known", "عمر نامعلوم")}


@cache
def _register() -> None:
    for name, stem in ((LATIN, "NotoSans-Regular"), (LATIN_BOLD, "NotoSans-Bold"),
                       (URDU, "NotoNastaliqUrdu-Regular"), (URDU_BOLD, "NotoNastaliqUrdu-Bold")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{stem}.ttf")))


def _arabic(word: str) -> bool:
    return any(0x0600 <= ord(ch) <= 0x06FF or 0xFB50 <= ord(ch) <= 0xFEFF for ch in word)


def _word(word: str, *, size: float, bold: bool) -> tuple[str, str, float, float]:
    """(text to draw, font, size, width): Arabic-script words shaped, others in Noto Sans a little smaller."""
    if _arabic(word):
        font = URDU_BOLD if bold else URDU
        shaped = shapeStr(word, font, size)
        data = getattr(shaped, "__shapeData__", None)
        width = sum(d.x_advance for d in data) * size / 1000 if data else pdfmetrics.stringWidth(word, font, size)
        return shaped, font, size, float(width)
    font, small = (LATIN_BOLD if bold else LATIN), size * 0.86
    return word, font, small, float(pdfmetrics.stringWidth(word, font, small))


def urdu(canvas: Canvas, text: str, *, right: float, y: float, size: float = 10, bold: bool = False) -> float:
    """Set a one-line Urdu label ending at `right`, words from right to left; returns its left edge."""
    x = right
    space = pdfmetrics.stringWidth(" ", LATIN, size)
    for i, word in enumerate(text.split()):
        shown, font, fsize, width = _word(word, size=size, bold=bold)
        x -= width + (space if i else 0)
        canvas.setFont(font, fsize)
        canvas.drawString(x, y, shown)
    return x


class _Page:
    """A cursor down A4 pages."""

    def __init__(self, canvas: Canvas) -> None:
        self.c, self.y = canvas, A4[1] - MARGIN
        self.width = A4[0] - 2 * MARGIN

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.c.showPage()
            self.y = A4[1] - MARGIN

    def heading(self, english: str, urdu_text: str, *, size: float = 13) -> None:
        self.need(ROW * 2.5)
        self.y -= ROW * 1.4
        self.c.setFont(LATIN_BOLD, size)
        self.c.drawString(MARGIN, self.y, english)
        urdu(self.c, urdu_text, right=MARGIN + self.width, y=self.y, size=size, bold=True)
        self.y -= ROW * 0.4

    def note(self, english: str, urdu_text: str) -> None:
        """A line of English, then a line of Urdu, in small type."""
        self.need(ROW * 2)
        self.y -= ROW * 0.8
        self.c.setFont(LATIN, 8.5)
        self.c.drawString(MARGIN, self.y, english)
        self.y -= ROW * 0.9
        urdu(self.c, urdu_text, right=MARGIN + self.width, y=self.y, size=9)

    def row(self, english: str, urdu_text: str, value: int | None, *, top: int, k: int) -> None:
        self.need(ROW)
        self.y -= ROW
        c = self.c
        c.setFont(LATIN, 9.5)
        c.drawString(MARGIN, self.y, english[:48])
        shown = str(value) if value is not None else WITHHELD
        c.setFont(LATIN_BOLD, 9.5)
        c.drawRightString(MARGIN + 250, self.y, shown)
        if value:
            c.setFillColorRGB(*BAR)
            c.rect(MARGIN + 258, self.y - 1, 120 * value / max(top, 1), 9, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        urdu(c, urdu_text, right=MARGIN + self.width, y=self.y, size=9.5)


def _names(key: str, code: str, kind: str | None) -> tuple[str, str]:
    if key == "age_band":
        return AGE.get(code, (code, code))
    if kind is None or code == "unknown":
        return (code, code) if code != "unknown" else ("Not known", "نامعلوم")
    return label(kind, code, "en"), label(kind, code, "ur")


def render(figures: dict[str, Any], *, month: str, office_name: str = "NRM office") -> bytes:
    """The monthly report PDF for `figures` (central.hub.stats.figures over one month)."""
    _register()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(f"NRM monthly report {month}")  # no personal data anywhere in the report
    page = _Page(canvas)
    page.heading(f"{office_name}: monthly report, {month}", f"ماہانہ رپورٹ {month}", size=15)
    k = int(figures["k"])
    page.note(f"Withheld: fewer than {k} persons, or a cell that would reveal such a small one.",
              f"پوشیدہ: {k} سے کم افراد، یا ایسا خانہ جس سے ان کی تعداد معلوم ہو جائے۔")
    page.heading("Totals", "مجموعی تعداد")
    top = max(figures["totals"].values() or [1])
    for key, english, urdu_text in TOTALS:
        page.row(english, urdu_text, figures["totals"][key], top=top, k=k)
    for key, english, urdu_text, kind in SECTIONS:
        cells = figures["persons_by"][key]
        page.heading(english, urdu_text)
        top = max([v for v in cells.values() if v] or [1])
        for code, value in cells.items():
            page.row(*_names(key, code, kind), value, top=top, k=k)
    _organisations(page, figures["organisations"], k=k)
    canvas.save()
    return out.getvalue()


def _organisations(page: _Page, orgs: dict[str, dict[str, Any]], *, k: int) -> None:
    page.heading("Organisations", "ادارے")
    page.note("Referrals routed; median hours from routing to acknowledgement and from acknowledgement to "
              "acceptance; share declined.",
              "بھیجے گئے ریفرلز؛ وصولی کی تصدیق اور قبولیت میں لگنے والے گھنٹے (درمیانی قدر)؛ رد کیے گئے ریفرلز کی شرح۔")
    if not orgs:
        page.row("No referrals routed yet", "ابھی کوئی ریفرل نہیں بھیجا گیا", 0, top=1, k=k)
        return
    _cells(page, ("Organisation", "Referrals", "Acknowledge", "Accept", "Declined"), bold=True)
    for org, v in orgs.items():
        shown = v["referrals"] is not None
        rate = v["decline_rate_percent"]
        _cells(page, (org[:28], _n(v["referrals"], k), _hours(v["hours_to_acknowledge"], k, shown),
                      _hours(v["hours_to_accept"], k, shown),
                      f"{rate}%" if rate is not None else ("-" if shown else WITHHELD)))


def _cells(page: _Page, cells: tuple[str, ...], *, bold: bool = False) -> None:
    page.need(ROW)
    page.y -= ROW
    page.c.setFont(LATIN_BOLD if bold else LATIN, 9.5)
    for x, text in zip((0, 190, 260, 340, 420), cells, strict=True):
        page.c.drawString(MARGIN + x, page.y, text)


def _hours(summary: dict[str, Any], k: int, shown: bool) -> str:
    """A median in hours; "-" when nothing was timed, "< k" when too few to show."""
    if summary["median"] is not None:
        return f"{summary['median']} h"
    return "-" if shown and summary["count"] == 0 else WITHHELD


def _n(value: int | None, k: int) -> str:
    return str(value) if value is not None else WITHHELD
