"""The A4 page of a referral letter, drawn with reportlab in English, Urdu or both one after the other."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bidi import get_base_level
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.letters import rtl, texts
from app.letters.content import LetterContent
from app.letters.qr import draw_qr
from app.letters.rtl import LATIN_IN_URDU, Style, draw_line, draw_paragraph, draw_resolved, wrap
from app.letters.watermark import draw_watermark
from app.resources import require_resource

PAGE_W, PAGE_H = A4
MARGIN = 48.0
TOP, BOTTOM = PAGE_H - 40.0, 92.0  # the footer (notice and page number) lives below BOTTOM
WIDTH = PAGE_W - 2 * MARGIN
GREEN, GREY, RED = HexColor("#0b5d3b"), HexColor("#5a5a5a"), HexColor("#a3162b")
QR_SIZE = 92.0


NASTALIQ_LEADING = 2.25  # line height in ems for Urdu text


def styles(lang: str) -> dict[str, Style]:
    """Type sizes: Nastaliq sits smaller on its body, so Urdu is set a little larger with tall lines."""
    if lang == "ur":
        return {
            # Nastaliq's tall letters (ک گ ط) rise well above the line: 2.25 em keeps them off the line above
            "body": Style(12.0, rtl=True, leading=12.0 * NASTALIQ_LEADING),
            "bold": Style(12.0, rtl=True, bold=True, leading=12.0 * NASTALIQ_LEADING),
            "head": Style(14.0, rtl=True, bold=True, leading=14.0 * NASTALIQ_LEADING),
            "small": Style(9.0, rtl=True, leading=9.0 * NASTALIQ_LEADING),
        }
    return {
        "body": Style(10.0, leading=14.0),
        "bold": Style(10.0, bold=True, leading=14.0),
        "head": Style(12.0, bold=True, leading=17.0),
        "small": Style(7.5, leading=10.0),
    }


def value_style(style: Style, text: str) -> Style:
    """The style for a data value: direction from its first strong letter (Unicode rules P2-P3).

    Latin in an Urdu letter is set a little smaller; Urdu in an English letter a little larger, with
    room for Nastaliq's tall lines.
    """
    rtl = get_base_level(text) == 1
    if rtl == style.rtl:
        return style
    if style.rtl:
        return dataclasses.replace(style, rtl=False, size=style.size * LATIN_IN_URDU)
    size = style.size * 1.15
    return dataclasses.replace(style, rtl=True, size=size, leading=max(style.leading, size * NASTALIQ_LEADING))


class LetterCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that remembers each page's language so footers with 'page n of m' are drawn at the end."""

    def __init__(self, buffer: io.BytesIO) -> None:
        super().__init__(buffer, pagesize=A4, invariant=1, pageCompression=1)
        self.page_langs: list[str] = []
        self._saved_pages: list[dict[str, object]] = []
        self.current_lang = "en"
        self.training = False  # a practice post's letter: the TRAINING watermark on every page

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Keep the finished page for save(); footers need the page count."""
        self.page_langs.append(self.current_lang)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every page's footer now that the total is known, then write the PDF."""
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            draw_footer(self, lang=self.page_langs[number - 1], page=number, total=total)
            if self.training:
                draw_watermark(self)
            super().showPage()
        super().save()


def draw_footer(canvas: Canvas, *, lang: str, page: int, total: int) -> None:
    """Confidentiality notice and page number at the foot of a page."""
    style = styles(lang)["small"]
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, BOTTOM - 6, PAGE_W - MARGIN, BOTTOM - 6)
    canvas.setFillColor(GREY)
    y = BOTTOM - 6 - style.line_height
    draw_paragraph(canvas, texts.confidentiality(lang), x=MARGIN, y=y, width=WIDTH, style=style)
    draw_line(canvas, texts.page_number(page, total, lang), x=MARGIN, y=22, width=WIDTH, style=style, align="centre")
    canvas.setFillColor(Color(0, 0, 0))


