"""The quick pre-screen for busy counters: does this person need a full screening interview?"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.errors import NotFound, ValidationFailed
from app.domain.screening.model import Instrument

# Not knowing is not reassurance: this many unanswered questions recommends a full interview on its own.
UNANSWERED_LIMIT = 3
CONTRIBUTING_LIMIT = 2


@dataclass(frozen=True)
class PrescreenResult:
    instrument_id: str
    instrument_version: str
    full_screening_recommended: bool
    reasons: tuple[dict[str, str], ...]
    yes: tuple[str, ...]
    unanswered: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "nrm-desk/prescreen-result@1",
            "instrument": {"id": self.instrument_id, "version": self.instrument_version},
            "full_screening_recommended": self.full_screening_recommended,
            "reasons": [dict(r) for r in self.reasons],
            "yes": list(self.yes),
            "unanswered": list(self.unanswered),
        }


def prescreen(instrument: Instrument, answers: Mapping[str, bool | None]) -> PrescreenResult:
    """Full screening is recommended on any decisive yes, two contributing yeses, or three unanswered."""
    _check(instrument, answers)
    yes = [item for item in instrument.items if answers.get(item.id) is True]
    unanswered = tuple(i.id for i in instrument.items if answers.get(i.id) is None)
    decisive = [i for i in yes if i.weight == "decisive"]
    contributing = [i for i in yes if i.weight == "contributing"]
    reasons = [dict(i.reason or i.text) for i in decisive]
    if len(contributing) >= CONTRIBUTING_LIMIT or (decisive and contributing):
        reasons += [dict(i.reason or i.text) for i in contributing]
    if len(unanswered) >= UNANSWERED_LIMIT:
        reasons.append(_UNANSWERED)
    return PrescreenResult(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        full_screening_recommended=bool(reasons),
        reasons=tuple(reasons),
        yes=tuple(i.id for i in yes),
        unanswered=unanswered,
    )


def _check(instrument: Instrument, answers: Mapping[str, bool | None]) -> None:
    if instrument.kind != "prescreen":
        raise ValidationFailed(f"instrument {instrument.id!r} is not a pre-screen", path="instrument")
    for key, value in answers.items():
        if instrument.item(key) is None:
            raise NotFound(f"Pre-screen {instrument.id!r} has no question {key!r}.")
        if value not in (True, False, None):
            raise ValidationFailed("an answer must be true, false or null", path=f"answers.{key}")


_UNANSWERED = {
    "en": "Several questions could not be answered; a full interview is the safe course.",
    "ur": "کئی سوالات کے جواب نہیں مل سکے، اس لیے مکمل انٹرویو ہی محفوظ راستہ ہے۔",
}
