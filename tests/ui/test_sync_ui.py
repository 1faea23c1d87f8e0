"""The sync indicator and the Sync screen follow real passes against `nrm-central serve`; the GUI never blocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from app.services import sync_transfer, vault
from app.sync.transport import HttpTransport
from app.ui.bridge import EventBridge
from app.ui.context import AppContext
from app.ui.ops import Ops
from app.ui.sync_runner import SyncRunner
from app.ui.sync_screen import SyncScreen
from app.ui.sync_status import SyncStatusWidget
from tests.e2e.postkit import PASSWORD, fresh_post, new_office
from tests.support.faultproxy import Fault, FaultProxy


@pytest.fixture
def office(tmp_path):
    office = new_office(tmp_path).start()
    yield office
    office.stop()


@pytest.fixture
def enrolled(tmp_path, office):
    kit = fresh_post(tmp_path, referrals=6)
    kit.approve(3)
    with kit.unlock("admin") as admin:
        sync_transfer.enroll_online(admin, server=office.url, code=office.code())
    return kit


@pytest.fixture
def ctx(qtbot, enrolled):
    ops = Ops()
    context = AppContext(ops=ops, bridge=EventBridge(), data_dir=enrolled.dir)
    opened = []
    ops.open_session(lambda: vault.unlock(enrolled.dir, "admin", PASSWORD, sleep=lambda _s: None),
                     on_done=lambda user: (context.sign_in(user), opened.append(user)))
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    yield context
    ops.shutdown()
    context.bridge.close()


def _runner(qtbot, ctx, **kw) -> SyncRunner:
    runner = SyncRunner(ctx, interval_ms=600_000, **kw)
    return runner


def test_indicator_and_screen_follow_a_pass(qtbot, ctx):
    runner = _runner(qtbot, ctx)
    indicator = SyncStatusWidget(ctx, runner)
    screen = SyncScreen(ctx, runner)
    qtbot.addWidget(indicator)
    qtbot.addWidget(screen)
    busy_seen = []
    runner.busy_changed.connect(busy_seen.append)
    with qtbot.waitSignal(runner.pass_finished, timeout=120_000):
        runner.start()
    qtbot.waitUntil(lambda: indicator.waiting_label.text() == "0 referral(s) waiting to be sent", timeout=30_000)
    assert busy_seen[:2] == [True, False]
    assert indicator.state_label.text() == "● Office connected"
    assert screen.summary.text().startswith("Connected to the office.")
    assert indicator.last_label.text() == "Last sync: just now"
    assert screen.model.rowCount() == 3
    states = {screen.model.index(r, 2).data() for r in range(3)}
    assert states == {"delivered"}
    assert "0 referral(s) waiting to be sent · 3 delivered" in screen.summary.text()
    runner.shutdown()


def test_event_loop_keeps_running_during_a_slow_upload_and_passes_never_overlap(qtbot, ctx, office):
    port = int(office.url.rsplit(":", 1)[1])
    plan = [Fault.PASS, Fault.HANG] + [Fault.PASS] * 1000  # probe passes, the first upload hangs
    with FaultProxy(("127.0.0.1", port), plan=lambda i: plan[i]) as proxy:
        runner = _runner(qtbot, ctx, transport_factory=lambda _url: HttpTransport(proxy.url, timeout=3.0))
        indicator = SyncStatusWidget(ctx, runner)
        qtbot.addWidget(indicator)
        ticks, starts, finished = [], [], []
        timer = QTimer(interval=20)
        timer.timeout.connect(lambda: ticks.append(runner.busy))
        runner.pass_started.connect(lambda: starts.append(1))
        runner.pass_finished.connect(finished.append)
        timer.start()
        runner.start()
        qtbot.waitUntil(lambda: runner.busy, timeout=60_000)
        for _ in range(3):
            runner.sync_now()  # while busy: coalesced into one more pass, never a second at once
        assert len(starts) == 1
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=120_000)
        timer.stop()
        assert ticks.count(True) >= 5  # the GUI thread kept processing events while the upload hung
        assert len(starts) == 2 and not runner.busy
        assert finished[-1] is not None and finished[-1].pending == 0
        assert indicator.waiting_label.text() == "0 referral(s) waiting to be sent"
        runner.shutdown()


def test_network_coming_back_wakes_a_pass_through_the_backoff(qtbot, ctx, office):
    from PySide6.QtNetwork import QNetworkInformation

    office.stop()
    runner = _runner(qtbot, ctx, timeout=2.0)
    indicator = SyncStatusWidget(ctx, runner)
    qtbot.addWidget(indicator)
    with qtbot.waitSignal(runner.pass_finished, timeout=120_000) as first:
        runner.start()
    assert first.args[0] is not None and not first.args[0].reachable
    qtbot.waitUntil(lambda: indicator.state_label.text() == "○ Office not reachable", timeout=30_000)
    assert indicator.waiting_label.text() == "3 referral(s) waiting to be sent"
    office.start()
    with qtbot.waitSignal(runner.pass_finished, timeout=120_000) as woken:
        runner.on_network_reachability_changed(QNetworkInformation.Reachability.Online)
    assert woken.args[0].ok
    qtbot.waitUntil(lambda: indicator.waiting_label.text() == "0 referral(s) waiting to be sent", timeout=30_000)
    runner.shutdown()


def test_usb_export_and_import_from_the_sync_screen(qtbot, ctx, office, tmp_path):
    from tests.e2e.postkit import central

    office.stop()  # a post with no connection: everything goes by USB stick
    runner = _runner(qtbot, ctx, timeout=2.0)
    screen = SyncScreen(ctx, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(runner.pass_finished, timeout=120_000):
        runner.start()
    stick = tmp_path / "stick"
    screen.choose_folder = lambda _title: stick  # the folder picker
    assert screen.export_button.isEnabled()
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.message.text().startswith("Wrote 3 referral parcel(s)"), timeout=60_000)
    assert (stick / "manifest.json").exists()
    assert central("import", "--data-dir", str(office.dir), "--from", str(stick))[0] == 0
    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.message.text() == "Imported 3 receipt(s).", timeout=60_000)
    qtbot.waitUntil(lambda: {screen.model.index(r, 2).data() for r in range(3)} == {"delivered"}, timeout=60_000)
    (stick / "office" / "feed.json").write_bytes(b"{}")  # a damaged stick: said clearly, nothing applied
    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.message.text().startswith("Nothing was imported"), timeout=60_000)
    runner.shutdown()


def test_a_quarantined_bundle_is_shown_and_put_back_from_the_screen(qtbot, ctx, enrolled):
    from app.storage import db, outbox

    with enrolled.unlock("admin") as admin, db.transaction(admin.db):  # the office refused #1 for good
        outbox.quarantine(admin.db, 1, code="bundle_conflict", message="this bundle id was stored with other bytes")
    runner = _runner(qtbot, ctx)
    screen = SyncScreen(ctx, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(runner.pass_finished, timeout=120_000):
        runner.start()  # delivers #2 and #3; #1 stays quarantined
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=60_000)
    states = [screen.model.index(r, 2).data() for r in range(3)]
    assert states.count("refused by the office") == 1  # the plain words for a quarantined bundle
    row = states.index("refused by the office")
    assert "bundle_conflict" in screen.model.index(row, 5).data()
    assert "1 refused by the office: select it below to see why, and press Send again" in screen.summary.text()
    assert not screen.release_button.isEnabled()
    screen.table.setCurrentIndex(screen.model.index(row, 0))
    assert screen.release_button.isEnabled()
    screen.release_button.click()
    qtbot.waitUntil(lambda: screen.message.text() == "Item #1 will be sent again.", timeout=60_000)
    qtbot.waitUntil(lambda: "refused by the office" not in {screen.model.index(r, 2).data() for r in range(3)}, timeout=60_000)
    runner.shutdown()

