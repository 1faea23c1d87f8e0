"""Screening instruments and the classification engine: the small public API used by the UI, services and CLI.

Pure Python; instrument and mapping files are data, read from folders the caller passes in
(callers use `app.resources.resource_path("instruments")` and `resource_path("standards", ...)`).

    instruments = load_instruments(folder)                  # {id: Instrument}, every *.json, checked
    inst = get_instrument(instruments, "ilo2009-adult-labour")   # NotFound names a bad id
    r = evaluate(inst, ["A01", "B01", "D01", "D02", "E01", "E04"], age=None, possible_child=False)
    r.presumed_victim; r.rule                               # rule: adult | child | child_by_possible_child_flag
    r.to_dict()                                             # stable JSON dict; read_result(d) reads it back
    m = evaluate_several([(labour, ids1), (sexual, ids2)], age=16)
    m.presumed_victim; m.positive_instruments()             # positive if any list is positive, says which
    p = prescreen(instruments["quick-prescreen"], {"P1": True, ...})       # .full_screening_recommended, .reasons
    v = assess_vulnerability(instruments["iom-domv-vulnerability"], {...})  # .flags, .urgency, .services
    s = suggest_classification(r, v, act="yes", age=14)     # .code: one of CLASSIFICATIONS, .reasons
    d = decide(m, v, act="unknown", age=14, vulnerability_answers={...})  # .suggestion, .ilo_results,
                                                            # .protective_child (None for adults), .to_dict()
    rec = record_decision(r, classification="inconclusive", reason="...", suggestion=s)
    rec.to_dict(); read_record(d)                           # what a store keeps: result + officer's decision
    maps = load_mappings(path)                              # classification labels, HTCDS / CTDC codes

The engine suggests; the officer decides and records the classification with a reason. A stored
screening keeps the instrument id and version, the answers, `result.to_dict()` and the decision;
`read_result` re-reads such a dict from what it carries (grades and labels used at the time), so an
instrument update never changes an old screening, and refuses a dict whose verdicts do not follow
from its own indicators.
"""

from __future__ import annotations

from app.domain.screening.child_rule import ProtectiveChildResult
from app.domain.screening.classification import Suggestion, suggest_classification
from app.domain.screening.decision import Decision, decide
from app.domain.screening.loader import get_instrument, load_instrument, load_instruments, parse_instrument
from app.domain.screening.model import SERVICES, Instrument, Item
from app.domain.screening.prescreen import PrescreenResult, prescreen
from app.domain.screening.record import ScreeningRecord, read_record, record_decision
from app.domain.screening.result import MultiResult, ScreeningResult, read_result
from app.domain.screening.rules import dimension_pattern, evaluate, evaluate_several
from app.domain.screening.standards import CLASSIFICATIONS, Mappings, load_mappings
from app.domain.screening.vulnerability import VulnerabilityResult, assess_vulnerability

__all__ = [
    "CLASSIFICATIONS",
    "Decision",
    "ProtectiveChildResult",
    "SERVICES",
    "Instrument",
    "Item",
    "Mappings",
    "MultiResult",
    "PrescreenResult",
    "ScreeningRecord",
    "ScreeningResult",
    "Suggestion",
    "VulnerabilityResult",
    "assess_vulnerability",
    "decide",
    "dimension_pattern",
    "evaluate",
    "evaluate_several",
    "get_instrument",
    "load_instrument",
    "load_instruments",
    "load_mappings",
    "parse_instrument",
    "prescreen",
    "read_record",
    "read_result",
    "record_decision",
    "suggest_classification",
]
