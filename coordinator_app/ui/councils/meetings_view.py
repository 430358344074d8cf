"""Meetings: all of them or one council's, newest first, a page at a time; open one, plan a new one, or
make the next one from the selected meeting."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import councils, meetings

from .. import labels, operations
from ..dialogs.history_dialog import open_history
from ..formatting import format_datetime
from ..stations.fields import warn
from ..widgets.lazy_table_model import Column, LazyTableModel
from ..widgets.name_column import give_name_column_the_room
from ..widgets.record_combo import RecordCombo
from ..widgets.refresh_when_shown import RefreshWhenShown
from .meeting_dialog import MeetingDialog

Row = meetings.MeetingRow


class MeetingsView(RefreshWhenShown, QWidget):
    relevant_changes = None  # council names, attendance and agenda counts: refreshed on every change

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.council_filter = RecordCombo(self.tr("All councils"))
        self.council_filter.setMinimumContentsLength(12)  # a council name; the list drops down wider
        self.status_filter = RecordCombo(self.tr("All statuses"))
        self.status_filter.set_choices(labels.meeting_statuses())
        self.new_button = QPushButton(self.tr("Plan a meeting…"))
        self.next_button = QPushButton(self.tr("Next meeting…"))
        self.next_button.setToolTip(self.tr("Plan the council's next meeting from the chosen one: same place, chair "
                                            "and recorder, the members, and its recurring topics"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # on two lines rather than widen a small window
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Council:")))
        row.addWidget(self.council_filter, 1)
        row.addWidget(self.status_filter)
        row.addWidget(self.new_button)
        row.addWidget(self.next_button)
        row.addWidget(self.open_button)
        row.addWidget(self.history_button)
        row.addWidget(self.count_label)
        statuses = labels.meeting_statuses()
        self.model = LazyTableModel([
            Column(self.tr("Time"), lambda r: format_datetime(r.starts_at), "starts"),
            Column(self.tr("Council"), lambda r: r.council_name),
            Column(self.tr("Meeting"), lambda r: r.title),
            Column(self.tr("Place"), lambda r: r.site_name),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
            Column(self.tr("Present"), lambda r: f"{r.present}/{r.members}"),
            Column(self.tr("Agenda items"), lambda r: str(r.items)),
        ], self._count, self._fetch, self.current_filter(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for column, width in enumerate((150, 200, 260, 200, 90, 60)):
            self.table.horizontalHeader().resizeSection(column, width)
        give_name_column_the_room(self.table, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.council_filter.idChanged.connect(lambda _id: self.apply_filter())
        self.status_filter.idChanged.connect(lambda _id: self.apply_filter())
        self.new_button.clicked.connect(lambda: self.plan_meeting())
        self.next_button.clicked.connect(lambda: self.next_meeting())
        self.history_button.clicked.connect(lambda: self.open_history())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._councils_loaded = False
        self.watch_changes(load_when_shown=True)
        self._update_buttons()

    def _load_councils(self) -> None:
        self.council_filter.set_options(operations.read(self, councils.council_options, self.db, default=[]))
        self._councils_loaded = True

    def current_filter(self) -> meetings.MeetingFilter:
        return meetings.MeetingFilter(council_id=self.council_filter.current_id(),
                                      status=self.status_filter.current_id())

    def _count(self, f: meetings.MeetingFilter) -> int:
        return operations.read(self, meetings.count_meetings, self.db, f, default=0)

    def _fetch(self, f: meetings.MeetingFilter, offset: int, limit: int, sort: str, descending: bool) -> list[Row]:
        return operations.read(self, meetings.list_meetings, self.db, f, offset, limit, default=[])

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%1 meetings").replace("%1", f"{self.model.total():,}"))
        self._stale = False  # also when a council is chosen while the tab is hidden: nothing to do when shown
        self._update_buttons()

    def refresh(self) -> None:
        if not self._councils_loaded:
            self._load_councils()
        self.apply_filter()

    def set_council(self, council_id: str) -> None:
        if not self._councils_loaded:
            self._load_councils()
        self.council_filter.set_current_id(council_id)
        self.apply_filter()

    def _note_change(self, record_type: str) -> None:
        if record_type in ("council", ""):
            self._councils_loaded = False  # the council chooser is filled again

    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.open_button.setEnabled(chosen)
        self.next_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)

    def open_meeting(self, meeting_id: str) -> MeetingDialog:
        dialog = MeetingDialog(self.db, meeting_id, self)
        dialog.show()
        return dialog

    def open_selected(self) -> MeetingDialog | None:
        row = self.selected_row()
        return self.open_meeting(row.id) if row else None

    def open_history(self) -> QWidget | None:
        row = self.selected_row()
        if row is None:
            return None
        title = self.tr("History of the meeting “%1”").replace("%1", row.title or format_datetime(row.starts_at))
        return open_history(self, self.db, row.id, title, "meeting")

    def plan_meeting(self) -> MeetingDialog | None:
        council_id = self.council_filter.current_id()
        if council_id is None:
            warn(self, self.tr("Choose the council first."), self.council_filter)
            return None
        starts = (datetime.now() + timedelta(days=7)).replace(hour=19, minute=0, second=0, microsecond=0)
        meeting_id = operations.write(self, "meeting", meetings.create_meeting, self.db,
                                      {"council_id": council_id, "starts_at": starts})
        return self.open_meeting(meeting_id) if meeting_id else None

    def next_meeting(self) -> MeetingDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        detail = operations.read(self, meetings.get_meeting, self.db, row.id)
        if detail is None:
            return None
        starts = max(row.starts_at + timedelta(days=30), datetime.now().replace(second=0, microsecond=0))
        meeting_id = operations.write(self, "meeting", meetings.create_from_previous, self.db, row.id, starts)
        return self.open_meeting(meeting_id) if meeting_id else None
