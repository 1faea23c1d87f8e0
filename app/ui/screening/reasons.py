"""The engine's reasons (English sentences from app.domain.screening) in the interface language, with every
instrument, indicator and factor id shown by its name, grade patterns ("2S") and rule formulas in words."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.screening.base import isolate
from app.ui.screening.texts import dimension_letter, label

_C = "ScreeningReasons"
_IDS = re.compile(r"[A-Za-z0-9_\-]+")

# (pattern of the engine's sentence, translatable template, how to show each group); keep in step with
# app/domain/screening/classification.py and child_rule.py.
_PATTERNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"ILO 2009 adult rule met on (\S+): dimensions (.+) positive",
     QT_TRANSLATE_NOOP("ScreeningReasons", "The ILO 2009 adult rule is met on %1: dimensions %2 positive"), ("list", "dims")),
    (r"ILO 2009 child rule met on (\S+): dimensions (.+) positive",
     QT_TRANSLATE_NOOP("ScreeningReasons", "The ILO 2009 child rule is met on %1: dimensions %2 positive"), ("list", "dims")),
    (r"the ILO 2009 child rule is not met: no recruitment dimension \(A, B or C\) positive",
     QT_TRANSLATE_NOOP("ScreeningReasons", "The ILO 2009 child rule is not met: no recruitment dimension (A, B or C) is positive"),
     ()),
    (r"under 18 or possibly under 18: child-specific procedures and a child-protection referral apply",
     QT_TRANSLATE_NOOP("ScreeningReasons", "Under 18 or possibly under 18: child-specific procedures and a referral to child "
                           "protection apply"), ()),
    (r"(\S+): (\d+) indicator\(s\) found but the combination rule is not met: (.+); dimension\(s\) (.+) positive",
     QT_TRANSLATE_NOOP("ScreeningReasons", "%1: %2 indicator(s) found, but the combination rule is not met: %3; positive "
                           "dimension(s): %4"), ("list", "n", "items", "dims")),
    (r"(\S+): (\d+) indicator\(s\) found but the combination rule is not met: (.+); no dimension positive",
     QT_TRANSLATE_NOOP("ScreeningReasons", "%1: %2 indicator(s) found, but the combination rule is not met: %3; no dimension is "
                           "positive"), ("list", "n", "items")),
    (r"vulnerability answers yes without an assessment result: (.+)",
     QT_TRANSLATE_NOOP("ScreeningReasons", "Vulnerability answers of yes: %1"), ("factors",)),
    (r"smuggling factor\(s\) answered yes: (.+)",
     QT_TRANSLATE_NOOP("ScreeningReasons", "Smuggling factor(s) answered yes: %1"), ("factors",)),
    (r"risk factor\(s\) answered yes: (.+)", QT_TRANSLATE_NOOP("ScreeningReasons", "Risk factor(s) answered yes: %1"), ("factors",)),
    (r"immediate needs: (.+)", QT_TRANSLATE_NOOP("ScreeningReasons", "Immediate needs: %1"), ("flags",)),
    (r"no indicator list was screened", QT_TRANSLATE_NOOP("ScreeningReasons", "No indicator list was screened"), ()),
    (r"(\S+): (\d+) of (\d+) indicator questions not asked",
     QT_TRANSLATE_NOOP("ScreeningReasons", "%1: %2 of %3 indicator questions not asked"), ("list", "n", "n")),
    (r"vulnerability assessment not done", QT_TRANSLATE_NOOP("ScreeningReasons", "The vulnerability assessment was not done"), ()),
    (r"vulnerability assessment mostly unanswered: (\d+) of (\d+) questions not answered",
     QT_TRANSLATE_NOOP("ScreeningReasons", "The vulnerability assessment is mostly unanswered: %1 of %2 questions not answered"),
     ("n", "n")),
    (r"nothing screened yet", QT_TRANSLATE_NOOP("ScreeningReasons", "Nothing has been screened yet"), ()),
    (r"screening not complete: further interview needed",
     QT_TRANSLATE_NOOP("ScreeningReasons", "The screening is not complete: a further interview is needed"), ()),
    (r"screened on (.+): no trafficking indicator found",
     QT_TRANSLATE_NOOP("ScreeningReasons", "Screened on %1: no trafficking indicator found"), ("lists",)),
    (r"vulnerability assessment: (\d+) of (\d+) questions answered; no risk or smuggling factor and no immediate "
     r"need answered yes",
     QT_TRANSLATE_NOOP("ScreeningReasons", "Vulnerability assessment: %1 of %2 questions answered; no risk or smuggling factor and "
                           "no immediate need answered yes"), ("n", "n")),
    (r"protective child rule (met|not met): act (.+?); (.+)",
     QT_TRANSLATE_NOOP("ScreeningReasons", "Protective child rule %1: the act was %2; %3"), ("verdict", "act", "because")),
)
_WORDS = {
    "met": QT_TRANSLATE_NOOP("ScreeningReasons", "met"),
    "not met": QT_TRANSLATE_NOOP("ScreeningReasons", "not met"),
    "answered yes": QT_TRANSLATE_NOOP("ScreeningReasons", "answered yes"),
    "answered no": QT_TRANSLATE_NOOP("ScreeningReasons", "answered no"),
    "unknown": QT_TRANSLATE_NOOP("ScreeningReasons", "unknown"),
    "not asked (treated as unknown)": QT_TRANSLATE_NOOP("ScreeningReasons", "not asked (treated as unknown)"),
    "no exploitation (D) found": QT_TRANSLATE_NOOP("ScreeningReasons", "no exploitation (D) found"),
    "protective item": QT_TRANSLATE_NOOP("ScreeningReasons", "protective item"),
    "exploitation": QT_TRANSLATE_NOOP("ScreeningReasons", "%1: exploitation (D) positive (%2)"),
    "makes": QT_TRANSLATE_NOOP("ScreeningReasons", "%1: %2 (makes exploitation (D) positive)"),
    "strong": QT_TRANSLATE_NOOP("ScreeningReasons", "%1 strong"),
    "medium": QT_TRANSLATE_NOOP("ScreeningReasons", "%1 medium"),
    "weak": QT_TRANSLATE_NOOP("ScreeningReasons", "%1 weak"),
    "adult": QT_TRANSLATE_NOOP("ScreeningReasons", "one of A, B or C; and D; and one of E or F"),
    "child": QT_TRANSLATE_NOOP("ScreeningReasons", "one of A, B or C; and D"),
    "protective": QT_TRANSLATE_NOOP("ScreeningReasons", "an act (yes or unknown) and D"),
}
REQUIREMENTS = {"(A or B or C) and D and (E or F)": "adult", "(A or B or C) and D": "child",
                "act (yes or unknown) and D": "protective"}
_GRADES = {"S": "strong", "M": "medium", "W": "weak"}


def _word(key: str) -> str:
    return QCoreApplication.translate(_C, _WORDS[key])


def _fill(template: str, *args: str) -> str:
    for n, arg in enumerate(args, start=1):
        template = template.replace(f"%{n}", arg)
    return template


def reason_text(reason: str) -> str:
    """One engine reason in the interface language; a sentence of an unknown form is shown as written."""
    for pattern, template, kinds in _PATTERNS:
        found = re.fullmatch(pattern, reason)
        if found:
            shown = [_SHOW[kind](part) for kind, part in zip(kinds, found.groups(), strict=True)]
            return _fill(QCoreApplication.translate(_C, template), *shown)
    return isolate(reason)


def pattern_text(pattern: str | None) -> str:
    """A dimension's threshold ("1S+1M") in words: "1 strong + 1 medium"."""
    parts = re.findall(r"(\d+)([SMW])", pattern or "")
    if not parts:
        return isolate(pattern or "")
    return " + ".join(_fill(_word(_GRADES[g]), n) for n, g in parts)


