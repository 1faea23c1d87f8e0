"""What each step of the interview shows: questions with their texts and grades, defaults, engine output."""

from __future__ import annotations

from typing import Any

from app.domain.model import to_jsonable
from app.domain.screening import Instrument
from app.services.screening_flow import care, child_rule, indicators
from app.services.screening_flow.flow import (
    PRESCREEN_ID,
    VULNERABILITY_ID,
    Page,
    Question,
    ScreeningFlow,
    Step,
)


def page_of(flow: ScreeningFlow) -> Page:
    """The current step as a Page: saved values (or suggested defaults), questions and what the engine says."""
    step = flow.step
    index, total = flow.position()
    instrument = _instrument(flow, step)
    return Page(step=step, index=index, total=total, values=_values(flow, step), is_child=flow.is_child(),
                questions=_questions(flow, step, instrument), instrument=instrument, info=_info(flow, step))


def _instrument(flow: ScreeningFlow, step: Step) -> Instrument | None:
    ids = {"prescreen": PRESCREEN_ID, "vulnerability": VULNERABILITY_ID, "indicators": step.instrument_id}
    found = ids.get(step.kind)
    return flow.instruments[found] if found else None


def _answers(flow: ScreeningFlow, step: Step) -> dict[str, Any]:
    if step.kind == "indicators":
        return flow.data.get("indicators", {}).get(step.instrument_id, {})  # type: ignore[no-any-return]
    return flow.data.get(step.kind, {}).get("answers", {})  # type: ignore[no-any-return]


def _questions(flow: ScreeningFlow, step: Step, instrument: Instrument | None) -> tuple[Question, ...]:
    if instrument is None:
        return ()
    if step.kind == "indicators":
        return _indicator_questions(flow, step)
    answers = _answers(flow, step)
    return tuple(Question(id=i.id, text=dict(i.text), help=dict(i.help), grade=i.grade, group=i.level,
                          answer=answers.get(i.id), translation_status=dict(i.translation_status))
                 for i in instrument.items)


def _indicator_questions(flow: ScreeningFlow, step: Step) -> tuple[Question, ...]:
    """The page's indicators (each concept once per interview), with sub-questions and the source of a yes."""
    answers, sources = _answers(flow, step), flow.data.get("sources", {})
    out = []
    for i in flow.page_items(step):
        parts = tuple((p.id, dict(p.text), answers.get(p.id)) for p in i.parts)
        source = sources.get(str(i.concept), {}).get("source")
        out.append(Question(id=i.id, text=dict(i.text), help=dict(i.help), grade=i.grade,
                            answer=indicators.item_answer(i, answers), parts=parts, source=source,
                            concept=i.concept, translation_status=dict(i.translation_status)))
    return tuple(out)


def _values(flow: ScreeningFlow, step: Step) -> dict[str, Any]:
    typed = flow.state.get("typing", {}).get(step.key)
    if typed is not None:
        return dict(typed)
    saved = flow.data.get(step.kind)
    if step.kind == "indicators":
        sources = flow.data.get("sources", {})
        chosen = {i.id: sources[str(i.concept)]["source"] for i in flow.page_items(step) if str(i.concept) in sources}
        keys = indicators.answer_keys(flow.page_items(step))
        saved = _answers(flow, step)
        return {"answers": {k: saved[k] for k in keys if k in saved}, "sources": chosen}
    if step.kind in ("prescreen", "vulnerability"):
        return {"answers": dict(_answers(flow, step))}
    if saved is not None and step.kind not in ("encounter",):
        return dict(saved)
    return _defaults(flow, step.kind, dict(saved or {}))


def _defaults(flow: ScreeningFlow, kind: str, saved: dict[str, Any]) -> dict[str, Any]:
    if kind == "lists":
        return {"instruments": flow.default_lists(), "mode": "questions"}
    if kind == "coding":
        return {"found": []}
    if kind == "classification":
        return {"code": None, "reason": ""}  # the officer decides actively; the suggestion is shown beside it
    if kind == "act":
        return {"answer": None}
    if kind == "consent":
        return {"declined": False, "consents": []}
    if kind == "needs":
        return {"needs": [{"code": c, "note": ""} for c in flow.suggested_needs()]}
    if kind == "referrals":
        return {"referrals": _suggested_referrals(flow)}
    return saved


def _suggested_referrals(flow: ScreeningFlow) -> list[dict[str, Any]]:
    v = flow.vulnerability_result()
    urgency = care.URGENCY_OF[v.urgency] if v else "routine"
    services = flow.suggested_services()
    if "needs" not in flow.data:  # asked on the consent page, before needs are recorded
        services = care.suggested_services(flow.suggested_needs(), v.services if v else ())
    consents = flow.data.get("consent", {}).get("consents", [])
    consented = [c["recipient_id"] for c in consents if c["purpose"] == "referral" and c.get("recipient_id")]
    place = flow.data.get("encounter", {}).get("place") or ""
    return care.suggested_referrals(services, flow.organisations.values(), urgency=urgency, consented=consented,
                                    near=place)


