"""What the record forms (site, co-building unit) share: the form shows one record (or a new one), 保存
writes it through its service (create or update; on a refused value the field is marked and the form
keeps the input), and unsaved changes are never dropped without asking — on 取消, Esc or closing the
window, and before the form shows another record: 保存 / 丢弃 / 取消.

A form subclasses RecordForm, sets ``record_type`` (its change-log record type), builds its fields
(``self.fields`` for the red borders) and implements ``values()``, ``_load(record_id)``, ``_create(values)``,
``_update(values)`` and ``_unsaved_question()``; ``_before_save(values)`` may stop a save (a duplicate)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coordinator_app.core.database import Database

from .form_errors import clear_invalid, write_form


class RecordForm(QDialog):
    # the change-log record type of what the form saves ("site", "co_unit")
    record_type = ""

    def __init__(self, db: Database, record_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.fields: dict[str, QWidget] = {}
        self._initial: dict[str, Any] = {}

    # --- what a form provides ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _load(self, record_id: str) -> None:
        """Fill the fields with the record (set ``self.record_id`` to None if it cannot be read)."""
        raise NotImplementedError

    def _create(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def _update(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def _unsaved_question(self) -> str:
        """The question asked before unsaved changes are left, e.g. “Save the changes to this site?”"""
        raise NotImplementedError

    def _before_save(self, values: dict[str, Any]) -> bool:
        """False to stop a save (nothing is written)."""
        return True

    # --- showing a record ---------------------------------------------------------------------------
    def _show(self, record_id: str) -> None:
        self.record_id = record_id
        for widget in self.fields.values():
            clear_invalid(widget)
        self._load(record_id)
        self.mark_saved()

    def show_record(self, record_id: str) -> bool:
        """Show another record in the form, asking first what to do with unsaved changes; False if the user
        chose to stay (or saving them failed)."""
        if not self.confirm_leave():
            return False
        self._show(record_id)
        return True

    def mark_saved(self) -> None:
        """What the form shows now is what is stored."""
        self._initial = self.values()

    def has_changes(self) -> bool:
        return self.values() != self._initial

    # --- saving and leaving -------------------------------------------------------------------------
    def _write(self) -> bool:
        values = self.values()
        if not self._before_save(values):
            return False
        if self.record_id:
            done = write_form(self, self.record_type, self.fields, self._update_and_confirm, values) is not None
        else:
            new_id = write_form(self, self.record_type, self.fields, self._create, values)
            done = new_id is not None
            if done:
                self.record_id = new_id
        if done:
            self.mark_saved()
        return done

    def _update_and_confirm(self, values: dict[str, Any]) -> bool:
        self._update(values)
        return True  # operations.write returns None only when nothing was saved

    def save(self) -> bool:
        """Save the record; the form closes on success and stays open, with the input, on error."""
        if not self._write():
            return False
        self.accept()
        return True

    def _settle_changes(self) -> str:
        """Before the record is left: "clean" (nothing changed), "saved", "discarded", or "stay" (the user
        cancelled, or saving failed)."""
        if not self.has_changes():
            return "clean"
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, QCoreApplication.translate("RecordForm", "Unsaved changes"),
                                      self._unsaved_question(), buttons.Save | buttons.Discard | buttons.Cancel,
                                      buttons.Save)
        if answer == buttons.Save:
            return "saved" if self._write() else "stay"
        return "discarded" if answer == buttons.Discard else "stay"

    def confirm_leave(self) -> bool:
        """True when the record may be left: nothing changed, the changes were saved, or the user chose to
        discard them."""
        return self._settle_changes() != "stay"

    def reject(self) -> None:
        """取消, Esc or closing the window: leave only once unsaved changes are saved (the form is then
        accepted) or discarded."""
        outcome = self._settle_changes()
        if outcome == "saved":
            self.accept()
        elif outcome != "stay":
            super().reject()
