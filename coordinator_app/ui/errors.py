"""Unexpected errors: logged with their traceback to the data folder's log file, shown to the user as a
short apology with the log's path. No traceback ever reaches a dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("coordinator_app.ui")

_log_file: Path | None = None


def apology_text(log_file: Path | None) -> str:
    translate = QCoreApplication.translate
    text = translate("Errors", "Sorry, something went wrong. Your data has not been changed.")
    if log_file is not None:
        text += "\n" + translate("Errors", "Details were written to the log file:\n%1").replace("%1", str(log_file))
    return text


def show_apology(parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("Errors", "Unexpected error"), apology_text(_log_file))


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if QApplication.instance() is not None:
        show_apology(parent or QApplication.activeWindow())


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unhandled exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is not None:
        show_apology(QApplication.activeWindow())


def install_excepthook(log_file: Path | None) -> None:
    global _log_file
    _log_file = log_file
    sys.excepthook = _excepthook
