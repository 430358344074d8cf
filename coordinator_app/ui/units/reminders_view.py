"""The Reminders tab: agreements expiring within 30 days or expired (已到期) in the last 30 days, and the units
not contacted for N days (the "regular docking" mechanism: 定期对接)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, units

from .. import labels, operations
from ..formatting import format_date
from ..widgets.lazy_table_model import Column, LazyTableModel
from ..widgets.name_column import give_name_column_the_room
from .part_table import PartTable

RELEVANT_CHANGES = {"", "co_unit", "co_agreement", "unit_contact"}


class RemindersView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._stale = True
        statuses = labels.agreement_statuses()
        self.expiring = PartTable([
            Column(self.tr("Valid until"), lambda r: format_date(r.valid_until) if r.valid_until else ""),
            Column(self.tr("Unit"), lambda r: r.unit_name),
            Column(self.tr("Agreement"), lambda r: r.title),
            Column(self.tr("Our side"), lambda r: r.our_side),
            Column(self.tr("Signed on"), lambda r: format_date(r.signed_on)),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
        ], (130, 280, 180, 200, 130), 1, self)
        self.expiring.setObjectName("expiringAgreements")
        self.expiring_label = QLabel()
        self.expiring_label.setObjectName("expiringLabel")
        self.expiring.buttons.insertWidget(0, self.expiring_label)
        self.open_expiring_button = self.expiring.add_button(
            self.tr("Open the unit's agreements"), "openExpiringUnit", self.open_expiring_unit, True)
        self.expiring.on_double_click(self.open_expiring_unit)

        self.days = QSpinBox()
        self.days.setObjectName("reminderDays")
        self.days.setRange(1, 3650)
        self.days.setValue(90)
        self.days.setSuffix(self.tr(" days"))
        self.stale_label = QLabel()
        self.stale_label.setObjectName("staleLabel")
        categories = labels.unit_categories()
        columns: list[Column[units.UnitRow]] = [
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Category"), lambda r: categories.get(r.category, r.category), "category"),
            Column(self.tr("Street"), lambda r: r.street_name, "street"),
            Column(self.tr("Community"), lambda r: r.community_name, "community"),
            Column(self.tr("Contact person"), lambda r: r.contact_name, "contact"),
            Column(self.tr("Last contact"), lambda r: format_date(r.last_contact) if r.last_contact else
                   self.tr("never"), "last_contact"),
        ]
        self.model: LazyTableModel[units.UnitRow] = LazyTableModel(
            columns, lambda f: operations.read(None, units.count_units, db, f, default=0),
            lambda f, offset, limit, sort, descending: operations.read(
                None, units.list_units, db, f, offset, limit, sort, descending, default=[]),
            units.UnitFilter(not_contacted_days=self.days.value()), self)
        self.model.sort(5, Qt.SortOrder.AscendingOrder)
        self.table = QTableView()
        self.table.setObjectName("staleUnits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((300, 130, 90, 120, 100, 130)):
            self.table.setColumnWidth(column, width)
        give_name_column_the_room(self.table, 0)
        self.open_stale_button = QPushButton(self.tr("Open the unit's contact log"))
        self.open_stale_button.setObjectName("openStaleUnit")
        stale_top = QHBoxLayout()
        stale_top.addWidget(QLabel(self.tr("Units not contacted for")))
        stale_top.addWidget(self.days)
        stale_top.addWidget(self.stale_label, 1)
        stale_bottom = QHBoxLayout()
        stale_bottom.addStretch(1)
        stale_bottom.addWidget(self.open_stale_button)
        stale = QGroupBox(self.tr("Units not contacted for a long time"))
        stale.setObjectName("staleBox")
        stale_layout = QVBoxLayout(stale)
        stale_layout.addLayout(stale_top)
        stale_layout.addWidget(self.table, 1)
        stale_layout.addLayout(stale_bottom)
        self.open_stale_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.open_stale_button.setEnabled(self.table.selectionModel().hasSelection()))

        expiring = QGroupBox(self.tr("Agreements expiring soon or lately expired"))
        expiring.setObjectName("expiringBox")
        self.expiring.layout().setContentsMargins(0, 0, 0, 0)  # the group box gives the margins
        QVBoxLayout(expiring).addWidget(self.expiring)

        # each table under its title; each button says what it opens
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(expiring)
        splitter.addWidget(stale)
        splitter.setSizes([300, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.days.valueChanged.connect(lambda _v: self._reload_stale())
        self.open_stale_button.clicked.connect(lambda _c=False: self.open_stale_unit())
        self.table.doubleClicked.connect(lambda _i: self.open_stale_unit())
        operations.hub().changed.connect(self._data_changed)

    def reload(self) -> None:
        expired = operations.read(self, agreements.expired_agreements, self.db, default=[]) or []
        expiring = operations.read(self, agreements.expiring_agreements, self.db, default=[]) or []
        self.expiring.set_rows([*expired, *expiring])
        self.expiring_label.setText(self.tr("%1 agreements expire within 30 days, %2 expired in the last 30 days")
                                    .replace("%1", str(len(expiring))).replace("%2", str(len(expired))))
        self._reload_stale()

    def _reload_stale(self) -> None:
        self.model.set_filter(units.UnitFilter(not_contacted_days=self.days.value()))
        self.stale_label.setText(self.tr("%1 units").replace("%1", str(self.model.total())))

    def _data_changed(self, record_type: str) -> None:
        if record_type not in RELEVANT_CHANGES:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def open_expiring_unit(self) -> None:
        row = self.expiring.selected()
        if row is not None:
            from .unit_page import TAB_AGREEMENTS, UnitPage

            UnitPage(self.db, row.unit_id, self, TAB_AGREEMENTS).exec()

    def open_stale_unit(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            from .unit_page import TAB_CONTACTS, UnitPage

            UnitPage(self.db, self.model.row_at(rows[0].row()).id, self, TAB_CONTACTS).exec()
