"""A synthetic service directory for demo posts: invented organisations, marked "(demo)", never real ones."""

from __future__ import annotations

import random

from app.domain.model import Organisation

# (id, name, Urdu name, services, area, kind)
_ORGANISATIONS: tuple[tuple[str, str, str, tuple[str, ...], str, str], ...] = (
    (
        "demo-roshni-shelter",
        "Roshni Women's Shelter (demo)",
        "روشنی ویمنز شیلٹر (ڈیمو)",
        ("shelter", "psychosocial"),
        "Islamabad",
        "ngo",
    ),
    (
        "demo-darulaman-lahore",
        "Dar-ul-Aman Women's Home, Lahore (demo)",
        "دارالامان ویمنز ہوم، لاہور (ڈیمو)",
        ("shelter", "legal_aid"),
        "Lahore",
        "government",
    ),
    (
        "demo-nanhay-qadam-home",
        "Nanhay Qadam Children's Home (demo)",
        "ننھے قدم چلڈرنز ہوم (ڈیمو)",
        ("shelter", "child_protection", "psychosocial"),
        "Peshawar",
        "ngo",
    ),
    (
        "demo-cpu-peshawar",
        "District Child Protection Unit, Peshawar (demo)",
        "ڈسٹرکٹ چائلڈ پروٹیکشن یونٹ، پشاور (ڈیمو)",
        ("child_protection", "family_tracing"),
        "Peshawar",
        "government",
    ),
    (
        "demo-cpu-quetta",
        "District Child Protection Unit, Quetta (demo)",
        "ڈسٹرکٹ چائلڈ پروٹیکشن یونٹ، کوئٹہ (ڈیمو)",
        ("child_protection", "family_tracing"),
        "Quetta",
        "government",
    ),
    (
        "demo-sehat-hospital",
        "Sehat Teaching Hospital, Peshawar (demo)",
        "صحت ٹیچنگ ہسپتال، پشاور (ڈیمو)",
        ("medical",),
        "Peshawar",
        "hospital",
    ),
    (
        "demo-alnoor-hospital",
        "Al-Noor Community Hospital, Quetta (demo)",
        "النور کمیونٹی ہسپتال، کوئٹہ (ڈیمو)",
        ("medical", "psychosocial"),
        "Quetta",
        "hospital",
    ),
    (
        "demo-insaf-legal-aid",
        "Insaf Legal Aid Centre (demo)",
        "انصاف لیگل ایڈ سینٹر (ڈیمو)",
        ("legal_aid", "interpretation"),
        "Karachi",
        "ngo",
    ),
    (
        "demo-sukoon-network",
        "Sukoon Psychosocial Support Network (demo)",
        "سکون سائیکو سوشل سپورٹ نیٹ ورک (ڈیمو)",
        ("psychosocial",),
        "Lahore",
        "ngo",
    ),
    (
        "demo-zuban-interpreters",
        "Zuban Interpreters Collective (demo)",
        "زبان انٹرپریٹرز کلیکٹو (ڈیمو)",
        ("interpretation",),
        "Islamabad",
        "ngo",
    ),
    (
        "demo-safe-return",
        "Safe Return and Reintegration Programme (demo)",
        "محفوظ واپسی اور بحالی پروگرام (ڈیمو)",
        ("return_reintegration", "family_tracing", "interpretation"),
        "Islamabad",
        "international",
    ),
    (
        "demo-roshan-raah-centre",
        "Roshan Raah Crisis Centre, Karachi (demo)",
        "روشن راہ کرائسس سینٹر، کراچی (ڈیمو)",
        ("shelter", "medical", "legal_aid"),
        "Karachi",
        "government",
    ),
)


def generate_directory(rng: random.Random) -> list[Organisation]:
    """The demo directory; `rng` only draws contact numbers, which use the unassigned area code 000."""
    return [
        Organisation(
            id=org_id,
            name=name,
            name_ur=name_ur,
            services=services,
            area=area,
            contact=f"+92 000 {rng.randrange(1_000_000, 10_000_000)}",
            kind=kind,
        )
        for org_id, name, name_ur, services, area, kind in _ORGANISATIONS
    ]
