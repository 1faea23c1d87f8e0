"""`nrm-desk screening instrument|evaluate|suggest`: instruments, the combination rule and the whole engine verdict."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import print_json
from app.domain.errors import NotFound, UsageError, ValidationFailed

if TYPE_CHECKING:
    from app.domain.screening import Decision, MultiResult, ScreeningResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("screening", help="screening instruments and the classification engine")
    commands = group.add_subparsers(dest="screening_command", metavar="SUBCOMMAND", required=True)
    p = commands.add_parser("instrument", help="list instruments: dimensions, indicators, grades, texts")
    p.add_argument("--id", dest="instrument_id", help="show only this instrument")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=run_instrument)
    p = commands.add_parser("evaluate", help='apply the combination rule to {"instrument", "indicators", "age"}')
    p.add_argument("file", metavar="FILE", help="JSON input file, or - for standard input")
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=run_evaluate)
    p = commands.add_parser("suggest", help="the whole decision: ILO result(s), protective child rule, suggestion")
    p.add_argument("file", metavar="FILE", help='JSON: {"screenings", "vulnerability", "act", "age", "possible_child"}')
    p.add_argument("--json", action="store_true", help="machine output on stdout")
    p.set_defaults(handler=run_suggest)


def run_instrument(args: argparse.Namespace) -> int:
    from app.domain.screening import get_instrument, load_instruments
    from app.resources import instruments_dir

    instruments = load_instruments(instruments_dir())
    if args.instrument_id:
        chosen = [get_instrument(instruments, args.instrument_id)]
    else:
        chosen = list(instruments.values())
    if args.json:
        summaries = [i.summary() for i in chosen]
        print_json(summaries[0] if args.instrument_id else {"instruments": summaries})
        return 0
    for inst in chosen:
        print(f"{inst.id}  v{inst.version}  {inst.status}  {inst.kind}  {len(inst.items)} items  {inst.title['en']}")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from app.domain.screening import load_instruments
    from app.resources import instruments_dir

    request = _read_request(args.file)
    instruments = load_instruments(instruments_dir())
    result = _evaluate(request, instruments)
    if args.json:
        print_json(result.to_dict())
    else:
        _print_result(result)
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    from app.domain.screening import MultiResult, load_instruments
    from app.resources import instruments_dir

    request = _read_request(args.file)
    decision = _decide(request, load_instruments(instruments_dir()))
    if args.json:
        print_json(decision.to_dict())
        return 0
    if decision.ilo_results:
        _print_result(MultiResult(decision.ilo_results))
    if decision.protective_child is not None:
        print(decision.protective_child.reason())
    print(f"suggestion: {decision.suggestion.code}")
    for reason in decision.suggestion.reasons:
        print(f"  - {reason}")
    return 0


def _decide(request: dict[str, Any], instruments: dict[str, Any]) -> Decision:
    from app.domain.screening import assess_vulnerability, decide, evaluate_several, get_instrument

    age, possible_child = request.get("age"), request.get("possible_child", False)
    if not isinstance(possible_child, bool):
        raise ValidationFailed("possible_child must be true or false", path="possible_child")
    pairs = [(get_instrument(instruments, _instrument_id(s)), _indicators(s)) for s in _objects(request, "screenings")]
    results = evaluate_several(pairs, age=age, possible_child=possible_child) if pairs else None
    answers = _vulnerability_answers(request["vulnerability"], instruments) if "vulnerability" in request else None
    vulnerability = None if answers is None else assess_vulnerability(
        instruments["iom-domv-vulnerability"], {k: {"yes": True, "no": False}.get(a) for k, a in answers.items()})
    return decide(results, vulnerability, act=request.get("act"), age=age, possible_child=possible_child,
                  vulnerability_answers=answers)


def _vulnerability_answers(raw: Any, instruments: dict[str, Any]) -> dict[str, str]:
    """Every question of the assessment: the answer given, else not_asked; an unknown id is refused by name."""
    if not isinstance(raw, dict):
        raise ValidationFailed("vulnerability must map question ids to yes, no or not_asked", path="vulnerability")
    items = instruments["iom-domv-vulnerability"].items
    unknown = sorted(set(raw) - {i.id for i in items})
    if unknown:
        raise NotFound(f"Vulnerability assessment has no question {unknown[0]!r}.")
    bad = sorted(k for k, v in raw.items() if v not in ("yes", "no", "not_asked"))
    if bad:
        raise ValidationFailed(f"vulnerability answer for {bad[0]} must be yes, no or not_asked", path="vulnerability")
    return {i.id: str(raw.get(i.id, "not_asked")) for i in items}


def _objects(request: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = _list(request, key)
    if not all(isinstance(v, dict) for v in value):
        raise ValidationFailed(f"each entry of {key} must be an object with instrument and indicators", path=key)
    return value


def _evaluate(request: dict[str, Any], instruments: dict[str, Any]) -> ScreeningResult | MultiResult:
    from app.domain.screening import evaluate, evaluate_several, get_instrument

    age = request.get("age")
    possible_child = request.get("possible_child", False)
    if not isinstance(possible_child, bool):
        raise ValidationFailed("possible_child must be true or false", path="possible_child")
    if "screenings" in request:
        pairs = [(get_instrument(instruments, _instrument_id(s)), _indicators(s)) for s in _list(request, "screenings")]
        return evaluate_several(pairs, age=age, possible_child=possible_child)
    return evaluate(get_instrument(instruments, _instrument_id(request)), _indicators(request),
                    age=age, possible_child=possible_child)


def _read_request(name: str) -> dict[str, Any]:
    try:
        raw = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Cannot read {name}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise ValidationFailed(f"{name} is not UTF-8 text.") from exc
    from app.domain import safejson

    try:
        data = safejson.loads(raw, safejson.SCREENING_LIMITS)
    except safejson.JsonRefused as exc:
        raise ValidationFailed(f"{name} is refused: {exc.reason}.") from None
    if not isinstance(data, dict):
        raise ValidationFailed(f"{name} must hold a JSON object.")
    return data


def _instrument_id(request: dict[str, Any]) -> str:
    value = request.get("instrument")
    if not isinstance(value, str) or not value:
        raise ValidationFailed("instrument must be the id of a screening instrument", path="instrument")
    return value


def _indicators(request: dict[str, Any]) -> list[str]:
    value = _list(request, "indicators")
    if not all(isinstance(v, str) for v in value):
        raise ValidationFailed("indicators must be a list of indicator ids", path="indicators")
    return value


def _list(request: dict[str, Any], key: str) -> list[Any]:
    value = request.get(key)
    if not isinstance(value, list):
        raise ValidationFailed(f"{key} must be a list", path=key)
    return value


def _print_result(result: ScreeningResult | MultiResult) -> None:
    from app.domain.screening import MultiResult

    results = result.results if isinstance(result, MultiResult) else (result,)
    for r in results:
        verdict = "presumed victim" if r.presumed_victim else "rule not met"
        print(f"{r.instrument_id} v{r.instrument_version}: {verdict} (rule: {r.rule})")
        for d in r.dimensions:
            ids = ", ".join(i.id for i in d.indicators) or "-"
            print(f"  {d.dimension}: {'positive' if d.positive else 'negative':8}  {ids}")
    if isinstance(result, MultiResult):
        print(f"positive lists: {', '.join(result.positive_instruments()) or 'none'}")
