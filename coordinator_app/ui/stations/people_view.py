"""The roster (人员): search-as-you-type, filters by role, Party membership and docked site, a lazy table
(50,000 people at district scale: fetched a page at a time, filtered and sorted in SQL)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import people

from .. import labels, operations
from ..dialogs.history_dialog import HistoryDialog, history_title
from ..exchange.actions import ExchangeButtons
from ..widgets.filtered_list import FilteredListMixin
from ..widgets.lazy_table_model import Column, LazyTableModel
from ..widgets.name_column import give_name_column_the_room
from ..widgets.search_box import SearchBox
from .assign_dialog import AssignDialog
from .choosers import SiteChooser
from .person_form import PersonForm

SEARCH_DELAY_MS = 150


class PeopleView(FilteredListMixin, QWidget):
    relevant_changes = None  # names, roles and docked sites: refreshed on every change
    ids_query = staticmethod(people.person_ids)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db

        self.search_edit = SearchBox(self.tr("Search by name, phone or skills"), SEARCH_DELAY_MS, self)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for code, label in labels.person_roles().items():
            self.role_filter.addItem(label, code)
        self.party_filter = QComboBox()
        self.party_filter.addItem(self.tr("Party members and others"), None)
        self.party_filter.addItem(self.tr("Party members"), True)
        self.party_filter.addItem(self.tr("Not Party members"), False)
        self.site_filter = SiteChooser(db, self, any_label=self.tr("All sites"))
        self.site_filter.setToolTip(self.tr("Only people docked to this site"))
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.party_filter)
        filters.addWidget(QLabel(self.tr("Docked to:")))
        filters.addWidget(self.site_filter, 1)

        self.new_button = QPushButton(self.tr("New person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.dock_button = QPushButton(self.tr("Dock to a site…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.count_label = QLabel()
        # below the table, the count on the left and the buttons on the right, as in the sites and units lists
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.dock_button,
                       self.history_button):
            actions.addWidget(button)
        self.exchange = ExchangeButtons(db, "people", self.filtered_ids_query, self)
        actions.addWidget(self.exchange)

        role_labels = labels.person_roles()
        columns: list[Column[people.PersonRow]] = [
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Phone"), lambda r: r.phone, "phone"),
            Column(self.tr("Party member"), lambda r: labels.yes_no(r.is_party_member), "party"),
            Column(self.tr("Roles"), lambda r: "、".join(role_labels.get(c, c) for c in r.roles)),
            Column(self.tr("Docked sites"), lambda r: "、".join(r.sites)),
            Column(self.tr("Skills"), lambda r: r.skills, "skills"),
        ]
        self.model = LazyTableModel(columns, lambda f: people.count_people(db, f),
                                    lambda f, o, n, s, d: people.list_people(db, f, o, n, s, d),
                                    people.PersonFilter(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((110, 130, 60, 200, 260, 180)):
            header.resizeSection(column, width)
        # a person's name is two to four characters and keeps its width: the docked sites (long names, often
        # several) take the room, and the skills keep theirs
        give_name_column_the_room(self.table, 4)
        # sorted in SQL by the model (already by name); only columns with a sort key can be clicked into order
        self._sortable = [n for n, column in enumerate(columns) if column.sort_key]
        self._sort_indicator = (0, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._sort_indicator)
        header.sortIndicatorChanged.connect(self._sort_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search_edit.settled.connect(lambda _text: self.apply_filter())
        self.role_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.party_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.site_filter.site_changed.connect(lambda _id: self.apply_filter())
        self.new_button.clicked.connect(lambda: self.open_person_form())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.dock_button.clicked.connect(self.dock_selected)
        self.history_button.clicked.connect(self.open_history)
        self._connect_list(self.edit_selected)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in self._sortable:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            return
        self._sort_indicator = (column, order)
        keep = self.selected_id()
        self.model.sort(column, order)
        if keep:
            self.select_id(keep)

    # --- filtering ------------------------------------------------------------------------------------
    def _current_filter(self) -> people.PersonFilter:
        return people.PersonFilter(text=self.search_edit.search_text(), role=self.role_filter.currentData(),
                                   party_member=self.party_filter.currentData(), site_id=self.site_filter.site_id())

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 people").replace("%1", f"{self.model.total():,}"))

    # --- selection ------------------------------------------------------------------------------------
    def selected_row(self) -> people.PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, person_id: str) -> bool:
        return self.select_row_id(person_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        for button in (self.edit_button, self.delete_button, self.dock_button, self.history_button):
            button.setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------------------
    def open_person_form(self, person_id: str | None = None) -> PersonForm:
        """Open the form (modal, without blocking) and return it; the roster selects the saved person."""
        form = PersonForm(self.db, person_id, self)
        form.accepted.connect(lambda: form.saved_id and self.select_id(form.saved_id))
        form.open()
        return form

    def edit_selected(self) -> PersonForm | None:
        person_id = self.selected_id()
        return self.open_person_form(person_id) if person_id else None

    def dock_selected(self) -> AssignDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = AssignDialog(self.db, self, person_id=row.id, person_name=row.name)
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        text = self.tr("Delete %1? The person can be restored from the recycle bin.").replace("%1", row.name)
        dockings, seats = operations.read(self, people.person_ties, self.db, row.id, default=(0, 0))
        if dockings or seats:
            text = self.tr("Delete %1? Their %2 docking(s) to sites and %3 council seat(s) go to the recycle bin "
                           "with them and come back when the person is restored.").replace("%1", row.name).replace(
                "%2", str(dockings)).replace("%3", str(seats))
        answer = QMessageBox.question(self, self.tr("Delete person"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return operations.write(self, "person", lambda: people.delete_person(self.db, row.id) or True) is not None

    def open_history(self) -> QWidget | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = HistoryDialog(self.db, row.id, history_title(row.name), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def index_of(self, person_id: str) -> QModelIndex:
        n = self.model.row_of_id(person_id)
        return self.model.index(n, 0) if n >= 0 else QModelIndex()
