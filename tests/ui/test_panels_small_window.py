"""The three panels fit a 1024×700 window, in Chinese and in English: every tab of 阵地建设, 共建单位 and
议事会 is built, the window is made 1024 wide, and every button on the panels still shows its whole text, and
every filter combo its whole current entry (English "All communities" was shown as "All communitie")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QStyle, QStyleOptionComboBox, QWidget

from coordinator_app.config import AppConfig
from coordinator_app.core.database import Database
from coordinator_app.ui.i18n import install_translators
from coordinator_app.ui.main_window import MainWindow


@pytest.fixture(params=["zh_CN", "en"])
def window(request, qtbot, qapp: QApplication, db: Database, app_config: AppConfig) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    install_translators(qapp, request.param)
    window = MainWindow(db, app_config)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    install_translators(qapp, "zh_CN")


def every_tab(window: MainWindow, qapp: QApplication) -> Iterator[QWidget]:
    """Shows each tab of the three panels in turn and yields its page."""
    for row, panel in enumerate([window.station_panel, window.units_panel, window.councils_panel]):
        window.nav.setCurrentRow(row)
        for index in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(index)
            qapp.processEvents()
            yield panel.tabs.widget(index)


def test_every_tab_fits_1024_pixels_with_whole_button_texts(window: MainWindow, qapp: QApplication) -> None:
    panels = [window.station_panel, window.units_panel, window.councils_panel]
    for row, panel in enumerate(panels):
        window.nav.setCurrentRow(row)
        for index in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(index)
    window.resize(1024, 700)
    qapp.processEvents()
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024

    for row, panel in enumerate(panels):
        window.nav.setCurrentRow(row)
        for index in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(index)
            qapp.processEvents()
            page = panel.tabs.widget(index)
            for button in page.findChildren(QPushButton):
                if button.isVisible():
                    text = button.text().replace("&", "")
                    assert button.width() >= button.fontMetrics().horizontalAdvance(text) + 8, \
                        f"{type(page).__name__}: “{text}” is cut off"
            for combo in page.findChildren(QComboBox):
                if combo.isVisible() and not combo.isEditable():
                    option = QStyleOptionComboBox()
                    combo.initStyleOption(option)
                    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
                    text = combo.currentText()
                    assert field.width() >= combo.fontMetrics().horizontalAdvance(text), \
                        f"{type(page).__name__}: “{text}” is cut off"


def test_every_list_gives_its_name_column_the_room(window: MainWindow, qapp: QApplication) -> None:
    """Each list's name column (the unit, site, person, council … a row is about) takes the width the other
    columns leave and is never squeezed: in English at 1024 pixels the units list's name column was 60 pixels
    wide while 类别 kept 130. Wider, the name column grows and no other column stretches."""
    from PySide6.QtWidgets import QTableView

    from coordinator_app.ui.widgets.name_column import NAME_COLUMN_PROPERTY, NAME_MINIMUM

    for width in (1024, 1400):
        window.resize(width, 700)
        for page in every_tab(window, qapp):
            for table in page.findChildren(QTableView):
                if not table.isVisible():
                    continue
                header = table.horizontalHeader()
                column = table.property(NAME_COLUMN_PROPERTY)
                title = table.model().headerData(0, Qt.Orientation.Horizontal)
                assert column is not None, f"{type(page).__name__}: the list headed “{title}” has no name column"
                name = table.model().headerData(column, Qt.Orientation.Horizontal)
                assert header.sectionSize(column) >= NAME_MINIMUM, \
                    f"{type(page).__name__} at {width}: “{name}” is {header.sectionSize(column)} px wide"
                assert header.length() >= table.viewport().width(), f"{type(page).__name__}: room left unused"
                if header.length() > table.viewport().width():  # scrolls sideways: the name takes no more
                    assert header.sectionSize(column) == NAME_MINIMUM


def test_count_labels_stay_on_one_line_when_there_is_room(window: MainWindow, qapp: QApplication) -> None:
    """The councils list's “共 N 个议事会，其中 M 个逾期未开会” wrapped onto two lines at 1400 pixels although
    the row had room; a word-wrapped label may wrap only when the window is really too narrow."""
    from PySide6.QtWidgets import QLabel

    window.resize(1400, 900)
    for page in every_tab(window, qapp):
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.text() and "\n" not in label.text():
                if label.fontMetrics().horizontalAdvance(label.text()) < 500:
                    assert label.height() < 2 * label.fontMetrics().height(), \
                        f"{type(page).__name__}: “{label.text()}” wraps at 1400 pixels"
