"""The pages of the centre (one scroll area per form), one shown at a time.

Like QStackedWidget, but switching only hides one page and shows the other:
QStackedLayout turns updates off and on across its parent, which walks (and
marks for repainting) every widget of every page, tens of thousands of them on
a 500-indicator template.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget


class FormStack(QWidget):
    """A stack of pages of which one is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (QStackedWidget's name)
        """Add a page (shown if it is the first)."""
        self._pages.append(page)
        self._layout.addWidget(page, 0, 0)  # makes the page a child (hidden until shown)
        if self._current is None:
            self._current = page
            page.show()
        else:
            page.hide()
        return len(self._pages) - 1

    def removeWidget(self, page: QWidget) -> None:  # noqa: N802
        """Take a page out (it is not deleted)."""
        if page not in self._pages:
            return
        self._pages.remove(page)
        self._layout.removeWidget(page)
        page.hide()
        if page is self._current:
            self._current = self._pages[0] if self._pages else None
            if self._current is not None:
                self._current.show()

    def count(self) -> int:
        """How many pages."""
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        """The page at an index."""
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        """The page shown."""
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        """Show a page instead of the one shown."""
        if page is self._current or page not in self._pages:
            return
        old, self._current = self._current, page
        page.show()
        if old is not None:
            focus = self.window().focusWidget()
            if focus is not None and old.isAncestorOf(focus):
                focus.clearFocus()
            old.hide()
