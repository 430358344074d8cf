"""Choosing one person among tens of thousands: type part of a name, phone or skill, pick from the
matches (fetched from ``people.list_people``, 20 at a time) — never a combo box of everyone.

    chooser = PersonChooser(db)
    chooser.set_person(person_id, name)
    chooser.person_id()      # None when nothing (or nothing valid) is chosen
    chooser.changed          # emitted with the new id (or None)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.formatting import mask_phone
from coordinator_app.core.services import people

from .. import operations

MATCHES = 20
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def first_phone_masked(phone: str) -> str:
    """The first number, masked: enough to tell two namesakes apart without showing it."""
    return mask_phone(phone.split("、")[0]) if phone else ""


class PersonChooser(QLineEdit):
    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._person_id: str | None = None
        self._chosen_name = ""
        self.setPlaceholderText(QCoreApplication.translate("PersonChooser", "Type a name or phone number to search"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(_NAME_ROLE)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    # --- the chosen person -------------------------------------------------------------------------
    def person_id(self) -> str | None:
        return self._person_id

    def set_person(self, person_id: str | None, name: str = "") -> None:
        self._person_id = person_id
        self._chosen_name = name if person_id else ""
        self.setText(self._chosen_name)
        self.changed.emit(person_id)

    # --- searching ---------------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if self._person_id is not None and text != self._chosen_name:
            self._person_id = None
            self._chosen_name = ""
            self.changed.emit(None)
        self._timer.start()

    def search(self) -> None:
        """Fill the match list for the current text and show it."""
        self._timer.stop()
        text = self.text().strip()
        self.matches.clear()
        if not text:
            return
        rows = operations.read(self, people.list_people, self.db, people.PersonFilter(text=text), 0, MATCHES,
                               default=[])
        for row in rows:
            extra = "、".join(row.sites[:2]) or first_phone_masked(row.phone)
            item = QStandardItem(f"{row.name}（{extra}）" if extra else row.name)
            item.setData(row.id, _ID_ROLE)
            item.setData(row.name, _NAME_ROLE)
            self.matches.appendRow(item)
        if rows and self.hasFocus():
            self.completer_.complete()

    def _activated(self, index: QModelIndex) -> None:
        # the completer hands us an index of its own proxy model
        person_id = index.data(_ID_ROLE)
        name = index.data(_NAME_ROLE)
        if person_id:
            self.set_person(str(person_id), str(name))

    def choose_match(self, row: int) -> None:
        """Pick the ``row``-th match of the last search (what clicking it in the list does)."""
        item = self.matches.item(row)
        if item is not None:
            self.set_person(str(item.data(_ID_ROLE)), str(item.data(_NAME_ROLE)))

    def _finished(self) -> None:
        """Leaving the field with a name that matches exactly one person chooses that person."""
        if self._person_id is not None or not self.text().strip():
            return
        if self._timer.isActive():
            self.search()
        text = self.text().strip()
        exact = [self.matches.item(i) for i in range(self.matches.rowCount())
                 if self.matches.item(i).data(_NAME_ROLE) == text]
        if len(exact) == 1:
            self.set_person(str(exact[0].data(_ID_ROLE)), text)
