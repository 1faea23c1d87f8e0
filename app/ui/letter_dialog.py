"""The "Issue letter" dialog: choose the language, issue (audited), preview the pages, save or print.

Rules live in `app.services.letters`; this dialog only renders what the service returns. Pages are drawn
with PDFium (pypdfium2), on the database worker, so the GUI thread never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.atomic import atomic_write
from app.services import letters
from app.ui.context import AppContext
from app.ui.ops import message_of
from app.ui.widgets import MessageBar, named

PREVIEW_DPI = 96
PRINT_DPI = 200


def page_images(pdf_bytes: bytes, *, dpi: int) -> list[QImage]:
    """Every page of a PDF as an RGB image at the given resolution."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [_image(doc[n], dpi=dpi) for n in range(len(doc))]
    finally:
        doc.close()


def _image(page: Any, *, dpi: int) -> QImage:
    """One page, rendered and copied into memory Qt owns."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    try:
        raw = bytes(bitmap.buffer)
        fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBX8888
        return QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        bitmap.close()
        page.close()


@dataclass
class _Shown:
    """The letter the dialog holds: only in memory, dropped on lock and on close."""

    pdf_bytes: bytes
    letter_id: str
    file_name: str


class LetterDialog(QDialog):
    """Issue, preview, save and print the referral letter of one approved referral."""

    issued = Signal(str)  # letter id
    saved = Signal(str)  # path
    printed = Signal()
    failed = Signal(str)  # one sentence

    def __init__(self, ctx: AppContext, referral_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.referral_id = ctx, referral_id
        self._shown: _Shown | None = None
        self.setWindowTitle(self.tr("Referral letter"))
        self.setObjectName("letter_dialog")
        # Replaceable by tests and the self-test: where to save, which printer (None cancels).
        self.choose_path: Callable[[str], str] = self._ask_path
        self.choose_printer: Callable[[], QPrinter | None] = self._ask_printer
        self._build()
        ctx.signals.locked.connect(self.on_ctx_locked)
        self.resize(880, 660)  # fits a 1366×768 laptop with its task bar; the preview scrolls

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.language = named(QComboBox(), self.tr("Language of the letter"), "letter_language")
        for text, code in ((self.tr("English and Urdu"), "en+ur"), (self.tr("English"), "en"),
                           (self.tr("Urdu"), "ur")):
            self.language.addItem(text, code)
        form.addRow(self.tr("&Language:"), self.language)
        self.password = named(QLineEdit(), self.tr("Password for the saved file (optional)"), "letter_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: the saved file opens only with it"))
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.pages = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages)
        self.preview = named(QScrollArea(), self.tr("Preview of the letter"), "letter_preview")
        self.preview.setWidget(holder)
        self.preview.setWidgetResizable(True)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self._buttons())
        self._enable()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.issue_button = self._button(buttons, self.tr("&Issue letter"), "letter_issue", role.ActionRole)
        self.save_button = self._button(buttons, self.tr("&Save…"), "letter_save", role.ActionRole)
        self.print_button = self._button(buttons, self.tr("P&rint…"), "letter_print", role.ActionRole)
        close = self._button(buttons, self.tr("Close"), "letter_close", role.RejectRole)
        self.issue_button.clicked.connect(self.on_issue_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        close.clicked.connect(self.reject)
        return buttons

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, name: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = box.addButton(text, role)
        return named(button, text.replace("&", "").rstrip("…"), name)

    def _enable(self, *, busy: bool = False) -> None:
        allowed = self.ctx.allows("letter.issue")
        self.issue_button.setEnabled(allowed and not busy)
        self.save_button.setEnabled(allowed and not busy and self._shown is not None)
        self.print_button.setEnabled(allowed and not busy and self._shown is not None)
        if not allowed:
            self.message.show_error(self.tr("Only a supervisor can issue referral letters."))

    # --- issue and preview ------------------------------------------------------------------------------
    def on_issue_button_clicked(self) -> None:
        lang, rid = self.language.currentData(), self.referral_id

        def job(session: Any) -> tuple[letters.IssuedLetter, list[QImage]]:
            issued = letters.issue_letter(session, rid, lang=lang)
            return issued, page_images(issued.pdf_bytes, dpi=PREVIEW_DPI)

        self._enable(busy=True)
        self.ctx.ops.run(job, on_done=self._on_issued, on_failed=self._on_failed, label=self.tr("Issuing the letter"))

    def _on_issued(self, result: tuple[letters.IssuedLetter, list[QImage]]) -> None:
        issued, images = result
        self._shown = _Shown(issued.pdf_bytes, issued.letter_id, issued.file_name)
        self._show_pages(images)
        self.issue_button.setText(self.tr("&Issue again"))
        self.message.show_info(self.tr("Letter %1 issued. Check it, then save or print it.")
                               .replace("%1", issued.letter_id))
        self._enable()
        self.issued.emit(issued.letter_id)

    def _show_pages(self, images: list[QImage]) -> None:
        self._clear_pages()
        for n, image in enumerate(images, start=1):
            page = named(QLabel(), self.tr("Page %1 of %2").replace("%1", str(n)).replace("%2", str(len(images))),
                         f"letter_page_{n}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(page)

    def _clear_pages(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def page_count(self) -> int:
        """How many pages the preview shows."""
        return self.pages.count()

    def _on_failed(self, exc: BaseException) -> None:
        text = message_of(exc)
        self.message.show_error(text)
        self._enable()
        self.failed.emit(text)

    # --- save --------------------------------------------------------------------------------------------
    def _ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the referral letter"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        return path

    def on_save_button_clicked(self) -> None:
        shown = self._shown
        if shown is None:
            return
        path = self.choose_path(shown.file_name)
        if not path:
            return
        password, rid = self.password.text(), self.referral_id

        def job(session: Any) -> str:
            data = letters.protect(shown.pdf_bytes, password) if password else shown.pdf_bytes
            letters.record_export(session, rid)  # audited before the file exists, like printing
            atomic_write(Path(path), data, mode=0o600)
            return path

        self._enable(busy=True)
        self.ctx.ops.run(job, on_done=self._on_saved, on_failed=self._on_failed, label=self.tr("Saving the letter"))

    def _on_saved(self, path: str) -> None:
        self.message.show_info(self.tr("Saved to %1.").replace("%1", path))
        self._enable()
        self.saved.emit(path)

    # --- print -------------------------------------------------------------------------------------------
    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def on_print_button_clicked(self) -> None:
        shown = self._shown
        printer = self.choose_printer() if shown is not None else None
        if shown is None or printer is None:
            return
        rid, dpi = self.referral_id, min(PRINT_DPI, printer.resolution())

        def job(session: Any) -> list[QImage]:
            letters.record_print(session, rid)  # audited before anything reaches the printer
            return page_images(shown.pdf_bytes, dpi=dpi)

        self._enable(busy=True)
        self.ctx.ops.run(job, on_done=lambda images: self._paint(printer, images), on_failed=self._on_failed,
                         label=self.tr("Printing the letter"))

    def _paint(self, printer: QPrinter, images: list[QImage]) -> None:
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            self._on_failed(RuntimeError("printer"))
            return
        try:
            for n, image in enumerate(images):
                if n:
                    printer.newPage()
                painter.drawImage(_fit(image, painter.viewport()), image)
        finally:
            painter.end()
        self._enable()
        self.printed.emit()

    # --- lock and close ----------------------------------------------------------------------------------
    def on_ctx_locked(self) -> None:
        """The post locked: drop the letter and the preview, and close."""
        self._forget()
        self.reject()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def _forget(self) -> None:
        self._shown = None
        self._clear_pages()
        self.password.clear()


def _fit(image: QImage, area: QRect) -> QRect:
    """The largest rectangle of the image's proportions centred in area."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = int(image.width() * scale), int(image.height() * scale)
    return QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)
