"""A humane interview (issue 11, finding 9): each concept asked once, one answer per thing asked, the source
of every indicator, and the officer's coding mode — on a real SQLCipher vault, through the service layer."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import ValidationFailed
from app.services import screening_flow as sf
from app.services import users, vault
from app.services.screening_flow import sample
from app.services.screening_flow.finish import records

PASSWORD = "correct-horse-battery-9"
TODAY = dt.date(2026, 11, 28)
ADULT = {**sample.PERSON, "estimated_age": 30}
LABOUR, SEXUAL = "ilo2009-adult-labour", "ilo2009-adult-sexual"


@pytest.fixture(scope="module")
def officer(tmp_path_factory):
    root = tmp_path_factory.mktemp("post")
    vault.create_post(root, post_code="ISB", post_name="Test post", admin_username="admin", admin_password=PASSWORD)
    with vault.unlock(root, "admin", PASSWORD) as admin:
        users.add_user(admin, username="officer", role="officer", password=PASSWORD)
    session = vault.unlock(root, "officer", PASSWORD)
    yield session
    session.close()


def to_lists(officer):
    flow = sf.start(officer, today=TODAY)
    page = sf.page_of(flow)
    while page.step.kind != "lists":
        data = {"person": ADULT}.get(page.step.kind) or sample.answer_for(page)
        page = sf.advance(officer, flow, data)
    return flow


def advance_to(officer, flow, key, answers=None):
    page = sf.page_of(flow)
    while page.step.key != key:
        page = sf.advance(officer, flow, page.values if page.step.kind == "indicators" else sample.answer_for(page))
    return page


def test_two_lists_ask_each_concept_once_and_the_answer_counts_for_both(officer):
    flow = to_lists(officer)
    sf.advance(officer, flow, {"instruments": [LABOUR, SEXUAL]})
    asked = []
    page = sf.page_of(flow)
    while page.step.kind == "indicators":
        asked += [q.concept for q in page.questions]
        yes = {"A01": True} if page.step.key == f"indicators/{LABOUR}/A" else {}
        page = sf.advance(officer, flow, {"answers": yes})
    assert len(asked) == len(set(asked))  # no concept asked twice
    labour, sexual = (flow.instruments[i] for i in (LABOUR, SEXUAL))
    assert set(asked) == {i.concept for i in labour.items} | {i.concept for i in sexual.items}
    assert flow.list_answers(sexual)["A01"] is True and flow.list_answers(labour)["A01"] is True
    assert [r.indicator_ids() for r in flow.indicator_result().results] == [["A01"], ["A01"]]


def test_compound_question_is_asked_part_by_part(officer):
    flow = to_lists(officer)
    sf.advance(officer, flow, {"instruments": [LABOUR]})
    page = advance_to(officer, flow, f"indicators/{LABOUR}/B")
    b03 = next(q for q in page.questions if q.id == "B03")
    assert [p[0] for p in b03.parts] == ["B03a", "B03b", "B03c", "B03d"]
    with pytest.raises(ValidationFailed, match="no question"):
        sf.advance(officer, flow, {"answers": {"B03": True}})  # the compound question itself is not asked
    sf.advance(officer, flow, {"answers": {"B03a": False, "B03b": True, "B03c": False, "B03d": False}})
    assert flow.list_answers(flow.instruments[LABOUR])["B03"] is True
    sf.go_back(officer, flow)
    sf.advance(officer, flow, {"answers": {p: False for p in ("B03a", "B03b", "B03c", "B03d")}})
    assert flow.list_answers(flow.instruments[LABOUR])["B03"] is False
    sf.go_back(officer, flow)
    sf.advance(officer, flow, {"answers": {"B03a": False}})
    assert flow.list_answers(flow.instruments[LABOUR])["B03"] is None  # some parts not asked: not known


def test_each_indicator_keeps_its_source(officer):
    flow = to_lists(officer)
    sf.advance(officer, flow, {"instruments": [LABOUR]})
    advance_to(officer, flow, f"indicators/{LABOUR}/E")
    with pytest.raises(ValidationFailed, match="where this indicator came from"):
        sf.advance(officer, flow, {"answers": {"E01": True}, "sources": {"E01": "rumour"}})
    sf.advance(officer, flow, {"answers": {"E01": True, "E02": True}, "sources": {"E01": "document"}})
    sources = flow.list_sources(flow.instruments[LABOUR])
    assert sources == {"E01": {"source": "document", "note": ""}, "E02": {"source": "account", "note": ""}}
    sf.go_back(officer, flow)
    assert sf.page_of(flow).values["sources"] == {"E01": "document", "E02": "account"}
    advance_to(officer, flow, "classification")
    sf.advance(officer, flow, {"code": "inconclusive", "reason": "Documents held; a second interview is needed."})
    record = next(r for r in records(flow) if r.instrument_id == LABOUR)
    assert record.result["indicator_sources"]["E01"]["source"] == "document"
    assert record.result["indicator_mode"] == "questions" and record.answers["E01"] is True


def test_officers_coding_after_a_free_narrative(officer):
    flow = to_lists(officer)
    sf.advance(officer, flow, {"instruments": [LABOUR, SEXUAL], "mode": "coding"})
    page = sf.page_of(flow)
    assert page.step.kind == "coding" and [s.kind for s in flow.steps()].count("coding") == 1
    concepts = [i["concept"] for i in page.info["indicators"]]
    assert len(concepts) == len(set(concepts)) and "excessive_hours" in concepts
    for bad, path in (({"concept": "nope", "source": "account"}, "concept"),
                      ({"concept": "excessive_hours", "source": "gossip"}, "source")):
        with pytest.raises(ValidationFailed) as info:
            sf.advance(officer, flow, {"found": [bad]})
        assert info.value.path == f"found[0].{path}"
    found = [{"concept": "excessive_hours", "source": "observation", "note": "works nights at the kiln"},
             {"concept": "documents_confiscated", "source": "third_party"}]
    page = sf.advance(officer, flow, {"found": found})
    assert page.step.kind == "vulnerability"
    result = flow.indicator_result().results[0]
    assert result.indicator_ids() == ["D01", "E01"]
    assert flow.list_sources(flow.instruments[LABOUR])["D01"] == {"source": "observation",
                                                                  "note": "works nights at the kiln"}
    # nothing else was asked: unticked indicators are "not asked", never a "no"
    assert flow.indicator_answers()[LABOUR]["A01"] == "not_asked"


def test_unknown_mode_is_refused(officer):
    flow = to_lists(officer)
    with pytest.raises(ValidationFailed, match="questions or officer's coding"):
        sf.advance(officer, flow, {"instruments": [LABOUR], "mode": "chat"})


def test_an_answer_saved_before_a_question_was_split_is_kept(officer):
    from app.services.screening_flow.indicators import item_answer

    b03 = sf.instruments()[LABOUR].item("B03")
    assert item_answer(b03, {"B03": True}) is True
    assert item_answer(b03, {"B03": True, "B03a": False, "B03b": False, "B03c": False, "B03d": False}) is False
    assert item_answer(b03, {}) is None
