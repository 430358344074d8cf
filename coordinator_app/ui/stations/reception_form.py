"""The reception form (群众接访): site, time, hosts (deputies, social workers …), number of visitors,
topics raised (反映问题), follow-up (跟进情况) and notes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import people, receptions

from .. import operations
from ..widgets.form_errors import clear_invalid, clear_when_edited, write_form
from .choosers import PERSON_ID_ROLE, PersonSearch, SiteChooser
from .fields import datetime_edit, from_qdatetime, to_qdatetime, warn


def _default_time() -> datetime:
    now = datetime.now()
    return now.replace(minute=0, second=0, microsecond=0)


class ReceptionForm(QDialog):
    """Opened with ``open()``; saves itself on accept (``saved_id`` then holds the reception's id)."""

    def __init__(self, db: Database, reception_id: str | None = None, parent: QWidget | None = None, *,
                 site_id: str | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.reception_id = reception_id
        self.saved_id: str | None = None
        self.saved_site_id: str | None = None
        self.setWindowTitle(self.tr("Edit reception") if reception_id else self.tr("Record a reception"))
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.site_chooser = SiteChooser(db, self)
        form.addRow(self.tr("Site:"), self.site_chooser)
        self.time_edit = datetime_edit(_default_time(), self)
        form.addRow(self.tr("Time:"), self.time_edit)
        self.visitors_spin = QSpinBox()
        self.visitors_spin.setRange(0, 100000)
        self.visitors_spin.setSuffix(self.tr(" visitors"))
        form.addRow(self.tr("Visitors:"), self.visitors_spin)
        layout.addLayout(form)

        hosts_box = QGroupBox(self.tr("Hosts"))
        grid = QGridLayout(hosts_box)
        self.host_search = PersonSearch(db, self, limit=30)
        self.host_search.edit.setPlaceholderText(self.tr("Name, phone or skills (empty: people docked to the site)"))
        self.hosts_list = QListWidget()
        self.hosts_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_host_button = QPushButton(self.tr("Add →"))
        self.remove_host_button = QPushButton(self.tr("← Remove"))
        buttons_column = QVBoxLayout()
        buttons_column.addStretch(1)
        buttons_column.addWidget(self.add_host_button)
        buttons_column.addWidget(self.remove_host_button)
        buttons_column.addStretch(1)
        grid.addWidget(QLabel(self.tr("Find people:")), 0, 0)
        grid.addWidget(QLabel(self.tr("Hosts of this reception:")), 0, 2)
        grid.addWidget(self.host_search, 1, 0)
        grid.addLayout(buttons_column, 1, 1)
        grid.addWidget(self.hosts_list, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        hosts_box.setMinimumHeight(220)
        layout.addWidget(hosts_box, 1)

        texts = QFormLayout()
        self.topics_edit = QPlainTextEdit()
        self.topics_edit.setFixedHeight(70)
        texts.addRow(self.tr("Topics raised:"), self.topics_edit)
        self.follow_up_edit = QPlainTextEdit()
        self.follow_up_edit.setFixedHeight(70)
        texts.addRow(self.tr("Follow-up:"), self.follow_up_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(50)
        texts.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addLayout(texts)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 700)

        self.host_search.chosen.connect(self.add_host)
        self.site_chooser.site_changed.connect(self.host_search.set_site_hint)
        self.site_chooser.site_changed.connect(lambda _id: clear_invalid(self.site_chooser))
        for widget in (self.topics_edit, self.follow_up_edit, self.notes_edit):
            clear_when_edited(widget)
        self.add_host_button.clicked.connect(self.add_selected_host)
        self.remove_host_button.clicked.connect(self.remove_selected_hosts)
        self.hosts_list.itemActivated.connect(lambda _item: self.remove_selected_hosts())

        if reception_id:
            self._load(reception_id)
        elif site_id:
            self.site_chooser.set_site_id(site_id)
        self.host_search.set_site_hint(self.site_chooser.site_id())
        self.site_chooser.setFocus()

    def _load(self, reception_id: str) -> None:
        data = operations.read(self, receptions.get_reception, self.db, reception_id)
        if data is None:
            return
        self.site_chooser.set_site_id(data["site_id"])
        self.time_edit.setDateTime(to_qdatetime(data["held_at"]))
        self.visitors_spin.setValue(int(data["visitor_count"] or 0))
        self.topics_edit.setPlainText(data["topics"])
        self.follow_up_edit.setPlainText(data["follow_up"])
        self.notes_edit.setPlainText(data["notes"])
        for person_id in data["host_ids"]:
            person = operations.read(self, people.get_person, self.db, person_id)
            if person is not None:
                self.add_host(person_id, person["name"])

    # --- hosts ----------------------------------------------------------------------------------------
    def host_ids(self) -> list[str]:
        return [self.hosts_list.item(n).data(PERSON_ID_ROLE) for n in range(self.hosts_list.count())]

    def add_host(self, person_id: str, name: str) -> None:
        if person_id in self.host_ids():
            return
        item = QListWidgetItem(name)
        item.setData(PERSON_ID_ROLE, person_id)
        self.hosts_list.addItem(item)

    def add_selected_host(self) -> None:
        self.host_search.flush()
        chosen = self.host_search.selected()
        if chosen is None:
            warn(self, self.tr("Choose a person in the search results first."), self.host_search.edit)
            return
        self.add_host(*chosen)

    def remove_selected_hosts(self) -> None:
        for item in self.hosts_list.selectedItems():
            self.hosts_list.takeItem(self.hosts_list.row(item))

    # --- saving ---------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {
            "site_id": self.site_chooser.site_id(),
            "held_at": from_qdatetime(self.time_edit.dateTime()),
            "visitor_count": self.visitors_spin.value(),
            "topics": self.topics_edit.toPlainText(),
            "follow_up": self.follow_up_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
        }

    def accept(self) -> None:
        values = self.values()
        fields = {"site_id": self.site_chooser, "held_at": self.time_edit, "visitor_count": self.visitors_spin,
                  "topics": self.topics_edit, "follow_up": self.follow_up_edit, "notes": self.notes_edit}
        saved = write_form(self, "reception", fields, receptions.save_reception, self.db, values, self.host_ids(),
                           self.reception_id)
        if saved is None:
            return
        self.saved_id, self.saved_site_id = saved, values["site_id"]  # type: ignore[assignment]
        super().accept()
