"""Transfer of a case to another post on the desktop (issue 14): the request dialog, the supervisor's decision, the
read-only line of a transferred case, and the receiving post's queue — real store, real services."""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.services import transfer, vault
from app.storage import transfers as store
from protocol.keys import raw_public
from tests.ui.conftest import PASSWORD, idle, sign_in

TKM = {"code": "TKM", "name": "AHTC Torkham", "devices": [
    {"device_id": "dev-tkm", "box_key": base64.b64encode(raw_public(X25519PrivateKey.generate())).decode()}]}


def _posts(post_dir) -> None:
    with vault.unlock(post_dir, "supervisor", PASSWORD, sleep=lambda _s: None) as s, s.transaction() as conn:
        transfer.apply_feed(conn, {"posts": [TKM]}, device=None)


def _open(qtbot, window, case_id):
    window.workspace.open_case(case_id)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case is not None and view.case["id"] == case_id and view.transfer.case is not None,
                    timeout=10_000)
    idle(qtbot, window)
    return view


def test_officer_asks_supervisor_declines(qtbot, make_window, post_dir, known):
    _posts(post_dir)
    case_id = known["consented"]["case_id"]
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open(qtbot, window, case_id)
    bar = view.transfer
    qtbot.waitUntil(lambda: bar.request.isVisible(), timeout=10_000)
    assert not bar.approve.isVisible() and not bar.state.isVisible()
    bar.request.click()
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible())
    dialog = bar.dialog
    assert dialog.post.currentText() == "AHTC Torkham" and not dialog.ok.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "Detainee moved to Torkham")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "waits for a supervisor" in bar.state.text(), timeout=10_000)
    assert not bar.request.isVisible() and not bar.approve.isVisible()  # an officer never approves

    window.lock()
    sign_in(qtbot, window, "supervisor")
    view = _open(qtbot, window, case_id)
    bar = view.transfer
    qtbot.waitUntil(lambda: bar.approve.isVisible() and bar.decline.isVisible(), timeout=10_000)
    bar.decline.click()
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible())
    qtbot.keyClicks(bar.dialog.edit, "Needed for the hearing here")
    bar.dialog.ok.click()
    qtbot.waitUntil(lambda: "was not approved" in bar.state.text() and "hearing" in bar.state.text(), timeout=10_000)
    assert bar.request.isVisible()  # the case stays, and may be transferred later


def test_a_transferred_case_says_where_it_went_and_takes_no_change(qtbot, make_window, post_dir, known):
    case_id = known["consented"]["case_id"]
    with vault.unlock(post_dir, "supervisor", PASSWORD, sleep=lambda _s: None) as s, s.transaction() as conn:
        store.insert(conn, id="a" * 32, direction="out", case_id=case_id, case_reference=known["consented"]["reference"],
                     other_post="TKM", other_post_name="AHTC Torkham", reason="moved", state="delivered")
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    view = _open(qtbot, window, case_id)
    qtbot.waitUntil(lambda: "TRANSFERRED to" in view.transfer.state.text(), timeout=10_000)
    text = view.transfer.state.text()
    assert "AHTC Torkham" in text and "delivered" in text and "read-only" in text
    assert not view.transfer.request.isVisible()
    view.note_edit.setPlainText("a note after the transfer")
    view.add_note.click()
    qtbot.waitUntil(lambda: "read-only" in view.message.text.text(), timeout=10_000)


def test_incoming_queue_lists_the_waiting_case(qtbot, make_window, post_dir):
    body = {"record": {"reference": "TKM-2026-000042"}}
    with vault.unlock(post_dir, "supervisor", PASSWORD, sleep=lambda _s: None) as s, s.transaction() as conn:
        store.insert(conn, id="b" * 32, direction="in", case_reference="TKM-2026-000042", other_post="TKM",
                     other_post_name="AHTC Torkham", reason="Detainee moved", state="delivered",
                     document=json.dumps(body))
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    page = window.workspace.case_list
    page.incoming.click()
    qtbot.waitUntil(lambda: getattr(page, "incoming_dialog", None) is not None and page.incoming_dialog.isVisible())
    dialog = page.incoming_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "AHTC Torkham" and "TKM-2026-000042" in item.text(1) and item.text(2) == "Detainee moved"
    assert dialog.accept_button.isVisible() and dialog.refuse_button.isVisible()
    dialog.accept_button.click()  # this demo post never enrolled: the service refuses, the dialog says why
    qtbot.waitUntil(lambda: "not enrolled" in dialog.message.text(), timeout=10_000)
    dialog.reject()


def test_the_transfer_screens_in_urdu_show_no_english(qtbot, make_window, post_dir, known):
    from tests.ui.test_urdu_screens import latin_words, typed_values, visible_texts

    _posts(post_dir)
    case_id = known["consented"]["case_id"]
    other = known["no_consent"]["case_id"]
    with vault.unlock(post_dir, "supervisor", PASSWORD, sleep=lambda _s: None) as s, s.transaction() as conn:
        store.insert(conn, id="c" * 32, direction="out", case_id=other, case_reference=known["no_consent"]["reference"],
                     other_post="TKM", other_post_name="AHTC Torkham", reason="moved", state="at_office")
        store.insert(conn, id="d" * 32, direction="in", case_reference="TKM-2026-000042", other_post="TKM",
                     other_post_name="AHTC Torkham", reason="Detainee moved", state="delivered", document="{}")
    allowed = typed_values(post_dir) | {"AHTC", "Torkham", "TKM", "Detainee", "moved"}
    window = make_window(post_dir, language="ur")
    sign_in(qtbot, window, "supervisor")
    texts = []
    view = _open(qtbot, window, other)  # the read-only line of a transferred case
    qtbot.waitUntil(lambda: view.transfer.state.isVisible(), timeout=10_000)
    texts += visible_texts(view.transfer)
    view.note_edit.setPlainText("x")
    view.add_note.click()  # refused: the service's sentence is shown in Urdu
    qtbot.waitUntil(lambda: "دوسری پوسٹ کو منتقل" in view.message.text.text(), timeout=10_000)
    texts += visible_texts(view.message)
    view.note_edit.clear()
    view = _open(qtbot, window, case_id)
    bar = view.transfer
    qtbot.waitUntil(lambda: bar.request.isVisible(), timeout=10_000)
    texts += visible_texts(bar)
    bar.request.click()
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible())
    texts += visible_texts(bar.dialog)
    bar.dialog.reject()
    view.on_back_clicked()
    page = window.workspace.case_list
    page.incoming.click()
    qtbot.waitUntil(lambda: getattr(page, "incoming_dialog", None) is not None and page.incoming_dialog.isVisible())
    dialog = page.incoming_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    texts += visible_texts(dialog)
    dialog.reject()
    shown = " ".join(text for _, text in texts)
    assert "صرف پڑھا جا سکتا" in shown and "وصول کرنے والی پوسٹ" in shown and "اس پوسٹ میں قبول کریں" in shown
    bad = latin_words(texts, allowed)
    assert bad == [], "\n".join(bad)
