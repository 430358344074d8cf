"""Street and community combos where the community list follows the street. Used as a filter
(with "all" entries) and in forms (with a "none" entry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography

from .. import operations
from .record_combo import RecordCombo


class StreetCommunityFilter(QWidget):
    #: street or community changed
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, street_none: str | None = None,
                 community_none: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        translate = QCoreApplication.translate
        self.street = RecordCombo(street_none if street_none is not None
                                  else translate("StreetCommunityFilter", "All streets"))
        self.street.setObjectName("streetFilter")
        self.community = RecordCombo(community_none if community_none is not None
                                     else translate("StreetCommunityFilter", "All communities"))
        self.community.setObjectName("communityFilter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.street)
        layout.addWidget(self.community)
        self.reload_streets()
        self.street.idChanged.connect(self._street_changed)
        self.community.idChanged.connect(lambda _id: self.changed.emit())

    def reload_streets(self) -> None:
        self.street.set_options(operations.read(self, geography.list_streets, self.db, default=[]))
        self._load_communities()

    def _load_communities(self) -> None:
        street_id = self.street.current_id()
        options = operations.read(self, geography.list_communities, self.db, street_id, default=[]) if street_id else []
        self.community.blockSignals(True)
        self.community.set_options(options)
        self.community.blockSignals(False)
        self.community.setEnabled(street_id is not None)

    def _street_changed(self, _street_id: object) -> None:
        self._load_communities()
        self.changed.emit()

    def street_id(self) -> str | None:
        return self.street.current_id()

    def community_id(self) -> str | None:
        return self.community.current_id()

    def set_street_id(self, street_id: str | None) -> None:
        self.street.set_current_id(street_id)
