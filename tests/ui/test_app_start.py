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


def test_empty_database_offers_demo_data_loaded_in_the_background(main_window, db, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.core.services import people, records, sites

    assert records.database_is_empty(db)
    main_window.offer_demo_if_empty()
    kind, title, text = message_boxes.shown[0]
    assert kind == "question" and title == "数据库为空" and "演示数据" in text
    task = main_window.demo_task
    assert task is not None, "answering Yes starts loading"
    with qtbot.waitSignal(task.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == [True]
    site_count = sites.count_sites(db, sites.SiteFilter())
    assert site_count > 500 and people.count_people(db, people.PersonFilter()) > 1000
    view = main_window.station_panel.sites_view
    qtbot.waitUntil(lambda: view.model.total() == site_count, timeout=5_000)
    assert view.count_label.text() == f"共 {site_count} 个阵地"
    assert not main_window.demo_action.isEnabled() or not records.database_is_empty(db)


def test_cancelling_the_demo_load_leaves_the_database_empty(main_window, db, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.core.services import records

    task = main_window.load_demo_data()
    assert task is not None
    from PySide6.QtWidgets import QPushButton

    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    cancel_button.click()  # the user presses 取消 in the progress dialog
    with qtbot.waitSignal(task.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == [False]
    assert records.database_is_empty(db)
    assert not message_boxes.shown, "a cancel is not an error"


def test_english_interface_is_available(qtbot, qapp, db, app_config: AppConfig) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.i18n import install_translators

    assert install_translators(qapp, "en")
    try:
        window = MainWindow(db, app_config)
        qtbot.addWidget(window)
        assert window.nav.item(0).text() == "Station hubs"
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    finally:
        assert install_translators(qapp, "zh_CN")


def test_unexpected_error_is_logged_and_shown_as_an_apology_with_the_log_path(  # type: ignore[no-untyped-def]
        main_window, app_config: AppConfig, message_boxes) -> None:
    import logging

    from coordinator_app.core.logs import setup_logging
    from coordinator_app.ui import operations
    from coordinator_app.ui.errors import install_excepthook

    setup_logging(app_config.log_file)
    install_excepthook(app_config.log_file)

    def broken() -> None:
        raise RuntimeError("disk on fire")

    try:
        assert operations.write(main_window, "site", broken) is None
    finally:
        import sys

        sys.excepthook = sys.__excepthook__
        for handler in logging.getLogger().handlers:
            handler.flush()
    kind, title, text = message_boxes.shown[-1]
    assert kind == "critical" and title == "意外错误"
    assert "抱歉" in text and str(app_config.log_file) in text
    assert "Traceback" not in text and "disk on fire" not in text
    logged = app_config.log_file.read_text(encoding="utf-8")
    assert "RuntimeError: disk on fire" in logged
