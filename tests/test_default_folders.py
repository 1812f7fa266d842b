"""Where a dialog proposes to write when the user has chosen nothing yet (never the real home in tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def test_an_export_goes_to_the_last_folder_else_documents_else_home(qapp, tmp_path, isolated_home):
    from micdesk.gui import settings as keys
    from micdesk.gui.dialogs.export import default_export_folder
    from micdesk.gui.settings import Settings

    settings = Settings(tmp_path / "data")
    assert default_export_folder(settings) == isolated_home  # no Documents folder yet
    documents = isolated_home / "Documents"
    documents.mkdir()
    assert default_export_folder(settings) == documents
    last = tmp_path / "exports"
    last.mkdir()
    settings.set(keys.LAST_EXPORT_DIR, str(last))
    assert default_export_folder(settings) == last
    last.rmdir()  # a remembered folder that has gone is not proposed
    assert default_export_folder(settings) == documents


def test_no_test_sees_the_real_home(isolated_home):
    assert Path.home() == isolated_home
    assert not any(isolated_home.iterdir())
