"""The screening record a store keeps: the engine's result beside the officer's own classification and reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.screening.classification import Suggestion
from app.domain.screening.result import MultiResult, ScreeningResult, read_result
from app.domain.screening.standards import CLASSIFICATIONS

RECORD_FORMAT = "nrm-desk/screening-record@1"
MIN_REASON = 10  # a word or two is not a reason another officer can follow


@dataclass(frozen=True)
class ScreeningRecord:
    result: ScreeningResult | MultiResult
    classification: str
    reason: str
    suggested: str | None

    @property
    def overrides_suggestion(self) -> bool:
        return self.suggested is not None and self.suggested != self.classification

    def to_dict(self) -> dict[str, Any]:
        results = self.result.results if isinstance(self.result, MultiResult) else (self.result,)
        return {
            "format": RECORD_FORMAT,
            "instruments": [{"id": r.instrument_id, "version": r.instrument_version} for r in results],
            "answers": {r.instrument_id: r.indicator_ids() for r in results},
            "result": self.result.to_dict(),
            "suggested": self.suggested,
            "classification": self.classification,
            "reason": self.reason,
            "overrides_suggestion": self.overrides_suggestion,
        }


def record_decision(result: ScreeningResult | MultiResult, *, classification: str, reason: str,
                    suggestion: Suggestion | None = None) -> ScreeningRecord:
    """The officer's decision on a screening; the classification is theirs, the reason is required."""
    if classification not in CLASSIFICATIONS:
        raise ValidationFailed(f"choose one of: {', '.join(CLASSIFICATIONS)}", path="classification")
    text = " ".join(str(reason or "").split())
    if len(text) < MIN_REASON:
        raise ValidationFailed("say in a sentence why you chose this classification", path="reason")
    return ScreeningRecord(result, classification, text, suggestion.code if suggestion else None)


def read_record(data: Mapping[str, Any]) -> ScreeningRecord:
    """A stored record read back from what it carries; refuses one whose parts disagree."""
    if not isinstance(data, Mapping) or data.get("format") != RECORD_FORMAT:
        raise ValidationFailed(f"not a screening record of format {RECORD_FORMAT}", path="record")
    result = read_result(data.get("result") or {})
    record = record_decision(result, classification=data.get("classification", ""), reason=data.get("reason", ""))
    record = ScreeningRecord(result, record.classification, record.reason, data.get("suggested"))
    if record.to_dict() != dict(data):
        raise ValidationFailed("stored screening record does not agree with its own result", path="record")
    return record
