"""What the small record dialogs share: fields that lose their red border once edited, and the form laid
out over a Save / Cancel row (Cancel rejects the dialog).

    watch_fields(self.fields)
    self.save_button = form_with_buttons(self, form, "saveContact")
    self.save_button.clicked.connect(self.save)
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from .form_errors import clear_when_edited


def watch_fields(fields: Mapping[str, QWidget]) -> None:
    """Remove a field's red border as soon as the user changes it, for every field of the form."""
    for widget in fields.values():
        clear_when_edited(widget)


def form_with_buttons(dialog: QDialog, form: QLayout, save_name: str, *, enter_saves: bool = False) -> QPushButton:
    """Lay out ``form`` over a right-aligned 保存 / 取消 row; return the Save button (named ``save_name``).

    ``enter_saves``: Enter in a field saves the dialog; otherwise neither button reacts to Enter (forms
    with text areas and choosers where Enter is typed on purpose)."""
    save = QPushButton(QCoreApplication.translate("FormDialog", "Save"))
    save.setObjectName(save_name)
    cancel = QPushButton(QCoreApplication.translate("FormDialog", "Cancel"))
    if enter_saves:
        save.setDefault(True)
    else:
        save.setAutoDefault(False)
        cancel.setAutoDefault(False)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(save)
    buttons.addWidget(cancel)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addLayout(buttons)
    cancel.clicked.connect(dialog.reject)
    return save
