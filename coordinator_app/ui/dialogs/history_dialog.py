"""A record's history (修改记录): who changed what, when, from which value to which, newest first.

Every history window has one title form, ``history_title``: 修改记录：<the record>."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import history_notes, records

from .. import labels, operations
from ..formatting import format_date, format_datetime
from ..widgets.lazy_table_model import Column
from ..widgets.row_table_model import RowTableModel
from ..widgets.timestamps import format_stored_time

CREATED_FIELD = "*created"


class ValueFormatter:
    """Turns the change log's stored text into what the user recognises: names instead of ids, labels
    instead of codes, Chinese dates, 是/否."""

    def __init__(self, db: Database, entries: list[records.HistoryEntry], record_type: str | None = None) -> None:
        references = [(e.field, v) for e in entries for v in (e.old_value, e.new_value) if v]
        self.names = operations.read(None, records.reference_names, db, references, default={}) or {}
        self.vocabularies = {"kind": {**labels.site_kinds(), **labels.resource_kinds()},
                             "level": labels.party_org_levels(), "role": labels.person_roles(),
                             "category": labels.unit_categories(), "resource_kind": labels.resource_kinds(),
                             "channel": labels.contact_channels(), "outcome": labels.match_outcomes(),
                             "status": {**labels.resource_statuses(), **labels.agreement_statuses(),
                                        **labels.need_statuses()},
                             "seat": labels.council_seats(), "source": labels.agenda_sources(),
                             "satisfaction": labels.satisfaction()}
        # codes that mean different things in different record types (an appeal's "closed", a need's "closed")
        self.vocabularies.update(_RECORD_VOCABULARIES.get(record_type or "", dict)())

    def __call__(self, field: str, value: str | None) -> str:
        if value is None or value == "":
            return ""
        if field in records.REFERENCE_FIELDS:
            return self.names.get(value, value)
        if field in self.vocabularies:
            return self.vocabularies[field].get(value, value)
        if field == "deleted_at":
            try:
                return format_stored_time(datetime.fromisoformat(value))
            except ValueError:
                return value
        if field in ("starts_at", "notice_posted_at"):
            try:
                return format_datetime(datetime.fromisoformat(value))
            except ValueError:
                return value
        if field.endswith(("_date", "_on")) or field in ("valid_until", "needed_by"):
            try:
                return format_date(date.fromisoformat(value))
            except ValueError:
                return value
        if (field.startswith("is_") or field in ("in_charity_alliance", "recurring")) and value in ("0", "1"):
            return labels.yes_no(value == "1")
        return value


def _council_vocabularies() -> dict[str, dict[str, str]]:
    return {"kind": labels.council_kinds()}


def _meeting_vocabularies() -> dict[str, dict[str, str]]:
    return {"status": labels.meeting_statuses()}


def _appeal_vocabularies() -> dict[str, dict[str, str]]:
    return {"status": labels.appeal_statuses(), "channel": labels.appeal_channels(),
            "category": labels.appeal_categories()}


def _agenda_vocabularies() -> dict[str, dict[str, str]]:
    return {"outcome": labels.vote_outcomes()}


def _action_vocabularies() -> dict[str, dict[str, str]]:
    return {"status": labels.action_statuses()}


def _attendance_vocabularies() -> dict[str, dict[str, str]]:
    return {"status": labels.attendance_statuses()}


#: per record type, the vocabularies that take precedence over the shared ones
_RECORD_VOCABULARIES = {"council": _council_vocabularies, "meeting": _meeting_vocabularies,
                        "appeal": _appeal_vocabularies, "agenda_item": _agenda_vocabularies,
                        "action_item": _action_vocabularies, "attendance": _attendance_vocabularies}


def history_title(subject: str) -> str:
    """The title of a history window: 修改记录：<the record> (its name, or a short description)."""
    return QCoreApplication.translate("HistoryDialog", "History: %1").replace("%1", subject)


def open_history(parent: QWidget, db: Database, record_id: str, title: str,
                 record_type: str | None = None) -> HistoryDialog:
    """Shows a record's history without blocking the window; the dialog deletes itself when closed."""
    dialog = HistoryDialog(db, record_id, title, parent, record_type=record_type)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class HistoryDialog(QDialog):
    def __init__(self, db: Database, record_id: str, title: str, parent: QWidget | None = None,
                 entries: list[records.HistoryEntry] | None = None, record_type: str | None = None) -> None:
        """``entries``: a history gathered by the caller (a unit's with the units merged into it);
        ``record_type`` picks the meaning of codes shared by several types (an appeal's or a meeting's status)."""
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.setWindowTitle(title)
        self.resize(900, 480)
        fields = labels.record_field_names(record_type)
        if entries is None:
            entries = operations.read(self, records.history, db, record_id, default=[]) or []
        value = ValueFormatter(db, entries, record_type)

        def field_label(e: records.HistoryEntry) -> str:
            return fields.get(e.field, e.field)

        def old_text(e: records.HistoryEntry) -> str:
            return "" if e.field == CREATED_FIELD else value(e.field, e.old_value)

        def new_text(e: records.HistoryEntry) -> str:
            if e.field == "deleted_at" and not e.new_value:
                return self.tr("(restored)")
            return value(e.field, e.new_value)

        self.model: RowTableModel[records.HistoryEntry] = RowTableModel([
            Column(self.tr("Time"), lambda e: format_stored_time(e.changed_at)),
            Column(self.tr("User"), lambda e: e.user_name),
            Column(self.tr("Action"), lambda e: e.action),
            Column(self.tr("Field"), field_label),
            Column(self.tr("Old value"), old_text),
            Column(self.tr("New value"), new_text),
        ], entries, id_of=lambda e: None, parent=self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        metrics = self.table.fontMetrics()
        for column, width in enumerate((150, 80, 110, 100)):
            if column in (2, 3):  # an action or a field named in full (导出完整个人信息, 统一社会信用代码)
                texts = {self.model.data(self.model.index(row, column)) or "" for row in range(len(entries))}
                width = max([width, *(metrics.horizontalAdvance(t) + 16 for t in texts)])
            self.table.setColumnWidth(column, width)
        for column in (4, 5):  # old and new values share the rest; the full text is in the tooltip
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        count = QLabel(self.tr("%1 changes").replace("%1", str(len(entries))) if entries else "")
        # an empty history says why, in the table's place
        self.empty_note = QLabel(self._why_empty(db, record_id) if not entries else "")
        self.empty_note.setObjectName("historyEmptyNote")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(not entries)
        self.table.setVisible(bool(entries))
        if not entries:
            self.resize(560, 220)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(count)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note, 1)
        layout.addLayout(bottom)

    def _why_empty(self, db: Database, record_id: str) -> str:
        if operations.read(self, history_notes.loaded_by_demo, db, record_id, default=False):
            return self.tr("This record was loaded in bulk with the demo data and has not been changed since.")
        return self.tr("No changes have been recorded for this record yet.")

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [[self.model.data(self.model.index(r, c)) for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]