def requirement_text(requirement: str) -> str:
    """A rule's formula ("(A or B or C) and D") in words, with the dimensions' letters of the interface."""
    key = REQUIREMENTS.get(requirement)
    if key is None:
        return isolate(requirement)
    return _letters(_word(key))


def _letters(text: str) -> str:
    """The dimension letters A–F inside a translated sentence, as the interface writes them."""
    return re.sub(r"\b([A-F])\b", lambda m: dimension_letter(m.group(1)), text)


def instrument_name(instrument_id: str) -> str:
    from app.services.screening_flow import instruments
    from app.ui.labels import ui_language

    found = instruments().get(instrument_id)
    if found is None:
        return isolate(instrument_id)
    return found.title.get(ui_language()) or found.title.get("en") or isolate(instrument_id)


def item_name(item_id: str, instrument_id: str | None = None) -> str:
    """An indicator's or factor's name in the interface language (its id when no instrument knows it)."""
    from app.services.screening_flow import instruments
    from app.ui.labels import ui_language

    lists = instruments()
    order = [lists[instrument_id]] if instrument_id in lists else []
    for inst in [*order, *lists.values()]:
        item = inst.item(item_id)
        if item is not None and item.name:
            return item.name.get(ui_language()) or item.name.get("en") or isolate(item_id)
    return isolate(item_id)