def _info(flow: ScreeningFlow, step: Step) -> dict[str, Any]:
    kind = step.kind
    info: dict[str, Any] = {"child": flow.is_child(), "age": flow.age(),
                            "child_doubt": flow.prescreen_said_child() and (flow.age() or 0) >= 18,
                            "interview_language": flow.data.get("encounter", {}).get("interview_language", "")}
    if kind == "match":
        info["candidates"] = flow.state["candidates"]
    elif kind == "lists":
        p = flow.prescreen_result()
        info["recommended"] = flow.full_screening_recommended()
        info["reasons"] = [dict(r) for r in p.reasons] if p else []
        info["lists"] = [_list_info(i) for i in flow.indicator_lists().values()]
    elif kind in ("classification", "review"):
        info.update(_engine(flow))
        info["summary"] = _summary(flow)
        info["child_rule"] = child_rule.status(flow)
    elif kind in ("consent", "referrals"):
        info.update(_care(flow))
    elif kind == "needs":
        info["suggested"] = flow.suggested_needs()
    elif kind == "coding":
        info["indicators"] = [{"concept": i.concept, "id": i.id, "dimension": i.dimension, "grade": i.grade,
                               "name": dict(i.name or i.text), "help": dict(i.help)}
                              for i in indicators.coding_concepts(flow.chosen_lists())]
        info["dimensions"] = {d.id: dict(d.title) for inst in flow.chosen_lists()[:1] for d in inst.dimensions}
    return info


def _list_info(inst: Instrument) -> dict[str, Any]:
    return {"id": inst.id, "title": dict(inst.title), "provisional": inst.provisional,
            "age_group": inst.population.get("age_group"), "exploitation": inst.population.get("exploitation")}


def _engine(flow: ScreeningFlow) -> dict[str, Any]:
    result, v, p = flow.indicator_result(), flow.vulnerability_result(), flow.prescreen_result()
    decision = flow.decision()
    protective = decision.protective_child.to_dict() if decision.protective_child else None
    return {"suggestion": decision.suggestion.to_dict(), "result": result.to_dict() if result else None,
            "vulnerability": v.to_dict() if v else None, "prescreen": p.to_dict() if p else None,
            "protective_child": protective, "act": flow.act()}


def _care(flow: ScreeningFlow) -> dict[str, Any]:
    consents = flow.data.get("consent", {}).get("consents", [])
    referral_ok = {c["recipient_id"] for c in consents if c["purpose"] == "referral"}
    return {"organisations": [to_jsonable(o) for o in flow.organisations.values()],
            "interpreter_needed": flow.interpreter_needed(),
            "interpreter": flow.data.get("encounter", {}).get("interpreter", ""),
            "suggested_services": flow.suggested_services(), "consented_recipients": sorted(referral_ok, key=str),
            "likely_recipients": [r["provider_id"] for r in _suggested_referrals(flow)],
            "child": flow.is_child()}


def _summary(flow: ScreeningFlow) -> dict[str, Any]:
    data, person = flow.data, flow.person()
    linked = data.get("match", {}).get("case_id")
    reference = next((c["reference"] for c in flow.state["candidates"] if c["case_id"] == linked), None)
    return {"person": person.display_name() if person else "", "classification": data.get("classification", {}).get("code"),
            "suggested": data.get("classification", {}).get("suggested"),
            "override": bool(data.get("classification", {}).get("override")), "act": flow.act(),
            "reason": data.get("classification", {}).get("reason", ""),
            "consents": len(data.get("consent", {}).get("consents", [])),
            "needs": len(data.get("needs", {}).get("needs", [])),
            "referrals": len(data.get("referrals", {}).get("referrals", [])), "linked": reference,
            "answers": _answers_given(flow)}


def _answers_given(flow: ScreeningFlow) -> dict[str, Any]:
    """What was recorded, step by step, for the review page: codes and ids with the instruments' own texts (the
    screen labels them); indicators and factors only where the answer was yes."""
    data = flow.data
    encounter = data.get("encounter", {})
    person = data.get("person", {})
    found = []
    for inst in flow.chosen_lists():
        sources = flow.list_sources(inst)
        for item_id, answer in flow.list_answers(inst).items():
            item = inst.item(item_id)
            if answer is True and item is not None:
                found.append({"list": inst.id, "id": item.id, "dimension": item.dimension, "grade": item.grade,
                              "name": dict(item.name or item.text),
                              "source": sources.get(item_id, {}).get("source")})
    vulnerability = flow.instruments.get(VULNERABILITY_ID)
    factors = [{"id": i.id, "name": dict(i.name or i.text)} for i in (vulnerability.items if vulnerability else ())
               if data.get("vulnerability", {}).get("answers", {}).get(i.id) is True]
    orgs = flow.organisations
    prescreen = flow.instruments[PRESCREEN_ID]
    return {
        "encounter": {k: encounter.get(k) for k in ("date", "place", "circumstance", "interview_language",
                                                    "interpreter")},
        "person": {"estimated_age": person.get("estimated_age"), "date_of_birth": person.get("date_of_birth"),
                   "sex": person.get("sex"), "nationality": person.get("nationality"),
                   "languages": list(person.get("languages") or []),
                   "documents": [d.get("type") for d in person.get("documents") or []]},
        "prescreen_yes": [{"id": i.id, "text": dict(i.text)} for i in prescreen.items
                          if data.get("prescreen", {}).get("answers", {}).get(i.id) is True],
        "lists": [dict(i.title) for i in flow.chosen_lists()],
        "indicators_found": found,
        "factors_yes": factors,
        "act": flow.act(),
        "consents": [{"purpose": c["purpose"], "method": c.get("method"),
                      "recipient": orgs[c["recipient_id"]].name if c.get("recipient_id") in orgs else None}
                     for c in data.get("consent", {}).get("consents", [])],
        "consent_declined": bool(data.get("consent", {}).get("declined")),
        "needs": [n["code"] if isinstance(n, dict) else n for n in data.get("needs", {}).get("needs", [])],
        "referrals": [{"organisation": orgs[r["provider_id"]].name if r.get("provider_id") in orgs else r.get("provider_id"),
                       "services": list(r.get("services") or []), "urgency": r.get("urgency")}
                      for r in data.get("referrals", {}).get("referrals", [])],
    }
