"""The person's own copy: everything the post holds about one person, as a PDF in English and then Urdu."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from app.domain.names import language, nationality
from app.letters import fonts, texts
from app.letters.layout import (
    BOTTOM,
    GREEN,
    GREY,
    MARGIN,
    PAGE_W,
    WIDTH,
    LetterCanvas,
    Sheet,
    _binary_streams,
    styles,
)
from app.letters.rtl import draw_line, draw_paragraph
from app.resources import require_resource

L: dict[str, dict[str, str]] = {
    "title": {"en": "Information held about you", "ur": "آپ کے بارے میں محفوظ معلومات"},
    "intro": {
        "en": "On {date} the post {post} holds the following information about you. You asked for this copy; "
              "it is yours to keep. If something is wrong, you may ask the post to correct it.",
        "ur": "{date} کو {post} کے دفتر کے پاس آپ کے بارے میں درج ذیل معلومات موجود ہیں۔ یہ نقل آپ کی درخواست پر "
              "دی گئی ہے اور آپ اسے اپنے پاس رکھ سکتے ہیں۔ اگر کوئی بات درست نہیں تو آپ دفتر سے اس کی درستی کی "
              "درخواست کر سکتے ہیں۔",
    },
    "footer": {
        "en": "Personal information. Keep this copy safe: it is meant only for the person it is about.",
        "ur": "ذاتی معلومات۔ اس نقل کو محفوظ رکھیں: یہ صرف اُسی فرد کے لیے ہے جس کے بارے میں ہے۔",
    },
    "case_reference": {"en": "Case reference", "ur": "کیس حوالہ نمبر"},
    "person": {"en": "You", "ur": "آپ"},
    "name": {"en": "Name", "ur": "نام"},
    "name_native": {"en": "Name in your script", "ur": "آپ کی تحریر میں نام"},
    "aliases": {"en": "Other names", "ur": "دیگر نام"},
    "sex": {"en": "Sex", "ur": "جنس"},
    "date_of_birth": {"en": "Date of birth", "ur": "تاریخِ پیدائش"},
    "age": {"en": "Age (estimated)", "ur": "عمر (اندازاً)"},
    "nationality": {"en": "Nationality", "ur": "قومیت"},
    "languages": {"en": "Languages spoken", "ur": "بولی جانے والی زبانیں"},
    "documents": {"en": "Identity documents", "ur": "شناختی دستاویزات"},
    "encounters": {"en": "How the post met you", "ur": "دفتر سے آپ کی ملاقات"},
    "notes": {"en": "Notes", "ur": "تحریری نوٹ"},
    "screenings": {"en": "Screening interviews", "ur": "اسکریننگ انٹرویو"},
    "outcome": {"en": "Outcome", "ur": "نتیجہ"},
    "reason": {"en": "Reason", "ur": "وجہ"},
    "consents": {"en": "Your consents", "ur": "آپ کی رضامندیاں"},
    "purpose": {"en": "Purpose", "ur": "مقصد"},
    "recipient": {"en": "Shared with", "ur": "جن کے ساتھ معلومات کا تبادلہ ہو"},
    "method": {"en": "Given", "ur": "طریقہ"},
    "given_on": {"en": "Given on", "ur": "تاریخ"},
    "withdrawn_on": {"en": "Withdrawn on", "ur": "واپس لینے کی تاریخ"},
    "needs": {"en": "Needs recorded", "ur": "درج کی گئی ضروریات"},
    "referrals": {"en": "Referrals", "ur": "ریفرل"},
    "organisation": {"en": "Organisation", "ur": "ادارہ"},
    "services": {"en": "Services", "ur": "خدمات"},
    "status": {"en": "Status", "ur": "صورتِ حال"},
    "central_office": {"en": "The central office", "ur": "مرکزی دفتر"},
    "none": {"en": "None recorded.", "ur": "کچھ درج نہیں۔"},
    "changes": {"en": "Corrections made to your details", "ur": "آپ کی تفصیلات میں کی گئی درستیاں"},
    "detail": {"en": "Detail", "ur": "تفصیل"},
    "before": {"en": "Before", "ur": "پہلے"},
    "after": {"en": "After", "ur": "بعد میں"},
    "attachments": {"en": "Documents and scans kept", "ur": "محفوظ دستاویزات اور اسکین"},
    "kind": {"en": "Kind", "ur": "قسم"},
    "added_on": {"en": "Added on", "ur": "شامل کرنے کی تاریخ"},
    "changed_on": {"en": "Corrected on", "ur": "درستی کی تاریخ"},
}
# What a correction changed, in words (a field not listed reads as "another detail").
FIELDS: dict[str, dict[str, str]] = {
    "person.given_name": {"en": "Given name", "ur": "پہلا نام"},
    "person.family_name": {"en": "Family name", "ur": "خاندانی نام"},
    "person.name_native": {"en": "Name in your script", "ur": "آپ کی تحریر میں نام"},
    "person.date_of_birth": {"en": "Date of birth", "ur": "تاریخِ پیدائش"},
    "person.estimated_age": {"en": "Age (estimated)", "ur": "عمر (اندازاً)"},
    "person.sex": {"en": "Sex", "ur": "جنس"},
    "person.nationality": {"en": "Nationality", "ur": "قومیت"},
}
OTHER_FIELD = {"en": "Another detail", "ur": "کوئی اور تفصیل"}
KINDS: dict[str, dict[str, str]] = {
    "consent_form": {"en": "Signed consent form", "ur": "دستخط شدہ رضامندی فارم"},
    "document": {"en": "Document", "ur": "دستاویز"},
    "medical": {"en": "Medical note", "ur": "طبی نوٹ"},
    "other": {"en": "Other", "ur": "دیگر"},
}
CODES: dict[str, dict[str, str]] = {
    "assistance": {"en": "Assistance", "ur": "معاونت"},
    "referral": {"en": "Referral", "ur": "ریفرل"},
    "data_sharing": {"en": "Sharing of information", "ur": "معلومات کا تبادلہ"},
    "written": {"en": "In writing", "ur": "تحریری"},
    "verbal": {"en": "Spoken", "ur": "زبانی"},
    "draft": {"en": "Being prepared", "ur": "تیاری میں"},
    "submitted": {"en": "Waiting for approval", "ur": "منظوری کا منتظر"},
    "returned": {"en": "Being revised", "ur": "نظرِ ثانی میں"},
    "approved": {"en": "Approved", "ur": "منظور شدہ"},
    "sent": {"en": "Sent", "ur": "بھیج دیا گیا"},
    "received": {"en": "Received by the office", "ur": "دفتر کو موصول"},
    "accepted": {"en": "Accepted", "ur": "قبول کر لیا گیا"},
    "declined": {"en": "Declined", "ur": "قبول نہیں کیا گیا"},
    "services_started": {"en": "Services started", "ur": "خدمات شروع ہو گئیں"},
    "closed": {"en": "Closed", "ur": "مکمل"},
    "unknown": {"en": "Not recorded", "ur": "درج نہیں"},
    "transgender_nonconforming": {"en": "Transgender or gender non-conforming", "ur": "خواجہ سرا / صنفی طور پر مختلف"},
}


def _code(value: str | None, lang: str) -> str:
    for table in (CODES, texts.VALUES, texts.NEEDS, texts.CLASSIFICATIONS):
        if value in table:
            return table[value][lang]
    return value or ""


def _date(value: str | None, lang: str) -> str:
    if not value:
        return ""
    try:
        return texts.format_date(dt.date.fromisoformat(value[:10]), lang)
    except ValueError:
        return value


def _val(text: str, lang: str) -> str:
    return texts.ltr(text) if lang == "ur" and text else text


class SubjectCanvas(LetterCanvas):  # type: ignore[misc]
    """The letter canvas with this copy's own footer (the letter's notice speaks of a letter to an organisation)."""

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            lang = self.page_langs[number - 1]
            style = styles(lang)["small"]
            self.setStrokeColor(GREEN)
            self.setLineWidth(0.6)
            self.line(MARGIN, BOTTOM - 6, PAGE_W - MARGIN, BOTTOM - 6)
            self.setFillColor(GREY)
            draw_paragraph(self, L["footer"][lang], x=MARGIN, y=BOTTOM - 6 - style.line_height, width=WIDTH, style=style)
            draw_line(self, texts.page_number(number, total, lang), x=MARGIN, y=22, width=WIDTH, style=style,
                      align="centre")
            self.setFillColor(Color(0, 0, 0))
            Canvas.showPage(self)
        Canvas.save(self)


def _heading(sheet: Sheet, key: str) -> None:
    style = sheet.style["head"]
    sheet.need(style.line_height * 3)
    sheet.y -= 6
    sheet.canvas.setFillColor(GREEN)
    draw_line(sheet.canvas, L[key][sheet.lang], x=MARGIN, y=sheet.y - style.size, width=WIDTH, style=style)
    sheet.canvas.setFillColor(Color(0, 0, 0))
    sheet.y -= style.line_height + 4


def _rows(sheet: Sheet, rows: list[tuple[str, str]]) -> None:
    for key, value in rows:
        if value:
            sheet.row(L[key][sheet.lang], value)


def _person(sheet: Sheet, case: dict[str, Any]) -> None:
    lang, p = sheet.lang, case["person"]
    _heading(sheet, "person")
    name = " ".join(x for x in (p.get("given_name"), p.get("family_name")) if x)
    docs = "; ".join(texts.document(f"{d.get('type')} {d.get('number')}", lang) for d in p.get("documents") or [])
    _rows(sheet, [
        ("case_reference", _val(case["reference"], lang)), ("name", _val(name, lang)),
        ("name_native", p.get("name_native") or ""), ("aliases", _val(", ".join(p.get("aliases") or []), lang)),
        ("sex", _code(p.get("sex"), lang)), ("date_of_birth", _date(p.get("date_of_birth"), lang)),
        ("age", str(p["estimated_age"]) if p.get("estimated_age") is not None else ""),
        ("nationality", nationality(p["nationality"], lang) if p.get("nationality") else ""),
        ("languages", "، ".join(language(c, lang) for c in p.get("languages") or []) if lang == "ur"
         else ", ".join(language(c, lang) for c in p.get("languages") or [])),
        ("documents", docs),
    ])  # fmt: skip


def _sections(sheet: Sheet, case: dict[str, Any], organisations: dict[str, str]) -> None:
    lang = sheet.lang
    _heading(sheet, "encounters")
    for e in case["encounters"]:
        sheet.value(texts.circumstances(f"{e['circumstance']}|{e['place']}|{e['date']}", lang))
        if e.get("notes"):
            sheet.value(e["notes"], offset=12, width=WIDTH - 12)
    if case.get("case_notes"):
        sheet.value(case["case_notes"])
    _heading(sheet, "screenings")
    for s in case["screenings"] or [None]:
        if s is None:
            sheet.text(L["none"][lang])
            continue
        _rows(sheet, [("given_on", _date(s["created_at"], lang)), ("outcome", _code(s["classification"], lang)),
                      ("reason", s["reason"])])
    _heading(sheet, "consents")
    for c in case["consents"] or [None]:
        if c is None:
            sheet.text(L["none"][lang])
            continue
        recipient = organisations.get(c["recipient_id"] or "", c["recipient_id"] or L["central_office"][lang])
        _rows(sheet, [("purpose", _code(c["purpose"], lang)), ("recipient", recipient),
                      ("method", _code(c["method"], lang)), ("given_on", _date(c["given_on"], lang)),
                      ("withdrawn_on", _date(c["withdrawn_on"], lang))])
        sheet.y -= 4
    _heading(sheet, "needs")
    for n in case["needs"] or [None]:
        sheet.text(L["none"][lang] if n is None else _code(n["code"], lang) + (f": {n['note']}" if n["note"] else ""))
    _heading(sheet, "referrals")
    for r in case["referrals"] or [None]:
        if r is None:
            sheet.text(L["none"][lang])
            continue
        _rows(sheet, [("organisation", organisations.get(r["provider_id"], r["provider_id"])),
                      ("services", "، ".join(_code(s, lang) for s in r["services"]) if lang == "ur"
                       else ", ".join(_code(s, lang) for s in r["services"])),
                      ("status", _code(r["status"], lang)), ("reason", r["reason"])])
        sheet.y -= 4
    _heading(sheet, "notes")
    for note in case["notes_list"] or [None]:
        if note is None:
            sheet.text(L["none"][lang])
        else:
            sheet.value(note["text"])
    _changes_and_attachments(sheet, case)


def _shown(value: Any, lang: str) -> str:
    if value in (None, "", [], {}):
        return L["none"][lang]
    return _val(value if isinstance(value, str) else ", ".join(map(str, value)) if isinstance(value, list)
                else str(value), lang)


def _changes_and_attachments(sheet: Sheet, case: dict[str, Any]) -> None:
    lang = sheet.lang
    _heading(sheet, "changes")
    for c in case.get("changes") or [None]:
        if c is None:
            sheet.text(L["none"][lang])
            continue
        _rows(sheet, [("detail", FIELDS.get(c["field"], OTHER_FIELD)[lang]), ("before", _shown(c["old"], lang)),
                      ("after", _shown(c["new"], lang)), ("reason", c["reason"]), ("changed_on", _date(c["at"], lang))])
        sheet.y -= 4
    _heading(sheet, "attachments")
    for a in case.get("attachments") or [None]:
        if a is None:
            sheet.text(L["none"][lang])
            continue
        _rows(sheet, [("kind", KINDS.get(a.get("kind", ""), KINDS["other"])[lang]),
                      ("added_on", _date(a.get("created_at"), lang))])
        sheet.y -= 4


def render(case: dict[str, Any], *, post_name: str, organisations: dict[str, str], on: dt.date) -> bytes:
    """The copy as PDF bytes: the English version, then the Urdu one."""
    fonts.register()
    buffer = io.BytesIO()
    with _binary_streams():
        canvas = SubjectCanvas(buffer)
        canvas.setTitle("Information held about you")
        canvas.setCreator("NRM Desk")
        logo = require_resource("icons", "letterhead-logo.png")
        for lang in ("en", "ur"):
            sheet = Sheet(canvas, lang, logo=logo)
            style = sheet.style["head"]
            canvas.setFillColor(GREEN)
            draw_line(canvas, L["title"][lang], x=MARGIN, y=sheet.y - style.size, width=WIDTH, style=style)
            canvas.setFillColor(Color(0, 0, 0))
            sheet.y -= style.line_height + 6
            sheet.text(L["intro"][lang].format(date=texts.format_date(on, lang), post=_val(post_name, lang)))
            _person(sheet, case)
            _sections(sheet, case, organisations)
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()
