"""办结率: appeals received, closed, overdue and satisfied per street (or per community of one street)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import appeals, geography

from .. import operations
from ..stations.keyed_table_model import ListColumn, list_table
from ..widgets.record_combo import RecordCombo
from ..widgets.refresh_when_shown import RefreshWhenShown
from .marked import MarkedRowModel

Row = appeals.ClosureRow


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


class ClosureView(RefreshWhenShown, QWidget):
    relevant_changes = frozenset({"", "appeal", "action_item"})

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.street = RecordCombo(self.tr("All streets (one row per street)"))
        self.street.setMinimumContentsLength(16)
        self.street.set_options(operations.read(self, geography.list_streets, db, default=[]))
        self.summary = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.street)
        row.addStretch(1)
        row.addWidget(self.summary)
        self.model = MarkedRowModel([
            ListColumn(self.tr("Street or community"), lambda r: r.name, lambda r: 0),
            ListColumn(self.tr("Appeals"), lambda r: str(r.total), lambda r: r.total),
            ListColumn(self.tr("Closed"), lambda r: str(r.closed), lambda r: r.closed),
            ListColumn(self.tr("Closure rate"), lambda r: percent(r.rate), lambda r: r.rate),
            ListColumn(self.tr("Overdue"), lambda r: str(r.overdue), lambda r: r.overdue),
            ListColumn(self.tr("Satisfied"), lambda r: percent(r.satisfied / r.closed) if r.closed else "",
                       lambda r: r.satisfied / r.closed if r.closed else 0),
        ], lambda r: r.id, self, marked=lambda r: r.overdue > 0 and r.total > 0 and r.overdue / r.total > 0.1)
        self.table = list_table(self.model, (200, 90, 90, 90, 90), None)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self.tr("Rows in red: more than one in ten appeals overdue."))
        layout.addWidget(self.note)
        self.street.idChanged.connect(lambda _id: self.refresh())
        self.watch_changes(load_when_shown=True)

    def refresh(self) -> None:
        rows = operations.read(self, appeals.closure_rates, self.db, self.street.current_id(), default=[])
        self.model.set_rows(rows)
        total, closed = sum(r.total for r in rows), sum(r.closed for r in rows)
        self.summary.setText(self.tr("%1 appeals, %2 closed: closure rate %3").replace("%1", f"{total:,}")
                             .replace("%2", f"{closed:,}").replace("%3", percent(closed / total if total else 0)))


_ = Qt
