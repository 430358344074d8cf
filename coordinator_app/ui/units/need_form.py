"""A community's need (社区需求): the community, what is needed, the resource type wanted, by when, status."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coordinator_app.core.database import Database
from coordinator_app.core.services import needs

from .. import labels, operations
from ..stations.fields import date_edit, from_qdate, to_qdate
from ..stations.site_form import required
from ..widgets.form_dialog import form_with_buttons, watch_fields
from ..widgets.form_errors import write_form
from ..widgets.location_filter import StreetCommunityFilter
from ..widgets.record_combo import RecordCombo


class NeedForm(QDialog):
    def __init__(self, db: Database, need_id: str | None = None, parent: QWidget | None = None, *,
                 street_id: str | None = None, community_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.need_id = need_id
        self.setWindowTitle(self.tr("Edit need") if need_id else self.tr("New need"))
        self.setMinimumWidth(520)
        self.place = StreetCommunityFilter(db, self, street_none=self.tr("(choose a street)"),
                                           community_none=self.tr("(choose a community)"))
        self.place.setObjectName("needPlace")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("needTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. volunteers for the seniors' canteen"))
        self.kind_combo = RecordCombo(self.tr("(choose)"))
        self.kind_combo.setObjectName("needKind")
        self.kind_combo.set_choices(labels.resource_kinds())
        self.by_check = QCheckBox(self.tr("Needed by"))
        self.by_check.setObjectName("needHasDate")
        self.by_check.setChecked(True)
        self.by_edit = date_edit(date.today() + timedelta(days=30))
        self.by_edit.setObjectName("needBy")
        self.status_combo = RecordCombo()
        self.status_combo.setObjectName("needStatus")
        self.status_combo.set_choices(labels.need_statuses())
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("needDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        by_row = QHBoxLayout()
        by_row.addWidget(self.by_check)
        by_row.addWidget(self.by_edit, 1)
        form = QFormLayout()
        form.addRow(QLabel(required(self.tr("Community"))), self.place)
        form.addRow(QLabel(required(self.tr("What is needed"))), self.title_edit)
        form.addRow(QLabel(required(self.tr("Resource type wanted"))), self.kind_combo)
        form.addRow("", by_row)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Details"), self.description_edit)
        self.fields: dict[str, QWidget] = {"community_id": self.place.community, "title": self.title_edit,
                                           "resource_kind": self.kind_combo, "needed_by": self.by_edit,
                                           "status": self.status_combo, "description": self.description_edit}
        watch_fields(self.fields)
        self.save_button = form_with_buttons(self, form, "saveNeed")
        self.by_check.toggled.connect(self.by_edit.setEnabled)
        self.save_button.clicked.connect(self.save)
        if need_id:
            data = operations.read(self, needs.get_need, db, need_id) or {}
            if data:
                self.place.set_street_id(data["street_id"])
                self.place.community.set_current_id(data["community_id"])
                self.title_edit.setText(data["title"])
                self.kind_combo.set_current_id(data["resource_kind"])
                self.by_check.setChecked(data["needed_by"] is not None)
                if data["needed_by"]:
                    self.by_edit.setDate(to_qdate(data["needed_by"]))
                self.status_combo.set_current_id(data["status"])
                self.description_edit.setPlainText(data["description"])
        else:
            self.place.set_street_id(street_id)
            self.place.community.set_current_id(community_id)

    def values(self) -> dict[str, Any]:
        return {"community_id": self.place.community_id(), "title": self.title_edit.text(),
                "resource_kind": self.kind_combo.current_id(),
                "needed_by": from_qdate(self.by_edit.date()) if self.by_check.isChecked() else None,
                "status": self.status_combo.current_id(), "description": self.description_edit.toPlainText()}

    def save(self) -> bool:
        saved = write_form(self, "community_need", self.fields, needs.save_need, self.db, self.values(), self.need_id)
        if saved:
            self.need_id = saved
            self.accept()
        return bool(saved)
