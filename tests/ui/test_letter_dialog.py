"""The "Issue letter" dialog on a real vault: issue with preview, save (optionally with a password), print, lock."""

from __future__ import annotations

import io
import stat

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.services import vault
from app.storage import audit
from app.ui.bridge import EventBridge
from app.ui.context import AppContext
from app.ui.letter_dialog import LetterDialog
from app.ui.ops import Ops
from tests.conftest import PASSWORD
from tests.letters.test_letter_service import seed_post

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(post):
    return post, seed_post(post.dir)


def _ctx(qtbot, folder, user):
    ops = Ops()
    context = AppContext(ops=ops, bridge=EventBridge(), data_dir=folder)
    opened = []
    ops.open_session(lambda: vault.unlock(folder, user, PASSWORD, sleep=lambda _s: None),
                     on_done=lambda u: (context.sign_in(u), opened.append(u)))
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    return context


@pytest.fixture
def supervisor_ctx(qtbot, seeded):
    context = _ctx(qtbot, seeded[0].dir, "supervisor")
    yield context
    context.ops.shutdown()
    context.bridge.close()


def _dialog(qtbot, ctx, referral_id) -> LetterDialog:
    dialog = LetterDialog(ctx, referral_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _issue(qtbot, dialog, lang="en"):
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    with qtbot.waitSignal(dialog.issued, timeout=60_000):
        qtbot.mouseClick(dialog.issue_button, LEFT)


def _actions(seeded, referral_id):
    post, _ = seeded
    with post.unlock("supervisor") as session:
        return [e["action"] for e in audit.entries_for_object(session.db, [referral_id]) if "letter" in e["action"]]


def test_issue_preview_save_and_print(qtbot, seeded, supervisor_ctx, tmp_path):
    _, ids = seeded
    dialog = _dialog(qtbot, supervisor_ctx, ids["shelter"])
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    _issue(qtbot, dialog, "en+ur")
    assert dialog.page_count() >= 2 and dialog.save_button.isEnabled()
    first_page = dialog.pages.itemAt(0).widget().pixmap()
    assert first_page.width() > 700 and first_page.height() > first_page.width()  # A4 portrait at 96 dpi

    out = tmp_path / "chosen" / "letter.pdf"
    out.parent.mkdir()
    dialog.choose_path = lambda suggested: str(out) if suggested.startswith(ids["reference"]) else ""
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert ids["reference"] in text and "Ayesha Bibi" in text

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialog.choose_printer = lambda: printer
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        qtbot.mouseClick(dialog.print_button, LEFT)
    assert len(pypdf.PdfReader(printed).pages) == dialog.page_count()
    dialog.close()
    assert _actions(seeded, ids["shelter"]) == ["letter.issue", "letter.export", "letter.print"]


def test_saved_letter_with_a_password(qtbot, seeded, supervisor_ctx, tmp_path):
    _, ids = seeded
    dialog = _dialog(qtbot, supervisor_ctx, ids["clinic"])
    _issue(qtbot, dialog)
    qtbot.keyClicks(dialog.password, "Clinic-Copy-2026")
    out = tmp_path / "locked.pdf"
    dialog.choose_path = lambda _suggested: str(out)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("Clinic-Copy-2026") != pypdf.PasswordType.NOT_DECRYPTED


def test_refusals_show_one_sentence(qtbot, seeded, supervisor_ctx):
    _, ids = seeded
    dialog = _dialog(qtbot, supervisor_ctx, ids["submitted"])
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        qtbot.mouseClick(dialog.issue_button, LEFT)
    assert "approved" in failed.args[0] and dialog.message.isVisible()
    assert dialog.page_count() == 0 and not dialog.save_button.isEnabled()


def test_officer_cannot_issue(qtbot, seeded):
    context = _ctx(qtbot, seeded[0].dir, "officer")
    try:
        dialog = _dialog(qtbot, context, seeded[1]["shelter"])
        assert not dialog.issue_button.isEnabled() and "supervisor" in dialog.message.text.text()
    finally:
        context.ops.shutdown()
        context.bridge.close()


def test_lock_drops_the_letter_and_closes(qtbot, seeded, supervisor_ctx):
    dialog = _dialog(qtbot, supervisor_ctx, seeded[1]["shelter"])
    _issue(qtbot, dialog)
    supervisor_ctx.signals.locked.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.page_count() == 0 and dialog._shown is None
