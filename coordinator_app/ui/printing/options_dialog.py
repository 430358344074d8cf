"""What the user chooses before a document is built: its scope (a street, a site, the district), the date
of issue, the date range of a notice, and whether phone numbers print in full. Then the preview opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database

from ..stations.fields import date_edit, from_qdate
from ..tasks import BackgroundTask
from .print_actions import preview_document


class PrintOptionsDialog(QDialog):
    """Options of one print: ``scopes`` (label, id) when the user picks what to print, ``dates`` for a
    notice's range, ``issued`` for the date a notice or a resolution carries."""

    def __init__(self, db: Database, kind: str, title: str, *, target_id: str | None = None,
                 scopes: list[tuple[str, str]] | None = None, dates: bool = False, issued: bool = False,
                 start: date | None = None, lead_days: int = 3, span_days: int = 30,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.target_id = target_id
        self.task: BackgroundTask | None = None
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scope_combo: QComboBox | None = None
        if scopes:
            self.scope_combo = QComboBox()
            for label, value in scopes:
                self.scope_combo.addItem(label, value)
            index = self.scope_combo.findData(target_id)
            self.scope_combo.setCurrentIndex(max(0, index))
            form.addRow(self.tr("Print for:"), self.scope_combo)
        today = date.today()
        self.issued_edit = date_edit(today, self) if issued or dates else None
        if self.issued_edit is not None:
            form.addRow(self.tr("Date of issue:"), self.issued_edit)
        self.start_edit = self.end_edit = None
        if dates:
            first = start or today + timedelta(days=lead_days)
            self.start_edit = date_edit(first, self)
            self.end_edit = date_edit(first + timedelta(days=span_days - 1), self)
            form.addRow(self.tr("From:"), self.start_edit)
            form.addRow(self.tr("To:"), self.end_edit)
        self.full_numbers_check = QCheckBox(self.tr("Show full phone numbers (only for internal use)"))
        form.addRow("", self.full_numbers_check)
        layout.addLayout(form)
        note = QLabel(self.tr("Personal mobile numbers are masked (138****1234) on anything posted publicly; "
                              "office landlines are printed in full."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_content(layout, [note])

    def chosen_target(self) -> str | None:
        if self.scope_combo is not None:
            return self.scope_combo.currentData()
        return self.target_id

    def accept(self) -> None:
        target = self.chosen_target()
        if not target:
            return
        self.task = preview_document(
            self.parentWidget(), self.db, self.kind, target,
            start=from_qdate(self.start_edit.date()) if self.start_edit else None,
            end=from_qdate(self.end_edit.date()) if self.end_edit else None,
            issued_on=from_qdate(self.issued_edit.date()) if self.issued_edit else None,
            full_numbers=self.full_numbers_check.isChecked())
        super().accept()


#: how wide a word-wrapped note is set, in full-width characters of its font
NOTE_CHARS = 30


def fit_to_content(layout: QLayout, notes: list[QLabel]) -> None:
    """Size the dialog of ``layout`` to its content: as wide as its widest row, and at least ``NOTE_CHARS``
    characters for the word-wrapped ``notes`` (narrower on a small screen), as tall as the notes need at
    that width. The layout keeps the size: a window's minimum size does not follow a wrapped label's height,
    so a dialog the user could shrink, or one resized by hand, cuts its notes off."""
    for note in notes:
        screen = note.screen().availableGeometry().width() if note.screen() is not None else 800
        note.setMinimumWidth(min(NOTE_CHARS * note.fontMetrics().horizontalAdvance("中"), screen * 2 // 3))
    layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)


def ask_and_preview(parent: QWidget, db: Database, kind: str, title: str, **kwargs: object) -> PrintOptionsDialog:
    """Open the options (non-blocking); Preview builds the document and opens the preview."""
    dialog = PrintOptionsDialog(db, kind, title, parent=parent, **kwargs)  # type: ignore[arg-type]
    dialog.setModal(True)
    dialog.show()
    parent.last_print_dialog = dialog  # type: ignore[attr-defined]
    return dialog
