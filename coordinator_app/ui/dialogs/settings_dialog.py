"""Settings: the user's name (recorded in the change log), the language, the data folder and the fonts for
printing. The data folder in use is shown as well, with what chose it (``--data-dir``, the environment, these
settings or the default), since a folder chosen here takes effect only at the next start and not at all while
``--data-dir`` or ``COORDINATOR_DATA_DIR`` is given."""

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

from coordinator_app.config import FROM_ARGUMENT, FROM_ENVIRONMENT, AppConfig, Settings, default_data_dir

from ..i18n import LANGUAGES
from .fonts_section import FontsSection


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, config: AppConfig | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        #: the running program's configuration (by default the main window's)
        self.config: AppConfig | None = config or getattr(parent, "config", None)
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
        self.data_dir_in_use = QLineEdit(self._data_dir())  # read-only: a path to select and copy
        self.data_dir_in_use.setObjectName("dataDirInUse")
        self.data_dir_in_use.setReadOnly(True)
        self.data_dir_in_use.setFrame(False)
        self.data_dir_in_use.setStyleSheet("background: transparent;")
        form.addRow(self.tr("Data folder in use:"), self.data_dir_in_use)
        folder_row = QHBoxLayout()
        self.data_dir_edit = QLineEdit(settings.data_dir)
        self.data_dir_edit.setPlaceholderText(self.tr("Default: %1").replace("%1", str(default_data_dir())))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.data_dir_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Data folder from the next start:"), folder_row)
        self.data_dir_note = QLabel(self._data_dir_note())
        self.data_dir_note.setObjectName("dataDirNote")
        self.data_dir_note.setWordWrap(True)
        self.data_dir_note.setStyleSheet("color: #666;")
        form.addRow("", self.data_dir_note)
        layout.addLayout(form)
        self.fonts_section = FontsSection(settings.font_dir, self._data_dir(), self)
        layout.addWidget(self.fonts_section)
        note = QLabel(self.tr("Changes to the language and the data folder take effect the next time the "
                              "program starts."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _data_dir(self) -> str:
        """The folder the running program uses (the chosen or default one when there is no running program)."""
        if self.config is not None:
            return str(self.config.data_dir)
        return self.settings.data_dir or str(default_data_dir())

    def _data_dir_note(self) -> str:
        source = self.config.data_dir_source if self.config is not None else ""
        if source == FROM_ARGUMENT:
            return self.tr("This start uses the folder given by --data-dir on the command line; the folder above "
                           "is used when the program starts without --data-dir.")
        if source == FROM_ENVIRONMENT:
            return self.tr("This start uses the folder given by the environment variable COORDINATOR_DATA_DIR; "
                           "the folder above is used when that variable is not set.")
        return self.tr("The data already recorded is not moved to a newly chosen folder.")

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
