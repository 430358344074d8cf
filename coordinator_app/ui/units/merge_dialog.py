"""Merging two records of the same unit: the selected unit and one of its likely duplicates (same credit
code or near-identical name) or any unit found by searching; the user picks which one to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import units

from .. import operations
from ..widgets.record_combo import RecordCombo
from ..widgets.search_box import SearchBox


class MergeDialog(QDialog):
    def __init__(self, db: Database, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit_id = unit_id
        self.merged = False
        self.setWindowTitle(self.tr("Merge duplicate units"))
        self.setMinimumWidth(560)
        self.unit_name = (operations.read(self, units.get_unit, db, unit_id, default={}) or {}).get("name", "")
        intro = QLabel(self.tr("Merging moves the other unit's resources, agreements, contact log, matches and Party "
                               "organisations to the unit kept, fills its empty fields, and moves the other unit to "
                               "the recycle bin. The history of both stays readable; Edit → Undo reverses it, and so "
                               "does restoring the other unit from the recycle bin later."))
        intro.setWordWrap(True)
        self.search = SearchBox(self.tr("Search another unit by name or credit code"))
        self.search.setObjectName("mergeSearch")
        self.other_combo = RecordCombo()
        self.other_combo.setObjectName("mergeOther")
        self.keep_this = QRadioButton()
        self.keep_this.setObjectName("keepThis")
        self.keep_other = QRadioButton()
        self.keep_other.setObjectName("keepOther")
        self.keep_this.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_this)
        group.addButton(self.keep_other)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("doMerge")
        self.merge_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Unit: %1").replace("%1", self.unit_name)))
        layout.addWidget(QLabel(self.tr("Duplicate of it:")))
        layout.addWidget(self.other_combo)
        layout.addWidget(self.search)
        layout.addWidget(QLabel(self.tr("Keep:")))
        layout.addWidget(self.keep_this)
        layout.addWidget(self.keep_other)
        layout.addLayout(buttons)
        self.search.settled.connect(self._search)
        self.other_combo.idChanged.connect(lambda _id: self._update())
        self.merge_button.clicked.connect(self.merge)
        cancel.clicked.connect(self.reject)
        self._load_duplicates()

    def _load_duplicates(self) -> None:
        found = operations.read(self, units.duplicates_of, self.db, self.unit_id, default=[]) or []
        self.other_combo.set_options([(d.id, f"{d.name}（{d.street_name}）") for d in found], keep_current=False)
        if not found:
            self.other_combo.set_options([], keep_current=False)
        self._update()

    def _search(self, text: str) -> None:
        if not text:
            self._load_duplicates()
            return
        options = operations.read(self, units.unit_options, self.db, text, default=[]) or []
        self.other_combo.set_options([o for o in options if o[0] != self.unit_id], keep_current=False)
        self._update()

    def _update(self) -> None:
        other = self.other_combo.currentText()
        self.keep_this.setText(self.unit_name)
        self.keep_other.setText(other or self.tr("(no duplicate found: search for one above)"))
        self.keep_other.setEnabled(bool(other))
        self.merge_button.setEnabled(self.other_combo.current_id() is not None)

    def merge(self) -> bool:
        other_id = self.other_combo.current_id()
        if other_id is None:
            return False
        keep, drop = (self.unit_id, other_id) if self.keep_this.isChecked() else (other_id, self.unit_id)
        drop_name = self.other_combo.currentText() if drop == other_id else self.unit_name
        answer = QMessageBox.question(self, self.tr("Merge duplicate units"),
                                      self.tr("Merge “%1” into the unit kept and move it to the recycle bin?")
                                      .replace("%1", drop_name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = operations.write(self, "co_unit", _merge, self.db, keep, drop)
        if not done:
            return False
        self.merged = True
        self.accept()
        return True


def _merge(db: Database, keep: str, drop: str) -> bool:
    units.merge_units(db, keep, drop)
    return True
