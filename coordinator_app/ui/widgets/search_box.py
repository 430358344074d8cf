"""A search field that filters as the user types, without a query per keystroke: ``settled`` fires
once typing pauses (150 ms by default) or at once on Enter."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    #: the text to search for, after a pause in typing
    settled = Signal(str)

    def __init__(self, placeholder: str = "", delay_ms: int = 150, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setToolTip(placeholder)  # the whole hint, when a small window narrows the field
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit)
        self._last: str | None = None

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.settled.emit(text)

    def search_text(self) -> str:
        """The text the views were last told about."""
        return self._last or ""
