"""The screening interview window: renders the service-layer state machine one step at a time, saves as you type."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NrmError, ValidationFailed
from app.services import screening_flow as sf
from app.services.screening_flow import Page
from app.services.screening_flow.pause import SENSITIVE
from app.ui.screening import texts
from app.ui.screening.act import ActPage
from app.ui.screening.base import StepPage, text_in
from app.ui.screening.care import ConsentPage, NeedsPage, ReferralsPage
from app.ui.screening.coding import CodingPage
from app.ui.screening.decision import ClassificationPage, ReviewPage
from app.ui.screening.forms import EncounterPage, ListsPage, MatchPage, PersonPage
from app.ui.screening.questions import QuestionsPage

log = logging.getLogger(__name__)
KEEP_AFTER_MS = 300  # typing is saved this long after the last change
PAGES = {"encounter": EncounterPage, "person": PersonPage, "match": MatchPage, "lists": ListsPage, "act": ActPage,
         "coding": CodingPage,
         "classification": ClassificationPage, "consent": ConsentPage, "needs": NeedsPage,
         "referrals": ReferralsPage, "review": ReviewPage}


class ScreeningWizard(QDialog):
    """New screening, or an unfinished one resumed; every change is saved in the vault as it happens."""

    page_shown = Signal(str)  # the step key now shown ("" for the list of unfinished interviews)
    case_saved = Signal(str, str)  # case id, reference
    error_shown = Signal(str)
    paused = Signal()  # the interview was paused for the person's sake (saved; the window closes)

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, draft_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow: sf.ScreeningFlow | None = None
        self.current_page: Page | None = None
        self.page_widget: QWidget | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Screening interview"))
        self.setObjectName("screening_wizard")
        self.resize(960, 660)  # fits a 1366×768 laptop with its task bar; the page scrolls
        if getattr(ctx, "language", "en") == "ur":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._build()
        self._keep_timer = QTimer(self, singleShot=True, interval=KEEP_AFTER_MS)
        self._keep_timer.timeout.connect(self.on_keep_timer_timeout)
        signals = getattr(ctx, "signals", None)
        if signals is not None:
            signals.locked.connect(self.on_ctx_locked)
        self._open(draft_id)

    # ----- layout -----
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("wizard_title")
        self.title.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.title.setWordWrap(True)
        self.progress = QLabel()
        self.child_banner = self._banner("child_banner", "#a4262c", "#ffffff", self.tr(
            "CHILD — child-specific procedures apply: a guardian or child-protection officer must be present, "
            "and the child's best interests come first."))
        self.provisional = self._banner("provisional_banner", "#fff4ce", "#201f1e", "")
        self.error = self._banner("error_banner", "#fde7e9", "#a4262c", "")
        self.error.setAccessibleName(self.tr("Error"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("Interview page"))
        for widget in (self.title, self.progress, self.child_banner, self.provisional, self.error):
            outer.addWidget(widget)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(self._buttons())

    def _banner(self, name: str, background: str, colour: str, text: str) -> QLabel:
        banner = QLabel(text)
        banner.setObjectName(name)
        banner.setWordWrap(True)
        banner.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; padding: 6px; font-weight: bold; }}")
        banner.hide()
        return banner

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Save and close"))
        self.close_button.setToolTip(self.tr("The interview stays saved; continue it later from New screening."))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+B)"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Check this step and go on (Alt+N)"))
        self.next_button.setDefault(True)
        self.finish_button = QPushButton(self.tr("Finish and save the case"))
        self.finish_button.setToolTip(self.tr("Alt+F"))
        self.pause_button = QPushButton(self.tr("Pause and refer to a psychologist…"))
        self.pause_button.setObjectName("pause_button")
        self.pause_button.setToolTip(self.tr("Save the interview, record the pause and its reason (Alt+P)"))
        for button in (self.close_button, self.pause_button, self.back_button, self.next_button, self.finish_button):
            button.setAccessibleName(button.text())
        row.addWidget(self.close_button)
        row.addWidget(self.pause_button)
        self.pause_button.clicked.connect(self.on_pause_clicked)
        QShortcut(QKeySequence("Alt+P"), self, activated=self.on_pause_clicked)
        row.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            row.addWidget(button)
        self.close_button.clicked.connect(self.close)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.finish_button.clicked.connect(self.on_finish_clicked)
        for keys, slot in (("Alt+N", self.on_next_clicked), ("Alt+B", self.on_back_clicked),
                           ("Alt+F", self.on_finish_clicked)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        return row

    # ----- talking to the database worker -----
    def _run(self, fn: Any, done: Any, *, label: str, quiet: bool = False) -> None:
        if not quiet:
            self._set_busy(True)

        def finished(result: Any) -> None:
            if not quiet:
                self._set_busy(False)
            done(result)

        self.ctx.ops.run(fn, on_done=finished, on_failed=lambda exc: self._failed(exc, quiet=quiet), label=label)

    def _failed(self, exc: BaseException, *, quiet: bool) -> None:
        if quiet:
            log.warning("saving the interview failed (%s)", type(exc).__name__)
            return
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.show_error(texts.message(exc.errors[0][1]))
            if isinstance(self.page_widget, StepPage):
                self.page_widget.focus_path(exc.path)
        elif isinstance(exc, NrmError):
            self.show_error(texts.message(exc.message))
        else:
            self.show_error(self.tr("Something went wrong and the step was not saved. Your earlier answers are kept."))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.error_shown.emit(text)

    # ----- opening -----
    def _open(self, draft_id: str | None) -> None:
        if draft_id:
            self._run(lambda s: sf.resume(s, draft_id), self._opened, label="resume interview")
        else:
            self._run(sf.open_drafts, self._show_drafts, label="unfinished interviews")

    def _opened(self, flow: sf.ScreeningFlow) -> None:
        self.flow = flow
        self._run(lambda s: sf.page_of(flow), self.render, label="interview page")

    def _show_drafts(self, drafts: list[Any]) -> None:
        if not drafts:
            self._run(sf.start, self._opened, label="new interview")
            return
        from app.ui.screening.resume import DraftsPage

        page = DraftsPage(drafts, parent=self)
        page.resume_requested.connect(lambda d: self._run(lambda s: sf.resume(s, d), self._opened, label="resume"))
        page.new_requested.connect(lambda: self._run(sf.start, self._opened, label="new interview"))
        page.discard_requested.connect(self.on_discard_requested)
        self._show_widget(page, title=self.tr("Unfinished interviews"))
        self.page_shown.emit("")

    def on_discard_requested(self, draft_id: str) -> None:
        sure = QMessageBox.question(self, self.tr("Discard interview"), self.tr(
            "Discard this unfinished interview? Its answers will be deleted and cannot be recovered."))
        if sure != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda s: (sf.discard(s, draft_id), sf.open_drafts(s))[1], self._show_drafts, label="discard")

    # ----- rendering -----
    def render(self, page: Page) -> None:
        self.current_page = page
        self.show_error("")
        kind = page.step.kind
        language = getattr(self.ctx, "language", "en")
        if kind in ("prescreen", "indicators", "vulnerability"):
            widget: StepPage = QuestionsPage(page, language, interview=page.info.get("interview_language", ""))
        else:
            widget = PAGES[kind](page, language)
        widget.edited.connect(self.on_page_edited)
        if isinstance(widget, ReviewPage):
            widget.waiver_requested.connect(self.on_waiver_requested)
        title = texts.step_title(kind)
        if kind == "indicators" and page.instrument is not None:
            title += f" — {texts.dimension(page.step.dimension)}"
        self._show_widget(widget, title=title)
        self.progress.setText(self.tr("Step %1 of %2").replace("%1", str(page.index + 1)).replace("%2", str(page.total)))
        self.child_banner.setVisible(page.is_child)
        self._show_provisional(page)
        self.layout().activate()  # banners shown or hidden: lay out now, not on the next event
        self._focus_first(widget)
        self.page_shown.emit(page.step.key)

    def _show_widget(self, widget: QWidget, *, title: str) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(widget)
        self.page_widget = widget
        self.title.setText(title)
        self._update_buttons()

    def _show_provisional(self, page: Page) -> None:
        inst = page.instrument
        if inst is None or not inst.provisional:
            self.provisional.hide()
            return
        language = getattr(self.ctx, "language", "en")
        reason = text_in(inst.status_reason or {}, language)
        self.provisional.setText(self.tr("Provisional instrument: %1 (version %2). %3").replace(
            "%1", text_in(inst.title, language)).replace("%2", inst.version).replace("%3", reason))
        self.provisional.show()

    def _focus_first(self, widget: StepPage) -> None:
        first = next(iter(widget.fields.values()), None)
        (first or self.next_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        page = self.current_page if isinstance(self.page_widget, StepPage) else None
        review = page is not None and page.step.kind == "review"
        self.back_button.setEnabled(not self.busy and page is not None and page.index > 0)
        self.next_button.setEnabled(not self.busy and page is not None and not review)
        self.next_button.setVisible(not review)
        self.finish_button.setVisible(review)
        self.finish_button.setEnabled(not self.busy and review)
        sensitive = page is not None and page.step.kind in SENSITIVE
        self.pause_button.setVisible(sensitive)
        self.pause_button.setEnabled(sensitive and not self.busy)
        self.next_button.setDefault(not review)  # Enter goes on, and on the last page finishes
        self.finish_button.setDefault(review)

    # ----- slots -----
    def on_next_clicked(self) -> None:
        if not self.next_button.isEnabled() or not self.next_button.isVisible() or self.flow is None:
            return
        self._keep_timer.stop()
        flow, values = self.flow, self.page_widget.values()  # type: ignore[union-attr]
        self._run(lambda s: sf.advance(s, flow, values), self.render, label="next step")

    def on_back_clicked(self) -> None:
        if not self.back_button.isEnabled() or self.flow is None:
            return
        self._flush()
        flow = self.flow
        self._run(lambda s: sf.go_back(s, flow), self.render, label="previous step")

    def on_finish_clicked(self) -> None:
        if not self.finish_button.isEnabled() or self.flow is None:
            return
        flow = self.flow
        self._run(lambda s: sf.finish(s, flow), self._finished, label="save case")

    def on_pause_clicked(self) -> None:
        """Offer a pause on the sensitive pages: saved, recorded with its reason, a psychologist asked for."""
        if not self.pause_button.isVisible() or not self.pause_button.isEnabled() or self.flow is None:
            return
        from app.ui.screening.pause import PauseDialog

        dialog = PauseDialog(self)
        self.pause_dialog = dialog
        dialog.accepted.connect(lambda: self._pause(dialog))
        dialog.open()  # window-modal; the answer arrives through `accepted`

    def _pause(self, dialog: Any) -> None:
        if self.flow is None:
            return
        self._flush()
        flow, reason, note = self.flow, dialog.reason.currentData(), dialog.note.text()
        refer = dialog.refer.isChecked()
        self._run(lambda s: sf.pause(s, flow, reason=reason, note=note, refer=refer), self._paused, label="pause")

    def _paused(self, _entry: Any) -> None:
        self.paused.emit()
        self.close()

    def on_waiver_requested(self, username: str, password: str, reason: str) -> None:
        if self.flow is None:
            return
        flow = self.flow
        self._run(lambda s: (sf.record_waiver(s, flow, reason=reason, username=username or None,
                                              password=password or None), sf.page_of(flow))[1],
                  self.render, label="child-protection waiver")

    def _finished(self, result: tuple[str, str]) -> None:
        case_id, reference = result
        self.flow = None
        done = QLabel(self.tr("The case %1 is saved, with its screening, consent, needs and referral drafts.")
                      .replace("%1", reference))
        done.setWordWrap(True)
        done.setObjectName("saved_note")
        self.current_page = None
        self._show_widget(done, title=self.tr("Screening saved"))
        self.child_banner.hide()
        self.provisional.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.case_saved.emit(case_id, reference)

    def on_page_edited(self) -> None:
        self._keep_timer.start()

    def on_keep_timer_timeout(self) -> None:
        self._flush()

    def _flush(self) -> None:
        """Save what is on the page now, without checking it (Next checks)."""
        self._keep_timer.stop()
        if self.flow is None or not isinstance(self.page_widget, StepPage):
            return
        flow, values = self.flow, self.page_widget.values()
        self._run(lambda s: sf.keep(s, flow, values), lambda _r: None, label="save interview", quiet=True)

    def on_ctx_locked(self) -> None:
        self.flow = None  # the store is closed; what was saved is in the vault
        self._keep_timer.stop()
        self.close()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 — Qt's name
        if self._keep_timer.isActive():
            self._flush()
        super().closeEvent(event)


from app.ui.screening.selftest import drive_for_selftest  # noqa: E402 — offered beside the wizard for self-test

__all__ = ["ScreeningWizard", "drive_for_selftest"]
