"""Every code the hub shows, with its English and Urdu label: steps, actions, roles, urgencies, services."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup, escape

from central.hub.lifecycle import ACTIONS
from central.hub.principal import ROLES
from protocol.steps import REPORTS

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "step": {
        "received": ("Received", "موصول ہوا"),
        "routed": ("Routed", "ادارے کو بھیجا گیا"),
        "acknowledged": ("Acknowledged", "وصولی کی تصدیق ہو گئی"),
        "accepted": ("Accepted", "قبول کیا گیا"),
        "declined": ("Declined", "رد کیا گیا"),
        "arrived": ("Person arrived", "فرد پہنچ گیا"),
        "services_started": ("Services started", "خدمات شروع ہو گئیں"),
        "completed": ("Completed", "مکمل"),
        "person_left": ("Person left", "فرد چلا گیا"),
        "closed": ("Closed", "بند"),
        "overdue": ("Overdue", "تاخیر"),
    },
    "action": {
        "route": ("Route", "ادارے کو بھیجیں"),
        "reroute": ("Re-route", "دوسرے ادارے کو بھیجیں"),
        "acknowledge": ("Acknowledge receipt", "وصولی کی تصدیق کریں"),
        "accept": ("Accept", "قبول کریں"),
        "decline": ("Decline", "رد کریں"),
        "arrived": ("Person arrived", "فرد پہنچ گیا"),
        "start_services": ("Services started", "خدمات شروع کریں"),
        "complete": ("Completed", "مکمل کریں"),
        "person_left": ("Person left", "فرد چلا گیا"),
        "close": ("Close", "بند کریں"),
    },
    "role": {
        "coordinator": ("Coordinator", "رابطہ کار"),
        "provider": ("Service provider", "خدمات فراہم کنندہ"),
        "analyst": ("Analyst", "تجزیہ کار"),
        "admin": ("Office admin", "دفتر کا منتظم"),
        "system": ("System", "نظام"),
    },
    "urgency": {
        "routine": ("Routine", "معمول"),
        "urgent": ("Urgent", "فوری"),
        "emergency": ("Emergency", "ہنگامی"),
    },
    "service": {
        "shelter": ("Shelter", "پناہ گاہ"),
        "medical": ("Medical care", "طبی نگہداشت"),
        "psychosocial": ("Psychosocial support", "نفسیاتی و سماجی معاونت"),
        "legal_aid": ("Legal aid", "قانونی امداد"),
        "interpretation": ("Interpretation", "ترجمانی"),
        "family_tracing": ("Family tracing", "خاندان کی تلاش"),
        "return_reintegration": ("Return and reintegration", "واپسی اور بحالی"),
        "child_protection": ("Child protection", "بچوں کا تحفظ"),
    },
    "sex": {
        "female": ("Female", "خاتون"),
        "male": ("Male", "مرد"),
        "transgender_nonconforming": ("Transgender or gender non-conforming", "خواجہ سرا"),
        "unknown": ("Not known", "نامعلوم"),
    },
    "age_band": {
        "0-11": ("0 to 11 years", "0 سے 11 سال"), "12-17": ("12 to 17 years", "12 سے 17 سال"),
        "18-25": ("18 to 25 years", "18 سے 25 سال"), "26-40": ("26 to 40 years", "26 سے 40 سال"),
        "41+": ("41 years or more", "41 سال یا زیادہ"), "unknown": ("Age not known", "عمر نامعلوم"),
    },
    "yesno": {
        "yes": ("Yes", "ہاں"),
        "no": ("No", "نہیں"),
    },
    "country": {
        "AF": ("Afghanistan", "افغانستان"), "PK": ("Pakistan", "پاکستان"), "IN": ("India", "بھارت"),
        "BD": ("Bangladesh", "بنگلہ دیش"), "IR": ("Iran", "ایران"), "NP": ("Nepal", "نیپال"),
        "LK": ("Sri Lanka", "سری لنکا"), "MM": ("Myanmar", "میانمار"), "CN": ("China", "چین"),
        "SA": ("Saudi Arabia", "سعودی عرب"), "AE": ("United Arab Emirates", "متحدہ عرب امارات"),
        "OM": ("Oman", "عمان"), "QA": ("Qatar", "قطر"), "TR": ("Türkiye", "ترکیہ"), "IQ": ("Iraq", "عراق"),
        "TJ": ("Tajikistan", "تاجکستان"), "UZ": ("Uzbekistan", "ازبکستان"),
    },
    "language": {
        "ur": ("Urdu", "اردو"), "ps": ("Pashto", "پشتو"), "prs": ("Dari", "دری"), "fa": ("Persian", "فارسی"),
        "en": ("English", "انگریزی"), "pa": ("Punjabi", "پنجابی"), "sd": ("Sindhi", "سندھی"),
        "bal": ("Balochi", "بلوچی"), "ar": ("Arabic", "عربی"), "bn": ("Bengali", "بنگالی"),
        "hi": ("Hindi", "ہندی"),
    },
    "classification": {
        "presumed_victim_trafficking": ("Presumed victim of trafficking", "انسانی ٹریفکنگ کا ممکنہ متاثرہ فرد"),
        "smuggled_migrant_vulnerable": ("Smuggled migrant in a vulnerable situation",
                                        "کمزور حالات کا شکار اسمگل شدہ تارکِ وطن"),
        "vulnerable_migrant": ("Vulnerable migrant", "کمزور حالات کا شکار تارکِ وطن"),
        "no_protection_concern": ("No protection concern identified", "تحفظ سے متعلق کوئی تشویش سامنے نہیں آئی"),
        "inconclusive": ("Inconclusive: further interview needed", "غیر حتمی: مزید انٹرویو درکار"),
    },
    "need": {
        "medical_emergency": ("Medical emergency", "طبی ہنگامی حالت"),
        "medical_care": ("Medical care", "طبی نگہداشت"),
        "shelter": ("Shelter", "پناہ گاہ"),
        "food_clothing": ("Food and clothing", "خوراک اور لباس"),
        "psychosocial": ("Psychosocial support", "نفسیاتی و سماجی معاونت"),
        "legal_aid": ("Legal aid", "قانونی امداد"),
        "interpretation": ("Interpretation", "ترجمانی"),
        "family_tracing": ("Family tracing", "خاندان کی تلاش"),
        "child_protection": ("Child protection", "بچوں کا تحفظ"),
        "safety": ("Safety", "حفاظت"),
        "return_reintegration": ("Return and reintegration", "واپسی اور بحالی"),
    },
    "org_kind": {
        "ngo": ("Non-governmental organisation", "غیر سرکاری تنظیم"),
        "government": ("Government", "سرکاری ادارہ"),
        "international": ("International organisation", "بین الاقوامی ادارہ"),
        "hospital": ("Hospital", "ہسپتال"),
    },
    "verify_reason": {
        "not_a_letter": ("This is not the text or file of an NRM Desk letter.", "یہ کسی ریفرل خط کی عبارت یا فائل نہیں۔"),
        "unknown_key": ("The letter was not signed by a post this office knows.",
                        "یہ خط کسی ایسی چوکی کا دستخط شدہ نہیں جسے یہ دفتر جانتا ہو۔"),
        "revoked_key": ("The post's signing device was revoked: treat the letter as not valid.",
                        "چوکی کا دستخطی آلہ منسوخ ہو چکا ہے: اس خط کو درست نہ سمجھیں۔"),
        "bad_signature": ("The signature does not match: the letter was altered.",
                          "دستخط مطابقت نہیں رکھتے: خط میں تبدیلی کی گئی ہے۔"),
        "content_changed": ("The letter's content was changed after it was signed.",
                            "دستخط کے بعد خط کے مندرجات بدلے گئے ہیں۔"),
        "unsupported_layout": ("This letter's layout cannot be checked here.", "اس خط کی ترتیب یہاں جانچی نہیں جا سکتی۔"),
        "locked": ("The PDF is password protected: paste the QR code's text instead.",
                   "پی ڈی ایف پر پاس ورڈ ہے: اس کے بجائے کیو آر کوڈ کی عبارت چسپاں کریں۔"),
        "too_large": ("The file is too large to be a letter.", "فائل کسی خط کے لیے بہت بڑی ہے۔"),
    },
    "match_field": {
        "document": ("Document number", "دستاویز نمبر"),
        "name": ("Name (either script)", "نام (کسی بھی رسم الخط میں)"),
        "name_partial": ("Name with a family or tribal name more or less", "نام، خاندانی یا قبائلی نام کے فرق کے ساتھ"),
        "father_name": ("Father's or husband's name", "والد یا شوہر کا نام"),
        "age": ("Age", "عمر"),
    },
    "dup_status": {
        "open": ("Awaiting a decision", "فیصلے کا منتظر"),
        "confirmed": ("Confirmed: same person", "تصدیق شدہ: ایک ہی شخص"),
        "dismissed": ("Dismissed: different people", "مسترد: الگ الگ افراد"),
    },
    "withdrawal": {
        "consent_withdrawn": ("Consent withdrawn — stop processing and delete",
                              "رضامندی واپس لے لی گئی — کارروائی روک دیں اور معلومات حذف کریں"),
        "deletion_confirmed": ("Stopped and deleted — confirmed", "کارروائی روکنے اور حذف کرنے کی تصدیق"),
    },
    "lang": {
        "en": ("English", "انگریزی"),
        "ur": ("اردو", "اردو"),
    },
}
UNKNOWN = ("(not listed)", "(فہرست میں نہیں)")
VOCABULARIES = {"step": REPORTS, "action": ACTIONS, "role": ROLES}


DOCUMENTS: dict[str, tuple[str, str]] = {
    "passport": ("Passport", "پاسپورٹ"), "national_id": ("National identity card", "قومی شناختی کارڈ"),
    "cnic": ("CNIC", "شناختی کارڈ"), "por_card": ("PoR card", "رجسٹریشن کا ثبوت کارڈ"),
    "birth_certificate": ("Birth certificate", "پیدائشی سرٹیفکیٹ"), "visa": ("Visa", "ویزا"),
    "other": ("Document", "دستاویز"),
}
# How the post met the person, as a sentence with the place and the date (the letters' wording, app/letters/texts.py)
ENCOUNTERS: dict[str, tuple[str, str]] = {
    "interception": ("Intercepted at {place} on {date}", "{date} کو {place} پر راستے میں روکا گیا"),
    "detention": ("Met in detention at {place} on {date}", "{date} کو {place} میں حراست کے دوران ملاقات ہوئی"),
    "raid": ("Met during a raid at {place} on {date}", "{date} کو {place} پر چھاپے کے دوران ملاقات ہوئی"),
    "self_referral": ("Came to the post at {place} on {date}", "{date} کو خود {place} کے دفتر آئے"),
    "ngo_referral": ("Referred by an NGO at {place} on {date}", "{date} کو {place} میں ایک غیر سرکاری تنظیم نے بھیجا"),
    "other": ("Met at {place} on {date}", "{date} کو {place} میں ملاقات ہوئی"),
}
MONTHS = (("January", "جنوری"), ("February", "فروری"), ("March", "مارچ"), ("April", "اپریل"), ("May", "مئی"),
          ("June", "جون"), ("July", "جولائی"), ("August", "اگست"), ("September", "ستمبر"), ("October", "اکتوبر"),
          ("November", "نومبر"), ("December", "دسمبر"))


PHRASES = {"document": DOCUMENTS, "encounter": ENCOUNTERS}


def day_words(value: str, lang: str) -> str:
    """A YYYY-MM-DD day as a reader writes it (28 November 2026 / 28 نومبر 2026); anything else as it is."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day}\u00a0{MONTHS[day.month - 1][1 if lang == 'ur' else 0]}\u00a0{day.year}"


