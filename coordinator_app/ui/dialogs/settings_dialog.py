"""Settings: the user's name (recorded in the change log), the language, the data folder and the fonts for
printing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.config import Settings, default_data_dir

from ..i18n import LANGUAGES
from .fonts_section import FontsSection


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user_name_edit = QLineEdit(settings.user_name)
        self.user_name_edit.setMaxLength(50)
        form.addRow(self.tr("Your name:"), self.user_name_edit)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        form.addRow(self.tr("Language:"), self.language_combo)
        folder_row = QHBoxLayout()
        self.data_dir_edit = QLineEdit(settings.data_dir)
        self.data_dir_edit.setPlaceholderText(str(default_data_dir()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.data_dir_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Data folder:"), folder_row)
        layout.addLayout(form)
        self.fonts_section = FontsSection(settings.font_dir, self._data_dir(parent), self)
        layout.addWidget(self.fonts_section)
        note = QLabel(self.tr("Changes to the language and the data folder take effect the next time the "
                              "program starts."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def _data_dir(self, parent: QWidget | None) -> str:
        config = getattr(parent, "config", None)
        return str(getattr(config, "data_dir", "") or self.settings.data_dir or default_data_dir())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"),
                                                  self.data_dir_edit.text() or str(default_data_dir()))
        if folder:
            self.data_dir_edit.setText(folder)

    def accept(self) -> None:
        name = self.user_name_edit.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("Settings"), self.tr("Please enter your name."))
            return
        self.settings.user_name = name
        self.settings.language = self.language_combo.currentData()
        self.settings.data_dir = self.data_dir_edit.text().strip()
        self.settings.font_dir = self.fonts_section.font_dir()
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Settings"),
                                self.tr("The settings could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        super().accept()
