"""Self-test steps for training mode: a practice post's window says TRAINING, and three practice runs through the
screening flow end on their feedback pages (screenshots in English and Urdu)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from app.training.feedback import Attempt

PASSWORD = "Practice-Lamp-2026"  # noqa: S105 — a throwaway practice post in a temporary folder
TRAINEE = "sana"
RUNS = (  # three scenarios, each practised with typical mistakes so the feedback has something to say
    ("man-deported-from-iran", Attempt(indicators={"ilo2009-adult-labour": ["A02", "E03"]},
                                       classification="smuggled_migrant_vulnerable", child_procedures=False,
                                       consent="adult_consents", services=["legal_aid"])),
    ("afghan-man-smuggled-dangerous-crossing", Attempt(indicators={"ilo2009-adult-labour": ["A07", "C02"]},
                                                       classification="presumed_victim_trafficking",
                                                       child_procedures=False, consent="adult_consents",
                                                       services=["medical", "shelter"])),
    ("afghan-girl-married-across-border", Attempt(indicators={"ilo2009-child-labour": ["B03", "D01", "E04"]},
                                                  classification="presumed_victim_trafficking",
                                                  child_procedures=True, consent="child_with_guardian",
                                                  services=["child_protection", "shelter"])),
)


class PracticeSteps:
    def __init__(self, driver: Any) -> None:
        self.driver = driver
        self.window: Any = None

    def open_practice_post(self) -> None:
        from app.services import training
        from app.ui.prefs import Prefs
        from app.ui.selftest import StepFailed, type_text, wait_until
        from app.ui.window import MainWindow

        d = self.driver
        folder = Path(d.tmp.name) / "practice"
        training.create_practice_post(folder, password=PASSWORD, trainees=[TRAINEE])
        prefs = Prefs(QSettings(str(Path(d.tmp.name) / "practice-prefs.ini"), QSettings.Format.IniFormat))
        prefs.language = d.language
        self.window = MainWindow(folder, prefs=prefs)
        self.window.resize(1200, 780)
        self.window.show()
        page = self.window.unlock_page
        wait_until(lambda: self.window.stack.currentWidget() is page, "the practice post's unlock screen")
        type_text(page.user, TRAINEE)
        type_text(page.password, PASSWORD)
        QTest.keyClick(page.password, Qt.Key.Key_Return)
        wait_until(lambda: self.window.stack.currentWidget() is self.window.workspace, "the trainee to sign in", 60)
        if "TRAINING" not in self.window.windowTitle() and "تربیت" not in self.window.windowTitle():
            raise StepFailed(f"the practice post's title does not say TRAINING: {self.window.windowTitle()!r}")
        mark = self.window.training_mark_label
        if mark is None or not mark.isVisible():
            raise StepFailed("the practice post's status bar has no TRAINING mark")
        if "training" not in self.window.workspace.pages:
            raise StepFailed("the practice post has no Practice tab")
        self._settle()
        d.shoot("training-practice-tab", self.window)

    def _settle(self) -> None:
        from app.ui.selftest import wait_until

        wait_until(lambda: self.window.ctx.ops.pending == 0, "the practice post's database worker", 60)

    def practise(self, scenario_id: str, plan: Attempt) -> None:
        from app.services.training_sample import practise
        from app.ui.selftest import StepFailed, wait_until

        got: dict[str, Any] = {}
        lang = "ur" if self.driver.language == "ur" else "en"
        self.window.ctx.ops.run(lambda s: practise(s, scenario_id, plan, lang=lang),
                                on_done=lambda fb: got.update(fb=fb), on_failed=lambda e: got.update(err=e),
                                label="practice run")
        wait_until(lambda: got, f"the practice run of {scenario_id}", 90)
        if "err" in got:
            raise StepFailed(f"the practice run of {scenario_id} failed: {got['err']}")
        page = self.window.workspace.pages["training"]
        page.show_feedback(scenario_id, got["fb"].to_dict())
        if page.feedback is None or str(got["fb"].score) not in page.feedback.score.text():
            raise StepFailed("the feedback page does not show the score")
        self._settle()
        self.driver.shoot(f"training-feedback-{scenario_id}", self.window)

    def close(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            self.window.close()
            self.window.deleteLater()
            self.window = None


def steps(driver: Any) -> list[tuple[str, Callable[[], None]]]:
    """The training section of `nrm-desk self-test`, appended to the main steps."""
    practice = PracticeSteps(driver)
    out: list[tuple[str, Callable[[], None]]] = [("practice post says TRAINING", practice.open_practice_post)]
    for scenario_id, plan in RUNS:
        out.append((f"practice run and feedback: {scenario_id}",
                    lambda s=scenario_id, p=plan: practice.practise(s, p)))  # type: ignore[misc]
    out.append(("practice post closed", practice.close))
    return out
