"""Docking a person to a site (对接站点, 一社工一站点) and ending a docking (结束对接).

Dialogs are opened with ``open()`` (modal, without blocking): whoever opens one gets it back, and the
dialog saves itself when accepted — it stays open, with the reason shown, if the core refuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import people
from coordinator_app.core.vocab import SOCIAL_WORKER_ROLES

from .. import labels, operations
from ..formatting import format_date
from ..widgets.form_errors import clear_invalid
from .choosers import PersonSearch, SiteChooser
from .fields import date_edit, from_qdate, to_qdate, warn


class AssignDialog(QDialog):
    """Choose a site, a role (社工 or 党员社工) and a start date for a person. Without ``person_id`` the
    dialog offers a search over social workers."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, person_id: str | None = None,
                 person_name: str = "", site_id: str | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.person_id = person_id
        self.saved_id: str | None = None
        self.saved_role: str | None = None
        self.setWindowTitle(self.tr("Dock to a site"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person_search: PersonSearch | None = None
        if person_id:
            form.addRow(self.tr("Person:"), QLabel(person_name))
        else:
            self.person_search = PersonSearch(db, self, roles=SOCIAL_WORKER_ROLES)
            self.person_search.setMinimumHeight(200)
            self.person_search.chosen.connect(lambda *_: self.site_chooser.setFocus())
            form.addRow(self.tr("Social worker:"), self.person_search)
        self.site_chooser = SiteChooser(db, self)
        self.site_chooser.site_changed.connect(lambda _id: clear_invalid(self.site_chooser))
        if site_id:
            self.site_chooser.set_site_id(site_id)
        form.addRow(self.tr("Site:"), self.site_chooser)
        self.role_combo = QComboBox()
        role_labels = labels.person_roles()
        for code in SOCIAL_WORKER_ROLES:
            self.role_combo.addItem(role_labels[code], code)
        form.addRow(self.tr("Docked as:"), self.role_combo)
        self.start_edit = date_edit(date.today(), self)
        form.addRow(self.tr("From:"), self.start_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 420 if self.person_search else 200)
        if self.person_search:
            self.person_search.edit.setFocus()
        elif not site_id:
            self.site_chooser.setFocus()

    def accept(self) -> None:
        person_id = self.person_id
        if self.person_search is not None:
            self.person_search.flush()
            chosen = self.person_search.selected()
            if chosen is None:
                warn(self, self.tr("Please choose a social worker from the list."), self.person_search.edit)
                return
            person_id = chosen[0]
        site_id = self.site_chooser.site_id()
        if site_id is None:
            warn(self, self.tr("Please choose a site from the list."), self.site_chooser)
            return
        role = self.role_combo.currentData()
        saved = operations.write(self, "site_assignment", people.assign_to_site, self.db, person_id, site_id,
                                 from_qdate(self.start_edit.date()), role)
        if saved is None:
            return
        self.saved_id, self.saved_role = saved, role
        super().accept()


class EndDockingDialog(QDialog):
    """The last day of a docking (结束对接); ends it through ``people.end_assignment``."""

    def __init__(self, db: Database, assignment: people.AssignmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.assignment = assignment
        self.ended = False
        self.setWindowTitle(self.tr("End docking"))
        layout = QVBoxLayout(self)
        text = self.tr("%1 has been docked to %2 since %3.").replace("%1", assignment.person_name) \
            .replace("%2", assignment.site_name).replace("%3", format_date(assignment.start_date))
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.end_edit = date_edit(date.today(), self)
        self.end_edit.setMinimumDate(to_qdate(assignment.start_date))
        form.addRow(self.tr("Last day:"), self.end_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End docking"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(420, 160)

    def accept(self) -> None:
        def end() -> bool:
            people.end_assignment(self.db, self.assignment.id, from_qdate(self.end_edit.date()))
            return True

        if operations.write(self, "site_assignment", end):
            self.ended = True
            super().accept()
