"""The preview of a printed document (QtPdf): the pages as they will print, zoom, the page count, Print (the
system print dialog; each page rendered at the printer's resolution) and Save as PDF (the bytes as built)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: pages go to the printer as images of at most this resolution (a 1200 dpi A4 image would take 550 MB)
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25


class PreviewDialog(QDialog):
    """Shows ``pdf`` (the bytes the document layer built); non-blocking, deletes its temporary copy on close."""

    def __init__(self, pdf: bytes, title: str, file_stem: str = "", warnings: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", title))
        self.pdf = pdf
        self.file_stem = file_stem or title
        handle, name = tempfile.mkstemp(prefix="coordinator-preview-", suffix=".pdf")
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        self._path = name
        self.document = QPdfDocument(self)
        self.document.load(name)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.clicked.connect(self.fit_width)
        self.pages_label = QLabel(self.tr("%1 pages").replace("%1", str(self.page_count)))
        for widget in (self.print_button, self.save_button, self.zoom_out_button, self.zoom_in_button,
                       self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        layout.addLayout(bar)
        self.warnings_label = QLabel("\n".join(warnings or []))
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #b00000;")
        self.warnings_label.setVisible(bool(warnings))
        layout.addWidget(self.warnings_label)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        self.fit_width()
        self.resize(900, 860)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # --- zoom ---------------------------------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, current * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- save and print -----------------------------------------------------------------------------------

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"{self.file_stem}.pdf")

    def save_pdf(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_path(),
                                              self.tr("PDF documents (*.pdf)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            part = path.with_name(path.name + ".part")
            part.write_bytes(self.pdf)
            os.replace(part, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        return True

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_stem)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        first = self.document.pagePointSize(0)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                                   else QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Each chosen page rendered at the printer's resolution (at most ``MAX_PRINT_DPI``), full page."""
        printer.setFullPage(True)
        count = self.page_count
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            for index in range(first - 1, last):
                if index > first - 1:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(index, QSize(round(points.width() / 72 * dpi),
                                                          round(points.height() / 72 * dpi)))
                target = painter.viewport()
                scale = min(target.width() / image.width(), target.height() / image.height())
                painter.save()
                painter.scale(scale, scale)
                painter.drawImage(QPointF(0, 0), image)
                painter.restore()
        finally:
            painter.end()
        return True

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.document.close()
        try:
            os.unlink(self._path)
        except OSError:
            pass
        super().closeEvent(event)  # type: ignore[arg-type]
