"""Starting as the application does: the window shows first, the database opens in the background."""

from __future__ import annotations

import sqlite3

from coordinator_app.config import AppConfig
from coordinator_app.core.database import open_database
from coordinator_app.ui.main_window import MainWindow


def test_window_shows_before_the_database_then_gets_its_panels(qtbot, zh_app, app_config: AppConfig) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, app_config)
    qtbot.addWidget(window)
    window.show()
    assert window.station_panel is None
    assert not window.undo_action.isEnabled()
    assert window.statusBar().currentMessage() == "正在打开数据库…"
    with qtbot.waitSignal(window.database_ready, timeout=20_000):
        window.open_database_in_background()
    assert window.station_panel is not None
    assert window.nav.item(0).text() == "阵地建设"
    assert window.db.copy_id


def test_database_from_a_newer_version_is_refused_with_a_message(qtbot, zh_app, app_config: AppConfig,  # type: ignore[no-untyped-def]
                                                                 message_boxes) -> None:
    open_database(app_config).dispose()
    path = app_config.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    window = MainWindow(None, app_config)
    qtbot.addWidget(window)
    window.show()
    task = window.open_database_in_background()
    with qtbot.waitSignal(task.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [False]
    assert window.station_panel is None
    assert message_boxes.shown, "the user must be told why"
    kind, title, text = message_boxes.shown[-1]
    assert title == "无法打开数据库"
    assert "更新版本" in text
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"
