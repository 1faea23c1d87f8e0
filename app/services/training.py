"""Training mode use cases: the practice post, practice runs through the screening flow, and workshop results.

    summary = create_practice_post(into, password=..., trainees=["amina", "bilal"])   # trainer, coach, trainees
    lib = library()                                         # {scenario id: Scenario}, validated once per process
    flow = start_practice(session, "man-deported-from-iran")   # the normal interview, indicators coded from text
    ... the trainee runs the flow (the wizard, or `advance` calls) up to the review step ...
    fb = finish_practice(session, flow, "man-deported-from-iran", lang="ur")   # case saved, attempt scored
    results = workshop_results(session)                     # the trainer: every trainee's and the group's scores

Everything here refuses to run in a real post (a real post never holds practice cases), and the sync services
refuse enrolment, bundle export and USB transfer in a practice post (app/services/training_mark.py).
"""

from __future__ import annotations

import functools
import random
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.domain.errors import NotFound, Refused, ValidationFailed
from app.resources import resource_path
from app.services import screening_flow, users, vault
from app.services.screening_flow import ScreeningFlow
from app.services.session import Session
from app.services.training_mark import is_training
from app.storage import directory, post
from app.storage import training as training_store
from app.training.feedback import Attempt, Feedback, assess, skill_scores
from app.training.scenario import Scenario, load_library

PRACTICE_CODE = "TRN"
PRACTICE_NAME = "Practice post (training)"
TRAINER, COACH = "trainer", "coach"
LANGS = ("en", "ur")


@functools.cache
def library() -> Mapping[str, Scenario]:
    """The bundled scenarios, checked against their schema and the instruments (read once per process)."""
    return load_library(resource_path("training"), resource_path("schemas", "training-scenario.schema.json"),
                        screening_flow.instruments())


def scenario(scenario_id: str) -> Scenario:
    found = library().get(scenario_id)
    if found is None:
        raise NotFound(f"There is no training scenario {scenario_id!r}; `nrm-desk training scenarios` lists them.")
    return found


def create_practice_post(into: Path, *, password: str | None = None, trainees: Sequence[str] = (),
                         seed: int = 0) -> dict[str, Any]:
    """A new practice post in `into`: marked TRAINING in its keystore, store and settings; a trainer (admin), a
    coach (supervisor) and one officer account per trainee, all with one password; a synthetic directory."""
    from app.domain.synthetic import generate_directory

    names = [t.strip() for t in trainees]
    if len(set(n.lower() for n in names)) != len(names) or {TRAINER, COACH} & {n.lower() for n in names}:
        raise ValidationFailed("Trainee names must be distinct and not 'trainer' or 'coach'.", path="trainee")
    secret = password or "practice-" + secrets.token_urlsafe(9)
    vault.create_post(into, post_code=PRACTICE_CODE, post_name=PRACTICE_NAME, admin_username=TRAINER,
                      admin_password=secret, admin_full_name="Workshop trainer")
    with vault.unlock(into, TRAINER, secret) as trainer:
        _mark(trainer)
        users.add_user(trainer, username=COACH, role="supervisor", password=secret, full_name="Workshop coach")
        for name in names:
            users.add_user(trainer, username=name, role="officer", password=secret, full_name=name)
        with trainer.transaction() as conn:
            for org in generate_directory(random.Random(seed)):  # noqa: S311 — synthetic data, not secrets
                directory.upsert(conn, org)
                trainer.audit(conn, "directory.update", org.id)
    return {"data_dir": str(into), "post": PRACTICE_CODE, "training": True, "users": [TRAINER, COACH, *names],
            "password": None if password else secret}


def _mark(session: Session) -> None:
    """The three marks, keystore last (it is the one the MAC protects, saved under the current key)."""
    with session.write("training.mark") as conn:
        training_store.mark(conn)
        post.update_settings(conn, {"training": True})
    assert session.dmk is not None
    session.keystore.mark_training()
    session.keystore.save(dmk=session.dmk)


def _require_practice(session: Session) -> None:
    if not is_training(session):
        raise Refused("Practice runs happen only in a practice post (`nrm-desk training init`), never among real "
                      "records.")


def start_practice(session: Session, scenario_id: str) -> ScreeningFlow:
    """The normal screening interview for one scenario, indicators coded after reading the narrative."""
    _require_practice(session)
    scenario(scenario_id)
    flow = screening_flow.start(session)
    flow.state["training"] = {"scenario": scenario_id}
    screening_flow.save(session, flow)
    return flow


def attempt_from_flow(flow: ScreeningFlow) -> Attempt:
    """What the trainee recorded in the interview, as an attempt to compare with the expert."""
    data = flow.data
    indicators = {inst.id: [k for k, v in flow.list_answers(inst).items() if v is True] for inst in flow.chosen_lists()}
    consent = data.get("consent", {})
    if consent.get("declined"):
        choice = "declines"
    elif any(c.get("guardian") for c in consent.get("consents", [])):
        choice = "child_with_guardian"
    else:
        choice = "adult_consents"
    services = {s for r in data.get("referrals", {}).get("referrals", []) for s in r.get("services", [])}
    code = data.get("classification", {}).get("code")
    if code is None:
        raise ValidationFailed("Finish the interview up to the classification before asking for feedback.")
    return Attempt(indicators=indicators, classification=str(code), child_procedures=flow.is_child(), consent=choice,
                   services=sorted(services))


