"""Shared fixtures: offscreen Qt, and never the user's real data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the default data folder at a temporary one for every test."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("MICDESK_DATA_DIR", str(folder))
    return folder


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


# tools/mutation.py runs the tests once per mutant: fewer examples there, the explicit
# @example boundary cases still run every time.
settings.register_profile("mutation", max_examples=25, deadline=None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder with a store holding Kenya's TEC-2 = 7, closed again.

    (Tests that need another data folder define their own ``data_dir``.)
    """
    from micdesk.core.store import open_store
    from micdesk.core.submissions import open_submission, set_value
    from micdesk.core.template_store import ensure_default_template

    folder = tmp_path / "data"
    store = open_store(folder)
    ensure_default_template(store)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    store.close()
    return folder
