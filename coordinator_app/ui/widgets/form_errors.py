"""Saving a form through ``operations.write`` and pointing at the field the core rejected.

    result = write_form(self, "site", {"name": self.name_edit, "phone": self.phone_edit},
                        sites.create_site, db, values)

On a ``ValidationError`` the user reads the core's message (``operations.write`` shows it), the widget
for ``error.field`` gets a red border and the focus, and the form keeps what the user typed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coordinator_app.core.errors import ValidationError

from .. import operations

T = TypeVar("T")

INVALID_PROPERTY = "invalid"
_INVALID_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"


def mark_invalid(widget: QWidget) -> None:
    widget.setProperty(INVALID_PROPERTY, True)
    widget.setStyleSheet(_INVALID_STYLE)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()


def clear_invalid(widget: QWidget) -> None:
    if widget.property(INVALID_PROPERTY):
        widget.setProperty(INVALID_PROPERTY, False)
        widget.setStyleSheet("")


def is_invalid(widget: QWidget) -> bool:
    return bool(widget.property(INVALID_PROPERTY))


def clear_when_edited(widget: QWidget) -> None:
    """Remove the red border as soon as the user changes the field."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: clear_invalid(widget))
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: clear_invalid(widget))
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(lambda: clear_invalid(widget))
    elif hasattr(widget, "changed"):
        widget.changed.connect(lambda *_a: clear_invalid(widget))


def write_form(parent: QWidget, record_type: str, fields: Mapping[str, QWidget], fn: Callable[..., T],
               *args: Any, **kwargs: Any) -> T | None:
    """``operations.write`` that also marks the offending field. Returns None when nothing was saved."""
    failed: list[ValidationError] = []

    def call(*a: Any, **kw: Any) -> T:
        try:
            return fn(*a, **kw)
        except ValidationError as error:
            failed.append(error)
            raise

    for widget in fields.values():
        clear_invalid(widget)
    result = operations.write(parent, record_type, call, *args, **kwargs)
    if failed and failed[0].field in fields:
        mark_invalid(fields[failed[0].field])  # type: ignore[index]
    return result