def finish_practice(session: Session, flow: ScreeningFlow, scenario_id: str, *, lang: str) -> Feedback:
    """Save the practice case like any interview, then score the attempt and keep it for the trainer."""
    _require_practice(session)
    attempt = attempt_from_flow(flow)
    screening_flow.finish(session, flow)
    return record_attempt(session, scenario_id, attempt, lang=lang)


def record_attempt(session: Session, scenario_id: str, attempt: Attempt, *, lang: str) -> Feedback:
    """Score one attempt against the expert answer and keep it (audited)."""
    session.require("screening.run")
    _require_practice(session)
    if lang not in LANGS:
        raise ValidationFailed("The practice language is en or ur.", path="lang")
    chosen = scenario(scenario_id)
    feedback = assess(chosen, attempt, screening_flow.instruments())
    with session.transaction() as conn:
        attempt_id = training_store.add_attempt(
            conn, trainee_id=session.user.id, scenario_id=chosen.id, scenario_version=str(chosen.doc["version"]),
            lang=lang, attempt=attempt.to_dict(), feedback=feedback.to_dict(), score=feedback.score)
        session.audit(conn, "training.attempt", attempt_id)
    return feedback


def my_attempts(session: Session) -> list[dict[str, Any]]:
    session.require("screening.run")
    _require_practice(session)
    return training_store.attempts(session.db, trainee_id=session.user.id)


def workshop_results(session: Session) -> dict[str, Any]:
    """The trainer's view: each trainee's attempts and skill scores, and the group's (recorded feedback, as scored
    at the time)."""
    rows = workshop_rows(session)
    here = post.get(session.db)
    return results_of(rows, post_name=str(here["name"]), code=str(here["code"]))


def workshop_rows(session: Session, *, label: str | None = None) -> list[dict[str, Any]]:
    """The trainer's raw attempt rows; with `label`, trainee names carry it (one report over several practice posts
    on several laptops, where two trainees may share a user name)."""
    session.require("user.manage")
    _require_practice(session)
    rows = training_store.attempts(session.db)
    if label:
        rows = [{**r, "username": f"{r['username']} · {label}"} for r in rows]
    return rows


def results_of(rows: Sequence[Mapping[str, Any]], *, post_name: str, code: str) -> dict[str, Any]:
    """Group attempt rows by trainee; skill scores per trainee and for the whole group."""
    from app.training.feedback import skills_from_dict

    by_trainee: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        by_trainee.setdefault(str(row["username"]), []).append(row)
    trainees = []
    for name, own in sorted(by_trainee.items()):
        trainees.append({"trainee": name, "attempts": [{"scenario": r["scenario_id"], "score": r["score"],
                                                         "lang": r["lang"], "parts": r["feedback"]["parts"]} for r in own],
                         "skills": skill_scores(skills_from_dict(r["feedback"]) for r in own),
                         "mean": round(sum(r["score"] for r in own) / len(own))})
    group = skill_scores(skills_from_dict(r["feedback"]) for r in rows)
    return {"post": post_name, "code": code, "trainees": trainees, "group": {"skills": group, "attempts": len(rows),
            "mean": round(sum(r["score"] for r in rows) / len(rows)) if rows else None}}


def score_practice(session: Session, state: Mapping[str, Any], scenario_id: str, *, lang: str) -> Feedback:
    """After the wizard saved a practice interview: score what it held (the state as it was at the finish)."""
    import datetime as dt

    _require_practice(session)
    if state.get("training", {}).get("scenario") != scenario_id:
        raise ValidationFailed("This interview was not started for this practice scenario.")
    flow = ScreeningFlow(dict(state), instruments=screening_flow.instruments(),
                         organisations=directory.all_organisations(session.db), today=dt.date.today())
    return record_attempt(session, scenario_id, attempt_from_flow(flow), lang=lang)


def check_files(files: Sequence[Path]) -> list[dict[str, Any]]:
    """`training check`: each file against the schema, the instruments and the engine; [] problems when valid."""
    from app.training.engine import disagreement
    from app.training.scenario import ScenarioRefused, load_scenario, read_schema

    instruments = screening_flow.instruments()
    schema = read_schema(resource_path("schemas", "training-scenario.schema.json"))
    report: list[dict[str, Any]] = []
    for path in files or sorted(resource_path("training").glob("*.json")):
        try:
            problem = disagreement(load_scenario(Path(path), schema, instruments), instruments)
            report.append({"file": Path(path).name, "ok": problem is None, "problems": [problem] if problem else []})
        except ScenarioRefused as exc:
            report.append({"file": Path(path).name, "ok": False, "problems": [m for _, m in exc.errors]})
    return report


def attempt_of(raw: Mapping[str, Any]) -> Attempt:
    return Attempt.from_dict(raw)


def workshop_report(session: Session, *, lang: str, prepared_on: Any,
                    others: Sequence[tuple[Session, str]] = ()) -> tuple[bytes, dict[str, Any]]:
    """The trainer's report as PDF bytes (and the results it shows); `others`: more practice posts of the same
    workshop (an open trainer session and a label each), whose trainees are added with their label."""
    from app.training.report import render_report

    if others:
        here = post.get(session.db)
        rows = workshop_rows(session, label=session.paths.data_dir.name)
        for other, label in others:
            rows += workshop_rows(other, label=label)
        results = results_of(rows, post_name=str(here["name"]), code=str(here["code"]))
    else:
        results = workshop_results(session)
    titles = {s.id: dict(s.doc["title"]) for s in library().values()}
    return render_report(results, titles, lang=lang, prepared_on=prepared_on), results
