"""Starting the GUI: settings, logging, translations, the database, then the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app import APP_NAME, __version__
from coordinator_app.config import Settings, resolve_config
from coordinator_app.core.database import open_database
from coordinator_app.core.errors import CoordinatorError
from coordinator_app.core.logs import setup_logging

from .errors import install_excepthook, report_unexpected
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
    try:
        db = open_database(config)
    except CoordinatorError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), error.message)
        return 1
    except Exception as exc:  # noqa: BLE001 - logged, shown as an apology
        report_unexpected(exc)
        return 1
    from .main_window import MainWindow, schedule_demo_offer

    window = MainWindow(db, config)
    window.show()
    schedule_demo_offer(window)
    code = app.exec()
    db.dispose()
    return code
