"""Import template: check the workbook, show what changes, then apply it (docs/design.md §3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QTreeView,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.review import decode_review
from micdesk.core.signatures import SignatureStatus
from micdesk.core.store import Store
from micdesk.core.template_checker import TemplateProblems
from micdesk.core.template_signature import TemplateSignatureRefused
from micdesk.core.template_update import (
    TemplateImportPreview,
    TemplateImportRefused,
    TemplateImportResult,
    apply_template_import,
    preview_template_import,
)
from micdesk.core.workplan import pick_text
from micdesk.core.xlsx_files import UnreadableWorkbook
from micdesk.gui.background import unexpected_text
from micdesk.gui.dialogs.workbook_check import BackgroundCheckDialog
from micdesk.gui.grouped_lines import show_grouped_lines
from micdesk.gui.messages import error_message, review_message
from micdesk.gui.numbers import format_integer, locale_for_language
from micdesk.gui.wrapped_label import WrappedLabel

SHOWN_REVIEW_REASONS = 200


def _relabelled(texts) -> list[str]:
    """One line per relabelled area or indicator: its code, the field and the languages."""
    return [f"{t.code}: {t.field} ({', '.join(t.languages)})" for t in texts]


def _list_changes(lists) -> list[str]:
    """One line per changed list: its name and how many items came, went or were relabelled."""
    return [f"{c.name}: +{len(c.added)} −{len(c.removed)} ~{len(c.relabelled)}" for c in lists]


class TemplateImportDialog(BackgroundCheckDialog):
    """Previews a template update in a worker thread, shows the diff, applies on request."""

    previewed = Signal(object)  # TemplateImportPreview
    applied = Signal(object)  # TemplateImportResult

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        expected = (
            TemplateProblems,
            UnreadableWorkbook,
            TemplateImportRefused,
            TemplateSignatureRefused,
            OSError,
            ValueError,
            LookupError,
        )
        super().__init__(self.start_preview, self.start_apply, expected, parent)
        self.store, self._language = store, language
        self.preview: TemplateImportPreview | None = None
        self.result: TemplateImportResult | None = None
        self.signature = WrappedLabel()
        self.diff_model = QStandardItemModel(self)
        self.diff = QTreeView()
        self.diff.setModel(self.diff_model)
        self.diff.setHeaderHidden(True)
        self.diff.setWordWrap(True)
        self._lay_out(self.signature, self.diff, stretch=self.diff)
        self.resize(720, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Import a template update"))
        self.file_row.set_texts(self.tr("&Workbook:"), self.tr("Template workbook"))
        self.check_button.setText(self.tr("Chec&k"))
        self.apply_button.setText(self.tr("&Apply the update"))
        self.diff.setAccessibleName(self.tr("Changes"))
        if self.preview is None:
            self.heading.setText(
                self.tr(
                    "Choose the template workbook UNIDO sent you; nothing changes until you apply it."
                )
            )
        else:
            self._show_preview(self.preview)
        self._show_failure()

    def _ready(self) -> bool:
        return self.preview is not None and self.result is None

    def start_preview(self) -> None:
        """Check the workbook and compute the diff in a worker thread."""
        path, store = Path(self.file_row.text()), self.store
        self.preview, self.result = None, None
        self.diff_model.clear()
        self.outcome.clear()
        self.signature.clear()
        self._start(lambda _progress: preview_template_import(store, path), self._on_previewed)

    def _on_previewed(self, preview: TemplateImportPreview) -> None:
        self.preview = preview
        self._show_preview(preview)
        self._busy(False)
        self.previewed.emit(preview)

    def _signature_text(self, preview: TemplateImportPreview) -> str:
        judged = preview.signature
        if judged is None:
            return ""
        if judged.status is SignatureStatus.TRUSTED:
            return fill(self.tr("Signed by UNIDO key %1."), judged.check.short_fingerprint)
        return self.tr(
            "Unsigned: nothing proves this template comes from UNIDO. Apply it only if you "
            "trust where it came from."
        )

    def _show_preview(self, preview: TemplateImportPreview) -> None:
        self.signature.setText(self._signature_text(preview))
        diff = preview.diff
        title = pick_text(preview.template.title, self._language, preview.template.default_language)
        if diff.is_new_template:
            self.heading.setText(
                fill(
                    self.tr(
                        "“%1” version %2 is a new template; it will be installed beside yours."
                    ),
                    title,
                    format_integer(diff.new_version),
                )
            )
        else:
            self.heading.setText(
                fill(
                    self.tr(
                        "“%1”: version %2 → %3. These are the changes; entered values are never deleted."
                    ),
                    title,
                    format_integer(diff.old_version),
                    format_integer(diff.new_version),
                )
            )
        self.diff_model.clear()
        template = preview.template

        def label(code: str) -> str:
            if template.has_indicator(code):
                text = pick_text(
                    template.indicator(code).label, self._language, template.default_language
                )
                return f"{code} — {text}"
            return code

        groups = [
            (self.tr("Areas added"), list(diff.areas_added)),
            (self.tr("Areas removed"), list(diff.areas_removed)),
            (self.tr("Areas relabelled"), _relabelled(diff.areas_relabelled)),
            (self.tr("Indicators added"), [label(code) for code in diff.indicators_added]),
            (
                self.tr("Indicators removed (their values are archived, not deleted)"),
                list(diff.indicators_removed),
            ),
            (
                self.tr("Indicators replaced (their values move)"),
                [f"{r.old_code} → {r.new_code}" for r in diff.indicators_replaced],
            ),
            (self.tr("Indicators relabelled"), _relabelled(diff.indicators_relabelled)),
            (
                self.tr("Indicators changed"),
                [
                    f"{c.code}: {c.attribute} {c.old or '—'} → {c.new or '—'}"
                    for c in diff.indicators_changed
                ],
            ),
            (
                self.tr("Template settings changed"),
                [f"{c.attribute}: {c.old or '—'} → {c.new or '—'}" for c in diff.template_changed],
            ),
            (self.tr("Choice lists changed"), _list_changes(diff.choice_lists_changed)),
            (self.tr("Disaggregations changed"), _list_changes(diff.disaggregations_changed)),
        ]
        move, archive = preview.values_to_move, preview.values_to_archive
        restore, flag = preview.values_to_restore, preview.values_to_flag
        effects = [
            (move, self.tr("%Ln value(s) move to a replacing indicator", "", move)),
            (archive, self.tr("%Ln value(s) are archived (kept, not deleted)", "", archive)),
            (restore, self.tr("%Ln value(s) come back from the archive", "", restore)),
            (flag, self.tr("%Ln value(s) are flagged for review", "", flag)),
        ]
        counts = [text for count, text in effects if count]
        if preview.crosswalk.carried:
            counts.append(
                fill(
                    self.tr("Values before the import: %1; after it: %2 (nothing deleted)"),
                    format_integer(preview.values_total),
                    format_integer(preview.values_after),
                )
            )
        groups.append(
            (
                fill(self.tr("Your entered values (%1)"), format_integer(preview.values_total)),
                counts,
            )
        )
        locale = locale_for_language(self._language)
        groups.extend(self._crosswalk_groups(preview, locale))
        reasons = [review_message(r, locale) for r in preview.reviews[:SHOWN_REVIEW_REASONS]]
        if len(preview.reviews) > SHOWN_REVIEW_REASONS:
            reasons.append(
                fill(
                    self.tr("… and %1 more"),
                    format_integer(len(preview.reviews) - SHOWN_REVIEW_REASONS),
                )
            )
        groups.append((self.tr("Why values are flagged for review"), reasons))
        show_grouped_lines(self.diff_model, groups)
        if self.diff_model.rowCount() == 0:
            empty = QStandardItem(self.tr("No changes to areas, indicators or lists."))
            empty.setEditable(False)
            self.diff_model.appendRow(empty)
        self.diff.expandAll()

    def _crosswalk_groups(
        self, preview: TemplateImportPreview, locale
    ) -> list[tuple[str, list[str]]]:
        """Per country and period, every value the crosswalk carries, old and new figures."""
        actions = {
            "moved": self.tr("Moved: %1"),
            "converted": self.tr("Converted: %1"),
            "summed": self.tr("Summed: %1"),
            "split": self.tr("Split: %1"),
            "flagged": self.tr("To review: %1"),
        }
        by_submission: dict[int, list[str]] = {}
        for item in preview.crosswalk.carried:
            line = fill(actions.get(item.action, "%1"), item.arithmetic)
            rows = ", ".join(format_integer(row) for row in item.rows)
            row_text = (
                self.tr("(crosswalk row %1)")
                if len(item.rows) == 1
                else self.tr("(crosswalk rows %1)")
            )
            line += " " + fill(row_text, rows)
            if item.needs_review:
                line += " — " + review_message(decode_review(item.needs_review), locale)
            by_submission.setdefault(item.submission_id, []).append(line)
        labels = preview.crosswalk_labels
        return [
            (fill(self.tr("%1: values carried by the crosswalk"), labels.get(key, "")), lines)
            for key, lines in sorted(by_submission.items(), key=lambda kv: labels.get(kv[0], ""))
        ]

    def start_apply(self) -> None:
        """Install the previewed version in a worker thread."""
        if self.preview is None:
            return
        preview, store = self.preview, self.store
        self._start(lambda _progress: apply_template_import(store, preview), self._on_applied)

    def _on_applied(self, result: TemplateImportResult) -> None:
        self.result = result
        self.outcome.setText(
            fill(
                self.tr(
                    "Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, "
                    "%6 restored, %7 flagged for review); nothing deleted."
                ),
                format_integer(result.version),
                format_integer(result.values_before),
                format_integer(result.values_after),
                format_integer(result.moved),
                format_integer(result.archived),
                format_integer(result.restored),
                format_integer(result.flagged),
            )
        )
        self._busy(False)
        self.applied.emit(result)

    def _failure_message(self, error: Exception) -> str:
        if isinstance(error, TemplateProblems):
            return self.tr("The workbook has problems; nothing was changed.")
        if isinstance(error, UnreadableWorkbook):
            # Whole-file reasons (macros, encryption…) in the user's language.
            return fill(
                self.tr("The workbook cannot be read; nothing was changed. Details: %1"),
                error_message(error, locale_for_language(self._language)),
            )
        locale = locale_for_language(self._language)
        if isinstance(error, TemplateImportRefused | TemplateSignatureRefused):
            return error_message(error, locale)  # its sentence says nothing was changed
        if isinstance(error, OSError | ValueError | LookupError):
            return fill(self.tr("Nothing was changed: %1"), error_message(error, locale))
        return fill(self.tr("Nothing was changed: %1"), unexpected_text(error))

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, TemplateProblems):
            self._show_problems(error)
        self.preview = None if self.result is None else self.preview
        super()._on_failed(error)

    def _show_problems(self, error: TemplateProblems) -> None:
        problems = [str(p) for p in getattr(error, "problems", [])] or [str(error)]
        self.diff_model.clear()
        heading = QStandardItem(fill(self.tr("Problems found (%1)"), format_integer(len(problems))))
        heading.setEditable(False)
        for problem in problems:
            item = QStandardItem(problem)
            item.setEditable(False)
            heading.appendRow(item)
        self.diff_model.appendRow(heading)
        self.diff.expandAll()
