"""Adding or editing one resource a unit offers (资源): type, description, amount and measure, when, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import units_parts

from .. import labels, operations
from ..stations.site_form import required
from ..widgets.form_dialog import form_with_buttons, watch_fields
from ..widgets.form_errors import write_form
from ..widgets.record_combo import RecordCombo


def amount_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class ResourceDialog(QDialog):
    def __init__(self, db: Database, unit_id: str, resource_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.unit_id = unit_id
        self.resource_id = resource_id
        self.setWindowTitle(self.tr("Edit resource") if resource_id else self.tr("New resource"))
        self.setMinimumWidth(460)
        self.kind_combo = RecordCombo(self.tr("(choose)"))
        self.kind_combo.setObjectName("resourceKind")
        self.kind_combo.set_choices(labels.resource_kinds())
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("resourceDescription")
        self.description_edit.setPlaceholderText(self.tr("e.g. Party-member volunteers, meeting room"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("resourceAmount")
        self.measure_edit = QLineEdit()
        self.measure_edit.setObjectName("resourceMeasure")
        self.measure_edit.setPlaceholderText(self.tr("e.g. people, yuan, m²"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.measure_edit, 1)
        self.availability_edit = QLineEdit()
        self.availability_edit.setObjectName("resourceAvailability")
        self.availability_edit.setPlaceholderText(self.tr("e.g. Saturday mornings"))
        self.status_combo = RecordCombo()
        self.status_combo.setObjectName("resourceStatus")
        self.status_combo.set_choices(labels.resource_statuses())
        form = QFormLayout()
        form.addRow(QLabel(required(self.tr("Type"))), self.kind_combo)
        form.addRow(QLabel(required(self.tr("Description"))), self.description_edit)
        form.addRow(self.tr("Amount and measure"), amount_row)
        form.addRow(self.tr("Available when"), self.availability_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        self.fields: dict[str, QWidget] = {"kind": self.kind_combo, "description": self.description_edit,
                                           "amount": self.amount_edit, "unit_of_measure": self.measure_edit,
                                           "availability": self.availability_edit, "status": self.status_combo}
        watch_fields(self.fields)
        self.save_button = form_with_buttons(self, form, "saveResource", enter_saves=True)
        self.save_button.clicked.connect(self.save)
        if resource_id:
            data = operations.read(self, units_parts.get_resource, db, resource_id) or {}
            self.kind_combo.set_current_id(data.get("kind"))
            self.description_edit.setText(data.get("description", ""))
            self.amount_edit.setText(amount_text(data.get("amount")))
            self.measure_edit.setText(data.get("unit_of_measure", ""))
            self.availability_edit.setText(data.get("availability", ""))
            self.status_combo.set_current_id(data.get("status"))

    def values(self) -> dict[str, Any]:
        return {"unit_id": self.unit_id, "kind": self.kind_combo.current_id(),
                "description": self.description_edit.text(), "amount": self.amount_edit.text(),
                "unit_of_measure": self.measure_edit.text(), "availability": self.availability_edit.text(),
                "status": self.status_combo.current_id()}

    def save(self) -> bool:
        saved = write_form(self, "unit_resource", self.fields, units_parts.save_resource, self.db, self.values(),
                           self.resource_id)
        if saved:
            self.resource_id = saved
            self.accept()
        return bool(saved)
