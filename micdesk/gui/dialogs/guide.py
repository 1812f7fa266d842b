"""Help → User guide: how a round works and what NA, NE and C mean, offline, in six languages.

The guide is HTML shipped in the package (``micdesk/gui/help/guide_<language>.html``),
written by micdesk, so it is shown as rich text; nothing from a template or a user goes in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QTextBrowser, QWidget

from micdesk.gui.dialog_layout import close_box, column
from micdesk.gui.i18n import RetranslatedOnLanguageChange, current_language

HELP_DIR = Path(__file__).resolve().parent.parent / "help"


def guide_path(language: str) -> Path:
    """The guide's file in a UN language (English when there is none for it)."""
    path = HELP_DIR / f"guide_{language}.html"
    return path if path.is_file() else HELP_DIR / "guide_en.html"


class GuideDialog(RetranslatedOnLanguageChange, QDialog):
    """The built-in user guide, in the window's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        column(self, self.browser, close_box(self))
        self.resize(640, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Show the guide and its title in the current language."""
        self.setWindowTitle(self.tr("micdesk user guide"))
        self.browser.setHtml(guide_path(current_language()).read_text(encoding="utf-8"))
