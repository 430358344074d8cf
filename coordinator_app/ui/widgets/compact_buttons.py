"""Buttons that may narrow to their text: the style gives every push button at least 80 pixels, so a row of
seven short buttons (新建, 编辑, 删除 …) alone would keep a panel wider than a 1024-pixel window. Here a
button's minimum is its own text plus the style's margins; a wide window still shows it at full size. (The
minimum follows the text at the time it is set: for buttons whose text does not change.)"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

# room for the frame's rounding and the focus rectangle beside the style's margins
_SLACK = 8


def text_minimum_width(button: QPushButton) -> int:
    """The narrowest width at which the button shows its whole text (and icon, and menu arrow)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    style = button.style()
    width = button.fontMetrics().horizontalAdvance(button.text().replace("&&", "\0").replace("&", ""))
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if button.menu() is not None:
        width += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
    return min(width + _SLACK, button.sizeHint().width())


def compact_buttons(root: QWidget) -> None:
    """Let every push button inside ``root`` narrow down to its text."""
    for button in root.findChildren(QPushButton):
        button.setMinimumWidth(text_minimum_width(button))
