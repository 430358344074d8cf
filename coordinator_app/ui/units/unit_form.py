"""The unit form (共建单位): name, category, 统一社会信用代码, place, contact, Party-masses charity alliance,
tags, notes. Before saving a new unit (or a changed name or code) it looks for duplicates and offers to
open the existing unit instead. Saving and asking about unsaved changes: RecordForm."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, units

from .. import labels, operations
from ..stations.site_form import required
from ..widgets.form_errors import clear_when_edited
from ..widgets.record_combo import RecordCombo
from ..widgets.record_form import RecordForm


class UnitForm(RecordForm):
    record_type = "co_unit"

    def __init__(self, db: Database, unit_id: str | None = None, parent: QWidget | None = None, *,
                 street_id: str | None = None, community_id: str | None = None) -> None:
        super().__init__(db, unit_id, parent)
        #: the existing unit the user chose to open instead of saving a duplicate
        self.open_instead: str | None = None
        self.setWindowTitle(self.tr("Edit co-building unit") if unit_id else self.tr("New co-building unit"))
        self.setMinimumWidth(600)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("unitName")
        self.category_combo = RecordCombo(self.tr("(choose)"))
        self.category_combo.setObjectName("unitCategory")
        self.category_combo.set_choices(labels.unit_categories())
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("unitCreditCode")
        self.code_edit.setPlaceholderText(self.tr("18 characters, as on the business licence or registration certificate"))
        self.street_combo = RecordCombo(self.tr("(choose)"))
        self.street_combo.setObjectName("unitStreet")
        self.street_combo.set_options(operations.read(self, geography.list_streets, db, default=[]))
        self.community_combo = RecordCombo(self.tr("(none)"))
        self.community_combo.setObjectName("unitCommunity")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("unitAddress")
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("unitContact")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("unitPhone")
        self.phone_edit.setPlaceholderText(self.tr("e.g. 020-83001234 or 13812345678"))
        self.alliance_check = QCheckBox(self.tr("Member of the street's Party-masses charity alliance"))
        self.alliance_check.setObjectName("unitAlliance")
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("unitTags")
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas, e.g. volunteering, donations"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("unitNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(required(self.tr("Name"))), self.name_edit)
        form.addRow(QLabel(required(self.tr("Category"))), self.category_combo)
        form.addRow(self.tr("Unified social credit code"), self.code_edit)
        form.addRow(QLabel(required(self.tr("Street"))), self.street_combo)
        form.addRow(self.tr("Community"), self.community_combo)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Contact phone"), self.phone_edit)
        form.addRow("", self.alliance_check)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        hint = QLabel(self.tr("Fields marked * are required."))
        hint.setStyleSheet("color: #666;")
        form.addRow("", hint)
        self.fields = {
            "name": self.name_edit, "category": self.category_combo, "credit_code": self.code_edit,
            "street_id": self.street_combo, "community_id": self.community_combo, "address": self.address_edit,
            "contact_name": self.contact_edit, "contact_phone": self.phone_edit, "tags": self.tags_edit,
            "notes": self.notes_edit,
        }
        for widget in self.fields.values():
            clear_when_edited(widget)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveUnit")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.street_combo.idChanged.connect(lambda _id: self._street_changed())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._loaded: dict[str, Any] = {}
        if unit_id:
            self._show(unit_id)
        else:
            self.street_combo.set_current_id(street_id)
            self._street_changed()
            self.community_combo.set_current_id(community_id)
            self.mark_saved()
        self.name_edit.setFocus()

    @property
    def unit_id(self) -> str | None:
        return self.record_id

    def _load(self, unit_id: str) -> None:
        data = operations.read(self, units.get_unit, self.db, unit_id)
        if data is None:
            self.record_id = None
            return
        self._loaded = data
        self.setWindowTitle(self.tr("Edit co-building unit"))
        self.name_edit.setText(data["name"])
        self.category_combo.set_current_id(data["category"])
        self.code_edit.setText(data["credit_code"])
        self.street_combo.set_current_id(data["street_id"])
        self._street_changed()
        self.community_combo.set_current_id(data["community_id"])
        self.address_edit.setText(data["address"])
        self.contact_edit.setText(data["contact_name"])
        self.phone_edit.setText(data["contact_phone"])
        self.alliance_check.setChecked(bool(data["in_charity_alliance"]))
        self.tags_edit.setText(data["tags"])
        self.notes_edit.setPlainText(data["notes"])

    def _street_changed(self) -> None:
        street_id = self.street_combo.current_id()
        communities = operations.read(self, geography.list_communities, self.db, street_id, default=[]) \
            if street_id else []
        self.community_combo.set_options(communities)
        self.community_combo.setEnabled(bool(street_id))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(), "category": self.category_combo.current_id(),
            "credit_code": self.code_edit.text(), "street_id": self.street_combo.current_id(),
            "community_id": self.community_combo.current_id(), "address": self.address_edit.text(),
            "contact_name": self.contact_edit.text(), "contact_phone": self.phone_edit.text(),
            "in_charity_alliance": self.alliance_check.isChecked(), "tags": self.tags_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    # --- duplicates ----------------------------------------------------------------------------------
    def _identity_changed(self, values: dict[str, Any]) -> bool:
        if not self.unit_id:
            return True
        return (values["name"].strip() != self._loaded.get("name")
                or values["credit_code"].strip() != self._loaded.get("credit_code"))

    def _confirm_not_duplicate(self, values: dict[str, Any]) -> bool:
        """True to go on saving. When a similar unit exists the user may open it instead (the form closes)."""
        if not self._identity_changed(values):
            return True
        found = operations.read(self, units.find_duplicates, self.db, values, self.unit_id, default=[]) or []
        if not found:
            return True
        first = found[0]
        why = (self.tr("the same unified social credit code") if first.reason == "credit_code"
               else self.tr("a nearly identical name"))
        text = (self.tr("“%1” (%2) is already in the directory with %3. Open the existing unit instead?\n\n"
                        "Open: show the existing unit; Save: save this one as well; Cancel: go back to the form.")
                .replace("%1", first.name).replace("%2", first.street_name).replace("%3", why))
        if len(found) > 1:
            text += "\n" + self.tr("%1 similar units in all.").replace("%1", str(len(found)))
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, self.tr("Possible duplicate"), text,
                                      buttons.Open | buttons.Save | buttons.Cancel, buttons.Open)
        if answer == buttons.Open:
            self.open_instead = first.id
            QDialog.reject(self)  # closed without asking about the changes: the user chose the existing unit
            return False
        return answer == buttons.Save

    # --- saving --------------------------------------------------------------------------------------
    def _before_save(self, values: dict[str, Any]) -> bool:
        return self._confirm_not_duplicate(values)

    def _create(self, values: dict[str, Any]) -> str:
        return units.create_unit(self.db, values)

    def _update(self, values: dict[str, Any]) -> None:
        assert self.unit_id is not None
        units.update_unit(self.db, self.unit_id, values)

    def _unsaved_question(self) -> str:
        return self.tr("Save the changes to this unit?")
