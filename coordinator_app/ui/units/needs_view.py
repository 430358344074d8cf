"""The Needs tab (精准对接): communities' needs with filters; for the selected need, the units the app
proposes (ranked, with the reasons shown) and the matches recorded, with their outcomes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import needs

from .. import labels, operations
from ..formatting import format_date
from ..widgets.filtered_list import FilteredListMixin
from ..widgets.lazy_table_model import Column, LazyTableModel
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.name_column import give_name_column_the_room
from ..widgets.record_combo import RecordCombo
from ..widgets.search_box import SearchBox
from .part_table import PartTable

RELEVANT_CHANGES = {"", "community_need", "need_match", "co_unit", "unit_resource", "unit_contact", "community"}


def reasons_label(reasons: tuple[str, ...]) -> str:
    names = labels.match_reasons()
    return "、".join(names.get(r, r) for r in reasons)


class NeedsView(FilteredListMixin, QWidget):
    relevant_changes = frozenset(RELEVANT_CHANGES)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = SearchBox(self.tr("Search needs"))
        self.search.setObjectName("needSearch")
        self.location = StreetCommunityFilter(db, self)
        self.status = RecordCombo(self.tr("All statuses"))
        self.status.setObjectName("needStatusFilter")
        self.status.set_choices(labels.need_statuses())
        self.kind = RecordCombo(self.tr("All resource types"))
        self.kind.setObjectName("needKindFilter")
        self.kind.set_choices(labels.resource_kinds())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.location, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.kind, 1)

        kinds, statuses = labels.resource_kinds(), labels.need_statuses()
        columns: list[Column[needs.NeedRow]] = [
            Column(self.tr("Need"), lambda r: r.title, "title"),
            Column(self.tr("Resource type"), lambda r: kinds.get(r.resource_kind, r.resource_kind), "kind"),
            Column(self.tr("Street"), lambda r: r.street_name, "street"),
            Column(self.tr("Community"), lambda r: r.community_name, "community"),
            Column(self.tr("Needed by"), lambda r: format_date(r.needed_by) if r.needed_by else "", "needed_by"),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status), "status"),
            Column(self.tr("Units matched"), lambda r: str(r.matches)),
        ]
        self.model: LazyTableModel[needs.NeedRow] = LazyTableModel(
            columns, lambda f: operations.read(None, needs.count_needs, db, f, default=0),
            lambda f, offset, limit, sort, descending: operations.read(
                None, needs.list_needs, db, f, offset, limit, sort, descending, default=[]),
            self._current_filter(), self)
        self.table = QTableView()
        self.table.setObjectName("needsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((220, 90, 90, 120, 130, 90, 80)):
            self.table.setColumnWidth(column, width)
        give_name_column_the_room(self.table, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("needCount")
        self.new_button = QPushButton(self.tr("New need"))
        self.new_button.setObjectName("newNeed")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editNeed")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteNeed")
        need_buttons = QHBoxLayout()
        need_buttons.addWidget(self.count_label)
        need_buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            need_buttons.addWidget(button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(need_buttons)

        self.proposals = PartTable([
            Column(self.tr("Unit"), lambda p: p.unit_name),
            Column(self.tr("Street"), lambda p: p.street_name),
            Column(self.tr("Community"), lambda p: p.community_name),
            Column(self.tr("Resource offered"), lambda p: p.resource),
            Column(self.tr("Why proposed"), lambda p: reasons_label(p.reasons)),
            Column(self.tr("Last contact"), lambda p: format_date(p.last_contact) if p.last_contact else ""),
        ], (230, 80, 100, 140, 340, 130), 0, self)
        self.proposals.setObjectName("proposals")
        self.proposals_label = QLabel()
        self.proposals_label.setObjectName("proposalsLabel")
        self.proposals.buttons.insertWidget(0, self.proposals_label)
        self.accept_button = self.proposals.add_button(self.tr("Record match"), "recordMatch", self.accept_proposal,
                                                       True)
        self.proposals.add_button(self.tr("Open unit"), "openProposedUnit", self.open_proposed_unit, True)
        self.proposals.on_double_click(self.open_proposed_unit)

        outcomes = labels.match_outcomes()
        self.matches = PartTable([
            Column(self.tr("Matched on"), lambda m: format_date(m.matched_on)),
            Column(self.tr("Unit"), lambda m: m.unit_name),
            Column(self.tr("Resource"), lambda m: m.resource),
            Column(self.tr("Reasons"), lambda m: m.reasons),
            Column(self.tr("Outcome"), lambda m: outcomes.get(m.outcome, m.outcome)),
            Column(self.tr("Outcome notes"), lambda m: m.outcome_notes),
        ], (130, 230, 140, 200, 80, 200), 1, self)
        self.matches.setObjectName("needMatches")
        self.matches.buttons.insertWidget(0, QLabel(self.tr("Matches recorded for this need")))
        self.matches.add_button(self.tr("Record outcome…"), "recordOutcome", self.record_outcome, True)
        self.matches.add_button(self.tr("Delete"), "deleteMatch", self.delete_match, True)
        self.matches.on_double_click(self.record_outcome)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.proposals)
        splitter.addWidget(self.matches)
        splitter.setSizes([380, 260, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.settled.connect(lambda _t: self.apply_filter())
        self.location.changed.connect(self.apply_filter)
        self.status.idChanged.connect(lambda _s: self.apply_filter())
        self.kind.idChanged.connect(lambda _k: self.apply_filter())
        self.new_button.clicked.connect(self.new_need)
        self.edit_button.clicked.connect(self.edit_need)
        self.delete_button.clicked.connect(self.delete_need)
        self._connect_list(self.edit_need, self._selection_changed)

    # --- the list --------------------------------------------------------------------------------------
    def _current_filter(self) -> needs.NeedFilter:
        return needs.NeedFilter(text=self.search.search_text(), street_id=self.location.street_id(),
                                community_id=self.location.community_id(), status=self.status.current_id(),
                                resource_kind=self.kind.current_id())

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 needs").replace("%1", str(self.model.total())))

    def _after_reload(self) -> None:
        self._selection_changed()

    def select_need(self, need_id: str) -> bool:
        return self.select_row_id(need_id)

    def _selection_changed(self) -> None:
        need_id = self.selected_id()
        self.edit_button.setEnabled(need_id is not None)
        self.delete_button.setEnabled(need_id is not None)
        if need_id is None:
            self.proposals.set_rows([])
            self.matches.set_rows([])
            self.proposals_label.setText(self.tr("Select a need to see the units proposed for it."))
            return
        proposals = operations.read(self, needs.propose_units, self.db, need_id, default=[]) or []
        self.proposals.set_rows(proposals)
        self.proposals_label.setText(self.tr("%1 units proposed, best first").replace("%1", str(len(proposals))))
        self.matches.set_rows(operations.read(self, needs.matches_of_need, self.db, need_id, default=[]) or [])

    # --- actions -----------------------------------------------------------------------------------------
    def new_need(self) -> None:
        from .need_form import NeedForm

        form = NeedForm(self.db, None, self, street_id=self.location.street_id(),
                        community_id=self.location.community_id())
        if form.exec() and form.need_id:
            self.select_need(form.need_id)

    def edit_need(self) -> None:
        need_id = self.selected_id()
        if need_id:
            from .need_form import NeedForm

            NeedForm(self.db, need_id, self).exec()

    def delete_need(self) -> None:
        need_id = self.selected_id()
        if need_id is None:
            return
        title = self.model.row_at(self.table.selectionModel().selectedRows()[0].row()).title
        answer = QMessageBox.question(self, self.tr("Delete need"),
                                      self.tr("Move the need “%1” to the recycle bin?").replace("%1", title))
        if answer == QMessageBox.StandardButton.Yes:
            operations.write(self, "community_need", needs.delete_need, self.db, need_id)

    def accept_proposal(self) -> None:
        need_id = self.selected_id()
        proposal = self.proposals.selected()
        if need_id is None or proposal is None:
            return
        operations.write(self, "need_match", needs.record_match, self.db, need_id, proposal.unit_id,
                         proposal.resource_id, reasons_label(proposal.reasons), proposal.score)

    def open_proposed_unit(self) -> None:
        proposal = self.proposals.selected()
        if proposal is not None:
            from .unit_page import TAB_MATCHES, UnitPage

            UnitPage(self.db, proposal.unit_id, self, TAB_MATCHES).exec()

    def record_outcome(self) -> None:
        match = self.matches.selected()
        if match is not None:
            from .outcome_dialog import OutcomeDialog

            OutcomeDialog(self.db, match, self).exec()

    def delete_match(self) -> None:
        match = self.matches.selected()
        if match is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete match"),
                                      self.tr("Move the match with “%1” to the recycle bin?").replace("%1", match.unit_name))
        if answer == QMessageBox.StandardButton.Yes:
            operations.write(self, "need_match", needs.delete_match, self.db, match.id)
