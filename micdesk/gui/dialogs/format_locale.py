"""View → Number and date format: the format locale, chosen apart from the interface language."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.gui.dialog_layout import column, ok_cancel_box
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.numbers import automatic_locale, format_datetime, format_number

# What the preview shows: a large number with decimals, a negative one and a moment.
_SAMPLE_NUMBER = Decimal("1234567.89")
_SAMPLE_NEGATIVE = Decimal("-42.5")
_SAMPLE_MOMENT = datetime(2026, 11, 30, 14, 5, tzinfo=UTC)


def example_text(locale: QLocale) -> str:
    """How a locale writes the sample number, a negative one and a date."""
    return " · ".join(
        (
            format_number(_SAMPLE_NUMBER, locale),
            format_number(_SAMPLE_NEGATIVE, locale),
            format_datetime(_SAMPLE_MOMENT, locale),
        )
    )


def locale_names(language: str) -> list[str]:
    """Every locale Qt knows, those of the interface language first, each group by name."""
    seen: set[str] = set()
    found: list[QLocale] = []
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        if locale.language() == QLocale.Language.C or locale.name() in seen:
            continue
        seen.add(locale.name())
        found.append(locale)
    collator = QCollator(QLocale(language))

    def compare(first: QLocale, second: QLocale) -> int:
        own = [QLocale.languageToCode(x.language()) != language for x in (first, second)]
        if own[0] != own[1]:
            return -1 if own[0] < own[1] else 1
        return collator.compare(
            f"{first.nativeLanguageName()}\t{first.nativeTerritoryName()}",
            f"{second.nativeLanguageName()}\t{second.nativeTerritoryName()}",
        )

    return [locale.name() for locale in sorted(found, key=cmp_to_key(compare))]


class FormatLocaleDialog(RetranslatedOnLanguageChange, QDialog):
    """Pick how numbers and dates are written; "" (automatic) follows the system."""

    def __init__(self, chosen: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("format-locale-combo")
        # Some native names are long: the list widens when open, the box keeps the label's room.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(28)
        self.combo.addItem("", "")
        for name in locale_names(language):
            locale = QLocale(name)
            self.combo.addItem(
                f"{locale.nativeLanguageName()} — {locale.nativeTerritoryName()} ({name})", name
            )
        self.combo.setCurrentIndex(max(self.combo.findData(chosen), 0))
        self.label.setBuddy(self.combo)
        self.preview_label = QLabel()
        self.preview = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label, self.combo)
        form.addRow(self.preview_label, self.preview)
        self.buttons = ok_cancel_box(self)
        column(self, form, self.note, self.buttons)
        self.combo.currentIndexChanged.connect(self._show_preview)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def chosen(self) -> str:
        """The locale name chosen, "" for automatic."""
        return self.combo.currentData() or ""

    def _locale(self) -> QLocale:
        name = self.chosen()
        if name:
            return QLocale(name)
        return automatic_locale(self._language)

    def _show_preview(self) -> None:
        self.preview.setText(example_text(self._locale()))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Number and date format"))
        self.label.setText(self.tr("&Write numbers and dates as in:"))
        automatic = automatic_locale(self._language)
        self.combo.setItemText(
            0,
            fill(
                self.tr("Automatic: as the system (%1)"),
                f"{automatic.nativeLanguageName()} — {automatic.nativeTerritoryName()}",
            ),
        )
        self.preview_label.setText(self.tr("Example:"))
        self.note.setText(
            self.tr(
                "This changes only how numbers and dates are shown and typed, not the language "
                "of the interface. What you entered is stored exactly, whatever the format."
            )
        )
        self._show_preview()
