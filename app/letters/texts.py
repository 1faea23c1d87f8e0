"""The fixed wording of a referral letter in English and Urdu (formal register; the person has rights)."""

from __future__ import annotations

from datetime import date

LABELS: dict[str, dict[str, str]] = {
    "agency": {"en": "Federal Investigation Agency", "ur": "وفاقی تحقیقاتی ادارہ"},
    "circle": {"en": "Anti-Human Trafficking Circle", "ur": "انسدادِ انسانی اسمگلنگ سرکل"},
    "title": {"en": "Referral letter", "ur": "ریفرل خط"},
    "nrm": {"en": "National Referral Mechanism", "ur": "قومی ریفرل نظام"},
    "confidential": {"en": "CONFIDENTIAL", "ur": "خفیہ"},
    "letter_id": {"en": "Letter no.", "ur": "خط نمبر"},
    "date": {"en": "Date", "ur": "تاریخ"},
    "case_reference": {"en": "Case reference", "ur": "کیس حوالہ نمبر"},
    "to": {"en": "To", "ur": "بخدمت"},
    "area": {"en": "Area", "ur": "علاقہ"},
    "subject": {"en": "Subject", "ur": "موضوع"},
    "subject_text": {"en": "Referral for assistance", "ur": "معاونت کے لیے ریفرل"},
    "salutation": {"en": "Dear colleagues,", "ur": "محترم جناب / محترمہ،"},
    "person": {"en": "The person referred", "ur": "ریفر کیے گئے فرد"},
    "full_name": {"en": "Name", "ur": "نام"},
    "sex": {"en": "Sex", "ur": "جنس"},
    "age": {"en": "Age", "ur": "عمر"},
    "is_child": {"en": "Child (under 18)", "ur": "نابالغ (18 سال سے کم)"},
    "nationality": {"en": "Nationality", "ur": "قومیت"},
    "languages": {"en": "Languages spoken", "ur": "بولی جانے والی زبانیں"},
    "contact_phone": {"en": "Contact telephone", "ur": "رابطہ نمبر"},
    "identity_document": {"en": "Identity document", "ur": "شناختی دستاویز"},
    "family_details": {"en": "Family", "ur": "اہلِ خانہ"},
    "screening_outcome": {"en": "Screening outcome", "ur": "اسکریننگ کا نتیجہ"},
    "circumstances": {"en": "Circumstances", "ur": "حالات"},
    "request": {"en": "Services requested", "ur": "مطلوبہ خدمات"},
    "services": {"en": "Services", "ur": "خدمات"},
    "urgency": {"en": "Urgency", "ur": "ترجیح"},
    "needs": {"en": "Needs relevant to your service", "ur": "آپ کی خدمات سے متعلق ضروریات"},
    "reason": {"en": "Reason for referral", "ur": "ریفرل کی وجہ"},
    "officer": {"en": "Referring officer", "ur": "ریفر کرنے والے افسر"},
    "supervisor": {"en": "Approving supervisor", "ur": "منظوری دینے والے نگران افسر"},
    "signature": {"en": "Signature", "ur": "دستخط"},
    "stamp": {"en": "Official stamp", "ur": "سرکاری مہر"},
    "verify": {
        "en": "Scan the QR code to verify that this letter is genuine and unchanged.",
        "ur": "اس خط کے اصل اور غیر تبدیل شدہ ہونے کی تصدیق کے لیے QR کوڈ اسکین کریں۔",
    },
    "key_id": {"en": "Signing key", "ur": "دستخطی کلید"},
    "verify_online": {
        "en": "Or open {url} and paste the text of the QR code.",
        "ur": "یا {url} کھولیں اور QR کوڈ کا متن وہاں درج کریں۔",
    },
    "yes": {"en": "Yes", "ur": "جی ہاں"},
    "years": {"en": "years", "ur": "سال"},
}

