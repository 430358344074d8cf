"""The settings dialog shows the data folder the running program uses, and what chose it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit

from coordinator_app.config import Settings, default_data_dir, resolve_config
from coordinator_app.ui.dialogs.settings_dialog import SettingsDialog
from coordinator_app.ui.main_window import MainWindow


def _settings_dialog_of(qtbot, window: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """Open 文件 → 设置… as the user does and return the dialog (closed again with 取消)."""
    seen: list[SettingsDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            seen.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    action = next(a for a in window.findChildren(QAction) if a.text().replace("&", "").startswith("设置"))
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_the_dialog_shows_the_folder_given_by_data_dir(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the program started with --data-dir (the fixture's folder), with no folder in the settings
    assert main_window.config.data_dir != default_data_dir()
    # WHEN the user opens the settings
    dialog = _settings_dialog_of(qtbot, main_window)
    # THEN the folder in use is the --data-dir one, not the default, and the dialog says why
    in_use = dialog.findChild(QLineEdit, "dataDirInUse")
    assert in_use.text() == str(main_window.config.data_dir)
    assert in_use.isReadOnly()
    assert str(default_data_dir()) not in in_use.text()
    assert dialog.data_dir_edit.text() == ""  # the setting itself is still "the default"
    assert dialog.data_dir_edit.placeholderText() == f"默认：{default_data_dir()}"
    note = dialog.data_dir_note.text()
    assert "命令行参数 --data-dir" in note and "不带 --data-dir 启动时" in note
    assert "下次启动" in " ".join(label.text() for label in dialog.findChildren(type(dialog.data_dir_note)))


def test_a_folder_from_the_environment_is_named_as_such(qtbot, zh_app, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COORDINATOR_DATA_DIR", str(tmp_path / "from-env"))
    settings = Settings(user_name="测试员", data_dir=str(tmp_path / "from-settings"))
    config = resolve_config(settings=settings)
    dialog = SettingsDialog(settings, config=config)
    qtbot.addWidget(dialog)
    assert dialog.data_dir_in_use.text() == str(tmp_path / "from-env")
    assert dialog.data_dir_edit.text() == str(tmp_path / "from-settings")
    assert "环境变量 COORDINATOR_DATA_DIR" in dialog.data_dir_note.text()


def test_a_new_folder_is_saved_for_the_next_start_only(qtbot, zh_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(user_name="测试员", data_dir=str(tmp_path / "chosen"))
    config = resolve_config(settings=settings)
    dialog = SettingsDialog(settings, config=config)
    qtbot.addWidget(dialog)
    assert dialog.data_dir_in_use.text() == str(tmp_path / "chosen")
    assert dialog.data_dir_note.text() == "已有的数据不会搬到新选择的文件夹中。"
    dialog.data_dir_edit.setText(str(tmp_path / "next"))
    dialog.accept()
    assert Settings.load().data_dir == str(tmp_path / "next")
    # the running program keeps its folder; the next start takes the new one
    assert dialog.data_dir_in_use.text() == str(tmp_path / "chosen")
    assert resolve_config().data_dir == tmp_path / "next"


def _cut_off(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts of the visible buttons, one-line labels and tab titles under ``widget`` that are not shown whole."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    cut = []
    for button in widget.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if button.isVisible() and text and button.width() < button.fontMetrics().horizontalAdvance(text) + 8:
            cut.append(text)
    for label in widget.findChildren(QLabel):
        text = label.text()
        if label.isVisible() and text and not label.wordWrap() and "<" not in text and "\n" not in text \
                and label.width() < label.fontMetrics().horizontalAdvance(text):
            cut.append(text)
    for bar in widget.findChildren(QTabBar):
        for index in range(bar.count()):
            text = bar.tabText(index).replace("&", "")
            if bar.isVisible() and bar.tabRect(index).width() < bar.fontMetrics().horizontalAdvance(text):
                cut.append(text)
    return cut


def test_english_and_back_to_chinese_through_the_settings(qtbot, zh_app: QApplication, db,  # type: ignore[no-untyped-def]
                                                         app_config) -> None:
    """The round trip a user makes: 设置 → English, the next start is in English with nothing cut off (window,
    every tab at 1024 pixels, the settings dialog itself); Settings → 中文, the start after is Chinese again."""
    from coordinator_app.ui.i18n import install_translators

    def start() -> MainWindow:
        """What the program does at start: read the settings, install the translation, build the window."""
        config = resolve_config(data_dir=app_config.data_dir)
        install_translators(zh_app, config.language)
        window = MainWindow(db, config)
        qtbot.addWidget(window)
        window.show()
        window.resize(1024, 700)
        qtbot.waitExposed(window)
        return window

    def choose_language(window: MainWindow, code: str) -> None:
        dialog = SettingsDialog(Settings.load(), window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert _cut_off(dialog) == []
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))
        dialog.accept()
        dialog.close()

    def every_tab_whole(window: MainWindow) -> None:
        for row, panel in enumerate([window.station_panel, window.units_panel, window.councils_panel]):
            window.nav.setCurrentRow(row)
            for index in range(panel.tabs.count()):
                panel.tabs.setCurrentIndex(index)
                zh_app.processEvents()
                assert _cut_off(window) == [], f"{panel.tabs.tabText(index)}"

    Settings(user_name="测试员").save()
    window = start()
    assert [window.nav.item(n).text() for n in range(3)] == ["阵地建设", "共建单位", "议事会"]
    choose_language(window, "en")
    assert Settings.load().language == "en"
    window.close()

    window = start()
    try:
        assert [window.nav.item(n).text() for n in range(3)] == ["Station hubs", "Co-building units", "Councils"]
        assert window.menuBar().actions()[0].text() == "&File"
        every_tab_whole(window)
        choose_language(window, "zh_CN")
    finally:
        install_translators(zh_app, "zh_CN")
    window.close()

    window = start()
    assert Settings.load().language == "zh_CN"
    assert [window.nav.item(n).text() for n in range(3)] == ["阵地建设", "共建单位", "议事会"]
    every_tab_whole(window)
