"""The fonts section of the settings: which installed font serves each role of printed documents (仿宋, 宋体,
黑体, 楷体, 小标宋), a warning where a role falls back to another, and the folder of fonts searched first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.errors import CoordinatorError
from coordinator_app.printing.fonts import ROLES, font_set, forget_font_sets


class FontsSection(QGroupBox):
    def __init__(self, font_dir: str, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fonts for printing"))
        self._data_dir = Path(data_dir)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Font folder:")))
        self.folder_edit = QLineEdit(font_dir)
        self.folder_edit.setPlaceholderText(self.tr("None: the fonts installed on this computer"))
        self.folder_edit.editingFinished.connect(self.refresh)
        row.addWidget(self.folder_edit, 1)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.table = QTableWidget(len(ROLES), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Font")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 110)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(30 * (len(ROLES) + 1))
        layout.addWidget(self.table)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.warning_label)
        self.refresh()

    def font_dir(self) -> str:
        return self.folder_edit.text().strip()

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the font folder"), self.font_dir())
        if folder:
            self.folder_edit.setText(folder)
            self.refresh()

    def refresh(self) -> None:
        folder = self.font_dir()
        if folder and not Path(folder).is_dir():
            self.warning_label.setText(self.tr("The font folder does not exist."))
            return
        forget_font_sets()
        try:
            fonts = font_set(self._data_dir, folder or None)
        except (CoordinatorError, OSError) as exc:
            self.warning_label.setText(str(exc))
            return
        fallback = self.tr("%1 (stands in for the missing font)")
        for row, (role, name) in enumerate(ROLES.items()):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            found = fonts.roles.get(role)
            text = self.tr("None") if found is None else found.face.family
            if found is not None and found.is_fallback:
                text = fallback.replace("%1", text)
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.warning_label.setText("\n".join(fonts.warnings))
