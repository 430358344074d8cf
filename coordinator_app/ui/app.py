"""Starting the GUI: settings, logging, translations, the database, then the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QWidget

from coordinator_app import APP_NAME, __version__
from coordinator_app.cli_parser import ArgumentParser, add_location_options
from coordinator_app.config import Settings, resolve_config
from coordinator_app.core.logs import setup_logging

from .errors import install_excepthook
from .i18n import install_translators


def build_parser() -> argparse.ArgumentParser:
    """``coordinator-app``'s options, in Chinese like coordinator-cli's (the same parser class)."""
    parser = ArgumentParser(prog="coordinator-app",
                            description="街道党建协调工作台（图形界面）。命令行工具见 coordinator-cli -h。")
    add_location_options(parser, "coordinator-app")
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The app's own options from ``argv`` (``argv[0]`` is the program); the rest is left to Qt."""
    args, _qt_args = build_parser().parse_known_args(argv[1:])
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