def phrase(kind: str, value: str, lang: str) -> Markup:
    """A composed case value in words: a document ("passport AB123") or an encounter ("interception|place|day").

    What the person or the post typed (a number, a place) is escaped and isolated, so it reads in its own
    direction inside an Urdu sentence; codes never show."""
    pick = 1 if lang == "ur" else 0
    if kind == "document":
        code, _, number = value.partition(" ")
        name = DOCUMENTS.get(code, DOCUMENTS["other"])[pick]
        return Markup("{} <bdi>{}</bdi>").format(name, number) if number else Markup.escape(name)
    code, _, rest = value.partition("|")
    place, _, day = rest.partition("|")
    sentence = ENCOUNTERS.get(code, ENCOUNTERS["other"])[pick]
    return escape(sentence).format(place=Markup("<bdi>{}</bdi>").format(place), date=day_words(day, lang))


def label(kind: str, code: str | None, lang: str) -> str:
    """The label of a code in a language; a code missing from the lists is never shown raw."""
    pair = LABELS.get(kind, {}).get(code or "", UNKNOWN)
    return pair[1] if lang == "ur" else pair[0]


AUDIT: dict[str, tuple[str, str]] = {
    "login": ("Signed in", "داخل ہوا"),
    "login.failed": ("Failed sign-in", "ناکام داخلہ"),
    "login.throttled": ("Sign-in refused: too many failures", "داخلہ روکا گیا: بہت زیادہ ناکام کوششیں"),
    "logout": ("Signed out", "باہر نکلا"),
    "user.add": ("User added", "صارف شامل کیا"),
    "user.disable": ("User disabled", "صارف غیر فعال کیا"),
    "device.enrol_code": ("Enrolment code issued", "اندراج کا کوڈ جاری کیا"),
    "device.revoke": ("Device revoked", "آلہ منسوخ کیا"),
    "audit.view": ("Audit log read", "آڈٹ ریکارڈ دیکھا"),
    "organisation.save": ("Directory entry saved", "ادارہ محفوظ کیا"),
    "letter.verify": ("Letter checked on the public page", "عوامی صفحے پر خط کی تصدیق"),
    "referral.queue": ("Referral queue viewed", "ریفرلز کی فہرست دیکھی"),
    "referral.view": ("Referral viewed", "ریفرل دیکھا"),
    "audit.export": ("Audit log exported", "آڈٹ ریکارڈ برآمد کیا"),
    "duplicate.confirm": ("Same person confirmed", "ایک ہی شخص کی تصدیق کی"),
    "duplicate.dismiss": ("Possible same person dismissed", "ممکنہ ایک ہی شخص مسترد کیا"),
    "withdrawal.confirm": ("Deletion after a withdrawal confirmed", "واپسی کے بعد حذف کرنے کی تصدیق کی"),
    "withdrawal.record": ("Consent withdrawal recorded at the office", "دفتر میں رضامندی کی واپسی درج کی"),
    "stats.report": ("Monthly report made", "ماہانہ رپورٹ بنائی"),
    "stats.export_htcds": ("HTCDS export made", "ایچ ٹی سی ڈی ایس برآمدگی بنائی"),
    "stats.export_ctdc": ("CTDC export made", "سی ٹی ڈی سی برآمدگی بنائی"),
    "retention.purge": ("Personal data of a referral deleted (retention period ended)",
                        "ریفرل کی ذاتی معلومات حذف کی گئیں (مقررہ مدت پوری ہو گئی)"),
    "retention.run": ("Retention purge run", "مقررہ مدت کے بعد حذف کا عمل چلایا گیا"),
    "retention.hold.set": ("Legal hold set", "قانونی روک لگائی گئی"),
    "retention.hold.release": ("Legal hold lifted", "قانونی روک ہٹائی گئی"),
}


def audit_label(action: str, lang: str) -> str:
    """The label of an audit action; referral actions reuse the lifecycle labels."""
    if action in AUDIT:
        pair = AUDIT[action]
        return pair[1] if lang == "ur" else pair[0]
    prefix, _, rest = action.partition(".")
    if prefix == "referral" and rest in LABELS["action"]:
        return label("action", rest, lang)
    return UNKNOWN[1] if lang == "ur" else action
