"""About: version, data folder, database and log file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coordinator_app import __version__
from coordinator_app.config import AppConfig


def _safe_url(url: str) -> str:
    """The database URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url


class AboutDialog(QDialog):
    def __init__(self, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Party-building coordinator's workbench</h2>"))
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Station hubs, co-building units, brand projects and councils, "
                                        "led by Party building.")))
        form = QFormLayout()
        self.version_label = QLabel(__version__)
        self.data_dir_label = QLabel(str(config.data_dir))
        self.database_label = QLabel(_safe_url(config.database_url))
        self.log_label = QLabel(str(config.log_file))
        for label in (self.data_dir_label, self.database_label, self.log_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Data folder:"), self.data_dir_label)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Log file:"), self.log_label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 260)
