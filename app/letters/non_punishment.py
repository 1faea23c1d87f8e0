"""A second letter kind: the non-punishment recommendation to the investigating officer (issue 14).

Same page, fonts and right-to-left drawing as the referral letter (app.letters.layout); its own wording. It states
only what the post recorded: a presumed victim (not a formally identified one), in detention, the FIR and sections
as recorded, and the reason the supervisor gave. It carries no QR code: it is signed and stamped by hand.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from app.letters import fonts, texts
from app.letters.layout import (
    BOTTOM,
    GREEN,
    GREY,
    MARGIN,
    PAGE_W,
    QR_SIZE,
    TOP,
    WIDTH,
    LetterCanvas,
    Sheet,
    _binary_streams,
    draw_box,
    draw_marking,
    styles,
)
from app.letters.rtl import draw_line, draw_paragraph
from app.resources import require_resource

WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "Non-punishment recommendation", "ur": "سزا نہ دینے کی سفارش"},
    "to": {"en": "To", "ur": "بخدمت"},
    "subject": {"en": "Subject", "ur": "موضوع"},
    "subject_text": {"en": "Recommendation not to punish a presumed victim of trafficking for offences compelled by the "
                           "trafficking",
                     "ur": "انسانی ٹریفکنگ کے ممکنہ متاثرہ فرد کو ان جرائم پر سزا نہ دینے کی سفارش جو ٹریفکنگ کی "
                           "وجہ سے سرزد ہوئے"},
    "salutation": {"en": "Sir / Madam,", "ur": "محترم جناب / محترمہ،"},
    "body": {"en": "The person named below was screened at this post on the indicators of trafficking in persons and "
                   "is recorded as a presumed victim of trafficking. This is the post's assessment, not a formal "
                   "identification by a court. The person is in detention. We recommend that the person not be "
                   "prosecuted or punished for offences committed as a direct consequence of having been trafficked, "
                   "and that the person be offered the protection and assistance due to a victim.",
             "ur": "ذیل میں درج فرد کی اس پوسٹ پر انسانی ٹریفکنگ کے اشاریوں کے مطابق اسکریننگ کی گئی اور اسے "
                   "انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد درج کیا گیا ہے۔ یہ پوسٹ کا جائزہ ہے، عدالت کی جانب سے "
                   "باقاعدہ شناخت نہیں۔ یہ فرد حراست میں ہے۔ ہماری سفارش ہے کہ اس فرد پر ان جرائم کا مقدمہ نہ چلایا "
                   "جائے اور نہ سزا دی جائے جو ٹریفکنگ کا شکار ہونے کے براہِ راست نتیجے میں سرزد ہوئے، اور اسے وہ "
                   "تحفظ اور معاونت فراہم کی جائے جو ایک متاثرہ فرد کا حق ہے۔"},
    "person": {"en": "The person", "ur": "فرد"},
    "name": {"en": "Name", "ur": "نام"},
    "relation": {"en": "Parentage", "ur": "ولدیت / زوجیت"},
    "nationality": {"en": "Nationality", "ur": "قومیت"},
    "detention": {"en": "Detention", "ur": "حراست"},
    "detained_since": {"en": "Detained since", "ur": "کب سے حراست میں"},
    "law": {"en": "Detained under", "ur": "حراست کا قانون"},
    "investigation": {"en": "The investigation", "ur": "تفتیش"},
    "fir": {"en": "FIR or enquiry no.", "ur": "ایف آئی آر یا انکوائری نمبر"},
    "sections": {"en": "Sections recorded", "ur": "درج دفعات"},
    "reason": {"en": "Reason for the recommendation", "ur": "سفارش کی وجہ"},
    "letter_id": {"en": "Letter no.", "ur": "خط نمبر"},
    "date": {"en": "Date", "ur": "تاریخ"},
    "case_reference": {"en": "Case reference", "ur": "کیس حوالہ نمبر"},
    "officer": {"en": "Recommending supervisor", "ur": "سفارش کرنے والے نگران افسر"},
    "stamp": {"en": "Official stamp", "ur": "سرکاری مہر"},
    "not_recorded": {"en": "not recorded", "ur": "درج نہیں"},
    "confidential": {"en": "Confidential: the information in this letter is only for the officer it is addressed to, "
                           "and only for the investigation named. If this letter reached you by mistake, please tell "
                           "the issuing post and destroy it.",
                     "ur": "خفیہ: اس خط میں درج معلومات صرف اُس افسر کے لیے ہیں جس کے نام یہ خط لکھا گیا ہے، اور "
                           "انہیں صرف مذکورہ تفتیش کے لیے استعمال کیا جائے۔ اگر یہ خط غلطی سے آپ تک پہنچا ہے تو "
                           "براہِ کرم جاری کرنے والے دفتر کو مطلع کریں اور اسے تلف کر دیں۔"},
}


@dataclass(frozen=True)
class NonPunishmentContent:
    """What the letter prints, already in words (names, not codes) for each language."""

    letter_id: str
    case_reference: str
    post_code: str
    post_name: str
    issued_on: date
    addressee: str  # the investigating officer (name and office) as the supervisor wrote it
    person_name: str
    name_native: str
    relation: dict[str, str]  # {"en": "s/o Gul Khan", "ur": "ولد گل خان"}; empty strings when not recorded
    nationality: dict[str, str]
    detained_since: date | None
    detention_law: dict[str, str]
    fir_number: str
    sections: dict[str, list[str]]
    reason: str
    supervisor: str


def word(key: str, lang: str) -> str:
    return WORDS[key][lang]


def render_non_punishment(content: NonPunishmentContent, *, lang: str) -> bytes:
    """The letter as PDF bytes (never written to disk here); lang is en, ur or en+ur."""
    fonts.register()
    buffer = io.BytesIO()
    with _binary_streams():
        canvas = _Canvas(buffer)
        canvas.setTitle(f"Non-punishment recommendation {content.letter_id}")
        canvas.setAuthor(f"NRM Desk · {content.post_code}")
        canvas.setCreator("NRM Desk")
        logo = require_resource("icons", "letterhead-logo.png")
        for part in ("en", "ur") if lang == "en+ur" else (lang,):
            _draw(canvas, content, lang=part, logo=logo)
        canvas.save()
    return buffer.getvalue()


class _Canvas(LetterCanvas):
    """The referral letter's canvas with this letter's own confidentiality notice in the footer."""

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            _footer(self, lang=self.page_langs[number - 1], page=number, total=total)
            Canvas.showPage(self)
        Canvas.save(self)


def _footer(canvas: Canvas, *, lang: str, page: int, total: int) -> None:
    style = styles(lang)["small"]
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, BOTTOM - 6, PAGE_W - MARGIN, BOTTOM - 6)
    canvas.setFillColor(GREY)
    draw_paragraph(canvas, word("confidential", lang), x=MARGIN, y=BOTTOM - 6 - style.line_height, width=WIDTH,
                   style=style)
    draw_line(canvas, texts.page_number(page, total, lang), x=MARGIN, y=22, width=WIDTH, style=style, align="centre")
    canvas.setFillColor(Color(0, 0, 0))


def _draw(canvas: LetterCanvas, content: NonPunishmentContent, *, lang: str, logo: Path) -> None:
    sheet = Sheet(canvas, lang, logo=logo)
    _letterhead(sheet, content)
    ltr = texts.ltr if sheet.rtl else (lambda v: v)
    sheet.row(word("letter_id", lang), ltr(content.letter_id))
    sheet.row(word("date", lang), texts.format_date(content.issued_on, lang))
    sheet.row(word("case_reference", lang), ltr(content.case_reference))
    sheet.y -= 6
    sheet.row(word("to", lang), content.addressee)
    sheet.row(word("subject", lang), word("subject_text", lang))
    sheet.y -= 6
    sheet.text(word("salutation", lang))
    sheet.y -= 4
    sheet.text(word("body", lang))
    missing = word("not_recorded", lang)
    _heading(sheet, word("person", lang))
    name = (content.name_native or content.person_name) if lang == "ur" else (
        f"{content.person_name} ({content.name_native})" if content.name_native else content.person_name)
    sheet.row(word("name", lang), name)
    if content.relation.get(lang):
        sheet.row(word("relation", lang), content.relation[lang])
    sheet.row(word("nationality", lang), content.nationality.get(lang) or missing)
    _heading(sheet, word("detention", lang))
    since = texts.format_date(content.detained_since, lang) if content.detained_since else missing
    sheet.row(word("detained_since", lang), since)
    sheet.row(word("law", lang), content.detention_law.get(lang) or missing)
    _heading(sheet, word("investigation", lang))
    sheet.row(word("fir", lang), ltr(content.fir_number) if content.fir_number else missing)
    separator = "؛ " if lang == "ur" else "; "
    sheet.row(word("sections", lang), separator.join(content.sections[lang]) or missing)
    _heading(sheet, word("reason", lang))
    sheet.value(content.reason)
    _signatures(sheet, content)
    canvas.showPage()


def _letterhead(sheet: Sheet, content: NonPunishmentContent) -> None:
    canvas, logo_size = sheet.canvas, 58.0
    canvas.drawImage(str(sheet.logo), sheet.x(0, logo_size), sheet.y - logo_size, logo_size, logo_size)
    offset, width = logo_size + 10, WIDTH - logo_size - 10 - 110
    sheet.text(texts.label("agency", sheet.lang), key="head", offset=offset, width=width)
    post = f"{content.post_name} ({content.post_code})"
    post = texts.ltr(post) if sheet.rtl else post
    sheet.text(f"{texts.label('circle', sheet.lang)} · {post}", key="bold", offset=offset, width=width)
    sheet.text(f"{texts.label('nrm', sheet.lang)} · {word('title', sheet.lang)}", offset=offset, width=width)
    draw_marking(sheet)
    sheet.y = min(sheet.y, TOP - logo_size) - 8
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(1.6)
    canvas.line(MARGIN, sheet.y, PAGE_W - MARGIN, sheet.y)
    sheet.y -= 12


def _heading(sheet: Sheet, text: str) -> None:
    """A section heading like the referral letter's, with wording of this letter."""
    style = sheet.style["head"]
    sheet.need(style.line_height * 3)
    sheet.y -= 6
    sheet.canvas.setFillColor(GREEN)
    draw_line(sheet.canvas, text, x=MARGIN, y=sheet.y - style.size, width=WIDTH, style=style)
    sheet.canvas.setFillColor(Color(0, 0, 0))
    sheet.y -= style.line_height
    sheet.canvas.setStrokeColor(GREEN)
    sheet.canvas.setLineWidth(0.5)
    sheet.canvas.line(MARGIN, sheet.y + 3, PAGE_W - MARGIN, sheet.y + 3)
    sheet.y -= 4


def _signatures(sheet: Sheet, content: NonPunishmentContent) -> None:
    """The supervisor's signature and the stamp, signed by hand."""
    sheet.need(QR_SIZE + 20)
    top, gap = sheet.y - 10, 10.0
    box_w = (WIDTH - gap) / 2
    sheet.canvas.setStrokeColor(GREY)
    sheet.canvas.setLineWidth(0.6)
    draw_box(sheet, left=sheet.x(0, box_w), top=top, width=box_w, title=word("officer", sheet.lang),
             name=content.supervisor, signed=True)
    draw_box(sheet, left=sheet.x(box_w + gap, box_w), top=top, width=box_w, title=word("stamp", sheet.lang), name="",
             signed=False)
    sheet.y = top - QR_SIZE - 4
