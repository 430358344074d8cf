"""One meeting, as the secretary records it: time, place, chair and recorder; the status flow (late notice is
a warning that is recorded, not a block); attendance per member and non-voting attendees; agenda items
with the discussion, the show of hands and the outcome by the council's rules (with the reason); action
items, whose closing proposes closing the appeal they answer; and the minutes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError
from coordinator_app.core.services import appeals, meetings
from coordinator_app.core.vote_rules import quorum_needed, shown_reason, votes_needed

from .. import labels, operations
from ..formatting import format_date
from ..printing.menus import meeting_documents, print_menu_button
from ..stations.choosers import SiteChooser
from ..stations.fields import date_edit, datetime_edit, from_qdate, from_qdatetime, to_qdatetime, warn
from ..widgets.form_errors import write_form
from ..widgets.person_chooser import PersonChooser
from ..widgets.record_combo import RecordCombo
from ..widgets.screen_fit import fit_to_screen, scrolling

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OUTCOME_COLOURS = {"passed": "#1e7b34", "failed_votes": "#b3261e", "failed_quorum": "#b3261e"}


def _spin(high: int = 999) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, high)
    return spin


class MeetingDialog(QDialog):
    """Shown with ``show()`` (not modal: a secretary keeps it open during the meeting). Each part saves
    itself: the header, attendance and minutes with Save; an agenda item, a vote and an action with their
    own buttons."""

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.meeting_id = meeting_id
        self.detail: meetings.MeetingDetail | None = None
        self.setWindowTitle(self.tr("Meeting"))
        layout = QVBoxLayout(self)

        header = QFormLayout()
        self.council_label = QLabel()
        header.addRow(self.tr("Council:"), self.council_label)
        self.title_edit = QLineEdit()
        header.addRow(self.tr("Meeting:"), self.title_edit)
        self.time_edit = datetime_edit(datetime.now(), self)
        header.addRow(self.tr("Time:"), self.time_edit)
        self.site_chooser = SiteChooser(db, self)
        header.addRow(self.tr("Place:"), self.site_chooser)
        people_row = QHBoxLayout()
        self.chair_chooser = PersonChooser(db, self)
        self.recorder_chooser = PersonChooser(db, self)
        people_row.addWidget(QLabel(self.tr("Chair:")))
        people_row.addWidget(self.chair_chooser)
        people_row.addWidget(QLabel(self.tr("Recorder:")))
        people_row.addWidget(self.recorder_chooser)
        header.addRow(people_row)
        layout.addLayout(header)

        status_row = QHBoxLayout()
        self.status_label = QLabel()
        status_row.addWidget(self.status_label)
        self.notice_button = QPushButton(self.tr("Notice posted"))
        self.held_button = QPushButton(self.tr("Meeting held"))
        self.minutes_button = QPushButton(self.tr("Minutes approved"))
        self.archive_button = QPushButton(self.tr("Archive"))
        for button, status in ((self.notice_button, "notice_posted"), (self.held_button, "held"),
                               (self.minutes_button, "minutes_approved"), (self.archive_button, "archived")):
            status_row.addWidget(button)
            button.clicked.connect(lambda _c=False, s=status: self.advance(s))
        status_row.addStretch(1)
        layout.addLayout(status_row)
        self.warnings_label = QLabel()
        self.warnings_label.setStyleSheet("color: #b3261e;")
        self.warnings_label.setWordWrap(True)
        layout.addWidget(self.warnings_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._attendance_tab(), self.tr("Attendance"))
        self.tabs.addTab(scrolling(self._agenda_tab()), self.tr("Agenda and votes"))
        self.tabs.addTab(scrolling(self._actions_tab()), self.tr("Action items"))
        self.minutes_edit = QPlainTextEdit()
        self.tabs.addTab(self.minutes_edit, self.tr("Minutes"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.print_button = print_menu_button(self, db, lambda: self.meeting_id, meeting_documents())
        buttons.addWidget(self.print_button)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.clicked.connect(self.open_history)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        fit_to_screen(self, 1000, 780)
        # Ctrl+Z in this window undoes as the main window's 编辑 → 撤销 does: its action is shared with this window
        # (a shortcut of a window's action works in that window only); a text field with focus keeps Ctrl+Z
        # for its own typing
        undo = getattr(parent.window(), "undo_action", None) if parent is not None else None
        if isinstance(undo, QAction):
            self.addAction(undo)
        self.reload()
        operations.hub().changed.connect(self._data_changed)

    def _data_changed(self, record_type: str) -> None:
        """An undo (or a restore) from the main window, which this window stays open beside: show what it left,
        at once; when it took back the meeting itself, close."""
        if record_type != "" or not self.isVisible():
            return
        try:
            meetings.get_meeting(self.db, self.meeting_id)
        except NotFoundError:
            self.close()
            return
        self.reload()

    # --- building the tabs ----------------------------------------------------------------------------
    def _attendance_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.attendance_table = QTableWidget(0, 3)
        self.attendance_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Seat"), self.tr("Attendance")])
        self.attendance_table.verticalHeader().hide()
        self.attendance_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attendance_table.horizontalHeader().resizeSection(0, 180)
        self.attendance_table.horizontalHeader().resizeSection(1, 180)
        self.attendance_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.attendance_table, 1)
        self.quorum_label = QLabel()
        layout.addWidget(self.quorum_label)
        row = QHBoxLayout()
        self.observer_chooser = PersonChooser(self.db, self)
        self.add_observer_button = QPushButton(self.tr("Add non-voting attendee"))
        row.addWidget(self.observer_chooser, 1)
        row.addWidget(self.add_observer_button)
        layout.addLayout(row)
        self.add_observer_button.clicked.connect(self.add_observer)
        return tab

    def _agenda_tab(self) -> QWidget:
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.items_list = QListWidget()
        left_layout.addWidget(self.items_list, 1)
        self.new_item_button = QPushButton(self.tr("New agenda item"))
        self.delete_item_button = QPushButton(self.tr("Remove agenda item"))
        left_layout.addWidget(self.new_item_button)
        left_layout.addWidget(self.delete_item_button)
        splitter.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        self.item_title = QLineEdit()
        form.addRow(self.tr("Topic:"), self.item_title)
        self.item_proposer = PersonChooser(self.db, self)
        form.addRow(self.tr("Proposer:"), self.item_proposer)
        self.item_source = RecordCombo()
        self.item_source.set_choices(labels.agenda_sources())
        form.addRow(self.tr("Source:"), self.item_source)
        self.item_appeal = RecordCombo(self.tr("(no appeal)"))
        form.addRow(self.tr("Appeal:"), self.item_appeal)
        self.item_materials = QPlainTextEdit()
        self.item_materials.setFixedHeight(50)
        form.addRow(self.tr("Materials:"), self.item_materials)
        self.item_recurring = QCheckBox(self.tr("On every meeting's agenda"))
        form.addRow("", self.item_recurring)
        self.item_discussion = QPlainTextEdit()
        self.item_discussion.setFixedHeight(60)
        form.addRow(self.tr("Discussion:"), self.item_discussion)
        self.save_item_button = QPushButton(self.tr("Save agenda item"))
        form.addRow("", self.save_item_button)

        vote = QGroupBox(self.tr("Vote by show of hands"))
        vote_form = QFormLayout(vote)
        self.present_spin = _spin()
        vote_form.addRow(self.tr("Members present at the vote:"), self.present_spin)
        counts = QHBoxLayout()
        self.for_spin, self.against_spin, self.abstain_spin = _spin(), _spin(), _spin()
        for label, spin in ((self.tr("For"), self.for_spin), (self.tr("Against"), self.against_spin),
                            (self.tr("Abstain"), self.abstain_spin)):
            counts.addWidget(QLabel(label))
            counts.addWidget(spin)
        counts.addStretch(1)
        vote_form.addRow(counts)
        self.item_resolution = QPlainTextEdit()
        self.item_resolution.setFixedHeight(50)
        vote_form.addRow(self.tr("Resolution:"), self.item_resolution)
        self.vote_button = QPushButton(self.tr("Record the vote"))
        vote_form.addRow("", self.vote_button)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        vote_form.addRow(self.tr("Outcome:"), self.outcome_label)
        form.addRow(vote)
        splitter.addWidget(right)
        splitter.setSizes([280, 680])

        self.new_item_button.clicked.connect(self.new_item)
        self.delete_item_button.clicked.connect(self.delete_item)
        self.save_item_button.clicked.connect(self.save_item)
        self.vote_button.clicked.connect(self.record_vote)
        self.items_list.currentItemChanged.connect(lambda *_a: self._show_item())
        return splitter

    def _actions_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.actions_table = QTableWidget(0, 5)
        self.actions_table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                                      self.tr("Status"), self.tr("Result")])
        self.actions_table.verticalHeader().hide()
        self.actions_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.actions_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        for column, width in enumerate((220, 100, 120, 80)):
            self.actions_table.horizontalHeader().resizeSection(column, width)
        self.actions_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.actions_table, 1)

        add = QGroupBox(self.tr("New action item"))
        add_form = QFormLayout(add)
        self.action_title = QLineEdit()
        add_form.addRow(self.tr("Action:"), self.action_title)
        self.action_item_combo = RecordCombo(self.tr("(not tied to an agenda item)"))
        add_form.addRow(self.tr("Agenda item:"), self.action_item_combo)
        self.action_owner = PersonChooser(self.db, self)
        add_form.addRow(self.tr("Owner:"), self.action_owner)
        self.action_due = date_edit(None, self)
        add_form.addRow(self.tr("Due date:"), self.action_due)
        self.add_action_button = QPushButton(self.tr("Add action item"))
        add_form.addRow("", self.add_action_button)
        layout.addWidget(add)

        done = QGroupBox(self.tr("Close the selected action item"))
        done_form = QFormLayout(done)
        self.action_result = QLineEdit()
        done_form.addRow(self.tr("Result:"), self.action_result)
        self.action_satisfaction = RecordCombo()
        self.action_satisfaction.set_choices(labels.satisfaction())
        done_form.addRow(self.tr("Resident's satisfaction (if it closes the appeal):"), self.action_satisfaction)
        self.action_done_button = QPushButton(self.tr("Mark done"))
        done_form.addRow("", self.action_done_button)
        layout.addWidget(done)
        self.add_action_button.clicked.connect(self.add_action)
        self.action_done_button.clicked.connect(self.mark_action_done)
        return tab

    # --- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        detail = operations.read(self, meetings.get_meeting, self.db, self.meeting_id)
        if detail is None:
            return
        self.detail = detail
        self.setWindowTitle(detail.title)
        self.council_label.setText(detail.council_name)
        self.title_edit.setText(detail.title)
        self.time_edit.setDateTime(to_qdatetime(detail.starts_at))
        self.site_chooser.set_site_id(detail.site_id)
        self.chair_chooser.set_person(detail.chair_id, detail.chair_name)
        self.recorder_chooser.set_person(detail.recorder_id, detail.recorder_name)
        self.minutes_edit.setPlainText(detail.minutes)
        self._show_status()
        self._show_attendance()
        self._load_appeals()
        self._show_items()
        self._show_actions()

    def _show_status(self) -> None:
        assert self.detail is not None
        status = self.detail.status
        self.status_label.setText(self.tr("Status: %1").replace("%1", labels.meeting_statuses().get(status, status)))
        self.notice_button.setEnabled(status == "planned")
        self.held_button.setEnabled(status in ("planned", "notice_posted"))
        self.minutes_button.setEnabled(status == "held")
        self.archive_button.setEnabled(status == "minutes_approved")
        self.warnings_label.setText(self.detail.warnings)
        self.warnings_label.setVisible(bool(self.detail.warnings))

    def _show_attendance(self) -> None:
        assert self.detail is not None
        seats, states = labels.council_seats(), labels.attendance_statuses()
        table = self.attendance_table
        table.setRowCount(len(self.detail.attendance))
        for n, row in enumerate(self.detail.attendance):
            name = QTableWidgetItem(row.name)
            name.setData(ITEM_ID_ROLE, row.person_id)
            table.setItem(n, 0, name)
            seat = QTableWidgetItem(seats.get(row.seat, row.seat))
            seat.setData(ITEM_ID_ROLE, row.seat)
            table.setItem(n, 1, seat)
            combo = QComboBox()
            choices = ("observer",) if row.status == "observer" else ("present", "leave", "absent")
            for code in choices:
                combo.addItem(states[code], code)
            combo.setCurrentIndex(max(0, combo.findData(row.status)))
            combo.currentIndexChanged.connect(lambda _i: self._show_quorum())
            table.setCellWidget(n, 2, combo)
        self._show_quorum()

    def attendance_entries(self) -> list[tuple[str, str, str]]:
        table = self.attendance_table
        return [(table.item(n, 0).data(ITEM_ID_ROLE), table.item(n, 1).data(ITEM_ID_ROLE) or "",
                 table.cellWidget(n, 2).currentData()) for n in range(table.rowCount())]  # type: ignore[union-attr]

    def set_attendance(self, person_name: str, status: str) -> None:
        """Choose ``status`` in the row of ``person_name`` (what picking it in the drop-down does)."""
        table = self.attendance_table
        for n in range(table.rowCount()):
            if table.item(n, 0).text() == person_name:
                combo = table.cellWidget(n, 2)
                combo.setCurrentIndex(combo.findData(status))  # type: ignore[union-attr]
                return
        raise KeyError(person_name)

    def _show_quorum(self) -> None:
        if self.detail is None:
            return
        entries = self.attendance_entries()
        members = sum(1 for e in entries if e[2] != "observer")
        present = sum(1 for e in entries if e[2] == "present")
        needed = quorum_needed(self.detail.rules, members)
        votes = votes_needed(self.detail.rules, members)
        text = self.tr("%1 of %2 members present; quorum %3; a motion needs %4 votes for") \
            .replace("%1", str(present)).replace("%2", str(members)).replace("%3", str(needed)).replace("%4", str(votes))
        if present < needed:
            text += self.tr(" — no quorum: nothing can pass")
        self.quorum_label.setText(text)

    def _load_appeals(self) -> None:
        from coordinator_app.core.services import councils

        assert self.detail is not None
        council = operations.read(self, councils.get_council, self.db, self.detail.council_id, default=None)
        street = council["street_id"] if council else None
        rows = operations.read(self, appeals.list_appeals, self.db,
                               appeals.AppealFilter(street_id=street, community_id=council["community_id"] if council
                                                    else None, open_only=True), 0, 100, default=[])
        options = [(r.id, f"{format_date(r.received_on)} {r.content[:24]}") for r in rows]
        linked = {i.appeal_id for i in self.detail.agenda if i.appeal_id} - {o[0] for o in options}
        for appeal_id in sorted(linked):
            data = operations.read(self, appeals.get_appeal, self.db, appeal_id, default=None)
            if data:
                options.append((appeal_id, f"{format_date(data['received_on'])} {data['content'][:24]}"))
        self.item_appeal.set_options(options)

    def _show_items(self, select: str | None = None) -> None:
        assert self.detail is not None
        keep = select or self.current_item_id()
        outcomes = labels.vote_outcomes()
        self.items_list.blockSignals(True)
        self.items_list.clear()
        for n, item in enumerate(self.detail.agenda, start=1):
            text = f"{n}. {item.title}"
            if item.outcome:
                text += f"（{outcomes.get(item.outcome, item.outcome)}）"
            entry = QListWidgetItem(text)
            entry.setData(ITEM_ID_ROLE, item.id)
            self.items_list.addItem(entry)
            if item.id == keep:
                self.items_list.setCurrentItem(entry)
        self.items_list.blockSignals(False)
        self.action_item_combo.set_options([(i.id, f"{n}. {i.title}") for n, i in enumerate(self.detail.agenda, 1)])
        self._show_item()

    def current_item_id(self) -> str | None:
        item = self.items_list.currentItem()
        return item.data(ITEM_ID_ROLE) if item else None

    def current_item(self) -> meetings.AgendaRow | None:
        item_id = self.current_item_id()
        return next((i for i in self.detail.agenda if i.id == item_id), None) if self.detail else None

    def _show_item(self) -> None:
        item = self.current_item()
        present = self.detail.present if self.detail else 0
        self.item_title.setText(item.title if item else "")
        self.item_proposer.set_person(item.proposer_id if item else None, item.proposer_name if item else "")
        self.item_source.set_current_id(item.source if item else "proposal")
        self.item_appeal.set_current_id(item.appeal_id if item else None)
        self.item_materials.setPlainText(item.materials if item else "")
        self.item_recurring.setChecked(bool(item and item.recurring))
        self.item_discussion.setPlainText(item.discussion if item else "")
        self.item_resolution.setPlainText(item.resolution if item else "")
        self.present_spin.setValue(item.present_at_vote if item and item.present_at_vote is not None else present)
        self.for_spin.setValue(item.votes_for or 0 if item else 0)
        self.against_spin.setValue(item.votes_against or 0 if item else 0)
        self.abstain_spin.setValue(item.votes_abstain or 0 if item else 0)
        self._show_outcome(item.outcome if item else None, item.outcome_reason if item else "")
        for widget in (self.vote_button, self.delete_item_button):
            widget.setEnabled(item is not None)

    def _show_outcome(self, outcome: str | None, reason: str) -> None:
        if not outcome:
            self.outcome_label.setText(self.tr("Not voted yet"))
            self.outcome_label.setStyleSheet("")
            return
        self.outcome_label.setText(f"{labels.vote_outcomes().get(outcome, outcome)}：{shown_reason(reason)}")
        self.outcome_label.setStyleSheet(f"color: {OUTCOME_COLOURS.get(outcome, '#000')}; font-weight: bold;")

    def _show_actions(self) -> None:
        assert self.detail is not None
        statuses = labels.action_statuses()
        table = self.actions_table
        table.setRowCount(len(self.detail.actions))
        for n, action in enumerate(self.detail.actions):
            title = QTableWidgetItem(action.title)
            title.setData(ITEM_ID_ROLE, action.id)
            cells = [title, QTableWidgetItem(action.owner_name), QTableWidgetItem(format_date(action.due_on)),
                     QTableWidgetItem(statuses.get(action.status, action.status)), QTableWidgetItem(action.result)]
            for column, cell in enumerate(cells):
                table.setItem(n, column, cell)

    # --- saving -------------------------------------------------------------------------------------
    def open_history(self) -> QWidget:
        """The meeting's own history (修改记录): status, time, place, chair, minutes…"""
        from ..dialogs.history_dialog import open_history

        title = self.tr("History of the meeting “%1”").replace("%1", self.windowTitle())
        return open_history(self, self.db, self.meeting_id, title, "meeting")

    def save(self) -> bool:
        assert self.detail is not None
        values: dict[str, Any] = {
            "council_id": self.detail.council_id, "title": self.title_edit.text(),
            "starts_at": from_qdatetime(self.time_edit.dateTime()), "site_id": self.site_chooser.site_id(),
            "chair_id": self.chair_chooser.person_id(), "recorder_id": self.recorder_chooser.person_id(),
            "minutes": self.minutes_edit.toPlainText(),
        }
        fields = {"title": self.title_edit, "starts_at": self.time_edit, "minutes": self.minutes_edit}
        if write_form(self, "meeting", fields, lambda: meetings.update_meeting(self.db, self.meeting_id, values)
                      or True) is None:
            return False
        if operations.write(self, "attendance", lambda: meetings.save_attendance(
                self.db, self.meeting_id, self.attendance_entries()) or True) is None:
            return False
        self.reload()
        return True

    def advance(self, status: str) -> None:
        if not self.save():
            return
        warnings = operations.write(self, "meeting", meetings.change_status, self.db, self.meeting_id, status)
        if warnings is None:
            return
        if warnings:
            QMessageBox.warning(self, self.tr("Recorded with a warning"), "\n".join(warnings))
        self.reload()

    def add_observer(self) -> None:
        person_id = self.observer_chooser.person_id()
        if person_id is None:
            warn(self, self.tr("Type a name and choose the person from the list first."), self.observer_chooser)
            return
        entries = [e for e in self.attendance_entries() if e[0] != person_id] + [(person_id, "", "observer")]
        if operations.write(self, "attendance", meetings.save_attendance, self.db, self.meeting_id, entries) is None:
            return
        self.observer_chooser.set_person(None)
        self.reload()

    def item_values(self) -> dict[str, Any]:
        return {"title": self.item_title.text(), "proposer_id": self.item_proposer.person_id(),
                "source": self.item_source.current_id(), "appeal_id": self.item_appeal.current_id(),
                "materials": self.item_materials.toPlainText(), "recurring": self.item_recurring.isChecked(),
                "discussion": self.item_discussion.toPlainText(), "resolution": self.item_resolution.toPlainText()}

    def new_item(self) -> None:
        self.items_list.setCurrentItem(None)  # type: ignore[arg-type]
        self.items_list.clearSelection()
        self._show_item()
        self.item_title.setFocus()

    def save_item(self) -> str | None:
        fields = {"title": self.item_title, "source": self.item_source, "appeal_id": self.item_appeal,
                  "proposer_id": self.item_proposer}
        saved = write_form(self, "agenda_item", fields, meetings.save_agenda_item, self.db, self.meeting_id,
                           self.item_values(), self.current_item_id())
        if saved:
            self.reload()
            self._show_items(select=saved)
        return saved

    def delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id and operations.write(self, "agenda_item", meetings.delete_agenda_item, self.db, item_id) is not None:
            self.reload()

    def record_vote(self) -> None:
        item_id = self.current_item_id() or self.save_item()
        if not item_id:
            return
        fields = {"votes_for": self.for_spin, "votes_against": self.against_spin, "votes_abstain": self.abstain_spin,
                  "present_at_vote": self.present_spin}
        outcome = write_form(self, "agenda_item", fields, meetings.record_vote, self.db, item_id,
                             self.for_spin.value(), self.against_spin.value(), self.abstain_spin.value(),
                             self.item_resolution.toPlainText(), self.present_spin.value())
        if outcome is not None:
            self.reload()
            self._show_items(select=item_id)

    def add_action(self) -> None:
        values = {"title": self.action_title.text(), "meeting_id": self.meeting_id,
                  "agenda_item_id": self.action_item_combo.current_id(), "owner_id": self.action_owner.person_id(),
                  "due_on": from_qdate(self.action_due.date())}
        saved = write_form(self, "action_item", {"title": self.action_title}, meetings.save_action, self.db, values)
        if saved:
            self.action_title.clear()
            self.reload()

    def selected_action_id(self) -> str | None:
        rows = self.actions_table.selectionModel().selectedRows()
        return self.actions_table.item(rows[0].row(), 0).data(ITEM_ID_ROLE) if rows else None

    def mark_action_done(self) -> None:
        action_id = self.selected_action_id()
        if action_id is None:
            warn(self, self.tr("Select an action item in the table first."), self.actions_table)
            return
        result: list[str | None] = []
        done = write_form(self, "action_item", {"result": self.action_result}, lambda: result.append(
            meetings.set_action_status(self.db, action_id, "done", self.action_result.text())) or True)
        if done is None:
            return
        self.action_result.clear()
        appeal_id = result[0] if result else None
        if appeal_id:
            answer = QMessageBox.question(
                self, self.tr("Close the appeal?"),
                self.tr("Every action item for this appeal is done. Close the appeal (办结) with their results?"))
            if answer == QMessageBox.StandardButton.Yes:
                operations.write(self, "appeal", meetings.close_appeal_by_actions, self.db, appeal_id,
                                 self.action_satisfaction.current_id() or "satisfied")
        self.reload()
