"""The engine's reasons (English sentences from app.domain.screening) in the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.screening.base import isolate
from app.ui.screening.texts import label

# (pattern of the engine's sentence, translatable template); %1, %2 are the pattern's groups.
_PATTERNS = (
    (r"combination rule met on (.+)", QT_TRANSLATE_NOOP("ScreeningReasons", "the combination rule is met on %1")),
    (r"(\S+): dimension\(s\) (.+) positive, rule not met",
     QT_TRANSLATE_NOOP("ScreeningReasons", "%1: dimension(s) %2 positive, but the rule is not met")),
    (r"(\S+): strong indicator\(s\) (.+) present", QT_TRANSLATE_NOOP("ScreeningReasons", "%1: strong indicator(s) %2 present")),
    (r"nothing screened yet", QT_TRANSLATE_NOOP("ScreeningReasons", "nothing has been screened yet")),
    (r"child: child-specific procedures apply", QT_TRANSLATE_NOOP("ScreeningReasons", "a child: child-specific procedures apply")),
    (r"immediate needs: (.+)", QT_TRANSLATE_NOOP("ScreeningReasons", "immediate needs: %1")),
    (r"risk factors outweigh protective factors by (\d+)",
     QT_TRANSLATE_NOOP("ScreeningReasons", "risk factors outweigh protective factors by %1")),
    (r"smuggling reported", QT_TRANSLATE_NOOP("ScreeningReasons", "smuggling reported")),
    (r"no trafficking indicators or vulnerability factors recorded",
     QT_TRANSLATE_NOOP("ScreeningReasons", "no trafficking indicators or vulnerability factors recorded")),
)
_FLAGS = re.compile(r"[a-z_]+")


def reason_text(reason: str) -> str:
    """One engine reason, translated when its form is known, else as the engine wrote it."""
    for pattern, template in _PATTERNS:
        found = re.fullmatch(pattern, reason)
        if found:
            text = QCoreApplication.translate("ScreeningReasons", template)
            for n, part in enumerate(found.groups(), start=1):
                text = text.replace(f"%{n}", _part(pattern, part))
            return text
    return isolate(reason)


def _part(pattern: str, part: str) -> str:
    if pattern.startswith("immediate"):
        return ", ".join(label(f) for f in _FLAGS.findall(part))
    return isolate(part)
