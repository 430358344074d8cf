"""The Sites tab (阵地): search and filters, the list (sorted and paged in SQL), and the buttons to add,
edit, delete (to the recycle bin) and see a site's history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from coordinator_app.core.services import geography, sites

from .. import labels, operations
from ..exchange.actions import ExchangeButtons
from ..widgets.filtered_list import FilteredListMixin
from ..widgets.lazy_table_model import Column, LazyTableModel
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.name_column import give_name_column_the_room
from ..widgets.record_combo import RecordCombo
from ..widgets.search_box import SearchBox

#: record types whose changes can alter the list (the docking filter depends on site_assignment)
RELEVANT_CHANGES = {"", "site", "site_assignment", "street", "community", "person"}


def _count(db: Database):  # type: ignore[no-untyped-def]
    return lambda f: operations.read(None, sites.count_sites, db, f, default=0)


def _fetch(db: Database):  # type: ignore[no-untyped-def]
    return lambda f, offset, limit, sort, descending: operations.read(
        None, sites.list_sites, db, f, offset, limit, sort, descending, default=[])


class SitesView(FilteredListMixin, QWidget):
    relevant_changes = frozenset(RELEVANT_CHANGES)
    ids_query = staticmethod(sites.site_ids)

    #: 接访记录 asked for a site: the panel shows its reception log
    receptions_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db

        self.search = SearchBox(self.tr("Search name, address, phone or operator"))
        self.search.setObjectName("siteSearch")
        self.search.setMinimumWidth(220)
        self.location = StreetCommunityFilter(db, self)
        self.kind = RecordCombo(self.tr("All kinds"))
        self.kind.setObjectName("kindFilter")
        self.kind.set_choices(labels.site_kinds())
        self.undocked = QCheckBox(self.tr("No social worker docked"))
        self.undocked.setObjectName("undockedFilter")
        self.undocked.setToolTip(self.tr("Sites without an active social worker (one social worker per site)"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.location, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.undocked)

        kinds = labels.site_kinds()
        columns: list[Column[sites.SiteRow]] = [
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind), "kind"),
            Column(self.tr("Street"), lambda r: r.street_name, "street"),
            Column(self.tr("Community"), lambda r: r.community_name, "community"),
            Column(self.tr("Address"), lambda r: r.address, "address"),
            Column(self.tr("Phone"), lambda r: r.phone, "phone"),
            Column(self.tr("Operating organisation"), lambda r: r.operator, "operator"),
        ]
        self.model: LazyTableModel[sites.SiteRow] = LazyTableModel(columns, _count(db), _fetch(db),
                                                                   self._current_filter(), self)
        self.table = QTableView()
        self.table.setObjectName("sitesTable")
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
        # fixed widths: resizing to contents would read every row
        for column, width in enumerate((230, 190, 90, 130, 260, 130, 180)):
            self.table.setColumnWidth(column, width)
        give_name_column_the_room(self.table, 0)
        header.setMinimumSectionSize(60)
        header.setHighlightSections(False)

        self.count_label = QLabel()
        self.count_label.setObjectName("siteCount")
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("newSite")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editSite")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteSite")
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("siteHistory")
        self.receptions_button = QPushButton(self.tr("Receptions"))
        self.receptions_button.setObjectName("siteReceptions")
        self.receptions_button.setToolTip(self.tr("Show the reception log of the chosen site"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printSites")
        self.print_button.clicked.connect(self.print_directory)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.history_button,
                       self.receptions_button, self.print_button):
            buttons.addWidget(button)
        self.exchange = ExchangeButtons(db, "sites", self.filtered_ids_query, self)
        buttons.addWidget(self.exchange)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.settled.connect(lambda _t: self.apply_filter())
        self.location.changed.connect(self.apply_filter)
        self.kind.idChanged.connect(lambda _k: self.apply_filter())
        self.undocked.toggled.connect(lambda _on: self.apply_filter())
        self.new_button.clicked.connect(self.new_site)
        self.edit_button.clicked.connect(self.edit_site)
        self.delete_button.clicked.connect(self.delete_site)
        self.history_button.clicked.connect(self.show_history)
        self.receptions_button.clicked.connect(self._receptions)
        self._connect_list(self.edit_site)

    # --- filtering -----------------------------------------------------------------------------------
    def _current_filter(self) -> sites.SiteFilter:
        return sites.SiteFilter(text=self.search.search_text(), street_id=self.location.street_id(),
                                community_id=self.location.community_id(), kind=self.kind.current_id(),
                                without_social_worker=self.undocked.isChecked())

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 sites").replace("%1", str(self.model.total())))

    # --- selection -----------------------------------------------------------------------------------

    def select_site(self, site_id: str) -> bool:
        return self.select_row_id(site_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, self.history_button, self.receptions_button):
            button.setEnabled(has)

    # --- actions -------------------------------------------------------------------------------------
    def new_site(self) -> None:
        from .site_form import SiteForm

        form = SiteForm(self.db, None, self, street_id=self.location.street_id(),
                        community_id=self.location.community_id(), kind=self.kind.current_id())
        if form.exec() and form.site_id:
            self.select_site(form.site_id)

    def edit_site(self) -> None:
        site_id = self.selected_id()
        if site_id is None:
            return
        from .site_form import SiteForm

        SiteForm(self.db, site_id, self).exec()

    def delete_site(self) -> None:
        site_id = self.selected_id()
        if site_id is None:
            return
        name = self.model.row_at(self.table.selectionModel().selectedRows()[0].row()).name
        answer = QMessageBox.question(
            self, self.tr("Delete site"),
            self.tr("Move the site “%1” to the recycle bin? It can be restored from Edit → Recycle bin.")
            .replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        operations.write(self, "site", sites.delete_site, self.db, site_id)

    def print_directory(self) -> QWidget:
        """阵地一览表 of the street in the filter (or of the district)."""
        from ..printing.options_dialog import ask_and_preview

        scopes = [(self.tr("The whole district"), "all")] + [
            (s.name, s.id) for s in operations.read(self, geography.list_streets, self.db, default=[])]
        return ask_and_preview(self, self.db, "site-directory", self.tr("Print the site directory"),
                               target_id=self.location.street_id() or "all", scopes=scopes)

    def _receptions(self) -> None:
        site_id = self.selected_id()
        if site_id is not None:
            self.receptions_requested.emit(site_id)

    def show_history(self) -> None:
        site_id = self.selected_id()
        if site_id is None:
            return
        from ..dialogs.history_dialog import HistoryDialog, history_title

        name = self.model.row_at(self.table.selectionModel().selectedRows()[0].row()).name
        HistoryDialog(self.db, site_id, history_title(name), self).exec()
