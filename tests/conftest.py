"""Shared fixtures: offscreen Qt, and never the user's real data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before any test module imports openpyxl: the way micdesk/__init__.py makes it read.
os.environ["OPENPYXL_LXML"] = "False"

import pytest  # noqa: E402
from hypothesis import Phase, settings  # noqa: E402

from tests.gui_waits import wait_for_forms  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the default data folder at a temporary one for every test."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("MICDESK_DATA_DIR", str(folder))
    return folder


REAL_HOME = Path.home()


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A temporary home for every test: a dialog left without a path never writes into the real one.

    Caches (pip, PyInstaller, fontconfig) and pyenv's Pythons stay where they are.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PYENV_ROOT", os.environ.get("PYENV_ROOT") or str(REAL_HOME / ".pyenv"))
    monkeypatch.setenv(
        "XDG_CACHE_HOME", os.environ.get("XDG_CACHE_HOME") or str(REAL_HOME / ".cache")
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home


@pytest.fixture
def store(tmp_path: Path):
    """A freshly migrated store with the default template installed."""
    from micdesk.core.store import open_store
    from micdesk.core.template_store import ensure_default_template

    opened = open_store(tmp_path / "store")
    ensure_default_template(opened)
    yield opened
    opened.close()


@pytest.fixture
def submission(store):
    """Kenya's 2025 submission on the default template."""
    from micdesk.core.submissions import open_submission

    return open_submission(store, "KEN", "2025")


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that switches the language leaves the next one in English, left to right."""
    yield
    if "micdesk.gui.i18n" in sys.modules:
        sys.modules["micdesk.gui.i18n"].reset_language()


# pytest-qt's waits give up after 5 s by default; they return as soon as their condition
# holds, so a longer limit costs nothing when all is well and stops a loaded machine (a
# window's forms built in idle time) from failing a test that is not broken.
try:
    from pytestqt.qtbot import QtBot

    for _wait in (QtBot.waitUntil, QtBot.waitExposed, QtBot.waitActive):
        _wait.__kwdefaults__["timeout"] = 30_000
except ImportError:  # pragma: no cover - pytest-qt is in the test extra
    pass

# No per-example deadline: on a loaded machine (two cores shared by many) an example that
# takes 250 ms instead of 200 would fail as "flaky"; speed is the benchmarks' job.
settings.register_profile("micdesk", deadline=None)
settings.load_profile("micdesk")
# tools/mutation.py runs the tests once per mutant: fewer examples there, the explicit
# @example boundary cases still run every time, and a failure found is not shrunk (a mutant
# needs only to fail; shrinking one took minutes).
settings.register_profile(
    "mutation",
    max_examples=25,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)


@pytest.fixture
def make_data_dir(tmp_path: Path):
    """Make a data folder holding a closed store: ``make_data_dir(fill)`` fills it first.

    ``template=False`` leaves the default template out (a bare migrated store); ``name``
    names the folder under ``tmp_path`` (``data``).
    """
    from micdesk.core.startup import close_store
    from micdesk.core.store import open_store
    from micdesk.core.template_store import ensure_default_template

    def make(fill=None, *, template: bool = True, name: str = "data") -> Path:
        folder = tmp_path / name
        store = open_store(folder)
        try:
            if template:
                ensure_default_template(store)
            if fill is not None:
                fill(store)
        finally:
            close_store(store)
        return folder

    return make


@pytest.fixture
def template_data_dir(make_data_dir) -> Path:
    """A data folder holding a store with the default template and nothing else, closed."""
    return make_data_dir()


@pytest.fixture
def data_dir(make_data_dir) -> Path:
    """A data folder with a store holding Kenya's TEC-2 = 7, closed again."""
    from micdesk.core.submissions import open_submission, set_value

    return make_data_dir(
        lambda store: set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    )


@pytest.fixture
def make_window(qtbot, store):
    """Make the main window on the ``store`` fixture's Kenya 2025 as a focal point sees it.

    Kenya's profile exists (focal point "A. Focal") unless the store already has one;
    what the window reports is kept in ``window.errors``; the window is shown in
    ``language`` with every form built. Other keyword arguments go to ``MainWindow``.
    """
    from micdesk.core.submissions import open_submission, profile_countries, save_profile
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    def make(*, language: str | None = "en", settings=None, show: bool = True, **options):
        if "KEN" not in profile_countries(store):
            save_profile(store, "KEN", focal_point="A. Focal")
        open_submission(store, "KEN", "2025")
        errors: list[str] = []
        options.setdefault("report_error", errors.append)
        main = MainWindow(store, settings or Settings(store.data_dir), **options)
        main.errors = errors
        qtbot.addWidget(main)
        if language is not None:  # None: keep the translators a test installed
            main.set_language(language)
        if show:
            with qtbot.waitExposed(main):
                main.show()
        main.open_submission("KEN", "2025")
        wait_for_forms(qtbot, main)
        return main

    return make


@pytest.fixture
def window(make_window):
    """The main window on Kenya 2025 in English, shown, every form built (``make_window``)."""
    return make_window()
