"""The pages of the centre (one scroll area per form), one shown at a time.

Like QStackedWidget, but switching only hides one page and shows the other:
QStackedLayout turns updates off and on across its parent, which walks (and
marks for repainting) every widget of every page, tens of thousands of them on
a 500-indicator template.

Each page is a ``FormScroll``: a scroll area that fits its form again only when the
form asks for another size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QGridLayout, QScrollArea, QSizePolicy, QWidget


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

    def place_aside(self, page: QWidget) -> None:
        """Take a page out of the stack's layout to just beyond its right edge, out of sight.

        A page shown there is laid out at the stack's size and clipped away (see offstage).
        """
        self._layout.removeWidget(page)
        page.setGeometry(QRect(QPoint(self.width(), 0), self.size()))

    def put_back(self, page: QWidget) -> None:
        """Put a page placed aside back in the stack (hide it first: it stays hidden)."""
        self._layout.addWidget(page, 0, 0)
        page.setGeometry(self.rect())

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


class FormScroll(QScrollArea):
    """The scroll area of one form: it fits the form again only when the form's size changed.

    A label whose text changes in one editor (a commit changes a few) asks the layouts
    above it to measure again, up to the form, which then asks its scroll area. The
    scroll area would lay its parts out and repaint both scroll bars (several
    milliseconds after every commit) though the form asks for the size it has. What
    decides the fit (the sizes of the area, its viewport and the form, and what the
    form asks for at that width) is compared with what it was after the last fit: only
    a change is passed on.
    """

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Always on (a form is taller than the window but for a tiny template): with
        # "as needed", each show measured the whole form again at a dozen widths,
        # one pixel apart, to decide whether the bar is needed.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWidget(form)
        self._fitted: tuple | None = None  # what decided the last fit

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.LayoutRequest:
            return super().viewportEvent(event)
        if self._fitted and self._fit() == self._fitted:
            return True  # the form asks for the size it has: nothing to fit
        handled = super().viewportEvent(event)
        self._fitted = self._fit()
        return handled

    def _fit(self) -> tuple:
        """What QScrollArea fits its widget by (and lays itself out by)."""
        form = self.widget()
        if form is None:
            return ()
        viewport = self.viewport()
        policy = form.sizePolicy()
        flexible = QSizePolicy.PolicyFlag.GrowFlag | QSizePolicy.PolicyFlag.ShrinkFlag
        if not all(
            (p.value & flexible.value) == flexible.value
            for p in (policy.horizontalPolicy(), policy.verticalPolicy())
        ):
            return ()  # fitted by its size hint too (a whole measure of it): never skipped
        # The width QScrollArea measures the form's height at: the viewport's, unless the
        # form's minimum is wider (then it scrolls sideways) or its maximum narrower.
        minimum = form.minimumSize().width() or form.minimumSizeHint().width()
        width = min(max(viewport.width(), minimum), form.maximumSize().width())
        return (
            self.size().toTuple(),
            viewport.size().toTuple(),
            self.maximumViewportSize().toTuple(),
            self.horizontalScrollBarPolicy(),
            self.verticalScrollBarPolicy(),
            form.size().toTuple(),
            form.minimumSizeHint().toTuple(),
            form.minimumSize().toTuple(),
            form.maximumSize().toTuple(),
            policy.horizontalPolicy(),
            policy.verticalPolicy(),
            form.heightForWidth(width),
        )
