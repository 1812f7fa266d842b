"""First run: language, country, focal point, reporting period — then the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QRegularExpression, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from micdesk.core.countries import country_name, fold_for_search
from micdesk.core.periods import PeriodError, current_period, parse_period
from micdesk.core.placeholders import fill
from micdesk.core.store import Store
from micdesk.core.submissions import open_submission, save_profile
from micdesk.core.template_store import ensure_default_template
from micdesk.core.workplan import UN_LANGUAGES
from micdesk.gui import settings as keys
from micdesk.gui.i18n import (
    LANGUAGE_NAMES,
    RetranslatedOnLanguageChange,
    current_language,
    install_language,
    preferred_language,
)
from micdesk.gui.messages import error_message
from micdesk.gui.models import CODE_ROLE, SEARCH_ROLE, CountryListModel
from micdesk.gui.plain_text import plain
from micdesk.gui.settings import Settings

EMAIL_PATTERN = r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$"


class LanguagePage(QWizardPage):
    """The language of the window and of the template's texts."""

    def __init__(self, current: str) -> None:
        super().__init__()
        self.label = QLabel()
        self.combo = QComboBox()
        for code in UN_LANGUAGES:
            self.combo.addItem(LANGUAGE_NAMES[code], code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        # The wizard speaks the language as soon as it is picked.
        self.combo.currentIndexChanged.connect(lambda _index: install_language(self.language()))
        self.label.setBuddy(self.combo)
        layout = QFormLayout(self)
        layout.addRow(self.label, self.combo)

    def language(self) -> str:
        """The chosen language code."""
        return self.combo.currentData()

    def retranslate_ui(self) -> None:
        """Set the page's texts."""
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language micdesk speaks and shows the work plan in."))
        self.label.setText(self.tr("&Language:"))
        self.combo.setAccessibleName(self.tr("Language"))


class CountryPage(QWizardPage):
    """The country reported on, searched by name or ISO code."""

    def __init__(self) -> None:
        super().__init__()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.countries = CountryListModel(self, current_language())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.countries)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_first)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.completeChanged.emit())
        self.why = _why_label()
        self.completeChanged.connect(self._say_why)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.why)

    def _say_why(self) -> None:
        """Next stays disabled until a country is chosen: say so, in a word."""
        if self.isComplete():
            self.why.clear()
        elif self.proxy.rowCount() == 0:
            self.why.setText(self.tr("No country matches: type part of its name or its code."))
        else:
            self.why.setText(self.tr("Choose your country in the list to go on."))

    def _filter(self, text: str) -> None:
        # The name in the current language, the English name or the ISO code (SEARCH_ROLE).
        self.proxy.setFilterFixedString(fold_for_search(text))
        if self.proxy.rowCount() == 1:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.completeChanged.emit()

    def _pick_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def country(self) -> str:
        """The chosen ISO 3166-1 alpha-3 code, or ''."""
        index = self.list.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else ""

    def isComplete(self) -> bool:
        return bool(self.country())

    def retranslate_ui(self) -> None:
        """Set the page's texts."""
        chosen = self.country()
        self.countries.set_language(current_language())
        if chosen:
            self.list.setCurrentIndex(
                self.proxy.mapFromSource(self.countries.index(self.countries.row_of(chosen)))
            )
        self.setTitle(self.tr("Country"))
        self.setSubTitle(
            self.tr(
                "The country you report on. Type part of its name, in this language or in "
                "English, or its ISO code."
            )
        )
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(
            fill(self.tr("e.g. %1, Kenya or KEN"), country_name("KEN", current_language()))
        )
        self.search.setAccessibleName(self.tr("Search countries"))
        self.list.setAccessibleName(self.tr("Countries"))
        self._say_why()


