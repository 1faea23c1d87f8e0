"""A real wizard process for the interview crash test: `interview` runs a screening partway and waits to be
killed; `resume` reopens the unfinished interview in a new wizard and prints what it shows."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services import vault  # noqa: E402
from app.ui.bridge import EventBridge  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.ops import Ops  # noqa: E402
from app.ui.screening import ScreeningWizard  # noqa: E402
from app.ui.screening.resume import DraftsPage  # noqa: E402
from app.ui.screening.selftest import fill, wait_until  # noqa: E402

PASSWORD = os.environ["NRM_TEST_PASSWORD"]
TYPED = {"A01": True, "A02": False, "A04": True}  # answered on the page, Next not pressed


def open_wizard(data_dir: Path) -> tuple[Ops, ScreeningWizard]:
    ops = Ops()
    ctx = AppContext(ops=ops, bridge=EventBridge(), data_dir=data_dir)
    opened: list[object] = []
    ops.open_session(lambda: vault.unlock(data_dir, "officer", PASSWORD), on_done=opened.append)
    wait_until(lambda: bool(opened))
    ctx.sign_in(opened[0])
    wizard = ScreeningWizard(ctx)
    wizard.show()
    wait_until(lambda: not wizard.busy and (wizard.current_page is not None or isinstance(wizard.page_widget, DraftsPage)))
    return ops, wizard


def saved(ops: Ops, wizard: ScreeningWizard) -> None:
    wait_until(lambda: not wizard._keep_timer.isActive() and ops.pending == 0)


def interview(data_dir: Path) -> None:
    """Encounter, person, pre-screen and list through Next; then answers typed on the first indicator page."""
    ops, wizard = open_wizard(data_dir)
    while wizard.current_page.step.kind != "indicators":
        fill(wizard)
        wizard.next_button.click()
        wait_until(lambda: not wizard.busy)
    rows = wizard.page_widget.rows
    for qid, answer in TYPED.items():
        rows[qid].buttons[answer].click()
    saved(ops, wizard)
    print("READY", json.dumps({"draft_id": wizard.flow.draft_id, "step": wizard.current_page.step.key}), flush=True)
    while True:
        time.sleep(1)  # killed here, mid-interview


def resume(data_dir: Path) -> None:
    """A fresh process: the unfinished interview is listed, Return continues it; print what the page shows."""
    ops, wizard = open_wizard(data_dir)
    drafts = wizard.page_widget
    listed = [drafts.list.item(i).text() for i in range(drafts.list.count())]
    drafts.resume_button.click()
    wait_until(lambda: wizard.current_page is not None and not wizard.busy)
    page = wizard.page_widget
    shown = {"step": wizard.current_page.step.key, "answers": page.values()["answers"], "listed": listed,
             "child_banner": wizard.child_banner.isVisible(), "data": wizard.flow.state["data"]}
    print("SHOWN", json.dumps(shown, ensure_ascii=False), flush=True)
    ops.shutdown()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    {"interview": interview, "resume": resume}[sys.argv[1]](Path(sys.argv[2]))
