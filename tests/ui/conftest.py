"""GUI fixtures: the real main window over a fresh database, in Chinese (the default language)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app.config import AppConfig
from coordinator_app.core.database import Database
from coordinator_app.ui.i18n import install_translators
from coordinator_app.ui.main_window import MainWindow


@pytest.fixture
def zh_app(qapp: QApplication) -> QApplication:
    assert install_translators(qapp, "zh_CN"), "the zh_CN translation must be compiled (tools/translations.py)"
    return qapp


@pytest.fixture
def main_window(qtbot, zh_app: QApplication, db: Database, app_config: AppConfig) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(db, app_config)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


class MessageBoxRecorder:
    """Replaces QMessageBox's static functions so that tests see what the user would have been told
    (and answer questions with ``answer``) instead of blocking on a modal dialog."""

    def __init__(self, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes) -> None:
        self.answer = answer
        self.shown: list[tuple[str, str, str]] = []

    def _record(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxRecorder:
    recorder = MessageBoxRecorder()
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder._record(kind)))
    return recorder
