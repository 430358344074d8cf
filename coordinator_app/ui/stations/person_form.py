"""The person form (人员): name, phone, Party membership, skills (能人/专才), notes and roles; for a saved
person also the sites they are docked to, with "dock to a site" and "end docking"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.formatting import mask_phone
from coordinator_app.core.services import people
from coordinator_app.core.vocab import PERSON_ROLES

from .. import labels, operations
from ..formatting import format_date
from ..widgets.form_errors import clear_when_edited, write_form
from .assign_dialog import AssignDialog, EndDockingDialog


class PersonForm(QDialog):
    """Opened with ``open()``; saves itself on accept (``saved_id`` then holds the person's id)."""

    def __init__(self, db: Database, person_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.person_id = person_id
        self.saved_id: str | None = None
        #: name and phone as loaded: unchanged, they are not checked for a person entered twice
        self._loaded: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("New person"))
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(50)
        form.addRow(self.tr("Name:"), self.name_edit)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Mobile 13812345678 or landline 020-83001234"))
        form.addRow(self.tr("Phone:"), self.phone_edit)
        self.party_check = QCheckBox(self.tr("Member of the Communist Party of China"))
        form.addRow(self.tr("Party member:"), self.party_check)
        self.skills_edit = QLineEdit()
        self.skills_edit.setMaxLength(200)
        self.skills_edit.setPlaceholderText(self.tr("Skills and specialities, e.g. medical care, haircuts, repairs"))
        form.addRow(self.tr("Skills:"), self.skills_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addLayout(form)

        roles_box = QGroupBox(self.tr("Roles"))
        grid = QGridLayout(roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        role_labels = labels.person_roles()
        for n, code in enumerate(PERSON_ROLES):
            box = QCheckBox(role_labels[code])
            self.role_checks[code] = box
            grid.addWidget(box, n // 3, n % 3)
        layout.addWidget(roles_box)

        docking_box = QGroupBox(self.tr("Docked sites"))
        docking_layout = QVBoxLayout(docking_box)
        self.assignments_table = QTableWidget(0, 4)
        self.assignments_table.setHorizontalHeaderLabels(
            [self.tr("Site"), self.tr("Docked as"), self.tr("From"), self.tr("Until")])
        self.assignments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assignments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assignments_table.verticalHeader().hide()
        self._size_assignment_columns()
        self.assignments_table.setMinimumHeight(110)
        self.assignments_table.itemSelectionChanged.connect(self._update_buttons)
        docking_layout.addWidget(self.assignments_table)
        row = QHBoxLayout()
        self.dock_button = QPushButton(self.tr("Dock to a site…"))
        self.dock_button.clicked.connect(self.open_assign_dialog)
        self.end_button = QPushButton(self.tr("End docking…"))
        self.end_button.clicked.connect(self.open_end_dialog)
        row.addWidget(self.dock_button)
        row.addWidget(self.end_button)
        row.addStretch(1)
        docking_layout.addLayout(row)
        self.docking_hint = QLabel()
        self.docking_hint.setWordWrap(True)
        docking_layout.addWidget(self.docking_hint)
        layout.addWidget(docking_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        # the widget for each field the core may reject
        self._fields: dict[str, QWidget] = {"name": self.name_edit, "phone": self.phone_edit,
                                            "skills": self.skills_edit, "notes": self.notes_edit}
        for widget in self._fields.values():
            clear_when_edited(widget)

        self._assignments: list[people.AssignmentRow] = []
        if person_id:
            self._load(person_id)
            self.docking_hint.setText(self.tr("Docking changes are saved at once."))
        else:
            self.dock_button.setEnabled(False)
            self.docking_hint.setText(self.tr("Save the person first, then dock them to sites."))
        self._update_buttons()
        self.name_edit.setFocus()

    def _load(self, person_id: str) -> None:
        data = operations.read(self, people.get_person, self.db, person_id)
        if data is None:
            return
        self.name_edit.setText(data["name"])
        self.phone_edit.setText(data["phone"])
        self._loaded = (data["name"], data["phone"])
        self.party_check.setChecked(bool(data["is_party_member"]))
        self.skills_edit.setText(data["skills"])
        self.notes_edit.setPlainText(data["notes"])
        for code, box in self.role_checks.items():
            box.setChecked(code in data["roles"])
        self.load_assignments()

    def _size_assignment_columns(self) -> None:
        """The site takes the room left; the role and dates get the width of their longest text or header
        (sized to contents, an empty table squeezed its headers)."""
        table = self.assignments_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cell, heading = table.fontMetrics(), header.fontMetrics()
        a_date = format_date(date(2026, 12, 28))
        samples = {1: list(labels.person_roles().values()), 2: [a_date], 3: [a_date, self.tr("ongoing")]}
        for column, texts in samples.items():
            title = table.horizontalHeaderItem(column).text()
            width = max([heading.horizontalAdvance(title)] + [cell.horizontalAdvance(t) for t in texts])
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width + 3 * heading.averageCharWidth())

    # --- docking --------------------------------------------------------------------------------------
    def load_assignments(self) -> None:
        if not self.person_id:
            return
        self._assignments = operations.read(self, people.list_assignments, self.db, default=[],
                                            person_id=self.person_id)
        role_labels = labels.person_roles()
        table = self.assignments_table
        table.setRowCount(len(self._assignments))
        for n, a in enumerate(self._assignments):
            until = format_date(a.end_date) if a.end_date else self.tr("ongoing")
            for column, text in enumerate((a.site_name, role_labels.get(a.role, a.role), format_date(a.start_date),
                                           until)):
                table.setItem(n, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_assignment(self) -> people.AssignmentRow | None:
        rows = self.assignments_table.selectionModel().selectedRows()
        return self._assignments[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_assignment()
        self.end_button.setEnabled(chosen is not None and (chosen.end_date is None or chosen.end_date >= date.today()))

    def open_assign_dialog(self) -> AssignDialog:
        dialog = AssignDialog(self.db, self, person_id=self.person_id, person_name=self.name_edit.text().strip())
        dialog.accepted.connect(lambda: self._docked(dialog.saved_role))
        dialog.open()
        return dialog

    def _docked(self, role: str | None) -> None:
        # the core gives the person the role they were docked as: show it, so saving keeps it
        if role in self.role_checks:
            self.role_checks[role].setChecked(True)
        self.load_assignments()

    def open_end_dialog(self) -> EndDockingDialog | None:
        chosen = self.selected_assignment()
        if chosen is None:
            return None
        dialog = EndDockingDialog(self.db, chosen, self)
        dialog.accepted.connect(self.load_assignments)
        dialog.open()
        return dialog

    # --- saving ---------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "is_party_member": self.party_check.isChecked(),
            "skills": self.skills_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def roles(self) -> set[str]:
        return {code for code, box in self.role_checks.items() if box.isChecked()}

    def _confirm_not_entered_twice(self) -> bool:
        """True to go on saving: no one in the roster may be this person, or the user says it is another."""
        name, phone = self.name_edit.text().strip(), self.phone_edit.text().strip()
        if not name or (name, phone) == self._loaded:
            return True
        found = operations.read(self, people.find_same_person, self.db, name, phone, self.person_id, default=[]) or []
        if not found:
            return True
        first = found[0]
        text = (self.tr("“%1” (%2) is already in the roster and may be the same person. Save this one as well?")
                .replace("%1", first.name).replace("%2", mask_phone(first.phone) or self.tr("no phone")))
        if len(found) > 1:
            text += "\n" + self.tr("%1 people of that name in all.").replace("%1", str(len(found)))
        buttons = QMessageBox.StandardButton
        if QMessageBox.question(self, self.tr("Possible duplicate"), text, buttons.Yes | buttons.No,
                                buttons.No) != buttons.Yes:
            self.name_edit.setFocus()
            return False
        return True

    def accept(self) -> None:
        if not self._confirm_not_entered_twice():
            return
        values, roles = self.values(), self.roles()
        person_id = self.person_id

        def save() -> str:
            if person_id:
                people.update_person(self.db, person_id, values, roles)
                return person_id
            return people.create_person(self.db, values, roles)

        saved = write_form(self, "person", self._fields, save)
        if saved is None:
            return
        self.saved_id = saved
        super().accept()
