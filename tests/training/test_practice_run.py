"""Practice runs through the real screening flow: the trainee's interview is saved as a practice case, scored
against the expert, kept for the trainer, and shows up in the workshop results."""

from __future__ import annotations

import pytest

from app.services import training
from app.services.training_sample import practise
from app.training.feedback import Attempt

IRAN = "man-deported-from-iran"
GIRL = "afghan-girl-married-across-border"


def test_a_practice_run_goes_through_the_screening_flow_and_is_scored(practice):
    plan = Attempt(indicators={"ilo2009-adult-labour": ["A02", "E03"]}, classification="smuggled_migrant_vulnerable",
                   child_procedures=False, consent="adult_consents", services=["legal_aid"])
    with practice.unlock("amina") as s:
        assert s.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
        fb = practise(s, IRAN, plan, lang="ur")
        assert [i.id for i in fb.found] == ["A02"] and [i.id for i in fb.missed] == ["E14"]
        assert [w.id for w in fb.wrong] == ["E03"]
        assert fb.classification == ("smuggled_migrant_vulnerable", "inconclusive")
        assert fb.right("consent") and fb.right("child_procedures") and not fb.right("classification")
        rows = training.my_attempts(s)
        assert [(r["scenario_id"], r["lang"], r["score"]) for r in rows] == [(IRAN, "ur", fb.score)]
        assert s.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1  # the practice case, kept here
        assert s.db.execute("SELECT count(*) FROM audit_log WHERE action = 'training.attempt'").fetchone()[0] == 1


def test_a_child_scenario_with_the_right_answers_scores_full_marks(practice):
    s_ = training.scenario(GIRL)
    plan = Attempt(indicators={e["instrument"]: [i["id"] for i in e["indicators"]] for e in s_.expert["screenings"]},
                   classification=s_.expected_classification, child_procedures=True, consent="child_with_guardian",
                   services=s_.expert["services"])
    with practice.unlock("bilal") as s:
        fb = practise(s, GIRL, plan, lang="en")
    assert fb.parts["indicators"] == 1.0 and fb.parts["classification"] == 1.0
    assert fb.parts["child_procedures"] == 1.0 and fb.parts["consent"] == 1.0
    # the flow's referral step picks organisations that offer what was asked; the services part says how close
    assert fb.parts["services"] > 0.5


def test_the_trainer_sees_every_trainee_and_the_group(practice):
    wrong = Attempt(indicators={}, classification="vulnerable_migrant", child_procedures=False,
                    consent="adult_consents", services=[])
    with practice.unlock("amina") as s:
        training.record_attempt(s, IRAN, wrong, lang="en")
    with practice.unlock("bilal") as s:
        s_ = training.scenario(IRAN)
        right = Attempt(indicators={"ilo2009-adult-labour": ["A02", "E14"]}, classification="inconclusive",
                        child_procedures=False, consent="adult_consents", services=s_.expert["services"])
        training.record_attempt(s, IRAN, right, lang="ur")
    with practice.unlock("trainer") as s:
        results = training.workshop_results(s)
    by_name = {t["trainee"]: t for t in results["trainees"]}
    assert by_name["bilal"]["mean"] == 100 and by_name["amina"]["mean"] < 100
    assert by_name["amina"]["skills"]["deception"] == 0 and by_name["bilal"]["skills"]["deception"] == 100
    assert results["group"]["attempts"] == 2 and results["group"]["skills"]["deception"] == 50
    assert results["group"]["skills"]["children"] is None  # no child scenario practised


def test_a_trainee_cannot_read_the_workshop_results(practice):
    with practice.unlock("amina") as s, pytest.raises(Exception, match="does not allow"):
        training.workshop_results(s)


def test_scoring_after_the_wizard_saved_the_interview(practice):
    """The Practice tab's path: the wizard finishes the interview as always, then the state it held is scored."""
    from app.services import screening_flow as sf
    from app.services.training_sample import answer

    plan = Attempt(indicators={"ilo2009-adult-labour": ["A02", "E14"]}, classification="inconclusive",
                   child_procedures=False, consent="adult_consents", services=["legal_aid"])
    with practice.unlock("amina") as s:
        flow = training.start_practice(s, IRAN)
        page = sf.page_of(flow)
        while page.step.kind != "review":
            page = sf.advance(s, flow, answer(page, flow, IRAN, plan))
        state = dict(flow.state)
        sf.finish(s, flow)  # what the wizard's Finish does
        fb = training.score_practice(s, state, IRAN, lang="en")
        assert fb.parts["indicators"] == 1.0 and fb.parts["classification"] == 1.0
        with pytest.raises(Exception, match="not started for this practice scenario"):
            training.score_practice(s, state, GIRL, lang="en")


def test_one_report_over_two_practice_posts_of_a_workshop(practice, practice_template, tmp_path):
    import json
    import shutil

    from tests.conftest import Post, run_cli

    second = Post(tmp_path / "laptop-2")
    shutil.copytree(practice_template, second.dir)
    attempt = Attempt(indicators={}, classification="inconclusive", child_procedures=False,
                      consent="adult_consents", services=[])
    for post_ in (practice, second):
        with post_.unlock("amina") as s:
            training.record_attempt(s, IRAN, attempt, lang="en")
    out = run_cli("training", "report", "--user", "trainer", "--out", str(tmp_path / "r.pdf"), "--also",
                  str(second.dir), "--json", data_dir=practice.dir)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)["results"]
    assert sorted(t["trainee"] for t in results["trainees"]) == ["amina · laptop-2", "amina · practice"]
    assert results["group"]["attempts"] == 2
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
