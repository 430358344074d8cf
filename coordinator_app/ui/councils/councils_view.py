"""Councils (议事会 / 联席会议): every council with its members and last meeting; a council without a meeting
within its frequency stands out in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import councils

from .. import labels, operations
from ..dialogs.history_dialog import open_history
from ..exchange.actions import ExchangeButtons
from ..formatting import format_date
from ..stations.keyed_table_model import ListColumn, list_table
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.refresh_when_shown import RefreshWhenShown
from ..widgets.search_box import SearchBox
from .council_form import CouncilForm
from .marked import MarkedRowModel

Row = councils.CouncilRow


class CouncilsView(RefreshWhenShown, QWidget):
    #: a deleted or restored person takes their seats along: the member counts change
    relevant_changes = frozenset({"", "council", "meeting", "person"})
    #: the user wants to see a council's meetings
    meetings_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = SearchBox(self.tr("Search council names"))
        self.location = StreetCommunityFilter(db, self)
        self.overdue_only = QCheckBox(self.tr("Overdue for a meeting only"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.location, 2)
        filters.addWidget(self.overdue_only)
        self.new_button = QPushButton(self.tr("New council…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.meetings_button = QPushButton(self.tr("Meetings"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.history_button = QPushButton(self.tr("History…"))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # on two lines rather than widen a small window
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.meetings_button, self.delete_button,
                       self.history_button):
            actions.addWidget(button)
        # members of every council (a member list per row: 议事会名称, 街道, 姓名, 电话, 席位)
        self.exchange = ExchangeButtons(db, "council_members", None, self)
        self.exchange.setToolTip(self.tr("Import or export the members of the councils"))
        actions.addWidget(self.exchange)
        # the count takes the rest of the row (a stretch beside it left it its narrow word-wrapped width)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(self.count_label, 1)
        kinds = labels.council_kinds()
        overdue = self.tr("Overdue for a meeting")
        self.model = MarkedRowModel([
            ListColumn(self.tr("Council"), lambda r: r.name),
            ListColumn(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            ListColumn(self.tr("Street"), lambda r: r.street_name),
            ListColumn(self.tr("Community"), lambda r: r.community_name),
            ListColumn(self.tr("Members"), lambda r: str(r.members), lambda r: r.members),
            ListColumn(self.tr("Last meeting"), lambda r: ("⚠ " + overdue + " " if r.overdue else "")
                       + format_date(r.last_meeting), lambda r: (r.last_meeting is not None, r.last_meeting)),
            ListColumn(self.tr("Meets every"), lambda r: self.tr("%1 days").replace("%1", str(r.frequency_days)),
                       lambda r: r.frequency_days),
        ], lambda r: r.id, self, marked=lambda r: r.overdue)
        self.table = list_table(self.model, (220, 100, 80, 110, 60, 200), None)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.search.settled.connect(lambda _t: self.refresh())
        self.location.changed.connect(self.refresh)
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(lambda: self.open_form())
        self.edit_button.clicked.connect(self.edit_selected)
        self.meetings_button.clicked.connect(self._meetings)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.open_history)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.watch_changes(load_when_shown=True)

    def refresh(self) -> None:
        f = councils.CouncilFilter(text=self.search.search_text(), street_id=self.location.street_id(),
                                   community_id=self.location.community_id(), overdue_only=self.overdue_only.isChecked())
        rows = operations.read(self, councils.list_councils, self.db, f, 0, 100000, default=[])
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.count_label.setText(self.tr("%1 councils, %2 overdue for a meeting").replace("%1", str(len(rows)))
                                 .replace("%2", str(overdue)))
        self._update_buttons()

    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        for button in (self.edit_button, self.meetings_button, self.delete_button, self.history_button):
            button.setEnabled(chosen)

    def open_form(self, council_id: str | None = None) -> CouncilForm:
        form = CouncilForm(self.db, council_id, self)
        form.open()
        return form

    def edit_selected(self) -> CouncilForm | None:
        row = self.selected_row()
        return self.open_form(row.id) if row else None

    def _meetings(self) -> None:
        row = self.selected_row()
        if row:
            self.meetings_requested.emit(row.id)

    def open_history(self) -> QWidget | None:
        row = self.selected_row()
        if row is None:
            return None
        return open_history(self, self.db, row.id, self.tr("History of “%1”").replace("%1", row.name), "council")

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        answer = QMessageBox.question(self, self.tr("Delete council"),
                                      self.tr("Delete %1? It can be restored from the recycle bin.")
                                      .replace("%1", row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return operations.write(self, "council", lambda: councils.delete_council(self.db, row.id) or True) is not None


_ = Qt
