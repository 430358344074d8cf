"""A combo box of records or vocabulary codes: shows names, remembers ids.

    combo = RecordCombo(none_label=self.tr("All streets"))
    combo.set_options([(s.id, s.name) for s in streets])   # or set_choices(labels.site_kinds())
    combo.current_id()                                     # None for the "none" entry
    combo.idChanged.connect(...)

For long lists (more than a few hundred entries, such as people) use ``PersonChooser`` instead. The combo
never narrows below its "none" entry, so that a filter's "All communities" is read whole in a narrow window."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


def _pairs(options: Iterable[Any]) -> list[tuple[str, str]]:
    pairs = []
    for option in options:
        if isinstance(option, tuple):
            pairs.append((str(option[0]), str(option[1])))
        else:  # an object with .id and .name (services' Option, rows)
            pairs.append((str(option.id), str(option.name)))
    return pairs


class RecordCombo(QComboBox):
    #: the chosen id, or None for the "none" entry
    idChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.currentIndexChanged.connect(lambda _i: self.idChanged.emit(self.current_id()))
        if none_label is not None:
            self.addItem(none_label, None)

    def set_none_label(self, none_label: str | None) -> None:
        self._none_label = none_label
        self.updateGeometry()

    def _fit_none_label(self, hint: QSize) -> QSize:
        if self._none_label:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
            text = QSize(self.fontMetrics().horizontalAdvance(self._none_label), self.fontMetrics().height())
            needed = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
            hint.setWidth(max(hint.width(), needed.width()))
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return self._fit_none_label(super().minimumSizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return self._fit_none_label(super().sizeHint())

    def set_options(self, options: Iterable[Any], keep_current: bool = True) -> None:
        """Replace the entries; keeps the current id when it is still offered (no signal in that case)."""
        current = self.current_id() if keep_current else None
        self.blockSignals(True)
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        for record_id, name in _pairs(options):
            self.addItem(name, record_id)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0 if self.count() else -1)
        self.blockSignals(False)
        if self.current_id() != current:
            self.idChanged.emit(self.current_id())

    def set_choices(self, choices: Mapping[str, str]) -> None:
        """Vocabulary codes with their labels (``ui/labels.py``)."""
        self.set_options(list(choices.items()))

    def current_id(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_current_id(self, record_id: str | None) -> bool:
        """Select ``record_id`` (None: the "none" entry). Returns False if it is not offered."""
        index = self.findData(record_id) if record_id is not None else (0 if self._none_label is not None else -1)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True
