"""A co-building agreement (共建协议): our side (a street, a community or a site), dates, content, status, and
its scanned copy (kept in the data folder, opened with the system's viewer). An agreement in force whose end
date has passed shows as 已到期 everywhere; the dialog says so beside its status."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, geography, sites

from .. import labels, operations
from ..stations.fields import date_edit, from_qdate, to_qdate
from ..stations.site_form import required
from ..widgets.form_dialog import form_with_buttons, watch_fields
from ..widgets.form_errors import write_form
from ..widgets.record_combo import RecordCombo

SIDE_STREET, SIDE_COMMUNITY, SIDE_SITE = "street_id", "community_id", "site_id"


class AgreementDialog(QDialog):
    def __init__(self, db: Database, unit_id: str, agreement_id: str | None = None, parent: QWidget | None = None,
                 *, street_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit_id = unit_id
        self.agreement_id = agreement_id
        self.setWindowTitle(self.tr("Edit agreement") if agreement_id else self.tr("New agreement"))
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(self.tr("Party-building co-operation agreement") if not agreement_id else "")
        self.title_edit.setObjectName("agreementTitle")
        self.side_combo = RecordCombo()
        self.side_combo.setObjectName("agreementSide")
        self.side_combo.set_options([(SIDE_STREET, self.tr("Street")), (SIDE_COMMUNITY, self.tr("Community")),
                                     (SIDE_SITE, self.tr("Site"))])
        self.street_combo = RecordCombo(self.tr("(choose)"))
        self.street_combo.setObjectName("agreementStreet")
        self.street_combo.set_options(operations.read(self, geography.list_streets, db, default=[]))
        self.community_combo = RecordCombo(self.tr("(choose)"))
        self.community_combo.setObjectName("agreementCommunity")
        self.site_combo = RecordCombo(self.tr("(choose)"))
        self.site_combo.setObjectName("agreementSite")
        self.signed_edit = date_edit(date.today())
        self.signed_edit.setObjectName("agreementSigned")
        self.until_check = QCheckBox(self.tr("Valid until"))
        self.until_check.setObjectName("agreementHasEnd")
        self.until_check.setChecked(True)
        self.until_edit = date_edit(date.today() + timedelta(days=365))
        self.until_edit.setObjectName("agreementUntil")
        self.status_combo = RecordCombo()
        self.status_combo.setObjectName("agreementStatus")
        self.status_combo.set_choices(labels.agreement_statuses())
        self.status_combo.set_current_id("active")
        self.status_note = QLabel()
        self.status_note.setObjectName("agreementStatusNote")
        self.status_note.setStyleSheet("color: #b3261e;")
        self.content_edit = QPlainTextEdit()
        self.content_edit.setObjectName("agreementContent")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setFixedHeight(90)
        self.scan_label = QLabel()
        self.scan_label.setObjectName("agreementScan")
        self.attach_button = QPushButton(self.tr("Attach scanned copy…"))
        self.attach_button.setObjectName("attachScan")
        self.open_button = QPushButton(self.tr("Open scanned copy"))
        self.open_button.setObjectName("openScan")
        for button in (self.attach_button, self.open_button):
            button.setAutoDefault(False)

        side_row = QHBoxLayout()
        side_row.addWidget(self.side_combo)
        side_row.addWidget(self.street_combo, 1)
        side_row.addWidget(self.community_combo, 1)
        side_row.addWidget(self.site_combo, 2)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_check)
        until_row.addWidget(self.until_edit, 1)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.attach_button)
        scan_row.addWidget(self.open_button)
        form = QFormLayout()
        form.addRow(QLabel(required(self.tr("Title"))), self.title_edit)
        form.addRow(QLabel(required(self.tr("Our side"))), side_row)
        form.addRow(QLabel(required(self.tr("Signed on"))), self.signed_edit)
        form.addRow("", until_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.status_note, 1)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Content"), self.content_edit)
        form.addRow(self.tr("Scanned copy"), scan_row)
        self.fields: dict[str, QWidget] = {
            "title": self.title_edit, "street_id": self.street_combo, "community_id": self.community_combo,
            "site_id": self.site_combo, "signed_on": self.signed_edit, "valid_until": self.until_edit,
            "status": self.status_combo, "content": self.content_edit}
        watch_fields(self.fields)
        self.save_button = form_with_buttons(self, form, "saveAgreement")

        self.side_combo.idChanged.connect(lambda _id: self._side_changed())
        self.street_combo.idChanged.connect(lambda _id: self._street_changed())
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.until_check.toggled.connect(lambda _on: self._update_status_note())
        self.until_edit.dateChanged.connect(lambda _d: self._update_status_note())
        self.status_combo.idChanged.connect(lambda _id: self._update_status_note())
        self.save_button.clicked.connect(self.save)
        self.attach_button.clicked.connect(lambda _c=False: self.attach_scan())
        self.open_button.clicked.connect(lambda _c=False: self.open_scan())
        self._attachment = ""
        if agreement_id:
            self._load(agreement_id)
        else:
            self.street_combo.set_current_id(street_id)
            self._street_changed()
        self._side_changed()
        self._update_scan()
        self._update_status_note()

    def _load(self, agreement_id: str) -> None:
        data = operations.read(self, agreements.get_agreement, self.db, agreement_id)
        if not data:
            self.agreement_id = None
            return
        self.title_edit.setText(data["title"])
        street = data["street_id"]
        if data["community_id"]:
            self.side_combo.set_current_id(SIDE_COMMUNITY)
            street = operations.read(self, geography.street_of_community, self.db, data["community_id"])
        elif data["site_id"]:
            self.side_combo.set_current_id(SIDE_SITE)
            street = operations.read(self, sites.get_site, self.db, data["site_id"], default={}).get("street_id")
        self.street_combo.set_current_id(street)
        self._street_changed()
        self.community_combo.set_current_id(data["community_id"])
        self.site_combo.set_current_id(data["site_id"])
        self.signed_edit.setDate(to_qdate(data["signed_on"]))
        self.until_check.setChecked(data["valid_until"] is not None)
        if data["valid_until"]:
            self.until_edit.setDate(to_qdate(data["valid_until"]))
        self.status_combo.set_current_id(data["status"])
        self.content_edit.setPlainText(data["content"])
        self._attachment = data["attachment_name"]

    def _street_changed(self) -> None:
        street_id = self.street_combo.current_id()
        self.community_combo.set_options(
            operations.read(self, geography.list_communities, self.db, street_id, default=[]) if street_id else [])
        self.site_combo.set_options(
            operations.read(self, sites.site_options, self.db, None, street_id, default=[]) if street_id else [])

    def _side_changed(self) -> None:
        side = self.side_combo.current_id()
        self.community_combo.setVisible(side == SIDE_COMMUNITY)
        self.site_combo.setVisible(side == SIDE_SITE)

    def _update_status_note(self) -> None:
        """In force but past its end date: it shows as 已到期 in the lists without anyone changing the status."""
        values = self.values()
        shown = agreements.effective_status(values["status"] or "", values["valid_until"])
        ended = shown != values["status"]
        self.status_note.setText(self.tr("The end date has passed: it shows as “%1”.")
                                 .replace("%1", labels.agreement_statuses()[shown]) if ended else "")

    def values(self) -> dict[str, Any]:
        side = self.side_combo.current_id()
        return {
            "unit_id": self.unit_id, "title": self.title_edit.text(),
            "street_id": self.street_combo.current_id() if side == SIDE_STREET else None,
            "community_id": self.community_combo.current_id() if side == SIDE_COMMUNITY else None,
            "site_id": self.site_combo.current_id() if side == SIDE_SITE else None,
            "signed_on": from_qdate(self.signed_edit.date()),
            "valid_until": from_qdate(self.until_edit.date()) if self.until_check.isChecked() else None,
            "status": self.status_combo.current_id(), "content": self.content_edit.toPlainText(),
        }

    def save(self) -> bool:
        saved = write_form(self, "co_agreement", self.fields, agreements.save_agreement, self.db, self.values(),
                           self.agreement_id)
        if saved:
            self.agreement_id = saved
            self.accept()
        return bool(saved)

    # --- the scanned copy --------------------------------------------------------------------------------
    def _update_scan(self) -> None:
        if not self.agreement_id:
            self.scan_label.setText(self.tr("Save the agreement first; then a scan can be attached."))
        else:
            self.scan_label.setText(self._attachment or self.tr("(none)"))
        self.attach_button.setEnabled(self.agreement_id is not None)
        self.open_button.setEnabled(bool(self.agreement_id and self._attachment))

    def attach_scan(self, path: str | None = None) -> bool:
        if not self.agreement_id:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose the scanned agreement"), "",
                self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
        if not path:
            return False
        stored = operations.write(self, "co_agreement", agreements.attach_scan, self.db, self.agreement_id, path)
        if stored:
            self._attachment = operations.read(self, agreements.get_agreement, self.db, self.agreement_id,
                                               default={}).get("attachment_name", "")
            self._update_scan()
        return bool(stored)

    def open_scan(self) -> bool:
        if not self.agreement_id:
            return False
        path = operations.read(self, agreements.scan_path, self.db, self.agreement_id)
        if path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
