"""Qt's own file dialog (drawn by Qt where the desktop offers none, as here offscreen and on many Linux
desktops) speaks Chinese in the Chinese UI: Qt's qtbase_zh_CN.qm is loaded, and the strings it lacks
(查找范围, 文件类型, the 文件夹 type of a folder) come from our own translation. Its type and date columns
are wide enough for their texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTreeView,
    QWidget,
)
from test_translations import english_in

from coordinator_app.ui import i18n
from coordinator_app.ui.main_window import MainWindow

#: a filter's file pattern, "(*.xlsx)": not a word the user reads
FILE_PATTERN = re.compile(r"\(\*[^)]*\)")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a sub-folder and a workbook, the dialogs' starting place; Qt's own dialog settings
    (QtProject.conf: last folder, column widths) kept out of the user's real ones."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名册").mkdir()
    from openpyxl import Workbook

    Workbook().save(tmp_path / "阵地.xlsx")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    yield tmp_path
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))


def open_file_dialog(qtbot, trigger) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Run ``trigger`` (which opens a static QFileDialog and blocks), look at the dialog once its folder is
    listed, then cancel it. Returns what was seen."""
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, inspect)
            return
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        root = view.rootIndex()
        if model.rowCount(root) < 2 or not model.index(0, 3, root).data():
            QTimer.singleShot(50, inspect)
            return
        QApplication.processEvents()
        seen["texts"] = dialog_texts(dialog)
        header = view.header()
        header, metrics = view.header(), view.fontMetrics()

        def clipped(row: int, column: int) -> bool:
            text = str(model.index(row, column, root).data())
            return metrics.horizontalAdvance(text) + 8 > header.sectionSize(column)

        # every date; the type of the folder (a file's type is its long MIME description, elided by Qt)
        seen["clipped"] = [(model.index(row, column, root).data(), header.sectionSize(column))
                           for row in range(model.rowCount(root)) for column in (2, 3)
                           if (column == 3 or model.index(row, 0, root).data() == "名册") and clipped(row, column)]
        seen["types"] = {model.index(row, 0, root).data(): model.index(row, 2, root).data()
                         for row in range(model.rowCount(root))}
        dialog.reject()

    QTimer.singleShot(50, inspect)
    trigger()
    assert seen, "no file dialog was seen"
    return seen


def dialog_texts(dialog: QFileDialog) -> list[tuple[str, str]]:
    """(where, text) of what a user reads in the dialog, but not the names of files and folders."""
    found = [("title", dialog.windowTitle())]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox) and widget.objectName() == "fileTypeCombo":
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        found.extend((name, t) for t in texts if t)
    view = dialog.findChild(QTreeView, "treeView")
    model, root = view.model(), view.rootIndex()
    found.extend(("header", str(model.headerData(c, Qt.Orientation.Horizontal))) for c in range(model.columnCount()))
    found.extend(("type column", str(model.index(r, 2, root).data())) for r in range(model.rowCount(root)))
    sidebar = dialog.findChild(QWidget, "sidebar")
    sidebar_model = sidebar.model()
    for row in range(sidebar_model.rowCount(QModelIndex())):
        index = sidebar_model.index(row, 0)
        path = sidebar_model.data(index, Qt.ItemDataRole.UserRole + 1)  # QUrl of a place; "计算机" has none
        if not (path and path.toLocalFile() not in ("", "/")):
            found.append(("sidebar", str(index.data())))
    return found


def test_the_apps_open_and_save_dialogs_show_no_english(main_window: MainWindow, folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = main_window.station_panel
    assert panel is not None
    exchange = panel.sites_view.exchange
    for trigger in (exchange.import_button.click, exchange.template_button.click):
        seen = open_file_dialog(qtbot, trigger)
        texts = seen["texts"]
        shown = {text for _where, text in texts}
        assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)：", "名称", "大小", "修改日期", "计算机"} <= shown
        assert seen["types"]["名册"] == "文件夹"
        offending = [(where, text) for where, text in texts if english_in(FILE_PATTERN.sub("", text.replace("&", "")))]
        assert not offending, f"English in the file dialog: {offending}"
        assert not seen["clipped"], f"cut-off type or date: {seen['clipped']}"


def test_every_supplied_qt_string_is_translated(zh_app) -> None:  # type: ignore[no-untyped-def]
    texts = i18n.qt_file_dialog_strings()
    assert len(texts) == 10
    assert not [t for t in texts if english_in(t.replace("&", ""))], texts
