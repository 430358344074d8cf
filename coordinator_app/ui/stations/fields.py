"""Small helpers for the people, docking and receptions forms: date editors with a calendar, conversions
between Qt's and Python's dates, and a warning for a choice the user has not made yet."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QMessageBox, QWidget

from ..widgets.form_errors import mark_invalid


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


def warn(parent: QWidget, message: str, widget: QWidget | None = None) -> None:
    """Tell the user why nothing was saved (same title as the core's messages) and mark ``widget``."""
    QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Cannot save"), message)
    if widget is not None:
        mark_invalid(widget)