VALUES: dict[str, dict[str, str]] = {
    "shelter": {"en": "Shelter", "ur": "پناہ گاہ"},
    "medical": {"en": "Medical care", "ur": "طبی امداد"},
    "psychosocial": {"en": "Psychosocial support", "ur": "نفسیاتی و سماجی معاونت"},
    "legal_aid": {"en": "Legal aid", "ur": "قانونی امداد"},
    "interpretation": {"en": "Interpretation", "ur": "ترجمانی"},
    "family_tracing": {"en": "Family tracing", "ur": "اہلِ خانہ کی تلاش"},
    "return_reintegration": {"en": "Return and reintegration", "ur": "وطن واپسی اور بحالی"},
    "child_protection": {"en": "Child protection", "ur": "تحفظِ اطفال"},
    "routine": {"en": "Routine", "ur": "معمول کے مطابق"},
    "urgent": {"en": "Urgent", "ur": "فوری"},
    "emergency": {"en": "Emergency: please act today", "ur": "ہنگامی: براہِ کرم آج ہی کارروائی کریں"},
    "female": {"en": "Female", "ur": "خاتون"},
    "male": {"en": "Male", "ur": "مرد"},
    "other": {"en": "Other", "ur": "دیگر"},
}

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_UR = (
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون",
    "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
)  # fmt: skip


def has_arabic(text: str) -> bool:
    """Whether text contains Arabic-script letters (so it is set right to left)."""
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text if ch.isalpha())


def ltr(value: str) -> str:
    """A left-to-right value (name, reference) embedded in Urdu: kept whole with LRE ... PDF."""
    if has_arabic(value):
        return value
    return f"\u202a{value}\u202c"


def label(key: str, lang: str) -> str:
    """A fixed label in one language ("en" or "ur")."""
    return LABELS[key][lang]


def value(key: str, lang: str) -> str:
    """A coded value (service type, urgency, sex) in one language."""
    return VALUES[key][lang]


def format_date(day: date, lang: str) -> str:
    """A date as an Urdu or English reader writes it: 28 November 2026 / 28 نومبر 2026."""
    month = MONTHS_UR[day.month - 1] if lang == "ur" else MONTHS_EN[day.month - 1]
    return f"{day.day}\u00a0{month}\u00a0{day.year}"  # no-break spaces: a date never wraps


def body(lang: str, *, name: str | None, issued: str, post: str) -> str:
    """The opening paragraph: who is referred, on what consent, and how to treat them."""
    if lang == "ur":
        who = ltr(name) if name else "اس خط کے حامل فرد"
        return (
            f"{ltr(post)} کا دفتر {who} کو ذیل میں درج خدمات کے لیے آپ کے ادارے کے پاس بھیج رہا ہے۔ "
            "انہوں نے اس ریفرل پر، اور اس خط میں درج معلومات صرف آپ کے ادارے کو دینے پر، "
            f"اپنی رضامندی دی ہے۔ یہ خط {issued} کو جاری کیا گیا۔ براہِ کرم ان کے ساتھ عزت اور وقار سے "
            "پیش آئیں، ان کی رازداری کا خیال رکھیں، اور ان کی رضامندی کے بغیر یہ معلومات کسی اور کو نہ دیں۔"
        )
    who = name or "the person bearing this letter"
    return (
        f"The {post} post refers {who} to your organisation for the services listed below. "
        "They have consented to this referral and to the information in this letter being shared "
        f"with your organisation only. This letter was issued on {issued}. Please treat them with "
        "dignity and respect, protect their privacy, and do not pass this information to anyone "
        "else without their consent."
    )


def confidentiality(lang: str) -> str:
    """The confidentiality notice printed at the foot of every page."""
    if lang == "ur":
        return (
            "خفیہ: اس خط میں درج معلومات صرف اُس ادارے کے لیے ہیں جس کے نام یہ خط لکھا گیا ہے، اور انہیں "
            "صرف مذکورہ خدمات کی فراہمی کے لیے استعمال کیا جائے۔ اگر یہ خط غلطی سے آپ تک پہنچا ہے تو "
            "براہِ کرم جاری کرنے والے دفتر کو مطلع کریں اور اسے تلف کر دیں۔"
        )
    return (
        "Confidential: the information in this letter is only for the organisation it is addressed to, "
        "and only for providing the services named. If this letter reached you by mistake, please tell "
        "the issuing post and destroy it."
    )


def page_number(page: int, total: int, lang: str) -> str:
    """Page n of m."""
    if lang == "ur":
        return f"صفحہ {page} از {total}"
    return f"Page {page} of {total}"
