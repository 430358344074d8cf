"""The UI's one door for writes: call a service, turn domain errors into a message box, and tell every
open view that data changed (``DataHub.changed``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.core.errors import CoordinatorError

from .errors import report_unexpected

T = TypeVar("T")


class DataHub(QObject):
    """One signal that views listen to; ``record_type`` is a change-log record type or "" for any."""

    changed = Signal(str)


_hub: DataHub | None = None


def hub() -> DataHub:
    global _hub
    if _hub is None:
        _hub = DataHub()
    return _hub


def show_error(parent: QWidget | None, error: CoordinatorError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Operations", "Cannot save"), error.message)


def write(parent: QWidget | None, record_type: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run a write service. Returns its result, or None after showing why it failed (nothing was saved)."""
    try:
        result = fn(*args, **kwargs)
    except CoordinatorError as error:
        show_error(parent, error)
        return None
    except Exception as exc:  # noqa: BLE001 - logged and shown as an apology
        report_unexpected(exc, parent)
        return None
    hub().changed.emit(record_type)
    return result


def read(parent: QWidget | None, fn: Callable[..., T], *args: Any, default: Any = None, **kwargs: Any) -> T:
    """Run a read service; a domain error becomes a message, anything else an apology."""
    try:
        return fn(*args, **kwargs)
    except CoordinatorError as error:
        QMessageBox.information(parent, QCoreApplication.translate("Operations", "Notice"), error.message)
    except Exception as exc:  # noqa: BLE001
        report_unexpected(exc, parent)
    return default  # type: ignore[no-any-return]
