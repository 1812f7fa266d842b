"""A form shown once beside the stack, out of sight, a part at a time, before the user goes to it.

A form built and measured while idle still had never been shown: its first show gave
every widget of its fifty editors its geometry and ran their layouts at once (a
switch of 120 to 250 ms on a 500-indicator template, issue 21, where a form shown
before took 30). Here, while the window is idle, the form's page is shown where the
stack does not reach (so it is clipped away: nothing of it is painted), its editors
hidden, and then they are shown one per step; the page is hidden again and put back.
Its next show, the user's, finds everything laid out.

A page out of sight is still in the window's Tab order: should the focus land in it,
the page is hidden at once (which sends the focus on, as if it had never been there)
and the form is left to its first show.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from micdesk.gui.area_form import AreaForm
from micdesk.gui.form_stack import FormStack


class Offstage(QObject):
    """Lays out one form at a time beside a FormStack, out of sight."""

    def __init__(self, stack: FormStack, parent: QObject | None = None) -> None:
        super().__init__(parent)  # (deleted with it: no focus watched after the window goes)
        self._stack = stack
        self.form: AreaForm | None = None  # the form being laid out
        self._page: QScrollArea | None = None
        self._parts: list[QWidget] = []  # its parts still to show, in order

    def begin(self, form: AreaForm, page: QScrollArea) -> None:
        """Show a form's page out of sight, its editors hidden (they are shown by ``step``)."""
        self.form, self._page = form, page
        self._parts = [editor for editor in form.built_editors() if not editor.isHidden()]
        if not form.narrative_box.isHidden():
            self._parts.append(form.narrative_box)
        for part in self._parts:
            part.hide()
        self._stack.place_aside(page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        page.show()

    def step(self) -> None:
        """Show the next part of the form, or when all are, put its page back hidden."""
        if self._parts:
            self._parts.pop(0).show()
        else:
            self.end()

    def end(self) -> None:
        """Put the page back in the stack, hidden; parts not shown yet are shown with it.

        (When the user goes to the form, when it is retired, or when the focus lands in it.)
        """
        form, page = self.form, self._page
        if form is None or page is None:
            return
        if not (_alive(page) and _alive(form)):  # (gone with the window)
            self._leave(form, page)
            return
        page.hide()
        for part in self._parts:
            part.show()  # (in a hidden page: laid out at its next show)
        self._leave(form, page)

    def _leave(self, form: AreaForm, page: QScrollArea) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        if _alive(page) and _alive(self._stack):
            self._stack.put_back(page)
        self.form, self._page, self._parts = None, None, []

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self._page
        if new is not None and page is not None and _alive(page) and page.isAncestorOf(new):
            self.end()


def _alive(widget: QObject) -> bool:
    return shiboken6.isValid(widget)
