"""Sites list (placeholder until the list and form land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coordinator_app.core.database import Database


class SitesView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        QVBoxLayout(self).addWidget(QLabel(self.tr("Sites")))
