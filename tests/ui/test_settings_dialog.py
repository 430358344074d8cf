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
