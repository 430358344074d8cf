"""The site form (阵地): a dialog with the site's details, its function rooms and its Party organisations.

The details are saved with the Save button (unsaved changes are asked about before the form closes or shows
another site: RecordForm); rooms and Party organisations are saved as soon as they are added or changed
(each is its own record), so those tabs are available once the site exists."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, sites

from .. import labels, operations
from ..widgets.form_errors import clear_when_edited
from ..widgets.record_combo import RecordCombo
from ..widgets.record_form import RecordForm

#: kinds that can stand above another site in the network (centres and social-work stations)
PARENT_KINDS = ("street_service_center", "community_service_center", "social_work_station")

TAB_DETAILS, TAB_ROOMS, TAB_PARTY_ORGS = range(3)


def required(text: str) -> str:
    """A form label with the red asterisk of a required field."""
    return f'{text} <span style="color:#c0392b">*</span>'


class SiteForm(RecordForm):
    record_type = "site"

    def __init__(self, db: Database, site_id: str | None = None, parent: QWidget | None = None, *,
                 street_id: str | None = None, community_id: str | None = None, kind: str | None = None,
                 tab: int = TAB_DETAILS) -> None:
        super().__init__(db, site_id, parent)
        self.setWindowTitle(self.tr("Edit site") if site_id else self.tr("New site"))
        self.setMinimumWidth(620)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("siteName")
        self.kind_combo = RecordCombo(self.tr("(choose)"))
        self.kind_combo.setObjectName("siteKind")
        self.kind_combo.set_choices(labels.site_kinds())
        self.street_combo = RecordCombo(self.tr("(choose)"))
        self.street_combo.setObjectName("siteStreet")
        self.street_combo.set_options(operations.read(self, geography.list_streets, db, default=[]))
        self.community_combo = RecordCombo(self.tr("(none)"))
        self.community_combo.setObjectName("siteCommunity")
        self.parent_combo = RecordCombo(self.tr("(none)"))
        self.parent_combo.setObjectName("siteParent")
        self.parent_combo.setToolTip(self.tr("The centre or station this site belongs to in the service network"))
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("siteAddress")
        self.hours_edit = QLineEdit()
        self.hours_edit.setObjectName("siteHours")
        self.hours_edit.setPlaceholderText(self.tr("e.g. Mon–Fri 9:00–12:00, 14:30–17:30"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("sitePhone")
        self.phone_edit.setPlaceholderText(self.tr("e.g. 020-83001234 or 13812345678"))
        self.operator_edit = QLineEdit()
        self.operator_edit.setObjectName("siteOperator")
        self.operator_edit.setPlaceholderText(self.tr("Social-work organisation running the site under contract"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("siteNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(required(self.tr("Name"))), self.name_edit)
        form.addRow(QLabel(required(self.tr("Kind"))), self.kind_combo)
        form.addRow(QLabel(required(self.tr("Street"))), self.street_combo)
        form.addRow(self.tr("Community"), self.community_combo)
        form.addRow(self.tr("Parent site"), self.parent_combo)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Opening hours"), self.hours_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Operating organisation"), self.operator_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        hint = QLabel(self.tr("Fields marked * are required."))
        hint.setStyleSheet("color: #666;")
        form.addRow("", hint)
        details = QWidget()
        details.setLayout(form)

        self.fields = {
            "name": self.name_edit, "kind": self.kind_combo, "street_id": self.street_combo,
            "community_id": self.community_combo, "parent_id": self.parent_combo, "address": self.address_edit,
            "opening_hours": self.hours_edit, "phone": self.phone_edit, "operator": self.operator_edit,
            "notes": self.notes_edit,
        }
        for widget in self.fields.values():
            clear_when_edited(widget)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self._add_part_tabs()

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSite")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSite")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)

        self.street_combo.idChanged.connect(lambda _id: self._street_changed())
        self.kind_combo.idChanged.connect(lambda _id: self._suggest_parent())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        if site_id:
            self._show(site_id)
        else:
            self.kind_combo.set_current_id(kind)
            self.street_combo.set_current_id(street_id)
            self._street_changed()
            self.community_combo.set_current_id(community_id)
            self.mark_saved()
        self.tabs.setCurrentIndex(tab if self.site_id else TAB_DETAILS)
        self.name_edit.setFocus()

    def _add_part_tabs(self) -> None:
        from .site_party_orgs import SitePartyOrgsEditor
        from .site_rooms import SiteRoomsEditor

        self.rooms = SiteRoomsEditor(self.db, None, self)  # pointed at the site when it is shown
        self.party_orgs = SitePartyOrgsEditor(self.db, None, self)
        self.tabs.addTab(self.rooms, self.tr("Function rooms"))
        self.tabs.addTab(self.party_orgs, self.tr("Party organisations"))

    @property
    def site_id(self) -> str | None:
        return self.record_id

    # --- loading -------------------------------------------------------------------------------------
    def _load(self, site_id: str) -> None:
        data = operations.read(self, sites.get_site, self.db, site_id)
        if data is None:
            self.record_id = None
            return
        self.setWindowTitle(self.tr("Edit site"))
        self.rooms.set_site(site_id)
        self.party_orgs.set_site(site_id)
        self.name_edit.setText(data["name"])
        self.kind_combo.set_current_id(data["kind"])
        self.street_combo.set_current_id(data["street_id"])
        self._street_changed()
        self.community_combo.set_current_id(data["community_id"])
        if data["parent_id"] and not self.parent_combo.set_current_id(data["parent_id"]):
            # a parent outside the usual kinds or street: still show it
            name = operations.read(self, sites.get_site, self.db, data["parent_id"], default={}).get("name", "")
            self.parent_combo.addItem(name, data["parent_id"])
            self.parent_combo.set_current_id(data["parent_id"])
        self.address_edit.setText(data["address"])
        self.hours_edit.setText(data["opening_hours"])
        self.phone_edit.setText(data["phone"])
        self.operator_edit.setText(data["operator"])
        self.notes_edit.setPlainText(data["notes"])

    def _street_changed(self) -> None:
        street_id = self.street_combo.current_id()
        communities = operations.read(self, geography.list_communities, self.db, street_id, default=[]) \
            if street_id else []
        self.community_combo.set_options(communities)
        self.community_combo.setEnabled(bool(street_id))
        parents = operations.read(self, sites.site_options, self.db, PARENT_KINDS, street_id, default=[]) \
            if street_id else []
        self.parent_combo.set_options([p for p in parents if p[0] != self.site_id])
        self.parent_combo.setEnabled(bool(street_id))
        self._suggest_parent()

    def _suggest_parent(self) -> None:
        """A new community centre usually belongs to its street's centre: preselect it when there is one."""
        if self.site_id or self.parent_combo.current_id() or self.kind_combo.current_id() != "community_service_center":
            return
        street_id = self.street_combo.current_id()
        if not street_id:
            return
        centres = operations.read(self, sites.site_options, self.db, ("street_service_center",), street_id,
                                  default=[])
        if len(centres) == 1:
            self.parent_combo.set_current_id(centres[0][0])

    # --- saving --------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(), "kind": self.kind_combo.current_id(),
            "street_id": self.street_combo.current_id(), "community_id": self.community_combo.current_id(),
            "parent_id": self.parent_combo.current_id(), "address": self.address_edit.text(),
            "opening_hours": self.hours_edit.text(), "phone": self.phone_edit.text(),
            "operator": self.operator_edit.text(), "notes": self.notes_edit.toPlainText(),
        }

    def _before_save(self, values: dict[str, Any]) -> bool:
        self.tabs.setCurrentIndex(TAB_DETAILS)  # where a refused value is pointed at
        return True

    def _create(self, values: dict[str, Any]) -> str:
        return sites.create_site(self.db, values)

    def _update(self, values: dict[str, Any]) -> None:
        assert self.site_id is not None
        sites.update_site(self.db, self.site_id, values)

    def _unsaved_question(self) -> str:
        return self.tr("Save the changes to this site?")


def open_site_form(db: Database, site_id: str, parent: QWidget | None = None, tab: int = TAB_DETAILS) -> int:
    """Open a site's form from any view (the network, the docking report, a reception's site)."""
    return SiteForm(db, site_id, parent, tab=tab).exec()
