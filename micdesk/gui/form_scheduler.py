"""The forms of the open submission, built a little at a time while the window is idle.

A form is made the first time it is asked for, with its first editors; the rest of
it, and then the other rows' forms, are built a few milliseconds per event-loop turn
(the shown form first), so that neither a keystroke nor a click waits long for them,
and switching rows later shows a form that exists. The forms of a submission closed
are deleted the same way, a piece at a time. The window composes; this schedules.

Forms are built ahead only up to ``PREBUILT_EDITORS`` editors in all: a 2,000-indicator
template built whole held about 600 MB of widgets and 13 s of idle building (issue 21).
Beyond it, a row's form is made when it is shown (its first editors at once, the rest
while idle), and the forms shown longest ago are retired to keep within the budget.

Once the forms are built and measured, the idle time lays out each one never shown,
out of sight (``offstage``), so that the first switch to it is as quick as the next;
other work for the session (a rehearsed commit) is done before the forms are built.
When the idle work has built or deleted anything, its last step sets what the process
holds aside from later collections (``garbage_collection``): an instant, no collection.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

from micdesk.gui.area_form import INITIAL_EDITORS, AreaForm
from micdesk.gui.first_paint import AfterFirstPaint
from micdesk.gui.form_stack import FormScroll, FormStack
from micdesk.gui.garbage_collection import set_aside_what_was_built
from micdesk.gui.offstage import Offstage
from micdesk.gui.session import SubmissionSession

BACKGROUND_SLICE_SECONDS = 0.008  # idle work per event-loop turn: half a frame
QUIET_AFTER_SWITCH_SECONDS = 0.04  # no idle work while a newly shown form is laid out and painted
# Indicator editors kept built in all (the shown form is always built whole): every form
# of a 500-indicator template, a quarter of a 2,000-indicator one (about 300 KB each).
PREBUILT_EDITORS = 500

MakeForm = Callable[[str, int], AreaForm]


def scroll_of(form: AreaForm) -> QScrollArea:
    """The scroll area a form is shown in."""
    scroll = form.parentWidget().parentWidget()  # the scroll area's viewport, then itself
    assert isinstance(scroll, QScrollArea)
    return scroll


class FormScheduler(QObject):
    """Makes, shows, builds and retires the area forms of one submission at a time."""

    def __init__(self, form_stack: FormStack, make_form: MakeForm, parent: QObject) -> None:
        super().__init__(parent)  # deleted with the window: its idle work stops with it
        self.form_stack = form_stack
        self._make_form = make_form
        self.forms: dict[str, AreaForm] = {}
        self._session: SubmissionSession | None = None
        self._retired: list[tuple[QScrollArea, list]] = []  # old forms, deleted bit by bit
        self._quiet_until = 0.0  # idle work waits until then (a form was just shown)
        self._shown: dict[str, int] = {}  # area code → when its form was last shown (a count)
        self._shows = 0
        self._working = False  # idle work is scheduled (it stops when there is none left)
        self._chores: list[Callable[[], object]] = []  # the session's other idle work, in turn
        # Lays a form out out of sight before its first show (one at a time).
        self._offstage = Offstage(form_stack, self)
        self._laid_out: set[str] = set()  # the areas whose forms were laid out there
        self._set_aside_due = False  # forms were built or deleted since the last set-aside
        self._held = False  # idle work waits for a widget's first paint (hold_until_painted)

    def start(self, session: SubmissionSession) -> None:
        """Forget the forms of the previous submission (deleted while idle) for ``session``'s."""
        self._offstage.end()
        self._retired.extend(
            (scroll_of(form), form.built_editors()) for form in self.forms.values()
        )
        self.forms.clear()
        self._shown.clear()
        self._chores.clear()
        self._laid_out.clear()
        self._session = session

    def do_while_idle(self, chore: Callable[[], object]) -> None:
        """Do a piece of work for the session while idle, once the shown form is whole."""
        self._chores.append(chore)
        if not self._working and self._session is not None:
            self.build_while_idle()

    def hold_until_painted(self, widget: QWidget, wait_ms: int) -> None:
        """No idle work until ``widget`` has painted once (or ``wait_ms`` passed).

        At start-up the window is shown after the first form was made, and the idle work
        queued then would otherwise run before the window's first paint.
        """
        self._held = True
        AfterFirstPaint(widget, self._release, wait_ms)

    def _release(self) -> None:
        self._held = False
        if self._working:  # (the work queued meanwhile returned at once: queue it again)
            self.build_while_idle()

    def build_while_idle(self) -> None:
        """Start building the rest of the session's forms when the window is idle."""
        session = self._session
        self._working = True
        QTimer.singleShot(0, self, lambda: self._work(session))

    def form(self, area_code: str, initial_editors: int = INITIAL_EDITORS) -> AreaForm:
        """The form of an area, made the first time it is asked for (with its first editors)."""
        form = self.forms.get(area_code)
        if form is None:
            form = self._make_form(area_code, initial_editors)
            self.forms[area_code] = form
            self.form_stack.addWidget(FormScroll(form))
        return form

    def show(self, form: AreaForm) -> None:
        """Show a form; idle work pauses while it is laid out and painted."""
        if self._offstage.form is form:
            self._offstage.end()
        scroll = scroll_of(form)
        self._shows += 1
        self._shown[form.area.code] = self._shows
        if self.form_stack.currentWidget() is not scroll:
            self.form_stack.setCurrentWidget(scroll)
            self._quiet_until = time.perf_counter() + QUIET_AFTER_SWITCH_SECONDS
        if not self._working and self._session is not None:
            # The rest of a form made now, and the budget's retirements, are idle work.
            self.build_while_idle()

    def current_form(self) -> AreaForm | None:
        """The form shown."""
        scroll = self.form_stack.currentWidget()
        widget = scroll.widget() if isinstance(scroll, QScrollArea) else None
        return widget if isinstance(widget, AreaForm) else None

    def pending(self) -> bool:
        """Whether forms are still being built, measured (or old ones removed) while idle."""
        if self._set_aside_due:
            return True
        if self._retired or self._session is None:
            return bool(self._retired)
        current = self.current_form()
        if current is not None and (
            current.pending() or not self._session.series_read(current.area.code)
        ):
            return True
        if (
            self._chores
            or self._to_retire() is not None
            or self._to_build(self._session) is not None
        ):
            return True
        if self._form_widths() is None:
            return False
        return not all(form.measured() for form in self.forms.values()) or (
            self._offstage.form is not None or self._to_lay_out() is not None
        )

    def _work(self, session: SubmissionSession | None) -> None:
        if session is None or session is not self._session:
            return  # the submission opened since has its own
        if self._held:
            return  # taken up again once released
        now = time.perf_counter()
        if now < self._quiet_until:  # a form was just shown: let it be laid out and painted
            wait_ms = max(1, round((self._quiet_until - now) * 1000))
            QTimer.singleShot(wait_ms, self, lambda: self._work(session))
            return
        deadline = now + BACKGROUND_SLICE_SECONDS
        while self._step(session):
            # (a part shown out of sight is laid out by the event loop: it runs before the next)
            if self._offstage.form is not None or time.perf_counter() >= deadline:
                QTimer.singleShot(0, self, lambda: self._work(session))
                return
        self._working = False

    def _step(self, session: SubmissionSession) -> bool:
        """One small piece of idle work; False when there is none left."""
        if self._work_step(session):
            self._set_aside_due = True
            return True
        if self._set_aside_due:  # the last step, once the rest is done
            self._set_aside_due = False
            set_aside_what_was_built()
            return True
        return False

    def _work_step(self, session: SubmissionSession) -> bool:
        if self._retired:
            page, editors = self._retired[-1]
            if editors:
                shiboken6.delete(editors.pop())
            else:
                self._retired.pop()
                self.form_stack.removeWidget(page)
                shiboken6.delete(page)
            return True
        current = self.current_form()
        if current is not None and not session.series_read(current.area.code):
            session.read_series(current.area.code)  # its charts first
            return True
        if current is not None and current.pending():
            current.build_next()
            return True
        if self._chores:
            self._chores.pop(0)()
            return True
        retired = self._to_retire()
        if retired is not None:
            self._retire(retired)
            return True
        area_code = self._to_build(session)
        if area_code is not None:
            form = self.forms.get(area_code)
            if form is None:
                self.form(area_code, initial_editors=0)
            else:
                form.build_next()
            return True
        widths = self._form_widths()
        if widths is not None:
            for form in self.forms.values():
                if not form.measured():
                    form.measure_next(*widths)
                    return True
            if self._offstage.form is not None:
                self._offstage.step()
                return True
            form = self._to_lay_out()
            if form is not None:
                self._laid_out.add(form.area.code)
                self._offstage.begin(form, scroll_of(form))
                return True
        return False

    def _to_lay_out(self) -> AreaForm | None:
        """A form measured but never shown, to lay out out of sight (offstage).

        (A form the budget left unfinished is laid out as it is: the rest follows its show.)
        """
        current = self.current_form()
        for code, form in self.forms.items():
            if (
                form is not current
                and code not in self._shown
                and code not in self._laid_out
                and form.measured()
            ):
                return form
        return None

    def _built(self) -> int:
        return sum(form.built_count() for form in self.forms.values())

    def _to_build(self, session: SubmissionSession) -> str | None:
        """The area whose form to build further ahead of time (None: the budget is used)."""
        if self._built() >= PREBUILT_EDITORS:
            return None
        for area in session.template.areas:
            form = self.forms.get(area.code)
            if form is None or form.pending():
                return area.code
        return None

    def _to_retire(self) -> AreaForm | None:
        """A form to delete to keep within the budget: the one shown longest ago, not shown now.

        Its editors are made again when it is shown again, and typed text not yet accepted
        is kept apart (UnsavedTexts) and put back by them.
        """
        if self._session is None or self._built() <= PREBUILT_EDITORS:
            return None
        current = self.current_form()
        candidates = [form for form in self.forms.values() if form is not current]
        if not candidates:
            return None
        order = {area.code: number for number, area in enumerate(self._session.template.areas)}
        # Forms never shown (built ahead) go first, the lowest row's first; then the oldest shown.
        return min(
            candidates,
            key=lambda form: (self._shown.get(form.area.code, 0), -order.get(form.area.code, 0)),
        )

    def _retire(self, form: AreaForm) -> None:
        """Forget a form now; its widgets are deleted bit by bit while idle."""
        if self._offstage.form is form:
            self._offstage.end()
        del self.forms[form.area.code]
        self._shown.pop(form.area.code, None)
        self._laid_out.discard(form.area.code)
        self._retired.append((scroll_of(form), form.built_editors()))

    def _form_widths(self) -> tuple[int, int] | None:
        """The width of a form and of its editors as shown now (None before one is shown)."""
        current = self.current_form()
        if current is None or not current.isVisible():
            return None
        editors = current.built_editors()
        if not editors or editors[0].width() <= 0:
            return None
        return current.width(), editors[0].width()
