"""The fixed wording of a referral letter in English and Urdu (formal register; the person has rights)."""

from __future__ import annotations

from datetime import date

from app.domain.names import LANGUAGE_NAMES, NATIONALITIES  # noqa: F401 — part of the letter's vocabulary

LABELS: dict[str, dict[str, str]] = {
    "agency": {"en": "Federal Investigation Agency", "ur": "وفاقی تحقیقاتی ادارہ"},
    "circle": {"en": "Anti-Human Trafficking Circle", "ur": "انسدادِ انسانی اسمگلنگ سرکل"},  # a proper name
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
    "urgency": {"en": "Urgency", "ur": "فوریت"},
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
    "family_tracing": {"en": "Family tracing", "ur": "خاندان کی تلاش"},
    "return_reintegration": {"en": "Return and reintegration", "ur": "وطن واپسی اور بحالی"},
    "child_protection": {"en": "Child protection", "ur": "بچوں کا تحفظ"},
    "routine": {"en": "Routine", "ur": "معمول کے مطابق"},
    "urgent": {"en": "Urgent", "ur": "فوری"},
    "emergency": {"en": "Emergency: please act today", "ur": "ہنگامی: براہِ کرم آج ہی کارروائی کریں"},
    "female": {"en": "Female", "ur": "خاتون"},
    "male": {"en": "Male", "ur": "مرد"},
    "other": {"en": "Other", "ur": "دیگر"},
}

# Recorded needs (app.domain.picklists.NEEDS): each printed under its own name, never under a service's.
NEEDS: dict[str, dict[str, str]] = {
    "medical_emergency": {"en": "Medical emergency", "ur": "طبی ہنگامی حالت"},
    "medical_care": {"en": "Medical care", "ur": "طبی امداد"},
    "shelter": {"en": "Safe accommodation", "ur": "محفوظ رہائش"},
    "food_clothing": {"en": "Food and clothing", "ur": "خوراک اور لباس"},
    "safety": {"en": "Safety: protection from immediate danger", "ur": "حفاظت: فوری خطرے سے تحفظ"},
    "psychosocial": {"en": "Psychosocial support", "ur": "نفسیاتی و سماجی معاونت"},
    "legal_aid": {"en": "Legal advice", "ur": "قانونی مشورہ"},
    "interpretation": {"en": "Interpretation", "ur": "ترجمانی"},
    "family_tracing": {"en": "Family tracing", "ur": "خاندان کی تلاش"},
    "child_protection": {"en": "Child protection", "ur": "بچوں کا تحفظ"},
    "return_reintegration": {"en": "Return and reintegration", "ur": "وطن واپسی اور بحالی"},
}

# Nationalities by ISO 3166 code, languages by ISO 639 code, document types, classifications, circumstances:
# the letter carries the code and prints the word in the letter's language.
DOCUMENTS: dict[str, dict[str, str]] = {
    "passport": {"en": "Passport", "ur": "پاسپورٹ"}, "national_id": {"en": "National identity card", "ur": "قومی شناختی کارڈ"},
    "cnic": {"en": "CNIC", "ur": "شناختی کارڈ"}, "por_card": {"en": "PoR card", "ur": "رجسٹریشن کا ثبوت کارڈ"},
    "birth_certificate": {"en": "Birth certificate", "ur": "پیدائشی سرٹیفکیٹ"}, "visa": {"en": "Visa", "ur": "ویزا"},
    "other": {"en": "Document", "ur": "دستاویز"},
}  # fmt: skip
CLASSIFICATIONS: dict[str, dict[str, str]] = {
    "presumed_victim_trafficking": {"en": "Presumed victim of trafficking", "ur": "انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد"},
    "smuggled_migrant_vulnerable": {"en": "Smuggled migrant in a vulnerable situation",
                                    "ur": "کمزور حالات کا شکار اسمگل شدہ تارکِ وطن"},
    "vulnerable_migrant": {"en": "Vulnerable migrant", "ur": "کمزور حالات کا شکار تارکِ وطن"},
    "no_protection_concern": {"en": "No protection concern identified", "ur": "تحفظ سے متعلق کوئی تشویش سامنے نہیں آئی"},
    "inconclusive": {"en": "Inconclusive: further interview needed", "ur": "غیر حتمی: مزید انٹرویو درکار ہے"},
}  # fmt: skip
CIRCUMSTANCES: dict[str, dict[str, str]] = {
    "interception": {"en": "Intercepted at {place} on {date}", "ur": "{date} کو {place} پر راستے میں روکا گیا"},
    "detention": {"en": "Met in detention at {place} on {date}", "ur": "{date} کو {place} میں حراست کے دوران ملاقات ہوئی"},
    "raid": {"en": "Met during a raid at {place} on {date}", "ur": "{date} کو {place} پر چھاپے کے دوران ملاقات ہوئی"},
    "self_referral": {"en": "Came to the post at {place} on {date}", "ur": "{date} کو خود {place} کے دفتر آئے"},
    "ngo_referral": {"en": "Referred by an NGO at {place} on {date}",
                     "ur": "{date} کو {place} میں ایک غیر سرکاری تنظیم نے بھیجا"},
    "other": {"en": "Met at {place} on {date}", "ur": "{date} کو {place} میں ملاقات ہوئی"},
}  # fmt: skip
CIRCUMSTANCE_SEPARATOR = "|"

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


