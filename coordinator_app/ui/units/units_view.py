"""The Units tab (共建单位): search and filters (street, community, category incl. 两新组织, charity alliance,
not contacted for N days), the list (sorted and paged in SQL), and the buttons to add, open a unit's page,
merge duplicates, delete and see the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import units

from .. import labels, operations
from ..exchange.actions import ExchangeButtons
from ..formatting import format_date
from ..widgets.filtered_list import FilteredListMixin
from ..widgets.lazy_table_model import Column, LazyTableModel
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.name_column import give_name_column_the_room
from ..widgets.record_combo import RecordCombo
from ..widgets.search_box import SearchBox

RELEVANT_CHANGES = {"", "co_unit", "unit_contact", "street", "community"}


class UnitsView(FilteredListMixin, QWidget):
    relevant_changes = frozenset(RELEVANT_CHANGES)
    ids_query = staticmethod(units.unit_ids)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = SearchBox(self.tr("Search name, credit code, address, contact or tags"))
        self.search.setObjectName("unitSearch")
        self.search.setMinimumWidth(120)  # grows with the window; 1024 pixels leave this much
        self.location = StreetCommunityFilter(db, self)
        self.category = RecordCombo(self.tr("All categories"))
        self.category.setObjectName("unitCategoryFilter")
        self.category.set_choices(labels.unit_category_filters())
        self.alliance = QCheckBox(self.tr("Charity alliance"))
        self.alliance.setObjectName("allianceFilter")
        self.stale_check = QCheckBox(self.tr("Not contacted for"))
        self.stale_check.setObjectName("staleFilter")
        self.stale_days = QSpinBox()
        self.stale_days.setObjectName("staleDays")
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(90)
        self.stale_days.setSuffix(self.tr(" days"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.location, 2)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.alliance)
        filters.addWidget(self.stale_check)
        filters.addWidget(self.stale_days)

        categories = labels.unit_categories()
        columns: list[Column[units.UnitRow]] = [
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Category"), lambda r: categories.get(r.category, r.category), "category"),
            Column(self.tr("Credit code"), lambda r: r.credit_code, "credit_code"),
            Column(self.tr("Street"), lambda r: r.street_name, "street"),
            Column(self.tr("Community"), lambda r: r.community_name, "community"),
            Column(self.tr("Contact person"), lambda r: r.contact_name, "contact"),
            Column(self.tr("Alliance"), lambda r: labels.yes_no(r.in_charity_alliance) if r.in_charity_alliance else ""),
            Column(self.tr("Last contact"), lambda r: format_date(r.last_contact) if r.last_contact else
                   self.tr("never"), "last_contact"),
        ]
        self.model: LazyTableModel[units.UnitRow] = LazyTableModel(
            columns, lambda f: operations.read(None, units.count_units, db, f, default=0),
            lambda f, offset, limit, sort, descending: operations.read(
                None, units.list_units, db, f, offset, limit, sort, descending, default=[]),
            self._current_filter(), self)
        self.table = QTableView()
        self.table.setObjectName("unitsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((290, 130, 170, 90, 110, 90, 60, 130)):
            self.table.setColumnWidth(column, width)
        give_name_column_the_room(self.table, 0)
        header.setHighlightSections(False)

        self.count_label = QLabel()
        self.count_label.setObjectName("unitCount")
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("newUnit")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openUnit")
        self.merge_button = QPushButton(self.tr("Merge duplicates…"))
        self.merge_button.setObjectName("mergeUnit")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteUnit")
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("unitListHistory")
        self.print_button = QPushButton(self.tr("Print roster…"))
        self.print_button.setObjectName("printUnitRoster")
        self.print_button.clicked.connect(self.print_roster)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.new_button, self.open_button, self.merge_button, self.delete_button, self.history_button,
                       self.print_button):
            buttons.addWidget(button)
        self.exchange = ExchangeButtons(db, "units", self.filtered_ids_query, self)
        buttons.addWidget(self.exchange)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.settled.connect(lambda _t: self.apply_filter())
        self.location.changed.connect(self.apply_filter)
        self.category.idChanged.connect(lambda _c: self.apply_filter())
        self.alliance.toggled.connect(lambda _on: self.apply_filter())
        self.stale_check.toggled.connect(lambda _on: self.apply_filter())
        self.stale_days.valueChanged.connect(lambda _v: self.apply_filter() if self.stale_check.isChecked() else None)
        self.new_button.clicked.connect(self.new_unit)
        self.open_button.clicked.connect(lambda _c=False: self.open_unit())
        self.merge_button.clicked.connect(self.merge)
        self.delete_button.clicked.connect(self.delete_unit)
        self.history_button.clicked.connect(self.show_history)
        self._connect_list(self.open_unit)

    # --- filtering -----------------------------------------------------------------------------------
    def _current_filter(self) -> units.UnitFilter:
        return units.UnitFilter(
            text=self.search.search_text(), street_id=self.location.street_id(),
            community_id=self.location.community_id(), category=self.category.current_id(),
            alliance_only=self.alliance.isChecked(),
            not_contacted_days=self.stale_days.value() if self.stale_check.isChecked() else None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 units").replace("%1", str(self.model.total())))



    # --- selection -----------------------------------------------------------------------------------
    def print_roster(self) -> QWidget:
        """共建单位名册 of the street in the filter (or of the district)."""
        from coordinator_app.core.services import geography

        from ..printing.options_dialog import ask_and_preview

        scopes = [(self.tr("The whole district"), "all")] + [
            (s.name, s.id) for s in operations.read(self, geography.list_streets, self.db, default=[])]
        return ask_and_preview(self, self.db, "unit-roster", self.tr("Print the unit roster"),
                               target_id=self.location.street_id() or "all", scopes=scopes)

    def selected_name(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).name if rows else ""

    def select_unit(self, unit_id: str) -> bool:
        return self.select_row_id(unit_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.merge_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    # --- actions -------------------------------------------------------------------------------------
    def new_unit(self) -> None:
        from .unit_form import UnitForm

        form = UnitForm(self.db, None, self, street_id=self.location.street_id(),
                        community_id=self.location.community_id())
        form.exec()
        if form.open_instead:
            self.open_unit(form.open_instead)
        elif form.unit_id:
            self.select_unit(form.unit_id)

    def open_unit(self, unit_id: str | None = None) -> None:
        unit_id = unit_id or self.selected_id()
        if unit_id is None:
            return
        from .unit_page import UnitPage

        self.unit_page = UnitPage(self.db, unit_id, self)
        self.unit_page.exec()

    def merge(self) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        from .merge_dialog import MergeDialog

        MergeDialog(self.db, unit_id, self).exec()

    def delete_unit(self) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete unit"),
            self.tr("Move the unit “%1” to the recycle bin? It can be restored from Edit → Recycle bin.")
            .replace("%1", self.selected_name()))
        if answer == QMessageBox.StandardButton.Yes:
            operations.write(self, "co_unit", units.delete_unit, self.db, unit_id)

    def show_history(self) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        from ..dialogs.history_dialog import HistoryDialog, history_title

        entries = operations.read(self, units.unit_history, self.db, unit_id, default=[]) or []
        HistoryDialog(self.db, unit_id, history_title(self.selected_name()), self, entries).exec()