class Sheet:
    """One language version being laid out: the canvas, a y cursor and the direction of the writing."""

    def __init__(self, canvas: LetterCanvas, lang: str, *, logo: Path) -> None:
        self.canvas, self.lang, self.logo = canvas, lang, logo
        self.rtl = lang == "ur"
        self.style = styles(lang)
        self.y = TOP
        self.page = 0
        canvas.current_lang = lang

    def x(self, offset: float, width: float) -> float:
        """Left edge of a box that starts offset points from the writing's start side."""
        return PAGE_W - MARGIN - offset - width if self.rtl else MARGIN + offset

    def need(self, height: float) -> None:
        """Start a new page when height no longer fits above the footer."""
        if self.y - height < BOTTOM + 8:
            self.canvas.showPage()
            self.canvas.current_lang = self.lang
            self.y = TOP - 10
            self.page += 1

    def text(self, text: str, *, key: str = "body", offset: float = 0.0, width: float = WIDTH) -> None:
        """A wrapped paragraph starting offset from the start side, in this sheet's direction."""
        self._lines(text, self.style[key], offset=offset, width=width)

    def value(self, text: str, *, key: str = "body", offset: float = 0.0, width: float = WIDTH) -> None:
        """A data value (name, reference, free text): its own direction, aligned to the sheet's start side."""
        self._lines(text, value_style(self.style[key], text), offset=offset, width=width)

    def _lines(self, text: str, style: Style, *, offset: float, width: float) -> None:
        """Wrap and draw text line by line, breaking pages as needed."""
        align = "right" if self.rtl else "left"
        for line in wrap(text, width, style=style):
            self.need(style.line_height)
            baseline = self.y - self.style["body"].size
            draw_resolved(self.canvas, line, x=self.x(offset, width), y=baseline, width=width, style=style, align=align)
            self.y -= style.line_height

    def label(self, key: str) -> str:
        """A fixed label in this sheet's language."""
        return texts.label(key, self.lang)

    def row(self, label: str, value: str, *, label_width: float = 150.0) -> None:
        """A label and its value side by side; the value may wrap."""
        value_style, label_style = self.style["body"], self.style["bold"]
        self.need(value_style.line_height * 2)
        top, page = self.y, self.page
        draw_line(self.canvas, label, x=self.x(0, label_width), y=top - self.style["body"].size,
                  width=label_width, style=label_style)  # fmt: skip
        self.value(value, offset=label_width + 8, width=WIDTH - label_width - 8)
        if self.page == page:  # an empty value still takes its line
            self.y = min(self.y, top - value_style.line_height)

    def heading(self, key: str) -> None:
        """A section heading with a thin rule under it."""
        style = self.style["head"]
        self.need(style.line_height * 3)
        self.y -= 6
        self.canvas.setFillColor(GREEN)
        draw_line(self.canvas, self.label(key), x=MARGIN, y=self.y - style.size, width=WIDTH, style=style)
        self.canvas.setFillColor(Color(0, 0, 0))
        self.y -= style.line_height
        self.canvas.setStrokeColor(GREEN)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(MARGIN, self.y + 3, PAGE_W - MARGIN, self.y + 3)
        self.y -= 4


def draw_letterhead(sheet: Sheet, content: LetterContent) -> None:
    """Logo, agency, circle and post, the title, and the confidentiality marking."""
    canvas, logo_size = sheet.canvas, 58.0
    canvas.drawImage(str(sheet.logo), sheet.x(0, logo_size), sheet.y - logo_size, logo_size, logo_size)
    offset, width = logo_size + 10, WIDTH - logo_size - 10 - 110
    sheet.text(sheet.label("agency"), key="head", offset=offset, width=width)
    post = f"{content.post_name} ({content.post_code})"
    post = texts.ltr(post) if sheet.rtl else post
    sheet.text(f"{sheet.label('circle')} · {post}", key="bold", offset=offset, width=width)
    sheet.text(f"{sheet.label('nrm')} · {sheet.label('title')}", offset=offset, width=width)
    draw_marking(sheet)
    sheet.y = min(sheet.y, TOP - logo_size) - 8
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(1.6)
    canvas.line(MARGIN, sheet.y, PAGE_W - MARGIN, sheet.y)
    sheet.y -= 12


def draw_marking(sheet: Sheet) -> None:
    """The boxed CONFIDENTIAL marking at the end side of the letterhead."""
    canvas, style = sheet.canvas, sheet.style["head"]
    box_w, box_h = 100.0, 24.0
    left = sheet.x(WIDTH - box_w, box_w)
    canvas.setStrokeColor(RED)
    canvas.setFillColor(RED)
    canvas.setLineWidth(1.2)
    canvas.rect(left, TOP - box_h - 2, box_w, box_h, stroke=1, fill=0)
    baseline = TOP - box_h + (5 if sheet.rtl else 5.5)
    draw_line(canvas, sheet.label("confidential"), x=left, y=baseline, width=box_w, style=style, align="centre")
    canvas.setFillColor(Color(0, 0, 0))


def draw_references(sheet: Sheet, content: LetterContent) -> None:
    """Letter number, date and case reference."""
    sheet.row(sheet.label("letter_id"), content.letter_id)
    sheet.row(sheet.label("date"), texts.format_date(content.issued_on, sheet.lang))
    sheet.row(sheet.label("case_reference"), content.case_reference)
    sheet.y -= 6


