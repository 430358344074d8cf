"""A unit's page: its details, and together its resources, agreements, contact log, matches (with what it
has contributed) and Party organisations; edit, history (with the units merged into it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, units, units_parts

from .. import labels, operations
from ..formatting import format_date
from ..widgets.lazy_table_model import Column
from .part_table import PartTable
from .resource_dialog import amount_text

#: record types whose changes can alter the page
RELEVANT_CHANGES = {"", "co_unit", "unit_resource", "co_agreement", "unit_contact", "community_need", "need_match",
                    "party_org", "person", "street", "community", "site"}
TAB_RESOURCES, TAB_AGREEMENTS, TAB_CONTACTS, TAB_MATCHES, TAB_PARTY_ORGS = range(5)


def _date(value) -> str:  # type: ignore[no-untyped-def]
    return format_date(value) if value else ""


class UnitPage(QDialog):
    def __init__(self, db: Database, unit_id: str, parent: QWidget | None = None, tab: int = TAB_RESOURCES) -> None:
        super().__init__(parent)
        self.db = db
        self.unit_id = unit_id
        self.page: units.UnitPage | None = None
        self.resize(1000, 640)
        self.heading = QLabel()
        self.heading.setObjectName("unitHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("unitDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        kinds, statuses = labels.resource_kinds(), labels.resource_statuses()
        self.resources = PartTable([
            Column(self.tr("Type"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Amount"), lambda r: f"{amount_text(r.amount)} {r.unit_of_measure}".strip()),
            Column(self.tr("Available when"), lambda r: r.availability),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
        ], (90, 260, 110, 200), 1, self)
        self.resources.add_button(self.tr("Add resource"), "addResource", self.add_resource)
        self.resources.add_button(self.tr("Edit"), "editResource", self.edit_resource, True)
        self.resources.add_button(self.tr("Delete"), "deleteResource", self.delete_resource, True)
        self.resources.on_double_click(self.edit_resource)

        agreement_statuses = labels.agreement_statuses()
        self.agreements = PartTable([
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Our side"), lambda r: r.our_side),
            Column(self.tr("Signed on"), lambda r: _date(r.signed_on)),
            Column(self.tr("Valid until"), lambda r: _date(r.valid_until)),
            Column(self.tr("Status"), lambda r: agreement_statuses.get(r.status, r.status)),
            Column(self.tr("Scanned copy"), lambda r: r.attachment_name),
        ], (200, 200, 130, 130, 80), 5, self)
        self.agreements.add_button(self.tr("Add agreement"), "addAgreement", self.add_agreement)
        self.agreements.add_button(self.tr("Edit"), "editAgreement", self.edit_agreement, True)
        self.agreements.add_button(self.tr("Delete"), "deleteAgreement", self.delete_agreement, True)
        self.agreements.add_button(self.tr("Print agreement…"), "printAgreement", self.print_agreement, True)
        self.agreements.on_double_click(self.edit_agreement)

        channels = labels.contact_channels()
        self.contacts = PartTable([
            Column(self.tr("Date"), lambda r: _date(r.contacted_on)),
            Column(self.tr("Our person"), lambda r: r.our_person),
            Column(self.tr("Their person"), lambda r: r.their_person),
            Column(self.tr("Channel"), lambda r: channels.get(r.channel, r.channel)),
            Column(self.tr("Summary"), lambda r: r.summary),
            Column(self.tr("Follow-up"), lambda r: r.follow_up),
        ], (130, 80, 80, 80, 330), 5, self)
        self.contacts.add_button(self.tr("Record contact"), "addContact", self.add_contact)
        self.contacts.add_button(self.tr("Edit"), "editContact", self.edit_contact, True)
        self.contacts.add_button(self.tr("Delete"), "deleteContact", self.delete_contact, True)
        self.contacts.on_double_click(self.edit_contact)

        outcomes = labels.match_outcomes()
        self.matches = PartTable([
            Column(self.tr("Matched on"), lambda r: _date(r.matched_on)),
            Column(self.tr("Need"), lambda r: r.need_title),
            Column(self.tr("Community"), lambda r: r.community_name),
            Column(self.tr("Resource"), lambda r: r.resource),
            Column(self.tr("Outcome"), lambda r: outcomes.get(r.outcome, r.outcome)),
            Column(self.tr("Outcome notes"), lambda r: r.outcome_notes),
        ], (130, 200, 120, 150, 80), 5, self)
        self.contributions_label = QLabel()
        self.contributions_label.setObjectName("unitContributions")
        self.matches.buttons.insertWidget(0, self.contributions_label)

        from ..stations.site_party_orgs import SitePartyOrgsEditor

        self.party_orgs = SitePartyOrgsEditor(db, None, self, unit_id=unit_id)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.resources, self.tr("Resources"))
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.addTab(self.contacts, self.tr("Contact log"))
        self.tabs.addTab(self.matches, self.tr("Matches and contributions"))
        self.tabs.addTab(self.party_orgs, self.tr("Party organisations"))

        self.edit_button = QPushButton(self.tr("Edit details"))
        self.edit_button.setObjectName("editUnitDetails")
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("unitHistory")
        close = QPushButton(self.tr("Close"))
        for button in (self.edit_button, self.history_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_details)
        self.history_button.clicked.connect(self.show_history)
        close.clicked.connect(self.accept)
        operations.hub().changed.connect(self._data_changed)
        self.reload()
        self.tabs.setCurrentIndex(tab)

    # --- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        page = operations.read(self, units.unit_page, self.db, self.unit_id)
        if page is None:
            self.page = None
            self.setEnabled(False)
            return
        self.page = page
        unit = page.unit
        categories = labels.unit_categories()
        self.setWindowTitle(self.tr("Co-building unit: %1").replace("%1", unit["name"]))
        alliance = (" · " + self.tr("Charity alliance member")) if unit["in_charity_alliance"] else ""
        self.heading.setText(f"<b style='font-size:15px'>{unit['name']}</b>　"
                             f"{categories.get(unit['category'], unit['category'])}{alliance}")
        place = page.street_name + (f" {page.community_name}" if page.community_name else "")
        lines = [
            self.tr("Unified social credit code: %1").replace("%1", unit["credit_code"] or self.tr("(not recorded)")),
            self.tr("Place: %1").replace("%1", " ".join(p for p in (place, unit["address"]) if p)),
            self.tr("Contact: %1").replace("%1", " ".join(p for p in (unit["contact_name"], unit["contact_phone"]) if p)
                                           or self.tr("(not recorded)")),
        ]
        if unit["tags"]:
            lines.append(self.tr("Tags: %1").replace("%1", unit["tags"]))
        if page.merged_from:
            lines.append(self.tr("Merged from: %1").replace("%1", "、".join(page.merged_from)))
        self.details.setText("\n".join(lines))
        self.resources.set_rows(page.resources)
        self.agreements.set_rows(page.agreements)
        self.contacts.set_rows(page.contacts)
        self.matches.set_rows(page.matches)
        self.contributions_label.setText(
            self.tr("Contributed: %1 needs met").replace("%1", str(len(page.contributions))))
        for index, count in ((TAB_RESOURCES, len(page.resources)), (TAB_AGREEMENTS, len(page.agreements)),
                             (TAB_CONTACTS, len(page.contacts)), (TAB_MATCHES, len(page.matches))):
            base = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{base} ({count})")

    def _data_changed(self, record_type: str) -> None:
        if record_type in RELEVANT_CHANGES and self.isVisible():
            self.reload()

    # --- details and history ----------------------------------------------------------------------------
    def edit_details(self) -> None:
        from .unit_form import UnitForm

        UnitForm(self.db, self.unit_id, self).exec()

    def show_history(self) -> None:
        from ..dialogs.history_dialog import HistoryDialog, history_title

        entries = operations.read(self, units.unit_history, self.db, self.unit_id, default=[]) or []
        name = self.page.unit["name"] if self.page else ""
        HistoryDialog(self.db, self.unit_id, history_title(name), self, entries).exec()

    def _confirm_delete(self, title: str, what: str) -> bool:
        answer = QMessageBox.question(self, title, self.tr("Move “%1” to the recycle bin?").replace("%1", what))
        return answer == QMessageBox.StandardButton.Yes

    # --- resources ---------------------------------------------------------------------------------------
    def add_resource(self) -> None:
        from .resource_dialog import ResourceDialog

        ResourceDialog(self.db, self.unit_id, None, self).exec()

    def edit_resource(self) -> None:
        from .resource_dialog import ResourceDialog

        row = self.resources.selected()
        if row is not None:
            ResourceDialog(self.db, self.unit_id, row.id, self).exec()

    def delete_resource(self) -> None:
        row = self.resources.selected()
        if row is not None and self._confirm_delete(self.tr("Delete resource"), row.description):
            operations.write(self, "unit_resource", units_parts.delete_resource, self.db, row.id)

    # --- agreements --------------------------------------------------------------------------------------
    def add_agreement(self) -> None:
        from .agreement_dialog import AgreementDialog

        street = self.page.unit["street_id"] if self.page else None
        AgreementDialog(self.db, self.unit_id, None, self, street_id=street).exec()

    def edit_agreement(self) -> None:
        from .agreement_dialog import AgreementDialog

        row = self.agreements.selected()
        if row is not None:
            AgreementDialog(self.db, self.unit_id, row.id, self).exec()

    def print_agreement(self) -> QWidget | None:
        """共建协议书 of the selected agreement."""
        from ..printing.options_dialog import ask_and_preview

        row = self.agreements.selected()
        if row is None:
            return None
        return ask_and_preview(self, self.db, "unit-agreement", self.tr("Print the agreement"), target_id=row.id)

    def delete_agreement(self) -> None:
        row = self.agreements.selected()
        if row is not None and self._confirm_delete(self.tr("Delete agreement"), row.title):
            operations.write(self, "co_agreement", agreements.delete_agreement, self.db, row.id)

    # --- contacts ----------------------------------------------------------------------------------------
    def add_contact(self) -> None:
        from .contact_dialog import ContactDialog

        their = self.page.unit["contact_name"] if self.page else ""
        ContactDialog(self.db, self.unit_id, None, self, their_person=their).exec()

    def edit_contact(self) -> None:
        from .contact_dialog import ContactDialog

        row = self.contacts.selected()
        if row is not None:
            ContactDialog(self.db, self.unit_id, row.id, self).exec()

    def delete_contact(self) -> None:
        row = self.contacts.selected()
        if row is not None and self._confirm_delete(self.tr("Delete contact record"), _date(row.contacted_on)):
            operations.write(self, "unit_contact", units_parts.delete_contact, self.db, row.id)


def open_unit_page(db: Database, unit_id: str, parent: QWidget | None = None, tab: int = TAB_RESOURCES) -> int:
    return UnitPage(db, unit_id, parent, tab).exec()