def coded(value: str, table: dict[str, dict[str, str]], lang: str) -> str:
    """A coded value in the letter's language; a value that is not a code (older letters) prints as it is."""
    entry = table.get(value)
    return entry[lang] if entry else value


def document(value: str, lang: str) -> str:
    """An identity document carried as 'type number' (e.g. 'passport QZ677001') in the letter's language."""
    kind, _, number = value.partition(" ")
    if kind not in DOCUMENTS:
        return value
    return f"{DOCUMENTS[kind][lang]} {ltr(number) if lang == 'ur' else number}".strip()


def circumstances(value: str, lang: str) -> str:
    """How the post met the person, carried as 'code|place|YYYY-MM-DD', as a sentence in the letter's language."""
    parts = value.split(CIRCUMSTANCE_SEPARATOR)
    if len(parts) != 3 or parts[0] not in CIRCUMSTANCES:
        return value
    code, place, day = parts
    try:
        when = format_date(date.fromisoformat(day), lang)
    except ValueError:
        when = day
    return CIRCUMSTANCES[code][lang].format(place=ltr(place) if lang == "ur" else place, date=when)


def body(lang: str, *, name: str | None, issued: str, post: str, override_reason: str | None = None) -> str:
    """The opening paragraph: who is referred, on what basis (consent, or a recorded override), how to treat them."""
    if lang == "ur":
        who = ltr(name) if name else "اس خط کے حامل فرد"
        basis = (
            "انہوں نے اس ریفرل پر، اور اس خط میں درج معلومات صرف آپ کے ادارے کو دینے پر، اپنی رضامندی دی ہے۔ "
            if override_reason is None else
            "یہ ریفرل ان کی رضامندی کے بغیر، نگران افسر کے ریکارڈ شدہ فیصلے کے تحت کیا گیا ہے؛ "
            f"فیصلے کی وجہ: {_reason(override_reason, lang)}۔ اس خط میں صرف وہی معلومات ہیں جو ذیل کی خدمات کے "
            "لیے ضروری ہیں، اور یہ صرف آپ کے ادارے کے لیے ہیں۔ "
        )
        return (
            f"{ltr(post)} کا دفتر {who} کو ذیل میں درج خدمات کے لیے آپ کے ادارے کے پاس بھیج رہا ہے۔ {basis}"
            f"یہ خط {issued} کو جاری کیا گیا۔ براہِ کرم ان کے ساتھ عزت اور وقار سے "
            "پیش آئیں، ان کی رازداری کا خیال رکھیں، اور ان کی رضامندی کے بغیر یہ معلومات کسی اور کو نہ دیں۔"
        )
    who = name or "the person bearing this letter"
    basis = (
        "They have consented to this referral and to the information in this letter being shared "
        "with your organisation only. "
        if override_reason is None else
        "This referral was made without their consent, by a supervisor's decision recorded in the case file; "
        f"the reason recorded: {_reason(override_reason, lang)}. This letter holds only what the services below "
        "need, for your organisation only. "
    )
    return (
        f"The {post} post refers {who} to your organisation for the services listed below. {basis}"
        f"This letter was issued on {issued}. Please treat them with "
        "dignity and respect, protect their privacy, and do not pass this information to anyone "
        "else without their consent."
    )


def _reason(reason: str, lang: str) -> str:
    """The supervisor's recorded reason, as typed (kept whole inside Urdu text)."""
    text = " ".join(reason.split()).rstrip(".۔")
    return ltr(text) if lang == "ur" else text


def terms(lang: str) -> str:
    """The short glossary on every letter: trafficking in persons is not smuggling of migrants."""
    if lang == "ur":
        return (
            "اصطلاحات: انسانی ٹریفکنگ سے مراد کسی فرد کو استحصال کی غرض سے دھوکے، جبر یا اس کی کمزوری سے فائدہ "
            "اٹھا کر بھرتی کرنا، منتقل کرنا یا رکھنا ہے؛ اس کا شکار فرد جرم کا متاثرہ ہے، مجرم نہیں۔ تارکینِ وطن کی "
            "اسمگلنگ سے مراد مالی فائدے کے لیے کسی فرد کو غیر قانونی طور پر سرحد پار کرانا ہے۔ "
            "«انسدادِ انسانی اسمگلنگ سرکل» ادارے کا نام ہے۔"
        )
    return (
        "Terms: trafficking in persons means recruiting, moving or holding a person for exploitation by deception, "
        "coercion or abuse of their vulnerability; the person is a victim of a crime, not an offender. Smuggling "
        "of migrants means bringing a person across a border irregularly for money."
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
