"""Party organisations attached to a site (党委/党总支/党支部): the list, and a dialog to add or edit one
with its secretary chosen by searching the people directory."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import sites

from .. import labels, operations
from ..widgets.form_dialog import form_with_buttons, watch_fields
from ..widgets.form_errors import mark_invalid, write_form
from ..widgets.lazy_table_model import Column
from ..widgets.person_chooser import PersonChooser
from ..widgets.record_combo import RecordCombo
from ..widgets.row_table_model import RowTableModel
from .site_form import required


class PartyOrgDialog(QDialog):
    def __init__(self, db: Database, site_id: str | None, org_id: str | None = None, parent: QWidget | None = None,
                 *, unit_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        #: the owner is a co-building unit instead of a site
        self.unit_id = unit_id
        self.org_id = org_id
        self.setWindowTitle(self.tr("Edit Party organisation") if org_id else self.tr("New Party organisation"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("orgName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Party branch of the Beijing Street social-work station"))
        self.level_combo = RecordCombo()
        self.level_combo.setObjectName("orgLevel")
        self.level_combo.set_choices(labels.party_org_levels())
        self.level_combo.set_current_id("branch")
        self.secretary = PersonChooser(db)
        self.secretary.setObjectName("orgSecretary")
        self.members_spin = QSpinBox()
        self.members_spin.setObjectName("orgMembers")
        self.members_spin.setRange(0, 100000)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("orgNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(QLabel(required(self.tr("Name"))), self.name_edit)
        form.addRow(QLabel(required(self.tr("Level"))), self.level_combo)
        form.addRow(self.tr("Secretary"), self.secretary)
        form.addRow(self.tr("Party members"), self.members_spin)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.fields: dict[str, QWidget] = {"name": self.name_edit, "level": self.level_combo,
                                           "secretary_id": self.secretary, "member_count": self.members_spin,
                                           "notes": self.notes_edit}
        watch_fields(self.fields)
        self.save_button = form_with_buttons(self, form, "saveOrg")
        self.save_button.clicked.connect(self.save)
        if org_id:
            self._load(org_id)

    def _load(self, org_id: str) -> None:
        data = operations.read(self, sites.get_party_org, self.db, org_id)
        if data is None:
            self.org_id = None
            return
        self.name_edit.setText(data["name"])
        self.level_combo.set_current_id(data["level"])
        self.members_spin.setValue(data["member_count"] or 0)
        self.notes_edit.setPlainText(data["notes"] or "")
        if data["secretary_id"]:
            name = operations.read(self, _person_name, self.db, data["secretary_id"], default="")
            self.secretary.set_person(data["secretary_id"], name)

    def values(self) -> dict[str, Any]:
        return {"name": self.name_edit.text(), "level": self.level_combo.current_id(),
                "secretary_id": self.secretary.person_id(), "member_count": self.members_spin.value(),
                "site_id": self.site_id, "unit_id": self.unit_id, "notes": self.notes_edit.toPlainText()}

    def save(self) -> bool:
        if self.secretary.text().strip() and self.secretary.person_id() is None:
            self.secretary.search()
            QMessageBox.warning(self, self.tr("Cannot save"),
                                self.tr("“%1” is not chosen from the people directory: type part of the name and "
                                        "pick the secretary from the list, or leave the field empty.")
                                .replace("%1", self.secretary.text().strip()))
            mark_invalid(self.secretary)
            return False
        org_id = write_form(self, "party_org", self.fields, sites.save_party_org, self.db, self.values(), self.org_id)
        if org_id:
            self.org_id = org_id
            self.accept()
            return True
        return False


def _person_name(db: Database, person_id: str) -> str:
    from coordinator_app.core.services import people

    return str(people.get_person(db, person_id)["name"])


class SitePartyOrgsEditor(QWidget):
    def __init__(self, db: Database, site_id: str | None, parent: QWidget | None = None, *,
                 unit_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        #: list and add the Party organisations of this co-building unit instead of a site's
        self.unit_id = unit_id
        levels = labels.party_org_levels()
        self.model: RowTableModel[sites.PartyOrgRow] = RowTableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Level"), lambda r: levels.get(r.level, r.level)),
            Column(self.tr("Secretary"), lambda r: r.secretary_name),
            Column(self.tr("Party members"), lambda r: str(r.member_count)),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("partyOrgsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 110), (3, 90)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add Party organisation"))
        self.add_button.setObjectName("addOrg")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editOrg")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteOrg")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_org)
        self.edit_button.clicked.connect(self.edit_org)
        self.delete_button.clicked.connect(self.delete_org)
        self.table.doubleClicked.connect(lambda _i: self.edit_org())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        operations.hub().changed.connect(self._data_changed)
        self.set_site(site_id)

    def _owner(self) -> str | None:
        return self.unit_id or self.site_id

    def set_site(self, site_id: str | None) -> None:
        self.site_id = site_id
        self.table.setEnabled(self._owner() is not None)
        self.add_button.setEnabled(self._owner() is not None)
        self.note.setText(self.tr("Changes here are saved at once.") if self._owner() else
                          self.tr("Save the site first; then its Party organisations can be added here."))
        self.reload()

    def reload(self) -> None:
        rows = operations.read(self, sites.list_party_orgs, self.db, self.site_id, self.unit_id, default=[]) \
            if self._owner() else []
        self.model.set_rows(rows)
        self._update_buttons()

    def _data_changed(self, record_type: str) -> None:
        if record_type in ("", "party_org", "person", "site"):
            self.reload()

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected(self) -> sites.PartyOrgRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def dialog(self, org_id: str | None = None) -> PartyOrgDialog:
        assert self._owner() is not None
        return PartyOrgDialog(self.db, None if self.unit_id else self.site_id, org_id, self, unit_id=self.unit_id)

    def add_org(self) -> None:
        if self._owner():
            self.dialog().exec()

    def edit_org(self) -> None:
        org = self.selected()
        if org is not None:
            self.dialog(org.id).exec()

    def delete_org(self) -> None:
        org = self.selected()
        if org is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete Party organisation"),
                                      self.tr("Move “%1” to the recycle bin?").replace("%1", org.name))
        if answer == QMessageBox.StandardButton.Yes:
            operations.write(self, "party_org", sites.delete_party_org, self.db, org.id)