def draw_recipient(sheet: Sheet, content: LetterContent) -> None:
    """To whom the letter goes, and its subject."""
    kinds = ", ".join(texts.value(t, sheet.lang) for t in content.recipient_types)
    sheet.row(sheet.label("to"), content.recipient_name)
    if kinds:
        sheet.text(kinds, offset=158, width=WIDTH - 158)
    sheet.row(sheet.label("area"), content.recipient_area)
    sheet.row(sheet.label("subject"), texts.label("subject_text", sheet.lang))
    sheet.y -= 8


def draw_body(sheet: Sheet, content: LetterContent) -> None:
    """Salutation and the opening paragraph."""
    sheet.text(sheet.label("salutation"))
    sheet.y -= 4
    issued = texts.format_date(content.issued_on, sheet.lang)
    name = display_name(content, sheet.lang)
    sheet.text(texts.body(sheet.lang, name=name, issued=issued, post=content.post_name,
                          override_reason=content.override_reason))


def display_name(content: LetterContent, lang: str) -> str | None:
    """The person's name: in Urdu the name in their own script when recorded; in English both when both are."""
    p = content.person
    if lang == "ur":
        return p.name_native or p.full_name
    if p.full_name and p.name_native:
        return f"{p.full_name} ({p.name_native})"
    return p.full_name or p.name_native


def person_rows(content: LetterContent, lang: str) -> list[tuple[str, str]]:
    """The person's printed fields as (label key, value), in a fixed order; unset fields are left out."""
    p = content.person
    rows = [
        ("full_name", display_name(content, lang)),
        ("sex", texts.value(p.sex, lang) if p.sex else None),
        ("age", f"{p.age} {texts.label('years', lang)}" if p.age is not None else None),
        ("is_child", texts.label("yes", lang) if p.is_child else None),
        ("nationality", texts.coded(p.nationality, texts.NATIONALITIES, lang) if p.nationality else None),
        ("languages", "، ".join(texts.coded(c, texts.LANGUAGE_NAMES, lang) for c in p.languages)
         if lang == "ur" else ", ".join(texts.coded(c, texts.LANGUAGE_NAMES, lang) for c in p.languages)),
        ("contact_phone", p.contact_phone),
        ("identity_document", texts.document(p.identity_document, lang) if p.identity_document else None),
        ("family_details", p.family_details),
        ("screening_outcome", texts.coded(p.screening_outcome, texts.CLASSIFICATIONS, lang)
         if p.screening_outcome else None),
        ("circumstances", texts.circumstances(p.circumstances, lang) if p.circumstances else None),
    ]
    return [(k, v) for k, v in rows if v]


def draw_person(sheet: Sheet, content: LetterContent) -> None:
    """The person section: only what was passed in (already limited by consent and service type)."""
    rows = person_rows(content, sheet.lang)
    if not rows:
        return
    sheet.heading("person")
    for key, value in rows:
        sheet.row(sheet.label(key), value)


def draw_request(sheet: Sheet, content: LetterContent) -> None:
    """Services requested, urgency, the needs relevant to this recipient and the reason."""
    sheet.heading("request")
    sheet.row(sheet.label("services"), ", ".join(texts.value(s, sheet.lang) for s in content.services))
    sheet.row(sheet.label("urgency"), texts.value(content.urgency, sheet.lang))
    if content.reason:
        sheet.row(sheet.label("reason"), content.reason)
    if content.needs:
        sheet.need(sheet.style["bold"].line_height + 2 * sheet.style["body"].line_height)  # no orphan title
        sheet.text(sheet.label("needs"), key="bold")
        for name, note in need_rows(content, sheet.lang):
            if note:
                sheet.row(name, note)
            else:
                sheet.text(name, key="bold")


def need_rows(content: LetterContent, lang: str) -> list[tuple[str, str]]:
    """Each need as (its name, the officer's note): a safety need is never printed as a shelter need.

    Letters issued before needs had codes print under the service's name, as they always did."""
    return [(texts.value(n.service, lang), n.text) if n.code is None else (texts.coded(n.code, texts.NEEDS, lang), n.text)
            for n in content.needs]


def draw_terms(sheet: Sheet, *, keep_with: float) -> None:
    """The short glossary, kept on the page of the signatures (a page of signatures alone invites a swap)."""
    style = sheet.style["small"]
    text = texts.terms(sheet.lang)
    sheet.need(len(wrap(text, WIDTH, style=style)) * style.line_height + keep_with)
    sheet.text(text, key="small")


def signatures_height(style: Style) -> float:
    """Height the signature block takes: boxes, QR code and the two verification lines."""
    return QR_SIZE + 10 + 3 * style.line_height + 8


