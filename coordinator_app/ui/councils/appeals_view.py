"""Residents' appeals (诉求): filtered in SQL, a page at a time; overdue ones in red with a marker;
residents' names and phones masked unless "show full names" is ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals

from .. import labels, operations
from ..dialogs.history_dialog import open_history
from ..exchange.actions import ExchangeButtons
from ..formatting import format_date
from ..widgets.filtered_list import FilteredListMixin
from ..widgets.lazy_table_model import Column
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.name_column import give_name_column_the_room
from ..widgets.record_combo import RecordCombo
from ..widgets.search_box import SearchBox
from .appeal_form import AppealForm
from .marked import MarkedLazyModel

Row = appeals.AppealRow


class AppealsView(FilteredListMixin, QWidget):
    relevant_changes = frozenset({"", "appeal", "action_item"})
    ids_query = staticmethod(appeals.appeal_ids)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = SearchBox(self.tr("Search content, resident or phone"))
        self.location = StreetCommunityFilter(db, self)
        self.status_filter = RecordCombo(self.tr("All statuses"))
        self.status_filter.set_choices(labels.appeal_statuses())
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.full_names = QCheckBox(self.tr("Show full names"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.location, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.full_names)

        self.new_button = QPushButton(self.tr("New appeal…"))
        self.edit_button = QPushButton(self.tr("Open…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.history_button = QPushButton(self.tr("History…"))
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.history_button):
            actions.addWidget(button)
        self.exchange = ExchangeButtons(db, "appeals", self.filtered_ids_query, self)
        actions.addWidget(self.exchange)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        channels, categories, statuses = labels.appeal_channels(), labels.appeal_categories(), labels.appeal_statuses()
        overdue = self.tr("Overdue")
        columns = [
            Column(self.tr("Received"), lambda r: format_date(r.received_on), "received"),
            Column(self.tr("Resident"), lambda r: r.resident_name),
            Column(self.tr("Phone"), lambda r: r.resident_phone),
            Column(self.tr("Channel"), lambda r: channels.get(r.channel, r.channel), "channel"),
            Column(self.tr("Category"), lambda r: categories.get(r.category, r.category), "category"),
            Column(self.tr("Content"), lambda r: " ".join(r.content.split())),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status), "status"),
            Column(self.tr("Due"), lambda r: ("⚠ " + overdue + " " if r.overdue else "") + format_date(r.due_on), "due"),
            Column(self.tr("Street"), lambda r: r.street_name),
            Column(self.tr("Community"), lambda r: r.community_name),
            Column(self.tr("Person in charge"), lambda r: r.handler_name),
        ]
        self.model = MarkedLazyModel(columns, self._count, self._fetch, self._current_filter(), self,
                                     marked=lambda r: r.overdue)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((110, 70, 110, 60, 110, 260, 70, 150, 80, 100)):
            self.table.horizontalHeader().resizeSection(column, width)
        give_name_column_the_room(self.table, 5)  # an appeal is named by its content

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.search.settled.connect(lambda _t: self.apply_filter())
        self.location.changed.connect(self.apply_filter)
        self.status_filter.idChanged.connect(lambda _id: self.apply_filter())
        self.overdue_only.toggled.connect(lambda _on: self.apply_filter())
        self.full_names.toggled.connect(lambda _on: self.apply_filter())
        self.new_button.clicked.connect(lambda: self.open_form())
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.open_history)
        self._connect_list(self.open_selected, load_when_shown=True)

    # --- data -------------------------------------------------------------------------------------
    def _current_filter(self) -> appeals.AppealFilter:
        return appeals.AppealFilter(text=self.search.search_text(), street_id=self.location.street_id(),
                                    community_id=self.location.community_id(),
                                    status=self.status_filter.current_id(), overdue_only=self.overdue_only.isChecked())

    def _count(self, f: appeals.AppealFilter) -> int:
        return operations.read(self, appeals.count_appeals, self.db, f, default=0)

    def _fetch(self, f: appeals.AppealFilter, offset: int, limit: int, sort: str, descending: bool) -> list[Row]:
        return operations.read(self, appeals.list_appeals, self.db, f, offset, limit, sort, descending, default=[],
                               full_names=self.full_names.isChecked())

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 appeals").replace("%1", f"{self.model.total():,}"))

    # --- actions ----------------------------------------------------------------------------------
    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)

    def open_form(self, appeal_id: str | None = None) -> AppealForm:
        form = AppealForm(self.db, appeal_id, self)
        form.open()
        return form

    def open_selected(self) -> AppealForm | None:
        row = self.selected_row()
        return self.open_form(row.id) if row else None

    def open_history(self) -> QWidget | None:
        row = self.selected_row()
        if row is None:
            return None
        title = self.tr("History of the appeal received on %1").replace("%1", format_date(row.received_on))
        return open_history(self, self.db, row.id, title, "appeal")

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        answer = QMessageBox.question(self, self.tr("Delete appeal"),
                                      self.tr("Delete this appeal? It can be restored from the recycle bin."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return operations.write(self, "appeal", lambda: appeals.delete_appeal(self.db, row.id) or True) is not None
