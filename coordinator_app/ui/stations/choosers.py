"""Choosers shared by the people, docking and receptions views: a searchable site combo (about 1,000 sites)
and a person search with its matches listed below it (50,000 people: never all of them at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import people, sites

from .. import labels, operations
from ..widgets.person_chooser import first_phone_masked

#: the person's id and name on items of a PersonSearch's result list
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class SiteChooser(QComboBox):
    """An editable combo over every live site: type part of a name and pick from the list that drops down.

    ``any_label`` adds a first entry meaning "no site chosen" (a filter's "all sites")."""

    site_changed = Signal(object)  # the site's id, or None

    def __init__(self, db: Database, parent: QWidget | None = None, *, any_label: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._any_label = any_label
        self._current: str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of a site's name"))
        self.currentTextChanged.connect(self._text_changed)
        self.reload()
        operations.hub().changed.connect(self._data_changed)

    def reload(self) -> None:
        options = operations.read(self, sites.site_options, self.db, default=[])
        keep = self._current
        self.blockSignals(True)
        self.clear()
        if self._any_label is not None:
            self.addItem(self._any_label, None)
        for site_id, name in options:
            self.addItem(name, site_id)
        index = self.findData(keep) if keep else (0 if self._any_label is not None else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.blockSignals(False)
        self._text_changed(self.currentText())

    def _data_changed(self, record_type: str) -> None:
        if record_type in ("", "site"):
            self.reload()

    def site_id(self) -> str | None:
        """The chosen site, or None when the text names no site (or names "all sites")."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def set_site_id(self, site_id: str | None) -> None:
        index = self.findData(site_id) if site_id else (0 if self._any_label is not None else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def _text_changed(self, _text: str) -> None:
        site_id = self.site_id()
        if site_id != self._current:
            self._current = site_id
            self.site_changed.emit(site_id)


class PersonSearch(QWidget):
    """A search box (name, phone, skills) with up to ``limit`` matching people listed below it.

    ``roles`` keeps people holding at least one of them; with roles, an empty search lists the first of
    them. Without roles an empty search lists the people docked to the ``site hint`` (for a reception: the
    site's own social workers and deputies), or nobody. Double-click or Enter on a match emits ``chosen``."""

    chosen = Signal(str, str)  # person id, name
    selection_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, roles: tuple[str, ...] = (),
                 limit: int = 30) -> None:
        super().__init__(parent)
        self.db = db
        self.roles = roles
        self.limit = limit
        self.site_hint: str | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Search by name, phone or skills"))
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(lambda _item: self._choose_current())
        self.results.itemSelectionChanged.connect(self.selection_changed)
        self.search()

    def search(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        site_id = self.site_hint if not text and not self.roles else None
        rows: list[people.PersonRow] = []
        if text or self.roles or site_id:
            # one query, in the roster's order (by pinyin: 蔡, 岑, 陈, 崔, 邓), cut at the limit
            filter_ = people.PersonFilter(text=text, roles=self.roles, site_id=site_id)
            rows = operations.read(self, people.list_people, self.db, filter_, 0, self.limit, default=[]) or []
        role_labels = labels.person_roles()
        self.results.clear()
        for row in rows:
            parts = [row.name, "、".join(role_labels.get(r, r) for r in row.roles), first_phone_masked(row.phone)]
            item = QListWidgetItem("　".join(p for p in parts if p))
            item.setData(PERSON_ID_ROLE, row.id)
            item.setData(PERSON_NAME_ROLE, row.name)
            self.results.addItem(item)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)  # the one match is the obvious choice; with several, the user picks

    def set_site_hint(self, site_id: str | None) -> None:
        self.site_hint = site_id
        if not self.edit.text().strip():
            self.search()

    def flush(self) -> None:
        """Search now if typing is still being waited for, so the list matches the text."""
        if self._timer.isActive():
            self.search()

    def selected(self) -> tuple[str, str] | None:
        """(id, name) of the highlighted match."""
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(PERSON_ID_ROLE), item.data(PERSON_NAME_ROLE)

    def _choose_current(self) -> None:
        self.flush()
        chosen = self.selected()
        if chosen is None and self.results.count():
            self.results.setCurrentRow(0)
            chosen = self.selected()
        if chosen:
            self.chosen.emit(*chosen)
