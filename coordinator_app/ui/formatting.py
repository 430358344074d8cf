"""Dates for the screen: 2026年11月27日 in Chinese, 27 Nov 2026 in English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from coordinator_app.core.formatting import chinese_date, chinese_datetime


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return chinese_date(value) if _chinese() else f"{value.day} {value:%b %Y}"


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return chinese_datetime(value) if _chinese() else f"{value.day} {value:%b %Y %H:%M}"
