"""A council's form: name, kind, street or community, its rules (quorum and pass threshold as fractions of
all members, notice lead time, meeting frequency) and its members with their seats. A name already borne by
another council is saved only when the user confirms it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import councils

from .. import labels, operations
from ..stations.fields import warn
from ..widgets.form_errors import clear_when_edited, write_form
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.person_chooser import PersonChooser
from ..widgets.record_combo import RecordCombo
from ..widgets.screen_fit import fit_to_screen


def _spin(value: int, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class CouncilForm(QDialog):
    def __init__(self, db: Database, council_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.council_id = council_id
        self.saved_id: str | None = None
        self._loaded_name = ""
        self.setWindowTitle(self.tr("Edit council") if council_id else self.tr("New council"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        form.addRow(self.tr("Name:"), self.name_edit)
        self.kind_combo = RecordCombo()
        self.kind_combo.set_choices(labels.council_kinds())
        form.addRow(self.tr("Kind:"), self.kind_combo)
        self.location = StreetCommunityFilter(db, self, street_none=self.tr("(choose a street)"),
                                              community_none=self.tr("(the whole street)"))
        form.addRow(self.tr("Street and community:"), self.location)
        layout.addLayout(form)

        rules = QGroupBox(self.tr("Rules"))
        rules_form = QFormLayout(rules)
        self.quorum_numerator, self.quorum_denominator = _spin(2, 1, 99), _spin(3, 1, 99)
        self.pass_numerator, self.pass_denominator = _spin(1, 1, 99), _spin(2, 1, 99)
        for label, numerator, denominator, text in (
            (self.tr("Quorum:"), self.quorum_numerator, self.quorum_denominator,
             self.tr("of all members present (at least)")),
            (self.tr("Passes with:"), self.pass_numerator, self.pass_denominator,
             self.tr("of all members in favour (more than)")),
        ):
            row = QHBoxLayout()
            row.addWidget(numerator)
            row.addWidget(QLabel("/"))
            row.addWidget(denominator)
            row.addWidget(QLabel(text))
            row.addStretch(1)
            rules_form.addRow(label, row)
        self.notice_spin = _spin(3, 0, 60)
        self.notice_spin.setSuffix(self.tr(" days ahead"))
        rules_form.addRow(self.tr("Notice:"), self.notice_spin)
        self.frequency_spin = _spin(30, 1, 366)
        self.frequency_spin.setSuffix(self.tr(" days"))
        rules_form.addRow(self.tr("Meets at least every:"), self.frequency_spin)
        layout.addWidget(rules)

        members = QGroupBox(self.tr("Members"))
        members_layout = QVBoxLayout(members)
        add_row = QHBoxLayout()
        self.person_chooser = PersonChooser(db, self)
        self.seat_combo = RecordCombo()
        self.seat_combo.set_choices(labels.council_seats())
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.remove_member_button = QPushButton(self.tr("Remove"))
        add_row.addWidget(self.person_chooser, 2)
        add_row.addWidget(self.seat_combo, 1)
        add_row.addWidget(self.add_member_button)
        add_row.addWidget(self.remove_member_button)
        members_layout.addLayout(add_row)
        self.members_table = QTableWidget(0, 2)
        self.members_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Seat")])
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.horizontalHeader().resizeSection(0, 200)
        self.members_table.verticalHeader().hide()
        self.members_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.members_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        members_layout.addWidget(self.members_table)
        self.members_count = QLabel()
        members_layout.addWidget(self.members_count)
        layout.addWidget(members, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 720)
        clear_when_edited(self.name_edit)
        self.add_member_button.clicked.connect(self.add_chosen_member)
        self.remove_member_button.clicked.connect(self.remove_selected_members)
        self._members: list[tuple[str, str, str]] = []  # person id, name, seat
        if council_id:
            self._load(council_id)
        self._show_members()

    def _load(self, council_id: str) -> None:
        data = operations.read(self, councils.get_council, self.db, council_id)
        if data is None:
            return
        self.name_edit.setText(data["name"])
        self._loaded_name = data["name"]
        self.kind_combo.set_current_id(data["kind"])
        self.location.set_street_id(data["street_id"])
        self.location.community.set_current_id(data["community_id"])
        for key in ("quorum_numerator", "quorum_denominator", "pass_numerator", "pass_denominator"):
            getattr(self, key).setValue(data[key])
        self.notice_spin.setValue(data["notice_days"])
        self.frequency_spin.setValue(data["frequency_days"])
        self._members = [(m.person_id, m.name, m.seat) for m in data["members"]]

    def _show_members(self) -> None:
        seats = labels.council_seats()
        self.members_table.setRowCount(len(self._members))
        for n, (_pid, name, seat) in enumerate(self._members):
            self.members_table.setItem(n, 0, QTableWidgetItem(name))
            self.members_table.setItem(n, 1, QTableWidgetItem(seats.get(seat, seat)))
        self.members_count.setText(self.tr("%1 members").replace("%1", str(len(self._members))))

    def add_member(self, person_id: str, name: str, seat: str) -> None:
        self._members = [m for m in self._members if m[0] != person_id] + [(person_id, name, seat)]
        self._show_members()

    def add_chosen_member(self) -> None:
        person_id = self.person_chooser.person_id()
        if person_id is None:
            warn(self, self.tr("Type a name and choose the person from the list first."), self.person_chooser)
            return
        self.add_member(person_id, self.person_chooser.text(), self.seat_combo.current_id() or "resident_representative")
        self.person_chooser.set_person(None)

    def remove_selected_members(self) -> None:
        rows = {i.row() for i in self.members_table.selectionModel().selectedRows()}
        self._members = [m for n, m in enumerate(self._members) if n not in rows]
        self._show_members()

    def values(self) -> dict[str, object]:
        return {"name": self.name_edit.text(), "kind": self.kind_combo.current_id(),
                "street_id": self.location.street_id(), "community_id": self.location.community_id(),
                "quorum_numerator": self.quorum_numerator.value(), "quorum_denominator": self.quorum_denominator.value(),
                "pass_numerator": self.pass_numerator.value(), "pass_denominator": self.pass_denominator.value(),
                "notice_days": self.notice_spin.value(), "frequency_days": self.frequency_spin.value()}

    def _confirm_not_duplicate(self) -> bool:
        """True to go on saving: the name is new, unchanged, or the user wants a second council of that name."""
        name = self.name_edit.text().strip()
        if not name or name == self._loaded_name:
            return True
        found = operations.read(self, councils.find_same_name, self.db, name, self.council_id, default=[]) or []
        if not found:
            return True
        first = found[0]
        where = first.street_name + (" " + first.community_name if first.community_name else "")
        text = (self.tr("A council named “%1” (%2) is already in the directory. Save this one as well?")
                .replace("%1", first.name).replace("%2", where))
        if len(found) > 1:
            text += "\n" + self.tr("%1 councils of that name in all.").replace("%1", str(len(found)))
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, self.tr("Possible duplicate"), text, buttons.Yes | buttons.No, buttons.No)
        if answer != buttons.Yes:
            self.name_edit.setFocus()
            return False
        return True

    def accept(self) -> None:
        if not self._confirm_not_duplicate():
            return
        fields = {"name": self.name_edit, "kind": self.kind_combo, "street_id": self.location.street,
                  "community_id": self.location.community, "quorum_numerator": self.quorum_numerator,
                  "pass_numerator": self.pass_numerator, "notice_days": self.notice_spin,
                  "frequency_days": self.frequency_spin, "members": self.members_table}
        saved = write_form(self, "council", fields, councils.save_council, self.db, self.values(),
                           [(pid, seat) for pid, _name, seat in self._members], self.council_id)
        if saved is None:
            return
        self.saved_id = saved
        super().accept()
