"""The screening interview state machine on a real SQLCipher vault: steps, validation, going back, consent
rules, suggestions, resuming, and a finish that writes everything in one transaction or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import InvalidState, NotFound, PermissionDenied, ValidationFailed
from app.domain.model import CaseInput, Encounter, Organisation, Person
from app.domain.screening import read_result
from app.services import screening_flow as sf
from app.services import users, vault
from app.services.cases import create_case
from app.services.screening_flow import sample
from app.storage import audit, cases, directory, drafts

PASSWORD = "correct-horse-battery-9"
TODAY = dt.date(2026, 11, 28)
ORGS = (
    Organisation("org-cpu", "Child Protection Unit", ("child_protection", "family_tracing", "shelter")),
    Organisation("org-psy", "Sukoon Counselling", ("psychosocial", "medical")),
    Organisation("org-law", "Insaf Legal Aid", ("legal_aid", "interpretation")),
    Organisation("org-ret", "Safe Return", ("return_reintegration",)),
)


@pytest.fixture(scope="module")
def post(tmp_path_factory):
    root = tmp_path_factory.mktemp("post")
    vault.create_post(root, post_code="ISB", post_name="Test post", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(root, "admin", PASSWORD) as admin:
        for name in ("officer", "officer2"):
            users.add_user(admin, username=name, role="officer", password=PASSWORD)
        with admin.transaction() as conn:
            for org in ORGS:
                directory.upsert(conn, org)
    sessions = {name: vault.unlock(root, name, PASSWORD) for name in ("officer", "officer2", "admin")}
    yield sessions
    for s in sessions.values():
        s.close()


@pytest.fixture
def officer(post):
    return post["officer"]


def run(session, flow, *, until: str | None = None, override: dict | None = None):
    """Drive the sample interview through the service layer until the step kind `until` is shown."""
    override = override or {}
    page = sf.page_of(flow)
    while page.step.kind != (until or "review"):
        data = override.get(page.step.kind) or sample.answer_for(page)
        page = sf.advance(session, flow, data)
    return page


def counts(session) -> dict[str, int]:
    tables = ("cases", "encounters", "screenings", "consents", "needs", "referrals", "drafts", "audit_log")
    return {t: session.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def fail_with(session, flow, data, path: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as err:
        sf.advance(session, flow, data)
    assert err.value.path == path
    assert words in err.value.message
    assert err.value.message.count(".") >= 1 and "\n" not in err.value.message


# ----- start, steps, back and forward -----
def test_start_saves_a_draft_at_once_and_lists_it(officer):
    flow = sf.start(officer, today=TODAY)
    row = drafts.load(officer.db, flow.draft_id)
    assert row["owner_id"] == officer.user.id and row["state"]["step"] == "encounter"
    assert flow.draft_id in [d.id for d in sf.open_drafts(officer)]
    assert sf.page_of(flow).values["date"] == TODAY.isoformat()


def test_admin_may_not_run_a_screening(post):
    with pytest.raises(PermissionDenied):
        sf.start(post["admin"])


def test_encounter_validation(officer):
    flow = sf.start(officer, today=TODAY)
    good = {"date": "2026-11-28", "place": "Torkham border", "circumstance": "interception"}
    fail_with(officer, flow, {**good, "place": "  "}, "place", "where the person was met")
    fail_with(officer, flow, {**good, "date": "2026-12-01"}, "date", "future")
    fail_with(officer, flow, {**good, "date": "28/11/2026"}, "date", "year-month-day")
    fail_with(officer, flow, {**good, "circumstance": "arrest"}, "circumstance", "how the person came")
    fail_with(officer, flow, {**good, "interview_language": "de"}, "interview_language", "language")
    assert sf.advance(officer, flow, good).step.kind == "person"


def test_person_validation(officer):
    flow = sf.start(officer, today=TODAY)
    run(officer, flow, until="person")
    good = dict(sample.PERSON)
    fail_with(officer, flow, {**good, "given_name": ""}, "given_name", "given name")
    fail_with(officer, flow, {**good, "estimated_age": "sixteen"}, "estimated_age", "whole number")
    fail_with(officer, flow, {**good, "date_of_birth": "2030-01-01"}, "date_of_birth", "future")
    fail_with(officer, flow, {**good, "nationality": "XX"}, "nationality", "nationality")
    fail_with(officer, flow, {**good, "languages": ["klingon"]}, "languages", "language code")
    fail_with(officer, flow, {**good, "documents": [{"type": "passport", "number": " "}]}, "documents[0].number",
              "document number")
    assert sf.advance(officer, flow, good).step.kind == "prescreen"


def test_back_keeps_what_was_entered_and_the_first_step_has_no_back(officer):
    flow = sf.start(officer, today=TODAY)
    with pytest.raises(InvalidState):
        sf.go_back(officer, flow)
    run(officer, flow, until="prescreen")
    page = sf.go_back(officer, flow)
    assert page.step.kind == "person" and page.values["given_name"] == "Ayesha"
    page = sf.go_back(officer, flow)
    assert page.step.kind == "encounter" and page.values["place"].startswith("Islamabad")
    assert not flow.can_go_back
    page = sf.advance(officer, flow, page.values)
    assert page.step.kind == "person" and page.values["family_name"] == "Bibi"


def test_one_step_per_dimension_of_each_chosen_list(officer):
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="lists")
    # a 16-year-old: the child list by default, asked question by question
    assert page.values == {"instruments": ["ilo2009-child-labour"], "mode": "questions"}
    assert page.info["recommended"] and page.info["reasons"]
    fail_with(officer, flow, {"instruments": []}, "instruments", "at least one indicator list")
    fail_with(officer, flow, {"instruments": ["nope"]}, "instruments", "Unknown indicator list")
    page = sf.advance(officer, flow, {"instruments": ["ilo2009-child-labour", "ilo2009-child-sexual"]})
    keys = [s.key for s in flow.steps() if s.kind == "indicators"]
    # each concept once: the sexual list adds only the page with what the labour list did not ask
    assert keys[0] == "indicators/ilo2009-child-labour/A" and len(keys) == 7
    assert keys[6] == "indicators/ilo2009-child-sexual/D"
    assert page.step.dimension == "A" and all(q.grade for q in page.questions)
    assert {q.id[0] for q in page.questions} == {"A"}
    fail_with(officer, flow, {"answers": {"A01": "yes"}}, "answers.A01", "Answer yes, no")
    fail_with(officer, flow, {"answers": {"D01": True}}, "answers", "no question")


def test_no_list_needed_when_the_prescreen_finds_nothing(officer):
    flow = sf.start(officer, today=TODAY)
    adult = {**sample.PERSON, "estimated_age": 30}
    page = run(officer, flow, until="lists", override={
        "person": adult, "prescreen": {"answers": {f"P0{i}": False for i in range(1, 9)}}})
    assert not page.info["recommended"]
    assert page.values == {"instruments": ["ilo2009-adult-labour"], "mode": "questions"}
    page = sf.advance(officer, flow, {"instruments": []})
    assert page.step.kind == "vulnerability"


def test_classification_needs_a_reason_and_shows_the_engine_explanation(officer):
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="classification")
    assert page.values["code"] is None  # nothing pre-selected: the officer decides; the suggestion is beside it
    assert page.info["suggestion"]["code"] == "presumed_victim_trafficking"
    fail_with(officer, flow, {"reason": sample.REASON}, "code", "Choose a classification")
    result = page.info["result"]["results"][0]
    assert result["rule"] == "child" and set(result["positive_dimensions"]) == {"A", "D", "E"}
    assert [i["id"] for i in result["dimensions"]["A"]["indicators"]] == ["A01", "A02"]
    assert page.info["suggestion"]["reasons"]
    fail_with(officer, flow, {"code": "presumed_victim_trafficking", "reason": "  "}, "reason", "reason")
    fail_with(officer, flow, {"code": "victim", "reason": sample.REASON}, "code", "classification")
    page = sf.advance(officer, flow, {"code": "inconclusive", "reason": "She needs a second interview."})
    assert page.step.kind == "consent"


# ----- consent, needs and referrals -----
def consent(**kw):
    return {"purpose": "referral", "recipient_id": "org-cpu", "method": "written", "guardian": sample.GUARDIAN, **kw}


def test_consent_rules(officer):
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="consent")
    assert page.is_child and page.info["likely_recipients"]
    fail_with(officer, flow, {"consents": []}, "consents", "or record that they declined")
    fail_with(officer, flow, {"consents": [consent(guardian="")]}, "consents[0].guardian", "child")
    fail_with(officer, flow, {"consents": [consent(method="verbal")]}, "consents[0].witness", "witness")
    fail_with(officer, flow, {"consents": [consent(method="nod")]}, "consents[0].method", "written or verbal")
    fail_with(officer, flow, {"consents": [consent(recipient_id="org-x")]}, "consents[0].recipient_id", "directory")
    fail_with(officer, flow, {"consents": [consent(purpose="data_sharing")]}, "consents[0].data_categories",
              "which data")
    fail_with(officer, flow, {"consents": [consent(given_on="2027-01-01")]}, "consents[0].given_on", "future")
    fail_with(officer, flow, {"consents": [consent(), consent()]}, "consents[1]", "twice")
    fail_with(officer, flow, {"consents": [consent()], "declined": True}, "declined", "both")
    fail_with(officer, flow, {"consents": [consent()]}, "guardian_relationship", "related")
    page = sf.advance(officer, flow, {"consents": [consent()], **sample.GUARDIAN_DETAILS})
    assert page.step.kind == "needs"


def test_an_adult_needs_no_guardian_but_an_interpreter_when_one_is_needed(officer):
    flow = sf.start(officer, today=TODAY)
    adult = {**sample.PERSON, "estimated_age": 30}
    encounter = {**sample.ENCOUNTER, "date": "2026-11-28", "interview_language": "ps", "interpreter": "Gul Khan"}
    no_child = {"answers": {"P01": False, "P02": True}}
    run(officer, flow, until="consent", override={"person": adult, "encounter": encounter, "prescreen": no_child})
    assert not flow.is_child()
    fail_with(officer, flow, {"consents": [consent(guardian="")]}, "consents[0].interpreter", "interpreter")
    assert sf.advance(officer, flow, {"consents": [consent(guardian="", interpreter="Gul Khan")]})


def test_a_declined_consent_is_recorded_as_such(officer):
    flow = sf.start(officer, today=TODAY)
    run(officer, flow, until="consent")
    assert sf.advance(officer, flow, {"declined": True}).step.kind == "needs"
    assert flow.data["consent"] == {"declined": True, "consents": []}


def test_needs_are_suggested_from_flags_and_validated(officer):
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="needs")
    assert [n["code"] for n in page.values["needs"]] == ["shelter", "psychosocial", "child_protection"]
    fail_with(officer, flow, {"needs": [{"code": "money"}]}, "needs[0].code", "from the list")
    fail_with(officer, flow, {"needs": [{"code": "shelter"}, {"code": "shelter"}]}, "needs[1].code", "twice")


def test_referral_services_are_suggested_from_needs_and_validated(officer):
    flow = sf.start(officer, today=TODAY)
    needs = {"needs": [{"code": "legal_aid"}, {"code": "child_protection"}]}
    page = run(officer, flow, until="referrals", override={"needs": needs})
    # legal aid comes only from the needs; the rest also from the vulnerability answers
    assert page.info["suggested_services"] == ["shelter", "medical", "psychosocial", "legal_aid", "interpretation",
                                               "family_tracing", "child_protection"]
    providers = {r["provider_id"]: r["services"] for r in page.values["referrals"]}
    assert providers["org-cpu"] == ["shelter", "family_tracing", "child_protection"]
    assert providers["org-law"] == ["legal_aid", "interpretation"] and providers["org-psy"] == ["medical", "psychosocial"]
    assert all(r["urgency"] == "emergency" for r in page.values["referrals"])  # an unaccompanied child
    good = {"provider_id": "org-cpu", "services": ["shelter"], "urgency": "urgent", "reason": "No safe place."}
    fail_with(officer, flow, {"referrals": [{**good, "services": ["legal_aid"]}]}, "referrals[0].services",
              "does not offer")
    fail_with(officer, flow, {"referrals": [{**good, "reason": ""}]}, "referrals[0].reason", "why")
    fail_with(officer, flow, {"referrals": [{**good, "provider_id": "x"}]}, "referrals[0].provider_id", "directory")
    fail_with(officer, flow, {"referrals": [good, good]}, "referrals[1].provider_id", "once")
    assert sf.advance(officer, flow, {"referrals": [good]}).step.kind == "review"


# ----- finish -----
def test_finish_writes_everything_in_one_transaction(officer):
    flow = sf.start(officer, today=TODAY)
    run(officer, flow)
    before = counts(officer)
    with pytest.raises(InvalidState):
        sf.advance(officer, flow, {})
    case_id, reference = sf.finish(officer, flow)
    after = counts(officer)
    case = cases.get_case(officer.db, case_id)
    assert reference.startswith("ISB-") and case["classification"] == "presumed_victim_trafficking"
    assert case["is_child"] and case["person"]["name_native"] == "عائشہ بی بی"
    assert [s["instrument_id"] for s in case["screenings"]] == ["quick-prescreen", "ilo2009-child-labour",
                                                                "iom-domv-vulnerability"]
    labour = case["screenings"][1]
    assert labour["instrument_version"] == flow.instruments["ilo2009-child-labour"].version == "2.1.0"
    assert labour["reason"] == sample.REASON
    assert labour["answers"]["A01"] is True and labour["answers"]["A03"] is False
    assert read_result(labour["result"]).presumed_victim
    assert labour["result"]["suggestion"]["code"] == "presumed_victim_trafficking"
    assert {(c["purpose"], c["recipient_id"]) for c in case["consents"]} >= {("assistance", None),
                                                                              ("referral", "org-cpu")}
    assert all(c["guardian"] == sample.GUARDIAN for c in case["consents"])
    assert {n["code"] for n in case["needs"]} == {"shelter", "psychosocial", "child_protection"}
    assert {r["status"] for r in case["referrals"]} == {"draft"}
    assert {r["provider_id"] for r in case["referrals"]} == {"org-cpu", "org-psy", "org-law"}
    assert after["drafts"] == before["drafts"] - 1 and drafts.load(officer.db, flow.draft_id) is None
    actions = [e["action"] for e in audit.entries_after(officer.db, before["audit_log"])]
    assert actions.count("referral.draft") == 3 and "case.create" in actions
    assert actions.count("screening.record") == 3 and actions[-1] == "draft.finish"
    assert audit.verify(officer.db).ok


def test_nothing_is_half_written_when_finish_fails(officer, monkeypatch):
    flow = sf.start(officer, today=TODAY)
    run(officer, flow)
    before = counts(officer)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("app.storage.referrals.insert", broken)  # fails after the case rows are written
    with pytest.raises(RuntimeError):
        sf.finish(officer, flow)
    assert counts(officer) == before
    assert sf.resume(officer, flow.draft_id).step.kind == "review"


def test_finish_checks_every_step_again(officer):
    flow = sf.start(officer, today=TODAY)
    run(officer, flow)
    flow.data["classification"]["reason"] = ""
    with pytest.raises(ValidationFailed, match="reason"):
        sf.finish(officer, flow)
    incomplete = sf.start(officer, today=TODAY)
    run(officer, incomplete, until="needs")
    with pytest.raises(InvalidState, match="not complete"):
        sf.finish(officer, incomplete)


def test_possible_same_person_is_shown_and_can_be_linked(officer):
    known = Person("Aisha", "Bibi", name_native="عائشه بي بي", sex="female", estimated_age=17, nationality="PK")
    case_id, reference = create_case(officer, CaseInput(known, Encounter(TODAY, "Lahore", "raid")))
    other = Person("Ayesha", "Khan", name_native="عائشہ خان", sex="female", estimated_age=40)
    _, other_ref = create_case(officer, CaseInput(other, Encounter(TODAY, "Lahore", "raid")))
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="match")
    found = {c["reference"]: c for c in page.info["candidates"]}
    assert reference in found and other_ref not in found
    assert set(found[reference]["matched"]) >= {"name", "name_native", "age", "nationality"}
    fail_with(officer, flow, {"decision": "link", "case_id": "someone-else"}, "decision", "Link the interview")
    sf.advance(officer, flow, {"decision": "link", "case_id": case_id})
    run(officer, flow)
    linked_id, linked_ref = sf.finish(officer, flow)
    case = cases.get_case(officer.db, case_id)
    assert (linked_id, linked_ref) == (case_id, reference)
    assert len(case["encounters"]) == 2 and len(case["screenings"]) == 3 and case["referrals"]


def test_a_different_person_brings_no_match_step(officer):
    flow = sf.start(officer, today=TODAY)
    person = {**sample.PERSON, "given_name": "Zarmina", "family_name": "Wazir", "name_native": "زرمینہ",
              "aliases": [], "documents": []}
    page = run(officer, flow, until="prescreen", override={"person": person})
    assert "match" not in [s.kind for s in flow.steps()] and page.step.kind == "prescreen"


# ----- resuming -----
def test_resume_restores_the_step_and_answers_exactly(officer):
    flow = sf.start(officer, today=TODAY)
    run(officer, flow, until="indicators")
    sf.advance(officer, flow, {"answers": {"A01": True, "A02": None}})
    sf.keep(officer, flow, {"answers": {"B01": True}})  # typed on the page, Next not pressed
    again = sf.resume(officer, flow.draft_id, today=TODAY)
    assert again.state == flow.state
    page = sf.page_of(again)
    assert page.step.key == "indicators/ilo2009-child-labour/B" and page.values == {"answers": {"B01": True}}
    assert again.data["indicators"]["ilo2009-child-labour"]["A01"] is True


def test_drafts_are_private_to_their_officer_and_can_be_discarded(post):
    mine = sf.start(post["officer"], today=TODAY)
    with pytest.raises(NotFound):
        sf.resume(post["officer2"], mine.draft_id)
    assert mine.draft_id not in [d.id for d in sf.open_drafts(post["officer2"])]
    sf.discard(post["officer"], mine.draft_id)
    assert mine.draft_id not in [d.id for d in sf.open_drafts(post["officer"])]


def test_the_name_index_finds_a_record_typed_on_the_other_keyboard(officer):
    """Stored with Urdu letters, searched with Arabic ones (and no Latin spelling in common): still found."""
    known = Person("Khadim", "Hussain", name_native="خادم حسین", sex="male", estimated_age=34)
    case_id, _ = create_case(officer, CaseInput(known, Encounter(TODAY, "Quetta", "detention")))
    typed = Person("K.", name_native="خادم حسين", sex="male", estimated_age=35)
    found = {c["case_id"]: c for c in sf.possible_matches(officer, typed, on=TODAY)}
    assert set(found[case_id]["matched"]) == {"name_native", "age"}
    stranger = Person("K.", name_native="خالد محمود", sex="male", estimated_age=35)
    assert case_id not in {c["case_id"] for c in sf.possible_matches(officer, stranger, on=TODAY)}


def test_child_with_the_act_and_exploitation_only_is_suggested_presumed_victim(officer):
    """Issue 11, finding 6, through the interview: nothing in A–C, D positive, the act answered yes."""
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="lists")
    page = sf.advance(officer, flow, page.values)
    while page.step.kind == "indicators":
        yes = {"D": {"D01": True, "D06": True}}.get(page.step.dimension, {})
        page = sf.advance(officer, flow, {"answers": yes})
    assert page.step.kind == "vulnerability"
    page = sf.advance(officer, flow, sample.answer_for(page))
    assert page.step.kind == "act"  # the act question comes before the decision
    page = sf.advance(officer, flow, {"answer": "unknown"})
    assert page.step.kind == "classification"
    assert page.info["result"]["presumed_victim"] is False  # the ILO child rule needs A, B or C
    assert page.info["protective_child"]["presumed_victim"] is True  # act unknown counts as possible
    flow.data["act"] = {"answer": "no"}  # the act question page keeps its answer here
    assert sf.page_of(flow).info["suggestion"]["code"] == "inconclusive"
    flow.data["act"] = {"answer": "yes"}
    info = sf.page_of(flow).info
    assert info["act"] == "yes" and info["suggestion"]["code"] == "presumed_victim_trafficking"


def test_referral_drafts_follow_the_recorded_consent_first(officer):
    flow = sf.start(officer, today=TODAY)
    page = run(officer, flow, until="consent")
    consent = sample.answer_for(page)
    template = next(c for c in consent["consents"] if c["purpose"] == "referral")
    consent["consents"] = [{**template, "recipient_id": "org-ret"}] + [
        c for c in consent["consents"] if c["purpose"] != "referral"]
    page = sf.advance(officer, flow, consent)
    page = run(officer, flow, until="referrals")
    assert page.values["referrals"][0]["provider_id"] == "org-ret"  # the one she consented to, though not suggested
