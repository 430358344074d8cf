"""Receptions of residents (群众接访): the upcoming ones across the district (or one street), and the log
of one site. Selecting a reception in one table clears the other, so Edit and Delete act on exactly one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
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
from coordinator_app.core.services import geography, receptions

from .. import operations
from ..dialogs.history_dialog import HistoryDialog, history_title
from ..formatting import format_datetime
from .choosers import SiteChooser
from .keyed_table_model import KeyedRowTableModel, ListColumn, list_table
from .reception_form import ReceptionForm

Row = receptions.ReceptionRow


def _one_line(text: str) -> str:
    return " ".join(text.split())



class ReceptionsView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db

        self.new_button = QPushButton(self.tr("Record a reception…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.history_button = QPushButton(self.tr("History…"))
        self.appeal_button = QPushButton(self.tr("Raise an appeal…"))
        self.print_button = QPushButton(self.tr("Print notice…"))
        self.print_button.setObjectName("printReceptionNotice")
        self.print_button.clicked.connect(self.print_notice)
        actions = QHBoxLayout()  # below the tables, on the right, as in the sites and units lists
        actions.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.history_button,
                       self.appeal_button, self.print_button):
            actions.addWidget(button)

        # upcoming receptions
        self.street_filter = QComboBox()
        self.street_filter.addItem(self.tr("All streets"), None)
        for street in operations.read(self, geography.list_streets, db, default=[]):
            self.street_filter.addItem(street.name, street.id)
        self.upcoming_count_label = QLabel()
        self.upcoming_model: KeyedRowTableModel[Row] = KeyedRowTableModel([
            ListColumn(self.tr("Time"), lambda r: format_datetime(r.held_at), lambda r: r.held_at),
            ListColumn(self.tr("Site"), lambda r: r.site_name),
            ListColumn(self.tr("Street"), lambda r: r.street_name),
            ListColumn(self.tr("Hosts"), lambda r: "、".join(r.hosts)),
            ListColumn(self.tr("Topics raised"), lambda r: _one_line(r.topics)),
        ], lambda r: r.id, self)
        self.upcoming_table = list_table(self.upcoming_model, (160, 220, 90, 200), (0, Qt.SortOrder.AscendingOrder),
                                         name_column=1)
        upcoming_box = QGroupBox(self.tr("Upcoming receptions"))
        upcoming_layout = QVBoxLayout(upcoming_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Street:")))
        row.addWidget(self.street_filter)
        row.addStretch(1)
        row.addWidget(self.upcoming_count_label)
        upcoming_layout.addLayout(row)
        upcoming_layout.addWidget(self.upcoming_table)

        # the log of one site
        self.site_chooser = SiteChooser(db, self)
        self.log_count_label = QLabel()
        self.log_model: KeyedRowTableModel[Row] = KeyedRowTableModel([
            ListColumn(self.tr("Time"), lambda r: format_datetime(r.held_at), lambda r: r.held_at),
            ListColumn(self.tr("Visitors"), lambda r: str(r.visitor_count), lambda r: r.visitor_count),
            ListColumn(self.tr("Hosts"), lambda r: "、".join(r.hosts)),
            ListColumn(self.tr("Topics raised"), lambda r: _one_line(r.topics)),
            ListColumn(self.tr("Follow-up"), lambda r: _one_line(r.follow_up)),
        ], lambda r: r.id, self)
        self.log_table = list_table(self.log_model, (160, 70, 180, 260, 200), (0, Qt.SortOrder.DescendingOrder),
                                    name_column=3)
        log_box = QGroupBox(self.tr("Reception log of a site"))
        log_layout = QVBoxLayout(log_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Site:")))
        row.addWidget(self.site_chooser, 1)
        row.addWidget(self.log_count_label)
        log_layout.addLayout(row)
        log_layout.addWidget(self.log_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upcoming_box)
        splitter.addWidget(log_box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.new_button.clicked.connect(lambda: self.open_reception_form())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.open_history)
        self.appeal_button.clicked.connect(self.raise_appeal)
        self.street_filter.currentIndexChanged.connect(lambda _i: self.refresh_upcoming())
        self.site_chooser.site_changed.connect(lambda _id: self.refresh_log())
        for table, other in ((self.upcoming_table, self.log_table), (self.log_table, self.upcoming_table)):
            table.doubleClicked.connect(lambda _index: self.edit_selected())
            table.selectionModel().selectionChanged.connect(
                lambda selected, _deselected, other=other: self._selected_in_one(selected, other))
        operations.hub().changed.connect(self._data_changed)
        self._stale = True  # loaded when first shown

    # --- loading --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_upcoming()
        self.refresh_log()
        self._stale = False

    def refresh_upcoming(self) -> None:
        keep = self.selected_id()
        rows = operations.read(self, receptions.upcoming_receptions, self.db, default=[],
                               street_id=self.street_filter.currentData())
        self.upcoming_model.set_rows(rows)
        self.upcoming_count_label.setText(self.tr("%1 upcoming").replace("%1", str(len(rows))))
        self._reselect(keep)

    def refresh_log(self) -> None:
        keep = self.selected_id()
        site_id = self.site_chooser.site_id()
        rows = operations.read(self, receptions.receptions_for_site, self.db, site_id, default=[]) if site_id else []
        self.log_model.set_rows(rows)
        self.log_count_label.setText(self.tr("%1 receptions").replace("%1", str(len(rows))) if site_id else "")
        self._reselect(keep)

    def show_site(self, site_id: str) -> None:
        """Show one site's reception log (an entry point for other views)."""
        if self.site_chooser.findData(site_id) < 0:
            self.site_chooser.reload()  # a site added since the list was read
        self.site_chooser.set_site_id(site_id)

    def _data_changed(self, _record_type: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- selection ------------------------------------------------------------------------------------
    def _selected_in_one(self, selected: object, other: QTableView) -> None:
        if not selected.isEmpty() and other.selectionModel().hasSelection():  # type: ignore[attr-defined]
            other.clearSelection()
        self._update_buttons()

    def selected_row(self) -> Row | None:
        for table in (self.upcoming_table, self.log_table):
            rows = table.selectionModel().selectedRows()
            if rows:
                return table.model().row_at(rows[0].row())  # type: ignore[attr-defined, no-any-return]
        return None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def _reselect(self, reception_id: str | None) -> None:
        if reception_id:
            for table, model in ((self.upcoming_table, self.upcoming_model), (self.log_table, self.log_model)):
                n = model.row_of_id(reception_id)
                if n >= 0:
                    table.selectionModel().select(
                        model.index(n, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                    break
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        for button in (self.edit_button, self.delete_button, self.history_button, self.appeal_button):
            button.setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------------------
    def open_reception_form(self, reception_id: str | None = None) -> ReceptionForm:
        """Open the form (modal, without blocking) and return it. A new reception starts at the site whose
        log is shown."""
        form = ReceptionForm(self.db, reception_id, self, site_id=self.site_chooser.site_id())
        form.accepted.connect(lambda: self._saved(form.saved_id, form.saved_site_id))
        form.open()
        return form

    def _saved(self, reception_id: str | None, site_id: str | None) -> None:
        if site_id and site_id != self.site_chooser.site_id():
            self.show_site(site_id)  # show the log the reception went into
        if reception_id:
            self._reselect(reception_id)

    def edit_selected(self) -> ReceptionForm | None:
        reception_id = self.selected_id()
        return self.open_reception_form(reception_id) if reception_id else None

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete reception"),
            self.tr("Delete the reception at %1 on %2? It can be restored from the recycle bin.")
            .replace("%1", row.site_name).replace("%2", format_datetime(row.held_at)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return operations.write(self, "reception",
                                lambda: receptions.delete_reception(self.db, row.id) or True) is not None

    def open_history(self) -> QWidget | None:
        row = self.selected_row()
        if row is None:
            return None
        subject = self.tr("the reception at %1 on %2").replace("%1", row.site_name) \
            .replace("%2", format_datetime(row.held_at))
        dialog = HistoryDialog(self.db, row.id, history_title(subject), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_notice(self) -> QWidget:
        """代表接待公告 of a street (the one in the filter) or of the site whose log is shown, for a date range."""
        from ..printing.options_dialog import ask_and_preview

        scopes = [(self.street_filter.itemText(i), self.street_filter.itemData(i))
                  for i in range(self.street_filter.count()) if self.street_filter.itemData(i)]
        site_id = self.site_chooser.site_id()
        if site_id:
            scopes.insert(0, (self.site_chooser.currentText().strip(), site_id))
        target = site_id or self.street_filter.currentData() or (scopes[0][1] if scopes else None)
        return ask_and_preview(self, self.db, "reception-notice", self.tr("Print the reception notice"),
                               target_id=target, scopes=scopes, dates=True)

    def raise_appeal(self) -> QWidget | None:
        """Open a new appeal (诉求) prefilled with the selected reception's site, date and topics."""
        from coordinator_app.core.services import appeals

        from ..councils.appeal_form import AppealForm

        row = self.selected_row()
        if row is None:
            return None
        initial = operations.read(self, appeals.appeal_from_reception, self.db, row.id)
        if initial is None:
            return None
        form = AppealForm(self.db, None, self, initial=initial)
        form.open()
        return form
