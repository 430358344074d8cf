"""Print buttons with a menu of documents (a meeting's notice, agenda, sign-in sheet …)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from coordinator_app.core.database import Database

from .options_dialog import ask_and_preview


def meeting_documents() -> list[tuple[str, str, bool]]:
    """(kind, menu text, whether the document carries a date of issue)."""
    return [
        ("meeting-notice", QCoreApplication.translate("PrintMenus", "Meeting notice"), True),
        ("meeting-agenda", QCoreApplication.translate("PrintMenus", "Agenda"), False),
        ("meeting-sign-in", QCoreApplication.translate("PrintMenus", "Sign-in sheet"), False),
        ("meeting-minutes", QCoreApplication.translate("PrintMenus", "Minutes"), False),
        ("meeting-resolution", QCoreApplication.translate("PrintMenus", "Resolutions for posting"), True),
        ("meeting-packet", QCoreApplication.translate("PrintMenus", "Meeting packet for the archive (all of the above)"), True),
    ]


def print_menu_button(parent: QWidget, db: Database, target: Callable[[], str | None],
                      documents: list[tuple[str, str, bool]]) -> QPushButton:
    """A 打印… button whose menu lists ``documents``; each opens the print options for ``target()``."""
    button = QPushButton(QCoreApplication.translate("PrintMenus", "Print…"), parent)
    menu = QMenu(button)
    for kind, text, issued in documents:
        action = menu.addAction(text)
        action.setObjectName(kind)
        action.triggered.connect(lambda _c=False, k=kind, t=text, i=issued: _open(parent, db, k, t, target(), i))
    button.setMenu(menu)
    return button


def _open(parent: QWidget, db: Database, kind: str, title: str, target_id: str | None, issued: bool) -> None:
    if target_id:
        ask_and_preview(parent, db, kind, title, target_id=target_id, issued=issued)