class FocalPointPage(QWizardPage):
    """Who reports: the focal point, their institution and e-mail."""

    def __init__(self) -> None:
        super().__init__()
        self.name, self.institution, self.email = QLineEdit(), QLineEdit(), QLineEdit()
        self.email.setValidator(
            QRegularExpressionValidator(QRegularExpression(EMAIL_PATTERN), self.email)
        )
        self.labels = [QLabel(), QLabel(), QLabel()]
        layout = QFormLayout(self)
        for label, edit in zip(self.labels, (self.name, self.institution, self.email), strict=True):
            label.setBuddy(edit)
            layout.addRow(label, edit)
        self.email.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.why = _why_label()
        layout.addRow(self.why)
        self.completeChanged.connect(self._say_why)

    def isComplete(self) -> bool:
        return self.email.hasAcceptableInput() or not self.email.text()

    def _say_why(self) -> None:
        """Next stays disabled while the e-mail address is half typed: say why."""
        if self.isComplete():
            self.why.clear()
        else:
            self.why.setText(
                self.tr(
                    "The e-mail address is not complete: it needs a name, @ and a domain, "
                    "as in name@ministry.go.ke. Or leave it empty and add it later."
                )
            )

    def retranslate_ui(self) -> None:
        """Set the page's texts."""
        self.setTitle(self.tr("Focal point"))
        self.setSubTitle(self.tr("Shown on the cover of every submission you export."))
        self.labels[0].setText(self.tr("Focal point na&me:"))
        self.labels[1].setText(self.tr("&Institution:"))
        self.labels[2].setText(self.tr("&E-mail:"))
        self.name.setAccessibleName(self.tr("Focal point name"))
        self.institution.setAccessibleName(self.tr("Institution"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self._say_why()


class PeriodPage(QWizardPage):
    """The reporting period to start with."""

    def __init__(self, periodicity, default: str) -> None:
        super().__init__()
        self.periodicity = periodicity
        self.label = QLabel()
        self.period = QLineEdit(default)
        self.label.setBuddy(self.period)
        self.error = QLabel()
        self.error.setWordWrap(True)
        plain(self.error)  # it quotes what was typed
        layout = QFormLayout(self)
        layout.addRow(self.label, self.period)
        layout.addRow(self.error)
        self.period.textChanged.connect(self._check)

    def _check(self) -> None:
        try:
            parse_period(self.period.text(), self.periodicity)
            self.error.clear()
        except PeriodError as error:
            self.error.setText(error_message(error, QLocale()))
        self.completeChanged.emit()

    def value(self) -> str:
        """The normalised period."""
        return parse_period(self.period.text(), self.periodicity)

    def isComplete(self) -> bool:
        try:
            self.value()
        except PeriodError:
            return False
        return True

    def retranslate_ui(self) -> None:
        """Set the page's texts."""
        self.setTitle(self.tr("Reporting period"))
        self.setSubTitle(self.tr("The period you report on now; you can switch periods later."))
        self.label.setText(self.tr("Reporting &period:"))
        if self.error.text():
            self._check()  # the error, if any, in the new language
        self.period.setAccessibleName(self.tr("Reporting period"))


def _why_label() -> QLabel:
    """A line under a page's fields saying why Next is not available yet."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #7a5200;")
    return label


class FirstRunWizard(RetranslatedOnLanguageChange, QWizard):
    """Sets up a country profile; emits ``finished_profile(country, period)`` when saved."""

    finished_profile = Signal(str, str)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        ask_language: bool = True,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        template = ensure_default_template(store)
        today = today or date.today()
        self.language_page = LanguagePage(preferred_language(settings)) if ask_language else None
        self.country_page = CountryPage()
        self.focal_point_page = FocalPointPage()
        self.period_page = PeriodPage(
            template.periodicity, current_period(today.year, today.month, template.periodicity)
        )
        for page in self._pages():
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(620, 460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text of the wizard in the current language."""
        self.setWindowTitle(self.tr("Welcome to micdesk"))
        # QWizard words its buttons once, when made: a language picked on the first page
        # would leave them in the previous one.
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< &Back"))
        self.setButtonText(buttons.NextButton, self.tr("&Next >"))
        self.setButtonText(buttons.FinishButton, self.tr("&Finish"))
        self.setButtonText(buttons.CancelButton, self.tr("Cancel"))
        for page in self._pages():
            page.retranslate_ui()

    def _pages(self) -> list:
        """The wizard's pages in order (no language page when the language is known)."""
        pages = (self.language_page, self.country_page, self.focal_point_page, self.period_page)
        return [page for page in pages if page is not None]

    def accept(self) -> None:
        country = self.country_page.country()
        period = self.period_page.value()
        save_profile(
            self.store,
            country,
            focal_point=self.focal_point_page.name.text().strip(),
            institution=self.focal_point_page.institution.text().strip(),
            email=self.focal_point_page.email.text().strip(),
        )
        open_submission(self.store, country, period)
        if self.language_page is not None:
            self.settings.set(keys.LANGUAGE, self.language_page.language())
        self.settings.set(keys.LAST_COUNTRY, country)
        self.settings.set(keys.LAST_PERIOD, period)
        self.settings.sync()
        super().accept()
        self.finished_profile.emit(country, period)
