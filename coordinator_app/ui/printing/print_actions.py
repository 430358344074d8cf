"""``preview_document``: what every 打印… button does. The PDF is built off the GUI thread (the first document
also registers the fonts), then opens in the preview; errors of the document layer (a character no font
has, nothing to print, a notice too late) show as the Chinese message."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coordinator_app.config import Settings
from coordinator_app.core.database import Database
from coordinator_app.printing.fonts import font_set
from coordinator_app.printing.kinds import Options, build_pdf

from ..tasks import BackgroundTask, run_in_background
from .preview_dialog import PreviewDialog


def _fonts_for(db: Database) -> Any:
    data_dir = Path(db.config.data_dir) if db.config is not None else Path.home() / ".coordinator"
    try:
        folder = Settings.load().font_dir
    except (OSError, ValueError):
        folder = ""
    return font_set(data_dir, folder or None)


def preview_document(parent: QWidget | None, db: Database, kind: str, target_id: str, *,
                     start: date | None = None, end: date | None = None, issued_on: date | None = None,
                     full_numbers: bool = False) -> BackgroundTask:
    """Build ``kind`` for ``target_id`` in the background and open it in the preview (``task.result`` is
    the dialog once it has opened)."""
    options = Options(start=start, end=end, issued_on=issued_on, full_numbers=full_numbers)

    def work(progress: Any, cancelled: Any) -> tuple[Any, bytes, list[str]]:
        fonts = _fonts_for(db)
        document, pdf = build_pdf(db, kind, target_id, fonts, options)
        return document, pdf, list(document.warnings)

    task: BackgroundTask

    def show(result: tuple[Any, bytes, list[str]]) -> None:
        document, pdf, warnings = result
        dialog = PreviewDialog(pdf, document.title, document.file_stem, warnings, parent)
        task.dialog_shown = dialog  # type: ignore[attr-defined]
        dialog.show()

    title = QCoreApplication.translate("Printing", "Preparing the document…")
    task = run_in_background(parent, title, work, on_success=show,
                             error_title=QCoreApplication.translate("Printing", "Print"))
    return task
