"""English and Urdu words of the trainer's report and of feedback outside Qt (Urdu follows resources/glossary/ur.json)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "title": {"en": "Workshop report: practice results", "ur": "ورکشاپ رپورٹ: مشق کے نتائج"},
    "post": {"en": "Practice post", "ur": "مشقی پوسٹ"},
    "prepared": {"en": "Prepared on", "ur": "تیاری کی تاریخ"},
    "group": {"en": "The whole group", "ur": "پورا گروپ"},
    "runs": {"en": "Practice runs", "ur": "مشقوں کی تعداد"},
    "mean": {"en": "Mean score", "ur": "اوسط اسکور"},
    "skill": {"en": "Skill", "ur": "مہارت"},
    "score": {"en": "Score", "ur": "اسکور"},
    "trainee": {"en": "Trainee", "ur": "زیرِ تربیت افسر"},
    "scenario": {"en": "Scenario", "ur": "کیس"},
    "not_practised": {"en": "not practised", "ur": "مشق نہیں ہوئی"},
    "none": {"en": "No practice run has been recorded yet.", "ur": "ابھی تک کوئی مشق درج نہیں ہوئی۔"},
    "note": {
        "en": "Synthetic cases only. Scores compare each answer with an expert's; they show what to practise next "
              "and are not an assessment of anyone's fitness for duty.",
        "ur": "صرف فرضی کیس۔ اسکور ہر جواب کا ماہر کے جواب سے موازنہ کرتے ہیں؛ یہ بتاتے ہیں کہ آگے کس چیز کی مشق کی "
              "جائے، اور کسی کی ملازمت کے لیے اہلیت کا جائزہ نہیں۔",
    },
    "percent": {"en": "{n}%", "ur": "{n} فیصد"},
    "page": {"en": "Page {page} of {total}", "ur": "صفحہ {page} از {total}"},
}

SKILLS: dict[str, dict[str, str]] = {
    "deception": {"en": "Spotting deception", "ur": "دھوکے کی پہچان"},
    "coercion": {"en": "Spotting coercion", "ur": "جبر کی پہچان"},
    "children": {"en": "Child procedures", "ur": "بچوں کا طریقۂ کار"},
    "trafficking_vs_smuggling": {"en": "Trafficking or smuggling", "ur": "انسانی ٹریفکنگ یا اسمگلنگ"},
    "consent": {"en": "Consent", "ur": "رضامندی"},
    "services": {"en": "Choosing services", "ur": "خدمات کا انتخاب"},
}


def text(key: str, lang: str, **values: object) -> str:
    return TEXTS[key][lang].format(**values)
