"""The dialogs the main window opens from its menus, each kept while it is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from micdesk.core.data_folder import default_data_dir
from micdesk.core.log_file import log_folder
from micdesk.core.submission_status import export_standing
from micdesk.core.submissions import value_history
from micdesk.gui import settings as keys
from micdesk.gui.numbers import set_format_locale


class WindowDialogs:
    """Opens each dialog of the main window (MainWindow's part); dialogs import on first use."""

    def _open_kept(self, dialog: QWidget, name: str) -> None:
        """Open a window-modal dialog, deleted once closed, kept as ``self.<name>`` meanwhile."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        setattr(self, name, dialog)

    def show_history(self, code: str, cell: str) -> None:
        """Show the change history of a value cell."""
        from micdesk.gui.dialogs.history import HistoryDialog

        assert self.session is not None
        entries = value_history(self.store, self.session.submission, code, cell)
        title = self.editing.cell_title(code, cell) if self.editing else code
        reason = export_standing(self.store, self.session.submission).reason
        reword = self._reword_from_history if reason and not self.store.read_only else None
        dialog = HistoryDialog(title, entries, self.locale, self, reword=reword)
        self._open_kept(dialog, "history_dialog")

    def show_format_dialog(self) -> None:
        """Choose how numbers and dates are written (View → Number and date format)."""
        from micdesk.gui.dialogs.format_locale import FormatLocaleDialog

        dialog = FormatLocaleDialog(self.settings.get(keys.FORMAT_LOCALE), self.language, self)
        dialog.accepted.connect(lambda: self.set_format_locale(dialog.chosen()))
        self._open_kept(dialog, "format_dialog")

    def set_format_locale(self, name: str) -> None:
        """Write numbers and dates as in a locale ("" = automatic); the language stays."""
        self.settings.set(keys.FORMAT_LOCALE, name)
        self.settings.sync()
        set_format_locale(name)
        self.set_language(self.language)

    def open_log_folder(self) -> None:
        """Show the folder of the log files, which support asks for."""
        folder = log_folder(self.store.data_dir or default_data_dir())
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_guide(self) -> None:
        """Help → User guide: the built-in guide in the window's language."""
        from micdesk.gui.dialogs.guide import GuideDialog

        dialog = GuideDialog(self)
        self._open_kept(dialog, "guide_dialog")

    def show_about(self) -> None:
        """Show the About box."""
        from micdesk.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(str(self.store.data_dir or ""), self)
        self._open_kept(dialog, "about_dialog")

    def show_ask_contributor(self) -> None:
        """Write a contributor workbook for the open submission."""
        from micdesk.gui.dialogs.contributor import AskContributorDialog

        if self.session is None:
            return
        self._commit_focused_field()
        dialog = AskContributorDialog(self.store, self.session.submission, self.language, self)
        self._open_kept(dialog, "ask_contributor_dialog")

    def show_load_contribution(self) -> None:
        """Check and load a returned contributor workbook."""
        from micdesk.gui.dialogs.contributor import LoadContributionDialog

        self._commit_focused_field()
        submission = self.session.submission if self.session is not None else None
        dialog = LoadContributionDialog(self.store, submission, self.language, self)
        dialog.applied.connect(self._show_loaded)
        self._open_kept(dialog, "load_contribution_dialog")

    def show_signing_keys(self) -> None:
        """Show this installation's signing key and the UNIDO keys trusted here."""
        from micdesk.gui.dialogs.signing_keys import SigningKeysDialog

        if self.store.data_dir is None:
            return
        dialog = SigningKeysDialog(self.store.data_dir, self)
        self._open_kept(dialog, "signing_keys_dialog")

    def show_add_country(self) -> None:
        """Add another country profile (the first-run wizard without the language page)."""
        from micdesk.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.store, self.settings, ask_language=False, parent=self)
        wizard.finished_profile.connect(
            lambda country, period: self.open_submission(country, period)
        )
        self._open_kept(wizard, "add_country_wizard")

    def show_restore_dialog(self) -> None:
        """Restore an automatic backup; the window then reopens on the restored data."""
        from micdesk.core.startup import close_store
        from micdesk.gui.startup_dialogs import RestoreBackupDialog

        if self.store.data_dir is None:
            return
        self._commit_focused_field()
        dialog = RestoreBackupDialog(
            self.store.data_dir, self, release_store=lambda: close_store(self.store)
        )
        dialog.accepted.connect(self._restart_after_restore)
        self._open_kept(dialog, "restore_dialog")

    def _restart_after_restore(self) -> None:
        # The store under this window is gone; run_app opens the restored one afresh.
        self.restart_requested = True
        self.close()

    def show_export_dialog(self) -> None:
        """Export the submission (see dialogs.export)."""
        from micdesk.gui.dialogs.export import ExportDialog

        if self.session is None:
            return
        self._commit_focused_field()
        assert self.editing is not None
        dialog = ExportDialog(
            self.store, self.session, self.editing, self.settings, self.locale, self.language, self
        )
        dialog.exported.connect(self.refresh_status)
        self._open_kept(dialog, "export_dialog")

    def show_template_import_dialog(self) -> None:
        """Import a template update (see dialogs.template_import)."""
        from micdesk.gui.dialogs.template_import import TemplateImportDialog

        dialog = TemplateImportDialog(self.store, self.language, self)
        dialog.applied.connect(self._reopen)
        self._open_kept(dialog, "template_import_dialog")

    def show_load_dialog(self) -> None:
        """Load a submission workbook (see dialogs.load)."""
        from micdesk.gui.dialogs.load import LoadDialog

        dialog = LoadDialog(self.store, self.locale, self)
        dialog.applied.connect(self._show_loaded)
        self._open_kept(dialog, "load_dialog")

    def _show_loaded(self, country: str, period: str) -> None:
        """Open the submission a load wrote into."""
        row = self.area_list.currentIndex().row()
        self.open_submission(country, period)
        self.select_area(max(row, 0))

    def _reopen(self, *_args) -> None:
        """Re-read the submission after an import or a load changed the store."""
        if self.session is not None:
            row = self.area_list.currentIndex().row()
            self.open_submission(self.session.submission.country, self.session.submission.period)
            self.select_area(max(row, 0))
