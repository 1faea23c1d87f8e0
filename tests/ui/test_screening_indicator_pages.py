"""The indicator pages as an officer uses them: a compound question asked part by part with the source of a yes,
and the officer's coding page after a free narrative (issue 11, finding 9)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from app.ui.screening.coding import CodingPage
from app.ui.screening.questions import QuestionsPage
from app.ui.screening.selftest import fill

from .conftest import sign_in
from .test_screening_wizard import key, open_wizard, step


@pytest.fixture
def officer_window(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    return window


def to_lists(qtbot, wizard) -> None:
    while step(wizard) != "lists":
        fill(wizard)
        key(qtbot, wizard, Qt.Key.Key_N)
        if step(wizard) == "match":
            qtbot.mouseClick(list(wizard.page_widget.choices)[-1], Qt.MouseButton.LeftButton)
            key(qtbot, wizard, Qt.Key.Key_N)


def test_compound_question_part_by_part_with_its_source(qtbot, officer_window):
    wizard = open_wizard(qtbot, officer_window)
    to_lists(qtbot, wizard)
    assert wizard.page_widget.ask.isChecked()
    key(qtbot, wizard, Qt.Key.Key_N)
    while wizard.current_page.step.dimension != "B":
        key(qtbot, wizard, Qt.Key.Key_N)
    page = wizard.page_widget
    assert isinstance(page, QuestionsPage) and set(page.rows["B03"].answers) == {"B03a", "B03b", "B03c", "B03d"}
    qtbot.mouseClick(page.answer_buttons("B03d")[True], Qt.MouseButton.LeftButton)
    page.rows["B03"].source.setCurrentIndex(page.rows["B03"].source.findData("third_party"))
    assert page.values()["sources"] == {"B03": "third_party"}
    key(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.current_page.step.dimension == "C"
    flow = wizard.flow
    child_list = flow.chosen_lists()[0]
    assert flow.list_answers(child_list)["B03"] is True
    assert flow.list_sources(child_list)["B03"]["source"] == "third_party"


def test_officers_coding_page(qtbot, officer_window):
    wizard = open_wizard(qtbot, officer_window)
    to_lists(qtbot, wizard)
    qtbot.mouseClick(wizard.page_widget.coding, Qt.MouseButton.LeftButton)
    key(qtbot, wizard, Qt.Key.Key_N)
    assert step(wizard) == "coding" and isinstance(wizard.page_widget, CodingPage)
    row = next(r for r in wizard.page_widget.rows if r.concept == "excessive_hours")
    assert not row.source.isEnabled()
    qtbot.mouseClick(row.found, Qt.MouseButton.LeftButton)
    assert row.source.isEnabled()
    row.source.setCurrentIndex(row.source.findData("observation"))
    qtbot.keyClicks(row.note, "works at night")
    key(qtbot, wizard, Qt.Key.Key_N)
    assert step(wizard) == "vulnerability"
    found = wizard.flow.data["coding"]["found"]
    assert found == [{"concept": "excessive_hours", "source": "observation", "note": "works at night"}]


def test_provisional_banner_follows_the_instrument_status(qtbot, officer_window):
    wizard = open_wizard(qtbot, officer_window)
    to_lists(qtbot, wizard)
    key(qtbot, wizard, Qt.Key.Key_N)
    page = wizard.current_page
    assert step(wizard) == "indicators" and page.instrument.provisional and wizard.provisional.isVisible()
    assert page.instrument.status_reason["en"] in wizard.provisional.text()
    confirmed = dataclasses.replace(page.instrument, status="final", status_reason=None)
    wizard.render(dataclasses.replace(page, instrument=confirmed))
    assert not wizard.provisional.isVisible()
