"""One appeal (诉求) in full: the resident (names and phones shown in full here), channel, category, content,
dates, place and person in charge; the status flow 受理 → 转办 → 办理中 → 办结 (办结 with the result and the
resident's satisfaction); and the chain that answers it (agenda items and action items)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, meetings

from .. import labels, operations
from ..formatting import format_date, format_datetime
from ..stations.fields import date_edit, from_qdate, to_qdate
from ..widgets.form_errors import clear_when_edited, write_form
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.person_chooser import PersonChooser
from ..widgets.record_combo import RecordCombo


class AppealForm(QDialog):
    """Opened with ``open()``; saves itself on accept (``saved_id``). ``initial`` prefills a new appeal
    (an appeal raised at a reception)."""

    def __init__(self, db: Database, appeal_id: str | None = None, parent: QWidget | None = None, *,
                 initial: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.appeal_id = appeal_id
        self.saved_id: str | None = None
        self.status = "accepted"
        self.setWindowTitle(self.tr("Appeal") if appeal_id else self.tr("New appeal"))
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.resident_edit = QLineEdit()
        form.addRow(self.tr("Resident:"), self.resident_edit)
        self.phone_edit = QLineEdit()
        form.addRow(self.tr("Phone:"), self.phone_edit)
        self.channel_combo = RecordCombo()
        self.channel_combo.set_choices(labels.appeal_channels())
        form.addRow(self.tr("Channel:"), self.channel_combo)
        self.category_combo = RecordCombo()
        self.category_combo.set_choices(labels.appeal_categories())
        form.addRow(self.tr("Category:"), self.category_combo)
        self.content_edit = QPlainTextEdit()
        self.content_edit.setFixedHeight(70)
        form.addRow(self.tr("Content:"), self.content_edit)
        self.received_edit = date_edit(date.today(), self)
        form.addRow(self.tr("Received on:"), self.received_edit)
        self.location = StreetCommunityFilter(db, self, street_none=self.tr("(choose a street)"),
                                              community_none=self.tr("(no community)"))
        form.addRow(self.tr("Street and community:"), self.location)
        self.handler_chooser = PersonChooser(db, self)
        form.addRow(self.tr("Person in charge:"), self.handler_chooser)
        self.due_edit = date_edit(date.today() + timedelta(days=appeals.DEFAULT_DAYS), self)
        form.addRow(self.tr("Due date:"), self.due_edit)
        self.source_label = QLabel()
        form.addRow(self.tr("Source:"), self.source_label)
        layout.addLayout(form)

        status_box = QGroupBox(self.tr("Handling"))
        status_form = QFormLayout(status_box)
        self.status_label = QLabel()
        status_form.addRow(self.tr("Status:"), self.status_label)
        self.next_status = RecordCombo(self.tr("(keep the status)"))
        status_form.addRow(self.tr("Change to:"), self.next_status)
        self.transferred_edit = QLineEdit()
        status_form.addRow(self.tr("Transferred to:"), self.transferred_edit)
        self.result_edit = QPlainTextEdit()
        self.result_edit.setFixedHeight(60)
        status_form.addRow(self.tr("Result:"), self.result_edit)
        self.satisfaction_combo = RecordCombo(self.tr("(not asked yet)"))
        self.satisfaction_combo.set_choices(labels.satisfaction())
        status_form.addRow(self.tr("Resident's satisfaction:"), self.satisfaction_combo)
        self.trail_label = QLabel()
        self.trail_label.setWordWrap(True)
        status_form.addRow(self.tr("Followed up by:"), self.trail_label)
        # read-only values sit on their label's line and take no more height than their text needs
        for label in (self.source_label, self.status_label, self.trail_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(status_box)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if appeal_id:
            self.history_button = self.buttons.addButton(self.tr("History…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.history_button.clicked.connect(self.open_history)
        layout.addWidget(self.buttons)
        for widget in (self.resident_edit, self.phone_edit, self.content_edit, self.transferred_edit,
                       self.result_edit):
            clear_when_edited(widget)
        self._initial = initial or {}
        if appeal_id:
            self._load(appeal_id)
        else:
            self._fill(self._initial)
        # a new appeal has no follow-up yet; one typed in (not raised at a reception) has no source to show
        status_form.setRowVisible(self.trail_label, appeal_id is not None)
        form.setRowVisible(self.source_label, bool(self.source_label.text()))
        self._show_status()
        self.resize(640, self.sizeHint().height())

    def open_history(self) -> QWidget | None:
        if not self.appeal_id:
            return None
        from ..dialogs.history_dialog import history_title, open_history

        subject = self.tr("the appeal received on %1").replace("%1", format_date(self._initial["received_on"]))
        return open_history(self, self.db, self.appeal_id, history_title(subject), "appeal")

    def _fill(self, data: dict[str, Any]) -> None:
        self.resident_edit.setText(data.get("resident_name") or "")
        self.phone_edit.setText(data.get("resident_phone") or "")
        if data.get("channel"):
            self.channel_combo.set_current_id(data["channel"])
        if data.get("category"):
            self.category_combo.set_current_id(data["category"])
        self.content_edit.setPlainText(data.get("content") or "")
        if data.get("received_on"):
            self.received_edit.setDate(to_qdate(data["received_on"]))
            self.due_edit.setDate(to_qdate(data.get("due_on") or data["received_on"]
                                           + timedelta(days=appeals.DEFAULT_DAYS)))
        if data.get("street_id"):
            self.location.set_street_id(data["street_id"])
            if data.get("community_id"):
                self.location.community.set_current_id(data["community_id"])
        if data.get("handler_id"):
            self.handler_chooser.set_person(data["handler_id"], data.get("handler_name", ""))
        self.transferred_edit.setText(data.get("transferred_to") or "")
        self.source_label.setText(self.tr("Raised at a reception") if data.get("reception_id") else "")

    def _load(self, appeal_id: str) -> None:
        data = operations.read(self, appeals.get_appeal, self.db, appeal_id)
        if data is None:
            return
        self._initial = data
        self._fill(data)
        self.status = data["status"]
        self.result_edit.setPlainText(data["result"] or "")
        self.satisfaction_combo.set_current_id(data["satisfaction"])
        trail = operations.read(self, meetings.appeal_trail, self.db, appeal_id, default={})
        lines = [self.tr("Agenda item “%1” at %2 (%3)").replace("%1", title).replace("%2", council)
                 .replace("%3", format_datetime(starts)) for title, starts, council, _o, _r in trail.get("agenda", [])]
        statuses = labels.action_statuses()
        lines += [self.tr("Action “%1”: %2, due %3").replace("%1", a.title).replace("%2", statuses.get(a.status, ""))
                  .replace("%3", format_date(a.due_on)) for a in trail.get("actions", [])]
        self.trail_label.setText("\n".join(lines) or self.tr("No meeting has discussed it yet."))

    def _show_status(self) -> None:
        names = labels.appeal_statuses()
        self.status_label.setText(names.get(self.status, self.status))
        self.next_status.set_options([(s, names[s]) for s in appeals.allowed_statuses(self.status)], keep_current=False)

    def values(self) -> dict[str, Any]:
        return {
            "resident_name": self.resident_edit.text(), "resident_phone": self.phone_edit.text(),
            "channel": self.channel_combo.current_id(), "category": self.category_combo.current_id(),
            "content": self.content_edit.toPlainText(), "received_on": from_qdate(self.received_edit.date()),
            "street_id": self.location.street_id(), "community_id": self.location.community_id(),
            "handler_id": self.handler_chooser.person_id(), "due_on": from_qdate(self.due_edit.date()),
            "transferred_to": self.transferred_edit.text(), "site_id": self._initial.get("site_id"),
            "reception_id": self._initial.get("reception_id"),
        }

    def accept(self) -> None:
        fields = {"resident_name": self.resident_edit, "resident_phone": self.phone_edit,
                  "channel": self.channel_combo, "category": self.category_combo, "content": self.content_edit,
                  "received_on": self.received_edit, "street_id": self.location.street,
                  "community_id": self.location.community, "handler_id": self.handler_chooser,
                  "due_on": self.due_edit, "transferred_to": self.transferred_edit, "result": self.result_edit,
                  "satisfaction": self.satisfaction_combo, "status": self.next_status}
        saved = write_form(self, "appeal", fields, appeals.save_appeal, self.db, self.values(), self.appeal_id)
        if saved is None:
            return
        self.appeal_id = self.saved_id = saved
        status = self.next_status.current_id()
        if status:
            done = write_form(self, "appeal", fields, lambda: appeals.change_status(
                self.db, saved, status, result=self.result_edit.toPlainText(),
                satisfaction=self.satisfaction_combo.current_id(), transferred_to=self.transferred_edit.text()) or True)
            if done is None:
                return  # the details are saved; the form stays open on the status
        super().accept()
