"""Dialogs that fit the screen they open on: a laptop of 1366×768 leaves about 728 pixels in height, so a
large dialog opens no larger than the screen's free area, and its long pages scroll instead of holding the
dialog taller than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or to the free area of its screen if that is smaller."""
    screen = widget.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    widget.resize(width, height)


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that follows its width and scrolls it vertically when the window is
    lower than the page."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.setMinimumWidth(page.minimumSizeHint().width())
    return area
