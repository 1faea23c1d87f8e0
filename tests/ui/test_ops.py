"""The ops helper: jobs run in order off the GUI thread, progress after half a second, errors as one sentence and
logged without personal data; the bridge re-emits service events on the GUI thread; QSettings holds no case data."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QSettings, QThread

from app.domain.errors import Refused
from app.services import events
from app.ui.bridge import EventBridge
from app.ui.ops import Ops

from .conftest import sign_in


def test_jobs_run_in_order_on_one_worker_and_results_come_back_on_the_gui_thread(qtbot):
    ops = Ops()
    seen, threads = [], set()
    gui = QThread.currentThread()
    for n in range(5):
        ops.run(lambda _s, n=n: (threads.add(threading.get_ident()), n)[1],
                on_done=lambda r: seen.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen == [(n, True) for n in range(5)]
    assert len(threads) == 1 and threading.get_ident() not in threads
    ops.shutdown()


def test_progress_shows_only_for_work_over_half_a_second(qtbot):
    ops = Ops()
    release = threading.Event()
    with qtbot.waitSignal(ops.busy_started, timeout=5_000) as started:
        ops.run(lambda _s: release.wait(10), label="Loading cases")
    assert started.args == ["Loading cases"]
    with qtbot.waitSignal(ops.busy_finished, timeout=5_000):
        release.set()
    fast = []
    with qtbot.assertNotEmitted(ops.busy_started, wait=700):
        ops.run(lambda _s: 1, on_done=fast.append)
    assert fast == [1]
    ops.shutdown()


def test_errors_are_one_sentence_and_logged_without_personal_data(qtbot, caplog):
    ops = Ops()
    caplog.set_level(logging.INFO, logger="app.ui.ops")

    def refuse(_s):
        raise Refused("Ayesha Bibi has no consent for this organisation.")

    def crash(_s):
        raise RuntimeError("row for Ayesha Bibi is broken")

    with qtbot.waitSignal(ops.error_shown) as shown:
        ops.run(refuse, label="approve")
    assert shown.args == ["Ayesha Bibi has no consent for this organisation."]  # the user sees the sentence
    with qtbot.waitSignal(ops.error_shown) as shown:
        ops.run(crash, label="open case")
    assert "Ayesha" not in shown.args[0] and "log" in shown.args[0]
    assert "Ayesha" not in caplog.text and "RuntimeError" in caplog.text and "refused (refused)" in caplog.text
    ops.shutdown()


def test_lock_drops_queued_work_and_late_results(qtbot):
    ops = Ops()
    release = threading.Event()
    late = []
    ops.run(lambda _s: release.wait(10), on_done=late.append)
    ops.run(lambda _s: "queued", on_done=late.append)
    ops.close_session()
    release.set()
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert late == []
    ops.shutdown()


def test_bridge_re_emits_service_events_on_the_gui_thread(qtbot):
    bridge, ops = EventBridge(), Ops()
    received = []
    bridge.referral_approved.connect(lambda rid: received.append((rid, QThread.currentThread())))
    ops.run(lambda _s: events.publish("referral_did_approve", referral_id="r-1"))
    qtbot.waitUntil(lambda: bool(received))
    assert received == [("r-1", QThread.currentThread())]
    bridge.close()
    ops.shutdown()


def test_qsettings_hold_only_geometry_and_language(qtbot, make_window, post_dir, known, tmp_path):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    window.workspace.open_case(known["consented"]["case_id"])
    qtbot.waitUntil(lambda: window.workspace.case_view.case is not None)
    window.close()
    stored = window.prefs._settings
    stored.sync()
    assert set(stored.allKeys()) <= {"ui/language", "window/geometry"}
    text = open(stored.fileName(), "rb").read()
    assert b"Zarmina" not in text and b"ISB-" not in text
    assert isinstance(stored, QSettings)
