"""The outcome of a match (对接结果): delivered, not delivered or still following up, with notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import needs

from .. import labels, operations
from ..widgets.form_dialog import form_with_buttons
from ..widgets.record_combo import RecordCombo


class OutcomeDialog(QDialog):
    def __init__(self, db: Database, match: needs.MatchRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.match = match
        self.setWindowTitle(self.tr("Outcome of the match with “%1”").replace("%1", match.unit_name))
        self.setMinimumWidth(460)
        self.outcome_combo = RecordCombo()
        self.outcome_combo.setObjectName("matchOutcome")
        self.outcome_combo.set_choices(labels.match_outcomes())
        self.outcome_combo.set_current_id(match.outcome)
        self.notes_edit = QPlainTextEdit(match.outcome_notes)
        self.notes_edit.setObjectName("matchOutcomeNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.save_button = form_with_buttons(self, form, "saveOutcome", enter_saves=True)
        self.save_button.clicked.connect(self.save)

    def save(self) -> bool:
        done = operations.write(self, "need_match", _record, self.db, self.match.id, self.outcome_combo.current_id(),
                                self.notes_edit.toPlainText())
        if done:
            self.accept()
        return bool(done)


def _record(db: Database, match_id: str, outcome: str, notes: str) -> bool:
    needs.record_outcome(db, match_id, outcome, notes)
    return True
