"""Starting the GUI: settings, logging, translations, the database, then the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QWidget

from coordinator_app import APP_NAME, __version__
from coordinator_app.config import Settings, resolve_config
from coordinator_app.core.logs import setup_logging

from .errors import install_excepthook
from .i18n import install_translators


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="coordinator-app", description="街道党建办协调工作台")
    parser.add_argument("--data-dir", help="数据文件夹（默认：用户数据文件夹；环境变量 COORDINATOR_DATA_DIR）")
    parser.add_argument("--database-url", help="数据库地址（默认：数据文件夹中的 SQLite 文件；环境变量 COORDINATOR_DATABASE_URL）")
    parser.add_argument("--version", action="version", version=f"coordinator-app {__version__}")
    args, _qt_args = parser.parse_known_args(argv[1:])
    return args


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv)
    settings = Settings.load()
    config = resolve_config(args.data_dir, args.database_url, settings)
    setup_logging(config.log_file)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, config.language)
    install_excepthook(config.log_file)
    from .main_window import MainWindow, schedule_demo_offer

    # The window appears at once; the database (SQLAlchemy, backup, migrations) opens in the background.
    window = MainWindow(None, config)
    window.show()
    schedule_demo_offer(window)
    window.open_database_in_background().finished.connect(
        lambda ok: ok or _refuse_to_continue(window)
    )
    code = app.exec()
    if window.db is not None:
        window.db.dispose()
    return code


def _refuse_to_continue(window: QWidget) -> None:
    """The database could not be opened: the reason was shown; close the empty window."""
    window.close()
