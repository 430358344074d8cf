"""一社工一站点: the docking report. Sites without an active social worker (the gaps to close, each with
"dock a social worker"), and social workers docked to several sites. The report takes a few tens of
milliseconds at district scale (1,000 sites), so it is computed on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, people

from .. import labels, operations
from ..formatting import format_date
from .assign_dialog import AssignDialog
from .keyed_table_model import KeyedRowTableModel, ListColumn, list_table


class DockingView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.report: people.DockingReport | None = None

        self.street_filter = QComboBox()
        self.street_filter.addItem(self.tr("All streets"), None)
        streets = operations.read(self, geography.list_streets, db, default=[])
        for street in streets:
            self.street_filter.addItem(street.name, street.id)
        street_rank = {street.name: n for n, street in enumerate(streets)}  # the district's order, not the code points
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Street:")))
        top.addWidget(self.street_filter)
        top.addWidget(self.summary_label, 1)

        kinds = labels.site_kinds()
        self.undocked_model: KeyedRowTableModel[people.UndockedSite] = KeyedRowTableModel([
            ListColumn(self.tr("Site"), lambda r: r.site_name),
            ListColumn(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            ListColumn(self.tr("Street"), lambda r: r.street_name,
                       lambda r: (street_rank.get(r.street_name, len(street_rank)), r.site_name)),
        ], lambda r: r.site_id, self)
        self.undocked_table = list_table(self.undocked_model, (260, 220))
        self.dock_button = QPushButton(self.tr("Dock a social worker…"))
        self.dock_button.setToolTip(self.tr("Dock a social worker to the chosen site"))
        undocked_box = QGroupBox(self.tr("Sites without a social worker"))
        box_layout = QVBoxLayout(undocked_box)
        row = QHBoxLayout()
        row.addWidget(self.dock_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        box_layout.addWidget(self.undocked_table)

        self.multi_model: KeyedRowTableModel[people.MultiDockedWorker] = KeyedRowTableModel([
            ListColumn(self.tr("Social worker"), lambda r: r.person_name),
            ListColumn(self.tr("Number of sites"), lambda r: str(len(r.site_names)), lambda r: len(r.site_names)),
            ListColumn(self.tr("Sites"), lambda r: "、".join(r.site_names)),
        ], lambda r: r.person_id, self)
        self.multi_table = list_table(self.multi_model, (120, 80), name_column=2)  # names are short: the sites
        multi_box = QGroupBox(self.tr("Social workers docked to several sites"))
        QVBoxLayout(multi_box).addWidget(self.multi_table)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(undocked_box)
        splitter.addWidget(multi_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.street_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.dock_button.clicked.connect(self.dock_selected)
        self.undocked_table.doubleClicked.connect(lambda _index: self.dock_selected())
        self.undocked_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        operations.hub().changed.connect(self._data_changed)
        self._stale = True  # loaded when first shown

    # --- the report -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        report = operations.read(self, people.docking_report, self.db, street_id=self.street_filter.currentData())
        self._stale = False
        if report is None:
            return
        self.report = report
        keep = self.selected_site_id()
        self.undocked_model.set_rows(report.undocked)
        self.multi_model.set_rows(report.multi_docked)
        if keep:
            n = self.undocked_model.row_of_id(keep)
            if n >= 0:
                self.undocked_table.selectionModel().select(
                    self.undocked_model.index(n, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.summary_label.setText(
            self.tr("As of %1: %2 sites, %3 of them without a social worker; %4 social workers docked to "
                    "several sites.")
            .replace("%1", format_date(report.today)).replace("%2", str(report.site_count))
            .replace("%3", str(len(report.undocked))).replace("%4", str(len(report.multi_docked))))
        self._update_buttons()

    def _data_changed(self, _record_type: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- docking --------------------------------------------------------------------------------------
    def selected_site(self) -> people.UndockedSite | None:
        rows = self.undocked_table.selectionModel().selectedRows()
        return self.undocked_model.row_at(rows[0].row()) if rows else None

    def selected_site_id(self) -> str | None:
        site = self.selected_site()
        return site.site_id if site else None

    def _update_buttons(self) -> None:
        self.dock_button.setEnabled(self.selected_site() is not None)

    def dock_selected(self) -> AssignDialog | None:
        """Open the docking dialog for the chosen site, with a search over social workers."""
        site = self.selected_site()
        if site is None:
            return None
        dialog = AssignDialog(self.db, self, site_id=site.site_id)
        dialog.open()
        return dialog
