"""Self-test steps for the transfer of a case to another post (issue 14): the officer asks to transfer a case, the
supervisor sees the request on the case and does not approve it (the self-test's post is not enrolled with an
office, so a transfer cannot be sealed; the approved journey through a real office is tests/e2e/test_transfer_e2e.py).

The office's list of other posts arrives through the same code a verified feed's device file goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

OTHER_POST = {"code": "TKM", "name": "اے ایچ ٹی سرکل طورخم", "devices": []}


class TransferSteps:
    def __init__(self, driver: Any) -> None:
        self.d = driver

    def _wait(self, condition: Callable[[], Any], what: str) -> None:
        from app.ui.selftest import wait_until

        wait_until(condition, what)

    def _case_view(self) -> Any:
        workspace = self.d.window.workspace
        case_id = self.d.screened_out
        workspace.open_case(case_id)
        view = workspace.case_view
        self._wait(lambda: view.case is not None and view.case["id"] == case_id and view.transfer.case is not None,
                   "the case view")
        self.d.settle()
        return view

    def request(self) -> None:
        """Signed in as the officer: the office lists another post; the officer asks to transfer the case there."""
        from app.services import transfer

        def posts(session: Any) -> None:
            with session.transaction() as conn:
                transfer.apply_feed(conn, {"posts": [OTHER_POST]}, device=None)

        done: list[Any] = []
        self.d.window.ctx.ops.run(posts, on_done=done.append, on_failed=done.append)
        self._wait(lambda: bool(done), "the list of posts")
        view = self._case_view()
        bar = view.transfer
        self._wait(lambda: bar.request.isVisible(), "the transfer button")
        bar.request.click()
        dialog = self.d.dialog_of(bar)
        dialog.reason.setFocus()  # Urdu is inserted as an input method would (key clicks are ASCII only)
        dialog.reason.insertPlainText("زیرِ حراست فرد کو طورخم منتقل کیا گیا۔" if self.d.language == "ur"
                                      else "The detainee was moved to Torkham.")
        self.d.shoot("transfer-dialog", dialog)
        dialog.ok.click()
        self._wait(lambda: bar.current is not None and bar.current["state"] == "requested", "the transfer request")
        self.d.shoot("case-transfer-requested")

    def decline(self) -> None:
        """Signed in as the supervisor: the request is on the case; the supervisor keeps the case here, saying why."""
        view = self._case_view()
        bar = view.transfer
        self._wait(lambda: bar.approve.isVisible() and bar.decline.isVisible(), "the supervisor's transfer buttons")
        self.d.shoot("case-transfer-to-approve")
        bar.decline.click()
        dialog = self.d.dialog_of(bar)
        dialog.edit.setFocus()
        dialog.edit.insertPlainText("سماعت یہیں ہے؛ کیس اسی پوسٹ پر رہے گا۔" if self.d.language == "ur"
                                    else "The hearing is here; the case stays at this post.")
        self.d.shoot("transfer-decline-dialog", dialog)
        dialog.ok.click()
        self._wait(lambda: bar.current is not None and bar.current["state"] == "declined", "the decision")
        self.d.shoot("case-transfer-declined")


def steps(driver: Any) -> list[tuple[str, Callable[[], None]]]:
    """Appended to the self-test (starts and ends locked)."""
    t = TransferSteps(driver)
    return [("unlock as officer", lambda: driver.sign_in("officer")),
            ("transfer to another post requested", t.request), ("lock", driver.lock),
            ("unlock as supervisor", lambda: driver.sign_in("supervisor")),
            ("transfer not approved, with a reason", t.decline), ("lock", driver.lock)]
