"""Small helpers for the people, docking and receptions forms: date editors with a calendar, and checking
input with the core's own validation before writing (its Chinese message shown, the faulty field focused)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QMessageBox, QWidget

from coordinator_app.core.errors import ValidationError

from .. import operations


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value or date.today()), parent)
    edit.setCalendarPopup(True)
    # Qt date format: 2026年11月27日 in Chinese
    edit.setDisplayFormat(QCoreApplication.translate("Fields", "d MMM yyyy"))
    return edit


def datetime_edit(value: datetime, parent: QWidget | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setCalendarPopup(True)
    # Qt date-time format: 2026年11月27日 14:30 in Chinese
    edit.setDisplayFormat(QCoreApplication.translate("Fields", "d MMM yyyy HH:mm"))
    return edit


def check(parent: QWidget, validate: Callable[[Any], Any], values: Any, fields: dict[str, QWidget]) -> bool:
    """Run the core's validation on ``values``; on an error show its message and focus its field."""
    try:
        validate(values)
    except ValidationError as error:
        operations.show_error(parent, error)
        focus(fields.get(error.field or ""))
        return False
    return True


def focus(widget: QWidget | None) -> None:
    if widget is None:
        return
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()


def warn(parent: QWidget, message: str, widget: QWidget | None = None) -> None:
    """Tell the user why nothing was saved (same title as the core's messages) and focus ``widget``."""
    QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Cannot save"), message)
    focus(widget)