def draw_signatures(sheet: Sheet, content: LetterContent, *, payload: str, key_id: str,
                    verify_url: str | None = None) -> None:
    """Officer, supervisor and stamp boxes with the QR code beside them, then how to verify."""
    small = sheet.style["small"]
    gap = 10.0
    sheet.need(signatures_height(small))
    top, box_w = sheet.y - 6, (WIDTH - QR_SIZE - 3 * gap) / 3
    boxes = (
        ("officer", content.referring_officer, True),
        ("supervisor", content.approving_supervisor, True),
        ("stamp", "", False),
    )
    sheet.canvas.setStrokeColor(GREY)
    sheet.canvas.setLineWidth(0.6)
    for i, (key, name, signed) in enumerate(boxes):
        left = sheet.x(i * (box_w + gap), box_w)
        draw_box(sheet, left=left, top=top, width=box_w, title=sheet.label(key), name=name, signed=signed)
    draw_qr(sheet.canvas, payload, x=sheet.x(WIDTH - QR_SIZE, QR_SIZE), y=top - QR_SIZE, size=QR_SIZE)
    sheet.y = top - QR_SIZE - 4
    sheet.text(sheet.label("verify"), key="small")
    letter, key = (texts.ltr(content.letter_id), texts.ltr(key_id)) if sheet.rtl else (content.letter_id, key_id)
    sheet.text(f"{sheet.label('letter_id')}: {letter} · {sheet.label('key_id')}: {key}", key="small")
    if verify_url:  # the office's public /verify page, from the root.json pinned at enrolment
        url = texts.ltr(verify_url) if sheet.rtl else verify_url
        sheet.text(sheet.label("verify_online").replace("{url}", url), key="small")


def draw_box(sheet: Sheet, *, left: float, top: float, width: float, title: str, name: str, signed: bool) -> None:
    """One signature or stamp box: its title, the name (wrapped), and a line to sign on."""
    small, canvas = sheet.style["small"], sheet.canvas
    canvas.rect(left, top - QR_SIZE, width, QR_SIZE, stroke=1, fill=0)
    x, inner_width = left + 5, width - 10
    draw_line(canvas, title, x=x, y=top - small.line_height + 1, width=inner_width, style=small)
    name_style = dataclasses.replace(small, bold=True, rtl=texts.has_arabic(name), leading=small.size * 1.4)
    y = top - 2 * small.line_height + 2
    for line in wrap(name, width - 10, style=name_style)[:3]:
        align = "right" if sheet.rtl else "left"
        draw_resolved(canvas, line, x=x, y=y, width=inner_width, style=name_style, align=align)
        y -= name_style.line_height
    if signed:
        canvas.line(left + 5, top - QR_SIZE + 20, left + width - 5, top - QR_SIZE + 20)
        draw_line(canvas, sheet.label("signature"), x=x, y=top - QR_SIZE + 7, width=inner_width, style=small)


def draw_version(canvas: LetterCanvas, content: LetterContent, *, lang: str, payload: str, key_id: str,
                 logo: Path, verify_url: str | None = None) -> None:  # fmt: skip
    """One complete language version of the letter, starting on a fresh page."""
    sheet = Sheet(canvas, lang, logo=logo)
    draw_letterhead(sheet, content)
    draw_references(sheet, content)
    draw_recipient(sheet, content)
    draw_body(sheet, content)
    draw_person(sheet, content)
    draw_request(sheet, content)
    sheet.y -= 8
    draw_terms(sheet, keep_with=signatures_height(sheet.style["small"]))
    sheet.y -= 4
    draw_signatures(sheet, content, payload=payload, key_id=key_id, verify_url=verify_url)
    canvas.showPage()


def compose(content: LetterContent, *, lang: str, payload: str, key_id: str, logo_path: Path | None = None,
            verify_url: str | None = None) -> bytes:
    """The letter's PDF bytes as reportlab writes them (metadata is added afterwards)."""
    buffer = io.BytesIO()
    with rtl.fresh_shaping(), _binary_streams():
        canvas = LetterCanvas(buffer)
        _draw_document(canvas, content, lang=lang, payload=payload, key_id=key_id, logo_path=logo_path,
                       verify_url=verify_url)
    return buffer.getvalue()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Skip reportlab's ASCII85 layer on streams (a third of the render time); restores the setting."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _draw_document(canvas: LetterCanvas, content: LetterContent, *, lang: str, payload: str, key_id: str,
                   logo_path: Path | None, verify_url: str | None) -> None:  # fmt: skip
    """Metadata, then each language version, then save."""
    canvas.setTitle(f"Referral letter {content.letter_id}")
    canvas.setAuthor(f"NRM Desk · {content.post_code}")
    canvas.setCreator("NRM Desk")
    canvas.setSubject("Referral letter (National Referral Mechanism)")
    logo = logo_path or require_resource("icons", "letterhead-logo.png")
    canvas.training = content.training
    for part in ("en", "ur") if lang == "en+ur" else (lang,):
        draw_version(canvas, content, lang=part, payload=payload, key_id=key_id, logo=logo, verify_url=verify_url)
    canvas.save()

