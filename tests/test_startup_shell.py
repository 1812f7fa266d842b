"""Start-up paints the window's skeleton first, then the main window takes its place (issue 21)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QObject

pytestmark = pytest.mark.gui


def test_what_start_up_imports_before_the_skeleton_is_painted_leaves_out_the_store():
    # gui.app is all the window needs before its skeleton paints; SQLAlchemy (a third of a
    # second) is loaded only once the skeleton is on the screen.
    code = (
        "import sys\nimport micdesk.gui.app\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic',"
        " 'openpyxl') or m in ('micdesk.core.store', 'micdesk.core.model')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def _shell(qtbot, data_dir):
    from micdesk.gui.settings import Settings
    from micdesk.gui.startup_shell import StartupShell

    shell = StartupShell(Settings(data_dir))
    qtbot.addWidget(shell)
    return shell


def test_the_skeleton_shows_the_last_title_in_the_language_it_was_written_in(qtbot, tmp_path):
    from micdesk.gui import settings as keys

    settings = keys.Settings(tmp_path)
    settings.set(keys.WINDOW_TITLE, "Kenya 2025 — Work plan — micdesk")
    settings.set(keys.WINDOW_TITLE_LANGUAGE, "en")
    settings.sync()
    assert _shell(qtbot, tmp_path).windowTitle() == "Kenya 2025 — Work plan — micdesk"

    settings.set(keys.LANGUAGE, "fr")  # the language changed since: no English title
    settings.sync()
    assert _shell(qtbot, tmp_path).windowTitle() == "micdesk"


def test_the_skeleton_paints_before_start_up_goes_on(qtbot, tmp_path):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    shell = _shell(qtbot, tmp_path)
    painted = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                painted.append(watched.window() is shell)
            return False

    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        shell.show_painted()
        assert shell.isVisible()
        assert shell.shown
        assert any(painted)  # it returned after a paint of the skeleton, not before
    finally:
        QApplication.instance().removeEventFilter(paints)


def test_the_main_window_takes_the_skeletons_place_and_opens_the_last_submission(qtbot, store):
    from micdesk.core.submissions import save_profile
    from micdesk.gui import settings as keys
    from micdesk.gui.app import show_main_window

    save_profile(store, "KEN")
    shell = _shell(qtbot, store.data_dir)
    shell.show_painted()
    shell.setGeometry(60, 70, 600, 500)  # moved by the user while the data loads
    where = shell.geometry()

    window = show_main_window(store, keys.Settings(store.data_dir), shell)
    qtbot.addWidget(window)
    assert window.session is not None  # read while the skeleton showed: painted with the form
    qtbot.waitUntil(lambda: not shell.isVisible())  # once the main window has painted

    assert window.isVisible()
    assert window.geometry() == where
    assert window.windowTitle().startswith("Kenya")
    # Next start's skeleton shows this title.
    settings = keys.Settings(store.data_dir)
    assert settings.get(keys.WINDOW_TITLE) == window.windowTitle()
    assert settings.get(keys.WINDOW_TITLE_LANGUAGE) == "en"


def test_pysides_source_check_answers_the_same_when_it_reads_bytes():
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)
    import shibokensupport.feature as feature

    import micdesk.core.vocabulary
    import micdesk.gui.actions
    from micdesk.gui.pyside_import_check import read_source_faster_on_import

    original = feature._mod_uses_pyside
    try:
        first = read_source_faster_on_import()
        assert read_source_faster_on_import() is False  # once is enough
        faster = feature._mod_uses_pyside
        for module in (micdesk.gui.actions, micdesk.core.vocabulary, sys, subprocess):
            assert faster(module) == original(module)
        assert faster(micdesk.gui.actions) is True
        assert faster(micdesk.core.vocabulary) is False
        assert first is not getattr(original, "reads_bytes", False)
    finally:
        feature._mod_uses_pyside = original


def _kept_names(settings, babel: str, language: str, names: dict[str, str]) -> None:
    import json

    from micdesk.gui import settings as keys

    settings.set(
        keys.COUNTRY_NAMES, json.dumps({"babel": babel, "language": language, "names": names})
    )


def test_country_names_the_window_showed_last_are_shown_again_without_reading_cldr(
    tmp_path, monkeypatch
):
    import micdesk.gui.country_names as country_names
    from micdesk.gui import settings as keys

    settings = keys.Settings(tmp_path)
    _kept_names(settings, country_names._babel_version(), "fr", {"KEN": "Kenya (kept)"})

    def cldr(code, language):
        raise AssertionError(f"CLDR read for {code} in {language}")

    monkeypatch.setattr(country_names, "country_name", cldr)
    assert country_names.CountryNames(settings).name("KEN", "fr") == "Kenya (kept)"


@pytest.mark.parametrize(
    ("babel", "language"), [("0.0.1", "fr"), (None, "en")], ids=["other-babel", "other-language"]
)
def test_country_names_kept_for_another_babel_or_language_are_read_again_from_cldr(
    tmp_path, babel, language
):
    import json

    import micdesk.gui.country_names as country_names
    from micdesk.gui import settings as keys

    settings = keys.Settings(tmp_path)
    _kept_names(settings, babel or country_names._babel_version(), language, {"KEN": "stale"})

    names = country_names.CountryNames(settings)
    assert names.name("KEN", "fr") == "Kenya"
    assert names.name("CHN", "fr") == "Chine"
    kept = json.loads(settings.get(keys.COUNTRY_NAMES))
    assert kept == {
        "babel": country_names._babel_version(),
        "language": "fr",
        "names": {"KEN": "Kenya", "CHN": "Chine"},
    }


def test_garbage_collection_is_back_on_once_the_first_form_is_shown(qtbot, store):
    import gc

    from micdesk.core.submissions import save_profile
    from micdesk.gui import settings as keys
    from micdesk.gui.app import show_main_window

    save_profile(store, "KEN")
    gc.disable()  # as run_app starts
    try:
        window = show_main_window(store, keys.Settings(store.data_dir))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.session is not None)
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0  # start-up's objects are out of later collections
    finally:
        gc.unfreeze()
        gc.enable()


class FirstFormPaintWatch(QObject):
    """Starts the main window as run_app does, noting whether its form had painted when asked."""

    def __init__(self, qtbot, store) -> None:
        from micdesk.core.submissions import save_profile

        super().__init__()
        save_profile(store, "KEN")
        self.qtbot, self.store = qtbot, store
        self.window = None
        self.painted: list[object] = []  # the form's (and its parts') paints so far
        self.noted: list[bool] = []  # at each moment noted: had the form painted?

    def note(self) -> None:
        """Note whether the form has painted yet."""
        self.noted.append(bool(self.painted))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtWidgets import QWidget

        form = self.window.current_form() if self.window is not None else None
        if (
            event.type() == QEvent.Type.Paint
            and form is not None
            and isinstance(watched, QWidget)
            and (watched is form or form.isAncestorOf(watched))
        ):
            self.painted.append(watched)
        return False

    def show_and_wait(self, until) -> None:
        """Show the main window, then wait until ``until(window)`` holds."""
        import gc

        from PySide6.QtWidgets import QApplication

        import micdesk.gui.app as app_module
        from micdesk.gui import settings as keys

        QApplication.instance().installEventFilter(self)
        gc.disable()  # as run_app starts
        try:
            self.window = app_module.show_main_window(
                self.store, keys.Settings(self.store.data_dir)
            )
            self.qtbot.addWidget(self.window)
            with self.qtbot.waitExposed(self.window):
                pass
            self.qtbot.waitUntil(lambda: until(self.window))
        finally:
            QApplication.instance().removeEventFilter(self)
            gc.unfreeze()
            gc.enable()


def test_garbage_collection_waits_until_the_first_form_has_painted(qtbot, store, monkeypatch):

    import micdesk.gui.app as app_module

    start = FirstFormPaintWatch(qtbot, store)
    collect = app_module.collect_from_now_on
    monkeypatch.setattr(app_module, "collect_from_now_on", lambda: (start.note(), collect()))
    # (until this window's own call: a window of an earlier test, not yet deleted, may
    # still call the unpatched one and turn the collector on meanwhile)
    start.show_and_wait(lambda _: bool(start.noted))
    assert start.noted == [True]  # the form first, then the collection


def test_idle_work_waits_until_the_first_form_has_painted(qtbot, store, monkeypatch):
    from micdesk.gui.form_scheduler import FormScheduler

    start = FirstFormPaintWatch(qtbot, store)
    step = FormScheduler._work_step

    def step_and_note(scheduler, session) -> bool:
        # (A window of an earlier test may still finish its own idle work meanwhile.)
        if start.window is not None and scheduler is start.window.scheduler:
            start.note()
        return step(scheduler, session)

    monkeypatch.setattr(FormScheduler, "_work_step", step_and_note)
    start.show_and_wait(lambda window: not window.forms_pending())
    # The form first, then the rest built, the trends read, a commit rehearsed.
    assert start.noted and all(start.noted)