def _items(text: str, instrument_id: str | None = None) -> str:
    out = []
    for one in text.split(", "):
        found = re.fullmatch(r"(\S+) \((strong|medium|weak|protective item)\)", one)
        if found:
            grade = _word("protective item") if found.group(2) == "protective item" else label(found.group(2))
            out.append(f"{item_name(found.group(1), instrument_id)} ({grade})")
        else:
            out.append(isolate(one))
    return "، ".join(out) if _rtl() else ", ".join(out)


def _because(text: str) -> str:
    if text == "no exploitation (D) found":
        return _letters(_word(text))
    shown = []
    for one in text.split("; "):
        positive = re.fullmatch(r"(\S+): exploitation \(D\) positive \((.+)\)", one)
        makes = re.fullmatch(r"(\S+): (\S+) .* \(makes exploitation \(D\) positive\)", one)
        if positive:
            shown.append(_letters(_fill(_word("exploitation"), _quoted(positive.group(1)),
                                        pattern_text(positive.group(2)))))
        elif makes:
            shown.append(_letters(_fill(_word("makes"), _quoted(makes.group(1)),
                                        item_name(makes.group(2), makes.group(1)))))
        else:
            shown.append(isolate(one))
    return "؛ ".join(shown) if _rtl() else "; ".join(shown)


def _rtl() -> bool:
    from app.ui.labels import ui_language

    return ui_language() in ("ur", "ps", "fa")


def _join(parts: list[str]) -> str:
    return "، ".join(parts) if _rtl() else ", ".join(parts)


def _quoted(instrument_id: str) -> str:
    """A list's title inside a sentence, in quotation marks (titles hold colons and commas of their own)."""
    return f"«{instrument_name(instrument_id)}»" if _rtl() else f"“{instrument_name(instrument_id)}”"


_SHOW: dict[str, Callable[[str], str]] = {
    "list": _quoted,
    "lists": lambda text: _join([_quoted(i) for i in text.split(", ")]),
    "dims": lambda text: _join([dimension_letter(d) for d in _IDS.findall(text)]),
    "n": lambda text: text,
    "items": _items,
    "factors": lambda text: _join([item_name(i) for i in text.split(", ")]),
    "flags": lambda text: _join([label(f) for f in _IDS.findall(text)]),
    "verdict": _word,
    "act": lambda text: _word(text) if text in _WORDS else isolate(text),
    "because": _because,
}

_WARNINGS = {
    "instrument_provisional": QT_TRANSLATE_NOOP("ScreeningReasons", "the list is provisional: not yet confirmed against "
                                                                    "its source"),
    "child_screened_with_adult_list": QT_TRANSLATE_NOOP("ScreeningReasons", "a child was screened with a list for "
                                                                            "adults"),
    "adult_screened_with_child_list": QT_TRANSLATE_NOOP("ScreeningReasons", "an adult was screened with a list for "
                                                                            "children"),
    "age_unknown": QT_TRANSLATE_NOOP("ScreeningReasons", "the age is not known"),
}


def warning_text(code: str) -> str:
    """A warning the engine attached to a result, in the interface language."""
    return QCoreApplication.translate("ScreeningReasons", _WARNINGS[code]) if code in _WARNINGS else isolate(code)
