"""Recording one contact with a unit (对接记录): date, our person, their person, channel, summary, follow-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import units_parts

from .. import labels, operations
from ..stations.fields import date_edit, from_qdate, to_qdate, warn
from ..stations.site_form import required
from ..widgets.form_dialog import form_with_buttons, watch_fields
from ..widgets.form_errors import write_form
from ..widgets.person_chooser import PersonChooser
from ..widgets.record_combo import RecordCombo


class ContactDialog(QDialog):
    def __init__(self, db: Database, unit_id: str, contact_id: str | None = None, parent: QWidget | None = None,
                 *, their_person: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.unit_id = unit_id
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Edit contact record") if contact_id else self.tr("New contact record"))
        self.setMinimumWidth(520)
        self.date_edit = date_edit(date.today())
        self.date_edit.setObjectName("contactDate")
        self.our_person = PersonChooser(db)
        self.our_person.setObjectName("contactOurPerson")
        self.their_edit = QLineEdit(their_person)
        self.their_edit.setObjectName("contactTheirPerson")
        self.channel_combo = RecordCombo()
        self.channel_combo.setObjectName("contactChannel")
        self.channel_combo.set_choices(labels.contact_channels())
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("contactSummary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(80)
        self.follow_edit = QPlainTextEdit()
        self.follow_edit.setObjectName("contactFollowUp")
        self.follow_edit.setTabChangesFocus(True)
        self.follow_edit.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(QLabel(required(self.tr("Date"))), self.date_edit)
        form.addRow(self.tr("Our person"), self.our_person)
        form.addRow(self.tr("Their person"), self.their_edit)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(QLabel(required(self.tr("Summary"))), self.summary_edit)
        form.addRow(self.tr("Follow-up"), self.follow_edit)
        self.fields: dict[str, QWidget] = {"contacted_on": self.date_edit, "our_person_id": self.our_person,
                                           "their_person": self.their_edit, "channel": self.channel_combo,
                                           "summary": self.summary_edit, "follow_up": self.follow_edit}
        watch_fields(self.fields)
        self.save_button = form_with_buttons(self, form, "saveContact")
        self.save_button.clicked.connect(self.save)
        if contact_id:
            data = operations.read(self, units_parts.get_contact, db, contact_id) or {}
            if data:
                self.date_edit.setDate(to_qdate(data["contacted_on"]))
                self.our_person.set_person(data["our_person_id"], data["our_person_name"])
                self.their_edit.setText(data["their_person"])
                self.channel_combo.set_current_id(data["channel"])
                self.summary_edit.setPlainText(data["summary"])
                self.follow_edit.setPlainText(data["follow_up"])

    def values(self) -> dict[str, Any]:
        return {"unit_id": self.unit_id, "contacted_on": from_qdate(self.date_edit.date()),
                "our_person_id": self.our_person.person_id(), "their_person": self.their_edit.text(),
                "channel": self.channel_combo.current_id(), "summary": self.summary_edit.toPlainText(),
                "follow_up": self.follow_edit.toPlainText()}

    def save(self) -> bool:
        if self.our_person.text().strip() and self.our_person.person_id() is None:
            self.our_person.search()
            warn(self, self.tr("“%1” is not chosen from the people directory: type part of the name and pick the "
                               "person from the list, or leave the field empty.")
                 .replace("%1", self.our_person.text().strip()), self.our_person)
            return False
        saved = write_form(self, "unit_contact", self.fields, units_parts.save_contact, self.db, self.values(),
                           self.contact_id)
        if saved:
            self.contact_id = saved
            self.accept()
        return bool(saved)
