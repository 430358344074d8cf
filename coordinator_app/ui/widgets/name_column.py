"""A list's name column (the site, unit, council, meeting … a row is about; in the people roster, where names
are short, the sites a person is docked to) takes the width the other columns leave, and never less than ``NAME_MINIMUM``: in a narrow window the table scrolls sideways rather than squeeze
the names (a stretched name column was squeezed to 60 pixels beside a 130-pixel 类别 in English at 1024 pixels).

    give_name_column_the_room(table, 0)   # after setting the other columns' widths
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

#: a table property naming its name column (tests look for it on every list)
NAME_COLUMN_PROPERTY = "nameColumn"
#: about twelve Chinese characters: most site, unit and council names whole
NAME_MINIMUM = 180


class _NameColumnFit(QObject):
    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        header.sectionCountChanged.connect(lambda *_a: self.fit())
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.column:  # another column dragged wider or narrower: the name takes up the difference
            self.fit()

    def fit(self) -> None:
        if self._fitting:
            return
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        self._fitting = True
        try:
            header.resizeSection(self.column, max(NAME_MINIMUM, self.table.viewport().width() - others))
        finally:
            self._fitting = False


def give_name_column_the_room(table: QTableView, column: int = 0) -> None:
    """Make ``column`` the one that grows and shrinks with ``table`` (down to ``NAME_MINIMUM``); the other
    columns keep the widths already set."""
    table.setProperty(NAME_COLUMN_PROPERTY, column)
    _NameColumnFit(table, column)
