"""Names of nationalities (ISO 3166 codes) and languages (ISO 639 codes) in English and Urdu, for screens and letters."""

from __future__ import annotations

NATIONALITIES: dict[str, dict[str, str]] = {
    "PK": {"en": "Pakistani", "ur": "پاکستانی"}, "AF": {"en": "Afghan", "ur": "افغان"},
    "BD": {"en": "Bangladeshi", "ur": "بنگلہ دیشی"}, "IN": {"en": "Indian", "ur": "بھارتی"},
    "IR": {"en": "Iranian", "ur": "ایرانی"}, "MM": {"en": "Myanmar", "ur": "میانمار"},
    "NP": {"en": "Nepali", "ur": "نیپالی"}, "LK": {"en": "Sri Lankan", "ur": "سری لنکن"},
    "CN": {"en": "Chinese", "ur": "چینی"}, "TJ": {"en": "Tajik", "ur": "تاجک"}, "UZ": {"en": "Uzbek", "ur": "ازبک"},
}  # fmt: skip
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ur": {"en": "Urdu", "ur": "اردو"}, "en": {"en": "English", "ur": "انگریزی"}, "ps": {"en": "Pashto", "ur": "پشتو"},
    "pa": {"en": "Punjabi", "ur": "پنجابی"}, "pnb": {"en": "Punjabi", "ur": "پنجابی"}, "sd": {"en": "Sindhi", "ur": "سندھی"},
    "bal": {"en": "Balochi", "ur": "بلوچی"}, "skr": {"en": "Saraiki", "ur": "سرائیکی"}, "hno": {"en": "Hindko", "ur": "ہندکو"},
    "brh": {"en": "Brahui", "ur": "براہوی"}, "fa": {"en": "Dari", "ur": "دری"}, "prs": {"en": "Dari", "ur": "دری"},
    "bn": {"en": "Bengali", "ur": "بنگالی"}, "hi": {"en": "Hindi", "ur": "ہندی"}, "ar": {"en": "Arabic", "ur": "عربی"},
    "my": {"en": "Burmese", "ur": "برمی"}, "ne": {"en": "Nepali", "ur": "نیپالی"}, "uz": {"en": "Uzbek", "ur": "ازبک"},
    "tg": {"en": "Tajik", "ur": "تاجک"},
}  # fmt: skip


def nationality(code: str, lang: str) -> str:
    """The nationality of a country code in "en" or "ur"; an unknown code is returned as it is."""
    entry = NATIONALITIES.get(code.upper())
    return entry[lang] if entry else code


def language(code: str, lang: str) -> str:
    """The name of a language code in "en" or "ur"; an unknown code is returned as it is."""
    entry = LANGUAGE_NAMES.get(code)
    return entry[lang] if entry else code
