"""A tab widget whose pages are built the first time they are shown (or asked for), so that opening a panel
builds only the tab on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from .compact_buttons import compact_buttons


class LazyTabWidget(QTabWidget):
    """Tabs added with ``add_lazy_tab(name, title, build)``: an empty placeholder stands in for the page until
    the tab becomes current or ``page(name)`` is called; then ``build()`` makes the page, once. The page's
    buttons may narrow to their text, so that the panel fits a small window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self.currentChanged.connect(self._build_current)

    def add_lazy_tab(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        self._builders[name] = build
        self._placeholders[name] = placeholder
        self.blockSignals(True)  # the first tab added becomes current: built when the widget is shown
        self.addTab(placeholder, title)
        self.blockSignals(False)

    def page(self, name: str) -> QWidget:
        """The page ``name``, built now if it has not been yet."""
        if name not in self._pages:
            placeholder = self._placeholders.pop(name)
            index = self.indexOf(placeholder)
            title = self.tabText(index)
            current = self.currentIndex()
            page = self._builders.pop(name)()
            compact_buttons(page)
            self._pages[name] = page
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, page, title)
            self.setCurrentIndex(current)
            self.blockSignals(False)
            placeholder.deleteLater()
        return self._pages[name]

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def _build_current(self, index: int) -> None:
        widget = self.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is widget:
                self.page(name)
                return

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._build_current(self.currentIndex())
        super().showEvent(event)
